"""Seeded random parity cases for ``UserPool``, drawn over every prop and step, valid and invalid.

Each case is a scenario (pool_scenarios.py) drawn with ``random.Random(seed)`` (fixed seeds, no hypothesis),
built once with ``aws_cdk.aws_cognito`` and once with ``cdk_cognito`` (see harness.py). Most scenarios are
valid; a minority draws values the reference rejects (out-of-range lengths, missing templates, a custom
sender without a KMS key, both ``email`` and ``email_settings``, a wrong type, ...), so that error parity is
exercised too: ``test_some_scenarios_are_rejected`` keeps that minority within bounds.
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from .harness import assert_parity, ref, run_case
from .pool_scenarios import OPERATIONS, STANDARD_ATTRIBUTES, TRIGGERS, case_of
from .test_pool_parity_cases import BAD_PROPS

pytestmark = pytest.mark.parity

CASE_COUNT = 320
BASE_SEED = 20251111

# --------------------------------------------------------------------------------------------------
# Vocabulary (value specs, see pool_scenarios.py)
# --------------------------------------------------------------------------------------------------


def _lazy(value: str) -> dict[str, Any]:
    return {"$": "lazy", "value": value}


def _aws(name: str) -> dict[str, Any]:
    return {"$": "aws", "name": name}


def _member(type_: str, name: str) -> dict[str, Any]:
    return {"$": "member", "type": type_, "name": name}


def _new(type_: str, **kwargs: Any) -> dict[str, Any]:
    return {"$": "new", "type": type_, "kwargs": kwargs}


STACKS: list[tuple[Any, int]] = [
    (None, 60),
    ({"account": "111122223333", "region": "eu-west-1"}, 18),
    ({"region": "us-east-1"}, 6),
    ({"account": "111122223333"}, 4),
    ({"account": _aws("ACCOUNT_ID"), "region": _aws("REGION")}, 6),
    ({"region": _lazy("ap-south-1")}, 3),
]
POOL_IDS = ["Pool", "Pool", "Pool", "UserPool", "My Pool ü", "p"]
NAMES: list[Any] = [
    "pool",
    "",
    "プール",
    "a b",
    _lazy("lazy-pool"),
    {"$": "concat", "parts": ["p-", _aws("REGION")]},
]
CODE_BODIES = ["Code {####}", "{####}", "Your code: {####}.", "no code", _lazy("lazy body")]
LINK_BODIES = ["Click {##Verify Email##}", "{##Verify Email##} {####}", "no link", _lazy("lazy link")]
SMS_MESSAGES = ["SMS {####}", "{####}", "no code", _lazy("lazy sms")]
SUBJECTS = ["Verify", "", "Vérifiez ✓", _lazy("lazy subject")]
MFA_MESSAGES = ["{####}", "Code {####}", "no code", "{####}" + "x" * 135, "{####}" + "😀" * 67, _lazy("m")]
MIN_LENGTHS: list[tuple[Any, int]] = [(6, 5), (8, 5), (12, 4), (99, 3), (5, 1), (100, 1), (0, 1), (7.5, 1)]
TEMP_VALIDITIES: list[tuple[tuple[str, Any], int]] = [
    (("days", 1), 4),
    (("days", 7), 4),
    (("days", 365), 2),
    (("days", 366), 1),
    (("days", 0), 1),
    (("hours", 72), 2),
    (("hours", 30), 1),
    (("minutes", 1440), 1),
    (("days", 2.5), 1),
]
EMAILS = ["noreply@example.com", "help@example.com", "a@bücher.example", "ü@example.com", "aü@example.org"]
DOMAINS = ["example.com", "example.org", "bücher.example"]
CUSTOM_NAMES = ["tier", "plan", "10", "2", "a", "custom:x", "é", "01"]
STRING_LENGTHS = [None, None, 0, 1, 5, 20, 2048, 2049, -1, 1.5]
NUMBER_BOUNDS = [None, None, 0, 1, -5, 100, 0.25, 1e21, -0.0, 123456789]
ROLE_ARNS = ["arn:aws:iam::111122223333:role/sms", _lazy("arn:aws:iam::111122223333:role/lazy")]
FUNCTION_NAMES = ["A", "B", "C"]
IDP_NAMES = ["Okta", "Google", "COGNITO", "LoginWithAmazon"]
ACTIONS = ["cognito-idp:AdminCreateUser", "cognito-idp:ListUsers", "cognito-idp:*"]
OAUTH_SCOPES = ["OPENID", "EMAIL", "PHONE", "PROFILE", "COGNITO_ADMIN"]

# Kinds of other jsii modules' objects: a name fixes the object for the whole build, so the kind is
# drawn per name once (see _objects).
FUNCTION_KINDS = ["plain", "real", "imported"]


def _weighted(rng: random.Random, items: list[tuple[Any, int]]) -> Any:
    return rng.choices([value for value, _ in items], weights=[weight for _, weight in items])[0]


def _maybe(rng: random.Random, probability: float) -> bool:
    return rng.random() < probability


def _subset(rng: random.Random, names: tuple[str, ...] | list[str], most: int) -> list[str]:
    return rng.sample(list(names), rng.randint(0, min(most, len(names))))


# --------------------------------------------------------------------------------------------------
# Scenario generation (pure data)
# --------------------------------------------------------------------------------------------------


def _gen_verification(rng: random.Random) -> Any:
    config: dict[str, Any] = {}
    link = _maybe(rng, 0.35)
    if link or _maybe(rng, 0.3):
        config["email_style"] = _member("VerificationEmailStyle", "LINK" if link else "CODE")
    if _maybe(rng, 0.5):
        bodies = LINK_BODIES if link else CODE_BODIES
        # Mostly a body that fits the style; now and then one that does not.
        config["email_body"] = rng.choice(bodies[:-2] + bodies[-1:]) if _maybe(rng, 0.85) else bodies[-2]
    if _maybe(rng, 0.4):
        config["email_subject"] = rng.choice(SUBJECTS)
    if _maybe(rng, 0.4):
        config["sms_message"] = rng.choice(SMS_MESSAGES if _maybe(rng, 0.15) else SMS_MESSAGES[:2])
    return _new("UserVerificationConfig", **config) if _maybe(rng, 0.2) else config


def _gen_invitation(rng: random.Random) -> Any:
    config = {
        key: rng.choice(["Hello {username} {####}", "", _lazy("x"), "Plain"])
        for key in _subset(rng, ["email_subject", "email_body", "sms_message"], 3)
    }
    return _new("UserInvitationConfig", **config) if _maybe(rng, 0.2) else config


def _gen_aliases(rng: random.Random) -> Any:
    aliases = {
        name: _maybe(rng, 0.7)
        for name in _subset(rng, ["username", "email", "phone", "preferred_username"], 4)
    }
    if aliases.get("preferred_username") and not aliases.get("username") and _maybe(rng, 0.7):
        aliases["username"] = True  # mostly keep to what the reference accepts
    return _new("SignInAliases", **aliases) if _maybe(rng, 0.2) else aliases


def _gen_standard_attributes(rng: random.Random) -> Any:
    attributes: dict[str, Any] = {}
    for name in _subset(rng, STANDARD_ATTRIBUTES, 6):  # a random order: the reference's order must win
        attribute = {key: _maybe(rng, 0.5) for key in _subset(rng, ["mutable", "required"], 2)}
        attributes[name] = _new("StandardAttribute", **attribute) if _maybe(rng, 0.15) else attribute
    return _new("StandardAttributes", **attributes) if _maybe(rng, 0.15) else attributes


def _gen_custom_attribute(rng: random.Random) -> Any:
    kind = rng.choice(
        ["StringAttribute", "NumberAttribute", "BooleanAttribute", "DateTimeAttribute", "plain"]
    )
    kwargs: dict[str, Any] = {}
    if _maybe(rng, 0.4):
        kwargs["mutable"] = _maybe(rng, 0.5)
    if kind == "StringAttribute":
        for bound in ("min_len", "max_len"):
            value = rng.choice(STRING_LENGTHS if _maybe(rng, 0.2) else STRING_LENGTHS[:7])
            if value is not None:
                kwargs[bound] = value
    elif kind == "NumberAttribute":
        for bound in ("min", "max"):
            value = rng.choice(NUMBER_BOUNDS)
            if value is not None:
                kwargs[bound] = value
    elif kind == "plain":
        config: dict[str, Any] = {"data_type": rng.choice(["String", "Number"])}
        if "mutable" in kwargs:
            config["mutable"] = kwargs["mutable"]
        if _maybe(rng, 0.5):
            config["string_constraints"] = {"min_len": rng.choice([1, 2]), "max_len": rng.choice([3, 9])}
        return {"$": "custom_attribute", "config": config}
    return _new(kind, **kwargs)


def _gen_mfa(rng: random.Random, props: dict[str, Any]) -> None:
    if _maybe(rng, 0.35):
        props["mfa"] = _member("Mfa", rng.choice(["OFF", "OPTIONAL", "REQUIRED"]))
    if _maybe(rng, 0.25):
        factor = {"sms": _maybe(rng, 0.5), "otp": _maybe(rng, 0.6)}
        props["mfa_second_factor"] = _new("MfaSecondFactor", **factor) if _maybe(rng, 0.2) else factor
    if _maybe(rng, 0.15):
        props["mfa_message"] = rng.choice(MFA_MESSAGES if _maybe(rng, 0.3) else MFA_MESSAGES[:2])


def _gen_password_policy(rng: random.Random) -> Any:
    policy: dict[str, Any] = {}
    if _maybe(rng, 0.5):
        policy["min_length"] = _weighted(rng, MIN_LENGTHS)
    if _maybe(rng, 0.4):
        unit, amount = _weighted(rng, TEMP_VALIDITIES)
        policy["temp_password_validity"] = {"$": "duration", "unit": unit, "amount": amount}
    for flag in _subset(
        rng, ["require_lowercase", "require_uppercase", "require_digits", "require_symbols"], 4
    ):
        policy[flag] = _maybe(rng, 0.6)
    return _new("PasswordPolicy", **policy) if _maybe(rng, 0.2) else policy


def _gen_email(rng: random.Random, props: dict[str, Any], literal_region: bool) -> None:
    if _maybe(rng, 0.3):
        if _maybe(rng, 0.35):
            args = [rng.choice(EMAILS if _maybe(rng, 0.3) else EMAILS[:3])] if _maybe(rng, 0.6) else []
            props["email"] = {"$": "call", "type": "UserPoolEmail", "method": "with_cognito", "args": args}
        else:
            options: dict[str, Any] = {"from_email": rng.choice(EMAILS[:3] if _maybe(rng, 0.85) else EMAILS)}
            if _maybe(rng, 0.3):
                options["from_name"] = rng.choice(["Example", "Zoë 😀", ""])
            if _maybe(rng, 0.3):
                options["reply_to"] = rng.choice(EMAILS if _maybe(rng, 0.3) else EMAILS[:3])
            if _maybe(rng, 0.2):
                options["configuration_set_name"] = rng.choice(["set", _lazy("set")])
            # Without a literal stack region the reference wants ses_region: mostly give it.
            if _maybe(rng, 0.5 if literal_region else 0.85):
                options["ses_region"] = rng.choice(["us-east-1", "eu-west-1"])
            if _maybe(rng, 0.3):
                domain = options["from_email"].split("@")[-1]
                options["ses_verified_domain"] = domain if _maybe(rng, 0.8) else rng.choice(DOMAINS)
            props["email"] = {"$": "call", "type": "UserPoolEmail", "method": "with_ses", "kwargs": options}
    if _maybe(rng, 0.1 if "email" in props else 0.2):  # both: rejected
        settings = {key: rng.choice(EMAILS) for key in _subset(rng, ["from_", "reply_to"], 2)}
        props["email_settings"] = _new("EmailSettings", **settings) if _maybe(rng, 0.2) else settings


def _function(rng: random.Random) -> dict[str, Any]:
    return {"$": "function", "name": rng.choice(FUNCTION_NAMES)}


def _gen_triggers(rng: random.Random) -> dict[str, Any]:
    triggers = {}
    for name in _subset(rng, TRIGGERS, 4):
        if name.startswith("custom_") and name.endswith("_sender") and _maybe(rng, 0.3):
            continue  # custom senders want a KMS key: keep them rarer
        triggers[name] = _function(rng)
    return triggers


def _gen_props(rng: random.Random, literal_region: bool) -> dict[str, Any]:
    props: dict[str, Any] = {}
    if _maybe(rng, 0.3):
        props["user_pool_name"] = rng.choice(NAMES)
    if _maybe(rng, 0.25):
        props["self_sign_up_enabled"] = rng.choice([True, False, None])
    if _maybe(rng, 0.3):
        props["user_verification"] = _gen_verification(rng)
    if _maybe(rng, 0.2):
        props["user_invitation"] = _gen_invitation(rng)
    if _maybe(rng, 0.25):
        props["enable_sms_role"] = rng.choice([True, False, None]) if _maybe(rng, 0.9) else False
    if _maybe(rng, 0.2):
        props["sms_role"] = {"$": "role", "kind": rng.choice(["plain", "real", "imported"]), "name": "Sms"}
        if rng.random() < 0.5:
            props["sms_role"]["arn"] = rng.choice(ROLE_ARNS)
        if props.get("enable_sms_role") is False and _maybe(rng, 0.7):
            props["enable_sms_role"] = True  # mostly keep to what the reference accepts
    if _maybe(rng, 0.12):
        props["sms_role_external_id"] = rng.choice(["ext", "", _lazy("ext")])
    if _maybe(rng, 0.12):
        props["sns_region"] = rng.choice(["us-east-1", "ap-south-1", _aws("REGION")])
    if _maybe(rng, 0.4):
        props["sign_in_aliases"] = _gen_aliases(rng)
    if _maybe(rng, 0.25):
        auto = {key: _maybe(rng, 0.6) for key in _subset(rng, ["email", "phone"], 2)}
        props["auto_verify"] = _new("AutoVerifiedAttrs", **auto) if _maybe(rng, 0.2) else auto
    if _maybe(rng, 0.3):
        props["standard_attributes"] = _gen_standard_attributes(rng)
    if _maybe(rng, 0.3):
        props["custom_attributes"] = {
            name: _gen_custom_attribute(rng) for name in rng.sample(CUSTOM_NAMES, rng.randint(1, 4))
        }
    _gen_mfa(rng, props)
    if _maybe(rng, 0.35):
        props["password_policy"] = _gen_password_policy(rng)
    _gen_email(rng, props, literal_region)
    if _maybe(rng, 0.25):
        props["lambda_triggers"] = _gen_triggers(rng)
    if _maybe(rng, 0.2) or ("lambda_triggers" in props and _maybe(rng, 0.4)):
        props["custom_sender_kms_key"] = {
            "$": "key",
            "kind": rng.choice(["plain", "real", "imported"]),
            "name": "K",
        }
    if _maybe(rng, 0.2):
        props["sign_in_case_sensitive"] = rng.choice([True, False])
    if _maybe(rng, 0.3):
        props["account_recovery"] = _member(
            "AccountRecovery",
            rng.choice(
                [
                    "EMAIL_AND_PHONE_WITHOUT_MFA",
                    "PHONE_WITHOUT_MFA_AND_EMAIL",
                    "EMAIL_ONLY",
                    "PHONE_ONLY_WITHOUT_MFA",
                    "PHONE_AND_EMAIL",
                    "NONE",
                ]
            ),
        )
    if _maybe(rng, 0.2):
        props["removal_policy"] = {"$": "removal", "name": rng.choice(["DESTROY", "RETAIN", "SNAPSHOT"])}
    if _maybe(rng, 0.2):
        tracking = {
            "challenge_required_on_new_device": _maybe(rng, 0.5),
            "device_only_remembered_on_user_prompt": _maybe(rng, 0.5),
        }
        props["device_tracking"] = _new("DeviceTracking", **tracking) if _maybe(rng, 0.2) else tracking
    if _maybe(rng, 0.04):
        name, value = BAD_PROPS[rng.choice(sorted(BAD_PROPS))]
        props[name] = value
    return dict(rng.sample(list(props.items()), len(props)))  # keyword order must not matter


def _gen_client(rng: random.Random, index: int, servers: int) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if _maybe(rng, 0.3):
        options["user_pool_client_name"] = rng.choice(["web", "", _lazy("lazy")])
    if _maybe(rng, 0.3):
        options["generate_secret"] = _maybe(rng, 0.5)
    if _maybe(rng, 0.5):
        scopes: list[Any] = [_member("OAuthScope", name) for name in _subset(rng, OAUTH_SCOPES, 3)]
        scopes += [{"$": "rs_scope", "server": s, "scope": 0} for s in range(servers) if _maybe(rng, 0.7)]
        flows = rng.choice(
            [{"authorization_code_grant": True}, {"implicit_code_grant": True}, {"client_credentials": True}]
        )
        o_auth: dict[str, Any] = {"flows": flows, "scopes": scopes}
        if not flows.get("client_credentials"):
            o_auth["callback_urls"] = ["https://app.example/cb"]
        options["o_auth"] = o_auth
    if _maybe(rng, 0.2):
        idps = _subset(rng, ["COGNITO", "GOOGLE", "AMAZON"], 2)
        options["supported_identity_providers"] = [
            _member("UserPoolClientIdentityProvider", name) for name in idps
        ]
    return {"do": "add_client", "id": f"Client{index}", "via": rng.choice(["add", "new"]), "options": options}


def _gen_steps(rng: random.Random, imported: bool) -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = []
    servers = clients = 0
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3, 4])):
        kinds = ["add_client", "add_resource_server", "register_idp", "tag", "output"]
        if not imported:  # the hand-picked cases grant on imported pools
            kinds += ["add_trigger", "add_trigger", "grant"]
        kind = rng.choice(kinds)
        if kind == "add_trigger":
            operation = (
                _member("UserPoolOperation", rng.choice(OPERATIONS))
                if _maybe(rng, 0.85)
                else {
                    "$": "call",
                    "type": "UserPoolOperation",
                    "method": "of",
                    "args": [rng.choice(["preSignUp", "Other"])],
                }
            )
            steps.append({"do": "add_trigger", "operation": operation, "function": _function(rng)})
        elif kind == "add_client":
            steps.append(_gen_client(rng, clients, servers))
            clients += 1
        elif kind == "add_resource_server":
            scopes = [
                _new("ResourceServerScope", scope_name=name, scope_description=name.title())
                for name in ("read", "write")
            ]
            steps.append(
                {
                    "do": "add_resource_server",
                    "id": f"Server{servers}",
                    "via": rng.choice(["add", "new"]),
                    "options": {
                        "identifier": rng.choice(["api", "https://api.example", "orders"]),
                        "scopes": scopes,
                    },
                }
            )
            servers += 1
        elif kind == "register_idp":
            steps.append({"do": "register_idp", "name": rng.choice(IDP_NAMES)})
        elif kind == "grant":
            who = {
                "$": "grantee",
                "kind": rng.choice(["role", "user", "plain", "plain-refusing"]),
                "name": "G",
            }
            steps.append({"do": "grant", "grantee": who, "actions": _subset(rng, ACTIONS, 2) or [ACTIONS[0]]})
        elif kind == "tag":
            options = {}
            if _maybe(rng, 0.3):
                options["include_resource_types"] = ["AWS::Cognito::UserPool"]
            if _maybe(rng, 0.2):
                options["priority"] = rng.choice([50, 200])
            target = rng.choice(["stack", "pool", "app"])
            steps.append(
                {
                    "do": "tag",
                    "target": target,
                    "key": rng.choice(["team", "cost"]),
                    "value": "v",
                    "options": options,
                }
            )
        else:
            attributes = ["user_pool_id", "user_pool_arn"]
            if not imported:
                attributes += ["user_pool_provider_name", "user_pool_provider_url"]
            steps.append({"do": "output", "id": f"Out{len(steps)}", "attribute": rng.choice(attributes)})
    return steps


def _assign_kinds(rng: random.Random, value: Any) -> None:
    """Give each function name one kind for the whole scenario (in place, in drawing order)."""
    kinds: dict[str, str] = {}

    def visit(item: Any) -> None:
        if isinstance(item, dict):
            if item.get("$") == "function":
                item["kind"] = kinds.setdefault(item["name"], rng.choice(FUNCTION_KINDS))
            for child in item.values():
                visit(child)
        elif isinstance(item, list):
            for child in item:
                visit(child)

    visit(value)


def generate_scenario(seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    scenario: dict[str, Any] = {
        "stack": _weighted(rng, STACKS),
        "nested": _maybe(rng, 0.2),
        "id": rng.choice(POOL_IDS),
    }
    roll = rng.random()
    if roll < 0.08:
        scenario["pool"] = {
            "kind": "from_id",
            "value": rng.choice(["us-east-1_AbC123", _lazy("eu-west-1_Lazy")]),
        }
    elif roll < 0.14:
        scenario["pool"] = {
            "kind": "from_arn",
            "value": "arn:aws:cognito-idp:eu-west-1:111122223333:userpool/eu-west-1_X",
        }
    else:
        region = (scenario["stack"] or {}).get("region")
        scenario["pool"] = {"kind": "new", "props": _gen_props(rng, literal_region=isinstance(region, str))}
    scenario["steps"] = _gen_steps(rng, imported=scenario["pool"]["kind"] != "new")
    _assign_kinds(rng, scenario)
    return scenario


def _describe(scenario: dict[str, Any]) -> str:
    pool = scenario["pool"]
    parts = [pool["kind"].replace("_", "")]
    if pool["kind"] == "new":
        parts.append("+".join(sorted(name.replace("_", "")[:10] for name in pool["props"])) or "noprops")
    if scenario["stack"] is not None:
        parts.append("env")
    parts += [step["do"].replace("add_", "").replace("_", "") for step in scenario["steps"]]
    return "-".join(parts)


# --------------------------------------------------------------------------------------------------

SEEDS = [BASE_SEED + index for index in range(CASE_COUNT)]


def _params() -> list[Any]:
    return [pytest.param(seed, id=f"seed{seed}-{_describe(generate_scenario(seed))}") for seed in SEEDS]


def test_scenarios_are_deterministic() -> None:
    assert generate_scenario(BASE_SEED) == generate_scenario(BASE_SEED)
    assert generate_scenario(BASE_SEED) != generate_scenario(BASE_SEED + 1)


def test_scenarios_draw_every_prop() -> None:
    drawn: set[str] = set()
    steps: set[str] = set()
    for seed in SEEDS:
        scenario = generate_scenario(seed)
        drawn |= set(scenario["pool"].get("props") or {})
        steps |= {step["do"] for step in scenario["steps"]}
    assert drawn == {
        "user_pool_name", "self_sign_up_enabled", "user_verification", "user_invitation", "sms_role",
        "sms_role_external_id", "sns_region", "enable_sms_role", "sign_in_aliases", "auto_verify",
        "standard_attributes", "custom_attributes", "mfa", "mfa_message", "mfa_second_factor",
        "password_policy", "email_settings", "email", "lambda_triggers", "sign_in_case_sensitive",
        "account_recovery", "removal_policy", "device_tracking", "custom_sender_kms_key",
    }  # fmt: skip
    assert steps == {
        "add_trigger",
        "add_client",
        "add_resource_server",
        "register_idp",
        "grant",
        "tag",
        "output",
    }


def test_some_scenarios_are_rejected() -> None:
    """The reference rejects a minority: enough to exercise error parity, few enough to test the rest."""
    outcomes = [run_case(case_of(generate_scenario(seed)), ref) for seed in SEEDS]
    rejected = sum(outcome.error is not None for outcome in outcomes)
    step_errors = sum(
        any(type(value).__name__ == "Raised" for value in outcome.value["steps"])
        for outcome in outcomes
        if outcome.error is None
    )
    assert 0.08 * len(SEEDS) <= rejected <= 0.35 * len(SEEDS), rejected
    assert step_errors >= 5, step_errors


@pytest.mark.parametrize("seed", _params())
def test_random_pool_parity(seed: int) -> None:
    assert_parity(case_of(generate_scenario(seed)))
