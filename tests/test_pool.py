"""Imported user pools, identity providers, and interop with aws_cdk.aws_cognito's pools."""

from __future__ import annotations

from typing import Any

import aws_cdk.aws_cognito as jsii_cognito
import pytest
from aws_cdk import assertions, core

import cdk_cognito
from _support import (
    CLIENT_TYPE,
    POOL_ID,
    SERVER_TYPE,
    client_resource,
    make_validating_stack,
    new_validating_stack,
    pool_of,
)
from cdk_cognito import (
    UserPool,
    UserPoolClient,
    UserPoolClientIdentityProvider,
    UserPoolIdentityProvider,
    UserPoolResourceServer,
)

# These stacks keep the synth-time rules (tests/test_rules.py) in their default mode, as an app would.

POOL_ARN = "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_XyZ789"


# --------------------------------------------------------------------------------------------------
# from_user_pool_id
# --------------------------------------------------------------------------------------------------


def test_from_user_pool_id_gives_the_client_a_literal_pool_id() -> None:
    stack = new_validating_stack()
    pool = UserPool.from_user_pool_id(stack, "Pool", POOL_ID)
    UserPoolClient(stack, "Client", user_pool=pool)
    template = assertions.Template.from_stack(stack)
    template.has_resource_properties(CLIENT_TYPE, {"UserPoolId": POOL_ID})
    # An import emits no resource of its own.
    assert len(template.to_json()["Resources"]) == 1


def test_from_user_pool_id_attributes() -> None:
    stack = new_validating_stack()
    pool = UserPool.from_user_pool_id(stack, "Pool", POOL_ID)
    assert pool.user_pool_id == POOL_ID
    assert stack.resolve(pool.user_pool_arn) == {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":cognito-idp:",
                {"Ref": "AWS::Region"},
                ":",
                {"Ref": "AWS::AccountId"},
                f":userpool/{POOL_ID}",
            ],
        ]
    }
    assert stack.resolve(pool.env.account) == {"Ref": "AWS::AccountId"}
    assert stack.resolve(pool.env.region) == {"Ref": "AWS::Region"}
    assert pool.identity_providers == []
    assert isinstance(pool, core.Resource)
    assert pool.node.path == "Stack/Pool"
    assert pool.stack is stack


def test_from_user_pool_id_in_a_stack_with_a_concrete_env() -> None:
    stack = new_validating_stack(env=core.Environment(account="111111111111", region="eu-west-1"))
    pool = UserPool.from_user_pool_id(stack, "Pool", "eu-west-1_X")
    assert stack.resolve(pool.user_pool_arn) == {
        "Fn::Join": [
            "",
            ["arn:", {"Ref": "AWS::Partition"}, ":cognito-idp:eu-west-1:111111111111:userpool/eu-west-1_X"],
        ]
    }
    assert (pool.env.account, pool.env.region) == ("111111111111", "eu-west-1")


def test_from_user_pool_id_with_a_token() -> None:
    stack = new_validating_stack()
    pool = UserPool.from_user_pool_id(stack, "Pool", core.Fn.import_value("PoolId"))
    UserPoolClient(stack, "Client", user_pool=pool)
    assert client_resource(stack)["Properties"]["UserPoolId"] == {"Fn::ImportValue": "PoolId"}


POOL_IDS = ["us-east-1_AbC123", "a/b", "a:b", "a/b:c", "/", "", "token"]
ENVS = {
    "no env": None,
    "concrete env": core.Environment(account="111111111111", region="eu-west-1"),
    "colon in region": core.Environment(account="111111111111", region="eu:west"),
}


def imported_pool_outcome(lib: Any, pool_id: str, env: core.Environment | None) -> object:
    """What an import gives, resolved (or its error): compared between the reference and ours."""
    stack = new_validating_stack(env=env)
    value = core.Fn.import_value("PoolId") if pool_id == "token" else pool_id
    try:
        pool = lib.UserPool.from_user_pool_id(stack, "Pool", value)
    except RuntimeError as error:
        return ("error", str(error).split("\n")[0])
    return [
        stack.resolve(x) for x in (pool.user_pool_id, pool.user_pool_arn, pool.env.account, pool.env.region)
    ]


