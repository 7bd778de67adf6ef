"""The user pool's schema: standard attributes and custom attribute types (CFN ``Schema``).

Custom attributes may be this module's attribute classes, the reference's own
(``aws_cdk.aws_cognito.StringAttribute`` and the like: their ``bind()`` is one round trip to Node)
or any object with a ``bind()`` method. ``bind()`` may return a :class:`CustomAttributeConfig`, any
object with its attributes (``data_type``, ``mutable``, ``number_constraints``,
``string_constraints``: the reference's jsii ``CustomAttributeConfig`` is one), or a dict of its
fields, with snake_case keys or with the camelCase keys a jsii callback returns.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, Protocol, TypeVar

from ._attributes import STANDARD_ATTRIBUTE_NAMES
from ._js import js_number_to_string, js_object_keys, to_js_double
from ._tokens import is_unresolved
from ._typecheck import (
    NotAJsiiObjectError,
    RuntimeTypeError,
    Struct,
    check_bool,
    check_number,
    check_str,
    coerce_field,
    coerce_struct,
    fail,
    field_path,
    path_prefix,
    struct,
)

__all__ = [
    "STANDARD_ATTRIBUTE_NAMES",
    "BooleanAttribute",
    "CustomAttributeConfig",
    "CustomAttributeProps",
    "DateTimeAttribute",
    "ICustomAttribute",
    "NumberAttribute",
    "NumberAttributeConstraints",
    "NumberAttributeProps",
    "StandardAttribute",
    "StandardAttributes",
    "StringAttribute",
    "StringAttributeConstraints",
    "StringAttributeProps",
    "check_custom_attributes",
    "render_schema",
]


def _truthy(value: int | float | None) -> bool:
    """JavaScript truthiness of a number: ``undefined``, 0, -0 and NaN are false."""
    if value is None:
        return False
    number = to_js_double(value)
    return number == number and number != 0


def _checked_length(value: int | float | None) -> float | None:
    """The double the reference range-checks: ``None`` for a falsy length or a token, never checked."""
    if value is None:
        return None
    number = to_js_double(value)
    if not _truthy(number) or is_unresolved(number):
        return None
    return number


# --- standard attributes ---------------------------------------------------------------------


@struct
class StandardAttribute(Struct):
    """A standard attribute's settings in the pool's schema.

    :param mutable: Whether the attribute's value can be changed after sign-up. An attribute mapped
        from an identity provider's attribute must be mutable, since Cognito updates it at each
        sign-in through that provider. Default: true
    :param required: Whether users must give a value for the attribute to sign up. Default: false
    """

    mutable: bool | None = None
    required: bool | None = None

    def __post_init__(self) -> None:
        check_bool(self.mutable, field_path(self, "mutable"))
        check_bool(self.required, field_path(self, "required"))


@struct
class StandardAttributes(Struct):
    """The standard attributes to put in the pool's schema, each with its settings.

    Each member is a :class:`StandardAttribute` (or a dict of its fields); a member left unset is not
    in the schema. Every default: not in the schema (a member that is set gets the defaults of
    ``StandardAttribute``).

    :param address: The user's postal address.
    :param birthdate: The user's birthday, in ISO 8601:2004 format.
    :param email: The user's e-mail address, an RFC 5322 addr-spec.
    :param email_verified: (deprecated) Not a standard attribute but one Cognito manages itself;
        Cognito rejects it in a schema.
    :param family_name: The user's surname or last name.
    :param fullname: The user's full name in displayable form (attribute ``name``).
    :param gender: The user's gender.
    :param given_name: The user's first or given name.
    :param last_update_time: When the user's information was last updated (attribute ``updated_at``).
    :param locale: The user's locale, a BCP 47 (RFC 5646) language tag.
    :param middle_name: The user's middle name.
    :param nickname: The user's nickname or casual name.
    :param phone_number: The user's telephone number.
    :param phone_number_verified: (deprecated) Not a standard attribute but one Cognito manages itself;
        Cognito rejects it in a schema.
    :param preferred_username: The user's preferred username, which differs from the immutable user name.
    :param profile_page: The URL of the user's profile page (attribute ``profile``).
    :param profile_picture: The URL of the user's profile picture (attribute ``picture``).
    :param timezone: The user's time zone (attribute ``zoneinfo``).
    :param website: The URL of the user's web page or blog.
    """

    address: StandardAttribute | None = None
    birthdate: StandardAttribute | None = None
    email: StandardAttribute | None = None
    email_verified: StandardAttribute | None = None
    family_name: StandardAttribute | None = None
    fullname: StandardAttribute | None = None
    gender: StandardAttribute | None = None
    given_name: StandardAttribute | None = None
    last_update_time: StandardAttribute | None = None
    locale: StandardAttribute | None = None
    middle_name: StandardAttribute | None = None
    nickname: StandardAttribute | None = None
    phone_number: StandardAttribute | None = None
    phone_number_verified: StandardAttribute | None = None
    preferred_username: StandardAttribute | None = None
    profile_page: StandardAttribute | None = None
    profile_picture: StandardAttribute | None = None
    timezone: StandardAttribute | None = None
    website: StandardAttribute | None = None

    def __post_init__(self) -> None:
        for name in STANDARD_ATTRIBUTE_NAMES:
            value = getattr(self, name)
            attribute = coerce_struct(value, StandardAttribute, field_path(self, name))
            if attribute is not value:
                object.__setattr__(self, name, attribute)


# --- custom attributes -----------------------------------------------------------------------


@struct
class CustomAttributeProps(Struct):
    """Settings that apply to a custom attribute of any type.

    :param mutable: Whether the attribute's value can be changed after sign-up. An attribute mapped
        from an identity provider's attribute must be mutable. Default: false
    """

    mutable: bool | None = None

    def __post_init__(self) -> None:
        check_bool(self.mutable, field_path(self, "mutable"))


@struct
class StringAttributeConstraints(Struct):
    """Length constraints of a custom attribute of type String.

    :param max_len: The attribute's maximum length. Default: 2048
    :param min_len: The attribute's minimum length. Default: 0
    """

    max_len: int | float | None = None
    min_len: int | float | None = None

    def __post_init__(self) -> None:
        check_number(self.max_len, field_path(self, "max_len"))
        check_number(self.min_len, field_path(self, "min_len"))


@struct
class StringAttributeProps(Struct):
    """The settings of a :class:`StringAttribute`.

    :param max_len: The attribute's maximum length. Default: 2048
    :param min_len: The attribute's minimum length. Default: 0
    :param mutable: Whether the attribute's value can be changed after sign-up. Default: false
    """

    max_len: int | float | None = None
    min_len: int | float | None = None
    mutable: bool | None = None

    def __post_init__(self) -> None:
        check_number(self.max_len, field_path(self, "max_len"))
        check_number(self.min_len, field_path(self, "min_len"))
        check_bool(self.mutable, field_path(self, "mutable"))


@struct
class NumberAttributeConstraints(Struct):
    """Value constraints of a custom attribute of type Number.

    :param max: The attribute's maximum value. Default: no maximum value
    :param min: The attribute's minimum value. Default: no minimum value
    """

    max: int | float | None = None
    min: int | float | None = None

    def __post_init__(self) -> None:
        check_number(self.max, field_path(self, "max"))
        check_number(self.min, field_path(self, "min"))


@struct
class NumberAttributeProps(Struct):
    """The settings of a :class:`NumberAttribute`.

    :param max: The attribute's maximum value. Default: no maximum value
    :param min: The attribute's minimum value. Default: no minimum value
    :param mutable: Whether the attribute's value can be changed after sign-up. Default: false
    """

    max: int | float | None = None
    min: int | float | None = None
    mutable: bool | None = None

    def __post_init__(self) -> None:
        check_number(self.max, field_path(self, "max"))
        check_number(self.min, field_path(self, "min"))
        check_bool(self.mutable, field_path(self, "mutable"))


@struct
class CustomAttributeConfig(Struct):
    """What a custom attribute type contributes to the pool's schema (the result of ``bind()``).

    :param data_type: The attribute's data type (``String``, ``Number``, ``Boolean``, ``DateTime``).
    :param mutable: Whether the attribute's value can be changed after sign-up. Default: false
    :param number_constraints: The value constraints of a Number attribute. Default: none
    :param string_constraints: The length constraints of a String attribute. Default: none
    """

    data_type: str
    mutable: bool | None = None
    number_constraints: NumberAttributeConstraints | None = None
    string_constraints: StringAttributeConstraints | None = None

    def __post_init__(self) -> None:
        check_str(self.data_type, field_path(self, "data_type"), required=True)
        check_bool(self.mutable, field_path(self, "mutable"))
        coerce_field(self, "number_constraints", NumberAttributeConstraints)
        coerce_field(self, "string_constraints", StringAttributeConstraints)


class ICustomAttribute(Protocol):
    """A custom attribute type: anything with a ``bind()`` that gives its schema settings."""

    def bind(self) -> CustomAttributeConfig:
        """The attribute's settings as they go into the pool's schema."""
        ...


class StringAttribute:
    """The String custom attribute type.

    :param max_len: The attribute's maximum length; above 2048 is an error. Default: 2048
    :param min_len: The attribute's minimum length; below 0 is an error. Default: 0
    :param mutable: Whether the attribute's value can be changed after sign-up. Default: false
    """

    __slots__ = ("_max_len", "_min_len", "_mutable")

    def __init__(
        self,
        *,
        max_len: int | float | None = None,
        min_len: int | float | None = None,
        mutable: bool | None = None,
    ) -> None:
        props = StringAttributeProps(max_len=max_len, min_len=min_len, mutable=mutable)
        # As the reference tests them: a length of 0 (falsy) and a token are never checked.
        low = _checked_length(props.min_len)
        if low is not None and low < 0:
            raise RuntimeError(f"minLen cannot be less than 0 (value: {js_number_to_string(low)}).")
        high = _checked_length(props.max_len)
        if high is not None and high > 2048:
            raise RuntimeError(f"maxLen cannot be greater than 2048 (value: {js_number_to_string(high)}).")
        self._min_len = props.min_len
        self._max_len = props.max_len
        self._mutable = props.mutable

    def bind(self) -> CustomAttributeConfig:
        """The attribute's schema settings; length constraints only if a length is set and not 0."""
        constraints = None
        if _truthy(self._min_len) or _truthy(self._max_len):
            constraints = StringAttributeConstraints(min_len=self._min_len, max_len=self._max_len)
        return CustomAttributeConfig(
            data_type="String", string_constraints=constraints, mutable=self._mutable
        )


