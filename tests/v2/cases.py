"""App-client cases in a neutral form, built with aws-cdk-lib v2 (``render_v2.py``) and with cdk_cognito.

A case is ``{"name": str, "props": {...}}`` plus optional ``"read_secret"``/``"import_secret"`` flags.
Props use UserPoolClient's keyword names with JSON values:

* durations (``*_validity``, ``*_grace_period``): ``{"minutes": 5}`` (any ``Duration`` factory name);
* ``auth_flows``: ``AuthFlow``'s fields; ``o_auth``: ``OAuthSettings``'s fields, ``flows`` as a dict and
  ``scopes`` as scope names;
* ``supported_identity_providers``: provider names; ``read_attributes``/``write_attributes``:
  ``{"standard": {mask}, "custom": [names]}``;
* ``analytics``: ``AnalyticsConfiguration``'s fields, ``role`` as a role ARN and ``application`` as
  ``{"cfn_app": logical id}`` (a ``AWS::Pinpoint::App`` defined in the stack).

:func:`render` builds a case with either library, described by a :class:`Library`. This module imports
neither library: ``render_v2.py`` imports it in ``.venv-v2`` and ``test_v2_parity.py`` in the main
virtualenv.
"""

from __future__ import annotations

import builtins
import dataclasses
import random
from collections.abc import Callable
from typing import Any

POOL_ID = "us-east-1_AbC123"
CLIENT_TYPE = "AWS::Cognito::UserPoolClient"
# The app-client props that aws-cdk-lib v2 added to v1's.
NEW_PROPS = (
    "analytics",
    "auth_session_validity",
    "enable_propagate_additional_user_context_data",
    "refresh_token_rotation_grace_period",
)
ROLE_ARN = "arn:aws:iam::123456789012:role/PinpointRole"
APP = {"cfn_app": "App"}
FULL_ANALYTICS = {"application_id": "abc123", "external_id": "ext", "role": ROLE_ARN}


def case(name: str, **props: Any) -> dict[str, Any]:
    return {"name": name, "props": props}


