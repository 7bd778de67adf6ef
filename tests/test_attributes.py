"""ClientAttributes and StandardAttributesMask."""

from __future__ import annotations

import dataclasses
import inspect
from typing import Any

import pytest

from cdk_cognito import ClientAttributes, StandardAttributesMask

# Python name -> Cognito attribute name, as the reference's StandardAttributeNames maps them.
STANDARD_NAMES = {
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


def js_sorted(values: list[str]) -> list[str]:
    """JavaScript's default sort: by UTF-16 code units (an independent oracle for the tests)."""

    def key(value: str) -> list[int]:
        units: list[int] = []
        for char in value:
            code = ord(char)
            if code > 0xFFFF:
                code -= 0x10000
                units += [0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)]
            else:
                units.append(code)
        return units

    return sorted(values, key=key)


# --------------------------------------------------------------------------------------------------
# ClientAttributes
# --------------------------------------------------------------------------------------------------


def test_empty() -> None:
    assert ClientAttributes().attributes() == []


@pytest.mark.parametrize(("field", "name"), sorted(STANDARD_NAMES.items()))
def test_each_standard_attribute_name(field: str, name: str) -> None:
    assert ClientAttributes().with_standard_attributes(**{field: True}).attributes() == [name]


@pytest.mark.parametrize("field", sorted(STANDARD_NAMES))
def test_false_or_none_adds_nothing(field: str) -> None:
    assert ClientAttributes().with_standard_attributes(**{field: False}).attributes() == []
    assert ClientAttributes().with_standard_attributes(**{field: None}).attributes() == []


def test_every_standard_attribute_sorted() -> None:
    attributes = ClientAttributes().with_standard_attributes(**dict.fromkeys(STANDARD_NAMES, True))
    assert attributes.attributes() == sorted(STANDARD_NAMES.values())
    assert attributes.attributes() == [
        "address",
        "birthdate",
        "email",
        "email_verified",
        "family_name",
        "gender",
        "given_name",
        "locale",
        "middle_name",
        "name",
        "nickname",
        "phone_number",
        "phone_number_verified",
        "picture",
        "preferred_username",
        "profile",
        "updated_at",
        "website",
        "zoneinfo",
    ]


def test_with_standard_attributes_keyword_names_match_the_mask() -> None:
    parameters = inspect.signature(ClientAttributes.with_standard_attributes).parameters
    names = [name for name in parameters if name != "self"]
    assert names == [field.name for field in dataclasses.fields(StandardAttributesMask)]
    assert sorted(names) == sorted(STANDARD_NAMES)
    assert all(parameters[name].kind is inspect.Parameter.KEYWORD_ONLY for name in names)


def test_with_standard_attributes_is_keyword_only() -> None:
    with pytest.raises(TypeError):
        ClientAttributes().with_standard_attributes(True)  # type: ignore[misc]
    with pytest.raises(TypeError, match="unexpected keyword argument 'name'"):
        ClientAttributes().with_standard_attributes(name=True)  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (("a",), ["custom:a"]),
        (("custom:a",), ["custom:a"]),
        (("a", "custom:a"), ["custom:a"]),
        (("b", "a", "custom:c"), ["custom:a", "custom:b", "custom:c"]),
        (("Custom:x",), ["custom:Custom:x"]),
        (("",), ["custom:"]),
        (("custom:",), ["custom:"]),
        ((), []),
    ],
)
def test_custom_attributes_are_prefixed(given: tuple[str, ...], expected: list[str]) -> None:
    assert ClientAttributes().with_custom_attributes(*given).attributes() == expected


def test_with_methods_return_new_objects_and_leave_the_original_unchanged() -> None:
    base = ClientAttributes().with_standard_attributes(email=True)
    with_custom = base.with_custom_attributes("tenant")
    with_more = base.with_standard_attributes(fullname=True)
    assert with_custom is not base and with_more is not base
    assert base.attributes() == ["email"]
    assert with_custom.attributes() == ["custom:tenant", "email"]
    assert with_more.attributes() == ["email", "name"]
    # Adding nothing still gives a new object, equal to the original.
    same = base.with_custom_attributes()
    assert same is not base and same == base


def test_attributes_returns_a_fresh_list() -> None:
    attributes = ClientAttributes().with_custom_attributes("a")
    listed = attributes.attributes()
    listed.append("mutated")
    assert attributes.attributes() == ["custom:a"]


def test_chaining_collapses_duplicates() -> None:
    attributes = (
        ClientAttributes()
        .with_standard_attributes(email=True, fullname=True)
        .with_standard_attributes(email=True)
        .with_custom_attributes("x", "custom:x", "x")
    )
    assert attributes.attributes() == ["custom:x", "email", "name"]


