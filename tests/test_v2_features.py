"""Template tests for the app-client features that aws-cdk-lib v2 added, as cdk_cognito offers them on v1.

Expectations are written out literally; they are aws-cdk-lib v2.275's output for the same props (see
tests/v2 for the automated comparison), except where v1's behaviour wins, which is said at each test.
"""

from __future__ import annotations

import dataclasses
import pathlib
from typing import Any

import pytest
from aws_cdk import assertions, core

import _support
import cdk_cognito as cognito
from _support import CLIENT_TYPE, DEFAULT_PROPERTIES, L1_KEY_ORDER, make_client, make_stack, with_defaults
from cdk_cognito import (
    AnalyticsConfiguration,
    AuthFlow,
    OAuthFlows,
    OAuthSettings,
    UserPoolClient,
    UserPoolClientOptions,
)
from v2.cases import NEW_PROPS

# These tests pin down v2's rendering, including of inputs Cognito would reject at deploy time,
# so the synth-time rules (tests/test_rules.py) are switched off (_support.RULES_OFF).

ROLE_ARN = "arn:aws:iam::123456789012:role/PinpointRole"
APP_ARN = "arn:aws:mobiletargeting:us-east-1:123456789012:apps/abc123"
FULL_ANALYTICS = {"application_id": "abc123", "external_id": "ext", "role": ROLE_ARN}
# v1's generated L1 order (UserPoolId first, then alphabetical), with RefreshTokenRotation, which v1's L1
# lacks, where v2's L1 puts it.
_ROTATION_AT = L1_KEY_ORDER.index("RefreshTokenValidity")
KEY_ORDER = [*L1_KEY_ORDER[:_ROTATION_AT], "RefreshTokenRotation", *L1_KEY_ORDER[_ROTATION_AT:]]
D = core.Duration


def client_properties(**kwargs: Any) -> dict[str, Any]:
    """The client's properties, checked to be in KEY_ORDER."""
    properties = _support.client_properties(**kwargs)
    assert list(properties) == [key for key in KEY_ORDER if key in properties]
    return properties


def construct_error(**kwargs: Any) -> RuntimeError:
    stack, pool = make_stack()
    with pytest.raises(RuntimeError) as info:
        UserPoolClient(stack, "Client", user_pool=pool, **kwargs)
    # Nothing half-built is left behind.
    assert assertions.Template.from_stack(stack).find_resources(CLIENT_TYPE) == {}
    return info.value


# --------------------------------------------------------------------------------------------------
# Defaults: a new prop left out changes nothing
# --------------------------------------------------------------------------------------------------


def test_new_props_default_to_unset() -> None:
    assert client_properties() == DEFAULT_PROPERTIES
    options = UserPoolClientOptions()
    for name in NEW_PROPS:
        assert getattr(options, name) is None
    assert AuthFlow().user is None
    assert OAuthSettings().default_redirect_uri is None
    assert AnalyticsConfiguration() == AnalyticsConfiguration(
        application=None, application_id=None, external_id=None, role=None, share_user_data=None
    )


def test_none_for_every_new_prop_is_the_default() -> None:
    assert (
        client_properties(
            analytics=None,
            auth_session_validity=None,
            enable_propagate_additional_user_context_data=None,
            refresh_token_rotation_grace_period=None,
            auth_flows=AuthFlow(user=None),
            o_auth=OAuthSettings(default_redirect_uri=None),
        )
        == DEFAULT_PROPERTIES
    )


@pytest.mark.parametrize(
    "cls, name",
    [
        (UserPoolClientOptions, "analytics"),
        (UserPoolClientOptions, "auth_session_validity"),
        (UserPoolClientOptions, "enable_propagate_additional_user_context_data"),
        (UserPoolClientOptions, "refresh_token_rotation_grace_period"),
        (AuthFlow, "user"),
        (OAuthSettings, "default_redirect_uri"),
        (AnalyticsConfiguration, "application"),
        (AnalyticsConfiguration, "application_id"),
        (AnalyticsConfiguration, "external_id"),
        (AnalyticsConfiguration, "role"),
        (AnalyticsConfiguration, "share_user_data"),
    ],
)
def test_docstrings_state_each_default(cls: type, name: str) -> None:
    doc = cls.__doc__ or ""
    start = doc.index(f":param {name}:")
    end = doc.find(":param", start + 1)
    assert "Default:" in doc[start : end if end != -1 else None]