CASES: list[dict[str, Any]] = [
    # Defaults: no new prop given.
    case("defaults"),
    case("v1-props-only", auth_flows={"user_srp": True}, generate_secret=True, user_pool_client_name="c"),
    # auth_session_validity
    case("auth-session-3-minutes", auth_session_validity={"minutes": 3}),
    case("auth-session-15-minutes", auth_session_validity={"minutes": 15}),
    case("auth-session-in-seconds", auth_session_validity={"seconds": 600}),
    case("auth-session-too-short", auth_session_validity={"minutes": 2}),
    case("auth-session-too-long", auth_session_validity={"seconds": 901}),
    case("auth-session-fractional-minutes", auth_session_validity={"seconds": 200}),
    case("auth-session-in-hours", auth_session_validity={"hours": 1}),
    case(
        "auth-session-error-before-token-validity",
        auth_session_validity={"minutes": 1},
        id_token_validity={"minutes": 1},
    ),
    case(
        "auth-session-with-token-validity",
        auth_session_validity={"minutes": 10},
        access_token_validity={"minutes": 30},
        refresh_token_validity={"days": 1},
    ),
    # AuthFlow.user
    case("auth-flow-user", auth_flows={"user": True}),
    case("auth-flow-user-false", auth_flows={"user": False, "user_srp": True}),
    case(
        "auth-flow-all",
        auth_flows={
            "admin_user_password": True,
            "custom": True,
            "user": True,
            "user_password": True,
            "user_srp": True,
        },
    ),
    # default_redirect_uri
    case("redirect-default-callback", o_auth={"default_redirect_uri": "https://example.com"}),
    case(
        "redirect-in-callbacks",
        o_auth={
            "callback_urls": ["https://a.example", "https://b.example"],
            "default_redirect_uri": "https://b.example",
        },
    ),
    case(
        "redirect-not-in-callbacks",
        o_auth={"callback_urls": ["https://a.example"], "default_redirect_uri": "https://b.example"},
    ),
    case("redirect-not-in-default-callbacks", o_auth={"default_redirect_uri": "https://b.example"}),
    case(
        "redirect-with-space",
        o_auth={"callback_urls": ["https://a b"], "default_redirect_uri": "https://a b"},
    ),
    case(
        "redirect-with-tab",
        o_auth={"callback_urls": ["https://a\tb"], "default_redirect_uri": "https://a\tb"},
    ),
    case(
        "redirect-too-long",
        o_auth={"callback_urls": ["https://" + "a" * 1017], "default_redirect_uri": "https://" + "a" * 1017},
    ),
    case(
        "redirect-1024-chars",
        o_auth={"callback_urls": ["https://" + "a" * 1016], "default_redirect_uri": "https://" + "a" * 1016},
    ),
    case(
        "redirect-unicode",
        o_auth={"callback_urls": ["myapp://é/ü€"], "default_redirect_uri": "myapp://é/ü€"},
    ),
    case("redirect-empty", o_auth={"default_redirect_uri": ""}),
    case(
        "redirect-client-credentials-no-callbacks",
        generate_secret=True,
        o_auth={"flows": {"client_credentials": True}, "default_redirect_uri": "https://x.example"},
    ),
    case(
        "redirect-client-credentials-empty-callbacks",
        o_auth={
            "flows": {"client_credentials": True},
            "callback_urls": [],
            "default_redirect_uri": "https://x",
        },
    ),
    case(
        "redirect-empty-callbacks-code-grant",
        o_auth={"callback_urls": [], "default_redirect_uri": "https://x.example"},
    ),
    case("redirect-with-disable-o-auth", disable_o_auth=True, o_auth={"default_redirect_uri": "https://x"}),
    case(
        "redirect-checked-before-flow-combination",
        o_auth={
            "flows": {"client_credentials": True, "implicit_code_grant": True},
            "default_redirect_uri": "https://nope.example",
        },
    ),
    # enable_propagate_additional_user_context_data
    case("propagate-with-secret", generate_secret=True, enable_propagate_additional_user_context_data=True),
    case("propagate-without-secret", enable_propagate_additional_user_context_data=True),
    case(
        "propagate-with-secret-false",
        generate_secret=False,
        enable_propagate_additional_user_context_data=True,
    ),
    case("propagate-false-without-secret", enable_propagate_additional_user_context_data=False),
    case(
        "propagate-error-after-redirect-error",
        enable_propagate_additional_user_context_data=True,
        o_auth={"default_redirect_uri": "https://b.example"},
    ),
    case(
        "propagate-error-before-flow-combination",
        enable_propagate_additional_user_context_data=True,
        o_auth={"flows": {"client_credentials": True, "authorization_code_grant": True}},
    ),
    # refresh_token_rotation_grace_period
    case("rotation-10-seconds", refresh_token_rotation_grace_period={"seconds": 10}),
    case("rotation-0-seconds", refresh_token_rotation_grace_period={"seconds": 0}),
    case("rotation-1-minute", refresh_token_rotation_grace_period={"minutes": 1}),
    case("rotation-too-long", refresh_token_rotation_grace_period={"seconds": 61}),
    case("rotation-fractional-seconds", refresh_token_rotation_grace_period={"millis": 1500}),
    case("rotation-whole-millis", refresh_token_rotation_grace_period={"millis": 3000}),
    case(
        "rotation-drops-refresh-token-auth",
        refresh_token_rotation_grace_period={"seconds": 30},
        auth_flows={"user_srp": True, "user": True},
    ),
    case(
        "rotation-error-after-token-validity-error",
        refresh_token_rotation_grace_period={"minutes": 5},
        access_token_validity={"minutes": 1},
    ),
    case(
        "rotation-with-refresh-validity",
        refresh_token_rotation_grace_period={"seconds": 5},
        refresh_token_validity={"days": 30},
    ),
    # analytics
    case("analytics-ids-and-role", analytics=FULL_ANALYTICS),
    case("analytics-share-user-data", analytics={**FULL_ANALYTICS, "share_user_data": True}),
    case("analytics-share-user-data-false", analytics={**FULL_ANALYTICS, "share_user_data": False}),
    case("analytics-application", analytics={"application": APP}),
    case("analytics-application-share", analytics={"application": APP, "share_user_data": False}),
    case("analytics-application-and-id", analytics={"application": APP, "application_id": "abc"}),
    case("analytics-application-and-role", analytics={"application": APP, "role": ROLE_ARN}),
    case("analytics-application-and-empty-id", analytics={"application": APP, "external_id": ""}),
    case("analytics-only-id", analytics={"application_id": "abc"}),
    case("analytics-missing-role", analytics={"application_id": "abc", "external_id": "x"}),
    case("analytics-empty-id", analytics={**FULL_ANALYTICS, "application_id": ""}),
    case("analytics-empty", analytics={}),
    case("analytics-only-share", analytics={"share_user_data": True}),
    case(
        "analytics-error-after-flow-combination",
        analytics={},
        o_auth={"flows": {"client_credentials": True, "implicit_code_grant": True}},
    ),
    case("analytics-error-before-token-validity", analytics={}, id_token_validity={"minutes": 1}),
    case("analytics-with-disable-o-auth", analytics=FULL_ANALYTICS, disable_o_auth=True),
    # user_pool_client_secret
    {"name": "secret-with-generate-secret", "props": {"generate_secret": True}, "read_secret": True},
    {"name": "secret-without-generate-secret", "props": {}, "read_secret": True},
    {"name": "secret-generate-secret-false", "props": {"generate_secret": False}, "read_secret": True},
    {"name": "secret-of-imported-client", "props": {}, "import_secret": True},
    # Everything at once.
    case(
        "every-prop",
        user_pool_client_name="everything",
        generate_secret=True,
        auth_flows={"user_srp": True, "user": True, "custom": True},
        o_auth={
            "flows": {"authorization_code_grant": True},
            "callback_urls": ["https://app.example/cb", "https://app.example/cb2"],
            "logout_urls": ["https://app.example/out"],
            "scopes": ["email", "orders/read"],
            "default_redirect_uri": "https://app.example/cb2",
        },
        prevent_user_existence_errors=True,
        supported_identity_providers=["COGNITO", "Google"],
        id_token_validity={"minutes": 30},
        access_token_validity={"minutes": 45},
        refresh_token_validity={"days": 7},
        auth_session_validity={"minutes": 7},
        refresh_token_rotation_grace_period={"seconds": 20},
        read_attributes={"standard": {"email": True, "given_name": True}, "custom": ["tier"]},
        write_attributes={"standard": {"given_name": True}},
        enable_token_revocation=True,
        enable_propagate_additional_user_context_data=True,
        analytics={**FULL_ANALYTICS, "share_user_data": True},
    ),
]


