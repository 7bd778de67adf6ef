"""The OAuth value types: OAuthScope, UserPoolClientIdentityProvider and the flow/settings structs."""

from __future__ import annotations

import dataclasses
from typing import Any

import aws_cdk.aws_cognito as jsii_cognito
import pytest
from aws_cdk import assertions

import cdk_cognito as cognito
from _support import CLIENT_TYPE, POOL_ID, make_stack
from cdk_cognito import (
    AuthFlow,
    OAuthFlows,
    OAuthScope,
    OAuthSettings,
    ResourceServerScope,
    UserPoolClientIdentityProvider,
    UserPoolResourceServer,
)

# These tests pin down the reference's rendering, including of inputs Cognito would reject at
# deploy time, so the synth-time rules (tests/test_rules.py) are switched off (_support.RULES_OFF).


# --------------------------------------------------------------------------------------------------
# OAuthScope
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scope", "name"),
    [
        (OAuthScope.PHONE, "phone"),
        (OAuthScope.EMAIL, "email"),
        (OAuthScope.OPENID, "openid"),
        (OAuthScope.PROFILE, "profile"),
        (OAuthScope.COGNITO_ADMIN, "aws.cognito.signin.user.admin"),
    ],
)
def test_standard_scope_names(scope: OAuthScope, name: str) -> None:
    assert isinstance(scope, OAuthScope)
    assert scope.scope_name == name


def test_custom_scope() -> None:
    scope = OAuthScope.custom("orders-api/read")
    assert isinstance(scope, OAuthScope)
    assert scope.scope_name == "orders-api/read"
    assert OAuthScope.custom("").scope_name == ""


@pytest.mark.parametrize("name", [None, 5, ["a"], b"a"])
def test_custom_scope_requires_a_str(name: Any) -> None:
    with pytest.raises(TypeError) as info:
        OAuthScope.custom(name)
    assert str(info.value).startswith("OAuthScope.custom(name): ")
    assert isinstance(info.value, AssertionError) is (name is None)


def test_scope_constructor_requires_a_str() -> None:
    with pytest.raises(TypeError, match=r"^OAuthScope\.scope_name: expected str"):
        OAuthScope(5)  # type: ignore[arg-type]


def test_scope_name_is_read_only() -> None:
    with pytest.raises(AttributeError):
        OAuthScope.PHONE.scope_name = "email"  # type: ignore[misc]
    assert OAuthScope.PHONE.scope_name == "phone"


def test_scope_equality_hash_and_repr() -> None:
    assert OAuthScope.custom("phone") == OAuthScope.PHONE
    assert hash(OAuthScope.custom("phone")) == hash(OAuthScope.PHONE)
    assert OAuthScope.custom("a") != OAuthScope.custom("b")
    assert OAuthScope.PHONE != "phone"
    assert UserPoolClientIdentityProvider("phone") != OAuthScope.PHONE
    assert len({OAuthScope.PHONE, OAuthScope.custom("phone"), OAuthScope.EMAIL}) == 2
    assert repr(OAuthScope.PHONE) == "OAuthScope('phone')"
    assert repr(OAuthScope.custom("a/b")) == "OAuthScope('a/b')"


def test_resource_server_scope_with_our_server() -> None:
    stack, pool = make_stack()
    server = UserPoolResourceServer(stack, "Server", user_pool=pool, identifier="orders")
    read = ResourceServerScope(scope_name="read", scope_description="Read orders")
    scope = OAuthScope.resource_server(server, read)
    logical_id = stack.get_logical_id(server.node.default_child)
    assert stack.resolve(scope.scope_name) == {"Fn::Join": ["", [{"Ref": logical_id}, "/read"]]}


def test_resource_server_scope_with_an_imported_server_is_a_literal() -> None:
    stack, _ = make_stack()
    server = UserPoolResourceServer.from_user_pool_resource_server_id(stack, "Server", "orders")
    scope = OAuthScope.resource_server(server, ResourceServerScope(scope_name="write", scope_description="w"))
    assert scope.scope_name == "orders/write"
    assert scope == OAuthScope.custom("orders/write")


