"""Hand-picked parity cases for ``UserPool``: cdk_cognito against aws_cdk.aws_cognito 1.204.0.

Every case is a scenario (see pool_scenarios.py) built once with ``c = aws_cdk.aws_cognito`` and once with
``c = cdk_cognito``; the templates of every stack, the returned values and the errors must agree (see
harness.py). Each case also says what the reference does with it (``raises=`` a message it must raise, or
nothing: it must succeed); ``test_reference_outcome`` checks that on the reference alone, so a scenario
cannot drift into testing something else. Cases marked ``xfail(strict=True)`` are documented differences.
"""

from __future__ import annotations

from typing import Any

import pytest
from aws_cdk import core

from .harness import (
    Outcome,
    Raised,
    assert_parity,
    compare,
    describe_error,
    mask_tokens,
    normalise,
    ref,
    run_case,
)
from .pool_scenarios import OPERATIONS, STANDARD_ATTRIBUTES, TRIGGERS, build, case_of
from .test_parity_cases import ABSENT_KEY_ORDER, ANALYTICS, L1_ATTRIBUTES, L1_VALIDATION

pytestmark = pytest.mark.parity

CASES: list[Any] = []
EXPECTED: dict[str, str | None] = {}

# Messages that core builds from a construct's JavaScript class name (README, differences).
CLASS_NAME_IN_MESSAGE = (
    "construct errors name our constructs 'Resource' (reference: UserPool/ImportedUserPool/...)"
)
# Deliberate differences (README, "Differences from the reference").
TOKEN_NOT_VALIDATED = (
    "a number token as min_length is not judged as a literal (the reference compares the token's "
    "encoded double with 6..99 and refuses it)"
)
IMPORTED_GRANT = (
    "grant() works on imported pools, as in aws-cdk-lib v2 (the reference's Python IUserPool has no grant)"
)


def case(
    case_id: str,
    scenario: dict[str, Any],
    *,
    raises: str | None = None,
    xfail: str | None = None,
    app_context: dict[str, Any] | None = None,
) -> None:
    """Register a scenario. ``raises``: a substring of the error the reference raises (else it succeeds)."""
    assert case_id not in EXPECTED, f"duplicate case id {case_id}"
    EXPECTED[case_id] = raises
    if app_context:
        scenario = {**scenario, "app_context": app_context}
    marks = []
    if xfail and xfail != ABSENT_KEY_ORDER:
        marks = [pytest.mark.xfail(strict=True, reason=xfail, raises=AssertionError)]
    CASES.append(pytest.param(case_id, scenario, xfail == ABSENT_KEY_ORDER, id=case_id, marks=marks))


# --------------------------------------------------------------------------------------------------
# Spec shorthands (see pool_scenarios.py for the spec language)
# --------------------------------------------------------------------------------------------------


