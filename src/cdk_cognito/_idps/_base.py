"""What every identity provider has: its pool, its name, its attribute mapping; and imports of providers.

The reference's providers are ``core.Resource``s that register with their user pool, add one
``AWS::Cognito::UserPoolIdentityProvider`` named "Resource", and expose its name as ``provider_name``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Protocol, cast

import jsii
from aws_cdk import core
from jsii._kernel import _callback_till_result, _make_reference_for_native
from jsii._kernel.types import Callback, CreateRequest, CreateResponse, Override
from jsii._reference_map import register_reference

from .._jsii import check_scope_and_id, create_resource, emit_cfn_resource
from .._rules import report
from .._rules._idp import check_identity_provider
from .._typecheck import (
    MissingValueError,
    NotAJsiiObjectError,
    Struct,
    check_str,
    coerce_field,
    constructor_errors,
    fail,
    field_path,
    method_errors,
    struct,
)
from ._attributes import AttributeMapping, render_attribute_mapping

if TYPE_CHECKING:
    from .._pool import IUserPool

__all__ = [
    "IDP_TYPE",
    "IUserPoolIdentityProvider",
    "UserPoolIdentityProvider",
    "UserPoolIdentityProviderProps",
    "check_provider_pool",
]

IDP_TYPE = "AWS::Cognito::UserPoolIdentityProvider"


class IUserPoolIdentityProvider(Protocol):
    """An identity provider registered with a user pool."""

    @property
    def provider_name(self) -> str:
        """The name of the identity provider, as used in ``SupportedIdentityProviders``."""
        ...


class _ProviderPool(Protocol):
    """What a provider needs from its user pool."""

    @property
    def user_pool_id(self) -> str: ...

    def register_identity_provider(self, provider: IUserPoolIdentityProvider) -> None: ...


def check_provider_pool(value: object, path: str) -> None:
    """``value`` must be a user pool a provider can register with (ours, or aws_cdk.aws_cognito's)."""
    if value is None:
        fail(path, "an IUserPool", value, MissingValueError)
    # Asked of the type first, where jsii classes declare their members: no round trip to Node.
    kind = type(value)
    if not all(
        hasattr(kind, name) or hasattr(value, name) for name in ("user_pool_id", "register_identity_provider")
    ):
        fail(
            path,
            "an IUserPool (an object with user_pool_id and register_identity_provider)",
            value,
            NotAJsiiObjectError,
        )


@struct
class UserPoolIdentityProviderProps(Struct):
    """Properties every identity provider takes.

    :param user_pool: The user pool the provider signs users in to. Required.
    :param attribute_mapping: How the provider's attributes map onto the user pool's standard and
        custom attributes. Default: no attribute mapping
    """

    user_pool: IUserPool
    attribute_mapping: AttributeMapping | None = None

    def __post_init__(self) -> None:
        check_provider_pool(self.user_pool, field_path(self, "user_pool"))
        coerce_field(self, "attribute_mapping", AttributeMapping)


# JavaScript reads ``providerName`` of a provider through this override: the reference's pools and
# clients (``aws_cdk.aws_cognito.UserPool``, ``pool.add_client()``) list our providers by name too.
_PROVIDER_NAME_OVERRIDE = Override(property="providerName", cookie="provider_name")
_RESOURCE_FQN: str = cast(Any, core.Resource).__jsii_type__


def _create_provider_resource(obj: core.Resource, scope: core.Construct, id: str) -> None:
    """``core.Resource(scope, id)`` for ``obj``, with ``providerName`` answered by ``obj.provider_name``.

    What ``jsii.create`` does (one round trip), plus the override of a property that core.Resource does
    not declare: jsii only registers overrides of members of the jsii types a class derives from.
    """
    check_scope_and_id(scope, id)
    kernel = jsii.kernel
    response = kernel.provider.create(
        CreateRequest(
            fqn=_RESOURCE_FQN,
            args=_make_reference_for_native(kernel, [scope, id, None]),
            overrides=[_PROVIDER_NAME_OVERRIDE],
            interfaces=[],
        )
    )
    if isinstance(response, Callback):
        response = _callback_till_result(kernel, response, CreateResponse)
    cast(Any, obj).__jsii_ref__ = response
    register_reference(obj)


# The Python prop each CloudFormation property (or ProviderDetails key) comes from.
_PROP_OF_PROPERTY = {
    "ProviderName": "name",
    "UserPoolId": "user_pool",
    "AttributeMapping": "attribute_mapping",
    "IdpIdentifiers": "identifiers",
}
# Where a ProviderDetails key's value comes from, when it is not the prop of the same name.
_PROP_OF_DETAIL = {
    "authorize_scopes": "scopes",
    "attributes_request_method": "attribute_request_method",
    "oidc_issuer": "issuer_url",
    "authorize_url": "endpoints.authorization",
    "token_url": "endpoints.token",
    "attributes_url": "endpoints.user_info",
    "jwks_uri": "endpoints.jwks_uri",
    "IDPSignout": "idp_signout",
    "MetadataURL": "metadata",
    "MetadataFile": "metadata",
    "EncryptedResponses": "encrypted_responses",
    "RequestSigningAlgorithm": "request_signing_algorithm",
    "IDPInit": "idp_initiated",
}


class UserPoolIdentityProviderBase(core.Resource):
    """The part every identity provider shares: registration, attribute mapping, the resource, its name.

    A subclass calls :meth:`_start` first in its constructor, then :meth:`_emit` with the provider's
    type, name and details.
    """

    _resource: core.CfnResource | None
    _provider_name: str | None

    def _start(
        self, scope: core.Construct, id: str, props: UserPoolIdentityProviderProps, *, register: bool
    ) -> None:
        _create_provider_resource(self, scope, id)
        self._resource = None
        self._props = props
        # Read once, before the provider registers: any pool object works, its id must be a string.
        self._user_pool_id: str = props.user_pool.user_pool_id
        check_str(self._user_pool_id, "user_pool.user_pool_id", required=True)
        # Read while the provider is being built (our pools check what they register): a str, as
        # the name will be; None if the construction fails, as the reference's is then undefined.
        self._provider_name = ""
        if register:
            self._register()

    def _register(self) -> None:
        cast("_ProviderPool", self._props.user_pool).register_identity_provider(self)

    @contextlib.contextmanager
    def _building(self) -> Iterator[None]:
        """The rest of the constructor: core's errors without jsii's prefix; a failure leaves no name."""
        try:
            with constructor_errors():
                yield
        except BaseException:
            self._provider_name = None
            raise

    def _emit(
        self,
        provider_type: str,
        provider_name: str,
        details: Mapping[str, Any],
        identifiers: list[str] | None = None,
    ) -> None:
        """Add the ``AWS::Cognito::UserPoolIdentityProvider``, its keys in the L1's order."""
        props = self._props
        properties: dict[str, Any] = {
            "ProviderName": provider_name,
            "ProviderType": provider_type,
            "UserPoolId": self._user_pool_id,
            "AttributeMapping": render_attribute_mapping(props.attribute_mapping, "attribute_mapping"),
            "IdpIdentifiers": identifiers,
            "ProviderDetails": {key: value for key, value in details.items() if value is not None},
        }

        def where(key: str, index: int | None) -> str:
            # "ProviderDetails.<key>" names one detail.
            if key.startswith("ProviderDetails."):
                detail = key[len("ProviderDetails.") :]
                return _PROP_OF_DETAIL.get(detail, detail)
            prop = _PROP_OF_PROPERTY.get(key, key)
            return prop if index is None else f"{prop}[{index}]"

        report(self, check_identity_provider(properties, where))
        self._resource = emit_cfn_resource(self, IDP_TYPE, properties)

    @property
    def provider_name(self) -> str:
        """The provider's name (a reference to the ``AWS::Cognito::UserPoolIdentityProvider``)."""
        # Read on first use, with core's getResourceNameAttribute (a cross-environment aware
        # reference, as the reference's): two round trips to Node that most apps never make.
        if self._resource is not None and not self._provider_name:
            self._provider_name = jsii.invoke(self, "getResourceNameAttribute", [self._resource.ref])
        return cast(str, self._provider_name)


class _ImportedIdentityProvider(core.Resource):
    def __init__(self, scope: core.Construct, id: str, provider_name: str) -> None:
        create_resource(self, scope, id)
        self._provider_name = provider_name

    @property
    def provider_name(self) -> str:
        """The name of the identity provider."""
        return self._provider_name


class UserPoolIdentityProvider:
    """Imports of identity providers registered with a user pool outside the app."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError("UserPoolIdentityProvider only imports providers: use from_provider_name()")

    @staticmethod
    def from_provider_name(scope: core.Construct, id: str, provider_name: str) -> IUserPoolIdentityProvider:
        """Import an existing identity provider by its name."""
        check_str(provider_name, "UserPoolIdentityProvider.from_provider_name(provider_name)", required=True)
        with method_errors():
            return _ImportedIdentityProvider(scope, id, provider_name)