class NumberAttribute:
    """The Number custom attribute type.

    :param max: The attribute's maximum value. Default: no maximum value
    :param min: The attribute's minimum value. Default: no minimum value
    :param mutable: Whether the attribute's value can be changed after sign-up. Default: false
    """

    __slots__ = ("_max", "_min", "_mutable")

    def __init__(
        self,
        *,
        max: int | float | None = None,
        min: int | float | None = None,
        mutable: bool | None = None,
    ) -> None:
        props = NumberAttributeProps(max=max, min=min, mutable=mutable)
        self._min = props.min
        self._max = props.max
        self._mutable = props.mutable

    def bind(self) -> CustomAttributeConfig:
        """The attribute's schema settings; value constraints only if a bound is set and not 0."""
        constraints = None
        if _truthy(self._min) or _truthy(self._max):
            constraints = NumberAttributeConstraints(min=self._min, max=self._max)
        return CustomAttributeConfig(
            data_type="Number", number_constraints=constraints, mutable=self._mutable
        )


class BooleanAttribute:
    """The Boolean custom attribute type.

    :param mutable: Whether the attribute's value can be changed after sign-up. Default: false
    """

    __slots__ = ("_mutable",)

    def __init__(self, *, mutable: bool | None = None) -> None:
        self._mutable = CustomAttributeProps(mutable=mutable).mutable

    def bind(self) -> CustomAttributeConfig:
        """The attribute's schema settings."""
        return CustomAttributeConfig(data_type="Boolean", mutable=self._mutable)