def random_cases(seed: int, count: int) -> list[dict[str, Any]]:
    """Seeded combinations of new and v1 props; each risky choice is valid most of the time."""
    rng = random.Random(seed)

    def pick(valid: list[Any], invalid: list[Any]) -> Any:
        return rng.choice(valid if rng.random() < 0.8 else invalid)

    durations = {
        "auth_session_validity": ([{"minutes": m} for m in (3, 5, 15)], [{"minutes": 2}, {"seconds": 200}]),
        "refresh_token_rotation_grace_period": (
            [{"seconds": s} for s in (0, 1, 59, 60)] + [{"minutes": 1}, {"millis": 2000}],
            [{"seconds": 61}, {"millis": 500}],
        ),
        "access_token_validity": ([{"minutes": 60}, {"minutes": 5}], [{"minutes": 4}, {"hours": 2}]),
        "refresh_token_validity": ([{"days": 1}, {"hours": 1}], [{"minutes": 30}]),
    }
    cases = []
    for index in range(count):
        props: dict[str, Any] = {}
        for key, (valid, invalid) in durations.items():
            if rng.random() < 0.4:
                props[key] = pick(valid, invalid)
        if rng.random() < 0.5:
            props["auth_flows"] = {
                name: rng.choice([True, False])
                for name in ("admin_user_password", "custom", "user", "user_password", "user_srp")
                if rng.random() < 0.5
            }
        if rng.random() < 0.5:
            props["generate_secret"] = rng.choice([True, False])
        if rng.random() < 0.4:
            propagate = rng.choice([True, False])
            props["enable_propagate_additional_user_context_data"] = propagate
            if propagate and rng.random() < 0.8:
                props["generate_secret"] = True
        if rng.random() < 0.1:
            props["disable_o_auth"] = rng.choice([True, False])
        if rng.random() < 0.5:
            o_auth: dict[str, Any] = {}
            if rng.random() < 0.4:
                o_auth["flows"] = pick(
                    [
                        {"authorization_code_grant": True},
                        {"implicit_code_grant": True, "client_credentials": False},
                    ],
                    [
                        {"client_credentials": True},
                        {"authorization_code_grant": True, "client_credentials": True},
                    ],
                )
            callbacks = ["https://example.com"]
            if rng.random() < 0.5:
                callbacks = rng.sample(["https://a.example", "https://b.example"], rng.randint(1, 2))
                o_auth["callback_urls"] = pick([callbacks], [[]])
            if rng.random() < 0.6:
                o_auth["default_redirect_uri"] = pick(
                    callbacks, ["https://c.example", "https://a example", ""]
                )
            props["o_auth"] = o_auth
        if rng.random() < 0.3:
            props["analytics"] = pick(
                [{"application": APP}, FULL_ANALYTICS],
                [{"application": APP, "role": ROLE_ARN}, {"application_id": "abc", "external_id": "x"}],
            )
            if rng.random() < 0.5:
                props["analytics"] = {**props["analytics"], "share_user_data": rng.choice([True, False])}
        cases.append({"name": f"random-{seed}-{index}", "props": props, "read_secret": rng.random() < 0.2})
    return cases


