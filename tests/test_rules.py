"""Synth-time rules (issue #3): what Cognito or CloudFormation would reject at deploy time.

Each rule of shared/research/cognito-client-constraints.md is tested with its invalid example and
nearby valid ones, and every false-positive trap of its section 4 is accepted.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from aws_cdk import assertions, core

import cdk_cognito as cognito
from _support import CLIENT_TYPE, POOL_ID, SERVER_TYPE, make_validating_stack, new_validating_stack, pool_of
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


def test_a_lone_surrogate_in_a_url_is_reported_not_a_crash() -> None:
    # A Python string may hold a lone surrogate; jsii hands it to JavaScript as one code unit and the
    # reference synthesizes it. It is no letter, mark, symbol, number or punctuation (C6), and the
    # length rule (C5) counts it as one code unit instead of failing to encode it.
    url = "https://example.com/\ud800"
    assert error_rules(**callbacks(url)) == {"C6"}
    assert error_rules(**callbacks("https://example.com/" + "\ud800" * 1004)) == {"C6"}
    assert error_rules(**callbacks("https://example.com/" + "\ud800" * 1005)) == {"C5", "C6"}
    with pytest.raises(ValidationError, match=r"\[C6\]"):
        build(**callbacks(url))


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


# --------------------------------------------------------------------------------------------------
# Names under [\w\s+=,.@-]+ (C3, RS2): refused under every reading of \w and \s, or only unconfirmed
# --------------------------------------------------------------------------------------------------


def c3_outcome(name: str) -> str:
    """ "refused" (ValidationError naming C3), "unconfirmed" (a C3 warning) or "ok" for this client name."""
    try:
        stack = build(user_pool_client_name=name)
    except ValidationError as error:
        assert [v.rule for v in error.violations] == ["C3"], error
        return "refused"
    warnings = assertions.Annotations.from_stack(stack).find_warning(
        "/Stack/Client", assertions.Match.any_value()
    )
    assert [w.entry.data.rsplit("[", 1)[1] for w in warnings] in ([], ["C3]"]), warnings
    return "unconfirmed" if warnings else "ok"


NAME_CHARACTERS = [
    # ASCII symbols and punctuation outside + = , . @ -
    ("refused", "ASCII symbol", "price $5"),
    ("refused", "ASCII symbol", "a|b^c~d`e"),
    ("refused", "punctuation #", "team#1"),
    ("refused", "punctuation (", "My App (web"),
    ("refused", "punctuation /", "team/client"),
    ("refused", "punctuation :;!?", "a:b;c!d?"),
    ("refused", "quotes", 'it\'s "x"'),
    # Emoji and other symbols
    ("refused", "emoji", "checkout\U0001f680"),
    ("refused", "emoji with VS16", "love \u2764\ufe0f"),
    ("refused", "emoji ZWJ sequence", "\U0001f469\u200d\U0001f4bb dev"),
    ("refused", "copyright sign", "\u00a9 Example Corp"),
    ("refused", "currency", "\u20ac shop"),
    ("refused", "math symbol", "a\u00d7b"),
    ("refused", "non-ASCII dash", "a\u2014b"),
    ("refused", "guillemets", "\u00abweb\u00bb"),
    ("refused", "full-width number sign", "team\uff03"),
    # Control and format characters, lone surrogates, private use, noncharacters
    ("refused", "NUL", "a\x00b"),
    ("refused", "BEL", "a\x07b"),
    ("refused", "ESC", "a\x1bb"),
    ("refused", "DEL", "a\x7fb"),
    ("refused", "C1 control", "a\x9fb"),
    ("refused", "zero-width space", "a\u200bb"),
    ("refused", "byte order mark", "\ufeffname"),
    ("refused", "soft hyphen", "a\u00adb"),
    ("refused", "lone high surrogate", "a\ud800b"),
    ("refused", "lone low surrogate", "a\udfff"),
    ("refused", "private use", "a\ue000b"),
    ("refused", "noncharacter", "a\ufffeb"),
    ("refused", "plane-16 noncharacter", "a\U0010ffff"),
    # Letters, digits and marks beyond ASCII: \w if read as Unicode
    ("unconfirmed", "Latin letter (NFC)", "M\u00fcller Client"),
    ("unconfirmed", "Latin letter (NFD: combining mark)", "Mu\u0308ller Client"),
    ("unconfirmed", "Japanese", "\u30af\u30e9\u30a4\u30a2\u30f3\u30c8"),
    ("unconfirmed", "Greek", "\u0395\u03bb\u03bb\u03ac\u03b4\u03b1"),
    ("unconfirmed", "Devanagari with spacing mark", "\u0915\u093e"),
    ("unconfirmed", "Arabic-Indic digits", "app \u0661\u0662\u0663"),
    ("unconfirmed", "superscript digit (Python's \\w)", "app\u00b2"),
    ("unconfirmed", "Roman numeral (letter number)", "app \u216b"),
    ("unconfirmed", "connector punctuation", "a\u203fb"),
    ("unconfirmed", "zero-width joiner (Unicode's \\w)", "\u0645\u200d"),
    ("unconfirmed", "circled letter (Alphabetic)", "\u24b6pp"),
    ("unconfirmed", "unassigned code point", "a\u0378b"),
    ("unconfirmed", "CJK Extension H (Unicode 15)", "app \U00031350"),
    # Whitespace beyond ASCII: \s if read as Unicode
    ("unconfirmed", "no-break space", "My\u00a0App"),
    ("unconfirmed", "ideographic space", "My\u3000App"),
    ("unconfirmed", "line separator", "My\u2028App"),
    ("unconfirmed", "next line (NEL)", "My\x85App"),
    ("unconfirmed", "information separator (Python's \\s)", "My\x1cApp"),
    # ASCII letters, digits, _, whitespace and + = , . @ -
    ("ok", "every allowed ASCII class", "My App - web_1.0 @x+y=z,"),
    ("ok", "ASCII whitespace", "a\tb\nc\x0bd\x0ce\rf"),
]


@pytest.mark.parametrize(
    ("expected", "name"),
    [(expected, name) for expected, _, name in NAME_CHARACTERS],
    ids=[label for _, label, _ in NAME_CHARACTERS],
)
def test_client_name_characters(expected: str, name: str) -> None:
    assert c3_outcome(name) == expected


def test_a_refused_character_is_named_with_its_repr() -> None:
    with pytest.raises(ValidationError) as info:
        build(user_pool_client_name="checkout\U0001f680 (\x00\ud800)")
    (violation,) = info.value.violations
    assert violation.rule == "C3"
    assert violation.message == (
        "a client name may hold only letters, digits, marks, whitespace and _ + = , . @ -; found "
        "ROCKET ('\U0001f680'), LEFT PARENTHESIS ('('), U+0000 ('\\x00'), U+D800 ('\\ud800'), "
        "RIGHT PARENTHESIS (')'), which no reading of the pattern allows "
        "(CloudFormation: pattern [\\w\\s+=,.@-]+)."
    )
    assert violation.fix == "Remove or replace those characters."


def test_only_the_first_five_refused_characters_are_listed() -> None:
    with pytest.raises(ValidationError) as info:
        build(user_pool_client_name="!#$%&*/:;<>?")
    (violation,) = info.value.violations
    assert "found EXCLAMATION MARK ('!'), NUMBER SIGN ('#'), DOLLAR SIGN ('$'), PERCENT SIGN ('%'), " in (
        violation.message
    )
    assert "AMPERSAND ('&') and 7 more, which no reading" in violation.message


def test_an_unconfirmed_character_is_named_in_the_warning() -> None:
    stack = build(user_pool_client_name="M\u00fcller\u3000\u0378")
    (warning,) = assertions.Annotations.from_stack(stack).find_warning(
        "/Stack/Client", assertions.Match.any_value()
    )
    unassigned = f"U+0378, unassigned in Unicode {unicodedata.unidata_version} ('\\u0378')"
    assert warning.entry.data == (
        "user_pool_client_name = 'M\u00fcller\\u3000\\u0378': whether CloudFormation accepts non-ASCII "
        "letters, digits, marks or whitespace in a client name is unconfirmed; found LATIN SMALL LETTER U "
        f"WITH DIAERESIS ('\u00fc'), IDEOGRAPHIC SPACE ('\\u3000'), {unassigned} (its pattern is "
        "[\\w\\s+=,.@-]+, which allows them if \\w and \\s are read as Unicode, not as ASCII). Fix: Use "
        "ASCII letters, digits and spaces if the deployment rejects the name. [C3]"
    )


def test_a_refused_character_outweighs_unconfirmed_ones() -> None:
    with pytest.raises(ValidationError) as info:
        build(user_pool_client_name="M\u00fcller \U0001f680")
    (violation,) = info.value.violations
    assert "ROCKET" in violation.message
    assert "DIAERESIS" not in violation.message


def test_warn_mode_reports_a_refused_name_once() -> None:
    assert violations(user_pool_client_name="M\u00fcller \U0001f680")[0][:2] == (
        "C3",
        "user_pool_client_name",
    )
    assert len(violations(user_pool_client_name="M\u00fcller \U0001f680")) == 1


def test_an_empty_name_breaks_only_the_length_rule() -> None:
    assert error_rules(user_pool_client_name="") == {"C2"}


def test_a_url_character_is_named_too() -> None:
    with pytest.raises(ValidationError) as info:
        build(**callbacks("https://example.com/\tx"))
    (violation,) = info.value.violations
    assert "found U+0009 ('\\t') (CloudFormation: pattern" in violation.message


# --------------------------------------------------------------------------------------------------
# The pool id: the prop and the CloudFormation property
# --------------------------------------------------------------------------------------------------


def test_a_malformed_pool_id_names_the_prop_and_the_cloudformation_property() -> None:
    with pytest.raises(ValidationError) as info:
        build(pool_id="us-east-1abc123")
    (violation,) = info.value.violations
    assert (violation.rule, violation.prop, violation.cfn_property) == ("C1", "user_pool", "UserPoolId")
    assert (
        str(info.value)
        .splitlines()[1]
        .startswith("  - user_pool (UserPoolId) = 'us-east-1abc123': a user pool id looks like <region>_<id>")
    )


def test_a_resource_server_pool_id_names_the_cloudformation_property_too() -> None:
    stack = new_validating_stack()
    pool = cognito.UserPool.from_user_pool_id(stack, "Pool", "not-a-pool-id")
    with pytest.raises(ValidationError) as info:
        cognito.UserPoolResourceServer(stack, "Api", user_pool=pool, identifier="api")
    assert "  - user_pool (UserPoolId) = 'not-a-pool-id': " in str(info.value)


def test_a_non_ascii_pool_id_is_refused() -> None:
    # A pool id names an existing pool, and none has a non-ASCII character: ASCII \w is right here.
    assert error_rules(pool_id="us-east-1_\u00e4bc") == {"C1"}
    assert error_rules(pool_id="\u00fc-east-1_abc") == {"C1"}


# --------------------------------------------------------------------------------------------------
# A resource server's Name (RS1, RS2): the same pattern; it defaults to the identifier
# --------------------------------------------------------------------------------------------------


def server(context: dict[str, Any] | None = None, **kwargs: Any) -> core.Stack:
    stack = core.Stack(core.App(context=context or {}), "Stack")
    pool = cognito.UserPool.from_user_pool_id(stack, "Pool", POOL_ID)
    cognito.UserPoolResourceServer(stack, "Api", user_pool=pool, **kwargs)
    return stack


def server_findings(**kwargs: Any) -> list[tuple[str, str, str]]:
    """(rule, severity, prop) of every finding for these resource-server props."""
    try:
        stack = server(**kwargs)
    except ValidationError as error:
        return [(v.rule, v.severity, v.prop) for v in error.violations]
    warnings = assertions.Annotations.from_stack(stack).find_warning(
        "/Stack/Api", assertions.Match.any_value()
    )
    return [
        (w.entry.data.rsplit("[", 1)[1].rstrip("]"), "warning", w.entry.data.split(" = ", 1)[0])
        for w in warnings
    ]


NAME = "user_pool_resource_server_name"
DEFAULT_NAME = "user_pool_resource_server_name (default: identifier)"


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"identifier": "api"}, []),
        ({"identifier": "orders-api", NAME: "Orders API v2.0 @team+x=y, z_1"}, []),
        ({"identifier": "https://api.example.com", NAME: "Orders"}, []),
        ({"identifier": "api", NAME: "a" * 256}, []),
        ({"identifier": "https://api.example.com"}, [("RS2", "error", DEFAULT_NAME)]),
        ({"identifier": "api", NAME: "Orders (v2)"}, [("RS2", "error", NAME)]),
        ({"identifier": "api", NAME: "orders\U0001f4e6"}, [("RS2", "error", NAME)]),
        ({"identifier": "api", NAME: "a\x00b"}, [("RS2", "error", NAME)]),
        ({"identifier": "api", NAME: "a\udc00"}, [("RS2", "error", NAME)]),
        ({"identifier": "api", NAME: "Bestellungen \u00dc"}, [("RS2", "warning", NAME)]),
        ({"identifier": "\u00e4pi"}, [("RS2", "warning", DEFAULT_NAME)]),
        ({"identifier": "api", NAME: "Orders\u00a0API"}, [("RS2", "warning", NAME)]),
        ({"identifier": "api", NAME: ""}, [("RS1", "error", NAME)]),
        ({"identifier": "api", NAME: "a" * 257}, [("RS1", "error", NAME)]),
        ({"identifier": "api", NAME: "(" * 257}, [("RS1", "error", NAME), ("RS2", "error", NAME)]),
    ],
)
def test_resource_server_name(kwargs: dict[str, Any], expected: list[tuple[str, str, str]]) -> None:
    assert server_findings(**kwargs) == expected


def test_resource_server_name_messages() -> None:
    with pytest.raises(ValidationError) as info:
        server(identifier="https://api.example.com")
    assert str(info.value).splitlines()[1] == (
        "  - user_pool_resource_server_name (default: identifier) = 'https://api.example.com': a resource "
        "server name may hold only letters, digits, marks, whitespace and _ + = , . @ -; found COLON (':'), "
        "SOLIDUS ('/'), which no reading of the pattern allows (CloudFormation: pattern [\\w\\s+=,.@-]+). "
        "Fix: Remove or replace those characters; the name defaults to the identifier, so give "
        "user_pool_resource_server_name when the identifier is a URL. [RS2]"
    )
    with pytest.raises(ValidationError) as info:
        server(identifier="api", user_pool_resource_server_name="")
    assert str(info.value).splitlines()[1] == (
        "  - user_pool_resource_server_name = '': a resource server name is 1 to 256 characters long; this "
        "one has 0 (CloudFormation: minLength/maxLength). Fix: Give a name of 1 to 256 characters in "
        "user_pool_resource_server_name. [RS1]"
    )


def test_resource_server_name_tokens_are_not_judged() -> None:
    assert server_findings(identifier="api", user_pool_resource_server_name=f"({core.Aws.REGION})") == []
    assert server_findings(identifier=f"https://{core.Aws.ACCOUNT_ID}.example.com") == []


def test_resource_server_name_modes() -> None:
    bad = {"identifier": "https://api.example.com"}
    stack = server(context={cognito.VALIDATION_CONTEXT_KEY: "warn"}, **bad)
    (warning,) = assertions.Annotations.from_stack(stack).find_warning(
        "/Stack/Api", assertions.Match.any_value()
    )
    assert warning.entry.data.endswith("[RS2]")
    stack = server(context={cognito.VALIDATION_CONTEXT_KEY: "off"}, **bad)
    assert assertions.Annotations.from_stack(stack).find_warning("*", assertions.Match.any_value()) == []
    assertions.Template.from_stack(stack).has_resource_properties(
        SERVER_TYPE, {"Identifier": "https://api.example.com", "Name": "https://api.example.com"}
    )
