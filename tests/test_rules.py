"""Synth-time rules (issue #3): what Cognito or CloudFormation would reject at deploy time.

Each rule of shared/research/cognito-client-constraints.md is tested with its invalid example and
nearby valid ones, and every false-positive trap of its section 4 is accepted.
"""

from __future__ import annotations

from typing import Any

import pytest
from aws_cdk import assertions, core

import cdk_cognito as cognito
from _support import CLIENT_TYPE, POOL_ID, make_validating_stack, new_validating_stack, pool_of
from cdk_cognito import OAuthFlows, OAuthScope, OAuthSettings, UserPoolClient, ValidationError

CC = OAuthFlows(client_credentials=True)
CODE = OAuthFlows(authorization_code_grant=True)


def build(context: dict[str, Any] | None = None, pool_id: str = POOL_ID, **kwargs: Any) -> core.Stack:
    stack = core.Stack(core.App(context=context or {}), "Stack")
    pool = cognito.UserPool.from_user_pool_id(stack, "Pool", pool_id)
    UserPoolClient(stack, "Client", user_pool=pool, **kwargs)
    return stack


def violations(**kwargs: Any) -> list[tuple[str, str, str]]:
    """(rule, prop, severity) of every finding, errors and warnings, for these client props."""
    stack = build(context={cognito.VALIDATION_CONTEXT_KEY: "warn"}, **kwargs)
    messages = [
        entry.entry.data
        for entry in assertions.Annotations.from_stack(stack).find_warning("*", assertions.Match.any_value())
    ]
    found = []
    for message in messages:
        rule = message.rsplit("[", 1)[1].rstrip("]")
        found.append((rule, message.split(" = ", 1)[0], message))
    return found


def rules_of(**kwargs: Any) -> set[str]:
    return {rule for rule, _, _ in violations(**kwargs)}


def error_rules(**kwargs: Any) -> set[str]:
    try:
        build(**kwargs)
    except ValidationError as error:
        return {violation.rule for violation in error.violations}
    return set()


def callbacks(*urls: str) -> dict[str, Any]:
    return {"o_auth": OAuthSettings(flows=CODE, callback_urls=list(urls))}


# --------------------------------------------------------------------------------------------------
# Each rule: the invalid example and nearby valid ones
# --------------------------------------------------------------------------------------------------

INVALID = [
    ("C1", {"pool_id": "us-east-1abc123"}),
    ("C1", {"pool_id": "us-east-1_" + "a" * 46}),
    ("C2", {"user_pool_client_name": "a" * 129}),
    ("C2", {"user_pool_client_name": ""}),
    ("C3", {"user_pool_client_name": "My App (web)"}),
    ("C3", {"user_pool_client_name": "team/client"}),
    ("C4", callbacks(*[f"https://example.com/{i}" for i in range(101)])),
    ("C4", {"o_auth": OAuthSettings(logout_urls=[f"https://example.com/{i}" for i in range(101)])}),
    ("C5", callbacks("https://example.com/" + "a" * 1005)),
    ("C5", callbacks("")),
    ("C6", callbacks("https://example.com/a b")),
    ("C6", callbacks("https://example.com/\tx")),
    ("C6", callbacks("https://example.com/\u00a0x")),
    ("C6", {"o_auth": OAuthSettings(logout_urls=["https://example.com/a b"])}),
    ("C7", callbacks("http://example.com/cb")),
    ("C7", callbacks("http://localhost.com/")),
    ("C7", callbacks("http://192.168.1.50:5001/cb")),
    ("C7", callbacks("http://127.0.0.1.example.com/")),
    ("C12", {"o_auth": OAuthSettings(flows=CODE, scopes=[OAuthScope.custom("my scope")])}),
    ("C12", {"o_auth": OAuthSettings(flows=CODE, scopes=[OAuthScope.custom('my"scope')])}),
    ("C12", {"o_auth": OAuthSettings(flows=CODE, scopes=[OAuthScope.custom("my\\scope")])}),
    (
        "C12",
        {"o_auth": OAuthSettings(flows=CODE, scopes=[OAuthScope.custom(f"api/s{i}") for i in range(51)])},
    ),
    ("C13", {"o_auth": OAuthSettings(flows=OAuthFlows())}),
    ("C13", {"o_auth": OAuthSettings(flows=CODE, scopes=[])}),
    ("C16", {"o_auth": OAuthSettings(flows=CC, scopes=[OAuthScope.custom("api/read")])}),
    ("C17", {"generate_secret": True, "o_auth": OAuthSettings(flows=CC)}),
    ("C17", {"generate_secret": True, "o_auth": OAuthSettings(flows=CC, scopes=[OAuthScope.EMAIL])}),
    ("C18", {"o_auth": OAuthSettings(flows=CODE, scopes=[OAuthScope.custom("Cognito")])}),
    ("C18", {"o_auth": OAuthSettings(flows=CODE, scopes=[OAuthScope.custom("get-todos")])}),
    ("C20", {"supported_identity_providers": [cognito.UserPoolClientIdentityProvider.custom("A" * 33)]}),
    ("C20", {"supported_identity_providers": [cognito.UserPoolClientIdentityProvider.custom("bad\x00name")]}),
    ("C27", {"read_attributes": cognito.ClientAttributes().with_custom_attributes("a" * 2048)}),
]


