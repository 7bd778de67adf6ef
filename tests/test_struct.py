"""The structs behave as frozen keyword-only dataclasses, compared with ones ``dataclasses`` generates.

``cdk_cognito`` declares its structs with ``_typecheck.struct``, which keeps the dataclass fields
but takes ``__init__``, ``__eq__``, ``__hash__``, ``__setattr__``, ``__delattr__`` and the
signature from ``Struct`` (written once, not generated per class). Each struct is checked against
its twin: ``dataclasses.make_dataclass`` with the same fields, ``frozen=True, kw_only=True``.
"""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cdk_cognito as cognito
from cdk_cognito._rules import Violation
from cdk_cognito._rules._pool import PoolRuleContext
from cdk_cognito._typecheck import Struct, struct

STRUCTS: list[type[Struct]] = sorted(
    {
        value
        for value in (getattr(cognito, name) for name in cognito.__all__)
        if isinstance(value, type) and issubclass(value, Struct)
    }
    | {Violation, PoolRuleContext},
    key=lambda cls: cls.__name__,
)


def twin(cls: type[Struct]) -> type[Any]:
    """The class ``@dataclass(frozen=True, kw_only=True)`` makes of ``cls``'s fields."""
    specs: list[Any] = []
    for f in dataclasses.fields(cls):
        if f.default is dataclasses.MISSING:
            specs.append((f.name, f.type))
        else:
            specs.append((f.name, f.type, dataclasses.field(default=f.default)))
    made = dataclasses.make_dataclass(cls.__name__, specs, frozen=True, kw_only=True)
    made.__qualname__ = cls.__qualname__
    return made


def required(cls: type[Any]) -> list[str]:
    return [f.name for f in dataclasses.fields(cls) if f.default is dataclasses.MISSING]


def error_of(call: Any, *args: Any, **kwargs: Any) -> tuple[type[BaseException], str]:
    """The class and message of what ``call(*args, **kwargs)`` raises."""
    with pytest.raises(Exception) as info:
        call(*args, **kwargs)
    return type(info.value), str(info.value)


def test_the_structs_found_are_the_whole_family() -> None:
    names = {cls.__name__ for cls in STRUCTS}
    assert {"UserPoolProps", "UserPoolClientOptions", "OAuthSettings", "PasswordPolicy"} <= names
    assert {"UserPoolDomainProps", "UserPoolIdentityProviderOidcProps", "Violation"} <= names
    assert len(STRUCTS) >= 40


@pytest.mark.parametrize("cls", STRUCTS, ids=lambda cls: cls.__name__)
def test_a_struct_is_a_keyword_only_dataclass_with_its_twins_signature(cls: type[Struct]) -> None:
    assert dataclasses.is_dataclass(cls)
    made = twin(cls)
    assert inspect.signature(cls) == inspect.signature(made)
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in inspect.signature(cls).parameters.values())
    assert cls.__match_args__ == made.__match_args__ == ()  # type: ignore[attr-defined]


@pytest.mark.parametrize("cls", STRUCTS, ids=lambda cls: cls.__name__)
def test_bad_calls_raise_what_a_generated_dataclass_raises(cls: type[Struct]) -> None:
    made = twin(cls)
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
        ((1,), {}),
        ((1, 2), {"bogus": 3}),
        ((), {"bogus": 1}),
        ((), {"bogus": 1, "other": 2}),
        ((), {}),
    ]
    for args, kwargs in calls:
        expected = error_of(made, *args, **kwargs) if args or kwargs or required(made) else None
        if expected is None:
            continue
        assert error_of(cls, *args, **kwargs) == expected, (args, kwargs)


@pytest.mark.parametrize(
    ("cls", "given", "message"),
    [
        (
            cognito.UserPoolIdentityProviderOidcProps,
            {"client_id": "x"},
            "UserPoolIdentityProviderOidcProps.__init__() missing 3 required keyword-only arguments: "
            "'user_pool', 'client_secret', and 'issuer_url'",
        ),
        (
            cognito.DeviceTracking,
            {},
            "DeviceTracking.__init__() missing 2 required keyword-only arguments: "
            "'challenge_required_on_new_device' and 'device_only_remembered_on_user_prompt'",
        ),
        (
            cognito.MfaSecondFactor,
            {"sms": True},
            "MfaSecondFactor.__init__() missing 1 required keyword-only argument: 'otp'",
        ),
    ],
)
def test_missing_required_members_are_listed_in_field_order(
    cls: type[Struct], given: dict[str, Any], message: str
) -> None:
    assert error_of(cls, **given) == (TypeError, message)
    assert error_of(twin(cls), **given) == (TypeError, message)


