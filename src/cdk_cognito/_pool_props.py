"""The props of a user pool: its structs and enums, checked as jsii checks the reference's."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import TYPE_CHECKING

from aws_cdk import core

from ._typecheck import (
    Struct,
    check_bool,
    check_enum,
    check_has,
    check_number,
    check_required_bool,
    check_str,
    coerce_field,
    fail,
    field_path,
    struct,
)
from ._validation import check_duration

if TYPE_CHECKING:
    from ._email import EmailSettings, UserPoolEmail
    from ._pool_attributes import ICustomAttribute, StandardAttributes
    from ._protocols import IKey, IRole
    from ._triggers import UserPoolTriggers

__all__ = [
    "AccountRecovery",
    "AdvancedSecurityMode",
    "AllowedFirstAuthFactors",
    "AutoVerifiedAttrs",
    "CustomThreatProtectionMode",
    "DeviceTracking",
    "FeaturePlan",
    "KeepOriginalAttrs",
    "LambdaVersion",
    "Mfa",
    "MfaSecondFactor",
    "PasskeyUserVerification",
    "PasswordPolicy",
    "SignInAliases",
    "SignInPolicy",
    "StandardThreatProtectionMode",
    "UserInvitationConfig",
    "UserPoolProps",
    "UserVerificationConfig",
    "VerificationEmailStyle",
]


class VerificationEmailStyle(enum.Enum):
    """The email verification style."""

    CODE = "CODE"
    """Verify email via code (``CONFIRM_WITH_CODE``)."""
    LINK = "LINK"
    """Verify email via link (``CONFIRM_WITH_LINK``)."""


class Mfa(enum.Enum):
    """The ways a user pool's MFA enforcement can be configured."""

    OFF = "OFF"
    """Users are not required to use MFA for sign in, and cannot configure one."""
    OPTIONAL = "OPTIONAL"
    """Users are not required to use MFA for sign in, but can configure one if they choose to."""
    REQUIRED = "REQUIRED"
    """Users are required to configure an MFA, and have to use it to sign in (``ON``)."""


class AccountRecovery(enum.Enum):
    """How a user who forgot their password can recover their account.

    Codes go to the user's verified email or phone; phone is best not used for both password
    resets and MFA.
    """

    EMAIL_AND_PHONE_WITHOUT_MFA = "EMAIL_AND_PHONE_WITHOUT_MFA"
    """Email if available, otherwise phone, but not the phone if the user also uses it for MFA."""
    PHONE_WITHOUT_MFA_AND_EMAIL = "PHONE_WITHOUT_MFA_AND_EMAIL"
    """Phone if available (not if the user also uses it for MFA), otherwise email."""
    EMAIL_ONLY = "EMAIL_ONLY"
    """Email only."""
    PHONE_ONLY_WITHOUT_MFA = "PHONE_ONLY_WITHOUT_MFA"
    """Phone only, and not if the user also uses it for MFA."""
    PHONE_AND_EMAIL = "PHONE_AND_EMAIL"
    """(Not recommended) Phone if available, otherwise email, even if the phone is used for MFA.

    The pool then renders no ``AccountRecoverySetting`` (Cognito's default)."""
    NONE = "NONE"
    """None: users have to contact an administrator to reset their passwords."""


class LambdaVersion(enum.Enum):
    """The version of the event a Lambda trigger receives (aws-cdk-lib v2)."""

    V1_0 = "V1_0"
    """Version 1.0: the only one custom senders and most triggers support."""
    V2_0 = "V2_0"
    """Version 2.0 (pre token generation: access-token customization)."""
    V3_0 = "V3_0"
    """Version 3.0 (pre token generation: machine-to-machine access tokens too)."""


class PasskeyUserVerification(enum.Enum):
    """How the pool treats user verification with a passkey (aws-cdk-lib v2)."""

    PREFERRED = "PREFERRED"
    """Passkey MFA is preferred (``preferred``)."""
    REQUIRED = "REQUIRED"
    """Passkey MFA is required (``required``)."""


