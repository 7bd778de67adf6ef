"""Hand-picked parity cases: cdk_cognito against aws_cdk.aws_cognito 1.204.0.

Every case runs once with ``c = aws_cdk.aws_cognito`` and once with ``c = cdk_cognito`` (see harness.py)
and the templates, returned values and errors must agree. Cases marked ``xfail(strict=True)`` are
known mismatches in cdk_cognito; each reason names the finding.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from aws_cdk import core

from .harness import (
    Outcome,
    Raised,
    assert_parity,
    attempt,
    compare,
    lazy_list,
    lazy_string,
    ours,
    ref,
    run_case,
    template_of,
)

pytestmark = pytest.mark.parity

CASES: list[Any] = []
_IDS: set[str] = set()

POOL_ID = "us-east-1_AbC123"
POOL_ARN = "arn:aws:cognito-idp:eu-west-1:111122223333:userpool/eu-west-1_XyZ789"

# Documented differences from the reference (README, "Differences from the reference").
# ABSENT_KEY_ORDER cases are checked exactly (same JSON, other key order); each other one is an
# xfail(strict=True) naming the difference, so the suite notices if it goes away.
ABSENT_KEY_ORDER = (
    "add_property_override of an L1 key the client left unset appends it to Properties "
    "(the reference puts it at its L1 position)"
)
EMPTY_NESTED_DELETE = "deleting the last set key of TokenValidityUnits drops it (the reference emits {})"
L1_VALIDATION = "the reference's L1 validates resolved property types at synth; ours emits them unchecked"
GENERATED_IDENTIFIER = (
    "identifier=PhysicalName.GENERATE_IF_NEEDED: ours raises at construction; the reference raises "
    "'Error: Resolution error: ...' at synth"
)
CLASS_NAME_IN_MESSAGE = (
    "construct errors name our constructs 'Resource' (reference: UserPoolClient/ImportedUserPool/...)"
)
TUPLE_ACCEPTED = "tuples are accepted where the reference (jsii) rejects them with AttributeError"
L1_ATTRIBUTES = (
    "node.default_child is a plain CfnResource: typed L1 attributes (client_name, ...) are missing"
)
ANALYTICS = "CDKMetadata Analytics lists core.Resource/CfnResource instead of aws-cognito.UserPoolClient"


def case(case_id: str, *, xfail: str | None = None, app_context: dict[str, Any] | None = None) -> Callable:
    """Register ``fn(c, stack)`` as a parity case."""

    def register(fn: Callable[[Any, core.Stack], Any]) -> Callable[[Any, core.Stack], Any]:
        assert case_id not in _IDS, f"duplicate case id {case_id}"
        _IDS.add(case_id)
        if app_context is not None:
            fn.app_context = app_context  # type: ignore[attr-defined]
        marks = []
        if xfail == ABSENT_KEY_ORDER:
            fn.key_order_only = True  # type: ignore[attr-defined]
        elif xfail:
            marks = [pytest.mark.xfail(strict=True, reason=xfail, raises=AssertionError)]
        CASES.append(pytest.param(fn, id=case_id, marks=marks))
        return fn

    return register


# --------------------------------------------------------------------------------------------------
# Building blocks
# --------------------------------------------------------------------------------------------------


def pool_by_id(c: Any, stack: core.Stack) -> Any:
    return c.UserPool.from_user_pool_id(stack, "Pool", POOL_ID)


def pool_by_arn(c: Any, stack: core.Stack) -> Any:
    return c.UserPool.from_user_pool_arn(stack, "Pool", POOL_ARN)


def real_pool(c: Any, stack: core.Stack) -> Any:
    """A jsii ``aws_cognito.UserPool`` (also for the ``cdk_cognito`` run)."""
    return ref.UserPool(stack, "Pool")


def real_pool_with_google(c: Any, stack: core.Stack) -> Any:
    pool = ref.UserPool(stack, "Pool")
    ref.UserPoolIdentityProviderGoogle(stack, "G", user_pool=pool, client_id="i", client_secret="s")
    return pool


def real_pool_with_all_idps(c: Any, stack: core.Stack) -> Any:
    pool = ref.UserPool(stack, "Pool")
    ref.UserPoolIdentityProviderGoogle(stack, "G", user_pool=pool, client_id="i", client_secret="s")
    ref.UserPoolIdentityProviderFacebook(stack, "F", user_pool=pool, client_id="i", client_secret="s")
    ref.UserPoolIdentityProviderAmazon(stack, "A", user_pool=pool, client_id="i", client_secret="s")
    ref.UserPoolIdentityProviderApple(
        stack, "Ap", user_pool=pool, client_id="i", key_id="k", private_key="p", team_id="t"
    )
    return pool


def client_attributes(client: Any) -> dict[str, Any]:
    return {
        "id": client.user_pool_client_id,
        "flows": client.o_auth_flows,
        "name": attempt(lambda: client.user_pool_client_name),
    }


Kwargs = dict[str, Any] | Callable[[Any, core.Stack], dict[str, Any]] | None


def client_case(
    case_id: str,
    kwargs: Kwargs = None,
    *,
    pool: Callable[[Any, core.Stack], Any] = pool_by_id,
    xfail: str | None = None,
) -> None:
    """A case building one client on ``pool`` with ``kwargs`` (a dict or ``fn(c, stack) -> dict``)."""

    def run(c: Any, stack: core.Stack) -> Any:
        options = kwargs(c, stack) if callable(kwargs) else dict(kwargs or {})
        client = c.UserPoolClient(stack, "Client", user_pool=pool(c, stack), **options)
        return client_attributes(client)

    case(case_id, xfail=xfail)(run)


def minutes(n: float) -> core.Duration:
    return core.Duration.minutes(n)


# --------------------------------------------------------------------------------------------------
# Plain props and defaults
# --------------------------------------------------------------------------------------------------

client_case("minimal")
client_case("name-plain", {"user_pool_client_name": "web-app"})
client_case("name-empty-string", {"user_pool_client_name": ""})
client_case("name-unicode", {"user_pool_client_name": "クライアント-é-😀"})
# Name characters (C3): refused under every reading of [\w\s+=,.@-], or only a warning.
client_case("name-emoji", {"user_pool_client_name": "checkout\U0001f680"})
client_case("name-symbols-and-punctuation", {"user_pool_client_name": "\u00a9 Corp #1 (web)/x"})
client_case("name-control-character", {"user_pool_client_name": "a\x00b"})
client_case("name-lone-surrogate", {"user_pool_client_name": "a\ud800b"})
client_case("name-combining-mark", {"user_pool_client_name": "Mu\u0308ller"})
client_case("name-unicode-whitespace", {"user_pool_client_name": "My\u00a0App\u3000\x1c"})
client_case("name-none-explicit", {"user_pool_client_name": None})
client_case("generate-secret-true", {"generate_secret": True})
client_case("generate-secret-false", {"generate_secret": False})
client_case("token-revocation-true", {"enable_token_revocation": True})
client_case("token-revocation-false", {"enable_token_revocation": False})
client_case("prevent-errors-true", {"prevent_user_existence_errors": True})
client_case("prevent-errors-false", {"prevent_user_existence_errors": False})
client_case("prevent-errors-none", {"prevent_user_existence_errors": None})
client_case("disable-oauth-true", {"disable_o_auth": True})
client_case("disable-oauth-false", {"disable_o_auth": False})
client_case("disable-oauth-none-o-auth-none", {"disable_o_auth": None, "o_auth": None})
client_case(
    "disable-oauth-with-everything-else",
    lambda c, s: {
        "disable_o_auth": True,
        "user_pool_client_name": "x",
        "generate_secret": True,
        "auth_flows": c.AuthFlow(user_srp=True, custom=True),
        "prevent_user_existence_errors": False,
        "supported_identity_providers": [c.UserPoolClientIdentityProvider.GOOGLE],
        "id_token_validity": minutes(10),
        "access_token_validity": minutes(20),
        "refresh_token_validity": core.Duration.days(2),
        "read_attributes": c.ClientAttributes().with_standard_attributes(email=True),
        "write_attributes": c.ClientAttributes().with_custom_attributes("tier"),
        "enable_token_revocation": False,
    },
)
client_case(
    "kitchen-sink",
    lambda c, s: {
        "user_pool_client_name": "all",
        "generate_secret": False,
        "auth_flows": {"admin_user_password": True, "custom": True, "user_password": True, "user_srp": True},
        "disable_o_auth": False,
        "o_auth": c.OAuthSettings(
            flows=c.OAuthFlows(authorization_code_grant=True),
            callback_urls=["https://a.example/cb", "https://b.example/cb"],
            logout_urls=["https://a.example/out"],
            scopes=[c.OAuthScope.EMAIL, c.OAuthScope.custom("api/read"), c.OAuthScope.COGNITO_ADMIN],
        ),
        "prevent_user_existence_errors": True,
        "supported_identity_providers": [
            c.UserPoolClientIdentityProvider.COGNITO,
            c.UserPoolClientIdentityProvider.custom("Okta"),
        ],
        "id_token_validity": core.Duration.hours(2),
        "access_token_validity": minutes(45),
        "refresh_token_validity": core.Duration.days(90),
        "read_attributes": c.ClientAttributes()
        .with_standard_attributes(email=True, fullname=True, phone_number=True)
        .with_custom_attributes("tier", "custom:plan"),
        "write_attributes": c.ClientAttributes().with_standard_attributes(address=True),
        "enable_token_revocation": True,
    },
)

# --------------------------------------------------------------------------------------------------
# Auth flows
# --------------------------------------------------------------------------------------------------

_AUTH_FLOW_VARIANTS: dict[str, dict[str, bool]] = {
    "empty": {},
    "user-password": {"user_password": True},
    "admin-user-password": {"admin_user_password": True},
    "custom": {"custom": True},
    "user-srp": {"user_srp": True},
    "srp-and-custom": {"user_srp": True, "custom": True},
    "admin-and-password": {"admin_user_password": True, "user_password": True},
    "all": {"admin_user_password": True, "custom": True, "user_password": True, "user_srp": True},
    "all-false": {"admin_user_password": False, "custom": False, "user_password": False, "user_srp": False},
    "mixed-false": {"user_srp": False, "custom": True, "user_password": False},
}
for _name, _flows in _AUTH_FLOW_VARIANTS.items():
    client_case(f"auth-flows-dict-{_name}", {"auth_flows": dict(_flows)})
client_case("auth-flows-struct-srp", lambda c, s: {"auth_flows": c.AuthFlow(user_srp=True)})
client_case("auth-flows-struct-empty", lambda c, s: {"auth_flows": c.AuthFlow()})

# --------------------------------------------------------------------------------------------------
# OAuth flows x callback URLs (both valid and rejected combinations)
# --------------------------------------------------------------------------------------------------

_FLOW_VARIANTS: dict[str, dict[str, bool] | None] = {
    "flows-unset": None,
    "flows-empty": {},
    "code": {"authorization_code_grant": True},
    "implicit": {"implicit_code_grant": True},
    "client-credentials": {"client_credentials": True},
    "code-implicit": {"authorization_code_grant": True, "implicit_code_grant": True},
    "code-cc": {"authorization_code_grant": True, "client_credentials": True},
    "implicit-cc": {"implicit_code_grant": True, "client_credentials": True},
    "all-three": {"authorization_code_grant": True, "implicit_code_grant": True, "client_credentials": True},
    "all-false": {
        "authorization_code_grant": False,
        "implicit_code_grant": False,
        "client_credentials": False,
    },
    "cc-with-code-false": {"client_credentials": True, "authorization_code_grant": False},
}
_CALLBACK_VARIANTS: dict[str, list[str] | None] = {
    "cb-unset": None,
    "cb-empty": [],
    "cb-one": ["https://app.example/cb"],
    "cb-dupes": ["https://a.example", "http://localhost:3000", "https://a.example"],
}
for _flow_name, _flow in _FLOW_VARIANTS.items():
    for _cb_name, _cb in _CALLBACK_VARIANTS.items():
        _settings: dict[str, Any] = {}
        if _flow is not None:
            _settings["flows"] = dict(_flow)
        if _cb is not None:
            _settings["callback_urls"] = list(_cb)
        client_case(f"oauth-{_flow_name}-{_cb_name}", {"o_auth": _settings})

client_case(
    "oauth-struct-form",
    lambda c, s: {
        "o_auth": c.OAuthSettings(
            flows=c.OAuthFlows(implicit_code_grant=True), callback_urls=["https://x.example"]
        )
    },
)
client_case("oauth-empty-settings", {"o_auth": {}})
client_case("oauth-disabled-with-settings", {"disable_o_auth": True, "o_auth": {}})
client_case(
    "oauth-disabled-with-flows",
    {"disable_o_auth": True, "o_auth": {"flows": {"client_credentials": True}}},
)
client_case(
    "oauth-disabled-and-empty-callbacks-disable-error-first",
    {"disable_o_auth": True, "o_auth": {"callback_urls": []}},
)
client_case(
    "oauth-empty-callbacks-before-cc-conflict",
    {
        "o_auth": {
            "flows": {"authorization_code_grant": True, "client_credentials": True},
            "callback_urls": [],
        }
    },
)
client_case(
    "oauth-disable-false-with-settings", {"disable_o_auth": False, "o_auth": {"callback_urls": ["u"]}}
)
client_case("logout-empty", {"o_auth": {"logout_urls": []}})
client_case("logout-values-dupes", {"o_auth": {"logout_urls": ["https://o", "https://p", "https://o"]}})
client_case(
    "logout-with-cc-only",
    {"o_auth": {"flows": {"client_credentials": True}, "logout_urls": ["https://o"]}},
)

# --------------------------------------------------------------------------------------------------
# OAuth scopes
# --------------------------------------------------------------------------------------------------


def _scopes_case(case_id: str, scopes: Callable[[Any, core.Stack], list[Any] | None]) -> None:
    client_case(case_id, lambda c, s: {"o_auth": {"scopes": scopes(c, s)}})


_scopes_case("scopes-none", lambda c, s: None)
_scopes_case("scopes-empty", lambda c, s: [])
_scopes_case("scopes-openid", lambda c, s: [c.OAuthScope.OPENID])
_scopes_case("scopes-phone-adds-openid", lambda c, s: [c.OAuthScope.PHONE])
_scopes_case("scopes-email-adds-openid", lambda c, s: [c.OAuthScope.EMAIL])
_scopes_case("scopes-profile-adds-openid", lambda c, s: [c.OAuthScope.PROFILE])
_scopes_case("scopes-cognito-admin-only", lambda c, s: [c.OAuthScope.COGNITO_ADMIN])
_scopes_case("scopes-duplicates", lambda c, s: [c.OAuthScope.PHONE, c.OAuthScope.EMAIL, c.OAuthScope.PHONE])
_scopes_case("scopes-openid-before-phone", lambda c, s: [c.OAuthScope.OPENID, c.OAuthScope.PHONE])
_scopes_case(
    "scopes-all-reversed",
    lambda c, s: [
        c.OAuthScope.COGNITO_ADMIN,
        c.OAuthScope.OPENID,
        c.OAuthScope.EMAIL,
        c.OAuthScope.PHONE,
        c.OAuthScope.PROFILE,
    ],
)
_scopes_case("scopes-custom-only", lambda c, s: [c.OAuthScope.custom("api/read")])
_scopes_case("scopes-custom-then-email", lambda c, s: [c.OAuthScope.custom("api/read"), c.OAuthScope.EMAIL])
_scopes_case("scopes-custom-named-openid", lambda c, s: [c.OAuthScope.custom("openid"), c.OAuthScope.PHONE])
_scopes_case("scopes-custom-named-phone", lambda c, s: [c.OAuthScope.custom("phone")])
_scopes_case("scopes-custom-empty-name", lambda c, s: [c.OAuthScope.custom("")])
_scopes_case(
    "scopes-custom-duplicates",
    lambda c, s: [c.OAuthScope.custom("a/b"), c.OAuthScope.custom("a/b"), c.OAuthScope.custom("a/c")],
)


@case("scopes-resource-server")
def _scopes_resource_server(c: Any, stack: core.Stack) -> Any:
    pool = pool_by_id(c, stack)
    read = c.ResourceServerScope(scope_name="read", scope_description="Read")
    write = c.ResourceServerScope(scope_name="write", scope_description="Write")
    server = c.UserPoolResourceServer(stack, "Api", user_pool=pool, identifier="api", scopes=[read, write])
    scope = c.OAuthScope.resource_server(server, read)
    client = c.UserPoolClient(
        stack,
        "Client",
        user_pool=pool,
        o_auth={
            "flows": {"client_credentials": True},
            "scopes": [scope, c.OAuthScope.resource_server(server, write), scope],
        },
    )
    return [scope.scope_name, client_attributes(client)]


@case("scopes-imported-resource-server")
def _scopes_imported_resource_server(c: Any, stack: core.Stack) -> Any:
    server = c.UserPoolResourceServer.from_user_pool_resource_server_id(stack, "Api", "orders")
    scope = c.ResourceServerScope(scope_name="read", scope_description="Read")
    client = pool_by_id(c, stack).add_client(
        "Client", o_auth={"scopes": [c.OAuthScope.resource_server(server, scope), c.OAuthScope.PROFILE]}
    )
    return [c.OAuthScope.resource_server(server, scope).scope_name, client_attributes(client)]


@case("scopes-resource-server-of-real-pool")
def _scopes_resource_server_real_pool(c: Any, stack: core.Stack) -> Any:
    pool = real_pool(c, stack)
    scope = c.ResourceServerScope(scope_name="read", scope_description="Read")
    server = c.UserPoolResourceServer(stack, "Api", user_pool=pool, identifier="api", scopes=[scope])
    client = c.UserPoolClient(
        stack, "Client", user_pool=pool, o_auth={"scopes": [c.OAuthScope.resource_server(server, scope)]}
    )
    return client_attributes(client)


# --------------------------------------------------------------------------------------------------
# Supported identity providers
# --------------------------------------------------------------------------------------------------


def _idp_case(case_id: str, providers: Callable[[Any], list[Any] | None], **extra: Any) -> None:
    client_case(case_id, lambda c, s: {"supported_identity_providers": providers(c), **extra})


_idp_case("idps-none", lambda c: None)
_idp_case("idps-empty", lambda c: [])
_idp_case("idps-cognito", lambda c: [c.UserPoolClientIdentityProvider.COGNITO])
_idp_case(
    "idps-duplicates",
    lambda c: [c.UserPoolClientIdentityProvider.COGNITO, c.UserPoolClientIdentityProvider.COGNITO],
)
_idp_case(
    "idps-all-constants",
    lambda c: [
        c.UserPoolClientIdentityProvider.APPLE,
        c.UserPoolClientIdentityProvider.FACEBOOK,
        c.UserPoolClientIdentityProvider.GOOGLE,
        c.UserPoolClientIdentityProvider.AMAZON,
        c.UserPoolClientIdentityProvider.COGNITO,
    ],
)
_idp_case(
    "idps-custom",
    lambda c: [c.UserPoolClientIdentityProvider.custom("Okta"), c.UserPoolClientIdentityProvider.GOOGLE],
)
_idp_case("idps-custom-empty-name", lambda c: [c.UserPoolClientIdentityProvider.custom("")])


@case("idps-registered-on-imported-pool")
def _idps_registered(c: Any, stack: core.Stack) -> Any:
    pool = pool_by_id(c, stack)
    pool.register_identity_provider(c.UserPoolIdentityProvider.from_provider_name(stack, "I1", "Okta"))
    pool.register_identity_provider(c.UserPoolIdentityProvider.from_provider_name(stack, "I2", "Google"))
    client = pool.add_client("Client")
    return [[p.provider_name for p in pool.identity_providers], client_attributes(client)]


@case("idps-registered-duplicates-and-cognito")
def _idps_registered_dupes(c: Any, stack: core.Stack) -> Any:
    pool = pool_by_id(c, stack)
    for index, name in enumerate(["Okta", "COGNITO", "Okta", "Facebook"]):
        pool.register_identity_provider(
            c.UserPoolIdentityProvider.from_provider_name(stack, f"I{index}", name)
        )
    client = c.UserPoolClient(stack, "Client", user_pool=pool)
    return client_attributes(client)


@case("idps-registered-but-explicit-wins")
def _idps_registered_explicit(c: Any, stack: core.Stack) -> Any:
    pool = pool_by_id(c, stack)
    pool.register_identity_provider(c.UserPoolIdentityProvider.from_provider_name(stack, "I", "Okta"))
    client = c.UserPoolClient(
        stack,
        "Client",
        user_pool=pool,
        supported_identity_providers=[c.UserPoolClientIdentityProvider.AMAZON],
    )
    return client_attributes(client)


@case("idps-registered-after-client")
def _idps_registered_after(c: Any, stack: core.Stack) -> Any:
    pool = pool_by_id(c, stack)
    first = pool.add_client("First")
    pool.register_identity_provider(c.UserPoolIdentityProvider.from_provider_name(stack, "I", "Okta"))
    second = pool.add_client("Second")
    return [client_attributes(first), client_attributes(second)]


client_case("real-pool-no-idps", pool=real_pool)
client_case("real-pool-google", pool=real_pool_with_google)
client_case("real-pool-all-idps", pool=real_pool_with_all_idps)
client_case(
    "real-pool-all-idps-empty-list", {"supported_identity_providers": []}, pool=real_pool_with_all_idps
)
client_case(
    "real-pool-google-explicit-providers",
    lambda c, s: {"supported_identity_providers": [c.UserPoolClientIdentityProvider.FACEBOOK]},
    pool=real_pool_with_google,
)
client_case(
    "real-pool-google-everything",
    lambda c, s: {
        "user_pool_client_name": "n",
        "o_auth": {"flows": {"authorization_code_grant": True}, "callback_urls": ["https://x"]},
        "refresh_token_validity": core.Duration.days(1),
    },
    pool=real_pool_with_google,
)


@case("real-imported-pool-with-registered-idp")
def _real_imported_pool(c: Any, stack: core.Stack) -> Any:
    pool = ref.UserPool.from_user_pool_arn(stack, "Pool", POOL_ARN)
    pool.register_identity_provider(ref.UserPoolIdentityProvider.from_provider_name(stack, "I", "Okta"))
    client = c.UserPoolClient(stack, "Client", user_pool=pool)
    return [client_attributes(client), client.env.account, client.env.region]


@case("real-imported-pool-by-id")
def _real_imported_pool_by_id(c: Any, stack: core.Stack) -> Any:
    pool = ref.UserPool.from_user_pool_id(stack, "Pool", POOL_ID)
    return client_attributes(c.UserPoolClient(stack, "Client", user_pool=pool, generate_secret=True))


# --------------------------------------------------------------------------------------------------
# Token validity durations
# --------------------------------------------------------------------------------------------------

_SHORT_TOKEN_DURATIONS: dict[str, Callable[[], core.Duration]] = {
    "5min": lambda: minutes(5),
    "4min": lambda: minutes(4),
    "299s": lambda: core.Duration.seconds(299),
    "300s": lambda: core.Duration.seconds(300),
    "330s-fractional": lambda: core.Duration.seconds(330),
    "300001ms-fractional": lambda: core.Duration.millis(300001),
    "5.5min": lambda: minutes(5.5),
    "60min": lambda: minutes(60),
    "1h": lambda: core.Duration.hours(1),
    "24h": lambda: core.Duration.hours(24),
    "1d": lambda: core.Duration.days(1),
    "1440min": lambda: minutes(1440),
    "1441min": lambda: minutes(1441),
    "25h": lambda: core.Duration.hours(25),
    "86400s": lambda: core.Duration.seconds(86400),
    "86401s": lambda: core.Duration.seconds(86401),
    "2d": lambda: core.Duration.days(2),
    "0min": lambda: minutes(0),
}
for _name, _make in _SHORT_TOKEN_DURATIONS.items():
    for _prop in ("id_token_validity", "access_token_validity"):
        client_case(f"{_prop.split('_')[0]}-{_name}", lambda c, s, p=_prop, m=_make: {p: m()})

_REFRESH_DURATIONS: dict[str, Callable[[], core.Duration]] = {
    "60min": lambda: minutes(60),
    "59min": lambda: minutes(59),
    "1h": lambda: core.Duration.hours(1),
    "3599s": lambda: core.Duration.seconds(3599),
    "3630s-fractional": lambda: core.Duration.seconds(3630),
    "30d": lambda: core.Duration.days(30),
    "0.5d": lambda: core.Duration.days(0.5),
    "3650d": lambda: core.Duration.days(3650),
    "3651d": lambda: core.Duration.days(3651),
    "87600h": lambda: core.Duration.hours(87600),
    "87601h": lambda: core.Duration.hours(87601),
    "5256000min": lambda: minutes(5256000),
    "5256001min": lambda: minutes(5256001),
}
for _name, _make in _REFRESH_DURATIONS.items():
    client_case(f"refresh-{_name}", lambda c, s, m=_make: {"refresh_token_validity": m()})

client_case(
    "durations-all-three",
    {
        "id_token_validity": minutes(30),
        "access_token_validity": minutes(15),
        "refresh_token_validity": minutes(60),
    },
)
client_case(
    "durations-id-and-refresh", {"id_token_validity": minutes(30), "refresh_token_validity": minutes(90)}
)
client_case(
    "durations-id-equals-refresh",
    {"id_token_validity": minutes(60), "refresh_token_validity": core.Duration.hours(1)},
)
client_case(
    "durations-id-above-refresh",
    {"id_token_validity": core.Duration.days(1), "refresh_token_validity": minutes(60)},
)
client_case(
    "durations-access-above-refresh",
    {"access_token_validity": minutes(61), "refresh_token_validity": core.Duration.hours(1)},
)
client_case(
    "durations-access-above-refresh-90min",
    {"access_token_validity": core.Duration.hours(2), "refresh_token_validity": minutes(90)},
)
client_case(
    "durations-both-above-refresh-id-first",
    {
        "id_token_validity": core.Duration.hours(3),
        "access_token_validity": core.Duration.hours(2),
        "refresh_token_validity": minutes(61),
    },
)
client_case(
    "durations-id-and-access-out-of-range-id-first",
    {"id_token_validity": minutes(1), "access_token_validity": minutes(2)},
)
client_case(
    "durations-access-and-refresh-out-of-range-access-first",
    {"access_token_validity": minutes(2), "refresh_token_validity": minutes(2)},
)
client_case(
    "durations-fractional-id-in-range-refresh-out-of-range",
    {"id_token_validity": core.Duration.seconds(330), "refresh_token_validity": core.Duration.days(4000)},
)
client_case(
    "durations-fractional-id-and-access",
    {"id_token_validity": core.Duration.seconds(330), "access_token_validity": core.Duration.seconds(390)},
)
client_case(
    "durations-fractional-access-and-refresh",
    {
        "access_token_validity": core.Duration.seconds(390),
        "refresh_token_validity": core.Duration.seconds(3630),
    },
)
client_case(
    "durations-fractional-id-and-refresh",
    {"id_token_validity": core.Duration.seconds(390), "refresh_token_validity": core.Duration.seconds(3630)},
)
client_case(
    "durations-fractional-milliseconds",
    {"id_token_validity": core.Duration.seconds(300.0005)},
)
client_case(
    "durations-id-out-of-range-refresh-token-minutes",
    lambda c, s: {
        "id_token_validity": minutes(1),
        "refresh_token_validity": minutes(core.Token.as_number(core.Aws.ACCOUNT_ID)),
    },
)
client_case(
    "durations-access-out-of-range-refresh-fractional-ms",
    {
        "access_token_validity": core.Duration.days(2),
        "refresh_token_validity": core.Duration.seconds(3600.0005),
    },
)
client_case(
    "durations-id-out-of-range-access-fractional-ms",
    {"id_token_validity": minutes(2), "access_token_validity": core.Duration.seconds(300.0005)},
)
client_case(
    "durations-id-fractional-ms-access-out-of-range",
    {"id_token_validity": core.Duration.seconds(300.0005), "access_token_validity": minutes(2)},
)
client_case(
    "durations-token-amount-minutes",
    lambda c, s: {"id_token_validity": minutes(core.Token.as_number(core.Aws.ACCOUNT_ID))},
)
client_case(
    "durations-token-amount-millis",
    lambda c, s: {"access_token_validity": core.Duration.millis(core.Token.as_number(core.Aws.ACCOUNT_ID))},
)
client_case(
    "durations-oauth-error-before-duration-error",
    {
        "o_auth": {"flows": {"implicit_code_grant": True, "client_credentials": True}},
        "id_token_validity": minutes(1),
    },
)

# --------------------------------------------------------------------------------------------------
# Read / write attributes
# --------------------------------------------------------------------------------------------------

STANDARD_ATTRIBUTES = (
    "address",
    "birthdate",
    "email",
    "email_verified",
    "family_name",
    "fullname",
    "gender",
    "given_name",
    "last_update_time",
    "locale",
    "middle_name",
    "nickname",
    "phone_number",
    "phone_number_verified",
    "preferred_username",
    "profile_page",
    "profile_picture",
    "timezone",
    "website",
)
for _attribute in STANDARD_ATTRIBUTES:
    client_case(
        f"read-attribute-{_attribute}",
        lambda c, s, a=_attribute: {
            "read_attributes": c.ClientAttributes().with_standard_attributes(**{a: True})
        },
    )
client_case(
    "write-all-standard-attributes",
    lambda c, s: {
        "write_attributes": c.ClientAttributes().with_standard_attributes(
            **dict.fromkeys(STANDARD_ATTRIBUTES, True)
        )
    },
)
client_case(
    "read-all-standard-false",
    lambda c, s: {
        "read_attributes": c.ClientAttributes().with_standard_attributes(
            **dict.fromkeys(STANDARD_ATTRIBUTES, False)
        )
    },
)
client_case("read-empty-client-attributes", lambda c, s: {"read_attributes": c.ClientAttributes()})
client_case(
    "read-and-write-empty",
    lambda c, s: {
        "read_attributes": c.ClientAttributes().with_standard_attributes(),
        "write_attributes": c.ClientAttributes().with_custom_attributes(),
    },
)
client_case(
    "custom-attributes-with-and-without-prefix",
    lambda c, s: {
        "read_attributes": c.ClientAttributes().with_custom_attributes(
            "tier", "custom:tier", "custom:plan", "a"
        )
    },
)
client_case(
    "custom-attributes-edge-names",
    lambda c, s: {
        "write_attributes": c.ClientAttributes().with_custom_attributes("", "custom:", "custom:custom:x")
    },
)
client_case(
    "attributes-unicode-utf16-order",
    lambda c, s: {
        "read_attributes": c.ClientAttributes()
        .with_custom_attributes(
            "😀", "\uffff", "é", "Z", "a", "custom:b", "\u00e9t\u00e9", "Ω", "\U0001d538", "\ufb01"
        )
        .with_standard_attributes(email=True, website=True)
    },
)
client_case(
    "attributes-standard-and-custom-sorted",
    lambda c, s: {
        "write_attributes": c.ClientAttributes()
        .with_custom_attributes("zzz", "Email")
        .with_standard_attributes(website=True, address=True, timezone=True, fullname=True)
    },
)


@case("attributes-immutable-chaining")
def _attributes_chaining(c: Any, stack: core.Stack) -> Any:
    base = c.ClientAttributes()
    with_email = base.with_standard_attributes(email=True)
    with_custom = with_email.with_custom_attributes("tier")
    client = pool_by_id(c, stack).add_client(
        "Client", read_attributes=with_email, write_attributes=with_custom
    )
    return [base.attributes(), with_email.attributes(), with_custom.attributes(), client_attributes(client)]


# --------------------------------------------------------------------------------------------------
# Tokens in string and list positions
# --------------------------------------------------------------------------------------------------

client_case("token-name-lazy", lambda c, s: {"user_pool_client_name": lazy_string("lazy-name")})
client_case("token-name-account", lambda c, s: {"user_pool_client_name": core.Aws.ACCOUNT_ID})
client_case(
    "token-name-parameter",
    lambda c, s: {"user_pool_client_name": core.CfnParameter(s, "Name").value_as_string},
)
client_case(
    "token-name-concatenated",
    lambda c, s: {"user_pool_client_name": f"app-{core.Aws.REGION}-{core.Aws.ACCOUNT_ID}"},
)


@case("token-name-getter-returns-token")
def _token_name_getter(c: Any, stack: core.Stack) -> Any:
    client = pool_by_id(c, stack).add_client("Client", user_pool_client_name=lazy_string("n"))
    return client.user_pool_client_name


client_case(
    "token-name-resolves-to-number",
    lambda c, s: {"user_pool_client_name": core.Token.as_string(5)},
    xfail=L1_VALIDATION,
)
client_case(
    "token-callbacks-parameter-list",
    lambda c, s: {
        "o_auth": {"callback_urls": core.CfnParameter(s, "Urls", type="CommaDelimitedList").value_as_list}
    },
)
client_case(
    "token-callbacks-as-list-of-parameter",
    lambda c, s: {
        "o_auth": {
            "callback_urls": core.Token.as_list(
                core.CfnParameter(s, "Urls", type="CommaDelimitedList").value
            ),
            "logout_urls": core.Token.as_list(core.Fn.split(",", core.Fn.import_value("Logouts"))),
        }
    },
)
client_case("token-callbacks-lazy-list", lambda c, s: {"o_auth": {"callback_urls": lazy_list(["https://l"])}})
client_case(
    "token-callbacks-elements",
    lambda c, s: {"o_auth": {"callback_urls": [f"https://{core.Aws.REGION}.example", core.Aws.URL_SUFFIX]}},
)
client_case(
    "token-callbacks-as-list-of-string-token",
    lambda c, s: {"o_auth": {"callback_urls": core.Token.as_list(core.Token.as_any("abc"))}},
    xfail=L1_VALIDATION,
)
client_case(
    "token-logout-urls",
    lambda c, s: {"o_auth": {"logout_urls": core.Fn.split(",", core.Fn.import_value("Logouts"))}},
)
client_case(
    "token-scope-names",
    lambda c, s: {
        "o_auth": {
            "scopes": [
                c.OAuthScope.custom(f"{core.Aws.ACCOUNT_ID}/read"),
                c.OAuthScope.custom(lazy_string("lazy/scope")),
                c.OAuthScope.PHONE,
            ]
        }
    },
)
client_case(
    "token-idp-names",
    lambda c, s: {
        "supported_identity_providers": [
            c.UserPoolClientIdentityProvider.custom(lazy_string("Okta")),
            c.UserPoolClientIdentityProvider.custom(core.Aws.STACK_NAME),
        ]
    },
)
client_case(
    "token-custom-attribute",
    lambda c, s: {
        "read_attributes": c.ClientAttributes().with_custom_attributes(core.Aws.ACCOUNT_ID, "plain")
    },
)


@case("token-pool-id-parameter")
def _token_pool_id(c: Any, stack: core.Stack) -> Any:
    pool = c.UserPool.from_user_pool_id(stack, "Pool", core.CfnParameter(stack, "PoolId").value_as_string)
    client = pool.add_client("Client")
    return [
        pool.user_pool_id,
        pool.user_pool_arn,
        pool.env.account,
        pool.env.region,
        client_attributes(client),
    ]


@case("token-pool-arn-parameter")
def _token_pool_arn(c: Any, stack: core.Stack) -> Any:
    pool = c.UserPool.from_user_pool_arn(stack, "Pool", core.CfnParameter(stack, "PoolArn").value_as_string)
    client = c.UserPoolClient(stack, "Client", user_pool=pool)
    return [
        pool.user_pool_id,
        pool.user_pool_arn,
        pool.env.account,
        pool.env.region,
        client_attributes(client),
    ]


@case("token-pool-id-lazy")
def _token_pool_id_lazy(c: Any, stack: core.Stack) -> Any:
    pool = c.UserPool.from_user_pool_id(stack, "Pool", lazy_string("us-west-2_Lazy"))
    return [pool.user_pool_id, pool.user_pool_arn, client_attributes(pool.add_client("Client"))]


# --------------------------------------------------------------------------------------------------
# Imported pools
# --------------------------------------------------------------------------------------------------


def _pool_attributes(pool: Any) -> list[Any]:
    return [
        pool.user_pool_id,
        pool.user_pool_arn,
        [p.provider_name for p in pool.identity_providers],
        pool.env.account,
        pool.env.region,
        pool.stack.stack_name,
        pool.node.path,
    ]


@case("pool-by-id-attributes")
def _pool_by_id_attributes(c: Any, stack: core.Stack) -> Any:
    return _pool_attributes(pool_by_id(c, stack))


@case("pool-by-arn-attributes")
def _pool_by_arn_attributes(c: Any, stack: core.Stack) -> Any:
    return _pool_attributes(pool_by_arn(c, stack))


@case("pool-by-arn-other-env-client")
def _pool_by_arn_client(c: Any, stack: core.Stack) -> Any:
    pool = pool_by_arn(c, stack)
    client = pool.add_client("Client", user_pool_client_name="x")
    return [client_attributes(client), client.env.account, client.env.region, client.node.path]


@case("pool-by-id-in-env-stack")
def _pool_in_env_stack(c: Any, stack: core.Stack) -> Any:
    env_stack = core.Stack(
        stack.node.root, "E", env=core.Environment(account="123456789012", region="ap-south-1")
    )
    pool = c.UserPool.from_user_pool_id(env_stack, "Pool", "ap-south-1_Q")
    return [_pool_attributes(pool), client_attributes(pool.add_client("Client"))]


@case("pool-arn-colon-resource")
def _pool_arn_colon(c: Any, stack: core.Stack) -> Any:
    return _pool_attributes(
        c.UserPool.from_user_pool_arn(stack, "Pool", "arn:aws:cognito-idp:us-east-1:123:userpool:abc")
    )


@case("pool-arn-without-name-invalid")
def _pool_arn_without_name(c: Any, stack: core.Stack) -> Any:
    return _pool_attributes(
        c.UserPool.from_user_pool_arn(stack, "Pool", "arn:aws:cognito-idp:us-east-1:123:userpool")
    )


@case("pool-arn-trailing-slash-invalid")
def _pool_arn_trailing_slash(c: Any, stack: core.Stack) -> Any:
    return _pool_attributes(
        c.UserPool.from_user_pool_arn(stack, "Pool", "arn:aws:cognito-idp:us-east-1:123:userpool/")
    )


@case("pool-arn-junk")
def _pool_arn_junk(c: Any, stack: core.Stack) -> Any:
    return _pool_attributes(c.UserPool.from_user_pool_arn(stack, "Pool", "junk"))


@case("pool-arn-empty")
def _pool_arn_empty(c: Any, stack: core.Stack) -> Any:
    return _pool_attributes(c.UserPool.from_user_pool_arn(stack, "Pool", ""))


@case("pool-arn-other-service")
def _pool_arn_other_service(c: Any, stack: core.Stack) -> Any:
    return _pool_attributes(c.UserPool.from_user_pool_arn(stack, "Pool", "arn:aws:s3:::bucket/key/part"))


@case("pool-id-empty")
def _pool_id_empty(c: Any, stack: core.Stack) -> Any:
    return _pool_attributes(c.UserPool.from_user_pool_id(stack, "Pool", ""))


@case("pool-id-with-slash")
def _pool_id_slash(c: Any, stack: core.Stack) -> Any:
    return _pool_attributes(c.UserPool.from_user_pool_id(stack, "Pool", "a/b"))


@case("pool-in-app-scope")
def _pool_in_app(c: Any, stack: core.Stack) -> Any:
    return _pool_attributes(c.UserPool.from_user_pool_id(stack.node.root, "Pool", POOL_ID))


# --------------------------------------------------------------------------------------------------
# Resource servers
# --------------------------------------------------------------------------------------------------


def _server_attributes(server: Any) -> list[Any]:
    return [
        server.user_pool_resource_server_id,
        server.node.path,
        server.env.account,
        server.stack.stack_name,
    ]


@case("resource-server-no-scopes")
def _rs_no_scopes(c: Any, stack: core.Stack) -> Any:
    server = c.UserPoolResourceServer(stack, "Api", user_pool=pool_by_id(c, stack), identifier="api")
    return _server_attributes(server)


@case("resource-server-empty-scopes")
def _rs_empty_scopes(c: Any, stack: core.Stack) -> Any:
    server = c.UserPoolResourceServer(
        stack, "Api", user_pool=pool_by_id(c, stack), identifier="api", scopes=[]
    )
    return _server_attributes(server)


@case("resource-server-several-scopes-and-name")
def _rs_several(c: Any, stack: core.Stack) -> Any:
    scopes = [
        c.ResourceServerScope(scope_name="read", scope_description="Read"),
        c.ResourceServerScope(scope_name="write", scope_description="Write é"),
        c.ResourceServerScope(scope_name="read", scope_description="Read again"),
    ]
    server = c.UserPoolResourceServer(
        stack,
        "Api",
        user_pool=pool_by_arn(c, stack),
        identifier="https://api.example.com",
        scopes=scopes,
        user_pool_resource_server_name="Orders API",
    )
    return [_server_attributes(server), [[s.scope_name, s.scope_description] for s in scopes]]


@case("resource-server-name-empty")
def _rs_name_empty(c: Any, stack: core.Stack) -> Any:
    server = c.UserPoolResourceServer(
        stack, "Api", user_pool=pool_by_id(c, stack), identifier="api", user_pool_resource_server_name=""
    )
    return _server_attributes(server)


def _rs_name(case_id: str, identifier: str, name: str | None) -> None:
    @case(case_id)
    def run(c: Any, stack: core.Stack) -> Any:
        options = {} if name is None else {"user_pool_resource_server_name": name}
        server = c.UserPoolResourceServer(
            stack, "Api", user_pool=pool_by_id(c, stack), identifier=identifier, **options
        )
        return _server_attributes(server)


# A resource server's Name (RS2) defaults to the identifier, which may be a URL.
_rs_name("resource-server-url-identifier-as-name", "https://api.example.com", None)
_rs_name("resource-server-name-emoji", "api", "Orders \U0001f4e6")
_rs_name("resource-server-name-non-ascii", "api", "Bestellungen \u00dc")
_rs_name("resource-server-name-lone-surrogate", "api", "a\udc00")


@case("resource-server-identifier-empty")
def _rs_identifier_empty(c: Any, stack: core.Stack) -> Any:
    return _server_attributes(
        c.UserPoolResourceServer(stack, "Api", user_pool=pool_by_id(c, stack), identifier="")
    )


@case("resource-server-identifier-token")
def _rs_identifier_token(c: Any, stack: core.Stack) -> Any:
    server = c.UserPoolResourceServer(
        stack,
        "Api",
        user_pool=pool_by_id(c, stack),
        identifier=core.Aws.ACCOUNT_ID,
        scopes=[c.ResourceServerScope(scope_name=lazy_string("s"), scope_description=core.Aws.REGION)],
    )
    return _server_attributes(server)


@case("resource-server-name-token")
def _rs_name_token(c: Any, stack: core.Stack) -> Any:
    server = c.UserPoolResourceServer(
        stack,
        "Api",
        user_pool=pool_by_id(c, stack),
        identifier=lazy_string("lazy-api"),
        user_pool_resource_server_name=core.CfnParameter(stack, "Name").value_as_string,
    )
    return _server_attributes(server)


@case("resource-server-identifier-generate-if-needed", xfail=GENERATED_IDENTIFIER)
def _rs_identifier_generated(c: Any, stack: core.Stack) -> Any:
    server = c.UserPoolResourceServer(
        stack, "Api", user_pool=pool_by_id(c, stack), identifier=core.PhysicalName.GENERATE_IF_NEEDED
    )
    return _server_attributes(server)


@case("resource-server-via-add-resource-server")
def _rs_add(c: Any, stack: core.Stack) -> Any:
    pool = pool_by_id(c, stack)
    scope = c.ResourceServerScope(scope_name="admin", scope_description="Admin")
    server = pool.add_resource_server("Api", identifier="admin-api", scopes=[scope])
    client = pool.add_client(
        "Client",
        generate_secret=True,
        o_auth={
            "flows": {"client_credentials": True},
            "scopes": [c.OAuthScope.resource_server(server, scope)],
        },
    )
    return [_server_attributes(server), client_attributes(client)]


@case("resource-server-on-real-pool")
def _rs_real_pool(c: Any, stack: core.Stack) -> Any:
    server = c.UserPoolResourceServer(stack, "Api", user_pool=real_pool(c, stack), identifier="api")
    return _server_attributes(server)


@case("resource-server-of-real-pool-scope-for-our-client")
def _rs_real_pool_ref_server(c: Any, stack: core.Stack) -> Any:
    pool = real_pool(c, stack)
    scope = ref.ResourceServerScope(scope_name="read", scope_description="Read")
    server = pool.add_resource_server("Api", identifier="api", scopes=[scope])
    client = c.UserPoolClient(
        stack, "Client", user_pool=pool, o_auth={"scopes": [c.OAuthScope.resource_server(server, scope)]}
    )
    return client_attributes(client)


@case("resource-server-import")
def _rs_import(c: Any, stack: core.Stack) -> Any:
    server = c.UserPoolResourceServer.from_user_pool_resource_server_id(stack, "Api", "orders")
    return [server.user_pool_resource_server_id, server.node.path, server.env.region]


@case("resource-server-scope-attributes")
def _rs_scope_attributes(c: Any, stack: core.Stack) -> Any:
    scope = c.ResourceServerScope(scope_name="", scope_description="")
    return [scope.scope_name, scope.scope_description]


# --------------------------------------------------------------------------------------------------
# Imported clients, several clients, nesting, cross-stack
# --------------------------------------------------------------------------------------------------


@case("client-import")
def _client_import(c: Any, stack: core.Stack) -> Any:
    client = c.UserPoolClient.from_user_pool_client_id(stack, "Imported", "abc123")
    return [client.user_pool_client_id, client.node.path, client.env.account]


@case("client-import-token")
def _client_import_token(c: Any, stack: core.Stack) -> Any:
    client = c.UserPoolClient.from_user_pool_client_id(stack, "Imported", core.Fn.import_value("ClientId"))
    core.CfnOutput(stack, "Out", value=client.user_pool_client_id)
    return client.user_pool_client_id


@case("clients-several-in-stack")
def _clients_several(c: Any, stack: core.Stack) -> Any:
    pool = pool_by_id(c, stack)
    first = c.UserPoolClient(stack, "First", user_pool=pool, user_pool_client_name="first")
    second = pool.add_client("Second", disable_o_auth=True)
    third = c.UserPoolClient(
        stack, "Third", user_pool=pool, o_auth={"flows": {"client_credentials": True}}, generate_secret=True
    )
    core.CfnOutput(stack, "FirstId", value=first.user_pool_client_id)
    return [client_attributes(first), client_attributes(second), client_attributes(third)]


@case("clients-on-two-pools")
def _clients_two_pools(c: Any, stack: core.Stack) -> Any:
    by_id = pool_by_id(c, stack)
    by_arn = c.UserPool.from_user_pool_arn(stack, "Other", POOL_ARN)
    return [client_attributes(by_id.add_client("A")), client_attributes(by_arn.add_client("A"))]


@case("clients-nested-constructs")
def _clients_nested(c: Any, stack: core.Stack) -> Any:
    outer = core.Construct(stack, "Outer")
    inner = core.Construct(outer, "Inner")
    pool = c.UserPool.from_user_pool_id(inner, "Pool", POOL_ID)
    client = c.UserPoolClient(inner, "Client", user_pool=pool)
    deep = pool.add_client("Deep")
    return [client.node.path, deep.node.path, client_attributes(client), client_attributes(deep)]


@case("clients-id-with-slash-and-unicode")
def _clients_odd_ids(c: Any, stack: core.Stack) -> Any:
    pool = pool_by_id(c, stack)
    first = c.UserPoolClient(stack, "a/b", user_pool=pool)
    second = c.UserPoolClient(stack, "Клиент", user_pool=pool)
    return [first.node.path, second.node.path, first.user_pool_client_id, second.user_pool_client_id]


@case("clients-cross-stack-real-pool")
def _clients_cross_stack(c: Any, stack: core.Stack) -> Any:
    pool = real_pool(c, stack)
    other = core.Stack(stack.node.root, "S2")
    client = c.UserPoolClient(other, "Client", user_pool=pool)
    return client.user_pool_client_id


@case("clients-cross-stack-resource-server")
def _clients_cross_stack_rs(c: Any, stack: core.Stack) -> Any:
    pool = pool_by_id(c, stack)
    scope = c.ResourceServerScope(scope_name="s", scope_description="d")
    server = c.UserPoolResourceServer(stack, "Api", user_pool=pool, identifier="api", scopes=[scope])
    other = core.Stack(stack.node.root, "S2")
    client = c.UserPoolClient(
        other, "Client", user_pool=pool, o_auth={"scopes": [c.OAuthScope.resource_server(server, scope)]}
    )
    return client_attributes(client)


@case("clients-cross-stack-real-pool-with-idp")
def _clients_cross_stack_idp(c: Any, stack: core.Stack) -> Any:
    pool = real_pool_with_google(c, stack)
    other = core.Stack(stack.node.root, "S2")
    return client_attributes(c.UserPoolClient(other, "Client", user_pool=pool))


@case("clients-cross-stack-callback-url")
def _clients_cross_stack_callback(c: Any, stack: core.Stack) -> Any:
    topic = core.CfnResource(stack, "Site", type="AWS::S3::Bucket")
    other = core.Stack(stack.node.root, "S2")
    pool = c.UserPool.from_user_pool_id(other, "Pool", POOL_ID)
    url = f"https://{topic.get_att('DomainName').to_string()}/cb"
    return client_attributes(pool.add_client("Client", o_auth={"callback_urls": [url]}))


@case("clients-cross-stack-client-name")
def _clients_cross_stack_name(c: Any, stack: core.Stack) -> Any:
    param = core.CfnParameter(stack, "Name")
    other = core.Stack(stack.node.root, "S2")
    pool = c.UserPool.from_user_pool_id(other, "Pool", POOL_ID)
    return pool.add_client("Client", user_pool_client_name=param.value_as_string).user_pool_client_name


@case("client-node-and-resource-attributes")
def _client_node(c: Any, stack: core.Stack) -> Any:
    client = pool_by_id(c, stack).add_client("Client")
    child = client.node.default_child
    return [
        client.node.id,
        client.node.path,
        [x.node.id for x in client.node.children],
        child.node.path,
        child.cfn_resource_type,
        child.logical_id,
        child.ref,
        child.get_att("ClientSecret"),
        stack.get_logical_id(child),
        client.env.account,
        client.env.region,
        client.stack.stack_name,
    ]


@case("client-output-and-reference")
def _client_outputs(c: Any, stack: core.Stack) -> Any:
    client = pool_by_id(c, stack).add_client("Client", user_pool_client_name="n")
    core.CfnOutput(stack, "Id", value=client.user_pool_client_id)
    core.CfnOutput(stack, "Name", value=client.user_pool_client_name)
    return None


@case("tags-do-not-apply")
def _tags(c: Any, stack: core.Stack) -> Any:
    core.Tags.of(stack).add("team", "identity")
    pool = pool_by_id(c, stack)
    pool.add_client("Client")
    pool.add_resource_server("Api", identifier="api")
    return None


@case("path-metadata-enabled", app_context={"aws:cdk:enable-path-metadata": True})
def _path_metadata(c: Any, stack: core.Stack) -> Any:
    pool = pool_by_id(c, stack)
    pool.add_client("Client")
    c.UserPoolResourceServer(stack, "Api", user_pool=pool, identifier="api")
    return None


@case("version-reporting-enabled", app_context={"aws:cdk:version-reporting": True}, xfail=ANALYTICS)
def _version_reporting(c: Any, stack: core.Stack) -> Any:
    pool_by_id(c, stack).add_client("Client")
    return None


# --------------------------------------------------------------------------------------------------
# Escape hatches
# --------------------------------------------------------------------------------------------------


def hatch_case(
    case_id: str,
    edit: Callable[[Any, core.Stack], None],
    kwargs: Kwargs = None,
    *,
    xfail: str | None = None,
) -> None:
    """Build a client, snapshot its template, apply ``edit(default_child, stack)``; compare both templates."""

    def run(c: Any, stack: core.Stack) -> Any:
        options = kwargs(c, stack) if callable(kwargs) else dict(kwargs or {})
        client = c.UserPoolClient(stack, "Client", user_pool=pool_by_id(c, stack), **options)
        before = template_of(stack)
        edit(client.node.default_child, stack)
        return {"before": before, "after": template_of(stack)}

    case(f"hatch-{case_id}", xfail=xfail)(run)


_DURATIONS_SET = {"access_token_validity": minutes(10), "refresh_token_validity": core.Duration.days(1)}

hatch_case(
    "override-present-client-name",
    lambda d, s: d.add_property_override("ClientName", "new"),
    {"user_pool_client_name": "old"},
)
hatch_case(
    "override-absent-client-name",
    lambda d, s: d.add_property_override("ClientName", "new"),
    xfail=ABSENT_KEY_ORDER,
)
hatch_case(
    "override-absent-auth-session-validity",
    lambda d, s: d.add_property_override("AuthSessionValidity", 3),
    xfail=ABSENT_KEY_ORDER,
)
hatch_case(
    "override-absent-default-redirect",
    lambda d, s: d.add_property_override("DefaultRedirectURI", "https://r"),
    xfail=ABSENT_KEY_ORDER,
)
hatch_case(
    "override-absent-first-key-order",
    lambda d, s: d.add_property_override("AccessTokenValidity", 7),
    xfail=ABSENT_KEY_ORDER,
)
hatch_case(
    "override-absent-callbacks-of-disabled-client",
    lambda d, s: d.add_property_override("CallbackURLs", ["https://x"]),
    {"disable_o_auth": True},
    xfail=ABSENT_KEY_ORDER,
)
hatch_case(
    "override-absent-last-key",
    lambda d, s: d.add_property_override("WriteAttributes", ["email"]),
)
hatch_case(
    "override-absent-token-validity-units-before-write-attributes",
    lambda d, s: d.add_property_override("TokenValidityUnits.IdToken", "hours"),
    lambda c, s: {"write_attributes": c.ClientAttributes().with_standard_attributes(email=True)},
    xfail=ABSENT_KEY_ORDER,
)
hatch_case(
    "override-non-l1-key",
    lambda d, s: d.add_property_override("RefreshTokenRotation", {"Feature": "ENABLED"}),
)
hatch_case(
    "override-non-l1-nested-key",
    lambda d, s: d.add_property_override("RefreshTokenRotation.Feature", "ENABLED"),
)
hatch_case("override-user-pool-id", lambda d, s: d.add_property_override("UserPoolId", "other"))
hatch_case("override-whole-list", lambda d, s: d.add_property_override("CallbackURLs", ["https://n"]))
hatch_case("override-to-null", lambda d, s: d.add_property_override("AllowedOAuthScopes", None))
hatch_case(
    "override-token-validity-units-present",
    lambda d, s: d.add_property_override("TokenValidityUnits.IdToken", "hours"),
    _DURATIONS_SET,
    xfail=ABSENT_KEY_ORDER,
)
hatch_case(
    "override-token-validity-units-replace-present",
    lambda d, s: d.add_property_override("TokenValidityUnits.AccessToken", "seconds"),
    _DURATIONS_SET,
)
hatch_case(
    "override-token-validity-units-absent",
    lambda d, s: d.add_property_override("TokenValidityUnits.IdToken", "hours"),
)
hatch_case(
    "override-analytics-configuration-absent",
    lambda d, s: d.add_property_override("AnalyticsConfiguration.ApplicationId", "app"),
    xfail=ABSENT_KEY_ORDER,
)
hatch_case(
    "override-list-index-0",
    lambda d, s: d.add_property_override("CallbackURLs.0", "https://patched"),
)
hatch_case(
    "override-list-index-append",
    lambda d, s: d.add_property_override("AllowedOAuthScopes.5", "extra"),
)
hatch_case("delete-list-index-0", lambda d, s: d.add_property_deletion_override("CallbackURLs.0"))
hatch_case("delete-present", lambda d, s: d.add_property_deletion_override("AllowedOAuthFlowsUserPoolClient"))
hatch_case("delete-user-pool-id", lambda d, s: d.add_property_deletion_override("UserPoolId"))
hatch_case("delete-absent", lambda d, s: d.add_property_deletion_override("ClientName"))
hatch_case(
    "delete-nested-token-validity-unit",
    lambda d, s: d.add_property_deletion_override("TokenValidityUnits.RefreshToken"),
    _DURATIONS_SET,
)
hatch_case(
    "delete-only-token-validity-unit",
    lambda d, s: d.add_property_deletion_override("TokenValidityUnits.AccessToken"),
    {"access_token_validity": minutes(10)},
    xfail=EMPTY_NESTED_DELETE,
)
hatch_case(
    "delete-all-token-validity-units",
    lambda d, s: (
        d.add_property_deletion_override("TokenValidityUnits.AccessToken"),
        d.add_property_deletion_override("TokenValidityUnits.RefreshToken"),
    ),
    _DURATIONS_SET,
    xfail=EMPTY_NESTED_DELETE,
)
hatch_case(
    "delete-whole-token-validity-units",
    lambda d, s: d.add_property_deletion_override("TokenValidityUnits"),
    _DURATIONS_SET,
)
hatch_case(
    "override-then-delete",
    lambda d, s: (d.add_property_override("ClientName", "x"), d.add_property_deletion_override("ClientName")),
)
hatch_case(
    "delete-then-override",
    lambda d, s: (
        d.add_property_deletion_override("SupportedIdentityProviders"),
        d.add_property_override("SupportedIdentityProviders", ["X"]),
    ),
)
hatch_case(
    "raw-override-properties-key",
    lambda d, s: d.add_override("Properties.GenerateSecret", True),
    xfail=ABSENT_KEY_ORDER,
)
hatch_case(
    "raw-override-properties-present-key",
    lambda d, s: d.add_override("Properties.GenerateSecret", True),
    {"generate_secret": False},
)
hatch_case(
    "raw-override-whole-properties",
    lambda d, s: d.add_override("Properties", {"Foo": 1}),
)
hatch_case("raw-delete-whole-properties", lambda d, s: d.add_deletion_override("Properties"))
hatch_case("raw-override-type", lambda d, s: d.add_override("Type", "AWS::Cognito::Other"))
hatch_case("raw-override-update-policy", lambda d, s: d.add_override("UpdateReplacePolicy", "Retain"))
hatch_case("removal-policy-retain", lambda d, s: d.apply_removal_policy(core.RemovalPolicy.RETAIN))
hatch_case("removal-policy-snapshot", lambda d, s: d.apply_removal_policy(core.RemovalPolicy.SNAPSHOT))
hatch_case("removal-policy-destroy", lambda d, s: d.apply_removal_policy(core.RemovalPolicy.DESTROY))
hatch_case("metadata", lambda d, s: d.add_metadata("cfn_nag", {"rules_to_suppress": [{"id": "W1"}]}))
hatch_case(
    "condition",
    lambda d, s: setattr(
        d.cfn_options,
        "condition",
        core.CfnCondition(s, "IsProd", expression=core.Fn.condition_equals("a", "b")),
    ),
)
hatch_case("override-logical-id", lambda d, s: d.override_logical_id("MyClient"))
hatch_case(
    "deletion-policy-option",
    lambda d, s: setattr(d.cfn_options, "deletion_policy", core.CfnDeletionPolicy.RETAIN),
)
hatch_case(
    "depends-on-cfn-resource",
    lambda d, s: d.add_depends_on(core.CfnResource(s, "Other", type="AWS::SNS::Topic")),
)


@case("hatch-depends-on-between-clients")
def _hatch_depends_clients(c: Any, stack: core.Stack) -> Any:
    pool = pool_by_id(c, stack)
    first = pool.add_client("First")
    second = pool.add_client("Second")
    second.node.default_child.add_depends_on(first.node.default_child)
    return None


@case("hatch-node-dependency-on-resource-server")
def _hatch_node_dependency(c: Any, stack: core.Stack) -> Any:
    pool = pool_by_id(c, stack)
    client = pool.add_client("Client")
    server = pool.add_resource_server("Api", identifier="api")
    client.node.add_dependency(server)
    return None


@case("hatch-construct-removal-policy")
def _hatch_construct_removal(c: Any, stack: core.Stack) -> Any:
    client = pool_by_id(c, stack).add_client("Client")
    client.apply_removal_policy(core.RemovalPolicy.RETAIN)
    return None


@case("hatch-resource-server-override")
def _hatch_resource_server(c: Any, stack: core.Stack) -> Any:
    server = c.UserPoolResourceServer(stack, "Api", user_pool=pool_by_id(c, stack), identifier="api")
    server.node.default_child.add_property_override("Name", "renamed")
    server.node.default_child.add_property_override("Scopes", [{"ScopeName": "a", "ScopeDescription": "b"}])
    return server.node.default_child.cfn_resource_type


@case("hatch-l1-typed-setter", xfail=L1_ATTRIBUTES)
def _hatch_l1_setter(c: Any, stack: core.Stack) -> Any:
    client = pool_by_id(c, stack).add_client("Client")
    client.node.default_child.auth_session_validity = 3
    return None


@case("hatch-l1-typed-getter", xfail=L1_ATTRIBUTES)
def _hatch_l1_getter(c: Any, stack: core.Stack) -> Any:
    client = pool_by_id(c, stack).add_client("Client", user_pool_client_name="n")
    return client.node.default_child.client_name


# --------------------------------------------------------------------------------------------------
# Attribute errors
# --------------------------------------------------------------------------------------------------


@case("name-getter-unset-raises")
def _name_getter(c: Any, stack: core.Stack) -> Any:
    return pool_by_id(c, stack).add_client("Client").user_pool_client_name


# --------------------------------------------------------------------------------------------------
# Type errors and other rejected input
# --------------------------------------------------------------------------------------------------

_BAD_KWARGS: dict[str, Kwargs] = {
    "generate-secret-str": {"generate_secret": "yes"},
    "generate-secret-int": {"generate_secret": 1},
    "disable-oauth-str": {"disable_o_auth": "true"},
    "prevent-errors-int": {"prevent_user_existence_errors": 0},
    "token-revocation-str": {"enable_token_revocation": "false"},
    "name-int": {"user_pool_client_name": 5},
    "name-bytes": {"user_pool_client_name": b"name"},
    "duration-int": {"id_token_validity": 5},
    "duration-str": {"refresh_token_validity": "30d"},
    "auth-flows-str": {"auth_flows": "user_srp"},
    "auth-flows-list": {"auth_flows": ["user_srp"]},
    "auth-flows-unknown-key": {"auth_flows": {"srp": True}},
    "auth-flows-value-str": {"auth_flows": {"user_srp": "yes"}},
    "auth-flows-value-int": {"auth_flows": {"custom": 1}},
    "o-auth-str": {"o_auth": "code"},
    "o-auth-list": {"o_auth": [1]},
    "o-auth-unknown-key": {"o_auth": {"callback": ["u"]}},
    "o-auth-camel-case-key": {"o_auth": {"callbackUrls": ["u"]}},
    "flows-str": {"o_auth": {"flows": "code"}},
    "flows-unknown-key": {"o_auth": {"flows": {"code": True}}},
    "flows-value-str": {"o_auth": {"flows": {"client_credentials": "yes"}}},
    "callbacks-bare-str": {"o_auth": {"callback_urls": "https://x"}},
    "callbacks-int-element": {"o_auth": {"callback_urls": ["https://x", 1]}},
    "callbacks-none-element": {"o_auth": {"callback_urls": [None]}},
    "logout-bare-str": {"o_auth": {"logout_urls": "https://x"}},
    "logout-int-element": {"o_auth": {"logout_urls": [3]}},
    "scopes-str-elements": {"o_auth": {"scopes": ["openid"]}},
    "scopes-bare-str": {"o_auth": {"scopes": "openid"}},
    "scopes-none-element": {"o_auth": {"scopes": [None]}},
    "idps-bare-str": {"supported_identity_providers": "COGNITO"},
    "idps-str-elements": {"supported_identity_providers": ["COGNITO"]},
    "read-attributes-list": {"read_attributes": ["email"]},
    "write-attributes-str": {"write_attributes": "email"},
    "flows-wrong-struct": lambda c, s: {"o_auth": {"flows": c.AuthFlow(user_srp=True)}},
    "auth-flows-wrong-struct": lambda c, s: {"auth_flows": c.OAuthFlows()},
    "o-auth-wrong-struct": lambda c, s: {"o_auth": c.AuthFlow()},
    "scopes-class-not-instance": lambda c, s: {"o_auth": {"scopes": [c.OAuthScope]}},
    "read-attributes-class": lambda c, s: {"read_attributes": c.ClientAttributes},
    "duration-class": {"access_token_validity": core.Duration},
}
for _name, _kwargs in _BAD_KWARGS.items():
    client_case(f"bad-{_name}", _kwargs)

client_case("bad-callbacks-tuple", {"o_auth": {"callback_urls": ("https://x",)}}, xfail=TUPLE_ACCEPTED)
client_case(
    "bad-scopes-tuple", lambda c, s: {"o_auth": {"scopes": (c.OAuthScope.PHONE,)}}, xfail=TUPLE_ACCEPTED
)
client_case(
    "bad-idps-tuple",
    lambda c, s: {"supported_identity_providers": (c.UserPoolClientIdentityProvider.COGNITO,)},
    xfail=TUPLE_ACCEPTED,
)


@case("bad-unknown-kwarg")
def _bad_unknown_kwarg(c: Any, stack: core.Stack) -> Any:
    return c.UserPoolClient(stack, "Client", user_pool=pool_by_id(c, stack), callback_urls=["x"])


@case("bad-missing-user-pool")
def _bad_missing_pool(c: Any, stack: core.Stack) -> Any:
    return c.UserPoolClient(stack, "Client")


@case("bad-user-pool-none")
def _bad_pool_none(c: Any, stack: core.Stack) -> Any:
    return c.UserPoolClient(stack, "Client", user_pool=None)


@case("bad-user-pool-str")
def _bad_pool_str(c: Any, stack: core.Stack) -> Any:
    return c.UserPoolClient(stack, "Client", user_pool="us-east-1_AbC123")


@case("bad-user-pool-stack")
def _bad_pool_stack(c: Any, stack: core.Stack) -> Any:
    return c.UserPoolClient(stack, "Client", user_pool=stack)


@case("bad-user-pool-plain-object")
def _bad_pool_object(c: Any, stack: core.Stack) -> Any:
    return c.UserPoolClient(stack, "Client", user_pool=object())


@case("bad-scope-none")
def _bad_scope_none(c: Any, stack: core.Stack) -> Any:
    return c.UserPoolClient(None, "Client", user_pool=pool_by_id(c, stack))


@case("bad-id-int")
def _bad_id_int(c: Any, stack: core.Stack) -> Any:
    return c.UserPoolClient(stack, 7, user_pool=pool_by_id(c, stack))


@case("bad-id-empty")
def _bad_id_empty(c: Any, stack: core.Stack) -> Any:
    return c.UserPoolClient(stack, "", user_pool=pool_by_id(c, stack))


@case("bad-client-outside-stack", xfail=CLASS_NAME_IN_MESSAGE)
def _bad_client_outside_stack(c: Any, stack: core.Stack) -> Any:
    return c.UserPoolClient(stack.node.root, "Client", user_pool=pool_by_id(c, stack))


@case("bad-duplicate-client-id")
def _bad_duplicate_client(c: Any, stack: core.Stack) -> Any:
    pool = pool_by_id(c, stack)
    c.UserPoolClient(stack, "Client", user_pool=pool)
    return c.UserPoolClient(stack, "Client", user_pool=pool)


@case("bad-duplicate-resource-server-id")
def _bad_duplicate_rs(c: Any, stack: core.Stack) -> Any:
    pool = pool_by_id(c, stack)
    c.UserPoolResourceServer(stack, "Api", user_pool=pool, identifier="a")
    return c.UserPoolResourceServer(stack, "Api", user_pool=pool, identifier="b")


@case("bad-duplicate-pool-id")
def _bad_duplicate_pool(c: Any, stack: core.Stack) -> Any:
    pool_by_id(c, stack)
    return pool_by_arn(c, stack)


@case("bad-duplicate-client-import-id")
def _bad_duplicate_client_import(c: Any, stack: core.Stack) -> Any:
    c.UserPoolClient.from_user_pool_client_id(stack, "X", "a")
    return c.UserPoolClient.from_user_pool_client_id(stack, "X", "b")


@case("bad-duplicate-resource-server-import-id")
def _bad_duplicate_rs_import(c: Any, stack: core.Stack) -> Any:
    c.UserPoolResourceServer.from_user_pool_resource_server_id(stack, "X", "a")
    return c.UserPoolResourceServer.from_user_pool_resource_server_id(stack, "X", "b")


@case("bad-duplicate-provider-import-id")
def _bad_duplicate_provider_import(c: Any, stack: core.Stack) -> Any:
    c.UserPoolIdentityProvider.from_provider_name(stack, "X", "a")
    return c.UserPoolIdentityProvider.from_provider_name(stack, "X", "b")


@case("bad-duplicate-add-client-id", xfail=CLASS_NAME_IN_MESSAGE)
def _bad_duplicate_add_client(c: Any, stack: core.Stack) -> Any:
    pool = pool_by_id(c, stack)
    pool.add_client("Client")
    return pool.add_client("Client")


@case("bad-duplicate-add-resource-server-id", xfail=CLASS_NAME_IN_MESSAGE)
def _bad_duplicate_add_rs(c: Any, stack: core.Stack) -> Any:
    pool = pool_by_id(c, stack)
    pool.add_resource_server("Api", identifier="a")
    return pool.add_resource_server("Api", identifier="a")


@case("bad-duplicate-child-of-client", xfail=CLASS_NAME_IN_MESSAGE)
def _bad_duplicate_child(c: Any, stack: core.Stack) -> Any:
    client = pool_by_id(c, stack).add_client("Client")
    return core.Construct(client, "Resource")


@case("bad-add-client-user-pool-kwarg")
def _bad_add_client_pool(c: Any, stack: core.Stack) -> Any:
    return pool_by_id(c, stack).add_client("Client", user_pool=None)


@case("bad-add-client-unknown-kwarg")
def _bad_add_client_kwarg(c: Any, stack: core.Stack) -> Any:
    return pool_by_id(c, stack).add_client("Client", name="x")


@case("bad-add-client-disable-with-oauth")
def _bad_add_client_disable(c: Any, stack: core.Stack) -> Any:
    return pool_by_id(c, stack).add_client("Client", disable_o_auth=True, o_auth={})


_ADD_CLIENT_VALUE_ERRORS: dict[str, dict[str, Any]] = {
    "empty-callbacks": {"o_auth": {"callback_urls": []}},
    "cc-with-code": {"o_auth": {"flows": {"client_credentials": True, "authorization_code_grant": True}}},
    "id-token-too-short": {"id_token_validity": minutes(1)},
    "refresh-too-long": {"refresh_token_validity": core.Duration.days(4000)},
    "access-above-refresh": {"access_token_validity": minutes(90), "refresh_token_validity": minutes(60)},
    "fractional-minutes": {"id_token_validity": core.Duration.seconds(330)},
}
for _name, _kwargs in _ADD_CLIENT_VALUE_ERRORS.items():

    def _add_client_error(c: Any, stack: core.Stack, kwargs: dict[str, Any] = _kwargs) -> Any:
        return pool_by_id(c, stack).add_client("Client", **kwargs)

    case(f"bad-add-client-{_name}")(_add_client_error)


@case("bad-add-client-name-getter-unset")
def _bad_add_client_name_getter(c: Any, stack: core.Stack) -> Any:
    return pool_by_id(c, stack).add_client("Client").user_pool_client_name


@case("bad-add-client-outside-stack")
def _bad_add_client_outside_stack(c: Any, stack: core.Stack) -> Any:
    return c.UserPool.from_user_pool_id(stack.node.root, "Pool", POOL_ID).add_client("Client")


@case("bad-from-user-pool-id-none")
def _bad_from_id_none(c: Any, stack: core.Stack) -> Any:
    return c.UserPool.from_user_pool_id(stack, "Pool", None)


@case("bad-from-user-pool-arn-int")
def _bad_from_arn_int(c: Any, stack: core.Stack) -> Any:
    return c.UserPool.from_user_pool_arn(stack, "Pool", 5)


@case("bad-from-user-pool-client-id-none")
def _bad_client_import_none(c: Any, stack: core.Stack) -> Any:
    return c.UserPoolClient.from_user_pool_client_id(stack, "X", None)


@case("bad-register-identity-provider-str")
def _bad_register_idp(c: Any, stack: core.Stack) -> Any:
    return pool_by_id(c, stack).register_identity_provider("Okta")


@case("bad-resource-server-scope-for-server-none")
def _bad_rs_scope_server(c: Any, stack: core.Stack) -> Any:
    return c.OAuthScope.resource_server(None, c.ResourceServerScope(scope_name="a", scope_description="b"))


@case("bad-resource-server-scope-none")
def _bad_rs_scope_scope(c: Any, stack: core.Stack) -> Any:
    server = c.UserPoolResourceServer.from_user_pool_resource_server_id(stack, "Api", "api")
    return c.OAuthScope.resource_server(server, None)


@case("bad-resource-server-identifier-none")
def _bad_rs_identifier(c: Any, stack: core.Stack) -> Any:
    return c.UserPoolResourceServer(stack, "Api", user_pool=pool_by_id(c, stack), identifier=None)


@case("bad-resource-server-missing-identifier")
def _bad_rs_missing_identifier(c: Any, stack: core.Stack) -> Any:
    return pool_by_id(c, stack).add_resource_server("Api")


@case("bad-resource-server-scopes-str")
def _bad_rs_scopes_str(c: Any, stack: core.Stack) -> Any:
    return c.UserPoolResourceServer(
        stack, "Api", user_pool=pool_by_id(c, stack), identifier="a", scopes="read"
    )


@case("bad-resource-server-scopes-dicts")
def _bad_rs_scopes_dicts(c: Any, stack: core.Stack) -> Any:
    return c.UserPoolResourceServer(
        stack,
        "Api",
        user_pool=pool_by_id(c, stack),
        identifier="a",
        scopes=[{"scope_name": "a", "scope_description": "b"}],
    )


@case("bad-resource-server-user-pool-none")
def _bad_rs_pool_none(c: Any, stack: core.Stack) -> Any:
    return c.UserPoolResourceServer(stack, "Api", user_pool=None, identifier="a")


@case("bad-resource-server-scope-name-none")
def _bad_rs_scope_name(c: Any, stack: core.Stack) -> Any:
    return c.ResourceServerScope(scope_name=None, scope_description="d")


@case("bad-resource-server-scope-missing-description")
def _bad_rs_scope_description(c: Any, stack: core.Stack) -> Any:
    return c.ResourceServerScope(scope_name="a")


@case("bad-oauth-scope-custom-none")
def _bad_scope_custom(c: Any, stack: core.Stack) -> Any:
    return c.OAuthScope.custom(None)


@case("bad-oauth-scope-custom-int")
def _bad_scope_custom_int(c: Any, stack: core.Stack) -> Any:
    return c.OAuthScope.custom(3)


@case("bad-idp-custom-none")
def _bad_idp_custom(c: Any, stack: core.Stack) -> Any:
    return c.UserPoolClientIdentityProvider.custom(None)


@case("bad-standard-attribute-str")
def _bad_standard_attribute(c: Any, stack: core.Stack) -> Any:
    return c.ClientAttributes().with_standard_attributes(email="yes")


@case("bad-standard-attribute-unknown")
def _bad_standard_attribute_unknown(c: Any, stack: core.Stack) -> Any:
    return c.ClientAttributes().with_standard_attributes(name=True)


@case("bad-custom-attribute-int")
def _bad_custom_attribute(c: Any, stack: core.Stack) -> Any:
    return c.ClientAttributes().with_custom_attributes("ok", 5)


@case("bad-custom-attribute-none")
def _bad_custom_attribute_none(c: Any, stack: core.Stack) -> Any:
    return c.ClientAttributes().with_custom_attributes(None)


@case("bad-oauth-flows-struct-value")
def _bad_oauth_flows(c: Any, stack: core.Stack) -> Any:
    return c.OAuthFlows(implicit_code_grant="yes")


@case("bad-oauth-settings-unknown-kwarg")
def _bad_oauth_settings(c: Any, stack: core.Stack) -> Any:
    return c.OAuthSettings(callback=["x"])


@case("bad-auth-flow-struct-value")
def _bad_auth_flow(c: Any, stack: core.Stack) -> Any:
    return c.AuthFlow(user_srp=1)


@case("bad-duration-negative")
def _bad_duration_negative(c: Any, stack: core.Stack) -> Any:
    return pool_by_id(c, stack).add_client("Client", id_token_validity=minutes(-1))


# --------------------------------------------------------------------------------------------------


def test_case_count() -> None:
    assert len(CASES) >= 120


@pytest.mark.parametrize("parity_case", CASES)
def test_parity(parity_case: Callable[[Any, core.Stack], Any]) -> None:
    assert_parity(parity_case, key_order_only=getattr(parity_case, "key_order_only", False))


# --------------------------------------------------------------------------------------------------
# The harness itself: it must notice every kind of difference it is meant to catch.
# --------------------------------------------------------------------------------------------------


def _ok(templates: str, value: Any = None) -> Outcome:
    return Outcome("x", templates=templates, value=value)


def _raised(exc: BaseException, phase: str = "build") -> Outcome:
    return Outcome("x", error=exc, phase=phase)


class _OurRuntimeTypeError(TypeError, RuntimeError):
    pass


@pytest.mark.parametrize(
    ("reference", "candidate", "at_parity"),
    [
        pytest.param(_ok('{"a": 1}'), _ok('{"a": 1}'), True, id="same-template"),
        pytest.param(_ok('{"a": 1, "b": 2}'), _ok('{"b": 2, "a": 1}'), False, id="key-order"),
        pytest.param(_ok("{}", [1, "x"]), _ok("{}", [1, "x"]), True, id="same-value"),
        pytest.param(_ok("{}", 1), _ok("{}", 1.0), False, id="int-vs-float"),
        pytest.param(_ok("{}", {"a": 1}), _ok("{}", {"a": 1, "b": None}), False, id="extra-key"),
        pytest.param(_raised(RuntimeError("m")), _ok("{}"), False, id="ours-accepts"),
        pytest.param(_ok("{}"), _raised(RuntimeError("m")), False, id="ours-rejects"),
        pytest.param(_raised(RuntimeError("m")), _raised(RuntimeError("m")), True, id="same-error"),
        pytest.param(_raised(RuntimeError("m")), _raised(RuntimeError("n")), False, id="value-error-message"),
        pytest.param(_raised(RuntimeError("m")), _raised(RuntimeError("m"), "synth"), False, id="phase"),
        pytest.param(_raised(RuntimeError("m")), _raised(TypeError("m")), False, id="class"),
        pytest.param(_raised(TypeError("a")), _raised(TypeError("b")), True, id="type-error-message-free"),
        pytest.param(
            _raised(TypeError("a")), _raised(_OurRuntimeTypeError("b")), True, id="type-error-subclass"
        ),
        pytest.param(_raised(AssertionError("a")), _raised(TypeError("a")), False, id="assertion-vs-type"),
        pytest.param(
            _raised(RuntimeError("Passed to parameter props: Unable to deserialize value as X")),
            _raised(_OurRuntimeTypeError("o_auth: expected a list")),
            True,
            id="jsii-type-error-message-free",
        ),
        pytest.param(
            _raised(RuntimeError("Passed to parameter props: Unable to deserialize value as X")),
            _raised(TypeError("o_auth: expected a list")),
            False,
            id="jsii-type-error-needs-runtime-error",
        ),
        pytest.param(
            _raised(RuntimeError("bad ${Token[TOKEN.12]} here")),
            _raised(RuntimeError("bad ${Token[TOKEN.345]} here")),
            True,
            id="token-numbers-masked",
        ),
        pytest.param(
            _raised(RuntimeError("bad ${Token[TOKEN.12]} here")),
            _raised(RuntimeError("bad ${Token[AWS.AccountId.12]} here")),
            False,
            id="token-names-not-masked",
        ),
        pytest.param(
            _ok("{}", [Raised(RuntimeError("m"))]),
            _ok("{}", [Raised(RuntimeError("n"))]),
            False,
            id="attempt",
        ),
        pytest.param(_ok("{}", [Raised(RuntimeError("m"))]), _ok("{}", ["m"]), False, id="attempt-vs-value"),
    ],
)
def test_harness_compare(reference: Outcome, candidate: Outcome, at_parity: bool) -> None:
    assert (compare(reference, candidate) is None) is at_parity


def test_harness_detects_a_module_difference() -> None:
    def differs(c: Any, stack: core.Stack) -> Any:
        pool = pool_by_id(c, stack)
        name = "ref" if c is ref else "ours"
        return c.UserPoolClient(
            stack, "Client", user_pool=pool, user_pool_client_name=name
        ).user_pool_client_name

    with pytest.raises(AssertionError, match="templates differ"):
        assert_parity(differs)


def test_harness_normalises_structs_and_tokens() -> None:
    def flows(c: Any, stack: core.Stack) -> Any:
        client = pool_by_id(c, stack).add_client("Client", o_auth={"flows": {"client_credentials": True}})
        return [client.o_auth_flows, client.user_pool_client_id]

    outcome = run_case(flows, ours, validation="off")
    assert outcome.value == [
        {"$struct": "OAuthFlows", "client_credentials": True},
        {"$resolved": {"Ref": "PoolClient8A3E5EB7"}},
    ]