def test_new_names_are_exported() -> None:
    assert "AnalyticsConfiguration" in cognito.__all__
    assert cognito.AnalyticsConfiguration is AnalyticsConfiguration


def test_analytics_configuration_is_a_frozen_keyword_only_dataclass() -> None:
    fields = dataclasses.fields(AnalyticsConfiguration)
    assert [f.name for f in fields] == [
        "application",
        "application_id",
        "external_id",
        "role",
        "share_user_data",
    ]
    assert all(f.kw_only and f.default is None for f in fields)
    config = AnalyticsConfiguration(application_id="a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.application_id = "b"  # type: ignore[misc]
    assert repr(config) == "AnalyticsConfiguration(application_id='a')"


# --------------------------------------------------------------------------------------------------
# auth_session_validity
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "duration, minutes",
    [(D.minutes(3), 3), (D.minutes(15), 15), (D.seconds(600), 10), (D.millis(240_000), 4)],
)
def test_auth_session_validity_is_emitted_in_minutes(duration: core.Duration, minutes: int) -> None:
    # No TokenValidityUnits: AuthSessionValidity is always in minutes.
    assert client_properties(auth_session_validity=duration) == with_defaults(AuthSessionValidity=minutes)


@pytest.mark.parametrize(
    "duration, received",
    [
        (D.minutes(2), "2 minutes"),
        (D.seconds(179), "2 minutes 59 seconds"),
        (D.seconds(901), "15 minutes 1 second"),
        (D.hours(1), "1 hour"),
    ],
)
def test_auth_session_validity_out_of_range(duration: core.Duration, received: str) -> None:
    assert str(construct_error(auth_session_validity=duration)) == (
        "authSessionValidity: Must be a duration between 3 minutes and 15 minutes (inclusive); "
        f"received {received}."
    )


def test_auth_session_validity_fractional_minutes() -> None:
    assert str(construct_error(auth_session_validity=D.seconds(200))) == (
        "'200 seconds' cannot be converted into a whole number of minutes."
    )


def test_auth_session_validity_is_checked_before_token_validity() -> None:
    error = construct_error(auth_session_validity=D.minutes(1), id_token_validity=D.minutes(1))
    assert str(error).startswith("authSessionValidity:")


def test_auth_session_validity_leaves_token_validity_units_alone() -> None:
    assert client_properties(auth_session_validity=D.minutes(5), access_token_validity=D.minutes(30)) == (
        with_defaults(
            AccessTokenValidity=30, AuthSessionValidity=5, TokenValidityUnits={"AccessToken": "minutes"}
        )
    )


# --------------------------------------------------------------------------------------------------
# AuthFlow(user=True)
# --------------------------------------------------------------------------------------------------


