"""Template and behaviour tests for ``cdk_cognito.UserPoolClient``.

Every expectation here is the output of ``aws_cdk.aws_cognito.UserPoolClient`` 1.204.0 for the same
arguments (checked against the reference while writing these tests), written out literally.
"""

from __future__ import annotations

import copy
import json
import pathlib
from typing import Any

import pytest
from aws_cdk import assertions, core

import cdk_cognito as cognito
from _support import (
    CLIENT_TYPE,
    DEFAULT_PROPERTIES,
    DEFAULT_SCOPES,
    L1_KEY_ORDER,
    POOL_ID,
    RULES_OFF,
    client_properties,
    client_resource,
    make_client,
    make_stack,
    with_defaults,
)
from cdk_cognito import (
    AuthFlow,
    ClientAttributes,
    OAuthFlows,
    OAuthScope,
    OAuthSettings,
    UserPoolClient,
    UserPoolClientIdentityProvider,
    UserPoolClientOptions,
    UserPoolClientProps,
)

# These tests pin down the reference's rendering, including of inputs Cognito would reject at
# deploy time, so the synth-time rules (tests/test_rules.py) are switched off (_support.RULES_OFF).

D = core.Duration


def assert_in_l1_order(properties: dict[str, Any]) -> None:
    keys = list(properties)
    assert keys == [key for key in L1_KEY_ORDER if key in properties], keys


# --------------------------------------------------------------------------------------------------
# Defaults
# --------------------------------------------------------------------------------------------------


def test_defaults_render_exactly() -> None:
    stack, _ = make_client()
    template = assertions.Template.from_stack(stack)
    template.resource_count_is(CLIENT_TYPE, 1)
    # The imported pool emits nothing: the client is the only resource.
    assert list(template.to_json()["Resources"].values()) == [
        {"Type": CLIENT_TYPE, "Properties": DEFAULT_PROPERTIES}
    ]
    template.has_resource_properties(
        CLIENT_TYPE,
        {
            "ClientName": assertions.Match.absent(),
            "GenerateSecret": assertions.Match.absent(),
            "ExplicitAuthFlows": assertions.Match.absent(),
            "PreventUserExistenceErrors": assertions.Match.absent(),
            "TokenValidityUnits": assertions.Match.absent(),
            "EnableTokenRevocation": assertions.Match.absent(),
            "LogoutURLs": assertions.Match.absent(),
        },
    )


def test_default_properties_render_in_l1_key_order() -> None:
    properties = client_properties()
    assert list(properties) == [
        "UserPoolId",
        "AllowedOAuthFlows",
        "AllowedOAuthFlowsUserPoolClient",
        "AllowedOAuthScopes",
        "CallbackURLs",
        "SupportedIdentityProviders",
    ]


def test_every_property_set_renders_in_l1_key_order() -> None:
    properties = client_properties(
        user_pool_client_name="web",
        generate_secret=True,
        enable_token_revocation=True,
        prevent_user_existence_errors=True,
        auth_flows=AuthFlow(user_srp=True),
        access_token_validity=D.minutes(30),
        id_token_validity=D.minutes(30),
        refresh_token_validity=D.days(1),
        read_attributes=ClientAttributes().with_standard_attributes(email=True),
        write_attributes=ClientAttributes().with_custom_attributes("x"),
        o_auth=OAuthSettings(callback_urls=["https://a"], logout_urls=["https://b"]),
        supported_identity_providers=[UserPoolClientIdentityProvider.COGNITO],
    )
    assert properties == {
        "UserPoolId": POOL_ID,
        "AccessTokenValidity": 30,
        "AllowedOAuthFlows": ["implicit", "code"],
        "AllowedOAuthFlowsUserPoolClient": True,
        "AllowedOAuthScopes": DEFAULT_SCOPES,
        "CallbackURLs": ["https://a"],
        "ClientName": "web",
        "EnableTokenRevocation": True,
        "ExplicitAuthFlows": ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
        "GenerateSecret": True,
        "IdTokenValidity": 30,
        "LogoutURLs": ["https://b"],
        "PreventUserExistenceErrors": "ENABLED",
        "ReadAttributes": ["email"],
        "RefreshTokenValidity": 1440,
        "SupportedIdentityProviders": ["COGNITO"],
        "TokenValidityUnits": {"AccessToken": "minutes", "IdToken": "minutes", "RefreshToken": "minutes"},
        "WriteAttributes": ["custom:x"],
    }
    assert_in_l1_order(properties)


# --------------------------------------------------------------------------------------------------
# OAuth flows and callback URLs
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flows", "expected_flows", "expected_callbacks"),
    [
        (OAuthFlows(authorization_code_grant=True), ["code"], ["https://example.com"]),
        (OAuthFlows(implicit_code_grant=True), ["implicit"], ["https://example.com"]),
        (
            OAuthFlows(authorization_code_grant=True, implicit_code_grant=True),
            ["implicit", "code"],
            ["https://example.com"],
        ),
        (OAuthFlows(client_credentials=True), ["client_credentials"], None),
        (OAuthFlows(), None, None),
        (OAuthFlows(authorization_code_grant=False, implicit_code_grant=False), None, None),
        (OAuthFlows(client_credentials=True, implicit_code_grant=False), ["client_credentials"], None),
    ],
)
def test_oauth_flows(flows: OAuthFlows, expected_flows: list[str] | None, expected_callbacks: Any) -> None:
    properties = client_properties(o_auth=OAuthSettings(flows=flows))
    assert properties == with_defaults(AllowedOAuthFlows=expected_flows, CallbackURLs=expected_callbacks)


def test_oauth_settings_without_flows_use_default_flows() -> None:
    assert client_properties(o_auth=OAuthSettings()) == DEFAULT_PROPERTIES


def test_callback_urls_replace_the_default_in_order() -> None:
    urls = ["https://b.example/cb", "https://a.example/cb", "http://localhost:3000"]
    properties = client_properties(o_auth=OAuthSettings(callback_urls=urls))
    assert properties["CallbackURLs"] == urls


def test_callback_urls_render_with_client_credentials() -> None:
    properties = client_properties(
        o_auth=OAuthSettings(flows=OAuthFlows(client_credentials=True), callback_urls=["https://a"])
    )
    assert properties["AllowedOAuthFlows"] == ["client_credentials"]
    assert properties["CallbackURLs"] == ["https://a"]


def test_empty_callback_urls_are_fine_without_code_or_implicit() -> None:
    properties = client_properties(
        o_auth=OAuthSettings(flows=OAuthFlows(client_credentials=True), callback_urls=[])
    )
    assert "CallbackURLs" not in properties
    assert properties["AllowedOAuthFlows"] == ["client_credentials"]


