"""``UserPool``: the template it synthesizes (``aws_cdk.assertions``), its methods, attributes and errors.

The parity suites (tests/parity/test_pool_parity_*.py against aws-cdk.aws-cognito 1.204.0, and
tests/v2/test_v2_pool_parity.py against aws-cdk-lib v2) compare whole templates with the references; these
tests state the expected outcome of each prop, method and error branch directly.
"""

from __future__ import annotations

import copy
import importlib.util
import inspect
import itertools
import re
from typing import Any

import pytest
from aws_cdk import assertions, aws_iam, aws_lambda, core
from hypothesis import given
from hypothesis import strategies as st

import cdk_cognito as cognito
from _support import new_stack
from cdk_cognito import (
    AccountRecovery,
    AdvancedSecurityMode,
    AllowedFirstAuthFactors,
    AutoVerifiedAttrs,
    CustomThreatProtectionMode,
    DeviceTracking,
    FeaturePlan,
    KeepOriginalAttrs,
    LambdaVersion,
    Mfa,
    MfaSecondFactor,
    PasskeyUserVerification,
    PasswordPolicy,
    SignInAliases,
    SignInPolicy,
    StandardAttribute,
    StandardAttributes,
    StandardThreatProtectionMode,
    StringAttribute,
    UserInvitationConfig,
    UserPool,
    UserPoolEmail,
    UserPoolOperation,
    UserPoolTriggers,
    UserVerificationConfig,
    VerificationEmailStyle,
)
from cdk_cognito._typecheck import MissingValueError, NotAJsiiObjectError

POOL_TYPE = "AWS::Cognito::UserPool"
ROLE_TYPE = "AWS::IAM::Role"
POOL_ID = "PoolD3F588B8"  # the logical id of UserPool(stack "Stack", "Pool")
ROLE_ID = "PoolsmsRoleC3352CE6"  # and of its smsRole's AWS::IAM::Role
EXTERNAL_ID = "StackPool7DFA52F5"  # Names.unique_id of the pool
POOL_ARN = {"Fn::GetAtt": [POOL_ID, "Arn"]}
CODE_MESSAGE = "The verification code to your new account is {####}"
FN_ARN = "arn:aws:lambda:us-east-1:123456789012:function:trigger"
KEY_ARN = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
SMS_ROLE_ARN = "arn:aws:iam::123456789012:role/Sms"
ADVANCED_AND_THREAT = (
    "you cannot set Threat Protection and Advanced Security Mode at the same time. Advanced Security Mode "
    "is deprecated and should be replaced with Threat Protection instead."
)
KMS_REQUIRED = "you must specify a KMS key if you are using customSmsSender or customEmailSender."
ONLY_CONFIG_VERSIONS = (
    "Only the `PRE_TOKEN_GENERATION_CONFIG` operation supports V2_0 and V3_0 lambda version."
)

# What UserPool(stack, "Pool") renders.
DEFAULT_PROPERTIES: dict[str, Any] = {
    "AccountRecoverySetting": {
        "RecoveryMechanisms": [
            {"Name": "verified_phone_number", "Priority": 1},
            {"Name": "verified_email", "Priority": 2},
        ]
    },
    "AdminCreateUserConfig": {"AllowAdminCreateUserOnly": True},
    "EmailVerificationMessage": CODE_MESSAGE,
    "EmailVerificationSubject": "Verify your new account",
    "SmsVerificationMessage": CODE_MESSAGE,
    "VerificationMessageTemplate": {
        "DefaultEmailOption": "CONFIRM_WITH_CODE",
        "EmailMessage": CODE_MESSAGE,
        "EmailSubject": "Verify your new account",
        "SmsMessage": CODE_MESSAGE,
    },
}
SMS_CONFIGURATION = {"ExternalId": EXTERNAL_ID, "SnsCallerArn": {"Fn::GetAtt": [ROLE_ID, "Arn"]}}


# --------------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------------


class PlainFunction:
    """An ``IFunction`` that is no jsii object: its ARN, and a record of ``add_permission`` calls."""

    def __init__(self, arn: Any = FN_ARN) -> None:
        self.function_arn = arn
        self.permissions: list[tuple[str, dict[str, Any]]] = []

    def add_permission(self, id: str, **kwargs: Any) -> None:
        self.permissions.append((id, kwargs))


class PlainRole:
    def __init__(self, arn: str = SMS_ROLE_ARN) -> None:
        self.role_arn = arn


class PlainKey:
    def __init__(self, arn: str = KEY_ARN) -> None:
        self.key_arn = arn


class PlainPrincipal:
    """A principal that records the statements it is given and answers ``added``."""

    def __init__(self, added: Any = True) -> None:
        self.added = added
        self.statements: list[Any] = []

    def add_to_principal_policy(self, statement: Any) -> Any:
        self.statements.append(statement)
        return self.added


class PlainGrantee:
    def __init__(self, added: Any = True) -> None:
        self.grant_principal = PlainPrincipal(added)

    def __str__(self) -> str:
        return "PlainGrantee"


def template_of(stack: core.Stack) -> dict[str, Any]:
    result: dict[str, Any] = assertions.Template.from_stack(stack).to_json()
    return result


def resources_of(stack: core.Stack, kind: str) -> dict[str, Any]:
    return {k: v for k, v in template_of(stack)["Resources"].items() if v["Type"] == kind}


def pool_properties(stack: core.Stack) -> dict[str, Any]:
    (pool,) = resources_of(stack, POOL_TYPE).values()
    properties: dict[str, Any] = pool["Properties"]
    return properties


def make_pool(**kwargs: Any) -> tuple[core.Stack, UserPool]:
    stack = new_stack()
    return stack, UserPool(stack, "Pool", **kwargs)


def properties_of(**kwargs: Any) -> dict[str, Any]:
    stack, _ = make_pool(**kwargs)
    return pool_properties(stack)


def with_defaults(**overrides: Any) -> dict[str, Any]:
    """DEFAULT_PROPERTIES with keys set (None removes one), in the L1's case-insensitive key order."""
    result = dict(DEFAULT_PROPERTIES)
    for key, value in overrides.items():
        if value is None:
            del result[key]
        else:
            result[key] = value
    return {key: result[key] for key in sorted(result, key=str.lower)}


def assert_ordered_equal(actual: Any, expected: Any) -> None:
    """Equal, and every dict's keys in the same order."""
    assert actual == expected
    if isinstance(expected, dict):
        assert list(actual) == list(expected)
        for key in expected:
            assert_ordered_equal(actual[key], expected[key])
    elif isinstance(expected, list):
        for a, e in zip(actual, expected, strict=True):
            assert_ordered_equal(a, e)


def construct_error(**kwargs: Any) -> BaseException:
    with pytest.raises(Exception) as info:
        make_pool(**kwargs)
    return info.value


# --------------------------------------------------------------------------------------------------
# Defaults
# --------------------------------------------------------------------------------------------------


def test_defaults() -> None:
    stack, pool = make_pool()
    template = template_of(stack)
    assert list(template["Resources"]) == [POOL_ID]
    resource = template["Resources"][POOL_ID]
    assert resource == {
        "Type": POOL_TYPE,
        "Properties": DEFAULT_PROPERTIES,
        "UpdateReplacePolicy": "Retain",
        "DeletionPolicy": "Retain",
    }
    assert_ordered_equal(resource["Properties"], DEFAULT_PROPERTIES)
    child = pool.node.default_child
    assert isinstance(child, core.CfnResource)
    assert child.cfn_resource_type == POOL_TYPE
    assert pool.node.path == "Stack/Pool"
    assert pool.identity_providers == []


def test_none_for_every_prop_is_the_default() -> None:
    parameters = inspect.signature(UserPool.__init__).parameters.values()
    kwargs = {p.name: None for p in parameters if p.kind is inspect.Parameter.KEYWORD_ONLY}
    assert len(kwargs) == 33
    assert "passkey_relying_party_id" in kwargs and "account_recovery" in kwargs
    assert_ordered_equal(properties_of(**kwargs), DEFAULT_PROPERTIES)


def test_escape_hatch_overrides_the_rendered_properties() -> None:
    stack, pool = make_pool(user_pool_name="before")
    child = pool.node.default_child
    assert isinstance(child, core.CfnResource)
    child.add_property_override("UserPoolName", "after")
    child.add_property_override("AdminCreateUserConfig.UnusedAccountValidityDays", 3)
    properties = pool_properties(stack)
    assert properties["UserPoolName"] == "after"
    assert properties["AdminCreateUserConfig"] == {
        "AllowAdminCreateUserOnly": True,
        "UnusedAccountValidityDays": 3,
    }


# --------------------------------------------------------------------------------------------------
# Every prop's rendering (v1 props)
# --------------------------------------------------------------------------------------------------

RECOVERY = {
    AccountRecovery.EMAIL_AND_PHONE_WITHOUT_MFA: ["verified_email", "verified_phone_number"],
    AccountRecovery.PHONE_WITHOUT_MFA_AND_EMAIL: ["verified_phone_number", "verified_email"],
    AccountRecovery.EMAIL_ONLY: ["verified_email"],
    AccountRecovery.PHONE_ONLY_WITHOUT_MFA: ["verified_phone_number"],
    AccountRecovery.NONE: ["admin_only"],
}


@pytest.mark.parametrize("recovery", list(AccountRecovery), ids=lambda r: r.name)
def test_account_recovery(recovery: AccountRecovery) -> None:
    names = RECOVERY.get(recovery)
    expected = (
        {"RecoveryMechanisms": [{"Name": n, "Priority": i} for i, n in enumerate(names, 1)]}
        if names
        else None
    )
    assert_ordered_equal(
        properties_of(account_recovery=recovery), with_defaults(AccountRecoverySetting=expected)
    )


@pytest.mark.parametrize(
    ("aliases", "expected"),
    [
        (SignInAliases(username=True), {}),
        (
            SignInAliases(username=True, email=True, preferred_username=True),
            {"AliasAttributes": ["email", "preferred_username"], "AutoVerifiedAttributes": ["email"]},
        ),
        (SignInAliases(email=True), {"UsernameAttributes": ["email"], "AutoVerifiedAttributes": ["email"]}),
        (
            SignInAliases(email=True, phone=True),
            {
                "UsernameAttributes": ["email", "phone_number"],
                "AutoVerifiedAttributes": ["email", "phone_number"],
                "SmsConfiguration": SMS_CONFIGURATION,
            },
        ),
        (SignInAliases(username=False), {"UsernameAttributes": []}),
    ],
    ids=["username", "username-aliases", "email", "email-and-phone", "nothing"],
)
def test_sign_in_aliases(aliases: SignInAliases, expected: dict[str, Any]) -> None:
    assert_ordered_equal(properties_of(sign_in_aliases=aliases), with_defaults(**expected))


@pytest.mark.parametrize(
    ("verify", "attributes"),
    [
        (AutoVerifiedAttrs(email=True), ["email"]),
        (AutoVerifiedAttrs(email=True, phone=True), ["email", "phone_number"]),
        (AutoVerifiedAttrs(), []),
    ],
)
def test_auto_verify_overrides_the_aliases(verify: AutoVerifiedAttrs, attributes: list[str]) -> None:
    stack, _ = make_pool(sign_in_aliases=SignInAliases(email=True), auto_verify=verify)
    expected = {"UsernameAttributes": ["email"], "AutoVerifiedAttributes": attributes}
    if verify.phone:
        expected["SmsConfiguration"] = SMS_CONFIGURATION
    assert_ordered_equal(pool_properties(stack), with_defaults(**expected))