def test_auth_flow_user() -> None:
    assert client_properties(auth_flows=AuthFlow(user=True)) == with_defaults(
        ExplicitAuthFlows=["ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]
    )


def test_auth_flow_user_comes_after_the_v1_flows() -> None:
    flows = AuthFlow(admin_user_password=True, custom=True, user=True, user_password=True, user_srp=True)
    assert client_properties(auth_flows=flows)["ExplicitAuthFlows"] == [
        "ALLOW_USER_PASSWORD_AUTH",
        "ALLOW_ADMIN_USER_PASSWORD_AUTH",
        "ALLOW_CUSTOM_AUTH",
        "ALLOW_USER_SRP_AUTH",
        "ALLOW_USER_AUTH",
        "ALLOW_REFRESH_TOKEN_AUTH",
    ]


def test_auth_flow_user_false_and_dict_form() -> None:
    assert client_properties(auth_flows={"user": False, "user_srp": True})["ExplicitAuthFlows"] == [
        "ALLOW_USER_SRP_AUTH",
        "ALLOW_REFRESH_TOKEN_AUTH",
    ]


def test_auth_flows_none_enabled_emit_nothing_as_in_v1() -> None:
    # v1 wins: v2 emits ["ALLOW_REFRESH_TOKEN_AUTH"] here.
    assert "ExplicitAuthFlows" not in client_properties(auth_flows=AuthFlow(user=False))


# --------------------------------------------------------------------------------------------------
# OAuthSettings.default_redirect_uri
# --------------------------------------------------------------------------------------------------


def test_default_redirect_uri_among_default_callbacks() -> None:
    assert client_properties(o_auth=OAuthSettings(default_redirect_uri="https://example.com")) == (
        with_defaults(DefaultRedirectURI="https://example.com")
    )


def test_default_redirect_uri_among_given_callbacks() -> None:
    o_auth = {"callback_urls": ["https://a.example", "myapp://cb"], "default_redirect_uri": "myapp://cb"}
    assert client_properties(o_auth=o_auth) == with_defaults(
        CallbackURLs=["https://a.example", "myapp://cb"], DefaultRedirectURI="myapp://cb"
    )


def test_default_redirect_uri_not_among_callbacks() -> None:
    for o_auth in (
        OAuthSettings(default_redirect_uri="https://b.example"),
        OAuthSettings(callback_urls=["https://a.example"], default_redirect_uri="https://b.example"),
        # An empty list is not "no list" (JavaScript-truthy in v2).
        OAuthSettings(
            flows=OAuthFlows(client_credentials=True), callback_urls=[], default_redirect_uri="https://x"
        ),
    ):
        assert str(construct_error(o_auth=o_auth)) == "defaultRedirectUri must be included in callbackUrls."


def test_default_redirect_uri_without_callbacks_is_not_checked_for_membership() -> None:
    o_auth = OAuthSettings(flows=OAuthFlows(client_credentials=True), default_redirect_uri="https://x")
    properties = client_properties(o_auth=o_auth, generate_secret=True)
    assert properties["DefaultRedirectURI"] == "https://x"
    assert "CallbackURLs" not in properties


PATTERN_ERROR = "defaultRedirectUri must match the `^(?=.{1,1024}$)[p{L}p{M}p{S}p{N}p{P}]+$` pattern, got "


@pytest.mark.parametrize(
    "uri", ["https://a b", "https://a\tb", "https://a\nb", "https://a\u00a0b", "https://" + "a" * 1017]
)
def test_default_redirect_uri_pattern(uri: str) -> None:
    error = construct_error(o_auth=OAuthSettings(callback_urls=[uri], default_redirect_uri=uri))
    assert str(error) == PATTERN_ERROR + uri


@pytest.mark.parametrize("uri", ["https://" + "a" * 1016, "myapp://é/ü€", "http://localhost:3000/a?b=c"])
def test_default_redirect_uri_pattern_accepts(uri: str) -> None:
    properties = client_properties(o_auth=OAuthSettings(callback_urls=[uri], default_redirect_uri=uri))
    assert properties["DefaultRedirectURI"] == uri


def test_default_redirect_uri_membership_is_checked_before_the_pattern() -> None:
    error = construct_error(o_auth=OAuthSettings(default_redirect_uri="https://a b"))
    assert str(error) == "defaultRedirectUri must be included in callbackUrls."


def test_empty_default_redirect_uri_is_emitted_unchecked() -> None:
    # As v2 does: an empty string skips the checks (CloudFormation will refuse it).
    assert client_properties(o_auth=OAuthSettings(default_redirect_uri=""))["DefaultRedirectURI"] == ""


def test_token_default_redirect_uri_is_not_checked() -> None:
    stack, pool = make_stack()
    uri = core.Token.as_string(core.Fn.import_value("RedirectUri"))
    UserPoolClient(stack, "Client", user_pool=pool, o_auth=OAuthSettings(default_redirect_uri=uri))
    assertions.Template.from_stack(stack).has_resource_properties(
        CLIENT_TYPE, {"DefaultRedirectURI": {"Fn::ImportValue": "RedirectUri"}}
    )


def test_default_redirect_uri_error_comes_before_the_flow_combination_error() -> None:
    o_auth = OAuthSettings(
        flows=OAuthFlows(client_credentials=True, implicit_code_grant=True), default_redirect_uri="https://b"
    )
    assert str(construct_error(o_auth=o_auth)) == "defaultRedirectUri must be included in callbackUrls."


# --------------------------------------------------------------------------------------------------
# enable_propagate_additional_user_context_data
# --------------------------------------------------------------------------------------------------


def test_propagate_user_context_data_with_secret() -> None:
    assert client_properties(generate_secret=True, enable_propagate_additional_user_context_data=True) == (
        with_defaults(EnablePropagateAdditionalUserContextData=True, GenerateSecret=True)
    )


def test_propagate_user_context_data_false_needs_no_secret() -> None:
    assert client_properties(enable_propagate_additional_user_context_data=False) == with_defaults(
        EnablePropagateAdditionalUserContextData=False
    )


@pytest.mark.parametrize("generate_secret", [None, False])
def test_propagate_user_context_data_requires_a_secret(generate_secret: bool | None) -> None:
    error = construct_error(
        generate_secret=generate_secret, enable_propagate_additional_user_context_data=True
    )
    assert str(error) == (
        "Cannot activate enablePropagateAdditionalUserContextData in an app client without a client secret."
    )


def test_propagate_error_order() -> None:
    # After the redirect URI checks, before the OAuth flow combination check.
    error = construct_error(
        enable_propagate_additional_user_context_data=True,
        o_auth=OAuthSettings(default_redirect_uri="https://b"),
    )
    assert str(error).startswith("defaultRedirectUri")
    error = construct_error(
        enable_propagate_additional_user_context_data=True,
        o_auth=OAuthSettings(flows=OAuthFlows(client_credentials=True, authorization_code_grant=True)),
    )
    assert str(error).startswith("Cannot activate")


# --------------------------------------------------------------------------------------------------
# refresh_token_rotation_grace_period
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "duration, seconds", [(D.seconds(0), 0), (D.seconds(10), 10), (D.minutes(1), 60), (D.millis(3000), 3)]
)
def test_refresh_token_rotation(duration: core.Duration, seconds: int) -> None:
    assert client_properties(refresh_token_rotation_grace_period=duration) == with_defaults(
        RefreshTokenRotation={"Feature": "ENABLED", "RetryGracePeriodSeconds": seconds}
    )