def test_resource_server_scope_with_a_jsii_server_and_scope() -> None:
    stack, _ = make_stack()
    jsii_pool = jsii_cognito.UserPool.from_user_pool_id(stack, "JsiiPool", POOL_ID)
    server = jsii_cognito.UserPoolResourceServer(stack, "Server", user_pool=jsii_pool, identifier="orders")
    read = jsii_cognito.ResourceServerScope(scope_name="read", scope_description="Read orders")
    scope = OAuthScope.resource_server(server, read)
    logical_id = stack.get_logical_id(server.node.default_child)
    assert stack.resolve(scope.scope_name) == {"Fn::Join": ["", [{"Ref": logical_id}, "/read"]]}
    # Our scope of a jsii server renders in our client.
    client = cognito.UserPoolClient(
        stack,
        "Client",
        user_pool=cognito.UserPool.from_user_pool_id(stack, "P2", POOL_ID),
        o_auth=OAuthSettings(flows=OAuthFlows(client_credentials=True), scopes=[scope]),
    )
    assertions.Template.from_stack(stack).has_resource_properties(
        CLIENT_TYPE,
        {"AllowedOAuthScopes": [{"Fn::Join": ["", [{"Ref": logical_id}, "/read"]]}]},
    )
    assert client.o_auth_flows == OAuthFlows(client_credentials=True)


def test_resource_server_scope_mixing_our_server_and_a_jsii_scope() -> None:
    stack, _ = make_stack()
    server = UserPoolResourceServer.from_user_pool_resource_server_id(stack, "Server", "orders")
    read = jsii_cognito.ResourceServerScope(scope_name="read", scope_description="Read")
    assert OAuthScope.resource_server(server, read).scope_name == "orders/read"


def test_resource_server_scope_argument_errors() -> None:
    stack, _ = make_stack()
    server = UserPoolResourceServer.from_user_pool_resource_server_id(stack, "Server", "orders")
    scope = ResourceServerScope(scope_name="read", scope_description="Read")
    with pytest.raises(TypeError, match=r"^OAuthScope\.resource_server\(server\): expected an IUserPoolRes"):
        OAuthScope.resource_server("orders", scope)  # type: ignore[arg-type]
    with pytest.raises(
        TypeError, match=r"^OAuthScope\.resource_server\(scope\): expected a ResourceServerScope"
    ):
        OAuthScope.resource_server(server, "read")  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------------
# UserPoolClientIdentityProvider
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("provider", "name"),
    [
        (UserPoolClientIdentityProvider.APPLE, "SignInWithApple"),
        (UserPoolClientIdentityProvider.FACEBOOK, "Facebook"),
        (UserPoolClientIdentityProvider.GOOGLE, "Google"),
        (UserPoolClientIdentityProvider.AMAZON, "LoginWithAmazon"),
        (UserPoolClientIdentityProvider.COGNITO, "COGNITO"),
    ],
)
def test_identity_provider_names(provider: UserPoolClientIdentityProvider, name: str) -> None:
    assert provider.name == name


def test_identity_provider_names_match_the_reference() -> None:
    for attribute in ("APPLE", "FACEBOOK", "GOOGLE", "AMAZON", "COGNITO"):
        ours = getattr(UserPoolClientIdentityProvider, attribute)
        theirs = getattr(jsii_cognito.UserPoolClientIdentityProvider, attribute)
        assert ours.name == theirs.name


def test_custom_identity_provider() -> None:
    provider = UserPoolClientIdentityProvider.custom("MySAML")
    assert provider.name == "MySAML"
    assert provider == UserPoolClientIdentityProvider("MySAML")
    assert UserPoolClientIdentityProvider.custom("Google") == UserPoolClientIdentityProvider.GOOGLE