class AdvancedSecurityMode(enum.Enum):
    """The advanced security mode of a pool (aws-cdk-lib v2; deprecated there for threat protection)."""

    ENFORCED = "ENFORCED"
    """Advanced security is on and enforces its risk decisions."""
    AUDIT = "AUDIT"
    """Advanced security logs its risk decisions only."""
    OFF = "OFF"
    """Advanced security is off."""


class FeaturePlan(enum.Enum):
    """The feature plan (tier) of a pool (aws-cdk-lib v2)."""

    LITE = "LITE"
    """The Lite plan."""
    ESSENTIALS = "ESSENTIALS"
    """The Essentials plan."""
    PLUS = "PLUS"
    """The Plus plan (threat protection)."""


class StandardThreatProtectionMode(enum.Enum):
    """Threat protection for standard authentication (aws-cdk-lib v2; works with FeaturePlan.PLUS)."""

    FULL_FUNCTION = "FULL_FUNCTION"
    """Risk decisions are enforced (``ENFORCED``)."""
    AUDIT_ONLY = "AUDIT_ONLY"
    """Risk decisions are logged only (``AUDIT``)."""
    NO_ENFORCEMENT = "NO_ENFORCEMENT"
    """No threat protection (``OFF``)."""


class CustomThreatProtectionMode(enum.Enum):
    """Threat protection for custom authentication (aws-cdk-lib v2; works with FeaturePlan.PLUS)."""

    FULL_FUNCTION = "FULL_FUNCTION"
    """Risk decisions are enforced (``ENFORCED``)."""
    AUDIT_ONLY = "AUDIT_ONLY"
    """Risk decisions are logged only (``AUDIT``)."""


@struct
class SignInAliases(Struct):
    """The ways users of this pool can sign up or sign in.

    :param email: Whether a user can sign up or sign in with an email address. Default: false
    :param phone: Whether a user can sign up or sign in with a phone number. Default: false
    :param preferred_username: Whether a user can sign in with a secondary username that can be set
        and changed after sign up; only with ``username``. Default: false
    :param username: Whether a user can sign up or sign in with a username. Default: true
    """

    email: bool | None = None
    phone: bool | None = None
    preferred_username: bool | None = None
    username: bool | None = None

    def __post_init__(self) -> None:
        check_bool(self.email, field_path(self, "email"))
        check_bool(self.phone, field_path(self, "phone"))
        check_bool(self.preferred_username, field_path(self, "preferred_username"))
        check_bool(self.username, field_path(self, "username"))


@struct
class AutoVerifiedAttrs(Struct):
    """The attributes Cognito verifies automatically for users who sign up.

    :param email: Whether the email address is auto verified at sign up (with ``phone`` as well,
        Cognito verifies only the phone number). Default: true if email is a sign-in alias, else false
    :param phone: Whether the phone number is auto verified at sign up. Default: true if phone is a
        sign-in alias, else false
    """

    email: bool | None = None
    phone: bool | None = None

    def __post_init__(self) -> None:
        check_bool(self.email, field_path(self, "email"))
        check_bool(self.phone, field_path(self, "phone"))


@struct
class UserVerificationConfig(Struct):
    """The messages that verify a user who signs up.

    :param email_body: The body of the verification email; it must hold ``{####}`` (CODE) or
        ``{##Verify Email##}`` (LINK). Default: 'The verification code to your new account is {####}'
        with VerificationEmailStyle.CODE, 'Verify your account by clicking on {##Verify Email##}' with
        VerificationEmailStyle.LINK
    :param email_style: Whether emails are verified with a code or a link.
        Default: VerificationEmailStyle.CODE
    :param email_subject: The subject of the verification email. Default: 'Verify your new account'
    :param sms_message: The verification SMS; with CODE it must hold ``{####}``.
        Default: 'The verification code to your new account is {####}'
    """

    email_body: str | None = None
    email_style: VerificationEmailStyle | None = None
    email_subject: str | None = None
    sms_message: str | None = None

    def __post_init__(self) -> None:
        check_str(self.email_body, field_path(self, "email_body"))
        check_enum(self.email_style, VerificationEmailStyle, field_path(self, "email_style"))
        check_str(self.email_subject, field_path(self, "email_subject"))
        check_str(self.sms_message, field_path(self, "sms_message"))