def test_refresh_token_rotation_drops_allow_refresh_token_auth() -> None:
    properties = client_properties(
        refresh_token_rotation_grace_period=D.seconds(30), auth_flows=AuthFlow(user_srp=True, user=True)
    )
    assert properties["ExplicitAuthFlows"] == ["ALLOW_USER_SRP_AUTH", "ALLOW_USER_AUTH"]


def test_refresh_token_rotation_without_enabled_flows_emits_no_flows() -> None:
    # v1's rule (nothing enabled, nothing emitted) stays; v2 emits ExplicitAuthFlows: [] here.
    for flows in (None, AuthFlow(), AuthFlow(user_srp=False)):
        properties = client_properties(refresh_token_rotation_grace_period=D.seconds(5), auth_flows=flows)
        assert "ExplicitAuthFlows" not in properties


def test_refresh_token_rotation_sits_before_refresh_token_validity() -> None:
    properties = client_properties(
        refresh_token_rotation_grace_period=D.seconds(5), refresh_token_validity=D.days(1)
    )
    keys = list(properties)
    assert keys.index("RefreshTokenRotation") + 1 == keys.index("RefreshTokenValidity")


@pytest.mark.parametrize("duration, received", [(D.seconds(61), "1 minute 1 second"), (D.hours(1), "1 hour")])
def test_refresh_token_rotation_out_of_range(duration: core.Duration, received: str) -> None:
    assert str(construct_error(refresh_token_rotation_grace_period=duration)) == (
        "refreshTokenRotationGracePeriod: Must be a duration between 0 seconds and 1 minute (inclusive); "
        f"received {received}."
    )


def test_refresh_token_rotation_fractional_seconds() -> None:
    assert str(construct_error(refresh_token_rotation_grace_period=D.millis(1500))) == (
        "'1500 millis' cannot be converted into a whole number of seconds."
    )