def test_sort_is_by_utf16_code_units() -> None:
    names = ["\uffff", "\U0001f600", "a", "B", "\u00e9", "_", "Z", "\U00010000"]
    attributes = ClientAttributes().with_custom_attributes(*names).attributes()
    assert attributes == [
        "custom:B",
        "custom:Z",
        "custom:_",
        "custom:a",
        "custom:\u00e9",
        "custom:\U00010000",
        "custom:\U0001f600",
        "custom:\uffff",
    ]
    assert attributes == js_sorted(attributes)
    # Python's code-point order would put U+FFFF before the astral characters.
    assert sorted(attributes) != attributes


def test_sort_mixes_standard_and_custom() -> None:
    attributes = ClientAttributes().with_custom_attributes("a").with_standard_attributes(address=True)
    assert attributes.attributes() == ["address", "custom:a"]


def test_equality_hash_and_repr() -> None:
    one = ClientAttributes().with_standard_attributes(email=True).with_custom_attributes("a")
    two = ClientAttributes().with_custom_attributes("custom:a").with_standard_attributes(email=True)
    assert one == two
    assert hash(one) == hash(two)
    assert one != ClientAttributes()
    assert ClientAttributes() == ClientAttributes()
    assert one != ["custom:a", "email"]
    assert len({one, two, ClientAttributes()}) == 2
    assert repr(one) == "ClientAttributes(['custom:a', 'email'])"
    assert repr(ClientAttributes()) == "ClientAttributes([])"


@pytest.mark.parametrize("value", [1, 0, "yes", [True]])
def test_with_standard_attributes_type_errors(value: Any) -> None:
    with pytest.raises(TypeError) as info:
        ClientAttributes().with_standard_attributes(email=value)
    assert str(info.value).startswith(
        "ClientAttributes.with_standard_attributes(email): expected bool or None"
    )


@pytest.mark.parametrize("value", [1, None, ["a"], b"a"])
def test_with_custom_attributes_type_errors(value: Any) -> None:
    with pytest.raises(TypeError) as info:
        ClientAttributes().with_custom_attributes("ok", value)
    assert str(info.value).startswith("ClientAttributes.with_custom_attributes(attributes[1]): expected str")


def test_type_error_leaves_the_original_unchanged() -> None:
    base = ClientAttributes().with_custom_attributes("a")
    with pytest.raises(TypeError):
        base.with_custom_attributes("b", 5)  # type: ignore[arg-type]
    assert base.attributes() == ["custom:a"]


# --------------------------------------------------------------------------------------------------
# StandardAttributesMask
# --------------------------------------------------------------------------------------------------


def test_mask_is_a_frozen_keyword_only_dataclass() -> None:
    assert dataclasses.is_dataclass(StandardAttributesMask)
    fields = dataclasses.fields(StandardAttributesMask)
    assert sorted(field.name for field in fields) == sorted(STANDARD_NAMES)
    assert all(field.kw_only and field.default is None for field in fields)
    mask = StandardAttributesMask(email=True)
    with pytest.raises(dataclasses.FrozenInstanceError):
        mask.email = False  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        mask.address = True  # type: ignore[misc]
    assert mask.email is True
    with pytest.raises(TypeError):
        StandardAttributesMask(True)  # type: ignore[misc]


def test_mask_equality_and_repr() -> None:
    assert StandardAttributesMask(email=True) == StandardAttributesMask(email=True)
    assert StandardAttributesMask(email=True) != StandardAttributesMask(email=False)
    assert StandardAttributesMask() == StandardAttributesMask()
    assert hash(StandardAttributesMask(fullname=True)) == hash(StandardAttributesMask(fullname=True))
    assert repr(StandardAttributesMask()) == "StandardAttributesMask()"
    assert (
        repr(StandardAttributesMask(website=True, address=False))
        == "StandardAttributesMask(address=False, website=True)"
    )


@pytest.mark.parametrize("field", sorted(STANDARD_NAMES))
def test_mask_type_errors_name_the_field(field: str) -> None:
    with pytest.raises(TypeError) as info:
        StandardAttributesMask(**{field: 1})
    assert str(info.value) == f"StandardAttributesMask.{field}: expected bool or None; got int (1)"


def test_mask_as_keyword_arguments() -> None:
    mask = StandardAttributesMask(email=True, timezone=True, profile_page=False)
    attributes = ClientAttributes().with_standard_attributes(
        **{field.name: getattr(mask, field.name) for field in dataclasses.fields(mask)}
    )
    assert attributes.attributes() == ["email", "zoneinfo"]