@pytest.mark.parametrize("urls", [["https://example.com/logout"], ["https://b", "https://a"], []])
def test_logout_urls(urls: list[str]) -> None:
    properties = client_properties(o_auth=OAuthSettings(logout_urls=urls))
    assert properties["LogoutURLs"] == urls
    assert_in_l1_order(properties)


# --------------------------------------------------------------------------------------------------
# Scopes
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scopes", "expected"),
    [
        ([OAuthScope.PHONE], ["phone", "openid"]),
        ([OAuthScope.EMAIL], ["email", "openid"]),
        ([OAuthScope.PROFILE], ["profile", "openid"]),
        ([OAuthScope.EMAIL, OAuthScope.custom("api/read")], ["email", "api/read", "openid"]),
        ([OAuthScope.PROFILE, OAuthScope.OPENID], ["profile", "openid"]),
        ([OAuthScope.OPENID, OAuthScope.PHONE], ["openid", "phone"]),
        ([OAuthScope.OPENID], ["openid"]),
        ([OAuthScope.COGNITO_ADMIN], ["aws.cognito.signin.user.admin"]),
        ([OAuthScope.custom("api/read")], ["api/read"]),
        ([], []),
        (
            [OAuthScope.PHONE, OAuthScope.PHONE, OAuthScope.custom("a/b"), OAuthScope.custom("a/b")],
            ["phone", "a/b", "openid"],
        ),
        # A custom scope with a standard scope's name is the same scope.
        ([OAuthScope.custom("phone"), OAuthScope.PHONE], ["phone", "openid"]),
        (
            [OAuthScope.COGNITO_ADMIN, OAuthScope.EMAIL, OAuthScope.COGNITO_ADMIN, OAuthScope.PHONE],
            ["aws.cognito.signin.user.admin", "email", "phone", "openid"],
        ),
    ],
)
def test_scopes(scopes: list[OAuthScope], expected: list[str]) -> None:
    assert client_properties(o_auth=OAuthSettings(scopes=scopes))["AllowedOAuthScopes"] == expected


def test_default_scopes_and_order() -> None:
    assert client_properties()["AllowedOAuthScopes"] == DEFAULT_SCOPES
    assert client_properties(o_auth=OAuthSettings(scopes=None))["AllowedOAuthScopes"] == DEFAULT_SCOPES


def test_scopes_are_emitted_with_client_credentials() -> None:
    properties = client_properties(
        o_auth=OAuthSettings(flows=OAuthFlows(client_credentials=True), scopes=[OAuthScope.custom("a/b")])
    )
    assert properties["AllowedOAuthScopes"] == ["a/b"]


# --------------------------------------------------------------------------------------------------
# disable_o_auth
# --------------------------------------------------------------------------------------------------


def test_disable_o_auth_removes_every_oauth_property() -> None:
    stack, _ = make_client(disable_o_auth=True)
    assert client_resource(stack)["Properties"] == {
        "UserPoolId": POOL_ID,
        "AllowedOAuthFlowsUserPoolClient": False,
        "SupportedIdentityProviders": ["COGNITO"],
    }
    assertions.Template.from_stack(stack).has_resource_properties(
        CLIENT_TYPE,
        {
            "AllowedOAuthFlowsUserPoolClient": False,
            "AllowedOAuthFlows": assertions.Match.absent(),
            "AllowedOAuthScopes": assertions.Match.absent(),
            "CallbackURLs": assertions.Match.absent(),
        },
    )


def test_disable_o_auth_false_is_the_default() -> None:
    assert client_properties(disable_o_auth=False) == DEFAULT_PROPERTIES
    assert client_properties(disable_o_auth=False)["AllowedOAuthFlowsUserPoolClient"] is True


def test_disable_o_auth_still_validates_token_validity() -> None:
    with pytest.raises(RuntimeError) as info:
        make_client(disable_o_auth=True, id_token_validity=D.minutes(1))
    assert str(info.value) == (
        "idTokenValidity: Must be a duration between 5 minutes and 1 day (inclusive); received 1 minute."
    )


# --------------------------------------------------------------------------------------------------
# Explicit auth flows
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        ({"user_password": True}, ["ALLOW_USER_PASSWORD_AUTH"]),
        ({"admin_user_password": True}, ["ALLOW_ADMIN_USER_PASSWORD_AUTH"]),
        ({"custom": True}, ["ALLOW_CUSTOM_AUTH"]),
        ({"user_srp": True}, ["ALLOW_USER_SRP_AUTH"]),
        (
            {"user_srp": True, "custom": True, "admin_user_password": True, "user_password": True},
            [
                "ALLOW_USER_PASSWORD_AUTH",
                "ALLOW_ADMIN_USER_PASSWORD_AUTH",
                "ALLOW_CUSTOM_AUTH",
                "ALLOW_USER_SRP_AUTH",
            ],
        ),
        ({"user_srp": True, "custom": False}, ["ALLOW_USER_SRP_AUTH"]),
    ],
)
def test_auth_flows_append_refresh_token_auth(flags: dict[str, bool], expected: list[str]) -> None:
    properties = client_properties(auth_flows=AuthFlow(**flags))
    assert properties["ExplicitAuthFlows"] == [*expected, "ALLOW_REFRESH_TOKEN_AUTH"]


@pytest.mark.parametrize(
    "auth_flows",
    [AuthFlow(), AuthFlow(user_srp=False, custom=False, user_password=False, admin_user_password=False), {}],
)
def test_auth_flows_with_nothing_enabled_are_omitted(auth_flows: Any) -> None:
    assert client_properties(auth_flows=auth_flows) == DEFAULT_PROPERTIES


# --------------------------------------------------------------------------------------------------
# Simple properties
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "expected"), [(True, "ENABLED"), (False, "LEGACY")])
def test_prevent_user_existence_errors(value: bool, expected: str) -> None:
    assert client_properties(prevent_user_existence_errors=value)["PreventUserExistenceErrors"] == expected


def test_prevent_user_existence_errors_omitted_by_default() -> None:
    assert "PreventUserExistenceErrors" not in client_properties(prevent_user_existence_errors=None)


@pytest.mark.parametrize("value", [True, False])
def test_enable_token_revocation(value: bool) -> None:
    properties = client_properties(enable_token_revocation=value)
    assert properties["EnableTokenRevocation"] is value


@pytest.mark.parametrize("value", [True, False])
def test_generate_secret(value: bool) -> None:
    properties = client_properties(generate_secret=value)
    assert properties["GenerateSecret"] is value
    assert properties == DEFAULT_PROPERTIES | {"GenerateSecret": value}


@pytest.mark.parametrize("name", ["my-client", "", "ünïcödé client"])
def test_client_name(name: str) -> None:
    assert client_properties(user_pool_client_name=name)["ClientName"] == name


# --------------------------------------------------------------------------------------------------
# Identity providers
# --------------------------------------------------------------------------------------------------