def test_unknown_keyword_wins_over_missing_ones_as_in_python() -> None:
    expected = error_of(twin(cognito.UserPoolResourceServerOptions), bogus=1)
    assert error_of(cognito.UserPoolResourceServerOptions, bogus=1) == expected
    assert expected == (
        TypeError,
        "UserPoolResourceServerOptions.__init__() got an unexpected keyword argument 'bogus'",
    )


def test_members_cannot_be_set_or_deleted_with_the_dataclass_messages() -> None:
    policy = cognito.PasswordPolicy(min_length=8)
    twin_policy = twin(cognito.PasswordPolicy)(min_length=8)
    for target in ("min_length", "not_a_field"):
        assert error_of(setattr, policy, target, 9) == error_of(setattr, twin_policy, target, 9)
        assert error_of(delattr, policy, target) == error_of(delattr, twin_policy, target)
    assert error_of(setattr, policy, "min_length", 9)[0] is dataclasses.FrozenInstanceError
    assert policy.min_length == 8


def test_equality_and_hash_are_by_value_and_class() -> None:
    a = cognito.SignInAliases(email=True, username=True)
    b = cognito.SignInAliases(username=True, email=True)
    assert a == b and hash(a) == hash(b)
    assert a != cognito.SignInAliases(email=True)
    assert a != cognito.AutoVerifiedAttrs(email=True)  # same member names, another struct
    assert (a == twin(cognito.SignInAliases)(email=True, username=True)) is False
    assert a.__eq__(object()) is NotImplemented
    assert len({a, b, cognito.SignInAliases(email=True)}) == 2


def test_replace_builds_a_new_struct_and_validates_it() -> None:
    policy = cognito.PasswordPolicy(min_length=8, require_digits=True)
    longer = dataclasses.replace(policy, min_length=12)
    assert longer == cognito.PasswordPolicy(min_length=12, require_digits=True)
    assert policy.min_length == 8
    with pytest.raises(TypeError, match="min_length"):
        dataclasses.replace(policy, min_length="12")  # type: ignore[arg-type]


def test_post_init_coerces_nested_dicts_on_construction() -> None:
    settings = cognito.OAuthSettings(flows={"authorization_code_grant": True})  # type: ignore[arg-type]
    assert settings.flows == cognito.OAuthFlows(authorization_code_grant=True)


def test_copies_and_pickles_are_equal() -> None:
    settings = cognito.OAuthSettings(
        flows=cognito.OAuthFlows(implicit_code_grant=True), callback_urls=["https://a.example.com"]
    )
    assert copy.copy(settings) == settings
    assert copy.deepcopy(settings) == settings
    assert pickle.loads(pickle.dumps(settings)) == settings
    assert dataclasses.asdict(settings)["flows"] == {
        "authorization_code_grant": None,
        "client_credentials": None,
        "implicit_code_grant": True,
    }


def test_repr_shows_what_is_set_and_a_violation_shows_everything() -> None:
    assert repr(cognito.OAuthFlows(implicit_code_grant=True)) == "OAuthFlows(implicit_code_grant=True)"
    violation = Violation(rule="P1", prop="x", value=None, message="m", fix="f")
    assert repr(violation) == (
        "Violation(rule='P1', prop='x', value=None, message='m', fix='f', severity='error', "
        "cfn_property=None)"
    )
    assert repr(violation) == repr(twin(Violation)(rule="P1", prop="x", value=None, message="m", fix="f"))


flags = st.one_of(st.none(), st.booleans())


@given(st.fixed_dictionaries({}, optional={"email": flags, "phone": flags, "username": flags}), st.data())
def test_equality_agrees_with_the_twin(kwargs: dict[str, Any], data: st.DataObject) -> None:
    other = data.draw(st.fixed_dictionaries({}, optional={"email": flags, "phone": flags, "username": flags}))
    made = twin(cognito.SignInAliases)
    ours_equal = cognito.SignInAliases(**kwargs) == cognito.SignInAliases(**other)
    assert ours_equal == (made(**kwargs) == made(**other))
    if ours_equal:
        assert hash(cognito.SignInAliases(**kwargs)) == hash(cognito.SignInAliases(**other))
    assert dataclasses.asdict(cognito.SignInAliases(**kwargs)) == dataclasses.asdict(made(**kwargs))


def test_a_default_factory_is_refused_when_the_class_is_made() -> None:
    with pytest.raises(
        TypeError,
        match=r"\.<locals>\.Made\.items: a struct field takes a plain default, not a default_factory$",
    ):

        @struct
        class Made(Struct):
            items: list[str] = dataclasses.field(default_factory=list)
