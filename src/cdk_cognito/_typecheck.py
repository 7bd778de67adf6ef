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
import inspect
import math
from collections.abc import Iterator, Mapping, Sequence
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, ClassVar, NoReturn, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:  # typing has it from 3.11 only; it matters to type checkers alone

    def dataclass_transform(**_options: object) -> Any:
        return lambda decorator: decorator


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
    "struct",
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

    Decorate each with :func:`struct`, not ``dataclasses.dataclass``: ``dataclasses`` generates
    and compiles ``__init__``, ``__eq__``, ``__hash__``, ``__setattr__`` and ``__delattr__`` for
    every class it decorates (about half a millisecond a class, paid by every app at import),
    while the fields alone cost a tenth of that. So the fields stay a dataclass's
    (``dataclasses.fields``, ``replace``, ``asdict`` and ``is_dataclass`` work; only
    ``__dataclass_params__`` differs, as it lists what dataclasses generated: nothing) and the methods
    a frozen keyword-only dataclass would get are written here once, with the same behaviour
    and messages (each class gets only a thin ``__init__`` of its own, for its signature: see
    :func:`struct`). ``repr`` shows only the members that are set, as jsii's structs do (all of them
    where the class sets ``_REPR_NONE``, as a dataclass's does).
    """

    __slots__ = ()
    _REPR_NONE: ClassVar[bool] = False
    if TYPE_CHECKING:
        __dataclass_fields__: ClassVar[dict[str, dataclasses.Field[Any]]]

    def __init__(self, *args: object, **kwargs: object) -> None:
        # Python's own order of complaints: an unknown keyword, then positionals, then missing ones.
        cls = type(self)
        spec = _init_spec(cls)
        if not kwargs.keys() <= spec.names:
            unknown = next(key for key in kwargs if key not in spec.names)
            raise TypeError(f"{cls.__qualname__}.__init__() got an unexpected keyword argument '{unknown}'")
        if args:
            given = len(args) + 1
            raise TypeError(
                f"{cls.__qualname__}.__init__() takes 1 positional argument but {given} were given"
            )
        if spec.required and not kwargs.keys() >= spec.required:
            _missing_arguments(cls, [n for n, _ in spec.defaults if n in spec.required and n not in kwargs])
        setattr_ = object.__setattr__
        for name, default in spec.defaults:
            setattr_(self, name, kwargs.get(name, default))
        if spec.post_init:
            self.__post_init__()  # type: ignore[attr-defined]

    def __setattr__(self, name: str, value: object) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return _values(self) == _values(other)

    def __hash__(self) -> int:
        return hash(_values(self))

    def __repr__(self) -> str:
        parts = []
        for name, _ in _init_spec(type(self)).defaults:
            value = getattr(self, name)
            if value is not None or self._REPR_NONE:
                parts.append(f"{name}={value!r}")
        return f"{type(self).__name__}({', '.join(parts)})"


class _InitSpec:
    """A struct class's fields as its ``__init__`` reads them, computed once per class."""

    __slots__ = ("defaults", "names", "post_init", "required")

    def __init__(self, cls: type[Struct]) -> None:
        fields = dataclasses.fields(cls)
        # A required field's "default" is MISSING; __init__ reports it before it is ever set.
        self.defaults = tuple((f.name, f.default) for f in fields)
        self.names = frozenset(f.name for f in fields)
        self.required = frozenset(f.name for f in fields if f.default is dataclasses.MISSING)
        self.post_init = hasattr(cls, "__post_init__")


_SPECS: dict[type, _InitSpec] = {}


def _init_spec(cls: type[Struct]) -> _InitSpec:
    spec = _SPECS.get(cls)
    if spec is None:
        spec = _SPECS[cls] = _InitSpec(cls)
    return spec


def _values(obj: Struct) -> tuple[object, ...]:
    return tuple(getattr(obj, name) for name, _ in _init_spec(type(obj)).defaults)


def _missing_arguments(cls: type, names: Sequence[str]) -> NoReturn:
    """Raise the ``TypeError`` Python raises for a call that leaves keyword-only arguments out."""
    quoted = [f"'{name}'" for name in names]
    if len(quoted) == 1:
        listed = quoted[0]
    elif len(quoted) == 2:
        listed = f"{quoted[0]} and {quoted[1]}"
    else:
        listed = f"{', '.join(quoted[:-1])}, and {quoted[-1]}"
    plural = "argument" if len(quoted) == 1 else "arguments"
    raise TypeError(
        f"{cls.__qualname__}.__init__() missing {len(quoted)} required keyword-only {plural}: {listed}"
    )


T = TypeVar("T", bound=type[Struct])

_SELF = inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)
_EMPTY = inspect.Parameter.empty


@dataclass_transform(kw_only_default=True, frozen_default=True, eq_default=True)
def struct(cls: T) -> T:
    """Make ``cls`` (a :class:`Struct` subclass) a frozen keyword-only dataclass.

    The fields are declared as for ``@dataclass(frozen=True, kw_only=True)``; the methods come
    from :class:`Struct` (see there why they are not generated). The class still gets an
    ``__init__`` of its own, a wrapper made without compiling anything, whose signature lists the
    fields as the generated one's would: ``inspect.signature``, ``help()`` and the API reference
    show the keyword arguments, not ``(*args, **kwargs)``.
    """
    made: T = dataclasses.dataclass(init=False, repr=False, eq=False, kw_only=True)(cls)  # type: ignore[assignment]

    def __init__(self: Struct, *args: object, **kwargs: object) -> None:
        Struct.__init__(self, *args, **kwargs)

    __init__.__qualname__ = f"{made.__qualname__}.__init__"
    __init__.__module__ = made.__module__
    parameters = [_SELF]
    for f in dataclasses.fields(made):
        if f.default_factory is not dataclasses.MISSING:
            # Struct.__init__ reads plain defaults only; a factory's field would pass for required.
            raise TypeError(
                f"{made.__qualname__}.{f.name}: a struct field takes a plain default, not a default_factory"
            )
        default = _EMPTY if f.default is dataclasses.MISSING else f.default
        parameters.append(
            inspect.Parameter(f.name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=f.type)
        )
    # Fields are already in a valid order (dataclasses checked them): no need to validate again.
    __init__.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        parameters, return_annotation=None, __validate_parameters__=False
    )
    made.__init__ = __init__  # type: ignore[method-assign]
    return made


def coerce_field(owner: Struct, name: str, cls: type[Struct], *, required: bool = False) -> None:
    """In ``owner.__post_init__``: replace the dict in field ``name`` with the ``cls`` it stands for.

    jsii accepts a dict where a struct is declared; the frozen dataclass keeps the struct.
    """
    value = getattr(owner, name)
    coerced = coerce_struct(value, cls, field_path(owner, name), required=required)
    if coerced is not value:
        object.__setattr__(owner, name, coerced)
