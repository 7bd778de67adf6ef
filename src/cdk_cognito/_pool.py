"""Imported user pools and the interfaces a client needs from a pool.

Only imports are defined here (a full UserPool L2 is out of scope). Any object
shaped like :class:`IUserPool` works as a client's pool, including
``aws_cdk.aws_cognito.UserPool`` and its imports.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from aws_cdk import core

from ._idps import IUserPoolIdentityProvider
from ._jsii import create_resource
from ._typecheck import MissingValueError, NotAJsiiObjectError, check_str, fail, method_errors

if TYPE_CHECKING:
    from ._client import UserPoolClient
    from ._resource_server import UserPoolResourceServer

__all__ = ["IUserPool", "UserPool", "check_user_pool"]


class IUserPool(Protocol):
    """What an app client needs from its user pool.

    ``aws_cdk.aws_cognito.UserPool`` (and its imports) fit this protocol as well as
    the pools returned by :meth:`UserPool.from_user_pool_id`.
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


class _ImportedUserPool(core.Resource):
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
        self._identity_providers: list[IUserPoolIdentityProvider] = []

    @property
    def user_pool_id(self) -> str:
        """The physical ID of this user pool resource."""
        return self._id

    @property
    def user_pool_arn(self) -> str:
        """The ARN of this user pool resource."""
        return self._arn

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


class UserPool:
    """Imports of existing Cognito user pools.

    This library defines app clients, not pools: create a pool with
    ``aws_cdk.aws_cognito.UserPool`` (which works as a client's ``user_pool``) or import one here.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError(
            "cdk_cognito.UserPool cannot create a user pool; import one with "
            "UserPool.from_user_pool_id()/from_user_pool_arn(), or use aws_cdk.aws_cognito.UserPool"
        )

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
