"""Property-based tests of the synth-time rules (issue #3).

Random client props either raise (our ValidationError, a type error, or one of the reference's
own errors), or synthesize a template that cfn-lint passes without errors and in which the
independent oracle (tests/rules_oracle.py) finds no broken rule. A ValidationError must name only
rules the oracle also finds in the template the rules would have let through ("off" mode).
The number of examples comes from the hypothesis profile (tests/conftest.py): 2000 in make test.

Names under the schema pattern [\\w\\s+=,.@-]+ (C3, RS2), drawn from the whole of Unicode, lone
surrogates included, get the oracle's verdict: refused when no reading of \\w and \\s takes a
character (Python's re, the regex module's Unicode definition, a newer Unicode), a warning when only a
Unicode reading does, nothing when the ASCII reading does.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from typing import Any

from aws_cdk import assertions, core
from cfnlint.api import lint
from hypothesis import example, given
from hypothesis import strategies as st

import cdk_cognito as cognito
from cdk_cognito import OAuthFlows, OAuthScope, OAuthSettings, UserPoolClient, ValidationError
from cdk_cognito._rules import check_client, check_resource_server
from cdk_cognito._rules._core import split_word_pattern
from rules_oracle import name_char_verdicts, name_verdict, template_errors

SCHEMES = ["https://", "http://", "myapp://", "HTTP://", "exp://", ""]
HOSTS = [
    "example.com",
    "localhost",
    "127.0.0.1",
    "[::1]",
    "localhost.com",
    "192.168.1.5",
    "あ.example",
    "a b",
]
PORTS = ["", ":3000", ":19006"]
PATH_CHARS = st.sampled_from([*"abc/-_.~%20?&=#", " ", "\t", "\u00a0", "😀", "あ", "é"])

urls = st.builds(
    lambda scheme, host, port, path, pad: f"{scheme}{host}{port}/{path}{'x' * pad}",
    st.sampled_from(SCHEMES),
    st.sampled_from(HOSTS),
    st.sampled_from(PORTS),
    st.text(PATH_CHARS, max_size=12),
    st.sampled_from([0, 0, 0, 990, 1010]),
)
scope_names = st.one_of(
    st.sampled_from(["phone", "email", "openid", "profile", "aws.cognito.signin.user.admin"]),
    st.sampled_from(["api/read", "https://api.example.com/read", "get-todos", "Cognito", "my scope", 'a"b']),
    st.text(st.sampled_from(list("ab/ -\\")), min_size=0, max_size=6),
)
# Characters of every class the name rules tell apart: ASCII allowed and not, emoji, other symbols,
# controls, format characters, lone surrogates, private use, noncharacters, non-ASCII letters, digits,
# numbers, marks, connector punctuation, join controls, Unicode whitespace, unassigned code points.
NAME_SPECIMENS = list(
    "aZ9_ +=,.@-\t\n\x0b\f\r()/#:!$\"'"
    "\U0001f680\u2764\ufe0f\u00a9\u20ac\u2014\u00ab"
    "\x00\x07\x1b\x7f\x9f\u200b\ufeff\u00ad\ud800\udfff\ue000\ufffe\U0010ffff"
    "\u00fc\u30af\u0661\u00b2\u216b\u0301\u093e\u203f\u200d\u24b6"
    "\u00a0\u3000\u2028\x85\x1c\u0378\U00031350"
)
# Every code point, lone surrogates included.
ANY_CHARACTER = st.characters(exclude_categories=())
name_text = st.text(st.one_of(st.sampled_from(NAME_SPECIMENS), ANY_CHARACTER), min_size=0, max_size=12)
names = st.one_of(
    st.none(),
    st.text(st.sampled_from(list("aZ9_ +=,.@-()/ü\t")), min_size=0, max_size=12),
    name_text,
    st.sampled_from(["a" * 128, "a" * 129]),
)
flows = st.builds(
    OAuthFlows,
    authorization_code_grant=st.sampled_from([None, True, False]),
    implicit_code_grant=st.sampled_from([None, True, False]),
    client_credentials=st.sampled_from([None, None, True]),
)
o_auth = st.one_of(
    st.none(),
    st.builds(
        OAuthSettings,
        flows=st.one_of(st.none(), flows),
        callback_urls=st.one_of(st.none(), st.lists(urls, max_size=3)),
        logout_urls=st.one_of(st.none(), st.lists(urls, max_size=2)),
        scopes=st.one_of(st.none(), st.lists(scope_names.map(OAuthScope.custom), max_size=4)),
    ),
)
providers = st.one_of(
    st.none(),
    st.lists(
        st.sampled_from(["COGNITO", "Google", "あ" * 32, "A" * 33, "My IdP"]).map(
            cognito.UserPoolClientIdentityProvider.custom
        ),
        max_size=2,
    ),
)
client_props = st.fixed_dictionaries(
    {},
    optional={
        "user_pool_client_name": names,
        "generate_secret": st.sampled_from([True, False]),
        "disable_o_auth": st.sampled_from([True, False]),
        "o_auth": o_auth,
        "supported_identity_providers": providers,
    },
)
pool_ids = st.sampled_from(["us-east-1_AbC123", "eu-west-1_x", "bad-pool-id"])

# Templates that passed the rules, linted in batches by test_accepted_templates_pass_cfn_lint.
ACCEPTED: list[dict[str, Any]] = []


def _template(pool_id: str, props: dict[str, Any], mode: str | None) -> dict[str, Any]:
    context = {} if mode is None else {cognito.VALIDATION_CONTEXT_KEY: mode}
    stack = core.Stack(core.App(context=context), "Stack")
    pool = cognito.UserPool.from_user_pool_id(stack, "Pool", pool_id)
    UserPoolClient(stack, "Client", user_pool=pool, **props)
    template: dict[str, Any] = assertions.Template.from_stack(stack).to_json()
    return template


def _found(template: dict[str, Any]) -> set[str]:
    return set().union(*template_errors(template).values())


@given(pool_id=pool_ids, props=client_props)
def test_random_props_are_refused_exactly_when_a_rule_breaks(pool_id: str, props: dict[str, Any]) -> None:
    try:
        template = _template(pool_id, props, None)
    except ValidationError as error:
        let_through = _template(pool_id, props, "off")
        ours = {violation.rule for violation in error.violations}
        assert ours <= _found(let_through), (ours, let_through)
        return
    except RuntimeError as error:
        # The reference's own checks (e.g. client_credentials with code) come first.
        assert not isinstance(error, TypeError), error
        return
    assert _found(template) == set(), template
    ACCEPTED.append(template["Resources"]["Client4A7F64DF"])


def _unconfirmed_name(resource: dict[str, Any], path: list[Any]) -> bool:
    """Whether a cfn-lint pattern error is on a client name that the rules only warn about.

    cfn-lint reads \\w and \\s as the regex module does; a name that only Python's re or a newer
    Unicode accepts (U+001C, '²', an unassigned code point) fails it, and is a C3 warning.
    """
    return path[-1:] == ["ClientName"] and name_verdict(resource["Properties"]["ClientName"]) == "unconfirmed"


def test_accepted_templates_pass_cfn_lint() -> None:
    assert len(ACCEPTED) >= 100, "the property test above must run first and accept enough inputs"
    for start in range(0, len(ACCEPTED), 200):
        batch = ACCEPTED[start : start + 200]
        resources = {f"Client{index}": resource for index, resource in enumerate(batch)}
        template = {"AWSTemplateFormatVersion": "2010-09-09", "Resources": resources}
        matches = lint(json.dumps(template, ensure_ascii=False))
        errors = [
            match
            for match in matches
            if match.rule.id.startswith("E")
            and not (match.rule.id == "E3031" and _unconfirmed_name(resources[match.path[1]], match.path))
        ]
        assert errors == [], [str(match) for match in errors[:10]]


# --------------------------------------------------------------------------------------------------
# Names under [\w\s+=,.@-]+ (C3, RS2), drawn from the whole of Unicode
# --------------------------------------------------------------------------------------------------

POOL_ID = "us-east-1_AbC123"
NAME_PATTERN = r"[\w\s+=,.@-]+"


def _verdict(violations: list[cognito.Violation], rule: str) -> str:
    severities = {violation.severity for violation in violations if violation.rule == rule}
    assert len(severities) <= 1, violations
    return {"error": "refused", "warning": "unconfirmed"}.get(next(iter(severities), ""), "ok")


@given(name=name_text)
@example(name="checkout\U0001f680")
@example(name="Mu\u0308ller")
@example(name="a\x1cb")
@example(name="a\ud800")
def test_client_names_from_all_of_unicode_get_the_oracles_verdict(name: str) -> None:
    found = check_client({"UserPoolId": POOL_ID, "ClientName": name}, lambda key, index: key)
    verdict = _verdict(found, "C3")
    assert verdict == name_verdict(name), (name, found)
    # The reading: refused only if Python's re (Unicode) refuses it too; nothing to say exactly
    # when the ASCII reading accepts it. Where re refuses a name the rules only warn about, the regex
    # module (Unicode's own \\w: marks, join controls...) or a newer Unicode takes the character.
    if verdict == "refused":
        assert re.fullmatch(NAME_PATTERN, name) is None
    assert (verdict == "ok") == (name == "" or re.fullmatch(NAME_PATTERN, name, re.ASCII) is not None)
    assert ("C2" in {v.rule for v in found}) == (not 1 <= len(name) <= 128)


@given(name=name_text)
def test_resource_server_names_from_all_of_unicode_get_the_oracles_verdict(name: str) -> None:
    found = check_resource_server({"UserPoolId": POOL_ID, "Name": name}, lambda key, index: key)
    assert _verdict(found, "RS2") == name_verdict(name), (name, found)
    assert {v.rule for v in found} <= {"RS1", "RS2"}
    assert ("RS1" in {v.rule for v in found}) == (name == "")


def test_every_code_point_gets_the_oracles_verdict() -> None:
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    refused, unconfirmed = split_word_pattern(every, "+=,.@-")
    verdicts = name_char_verdicts(every)
    assert set(refused) == {ch for ch, verdict in verdicts.items() if verdict == "refused"}
    assert set(unconfirmed) == {ch for ch, verdict in verdicts.items() if verdict == "unconfirmed"}
    # Spot checks of each class, so the two cannot agree on something absurd.
    assert {"\U0001f680", "\u00a9", "#", "(", "/", "\x00", "\x7f", "\ud800", "\u200b", "\ufffe"} <= set(
        refused
    )
    assert {"\u00fc", "\u0301", "\u0661", "\u00b2", "\u00a0", "\u3000", "\x1c", "\u200d", "\u24b6"} <= set(
        unconfirmed
    )
    # Nothing to say only for the 75 ASCII characters: letters, digits, _, 6 whitespace, + = , . @ -.
    assert len(refused) + len(unconfirmed) == sys.maxunicode + 1 - 75
    assert unicodedata.category("\u0378") == "Cn" and "\u0378" in unconfirmed