def test_custom_and_standard_attributes_render_the_schema() -> None:
    properties = properties_of(
        standard_attributes=StandardAttributes(email=StandardAttribute(required=True, mutable=False)),
        custom_attributes={"tier": StringAttribute(min_len=1, max_len=20, mutable=True)},
    )
    assert_ordered_equal(
        properties["Schema"],
        [
            {"Mutable": False, "Name": "email", "Required": True},
            {
                "AttributeDataType": "String",
                "Mutable": True,
                "Name": "tier",
                "StringAttributeConstraints": {"MaxLength": "20", "MinLength": "1"},
            },
        ],
    )


def test_device_tracking() -> None:
    properties = properties_of(
        device_tracking=DeviceTracking(
            challenge_required_on_new_device=True, device_only_remembered_on_user_prompt=False
        )
    )
    assert_ordered_equal(
        properties,
        with_defaults(
            DeviceConfiguration={
                "ChallengeRequiredOnNewDevice": True,
                "DeviceOnlyRememberedOnUserPrompt": False,
            }
        ),
    )


def test_email_with_cognito_and_with_ses() -> None:
    assert properties_of(email=UserPoolEmail.with_cognito("reply@example.com"))["EmailConfiguration"] == {
        "EmailSendingAccount": "COGNITO_DEFAULT",
        "ReplyToEmailAddress": "reply@example.com",
    }
    email = UserPoolEmail.with_ses(
        from_email="noreply@example.com", ses_region="us-east-1", configuration_set_name="set"
    )
    assert_ordered_equal(
        properties_of(email=email)["EmailConfiguration"],
        {
            "ConfigurationSet": "set",
            "EmailSendingAccount": "DEVELOPER",
            "From": "noreply@example.com",
            "SourceArn": {
                "Fn::Join": [
                    "",
                    [
                        "arn:",
                        {"Ref": "AWS::Partition"},
                        ":ses:us-east-1:",
                        {"Ref": "AWS::AccountId"},
                        ":identity/noreply@example.com",
                    ],
                ]
            },
        },
    )


def test_email_settings() -> None:
    properties = properties_of(email_settings={"from_": "a@example.com", "reply_to": "b@example.com"})
    assert_ordered_equal(
        properties,
        with_defaults(EmailConfiguration={"From": "a@example.com", "ReplyToEmailAddress": "b@example.com"}),
    )


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"mfa": Mfa.OFF}, {"MfaConfiguration": "OFF"}),
        (
            {"mfa": Mfa.OPTIONAL},
            {
                "EnabledMfas": ["SMS_MFA"],
                "MfaConfiguration": "OPTIONAL",
                "SmsConfiguration": SMS_CONFIGURATION,
            },
        ),
        (
            {"mfa": Mfa.REQUIRED},
            {"EnabledMfas": ["SMS_MFA"], "MfaConfiguration": "ON", "SmsConfiguration": SMS_CONFIGURATION},
        ),
        (
            {"mfa": Mfa.REQUIRED, "mfa_second_factor": MfaSecondFactor(otp=True, sms=False)},
            {"EnabledMfas": ["SOFTWARE_TOKEN_MFA"], "MfaConfiguration": "ON"},
        ),
        (
            {"mfa": Mfa.OPTIONAL, "mfa_second_factor": MfaSecondFactor(otp=True, sms=True)},
            {
                "EnabledMfas": ["SMS_MFA", "SOFTWARE_TOKEN_MFA"],
                "MfaConfiguration": "OPTIONAL",
                "SmsConfiguration": SMS_CONFIGURATION,
            },
        ),
        (
            {"mfa": Mfa.REQUIRED, "mfa_second_factor": MfaSecondFactor(otp=False, sms=False)},
            {"EnabledMfas": [], "MfaConfiguration": "ON"},
        ),
        (
            {"mfa": Mfa.OFF, "mfa_second_factor": MfaSecondFactor(otp=True, sms=True)},
            {"MfaConfiguration": "OFF"},
        ),
        ({"mfa_message": "Code: {####}"}, {"SmsAuthenticationMessage": "Code: {####}"}),
        ({"mfa_message": ""}, {"SmsAuthenticationMessage": ""}),
    ],
    ids=[
        "off",
        "optional",
        "required",
        "otp-only",
        "both",
        "neither",
        "off-with-factors",
        "message",
        "empty-message",
    ],
)
def test_mfa(kwargs: dict[str, Any], expected: dict[str, Any]) -> None:
    assert_ordered_equal(properties_of(**kwargs), with_defaults(**expected))


@pytest.mark.parametrize(
    ("policy", "expected"),
    [
        (PasswordPolicy(), {"MinimumLength": 8}),
        (
            PasswordPolicy(
                min_length=12,
                require_digits=False,
                require_lowercase=True,
                require_symbols=False,
                require_uppercase=True,
                temp_password_validity=core.Duration.days(3),
            ),
            {
                "MinimumLength": 12,
                "RequireLowercase": True,
                "RequireNumbers": False,
                "RequireSymbols": False,
                "RequireUppercase": True,
                "TemporaryPasswordValidityDays": 3,
            },
        ),
        (
            PasswordPolicy(temp_password_validity=core.Duration.hours(48)),
            {"MinimumLength": 8, "TemporaryPasswordValidityDays": 2},
        ),
        (PasswordPolicy(min_length=6.5), {"MinimumLength": 6.5}),
    ],
    ids=["empty", "every-field", "hours", "fraction"],
)
def test_password_policy(policy: PasswordPolicy, expected: dict[str, Any]) -> None:
    assert_ordered_equal(
        properties_of(password_policy=policy), with_defaults(Policies={"PasswordPolicy": expected})
    )


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"self_sign_up_enabled": True}, {"AdminCreateUserConfig": {"AllowAdminCreateUserOnly": False}}),
        ({"self_sign_up_enabled": False}, {}),
        ({"sign_in_case_sensitive": False}, {"UsernameConfiguration": {"CaseSensitive": False}}),
        ({"sign_in_case_sensitive": True}, {"UsernameConfiguration": {"CaseSensitive": True}}),
        ({"user_pool_name": "my-pool"}, {"UserPoolName": "my-pool"}),
        ({"custom_sender_kms_key": PlainKey()}, {"LambdaConfig": {"KMSKeyID": KEY_ARN}}),
        (
            {
                "user_invitation": UserInvitationConfig(
                    email_body="Hi {username}, {####}", sms_message="{####}"
                )
            },
            {
                "AdminCreateUserConfig": {
                    "AllowAdminCreateUserOnly": True,
                    "InviteMessageTemplate": {
                        "EmailMessage": "Hi {username}, {####}",
                        "SMSMessage": "{####}",
                    },
                }
            },
        ),
        (
            {"user_invitation": UserInvitationConfig()},
            {"AdminCreateUserConfig": {"AllowAdminCreateUserOnly": True, "InviteMessageTemplate": {}}},
        ),
    ],
    ids=[
        "self-sign-up",
        "no-self-sign-up",
        "case-insensitive",
        "case-sensitive",
        "name",
        "kms-key",
        "invitation",
        "empty-invitation",
    ],
)
def test_simple_props(kwargs: dict[str, Any], expected: dict[str, Any]) -> None:
    assert_ordered_equal(properties_of(**kwargs), with_defaults(**expected))


def test_user_verification_code_style() -> None:
    config = UserVerificationConfig(email_body="Code {####}", email_subject="Hello", sms_message="SMS {####}")
    assert_ordered_equal(
        properties_of(user_verification=config),
        with_defaults(
            EmailVerificationMessage="Code {####}",
            EmailVerificationSubject="Hello",
            SmsVerificationMessage="SMS {####}",
            VerificationMessageTemplate={
                "DefaultEmailOption": "CONFIRM_WITH_CODE",
                "EmailMessage": "Code {####}",
                "EmailSubject": "Hello",
                "SmsMessage": "SMS {####}",
            },
        ),
    )


def test_user_verification_link_style() -> None:
    # The link style moves the email into the template; the SMS is not checked for a code.
    config = UserVerificationConfig(email_style=VerificationEmailStyle.LINK, sms_message="no code")
    assert_ordered_equal(
        properties_of(user_verification=config),
        with_defaults(
            EmailVerificationMessage=None,
            EmailVerificationSubject=None,
            SmsVerificationMessage="no code",
            VerificationMessageTemplate={
                "DefaultEmailOption": "CONFIRM_WITH_LINK",
                "EmailMessageByLink": "Verify your account by clicking on {##Verify Email##}",
                "EmailSubjectByLink": "Verify your new account",
                "SmsMessage": "no code",
            },
        ),
    )


# --------------------------------------------------------------------------------------------------
# aws-cdk-lib v2 props
# --------------------------------------------------------------------------------------------------