def test_identity_provider_equality_hash_and_repr() -> None:
    assert hash(UserPoolClientIdentityProvider.custom("COGNITO")) == hash(
        UserPoolClientIdentityProvider.COGNITO
    )
    assert UserPoolClientIdentityProvider.GOOGLE != UserPoolClientIdentityProvider.FACEBOOK
    assert UserPoolClientIdentityProvider.GOOGLE != "Google"
    assert OAuthScope("Google") != UserPoolClientIdentityProvider.GOOGLE
    assert len({UserPoolClientIdentityProvider.GOOGLE, UserPoolClientIdentityProvider.custom("Google")}) == 1
    assert repr(UserPoolClientIdentityProvider.GOOGLE) == "UserPoolClientIdentityProvider('Google')"


def test_identity_provider_name_type_errors() -> None:
    with pytest.raises(TypeError, match=r"^UserPoolClientIdentityProvider\.custom\(name\): expected str"):
        UserPoolClientIdentityProvider.custom(5)  # type: ignore[arg-type]
    with pytest.raises(
        TypeError, match=r"^UserPoolClientIdentityProvider\.name: a value is required"
    ) as info:
        UserPoolClientIdentityProvider(None)  # type: ignore[arg-type]
    assert isinstance(info.value, AssertionError)


# --------------------------------------------------------------------------------------------------
# The structs: OAuthFlows, OAuthSettings, AuthFlow
# --------------------------------------------------------------------------------------------------

STRUCT_FIELDS = {
    OAuthFlows: ["authorization_code_grant", "client_credentials", "implicit_code_grant"],
    OAuthSettings: ["callback_urls", "default_redirect_uri", "flows", "logout_urls", "scopes"],
    AuthFlow: ["admin_user_password", "custom", "user", "user_password", "user_srp"],
}
SAMPLE = {
    OAuthFlows: {"implicit_code_grant": True},
    OAuthSettings: {"callback_urls": ["https://a"]},
    AuthFlow: {"user_srp": True},
}


@pytest.mark.parametrize("cls", list(STRUCT_FIELDS))
def test_structs_are_frozen_keyword_only_dataclasses(cls: type) -> None:
    assert dataclasses.is_dataclass(cls)
    fields = dataclasses.fields(cls)
    assert [field.name for field in fields] == STRUCT_FIELDS[cls]
    assert all(field.kw_only for field in fields)
    assert all(field.default is None for field in fields)
    instance = cls()
    for field in fields:
        assert getattr(instance, field.name) is None
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(instance, field.name, None)
        with pytest.raises(dataclasses.FrozenInstanceError):
            delattr(instance, field.name)
    with pytest.raises(TypeError):
        cls(True)


@pytest.mark.parametrize("cls", list(STRUCT_FIELDS))
def test_struct_equality(cls: type) -> None:
    assert cls() == cls()
    assert cls(**SAMPLE[cls]) == cls(**SAMPLE[cls])
    assert cls(**SAMPLE[cls]) != cls()
    assert cls() != object()


def test_structs_of_different_classes_are_not_equal() -> None:
    assert OAuthFlows() != AuthFlow()
    assert OAuthFlows() != OAuthSettings()


def test_bool_structs_are_hashable() -> None:
    assert hash(OAuthFlows(client_credentials=True)) == hash(OAuthFlows(client_credentials=True))
    assert len({AuthFlow(custom=True), AuthFlow(custom=True), AuthFlow()}) == 2


def test_struct_repr_shows_only_set_members() -> None:
    assert repr(OAuthFlows()) == "OAuthFlows()"
    assert repr(OAuthFlows(implicit_code_grant=True)) == "OAuthFlows(implicit_code_grant=True)"
    assert (
        repr(OAuthFlows(authorization_code_grant=False, implicit_code_grant=True))
        == "OAuthFlows(authorization_code_grant=False, implicit_code_grant=True)"
    )
    assert repr(AuthFlow(user_srp=True, custom=False)) == "AuthFlow(custom=False, user_srp=True)"
    assert repr(OAuthSettings()) == "OAuthSettings()"
    assert repr(OAuthSettings(flows=OAuthFlows(client_credentials=True), scopes=[OAuthScope.EMAIL])) == (
        "OAuthSettings(flows=OAuthFlows(client_credentials=True), scopes=[OAuthScope('email')])"
    )