@pytest.mark.parametrize("env", ENVS, ids=list(ENVS))
@pytest.mark.parametrize("pool_id", POOL_IDS)
def test_from_user_pool_id_matches_the_reference(pool_id: str, env: str) -> None:
    ours = imported_pool_outcome(cdk_cognito, pool_id, ENVS[env])
    assert ours == imported_pool_outcome(jsii_cognito, pool_id, ENVS[env])


def test_from_user_pool_id_reads_the_arn_it_built_without_asking_core(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def split_arn(*args: Any) -> Any:
        raise AssertionError("split_arn called")

    monkeypatch.setattr(core.Stack, "split_arn", split_arn)
    stack = new_validating_stack()
    pool = UserPool.from_user_pool_id(stack, "Pool", POOL_ID)
    assert pool.user_pool_id == POOL_ID
    assert stack.resolve(pool.env.region) == {"Ref": "AWS::Region"}


@pytest.mark.parametrize("value", [None, 5, ["id"]])
def test_from_user_pool_id_requires_a_str(value: Any) -> None:
    with pytest.raises(TypeError) as info:
        UserPool.from_user_pool_id(new_validating_stack(), "Pool", value)
    assert str(info.value).startswith("UserPool.from_user_pool_id(user_pool_id): ")
    assert isinstance(info.value, AssertionError) is (value is None)


# --------------------------------------------------------------------------------------------------
# from_user_pool_arn
# --------------------------------------------------------------------------------------------------


def test_from_user_pool_arn() -> None:
    stack = new_validating_stack()
    pool = UserPool.from_user_pool_arn(stack, "Pool", POOL_ARN)
    assert pool.user_pool_arn == POOL_ARN
    assert pool.user_pool_id == "eu-west-1_XyZ789"
    assert pool.env.account == "123456789012"
    assert pool.env.region == "eu-west-1"
    UserPoolClient(stack, "Client", user_pool=pool)
    assert client_resource(stack)["Properties"]["UserPoolId"] == "eu-west-1_XyZ789"


def test_from_user_pool_arn_keeps_a_slashed_resource_name() -> None:
    pool = UserPool.from_user_pool_arn(
        new_validating_stack(), "Pool", "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/a/b"
    )
    assert pool.user_pool_id == "a/b"


def test_from_user_pool_arn_with_a_token_arn() -> None:
    stack = new_validating_stack()
    pool = UserPool.from_user_pool_arn(stack, "Pool", core.Fn.import_value("PoolArn"))
    UserPoolClient(stack, "Client", user_pool=pool)
    assert client_resource(stack)["Properties"]["UserPoolId"] == {
        "Fn::Select": [
            1,
            {"Fn::Split": ["/", {"Fn::Select": [5, {"Fn::Split": [":", {"Fn::ImportValue": "PoolArn"}]}]}]},
        ]
    }


@pytest.mark.parametrize(
    "arn",
    [
        "arn:aws:cognito-idp:eu-west-1:123456789012:userpool",
        "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/",
    ],
)
def test_from_user_pool_arn_without_a_resource_name(arn: str) -> None:
    with pytest.raises(RuntimeError) as info:
        UserPool.from_user_pool_arn(new_validating_stack(), "Pool", arn)
    assert type(info.value) is RuntimeError
    assert str(info.value) == "Error: invalid user pool ARN"


def test_from_user_pool_arn_not_an_arn() -> None:
    with pytest.raises(RuntimeError) as info:
        UserPool.from_user_pool_arn(new_validating_stack(), "Pool", "not-an-arn")
    assert str(info.value) == 'Error: ARNs must start with "arn:" and have at least 6 components: not-an-arn'


def test_from_user_pool_arn_requires_a_str() -> None:
    with pytest.raises(TypeError, match=r"^UserPool\.from_user_pool_arn\(user_pool_arn\): expected str"):
        UserPool.from_user_pool_arn(new_validating_stack(), "Pool", 5)  # type: ignore[arg-type]


def test_user_pool_creates_a_retained_pool() -> None:
    stack = new_validating_stack()
    pool = UserPool(stack, "Pool")
    template = assertions.Template.from_stack(stack)
    template.resource_count_is("AWS::Cognito::UserPool", 1)
    template.has_resource(
        "AWS::Cognito::UserPool", {"DeletionPolicy": "Retain", "UpdateReplacePolicy": "Retain"}
    )
    assert stack.resolve(pool.user_pool_id) == {"Ref": "PoolD3F588B8"}
    with pytest.raises(TypeError, match="missing 2 required positional arguments"):
        UserPool()  # type: ignore[call-arg]


# --------------------------------------------------------------------------------------------------
# add_client / add_resource_server
# --------------------------------------------------------------------------------------------------


def test_add_client() -> None:
    stack, pool = make_validating_stack()
    client = pool.add_client("Client", generate_secret=True, user_pool_client_name="svc")
    assert isinstance(client, UserPoolClient)
    assert client.node.path == "Stack/Pool/Client"
    assert client.user_pool_client_name == "svc"
    properties = client_resource(stack)["Properties"]
    assert properties["UserPoolId"] == POOL_ID
    assert properties["GenerateSecret"] is True
    assert properties["ClientName"] == "svc"
    logical_id = stack.get_logical_id(client.node.default_child)
    assert stack.resolve(logical_id).startswith("PoolClient")


def test_add_client_rejects_user_pool() -> None:
    _, pool = make_validating_stack()
    with pytest.raises(TypeError, match="add_client\\(\\) got an unexpected keyword argument 'user_pool'"):
        pool.add_client("Client", user_pool=pool)


def test_add_client_type_errors_use_the_argument_paths() -> None:
    _, pool = make_validating_stack()
    with pytest.raises(TypeError, match=r"^o_auth\.flows\.client_credentials: expected bool"):
        pool.add_client("Client", o_auth={"flows": {"client_credentials": 1}})


def test_add_resource_server() -> None:
    stack, pool = make_validating_stack()
    server = pool.add_resource_server("Server", identifier="orders")
    assert isinstance(server, UserPoolResourceServer)
    assert server.node.path == "Stack/Pool/Server"
    assertions.Template.from_stack(stack).has_resource_properties(
        SERVER_TYPE,
        {"Identifier": "orders", "Name": "orders", "UserPoolId": POOL_ID},
    )
    with pytest.raises(TypeError, match="unexpected keyword argument 'user_pool'"):
        pool.add_resource_server("Other", identifier="x", user_pool=pool)


# --------------------------------------------------------------------------------------------------
# Identity providers
# --------------------------------------------------------------------------------------------------


def test_registered_providers_are_the_client_default() -> None:
    stack, pool = make_validating_stack()
    pool.register_identity_provider(UserPoolIdentityProvider.from_provider_name(stack, "Saml", "MySAML"))
    pool.register_identity_provider(UserPoolIdentityProvider.from_provider_name(stack, "Google", "Google"))
    pool.add_client("Client")
    properties = client_resource(stack)["Properties"]
    assert properties["SupportedIdentityProviders"] == ["MySAML", "Google", "COGNITO"]


def test_registered_providers_collapse_duplicates_and_cognito() -> None:
    stack, pool = make_validating_stack()
    for index, name in enumerate(["B", "COGNITO", "B", "A"]):
        pool.register_identity_provider(UserPoolIdentityProvider.from_provider_name(stack, f"P{index}", name))
    pool.add_client("Client")
    assert client_resource(stack)["Properties"]["SupportedIdentityProviders"] == ["B", "COGNITO", "A"]


def test_explicit_providers_override_the_registered_ones() -> None:
    stack, pool = make_validating_stack()
    pool.register_identity_provider(UserPoolIdentityProvider.from_provider_name(stack, "Saml", "MySAML"))
    pool.add_client("Client", supported_identity_providers=[UserPoolClientIdentityProvider.FACEBOOK])
    assert client_resource(stack)["Properties"]["SupportedIdentityProviders"] == ["Facebook"]


def test_providers_registered_after_the_client_do_not_change_it() -> None:
    stack, pool = make_validating_stack()
    pool.add_client("Client")
    pool.register_identity_provider(UserPoolIdentityProvider.from_provider_name(stack, "Saml", "MySAML"))
    assert client_resource(stack)["Properties"]["SupportedIdentityProviders"] == ["COGNITO"]


def test_identity_providers_returns_a_copy() -> None:
    stack, pool = make_validating_stack()
    provider = UserPoolIdentityProvider.from_provider_name(stack, "Saml", "MySAML")
    pool.register_identity_provider(provider)
    providers = pool.identity_providers
    assert providers == [provider]
    providers.clear()
    providers.append("junk")
    assert pool.identity_providers == [provider]
    assert pool.identity_providers is not pool.identity_providers


def test_register_identity_provider_type_error() -> None:
    _, pool = make_validating_stack()
    with pytest.raises(
        TypeError, match=r"^register_identity_provider\(provider\): expected an IUserPoolIdentity"
    ):
        pool.register_identity_provider("MySAML")  # type: ignore[arg-type]
    assert pool.identity_providers == []


def test_user_pool_identity_provider_from_provider_name() -> None:
    stack = new_validating_stack()
    provider = UserPoolIdentityProvider.from_provider_name(stack, "Saml", "MySAML")
    assert provider.provider_name == "MySAML"
    assert isinstance(provider, core.Resource)
    assert provider.node.path == "Stack/Saml"
    assert "Resources" not in assertions.Template.from_stack(stack).to_json()
    with pytest.raises(TypeError, match=r"^UserPoolIdentityProvider\.from_provider_name\(provider_name\)"):
        UserPoolIdentityProvider.from_provider_name(stack, "Bad", None)  # type: ignore[arg-type]


def test_user_pool_identity_provider_cannot_be_instantiated() -> None:
    with pytest.raises(TypeError, match="from_provider_name"):
        UserPoolIdentityProvider()


# --------------------------------------------------------------------------------------------------
# Interop with aws_cdk.aws_cognito
# --------------------------------------------------------------------------------------------------


def test_client_of_a_jsii_user_pool_with_a_google_idp() -> None:
    stack = new_validating_stack()
    pool = jsii_cognito.UserPool(stack, "Pool")
    google = jsii_cognito.UserPoolIdentityProviderGoogle(
        stack, "Google", user_pool=pool, client_id="google-client", client_secret="google-secret"
    )
    client = UserPoolClient(stack, "Client", user_pool=pool)
    pool_id = stack.get_logical_id(pool.node.default_child)
    google_id = stack.get_logical_id(google.node.default_child)
    properties = client_resource(stack)["Properties"]
    assert properties["UserPoolId"] == {"Ref": stack.resolve(pool_id)}
    assert properties["SupportedIdentityProviders"] == [{"Ref": stack.resolve(google_id)}, "COGNITO"]
    assert stack.resolve(client.user_pool_client_id) == {
        "Ref": stack.resolve(stack.get_logical_id(client.node.default_child))
    }


def test_client_of_a_jsii_imported_pool() -> None:
    stack = new_validating_stack()
    pool = pool_of(stack, jsii_cognito)
    UserPoolClient(stack, "Client", user_pool=pool)
    assert client_resource(stack)["Properties"]["UserPoolId"] == POOL_ID
    assert client_resource(stack)["Properties"]["SupportedIdentityProviders"] == ["COGNITO"]


def test_client_of_a_jsii_pool_with_explicit_providers() -> None:
    stack = new_validating_stack()
    pool = jsii_cognito.UserPool(stack, "Pool")
    jsii_cognito.UserPoolIdentityProviderAmazon(
        stack, "Amazon", user_pool=pool, client_id="a", client_secret="b"
    )
    UserPoolClient(
        stack, "Client", user_pool=pool, supported_identity_providers=[UserPoolClientIdentityProvider.AMAZON]
    )
    assert client_resource(stack)["Properties"]["SupportedIdentityProviders"] == ["LoginWithAmazon"]
