"""OAuth settings of an app client: flows, scopes and redirect URLs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar, Protocol

from ._typecheck import (
    NotAJsiiObjectError,
    Struct,
    check_bool,
    check_list_of,
    check_str,
    check_str_list,
    coerce_field,
    fail,
    field_path,
    struct,
)

if TYPE_CHECKING:
    from ._resource_server import IUserPoolResourceServer

__all__ = ["DEFAULT_SCOPES", "OAuthFlows", "OAuthScope", "OAuthSettings"]


@struct
class OAuthFlows(Struct):
    """Types of OAuth grant flows.

    :param authorization_code_grant: Initiate an authorization code grant flow, which provides an
        authorization code as the response. Default: false
    :param client_credentials: Client should get the access token and ID token from the token endpoint
        using a combination of client and client_secret. Default: false
    :param implicit_code_grant: The client should get the access token and ID token directly.
        Default: false
    """

    authorization_code_grant: bool | None = None
    client_credentials: bool | None = None
    implicit_code_grant: bool | None = None

    def __post_init__(self) -> None:
        check_bool(self.authorization_code_grant, field_path(self, "authorization_code_grant"))
        check_bool(self.client_credentials, field_path(self, "client_credentials"))
        check_bool(self.implicit_code_grant, field_path(self, "implicit_code_grant"))


class _HasScopeName(Protocol):
    @property
    def scope_name(self) -> str: ...


class OAuthScope:
    """OAuth scopes that are allowed with this client.

    Use the constants for the standard scopes, :meth:`custom` for a scope given by name, and
    :meth:`resource_server` for a scope of a resource server defined in the app.
    """

    PHONE: ClassVar[OAuthScope]
    """Grants access to the 'phone_number' and 'phone_number_verified' claims; implies OPENID."""
    EMAIL: ClassVar[OAuthScope]
    """Grants access to the 'email' and 'email_verified' claims; implies OPENID."""
    OPENID: ClassVar[OAuthScope]
    """Returns all user attributes in the ID token that are readable by the client."""
    PROFILE: ClassVar[OAuthScope]
    """Grants access to all user attributes that are readable by the client; implies OPENID."""
    COGNITO_ADMIN: ClassVar[OAuthScope]
    """Grants access to Cognito user pool API operations that require access tokens."""

    __slots__ = ("_scope_name",)

    def __init__(self, scope_name: str) -> None:
        check_str(scope_name, "OAuthScope.scope_name", required=True)
        self._scope_name = scope_name

    @property
    def scope_name(self) -> str:
        """The name of this scope as recognized by CloudFormation (``AllowedOAuthScopes``)."""
        return self._scope_name

    @staticmethod
    def custom(name: str) -> OAuthScope:
        """A scope given by name, in the format ``resource-server-identifier/scope``."""
        check_str(name, "OAuthScope.custom(name)", required=True)
        return OAuthScope(name)

    @staticmethod
    def resource_server(server: IUserPoolResourceServer, scope: _HasScopeName) -> OAuthScope:
        """A scope of a resource server in the app: ``<server id>/<scope name>``.

        The server's id is a reference, so CloudFormation creates the server before the client.
        Accepts this library's resource servers and scopes as well as aws_cdk.aws_cognito's.
        """
        server_id = getattr(server, "user_pool_resource_server_id", None)
        if not isinstance(server_id, str):
            fail(
                "OAuthScope.resource_server(server)",
                "an IUserPoolResourceServer",
                server,
                NotAJsiiObjectError,
            )
        scope_name = getattr(scope, "scope_name", None)
        if not isinstance(scope_name, str):
            fail("OAuthScope.resource_server(scope)", "a ResourceServerScope", scope, NotAJsiiObjectError)
        return OAuthScope(f"{server_id}/{scope_name}")

    def __eq__(self, other: object) -> bool:
        if isinstance(other, OAuthScope):
            return self._scope_name == other._scope_name
        return NotImplemented

    def __hash__(self) -> int:
        return hash((OAuthScope, self._scope_name))

    def __repr__(self) -> str:
        return f"OAuthScope({self._scope_name!r})"


OAuthScope.PHONE = OAuthScope("phone")
OAuthScope.EMAIL = OAuthScope("email")
OAuthScope.OPENID = OAuthScope("openid")
OAuthScope.PROFILE = OAuthScope("profile")
OAuthScope.COGNITO_ADMIN = OAuthScope("aws.cognito.signin.user.admin")

# The scopes granted when OAuthSettings.scopes is not given, in the order they are emitted;
# they are also the only standard scopes.
DEFAULT_SCOPES = tuple(
    scope.scope_name
    for scope in (
        OAuthScope.PROFILE,
        OAuthScope.PHONE,
        OAuthScope.EMAIL,
        OAuthScope.OPENID,
        OAuthScope.COGNITO_ADMIN,
    )
)


@struct
class OAuthSettings(Struct):
    """OAuth settings to configure the interaction between the app and this client.

    :param callback_urls: List of allowed redirect URLs for the identity providers.
        Default: ``["https://example.com"]`` if either authorization_code_grant or implicit_code_grant
        flows are enabled, no callback URLs otherwise.
    :param default_redirect_uri: The default redirect URI (``DefaultRedirectURI``). It must be one of the
        callback URLs (the default ones if ``callback_urls`` is not given), 1 to 1024 characters, none of
        them whitespace or control characters; a token is not checked. Default: no default redirect URI
    :param flows: OAuth flows that are allowed with this client.
        Default: ``authorization_code_grant`` and ``implicit_code_grant``
    :param logout_urls: List of allowed logout URLs for the identity providers. Default: no logout URLs
    :param scopes: OAuth scopes that are allowed with this client. Default: all five standard scopes
        (PROFILE, PHONE, EMAIL, OPENID, COGNITO_ADMIN)
    """

    callback_urls: Sequence[str] | None = None
    default_redirect_uri: str | None = None
    flows: OAuthFlows | None = None
    logout_urls: Sequence[str] | None = None
    scopes: Sequence[OAuthScope] | None = None

    def __post_init__(self) -> None:
        check_str_list(self.callback_urls, field_path(self, "callback_urls"))
        check_str(self.default_redirect_uri, field_path(self, "default_redirect_uri"))
        coerce_field(self, "flows", OAuthFlows)
        check_str_list(self.logout_urls, field_path(self, "logout_urls"))
        check_list_of(self.scopes, field_path(self, "scopes"), OAuthScope)