def test_oauth_settings_coerces_a_flows_dict() -> None:
    settings = OAuthSettings(flows={"client_credentials": True})  # type: ignore[arg-type]
    assert isinstance(settings.flows, OAuthFlows)
    assert settings.flows == OAuthFlows(client_credentials=True)
    assert settings == OAuthSettings(flows=OAuthFlows(client_credentials=True))


def test_oauth_settings_keeps_the_given_lists() -> None:
    urls = ["https://a"]
    scopes = [OAuthScope.EMAIL]
    settings = OAuthSettings(callback_urls=urls, scopes=scopes)
    assert settings.callback_urls == ["https://a"]
    assert list(settings.scopes or []) == [OAuthScope.EMAIL]
    assert urls == ["https://a"] and scopes == [OAuthScope.EMAIL]


def test_dataclasses_replace_revalidates() -> None:
    settings = OAuthSettings(callback_urls=["https://a"])
    replaced = dataclasses.replace(settings, flows={"implicit_code_grant": True})
    assert replaced.flows == OAuthFlows(implicit_code_grant=True)
    assert settings.flows is None
    with pytest.raises(TypeError, match=r"^OAuthSettings\.flows\.implicit_code_grant: expected bool"):
        dataclasses.replace(settings, flows={"implicit_code_grant": 1})


@pytest.mark.parametrize(
    ("cls", "kwargs", "message"),
    [
        (
            OAuthFlows,
            {"authorization_code_grant": 1},
            "OAuthFlows.authorization_code_grant: expected bool or None",
        ),
        (OAuthFlows, {"client_credentials": "yes"}, "OAuthFlows.client_credentials: expected bool or None"),
        (OAuthFlows, {"implicit_code_grant": 0}, "OAuthFlows.implicit_code_grant: expected bool or None"),
        (AuthFlow, {"admin_user_password": 1}, "AuthFlow.admin_user_password: expected bool or None"),
        (AuthFlow, {"custom": "x"}, "AuthFlow.custom: expected bool or None"),
        (AuthFlow, {"user_password": 1.0}, "AuthFlow.user_password: expected bool or None"),
        (AuthFlow, {"user_srp": [True]}, "AuthFlow.user_srp: expected bool or None"),
        (
            OAuthSettings,
            {"callback_urls": "https://a"},
            "OAuthSettings.callback_urls: expected a list of str",
        ),
        (OAuthSettings, {"callback_urls": [1]}, "OAuthSettings.callback_urls[0]: expected str"),
        (OAuthSettings, {"callback_urls": 5}, "OAuthSettings.callback_urls: expected a list of str or None"),
        (OAuthSettings, {"logout_urls": ["a", None]}, "OAuthSettings.logout_urls[1]: expected str"),
        (OAuthSettings, {"scopes": ["openid"]}, "OAuthSettings.scopes[0]: expected OAuthScope"),
        (OAuthSettings, {"scopes": OAuthScope.OPENID}, "OAuthSettings.scopes: expected a list of OAuthScope"),
        (
            OAuthSettings,
            {"scopes": [jsii_cognito.OAuthScope.OPENID]},
            "OAuthSettings.scopes[0]: expected OAuthScope",
        ),
        (
            OAuthSettings,
            {"flows": AuthFlow()},
            "OAuthSettings.flows: expected OAuthFlows, a dict of its fields",
        ),
        (
            OAuthSettings,
            {"flows": {"code": True}},
            "OAuthSettings.flows: unexpected key(s) 'code' for OAuthFlows",
        ),
    ],
)
def test_struct_type_errors(cls: type, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(TypeError) as info:
        cls(**kwargs)
    assert str(info.value).startswith(message), str(info.value)


def test_bare_string_lists_are_also_runtime_errors() -> None:
    for kwargs in ({"callback_urls": "x"}, {"logout_urls": "x"}, {"scopes": "openid"}):
        with pytest.raises(RuntimeError) as info:
            OAuthSettings(**kwargs)  # type: ignore[arg-type]
        assert isinstance(info.value, TypeError)


def test_unknown_struct_keyword() -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument 'implicit'"):
        OAuthFlows(implicit=True)  # type: ignore[call-arg]