@pytest.mark.parametrize(("rule", "kwargs"), INVALID, ids=[f"{r}-{i}" for i, (r, _) in enumerate(INVALID)])
def test_invalid_example_is_refused(rule: str, kwargs: dict[str, Any]) -> None:
    assert rule in error_rules(**kwargs)


VALID = [
    {"pool_id": "us-east-1_AbC123"},
    {"pool_id": "eu-west-1_" + "a" * 45},
    {"user_pool_client_name": "a" * 128},
    {"user_pool_client_name": "a"},
    {"user_pool_client_name": "My App - web_1.0 @x+y=z"},
    {"user_pool_client_name": "tab\tand\nnewline"},
    callbacks(*[f"https://example.com/{i}" for i in range(100)]),
    callbacks("https://www.example.com/redirect/" + "あ" * 991),
    callbacks("https://example.com/a%20b", "https://example.com/😀", "https://example.com/cb?x=1&y=2"),
    callbacks("http://localhost:3000/cb", "http://127.0.0.1:8080/cb", "http://[::1]:8080/cb"),
    callbacks("http://localhost:19006", "http://localhost:19006/", "http://LOCALHOST/cb"),
    callbacks("https://example.com/cb", "myapp://callback", "onewordadayapp://", "exp://localhost:8081"),
    callbacks("com.example.app:/cb", "HTTP://example.com/cb"),
    callbacks("https://example.com/cb", "https://example.com/cb"),
    {"o_auth": OAuthSettings(flows=CODE, scopes=[OAuthScope.custom("my-api/read")])},
    {"o_auth": OAuthSettings(flows=CODE, scopes=[OAuthScope.custom("https://api.example.com/read")])},
    {"o_auth": OAuthSettings(flows=CODE, scopes=[OAuthScope.custom(f"api/s{i}") for i in range(50)])},
    {"o_auth": OAuthSettings(flows=CODE, scopes=[OAuthScope.COGNITO_ADMIN])},
    {"generate_secret": True, "o_auth": OAuthSettings(flows=CC, scopes=[OAuthScope.custom("api/read")])},
    {
        "generate_secret": True,
        "o_auth": OAuthSettings(
            flows=CC, scopes=[OAuthScope.custom("https://api.wellcomecollection.org/storage/v1/bags")]
        ),
    },
    {
        "generate_secret": True,
        "o_auth": OAuthSettings(flows=CC, callback_urls=[], scopes=[OAuthScope.custom("a/b")]),
    },
    {"disable_o_auth": True},
    {"supported_identity_providers": [cognito.UserPoolClientIdentityProvider.custom("あ" * 32)]},
    {"supported_identity_providers": [cognito.UserPoolClientIdentityProvider.custom("My SAML IdP")]},
    {"supported_identity_providers": []},
    {"read_attributes": cognito.ClientAttributes().with_custom_attributes("a" * 2040)},
    {"id_token_validity": core.Duration.minutes(5), "refresh_token_validity": core.Duration.days(3650)},
]


