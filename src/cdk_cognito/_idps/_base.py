"""What every identity provider has: its name, and imports of providers defined outside the app."""

from __future__ import annotations

from typing import Any, Protocol

from aws_cdk import core

from .._jsii import create_resource
from .._typecheck import check_str, method_errors

__all__ = ["IUserPoolIdentityProvider", "UserPoolIdentityProvider"]


class IUserPoolIdentityProvider(Protocol):
    """An identity provider registered with a user pool."""

    @property
    def provider_name(self) -> str:
        """The name of the identity provider, as used in ``SupportedIdentityProviders``."""
        ...


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