def test_supported_identity_providers_explicit_order() -> None:
    providers = [
        UserPoolClientIdentityProvider.FACEBOOK,
        UserPoolClientIdentityProvider.GOOGLE,
        UserPoolClientIdentityProvider.AMAZON,
        UserPoolClientIdentityProvider.APPLE,
        UserPoolClientIdentityProvider.COGNITO,
        UserPoolClientIdentityProvider.custom("MySAML"),
    ]
    assert client_properties(supported_identity_providers=providers)["SupportedIdentityProviders"] == [
        "Facebook",
        "Google",
        "LoginWithAmazon",
        "SignInWithApple",
        "COGNITO",
        "MySAML",
    ]


def test_supported_identity_providers_explicit_list_is_not_deduplicated() -> None:
    # The reference maps the list as given; only the pool-derived default is a set.
    providers = [UserPoolClientIdentityProvider.COGNITO, UserPoolClientIdentityProvider.COGNITO]
    assert client_properties(supported_identity_providers=providers)["SupportedIdentityProviders"] == [
        "COGNITO",
        "COGNITO",
    ]


def test_supported_identity_providers_without_cognito() -> None:
    properties = client_properties(supported_identity_providers=[UserPoolClientIdentityProvider.GOOGLE])
    assert properties["SupportedIdentityProviders"] == ["Google"]


def test_empty_supported_identity_providers_are_omitted() -> None:
    assert client_properties(supported_identity_providers=[]) == with_defaults(
        SupportedIdentityProviders=None
    )


# --------------------------------------------------------------------------------------------------
# Token validity
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwarg", "duration", "key", "unit_key", "minutes"),
    [
        ("id_token_validity", D.minutes(30), "IdTokenValidity", "IdToken", 30),
        ("id_token_validity", D.hours(2), "IdTokenValidity", "IdToken", 120),
        ("id_token_validity", D.days(1), "IdTokenValidity", "IdToken", 1440),
        ("id_token_validity", D.seconds(300), "IdTokenValidity", "IdToken", 5),
        ("access_token_validity", D.minutes(5), "AccessTokenValidity", "AccessToken", 5),
        ("access_token_validity", D.minutes(1440), "AccessTokenValidity", "AccessToken", 1440),
        ("refresh_token_validity", D.minutes(60), "RefreshTokenValidity", "RefreshToken", 60),
        ("refresh_token_validity", D.days(30), "RefreshTokenValidity", "RefreshToken", 43200),
        ("refresh_token_validity", D.days(3650), "RefreshTokenValidity", "RefreshToken", 5256000),
    ],
)
def test_single_token_validity(
    kwarg: str, duration: core.Duration, key: str, unit_key: str, minutes: int
) -> None:
    properties = client_properties(**{kwarg: duration})
    assert properties[key] == minutes
    assert properties["TokenValidityUnits"] == {unit_key: "minutes"}
    assert properties == DEFAULT_PROPERTIES | {key: minutes, "TokenValidityUnits": {unit_key: "minutes"}}
    assert_in_l1_order(properties)


def test_all_token_validities() -> None:
    stack, _ = make_client(
        id_token_validity=D.minutes(10), access_token_validity=D.hours(1), refresh_token_validity=D.days(2)
    )
    assertions.Template.from_stack(stack).has_resource_properties(
        CLIENT_TYPE,
        {
            "IdTokenValidity": 10,
            "AccessTokenValidity": 60,
            "RefreshTokenValidity": 2880,
            "TokenValidityUnits": {"AccessToken": "minutes", "IdToken": "minutes", "RefreshToken": "minutes"},
        },
    )
    units = client_resource(stack)["Properties"]["TokenValidityUnits"]
    assert list(units) == ["AccessToken", "IdToken", "RefreshToken"]


def test_token_validity_may_equal_refresh_validity() -> None:
    properties = client_properties(
        id_token_validity=D.hours(1), access_token_validity=D.minutes(60), refresh_token_validity=D.hours(1)
    )
    assert (properties["IdTokenValidity"], properties["AccessTokenValidity"]) == (60, 60)
    assert properties["RefreshTokenValidity"] == 60


def test_token_validity_units_only_name_given_durations() -> None:
    properties = client_properties(id_token_validity=D.minutes(10), refresh_token_validity=D.hours(1))
    assert properties["TokenValidityUnits"] == {"IdToken": "minutes", "RefreshToken": "minutes"}
    assert "AccessTokenValidity" not in properties


# --------------------------------------------------------------------------------------------------
# Read / write attributes
# --------------------------------------------------------------------------------------------------


def test_read_and_write_attributes_sorted() -> None:
    read = (
        ClientAttributes()
        .with_custom_attributes("zeta", "custom:alpha")
        .with_standard_attributes(website=True, fullname=True, address=True, email_verified=True)
    )
    write = ClientAttributes().with_standard_attributes(timezone=True, birthdate=True, profile_picture=True)
    properties = client_properties(read_attributes=read, write_attributes=write)
    assert properties["ReadAttributes"] == [
        "address",
        "custom:alpha",
        "custom:zeta",
        "email_verified",
        "name",
        "website",
    ]
    assert properties["WriteAttributes"] == ["birthdate", "picture", "zoneinfo"]
    assert_in_l1_order(properties)


def test_empty_client_attributes_render_empty_lists() -> None:
    properties = client_properties(read_attributes=ClientAttributes(), write_attributes=ClientAttributes())
    assert properties["ReadAttributes"] == []
    assert properties["WriteAttributes"] == []


def test_attributes_sort_by_utf16_code_units_in_template() -> None:
    read = ClientAttributes().with_custom_attributes("\uffff", "\U0001f600", "B", "a")
    assert client_properties(read_attributes=read)["ReadAttributes"] == [
        "custom:B",
        "custom:a",
        "custom:\U0001f600",
        "custom:\uffff",
    ]


# --------------------------------------------------------------------------------------------------
# Attributes of the construct
# --------------------------------------------------------------------------------------------------


def test_user_pool_client_id_is_a_ref_to_the_resource() -> None:
    stack, client = make_client()
    logical_id = stack.get_logical_id(client.node.default_child)
    assert logical_id in assertions.Template.from_stack(stack).find_resources(CLIENT_TYPE)
    assert core.Token.is_unresolved(client.user_pool_client_id)
    assert stack.resolve(client.user_pool_client_id) == {"Ref": logical_id}
    # The same value every time.
    assert client.user_pool_client_id == client.user_pool_client_id


def test_user_pool_client_id_can_be_referenced() -> None:
    stack, client = make_client()
    core.CfnOutput(stack, "Out", value=client.user_pool_client_id)
    logical_id = stack.get_logical_id(client.node.default_child)
    assert assertions.Template.from_stack(stack).to_json()["Outputs"]["Out"] == {"Value": {"Ref": logical_id}}