SES = UserPoolEmail.with_ses(from_email="noreply@example.com", ses_region="us-east-1")


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        (
            {"advanced_security_mode": AdvancedSecurityMode.ENFORCED},
            {"UserPoolAddOns": {"AdvancedSecurityMode": "ENFORCED"}},
        ),
        (
            {"advanced_security_mode": AdvancedSecurityMode.AUDIT},
            {"UserPoolAddOns": {"AdvancedSecurityMode": "AUDIT"}},
        ),
        (
            {"advanced_security_mode": AdvancedSecurityMode.OFF},
            {"UserPoolAddOns": {"AdvancedSecurityMode": "OFF"}},
        ),
        (
            {"standard_threat_protection_mode": StandardThreatProtectionMode.FULL_FUNCTION},
            {"UserPoolAddOns": {"AdvancedSecurityMode": "ENFORCED"}},
        ),
        (
            {"standard_threat_protection_mode": StandardThreatProtectionMode.AUDIT_ONLY},
            {"UserPoolAddOns": {"AdvancedSecurityMode": "AUDIT"}},
        ),
        (
            {"standard_threat_protection_mode": StandardThreatProtectionMode.NO_ENFORCEMENT},
            {"UserPoolAddOns": {"AdvancedSecurityMode": "OFF"}},
        ),
        (
            # The standard mode defaults to OFF beside a custom one.
            {"custom_threat_protection_mode": CustomThreatProtectionMode.AUDIT_ONLY},
            {
                "UserPoolAddOns": {
                    "AdvancedSecurityAdditionalFlows": {"CustomAuthMode": "AUDIT"},
                    "AdvancedSecurityMode": "OFF",
                }
            },
        ),
        (
            {
                "custom_threat_protection_mode": CustomThreatProtectionMode.FULL_FUNCTION,
                "standard_threat_protection_mode": StandardThreatProtectionMode.AUDIT_ONLY,
            },
            {
                "UserPoolAddOns": {
                    "AdvancedSecurityAdditionalFlows": {"CustomAuthMode": "ENFORCED"},
                    "AdvancedSecurityMode": "AUDIT",
                }
            },
        ),
        ({"deletion_protection": True}, {"DeletionProtection": "ACTIVE"}),
        ({"deletion_protection": False}, {"DeletionProtection": "INACTIVE"}),
        ({"feature_plan": FeaturePlan.LITE}, {"UserPoolTier": "LITE"}),
        ({"feature_plan": FeaturePlan.ESSENTIALS}, {"UserPoolTier": "ESSENTIALS"}),
        ({"feature_plan": FeaturePlan.PLUS}, {"UserPoolTier": "PLUS"}),
        (
            {"keep_original": KeepOriginalAttrs(email=True)},
            {"UserAttributeUpdateSettings": {"AttributesRequireVerificationBeforeUpdate": ["email"]}},
        ),
        (
            {"keep_original": KeepOriginalAttrs(phone=True)},
            {"UserAttributeUpdateSettings": {"AttributesRequireVerificationBeforeUpdate": ["phone_number"]}},
        ),
        (
            {"keep_original": KeepOriginalAttrs(email=True, phone=True)},
            {
                "UserAttributeUpdateSettings": {
                    "AttributesRequireVerificationBeforeUpdate": ["email", "phone_number"]
                }
            },
        ),
        (
            {"keep_original": KeepOriginalAttrs()},
            {"UserAttributeUpdateSettings": {"AttributesRequireVerificationBeforeUpdate": []}},
        ),
        ({"passkey_relying_party_id": "auth.example.com"}, {"WebAuthnRelyingPartyID": "auth.example.com"}),
        ({"passkey_relying_party_id": "a"}, {"WebAuthnRelyingPartyID": "a"}),
        ({"passkey_relying_party_id": "a" * 63}, {"WebAuthnRelyingPartyID": "a" * 63}),
        (
            {"passkey_user_verification": PasskeyUserVerification.PREFERRED},
            {"WebAuthnUserVerification": "preferred"},
        ),
        (
            {"passkey_user_verification": PasskeyUserVerification.REQUIRED},
            {"WebAuthnUserVerification": "required"},
        ),
        (
            {
                "sign_in_policy": SignInPolicy(
                    allowed_first_auth_factors=AllowedFirstAuthFactors(password=True)
                )
            },
            {"Policies": {"SignInPolicy": {"AllowedFirstAuthFactors": ["PASSWORD"]}}},
        ),
        (
            {
                "sign_in_policy": SignInPolicy(
                    allowed_first_auth_factors=AllowedFirstAuthFactors(
                        password=True, email_otp=True, sms_otp=True, passkey=True
                    )
                )
            },
            {
                "Policies": {
                    "SignInPolicy": {
                        "AllowedFirstAuthFactors": ["PASSWORD", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"]
                    }
                }
            },
        ),
        ({"sign_in_policy": SignInPolicy()}, {}),
        (
            {
                "sign_in_policy": SignInPolicy(
                    allowed_first_auth_factors=AllowedFirstAuthFactors(password=True)
                ),
                "feature_plan": FeaturePlan.LITE,
            },
            {"Policies": {"SignInPolicy": {"AllowedFirstAuthFactors": ["PASSWORD"]}}, "UserPoolTier": "LITE"},
        ),
        (
            {"password_policy": PasswordPolicy(password_history_size=5, min_length=10)},
            {"Policies": {"PasswordPolicy": {"MinimumLength": 10, "PasswordHistorySize": 5}}},
        ),
        (
            {"password_policy": PasswordPolicy(password_history_size=0), "feature_plan": FeaturePlan.PLUS},
            {
                "Policies": {"PasswordPolicy": {"MinimumLength": 8, "PasswordHistorySize": 0}},
                "UserPoolTier": "PLUS",
            },
        ),
        (
            {
                "password_policy": PasswordPolicy(password_history_size=24),
                "sign_in_policy": SignInPolicy(
                    allowed_first_auth_factors=AllowedFirstAuthFactors(password=True, passkey=True)
                ),
            },
            {
                "Policies": {
                    "PasswordPolicy": {"MinimumLength": 8, "PasswordHistorySize": 24},
                    "SignInPolicy": {"AllowedFirstAuthFactors": ["PASSWORD", "WEB_AUTHN"]},
                }
            },
        ),
    ],
    ids=lambda value: (
        "-".join(f"{k}" for k in value) if isinstance(value, dict) and "Policies" not in value else None
    ),
)
def test_v2_props(kwargs: dict[str, Any], expected: dict[str, Any]) -> None:
    assert_ordered_equal(properties_of(**kwargs), with_defaults(**expected))


def test_email_mfa_with_ses() -> None:
    properties = properties_of(
        mfa=Mfa.REQUIRED, mfa_second_factor=MfaSecondFactor(otp=False, sms=False, email=True), email=SES
    )
    assert properties["EnabledMfas"] == ["EMAIL_OTP"]
    assert properties["MfaConfiguration"] == "ON"
    assert "SmsConfiguration" not in properties  # no SMS factor, no role
    properties = properties_of(
        mfa=Mfa.OPTIONAL,
        mfa_second_factor=MfaSecondFactor(otp=True, sms=True, email=True),
        email=SES,
        feature_plan=FeaturePlan.ESSENTIALS,
    )
    assert properties["EnabledMfas"] == ["SMS_MFA", "SOFTWARE_TOKEN_MFA", "EMAIL_OTP"]
    assert properties["SmsConfiguration"] == SMS_CONFIGURATION
    assert properties["UserPoolTier"] == "ESSENTIALS"


def test_email_mfa_is_not_checked_with_mfa_off() -> None:
    properties = properties_of(
        mfa=Mfa.OFF, mfa_second_factor=MfaSecondFactor(otp=False, sms=False, email=True)
    )
    assert properties["MfaConfiguration"] == "OFF"
    assert "EnabledMfas" not in properties


def test_every_v2_key_in_the_case_insensitive_order() -> None:
    properties = properties_of(
        sign_in_aliases=SignInAliases(email=True),
        feature_plan=FeaturePlan.PLUS,
        deletion_protection=True,
        keep_original=KeepOriginalAttrs(email=True),
        passkey_relying_party_id="example.com",
        passkey_user_verification=PasskeyUserVerification.REQUIRED,
        custom_threat_protection_mode=CustomThreatProtectionMode.AUDIT_ONLY,
        user_pool_name="p",
    )
    keys = list(properties)
    assert keys == sorted(keys, key=str.lower)
    # v1's L1 order: UsernameAttributes before UserPoolAddOns/UserPoolName/UserPoolTier (README differences).
    assert keys.index("UsernameAttributes") < keys.index("UserPoolAddOns") < keys.index("UserPoolTier")
    assert keys[-2:] == ["WebAuthnRelyingPartyID", "WebAuthnUserVerification"]


# --------------------------------------------------------------------------------------------------
# The SMS role
# --------------------------------------------------------------------------------------------------

SMS_ROLE_PROPERTIES = {
    "AssumeRolePolicyDocument": {
        "Statement": [
            {
                "Action": "sts:AssumeRole",
                "Condition": {"StringEquals": {"sts:ExternalId": EXTERNAL_ID}},
                "Effect": "Allow",
                "Principal": {"Service": "cognito-idp.amazonaws.com"},
            }
        ],
        "Version": "2012-10-17",
    },
    "Policies": [
        {
            "PolicyDocument": {
                "Statement": [{"Action": "sns:Publish", "Effect": "Allow", "Resource": "*"}],
                "Version": "2012-10-17",
            },
            "PolicyName": "sns-publish",
        }
    ],
}


def test_sms_role() -> None:
    stack, pool = make_pool(mfa=Mfa.REQUIRED)
    roles = resources_of(stack, ROLE_TYPE)
    assert list(roles) == [ROLE_ID]
    assert roles[ROLE_ID] == {"Type": ROLE_TYPE, "Properties": SMS_ROLE_PROPERTIES}
    assert_ordered_equal(roles[ROLE_ID]["Properties"], SMS_ROLE_PROPERTIES)
    assert pool_properties(stack)["SmsConfiguration"] == SMS_CONFIGURATION
    role = pool.node.find_child("smsRole")
    assert role.node.path == "Stack/Pool/smsRole"
    assert isinstance(role.node.default_child, core.CfnResource)


def test_sms_role_external_id_is_the_pools_unique_id() -> None:
    stack = new_stack()
    pool = UserPool(core.Construct(stack, "Nest"), "Users", enable_sms_role=True)
    unique_id = core.Names.unique_id(pool)
    assert unique_id.startswith("StackNestUsers")
    (role,) = resources_of(stack, ROLE_TYPE).values()
    statement = role["Properties"]["AssumeRolePolicyDocument"]["Statement"][0]
    assert statement["Condition"] == {"StringEquals": {"sts:ExternalId": unique_id}}
    assert pool_properties(stack)["SmsConfiguration"]["ExternalId"] == unique_id


@pytest.mark.parametrize(
    ("kwargs", "role"),
    [
        ({}, False),
        ({"enable_sms_role": True}, True),
        ({"enable_sms_role": False, "mfa": Mfa.REQUIRED}, False),
        ({"sign_in_aliases": SignInAliases(phone=True)}, True),
        ({"auto_verify": AutoVerifiedAttrs(phone=True)}, True),
        (
            {"auto_verify": AutoVerifiedAttrs(phone=False), "sign_in_aliases": SignInAliases(username=True)},
            False,
        ),
        ({"mfa": Mfa.REQUIRED, "mfa_second_factor": MfaSecondFactor(otp=True, sms=False)}, False),
        ({"mfa": Mfa.REQUIRED, "sms_role": PlainRole()}, False),
    ],
    ids=["none", "enabled", "disabled", "phone-alias", "phone-verify", "no-phone", "otp-only", "given-role"],
)
def test_when_the_sms_role_is_created(kwargs: dict[str, Any], role: bool) -> None:
    stack, _ = make_pool(**kwargs)
    assert list(resources_of(stack, ROLE_TYPE)) == ([ROLE_ID] if role else [])
    configuration = pool_properties(stack).get("SmsConfiguration")
    if role:
        assert configuration == SMS_CONFIGURATION
    elif "sms_role" not in kwargs:
        assert configuration is None


def test_given_sms_role_with_external_id_and_region() -> None:
    properties = properties_of(sms_role=PlainRole(), sms_role_external_id="ext", sns_region="eu-west-1")
    assert_ordered_equal(
        properties["SmsConfiguration"],
        {"ExternalId": "ext", "SnsCallerArn": SMS_ROLE_ARN, "SnsRegion": "eu-west-1"},
    )


def test_given_real_sms_role() -> None:
    stack = new_stack()
    role = aws_iam.Role(stack, "Sms", assumed_by=aws_iam.ServicePrincipal("cognito-idp.amazonaws.com"))
    UserPool(stack, "Pool", sms_role=role, mfa=Mfa.REQUIRED)
    role_id = stack.resolve(stack.get_logical_id(role.node.default_child))
    assert pool_properties(stack)["SmsConfiguration"] == {"SnsCallerArn": {"Fn::GetAtt": [role_id, "Arn"]}}
    assert list(resources_of(stack, ROLE_TYPE)) == [role_id]


def test_sns_region_goes_with_the_created_role() -> None:
    properties = properties_of(mfa=Mfa.REQUIRED, sns_region="eu-west-1")
    assert properties["SmsConfiguration"] == {**SMS_CONFIGURATION, "SnsRegion": "eu-west-1"}
    # Without a role, sns_region and sms_role_external_id render nothing.
    assert "SmsConfiguration" not in properties_of(sns_region="eu-west-1", sms_role_external_id="x")


# --------------------------------------------------------------------------------------------------
# Triggers and their Lambda permissions
# --------------------------------------------------------------------------------------------------


def real_function(stack: core.Stack, id: str = "Fn") -> aws_lambda.Function:
    return aws_lambda.Function(
        stack,
        id,
        runtime=aws_lambda.Runtime.NODEJS_14_X,
        handler="index.handler",
        code=aws_lambda.Code.from_inline("exports.handler = async () => ({});"),
    )