@struct
class UserInvitationConfig(Struct):
    """The messages sent to users an administrator signs up.

    :param email_body: The body of the invitation email.
        Default: 'Your username is {username} and temporary password is {####}.'
    :param email_subject: The subject of the invitation email. Default: 'Your temporary password'
    :param sms_message: The invitation SMS.
        Default: 'Your username is {username} and temporary password is {####}'
    """

    email_body: str | None = None
    email_subject: str | None = None
    sms_message: str | None = None

    def __post_init__(self) -> None:
        check_str(self.email_body, field_path(self, "email_body"))
        check_str(self.email_subject, field_path(self, "email_subject"))
        check_str(self.sms_message, field_path(self, "sms_message"))


@struct
class MfaSecondFactor(Struct):
    """How users of the pool get their MFA code.

    :param otp: A time-based one-time password from a hardware or software token. Required.
        Default: false
    :param sms: A code sent by SMS to the user's verified phone number. Required. Default: true
    :param email: (aws-cdk-lib v2) A code sent by email (``EMAIL_OTP``); needs ``email`` set to an
        SES configuration and a feature plan other than LITE. Default: false
    """

    otp: bool
    sms: bool
    email: bool | None = None

    def __post_init__(self) -> None:
        check_required_bool(self.otp, field_path(self, "otp"))
        check_required_bool(self.sms, field_path(self, "sms"))
        check_bool(self.email, field_path(self, "email"))


@struct
class PasswordPolicy(Struct):
    """The password policy of a user pool.

    :param min_length: The minimum length of a password, 6 to 99. Default: 8
    :param require_digits: Whether passwords must hold a digit. Default: true
    :param require_lowercase: Whether passwords must hold a lowercase letter. Default: true
    :param require_symbols: Whether passwords must hold a symbol. Default: true
    :param require_uppercase: Whether passwords must hold an uppercase letter. Default: true
    :param temp_password_validity: How long a temporary password set by an administrator is valid, in
        whole days (``Duration.days(3)`` or ``Duration.hours(48)``; ``Duration.hours(20)`` is an
        error), at most 365 days. Default: Duration.days(7)
    :param password_history_size: (aws-cdk-lib v2) How many previous passwords a user cannot reuse,
        0 to 24; not with FeaturePlan.LITE. Default: undefined (Cognito's default, 0)
    """

    min_length: int | float | None = None
    require_digits: bool | None = None
    require_lowercase: bool | None = None
    require_symbols: bool | None = None
    require_uppercase: bool | None = None
    temp_password_validity: core.Duration | None = None
    password_history_size: int | float | None = None

    def __post_init__(self) -> None:
        check_number(self.min_length, field_path(self, "min_length"))
        check_number(self.password_history_size, field_path(self, "password_history_size"))
        check_bool(self.require_digits, field_path(self, "require_digits"))
        check_bool(self.require_lowercase, field_path(self, "require_lowercase"))
        check_bool(self.require_symbols, field_path(self, "require_symbols"))
        check_bool(self.require_uppercase, field_path(self, "require_uppercase"))
        check_duration(self.temp_password_validity, field_path(self, "temp_password_validity"))