def test_user_pool_client_id_across_stacks_is_exported() -> None:
    app = core.App(context=RULES_OFF)
    producer = core.Stack(app, "Producer")
    consumer = core.Stack(app, "Consumer")
    pool = cognito.UserPool.from_user_pool_id(producer, "Pool", POOL_ID)
    client = UserPoolClient(producer, "Client", user_pool=pool)
    core.CfnOutput(consumer, "Out", value=client.user_pool_client_id)
    logical_id = producer.resolve(producer.get_logical_id(client.node.default_child))
    export = f"ExportsOutputRef{logical_id}"
    consumer_outputs = assertions.Template.from_stack(consumer).to_json()["Outputs"]
    producer_outputs = assertions.Template.from_stack(producer).to_json()["Outputs"]
    assert producer_outputs[next(iter(producer_outputs))]["Value"] == {"Ref": logical_id}
    assert next(iter(producer_outputs)).startswith(export)
    assert consumer_outputs["Out"]["Value"]["Fn::ImportValue"].startswith(f"Producer:{export}")


def test_user_pool_client_name_returns_the_given_name() -> None:
    _, client = make_client(user_pool_client_name="web")
    assert client.user_pool_client_name == "web"
    _, client = make_client(user_pool_client_name="")
    assert client.user_pool_client_name == ""


def test_user_pool_client_name_raises_when_not_given() -> None:
    _, client = make_client()
    with pytest.raises(RuntimeError) as info:
        _ = client.user_pool_client_name
    assert type(info.value) is RuntimeError
    assert str(info.value) == (
        "Error: userPoolClientName is available only if specified on the UserPoolClient during initialization"
    )


def test_o_auth_flows_default() -> None:
    _, client = make_client()
    assert client.o_auth_flows == OAuthFlows(authorization_code_grant=True, implicit_code_grant=True)
    assert client.o_auth_flows.client_credentials is None


def test_o_auth_flows_default_even_when_oauth_is_disabled() -> None:
    _, client = make_client(disable_o_auth=True)
    assert client.o_auth_flows == OAuthFlows(authorization_code_grant=True, implicit_code_grant=True)


def test_o_auth_flows_returns_the_given_flows() -> None:
    flows = OAuthFlows(client_credentials=True)
    _, client = make_client(o_auth=OAuthSettings(flows=flows))
    assert client.o_auth_flows is flows


def test_o_auth_flows_from_a_dict_is_an_oauth_flows() -> None:
    _, client = make_client(o_auth={"flows": {"implicit_code_grant": True}})
    assert isinstance(client.o_auth_flows, OAuthFlows)
    assert client.o_auth_flows == OAuthFlows(implicit_code_grant=True)


def test_default_child_is_a_cfn_resource() -> None:
    stack, client = make_client()
    child = client.node.default_child
    assert isinstance(child, core.CfnResource)
    assert child.cfn_resource_type == CLIENT_TYPE
    assert child.node.id == "Resource"
    assert client.node.find_child("Resource") is child
    assert stack.resolve(child.ref) == stack.resolve(client.user_pool_client_id)


# --------------------------------------------------------------------------------------------------
# Escape hatches
# --------------------------------------------------------------------------------------------------


def test_add_property_override_of_an_absent_key_renders_its_value_appended() -> None:
    # A documented difference (README): the reference's L1 slots a key it left unset into its
    # canonical place; a plain CfnResource appends it. The content is the same.
    stack, client = make_client(user_pool_client_name="web")
    child = client.node.default_child
    child.add_property_override("AnalyticsConfiguration", {"ApplicationId": "app"})
    child.add_property_override("ExplicitAuthFlows", ["ALLOW_USER_SRP_AUTH"])
    child.add_property_override("AuthSessionValidity", 3)
    properties = client_resource(stack)["Properties"]
    assert properties["AnalyticsConfiguration"] == {"ApplicationId": "app"}
    assert properties["ExplicitAuthFlows"] == ["ALLOW_USER_SRP_AUTH"]
    assert properties["AuthSessionValidity"] == 3
    assert list(properties) == [
        "UserPoolId",
        "AllowedOAuthFlows",
        "AllowedOAuthFlowsUserPoolClient",
        "AllowedOAuthScopes",
        "CallbackURLs",
        "ClientName",
        "SupportedIdentityProviders",
        "AnalyticsConfiguration",
        "ExplicitAuthFlows",
        "AuthSessionValidity",
    ]


def test_add_property_override_of_an_unknown_key_is_appended() -> None:
    stack, client = make_client()
    client.node.default_child.add_property_override("ZzzNotAProperty", 1)
    properties = client_resource(stack)["Properties"]
    assert properties == DEFAULT_PROPERTIES | {"ZzzNotAProperty": 1}
    assert list(properties)[-1] == "ZzzNotAProperty"


def test_add_property_override_replaces_a_set_value_and_nested_keys() -> None:
    stack, client = make_client(user_pool_client_name="web", id_token_validity=D.minutes(10))
    child = client.node.default_child
    child.add_property_override("ClientName", "over")
    child.add_property_override("TokenValidityUnits.IdToken", "hours")
    child.add_property_override("TokenValidityUnits.AccessToken", "days")
    properties = client_resource(stack)["Properties"]
    assert properties["ClientName"] == "over"
    assert properties["TokenValidityUnits"] == {"AccessToken": "days", "IdToken": "hours"}
    assert_in_l1_order(properties)


def test_nested_override_after_a_whole_value_override() -> None:
    stack, client = make_client()
    child = client.node.default_child
    child.add_property_override("AnalyticsConfiguration", {"ApplicationId": "app"})
    child.add_property_override("AnalyticsConfiguration.UserDataShared", True)
    properties = client_resource(stack)["Properties"]
    assert properties["AnalyticsConfiguration"] == {"ApplicationId": "app", "UserDataShared": True}


@pytest.mark.parametrize(
    ("path", "key", "expected"),
    [
        ("AnalyticsConfiguration.ApplicationId", "AnalyticsConfiguration", {"ApplicationId": "app"}),
        ("TokenValidityUnits.IdToken", "TokenValidityUnits", {"IdToken": "app"}),
        ("ExplicitAuthFlows.Deep.Path", "ExplicitAuthFlows", {"Deep": {"Path": "app"}}),
    ],
)
def test_dotted_override_of_an_unset_property(path: str, key: str, expected: Any) -> None:
    stack, client = make_client()
    client.node.default_child.add_property_override(path, "app")
    assert client_resource(stack)["Properties"].get(key) == expected


def test_dotted_override_with_an_array_index() -> None:
    stack, client = make_client()
    client.node.default_child.add_property_override("CallbackURLs.0", "https://override")
    client.node.default_child.add_property_override("AllowedOAuthScopes.1", "custom/scope")
    properties = client_resource(stack)["Properties"]
    assert properties["CallbackURLs"] == ["https://override"]
    assert properties["AllowedOAuthScopes"] == [
        "profile",
        "custom/scope",
        "email",
        "openid",
        "aws.cognito.signin.user.admin",
    ]