def test_refresh_token_rotation_is_checked_after_token_validity() -> None:
    error = construct_error(
        refresh_token_rotation_grace_period=D.minutes(5), access_token_validity=D.minutes(1)
    )
    assert str(error).startswith("accessTokenValidity:")


# --------------------------------------------------------------------------------------------------
# analytics
# --------------------------------------------------------------------------------------------------


class _Role:
    role_arn = ROLE_ARN


class _App:
    attr_arn = APP_ARN


def test_analytics_with_ids_and_role_arn() -> None:
    assert client_properties(analytics=AnalyticsConfiguration(**FULL_ANALYTICS)) == with_defaults(
        AnalyticsConfiguration={"ApplicationId": "abc123", "ExternalId": "ext", "RoleArn": ROLE_ARN}
    )


def test_analytics_role_object_and_share_user_data() -> None:
    analytics = {**FULL_ANALYTICS, "role": _Role(), "share_user_data": False}
    assert client_properties(analytics=analytics)["AnalyticsConfiguration"] == {
        "ApplicationId": "abc123",
        "ExternalId": "ext",
        "RoleArn": ROLE_ARN,
        "UserDataShared": False,
    }


@pytest.mark.parametrize("application", [APP_ARN, _App()])
def test_analytics_application(application: Any) -> None:
    analytics = AnalyticsConfiguration(application=application, share_user_data=True)
    assert client_properties(analytics=analytics)["AnalyticsConfiguration"] == {
        "ApplicationArn": APP_ARN,
        "UserDataShared": True,
    }


def test_analytics_application_and_role_tokens() -> None:
    stack, pool = make_stack()
    app = core.CfnResource(stack, "App", type="AWS::Pinpoint::App", properties={"Name": "a"})
    role = core.CfnResource(stack, "Role", type="AWS::IAM::Role", properties={})

    class App:
        attr_arn = core.Token.as_string(app.get_att("Arn"))

    class Role:
        role_arn = core.Token.as_string(role.get_att("Arn"))

    UserPoolClient(stack, "A", user_pool=pool, analytics=AnalyticsConfiguration(application=App()))
    UserPoolClient(stack, "B", user_pool=pool, analytics={**FULL_ANALYTICS, "role": Role()})
    template = assertions.Template.from_stack(stack)
    template.has_resource_properties(
        CLIENT_TYPE, {"AnalyticsConfiguration": {"ApplicationArn": {"Fn::GetAtt": ["App", "Arn"]}}}
    )
    template.has_resource_properties(
        CLIENT_TYPE, {"AnalyticsConfiguration": {"RoleArn": {"Fn::GetAtt": ["Role", "Arn"]}}}
    )


BOTH = "Either `application` or all of `applicationId`, `externalId` and `role` must be specified."
NEITHER = (
    "Either all of `applicationId`, `externalId` and `role` must be specified "
    "or `application` must be specified."
)


@pytest.mark.parametrize(
    "analytics, message",
    [
        ({"application": APP_ARN, "application_id": "a"}, BOTH),
        ({"application": APP_ARN, "external_id": "e"}, BOTH),
        ({"application": _App(), "role": ROLE_ARN}, BOTH),
        ({**FULL_ANALYTICS, "application": APP_ARN}, BOTH),
        ({}, NEITHER),
        ({"share_user_data": True}, NEITHER),
        ({"application_id": "a"}, NEITHER),
        ({"application_id": "a", "external_id": "e"}, NEITHER),
        ({"external_id": "e", "role": ROLE_ARN}, NEITHER),
        ({**FULL_ANALYTICS, "application_id": ""}, NEITHER),
        ({**FULL_ANALYTICS, "role": ""}, NEITHER),
        ({"application": ""}, NEITHER),
    ],
)
def test_analytics_either_or(analytics: dict[str, Any], message: str) -> None:
    assert str(construct_error(analytics=analytics)) == message


def test_analytics_empty_strings_beside_application_are_emitted() -> None:
    # As in v2: "" does not count as given, and is rendered.
    analytics = {"application": APP_ARN, "external_id": ""}
    assert client_properties(analytics=analytics)["AnalyticsConfiguration"] == {
        "ApplicationArn": APP_ARN,
        "ExternalId": "",
    }


