"""UserPoolResourceServer and ResourceServerScope."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from aws_cdk import assertions, core

import cdk_cognito as cognito
from _support import CLIENT_TYPE, POOL_ID, SERVER_TYPE, make_stack, make_validating_stack
from cdk_cognito import (
    OAuthFlows,
    OAuthScope,
    OAuthSettings,
    ResourceServerScope,
    ResourceServerScopeProps,
    UserPoolResourceServer,
    UserPoolResourceServerOptions,
    UserPoolResourceServerProps,
)

# These stacks keep the synth-time rules (tests/test_rules.py) in their default mode, as an app would.


def server_resource(stack: core.Stack) -> dict[str, Any]:
    resources = assertions.Template.from_stack(stack).find_resources(SERVER_TYPE)
    assert len(resources) == 1, resources
    return next(iter(resources.values()))


READ = ResourceServerScope(scope_name="read", scope_description="Read orders")
WRITE = ResourceServerScope(scope_name="write", scope_description="Create orders")


# --------------------------------------------------------------------------------------------------
# Template
# --------------------------------------------------------------------------------------------------


def test_minimal_template() -> None:
    stack, pool = make_validating_stack()
    UserPoolResourceServer(stack, "Server", user_pool=pool, identifier="orders")
    assert server_resource(stack) == {
        "Type": SERVER_TYPE,
        "Properties": {"Identifier": "orders", "Name": "orders", "UserPoolId": POOL_ID},
    }
    assertions.Template.from_stack(stack).has_resource_properties(
        SERVER_TYPE, {"Scopes": assertions.Match.absent()}
    )


def test_full_template_in_l1_key_order() -> None:
    stack, pool = make_validating_stack()
    UserPoolResourceServer(
        stack,
        "Server",
        user_pool=pool,
        identifier="orders",
        user_pool_resource_server_name="Orders API",
        scopes=[READ, WRITE],
    )
    properties = server_resource(stack)["Properties"]
    assert properties == {
        "Identifier": "orders",
        "Name": "Orders API",
        "UserPoolId": POOL_ID,
        "Scopes": [
            {"ScopeDescription": "Read orders", "ScopeName": "read"},
            {"ScopeDescription": "Create orders", "ScopeName": "write"},
        ],
    }
    assert list(properties) == ["Identifier", "Name", "UserPoolId", "Scopes"]
    assert list(properties["Scopes"][0]) == ["ScopeDescription", "ScopeName"]


def test_empty_scopes_render_an_empty_list() -> None:
    stack, pool = make_validating_stack()
    UserPoolResourceServer(stack, "Server", user_pool=pool, identifier="orders", scopes=[])
    assert server_resource(stack)["Properties"]["Scopes"] == []


def test_scopes_none_are_omitted() -> None:
    stack, pool = make_validating_stack()
    UserPoolResourceServer(stack, "Server", user_pool=pool, identifier="orders", scopes=None)
    assert "Scopes" not in server_resource(stack)["Properties"]


def test_empty_name_is_kept() -> None:
    # An empty Name fails at deploy time (rule RS1, tests/test_rules.py): the rules are off here.
    stack, pool = make_stack()
    UserPoolResourceServer(
        stack, "Server", user_pool=pool, identifier="orders", user_pool_resource_server_name=""
    )
    assert server_resource(stack)["Properties"]["Name"] == ""


def test_default_child_and_resource() -> None:
    stack, pool = make_validating_stack()
    server = UserPoolResourceServer(stack, "Server", user_pool=pool, identifier="orders")
    child = server.node.default_child
    assert isinstance(child, core.CfnResource)
    assert child.cfn_resource_type == SERVER_TYPE
    assert isinstance(server, core.Resource)
    assert server.node.path == "Stack/Server"
    assert server.stack is stack
    assert UserPoolResourceServer.is_construct(server)


def test_user_pool_resource_server_id_is_a_ref() -> None:
    stack, pool = make_validating_stack()
    server = UserPoolResourceServer(stack, "Server", user_pool=pool, identifier="orders")
    logical_id = stack.get_logical_id(server.node.default_child)
    assert logical_id in assertions.Template.from_stack(stack).find_resources(SERVER_TYPE)
    assert stack.resolve(server.user_pool_resource_server_id) == {"Ref": logical_id}


def test_scope_of_the_server_in_a_client() -> None:
    stack, pool = make_validating_stack()
    server = UserPoolResourceServer(stack, "Server", user_pool=pool, identifier="orders", scopes=[READ])
    cognito.UserPoolClient(
        stack,
        "Client",
        user_pool=pool,
        generate_secret=True,
        o_auth=OAuthSettings(
            flows=OAuthFlows(client_credentials=True), scopes=[OAuthScope.resource_server(server, READ)]
        ),
    )
    logical_id = stack.get_logical_id(server.node.default_child)
    assertions.Template.from_stack(stack).has_resource_properties(
        CLIENT_TYPE,
        {
            "AllowedOAuthFlows": ["client_credentials"],
            "AllowedOAuthScopes": [{"Fn::Join": ["", [{"Ref": logical_id}, "/read"]]}],
        },
    )


def test_escape_hatch_on_the_server() -> None:
    stack, pool = make_validating_stack()
    server = UserPoolResourceServer(stack, "Server", user_pool=pool, identifier="orders")
    server.node.default_child.add_property_override("Scopes", [{"ScopeName": "x", "ScopeDescription": "y"}])
    server.apply_removal_policy(core.RemovalPolicy.RETAIN)
    resource = server_resource(stack)
    assert resource["Properties"]["Scopes"] == [{"ScopeName": "x", "ScopeDescription": "y"}]
    assert resource["DeletionPolicy"] == "Retain"
    assert resource["UpdateReplacePolicy"] == "Retain"


def test_dotted_override_with_an_array_index() -> None:
    stack, pool = make_validating_stack()
    server = UserPoolResourceServer(stack, "Server", user_pool=pool, identifier="orders", scopes=[READ])
    server.node.default_child.add_property_override("Scopes.0.ScopeName", "write")
    assert server_resource(stack)["Properties"]["Scopes"] == [
        {"ScopeDescription": "Read orders", "ScopeName": "write"}
    ]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            None,
            'Supplied properties not correct for "CfnUserPoolResourceServerProps"\n'
            "  identifier: required but missing\n  name: required but missing.",
        ),
        (
            "Orders",
            'Supplied properties not correct for "CfnUserPoolResourceServerProps"\n'
            "  identifier: required but missing.",
        ),
    ],
)
def test_generated_identifier_is_refused_like_the_reference(name: str | None, message: str) -> None:
    # The reference emits an L1 that fails at synth with this message; we refuse it when built.
    stack, pool = make_validating_stack()
    with pytest.raises(RuntimeError) as info:
        UserPoolResourceServer(
            stack,
            "Server",
            user_pool=pool,
            identifier=core.PhysicalName.GENERATE_IF_NEEDED,
            user_pool_resource_server_name=name,
        )
    assert str(info.value) == message


# --------------------------------------------------------------------------------------------------
# from_user_pool_resource_server_id
# --------------------------------------------------------------------------------------------------


def test_from_user_pool_resource_server_id() -> None:
    stack, _ = make_validating_stack()
    server = UserPoolResourceServer.from_user_pool_resource_server_id(stack, "Server", "orders")
    assert server.user_pool_resource_server_id == "orders"
    assert isinstance(server, core.Resource)
    assert server.node.path == "Stack/Server"
    assert "Resources" not in assertions.Template.from_stack(stack).to_json()
    assert OAuthScope.resource_server(server, WRITE).scope_name == "orders/write"


@pytest.mark.parametrize("value", [None, 5])
def test_from_user_pool_resource_server_id_requires_a_str(value: Any) -> None:
    stack, _ = make_validating_stack()
    with pytest.raises(TypeError) as info:
        UserPoolResourceServer.from_user_pool_resource_server_id(stack, "Server", value)
    assert str(info.value).startswith(
        "UserPoolResourceServer.from_user_pool_resource_server_id(user_pool_resource_server_id): "
    )


# --------------------------------------------------------------------------------------------------
# ResourceServerScope
# --------------------------------------------------------------------------------------------------


def test_resource_server_scope() -> None:
    scope = ResourceServerScope(scope_name="read", scope_description="Read orders")
    assert scope.scope_name == "read"
    assert scope.scope_description == "Read orders"
    assert scope == READ
    assert hash(scope) == hash(READ)
    assert scope != WRITE
    assert scope != ResourceServerScope(scope_name="read", scope_description="other")
    assert scope != "read"
    assert repr(scope) == "ResourceServerScope(scope_name='read', scope_description='Read orders')"
    with pytest.raises(AttributeError):
        scope.scope_name = "write"  # type: ignore[misc]


def test_resource_server_scope_is_keyword_only() -> None:
    with pytest.raises(TypeError):
        ResourceServerScope("read", "Read")  # type: ignore[misc]


@pytest.mark.parametrize("missing", ["scope_name", "scope_description"])
def test_resource_server_scope_missing_arguments(missing: str) -> None:
    kwargs = {"scope_name": "read", "scope_description": "Read"}
    del kwargs[missing]
    with pytest.raises(TypeError, match=f"missing 1 required keyword-only argument: '{missing}'"):
        ResourceServerScope(**kwargs)


@pytest.mark.parametrize("field", ["scope_name", "scope_description"])
def test_resource_server_scope_none_is_a_type_and_assertion_error(field: str) -> None:
    kwargs: dict[str, Any] = {"scope_name": "read", "scope_description": "Read", field: None}
    with pytest.raises(TypeError) as info:
        ResourceServerScope(**kwargs)
    assert isinstance(info.value, AssertionError)
    assert str(info.value) == f"ResourceServerScope.{field}: a value is required (str); got None"


@pytest.mark.parametrize("field", ["scope_name", "scope_description"])
def test_resource_server_scope_wrong_type(field: str) -> None:
    kwargs: dict[str, Any] = {"scope_name": "read", "scope_description": "Read", field: 3}
    with pytest.raises(TypeError) as info:
        ResourceServerScope(**kwargs)
    assert str(info.value) == f"ResourceServerScope.{field}: expected str; got int (3)"


def test_resource_server_scope_props_struct() -> None:
    props = ResourceServerScopeProps(scope_name="read", scope_description="Read")
    assert repr(props) == "ResourceServerScopeProps(scope_description='Read', scope_name='read')"
    with pytest.raises(dataclasses.FrozenInstanceError):
        props.scope_name = "x"  # type: ignore[misc]
    with pytest.raises(TypeError, match=r"^ResourceServerScopeProps\.scope_name: expected str"):
        ResourceServerScopeProps(scope_name=1, scope_description="Read")  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------------
# Required arguments and type errors
# --------------------------------------------------------------------------------------------------


def test_identifier_is_required() -> None:
    stack, pool = make_validating_stack()
    with pytest.raises(TypeError, match="missing 1 required keyword-only argument: 'identifier'"):
        UserPoolResourceServer(stack, "Server", user_pool=pool)  # type: ignore[call-arg]


def test_user_pool_is_required() -> None:
    stack, _ = make_validating_stack()
    with pytest.raises(TypeError, match="missing 1 required keyword-only argument: 'user_pool'"):
        UserPoolResourceServer(stack, "Server", identifier="orders")  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("kwargs", "message", "also"),
    [
        ({"identifier": None}, "identifier: a value is required (str); got None", AssertionError),
        ({"identifier": 5}, "identifier: expected str; got int (5)", None),
        ({"user_pool": None}, "user_pool: a value is required (an IUserPool); got None", AssertionError),
        ({"user_pool": POOL_ID}, "user_pool: expected an IUserPool", RuntimeError),
        (
            {"scopes": "read"},
            "scopes: expected a list of ResourceServerScope, not a bare string",
            RuntimeError,
        ),
        ({"scopes": [READ, "write"]}, "scopes[1]: expected ResourceServerScope; got str ('write')", None),
        ({"scopes": READ}, "scopes: expected a list of ResourceServerScope or None", None),
        ({"user_pool_resource_server_name": 1}, "user_pool_resource_server_name: expected str or None", None),
    ],
)
def test_type_errors(kwargs: dict[str, Any], message: str, also: type | None) -> None:
    stack, pool = make_validating_stack()
    arguments: dict[str, Any] = {"user_pool": pool, "identifier": "orders", **kwargs}
    with pytest.raises(TypeError) as info:
        UserPoolResourceServer(stack, "Server", **arguments)
    assert str(info.value).startswith(message), str(info.value)
    if also is not None:
        assert isinstance(info.value, also)
    assert stack.node.try_find_child("Server") is None


def test_scope_and_id_type_errors() -> None:
    stack, pool = make_validating_stack()
    with pytest.raises(TypeError, match=r"^scope: expected a construct"):
        UserPoolResourceServer("Stack", "Server", user_pool=pool, identifier="x")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^id: expected str; got int"):
        UserPoolResourceServer(stack, 1, user_pool=pool, identifier="x")  # type: ignore[arg-type]


def test_options_and_props_structs() -> None:
    _, pool = make_validating_stack()
    options = UserPoolResourceServerOptions(identifier="orders", scopes=[READ])
    assert options.identifier == "orders"
    assert list(options.scopes or []) == [READ]
    assert options.user_pool_resource_server_name is None
    props = UserPoolResourceServerProps(identifier="orders", user_pool=pool)
    assert props.user_pool is pool
    with pytest.raises(dataclasses.FrozenInstanceError):
        props.identifier = "x"  # type: ignore[misc]
    with pytest.raises(TypeError, match=r"^UserPoolResourceServerOptions\.identifier: a value is required"):
        UserPoolResourceServerOptions(identifier=None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^UserPoolResourceServerProps\.user_pool: a value is required"):
        UserPoolResourceServerProps(identifier="orders", user_pool=None)  # type: ignore[arg-type]


def test_inputs_are_not_mutated() -> None:
    stack, pool = make_validating_stack()
    scopes = [READ, WRITE]
    UserPoolResourceServer(stack, "Server", user_pool=pool, identifier="orders", scopes=scopes)
    server_resource(stack)
    assert scopes == [READ, WRITE]
    assert scopes[0] is READ and scopes[1] is WRITE