def test_trigger_of_a_real_function_gets_its_permission() -> None:
    stack = new_stack()
    fn = real_function(stack)
    UserPool(stack, "Pool", lambda_triggers=UserPoolTriggers(pre_sign_up=fn))
    fn_arn = {"Fn::GetAtt": ["Fn9270CBC0", "Arn"]}
    assert pool_properties(stack)["LambdaConfig"] == {"PreSignUp": fn_arn}
    permissions = resources_of(stack, "AWS::Lambda::Permission")
    assert permissions == {
        "FnPreSignUpCognitoEE3728DA": {
            "Type": "AWS::Lambda::Permission",
            "Properties": {
                "Action": "lambda:InvokeFunction",
                "FunctionName": fn_arn,
                "Principal": "cognito-idp.amazonaws.com",
                "SourceArn": POOL_ARN,
            },
        }
    }


def test_trigger_of_an_imported_function_in_an_env_agnostic_stack_adds_no_permission() -> None:
    stack = new_stack()
    fn = aws_lambda.Function.from_function_arn(stack, "Fn", FN_ARN)
    pool = UserPool(stack, "Pool")
    pool.add_trigger(UserPoolOperation.POST_CONFIRMATION, fn)
    assert pool_properties(stack)["LambdaConfig"] == {"PostConfirmation": FN_ARN}
    assert resources_of(stack, "AWS::Lambda::Permission") == {}


def test_trigger_of_a_plain_function_is_asked_for_its_permission() -> None:
    stack = new_stack()
    fn = PlainFunction()
    UserPool(stack, "Pool", lambda_triggers={"user_migration": fn})
    assert pool_properties(stack)["LambdaConfig"] == {"UserMigration": FN_ARN}
    ((permission_id, kwargs),) = fn.permissions
    assert permission_id == "UserMigrationCognito"
    assert set(kwargs) == {"principal", "source_arn"}
    assert kwargs["principal"].service == "cognito-idp.amazonaws.com"
    assert kwargs["principal"].conditions == {}
    assert stack.resolve(kwargs["source_arn"]) == POOL_ARN


# Each trigger field: its LambdaConfig key, its permission id.
TRIGGERS = {
    "create_auth_challenge": ("CreateAuthChallenge", "CreateAuthChallengeCognito"),
    "custom_email_sender": ("CustomEmailSender", "CustomEmailSenderCognito"),
    "custom_message": ("CustomMessage", "CustomMessageCognito"),
    "custom_sms_sender": ("CustomSMSSender", "CustomSmsSenderCognito"),
    "define_auth_challenge": ("DefineAuthChallenge", "DefineAuthChallengeCognito"),
    "post_authentication": ("PostAuthentication", "PostAuthenticationCognito"),
    "post_confirmation": ("PostConfirmation", "PostConfirmationCognito"),
    "pre_authentication": ("PreAuthentication", "PreAuthenticationCognito"),
    "pre_sign_up": ("PreSignUp", "PreSignUpCognito"),
    "pre_token_generation": ("PreTokenGeneration", "PreTokenGenerationCognito"),
    "user_migration": ("UserMigration", "UserMigrationCognito"),
    "verify_auth_challenge_response": ("VerifyAuthChallengeResponse", "VerifyAuthChallengeResponseCognito"),
}
SENDER = {"LambdaArn": FN_ARN, "LambdaVersion": "V1_0"}


@pytest.mark.parametrize("field", list(TRIGGERS))
def test_every_trigger_field(field: str) -> None:
    fn = PlainFunction()
    properties = properties_of(lambda_triggers={field: fn}, custom_sender_kms_key=PlainKey())
    key, permission_id = TRIGGERS[field]
    value = SENDER if "sender" in field else FN_ARN
    assert properties["LambdaConfig"] == {key: value, "KMSKeyID": KEY_ARN}
    assert [p for p, _ in fn.permissions] == [permission_id]


@pytest.mark.parametrize("field", list(TRIGGERS))
def test_every_operation_with_add_trigger(field: str) -> None:
    stack, pool = make_pool(custom_sender_kms_key=PlainKey())
    fn = PlainFunction()
    pool.add_trigger(getattr(UserPoolOperation, field.upper()), fn)
    key, permission_id = TRIGGERS[field]
    value = SENDER if "sender" in field else FN_ARN
    assert pool_properties(stack)["LambdaConfig"] == {key: value, "KMSKeyID": KEY_ARN}
    assert [p for p, _ in fn.permissions] == [permission_id]


def test_lambda_config_keys_follow_the_l1_order() -> None:
    fn = PlainFunction()
    triggers = {field: fn for field in reversed(list(TRIGGERS))}
    stack, pool = make_pool(lambda_triggers=triggers, custom_sender_kms_key=PlainKey())
    pool.add_trigger(UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, fn)
    assert list(pool_properties(stack)["LambdaConfig"]) == [
        "CreateAuthChallenge",
        "CustomEmailSender",
        "CustomMessage",
        "CustomSMSSender",
        "DefineAuthChallenge",
        "KMSKeyID",
        "PostAuthentication",
        "PostConfirmation",
        "PreAuthentication",
        "PreSignUp",
        "PreTokenGeneration",
        "PreTokenGenerationConfig",
        "UserMigration",
        "VerifyAuthChallengeResponse",
    ]
    # Permissions are added in the fields' declaration order (the dict's order does not matter).
    assert [p for p, _ in fn.permissions][:3] == [
        "CreateAuthChallengeCognito",
        "CustomEmailSenderCognito",
        "CustomMessageCognito",
    ]


@pytest.mark.parametrize(
    ("version", "rendered"),
    [
        (None, "V1_0"),
        (LambdaVersion.V1_0, "V1_0"),
        (LambdaVersion.V2_0, "V2_0"),
        (LambdaVersion.V3_0, "V3_0"),
    ],
)
def test_pre_token_generation_config_versions(version: LambdaVersion | None, rendered: str) -> None:
    stack, pool = make_pool()
    fn = PlainFunction()
    pool.add_trigger(UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, fn, version)
    assert pool_properties(stack)["LambdaConfig"] == {
        "PreTokenGenerationConfig": {"LambdaArn": FN_ARN, "LambdaVersion": rendered}
    }
    assert [p for p, _ in fn.permissions] == ["PreTokenGenerationConfigCognito"]


def test_v1_version_on_other_operations_renders_the_plain_arn() -> None:
    stack, pool = make_pool(custom_sender_kms_key=PlainKey())
    pool.add_trigger(UserPoolOperation.PRE_SIGN_UP, PlainFunction(), LambdaVersion.V1_0)
    pool.add_trigger(UserPoolOperation.CUSTOM_SMS_SENDER, PlainFunction(), LambdaVersion.V1_0)
    assert pool_properties(stack)["LambdaConfig"] == {
        "CustomSMSSender": SENDER,
        "KMSKeyID": KEY_ARN,
        "PreSignUp": FN_ARN,
    }


@pytest.mark.parametrize(
    "operation",
    [
        UserPoolOperation.PRE_SIGN_UP,
        UserPoolOperation.PRE_TOKEN_GENERATION,
        UserPoolOperation.CUSTOM_EMAIL_SENDER,
        UserPoolOperation.of("preTokenGenerationConfig"),  # v2 compares the operation object
        UserPoolOperation.of("somethingNew"),
    ],
    ids=repr,
)
@pytest.mark.parametrize("version", [LambdaVersion.V2_0, LambdaVersion.V3_0])
def test_only_pre_token_generation_config_takes_v2_and_v3(
    operation: UserPoolOperation, version: LambdaVersion
) -> None:
    stack, pool = make_pool()
    fn = PlainFunction()
    with pytest.raises(RuntimeError) as info:
        pool.add_trigger(operation, fn, version)
    assert type(info.value) is RuntimeError
    assert str(info.value) == f"Error: {ONLY_CONFIG_VERSIONS}"
    # Refused before the permission is asked for, and nothing is rendered.
    assert fn.permissions == []
    assert "LambdaConfig" not in pool_properties(stack)


def test_of_pre_token_generation_config_without_v2_version() -> None:
    stack, pool = make_pool()
    pool.add_trigger(UserPoolOperation.of("PreTokenGenerationConfig"), PlainFunction())
    assert pool_properties(stack)["LambdaConfig"] == {
        "PreTokenGenerationConfig": {"LambdaArn": FN_ARN, "LambdaVersion": "V1_0"}
    }


def test_custom_operation_gets_a_permission_and_renders_nothing() -> None:
    stack, pool = make_pool()
    fn = PlainFunction()
    pool.add_trigger(UserPoolOperation.of("MyOperation"), fn)
    assert UserPoolOperation.of("MyOperation").operation_name == "myOperation"
    assert [p for p, _ in fn.permissions] == ["MyOperationCognito"]
    assert pool_properties(stack)["LambdaConfig"] == {}


def test_add_trigger_with_a_real_function() -> None:
    stack, pool = make_pool()
    pool.add_trigger(UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, real_function(stack), LambdaVersion.V2_0)
    assert pool_properties(stack)["LambdaConfig"] == {
        "PreTokenGenerationConfig": {
            "LambdaArn": {"Fn::GetAtt": ["Fn9270CBC0", "Arn"]},
            "LambdaVersion": "V2_0",
        }
    }
    (permission,) = resources_of(stack, "AWS::Lambda::Permission").values()
    assert permission["Properties"]["SourceArn"] == POOL_ARN
    assert permission["Properties"]["Principal"] == "cognito-idp.amazonaws.com"


def method_error(call: Any, *args: Any) -> RuntimeError:
    with pytest.raises(RuntimeError) as info:
        call(*args)
    assert type(info.value) is RuntimeError
    return info.value


def test_add_trigger_duplicate() -> None:
    _, pool = make_pool(lambda_triggers={"pre_sign_up": PlainFunction()})
    error = method_error(pool.add_trigger, UserPoolOperation.PRE_SIGN_UP, PlainFunction())
    assert str(error) == "Error: A trigger for the operation preSignUp already exists."
    pool.add_trigger(UserPoolOperation.POST_CONFIRMATION, PlainFunction())
    error = method_error(pool.add_trigger, UserPoolOperation.POST_CONFIRMATION, PlainFunction())
    assert str(error) == "Error: A trigger for the operation postConfirmation already exists."


@pytest.mark.parametrize("name", ["constructor", "toString", "hasOwnProperty", "__proto__"])
def test_add_trigger_names_of_javascript_object_members_already_exist(name: str) -> None:
    _, pool = make_pool()
    error = method_error(pool.add_trigger, UserPoolOperation.of(name), PlainFunction())
    assert str(error) == f"Error: A trigger for the operation {name} already exists."


def test_add_trigger_kms_key_id_is_taken_by_the_key() -> None:
    _, pool = make_pool(custom_sender_kms_key=PlainKey())
    error = method_error(pool.add_trigger, UserPoolOperation.of("kmsKeyId"), PlainFunction())
    assert str(error) == "Error: A trigger for the operation kmsKeyId already exists."


@pytest.mark.parametrize(
    "operation", [UserPoolOperation.CUSTOM_EMAIL_SENDER, UserPoolOperation.CUSTOM_SMS_SENDER]
)
def test_add_trigger_custom_sender_needs_the_kms_key(operation: UserPoolOperation) -> None:
    stack, pool = make_pool()
    fn = PlainFunction()
    error = method_error(pool.add_trigger, operation, fn)
    assert str(error) == f"Error: {KMS_REQUIRED}"
    # As in the reference, the permission was added before the key was missed; the trigger was not.
    assert len(fn.permissions) == 1
    assert "LambdaConfig" not in pool_properties(stack)
    # The operation is still free: a second call fails on the key again, not as a duplicate.
    assert str(method_error(pool.add_trigger, operation, PlainFunction())) == f"Error: {KMS_REQUIRED}"