class DateTimeAttribute:
    """The DateTime custom attribute type.

    :param mutable: Whether the attribute's value can be changed after sign-up. Default: false
    """

    __slots__ = ("_mutable",)

    def __init__(self, *, mutable: bool | None = None) -> None:
        self._mutable = CustomAttributeProps(mutable=mutable).mutable

    def bind(self) -> CustomAttributeConfig:
        """The attribute's schema settings."""
        return CustomAttributeConfig(data_type="DateTime", mutable=self._mutable)


# --- bind() results of other libraries -------------------------------------------------------

# camelCase member names (what a jsii callback returns) -> ours.
_SNAKE_NAMES = {
    "dataType": "data_type",
    "numberConstraints": "number_constraints",
    "stringConstraints": "string_constraints",
    "minLen": "min_len",
    "maxLen": "max_len",
}
_NESTED = {"number_constraints": ("max", "min"), "string_constraints": ("max_len", "min_len")}

S = TypeVar("S", bound=Struct)


def _snake_keys(value: Mapping[Any, Any], path: str) -> dict[Any, Any]:
    result: dict[Any, Any] = {}
    for key, item in value.items():
        name = _SNAKE_NAMES.get(key, key) if isinstance(key, str) else key
        if name in result:
            raise TypeError(f"{path}: both {name!r} and its camelCase form are given")
        result[name] = item
    return result


