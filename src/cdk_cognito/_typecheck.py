"""Run-time type checks for props, with the argument path in every message.

The reference runs under jsii, which type-checks every argument in Python
(typeguard raises ``TypeError``) and then again when the value crosses into
JavaScript (jsii raises ``RuntimeError``). Where the reference raises
``RuntimeError`` for a type problem (a bare string where a list is expected, an
object that is not a user pool), we raise an error that is both a
``TypeError`` and a ``RuntimeError``, so code written against either keeps
working. A missing required struct member is an ``AssertionError`` under jsii,
so that case is also catchable as one.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import math
from collections.abc import Iterator, Mapping, Sequence
from contextvars import ContextVar
from typing import Any, NoReturn, TypeVar, cast

__all__ = [
    "MissingValueError",
    "NotAJsiiObjectError",
    "RuntimeTypeError",
    "Struct",
    "check_bool",
    "check_enum",
    "check_has",
    "check_list",
    "check_list_of",
    "check_number",
    "check_required_bool",
    "check_str",
    "check_str_list",
    "coerce_field",
    "coerce_struct",
    "constructor_errors",
    "fail",
    "field_path",
    "method_errors",
]


class RuntimeTypeError(TypeError, RuntimeError):
    """A wrong type where the reference's jsii runtime raises ``RuntimeError``."""


class MissingValueError(TypeError, AssertionError):
    """A required value given as ``None`` (jsii raises ``AssertionError`` there)."""


class NotAJsiiObjectError(TypeError, RuntimeError, AttributeError):
    """An object where a jsii interface is expected.

    jsii raises ``RuntimeError`` for a value it cannot serialize (a string) and
    ``AttributeError`` for a plain Python object, so this is catchable as either.
    """


# The path of the struct being validated, e.g. "o_auth.flows". ``None`` means a
# struct built directly by the user, whose fields are then named after its class.
_PREFIX: ContextVar[str | None] = ContextVar("cdk_cognito_prop_path", default=None)


@contextlib.contextmanager
def path_prefix(prefix: str) -> Iterator[None]:
    token = _PREFIX.set(prefix)
    try:
        yield
    finally:
        _PREFIX.reset(token)


def field_path(owner: object, name: str) -> str:
    """The user-facing path of field ``name`` of the struct ``owner``."""
    prefix = _PREFIX.get()
    if prefix is None:
        return f"{type(owner).__name__}.{name}"
    return f"{prefix}.{name}" if prefix else name


@contextlib.contextmanager
def constructor_errors() -> Iterator[None]:
    """Report core's errors as the reference's constructors do.

    jsii prefixes ``Error: `` to errors thrown by a method call, but not to those
    thrown inside a constructor. The reference calls core from its constructor,
    so its messages carry no prefix; ours come from method calls, so drop it.
    """
    try:
        yield
    except RuntimeError as error:
        message = str(error)
        if type(error) is RuntimeError and message.startswith("Error: "):
            raise RuntimeError(message[len("Error: ") :]) from error
        raise


@contextlib.contextmanager
def method_errors() -> Iterator[None]:
    """Report errors as the reference's jsii *methods* do, with the ``Error: `` prefix.

    ``pool.add_client(...)`` is a method call in the reference, so the client
    constructor's errors reach the caller with jsii's prefix.
    """
    try:
        yield
    except RuntimeError as error:
        message = str(error)
        if type(error) is RuntimeError and not message.startswith("Error: "):
            raise RuntimeError(f"Error: {message}") from error
        raise


def describe(value: object) -> str:
    text = repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{type(value).__name__} ({text})"


def fail(path: str, expected: str, value: object, cls: type[TypeError] = TypeError) -> NoReturn:
    if value is None and cls is MissingValueError:
        raise cls(f"{path}: a value is required ({expected}); got None")
    raise cls(f"{path}: expected {expected}; got {describe(value)}")


def check_bool(value: object, path: str) -> None:
    # bool is checked exactly: jsii rejects 0/1 where a boolean is declared.
    if value is not None and not isinstance(value, bool):
        fail(path, "bool or None", value)


def check_required_bool(value: object, path: str) -> None:
    if not isinstance(value, bool):
        fail(path, "bool", value, MissingValueError if value is None else TypeError)


