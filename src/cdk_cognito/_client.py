"""The user pool app client: ``AWS::Cognito::UserPoolClient``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from aws_cdk import core

from ._attributes import ClientAttributes
from ._durations import prefetch_milliseconds
from ._jsii import create_resource, emit_cfn_resource
from ._oauth import DEFAULT_SCOPES, OAuthFlows, OAuthScope, OAuthSettings
from ._pool import IUserPool, check_user_pool
from ._rules import check_client, report
from ._typecheck import (
    Struct,
    check_bool,
    check_list_of,
    check_str,
    coerce_field,
    constructor_errors,
    fail,
    field_path,
    method_errors,
    path_prefix,
    struct,
)
from ._validation import (
    check_duration,
    to_minutes,
    to_whole_minutes,
    to_whole_seconds,
    validate_default_redirect_uri,
    validate_duration_range,
    validate_oauth_flow_combination,
    validate_token_validity,
)

if TYPE_CHECKING:  # loaded on first use: few clients have an analytics configuration
    from ._analytics import AnalyticsConfiguration

__all__ = [
    "AuthFlow",
    "IUserPoolClient",
    "UserPoolClient",
    "UserPoolClientIdentityProvider",
    "UserPoolClientOptions",
    "UserPoolClientProps",
]

CLIENT_TYPE = "AWS::Cognito::UserPoolClient"

# Any of these implies "openid".
_OPENID_IMPLYING_SCOPES = frozenset(
    s.scope_name for s in (OAuthScope.PHONE, OAuthScope.EMAIL, OAuthScope.PROFILE)
)
_DEFAULT_CALLBACK_URLS = ("https://example.com",)
_DEFAULT_FLOWS = OAuthFlows(authorization_code_grant=True, implicit_code_grant=True)


class IUserPoolClient(Protocol):
    """Represents a Cognito user pool client."""

    @property
    def user_pool_client_id(self) -> str:
        """Name of the application client."""
        ...


@struct
class AuthFlow(Struct):
    """Types of authentication flow.

    :param admin_user_password: Enable admin based user password authentication flow. Default: false
    :param custom: Enable custom authentication flow. Default: false
    :param user: Enable choice-based authentication (``ALLOW_USER_AUTH``). Default: false
    :param user_password: Enable auth using username & password. Default: false
    :param user_srp: Enable SRP based authentication. Default: false
    """

    admin_user_password: bool | None = None
    custom: bool | None = None
    user: bool | None = None
    user_password: bool | None = None
    user_srp: bool | None = None

    def __post_init__(self) -> None:
        check_bool(self.admin_user_password, field_path(self, "admin_user_password"))
        check_bool(self.custom, field_path(self, "custom"))
        check_bool(self.user, field_path(self, "user"))
        check_bool(self.user_password, field_path(self, "user_password"))
        check_bool(self.user_srp, field_path(self, "user_srp"))


class UserPoolClientIdentityProvider:
    """Identity providers supported by the UserPoolClient."""

    APPLE: ClassVar[UserPoolClientIdentityProvider]
    """Sign In With Apple (a ``UserPoolIdentityProviderApple`` must be attached to the pool)."""
    FACEBOOK: ClassVar[UserPoolClientIdentityProvider]
    """Facebook Login (a ``UserPoolIdentityProviderFacebook`` must be attached to the pool)."""
    GOOGLE: ClassVar[UserPoolClientIdentityProvider]
    """Google Login (a ``UserPoolIdentityProviderGoogle`` must be attached to the pool)."""
    AMAZON: ClassVar[UserPoolClientIdentityProvider]
    """Login With Amazon (a ``UserPoolIdentityProviderAmazon`` must be attached to the pool)."""
    COGNITO: ClassVar[UserPoolClientIdentityProvider]
    """Sign in directly as a user of the user pool."""

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        check_str(name, "UserPoolClientIdentityProvider.name", required=True)
        self._name = name

    @property
    def name(self) -> str:
        """The provider's name as CloudFormation's ``SupportedIdentityProviders`` knows it."""
        return self._name

    @staticmethod
    def custom(name: str) -> UserPoolClientIdentityProvider:
        """Specify a provider not yet supported by the CDK, by its name in the user pool."""
        check_str(name, "UserPoolClientIdentityProvider.custom(name)", required=True)
        return UserPoolClientIdentityProvider(name)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, UserPoolClientIdentityProvider):
            return self._name == other._name
        return NotImplemented

    def __hash__(self) -> int:
        return hash((UserPoolClientIdentityProvider, self._name))

    def __repr__(self) -> str:
        return f"UserPoolClientIdentityProvider({self._name!r})"


UserPoolClientIdentityProvider.APPLE = UserPoolClientIdentityProvider("SignInWithApple")
UserPoolClientIdentityProvider.FACEBOOK = UserPoolClientIdentityProvider("Facebook")
UserPoolClientIdentityProvider.GOOGLE = UserPoolClientIdentityProvider("Google")
UserPoolClientIdentityProvider.AMAZON = UserPoolClientIdentityProvider("LoginWithAmazon")
UserPoolClientIdentityProvider.COGNITO = UserPoolClientIdentityProvider("COGNITO")


def _check_instance(value: object, cls: type, path: str) -> None:
    if value is not None and not isinstance(value, cls):
        fail(path, f"{cls.__name__} or None", value)


@struct
class UserPoolClientOptions(Struct):
    """Options to create a UserPoolClient.

    :param access_token_validity: Validity of the access token. Values between 5 minutes and 1 day are
        valid; it cannot be longer than the refresh token validity. Default: Duration.minutes(60)
    :param analytics: The Amazon Pinpoint analytics configuration of this client (an aws-cdk-lib v2 prop).
        Default: no analytics configuration
    :param auth_flows: The set of authentication flows to enable on the client. Default: all auth flows
        disabled (none emitted)
    :param auth_session_validity: Validity of the session token of each API request in an authentication
        flow; values between 3 and 15 minutes are valid; emitted in minutes (an aws-cdk-lib v2 prop).
        Default: not set (Cognito uses 3 minutes)
    :param disable_o_auth: Turns off all OAuth interactions for this client. Default: false
    :param enable_propagate_additional_user_context_data: Enable the propagation of additional user context
        data; only for clients with ``generate_secret=True`` (an aws-cdk-lib v2 prop). Default: not set
        (false for new user pool clients)
    :param enable_token_revocation: Enable token revocation for this client. Default: true for new user
        pool clients
    :param generate_secret: Whether to generate a client secret. Default: false
    :param id_token_validity: Validity of the ID token. Values between 5 minutes and 1 day are valid; it
        cannot be longer than the refresh token validity. Default: Duration.minutes(60)
    :param o_auth: OAuth settings for this client to interact with the app. An error is thrown when this
        is specified and ``disable_o_auth`` is set. Default: see the defaults in OAuthSettings; meaningless
        if ``disable_o_auth`` is set.
    :param prevent_user_existence_errors: Whether Cognito returns a UserNotFoundException when the user
        does not exist in the user pool (false), or another error that does not reveal the user's absence.
        Default: not set (true for new stacks)
    :param read_attributes: The set of attributes this client will be able to read. Default: all standard
        and custom attributes
    :param refresh_token_rotation_grace_period: Turns refresh token rotation on, with this grace period for
        the original refresh token; values between 0 and 60 seconds are valid. With rotation on,
        ``ALLOW_REFRESH_TOKEN_AUTH`` is not added to the auth flows (an aws-cdk-lib v2 prop).
        Default: not set (refresh token rotation is disabled)
    :param refresh_token_validity: Validity of the refresh token. Values between 60 minutes and 10 years
        are valid. Default: Duration.days(30)
    :param supported_identity_providers: The identity providers users can sign in with using this client.
        Default: all identity providers registered with the user pool, plus COGNITO. If the pool or its
        providers are imported, specify this option or register the providers with
        ``register_identity_provider()``.
    :param user_pool_client_name: Name of the application client. Default: a name generated by CloudFormation
    :param write_attributes: The set of attributes this client will be able to write. Default: all standard
        and custom attributes
    """

    access_token_validity: core.Duration | None = None
    analytics: AnalyticsConfiguration | None = None
    auth_flows: AuthFlow | None = None
    auth_session_validity: core.Duration | None = None
    disable_o_auth: bool | None = None
    enable_propagate_additional_user_context_data: bool | None = None
    enable_token_revocation: bool | None = None
    generate_secret: bool | None = None
    id_token_validity: core.Duration | None = None
    o_auth: OAuthSettings | None = None
    prevent_user_existence_errors: bool | None = None
    read_attributes: ClientAttributes | None = None
    refresh_token_rotation_grace_period: core.Duration | None = None
    refresh_token_validity: core.Duration | None = None
    supported_identity_providers: Sequence[UserPoolClientIdentityProvider] | None = None
    user_pool_client_name: str | None = None
    write_attributes: ClientAttributes | None = None

    def __post_init__(self) -> None:
        check_duration(self.access_token_validity, field_path(self, "access_token_validity"))
        if self.analytics is not None:
            from ._analytics import AnalyticsConfiguration

            coerce_field(self, "analytics", AnalyticsConfiguration)
        coerce_field(self, "auth_flows", AuthFlow)
        check_duration(self.auth_session_validity, field_path(self, "auth_session_validity"))
        check_bool(self.disable_o_auth, field_path(self, "disable_o_auth"))
        check_bool(
            self.enable_propagate_additional_user_context_data,
            field_path(self, "enable_propagate_additional_user_context_data"),
        )
        check_bool(self.enable_token_revocation, field_path(self, "enable_token_revocation"))
        check_bool(self.generate_secret, field_path(self, "generate_secret"))
        check_duration(self.id_token_validity, field_path(self, "id_token_validity"))
        coerce_field(self, "o_auth", OAuthSettings)
        check_bool(self.prevent_user_existence_errors, field_path(self, "prevent_user_existence_errors"))
        _check_instance(self.read_attributes, ClientAttributes, field_path(self, "read_attributes"))
        check_duration(
            self.refresh_token_rotation_grace_period, field_path(self, "refresh_token_rotation_grace_period")
        )
        check_duration(self.refresh_token_validity, field_path(self, "refresh_token_validity"))
        check_list_of(
            self.supported_identity_providers,
            field_path(self, "supported_identity_providers"),
            UserPoolClientIdentityProvider,
        )
        check_str(self.user_pool_client_name, field_path(self, "user_pool_client_name"))
        _check_instance(self.write_attributes, ClientAttributes, field_path(self, "write_attributes"))


@struct
class UserPoolClientProps(UserPoolClientOptions):
    """Properties for the UserPoolClient construct.

    :param user_pool: The UserPool resource this client will have access to. Required.
    """

    user_pool: IUserPool

    def __post_init__(self) -> None:
        check_user_pool(self.user_pool, field_path(self, "user_pool"))
        super().__post_init__()


def _auth_flows(flows: AuthFlow | None, rotation: bool) -> list[str] | None:
    if flows is None:
        return None
    result = [
        name
        for name, enabled in (
            ("ALLOW_USER_PASSWORD_AUTH", flows.user_password),
            ("ALLOW_ADMIN_USER_PASSWORD_AUTH", flows.admin_user_password),
            ("ALLOW_CUSTOM_AUTH", flows.custom),
            ("ALLOW_USER_SRP_AUTH", flows.user_srp),
            ("ALLOW_USER_AUTH", flows.user),
        )
        if enabled
    ]
    # With no flow enabled nothing is emitted, as in v1 (v2 emits ALLOW_REFRESH_TOKEN_AUTH alone, or
    # an empty list when rotation is on).
    if not result:
        return None
    # Cognito refuses any ALLOW_* list without refresh ("REFRESH_TOKEN_AUTH should always be allowed"),
    # unless refresh token rotation is on, which v2 leaves it out for.
    if not rotation:
        result.append("ALLOW_REFRESH_TOKEN_AUTH")
    return result


def _oauth_scopes(settings: OAuthSettings | None) -> list[str]:
    names: Sequence[str] = (
        DEFAULT_SCOPES
        if settings is None or settings.scopes is None
        else [scope.scope_name for scope in settings.scopes]
    )
    # dict keeps the first-seen order, as the reference's Set does.
    unique = dict.fromkeys(names)
    if not _OPENID_IMPLYING_SCOPES.isdisjoint(unique):
        unique.setdefault(OAuthScope.OPENID.scope_name)
    return list(unique)


def _identity_providers(
    pool: IUserPool, chosen: Sequence[UserPoolClientIdentityProvider] | None
) -> list[str] | None:
    if chosen is None:
        registered = dict.fromkeys(provider.provider_name for provider in pool.identity_providers)
        registered.setdefault("COGNITO")
        return list(registered)
    return [provider.name for provider in chosen] or None


def render_client_properties(props: UserPoolClientProps) -> tuple[dict[str, Any], OAuthFlows]:
    """The CloudFormation properties of the client, keyed and ordered as the reference's L1 renders them.

    Raises the reference's errors, in its order, for values it rejects.
    """
    disabled = bool(props.disable_o_auth)
    settings = props.o_auth
    if disabled and settings is not None:
        raise RuntimeError("OAuth settings cannot be specified when disableOAuth is set.")

    flows = settings.flows if settings is not None and settings.flows is not None else _DEFAULT_FLOWS
    code, implicit = bool(flows.authorization_code_grant), bool(flows.implicit_code_grant)
    client_credentials = bool(flows.client_credentials)

    callback_urls: Sequence[str] | None = settings.callback_urls if settings is not None else None
    if code or implicit:
        if callback_urls is None:
            callback_urls = _DEFAULT_CALLBACK_URLS
        elif len(callback_urls) == 0:
            raise RuntimeError(
                "callbackUrl must not be empty when codeGrant or implicitGrant OAuth flows are enabled."
            )
    default_redirect_uri = settings.default_redirect_uri if settings is not None else None
    validate_default_redirect_uri(default_redirect_uri, callback_urls)
    if props.enable_propagate_additional_user_context_data and not props.generate_secret:
        raise RuntimeError(
            "Cannot activate enablePropagateAdditionalUserContextData "
            "in an app client without a client secret."
        )

    allowed_flows: list[str] | None = None
    scopes: list[str] | None = None
    if not disabled:
        validate_oauth_flow_combination(code, implicit, client_credentials)
        allowed_flows = [
            name
            for name, enabled in (
                ("client_credentials", client_credentials),
                ("implicit", implicit),
                ("code", code),
            )
            if enabled
        ] or None
        scopes = _oauth_scopes(settings)
    analytics = None
    if props.analytics is not None:
        from ._analytics import render_analytics

        analytics = render_analytics(props.analytics)

    auth_session_ms = validate_duration_range(
        "authSessionValidity", 3 * 60_000, "3 minutes", 15 * 60_000, "15 minutes", props.auth_session_validity
    )
    auth_session_minutes = (
        None
        if props.auth_session_validity is None or auth_session_ms is None
        else to_whole_minutes(props.auth_session_validity, auth_session_ms)
    )

    validate_token_validity(
        props.id_token_validity, props.access_token_validity, props.refresh_token_validity
    )
    # Converted in the reference's order, so a fractional duration is reported as it reports it.
    id_minutes = to_minutes(props.id_token_validity)
    refresh_minutes = to_minutes(props.refresh_token_validity)
    access_minutes = to_minutes(props.access_token_validity)

    grace = props.refresh_token_rotation_grace_period
    grace_ms = validate_duration_range(
        "refreshTokenRotationGracePeriod", 0, "0 seconds", 60_000, "1 minute", grace
    )
    rotation = (
        None
        if grace is None or grace_ms is None
        else {"Feature": "ENABLED", "RetryGracePeriodSeconds": to_whole_seconds(grace, grace_ms)}
    )

    # Every key the generated L1 renders, in its order (UserPoolId, then alphabetical);
    # None stands for a property left unset.
    properties: dict[str, Any] = {
        "UserPoolId": props.user_pool.user_pool_id,
        "AccessTokenValidity": access_minutes,
        "AllowedOAuthFlows": allowed_flows,
        "AllowedOAuthFlowsUserPoolClient": not disabled,
        "AllowedOAuthScopes": scopes,
        "AnalyticsConfiguration": analytics,
        "AuthSessionValidity": auth_session_minutes,
        "CallbackURLs": list(callback_urls) if callback_urls and not disabled else None,
        "ClientName": props.user_pool_client_name,
        "DefaultRedirectURI": default_redirect_uri,
        "EnablePropagateAdditionalUserContextData": props.enable_propagate_additional_user_context_data,
        "EnableTokenRevocation": props.enable_token_revocation,
        "ExplicitAuthFlows": _auth_flows(props.auth_flows, rotation is not None),
        "GenerateSecret": props.generate_secret,
        "IdTokenValidity": id_minutes,
        "LogoutURLs": list(settings.logout_urls) if settings and settings.logout_urls is not None else None,
        "PreventUserExistenceErrors": None
        if props.prevent_user_existence_errors is None
        else ("ENABLED" if props.prevent_user_existence_errors else "LEGACY"),
        "ReadAttributes": props.read_attributes.attributes() if props.read_attributes else None,
        # Not a property of v1's generated L1: placed where v2's L1 renders it (alphabetical).
        "RefreshTokenRotation": rotation,
        "RefreshTokenValidity": refresh_minutes,
        "SupportedIdentityProviders": _identity_providers(
            props.user_pool, props.supported_identity_providers
        ),
        "TokenValidityUnits": _token_validity_units(props),
        "WriteAttributes": props.write_attributes.attributes() if props.write_attributes else None,
    }
    return properties, flows


def _token_validity_units(props: UserPoolClientOptions) -> dict[str, str] | None:
    durations = (
        ("AccessToken", props.access_token_validity),
        ("IdToken", props.id_token_validity),
        ("RefreshToken", props.refresh_token_validity),
    )
    return {key: "minutes" for key, duration in durations if duration is not None} or None


# The Python prop each CloudFormation property comes from, for error messages.
_PROP_OF_PROPERTY = {
    "UserPoolId": "user_pool",
    "AllowedOAuthFlows": "o_auth.flows",
    "AllowedOAuthScopes": "o_auth.scopes",
    "AuthSessionValidity": "auth_session_validity",
    "CallbackURLs": "o_auth.callback_urls",
    "ClientName": "user_pool_client_name",
    "DefaultRedirectURI": "o_auth.default_redirect_uri",
    "GenerateSecret": "generate_secret",
    "LogoutURLs": "o_auth.logout_urls",
    "ReadAttributes": "read_attributes",
    "RefreshTokenRotation": "refresh_token_rotation_grace_period",
    "SupportedIdentityProviders": "supported_identity_providers",
    "WriteAttributes": "write_attributes",
}


def _prop_paths(props: UserPoolClientProps, properties: dict[str, Any]) -> Callable[[str, int | None], str]:
    """Map a CloudFormation property (and list index) back to the prop the user wrote."""
    settings = props.o_auth

    def where(key: str, index: int | None) -> str:
        prop = _PROP_OF_PROPERTY.get(key, key)
        if index is None:
            return prop
        if key == "AllowedOAuthScopes":
            name = properties[key][index]
            given = settings.scopes if settings is not None else None
            if given is None:
                return f"{prop} (default)"
            for position, scope in enumerate(given):
                if scope.scope_name == name:
                    return f"{prop}[{position}]"
            return f"{prop} (openid, added for phone/email/profile)"
        if key == "CallbackURLs" and (settings is None or settings.callback_urls is None):
            return f"{prop} (default)"
        if key == "SupportedIdentityProviders" and props.supported_identity_providers is None:
            return f"{prop} (default: the pool's identity providers)"
        if key in ("ReadAttributes", "WriteAttributes"):
            return prop
        return f"{prop}[{index}]"

    return where


class UserPoolClient(core.Resource):
    """Define a UserPool App Client (``AWS::Cognito::UserPoolClient``).

    A drop-in for ``aws_cdk.aws_cognito.UserPoolClient`` 1.204.0: same arguments, defaults,
    attributes, errors and template. It also takes the props that aws-cdk-lib v2 added
    (``auth_session_validity``, ``refresh_token_rotation_grace_period``,
    ``enable_propagate_additional_user_context_data``, ``analytics``, ``AuthFlow.user``,
    ``OAuthSettings.default_redirect_uri``) with v2's validation, and offers
    ``user_pool_client_secret``. See :class:`UserPoolClientOptions` for every argument and its
    default. ``node.default_child`` is the emitted ``core.CfnResource``.
    """

    def __init__(
        self,
        scope: core.Construct,
        id: str,
        *,
        user_pool: IUserPool,
        access_token_validity: core.Duration | None = None,
        analytics: AnalyticsConfiguration | dict[str, Any] | None = None,
        auth_flows: AuthFlow | dict[str, Any] | None = None,
        auth_session_validity: core.Duration | None = None,
        disable_o_auth: bool | None = None,
        enable_propagate_additional_user_context_data: bool | None = None,
        enable_token_revocation: bool | None = None,
        generate_secret: bool | None = None,
        id_token_validity: core.Duration | None = None,
        o_auth: OAuthSettings | dict[str, Any] | None = None,
        prevent_user_existence_errors: bool | None = None,
        read_attributes: ClientAttributes | None = None,
        refresh_token_rotation_grace_period: core.Duration | None = None,
        refresh_token_validity: core.Duration | None = None,
        supported_identity_providers: Sequence[UserPoolClientIdentityProvider] | None = None,
        user_pool_client_name: str | None = None,
        write_attributes: ClientAttributes | None = None,
    ) -> None:
        with path_prefix(""):
            props = UserPoolClientProps(
                user_pool=user_pool,
                access_token_validity=access_token_validity,
                analytics=analytics,  # type: ignore[arg-type]  # a dict is coerced
                auth_flows=auth_flows,  # type: ignore[arg-type]  # a dict is coerced
                auth_session_validity=auth_session_validity,
                disable_o_auth=disable_o_auth,
                enable_propagate_additional_user_context_data=enable_propagate_additional_user_context_data,
                enable_token_revocation=enable_token_revocation,
                generate_secret=generate_secret,
                id_token_validity=id_token_validity,
                o_auth=o_auth,  # type: ignore[arg-type]  # a dict is coerced
                prevent_user_existence_errors=prevent_user_existence_errors,
                read_attributes=read_attributes,
                refresh_token_rotation_grace_period=refresh_token_rotation_grace_period,
                refresh_token_validity=refresh_token_validity,
                supported_identity_providers=supported_identity_providers,
                user_pool_client_name=user_pool_client_name,
                write_attributes=write_attributes,
            )
        create_resource(self, scope, id)
        prefetch_milliseconds(
            self,
            (
                props.access_token_validity,
                props.auth_session_validity,
                props.id_token_validity,
                props.refresh_token_rotation_grace_period,
                props.refresh_token_validity,
            ),
        )
        with constructor_errors():
            properties, self._o_auth_flows = render_client_properties(props)
        report(self, check_client(properties, _prop_paths(props, properties)))
        self._resource = emit_cfn_resource(self, CLIENT_TYPE, properties)
        self._user_pool_client_name = props.user_pool_client_name
        self._generate_secret = bool(props.generate_secret)
        self._client_id: str | None = None
        self._client_secret: core.SecretValue | None = None

    @staticmethod
    def from_user_pool_client_id(scope: core.Construct, id: str, user_pool_client_id: str) -> IUserPoolClient:
        """Import a user pool client given its id."""
        check_str(
            user_pool_client_id, "UserPoolClient.from_user_pool_client_id(user_pool_client_id)", required=True
        )
        with method_errors():
            return _ImportedUserPoolClient(scope, id, user_pool_client_id)

    @property
    def user_pool_client_id(self) -> str:
        """Name of the application client (a reference to the ``AWS::Cognito::UserPoolClient``)."""
        # Read once, on first use: most clients are never referenced, and each read crosses into Node.
        if self._client_id is None:
            self._client_id = self._resource.ref
        return self._client_id

    @property
    def user_pool_client_name(self) -> str:
        """The client name given as ``user_pool_client_name``; raises if none was given."""
        if self._user_pool_client_name is None:
            raise RuntimeError(
                "Error: userPoolClientName is available only if specified on the UserPoolClient "
                "during initialization"
            )
        return self._user_pool_client_name

    @property
    def o_auth_flows(self) -> OAuthFlows:
        """The OAuth flows enabled for this client."""
        return self._o_auth_flows

    @property
    def user_pool_client_secret(self) -> core.SecretValue:
        """The generated client secret; raises unless ``generate_secret=True`` was given.

        Resolves to ``{"Fn::GetAtt": [<client>, "ClientSecret"]}``: CloudFormation returns the secret as an
        attribute of the client, so no custom resource is deployed (aws-cdk-lib v2 deploys one).
        """
        if not self._generate_secret:
            raise RuntimeError(
                "Error: userPoolClientSecret is available only if generateSecret is set to true."
            )
        if self._client_secret is None:
            attribute = core.Token.as_string(self._resource.get_att("ClientSecret"))
            self._client_secret = core.SecretValue.resource_attribute(attribute)
        return self._client_secret


class _ImportedUserPoolClient(core.Resource):
    def __init__(self, scope: core.Construct, id: str, client_id: str) -> None:
        create_resource(self, scope, id)
        self._client_id = client_id

    @property
    def user_pool_client_id(self) -> str:
        """Name of the application client."""
        return self._client_id

    @property
    def user_pool_client_secret(self) -> core.SecretValue:
        """Not known for an imported client: always raises, as aws-cdk-lib v2 does."""
        raise RuntimeError("Error: UserPool Client Secret is not available for imported Clients")