def test_analytics_error_order() -> None:
    flows = OAuthFlows(client_credentials=True, implicit_code_grant=True)
    assert str(construct_error(analytics={}, o_auth=OAuthSettings(flows=flows))).startswith(
        "clientCredentials"
    )
    assert str(construct_error(analytics={}, id_token_validity=D.minutes(1))) == NEITHER


# --------------------------------------------------------------------------------------------------
# user_pool_client_secret
# --------------------------------------------------------------------------------------------------


def test_client_secret_resolves_to_get_att() -> None:
    stack, client = make_client(generate_secret=True)
    secret = client.user_pool_client_secret
    assert isinstance(secret, core.SecretValue)
    assert client.user_pool_client_secret is secret
    logical_id = stack.get_logical_id(client.node.default_child)  # type: ignore[arg-type]
    assert stack.resolve(secret) == {"Fn::GetAtt": [logical_id, "ClientSecret"]}
    core.CfnOutput(stack, "Secret", value=secret.to_string())
    template = assertions.Template.from_stack(stack).to_json()
    assert template["Outputs"]["Secret"]["Value"] == {"Fn::GetAtt": [logical_id, "ClientSecret"]}
    # No custom resource, no Lambda: the client is the only resource.
    assert [value["Type"] for value in template["Resources"].values()] == [CLIENT_TYPE]


def test_client_secret_via_add_client() -> None:
    stack, pool = make_stack()
    client = pool.add_client("Web", generate_secret=True)
    logical_id = stack.get_logical_id(client.node.default_child)
    assert stack.resolve(client.user_pool_client_secret) == {"Fn::GetAtt": [logical_id, "ClientSecret"]}


@pytest.mark.parametrize("generate_secret", [None, False])
def test_client_secret_needs_generate_secret(generate_secret: bool | None) -> None:
    _, client = make_client(generate_secret=generate_secret)
    with pytest.raises(RuntimeError) as info:
        client.user_pool_client_secret  # noqa: B018
    assert (
        str(info.value) == "Error: userPoolClientSecret is available only if generateSecret is set to true."
    )


def test_imported_client_has_no_secret() -> None:
    stack, _ = make_stack()
    imported = UserPoolClient.from_user_pool_client_id(stack, "Imported", "abc123")
    with pytest.raises(RuntimeError) as info:
        imported.user_pool_client_secret  # type: ignore[attr-defined]  # noqa: B018
    assert str(info.value) == "Error: UserPool Client Secret is not available for imported Clients"
    assert imported.user_pool_client_id == "abc123"


# --------------------------------------------------------------------------------------------------
# Everything together; add_client; type errors
# --------------------------------------------------------------------------------------------------


def test_every_new_prop_with_every_v1_prop() -> None:
    properties = client_properties(
        user_pool_client_name="all",
        generate_secret=True,
        auth_flows=AuthFlow(user_srp=True, user=True),
        o_auth=OAuthSettings(
            callback_urls=["https://a.example/cb"],
            logout_urls=["https://a.example/out"],
            default_redirect_uri="https://a.example/cb",
        ),
        prevent_user_existence_errors=True,
        id_token_validity=D.minutes(30),
        access_token_validity=D.minutes(45),
        refresh_token_validity=D.days(7),
        auth_session_validity=D.minutes(7),
        refresh_token_rotation_grace_period=D.seconds(20),
        read_attributes=cognito.ClientAttributes().with_standard_attributes(email=True),
        write_attributes=cognito.ClientAttributes().with_custom_attributes("tier"),
        enable_token_revocation=True,
        enable_propagate_additional_user_context_data=True,
        analytics=AnalyticsConfiguration(**FULL_ANALYTICS, share_user_data=True),
    )
    assert list(properties) == KEY_ORDER
    assert properties["ExplicitAuthFlows"] == ["ALLOW_USER_SRP_AUTH", "ALLOW_USER_AUTH"]


