"""Resource servers: the custom OAuth scopes a client can be granted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from aws_cdk import core

from ._jsii import create_resource, emit_cfn_resource
from ._rules import check_resource_server, report
from ._tokens import is_unresolved
from ._typecheck import Struct, check_list_of, check_str, field_path, method_errors, path_prefix, struct

if TYPE_CHECKING:
    from ._pool import IUserPool

__all__ = [
    "IUserPoolResourceServer",
    "ResourceServerScope",
    "ResourceServerScopeProps",
    "UserPoolResourceServer",
    "UserPoolResourceServerOptions",
    "UserPoolResourceServerProps",
]

RESOURCE_SERVER_TYPE = "AWS::Cognito::UserPoolResourceServer"


class IUserPoolResourceServer(Protocol):
    """A Cognito user pool resource server."""

    @property
    def user_pool_resource_server_id(self) -> str:
        """The id of the resource server (its identifier)."""
        ...


@struct
class ResourceServerScopeProps(Struct):
    """Props to initialize a ResourceServerScope.

    :param scope_description: A description of the scope. Required.
    :param scope_name: The name of the scope. Required.
    """

    scope_description: str
    scope_name: str

    def __post_init__(self) -> None:
        check_str(self.scope_description, field_path(self, "scope_description"), required=True)
        check_str(self.scope_name, field_path(self, "scope_name"), required=True)


class ResourceServerScope:
    """A scope of a resource server; grant it to clients with ``OAuthScope.resource_server()``."""

    __slots__ = ("_scope_description", "_scope_name")

    def __init__(self, *, scope_description: str, scope_name: str) -> None:
        with path_prefix("ResourceServerScope"):
            props = ResourceServerScopeProps(scope_description=scope_description, scope_name=scope_name)
        self._scope_name = props.scope_name
        self._scope_description = props.scope_description

    @property
    def scope_name(self) -> str:
        """The name of this scope."""
        return self._scope_name

    @property
    def scope_description(self) -> str:
        """A description of this scope."""
        return self._scope_description

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ResourceServerScope):
            return (self._scope_name, self._scope_description) == (
                other._scope_name,
                other._scope_description,
            )
        return NotImplemented

    def __hash__(self) -> int:
        return hash((ResourceServerScope, self._scope_name, self._scope_description))

    def __repr__(self) -> str:
        return (
            f"ResourceServerScope(scope_name={self._scope_name!r}, "
            f"scope_description={self._scope_description!r})"
        )


@struct
class UserPoolResourceServerOptions(Struct):
    """Options to create a UserPoolResourceServer.

    :param identifier: A unique resource server identifier for the resource server. Required.
    :param scopes: OAuth scopes. Default: no scopes
    :param user_pool_resource_server_name: A friendly name for the resource server.
        Default: same as identifier
    """

    identifier: str
    scopes: Sequence[ResourceServerScope] | None = None
    user_pool_resource_server_name: str | None = None

    def __post_init__(self) -> None:
        check_str(self.identifier, field_path(self, "identifier"), required=True)
        check_list_of(self.scopes, field_path(self, "scopes"), ResourceServerScope)
        check_str(self.user_pool_resource_server_name, field_path(self, "user_pool_resource_server_name"))


@struct
class UserPoolResourceServerProps(UserPoolResourceServerOptions):
    """Properties for the UserPoolResourceServer construct.

    :param user_pool: The user pool to add this resource server to. Required.
    """

    user_pool: IUserPool

    def __post_init__(self) -> None:
        super().__post_init__()
        from ._pool import check_user_pool

        check_user_pool(self.user_pool, field_path(self, "user_pool"))


class UserPoolResourceServer(core.Resource):
    """Defines a User Pool OAuth2.0 Resource Server (``AWS::Cognito::UserPoolResourceServer``)."""

    def __init__(
        self,
        scope: core.Construct,
        id: str,
        *,
        user_pool: IUserPool,
        identifier: str,
        scopes: Sequence[ResourceServerScope] | None = None,
        user_pool_resource_server_name: str | None = None,
    ) -> None:
        with path_prefix(""):
            props = UserPoolResourceServerProps(
                user_pool=user_pool,
                identifier=identifier,
                scopes=scopes,
                user_pool_resource_server_name=user_pool_resource_server_name,
            )
        create_resource(self, scope, id, core.ResourceProps(physical_name=props.identifier))
        # core's physicalName is the identifier as given (a literal or a token), except for the
        # PhysicalName.GENERATE_IF_NEEDED marker, which it makes lazy and which is refused here: so
        # it is not read back (a round trip).
        physical_name = props.identifier
        if is_unresolved(props.identifier) and props.identifier == core.PhysicalName.GENERATE_IF_NEEDED:
            # The name is only generated for cross-environment references; otherwise it
            # renders as nothing, and the reference's L1 refuses the resource at synth.
            missing = ["identifier"] if props.user_pool_resource_server_name else ["identifier", "name"]
            raise RuntimeError(
                'Supplied properties not correct for "CfnUserPoolResourceServerProps"\n'
                + "\n".join(f"  {name}: required but missing" for name in missing)
                + "."
            )
        properties: dict[str, Any] = {
            "Identifier": physical_name,
            "Name": physical_name
            if props.user_pool_resource_server_name is None
            else props.user_pool_resource_server_name,
            "UserPoolId": props.user_pool.user_pool_id,
            "Scopes": None
            if props.scopes is None
            else [{"ScopeDescription": s.scope_description, "ScopeName": s.scope_name} for s in props.scopes],
        }
        name_prop = "user_pool_resource_server_name"
        if props.user_pool_resource_server_name is None:
            name_prop += " (default: identifier)"
        props_of = {"UserPoolId": "user_pool", "Name": name_prop}
        report(self, check_resource_server(properties, lambda key, index: props_of.get(key, key)))
        self._resource = emit_cfn_resource(self, RESOURCE_SERVER_TYPE, properties)
        self._server_id: str | None = None

    @property
    def user_pool_resource_server_id(self) -> str:
        """Resource server id (a reference to the ``AWS::Cognito::UserPoolResourceServer``)."""
        if self._server_id is None:
            self._server_id = self._resource.ref
        return self._server_id

    @staticmethod
    def from_user_pool_resource_server_id(
        scope: core.Construct, id: str, user_pool_resource_server_id: str
    ) -> IUserPoolResourceServer:
        """Import a user pool resource server given its id."""
        check_str(
            user_pool_resource_server_id,
            "UserPoolResourceServer.from_user_pool_resource_server_id(user_pool_resource_server_id)",
            required=True,
        )
        with method_errors():
            return _ImportedResourceServer(scope, id, user_pool_resource_server_id)


class _ImportedResourceServer(core.Resource):
    def __init__(self, scope: core.Construct, id: str, server_id: str) -> None:
        create_resource(self, scope, id)
        self._server_id = server_id

    @property
    def user_pool_resource_server_id(self) -> str:
        """Resource server id."""
        return self._server_id