ALL_CASES = CASES + random_cases(seed=5, count=200)


# --------------------------------------------------------------------------------------------------
# Building a case with one library
# --------------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Library:
    """What building a case takes from one library.

    ``cognito`` is the module with ``UserPoolClient`` and its structs (``cdk_cognito`` or aws-cdk-lib v2's
    ``aws_cognito``), ``duration`` its ``Duration`` class; ``application(stack, logical_id)`` and
    ``role(stack, role_arn)`` make the values of ``AnalyticsConfiguration``'s ``application`` and ``role``.
    """

    cognito: Any
    duration: Any
    application: Callable[[Any, str], Any]
    role: Callable[[Any, str], Any]


def build_kwargs(lib: Library, stack: Any, props: dict[str, Any]) -> dict[str, Any]:
    """``UserPoolClient``'s keyword arguments for a case's neutral ``props``, made with ``lib``."""
    cognito = lib.cognito
    kwargs: dict[str, Any] = {}
    for key, value in props.items():
        if key.endswith(("_validity", "_grace_period")):
            ((unit, amount),) = value.items()
            kwargs[key] = getattr(lib.duration, unit)(amount)
        elif key == "auth_flows":
            kwargs[key] = cognito.AuthFlow(**value)
        elif key == "o_auth":
            settings = dict(value)
            if "flows" in settings:
                settings["flows"] = cognito.OAuthFlows(**settings["flows"])
            if "scopes" in settings:
                settings["scopes"] = [cognito.OAuthScope.custom(name) for name in settings["scopes"]]
            kwargs[key] = cognito.OAuthSettings(**settings)
        elif key == "supported_identity_providers":
            kwargs[key] = [cognito.UserPoolClientIdentityProvider.custom(name) for name in value]
        elif key in ("read_attributes", "write_attributes"):
            attributes = cognito.ClientAttributes()
            if "standard" in value:
                attributes = attributes.with_standard_attributes(**value["standard"])
            if "custom" in value:
                attributes = attributes.with_custom_attributes(*value["custom"])
            kwargs[key] = attributes
        elif key == "analytics":
            analytics = dict(value)
            if "application" in analytics:  # {"cfn_app": logical id}
                analytics["application"] = lib.application(stack, analytics["application"]["cfn_app"])
            if "role" in analytics:  # a role ARN
                analytics["role"] = lib.role(stack, analytics["role"])
            kwargs[key] = cognito.AnalyticsConfiguration(**analytics)
        else:
            kwargs[key] = value
    return kwargs


def builtin_class(exc: BaseException) -> str:
    """The name of the nearest built-in class in ``exc``'s class hierarchy."""
    for cls in type(exc).__mro__:
        if cls.__module__ == builtins.__name__:
            return cls.__name__
    raise AssertionError(type(exc))  # pragma: no cover


def _secret(client: Any) -> str:
    """``"ok"`` if ``client.user_pool_client_secret`` can be read, else its error's message."""
    try:
        client.user_pool_client_secret  # noqa: B018
    except RuntimeError as error:
        return str(error)
    return "ok"


def render(
    lib: Library, case: dict[str, Any], stack: Any, client_resources: Callable[[], list[dict[str, Any]]]
) -> dict[str, Any]:
    """The result of building ``case`` in ``stack``, in the form ``render_v2.py``'s docstring gives.

    ``client_resources()`` synthesizes the stack and returns its ``AWS::Cognito::UserPoolClient``
    resources; exactly one must be there.
    """
    result: dict[str, Any] = {"name": case["name"]}
    pool = lib.cognito.UserPool.from_user_pool_id(stack, "Pool", POOL_ID)
    try:
        client = lib.cognito.UserPoolClient(
            stack, "Client", user_pool=pool, **build_kwargs(lib, stack, case["props"])
        )
        if case.get("read_secret"):
            result["secret"] = _secret(client)
        if case.get("import_secret"):
            result["import_secret"] = _secret(
                lib.cognito.UserPoolClient.from_user_pool_client_id(stack, "Imported", "abc123")
            )
        resources = client_resources()
    except Exception as error:
        result["error"] = {"class": builtin_class(error), "message": str(error)}
        return result
    (resource,) = resources
    result["properties"] = resource["Properties"]
    return result
