"""Which user attributes an app client may read or write."""

from __future__ import annotations

from dataclasses import fields

from ._js import utf16_sorted
from ._typecheck import Struct, check_bool, fail, field_path, struct

__all__ = ["STANDARD_ATTRIBUTE_NAMES", "ClientAttributes", "StandardAttributesMask"]


# Python name of each standard attribute (StandardAttributesMask's, StandardAttributes' members)
# -> the Cognito attribute it stands for.
STANDARD_ATTRIBUTE_NAMES: dict[str, str] = {
    "address": "address",
    "birthdate": "birthdate",
    "email": "email",
    "email_verified": "email_verified",
    "family_name": "family_name",
    "fullname": "name",
    "gender": "gender",
    "given_name": "given_name",
    "last_update_time": "updated_at",
    "locale": "locale",
    "middle_name": "middle_name",
    "nickname": "nickname",
    "phone_number": "phone_number",
    "phone_number_verified": "phone_number_verified",
    "preferred_username": "preferred_username",
    "profile_page": "profile",
    "profile_picture": "picture",
    "timezone": "zoneinfo",
    "website": "website",
}

_CUSTOM_PREFIX = "custom:"


@struct
class StandardAttributesMask(Struct):
    """A set of standard attributes, each member ``True`` to include it. Every member defaults to false.

    :param address: The user's postal address. Default: false
    :param birthdate: The user's birthday, as YYYY-MM-DD. Default: false
    :param email: The user's e-mail address. Default: false
    :param email_verified: Whether the e-mail address has been verified. Default: false
    :param family_name: The surname or last name of the user. Default: false
    :param fullname: The user's full name (attribute ``name``). Default: false
    :param gender: The user's gender. Default: false
    :param given_name: The user's first name or given name. Default: false
    :param last_update_time: Time the user's information was last updated (``updated_at``). Default: false
    :param locale: The user's locale. Default: false
    :param middle_name: The user's middle name. Default: false
    :param nickname: The user's nickname or casual name. Default: false
    :param phone_number: The user's telephone number. Default: false
    :param phone_number_verified: Whether the phone number has been verified. Default: false
    :param preferred_username: The user's preferred username. Default: false
    :param profile_page: The URL of the user's profile page (``profile``). Default: false
    :param profile_picture: The URL of the user's profile picture (``picture``). Default: false
    :param timezone: The user's time zone (``zoneinfo``). Default: false
    :param website: The URL of the user's web page or blog. Default: false
    """

    address: bool | None = None
    birthdate: bool | None = None
    email: bool | None = None
    email_verified: bool | None = None
    family_name: bool | None = None
    fullname: bool | None = None
    gender: bool | None = None
    given_name: bool | None = None
    last_update_time: bool | None = None
    locale: bool | None = None
    middle_name: bool | None = None
    nickname: bool | None = None
    phone_number: bool | None = None
    phone_number_verified: bool | None = None
    preferred_username: bool | None = None
    profile_page: bool | None = None
    profile_picture: bool | None = None
    timezone: bool | None = None
    website: bool | None = None

    def __post_init__(self) -> None:
        for field in fields(self):
            check_bool(getattr(self, field.name), field_path(self, field.name))


class ClientAttributes:
    """An immutable set of standard and custom attributes, for ``read_attributes``/``write_attributes``.

    Every ``with_*`` method returns a new set; the original is left as it was.
    """

    __slots__ = ("_names",)

    def __init__(self) -> None:
        self._names: frozenset[str] = frozenset()

    @classmethod
    def _of(cls, names: frozenset[str]) -> ClientAttributes:
        result = cls()
        result._names = names
        return result

    def with_standard_attributes(
        self,
        *,
        address: bool | None = None,
        birthdate: bool | None = None,
        email: bool | None = None,
        email_verified: bool | None = None,
        family_name: bool | None = None,
        fullname: bool | None = None,
        gender: bool | None = None,
        given_name: bool | None = None,
        last_update_time: bool | None = None,
        locale: bool | None = None,
        middle_name: bool | None = None,
        nickname: bool | None = None,
        phone_number: bool | None = None,
        phone_number_verified: bool | None = None,
        preferred_username: bool | None = None,
        profile_page: bool | None = None,
        profile_picture: bool | None = None,
        timezone: bool | None = None,
        website: bool | None = None,
    ) -> ClientAttributes:
        """A new set with the standard attributes whose argument is ``True`` added (each default: false)."""
        chosen = dict(locals())
        del chosen["self"]
        added = set(self._names)
        for key, name in STANDARD_ATTRIBUTE_NAMES.items():
            value = chosen[key]
            check_bool(value, f"ClientAttributes.with_standard_attributes({key})")
            if value is True:
                added.add(name)
        return ClientAttributes._of(frozenset(added))

    def with_custom_attributes(self, *attributes: str) -> ClientAttributes:
        """A new set with these custom attributes added; ``custom:`` is prefixed where missing."""
        added = set(self._names)
        for index, attribute in enumerate(attributes):
            if not isinstance(attribute, str):
                fail(f"ClientAttributes.with_custom_attributes(attributes[{index}])", "str", attribute)
            added.add(attribute if attribute.startswith(_CUSTOM_PREFIX) else _CUSTOM_PREFIX + attribute)
        return ClientAttributes._of(frozenset(added))

    def attributes(self) -> list[str]:
        """The attribute names in this set, sorted."""
        return utf16_sorted(self._names)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ClientAttributes):
            return self._names == other._names
        return NotImplemented

    def __hash__(self) -> int:
        return hash((ClientAttributes, self._names))

    def __repr__(self) -> str:
        return f"ClientAttributes({self.attributes()!r})"