def test_lambda_triggers_custom_sender_needs_the_kms_key() -> None:
    error = construct_error(lambda_triggers={"custom_sms_sender": PlainFunction()})
    assert type(error) is RuntimeError
    assert str(error) == KMS_REQUIRED


def test_add_trigger_type_errors() -> None:
    _, pool = make_pool()
    with pytest.raises(TypeError) as info:
        pool.add_trigger("preSignUp", PlainFunction())  # type: ignore[arg-type]
    assert (
        str(info.value)
        == "add_trigger(operation): expected cdk_cognito.UserPoolOperation; got str ('preSignUp')"
    )
    with pytest.raises(NotAJsiiObjectError) as not_jsii:
        pool.add_trigger(UserPoolOperation.PRE_SIGN_UP, None)  # type: ignore[arg-type]
    assert str(not_jsii.value) == (
        "add_trigger(fn): expected an IFunction (an object with function_arn and "
        "add_permission); got NoneType (None)"
    )
    with pytest.raises(NotAJsiiObjectError):
        pool.add_trigger(UserPoolOperation.PRE_SIGN_UP, PlainRole())  # type: ignore[arg-type]
    with pytest.raises(TypeError) as info:
        pool.add_trigger(UserPoolOperation.PRE_SIGN_UP, PlainFunction(), "V1_0")  # type: ignore[arg-type]
    assert (
        str(info.value)
        == "add_trigger(lambda_version): expected cdk_cognito.LambdaVersion or None; got str ('V1_0')"
    )
    with pytest.raises(TypeError) as info:
        pool.add_trigger(UserPoolOperation.PRE_SIGN_UP, PlainFunction(arn=5))
    assert str(info.value) == "add_trigger(fn).function_arn: expected str; got int (5)"
    with pytest.raises(TypeError) as info:
        UserPoolOperation.of(5)  # type: ignore[arg-type]
    assert str(info.value) == "UserPoolOperation.of(name): expected str; got int (5)"


# --------------------------------------------------------------------------------------------------
# grant()
# --------------------------------------------------------------------------------------------------


def test_grant_to_a_real_role() -> None:
    stack, pool = make_pool()
    role = aws_iam.Role(stack, "Role", assumed_by=aws_iam.ServicePrincipal("lambda.amazonaws.com"))
    grant = pool.grant(role, "cognito-idp:AdminCreateUser", "cognito-idp:ListUsers")
    assert isinstance(grant, aws_iam.Grant)
    assert grant.success
    (policy,) = resources_of(stack, "AWS::IAM::Policy").values()
    assert policy["Properties"]["PolicyDocument"] == {
        "Statement": [
            {
                "Action": ["cognito-idp:AdminCreateUser", "cognito-idp:ListUsers"],
                "Effect": "Allow",
                "Resource": POOL_ARN,
            }
        ],
        "Version": "2012-10-17",
    }
    assert policy["Properties"]["Roles"] == [{"Ref": "Role1ABCC5F0"}]


def test_grant_on_an_imported_pool() -> None:
    """A difference from the reference (README): its Python IUserPool has no grant; ours, as v2's, has."""
    stack = new_stack()
    arn = "arn:aws:cognito-idp:eu-west-1:111122223333:userpool/eu-west-1_XyZ789"
    pool = UserPool.from_user_pool_arn(stack, "Imported", arn)
    role = aws_iam.Role(stack, "Role", assumed_by=aws_iam.ServicePrincipal("lambda.amazonaws.com"))
    assert pool.grant(role, "cognito-idp:ListUsers").success
    (policy,) = resources_of(stack, "AWS::IAM::Policy").values()
    assert policy["Properties"]["PolicyDocument"]["Statement"] == [
        {"Action": "cognito-idp:ListUsers", "Effect": "Allow", "Resource": arn}
    ]
    grantee = PlainGrantee()
    assert (
        UserPool.from_user_pool_id(stack, "ById", "us-east-1_AbC123").grant(grantee, "cognito-idp:X").success
    )
    (statement,) = grantee.grant_principal.statements
    assert stack.resolve(statement.to_statement_json())["Resource"] == {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":cognito-idp:",
                {"Ref": "AWS::Region"},
                ":",
                {"Ref": "AWS::AccountId"},
                ":userpool/us-east-1_AbC123",
            ],
        ]
    }


def test_grant_to_a_plain_grantee() -> None:
    stack, pool = make_pool()
    grantee = PlainGrantee()
    result = pool.grant(grantee, "cognito-idp:ListUsers", "cognito-idp:ListUsers", "cognito-idp:AdminGetUser")
    assert isinstance(result, cognito._iam.GrantResult)
    assert result.success
    result.assert_success()
    assert result.resource_statement is None
    (statement,) = grantee.grant_principal.statements
    assert result.principal_statement is statement
    assert stack.resolve(statement.to_statement_json()) == {
        "Action": ["cognito-idp:ListUsers", "cognito-idp:AdminGetUser"],
        "Effect": "Allow",
        "Resource": POOL_ARN,
    }
    assert statement.actions == ["cognito-idp:ListUsers", "cognito-idp:ListUsers", "cognito-idp:AdminGetUser"]
    assert statement.effect == "Allow"
    # No resource is added to the stack for a plain grantee.
    assert list(template_of(stack)["Resources"]) == [POOL_ID]


def test_grant_one_action_is_unwrapped() -> None:
    stack, pool = make_pool()
    grantee = PlainGrantee()
    pool.grant(grantee, "cognito-idp:*")
    (statement,) = grantee.grant_principal.statements
    assert stack.resolve(statement.to_json()) == {
        "Action": "cognito-idp:*",
        "Effect": "Allow",
        "Resource": POOL_ARN,
    }


@pytest.mark.parametrize(
    ("answer", "success"),
    [
        (True, True),
        (False, False),
        ({"statement_added": True}, True),
        ({"statementAdded": False}, False),
        (aws_iam.AddToPrincipalPolicyResult(statement_added=True), True),
        (None, False),
    ],
    ids=["true", "false", "dict", "camel-dict", "jsii-result", "none"],
)
def test_grant_reads_what_the_principal_answers(answer: Any, success: bool) -> None:
    _, pool = make_pool()
    result = pool.grant(PlainGrantee(answer), "cognito-idp:ListUsers")
    assert result.success is success
    if success:
        result.assert_success()
        return
    assert result.principal_statement is None
    with pytest.raises(RuntimeError) as info:
        result.assert_success()
    assert re.fullmatch(
        r"Error: Permissions for 'PlainGrantee' to call 'cognito-idp:ListUsers' on "
        r"'\$\{Token\[TOKEN\.\d+\]\}' "
        r"could not be added on either identity or resource policy\.",
        str(info.value),
    )


def test_grant_errors() -> None:
    _, pool = make_pool()
    error = method_error(pool.grant, PlainGrantee(), "ListUsers")
    assert str(error) == (
        "Error: Action 'ListUsers' is invalid. An action string consists of a service namespace, a colon, "
        "and the name of an action. Action names can include wildcards."
    )
    with pytest.raises(NotAJsiiObjectError) as info:
        pool.grant(None, "cognito-idp:ListUsers")  # type: ignore[arg-type]
    assert str(info.value) == (
        "grant(grantee): expected an IGrantable (an object with grant_principal); got NoneType (None)"
    )
    with pytest.raises(TypeError) as type_error:
        pool.grant(PlainGrantee(), "cognito-idp:ListUsers", 5)  # type: ignore[arg-type]
    assert str(type_error.value) == "grant(actions[1]): expected str; got int (5)"


def test_grant_takes_a_token_action() -> None:
    stack, pool = make_pool()
    grantee = PlainGrantee()
    action = core.CfnParameter(stack, "Action").value_as_string
    pool.grant(grantee, action)
    (statement,) = grantee.grant_principal.statements
    assert stack.resolve(statement.to_statement_json())["Action"] == {"Ref": "Action"}


# --------------------------------------------------------------------------------------------------
# Tags, removal policy, attributes
# --------------------------------------------------------------------------------------------------


def test_tags_on_the_pool_and_its_sms_role() -> None:
    stack, pool = make_pool(mfa=Mfa.REQUIRED)
    core.Tags.of(pool).add("team", "identity")
    core.Tags.of(stack).add("cost", "42")
    assert pool_properties(stack)["UserPoolTags"] == {"cost": "42", "team": "identity"}
    (role,) = resources_of(stack, ROLE_TYPE).values()
    assert role["Properties"]["Tags"] == [
        {"Key": "cost", "Value": "42"},
        {"Key": "team", "Value": "identity"},
    ]
    keys = list(pool_properties(stack))
    assert keys == sorted(keys, key=str.lower)


def test_tags_filtered_by_resource_type_and_removed() -> None:
    stack, pool = make_pool(mfa=Mfa.REQUIRED)
    core.Tags.of(stack).add("only-roles", "yes", include_resource_types=[ROLE_TYPE])
    core.Tags.of(stack).add("gone", "x")
    core.Tags.of(pool).remove("gone")
    assert "UserPoolTags" not in pool_properties(stack)
    (role,) = resources_of(stack, ROLE_TYPE).values()
    assert role["Properties"]["Tags"] == [{"Key": "only-roles", "Value": "yes"}]


@pytest.mark.parametrize(
    ("policy", "rendered"),
    [
        (None, "Retain"),
        (core.RemovalPolicy.RETAIN, "Retain"),
        (core.RemovalPolicy.DESTROY, "Delete"),
        (core.RemovalPolicy.SNAPSHOT, "Snapshot"),
    ],
)
def test_removal_policy(policy: core.RemovalPolicy | None, rendered: str) -> None:
    stack, _ = make_pool(removal_policy=policy, enable_sms_role=True)
    resources = template_of(stack)["Resources"]
    assert resources[POOL_ID]["DeletionPolicy"] == rendered
    assert resources[POOL_ID]["UpdateReplacePolicy"] == rendered
    # The SMS role keeps its own (no) policy.
    assert "DeletionPolicy" not in resources[ROLE_ID]


def test_attributes_resolve_to_the_pool() -> None:
    stack, pool = make_pool()
    assert stack.resolve(pool.user_pool_id) == {"Ref": POOL_ID}
    assert stack.resolve(pool.user_pool_arn) == POOL_ARN
    assert stack.resolve(pool.user_pool_provider_name) == {"Fn::GetAtt": [POOL_ID, "ProviderName"]}
    assert stack.resolve(pool.user_pool_provider_url) == {"Fn::GetAtt": [POOL_ID, "ProviderURL"]}
    # Read once: the same token every time.
    assert pool.user_pool_arn == pool.user_pool_arn
    assert pool.user_pool_provider_name == pool.user_pool_provider_name
    for value in (
        pool.user_pool_id,
        pool.user_pool_arn,
        pool.user_pool_provider_name,
        pool.user_pool_provider_url,
    ):
        assert isinstance(value, str)
        assert core.Token.is_unresolved(value)


def test_attributes_in_an_output() -> None:
    stack, pool = make_pool()
    core.CfnOutput(stack, "Url", value=pool.user_pool_provider_url)
    assert template_of(stack)["Outputs"] == {"Url": {"Value": {"Fn::GetAtt": [POOL_ID, "ProviderURL"]}}}


# --------------------------------------------------------------------------------------------------
# add_client, add_resource_server, add_domain
# --------------------------------------------------------------------------------------------------