def check_number(value: object, path: str) -> None:
    """A JavaScript number: ``None``, an ``int`` or a finite ``float`` (not a ``bool``).

    jsii cannot hand NaN or an infinity to Node (its JSON has no such literal), and the reference's
    range checks could not judge them, so they are refused; a token number (a finite double) passes.
    """
    if value is not None and (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or (isinstance(value, float) and not math.isfinite(value))
    ):
        fail(path, "a finite int or float, or None", value)


def check_enum(value: object, cls: type[enum.Enum], path: str) -> None:
    if value is not None and not isinstance(value, cls):
        fail(path, f"cdk_cognito.{cls.__name__} or None", value)


def check_has(value: object, path: str, attribute: str, kind: str) -> None:
    """``value`` is None or an object with ``attribute`` (checked on the type: no round trip)."""
    if value is not None and not (hasattr(type(value), attribute) or hasattr(value, attribute)):
        fail(path, f"{kind} (an object with {attribute}) or None", value, NotAJsiiObjectError)


def check_str(value: object, path: str, *, required: bool = False) -> None:
    if value is None:
        if required:
            fail(path, "str", value, MissingValueError)
        return
    if not isinstance(value, str):
        fail(path, "str" if required else "str or None", value)


def check_list(value: object, path: str, expected: str) -> Sequence[Any] | None:
    """Accept ``None`` or a non-string sequence; never iterate a string as characters."""
    if value is None:
        return None
    if isinstance(value, str):
        fail(path, f"a list of {expected}, not a bare string", value, RuntimeTypeError)
    if not isinstance(value, Sequence):
        fail(path, f"a list of {expected} or None", value)
    return value


def check_list_of(value: object, path: str, kind: type) -> None:
    """Accept ``None`` or a non-string sequence of ``kind`` instances."""
    items = check_list(value, path, kind.__name__)
    if items is not None:
        for index, item in enumerate(items):
            if not isinstance(item, kind):
                fail(f"{path}[{index}]", kind.__name__, item)


def check_str_list(value: object, path: str) -> None:
    check_list_of(value, path, str)


S = TypeVar("S", bound="Struct")


def coerce_struct(value: object, cls: type[S], path: str, *, required: bool = False) -> S | None:
    """Return ``value`` as a ``cls``, building it from a snake_case dict as jsii does."""
    if value is None:
        if required:
            fail(path, cls.__name__, value, MissingValueError)
        return None
    if isinstance(value, cls):
        return value
    if isinstance(value, Mapping):
        fields = dataclasses.fields(cast(Any, cls))
        names = {f.name for f in fields}
        unknown = sorted(str(key) for key in value if key not in names)
        if unknown:
            raise TypeError(
                f"{path}: unexpected key(s) {', '.join(map(repr, unknown))} for {cls.__name__}; "
                f"expected some of {', '.join(sorted(names))}"
            )
        for f in fields:  # a required member left out: named by its path, as a None one is
            if f.name not in value and f.default is f.default_factory is dataclasses.MISSING:
                raise MissingValueError(
                    f"{path}.{f.name}: a value is required ({f.type}); the key is missing"
                )
        with path_prefix(path):
            return cls(**value)
    fail(path, f"{cls.__name__}, a dict of its fields, or None", value)


class Struct:
    """Base of the frozen keyword-only dataclasses that stand for jsii structs.

    ``repr`` shows only the members that are set, as jsii's structs do.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        parts = []
        for field in dataclasses.fields(self):  # type: ignore[arg-type]
            value = getattr(self, field.name)
            if value is not None:
                parts.append(f"{field.name}={value!r}")
        return f"{type(self).__name__}({', '.join(parts)})"


def coerce_field(owner: Struct, name: str, cls: type[Struct], *, required: bool = False) -> None:
    """In ``owner.__post_init__``: replace the dict in field ``name`` with the ``cls`` it stands for.

    jsii accepts a dict where a struct is declared; the frozen dataclass keeps the struct.
    """
    value = getattr(owner, name)
    coerced = coerce_struct(value, cls, field_path(owner, name), required=required)
    if coerced is not value:
        object.__setattr__(owner, name, coerced)