@struct
class KeepOriginalAttrs(Struct):
    """(aws-cdk-lib v2) Attributes whose original value stays in effect until a new value is verified.

    :param email: Whether the email address keeps its original value until the new one is
        verified. Default: false
    :param phone: Whether the phone number keeps its original value until the new one is
        verified. Default: false
    """

    email: bool | None = None
    phone: bool | None = None

    def __post_init__(self) -> None:
        check_bool(self.email, field_path(self, "email"))
        check_bool(self.phone, field_path(self, "phone"))


@struct
class AllowedFirstAuthFactors(Struct):
    """(aws-cdk-lib v2) The factors users may choose for their first sign-in prompt.

    :param password: Whether password authentication is allowed; it must be true. Required.
    :param email_otp: Whether a one-time password sent by email is allowed. Default: false
    :param sms_otp: Whether a one-time password sent by SMS is allowed. Default: false
    :param passkey: Whether a passkey (WebAuthn) is allowed. Default: false
    """

    password: bool
    email_otp: bool | None = None
    sms_otp: bool | None = None
    passkey: bool | None = None

    def __post_init__(self) -> None:
        check_required_bool(self.password, field_path(self, "password"))
        check_bool(self.email_otp, field_path(self, "email_otp"))
        check_bool(self.sms_otp, field_path(self, "sms_otp"))
        check_bool(self.passkey, field_path(self, "passkey"))


@struct
class SignInPolicy(Struct):
    """(aws-cdk-lib v2) The sign-in policy of a pool.

    :param allowed_first_auth_factors: The factors allowed at the first prompt (choice-based
        sign-in). Default: password only
    """

    allowed_first_auth_factors: AllowedFirstAuthFactors | None = None

    def __post_init__(self) -> None:
        coerce_field(self, "allowed_first_auth_factors", AllowedFirstAuthFactors)


@struct
class DeviceTracking(Struct):
    """Device tracking settings.

    :param challenge_required_on_new_device: Whether a challenge is required on a new device (only
        for new devices). Required. Default: false
    :param device_only_remembered_on_user_prompt: Whether a device is only remembered when the user
        asks. Required. Default: false
    """

    challenge_required_on_new_device: bool
    device_only_remembered_on_user_prompt: bool

    def __post_init__(self) -> None:
        check_required_bool(
            self.challenge_required_on_new_device, field_path(self, "challenge_required_on_new_device")
        )
        check_required_bool(
            self.device_only_remembered_on_user_prompt,
            field_path(self, "device_only_remembered_on_user_prompt"),
        )