def test_add_client_on_a_new_pool() -> None:
    stack, pool = make_pool()
    client = pool.add_client("Client", generate_secret=True)
    assert isinstance(client, cognito.UserPoolClient)
    assert client.node.path == "Stack/Pool/Client"
    (resource,) = resources_of(stack, "AWS::Cognito::UserPoolClient").values()
    assert resource["Properties"]["UserPoolId"] == {"Ref": POOL_ID}
    assert resource["Properties"]["GenerateSecret"] is True


def test_add_client_errors_carry_the_method_prefix() -> None:
    _, pool = make_pool()
    error = method_error(lambda: pool.add_client("Client", disable_o_auth=True, o_auth={}))
    assert str(error) == "Error: OAuth settings cannot be specified when disableOAuth is set."
    with pytest.raises(TypeError) as info:
        pool.add_client("Other", user_pool=pool)
    assert str(info.value) == "add_client() got an unexpected keyword argument 'user_pool'"


def test_add_resource_server_on_a_new_pool() -> None:
    stack, pool = make_pool()
    server = pool.add_resource_server("Server", identifier="orders")
    assert server.node.path == "Stack/Pool/Server"
    (resource,) = resources_of(stack, "AWS::Cognito::UserPoolResourceServer").values()
    assert resource["Properties"] == {
        "Identifier": "orders",
        "Name": "orders",
        "UserPoolId": {"Ref": POOL_ID},
    }
    with pytest.raises(TypeError) as info:
        pool.add_resource_server("Other", identifier="x", user_pool=pool)
    assert str(info.value) == "add_resource_server() got an unexpected keyword argument 'user_pool'"


def test_add_domain() -> None:
    stack, pool = make_pool()
    if importlib.util.find_spec("cdk_cognito._domain") is None:
        with pytest.raises(NotImplementedError) as info:
            pool.add_domain("Domain", cognito_domain={"domain_prefix": "my-app"})
        assert str(info.value) == (
            "UserPool.add_domain() needs cdk_cognito.UserPoolDomain, which comes with issue 12"
        )
        assert len(pool.node.children) == 1  # only the pool's resource
        return
    domain = pool.add_domain("Domain", cognito_domain={"domain_prefix": "my-app"})
    assert domain.node.path == "Stack/Pool/Domain"
    (resource,) = resources_of(stack, "AWS::Cognito::UserPoolDomain").values()
    assert resource["Properties"] == {"Domain": "my-app", "UserPoolId": {"Ref": POOL_ID}}


# --------------------------------------------------------------------------------------------------
# Value errors: RuntimeError, with the reference's message (no "Error: " prefix: a constructor's)
# --------------------------------------------------------------------------------------------------

LINK = VerificationEmailStyle.LINK
EMAIL_MFA = {"mfa": Mfa.REQUIRED, "mfa_second_factor": MfaSecondFactor(otp=False, sms=False, email=True)}
VALUE_ERRORS: list[tuple[str, dict[str, Any], str]] = [
    (
        "preferred-username-alone",
        {"sign_in_aliases": SignInAliases(preferred_username=True, email=True)},
        "username signIn must be enabled if preferredUsername is enabled",
    ),
    ("sender-without-key", {"lambda_triggers": {"custom_email_sender": PlainFunction()}}, KMS_REQUIRED),
    (
        "code-body",
        {"user_verification": UserVerificationConfig(email_body="no code")},
        "Verification email body must contain the template string '{####}'",
    ),
    (
        "code-sms",
        {"user_verification": UserVerificationConfig(sms_message="no code")},
        "SMS message must contain the template string '{####}'",
    ),
    (
        "link-body",
        {"user_verification": UserVerificationConfig(email_style=LINK, email_body="Click {##Click##}")},
        "Verification email body must contain the template string '{##Verify Email##}'",
    ),
    (
        "temp-validity-366-days",
        {"password_policy": PasswordPolicy(temp_password_validity=core.Duration.days(366))},
        "tempPasswordValidity cannot be greater than 365 days (received: 366)",
    ),
    (
        "temp-validity-not-whole-days",
        {"password_policy": PasswordPolicy(temp_password_validity=core.Duration.hours(20))},
        "'20 hours' cannot be converted into a whole number of days.",
    ),
    (
        "min-length-5",
        {"password_policy": PasswordPolicy(min_length=5)},
        "minLength for password must be between 6 and 99 (received: 5)",
    ),
    (
        "min-length-100",
        {"password_policy": PasswordPolicy(min_length=100)},
        "minLength for password must be between 6 and 99 (received: 100)",
    ),
    (
        "min-length-fraction",
        {"password_policy": PasswordPolicy(min_length=99.5)},
        "minLength for password must be between 6 and 99 (received: 99.5)",
    ),
    (
        "history-with-lite",
        {"password_policy": PasswordPolicy(password_history_size=3), "feature_plan": FeaturePlan.LITE},
        "`passwordHistorySize` can not be set when `featurePlan` is `FeaturePlan.LITE`.",
    ),
    (
        "history-25",
        {"password_policy": PasswordPolicy(password_history_size=25)},
        "`passwordHistorySize` must be between 0 and 24 (received: 25).",
    ),
    (
        "history-minus-one",
        {"password_policy": PasswordPolicy(password_history_size=-1)},
        "`passwordHistorySize` must be between 0 and 24 (received: -1).",
    ),
    (
        "sign-in-without-password",
        {"sign_in_policy": SignInPolicy(allowed_first_auth_factors=AllowedFirstAuthFactors(password=False))},
        "The password authentication cannot be disabled.",
    ),
    (
        "choice-based-with-lite",
        {
            "sign_in_policy": SignInPolicy(
                allowed_first_auth_factors=AllowedFirstAuthFactors(password=True, email_otp=True)
            ),
            "feature_plan": FeaturePlan.LITE,
        },
        "To enable choice-based authentication, set `featurePlan` to `FeaturePlan.ESSENTIALS` "
        "or `FeaturePlan.PLUS`.",
    ),
    (
        "passkey-id-empty",
        {"passkey_relying_party_id": ""},
        "passkeyRelyingPartyId length must be (inclusively) between 1 and 63, got 0",
    ),
    (
        "passkey-id-64",
        {"passkey_relying_party_id": "a" * 64},
        "passkeyRelyingPartyId length must be (inclusively) between 1 and 63, got 64",
    ),
    (
        "passkey-id-astral",
        {"passkey_relying_party_id": "\U0001f600" * 32},
        "passkeyRelyingPartyId length must be (inclusively) between 1 and 63, got 64",
    ),
    (
        "email-and-email-settings",
        {"email": UserPoolEmail.with_cognito(), "email_settings": {"from_": "a@example.com"}},
        'you must either provide "email" or "emailSettings", but not both',
    ),
    (
        "advanced-and-standard",
        {
            "advanced_security_mode": AdvancedSecurityMode.OFF,
            "standard_threat_protection_mode": StandardThreatProtectionMode.NO_ENFORCEMENT,
        },
        ADVANCED_AND_THREAT,
    ),
    (
        "advanced-and-custom",
        {
            "advanced_security_mode": AdvancedSecurityMode.AUDIT,
            "custom_threat_protection_mode": CustomThreatProtectionMode.AUDIT_ONLY,
        },
        ADVANCED_AND_THREAT,
    ),
    (
        "mfa-message-without-code",
        {"mfa_message": "no code"},
        "MFA message must contain the template string '{####}'",
    ),
    (
        "mfa-message-too-long",
        {"mfa_message": "{####}" + "x" * 135},
        "MFA message must be between 6 and 140 characters",
    ),
    (
        "mfa-message-astral-too-long",
        {"mfa_message": "{####}" + "\U0001f600" * 68},
        "MFA message must be between 6 and 140 characters",
    ),
    (
        "sms-role-disabled",
        {"sms_role": PlainRole(), "enable_sms_role": False},
        "enableSmsRole cannot be disabled when smsRole is specified",
    ),
    (
        "email-mfa-without-email",
        EMAIL_MFA,
        "To enable email-based MFA, set `email` property to the Amazon SES email-sending configuration.",
    ),
    (
        "email-mfa-with-cognito-email",
        {**EMAIL_MFA, "email": UserPoolEmail.with_cognito("reply@example.com")},
        "To enable email-based MFA, set `email` property to the Amazon SES email-sending configuration.",
    ),
    (
        "email-mfa-with-email-settings",
        {**EMAIL_MFA, "email_settings": {"from_": "a@example.com"}},
        "To enable email-based MFA, set `email` property to the Amazon SES email-sending configuration.",
    ),
    (
        "email-mfa-with-lite",
        {**EMAIL_MFA, "email": SES, "feature_plan": FeaturePlan.LITE},
        "To enable email-based MFA, set `featurePlan` to `FeaturePlan.ESSENTIALS` or `FeaturePlan.PLUS`.",
    ),
    (
        "ses-without-region",
        {"email": UserPoolEmail.with_ses(from_email="a@example.com")},
        'Your stack region cannot be determined so "sesRegion" is required in SESOptions',
    ),
]


@pytest.mark.parametrize(
    ("kwargs", "message"), [c[1:] for c in VALUE_ERRORS], ids=[c[0] for c in VALUE_ERRORS]
)
def test_value_errors(kwargs: dict[str, Any], message: str) -> None:
    error = construct_error(**kwargs)
    assert type(error) is RuntimeError
    assert str(error) == message


ORDER: list[tuple[str, dict[str, Any], str]] = [
    # The first error is the reference's first: each pair fails in two places.
    (
        "aliases-before-triggers",
        {
            "sign_in_aliases": {"preferred_username": True},
            "lambda_triggers": {"custom_sms_sender": PlainFunction()},
        },
        "username signIn",
    ),
    (
        "triggers-before-verification",
        {
            "lambda_triggers": {"custom_sms_sender": PlainFunction()},
            "user_verification": {"sms_message": "x"},
        },
        "you must specify a KMS key",
    ),
    (
        "verification-before-password",
        {"user_verification": {"sms_message": "x"}, "password_policy": {"min_length": 1}},
        "SMS message",
    ),
    (
        "temp-validity-before-min-length",
        {"password_policy": {"min_length": 1, "temp_password_validity": core.Duration.days(400)}},
        "tempPasswordValidity",
    ),
    (
        "min-length-before-history",
        {"password_policy": {"min_length": 1, "password_history_size": 99}},
        "minLength",
    ),
    (
        "password-before-sign-in-policy",
        {
            "password_policy": {"password_history_size": 99},
            "sign_in_policy": {"allowed_first_auth_factors": {"password": False}},
        },
        "`passwordHistorySize`",
    ),
    (
        "sign-in-policy-before-passkey",
        {
            "sign_in_policy": {"allowed_first_auth_factors": {"password": False}},
            "passkey_relying_party_id": "",
        },
        "The password authentication",
    ),
    (
        "passkey-before-email",
        {"passkey_relying_party_id": "", "email": UserPoolEmail.with_ses(from_email="a@example.com")},
        "passkeyRelyingPartyId",
    ),
    (
        "email-before-advanced",
        {
            "email": UserPoolEmail.with_ses(from_email="a@example.com"),
            "advanced_security_mode": AdvancedSecurityMode.OFF,
            "custom_threat_protection_mode": CustomThreatProtectionMode.AUDIT_ONLY,
        },
        "Your stack region",
    ),
    (
        "advanced-before-mfa-message",
        {
            "advanced_security_mode": AdvancedSecurityMode.OFF,
            "custom_threat_protection_mode": CustomThreatProtectionMode.AUDIT_ONLY,
            "mfa_message": "x",
        },
        "you cannot set Threat Protection",
    ),
    (
        "mfa-message-before-sms-role",
        {"mfa_message": "x", "sms_role": PlainRole(), "enable_sms_role": False},
        "MFA message",
    ),
    (
        "sms-role-before-email-mfa",
        {**EMAIL_MFA, "sms_role": PlainRole(), "enable_sms_role": False},
        "enableSmsRole",
    ),
    (
        "email-mfa-before-schema",
        {**EMAIL_MFA, "custom_attributes": {"c": cognito.NumberAttribute(min=1)}, "standard_attributes": 5},
        "standard_attributes",  # a type error comes before every value error
    ),
]


