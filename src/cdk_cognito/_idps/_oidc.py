"""OpenID Connect identity providers."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import jsii
from aws_cdk import core

from .._js import utf16_length
from .._tokens import is_unresolved
from .._typecheck import (
    Struct,
    check_str,
    check_str_list,
    coerce_field,
    fail,
    field_path,
    path_prefix,
    struct,
)
from ._attributes import AttributeMapping
from ._base import UserPoolIdentityProviderBase, UserPoolIdentityProviderProps

if TYPE_CHECKING:
    from .._pool import IUserPool

__all__ = [
    "OidcAttributeRequestMethod",
    "OidcEndpoints",
    "UserPoolIdentityProviderOidc",
    "UserPoolIdentityProviderOidcProps",
    "check_name_length",
]


def check_name_length(name: str | None) -> None:
    """The reference's rule for a provider name given as a literal: 3 to 32 characters."""
    if name and not is_unresolved(name):
        length = utf16_length(name)
        if length < 3 or length > 32:
            raise RuntimeError(
                f"Expected provider name to be between 3 and 32 characters, received {name} "
                f"({length} characters)"
            )


class OidcAttributeRequestMethod(enum.Enum):
    """The HTTP method Cognito requests the user's attributes from the OIDC provider with."""

    GET = "GET"
    """GET."""
    POST = "POST"
    """POST."""


@struct
class OidcEndpoints(Struct):
    """The endpoints of an OpenID Connect provider.

    :param authorization: The authorization endpoint. Required.
    :param jwks_uri: The ``jwks_uri`` endpoint. Required.
    :param token: The token endpoint. Required.
    :param user_info: The UserInfo endpoint. Required.
    """

    authorization: str
    jwks_uri: str
    token: str
    user_info: str

    def __post_init__(self) -> None:
        check_str(self.authorization, field_path(self, "authorization"), required=True)
        check_str(self.jwks_uri, field_path(self, "jwks_uri"), required=True)
        check_str(self.token, field_path(self, "token"), required=True)
        check_str(self.user_info, field_path(self, "user_info"), required=True)


@struct
class UserPoolIdentityProviderOidcProps(UserPoolIdentityProviderProps):
    """Properties of an OpenID Connect identity provider.

    :param client_id: The client id. Required.
    :param client_secret: The client secret. Required.
    :param issuer_url: The issuer URL. Required.
    :param attribute_request_method: The HTTP method to request the user's attributes with.
        Default: ``OidcAttributeRequestMethod.GET``
    :param endpoints: The provider's endpoints. Default: discovered from the issuer URL
    :param identifiers: Identifiers, which can route users to this provider in multitenant apps.
        Default: no identifiers
    :param name: The provider's name, 3 to 32 characters. Default: made from the construct's
        unique id
    :param scopes: The OAuth 2.0 scopes to request from the provider, the groups of user attributes
        to exchange with the app. Default: ``["openid"]``
    """

    client_id: str
    client_secret: str
    issuer_url: str
    attribute_request_method: OidcAttributeRequestMethod | None = None
    endpoints: OidcEndpoints | None = None
    identifiers: Sequence[str] | None = None
    name: str | None = None
    scopes: Sequence[str] | None = None

    def __post_init__(self) -> None:
        check_str(self.client_id, field_path(self, "client_id"), required=True)
        check_str(self.client_secret, field_path(self, "client_secret"), required=True)
        check_str(self.issuer_url, field_path(self, "issuer_url"), required=True)
        method = self.attribute_request_method
        if method is not None and not isinstance(method, OidcAttributeRequestMethod):
            fail(field_path(self, "attribute_request_method"), "OidcAttributeRequestMethod or None", method)
        coerce_field(self, "endpoints", OidcEndpoints)
        check_str_list(self.identifiers, field_path(self, "identifiers"))
        check_str(self.name, field_path(self, "name"))
        check_str_list(self.scopes, field_path(self, "scopes"))
        super().__post_init__()


class UserPoolIdentityProviderOidc(UserPoolIdentityProviderBase):
    """An OpenID Connect identity provider (``AWS::Cognito::UserPoolIdentityProvider``).

    A drop-in for ``aws_cdk.aws_cognito.UserPoolIdentityProviderOidc`` 1.204.0; see
    :class:`UserPoolIdentityProviderOidcProps`. Without ``name``, the provider is named after the
    construct's unique id: ``<id>oidc`` when that is shorter than 3 characters, its first and last
    16 characters when it is longer than 32.
    """

    def __init__(
        self,
        scope: core.Construct,
        id: str,
        *,
        user_pool: IUserPool,
        client_id: str,
        client_secret: str,
        issuer_url: str,
        attribute_request_method: OidcAttributeRequestMethod | None = None,
        endpoints: OidcEndpoints | dict[str, Any] | None = None,
        identifiers: Sequence[str] | None = None,
        name: str | None = None,
        scopes: Sequence[str] | None = None,
        attribute_mapping: AttributeMapping | dict[str, Any] | None = None,
    ) -> None:
        with path_prefix(""):
            props = UserPoolIdentityProviderOidcProps(
                user_pool=user_pool,
                client_id=client_id,
                client_secret=client_secret,
                issuer_url=issuer_url,
                attribute_request_method=attribute_request_method,
                endpoints=endpoints,  # type: ignore[arg-type]  # a dict is coerced
                identifiers=identifiers,
                name=name,
                scopes=scopes,
                attribute_mapping=attribute_mapping,  # type: ignore[arg-type]  # a dict is coerced
            )
        self._start(scope, id, props, register=True)
        with self._building():
            check_name_length(props.name)
            method = props.attribute_request_method or OidcAttributeRequestMethod.GET
            endpoints = props.endpoints
            details = {
                "client_id": props.client_id,
                "client_secret": props.client_secret,
                "authorize_scopes": "openid" if props.scopes is None else " ".join(props.scopes),
                "attributes_request_method": method.value,
                "oidc_issuer": props.issuer_url,
                "authorize_url": endpoints.authorization if endpoints else None,
                "token_url": endpoints.token if endpoints else None,
                "attributes_url": endpoints.user_info if endpoints else None,
                "jwks_uri": endpoints.jwks_uri if endpoints else None,
            }
            identifiers = None if props.identifiers is None else list(props.identifiers)
            self._emit("OIDC", props.name or self._default_name(), details, identifiers)

    def _default_name(self) -> str:
        unique_id: str = jsii.sinvoke(core.Names, "uniqueId", [self])
        if len(unique_id) < 3:
            return f"{unique_id}oidc"
        if len(unique_id) > 32:
            return unique_id[:16] + unique_id[-16:]
        return unique_id
