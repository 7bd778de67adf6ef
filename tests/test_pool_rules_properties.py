"""Property-based tests of the pool, domain and identity-provider rules.

Random ``AWS::Cognito::UserPool``, ``UserPoolDomain`` and ``UserPoolIdentityProvider`` property
dicts are judged by the rules and by the independent oracle (tests/rules_oracle.py, written from
the research notes): the errors must be the same. The pools the rules accept must pass cfn-lint
(the CloudFormation schemas) without errors. Tokens put in place of random values may hide
errors but never add one, and the rules then agree with the oracle on the synthesized values
(intrinsics). Random attribute names, domain prefixes and provider names are classified as the
schemas' patterns say. The number of examples comes from the hypothesis profile (tests/conftest.py).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any

import regex
from aws_cdk import core
from cfnlint.api import lint
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cdk_cognito._rules import (
    PoolRuleContext,
    Violation,
    check_domain,
    check_identity_provider,
    check_pool,
    domain_where,
    identity_provider_where,
    pool_where,
)
from rules_oracle import template_errors

POOL_TYPE = "AWS::Cognito::UserPool"
DOMAIN_TYPE = "AWS::Cognito::UserPoolDomain"
IDP_TYPE = "AWS::Cognito::UserPoolIdentityProvider"
CODE = "{####}"
# Characters that the readings of the schemas' classes disagree on: control characters (U+001C is
# whitespace to Python only), Unicode whitespace (\s read as Unicode, not ASCII), a mark, a superscript
# digit (Python's \w only), a circled letter (Unicode's \w only), connector punctuation, a joiner, a
# format character, a symbol, a private-use character, a noncharacter, emoji (U+1FAE8 is new in
# Unicode 15: unknown to the Unicode of Python 3.11, a symbol to cfn-lint's regex module).
TRICKY = [
    *"\t\n\x07\x1c\x85\xa0\u2028\u3000\u0301²Ⓐ‿\u200d\u200b€\ue000\ufffeé",
    "😀",
    "\U0001fae8",
]
CHARS = [*"aZ9 _-+=,.@()/:#*<>{}", *TRICKY]
text = st.text(st.sampled_from(CHARS), max_size=12)
messages = st.one_of(
    text,
    st.builds(lambda a, b: f"{a}{CODE}{b}", text, text),
    st.builds(lambda a, b: f"{a}{{username}} {CODE}{b}", text, text),
    st.builds(lambda n: "x" * n + CODE, st.sampled_from([0, 133, 134, 135, 19994, 19995])),
)
links = st.one_of(messages, st.builds(lambda a, b, c: f"{a}{{##{b}##}}{c}", text, text, text))
subjects = st.one_of(text, st.sampled_from(["Welcome", "s" * 140, "s" * 141, ""]))
attribute_names = st.one_of(
    st.sampled_from(["email", "given_name", "phone_number_verified", "email_verified", "a" * 20, "a" * 21]),
    st.text(st.sampled_from([*"ab:_-", " ", *TRICKY]), min_size=0, max_size=22),
)
attributes = st.builds(
    lambda name, custom, low, high: (
        {
            "Name": name,
            "AttributeDataType": "String",
            "Mutable": True,
            "StringAttributeConstraints": {"MinLength": low, "MaxLength": high},
        }
        if custom
        else {"Name": name, "Mutable": True, "Required": False}
    ),
    attribute_names,
    st.booleans(),
    st.sampled_from(["0", "5", "10", "3000"]),
    st.sampled_from(["5", "10", "2048"]),
)
arns = st.sampled_from(
    [
        "arn:aws:ses:us-east-1:123456789012:identity/noreply@example.com",
        "arn:aws:ses:eu-west-1:123456789012:identity/example.com",
        "arn:aws:ses:us-east-1:acct:identity/noreply@example.com",
        "arn:aws:ses:us-east-1:123456789012:identity/no reply@example.com",
        "short:arn",
    ]
)
emails = st.fixed_dictionaries(
    {},
    optional={
        "EmailSendingAccount": st.sampled_from(["COGNITO_DEFAULT", "DEVELOPER"]),
        "From": st.sampled_from(
            ["noreply@example.com", "App <noreply@example.com>", "a@b.com <example.com>", "x", ""]
        ),
        "ReplyToEmailAddress": st.sampled_from(
            ["support@example.com", "support", "a b@example.com", "é@x.fr", "@x", "x@"]
        ),
        "SourceArn": arns,
        "ConfigurationSet": st.sampled_from(["my-set_1", "my set", "c" * 64, "c" * 65]),
    },
)
sms_configurations = st.fixed_dictionaries(
    {"SnsCallerArn": st.just("arn:aws:iam::123456789012:role/sms")},
    optional={
        "ExternalId": st.sampled_from(["external", "a", "my id"]),
        "SnsRegion": st.sampled_from(["eu-west-1", "eu", "r" * 32, "r" * 33]),
    },
)
mechanisms = st.lists(
    st.fixed_dictionaries(
        {
            "Name": st.sampled_from(["verified_email", "verified_phone_number", "admin_only", "email"]),
            "Priority": st.sampled_from([0, 1, 2, 3]),
        }
    ),
    max_size=3,
)
pool_props = st.fixed_dictionaries(
    {},
    optional={
        "UserPoolName": st.one_of(text, st.sampled_from(["My Pool", "p" * 128, "p" * 129, "Müller", "€"])),
        "Schema": st.lists(attributes, max_size=3)
        | st.just([{"Name": f"a{i}", "AttributeDataType": "String"} for i in range(51)]),
        "Policies": st.fixed_dictionaries(
            {},
            optional={
                "PasswordPolicy": st.fixed_dictionaries(
                    {},
                    optional={
                        "MinimumLength": st.integers(4, 101),
                        "TemporaryPasswordValidityDays": st.integers(-1, 367),
                        "PasswordHistorySize": st.integers(-1, 26),
                    },
                )
            },
        ),
        "SmsAuthenticationMessage": messages,
        "SmsVerificationMessage": messages,
        "EmailVerificationMessage": messages,
        "EmailVerificationSubject": subjects,
        "VerificationMessageTemplate": st.fixed_dictionaries(
            {},
            optional={
                "DefaultEmailOption": st.sampled_from(["CONFIRM_WITH_CODE", "CONFIRM_WITH_LINK"]),
                "EmailMessage": messages,
                "EmailMessageByLink": links,
                "EmailSubject": subjects,
                "EmailSubjectByLink": subjects,
                "SmsMessage": messages,
            },
        ),
        "AdminCreateUserConfig": st.fixed_dictionaries(
            {"AllowAdminCreateUserOnly": st.booleans()},
            optional={
                "InviteMessageTemplate": st.fixed_dictionaries(
                    {}, optional={"EmailMessage": messages, "SMSMessage": messages, "EmailSubject": subjects}
                )
            },
        ),
        "MfaConfiguration": st.sampled_from(["OFF", "ON", "OPTIONAL"]),
        "EnabledMfas": st.lists(
            st.sampled_from(["SMS_MFA", "SOFTWARE_TOKEN_MFA", "EMAIL_OTP"]), max_size=2, unique=True
        ),
        "SmsConfiguration": sms_configurations,
        "AliasAttributes": st.lists(
            st.sampled_from(["email", "phone_number", "preferred_username"]), max_size=2, unique=True
        ),
        "UsernameAttributes": st.lists(st.sampled_from(["email", "phone_number"]), max_size=2, unique=True),
        "AutoVerifiedAttributes": st.lists(
            st.sampled_from(["email", "phone_number"]), max_size=2, unique=True
        ),
        "EmailConfiguration": emails,
        "AccountRecoverySetting": st.builds(lambda items: {"RecoveryMechanisms": items}, mechanisms),
        "WebAuthnRelyingPartyID": st.sampled_from(["auth.example.com", "a" * 63, "a" * 64]),
    },
)

POOL_IDS = st.sampled_from(["us-east-1_AbC123", "eu-west-1_x", "us-east-1", "bad id_1", "a" * 50 + "_abcde1"])
CERTIFICATES = st.sampled_from(
    [
        "arn:aws:acm:us-east-1:123456789012:certificate/abc-123",
        "arn:aws:acm:eu-west-1:123456789012:certificate/abc-123",
        "arn:aws-cn:acm:cn-north-1:123456789012:certificate/abc-123",
        "arn:aws-us-gov:acm:us-gov-west-1:123456789012:certificate/abc-123",
        "arn:aws:acm:eu-west-1:acct:certificate/x",
        "certificate",
    ]
)
LABEL_CHARS = st.sampled_from([*"abz09-A_", "aws", "cognito"])
labels = st.lists(LABEL_CHARS, min_size=0, max_size=8).map("".join)
domain_props = st.one_of(
    st.fixed_dictionaries(
        {
            "UserPoolId": POOL_IDS,
            "Domain": st.one_of(labels, st.sampled_from(["my-app", "a" * 63, "a" * 64, "-a", "a-"])),
        },
        optional={"ManagedLoginVersion": st.sampled_from([1, 2, 3])},
    ),
    st.fixed_dictionaries(
        {
            "UserPoolId": POOL_IDS,
            "Domain": st.one_of(
                st.lists(labels, min_size=1, max_size=3).map(".".join),
                st.sampled_from(
                    ["auth.example.com", "Auth.example.com", "a" * 59 + ".com", "a" * 60 + ".com"]
                ),
            ),
            "CustomDomainConfig": st.fixed_dictionaries({}, optional={"CertificateArn": CERTIFICATES}),
        },
        optional={"ManagedLoginVersion": st.sampled_from([1, 2])},
    ),
)
PROVIDER_TYPES = st.sampled_from(
    ["Google", "Facebook", "LoginWithAmazon", "SignInWithApple", "OIDC", "SAML", "X"]
)
PROVIDER_NAMES = st.one_of(
    PROVIDER_TYPES,
    st.sampled_from(["MyOidc", "my_idp", "a_b", "ab", "cognito", "google", "p" * 32, "p" * 33, "My IdP"]),
)
details = st.fixed_dictionaries(
    {},
    optional={
        "client_id": st.sampled_from(["client", ""]),
        "client_secret": st.just("secret"),
        "team_id": st.just("TEAM"),
        "key_id": st.just("KEY"),
        "private_key": st.just("-----BEGIN PRIVATE KEY-----"),
        "authorize_scopes": st.sampled_from(["openid email", "profile", ""]),
        "oidc_issuer": st.sampled_from(["https://issuer.example.com", "http://issuer.example.com"]),
        "MetadataURL": st.just("https://idp.example.com/metadata"),
        "MetadataFile": st.just("<xml/>"),
        "bad#key": st.just("x"),
    },
).flatmap(
    lambda given: st.dictionaries(
        st.text(st.sampled_from([*"a_:", *TRICKY]), max_size=4), st.just("x"), max_size=1
    ).map(lambda extra: {**given, **extra})
)
MAPPED = st.sampled_from(
    ["email", "name", "custom:tier", "tier", "a" * 32, "a" * 33, "bad#", "", "dev:x"]
) | st.text(st.sampled_from([*"a:_ ", *TRICKY]), min_size=1, max_size=5)
# Details each type takes, which random ones are merged into or replace.
SOCIAL = {"client_id": "client", "client_secret": "secret", "authorize_scopes": "profile"}
VALID_DETAILS: Mapping[str, dict[str, str]] = {
    "Google": SOCIAL,
    "Facebook": SOCIAL,
    "LoginWithAmazon": SOCIAL,
    "SignInWithApple": {
        "client_id": "com.example.app",
        "team_id": "TEAM",
        "key_id": "KEY",
        "private_key": "-----BEGIN PRIVATE KEY-----",
        "authorize_scopes": "name",
    },
    "OIDC": {
        "client_id": "client",
        "client_secret": "secret",
        "authorize_scopes": "openid email",
        "attributes_request_method": "GET",
        "oidc_issuer": "https://issuer.example.com",
    },
    "SAML": {"MetadataURL": "https://idp.example.com/metadata"},
    "X": {},
}


def provider(kind: str) -> st.SearchStrategy[dict[str, Any]]:
    base = VALID_DETAILS[kind]
    return st.fixed_dictionaries(
        {
            "UserPoolId": POOL_IDS,
            "ProviderName": st.just(kind) | PROVIDER_NAMES,
            "ProviderType": st.just(kind),
            "ProviderDetails": st.just(base) | details.map(lambda more: {**base, **more}) | details,
        },
        optional={
            "AttributeMapping": st.dictionaries(
                MAPPED, st.sampled_from(["email", "sub", "x" * 131073]), max_size=3
            ),
            "IdpIdentifiers": st.lists(
                st.sampled_from(["example.com", "a" * 40, "a" * 41, "bad/id", "", "é", "my id"])
                | st.text(st.sampled_from([*"a.+=", *TRICKY]), min_size=1, max_size=5),
                max_size=3,
            )
            | st.just([f"id{i}" for i in range(51)]),
        },
    )


idp_props = PROVIDER_TYPES.flatmap(provider)

CHECKS: Mapping[str, Callable[[Mapping[str, Any]], list[Violation]]] = {
    POOL_TYPE: lambda props: check_pool(props, pool_where(props), context=PoolRuleContext()),
    DOMAIN_TYPE: lambda props: check_domain(props, domain_where(props), context=PoolRuleContext()),
    IDP_TYPE: lambda props: check_identity_provider(
        props, identity_provider_where(props), context=PoolRuleContext()
    ),
}


def errors(resource_type: str, props: Mapping[str, Any]) -> set[str]:
    return {violation.rule for violation in CHECKS[resource_type](props) if violation.severity == "error"}


def oracle(resource_type: str, props: dict[str, Any]) -> set[str]:
    return template_errors(
        {"Resources": {"R": {"Type": resource_type, "Properties": props}}}, pool_family=True
    ).get("R", set())


# --------------------------------------------------------------------------------------------------
# The rules and the oracle find the same errors
# --------------------------------------------------------------------------------------------------


@given(props=pool_props)
def test_pools_break_the_rules_the_oracle_finds(props: dict[str, Any]) -> None:
    assert errors(POOL_TYPE, props) == oracle(POOL_TYPE, props), props


@given(props=domain_props)
def test_domains_break_the_rules_the_oracle_finds(props: dict[str, Any]) -> None:
    assert errors(DOMAIN_TYPE, props) == oracle(DOMAIN_TYPE, props), props


@given(props=idp_props)
def test_identity_providers_break_the_rules_the_oracle_finds(props: dict[str, Any]) -> None:
    assert errors(IDP_TYPE, props) == oracle(IDP_TYPE, props), props


YAML_UNPRINTABLE = re.compile("[\x7f-\x9f\ufffe\uffff]")


def _lint_errors(resource_type: str, batch: list[dict[str, Any]]) -> list[str]:
    template = {
        "AWSTemplateFormatVersion": "2010-09-09",
        "Resources": {
            f"R{index}": {"Type": resource_type, "Properties": props} for index, props in enumerate(batch)
        },
    }
    # cfn-lint parses JSON as YAML: characters YAML does not allow raw are escaped (BMP only: YAML takes
    # no surrogate pairs, so the rest stay raw).
    text = YAML_UNPRINTABLE.sub(
        lambda m: f"\\u{ord(m.group()):04x}", json.dumps(template, ensure_ascii=False)
    )
    matches = lint(text, regions=["us-east-1"])
    # E3019 (primary identifiers unique across resources) is an artifact of batching.
    return sorted(
        {
            f"{match.rule.id} {match.message} {list(match.path)[1:]}"
            for match in matches
            if match.rule.id.startswith("E") and match.rule.id != "E3019"
        }
    )


# The pools (domains, providers) that the rules find nothing wrong with, neither an error nor a warning
# (a warning flags what may fail: cfn-lint reads the schemas' \\w and \\s as Unicode).
def test_pools_the_rules_accept_pass_cfn_lint() -> None:
    accepted: list[dict[str, Any]] = []

    @given(props=pool_props)
    def collect(props: dict[str, Any]) -> None:
        if not CHECKS[POOL_TYPE](props):
            accepted.append(props)

    collect()
    assert len(accepted) >= 50, f"only {len(accepted)} generated pools were accepted"
    for start in range(0, len(accepted), 250):
        found = _lint_errors(POOL_TYPE, accepted[start : start + 250])
        assert found == [], found[:20]


def test_domains_and_providers_the_rules_accept_pass_cfn_lint() -> None:
    accepted: dict[str, list[dict[str, Any]]] = {DOMAIN_TYPE: [], IDP_TYPE: []}

    @given(domain=domain_props, provider=idp_props)
    def collect(domain: dict[str, Any], provider: dict[str, Any]) -> None:
        for resource_type, props in ((DOMAIN_TYPE, domain), (IDP_TYPE, provider)):
            if not CHECKS[resource_type](props):
                accepted[resource_type].append(props)

    collect()
    for resource_type, props_list in accepted.items():
        assert len(props_list) >= 50, (resource_type, len(props_list))
        for start in range(0, len(props_list), 250):
            found = _lint_errors(resource_type, props_list[start : start + 250])
            assert found == [], (resource_type, found[:20])


# --------------------------------------------------------------------------------------------------
# Tokens are never judged
# --------------------------------------------------------------------------------------------------

STRING_TOKEN = core.Token.as_string({"Ref": "Text"})
NUMBER_TOKEN = core.Token.as_number({"Ref": "Number"})
LIST_TOKEN = core.Token.as_list(core.Fn.split(",", core.Fn.import_value("Names")))
RESOLVER = core.Stack(core.App(), "Resolver")
# What the three tokens become in the template (pinned against core by test_synthesized_is_what_core_renders).
STRING_INTRINSIC = {"Ref": "Text"}
NUMBER_INTRINSIC = {"Ref": "Number"}
LIST_INTRINSIC = {"Fn::Split": [",", {"Fn::ImportValue": "Names"}]}


def with_tokens(value: Any) -> st.SearchStrategy[tuple[Any, Any]]:
    """(``value`` with some of its strings, numbers and lists of strings replaced by tokens or holding
    one, the same synthesized: each token an intrinsic)."""
    if isinstance(value, dict):
        keys = list(value)
        return st.tuples(*(with_tokens(value[key]) for key in keys)).map(
            lambda items: (
                {key: item[0] for key, item in zip(keys, items, strict=True)},
                {key: item[1] for key, item in zip(keys, items, strict=True)},
            )
        )
    if isinstance(value, list):
        items = st.tuples(*map(with_tokens, value)).map(
            lambda pairs: ([pair[0] for pair in pairs], [pair[1] for pair in pairs])
        )
        if all(isinstance(item, str) for item in value):
            return items | st.just((LIST_TOKEN, LIST_INTRINSIC))
        return items
    if isinstance(value, int | float) and not isinstance(value, bool):
        return st.sampled_from([(value, value), (NUMBER_TOKEN, NUMBER_INTRINSIC)])
    if isinstance(value, str):
        joined = {"Fn::Join": ["", [value, STRING_INTRINSIC]]} if value else STRING_INTRINSIC
        return st.sampled_from(
            [(value, value), (STRING_TOKEN, STRING_INTRINSIC), (value + STRING_TOKEN, joined)]
        )
    return st.just((value, value))


def triples(strategy: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[tuple[Any, Any, Any]]:
    """(props, props with tokens, the latter synthesized)."""
    return strategy.flatmap(lambda props: with_tokens(props).map(lambda pair: (props, *pair)))


@settings(max_examples=100)
@given(triple=triples(pool_props) | triples(domain_props) | triples(idp_props))
def test_synthesized_is_what_core_renders(triple: tuple[Any, Any, Any]) -> None:
    _, tokenized, synthesized = triple
    assert RESOLVER.resolve(tokenized) == synthesized


def check_tokens(resource_type: str, props: dict[str, Any], tokenized: Any, synthesized: Any) -> None:
    found = errors(resource_type, tokenized)
    assert found <= errors(resource_type, props), tokenized
    # Synthesized, each token is an intrinsic, which the oracle never judges.
    assert found == oracle(resource_type, synthesized), tokenized


# Drawing a token per value is slow: a quarter of the profile's examples.
TOKEN_EXAMPLES = settings(max_examples=max(100, settings.default.max_examples // 4))


@TOKEN_EXAMPLES
@given(triple=triples(pool_props))
@example(
    triple=(
        {"EmailConfiguration": {"From": ""}},
        {"EmailConfiguration": {"From": STRING_TOKEN}},
        {"EmailConfiguration": {"From": STRING_INTRINSIC}},
    )
)
def test_tokens_in_pools_hide_errors_and_never_add_one(triple: tuple[Any, Any, Any]) -> None:
    check_tokens(POOL_TYPE, *triple)


@TOKEN_EXAMPLES
@given(triple=triples(domain_props))
def test_tokens_in_domains_hide_errors_and_never_add_one(triple: tuple[Any, Any, Any]) -> None:
    check_tokens(DOMAIN_TYPE, *triple)


@TOKEN_EXAMPLES
@given(triple=triples(idp_props))
def test_tokens_in_identity_providers_hide_errors_and_never_add_one(triple: tuple[Any, Any, Any]) -> None:
    check_tokens(IDP_TYPE, *triple)


# --------------------------------------------------------------------------------------------------
# Names classified as the schemas' patterns say
# --------------------------------------------------------------------------------------------------

# The schemas' patterns, read by the regex engine that cfn-lint uses.
ATTRIBUTE_NAME = regex.compile(r"^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$")
PREFIX = regex.compile(r"^[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?$")
PROVIDER_NAME = regex.compile(r"^[^_\p{Z}][\p{L}\p{M}\p{S}\p{N}\p{P}][^_\p{Z}]+$")
NAME_CHARS = st.sampled_from([*"aZ09:_-.#@/", " ", "\x00", *TRICKY])


@given(prefix=st.sampled_from(["", "custom:", "dev:"]), name=st.text(NAME_CHARS, min_size=0, max_size=24))
def test_attribute_names_are_classified_as_the_schema_says(prefix: str, name: str) -> None:
    attribute = prefix + name
    props = {"Schema": [{"Name": attribute, "AttributeDataType": "String", "Mutable": True}]}
    found = errors(POOL_TYPE, props)
    assert ("P4" in found) == (not 1 <= len(attribute) <= 20)
    assert ("P5" in found) == (len(attribute) > 0 and ATTRIBUTE_NAME.fullmatch(attribute) is None)


@given(prefix=st.lists(st.sampled_from([*"abz09-A_.", "aws", "amazon", "cognito"]), max_size=30).map("".join))
def test_domain_prefixes_are_classified_as_the_schema_and_cognito_say(prefix: str) -> None:
    props = {"UserPoolId": "us-east-1_AbC123", "Domain": prefix}
    found = errors(DOMAIN_TYPE, props)
    assert ("D2" in found) == (PREFIX.fullmatch(prefix) is None)
    assert ("D3" in found) == any(word in prefix for word in ("aws", "amazon", "cognito"))


@given(name=st.text(NAME_CHARS, min_size=0, max_size=34))
def test_provider_names_are_classified_as_the_schema_says(name: str) -> None:
    props = {
        "UserPoolId": "us-east-1_AbC123",
        "ProviderName": name,
        "ProviderType": "SAML",
        "ProviderDetails": {"MetadataURL": "https://idp.example.com/metadata"},
    }
    found = errors(IDP_TYPE, props)
    assert ("I2" in found) == (len(name) > 32 or PROVIDER_NAME.fullmatch(name) is None)