@pytest.mark.parametrize("kwargs", VALID, ids=[f"valid-{i}" for i in range(len(VALID))])
def test_valid_example_is_accepted(kwargs: dict[str, Any]) -> None:
    assert error_rules(**kwargs) == set()


def test_the_default_client_is_valid() -> None:
    assert rules_of() == set()


# --------------------------------------------------------------------------------------------------
# Tokens are never judged as literals
# --------------------------------------------------------------------------------------------------


def test_tokens_anywhere_in_a_value_skip_the_rule() -> None:
    region = core.Aws.REGION
    kwargs = {
        "user_pool_client_name": f"My App ({region})",
        "o_auth": OAuthSettings(
            flows=CODE,
            callback_urls=[f"http://{region}.example.com/cb", core.Fn.import_value("Url")],
            logout_urls=core.Token.as_list(core.Fn.split(",", core.Fn.import_value("Urls"))),
            scopes=[OAuthScope.custom(f"{region} scope")],
        ),
    }
    assert rules_of(**kwargs) == set()
    build(pool_id=core.Fn.import_value("PoolId"), **kwargs)


def test_a_resource_server_scope_is_a_token() -> None:
    stack, pool = make_validating_stack()
    read = cognito.ResourceServerScope(scope_name="read", scope_description="Read")
    server = pool.add_resource_server("Api", identifier="api", scopes=[read])
    pool.add_client(
        "Client",
        generate_secret=True,
        o_auth=OAuthSettings(flows=CC, scopes=[OAuthScope.resource_server(server, read)]),
    )
    assertions.Template.from_stack(stack).resource_count_is(CLIENT_TYPE, 1)


def test_a_token_list_of_callbacks_skips_the_count_and_the_empty_check() -> None:
    urls = core.Token.as_list(core.Fn.split(",", core.Fn.import_value("Urls")))
    assert rules_of(o_auth=OAuthSettings(flows=CODE, callback_urls=urls)) == set()


# --------------------------------------------------------------------------------------------------
# Warnings for the rules the research could not confirm
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "rule"),
    [
        (callbacks("https://a.example/#/cb"), "C9"),
        (callbacks("/callback"), "C9"),
        ({"o_auth": OAuthSettings(logout_urls=["http://example.com/out"])}, "C8"),
        ({"user_pool_client_name": "Müller Client"}, "C3"),
        (callbacks("https://example.com/" + "😀" * 1000), "C5"),
    ],
)
def test_uncertain_rules_warn_and_do_not_fail(kwargs: dict[str, Any], rule: str) -> None:
    assert error_rules(**kwargs) == set()
    stack = build(**kwargs)
    assertions.Annotations.from_stack(stack).has_warning(
        "/Stack/Client", assertions.Match.string_like_regexp(rf"\[{rule}\]$")
    )


def test_logout_urls_may_use_http_on_loopback_and_app_schemes() -> None:
    urls = ["https://example.com/out", "http://localhost:19006/logout", "onewordadayapp://logout"]
    assert rules_of(o_auth=OAuthSettings(logout_urls=urls)) == set()


# --------------------------------------------------------------------------------------------------
# The error: every violation, the construct path, the prop, the value, the rule, the fix
# --------------------------------------------------------------------------------------------------


def test_the_error_reports_every_violation_at_once() -> None:
    with pytest.raises(ValidationError) as info:
        build(
            user_pool_client_name="My App (web)",
            o_auth=OAuthSettings(
                flows=CC,
                callback_urls=["https://ok.example/cb", "https://ok.example/2", "http://example.com/cb"],
            ),
        )
    error = info.value
    assert isinstance(error, ValueError)
    assert isinstance(error, RuntimeError)
    assert error.path == "Stack/Client"
    assert [(v.rule, v.prop) for v in error.violations] == [
        ("C3", "user_pool_client_name"),
        ("C7", "o_auth.callback_urls[2]"),
        ("C16", "generate_secret"),
        ("C17", "o_auth.scopes"),
    ]
    message = str(error)
    assert message.startswith("[Stack/Client] 4 problems that would fail at deploy time:\n")
    assert (
        "  - o_auth.callback_urls[2] = 'http://example.com/cb': a callback URL may use plain http:// only"
        in message
    )
    assert "cannot use the HTTP protocol" in message
    assert "Fix: Use https://, a loopback host, or an app scheme" in message
    assert message.endswith(
        'To synthesize anyway, set the context key "@cdk-cognito/validation" to "warn" or "off".'
    )


