"""Property-based tests of the synth-time rules (issue #3).

Random client props either raise (our ValidationError, a type error, or one of the reference's
own errors), or synthesize a template that cfn-lint passes without errors and in which the
independent oracle (tests/rules_oracle.py) finds no broken rule. A ValidationError must name only
rules the oracle also finds in the template the rules would have let through ("off" mode).
The number of examples comes from the hypothesis profile (tests/conftest.py): 2000 in make test.
"""

from __future__ import annotations

import json
from typing import Any

from aws_cdk import assertions, core
from cfnlint.api import lint
from hypothesis import given
from hypothesis import strategies as st

import cdk_cognito as cognito
from cdk_cognito import OAuthFlows, OAuthScope, OAuthSettings, UserPoolClient, ValidationError
from rules_oracle import template_errors

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
names = st.one_of(
    st.none(),
    st.text(st.sampled_from(list("aZ9_ +=,.@-()/ü\t")), min_size=0, max_size=12),
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


def test_accepted_templates_pass_cfn_lint() -> None:
    assert len(ACCEPTED) >= 100, "the property test above must run first and accept enough inputs"
    for start in range(0, len(ACCEPTED), 200):
        batch = ACCEPTED[start : start + 200]
        template = {
            "AWSTemplateFormatVersion": "2010-09-09",
            "Resources": {f"Client{index}": resource for index, resource in enumerate(batch)},
        }
        matches = lint(json.dumps(template, ensure_ascii=False))
        errors = [match for match in matches if match.rule.id.startswith("E")]
        assert errors == [], [str(match) for match in errors[:10]]