def test_deletion_override_with_an_array_index() -> None:
    stack, client = make_client()
    client.node.default_child.add_property_deletion_override("CallbackURLs.0")
    assert "CallbackURLs" not in client_resource(stack)["Properties"]


def test_add_property_deletion_override() -> None:
    stack, client = make_client(user_pool_client_name="web")
    child = client.node.default_child
    child.add_property_deletion_override("ClientName")
    child.add_property_deletion_override("CallbackURLs")
    assert client_resource(stack)["Properties"] == with_defaults(CallbackURLs=None)


@pytest.mark.parametrize(
    ("policy", "expected"),
    [(core.RemovalPolicy.RETAIN, "Retain"), (core.RemovalPolicy.DESTROY, "Delete")],
)
def test_apply_removal_policy(policy: core.RemovalPolicy, expected: str) -> None:
    stack, client = make_client()
    client.apply_removal_policy(policy)
    template = assertions.Template.from_stack(stack)
    template.has_resource(CLIENT_TYPE, {"DeletionPolicy": expected, "UpdateReplacePolicy": expected})
    resource = client_resource(stack)
    assert resource["Properties"] == DEFAULT_PROPERTIES
    assert list(resource)[:2] == ["Type", "Properties"]


def test_dependencies_and_metadata_come_after_properties() -> None:
    stack, client = make_client()
    other = core.CfnResource(stack, "Other", type="Custom::Other")
    client.node.add_dependency(other)
    client.node.default_child.add_metadata("key", "value")
    resource = client_resource(stack)
    assert resource == {
        "Type": CLIENT_TYPE,
        "Properties": DEFAULT_PROPERTIES,
        "DependsOn": ["Other"],
        "Metadata": {"key": "value"},
    }
    assert list(resource) == ["Type", "Properties", "DependsOn", "Metadata"]


# --------------------------------------------------------------------------------------------------
# A core.Resource
# --------------------------------------------------------------------------------------------------


def test_client_is_a_core_resource() -> None:
    stack, client = make_client()
    assert isinstance(client, core.Resource)
    assert isinstance(client, core.Construct)
    assert client.node.id == "Client"
    assert client.node.path == "Stack/Client"
    assert client.stack is stack
    assert core.Stack.of(client) is stack
    assert client.to_string() == "Stack/Client"
    assert UserPoolClient.is_construct(client) is True
    assert UserPoolClient.is_construct("Client") is False
    assert stack.resolve(client.env.account) == {"Ref": "AWS::AccountId"}
    assert stack.resolve(client.env.region) == {"Ref": "AWS::Region"}


def test_client_env_follows_a_concrete_stack_env() -> None:
    app = core.App(context=RULES_OFF)
    stack = core.Stack(app, "Stack", env=core.Environment(account="111111111111", region="eu-west-1"))
    pool = cognito.UserPool.from_user_pool_id(stack, "Pool", POOL_ID)
    client = UserPoolClient(stack, "Client", user_pool=pool)
    assert (client.env.account, client.env.region) == ("111111111111", "eu-west-1")


def test_client_in_a_nested_construct() -> None:
    stack, pool = make_stack()
    parent = core.Construct(stack, "Parent")
    client = UserPoolClient(parent, "Client", user_pool=pool)
    assert client.node.path == "Stack/Parent/Client"
    logical_id = stack.get_logical_id(client.node.default_child)
    assert stack.resolve(logical_id).startswith("ParentClient")
    assert client_resource(stack)["Properties"] == DEFAULT_PROPERTIES


# --------------------------------------------------------------------------------------------------
# from_user_pool_client_id
# --------------------------------------------------------------------------------------------------


def test_from_user_pool_client_id() -> None:
    stack, _ = make_stack()
    imported = UserPoolClient.from_user_pool_client_id(stack, "Imported", "client-id-123")
    assert imported.user_pool_client_id == "client-id-123"
    assert isinstance(imported, core.Resource)
    assert imported.node.path == "Stack/Imported"
    assert "Resources" not in assertions.Template.from_stack(stack).to_json()


def test_from_user_pool_client_id_requires_a_str() -> None:
    stack, _ = make_stack()
    with pytest.raises(TypeError) as info:
        UserPoolClient.from_user_pool_client_id(stack, "Imported", None)  # type: ignore[arg-type]
    assert isinstance(info.value, AssertionError)
    assert str(info.value).startswith("UserPoolClient.from_user_pool_client_id(user_pool_client_id):")
    with pytest.raises(TypeError, match=r"^UserPoolClient\.from_user_pool_client_id\(user_pool_client_id\)"):
        UserPoolClient.from_user_pool_client_id(stack, "Imported2", 5)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------------
# Dicts for structs
# --------------------------------------------------------------------------------------------------


def test_o_auth_as_a_dict() -> None:
    properties = client_properties(
        o_auth={
            "flows": {"implicit_code_grant": True},
            "callback_urls": ["https://a"],
            "logout_urls": ["https://b"],
            "scopes": [OAuthScope.EMAIL],
        }
    )
    assert properties == with_defaults(
        AllowedOAuthFlows=["implicit"],
        AllowedOAuthScopes=["email", "openid"],
        CallbackURLs=["https://a"],
    ) | {"LogoutURLs": ["https://b"]}


def test_o_auth_dict_with_a_flows_struct() -> None:
    properties = client_properties(o_auth={"flows": OAuthFlows(client_credentials=True)})
    assert properties["AllowedOAuthFlows"] == ["client_credentials"]


def test_auth_flows_as_a_dict() -> None:
    properties = client_properties(auth_flows={"user_srp": True, "custom": True})
    assert properties["ExplicitAuthFlows"] == [
        "ALLOW_CUSTOM_AUTH",
        "ALLOW_USER_SRP_AUTH",
        "ALLOW_REFRESH_TOKEN_AUTH",
    ]


def test_options_struct_coerces_dicts() -> None:
    _, pool = make_stack()
    options = UserPoolClientOptions(
        o_auth={"flows": {"client_credentials": True}}, auth_flows={"custom": True}
    )
    assert options.o_auth == OAuthSettings(flows=OAuthFlows(client_credentials=True))
    assert options.auth_flows == AuthFlow(custom=True)
    props = UserPoolClientProps(user_pool=pool, generate_secret=True)
    assert props.user_pool is pool
    assert props.generate_secret is True


# --------------------------------------------------------------------------------------------------
# Value errors (RuntimeError, the reference's messages)
# --------------------------------------------------------------------------------------------------


def raises_runtime_error(message: str, **kwargs: Any) -> None:
    with pytest.raises(RuntimeError) as info:
        make_client(**kwargs)
    assert type(info.value) is RuntimeError
    assert str(info.value) == message