@pytest.mark.parametrize(("kwargs", "start"), [c[1:] for c in ORDER], ids=[c[0] for c in ORDER])
def test_error_order(kwargs: dict[str, Any], start: str) -> None:
    assert str(construct_error(**kwargs)).startswith(start)


# --------------------------------------------------------------------------------------------------
# Type errors: TypeError naming the argument path
# --------------------------------------------------------------------------------------------------

TYPE_ERRORS: list[tuple[dict[str, Any], type[BaseException], str]] = [
    ({"mfa": "REQUIRED"}, TypeError, "mfa: expected cdk_cognito.Mfa or None; got str ('REQUIRED')"),
    (
        {"account_recovery": 1},
        TypeError,
        "account_recovery: expected cdk_cognito.AccountRecovery or None; got int (1)",
    ),
    (
        {"feature_plan": "LITE"},
        TypeError,
        "feature_plan: expected cdk_cognito.FeaturePlan or None; got str ('LITE')",
    ),
    (
        {"advanced_security_mode": "OFF"},
        TypeError,
        "advanced_security_mode: expected cdk_cognito.AdvancedSecurityMode or None; got str ('OFF')",
    ),
    (
        {"standard_threat_protection_mode": CustomThreatProtectionMode.AUDIT_ONLY},
        TypeError,
        "standard_threat_protection_mode: expected cdk_cognito.StandardThreatProtectionMode or None; "
        "got CustomThreatProtectionMode (<CustomThreatProtectionMode.AUDIT_ONLY: 'AUDIT_ONLY'>)",
    ),
    (
        {"custom_threat_protection_mode": "AUDIT_ONLY"},
        TypeError,
        "custom_threat_protection_mode: expected cdk_cognito.CustomThreatProtectionMode or "
        "None; got str ('AUDIT_ONLY')",
    ),
    (
        {"passkey_user_verification": "required"},
        TypeError,
        "passkey_user_verification: expected cdk_cognito.PasskeyUserVerification or None; "
        "got str ('required')",
    ),
    ({"deletion_protection": 1}, TypeError, "deletion_protection: expected bool or None; got int (1)"),
    (
        {"passkey_relying_party_id": 5},
        TypeError,
        "passkey_relying_party_id: expected str or None; got int (5)",
    ),
    ({"user_pool_name": b"p"}, TypeError, "user_pool_name: expected str or None; got bytes (b'p')"),
    ({"mfa_message": 5}, TypeError, "mfa_message: expected str or None; got int (5)"),
    (
        {"self_sign_up_enabled": "yes"},
        TypeError,
        "self_sign_up_enabled: expected bool or None; got str ('yes')",
    ),
    ({"enable_sms_role": 0}, TypeError, "enable_sms_role: expected bool or None; got int (0)"),
    ({"sign_in_case_sensitive": 1}, TypeError, "sign_in_case_sensitive: expected bool or None; got int (1)"),
    ({"sms_role_external_id": 5}, TypeError, "sms_role_external_id: expected str or None; got int (5)"),
    ({"sns_region": 5}, TypeError, "sns_region: expected str or None; got int (5)"),
    (
        {"password_policy": {"min_length": "8"}},
        TypeError,
        "password_policy.min_length: expected a finite int or float, or None; got str ('8')",
    ),
    (
        {"password_policy": {"min_length": True}},
        TypeError,
        "password_policy.min_length: expected a finite int or float, or None; got bool (True)",
    ),
    (
        {"password_policy": {"min_length": float("nan")}},
        TypeError,
        "password_policy.min_length: expected a finite int or float, or None; got float (nan)",
    ),
    (
        {"password_policy": {"password_history_size": float("inf")}},
        TypeError,
        "password_policy.password_history_size: expected a finite int or float, or None; got float (inf)",
    ),
    (
        {"password_policy": {"require_digits": "yes"}},
        TypeError,
        "password_policy.require_digits: expected bool or None; got str ('yes')",
    ),
    (
        {"password_policy": {"temp_password_validity": 3}},
        TypeError,
        "password_policy.temp_password_validity: expected aws_cdk.core.Duration or None; got int (3)",
    ),
    (
        {"password_policy": {"minimum_length": 8}},
        TypeError,
        "password_policy: unexpected key(s) 'minimum_length' for PasswordPolicy; "
        "expected some of min_length, "
        "password_history_size, require_digits, require_lowercase, require_symbols, require_uppercase, "
        "temp_password_validity",
    ),
    (
        {"password_policy": "strict"},
        TypeError,
        "password_policy: expected PasswordPolicy, a dict of its fields, or None; got str ('strict')",
    ),
    (
        {"mfa_second_factor": {"otp": True}},
        MissingValueError,
        "mfa_second_factor.sms: a value is required (bool); the key is missing",
    ),
    (
        {"mfa_second_factor": {"otp": True, "sms": None}},
        MissingValueError,
        "mfa_second_factor.sms: a value is required (bool); got None",
    ),
    (
        {"mfa_second_factor": {"otp": True, "sms": 1}},
        TypeError,
        "mfa_second_factor.sms: expected bool; got int (1)",
    ),
    (
        {"mfa_second_factor": {"otp": True, "sms": True, "email": "yes"}},
        TypeError,
        "mfa_second_factor.email: expected bool or None; got str ('yes')",
    ),
    (
        {"sign_in_policy": {"allowed_first_auth_factors": {"passkey": True}}},
        MissingValueError,
        "sign_in_policy.allowed_first_auth_factors.password: a value is required (bool); the key is missing",
    ),
    (
        {"sign_in_policy": {"allowed_first_auth_factors": {"password": True, "sms_otp": 1}}},
        TypeError,
        "sign_in_policy.allowed_first_auth_factors.sms_otp: expected bool or None; got int (1)",
    ),
    (
        {"sign_in_policy": {"allowed_first_auth_factors": "PASSWORD"}},
        TypeError,
        "sign_in_policy.allowed_first_auth_factors: expected AllowedFirstAuthFactors, a dict of its fields, "
        "or None; got str ('PASSWORD')",
    ),
    (
        {"keep_original": {"email": "yes"}},
        TypeError,
        "keep_original.email: expected bool or None; got str ('yes')",
    ),
    (
        {"device_tracking": {"challenge_required_on_new_device": True}},
        MissingValueError,
        "device_tracking.device_only_remembered_on_user_prompt: a value is required (bool); "
        "the key is missing",
    ),
    (
        {"sign_in_aliases": {"email": "true"}},
        TypeError,
        "sign_in_aliases.email: expected bool or None; got str ('true')",
    ),
    ({"auto_verify": {"phone": 1}}, TypeError, "auto_verify.phone: expected bool or None; got int (1)"),
    (
        {"user_verification": {"email_style": "LINK"}},
        TypeError,
        "user_verification.email_style: expected cdk_cognito.VerificationEmailStyle or None; "
        "got str ('LINK')",
    ),
    (
        {"user_invitation": {"email_body": 5}},
        TypeError,
        "user_invitation.email_body: expected str or None; got int (5)",
    ),
    (
        {"email_settings": {"from": "a@example.com"}},
        TypeError,
        "email_settings: unexpected key(s) 'from' for EmailSettings; expected some of from_, reply_to",
    ),
    ({"email": "ses"}, TypeError, "email: expected cdk_cognito.UserPoolEmail or None; got str ('ses')"),
    (
        {"removal_policy": "DESTROY"},
        TypeError,
        "removal_policy: expected aws_cdk.core.RemovalPolicy or None; got str ('DESTROY')",
    ),
    (
        {"sms_role": SMS_ROLE_ARN},
        NotAJsiiObjectError,
        f"sms_role: expected an IRole (an object with role_arn) or None; got str ('{SMS_ROLE_ARN}')",
    ),
    (
        {"custom_sender_kms_key": PlainRole()},
        NotAJsiiObjectError,
        "custom_sender_kms_key: expected an IKey (an object with key_arn) or None; got PlainRole",
    ),
    (
        {"lambda_triggers": {"pre_sign_up": FN_ARN}},
        NotAJsiiObjectError,
        "lambda_triggers.pre_sign_up: expected an IFunction (an object with function_arn and "
        "add_permission); "
        f"got str ('{FN_ARN}')",
    ),
    (
        {"lambda_triggers": {"pre_sign_up": PlainFunction(arn=5)}},
        TypeError,
        "lambda_triggers.pre_sign_up.function_arn: expected str; got int (5)",
    ),
    (
        {"lambda_triggers": {"pre_token_generation_config": PlainFunction()}},
        TypeError,
        "lambda_triggers: unexpected key(s) 'pre_token_generation_config' for UserPoolTriggers",
    ),
    (
        {"custom_attributes": {"tier": "string"}},
        NotAJsiiObjectError,
        "custom_attributes['tier']: expected an ICustomAttribute (an object with a bind() "
        "method); got str ('string')",
    ),
    (
        {"custom_attributes": [StringAttribute()]},
        TypeError,
        "custom_attributes: expected a dict of attribute names to ICustomAttribute, or None; got list",
    ),
    (
        {"standard_attributes": {"emails": {"required": True}}},
        TypeError,
        "standard_attributes: unexpected key(s) 'emails' for StandardAttributes",
    ),
]


@pytest.mark.parametrize(
    ("kwargs", "cls", "message"),
    TYPE_ERRORS,
    ids=[f"{index}-{message.split(':')[0]}" for index, (_, _, message) in enumerate(TYPE_ERRORS)],
)
def test_type_errors(kwargs: dict[str, Any], cls: type[BaseException], message: str) -> None:
    error = construct_error(**kwargs)
    assert isinstance(error, TypeError)
    assert isinstance(error, cls)
    assert str(error).startswith(message), str(error)


def test_struct_built_directly_names_its_class() -> None:
    with pytest.raises(TypeError) as info:
        PasswordPolicy(min_length="8")  # type: ignore[arg-type]
    assert (
        str(info.value) == "PasswordPolicy.min_length: expected a finite int or float, or None; got str ('8')"
    )
    with pytest.raises(MissingValueError) as missing:
        AllowedFirstAuthFactors(password=None)  # type: ignore[arg-type]
    assert str(missing.value) == "AllowedFirstAuthFactors.password: a value is required (bool); got None"
    with pytest.raises(TypeError) as keyword:
        KeepOriginalAttrs(True)  # type: ignore[misc]
    assert "positional" in str(keyword.value)


def test_missing_value_errors_are_assertion_errors_too() -> None:
    error = construct_error(mfa_second_factor={"sms": True})
    assert isinstance(error, AssertionError)
    assert isinstance(error, TypeError)


def test_not_a_jsii_object_errors_are_runtime_and_attribute_errors_too() -> None:
    error = construct_error(sms_role="arn")
    assert isinstance(error, RuntimeError)
    assert isinstance(error, AttributeError)


# --------------------------------------------------------------------------------------------------
# Dicts for structs; inputs never mutated
# --------------------------------------------------------------------------------------------------