def test_add_client_takes_the_new_props() -> None:
    stack, pool = make_stack()
    pool.add_client(
        "Web", auth_session_validity=D.minutes(4), refresh_token_rotation_grace_period=D.seconds(1)
    )
    assertions.Template.from_stack(stack).has_resource_properties(
        CLIENT_TYPE,
        {
            "AuthSessionValidity": 4,
            "RefreshTokenRotation": {"Feature": "ENABLED", "RetryGracePeriodSeconds": 1},
        },
    )
    with pytest.raises(RuntimeError) as info:
        pool.add_client("Bad", auth_session_validity=D.minutes(1))
    assert str(info.value).startswith("Error: authSessionValidity: Must be a duration between 3 minutes")


@pytest.mark.parametrize(
    "kwargs, path",
    [
        (
            {"auth_session_validity": 5},
            "auth_session_validity: expected aws_cdk.core.Duration or None; got int",
        ),
        ({"refresh_token_rotation_grace_period": "10s"}, "refresh_token_rotation_grace_period: expected"),
        (
            {"enable_propagate_additional_user_context_data": 1},
            "enable_propagate_additional_user_context_data:",
        ),
        ({"auth_flows": {"user": "yes"}}, "auth_flows.user: expected bool or None; got str"),
        (
            {"o_auth": {"default_redirect_uri": 5}},
            "o_auth.default_redirect_uri: expected str or None; got int",
        ),
        ({"analytics": "abc"}, "analytics: expected AnalyticsConfiguration, a dict of its fields, or None"),
        ({"analytics": {"application_id": 5}}, "analytics.application_id: expected str or None"),
        ({"analytics": {"external_id": ["e"]}}, "analytics.external_id: expected str or None"),
        ({"analytics": {"share_user_data": "yes"}}, "analytics.share_user_data: expected bool or None"),
        ({"analytics": {"role": 5}}, "analytics.role: expected a role ARN (str), an object with role_arn"),
        ({"analytics": {"application": object()}}, "analytics.application: expected an application ARN"),
        ({"analytics": {"app_id": "a"}}, "analytics: unexpected key(s) 'app_id' for AnalyticsConfiguration"),
    ],
)
def test_type_errors_name_the_argument_path(kwargs: dict[str, Any], path: str) -> None:
    stack, pool = make_stack()
    with pytest.raises(TypeError) as info:
        UserPoolClient(stack, "Client", user_pool=pool, **kwargs)
    assert str(info.value).startswith(path), str(info.value)


def test_struct_type_errors_name_the_struct() -> None:
    with pytest.raises(TypeError, match=r"^AnalyticsConfiguration\.role: expected"):
        AnalyticsConfiguration(role=3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^AuthFlow\.user: expected bool or None; got int"):
        AuthFlow(user=1)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^OAuthSettings\.default_redirect_uri: expected str or None"):
        OAuthSettings(default_redirect_uri=["x"])  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------------
# The README's tables stay true
# --------------------------------------------------------------------------------------------------

README = (pathlib.Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    start = README.index(f"## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start : end if end != -1 else None]


def test_readme_api_table_names_every_prop() -> None:
    api = _section("API")
    for field in dataclasses.fields(UserPoolClientOptions):
        assert f"`{field.name}`" in api, field.name
    for cls in (AuthFlow, OAuthSettings, AnalyticsConfiguration):
        for field in dataclasses.fields(cls):
            assert f"`{field.name}`" in api, f"{cls.__name__}.{field.name}"
    for name in cognito.__all__:
        if name != "__version__":
            assert f"`{name}" in api, name


def test_readme_feature_table_has_a_row_per_v2_feature() -> None:
    table = _section("Features compared")
    for feature in (
        "`AuthFlow(user=True)`",
        "`auth_session_validity`",
        "`OAuthSettings(default_redirect_uri=...)`",
        "`enable_propagate_additional_user_context_data`",
        "`refresh_token_rotation_grace_period`",
        "`analytics`",
        "`user_pool_client_secret`",
    ):
        rows = [line for line in table.splitlines() if line.startswith(f"| {feature}")]
        assert len(rows) >= 1, feature
        assert all(row.count(" | ") == 3 for row in rows), rows
    version = next(
        line.split("==")[1].rstrip(".*")
        for line in (pathlib.Path(__file__).parent / "v2" / "requirements.txt").read_text().splitlines()
        if line.startswith("aws-cdk-lib==")
    )
    assert f"`aws-cdk-lib` v2 ({version})" in table