def _plain_struct(value: object, cls: type[S], path: str) -> S | None:
    """``value`` as a ``cls``: already one, a dict (either key style), or an object with its attributes."""
    if value is None or isinstance(value, cls):
        return value
    if isinstance(value, Mapping):
        mapped = _snake_keys(value, path)
        nested = _NESTED if cls is CustomAttributeConfig else {}
        for name in nested:
            if isinstance(mapped.get(name), Mapping):
                mapped[name] = _snake_keys(mapped[name], f"{path}.{name}")
        return coerce_struct(mapped, cls, path)
    names = [f.name for f in dataclasses.fields(cls)]
    # An object stands for the struct if it has the members that tell it is one.
    telling = ["data_type"] if cls is CustomAttributeConfig else names
    if not any(hasattr(value, name) for name in telling):
        expected = f"a {cls.__name__} (an object with {' or '.join(telling)}) or a dict of its fields"
        fail(path, expected, value, RuntimeTypeError)
    members = {name: getattr(value, name, None) for name in names}
    for name in _NESTED if cls is CustomAttributeConfig else ():
        kind = NumberAttributeConstraints if name == "number_constraints" else StringAttributeConstraints
        members[name] = _plain_struct(members[name], kind, f"{path}.{name}")
    with path_prefix(path):
        return cls(**members)


def _bind(attribute: object, path: str) -> CustomAttributeConfig:
    bind = getattr(attribute, "bind", None)
    if not callable(bind):
        fail(path, "an ICustomAttribute (an object with a bind() method)", attribute, NotAJsiiObjectError)
    config = _plain_struct(bind(), CustomAttributeConfig, f"{path}.bind()")
    if config is None:
        fail(f"{path}.bind()", "a CustomAttributeConfig", None, RuntimeTypeError)
    return config


def check_custom_attributes(value: object, path: str) -> None:
    """Type-check a ``custom_attributes`` value: ``None`` or a dict of names to ``ICustomAttribute``."""
    if value is None:
        return
    if not isinstance(value, Mapping):
        fail(path, "a dict of attribute names to ICustomAttribute, or None", value)
    for key, attribute in value.items():
        if not isinstance(key, str):
            fail(f"{path} key", "str", key)
        if not callable(getattr(attribute, "bind", None)):
            fail(
                f"{path}[{key!r}]",
                "an ICustomAttribute (an object with a bind() method)",
                attribute,
                NotAJsiiObjectError,
            )


# --- rendering -------------------------------------------------------------------------------


def _render_custom(name: str, config: CustomAttributeConfig) -> dict[str, Any]:
    numbers = config.number_constraints
    strings = config.string_constraints
    rendered: dict[str, Any] = {"AttributeDataType": config.data_type}
    if config.mutable is not None:
        rendered["Mutable"] = config.mutable
    rendered["Name"] = name
    if numbers is not None:
        rendered["NumberAttributeConstraints"] = _constraints(
            ("MaxValue", numbers.max), ("MinValue", numbers.min)
        )
    if strings is not None:
        rendered["StringAttributeConstraints"] = _constraints(
            ("MaxLength", strings.max_len), ("MinLength", strings.min_len)
        )
    return rendered


def _constraints(*pairs: tuple[str, int | float | None]) -> dict[str, str]:
    return {key: js_number_to_string(value) for key, value in pairs if value is not None}


def render_schema(
    standard: StandardAttributes | None,
    custom: Mapping[str, ICustomAttribute] | None,
    path: str = "custom_attributes",
) -> list[dict[str, Any]] | None:
    """The pool's CFN ``Schema``: the standard attributes that are set, then the custom attributes.

    Standard attributes come in the order of ``StandardAttributes``'s members (jsii hands the
    struct to JavaScript in that order, whatever order a dict had), each with ``Mutable`` (default
    true) and ``Required`` (default false). Custom attributes come in JavaScript's ``Object.keys``
    order of the dict (array-index names first), each attribute's ``bind()`` called once, in that
    order; constraint values are printed as JavaScript prints numbers. Keys are in the L1's order.
    ``None`` when there is no attribute at all. ``standard`` may also be a dict of its members;
    ``path`` names ``custom`` in type errors.
    """
    schema: list[dict[str, Any]] = []
    standard = coerce_struct(standard, StandardAttributes, "standard_attributes")
    if standard is not None:
        for member, attribute_name in STANDARD_ATTRIBUTE_NAMES.items():
            attribute: StandardAttribute | None = getattr(standard, member)
            if attribute is not None:
                schema.append(
                    {
                        "Mutable": True if attribute.mutable is None else attribute.mutable,
                        "Name": attribute_name,
                        "Required": False if attribute.required is None else attribute.required,
                    }
                )
    if custom is not None:
        check_custom_attributes(custom, path)
        for name in js_object_keys(custom):
            schema.append(_render_custom(name, _bind(custom[name], f"{path}[{name!r}]")))
    return schema or None
