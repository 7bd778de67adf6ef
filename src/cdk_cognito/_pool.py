"""User pools: ``UserPool`` (the ``AWS::Cognito::UserPool`` construct), its imports and ``IUserPool``.

``UserPool`` renders the same template as ``aws_cdk.aws_cognito.UserPool`` 1.204.0, with
``aws-cdk.core`` alone: the pool, the role Cognito assumes to send SMS messages, the Lambda
permissions of its triggers. Every property is computed here, in Python, in the order the reference
computes them (so the first error is the reference's), and core gets one resource to emit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import jsii
from aws_cdk import core

from . import _iam
from ._idps import IUserPoolIdentityProvider
from ._js import js_number_to_string
from ._jsii import TagSpec, apply_removal_policy, create_resource, emit_rendered_resource
from ._pool_props import (
    AccountRecovery,
    AdvancedSecurityMode,
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
    StandardThreatProtectionMode,
    UserInvitationConfig,
    UserPoolProps,
    UserVerificationConfig,
    VerificationEmailStyle,
)
from ._protocols import IFunction, IGrantable, IKey, IRole
from ._tokens import is_unresolved
from ._triggers import (
    CUSTOM_SENDERS,
    KMS_KEY_REQUIRED,
    VERSIONED_PRE_TOKEN_GENERATION,
    UserPoolOperation,
    UserPoolTriggers,
    add_lambda_permission,
    check_function,
    function_arn,
    render_lambda_config,
    trigger_exists,
)
from ._typecheck import (
    MissingValueError,
    NotAJsiiObjectError,
    check_str,
    constructor_errors,
    fail,
    method_errors,
    path_prefix,
)

if TYPE_CHECKING:
    from ._client import UserPoolClient
    from ._domain import UserPoolDomain
    from ._email import EmailSettings, UserPoolEmail
    from ._pool_attributes import ICustomAttribute, StandardAttributes
    from ._resource_server import UserPoolResourceServer

__all__ = ["IUserPool", "UserPool", "check_user_pool"]

POOL_TYPE = "AWS::Cognito::UserPool"
_POOL_TAGS = TagSpec(core.TagType.MAP, POOL_TYPE, "UserPoolTags", "userPoolTags")
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


class IUserPool(Protocol):
    """What an app client needs from its user pool.

    ``cdk_cognito.UserPool``, its imports, and ``aws_cdk.aws_cognito.UserPool`` (and its imports)
    fit this protocol.
    """

    @property
    def user_pool_id(self) -> str:
        """The physical ID of this user pool resource."""
        ...

    @property
    def user_pool_arn(self) -> str:
        """The ARN of this user pool resource."""
        ...

    @property
    def identity_providers(self) -> Sequence[IUserPoolIdentityProvider]:
        """The identity providers registered with this pool (a client's default providers)."""
        ...


def check_user_pool(value: object, path: str) -> None:
    if value is None:
        fail(path, "an IUserPool", value, MissingValueError)
    # Checked on the type, where jsii classes declare their properties, so a jsii
    # pool costs no round trip to Node here.
    kind = type(value)
    if not all(
        hasattr(kind, name) or hasattr(value, name) for name in ("user_pool_id", "identity_providers")
    ):
        fail(
            path,
            "an IUserPool (an object with user_pool_id and identity_providers)",
            value,
            NotAJsiiObjectError,
        )


class _UserPoolBase(core.Resource):
    """What a created and an imported pool share: clients, servers, domains, providers, grants."""

    _identity_providers: list[IUserPoolIdentityProvider]

    @property
    def user_pool_id(self) -> str:  # pragma: no cover  # every subclass defines it
        raise NotImplementedError

    @property
    def user_pool_arn(self) -> str:  # pragma: no cover  # every subclass defines it
        raise NotImplementedError

    @property
    def identity_providers(self) -> list[IUserPoolIdentityProvider]:
        """The identity providers registered with this pool (a copy)."""
        return list(self._identity_providers)

    def register_identity_provider(self, provider: IUserPoolIdentityProvider) -> None:
        """Register an identity provider with this user pool, for its clients' default providers."""
        if not isinstance(getattr(provider, "provider_name", None), str):
            fail(
                "register_identity_provider(provider)",
                "an IUserPoolIdentityProvider",
                provider,
                NotAJsiiObjectError,
            )
        self._identity_providers.append(provider)

    def add_client(self, id: str, **options: Any) -> UserPoolClient:
        """Add a new app client to this user pool; ``options`` are UserPoolClient's keyword arguments."""
        from ._client import UserPoolClient

        if "user_pool" in options:
            raise TypeError("add_client() got an unexpected keyword argument 'user_pool'")
        with method_errors():
            return UserPoolClient(self, id, user_pool=self, **options)

    def add_resource_server(self, id: str, **options: Any) -> UserPoolResourceServer:
        """Add a new resource server to this user pool; ``options`` are UserPoolResourceServer's."""
        from ._resource_server import UserPoolResourceServer

        if "user_pool" in options:
            raise TypeError("add_resource_server() got an unexpected keyword argument 'user_pool'")
        with method_errors():
            return UserPoolResourceServer(self, id, user_pool=self, **options)

    def add_domain(self, id: str, **options: Any) -> UserPoolDomain:
        """Associate a domain with this pool; ``options`` are UserPoolDomain's keyword arguments
        (``cognito_domain`` or ``custom_domain``, ``managed_login_version``)."""
        from ._domain import UserPoolDomain

        if "user_pool" in options:
            raise TypeError("add_domain() got an unexpected keyword argument 'user_pool'")
        with method_errors():
            return UserPoolDomain(self, id, user_pool=self, **options)

    def grant(self, grantee: IGrantable, *actions: str) -> Any:
        """Allow ``grantee`` the IAM ``actions`` on this pool (its ARN); returns the grant.

        A jsii grantee (``aws_iam.Role``, ``User``...) gets what the reference gives it: the statement
        in its default policy and an ``aws_iam.Grant``. A plain Python grantee's
        ``grant_principal.add_to_principal_policy`` is handed a ``PolicyStatement`` and a
        ``GrantResult`` comes back.
        """
        if grantee is None or not hasattr(grantee, "grant_principal"):
            fail(
                "grant(grantee)",
                "an IGrantable (an object with grant_principal)",
                grantee,
                NotAJsiiObjectError,
            )
        for index, action in enumerate(actions):
            if not isinstance(action, str):
                fail(f"grant(actions[{index}])", "str", action)
        with method_errors():
            return _iam.grant(grantee, actions, [self.user_pool_arn], self)


class _ImportedUserPool(_UserPoolBase):
    """A user pool defined outside the app, known by its ARN."""

    def __init__(
        self,
        scope: core.Construct,
        id: str,
        *,
        arn: str,
        pool_id: str,
        account: str | None,
        region: str | None,
    ) -> None:
        create_resource(self, scope, id, core.ResourceProps(account=account, region=region))
        self._arn = arn
        self._id = pool_id
        self._identity_providers = []

    @property
    def user_pool_id(self) -> str:
        """The physical ID of this user pool resource."""
        return self._id

    @property
    def user_pool_arn(self) -> str:
        """The ARN of this user pool resource."""
        return self._arn


class UserPool(_UserPoolBase):
    """A Cognito user pool (``AWS::Cognito::UserPool``), as ``aws_cdk.aws_cognito.UserPool`` makes it.

    See :class:`UserPoolProps` for every keyword argument and its default. ``node.default_child`` is
    the emitted (taggable) ``core.CfnResource``; the pool is retained when it leaves the stack
    unless ``removal_policy`` says otherwise.
    """

    def __init__(
        self,
        scope: core.Construct,
        id: str,
        *,
        account_recovery: AccountRecovery | None = None,
        auto_verify: AutoVerifiedAttrs | Mapping[str, Any] | None = None,
        custom_attributes: Mapping[str, ICustomAttribute] | None = None,
        custom_sender_kms_key: IKey | None = None,
        device_tracking: DeviceTracking | Mapping[str, Any] | None = None,
        email: UserPoolEmail | None = None,
        email_settings: EmailSettings | Mapping[str, Any] | None = None,
        enable_sms_role: bool | None = None,
        lambda_triggers: UserPoolTriggers | Mapping[str, Any] | None = None,
        mfa: Mfa | None = None,
        mfa_message: str | None = None,
        mfa_second_factor: MfaSecondFactor | Mapping[str, Any] | None = None,
        password_policy: PasswordPolicy | Mapping[str, Any] | None = None,
        removal_policy: core.RemovalPolicy | None = None,
        self_sign_up_enabled: bool | None = None,
        sign_in_aliases: SignInAliases | Mapping[str, Any] | None = None,
        sign_in_case_sensitive: bool | None = None,
        sms_role: IRole | None = None,
        sms_role_external_id: str | None = None,
        sns_region: str | None = None,
        standard_attributes: StandardAttributes | Mapping[str, Any] | None = None,
        user_invitation: UserInvitationConfig | Mapping[str, Any] | None = None,
        user_pool_name: str | None = None,
        user_verification: UserVerificationConfig | Mapping[str, Any] | None = None,
        advanced_security_mode: AdvancedSecurityMode | None = None,
        custom_threat_protection_mode: CustomThreatProtectionMode | None = None,
        deletion_protection: bool | None = None,
        feature_plan: FeaturePlan | None = None,
        keep_original: KeepOriginalAttrs | Mapping[str, Any] | None = None,
        passkey_relying_party_id: str | None = None,
        passkey_user_verification: PasskeyUserVerification | None = None,
        sign_in_policy: SignInPolicy | Mapping[str, Any] | None = None,
        standard_threat_protection_mode: StandardThreatProtectionMode | None = None,
    ) -> None:
        with path_prefix(""):
            props = UserPoolProps(
                account_recovery=account_recovery,
                auto_verify=auto_verify,  # type: ignore[arg-type]  # coerced from a dict
                custom_attributes=custom_attributes,
                custom_sender_kms_key=custom_sender_kms_key,
                device_tracking=device_tracking,  # type: ignore[arg-type]
                email=email,
                email_settings=email_settings,  # type: ignore[arg-type]
                enable_sms_role=enable_sms_role,
                lambda_triggers=lambda_triggers,  # type: ignore[arg-type]
                mfa=mfa,
                mfa_message=mfa_message,
                mfa_second_factor=mfa_second_factor,  # type: ignore[arg-type]
                password_policy=password_policy,  # type: ignore[arg-type]
                removal_policy=removal_policy,
                self_sign_up_enabled=self_sign_up_enabled,
                sign_in_aliases=sign_in_aliases,  # type: ignore[arg-type]
                sign_in_case_sensitive=sign_in_case_sensitive,
                sms_role=sms_role,
                sms_role_external_id=sms_role_external_id,
                sns_region=sns_region,
                standard_attributes=standard_attributes,  # type: ignore[arg-type]
                user_invitation=user_invitation,  # type: ignore[arg-type]
                user_pool_name=user_pool_name,
                user_verification=user_verification,  # type: ignore[arg-type]
                advanced_security_mode=advanced_security_mode,
                custom_threat_protection_mode=custom_threat_protection_mode,
                deletion_protection=deletion_protection,
                feature_plan=feature_plan,
                keep_original=keep_original,  # type: ignore[arg-type]
                passkey_relying_party_id=passkey_relying_party_id,
                passkey_user_verification=passkey_user_verification,
                sign_in_policy=sign_in_policy,  # type: ignore[arg-type]
                standard_threat_protection_mode=standard_threat_protection_mode,
            )
        create_resource(self, scope, id)
        self._identity_providers = []
        self._pool_id: str | None = None
        self._arn: str | None = None
        self._provider_name: str | None = None
        self._provider_url: str | None = None
        # The triggers as LambdaConfig holds them: operation name -> ARN or {LambdaArn, LambdaVersion};
        # "kmsKeyId" for the custom senders' key. Rendered at synthesis, so add_trigger() counts.
        self._triggers: dict[str, Any] = {}
        with constructor_errors():
            self._build(props)

    # --- construction, in the reference's order ------------------------------------------------

    def _build(self, props: UserPoolProps) -> None:
        username_attrs, alias_attrs, auto_verify_attrs = _sign_in(props)
        if props.custom_sender_kms_key is not None:
            self._triggers["kmsKeyId"] = props.custom_sender_kms_key.key_arn
        pending: list[tuple[str, IFunction]] = []
        if props.lambda_triggers is not None:
            for name, fn in props.lambda_triggers.items():
                if name in CUSTOM_SENDERS and not self._triggers.get("kmsKeyId"):
                    raise RuntimeError(KMS_KEY_REQUIRED)
                arn = function_arn(fn, f"lambda_triggers.{_snake(name)}")
                self._triggers[name] = (
                    {"LambdaArn": arn, "LambdaVersion": "V1_0"} if name in CUSTOM_SENDERS else arn
                )
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
        password_policy = self._password_policy(props)
        sign_in_policy = _sign_in_policy(props)
        rp_id = props.passkey_relying_party_id
        if rp_id is not None and not is_unresolved(rp_id) and not 1 <= _utf16_length(rp_id) <= 63:
            raise RuntimeError(
                "passkeyRelyingPartyId length must be (inclusively) between 1 and 63, "
                f"got {_utf16_length(rp_id)}"
            )
        from ._email import render_email

        email_configuration = render_email(props.email, props.email_settings, self)
        add_ons = _add_ons(props)
        mfa_message = _mfa_message(props.mfa_message)
        sms_configuration = self._sms_configuration(props, email_configuration)
        from ._pool_attributes import render_schema

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
            "WebAuthnRelyingPartyId": rp_id,
            "WebAuthnUserVerification": None
            if props.passkey_user_verification is None
            else _PASSKEY_VERIFICATION[props.passkey_user_verification],
        }
        self._properties = properties
        self._resource = emit_rendered_resource(self, POOL_TYPE, self._render, _POOL_TAGS)
        apply_removal_policy(self._resource, props.removal_policy)
        for name, fn in pending:
            add_lambda_permission(fn, name, self.user_pool_arn)

    def _render(self) -> dict[str, Any]:
        properties = dict(self._properties)
        properties["LambdaConfig"] = render_lambda_config(self._triggers)
        return properties

    def _password_policy(self, props: UserPoolProps) -> dict[str, Any] | None:
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
                "minLength for password must be between 6 and 99 "
                f"(received: {js_number_to_string(min_length)})"
            )
        history = policy.password_history_size
        if history is not None:
            if props.feature_plan is FeaturePlan.LITE:
                raise RuntimeError(
                    "`passwordHistorySize` can not be set when `featurePlan` is `FeaturePlan.LITE`."
                )
            if (history < 0 or history > 24) and not is_unresolved(history):
                raise RuntimeError(
                    "`passwordHistorySize` must be between 0 and 24 "
                    f"(received: {js_number_to_string(history)})."
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
        self, props: UserPoolProps, email_configuration: Mapping[str, Any] | None
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
        external_id, role_arn = _iam.add_sms_role(self)
        return _present({"ExternalId": external_id, "SnsCallerArn": role_arn, "SnsRegion": props.sns_region})

    # --- methods and attributes -----------------------------------------------------------------

    def add_trigger(
        self, operation: UserPoolOperation, fn: IFunction, lambda_version: LambdaVersion | None = None
    ) -> None:
        """Call ``fn`` for ``operation`` (a Lambda trigger), letting Cognito invoke it.

        ``lambda_version`` (aws-cdk-lib v2) is the event version of PRE_TOKEN_GENERATION_CONFIG
        (default V1_0); other operations take only V1_0.
        """
        if not isinstance(operation, UserPoolOperation):
            fail("add_trigger(operation)", "cdk_cognito.UserPoolOperation", operation)
        check_function(fn, "add_trigger(fn)")
        if lambda_version is not None and not isinstance(lambda_version, LambdaVersion):
            fail("add_trigger(lambda_version)", "cdk_cognito.LambdaVersion or None", lambda_version)
        name = operation.operation_name
        with method_errors():
            if trigger_exists(self._triggers, name):
                raise RuntimeError(f"A trigger for the operation {name} already exists.")
            if (
                name != VERSIONED_PRE_TOKEN_GENERATION
                and lambda_version is not None
                and lambda_version is not LambdaVersion.V1_0
            ):
                raise RuntimeError(
                    "Only the `PRE_TOKEN_GENERATION_CONFIG` operation supports V2_0 and V3_0 lambda version."
                )
            add_lambda_permission(fn, name, self.user_pool_arn)
            arn = function_arn(fn, "add_trigger(fn)")
            if name in CUSTOM_SENDERS:
                if not self._triggers.get("kmsKeyId"):
                    raise RuntimeError(KMS_KEY_REQUIRED)
                self._triggers[name] = {"LambdaArn": arn, "LambdaVersion": "V1_0"}
            elif name == VERSIONED_PRE_TOKEN_GENERATION:
                version = (lambda_version or LambdaVersion.V1_0).value
                self._triggers[name] = {"LambdaArn": arn, "LambdaVersion": version}
            else:
                self._triggers[name] = arn

    @property
    def user_pool_id(self) -> str:
        """The physical ID of this user pool resource (a ``Ref``)."""
        # Read once, on first use: each read crosses into Node.
        if self._pool_id is None:
            self._pool_id = self._resource.ref
        return self._pool_id

    @property
    def user_pool_arn(self) -> str:
        """The ARN of this user pool resource (``Fn::GetAtt [pool, Arn]``)."""
        if self._arn is None:
            self._arn = self._attribute("Arn")
        return self._arn

    @property
    def user_pool_provider_name(self) -> str:
        """The provider name of this pool, for identity pools (``Fn::GetAtt [pool, ProviderName]``)."""
        if self._provider_name is None:
            self._provider_name = self._attribute("ProviderName")
        return self._provider_name

    @property
    def user_pool_provider_url(self) -> str:
        """The provider URL of this pool (``Fn::GetAtt [pool, ProviderURL]``)."""
        if self._provider_url is None:
            self._provider_url = self._attribute("ProviderURL")
        return self._provider_url

    def _attribute(self, name: str) -> str:
        reference = jsii.invoke(self._resource, "getAtt", [name])
        return str(jsii.sinvoke(core.Token, "asString", [reference, None]))

    # --- imports --------------------------------------------------------------------------------

    @staticmethod
    def from_user_pool_id(scope: core.Construct, id: str, user_pool_id: str) -> _ImportedUserPool:
        """Import an existing user pool by its id.

        Its ARN is built from the stack's partition, region and account.
        """
        check_str(user_pool_id, "UserPool.from_user_pool_id(user_pool_id)", required=True)
        with method_errors():
            arn = core.Stack.of(scope).format_arn(
                service="cognito-idp", resource="userpool", resource_name=user_pool_id
            )
        components = _formatted_pool_arn_components(arn, user_pool_id)
        if components is None:
            return UserPool.from_user_pool_arn(scope, id, arn)
        region, account = components
        with method_errors():
            return _ImportedUserPool(scope, id, arn=arn, pool_id=user_pool_id, account=account, region=region)

    @staticmethod
    def from_user_pool_arn(scope: core.Construct, id: str, user_pool_arn: str) -> _ImportedUserPool:
        """Import an existing user pool by its ARN."""
        check_str(user_pool_arn, "UserPool.from_user_pool_arn(user_pool_arn)", required=True)
        with method_errors():
            parts = core.Stack.of(scope).split_arn(user_pool_arn, core.ArnFormat.SLASH_RESOURCE_NAME)
            pool_id = parts.resource_name
            if not pool_id:
                raise RuntimeError("invalid user pool ARN")
            return _ImportedUserPool(
                scope, id, arn=user_pool_arn, pool_id=pool_id, account=parts.account, region=parts.region
            )


# --- the property renderers -----------------------------------------------------------------------


def _present(values: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name)


def _utf16_length(value: str) -> int:
    """JavaScript's ``string.length``: UTF-16 code units."""
    return len(value) + sum(1 for c in value if ord(c) > 0xFFFF)


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
        if _utf16_length(message) > _MFA_MESSAGE_MAX:
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


def _formatted_pool_arn_components(arn: str, pool_id: str) -> tuple[str, str] | None:
    """(region, account) of ``arn:{partition}:cognito-idp:{region}:{account}:userpool/{pool_id}``.

    That is what ``Stack.split_arn(arn, SLASH_RESOURCE_NAME)`` returns for the ARN that
    ``Stack.format_arn`` just built: core splits a string ARN at its colons, and its tokens hold
    none. Reading it here saves the round trips of the split and of each field of its result.
    ``None`` for any other shape (a colon or slash in the id or in a stack's literal region, say):
    core splits those.
    """
    components = arn.split(":")
    if len(components) != 6 or components[0] != "arn" or not components[1] or components[2] != "cognito-idp":
        return None
    if not pool_id or "/" in pool_id or components[5] != f"userpool/{pool_id}":
        return None
    return components[3], components[4]