@pytest.mark.parametrize(
    "o_auth",
    [OAuthSettings(), OAuthSettings(flows=OAuthFlows(client_credentials=True)), {}, {"callback_urls": []}],
)
def test_o_auth_with_disable_o_auth(o_auth: Any) -> None:
    raises_runtime_error(
        "OAuth settings cannot be specified when disableOAuth is set.", disable_o_auth=True, o_auth=o_auth
    )


@pytest.mark.parametrize(
    "flows",
    [
        None,
        OAuthFlows(authorization_code_grant=True),
        OAuthFlows(implicit_code_grant=True),
        # The callback check comes before the client-credentials combination check.
        OAuthFlows(implicit_code_grant=True, client_credentials=True),
    ],
)
def test_empty_callback_urls(flows: OAuthFlows | None) -> None:
    raises_runtime_error(
        "callbackUrl must not be empty when codeGrant or implicitGrant OAuth flows are enabled.",
        o_auth=OAuthSettings(flows=flows, callback_urls=[]),
    )


@pytest.mark.parametrize(
    "flows",
    [
        OAuthFlows(client_credentials=True, authorization_code_grant=True),
        OAuthFlows(client_credentials=True, implicit_code_grant=True),
        OAuthFlows(client_credentials=True, implicit_code_grant=True, authorization_code_grant=True),
    ],
)
def test_client_credentials_with_code_or_implicit(flows: OAuthFlows) -> None:
    message = "clientCredentials OAuth flow cannot be selected along with codeGrant or implicitGrant."
    raises_runtime_error(message, o_auth=OAuthSettings(flows=flows))
    # Checked before the token validity.
    raises_runtime_error(message, o_auth=OAuthSettings(flows=flows), id_token_validity=D.minutes(1))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"id_token_validity": D.minutes(1)},
            "idTokenValidity: Must be a duration between 5 minutes and 1 day (inclusive); received 1 minute.",
        ),
        (
            {"id_token_validity": D.seconds(299)},
            "idTokenValidity: Must be a duration between 5 minutes and 1 day (inclusive); "
            "received 4 minutes 59 seconds.",
        ),
        (
            {"id_token_validity": D.minutes(0)},
            "idTokenValidity: Must be a duration between 5 minutes and 1 day (inclusive); "
            "received 0 minutes.",
        ),
        (
            {"id_token_validity": D.minutes(1441)},
            "idTokenValidity: Must be a duration between 5 minutes and 1 day (inclusive); "
            "received 1 day 1 minute.",
        ),
        (
            {"access_token_validity": D.days(2)},
            "accessTokenValidity: Must be a duration between 5 minutes and 1 day (inclusive); "
            "received 2 days.",
        ),
        (
            {"access_token_validity": D.seconds(1)},
            "accessTokenValidity: Must be a duration between 5 minutes and 1 day (inclusive); "
            "received 1 second.",
        ),
        (
            {"refresh_token_validity": D.minutes(59)},
            "refreshTokenValidity: Must be a duration between 1 hour and 3650 days (inclusive); "
            "received 59 minutes.",
        ),
        (
            {"refresh_token_validity": D.days(3651)},
            "refreshTokenValidity: Must be a duration between 1 hour and 3650 days (inclusive); "
            "received 3651 days.",
        ),
        # The id and access tokens may not outlive the refresh token.
        (
            {"id_token_validity": D.minutes(61), "refresh_token_validity": D.hours(1)},
            "idTokenValidity: Must be a duration between 5 minutes and 1 hour (inclusive); "
            "received 1 hour 1 minute.",
        ),
        (
            {"access_token_validity": D.hours(3), "refresh_token_validity": D.hours(2)},
            "accessTokenValidity: Must be a duration between 5 minutes and 2 hours (inclusive); "
            "received 3 hours.",
        ),
        # Order: id, access, refresh ranges, then the refresh bounds.
        (
            {"id_token_validity": D.minutes(1), "access_token_validity": D.minutes(1)},
            "idTokenValidity: Must be a duration between 5 minutes and 1 day (inclusive); received 1 minute.",
        ),
        (
            {"access_token_validity": D.minutes(1), "refresh_token_validity": D.minutes(1)},
            "accessTokenValidity: Must be a duration between 5 minutes and 1 day (inclusive); "
            "received 1 minute.",
        ),
        (
            {
                "id_token_validity": D.hours(3),
                "access_token_validity": D.hours(3),
                "refresh_token_validity": D.hours(2),
            },
            "idTokenValidity: Must be a duration between 5 minutes and 2 hours (inclusive); "
            "received 3 hours.",
        ),
        (
            {"access_token_validity": D.hours(3), "refresh_token_validity": D.minutes(1)},
            "refreshTokenValidity: Must be a duration between 1 hour and 3650 days (inclusive); "
            "received 1 minute.",
        ),
        # Within range but not a whole number of minutes.
        (
            {"id_token_validity": D.seconds(330)},
            "'330 seconds' cannot be converted into a whole number of minutes.",
        ),
        (
            {"access_token_validity": D.seconds(301)},
            "'301 seconds' cannot be converted into a whole number of minutes.",
        ),
        (
            {"refresh_token_validity": D.seconds(3630)},
            "'3630 seconds' cannot be converted into a whole number of minutes.",
        ),
    ],
)
def test_token_validity_errors(kwargs: dict[str, core.Duration], message: str) -> None:
    raises_runtime_error(message, **kwargs)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"access_token_validity": D.seconds(330), "id_token_validity": D.seconds(450)},
            "'450 seconds' cannot be converted into a whole number of minutes.",
        ),
        (
            {"access_token_validity": D.seconds(330), "refresh_token_validity": D.seconds(3630)},
            "'3630 seconds' cannot be converted into a whole number of minutes.",
        ),
    ],
)
def test_whole_minutes_error_names_the_durations_in_reference_order(
    kwargs: dict[str, core.Duration], message: str
) -> None:
    raises_runtime_error(message, **kwargs)


def test_value_error_leaves_the_construct_in_the_tree_like_the_reference() -> None:
    # The reference calls super() first, so the failed construct keeps its id.
    stack, pool = make_stack()
    with pytest.raises(RuntimeError):
        UserPoolClient(stack, "Client", user_pool=pool, id_token_validity=D.minutes(1))
    assert stack.node.try_find_child("Client") is not None


# --------------------------------------------------------------------------------------------------
# Type errors (TypeError naming the argument path)
# --------------------------------------------------------------------------------------------------


def type_error(**kwargs: Any) -> TypeError:
    stack, pool = make_stack()
    kwargs.setdefault("user_pool", pool)
    with pytest.raises(TypeError) as info:
        UserPoolClient(stack, "Client", **kwargs)
    # Arguments are checked before anything is added to the tree.
    assert stack.node.try_find_child("Client") is None
    return info.value


