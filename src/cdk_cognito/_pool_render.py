"""How a ``UserPool`` renders: its props to the ``AWS::Cognito::UserPool`` properties.

Every value is computed in Python, in the order ``aws_cdk.aws_cognito.UserPool`` 1.204.0 computes
it (aws-cdk-lib v2's props slotted in where v2 computes them), so the first error is the
reference's. Loaded when the first pool is built: apps that only import pools never pay for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import jsii
from aws_cdk import core

from ._js import js_number_to_string, utf16_length
from ._pool_attributes import render_schema
from ._pool_props import (
    AccountRecovery,
    CustomThreatProtectionMode,
    FeaturePlan,
    KeepOriginalAttrs,
    Mfa,
    PasskeyUserVerification,
    SignInAliases,
    StandardThreatProtectionMode,
    UserPoolProps,
    UserVerificationConfig,
    VerificationEmailStyle,
)
from ._tokens import is_unresolved

if TYPE_CHECKING:
    from ._protocols import IFunction

__all__ = ["render_pool"]

_CODE = "{####}"
_VERIFY_EMAIL = "{##Verify Email##}"
_MFA_MESSAGE_MAX = 140
_MFA_VALUES = {Mfa.OFF: "OFF", Mfa.OPTIONAL: "OPTIONAL", Mfa.REQUIRED: "ON"}
_EMAIL_OPTIONS = {
    VerificationEmailStyle.CODE: "CONFIRM_WITH_CODE",
    VerificationEmailStyle.LINK: "CONFIRM_WITH_LINK",
}
_RECOVERY: dict[AccountRecovery, list[str] | None] = {
    AccountRecovery.EMAIL_AND_PHONE_WITHOUT_MFA: ["verified_email", "verified_phone_number"],
    AccountRecovery.PHONE_WITHOUT_MFA_AND_EMAIL: ["verified_phone_number", "verified_email"],
    AccountRecovery.EMAIL_ONLY: ["verified_email"],
    AccountRecovery.PHONE_ONLY_WITHOUT_MFA: ["verified_phone_number"],
    AccountRecovery.PHONE_AND_EMAIL: None,
    AccountRecovery.NONE: ["admin_only"],
}
_THREAT_MODES = {
    StandardThreatProtectionMode.FULL_FUNCTION: "ENFORCED",
    StandardThreatProtectionMode.AUDIT_ONLY: "AUDIT",
    StandardThreatProtectionMode.NO_ENFORCEMENT: "OFF",
    CustomThreatProtectionMode.FULL_FUNCTION: "ENFORCED",
    CustomThreatProtectionMode.AUDIT_ONLY: "AUDIT",
}
_PASSKEY_VERIFICATION = {
    PasskeyUserVerification.PREFERRED: "preferred",
    PasskeyUserVerification.REQUIRED: "required",
}


def render_pool(
    pool: core.Construct, props: UserPoolProps, triggers: dict[str, Any]
) -> tuple[dict[str, Any], list[tuple[str, IFunction]]]:
    """The pool's CFN properties (L1 key order, ``None`` for unset) and the triggers to permit.

    Computed in the order the reference computes them, so the first error raised is the
    reference's. ``triggers`` (the pool's LambdaConfig in the making) gets the KMS key and the
    constructor's triggers; ``pool`` is the scope of the SMS role and of the SES identity's ARN.
    """
    username_attrs, alias_attrs, auto_verify_attrs = _sign_in(props)
    if props.custom_sender_kms_key is not None:
        triggers["kmsKeyId"] = props.custom_sender_kms_key.key_arn
    pending: list[tuple[str, IFunction]] = []
    if props.lambda_triggers is not None:
        from ._triggers import CUSTOM_SENDERS, KMS_KEY_REQUIRED, function_arn

        for name, fn in props.lambda_triggers.items():
            if name in CUSTOM_SENDERS and not triggers.get("kmsKeyId"):
                raise RuntimeError(KMS_KEY_REQUIRED)
            arn = function_arn(fn, f"lambda_triggers.{_snake(name)}")
            triggers[name] = {"LambdaArn": arn, "LambdaVersion": "V1_0"} if name in CUSTOM_SENDERS else arn
            pending.append((name, fn))
    verification = _verification(props.user_verification)
    invitation = props.user_invitation
    admin_create_user: dict[str, Any] = {
        "AllowAdminCreateUserOnly": not (props.self_sign_up_enabled or False)
    }
    if invitation is not None:
        admin_create_user["InviteMessageTemplate"] = _present(
            {
                "EmailMessage": invitation.email_body,
                "EmailSubject": invitation.email_subject,
                "SMSMessage": invitation.sms_message,
            }
        )
    password_policy = _password_policy(props)
    sign_in_policy = _sign_in_policy(props)
    rp_id = props.passkey_relying_party_id
    if rp_id is not None and not is_unresolved(rp_id) and not 1 <= utf16_length(rp_id) <= 63:
        raise RuntimeError(
            f"passkeyRelyingPartyId length must be (inclusively) between 1 and 63, got {utf16_length(rp_id)}"
        )
    email_configuration = None
    if props.email is not None or props.email_settings is not None:
        from ._email import render_email

        email_configuration = render_email(props.email, props.email_settings, pool)
    add_ons = _add_ons(props)
    mfa_message = _mfa_message(props.mfa_message)
    sms_configuration = _sms_configuration(pool, props, email_configuration)
    schema = render_schema(props.standard_attributes, props.custom_attributes)
    enabled_mfas = _enabled_mfas(props, email_configuration)
    policies = _present({"PasswordPolicy": password_policy, "SignInPolicy": sign_in_policy}) or None
    recovery = _account_recovery(props.account_recovery)
    case_sensitive = props.sign_in_case_sensitive
    device = props.device_tracking
    properties: dict[str, Any] = {
        "AccountRecoverySetting": recovery,
        "AdminCreateUserConfig": admin_create_user,
        "AliasAttributes": alias_attrs,
        "AutoVerifiedAttributes": auto_verify_attrs,
        "DeletionProtection": _deletion_protection(props.deletion_protection),
        "DeviceConfiguration": None
        if device is None
        else {
            "ChallengeRequiredOnNewDevice": device.challenge_required_on_new_device,
            "DeviceOnlyRememberedOnUserPrompt": device.device_only_remembered_on_user_prompt,
        },
        "EmailConfiguration": email_configuration,
        "EmailVerificationMessage": verification.get("EmailMessage"),
        "EmailVerificationSubject": verification.get("EmailSubject"),
        "EnabledMfas": enabled_mfas,
        "LambdaConfig": None,  # rendered at synthesis (see _render)
        "MfaConfiguration": None if props.mfa is None else _MFA_VALUES[props.mfa],
        "Policies": policies,
        "Schema": schema,
        "SmsAuthenticationMessage": mfa_message,
        "SmsConfiguration": sms_configuration,
        "SmsVerificationMessage": verification["SmsMessage"],
        "UserAttributeUpdateSettings": _keep_original(props.keep_original),
        "UsernameAttributes": username_attrs,
        "UsernameConfiguration": None if case_sensitive is None else {"CaseSensitive": case_sensitive},
        "UserPoolAddOns": add_ons,
        "UserPoolName": props.user_pool_name,
        "UserPoolTags": None,
        "UserPoolTier": None if props.feature_plan is None else props.feature_plan.value,
        "VerificationMessageTemplate": verification,
        "WebAuthnRelyingPartyID": rp_id,
        "WebAuthnUserVerification": None
        if props.passkey_user_verification is None
        else _PASSKEY_VERIFICATION[props.passkey_user_verification],
    }
    return properties, pending


def _password_policy(props: UserPoolProps) -> dict[str, Any] | None:
    policy = props.password_policy
    if policy is None:
        return None
    validity_days: int | float | None = None
    if policy.temp_password_validity is not None:
        days = _whole_days(policy.temp_password_validity)
        if days > 365:
            raise RuntimeError(
                "tempPasswordValidity cannot be greater than 365 days "
                f"(received: {js_number_to_string(days)})"
            )
        validity_days = days
    min_length = 8 if policy.min_length is None else policy.min_length
    if (min_length < 6 or min_length > 99) and not is_unresolved(min_length):
        raise RuntimeError(
            f"minLength for password must be between 6 and 99 (received: {js_number_to_string(min_length)})"
        )
    history = policy.password_history_size
    if history is not None:
        if props.feature_plan is FeaturePlan.LITE:
            raise RuntimeError(
                "`passwordHistorySize` can not be set when `featurePlan` is `FeaturePlan.LITE`."
            )
        if (history < 0 or history > 24) and not is_unresolved(history):
            raise RuntimeError(
                f"`passwordHistorySize` must be between 0 and 24 (received: {js_number_to_string(history)})."
            )
    return _present(
        {
            "MinimumLength": min_length,
            "PasswordHistorySize": history,
            "RequireLowercase": policy.require_lowercase,
            "RequireNumbers": policy.require_digits,
            "RequireSymbols": policy.require_symbols,
            "RequireUppercase": policy.require_uppercase,
            "TemporaryPasswordValidityDays": validity_days,
        }
    )


def _sms_configuration(
    pool: core.Construct, props: UserPoolProps, email_configuration: Mapping[str, Any] | None
) -> dict[str, Any] | None:
    if props.enable_sms_role is False and props.sms_role is not None:
        raise RuntimeError("enableSmsRole cannot be disabled when smsRole is specified")
    if props.sms_role is not None:
        return _present(
            {
                "ExternalId": props.sms_role_external_id,
                "SnsCallerArn": props.sms_role.role_arn,
                "SnsRegion": props.sns_region,
            }
        )
    if props.enable_sms_role is False:
        return None
    enabled = _enabled_mfas(props, email_configuration)
    phone_verification = (props.sign_in_aliases is not None and props.sign_in_aliases.phone is True) or (
        props.auto_verify is not None and props.auto_verify.phone is True
    )
    role_required = (enabled is not None and "SMS_MFA" in enabled) or phone_verification
    if not role_required and props.enable_sms_role is None:
        return None
    from ._iam import add_sms_role

    external_id, role_arn = add_sms_role(pool)
    return _present({"ExternalId": external_id, "SnsCallerArn": role_arn, "SnsRegion": props.sns_region})


def _present(values: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name)


def _sign_in(props: UserPoolProps) -> tuple[list[str] | None, list[str] | None, list[str] | None]:
    """(UsernameAttributes, AliasAttributes, AutoVerifiedAttributes) of the sign-in aliases."""
    aliases = props.sign_in_aliases if props.sign_in_aliases is not None else SignInAliases(username=True)
    if aliases.preferred_username and not aliases.username:
        raise RuntimeError("username signIn must be enabled if preferredUsername is enabled")
    username_attrs: list[str] | None = None
    alias_attrs: list[str] | None = None
    if aliases.username:
        alias_attrs = [
            name
            for flag, name in (
                (aliases.email, "email"),
                (aliases.phone, "phone_number"),
                (aliases.preferred_username, "preferred_username"),
            )
            if flag
        ] or None
    else:
        username_attrs = [
            name for flag, name in ((aliases.email, "email"), (aliases.phone, "phone_number")) if flag
        ]
    auto_verify_attrs: list[str] | None = None
    verify = props.auto_verify
    if verify is not None:
        auto_verify_attrs = [
            name for flag, name in ((verify.email, "email"), (verify.phone, "phone_number")) if flag
        ]
    elif aliases.email or aliases.phone:
        auto_verify_attrs = [
            name for flag, name in ((aliases.email, "email"), (aliases.phone, "phone_number")) if flag
        ]
    return username_attrs, alias_attrs, auto_verify_attrs


def _verification(config: UserVerificationConfig | None) -> dict[str, Any]:
    """The VerificationMessageTemplate; its EmailMessage/EmailSubject are the top-level ones too."""
    style = VerificationEmailStyle.CODE
    body = subject = sms = None
    if config is not None:
        style = config.email_style or VerificationEmailStyle.CODE
        body, subject, sms = config.email_body, config.email_subject, config.sms_message
    subject = "Verify your new account" if subject is None else subject
    sms = f"The verification code to your new account is {_CODE}" if sms is None else sms
    if style is VerificationEmailStyle.CODE:
        body = f"The verification code to your new account is {_CODE}" if body is None else body
        if not is_unresolved(body) and _CODE not in body:
            raise RuntimeError(f"Verification email body must contain the template string '{_CODE}'")
        if not is_unresolved(sms) and _CODE not in sms:
            raise RuntimeError(f"SMS message must contain the template string '{_CODE}'")
        return {
            "DefaultEmailOption": _EMAIL_OPTIONS[style],
            "EmailMessage": body,
            "EmailSubject": subject,
            "SmsMessage": sms,
        }
    body = f"Verify your account by clicking on {_VERIFY_EMAIL}" if body is None else body
    if not is_unresolved(body) and _VERIFY_EMAIL not in body:
        raise RuntimeError(f"Verification email body must contain the template string '{_VERIFY_EMAIL}'")
    return {
        "DefaultEmailOption": _EMAIL_OPTIONS[style],
        "EmailMessageByLink": body,
        "EmailSubjectByLink": subject,
        "SmsMessage": sms,
    }


def _mfa_message(message: str | None) -> str | None:
    if message and not is_unresolved(message):
        if _CODE not in message:
            raise RuntimeError(f"MFA message must contain the template string '{_CODE}'")
        if utf16_length(message) > _MFA_MESSAGE_MAX:
            raise RuntimeError(f"MFA message must be between {len(_CODE)} and {_MFA_MESSAGE_MAX} characters")
    return message


def _enabled_mfas(props: UserPoolProps, email_configuration: Mapping[str, Any] | None) -> list[str] | None:
    if props.mfa is None or props.mfa is Mfa.OFF:
        return None
    second = props.mfa_second_factor
    if second is None:
        return ["SMS_MFA"]
    enabled = []
    if second.sms:
        enabled.append("SMS_MFA")
    if second.otp:
        enabled.append("SOFTWARE_TOKEN_MFA")
    if second.email:
        if props.email is None or (email_configuration or {}).get("EmailSendingAccount") != "DEVELOPER":
            raise RuntimeError(
                "To enable email-based MFA, set `email` property to the Amazon SES "
                "email-sending configuration."
            )
        if props.feature_plan is FeaturePlan.LITE:
            raise RuntimeError(
                "To enable email-based MFA, set `featurePlan` to `FeaturePlan.ESSENTIALS` "
                "or `FeaturePlan.PLUS`."
            )
        enabled.append("EMAIL_OTP")
    return enabled


def _whole_days(duration: core.Duration) -> int | float:
    """``duration.toDays()`` of core: a whole number of days, or core's error.

    Asked of core (one round trip, for pools that set the validity): its conversion multiplies the
    amount by the ratio of the units, whose rounding a conversion from milliseconds would not repeat.
    """
    days: int | float = jsii.invoke(duration, "toDays", [])
    return days


def _sign_in_policy(props: UserPoolProps) -> dict[str, Any] | None:
    policy = props.sign_in_policy
    factors = None if policy is None else policy.allowed_first_auth_factors
    if factors is None:
        return None
    if not factors.password:
        raise RuntimeError("The password authentication cannot be disabled.")
    allowed = [
        value
        for flag, value in (
            (factors.password, "PASSWORD"),
            (factors.email_otp, "EMAIL_OTP"),
            (factors.sms_otp, "SMS_OTP"),
            (factors.passkey, "WEB_AUTHN"),
        )
        if flag
    ]
    if any(value != "PASSWORD" for value in allowed) and props.feature_plan is FeaturePlan.LITE:
        raise RuntimeError(
            "To enable choice-based authentication, set `featurePlan` to "
            "`FeaturePlan.ESSENTIALS` or `FeaturePlan.PLUS`."
        )
    return {"AllowedFirstAuthFactors": allowed}


def _add_ons(props: UserPoolProps) -> dict[str, Any] | None:
    custom = props.custom_threat_protection_mode
    flows = None if custom is None else {"CustomAuthMode": _THREAT_MODES[custom]}
    if props.advanced_security_mode is not None and (
        props.standard_threat_protection_mode is not None or flows
    ):
        raise RuntimeError(
            "you cannot set Threat Protection and Advanced Security Mode at the same time. Advanced Security "
            "Mode is deprecated and should be replaced with Threat Protection instead."
        )
    mode: str | None = None
    if props.advanced_security_mode is not None:
        mode = props.advanced_security_mode.value
    elif props.standard_threat_protection_mode is not None:
        mode = _THREAT_MODES[props.standard_threat_protection_mode]
    elif flows is not None:
        mode = "OFF"
    return _present({"AdvancedSecurityAdditionalFlows": flows, "AdvancedSecurityMode": mode}) or None


def _account_recovery(recovery: AccountRecovery | None) -> dict[str, Any] | None:
    names = _RECOVERY[AccountRecovery.PHONE_WITHOUT_MFA_AND_EMAIL if recovery is None else recovery]
    if names is None:
        return None
    return {"RecoveryMechanisms": [{"Name": name, "Priority": index} for index, name in enumerate(names, 1)]}


def _keep_original(keep: KeepOriginalAttrs | None) -> dict[str, Any] | None:
    if keep is None:
        return None
    names = [name for flag, name in ((keep.email, "email"), (keep.phone, "phone_number")) if flag]
    return {"AttributesRequireVerificationBeforeUpdate": names}


def _deletion_protection(value: bool | None) -> str | None:
    if value is None:
        return None
    return "ACTIVE" if value else "INACTIVE"