def new(type_: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    return {"$": "new", "type": type_, "args": list(args), "kwargs": kwargs}


def call(type_: str, method: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    return {"$": "call", "type": type_, "method": method, "args": list(args), "kwargs": kwargs}


def invoke(on: Any, method: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    return {"$": "invoke", "on": on, "method": method, "args": list(args), "kwargs": kwargs}


def member(type_: str, name: str) -> dict[str, Any]:
    return {"$": "member", "type": type_, "name": name}


def fn(kind: str = "plain", name: str = "A", **extra: Any) -> dict[str, Any]:
    return {"$": "function", "kind": kind, "name": name, **extra}


def role(kind: str = "plain", name: str = "R", **extra: Any) -> dict[str, Any]:
    return {"$": "role", "kind": kind, "name": name, **extra}


def key(kind: str = "plain", name: str = "K", **extra: Any) -> dict[str, Any]:
    return {"$": "key", "kind": kind, "name": name, **extra}


def grantee(kind: str = "role", name: str = "G") -> dict[str, Any]:
    return {"$": "grantee", "kind": kind, "name": name}


def lazy(value: str) -> dict[str, Any]:
    return {"$": "lazy", "value": value}


def lazy_number(value: float) -> dict[str, Any]:
    return {"$": "lazy_number", "value": value}


def aws(name: str) -> dict[str, Any]:
    return {"$": "aws", "name": name}


def as_number(of: Any) -> dict[str, Any]:
    return {"$": "as_number", "of": of}


def param(name: str, type_: str = "String") -> dict[str, Any]:
    return {"$": "param", "name": name, "type": type_}


def concat(*parts: Any) -> dict[str, Any]:
    return {"$": "concat", "parts": list(parts)}


def duration(unit: str, amount: Any) -> dict[str, Any]:
    return {"$": "duration", "unit": unit, "amount": amount}


def removal(name: str) -> dict[str, Any]:
    return {"$": "removal", "name": name}


def mfa(name: str) -> dict[str, Any]:
    return member("Mfa", name)


def op(name: str) -> dict[str, Any]:
    return member("UserPoolOperation", name)


def op_of(name: str) -> dict[str, Any]:
    return call("UserPoolOperation", "of", name)


def ses(**kwargs: Any) -> dict[str, Any]:
    return call("UserPoolEmail", "with_ses", **kwargs)


def cognito_email(*args: Any) -> dict[str, Any]:
    return call("UserPoolEmail", "with_cognito", *args)


def props(**values: Any) -> dict[str, Any]:
    """A scenario creating a pool with these props."""
    return {"pool": {"kind": "new", "props": values}}


def with_steps(scenario: dict[str, Any], *steps: dict[str, Any]) -> dict[str, Any]:
    return {**scenario, "steps": [*scenario.get("steps", []), *steps]}


def trigger(operation: dict[str, Any], function: dict[str, Any]) -> dict[str, Any]:
    return {"do": "add_trigger", "operation": operation, "function": function}


def add_client(client_id: str = "Client", via: str = "add", **options: Any) -> dict[str, Any]:
    return {"do": "add_client", "id": client_id, "via": via, "options": options}


def add_server(server_id: str, via: str = "add", **options: Any) -> dict[str, Any]:
    return {"do": "add_resource_server", "id": server_id, "via": via, "options": options}


def grant(who: dict[str, Any], *actions: Any) -> dict[str, Any]:
    return {"do": "grant", "grantee": who, "actions": list(actions)}


def tag(target: str, key_: str, value: str, **options: Any) -> dict[str, Any]:
    return {"do": "tag", "target": target, "key": key_, "value": value, "options": options}


ENV = {"account": "111122223333", "region": "eu-west-1"}
POOL_ID = "us-east-1_AbC123"
POOL_ARN = "arn:aws:cognito-idp:eu-west-1:111122223333:userpool/eu-west-1_XyZ789"
KMS_ERROR = "you must specify a KMS key if you are using customSmsSender or customEmailSender."

# --------------------------------------------------------------------------------------------------
# Defaults and plain props
# --------------------------------------------------------------------------------------------------

case("minimal", props())
case("no-props-at-all", {"pool": {"kind": "new", "props": None}})
case(
    "every-prop-none",
    props(
        **{
            name: None
            for name in (
                "user_pool_name",
                "self_sign_up_enabled",
                "user_verification",
                "user_invitation",
                "sms_role",
                "sms_role_external_id",
                "sns_region",
                "enable_sms_role",
                "sign_in_aliases",
                "auto_verify",
                "standard_attributes",
                "custom_attributes",
                "mfa",
                "mfa_message",
                "mfa_second_factor",
                "password_policy",
                "email_settings",
                "email",
                "lambda_triggers",
                "sign_in_case_sensitive",
                "account_recovery",
                "removal_policy",
                "device_tracking",
                "custom_sender_kms_key",
            )
        }
    ),
)
case("name-plain", props(user_pool_name="my-pool"))
case("name-empty", props(user_pool_name=""))
case("name-unicode", props(user_pool_name="プール-é-😀"))
case("name-lazy", props(user_pool_name=lazy("lazy-pool")))
case("name-concat-tokens", props(user_pool_name=concat("pool-", aws("REGION"), "-", aws("ACCOUNT_ID"))))
case("name-parameter", props(user_pool_name=param("PoolName")))
case("self-sign-up-true", props(self_sign_up_enabled=True))
case("self-sign-up-false", props(self_sign_up_enabled=False))
case("pool-id-odd-characters", {**props(), "id": "My Pool-ü_1"})
case("pool-nested", {**props(user_pool_name="n"), "nested": True})
case("pool-in-env-stack", {**props(), "stack": ENV})
case("pool-in-token-env-stack", {**props(), "stack": {"account": aws("ACCOUNT_ID"), "region": aws("REGION")}})

# --------------------------------------------------------------------------------------------------
# User verification
# --------------------------------------------------------------------------------------------------

CODE, LINK = member("VerificationEmailStyle", "CODE"), member("VerificationEmailStyle", "LINK")
case("verification-empty", props(user_verification={}))
case("verification-struct", props(user_verification=new("UserVerificationConfig", email_subject="S")))
case("verification-code-explicit", props(user_verification={"email_style": CODE}))
case(
    "verification-code-custom",
    props(
        user_verification={
            "email_style": CODE,
            "email_subject": "Welcome",
            "email_body": "Code: {####}!",
            "sms_message": "SMS {####}",
        }
    ),
)
case(
    "verification-code-body-without-code",
    props(user_verification={"email_body": "no code here"}),
    raises="Verification email body must contain the template string '{####}'",
)
case(
    "verification-code-sms-without-code",
    props(user_verification={"sms_message": "no code"}),
    raises="SMS message must contain the template string '{####}'",
)
case(
    "verification-code-body-checked-before-sms",
    props(user_verification={"email_body": "x", "sms_message": "y"}),
    raises="Verification email body must contain",
)
case("verification-code-body-token", props(user_verification={"email_body": lazy("no code")}))
case("verification-code-sms-token", props(user_verification={"sms_message": param("Sms")}))
case(
    "verification-code-body-with-link-template-only",
    props(user_verification={"email_body": "{##Verify Email##}"}),
    raises="must contain the template string '{####}'",
)
case("verification-link-default", props(user_verification={"email_style": LINK}))
case(
    "verification-link-custom",
    props(
        user_verification={
            "email_style": LINK,
            "email_subject": "Click",
            "email_body": "Go {##Verify Email##} now",
        }
    ),
)
case(
    "verification-link-body-without-template",
    props(user_verification={"email_style": LINK, "email_body": "code {####}"}),
    raises="Verification email body must contain the template string '{##Verify Email##}'",
)
case(
    "verification-link-sms-without-code-accepted",
    props(user_verification={"email_style": LINK, "sms_message": "hi"}),
)
case("verification-link-body-token", props(user_verification={"email_style": LINK, "email_body": lazy("x")}))
case("verification-subject-unicode", props(user_verification={"email_subject": "Vérifiez ✓"}))

# --------------------------------------------------------------------------------------------------
# User invitation
# --------------------------------------------------------------------------------------------------

case("invitation-empty", props(user_invitation={}))
case(
    "invitation-all",
    props(
        user_invitation={
            "email_subject": "Invite",
            "email_body": "Hello {username}, {####}",
            "sms_message": "Hi {username} {####}",
        }
    ),
)
case("invitation-sms-only", props(user_invitation={"sms_message": "x"}))
case(
    "invitation-struct-with-sign-up",
    props(
        self_sign_up_enabled=True,
        user_invitation=new("UserInvitationConfig", email_subject="s", email_body="b"),
    ),
)
case("invitation-tokens", props(user_invitation={"email_body": lazy("b"), "email_subject": param("Subject")}))

# --------------------------------------------------------------------------------------------------
# SMS role: enable_sms_role x sms_role x MFA x phone sign-in / auto-verify
# --------------------------------------------------------------------------------------------------

case("sms-enable-true", props(enable_sms_role=True))
case("sms-enable-false", props(enable_sms_role=False))
case(
    "sms-enable-false-with-role",
    props(enable_sms_role=False, sms_role=role()),
    raises="enableSmsRole cannot be disabled when smsRole is specified",
)
case("sms-role-plain", props(sms_role=role("plain")))
case("sms-role-real", props(sms_role=role("real")))
case("sms-role-imported", props(sms_role=role("imported", arn="arn:aws:iam::444455556666:role/sms")))
case("sms-role-token-arn", props(sms_role=role("plain", arn=lazy("arn:aws:iam::1:role/lazy"))))
case(
    "sms-role-external-id-region", props(sms_role=role(), sms_role_external_id="ext", sns_region="us-west-2")
)
case("sms-role-enable-true", props(sms_role=role(), enable_sms_role=True))
case("sms-role-with-mfa-required", props(sms_role=role("real"), mfa=mfa("REQUIRED")))
case("sms-external-id-ignored-without-role", props(sms_role_external_id="ext", enable_sms_role=True))
case("sms-sns-region-generated-role", props(enable_sms_role=True, sns_region="ap-south-1"))
case("sms-sns-region-only", props(sns_region="ap-south-1"))
case("sms-mfa-required-generates-role", props(mfa=mfa("REQUIRED")))
case("sms-mfa-optional-generates-role", props(mfa=mfa("OPTIONAL")))
case("sms-mfa-off-no-role", props(mfa=mfa("OFF")))
case("sms-mfa-otp-only-no-role", props(mfa=mfa("OPTIONAL"), mfa_second_factor={"sms": False, "otp": True}))
case(
    "sms-mfa-otp-only-enable-true",
    props(mfa=mfa("REQUIRED"), mfa_second_factor={"sms": False, "otp": True}, enable_sms_role=True),
)
case("sms-mfa-required-enable-false", props(mfa=mfa("REQUIRED"), enable_sms_role=False))
case("sms-phone-sign-in-generates-role", props(sign_in_aliases={"phone": True}))
case("sms-phone-alias-generates-role", props(sign_in_aliases={"username": True, "phone": True}))
case("sms-auto-verify-phone-generates-role", props(auto_verify={"phone": True}))
case("sms-auto-verify-email-no-role", props(auto_verify={"email": True}))
case(
    "sms-phone-sign-in-auto-verify-email", props(sign_in_aliases={"phone": True}, auto_verify={"email": True})
)
case("sms-phone-sign-in-enable-false", props(sign_in_aliases={"phone": True}, enable_sms_role=False))
case(
    "sms-generated-role-nested-env",
    {**props(mfa=mfa("OPTIONAL")), "nested": True, "stack": ENV, "id": "Pool ü"},
)
case("sms-generated-role-long-id", {**props(enable_sms_role=True), "id": "P" * 300, "nested": True})

# The whole matrix: enable_sms_role x sms_role x what asks for SMS.
_SMS_NEEDS: dict[str, dict[str, Any]] = {
    "nothing": {},
    "mfa-required": {"mfa": mfa("REQUIRED")},
    "mfa-optional-otp": {"mfa": mfa("OPTIONAL"), "mfa_second_factor": {"sms": False, "otp": True}},
    "phone-sign-in": {"sign_in_aliases": {"username": False, "phone": True}},
    "auto-verify-phone": {"auto_verify": {"phone": True}},
}
for _enable in (True, False, None):
    for _with_role in (False, True):
        for _need, _need_props in _SMS_NEEDS.items():
            _sms_props = dict(_need_props)
            if _enable is not None:
                _sms_props["enable_sms_role"] = _enable
            if _with_role:
                _sms_props["sms_role"] = role("plain")
                _sms_props["sms_role_external_id"] = "given-id"
            case(
                f"sms-matrix-enable-{_enable}-{'role' if _with_role else 'no-role'}-{_need}".lower(),
                props(**_sms_props),
                raises="enableSmsRole cannot be disabled" if _enable is False and _with_role else None,
            )

# --------------------------------------------------------------------------------------------------
# MFA
# --------------------------------------------------------------------------------------------------

case("mfa-off", props(mfa=mfa("OFF")))
case("mfa-optional", props(mfa=mfa("OPTIONAL")))
case("mfa-required", props(mfa=mfa("REQUIRED")))
case("mfa-second-factor-without-mfa", props(mfa_second_factor={"sms": True, "otp": True}))
case("mfa-off-with-second-factor", props(mfa=mfa("OFF"), mfa_second_factor={"sms": True, "otp": True}))
case("mfa-optional-sms-and-otp", props(mfa=mfa("OPTIONAL"), mfa_second_factor={"sms": True, "otp": True}))
case("mfa-optional-neither", props(mfa=mfa("OPTIONAL"), mfa_second_factor={"sms": False, "otp": False}))
case(
    "mfa-required-otp-struct",
    props(mfa=mfa("REQUIRED"), mfa_second_factor=new("MfaSecondFactor", sms=False, otp=True)),
)
case("mfa-required-sms-only", props(mfa=mfa("REQUIRED"), mfa_second_factor={"otp": False, "sms": True}))
case("mfa-message-valid", props(mfa=mfa("OPTIONAL"), mfa_message="Your code is {####}"))
case(
    "mfa-message-without-code",
    props(mfa_message="no code"),
    raises="MFA message must contain the template string '{####}'",
)
case("mfa-message-140", props(mfa_message="{####}" + "x" * 134))
case(
    "mfa-message-141",
    props(mfa_message="{####}" + "x" * 135),
    raises="MFA message must be between 6 and 140 characters",
)
case("mfa-message-140-astral", props(mfa_message="{####}" + "😀" * 67))
case(
    "mfa-message-142-astral",
    props(mfa_message="{####}" + "😀" * 68),
    raises="MFA message must be between 6 and 140",
)
case("mfa-message-empty", props(mfa_message=""))
case("mfa-message-token", props(mfa_message=lazy("no code")))
case("mfa-message-code-only", props(mfa_message="{####}"))

# --------------------------------------------------------------------------------------------------
# Password policy
# --------------------------------------------------------------------------------------------------

case("password-empty", props(password_policy={}))
case("password-struct", props(password_policy=new("PasswordPolicy", require_digits=True)))
for _length, _raises in (
    (0, True),
    (5, True),
    (6, False),
    (8, False),
    (99, False),
    (100, True),
    (6.5, False),
):
    case(
        f"password-min-length-{_length}",
        props(password_policy={"min_length": _length}),
        raises="minLength for password must be between 6 and 99" if _raises else None,
    )
case(
    "password-min-length-token",
    props(password_policy={"min_length": as_number(aws("ACCOUNT_ID"))}),
    raises="minLength for password must be between 6 and 99 (received: ",
    xfail=TOKEN_NOT_VALIDATED,
)
case(
    "password-all-requirements",
    props(
        password_policy={
            "require_lowercase": True,
            "require_uppercase": True,
            "require_digits": True,
            "require_symbols": True,
        }
    ),
)
case(
    "password-requirements-false",
    props(
        password_policy={
            "require_symbols": False,
            "require_digits": False,
            "require_uppercase": False,
            "require_lowercase": False,
            "min_length": 12,
        }
    ),
)
for _unit, _amount, _raises in (
    ("days", 365, None),
    ("days", 366, "tempPasswordValidity cannot be greater than 365 days (received: 366)"),
    ("days", 365.5, "tempPasswordValidity cannot be greater than 365 days (received: 365.5)"),
    ("days", 0, None),
    ("days", 0.5, None),
    ("hours", 48, None),
    ("hours", 36, "'36 hours' cannot be converted into a whole number of days."),
    ("hours", 8784, "tempPasswordValidity cannot be greater than 365 days (received: 366)"),
    ("minutes", 2880, None),
    ("seconds", 86400, None),
    ("millis", 86_400_000, None),
):
    case(
        f"password-temp-validity-{_amount}-{_unit}",
        props(password_policy={"temp_password_validity": duration(_unit, _amount)}),
        raises=_raises,
    )
case(
    "password-temp-validity-token-days",
    props(
        password_policy={
            "temp_password_validity": duration("days", lazy_number(3)),
        }
    ),
)
case(
    "password-temp-validity-token-hours",
    props(
        password_policy={
            "temp_password_validity": duration("hours", as_number(aws("ACCOUNT_ID"))),
        }
    ),
    raises="Duration must be specified as 'Duration.days()' here since its value comes from a token",
)

# --------------------------------------------------------------------------------------------------
# Account recovery, device tracking, case sensitivity, removal policy
# --------------------------------------------------------------------------------------------------

for _recovery in (
    "EMAIL_AND_PHONE_WITHOUT_MFA",
    "PHONE_WITHOUT_MFA_AND_EMAIL",
    "EMAIL_ONLY",
    "PHONE_ONLY_WITHOUT_MFA",
    "PHONE_AND_EMAIL",
    "NONE",
):
    case(f"recovery-{_recovery.lower()}", props(account_recovery=member("AccountRecovery", _recovery)))
for _challenge in (True, False):
    for _prompt in (True, False):
        case(
            f"device-tracking-{_challenge}-{_prompt}".lower(),
            props(
                device_tracking={
                    "challenge_required_on_new_device": _challenge,
                    "device_only_remembered_on_user_prompt": _prompt,
                }
            ),
        )
case(
    "device-tracking-struct",
    props(
        device_tracking=new(
            "DeviceTracking",
            device_only_remembered_on_user_prompt=True,
            challenge_required_on_new_device=False,
        )
    ),
)
case("case-sensitive-true", props(sign_in_case_sensitive=True))
case("case-sensitive-false", props(sign_in_case_sensitive=False))
for _policy in ("DESTROY", "RETAIN", "SNAPSHOT"):
    case(f"removal-{_policy.lower()}", props(removal_policy=removal(_policy)))
case("removal-with-generated-role", props(removal_policy=removal("DESTROY"), enable_sms_role=True))
case("removal-applied-after", with_steps(props(), {"do": "removal", "policy": removal("DESTROY")}))

# --------------------------------------------------------------------------------------------------
# Sign-in aliases and auto-verified attributes
# --------------------------------------------------------------------------------------------------

_ALIASES: dict[str, dict[str, bool]] = {
    "empty": {},
    "username": {"username": True},
    "email": {"email": True},
    "phone": {"phone": True},
    "email-phone": {"email": True, "phone": True},
    "username-email": {"username": True, "email": True},
    "username-phone": {"username": True, "phone": True},
    "username-preferred": {"username": True, "preferred_username": True},
    "all": {"username": True, "email": True, "phone": True, "preferred_username": True},
    "all-false": {"username": False, "email": False, "phone": False, "preferred_username": False},
    "email-and-username-false": {"username": False, "email": True},
}
for _name, _aliases in _ALIASES.items():
    case(f"sign-in-{_name}", props(sign_in_aliases=dict(_aliases)))
case(
    "sign-in-preferred-without-username",
    props(sign_in_aliases={"preferred_username": True, "email": True}),
    raises="username signIn must be enabled if preferredUsername is enabled",
)
case("sign-in-struct", props(sign_in_aliases=new("SignInAliases", email=True, username=True)))
case("auto-verify-empty", props(auto_verify={}))
case("auto-verify-both", props(auto_verify={"phone": True, "email": True}))
case(
    "auto-verify-overrides-sign-in",
    props(sign_in_aliases={"email": True, "phone": True}, auto_verify={"email": True}),
)
case(
    "auto-verify-false-with-email-sign-in",
    props(sign_in_aliases={"email": True}, auto_verify={"email": False}),
)
case("auto-verify-struct", props(auto_verify=new("AutoVerifiedAttrs", email=True)))

# --------------------------------------------------------------------------------------------------
# Email: Cognito, SES, email_settings
# --------------------------------------------------------------------------------------------------

case("email-cognito-default", props(email=cognito_email()))
case("email-cognito-reply-to", props(email=cognito_email("support@example.com")))
case("email-cognito-reply-to-punycode", props(email=cognito_email("support@bücher.example")))
case("email-cognito-reply-to-mixed-local", props(email=cognito_email("aü@example.com")))
case(
    "email-cognito-reply-to-non-ascii-local",
    props(email=cognito_email("ü@example.com")),
    raises="the local part of the email address must use ASCII characters only",
)
case("email-cognito-reply-to-empty", props(email=cognito_email("")))
case("email-cognito-reply-to-token", props(email=cognito_email(lazy("x@y.z"))))
case(
    "email-ses-no-region",
    props(email=ses(from_email="noreply@example.com")),
    raises='Your stack region cannot be determined so "sesRegion" is required in SESOptions',
)
case(
    "email-ses-token-region-stack",
    {**props(email=ses(from_email="a@example.com")), "stack": {"region": aws("REGION")}},
    raises='"sesRegion" is required',
)
case("email-ses-ses-region", props(email=ses(from_email="noreply@example.com", ses_region="us-east-1")))
case("email-ses-env-region", {**props(email=ses(from_email="noreply@example.com")), "stack": ENV})
case(
    "email-ses-env-and-ses-region",
    {**props(email=ses(from_email="a@example.com", ses_region="us-west-2")), "stack": ENV},
)
case(
    "email-ses-region-only-stack",
    {**props(email=ses(from_email="a@example.com")), "stack": {"region": "ap-south-1"}},
)
case(
    "email-ses-everything",
    {
        **props(
            email=ses(
                from_email="noreply@example.com",
                from_name="Example Corp",
                reply_to="help@example.com",
                configuration_set_name="set-1",
                ses_verified_domain="example.com",
            )
        ),
        "stack": ENV,
    },
)
case(
    "email-ses-verified-domain-mismatch",
    {
        **props(
            email=ses(
                from_email="noreply@example.com",
                ses_verified_domain="other.com",
            )
        ),
        "stack": ENV,
    },
    raises='"fromEmail" contains a different domain than the "sesVerifiedDomain"',
)
case(
    "email-ses-verified-domain-subdomain-mismatch",
    {
        **props(
            email=ses(
                from_email="noreply@mail.example.com",
                ses_verified_domain="example.com",
            )
        ),
        "stack": ENV,
    },
    raises='"fromEmail" contains a different domain',
)
case(
    "email-ses-punycode-domain",
    {
        **props(
            email=ses(
                from_email="noreply@bücher.example",
                from_name="Bücher",
                ses_verified_domain="bücher.example",
            )
        ),
        "stack": ENV,
    },
)
case(
    "email-ses-from-name-unicode",
    {**props(email=ses(from_email="a@example.com", from_name="Zoë 😀")), "stack": ENV},
)
case(
    "email-ses-non-ascii-local",
    {**props(email=ses(from_email="ü@example.com")), "stack": ENV},
    raises="the local part of the email address must use ASCII characters only",
)
case(
    "email-ses-from-name-non-ascii-local",
    {**props(email=ses(from_email="x@example.com", from_name="ü")), "stack": ENV},
)
case(
    "email-ses-reply-to-non-ascii-local",
    {**props(email=ses(from_email="x@example.com", reply_to="é@x.org")), "stack": ENV},
    raises="must use ASCII characters only",
)
case("email-ses-no-at-sign", {**props(email=ses(from_email="noreply")), "stack": ENV})
case("email-ses-token-from", {**props(email=ses(from_email=lazy("a@example.com"))), "stack": ENV})
case(
    "email-ses-token-stack-account",
    {
        **props(email=ses(from_email="a@example.com", ses_region="eu-west-1")),
        "stack": {"account": aws("ACCOUNT_ID"), "region": "eu-west-1"},
    },
)
case("email-settings", props(email_settings={"from_": "noreply@example.com", "reply_to": "help@example.com"}))
case("email-settings-empty", props(email_settings={}))
case("email-settings-punycode-no-ascii-check", props(email_settings={"from_": "ü@bücher.example"}))
case("email-settings-struct", props(email_settings=new("EmailSettings", reply_to="a@b.c")))
case(
    "email-and-email-settings",
    props(email=cognito_email(), email_settings={"from_": "a@b.c"}),
    raises='you must either provide "email" or "emailSettings", but not both',
)
case(
    "email-and-empty-email-settings",
    props(email=cognito_email(), email_settings={}),
    raises='you must either provide "email" or "emailSettings", but not both',
)

# --------------------------------------------------------------------------------------------------
# Standard attributes
# --------------------------------------------------------------------------------------------------

case(
    "standard-all-required",
    props(standard_attributes={name: {"required": True} for name in STANDARD_ATTRIBUTES}),
)
case(
    "standard-all-reversed-dict",
    props(
        standard_attributes={name: {"mutable": False} for name in reversed(STANDARD_ATTRIBUTES)},
    ),
)
case(
    "standard-odd-order",
    props(
        standard_attributes={
            "website": {"mutable": False},
            "address": {"required": True},
            "phone_number": {},
            "email": {"required": True},
        }
    ),
)
case(
    "standard-struct",
    props(
        standard_attributes=new(
            "StandardAttributes",
            timezone=new("StandardAttribute", mutable=False),
            fullname=new("StandardAttribute"),
        )
    ),
)
for _mutable in (True, False, None):
    for _required in (True, False, None):
        _attribute = {k: v for k, v in (("mutable", _mutable), ("required", _required)) if v is not None}
        case(
            f"standard-email-mutable-{_mutable}-required-{_required}".lower(),
            props(standard_attributes={"email": _attribute}),
        )
for _name in (
    "fullname",
    "profile_picture",
    "timezone",
    "last_update_time",
    "profile_page",
    "email_verified",
    "phone_number_verified",
    "given_name",
):
    case(f"standard-{_name}", props(standard_attributes={_name: {"required": True, "mutable": True}}))
case("standard-empty", props(standard_attributes={}))

# --------------------------------------------------------------------------------------------------
# Custom attributes
# --------------------------------------------------------------------------------------------------


def custom(**attributes: Any) -> dict[str, Any]:
    return props(custom_attributes=attributes)


case(
    "custom-each-type",
    custom(
        s=new("StringAttribute"),
        n=new("NumberAttribute"),
        b=new("BooleanAttribute"),
        d=new("DateTimeAttribute"),
    ),
)
case(
    "custom-mutable",
    custom(
        s=new("StringAttribute", mutable=True),
        n=new("NumberAttribute", mutable=False),
        b=new("BooleanAttribute", mutable=False),
        d=new("DateTimeAttribute", mutable=True),
    ),
)
case("custom-string-constraints", custom(s=new("StringAttribute", min_len=5, max_len=15)))
case("custom-string-min-zero-only", custom(s=new("StringAttribute", min_len=0)))
case("custom-string-min-zero-max", custom(s=new("StringAttribute", min_len=0, max_len=10)))
case("custom-string-max-only", custom(s=new("StringAttribute", max_len=2048)))
case(
    "custom-string-max-2049",
    custom(s=new("StringAttribute", max_len=2049)),
    raises="maxLen cannot be greater than 2048 (value: 2049).",
)
case(
    "custom-string-min-negative",
    custom(s=new("StringAttribute", min_len=-1)),
    raises="minLen cannot be less than 0 (value: -1).",
)
case("custom-string-min-float", custom(s=new("StringAttribute", min_len=1.5, max_len=2.25)))
case("custom-string-max-token", custom(s=new("StringAttribute", max_len=as_number(aws("ACCOUNT_ID")))))
case(
    "custom-string-max-lazy-number",
    custom(s=new("StringAttribute", min_len=lazy_number(3))),
    xfail=L1_VALIDATION,
    raises="minLength: 3 should be a string",
)
case("custom-number-constraints", custom(n=new("NumberAttribute", min=-5, max=5)))
case("custom-number-zero-zero", custom(n=new("NumberAttribute", min=0, max=0)))
case("custom-number-zero-min", custom(n=new("NumberAttribute", min=0, max=10)))
case("custom-number-negative-only", custom(n=new("NumberAttribute", min=-10)))
case("custom-number-floats", custom(n=new("NumberAttribute", min=0.1, max=1e21)))
case(
    "custom-number-js-formatting",
    custom(
        a=new("NumberAttribute", min=1e-7, max=0.30000000000000004),
        b=new("NumberAttribute", min=-0.0, max=123456789.5),
        c=new("NumberAttribute", max=1e300),
        d=new("NumberAttribute", min=-1.5e-10),
    ),
)
case("custom-number-max-only", custom(n=new("NumberAttribute", max=100)))
case(
    "custom-names-array-index-order",
    props(
        custom_attributes={
            "10": new("StringAttribute"),
            "a": new("BooleanAttribute"),
            "2": new("NumberAttribute"),
            "01": new("DateTimeAttribute"),
            "4294967295": new("StringAttribute"),
            "4294967294": new("StringAttribute"),
        }
    ),
)
case(
    "custom-names-odd",
    props(
        custom_attributes={
            "z": new("StringAttribute"),
            "custom:x": new("StringAttribute"),
            "": new("StringAttribute"),
            "é": new("StringAttribute"),
        }
    ),
)
case(
    "custom-with-standard",
    props(
        custom_attributes={"tier": new("StringAttribute", max_len=8)},
        standard_attributes={"email": {"required": True}},
    ),
)
case("custom-empty", props(custom_attributes={}))
case(
    "custom-plain-attribute",
    custom(
        p={
            "$": "custom_attribute",
            "config": {
                "data_type": "String",
                "mutable": True,
                "string_constraints": {"min_len": 1, "max_len": 3},
            },
        },
        q={"$": "custom_attribute", "config": {"data_type": "Number", "number_constraints": {"min": 2}}},
    ),
)
case(
    "custom-plain-attribute-other-type",
    custom(
        p={"$": "custom_attribute", "config": {"data_type": "Anything"}},
    ),
)

# --------------------------------------------------------------------------------------------------
# Triggers, custom senders and the KMS key
# --------------------------------------------------------------------------------------------------

_PLAIN_KEY = key("plain")
case(
    "triggers-all-plain",
    props(
        lambda_triggers={name: fn("plain", name.replace("_", "")) for name in TRIGGERS},
        custom_sender_kms_key=_PLAIN_KEY,
    ),
)
case(
    "triggers-all-real-one-function",
    props(
        lambda_triggers={name: fn("real", "Shared") for name in TRIGGERS},
        custom_sender_kms_key=key("real"),
    ),
)
case(
    "triggers-imported-functions",
    props(
        lambda_triggers={
            "pre_sign_up": fn("imported", "A"),
            "post_confirmation": fn("imported", "B", arn="arn:aws:lambda:eu-west-1:444455556666:function:b"),
        }
    ),
)
case(
    "triggers-imported-in-env-stack",
    {
        **props(
            lambda_triggers={
                "pre_sign_up": fn("imported", "A", arn="arn:aws:lambda:eu-west-1:111122223333:function:a"),
                "custom_message": fn("imported", "B", arn="arn:aws:lambda:eu-west-1:999999999999:function:b"),
            }
        ),
        "stack": ENV,
    },
)
case(
    "triggers-reversed-dict-order",
    props(
        lambda_triggers={
            name: fn("real" if index % 2 else "plain", f"F{index}")
            for index, name in enumerate(TRIGGERS[::-1])
        },
        custom_sender_kms_key=key("real"),
    ),
)
case("triggers-struct", props(lambda_triggers=new("UserPoolTriggers", user_migration=fn("real"))))
case("triggers-empty", props(lambda_triggers={}))
case("triggers-plain-token-arn", props(lambda_triggers={"pre_sign_up": fn("plain", arn=lazy("arn:lazy"))}))
case(
    "triggers-custom-email-sender-without-key",
    props(lambda_triggers={"custom_email_sender": fn()}),
    raises=KMS_ERROR,
)
case(
    "triggers-custom-sms-sender-without-key",
    props(lambda_triggers={"custom_sms_sender": fn("real")}),
    raises=KMS_ERROR,
)
case(
    "triggers-custom-senders-plain-key",
    props(
        lambda_triggers={"custom_sms_sender": fn("plain", "S"), "custom_email_sender": fn("plain", "E")},
        custom_sender_kms_key=key("plain"),
    ),
)
case(
    "triggers-custom-sender-imported-key",
    props(
        lambda_triggers={"custom_email_sender": fn("real")},
        custom_sender_kms_key=key("imported", arn="arn:aws:kms:eu-west-1:111122223333:key/abc"),
    ),
)
case("kms-key-alone-real", props(custom_sender_kms_key=key("real")))
case("kms-key-alone-token-arn", props(custom_sender_kms_key=key("plain", arn=param("KeyArn"))))
case(
    "add-trigger-every-operation",
    with_steps(
        props(custom_sender_kms_key=key()),
        *(trigger(op(name), fn("plain", name)) for name in OPERATIONS),
    ),
)
case("add-trigger-real-function", with_steps(props(), trigger(op("PRE_SIGN_UP"), fn("real"))))
case(
    "add-trigger-same-function-twice",
    with_steps(
        props(),
        trigger(op("PRE_SIGN_UP"), fn("real")),
        trigger(op("POST_CONFIRMATION"), fn("real")),
    ),
)
case(
    "add-trigger-duplicate-of-prop",
    with_steps(
        props(lambda_triggers={"pre_sign_up": fn("plain", "A")}),
        trigger(op("PRE_SIGN_UP"), fn("plain", "B")),
    ),
)
case(
    "add-trigger-duplicate",
    with_steps(
        props(),
        trigger(op("USER_MIGRATION"), fn("real", "A")),
        trigger(op("USER_MIGRATION"), fn("real", "B")),
    ),
)
case(
    "add-trigger-custom-sender-without-key",
    with_steps(
        props(),
        trigger(op("CUSTOM_EMAIL_SENDER"), fn("real")),
        trigger(op("CUSTOM_SMS_SENDER"), fn("plain", "P")),
    ),
)
case(
    "add-trigger-custom-sender-with-key",
    with_steps(
        props(custom_sender_kms_key=key("real")),
        trigger(op("CUSTOM_SMS_SENDER"), fn("real")),
    ),
)
case(
    "add-trigger-duplicate-custom-sender",
    with_steps(
        props(custom_sender_kms_key=key(), lambda_triggers={"custom_sms_sender": fn("plain", "A")}),
        trigger(op("CUSTOM_SMS_SENDER"), fn("plain", "B")),
    ),
)
case("add-trigger-of-known-name", with_steps(props(), trigger(op_of("PreSignUp"), fn())))
case(
    "add-trigger-of-duplicate-by-case",
    with_steps(
        props(lambda_triggers={"pre_sign_up": fn("plain", "A")}),
        trigger(op_of("PreSignUp"), fn("plain", "B")),
    ),
)
case("add-trigger-of-unknown-name", with_steps(props(), trigger(op_of("CustomThing"), fn("real"))))
case("add-trigger-of-empty-name", with_steps(props(), trigger(op_of(""), fn())))
case("add-trigger-of-custom-sender-name", with_steps(props(), trigger(op_of("CustomEmailSender"), fn())))
case("add-trigger-of-kms-key-id", with_steps(props(), trigger(op_of("kmsKeyId"), fn())))
case(
    "add-trigger-after-kms-key-id-of",
    with_steps(
        props(),
        trigger(op_of("KmsKeyId"), fn("plain", "A")),
        trigger(op("CUSTOM_EMAIL_SENDER"), fn("plain", "B")),
    ),
)

# --------------------------------------------------------------------------------------------------
# Grants
# --------------------------------------------------------------------------------------------------

case("grant-role", with_steps(props(), grant(grantee("role"), "cognito-idp:AdminCreateUser")))
case("grant-role-several-actions", with_steps(props(), grant(grantee("role"), "a:B", "c:D", "a:B")))
case(
    "grant-no-actions",
    with_steps(props(), grant(grantee("role"))),
    raises="A PolicyStatement must specify at least one 'action' or 'notAction'.",
)
case("grant-user", with_steps(props(), grant(grantee("user"), "cognito-idp:*")))
case("grant-plain", with_steps(props(), grant(grantee("plain"), "cognito-idp:ListUsers")))
case("grant-plain-refusing", with_steps(props(), grant(grantee("plain-refusing"), "cognito-idp:ListUsers")))
case(
    "grant-twice-same-role", with_steps(props(), grant(grantee("role"), "x:A"), grant(grantee("role"), "x:B"))
)
case(
    "grant-imported-by-arn",
    with_steps(
        {"pool": {"kind": "from_arn", "value": POOL_ARN}}, grant(grantee("role"), "cognito-idp:ListUsers")
    ),
    xfail=IMPORTED_GRANT,
)
case(
    "grant-imported-by-id-plain",
    with_steps(
        {"pool": {"kind": "from_id", "value": POOL_ID}}, grant(grantee("plain"), "cognito-idp:ListUsers")
    ),
    xfail=IMPORTED_GRANT,
)
case("grant-token-action", with_steps(props(), grant(grantee("plain"), lazy("cognito-idp:Lazy"))))

# --------------------------------------------------------------------------------------------------
# Tags
# --------------------------------------------------------------------------------------------------

case("tags-stack", with_steps(props(), tag("stack", "team", "identity")))
case("tags-pool", with_steps(props(), tag("pool", "team", "identity"), tag("pool", "cost", "1")))
case("tags-app-and-generated-role", with_steps(props(enable_sms_role=True), tag("app", "env", "prod")))
case(
    "tags-include-pool-type",
    with_steps(
        props(enable_sms_role=True),
        tag(
            "stack",
            "only",
            "pool",
            include_resource_types=["AWS::Cognito::UserPool"],
        ),
    ),
)
case(
    "tags-exclude-pool-type",
    with_steps(
        props(enable_sms_role=True),
        tag(
            "stack",
            "not",
            "pool",
            exclude_resource_types=["AWS::Cognito::UserPool"],
        ),
    ),
)
case(
    "tags-priority",
    with_steps(props(), tag("pool", "k", "low", priority=50), tag("stack", "k", "high", priority=200)),
)
case(
    "tags-removed",
    with_steps(
        props(), tag("stack", "a", "1"), tag("stack", "b", "2"), {"do": "untag", "target": "pool", "key": "a"}
    ),
)
case("tags-unicode", with_steps(props(), tag("pool", "ключ", "値 ✓")))
case(
    "tags-imported-pool-with-client",
    with_steps(
        {"pool": {"kind": "from_id", "value": POOL_ID}},
        tag("stack", "team", "x"),
        add_client(),
    ),
)

# --------------------------------------------------------------------------------------------------
# Imports, clients, resource servers, identity providers
# --------------------------------------------------------------------------------------------------

case("import-id", {"pool": {"kind": "from_id", "value": POOL_ID}})
case("import-id-env-stack", {"pool": {"kind": "from_id", "value": POOL_ID}, "stack": ENV})
case("import-id-token", {"pool": {"kind": "from_id", "value": lazy("us-west-2_Lazy")}})
case("import-id-parameter-env-stack", {"pool": {"kind": "from_id", "value": param("PoolId")}, "stack": ENV})
case("import-arn", {"pool": {"kind": "from_arn", "value": POOL_ARN}})
case("import-arn-env-stack", {"pool": {"kind": "from_arn", "value": POOL_ARN}, "stack": ENV})
case("import-arn-token", {"pool": {"kind": "from_arn", "value": param("PoolArn")}})
case(
    "import-arn-invalid",
    {"pool": {"kind": "from_arn", "value": "arn:aws:cognito-idp:us-east-1:1:userpool"}},
    raises="invalid user pool ARN",
)
case(
    "import-with-clients-and-server",
    with_steps(
        {"pool": {"kind": "from_arn", "value": POOL_ARN}, "stack": ENV},
        add_server(
            "Api",
            identifier="api",
            scopes=[new("ResourceServerScope", scope_name="read", scope_description="R")],
        ),
        add_client(
            "Web",
            o_auth={
                "flows": {"authorization_code_grant": True},
                "callback_urls": ["https://a.example"],
                "scopes": [{"$": "rs_scope", "server": 0, "scope": 0}, member("OAuthScope", "OPENID")],
            },
        ),
        add_client(
            "M2M",
            via="new",
            generate_secret=True,
            o_auth={
                "flows": {"client_credentials": True},
                "scopes": [{"$": "rs_scope", "server": 0, "scope": 0}],
            },
        ),
    ),
)
case(
    "import-registered-idps-flow-into-clients",
    with_steps(
        {"pool": {"kind": "from_id", "value": POOL_ID}},
        {"do": "register_idp", "name": "Okta"},
        {"do": "register_idp", "name": "Google", "id": "G"},
        add_client("Web"),
        add_client(
            "Explicit", supported_identity_providers=[member("UserPoolClientIdentityProvider", "COGNITO")]
        ),
    ),
)
case("created-pool-default-client", with_steps(props(), add_client()))
case(
    "created-pool-clients",
    with_steps(
        props(user_pool_name="with-clients", sign_in_aliases={"email": True}),
        add_client(
            "Web",
            user_pool_client_name="web",
            auth_flows={"user_srp": True},
            o_auth={
                "flows": {"implicit_code_grant": True},
                "callback_urls": ["https://app.example/cb"],
                "logout_urls": ["https://app.example/out"],
                "scopes": [member("OAuthScope", "EMAIL"), member("OAuthScope", "PROFILE")],
            },
            access_token_validity=duration("minutes", 30),
            prevent_user_existence_errors=True,
        ),
        add_client(
            "Native",
            via="new",
            disable_o_auth=True,
            generate_secret=False,
            read_attributes=invoke(new("ClientAttributes"), "with_custom_attributes", "tier"),
        ),
        add_client("Lazy", user_pool_client_name=lazy("lazy-client")),
    ),
)
case(
    "created-pool-resource-server-scope-in-client",
    with_steps(
        props(custom_attributes={"tier": new("StringAttribute")}),
        add_server(
            "Orders",
            identifier="orders",
            user_pool_resource_server_name="Orders API",
            scopes=[
                new("ResourceServerScope", scope_name="read", scope_description="Read"),
                new("ResourceServerScope", scope_name="write", scope_description="Write"),
            ],
        ),
        add_server("Other", via="new", identifier="https://other.example"),
        add_client(
            "Service",
            generate_secret=True,
            o_auth={
                "flows": {"client_credentials": True},
                "scopes": [
                    {"$": "rs_scope", "server": 0, "scope": 1},
                    {"$": "rs_scope", "server": 0, "scope": 0},
                ],
            },
        ),
    ),
)
case(
    "created-pool-registered-idp-in-client-defaults",
    with_steps(
        props(),
        {"do": "register_idp", "name": "Okta"},
        add_client("Web"),
        {"do": "register_idp", "name": "COGNITO"},
        add_client("Second"),
    ),
)
case(
    "created-pool-client-before-idp",
    with_steps(props(), add_client("Web"), {"do": "register_idp", "name": "Okta"}),
)
case(
    "created-pool-outputs",
    with_steps(
        props(),
        {"do": "output", "id": "Name", "attribute": "user_pool_provider_name"},
        {"do": "output", "id": "Url", "attribute": "user_pool_provider_url"},
        {"do": "output", "id": "Arn", "attribute": "user_pool_arn"},
        {"do": "output", "id": "Id", "attribute": "user_pool_id"},
    ),
)
case(
    "created-pool-env-stack-with-everything",
    {
        **with_steps(
            props(
                user_pool_name="full",
                self_sign_up_enabled=True,
                sign_in_aliases={"username": True, "email": True},
                mfa=mfa("OPTIONAL"),
                mfa_second_factor={"sms": True, "otp": True},
                mfa_message="{####} is your code",
                password_policy={
                    "min_length": 10,
                    "require_symbols": True,
                    "temp_password_validity": duration("days", 3),
                },
                account_recovery=member("AccountRecovery", "EMAIL_ONLY"),
                device_tracking={
                    "challenge_required_on_new_device": True,
                    "device_only_remembered_on_user_prompt": False,
                },
                email=ses(from_email="noreply@example.com", from_name="Ex"),
                sign_in_case_sensitive=False,
                standard_attributes={"email": {"required": True}},
                custom_attributes={"n": new("NumberAttribute", max=9)},
                lambda_triggers={"pre_sign_up": fn("real")},
                removal_policy=removal("DESTROY"),
                user_verification={"email_style": LINK},
                user_invitation={"email_subject": "Hi"},
            ),
            add_client("Web"),
            grant(grantee("role"), "cognito-idp:AdminGetUser"),
            tag("pool", "t", "v"),
        ),
        "stack": ENV,
    },
)

# --------------------------------------------------------------------------------------------------
# Escape hatches, app context
# --------------------------------------------------------------------------------------------------

case(
    "hatch-override-set-key",
    with_steps(
        props(user_pool_name="x"),
        {"do": "override", "path": "UserPoolName", "value": "y"},
    ),
)
case(
    "hatch-override-nested-set-key",
    with_steps(
        props(),
        {"do": "override", "path": "AdminCreateUserConfig.AllowAdminCreateUserOnly", "value": False},
    ),
)
case("hatch-delete-set-key", with_steps(props(), {"do": "delete", "path": "VerificationMessageTemplate"}))
case(
    "hatch-override-unset-key",
    with_steps(props(), {"do": "override", "path": "UserPoolName", "value": "y"}),
    xfail=ABSENT_KEY_ORDER,
)
case(
    "hatch-l1-typed-getter",
    with_steps(props(user_pool_name="x"), {"do": "read_l1", "attribute": "user_pool_name"}),
    xfail=L1_ATTRIBUTES,
)
case("path-metadata", props(user_pool_name="x"), app_context={"aws:cdk:enable-path-metadata": True})
case("version-reporting", props(), app_context={"aws:cdk:version-reporting": True}, xfail=ANALYTICS)
case(
    "duplicate-pool-id",
    with_steps(props(), add_client("Resource")),
    raises="There is already a Construct with name",
    xfail=CLASS_NAME_IN_MESSAGE,
)

# --------------------------------------------------------------------------------------------------
# Bad types (the reference's class is compared: TypeError, or RuntimeError for jsii's own checks)
# --------------------------------------------------------------------------------------------------

_OBJECT = {"$": "object"}
BAD_PROPS: dict[str, tuple[str, Any]] = {
    "name-int": ("user_pool_name", 5),
    "self-sign-up-str": ("self_sign_up_enabled", "yes"),
    "verification-str": ("user_verification", "code"),
    "verification-style-str": ("user_verification", {"email_style": "CONFIRM_WITH_LINK"}),
    "verification-unknown-key": ("user_verification", {"emailBody": "{####}"}),
    "invitation-body-int": ("user_invitation", {"email_body": 5}),
    "sms-role-str": ("sms_role", "arn:aws:iam::1:role/r"),
    "sms-role-object": ("sms_role", _OBJECT),
    "external-id-int": ("sms_role_external_id", 1),
    "sns-region-int": ("sns_region", 1),
    "enable-sms-role-int": ("enable_sms_role", 1),
    "sign-in-str": ("sign_in_aliases", "email"),
    "sign-in-unknown-key": ("sign_in_aliases", {"mail": True}),
    "sign-in-value-str": ("sign_in_aliases", {"email": "yes"}),
    "auto-verify-list": ("auto_verify", ["email"]),
    "standard-bool": ("standard_attributes", {"email": True}),
    "standard-unknown": ("standard_attributes", {"name": {"required": True}}),
    "standard-attribute-mutable-str": ("standard_attributes", {"email": {"mutable": "no"}}),
    "custom-str-value": ("custom_attributes", {"x": "String"}),
    "custom-list": ("custom_attributes", ["x"]),
    "custom-tuple": ("custom_attributes", {"$": "tuple", "items": []}),
    "custom-object-value": ("custom_attributes", {"x": _OBJECT}),
    "mfa-str": ("mfa", "ON"),
    "mfa-message-int": ("mfa_message", 123456),
    "mfa-second-factor-missing-otp": ("mfa_second_factor", {"sms": True}),
    "mfa-second-factor-str": ("mfa_second_factor", "sms"),
    "password-min-length-str": ("password_policy", {"min_length": "8"}),
    "password-validity-int": ("password_policy", {"temp_password_validity": 7}),
    "password-unknown-key": ("password_policy", {"minimum_length": 8}),
    "email-settings-from-key": ("email_settings", {"from": "a@b.c"}),
    "email-settings-int": ("email_settings", {"reply_to": 1}),
    "email-str": ("email", "a@b.c"),
    "email-object": ("email", _OBJECT),
    "triggers-camel-key": ("lambda_triggers", {"preSignUp": {"$": "function", "kind": "plain", "name": "A"}}),
    "triggers-arn-str": ("lambda_triggers", {"pre_sign_up": "arn:aws:lambda:us-east-1:1:function:f"}),
    "triggers-object": ("lambda_triggers", {"pre_sign_up": _OBJECT}),
    "case-sensitive-int": ("sign_in_case_sensitive", 1),
    "recovery-int": ("account_recovery", 1),
    "recovery-str": ("account_recovery", "EMAIL_ONLY"),
    "removal-str": ("removal_policy", "destroy"),
    "device-tracking-missing-field": ("device_tracking", {"challenge_required_on_new_device": True}),
    "device-tracking-str-field": (
        "device_tracking",
        {"challenge_required_on_new_device": "yes", "device_only_remembered_on_user_prompt": True},
    ),
    "kms-key-str": ("custom_sender_kms_key", "arn:aws:kms:us-east-1:1:key/k"),
    "kms-key-object": ("custom_sender_kms_key", _OBJECT),
}
for _case_id, (_prop, _value) in BAD_PROPS.items():
    case(f"bad-{_case_id}", props(**{_prop: _value}), raises="")
case("bad-unknown-prop", props(bogus=1), raises="unexpected keyword argument 'bogus'")
case("bad-string-attribute-min-len-str", custom(s=new("StringAttribute", min_len="1")), raises="")
case("bad-number-attribute-max-str", custom(n=new("NumberAttribute", max="1")), raises="")
case("bad-boolean-attribute-mutable-str", custom(b=new("BooleanAttribute", mutable="no")), raises="")
case("bad-add-trigger-str-operation", with_steps(props(), trigger("preSignUp", fn())))
case(
    "bad-add-trigger-str-function",
    with_steps(props(), trigger(op("PRE_SIGN_UP"), "arn:aws:lambda:::function:f")),
)
case("bad-operation-of-int", with_steps(props(), trigger(op_of(5), fn())))
case("bad-grant-str-grantee", with_steps(props(), grant("arn:aws:iam::1:role/r", "a:b")))
case("bad-grant-int-action", with_steps(props(), grant(grantee("role"), 5)))
case("bad-import-id-int", {"pool": {"kind": "from_id", "value": 5}}, raises="")
case("bad-import-arn-none", {"pool": {"kind": "from_arn", "value": None}}, raises="")

# --------------------------------------------------------------------------------------------------


def test_case_count() -> None:
    assert len(CASES) >= 150


@pytest.mark.parametrize(("case_id", "scenario", "key_order_only"), CASES)
def test_pool_parity(case_id: str, scenario: dict[str, Any], key_order_only: bool) -> None:
    assert_parity(case_of(scenario), key_order_only=key_order_only)


@pytest.mark.parametrize(
    ("case_id", "scenario", "key_order_only"), [p.values for p in CASES], ids=list(EXPECTED)
)
def test_reference_outcome(case_id: str, scenario: dict[str, Any], key_order_only: bool) -> None:
    """The reference does with each scenario what its case says (so each case tests what it names)."""
    outcome = run_case(case_of(scenario), ref)
    expected = EXPECTED[case_id]
    if expected is None:
        assert outcome.error is None, outcome.describe()
    else:
        assert outcome.error is not None, f"the reference accepted it:\n{outcome.describe()}"
        assert expected in str(outcome.error), outcome.describe()


# --------------------------------------------------------------------------------------------------
# The harness's pool additions must notice what they are meant to catch
# --------------------------------------------------------------------------------------------------


def test_builder_notices_a_trigger_difference() -> None:
    scenario = with_steps(props(), trigger(op("PRE_SIGN_UP"), fn()))

    def differs(c: Any, stack: core.Stack) -> Any:
        value = build(ref, stack, scenario)
        if c is not ref:
            value["permissions"][0]["id"] = "Other"
        return value

    with pytest.raises(AssertionError, match="permissions"):
        assert_parity(differs)


def test_number_tokens_are_masked_in_messages() -> None:
    first = mask_tokens("minLength (received: -1.8881545897088044e+289)")
    assert first == mask_tokens("minLength (received: -1.8881545897087626e+289)")
    assert first != mask_tokens("minLength (received: -1.5e+289)")


def test_grants_are_normalised_with_their_statement() -> None:
    outcome = run_case(case_of(with_steps(props(), grant(grantee("plain"), "a:b"))), ref)
    assert outcome.error is None, outcome.describe()
    assert outcome.value["steps"] == [
        {
            "$grant": {
                "success": True,
                "principal_statement": {
                    "$statement": {
                        "Action": "a:b",
                        "Effect": "Allow",
                        "Resource": {"$resolved": {"Fn::GetAtt": ["PoolD3F588B8", "Arn"]}},
                    }
                },
                "resource_statement": None,
            }
        }
    ]
    assert outcome.value["statements"] == [
        ["G", outcome.value["steps"][0]["$grant"]["principal_statement"]["$statement"]]
    ]


def test_grant_like_mapping_statement_compares_as_the_same_json() -> None:
    class Grant:
        success = True
        principal_statement = {"Action": "a:b"}
        resource_statement = None

    stack = core.Stack(core.App(), "S")
    assert normalise(Grant(), stack) == {
        "$grant": {
            "success": True,
            "principal_statement": {"$statement": {"Action": "a:b"}},
            "resource_statement": None,
        }
    }


def test_compare_reports_error_message_mismatch_in_steps() -> None:
    reference = Outcome(
        "ref", templates="{}", value={"steps": [Raised(RuntimeError("Error: A trigger exists."))]}
    )
    ours = Outcome("ours", templates="{}", value={"steps": [Raised(RuntimeError("Error: another"))]})
    problem = compare(reference, ours)
    assert problem is not None and "error message differs" in problem, describe_error(RuntimeError(problem))