BOOL_FIELDS = [
    "disable_o_auth",
    "enable_token_revocation",
    "generate_secret",
    "prevent_user_existence_errors",
]
DURATION_FIELDS = ["access_token_validity", "id_token_validity", "refresh_token_validity"]


@pytest.mark.parametrize("field", BOOL_FIELDS)
@pytest.mark.parametrize("value", [1, 0, "yes", "", [True], 1.0])
def test_bool_fields_reject_non_bools(field: str, value: Any) -> None:
    error = type_error(**{field: value})
    assert str(error).startswith(f"{field}: expected bool or None; got {type(value).__name__}")


@pytest.mark.parametrize("field", DURATION_FIELDS)
@pytest.mark.parametrize("value", [60, "60 minutes", 1.5, True])
def test_duration_fields_reject_non_durations(field: str, value: Any) -> None:
    error = type_error(**{field: value})
    assert str(error).startswith(
        f"{field}: expected aws_cdk.core.Duration or None; got {type(value).__name__}"
    )


@pytest.mark.parametrize("value", [5, ["web"], b"web"])
def test_client_name_must_be_a_str(value: Any) -> None:
    assert str(type_error(user_pool_client_name=value)).startswith(
        "user_pool_client_name: expected str or None"
    )


@pytest.mark.parametrize("field", ["read_attributes", "write_attributes"])
@pytest.mark.parametrize("value", [["email"], "email", {"email": True}])
def test_attribute_fields_must_be_client_attributes(field: str, value: Any) -> None:
    assert str(type_error(**{field: value})).startswith(f"{field}: expected ClientAttributes or None")


def test_supported_identity_providers_bare_string_is_also_a_runtime_error() -> None:
    error = type_error(supported_identity_providers="COGNITO")
    assert isinstance(error, RuntimeError)
    assert str(error).startswith(
        "supported_identity_providers: expected a list of UserPoolClientIdentityProvider"
    )


def test_supported_identity_providers_not_a_list() -> None:
    error = type_error(supported_identity_providers=UserPoolClientIdentityProvider.COGNITO)
    assert not isinstance(error, RuntimeError)
    assert str(error).startswith(
        "supported_identity_providers: expected a list of UserPoolClientIdentityProvider"
    )


def test_supported_identity_providers_elements() -> None:
    error = type_error(supported_identity_providers=[UserPoolClientIdentityProvider.COGNITO, "Google"])
    assert str(error).startswith("supported_identity_providers[1]: expected UserPoolClientIdentityProvider")


@pytest.mark.parametrize(
    ("o_auth", "path", "also_runtime_error"),
    [
        ("x", "o_auth: expected OAuthSettings, a dict of its fields, or None", False),
        (OAuthFlows(), "o_auth: expected OAuthSettings, a dict of its fields, or None", False),
        ({"callback_urls": "https://a"}, "o_auth.callback_urls: expected a list of str", True),
        ({"callback_urls": ["https://a", 1]}, "o_auth.callback_urls[1]: expected str", False),
        ({"logout_urls": "https://a"}, "o_auth.logout_urls: expected a list of str", True),
        ({"logout_urls": [None]}, "o_auth.logout_urls[0]: expected str", False),
        ({"scopes": "openid"}, "o_auth.scopes: expected a list of OAuthScope", True),
        ({"scopes": ["openid"]}, "o_auth.scopes[0]: expected OAuthScope", False),
        ({"scopes": [OAuthScope.OPENID, UserPoolClientIdentityProvider.COGNITO]}, "o_auth.scopes[1]:", False),
        ({"flows": "code"}, "o_auth.flows: expected OAuthFlows, a dict of its fields, or None", False),
        ({"flows": AuthFlow()}, "o_auth.flows: expected OAuthFlows, a dict of its fields, or None", False),
        (
            {"flows": {"implicit_code_grant": 1}},
            "o_auth.flows.implicit_code_grant: expected bool or None",
            False,
        ),
        (
            {"flows": {"authorization_code_grant": "true"}},
            "o_auth.flows.authorization_code_grant: expected bool or None",
            False,
        ),
        (
            {"flows": {"client_credentials": 0}},
            "o_auth.flows.client_credentials: expected bool or None",
            False,
        ),
        ({"flowz": {}}, "o_auth: unexpected key(s) 'flowz' for OAuthSettings", False),
        ({"flows": {"implicit": True}}, "o_auth.flows: unexpected key(s) 'implicit' for OAuthFlows", False),
        (
            OAuthSettings(flows={"implicit_code_grant": True}),
            None,
            None,
        ),
    ],
)
def test_o_auth_type_errors(o_auth: Any, path: str | None, also_runtime_error: bool | None) -> None:
    if path is None:  # a valid value, for contrast
        assert client_properties(o_auth=o_auth)["AllowedOAuthFlows"] == ["implicit"]
        return
    error = type_error(o_auth=o_auth)
    assert str(error).startswith(path), str(error)
    assert isinstance(error, RuntimeError) is also_runtime_error


def test_unknown_keys_are_listed_sorted_with_the_expected_ones() -> None:
    error = type_error(o_auth={"zz": 1, "aa": 2, "scopes": []})
    assert str(error) == (
        "o_auth: unexpected key(s) 'aa', 'zz' for OAuthSettings; "
        "expected some of callback_urls, default_redirect_uri, flows, logout_urls, scopes"
    )


@pytest.mark.parametrize(
    ("auth_flows", "path"),
    [
        ({"user_srp": "y"}, "auth_flows.user_srp: expected bool or None"),
        ({"custom": 1}, "auth_flows.custom: expected bool or None"),
        ({"user_password": 1}, "auth_flows.user_password: expected bool or None"),
        ({"admin_user_password": []}, "auth_flows.admin_user_password: expected bool or None"),
        ({"srp": True}, "auth_flows: unexpected key(s) 'srp' for AuthFlow"),
        (OAuthFlows(), "auth_flows: expected AuthFlow, a dict of its fields, or None"),
        (["user_srp"], "auth_flows: expected AuthFlow, a dict of its fields, or None"),
        (True, "auth_flows: expected AuthFlow, a dict of its fields, or None"),
    ],
)
def test_auth_flows_type_errors(auth_flows: Any, path: str) -> None:
    assert str(type_error(auth_flows=auth_flows)).startswith(path)


def test_user_pool_none_is_a_type_error_and_an_assertion_error() -> None:
    error = type_error(user_pool=None)
    assert isinstance(error, AssertionError)
    assert str(error) == "user_pool: a value is required (an IUserPool); got None"


@pytest.mark.parametrize("user_pool", ["us-east-1_AbC123", object(), 5, {"user_pool_id": "x"}])
def test_user_pool_of_the_wrong_shape_is_a_type_error_and_a_runtime_error(user_pool: Any) -> None:
    error = type_error(user_pool=user_pool)
    assert isinstance(error, RuntimeError)
    assert str(error).startswith("user_pool: expected an IUserPool")


