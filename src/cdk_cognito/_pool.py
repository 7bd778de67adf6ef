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

from ._jsii import TagSpec, apply_removal_policy, create_resource, emit_rendered_resource
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
    # Only the names of annotations: the modules that build a pool are loaded when the first
    # pool is built (an app that only imports pools never loads them).
    from ._client import UserPoolClient
    from ._domain import UserPoolDomain
    from ._email import EmailSettings, UserPoolEmail
    from ._idps import IUserPoolIdentityProvider
    from ._pool_attributes import ICustomAttribute, StandardAttributes
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
    )
    from ._protocols import IFunction, IGrantable, IKey, IRole
    from ._resource_server import UserPoolResourceServer
    from ._triggers import UserPoolOperation, UserPoolTriggers

__all__ = ["IUserPool", "UserPool", "check_user_pool"]

POOL_TYPE = "AWS::Cognito::UserPool"
_POOL_TAGS = TagSpec(core.TagType.MAP, POOL_TYPE, "UserPoolTags", "userPoolTags")


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
        from ._iam import grant

        with method_errors():
            return grant(grantee, actions, [self.user_pool_arn], self)


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
        from ._pool_props import UserPoolProps

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
        from ._pool_render import render_pool

        self._properties, pending = render_pool(self, props, self._triggers)
        self._check_rules(props)
        self._resource = emit_rendered_resource(self, POOL_TYPE, self._render, _POOL_TAGS)
        apply_removal_policy(self._resource, props.removal_policy)
        if pending:
            from ._triggers import add_lambda_permission

            for name, fn in pending:
                add_lambda_permission(fn, name, self.user_pool_arn)

    def _check_rules(self, props: UserPoolProps) -> None:
        """What Cognito would reject at deploy time (``_rules._pool``), after the reference's errors."""
        from ._rules import report
        from ._rules._pool import PoolRuleContext, check_pool, pool_where

        properties = self._properties
        overrides = None
        if props.email_settings is not None:
            overrides = {
                "EmailConfiguration.From": "email_settings.from",
                "EmailConfiguration.ReplyToEmailAddress": "email_settings.reply_to",
            }
        # The region matters only to the SES rule: read it (a round trip) only for an SES identity.
        email = properties.get("EmailConfiguration") or {}
        region = jsii.get(jsii.sinvoke(core.Stack, "of", [self]), "region") if "SourceArn" in email else None
        context = PoolRuleContext(region=region)
        report(self, check_pool(properties, pool_where(properties, overrides), context=context))

    def _render(self) -> dict[str, Any]:
        properties = dict(self._properties)
        if self._triggers:  # no trigger and no KMS key: no LambdaConfig, nor its module to load
            from ._triggers import render_lambda_config

            properties["LambdaConfig"] = render_lambda_config(self._triggers)
        return properties

    # --- methods and attributes -----------------------------------------------------------------

    def add_trigger(
        self, operation: UserPoolOperation, fn: IFunction, lambda_version: LambdaVersion | None = None
    ) -> None:
        """Call ``fn`` for ``operation`` (a Lambda trigger), letting Cognito invoke it.

        ``lambda_version`` (aws-cdk-lib v2) is the event version of PRE_TOKEN_GENERATION_CONFIG
        (default V1_0); other operations take only V1_0.
        """
        from ._pool_props import LambdaVersion
        from ._triggers import (
            CUSTOM_SENDERS,
            KMS_KEY_REQUIRED,
            VERSIONED_PRE_TOKEN_GENERATION,
            UserPoolOperation,
            add_lambda_permission,
            check_function,
            function_arn,
            trigger_exists,
        )

        if not isinstance(operation, UserPoolOperation):
            fail("add_trigger(operation)", "cdk_cognito.UserPoolOperation", operation)
        check_function(fn, "add_trigger(fn)")
        if lambda_version is not None and not isinstance(lambda_version, LambdaVersion):
            fail("add_trigger(lambda_version)", "cdk_cognito.LambdaVersion or None", lambda_version)
        name = operation.operation_name
        with method_errors():
            if trigger_exists(self._triggers, name):
                raise RuntimeError(f"A trigger for the operation {name} already exists.")
            # v2 compares the operation object, not its name: UserPoolOperation.of(
            # "preTokenGenerationConfig") takes V1_0 only, as in aws-cdk-lib v2.
            if (
                operation is not UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG
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
