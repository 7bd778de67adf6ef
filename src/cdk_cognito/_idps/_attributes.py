"""Attributes of third-party identity providers and their mapping onto user pool attributes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Protocol

from .._typecheck import RuntimeTypeError, Struct, check_str, fail, field_path, struct

__all__ = ["AttributeMapping", "ProviderAttribute", "render_attribute_mapping"]


class _HasAttributeName(Protocol):
    @property
    def attribute_name(self) -> str: ...


class ProviderAttribute:
    """An attribute available from a third-party identity provider.

    Use the constants for the attributes the common providers offer, and :meth:`other` for any
    other attribute, given by the name the provider knows it by.
    """

    APPLE_EMAIL: ClassVar[ProviderAttribute]
    """Apple's ``email``."""
    APPLE_EMAIL_VERIFIED: ClassVar[ProviderAttribute]
    """Apple's ``email_verified`` (an aws-cdk-lib v2 constant)."""
    APPLE_NAME: ClassVar[ProviderAttribute]
    """Apple's ``name``."""
    APPLE_FIRST_NAME: ClassVar[ProviderAttribute]
    """Apple's ``firstName``."""
    APPLE_LAST_NAME: ClassVar[ProviderAttribute]
    """Apple's ``lastName``."""
    AMAZON_USER_ID: ClassVar[ProviderAttribute]
    """Login with Amazon's ``user_id``."""
    AMAZON_EMAIL: ClassVar[ProviderAttribute]
    """Login with Amazon's ``email``."""
    AMAZON_NAME: ClassVar[ProviderAttribute]
    """Login with Amazon's ``name``."""
    AMAZON_POSTAL_CODE: ClassVar[ProviderAttribute]
    """Login with Amazon's ``postal_code``."""
    FACEBOOK_ID: ClassVar[ProviderAttribute]
    """Facebook's user ``id``."""
    FACEBOOK_BIRTHDAY: ClassVar[ProviderAttribute]
    """Facebook's ``birthday``."""
    FACEBOOK_EMAIL: ClassVar[ProviderAttribute]
    """Facebook's ``email``."""
    FACEBOOK_NAME: ClassVar[ProviderAttribute]
    """Facebook's ``name``."""
    FACEBOOK_FIRST_NAME: ClassVar[ProviderAttribute]
    """Facebook's ``first_name``."""
    FACEBOOK_LAST_NAME: ClassVar[ProviderAttribute]
    """Facebook's ``last_name``."""
    FACEBOOK_MIDDLE_NAME: ClassVar[ProviderAttribute]
    """Facebook's ``middle_name``."""
    FACEBOOK_GENDER: ClassVar[ProviderAttribute]
    """Facebook's ``gender``."""
    FACEBOOK_LOCALE: ClassVar[ProviderAttribute]
    """Facebook's ``locale``."""
    GOOGLE_NAMES: ClassVar[ProviderAttribute]
    """Google's ``names``."""
    GOOGLE_GENDER: ClassVar[ProviderAttribute]
    """Google's ``gender``."""
    GOOGLE_BIRTHDAYS: ClassVar[ProviderAttribute]
    """Google's ``birthdays``."""
    GOOGLE_PHONE_NUMBERS: ClassVar[ProviderAttribute]
    """Google's ``phoneNumbers``."""
    GOOGLE_EMAIL: ClassVar[ProviderAttribute]
    """Google's ``email``."""
    GOOGLE_EMAIL_VERIFIED: ClassVar[ProviderAttribute]
    """Google's ``email_verified`` (an aws-cdk-lib v2 constant)."""
    GOOGLE_NAME: ClassVar[ProviderAttribute]
    """Google's ``name``."""
    GOOGLE_PICTURE: ClassVar[ProviderAttribute]
    """Google's ``picture``."""
    GOOGLE_GIVEN_NAME: ClassVar[ProviderAttribute]
    """Google's ``given_name``."""
    GOOGLE_FAMILY_NAME: ClassVar[ProviderAttribute]
    """Google's ``family_name``."""

    __slots__ = ("_attribute_name",)

    def __init__(self, attribute_name: str) -> None:
        check_str(attribute_name, "ProviderAttribute.attribute_name", required=True)
        self._attribute_name = attribute_name

    @staticmethod
    def other(attribute_name: str) -> ProviderAttribute:
        """An attribute the constants do not name, given as the provider knows it."""
        check_str(attribute_name, "ProviderAttribute.other(attribute_name)", required=True)
        return ProviderAttribute(attribute_name)

    @property
    def attribute_name(self) -> str:
        """The attribute's name as the provider knows it."""
        return self._attribute_name

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ProviderAttribute):
            return self._attribute_name == other._attribute_name
        return NotImplemented

    def __hash__(self) -> int:
        return hash((ProviderAttribute, self._attribute_name))

    def __repr__(self) -> str:
        return f"ProviderAttribute({self._attribute_name!r})"


