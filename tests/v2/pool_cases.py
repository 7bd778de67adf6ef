"""User-pool cases in a neutral form, built with aws-cdk-lib v2 (``render_pool_v2.py``) and with cdk_cognito.

A case is ``{"name": str, "props": {...}, "steps": [...]}`` (``steps`` optional). Props use UserPool's
keyword names with JSON values:

* enums (``mfa``, ``account_recovery``, ``feature_plan``, ``advanced_security_mode``, the threat protection
  modes, ``passkey_user_verification``, ``user_verification.email_style``): the member's name;
  ``removal_policy``: a ``RemovalPolicy`` member's name;
* structs (``password_policy``, ``sign_in_aliases``, ``sign_in_policy`` ...): a dict of their fields;
  ``password_policy.temp_password_validity``: ``{"days": 3}`` (any ``Duration`` factory name);
* ``email``: ``{"cognito": reply_to or None}`` or ``{"ses": UserPoolSESOptions' fields}``;
* ``lambda_triggers``: ``{field: function ARN}``; ``sms_role``, ``custom_sender_kms_key``: an ARN (the
  libraries make a function, role or key of it: v2 imports them by ARN, cdk_cognito takes plain objects);
* ``custom_attributes``: ``{name: {"type": "string" | "number" | "boolean" | "datetime", **kwargs}}``;
  ``standard_attributes``: ``{name: StandardAttribute's fields}``;
* tokens, anywhere a string or number goes: ``{"$param": name}`` (a ``String`` ``CfnParameter``'s value) or
  ``{"$param_number": name}`` (a ``Number`` one's), and ``{"$aws": "REGION"}`` (``Aws.REGION``...).

Steps, run in order on the pool built: ``{"add_trigger": operation, "arn": ARN, "version": LambdaVersion
member or absent}`` (``operation``: a ``UserPoolOperation`` constant's name, or ``{"of": name}`` for
``UserPoolOperation.of(name)``) and ``{"tag": [key, value]}`` (``Tags.of(pool).add``).

:func:`render` builds a case with either library, described by a :class:`Library`. This module imports
neither library: ``render_pool_v2.py`` imports it in ``.venv-v2`` and ``test_v2_pool_parity.py`` in the
main virtualenv.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable
from typing import Any

try:
    from .cases import builtin_class
except ImportError:  # imported as a top-level module by render_pool_v2.py
    from cases import builtin_class  # type: ignore[no-redef]

POOL_TYPE = "AWS::Cognito::UserPool"
ROLE_TYPE = "AWS::IAM::Role"
FN_ARN = "arn:aws:lambda:us-east-1:123456789012:function:trigger"
FN_ARN_2 = "arn:aws:lambda:us-east-1:123456789012:function:other"
KEY_ARN = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
ROLE_ARN = "arn:aws:iam::123456789012:role/SmsRole"
SES = {"from_email": "noreply@example.com", "ses_region": "us-east-1"}

# The user-pool props (and add_trigger argument) that aws-cdk-lib v2 added to v1's.
NEW_PROPS = (
    "advanced_security_mode",
    "custom_threat_protection_mode",
    "deletion_protection",
    "feature_plan",
    "keep_original",
    "passkey_relying_party_id",
    "passkey_user_verification",
    "password_policy.password_history_size",
    "sign_in_policy",
    "standard_threat_protection_mode",
    "mfa_second_factor.email",
    "add_trigger.lambda_version",
)
# The new props with error branches of their own (each must have a valid and an invalid case).
VALIDATED_PROPS = (
    "advanced_security_mode",
    "custom_threat_protection_mode",
    "feature_plan",
    "passkey_relying_party_id",
    "password_policy.password_history_size",
    "sign_in_policy",
    "standard_threat_protection_mode",
    "mfa_second_factor.email",
    "add_trigger.lambda_version",
)

ENUMS = {
    "account_recovery": "AccountRecovery",
    "advanced_security_mode": "AdvancedSecurityMode",
    "custom_threat_protection_mode": "CustomThreatProtectionMode",
    "feature_plan": "FeaturePlan",
    "mfa": "Mfa",
    "passkey_user_verification": "PasskeyUserVerification",
    "standard_threat_protection_mode": "StandardThreatProtectionMode",
}
STRUCTS = {
    "auto_verify": "AutoVerifiedAttrs",
    "device_tracking": "DeviceTracking",
    "keep_original": "KeepOriginalAttrs",
    "mfa_second_factor": "MfaSecondFactor",
    "sign_in_aliases": "SignInAliases",
    "user_invitation": "UserInvitationConfig",
}
ATTRIBUTE_CLASSES = {
    "string": "StringAttribute",
    "number": "NumberAttribute",
    "boolean": "BooleanAttribute",
    "datetime": "DateTimeAttribute",
}


def case(name: str, steps: list[dict[str, Any]] | None = None, **props: Any) -> dict[str, Any]:
    result: dict[str, Any] = {"name": name, "props": props}
    if steps:
        result["steps"] = steps
    return result


def trigger(operation: Any, arn: Any = FN_ARN, version: str | None = None) -> dict[str, Any]:
    step: dict[str, Any] = {"add_trigger": operation, "arn": arn}
    if version is not None:
        step["version"] = version
    return step


def _mfa_email(**props: Any) -> dict[str, Any]:
    return {"mfa": "REQUIRED", "mfa_second_factor": {"sms": False, "otp": False, "email": True}, **props}


CASES: list[dict[str, Any]] = [
    case("defaults"),
    case("v1-props-only", user_pool_name="pool", self_sign_up_enabled=True, mfa="OPTIONAL"),
    # passkey_relying_party_id: 1 to 63 UTF-16 units; tokens are not measured.
    case("passkey-id-empty", passkey_relying_party_id=""),
    case("passkey-id-1", passkey_relying_party_id="a"),
    case("passkey-id-63", passkey_relying_party_id="a" * 63),
    case("passkey-id-64", passkey_relying_party_id="a" * 64),
    case("passkey-id-domain", passkey_relying_party_id="auth.example.com"),
    case("passkey-id-astral-63-units", passkey_relying_party_id="\U0001f600" * 31 + "a"),
    case("passkey-id-astral-64-units", passkey_relying_party_id="\U0001f600" * 32),
    case("passkey-id-token", passkey_relying_party_id={"$param": "RpId"}),
    case("passkey-id-aws-token", passkey_relying_party_id={"$aws": "URL_SUFFIX"}),
    case(
        "passkey-id-with-verification",
        passkey_relying_party_id="example.com",
        passkey_user_verification="REQUIRED",
    ),
    case("passkey-verification-preferred", passkey_user_verification="PREFERRED"),
    case("passkey-verification-required", passkey_user_verification="REQUIRED"),
    case(
        "passkey-error-after-password-policy",
        passkey_relying_party_id="",
        password_policy={"min_length": 5},
    ),
    case(
        "passkey-error-after-sign-in-policy",
        passkey_relying_party_id="",
        sign_in_policy={"allowed_first_auth_factors": {"password": False}},
    ),
    case(
        "passkey-error-before-email",
        passkey_relying_party_id="a" * 64,
        email={"ses": {"from_email": "a@b.example"}},
    ),
    # password_history_size: 0 to 24, never with LITE.
    case("history-0", password_policy={"password_history_size": 0}),
    case("history-24", password_policy={"password_history_size": 24}),
    case("history-12-with-plus", password_policy={"password_history_size": 12}, feature_plan="PLUS"),
    case("history-with-essentials", password_policy={"password_history_size": 5}, feature_plan="ESSENTIALS"),
    case("history-minus-1", password_policy={"password_history_size": -1}),
    case("history-25", password_policy={"password_history_size": 25}),
    case("history-fraction", password_policy={"password_history_size": 2.5}),
    case("history-24-and-a-bit", password_policy={"password_history_size": 24.5}),
    case("history-with-lite", password_policy={"password_history_size": 5}, feature_plan="LITE"),
    case("history-0-with-lite", password_policy={"password_history_size": 0}, feature_plan="LITE"),
    case(
        "history-out-of-range-with-lite", password_policy={"password_history_size": 99}, feature_plan="LITE"
    ),
    case(
        "history-error-after-min-length",
        password_policy={"password_history_size": 30, "min_length": 100},
    ),
    case(
        "history-error-after-temp-validity",
        password_policy={"password_history_size": 30, "temp_password_validity": {"days": 400}},
    ),
    case(
        "history-with-every-password-field",
        password_policy={
            "min_length": 12,
            "require_digits": True,
            "require_lowercase": False,
            "require_symbols": True,
            "require_uppercase": False,
            "temp_password_validity": {"days": 3},
            "password_history_size": 7,
        },
    ),
    case("lite-without-history", password_policy={"min_length": 10}, feature_plan="LITE"),
    # sign_in_policy.allowed_first_auth_factors
    case("sign-in-password-only", sign_in_policy={"allowed_first_auth_factors": {"password": True}}),
    case(
        "sign-in-every-factor",
        sign_in_policy={
            "allowed_first_auth_factors": {
                "password": True,
                "email_otp": True,
                "sms_otp": True,
                "passkey": True,
            }
        },
    ),
    case(
        "sign-in-email-otp",
        sign_in_policy={"allowed_first_auth_factors": {"password": True, "email_otp": True}},
    ),
    case(
        "sign-in-factors-false",
        sign_in_policy={
            "allowed_first_auth_factors": {
                "password": True,
                "email_otp": False,
                "sms_otp": False,
                "passkey": False,
            }
        },
    ),
    case("sign-in-password-false", sign_in_policy={"allowed_first_auth_factors": {"password": False}}),
    case(
        "sign-in-password-false-with-passkey",
        sign_in_policy={"allowed_first_auth_factors": {"password": False, "passkey": True}},
    ),
    case("sign-in-policy-empty", sign_in_policy={}),
    case(
        "sign-in-passkey-with-lite",
        sign_in_policy={"allowed_first_auth_factors": {"password": True, "passkey": True}},
        feature_plan="LITE",
    ),
    case(
        "sign-in-sms-otp-with-lite",
        sign_in_policy={"allowed_first_auth_factors": {"password": True, "sms_otp": True}},
        feature_plan="LITE",
    ),
    case(
        "sign-in-password-only-with-lite",
        sign_in_policy={"allowed_first_auth_factors": {"password": True}},
        feature_plan="LITE",
    ),
    case(
        "sign-in-factors-false-with-lite",
        sign_in_policy={"allowed_first_auth_factors": {"password": True, "email_otp": False}},
        feature_plan="LITE",
    ),
    case(
        "sign-in-passkey-with-essentials",
        sign_in_policy={"allowed_first_auth_factors": {"password": True, "passkey": True}},
        feature_plan="ESSENTIALS",
        passkey_relying_party_id="example.com",
    ),
    case(
        "sign-in-policy-with-password-policy",
        sign_in_policy={"allowed_first_auth_factors": {"password": True, "email_otp": True}},
        password_policy={"min_length": 9},
    ),
    case(
        "sign-in-error-after-password-policy",
        sign_in_policy={"allowed_first_auth_factors": {"password": False}},
        password_policy={"password_history_size": 50},
    ),
    # MFA by email
    case("email-mfa-without-email", **_mfa_email()),
    case("email-mfa-with-cognito-email", **_mfa_email(email={"cognito": None})),
    case("email-mfa-with-cognito-reply-to", **_mfa_email(email={"cognito": "reply@example.com"})),
    case("email-mfa-with-ses", **_mfa_email(email={"ses": SES})),
    case("email-mfa-with-ses-and-lite", **_mfa_email(email={"ses": SES}, feature_plan="LITE")),
    case("email-mfa-with-ses-and-essentials", **_mfa_email(email={"ses": SES}, feature_plan="ESSENTIALS")),
    case("email-mfa-with-ses-and-plus", **_mfa_email(email={"ses": SES}, feature_plan="PLUS")),
    case("email-mfa-without-email-and-lite", **_mfa_email(feature_plan="LITE")),
    case(
        "email-mfa-every-factor",
        mfa="OPTIONAL",
        mfa_second_factor={"sms": True, "otp": True, "email": True},
        email={"ses": {**SES, "from_name": "Team", "reply_to": "help@example.com"}},
    ),
    case("email-mfa-false", mfa="REQUIRED", mfa_second_factor={"sms": True, "otp": False, "email": False}),
    case("email-mfa-with-mfa-off", mfa="OFF", mfa_second_factor={"sms": False, "otp": False, "email": True}),
    case("email-mfa-without-mfa", mfa_second_factor={"sms": False, "otp": True, "email": True}),
    case("email-mfa-with-sms-role", **_mfa_email(sms_role=ROLE_ARN)),
    case("email-mfa-with-sms-role-disabled", **_mfa_email(enable_sms_role=False)),
    case(
        "email-mfa-and-sms-without-email",
        mfa="REQUIRED",
        mfa_second_factor={"sms": True, "otp": False, "email": True},
    ),
    case(
        "email-mfa-error-after-mfa-message",
        mfa_message="no code",
        **_mfa_email(),
    ),
    case(
        "email-mfa-error-before-schema",
        custom_attributes={"c": {"type": "string", "min_len": 5, "max_len": 1}},
        **_mfa_email(),
    ),
    case(
        "email-mfa-error-before-account-recovery",
        account_recovery="EMAIL_ONLY",
        **_mfa_email(email={"ses": SES}, feature_plan="LITE"),
    ),
    # advanced_security_mode and threat protection
    case("advanced-enforced", advanced_security_mode="ENFORCED"),
    case("advanced-audit", advanced_security_mode="AUDIT"),
    case("advanced-off", advanced_security_mode="OFF"),
    case(
        "advanced-with-standard", advanced_security_mode="AUDIT", standard_threat_protection_mode="AUDIT_ONLY"
    ),
    case(
        "advanced-off-with-standard-off",
        advanced_security_mode="OFF",
        standard_threat_protection_mode="NO_ENFORCEMENT",
    ),
    case(
        "advanced-with-custom", advanced_security_mode="ENFORCED", custom_threat_protection_mode="AUDIT_ONLY"
    ),
    case(
        "advanced-with-both-threat-modes",
        advanced_security_mode="OFF",
        standard_threat_protection_mode="FULL_FUNCTION",
        custom_threat_protection_mode="FULL_FUNCTION",
    ),
    case("standard-full", standard_threat_protection_mode="FULL_FUNCTION", feature_plan="PLUS"),
    case("standard-audit", standard_threat_protection_mode="AUDIT_ONLY"),
    case("standard-off", standard_threat_protection_mode="NO_ENFORCEMENT"),
    case("custom-full-alone", custom_threat_protection_mode="FULL_FUNCTION"),
    case("custom-audit-alone", custom_threat_protection_mode="AUDIT_ONLY"),
    case(
        "custom-with-standard",
        custom_threat_protection_mode="AUDIT_ONLY",
        standard_threat_protection_mode="FULL_FUNCTION",
    ),
    case(
        "custom-with-standard-off",
        custom_threat_protection_mode="FULL_FUNCTION",
        standard_threat_protection_mode="NO_ENFORCEMENT",
        feature_plan="PLUS",
    ),
    case(
        "advanced-error-after-email",
        advanced_security_mode="AUDIT",
        standard_threat_protection_mode="AUDIT_ONLY",
        email={
            "ses": {
                "from_email": "a@one.example",
                "ses_region": "us-east-1",
                "ses_verified_domain": "two.example",
            }
        },
    ),
    case(
        "advanced-error-before-mfa-message",
        advanced_security_mode="AUDIT",
        custom_threat_protection_mode="AUDIT_ONLY",
        mfa_message="no code",
    ),
    # deletion_protection
    case("deletion-protection-true", deletion_protection=True),
    case("deletion-protection-false", deletion_protection=False),
    case("deletion-protection-with-destroy", deletion_protection=True, removal_policy="DESTROY"),
    # keep_original
    case("keep-original-email", keep_original={"email": True}, auto_verify={"email": True}),
    case("keep-original-phone", keep_original={"phone": True}, auto_verify={"phone": True}),
    case("keep-original-both", keep_original={"email": True, "phone": True}),
    case("keep-original-empty", keep_original={}),
    case("keep-original-false", keep_original={"email": False, "phone": False}),
    # feature_plan
    case("feature-plan-lite", feature_plan="LITE"),
    case("feature-plan-essentials", feature_plan="ESSENTIALS"),
    case("feature-plan-plus", feature_plan="PLUS"),
    # add_trigger with a lambda version
    case("pre-token-config-default", steps=[trigger("PRE_TOKEN_GENERATION_CONFIG")]),
    case("pre-token-config-v1", steps=[trigger("PRE_TOKEN_GENERATION_CONFIG", version="V1_0")]),
    case("pre-token-config-v2", steps=[trigger("PRE_TOKEN_GENERATION_CONFIG", version="V2_0")]),
    case("pre-token-config-v3", steps=[trigger("PRE_TOKEN_GENERATION_CONFIG", version="V3_0")]),
    case(
        "pre-token-config-token-arn",
        steps=[trigger("PRE_TOKEN_GENERATION_CONFIG", arn={"$param": "FnArn"}, version="V2_0")],
    ),
    case(
        "pre-token-config-beside-pre-token",
        lambda_triggers={"pre_token_generation": FN_ARN_2},
        steps=[trigger("PRE_TOKEN_GENERATION_CONFIG", version="V3_0")],
    ),
    case(
        "pre-token-config-twice",
        steps=[
            trigger("PRE_TOKEN_GENERATION_CONFIG", version="V2_0"),
            trigger("PRE_TOKEN_GENERATION_CONFIG", arn=FN_ARN_2, version="V3_0"),
        ],
    ),
    case("v2-on-pre-sign-up", steps=[trigger("PRE_SIGN_UP", version="V2_0")]),
    case("v3-on-pre-token-generation", steps=[trigger("PRE_TOKEN_GENERATION", version="V3_0")]),
    case("v1-on-pre-sign-up", steps=[trigger("PRE_SIGN_UP", version="V1_0")]),
    case(
        "v2-on-custom-sms-sender-without-key",
        steps=[trigger("CUSTOM_SMS_SENDER", version="V2_0")],
    ),
    case(
        "v1-on-custom-email-sender-with-key",
        custom_sender_kms_key=KEY_ARN,
        steps=[trigger("CUSTOM_EMAIL_SENDER", version="V1_0")],
    ),
    case("custom-sender-without-key", steps=[trigger("CUSTOM_EMAIL_SENDER")]),
    case(
        "v2-on-existing-trigger",
        lambda_triggers={"pre_sign_up": FN_ARN},
        steps=[trigger("PRE_SIGN_UP", version="V2_0")],
    ),
    case(
        "v2-on-of-pre-token-generation-config",
        steps=[trigger({"of": "preTokenGenerationConfig"}, version="V2_0")],
    ),
    case(
        "v1-on-of-pre-token-generation-config",
        steps=[trigger({"of": "PreTokenGenerationConfig"}, version="V1_0")],
    ),
    case("default-on-of-pre-token-generation-config", steps=[trigger({"of": "preTokenGenerationConfig"})]),
    case("v2-on-custom-operation", steps=[trigger({"of": "somethingNew"}, version="V2_0")]),
    case(
        "failed-trigger-then-another",
        steps=[trigger("PRE_SIGN_UP", version="V3_0"), trigger("PRE_SIGN_UP")],
    ),
    # Tags
    case("tags", steps=[{"tag": ["team", "identity"]}, {"tag": ["cost", "1"]}], mfa="REQUIRED"),
    case(
        "tags-tier-and-username-attributes",
        steps=[{"tag": ["team", "identity"]}],
        sign_in_aliases={"email": True},
        feature_plan="ESSENTIALS",
    ),
    # Everything at once.
    case(
        "every-new-prop",
        advanced_security_mode=None,
        custom_threat_protection_mode="AUDIT_ONLY",
        standard_threat_protection_mode="FULL_FUNCTION",
        deletion_protection=True,
        feature_plan="PLUS",
        keep_original={"email": True, "phone": True},
        passkey_relying_party_id="auth.example.com",
        passkey_user_verification="REQUIRED",
        password_policy={"password_history_size": 24, "min_length": 16},
        sign_in_policy={
            "allowed_first_auth_factors": {
                "password": True,
                "email_otp": True,
                "sms_otp": True,
                "passkey": True,
            }
        },
        mfa="OPTIONAL",
        mfa_second_factor={"sms": True, "otp": True, "email": True},
        email={"ses": SES},
        steps=[trigger("PRE_TOKEN_GENERATION_CONFIG", version="V2_0"), {"tag": ["k", "v"]}],
    ),
    case(
        "every-prop",
        account_recovery="EMAIL_ONLY",
        auto_verify={"email": True, "phone": True},
        custom_attributes={
            "tier": {"type": "string", "min_len": 1, "max_len": 20, "mutable": True},
            "score": {"type": "number", "min": 0, "max": 100},
            "flag": {"type": "boolean", "mutable": False},
            "since": {"type": "datetime"},
        },
        custom_sender_kms_key=KEY_ARN,
        device_tracking={
            "challenge_required_on_new_device": True,
            "device_only_remembered_on_user_prompt": False,
        },
        email={"ses": {**SES, "configuration_set_name": "set", "from_name": "Team"}},
        enable_sms_role=True,
        lambda_triggers={"pre_sign_up": FN_ARN, "custom_sms_sender": FN_ARN_2, "user_migration": FN_ARN},
        mfa="REQUIRED",
        mfa_message="Code: {####}",
        mfa_second_factor={"sms": True, "otp": True, "email": True},
        password_policy={
            "min_length": 10,
            "require_digits": False,
            "temp_password_validity": {"hours": 48},
            "password_history_size": 3,
        },
        removal_policy="DESTROY",
        self_sign_up_enabled=True,
        sign_in_aliases={"username": True, "email": True, "phone": True, "preferred_username": True},
        sign_in_case_sensitive=False,
        sns_region="eu-west-1",
        standard_attributes={
            "email": {"required": True, "mutable": False},
            "given_name": {"required": False},
        },
        user_invitation={
            "email_body": "Hi {username} {####}",
            "email_subject": "Welcome",
            "sms_message": "{username} {####}",
        },
        user_pool_name="everything",
        user_verification={"email_style": "LINK", "email_subject": "Verify", "sms_message": "{####}"},
        custom_threat_protection_mode="FULL_FUNCTION",
        deletion_protection=False,
        feature_plan="ESSENTIALS",
        keep_original={"email": True},
        passkey_relying_party_id="example.com",
        passkey_user_verification="PREFERRED",
        sign_in_policy={"allowed_first_auth_factors": {"password": True, "passkey": True}},
        steps=[trigger("PRE_TOKEN_GENERATION_CONFIG", version="V3_0"), {"tag": ["a", "b"]}],
    ),
]
# A prop given as None is the same as not given (the "every-new-prop" case's advanced_security_mode).


def random_cases(seed: int, count: int) -> list[dict[str, Any]]:
    """Seeded combinations of v2 and v1 pool props; each risky choice is valid most of the time.

    Left out, where v1 (which cdk_cognito follows) and v2 disagree: ``email_settings`` (v2 has no such
    prop), link-style verification bodies with a ``{##...##}`` other than ``{##Verify Email##}`` (v2
    accepts any), SES ``from_name`` values that v2 quotes or encodes (v1 does neither), and number tokens
    in the password policy (v1 and v2 compare their encoded double with the range; cdk_cognito leaves
    tokens alone: tests/test_user_pool.py).
    """
    rng = random.Random(seed)

    def pick(valid: list[Any], invalid: list[Any]) -> Any:
        return rng.choice(valid if rng.random() < 0.85 else invalid)

    def flags(*names: str) -> dict[str, bool]:
        return {name: rng.choice([True, False]) for name in names if rng.random() < 0.6}

    cases = []
    for index in range(count):
        props: dict[str, Any] = {}
        steps: list[dict[str, Any]] = []
        if rng.random() < 0.3:
            props["feature_plan"] = rng.choice(["LITE", "ESSENTIALS", "PLUS"])
        if rng.random() < 0.25:
            props["deletion_protection"] = rng.choice([True, False])
        if rng.random() < 0.25:
            props["keep_original"] = flags("email", "phone")
        if rng.random() < 0.25:
            props["passkey_relying_party_id"] = pick(
                ["example.com", "a", "b" * 63, {"$param": "RpId"}], ["", "c" * 64]
            )
        if rng.random() < 0.2:
            props["passkey_user_verification"] = rng.choice(["PREFERRED", "REQUIRED"])
        if rng.random() < 0.3:
            factors = {"password": pick([True], [False]), **flags("email_otp", "sms_otp", "passkey")}
            props["sign_in_policy"] = {"allowed_first_auth_factors": factors} if rng.random() < 0.9 else {}
        threat = rng.random()
        if threat < 0.15:
            props["advanced_security_mode"] = rng.choice(["ENFORCED", "AUDIT", "OFF"])
            if rng.random() < 0.15:
                props[rng.choice(["standard_threat_protection_mode", "custom_threat_protection_mode"])] = (
                    "AUDIT_ONLY"
                )
        elif threat < 0.4:
            if rng.random() < 0.6:
                props["standard_threat_protection_mode"] = rng.choice(
                    ["FULL_FUNCTION", "AUDIT_ONLY", "NO_ENFORCEMENT"]
                )
            if rng.random() < 0.6:
                props["custom_threat_protection_mode"] = rng.choice(["FULL_FUNCTION", "AUDIT_ONLY"])
        if rng.random() < 0.4:
            policy: dict[str, Any] = {}
            if rng.random() < 0.6:
                policy["password_history_size"] = pick([0, 1, 12, 24], [-1, 25, 100])
            if rng.random() < 0.5:
                policy["min_length"] = pick([6, 8, 12, 99], [5, 100])
            if rng.random() < 0.3:
                policy["temp_password_validity"] = pick(
                    [{"days": 1}, {"days": 365}, {"hours": 72}], [{"days": 366}]
                )
            policy.update(
                flags("require_digits", "require_lowercase", "require_symbols", "require_uppercase")
            )
            props["password_policy"] = policy
        if rng.random() < 0.5:
            props["mfa"] = rng.choice(["OFF", "OPTIONAL", "REQUIRED"])
            if rng.random() < 0.7:
                props["mfa_second_factor"] = {
                    "sms": rng.choice([True, False]),
                    "otp": rng.choice([True, False]),
                    **flags("email"),
                }
        if rng.random() < 0.4:
            props["email"] = pick(
                [{"ses": SES}, {"ses": {**SES, "from_name": "Team", "reply_to": "r@example.com"}}],
                [{"cognito": None}, {"cognito": "reply@example.com"}],
            )
        if rng.random() < 0.3:
            props["sign_in_aliases"] = pick(
                [{"username": True, "email": True}, {"email": True, "phone": True}, {"phone": True}],
                [{"preferred_username": True, "email": True}],
            )
        if rng.random() < 0.2:
            props["auto_verify"] = flags("email", "phone")
        if rng.random() < 0.15:
            props["enable_sms_role"] = rng.choice([True, False])
        if rng.random() < 0.1:
            props["sms_role"] = ROLE_ARN
            if rng.random() < 0.5:
                props["sms_role_external_id"] = "ext"
        if rng.random() < 0.1:
            props["sns_region"] = "eu-west-1"
        if rng.random() < 0.2:
            props["mfa_message"] = pick(
                ["Your code: {####}", {"$param": "MfaMessage"}], ["no code", "{####}" + "x" * 140]
            )
        if rng.random() < 0.2:
            style = rng.choice(["CODE", "LINK"])
            verification: dict[str, Any] = {"email_style": style}
            if rng.random() < 0.5:
                verification["email_body"] = pick(
                    ["Code {####}" if style == "CODE" else "Click {##Verify Email##}"],
                    ["Nothing here"],
                )
            if rng.random() < 0.3:
                verification["sms_message"] = pick(["SMS {####}"], ["SMS without code"])
            props["user_verification"] = verification
        if rng.random() < 0.15:
            props["user_invitation"] = {"email_subject": "Hi", "sms_message": "{username} {####}"}
        if rng.random() < 0.2:
            props["custom_attributes"] = pick(
                [{"tier": {"type": "string", "max_len": 10}}, {"n": {"type": "number", "min": 1}}],
                [{"bad": {"type": "string", "max_len": 4096}}],
            )
        if rng.random() < 0.15:
            props["standard_attributes"] = {"email": {"required": True}}
        if rng.random() < 0.1:
            props["account_recovery"] = rng.choice(["EMAIL_ONLY", "PHONE_AND_EMAIL", "NONE"])
        if rng.random() < 0.1:
            props["sign_in_case_sensitive"] = rng.choice([True, False])
        if rng.random() < 0.1:
            props["removal_policy"] = rng.choice(["DESTROY", "RETAIN", "SNAPSHOT"])
        if rng.random() < 0.15:
            props["custom_sender_kms_key"] = KEY_ARN
        if rng.random() < 0.2:
            props["lambda_triggers"] = pick(
                [{"pre_sign_up": FN_ARN}, {"pre_token_generation": FN_ARN_2}],
                [{"custom_email_sender": FN_ARN}],
            )
        if rng.random() < 0.3:
            operation = rng.choice(
                ["PRE_TOKEN_GENERATION_CONFIG"] * 3
                + ["PRE_SIGN_UP", "CUSTOM_SMS_SENDER", "POST_CONFIRMATION"]
            )
            steps.append(
                trigger(operation, rng.choice([FN_ARN, FN_ARN_2]), rng.choice([None, "V1_0", "V2_0", "V3_0"]))
            )
        if rng.random() < 0.15:
            steps.append({"tag": ["env", "test"]})
        cases.append(case(f"random-{seed}-{index}", steps=steps, **props))
    return cases


ALL_CASES = CASES + random_cases(seed=11, count=200)

# Inputs where cdk_cognito and v2 disagree, kept out of ALL_CASES. test_v2_pool_parity.py checks that
# they do disagree and that cdk_cognito does what v1 (aws-cdk.aws-cognito 1.204.0) does, or, for the
# number tokens, what the README's differences say.
V1_WINS = [
    # v2 takes any {##...##} as the link; v1 wants {##Verify Email##}.
    case(
        "link-body-other-placeholder",
        user_verification={"email_style": "LINK", "email_body": "Click {##Click here##}"},
    ),
    # v2 quotes a from_name that is no simple phrase, and base64-encodes a non-ASCII one; v1 does neither.
    case("from-name-with-quotes", email={"ses": {**SES, "from_name": 'Team "A"'}}),
    case("from-name-non-ascii", email={"ses": {**SES, "from_name": "\u00c9quipe"}}),
    # v2 has no email_settings (deprecated in v1).
    case("email-settings", email_settings={"from_": "a@example.com", "reply_to": "b@example.com"}),
]
TOKENS_NOT_JUDGED = [
    # v1 and v2 compare a number token's encoded double with the range and refuse it; cdk_cognito
    # never judges a token as a literal.
    case("min-length-number-token", password_policy={"min_length": {"$param_number": "MinLength"}}),
    case("history-number-token", password_policy={"password_history_size": {"$param_number": "History"}}),
]


# --------------------------------------------------------------------------------------------------
# Building a case with one library
# --------------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Library:
    """What building a case takes from one library.

    ``cognito`` is the module with ``UserPool`` and its structs (``cdk_cognito`` or aws-cdk-lib v2's
    ``aws_cognito``); ``core`` the module with ``Duration``, ``RemovalPolicy``, ``CfnParameter``, ``Aws``
    and ``Tags`` (``aws_cdk.core`` or ``aws_cdk``); ``function(stack, id, arn)``, ``role(stack, id, arn)``
    and ``key(stack, id, arn)`` make the function, role and key a case names by ARN.
    """

    cognito: Any
    core: Any
    function: Callable[[Any, str, Any], Any]
    role: Callable[[Any, str, Any], Any]
    key: Callable[[Any, str, Any], Any]


class _Builder:
    """Turns one case's neutral values into one library's objects, in one stack."""

    def __init__(self, lib: Library, stack: Any) -> None:
        self.lib = lib
        self.stack = stack
        self._params: dict[str, Any] = {}
        self._objects: dict[tuple[str, str], Any] = {}

    def value(self, value: Any) -> Any:
        """A JSON value with its token specs realized."""
        if isinstance(value, dict):
            if "$param" in value or "$param_number" in value:
                name = value.get("$param", value.get("$param_number"))
                kind = "String" if "$param" in value else "Number"
                if name not in self._params:
                    self._params[name] = self.lib.core.CfnParameter(self.stack, name, type=kind)
                parameter = self._params[name]
                return parameter.value_as_string if kind == "String" else parameter.value_as_number
            if "$aws" in value:
                return getattr(self.lib.core.Aws, value["$aws"])
            return {key: self.value(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.value(item) for item in value]
        return value

    def _object(self, kind: str, arn: Any) -> Any:
        key = (kind, repr(arn))
        if key not in self._objects:
            make = getattr(self.lib, kind)
            self._objects[key] = make(self.stack, f"{kind}{len(self._objects)}", self.value(arn))
        return self._objects[key]

    def function(self, arn: Any) -> Any:
        return self._object("function", arn)

    def kwargs(self, props: dict[str, Any]) -> dict[str, Any]:
        """``UserPool``'s keyword arguments for a case's neutral ``props``."""
        cognito = self.lib.cognito
        kwargs: dict[str, Any] = {}
        for key, raw in props.items():
            value = self.value(raw)
            if value is None:
                kwargs[key] = None
            elif key in ENUMS:
                kwargs[key] = getattr(getattr(cognito, ENUMS[key]), value)
            elif key in STRUCTS:
                kwargs[key] = getattr(cognito, STRUCTS[key])(**value)
            elif key == "removal_policy":
                kwargs[key] = getattr(self.lib.core.RemovalPolicy, value)
            elif key == "password_policy":
                policy = dict(value)
                if "temp_password_validity" in policy:
                    ((unit, amount),) = policy["temp_password_validity"].items()
                    policy["temp_password_validity"] = getattr(self.lib.core.Duration, unit)(amount)
                kwargs[key] = cognito.PasswordPolicy(**policy)
            elif key == "sign_in_policy":
                policy = dict(value)
                if "allowed_first_auth_factors" in policy:
                    policy["allowed_first_auth_factors"] = cognito.AllowedFirstAuthFactors(
                        **policy["allowed_first_auth_factors"]
                    )
                kwargs[key] = cognito.SignInPolicy(**policy)
            elif key == "user_verification":
                config = dict(value)
                if "email_style" in config:
                    config["email_style"] = getattr(cognito.VerificationEmailStyle, config["email_style"])
                kwargs[key] = cognito.UserVerificationConfig(**config)
            elif key == "email":
                if "cognito" in value:
                    kwargs[key] = cognito.UserPoolEmail.with_cognito(value["cognito"])
                else:
                    kwargs[key] = cognito.UserPoolEmail.with_ses(**value["ses"])
            elif key == "lambda_triggers":
                functions = {name: self.function(arn) for name, arn in raw.items()}
                kwargs[key] = cognito.UserPoolTriggers(**functions)
            elif key == "sms_role":
                kwargs[key] = self._object("role", raw)
            elif key == "custom_sender_kms_key":
                kwargs[key] = self._object("key", raw)
            elif key == "custom_attributes":
                kwargs[key] = {
                    name: getattr(cognito, ATTRIBUTE_CLASSES[spec["type"]])(
                        **{k: v for k, v in spec.items() if k != "type"}
                    )
                    for name, spec in value.items()
                }
            elif key == "standard_attributes":
                kwargs[key] = cognito.StandardAttributes(
                    **{name: cognito.StandardAttribute(**spec) for name, spec in value.items()}
                )
            else:
                kwargs[key] = value
        return kwargs

    def step(self, pool: Any, step: dict[str, Any]) -> None:
        cognito = self.lib.cognito
        if "add_trigger" in step:
            operation = step["add_trigger"]
            if isinstance(operation, dict):
                operation = cognito.UserPoolOperation.of(operation["of"])
            else:
                operation = getattr(cognito.UserPoolOperation, operation)
            args = [operation, self.function(step["arn"])]
            if "version" in step:
                args.append(getattr(cognito.LambdaVersion, step["version"]))
            pool.add_trigger(*args)
        elif "tag" in step:
            self.lib.core.Tags.of(pool).add(*step["tag"])
        else:  # pragma: no cover
            raise AssertionError(step)


def _error(error: BaseException) -> dict[str, str]:
    return {"class": builtin_class(error), "message": str(error)}


def render(
    lib: Library, case: dict[str, Any], stack: Any, synth: Callable[[], dict[str, Any]]
) -> dict[str, Any]:
    """The result of building ``case`` in ``stack``: what the parity test compares.

    ``{"name", "properties", "policies", "logical_ids", "sms_role", "steps"}`` (the pool's ``Properties``,
    its ``DeletionPolicy``/``UpdateReplacePolicy``, the logical ids of the pool and of its SMS role, the
    role's ``Properties`` or ``None``, and per step ``"ok"`` or its error), or ``{"name", "error"}``.
    ``synth()`` returns the stack's template.
    """
    result: dict[str, Any] = {"name": case["name"]}
    builder = _Builder(lib, stack)
    try:
        pool = lib.cognito.UserPool(stack, "Pool", **builder.kwargs(case["props"]))
    except Exception as error:
        result["error"] = _error(error)
        return result
    steps: list[Any] = []
    for step in case.get("steps", []):
        try:
            builder.step(pool, step)
        except Exception as error:
            steps.append(_error(error))
        else:
            steps.append("ok")
    resources = synth()["Resources"]
    (pool_id,) = [logical_id for logical_id, r in resources.items() if r["Type"] == POOL_TYPE]
    roles = [logical_id for logical_id, r in resources.items() if r["Type"] == ROLE_TYPE]
    result["properties"] = resources[pool_id]["Properties"]
    result["policies"] = {
        key: resources[pool_id].get(key) for key in ("DeletionPolicy", "UpdateReplacePolicy")
    }
    result["logical_ids"] = [pool_id, *roles]
    result["sms_role"] = resources[roles[0]]["Properties"] if roles else None
    result["steps"] = steps
    return result