def test_user_pool_missing_is_a_type_error() -> None:
    stack, _ = make_stack()
    with pytest.raises(TypeError, match="user_pool"):
        UserPoolClient(stack, "Client")  # type: ignore[call-arg]


@pytest.mark.parametrize("scope", ["Stack", None, 5])
def test_scope_must_be_a_construct(scope: Any) -> None:
    _, pool = make_stack()
    with pytest.raises(TypeError) as info:
        UserPoolClient(scope, "Client", user_pool=pool)
    assert (
        str(info.value) == f"scope: expected a construct (aws_cdk.core.Construct); got {type(scope).__name__}"
    )


@pytest.mark.parametrize("id_", [5, None, b"Client"])
def test_id_must_be_a_str(id_: Any) -> None:
    stack, pool = make_stack()
    with pytest.raises(TypeError) as info:
        UserPoolClient(stack, id_, user_pool=pool)
    assert str(info.value) == f"id: expected str; got {type(id_).__name__}"
    assert len(stack.node.children) == 1  # only the pool


def test_unknown_keyword_argument() -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument 'foo'"):
        make_client(foo=1)


def test_struct_paths_when_built_directly() -> None:
    _, pool = make_stack()
    with pytest.raises(TypeError, match=r"^UserPoolClientOptions\.generate_secret: expected bool or None"):
        UserPoolClientOptions(generate_secret=1)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^UserPoolClientOptions\.o_auth\.flows\.client_credentials:"):
        UserPoolClientOptions(o_auth={"flows": {"client_credentials": 1}})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^UserPoolClientProps\.user_pool: a value is required") as info:
        UserPoolClientProps(user_pool=None)  # type: ignore[arg-type]
    assert isinstance(info.value, AssertionError)
    with pytest.raises(TypeError, match=r"^UserPoolClientProps\.id_token_validity:"):
        UserPoolClientProps(user_pool=pool, id_token_validity=5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^OAuthSettings\.callback_urls: expected a list of str"):
        OAuthSettings(callback_urls="https://a")  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------------
# Inputs are never mutated; synthesis is deterministic
# --------------------------------------------------------------------------------------------------


def test_inputs_are_not_mutated() -> None:
    callback_urls = ["https://b", "https://a"]
    logout_urls = ["https://logout"]
    scopes = [OAuthScope.PHONE, OAuthScope.custom("api/read"), OAuthScope.PHONE]
    providers = [UserPoolClientIdentityProvider.GOOGLE, UserPoolClientIdentityProvider.COGNITO]
    o_auth_dict: dict[str, Any] = {
        "flows": {"implicit_code_grant": True},
        "callback_urls": callback_urls,
        "logout_urls": logout_urls,
        "scopes": scopes,
    }
    auth_flows_dict = {"user_srp": True}
    read = ClientAttributes().with_standard_attributes(email=True).with_custom_attributes("b", "a")
    kwargs: dict[str, Any] = {
        "o_auth": o_auth_dict,
        "auth_flows": auth_flows_dict,
        "supported_identity_providers": providers,
        "read_attributes": read,
        "write_attributes": read,
        "id_token_validity": D.minutes(10),
    }
    snapshot = copy.deepcopy({k: v for k, v in kwargs.items() if k != "id_token_validity"})
    scopes_before, providers_before = list(scopes), list(providers)
    read_before = read.attributes()

    stack, _ = make_client(**kwargs)
    client_resource(stack)

    assert {k: v for k, v in kwargs.items() if k != "id_token_validity"} == snapshot
    assert o_auth_dict["flows"] == {"implicit_code_grant": True}
    assert set(o_auth_dict) == {"flows", "callback_urls", "logout_urls", "scopes"}
    assert callback_urls == ["https://b", "https://a"]
    assert logout_urls == ["https://logout"]
    assert scopes == scopes_before and all(a is b for a, b in zip(scopes, scopes_before, strict=True))
    assert providers == providers_before
    assert auth_flows_dict == {"user_srp": True}
    assert read.attributes() == read_before


def test_structs_given_are_not_mutated() -> None:
    settings = OAuthSettings(callback_urls=["https://a"], scopes=[OAuthScope.EMAIL])
    auth = AuthFlow(user_srp=True)
    stack, _ = make_client(o_auth=settings, auth_flows=auth)
    client_resource(stack)
    # The default flows are used, not written into the settings.
    assert settings.flows is None
    assert settings == OAuthSettings(callback_urls=["https://a"], scopes=[OAuthScope.EMAIL])
    assert list(settings.scopes or []) == [OAuthScope.EMAIL]  # openid was not appended to the input
    assert auth == AuthFlow(user_srp=True)


def test_later_changes_to_inputs_do_not_change_the_template() -> None:
    urls = ["https://a"]
    scopes = [OAuthScope.EMAIL]
    providers = [UserPoolClientIdentityProvider.COGNITO]
    stack, _ = make_client(
        o_auth=OAuthSettings(callback_urls=urls, scopes=scopes), supported_identity_providers=providers
    )
    urls.append("https://b")
    scopes.append(OAuthScope.PHONE)
    providers.clear()
    properties = client_resource(stack)["Properties"]
    assert properties["CallbackURLs"] == ["https://a"]
    assert properties["AllowedOAuthScopes"] == ["email", "openid"]
    assert properties["SupportedIdentityProviders"] == ["COGNITO"]


def _synth_app(outdir: pathlib.Path) -> bytes:
    app = core.App(outdir=str(outdir))
    stack = core.Stack(app, "Stack")
    pool = cognito.UserPool.from_user_pool_id(stack, "Pool", POOL_ID)
    UserPoolClient(
        stack,
        "Client",
        user_pool=pool,
        o_auth=OAuthSettings(
            scopes=[OAuthScope.PHONE, OAuthScope.custom("a/b")], callback_urls=["https://a"]
        ),
        read_attributes=ClientAttributes().with_custom_attributes("z", "\U0001f600", "a"),
        auth_flows=AuthFlow(user_srp=True, custom=True),
        id_token_validity=D.minutes(10),
        refresh_token_validity=D.days(1),
    )
    pool.add_client("Second", disable_o_auth=True)
    assembly = app.synth()
    return pathlib.Path(assembly.get_stack_by_name("Stack").template_full_path).read_bytes()


def test_two_synths_are_byte_identical(tmp_path: pathlib.Path) -> None:
    first = _synth_app(tmp_path / "one")
    second = _synth_app(tmp_path / "two")
    assert first == second
    template = json.loads(first)
    assert len(template["Resources"]) == 2


def test_template_of_the_same_stack_twice_is_identical() -> None:
    stack, _ = make_client(generate_secret=True)
    first = json.dumps(assertions.Template.from_stack(stack).to_json())
    second = json.dumps(assertions.Template.from_stack(stack).to_json())
    assert first == second