@struct
class UserPoolProps(Struct):
    """Props of the UserPool construct.

    :param account_recovery: How users can recover their account.
        Default: AccountRecovery.PHONE_WITHOUT_MFA_AND_EMAIL
    :param auto_verify: The attributes Cognito verifies automatically at sign up (only email and
        phone). Default: email and/or phone if they are sign-in aliases, else none
    :param custom_attributes: Custom attributes every user of the pool can have, by name.
        Default: no custom attributes
    :param custom_sender_kms_key: The KMS key that encrypts the temporary passwords and codes
        Cognito hands custom sender triggers. Default: no key
    :param device_tracking: Device tracking settings. Default: see the defaults of DeviceTracking
    :param email: How the pool sends email (``UserPoolEmail``). Default: Cognito's own email
    :param email_settings: Email settings (deprecated: use ``email``). Default: see the defaults of
        EmailSettings
    :param enable_sms_role: Whether to create the role Cognito assumes to send SMS messages (``False``
        with ``sms_role`` is an error). Default: a role is created when SMS MFA or phone
        verification needs one
    :param lambda_triggers: Lambda functions for Cognito's triggers. Default: no triggers
    :param mfa: Whether users can or must use MFA to sign in. Default: Mfa.OFF
    :param mfa_message: The SMS that carries an MFA code; must hold ``{####}``, at most 140
        characters. Default: 'Your authentication code is {####}.'
    :param mfa_second_factor: The MFA types users can use; ignored when ``mfa`` is OFF.
        Default: sms only if ``mfa`` is OPTIONAL or REQUIRED, else none
    :param password_policy: The password policy. Default: see the defaults of PasswordPolicy
    :param removal_policy: What happens to the pool when it leaves the stack.
        Default: RemovalPolicy.RETAIN
    :param self_sign_up_enabled: Whether users can sign themselves up. Default: false
    :param sign_in_aliases: How users sign up and sign in: a username with aliases, or an email
        and/or phone number. Default: username only
    :param sign_in_case_sensitive: Whether sign-in aliases are case sensitive. Default: true
    :param sms_role: The role Cognito assumes to send SMS messages. Default: a new role is created
        (see ``enable_sms_role``)
    :param sms_role_external_id: The external id Cognito gives when it assumes ``sms_role``; ignored
        without ``sms_role``. Default: no external id
    :param sns_region: The region whose SNS sends the SMS messages. Default: the pool's region, with
        the exceptions Cognito documents
    :param standard_attributes: The standard attributes, required or not, mutable or not.
        Default: all standard attributes are optional and mutable
    :param user_invitation: The messages to users an administrator signs up.
        Default: see the defaults of UserInvitationConfig
    :param user_pool_name: The name of the pool. Default: a name CloudFormation generates
    :param user_verification: The messages that verify users who sign up.
        Default: see the defaults of UserVerificationConfig
    :param advanced_security_mode: (aws-cdk-lib v2, deprecated there) The advanced security mode;
        not with the threat protection modes. Default: no value
    :param custom_threat_protection_mode: (aws-cdk-lib v2) Threat protection for custom
        authentication. Default: no value
    :param deletion_protection: (aws-cdk-lib v2) Whether the pool has deletion protection
        (``ACTIVE``/``INACTIVE``). Default: no value (Cognito's default, INACTIVE)
    :param feature_plan: (aws-cdk-lib v2) The feature plan. Default: no value (Cognito picks
        ESSENTIALS for a new pool)
    :param keep_original: (aws-cdk-lib v2) Attributes that keep their original value until a new
        one is verified. Default: nothing is kept
    :param passkey_relying_party_id: (aws-cdk-lib v2) The relying party of passkeys, 1 to 63
        characters. Default: no relying party
    :param passkey_user_verification: (aws-cdk-lib v2) The pool's treatment of passkey MFA.
        Default: Cognito's default, PasskeyUserVerification.PREFERRED
    :param sign_in_policy: (aws-cdk-lib v2) The sign-in policy. Default: password only
    :param standard_threat_protection_mode: (aws-cdk-lib v2) Threat protection for standard
        authentication. Default: StandardThreatProtectionMode.NO_ENFORCEMENT when
        ``custom_threat_protection_mode`` is set, else no value
    """

    account_recovery: AccountRecovery | None = None
    auto_verify: AutoVerifiedAttrs | None = None
    custom_attributes: Mapping[str, ICustomAttribute] | None = None
    custom_sender_kms_key: IKey | None = None
    device_tracking: DeviceTracking | None = None
    email: UserPoolEmail | None = None
    email_settings: EmailSettings | None = None
    enable_sms_role: bool | None = None
    lambda_triggers: UserPoolTriggers | None = None
    mfa: Mfa | None = None
    mfa_message: str | None = None
    mfa_second_factor: MfaSecondFactor | None = None
    password_policy: PasswordPolicy | None = None
    removal_policy: core.RemovalPolicy | None = None
    self_sign_up_enabled: bool | None = None
    sign_in_aliases: SignInAliases | None = None
    sign_in_case_sensitive: bool | None = None
    sms_role: IRole | None = None
    sms_role_external_id: str | None = None
    sns_region: str | None = None
    standard_attributes: StandardAttributes | None = None
    user_invitation: UserInvitationConfig | None = None
    user_pool_name: str | None = None
    user_verification: UserVerificationConfig | None = None
    advanced_security_mode: AdvancedSecurityMode | None = None
    custom_threat_protection_mode: CustomThreatProtectionMode | None = None
    deletion_protection: bool | None = None
    feature_plan: FeaturePlan | None = None
    keep_original: KeepOriginalAttrs | None = None
    passkey_relying_party_id: str | None = None
    passkey_user_verification: PasskeyUserVerification | None = None
    sign_in_policy: SignInPolicy | None = None
    standard_threat_protection_mode: StandardThreatProtectionMode | None = None

    def __post_init__(self) -> None:
        check_enum(self.account_recovery, AccountRecovery, field_path(self, "account_recovery"))
        coerce_field(self, "auto_verify", AutoVerifiedAttrs)
        from ._pool_attributes import check_custom_attributes

        check_custom_attributes(self.custom_attributes, field_path(self, "custom_attributes"))
        check_has(self.custom_sender_kms_key, field_path(self, "custom_sender_kms_key"), "key_arn", "an IKey")
        coerce_field(self, "device_tracking", DeviceTracking)
        if self.email is not None:
            from ._email import UserPoolEmail

            if not isinstance(self.email, UserPoolEmail):
                fail(field_path(self, "email"), "cdk_cognito.UserPoolEmail or None", self.email)
        if self.email_settings is not None:
            from ._email import EmailSettings

            coerce_field(self, "email_settings", EmailSettings)
        check_bool(self.enable_sms_role, field_path(self, "enable_sms_role"))
        if self.lambda_triggers is not None:
            from ._triggers import UserPoolTriggers

            coerce_field(self, "lambda_triggers", UserPoolTriggers)
        check_enum(self.mfa, Mfa, field_path(self, "mfa"))
        check_str(self.mfa_message, field_path(self, "mfa_message"))
        coerce_field(self, "mfa_second_factor", MfaSecondFactor)
        coerce_field(self, "password_policy", PasswordPolicy)
        if self.removal_policy is not None and not isinstance(self.removal_policy, core.RemovalPolicy):
            fail(
                field_path(self, "removal_policy"), "aws_cdk.core.RemovalPolicy or None", self.removal_policy
            )
        check_bool(self.self_sign_up_enabled, field_path(self, "self_sign_up_enabled"))
        coerce_field(self, "sign_in_aliases", SignInAliases)
        check_bool(self.sign_in_case_sensitive, field_path(self, "sign_in_case_sensitive"))
        check_has(self.sms_role, field_path(self, "sms_role"), "role_arn", "an IRole")
        check_str(self.sms_role_external_id, field_path(self, "sms_role_external_id"))
        check_str(self.sns_region, field_path(self, "sns_region"))
        if self.standard_attributes is not None:
            from ._pool_attributes import StandardAttributes

            coerce_field(self, "standard_attributes", StandardAttributes)
        coerce_field(self, "user_invitation", UserInvitationConfig)
        check_str(self.user_pool_name, field_path(self, "user_pool_name"))
        coerce_field(self, "user_verification", UserVerificationConfig)
        check_enum(
            self.advanced_security_mode, AdvancedSecurityMode, field_path(self, "advanced_security_mode")
        )
        check_enum(
            self.custom_threat_protection_mode,
            CustomThreatProtectionMode,
            field_path(self, "custom_threat_protection_mode"),
        )
        check_bool(self.deletion_protection, field_path(self, "deletion_protection"))
        check_enum(self.feature_plan, FeaturePlan, field_path(self, "feature_plan"))
        coerce_field(self, "keep_original", KeepOriginalAttrs)
        check_str(self.passkey_relying_party_id, field_path(self, "passkey_relying_party_id"))
        check_enum(
            self.passkey_user_verification,
            PasskeyUserVerification,
            field_path(self, "passkey_user_verification"),
        )
        coerce_field(self, "sign_in_policy", SignInPolicy)
        check_enum(
            self.standard_threat_protection_mode,
            StandardThreatProtectionMode,
            field_path(self, "standard_threat_protection_mode"),
        )