for _constant, _name in (
    ("APPLE_EMAIL", "email"),
    ("APPLE_EMAIL_VERIFIED", "email_verified"),
    ("APPLE_NAME", "name"),
    ("APPLE_FIRST_NAME", "firstName"),
    ("APPLE_LAST_NAME", "lastName"),
    ("AMAZON_USER_ID", "user_id"),
    ("AMAZON_EMAIL", "email"),
    ("AMAZON_NAME", "name"),
    ("AMAZON_POSTAL_CODE", "postal_code"),
    ("FACEBOOK_ID", "id"),
    ("FACEBOOK_BIRTHDAY", "birthday"),
    ("FACEBOOK_EMAIL", "email"),
    ("FACEBOOK_NAME", "name"),
    ("FACEBOOK_FIRST_NAME", "first_name"),
    ("FACEBOOK_LAST_NAME", "last_name"),
    ("FACEBOOK_MIDDLE_NAME", "middle_name"),
    ("FACEBOOK_GENDER", "gender"),
    ("FACEBOOK_LOCALE", "locale"),
    ("GOOGLE_NAMES", "names"),
    ("GOOGLE_GENDER", "gender"),
    ("GOOGLE_BIRTHDAYS", "birthdays"),
    ("GOOGLE_PHONE_NUMBERS", "phoneNumbers"),
    ("GOOGLE_EMAIL", "email"),
    ("GOOGLE_EMAIL_VERIFIED", "email_verified"),
    ("GOOGLE_NAME", "name"),
    ("GOOGLE_PICTURE", "picture"),
    ("GOOGLE_GIVEN_NAME", "given_name"),
    ("GOOGLE_FAMILY_NAME", "family_name"),
):
    setattr(ProviderAttribute, _constant, ProviderAttribute(_name))


def _is_provider_attribute(value: object) -> bool:
    # Ours, or anything with an ``attribute_name`` (``aws_cdk.aws_cognito.ProviderAttribute`` declares
    # it on its class, so asking costs no round trip to Node).
    return isinstance(value, ProviderAttribute) or hasattr(type(value), "attribute_name")


def _check_attribute(value: object, path: str) -> None:
    if value is not None and not _is_provider_attribute(value):
        fail(path, "ProviderAttribute or None", value)


def _check_custom(value: object, path: str) -> None:
    if value is None:
        return
    if not isinstance(value, Mapping):
        fail(path, "a dict of str to ProviderAttribute, or None", value)
    for key, attribute in value.items():
        # jsii checks the entries when they cross into JavaScript: a RuntimeError there.
        if not isinstance(key, str):
            fail(f"{path} (a key)", "str", key, RuntimeTypeError)
        if not _is_provider_attribute(attribute):
            fail(f"{path}[{key!r}]", "ProviderAttribute", attribute, RuntimeTypeError)