def test_long_values_are_truncated_in_the_message() -> None:
    with pytest.raises(ValidationError) as info:
        build(**callbacks("http://example.com/" + "x" * 500))
    line = str(info.value).splitlines()[1]
    assert "..." in line
    assert len(line) < 500


def test_the_prop_path_names_the_index_the_user_wrote() -> None:
    scopes = [OAuthScope.EMAIL, OAuthScope.EMAIL, OAuthScope.custom("get-todos")]
    with pytest.raises(ValidationError) as info:
        build(o_auth=OAuthSettings(flows=CODE, scopes=scopes))
    assert [(v.rule, v.prop, v.value) for v in info.value.violations] == [
        ("C18", "o_auth.scopes[2]", "get-todos")
    ]


def test_default_scopes_with_client_credentials_say_so() -> None:
    with pytest.raises(ValidationError) as info:
        build(generate_secret=True, o_auth=OAuthSettings(flows=CC))
    (violation,) = info.value.violations
    assert violation.rule == "C17"
    assert "With o_auth.scopes unset, the five standard scopes are granted." in violation.message


def test_a_resource_server_on_a_malformed_pool_id_is_refused() -> None:
    stack = new_validating_stack()
    pool = cognito.UserPool.from_user_pool_id(stack, "Pool", "not-a-pool-id")
    with pytest.raises(ValidationError, match=r"\[C1\]"):
        cognito.UserPoolResourceServer(stack, "Api", user_pool=pool, identifier="api")


def test_a_refused_client_emits_nothing() -> None:
    stack, pool = make_validating_stack()
    with pytest.raises(ValidationError):
        UserPoolClient(stack, "Client", user_pool=pool, user_pool_client_name="(bad)")
    assert "Resources" not in assertions.Template.from_stack(stack).to_json()


# --------------------------------------------------------------------------------------------------
# The context key: error (default), warn, off
# --------------------------------------------------------------------------------------------------

BAD = {"user_pool_client_name": "My App (web)", **callbacks("http://example.com/cb")}


def test_error_mode_is_the_default_and_can_be_named() -> None:
    with pytest.raises(ValidationError):
        build(**BAD)
    with pytest.raises(ValidationError):
        build(context={cognito.VALIDATION_CONTEXT_KEY: "error"}, **BAD)


def test_warn_mode_synthesizes_with_a_warning_per_violation() -> None:
    stack = build(context={cognito.VALIDATION_CONTEXT_KEY: "warn"}, **BAD)
    annotations = assertions.Annotations.from_stack(stack)
    warnings = annotations.find_warning("/Stack/Client", assertions.Match.any_value())
    assert sorted(w.entry.data.rsplit("[", 1)[1] for w in warnings) == ["C3]", "C7]"]
    assertions.Template.from_stack(stack).has_resource_properties(CLIENT_TYPE, {"ClientName": "My App (web)"})


def test_off_mode_synthesizes_silently() -> None:
    stack = build(context={cognito.VALIDATION_CONTEXT_KEY: "off"}, **BAD)
    assert assertions.Annotations.from_stack(stack).find_warning("*", assertions.Match.any_value()) == []
    assertions.Template.from_stack(stack).resource_count_is(CLIENT_TYPE, 1)


def test_the_mode_can_be_set_on_a_scope() -> None:
    stack = new_validating_stack()
    stack.node.set_context(cognito.VALIDATION_CONTEXT_KEY, "off")
    pool = pool_of(stack)
    UserPoolClient(stack, "Client", user_pool=pool, **BAD)


def test_an_unknown_mode_is_an_error() -> None:
    with pytest.raises(ValueError, match=r'context "@cdk-cognito/validation" must be one of'):
        build(context={cognito.VALIDATION_CONTEXT_KEY: "strict"}, **BAD)


def test_no_context_read_without_findings() -> None:
    # A valid client never asks for the mode: that would cost a round trip to Node per client.
    build(context={cognito.VALIDATION_CONTEXT_KEY: "strict"})