AS_STRUCTS: dict[str, Any] = {
    "auto_verify": AutoVerifiedAttrs(email=True, phone=True),
    "device_tracking": DeviceTracking(
        challenge_required_on_new_device=True, device_only_remembered_on_user_prompt=True
    ),
    "keep_original": KeepOriginalAttrs(email=True),
    "lambda_triggers": UserPoolTriggers(pre_sign_up=PlainFunction()),
    "mfa_second_factor": MfaSecondFactor(otp=True, sms=True, email=True),
    "password_policy": PasswordPolicy(min_length=10, password_history_size=3),
    "sign_in_aliases": SignInAliases(username=True, email=True),
    "sign_in_policy": SignInPolicy(
        allowed_first_auth_factors=AllowedFirstAuthFactors(password=True, passkey=True)
    ),
    "standard_attributes": StandardAttributes(email=StandardAttribute(required=True)),
    "user_invitation": UserInvitationConfig(email_subject="Hi"),
    "user_verification": UserVerificationConfig(email_style=LINK),
}
AS_DICTS: dict[str, Any] = {
    "auto_verify": {"email": True, "phone": True},
    "device_tracking": {
        "challenge_required_on_new_device": True,
        "device_only_remembered_on_user_prompt": True,
    },
    "keep_original": {"email": True},
    "lambda_triggers": {"pre_sign_up": AS_STRUCTS["lambda_triggers"].pre_sign_up},
    "mfa_second_factor": {"otp": True, "sms": True, "email": True},
    "password_policy": {"min_length": 10, "password_history_size": 3},
    "sign_in_aliases": {"username": True, "email": True},
    "sign_in_policy": {"allowed_first_auth_factors": {"password": True, "passkey": True}},
    "standard_attributes": {"email": {"required": True}},
    "user_invitation": {"email_subject": "Hi"},
    "user_verification": {"email_style": LINK},
}
COMMON = {"mfa": Mfa.OPTIONAL, "email": SES}


def test_dicts_are_accepted_for_structs() -> None:
    assert set(AS_DICTS) == set(AS_STRUCTS)
    expected = properties_of(**AS_STRUCTS, **COMMON)
    # The structs did change the template (every one of them renders something).
    for key in AS_STRUCTS:
        assert properties_of(**{key: AS_STRUCTS[key]}, **COMMON) != properties_of(**COMMON), key
    assert_ordered_equal(properties_of(**AS_DICTS, **COMMON), expected)


def test_inputs_are_not_mutated() -> None:
    custom = {"tier": StringAttribute(max_len=10), "rank": cognito.NumberAttribute(min=1)}
    props: dict[str, Any] = {**AS_DICTS, "custom_attributes": custom}
    snapshot = copy.deepcopy(
        {k: v for k, v in props.items() if k not in ("lambda_triggers", "custom_attributes")}
    )
    custom_before = dict(custom)
    stack, pool = make_pool(**props)
    pool.add_trigger(UserPoolOperation.POST_CONFIRMATION, PlainFunction())
    template_of(stack)
    assert {k: v for k, v in props.items() if k not in ("lambda_triggers", "custom_attributes")} == snapshot
    assert props["custom_attributes"] is custom and custom == custom_before
    assert list(props["lambda_triggers"]) == ["pre_sign_up"]
    assert list(props) == [*AS_DICTS, "custom_attributes"]


# --------------------------------------------------------------------------------------------------
# Tokens are never judged as literals
# --------------------------------------------------------------------------------------------------


def test_string_tokens_are_not_validated() -> None:
    stack = new_stack()
    text = core.CfnParameter(stack, "Text").value_as_string
    UserPool(
        stack,
        "Pool",
        user_pool_name=text,
        mfa_message=text,
        passkey_relying_party_id=text,
        user_verification=UserVerificationConfig(email_body=text, sms_message=text),
    )
    properties = pool_properties(stack)
    ref = {"Ref": "Text"}
    assert properties["UserPoolName"] == ref
    assert properties["SmsAuthenticationMessage"] == ref
    assert properties["WebAuthnRelyingPartyID"] == ref
    assert properties["EmailVerificationMessage"] == ref
    assert properties["VerificationMessageTemplate"]["SmsMessage"] == ref


def test_link_body_token_is_not_validated() -> None:
    stack = new_stack()
    body = core.Fn.join("", [core.Aws.REGION, "no placeholder"])
    UserPool(stack, "Pool", user_verification=UserVerificationConfig(email_style=LINK, email_body=body))
    template = pool_properties(stack)["VerificationMessageTemplate"]
    assert template["EmailMessageByLink"] == {"Fn::Join": ["", [{"Ref": "AWS::Region"}, "no placeholder"]]}


def test_number_tokens_are_not_validated() -> None:
    stack = new_stack()
    size = core.CfnParameter(stack, "Size", type="Number").value_as_number
    UserPool(stack, "Pool", password_policy=PasswordPolicy(min_length=size, password_history_size=size))
    assert pool_properties(stack)["Policies"] == {
        "PasswordPolicy": {"MinimumLength": {"Ref": "Size"}, "PasswordHistorySize": {"Ref": "Size"}}
    }
    # Still refused with the LITE plan: that check needs no number.
    with pytest.raises(RuntimeError, match=r"can not be set when `featurePlan` is `FeaturePlan\.LITE`"):
        UserPool(
            stack,
            "Lite",
            password_policy=PasswordPolicy(password_history_size=size),
            feature_plan=FeaturePlan.LITE,
        )


def test_token_within_a_literal_string_is_not_judged_either() -> None:
    stack = new_stack()
    message = f"{core.Aws.ACCOUNT_ID} without code"
    UserPool(stack, "Pool", mfa_message=message)
    assert pool_properties(stack)["SmsAuthenticationMessage"] == {
        "Fn::Join": ["", [{"Ref": "AWS::AccountId"}, " without code"]]
    }


# --------------------------------------------------------------------------------------------------
# Property tests of the validation layer
# --------------------------------------------------------------------------------------------------

_stack = new_stack()
_ids = iter(range(10**9))


def _outcome(**kwargs: Any) -> tuple[str, Any]:
    """("ok", properties) or ("error", message), building in one shared stack (ids never repeat)."""
    try:
        pool = UserPool(_stack, f"P{next(_ids)}", **kwargs)
    except RuntimeError as error:
        assert type(error) is RuntimeError
        return "error", str(error)
    return "ok", pool.node.default_child


def _js_number(value: float) -> str:
    """JavaScript's String(number) for the values drawn here (integers and short decimals)."""
    if float(value).is_integer() and abs(value) < 1e21:
        return str(int(value))
    return repr(float(value))


numbers = st.one_of(
    st.integers(min_value=-1000, max_value=1000),
    st.floats(min_value=-1000, max_value=1000, allow_nan=False).map(lambda x: round(x, 3)),
)


@given(numbers)
def test_min_length_range(value: float) -> None:
    kind, result = _outcome(password_policy=PasswordPolicy(min_length=value))
    if 6 <= value <= 99:
        assert kind == "ok"
    else:
        assert (kind, result) == (
            "error",
            f"minLength for password must be between 6 and 99 (received: {_js_number(value)})",
        )


@given(numbers, st.sampled_from([None, FeaturePlan.LITE, FeaturePlan.ESSENTIALS, FeaturePlan.PLUS]))
def test_password_history_size_range(value: float, plan: FeaturePlan | None) -> None:
    kind, result = _outcome(password_policy=PasswordPolicy(password_history_size=value), feature_plan=plan)
    if plan is FeaturePlan.LITE:
        assert result == "`passwordHistorySize` can not be set when `featurePlan` is `FeaturePlan.LITE`."
    elif 0 <= value <= 24:
        assert kind == "ok"
    else:
        assert result == f"`passwordHistorySize` must be between 0 and 24 (received: {_js_number(value)})."


def _utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


# Free text, and messages near the limit that mix astral characters (2 UTF-16 units each) with others.
free_text = st.lists(
    st.one_of(
        st.sampled_from(["{####}", "x", "\U0001f600", "é", "{###}"]), st.characters(exclude_categories=["Cs"])
    ),
    max_size=150,
).map("".join)
near_the_limit = st.builds(
    lambda head, code, astral, plain: (
        head + ("{####}" if code else "{###}") + "\U0001f600" * astral + "x" * plain
    ),
    st.text(max_size=5),
    st.booleans(),
    st.integers(min_value=0, max_value=80),
    st.integers(min_value=0, max_value=140),
)
message_text = st.one_of(free_text, near_the_limit)


@given(message_text)
def test_mfa_message_length_in_utf16_units(message: str) -> None:
    kind, result = _outcome(mfa_message=message)
    if not message:
        assert kind == "ok"
    elif "{####}" not in message:
        assert result == "MFA message must contain the template string '{####}'"
    elif _utf16_units(message) > 140:
        assert result == "MFA message must be between 6 and 140 characters"
    else:
        assert kind == "ok"


@given(st.integers(min_value=0, max_value=1000))
def test_temp_password_validity_days(days: int) -> None:
    kind, result = _outcome(password_policy=PasswordPolicy(temp_password_validity=core.Duration.days(days)))
    if days > 365:
        assert result == f"tempPasswordValidity cannot be greater than 365 days (received: {days})"
    else:
        assert kind == "ok"


@given(st.integers(min_value=0, max_value=24 * 400))
def test_temp_password_validity_hours(hours: int) -> None:
    kind, result = _outcome(password_policy=PasswordPolicy(temp_password_validity=core.Duration.hours(hours)))
    if hours % 24:
        assert result == f"'{hours} hours' cannot be converted into a whole number of days."
    elif hours // 24 > 365:
        assert result == f"tempPasswordValidity cannot be greater than 365 days (received: {hours // 24})"
    else:
        assert kind == "ok"


@given(st.text(alphabet=st.sampled_from(["a", "-", ".", "\U0001f600", "é"]), max_size=70))
def test_passkey_relying_party_id_length(rp_id: str) -> None:
    kind, result = _outcome(passkey_relying_party_id=rp_id)
    units = _utf16_units(rp_id)
    if 1 <= units <= 63:
        assert kind == "ok"
    else:
        assert result == f"passkeyRelyingPartyId length must be (inclusively) between 1 and 63, got {units}"


@pytest.mark.parametrize("plan", [None, FeaturePlan.LITE, FeaturePlan.ESSENTIALS, FeaturePlan.PLUS])
@pytest.mark.parametrize("flags", list(itertools.product([False, True], repeat=4)), ids=str)
def test_sign_in_policy_factors(flags: tuple[bool, bool, bool, bool], plan: FeaturePlan | None) -> None:
    password, email_otp, sms_otp, passkey = flags
    factors = AllowedFirstAuthFactors(
        password=password, email_otp=email_otp, sms_otp=sms_otp, passkey=passkey
    )
    stack = new_stack()
    try:
        UserPool(
            stack, "Pool", sign_in_policy=SignInPolicy(allowed_first_auth_factors=factors), feature_plan=plan
        )
    except RuntimeError as error:
        result = str(error)
    else:
        result = pool_properties(stack)["Policies"]["SignInPolicy"]
    if not password:
        assert result == "The password authentication cannot be disabled."
    elif (email_otp or sms_otp or passkey) and plan is FeaturePlan.LITE:
        assert result == (
            "To enable choice-based authentication, set `featurePlan` to `FeaturePlan.ESSENTIALS` or "
            "`FeaturePlan.PLUS`."
        )
    else:
        expected = ["PASSWORD"] + [
            name
            for flag, name in ((email_otp, "EMAIL_OTP"), (sms_otp, "SMS_OTP"), (passkey, "WEB_AUTHN"))
            if flag
        ]
        assert result == {"AllowedFirstAuthFactors": expected}