@struct
class AttributeMapping(Struct):
    """How the attributes of an identity provider map onto the attributes of the user pool.

    :param address: The user's postal address. Default: not mapped
    :param birthdate: The user's birthday. Default: not mapped
    :param custom: Mappings onto custom attributes (``"custom:<name>"``) and onto standard attributes
        with no field here, keyed by the user pool attribute's name. Default: no custom mapping
    :param email: The user's email address. Default: not mapped
    :param email_verified: Whether the user's email address is verified (an aws-cdk-lib v2 field).
        Default: not mapped
    :param family_name: The user's surname or last name. Default: not mapped
    :param fullname: The user's full name in displayable form. Default: not mapped
    :param gender: The user's gender. Default: not mapped
    :param given_name: The user's first or given name. Default: not mapped
    :param last_update_time: When the user's information was last updated. Default: not mapped
    :param locale: The user's locale. Default: not mapped
    :param middle_name: The user's middle name. Default: not mapped
    :param nickname: The user's nickname or casual name. Default: not mapped
    :param phone_number: The user's telephone number. Default: not mapped
    :param preferred_username: The user's preferred username. Default: not mapped
    :param profile_page: The URL of the user's profile page. Default: not mapped
    :param profile_picture: The URL of the user's profile picture. Default: not mapped
    :param timezone: The user's time zone. Default: not mapped
    :param website: The URL of the user's web page or blog. Default: not mapped
    """

    # In the order jsii hands the fields to JavaScript (sorted by their Python names), which is the
    # order the reference maps them in.
    address: ProviderAttribute | None = None
    birthdate: ProviderAttribute | None = None
    custom: Mapping[str, ProviderAttribute] | None = None
    email: ProviderAttribute | None = None
    email_verified: ProviderAttribute | None = None
    family_name: ProviderAttribute | None = None
    fullname: ProviderAttribute | None = None
    gender: ProviderAttribute | None = None
    given_name: ProviderAttribute | None = None
    last_update_time: ProviderAttribute | None = None
    locale: ProviderAttribute | None = None
    middle_name: ProviderAttribute | None = None
    nickname: ProviderAttribute | None = None
    phone_number: ProviderAttribute | None = None
    preferred_username: ProviderAttribute | None = None
    profile_page: ProviderAttribute | None = None
    profile_picture: ProviderAttribute | None = None
    timezone: ProviderAttribute | None = None
    website: ProviderAttribute | None = None

    def __post_init__(self) -> None:
        for name, _ in _STANDARD_NAMES:
            _check_attribute(getattr(self, name), field_path(self, name))
        _check_custom(self.custom, field_path(self, "custom"))


# Each standard field and the user pool attribute it maps onto, in the fields' order.
_STANDARD_NAMES = (
    ("address", "address"),
    ("birthdate", "birthdate"),
    ("email", "email"),
    ("email_verified", "email_verified"),
    ("family_name", "family_name"),
    ("fullname", "name"),
    ("gender", "gender"),
    ("given_name", "given_name"),
    ("last_update_time", "updated_at"),
    ("locale", "locale"),
    ("middle_name", "middle_name"),
    ("nickname", "nickname"),
    ("phone_number", "phone_number"),
    ("preferred_username", "preferred_username"),
    ("profile_page", "profile"),
    ("profile_picture", "picture"),
    ("timezone", "zoneinfo"),
    ("website", "website"),
)


def _attribute_name(attribute: _HasAttributeName, path: str) -> Any:
    if isinstance(attribute, ProviderAttribute):
        return attribute.attribute_name
    name = attribute.attribute_name
    if not isinstance(name, str):
        fail(f"{path}.attribute_name", "str", name)
    return name


def render_attribute_mapping(mapping: AttributeMapping | None, path: str) -> dict[str, str] | None:
    """The CloudFormation ``AttributeMapping``: user pool attribute -> provider attribute.

    The standard fields first, in their order, then the ``custom`` entries in theirs; a custom entry
    for a user pool attribute a standard field maps already replaces that value where it stands.
    ``None`` when nothing is mapped. (JavaScript lists keys that are array indices, such as ``"10"``,
    first and in ascending order; core does so when it receives this dict.)
    """
    if mapping is None:
        return None
    rendered: dict[str, str] = {}
    for field, attribute in _STANDARD_NAMES:
        value = getattr(mapping, field)
        if value is not None:
            rendered[attribute] = _attribute_name(value, f"{path}.{field}")
    if mapping.custom:
        for key, value in mapping.custom.items():
            rendered[key] = _attribute_name(value, f"{path}.custom[{key!r}]")
    return rendered or None
