"""The bundled example app synthesizes the template the README promises."""

from __future__ import annotations

import importlib.util
import json
import pathlib
import subprocess
import sys
from typing import Any

import pytest
from aws_cdk import assertions, core

EXAMPLE = pathlib.Path(__file__).resolve().parent.parent / "examples" / "app.py"


def _load_example() -> Any:
    spec = importlib.util.spec_from_file_location("example_app", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _client_properties(template: assertions.Template, name: str) -> dict[str, Any]:
    """The properties of the one app client named ``name``."""
    clients = template.find_resources("AWS::Cognito::UserPoolClient", {"Properties": {"ClientName": name}})
    assert len(clients) == 1, clients
    properties: dict[str, Any] = next(iter(clients.values()))["Properties"]
    return properties


def test_example_app_template(tmp_path: pathlib.Path) -> None:
    example = _load_example()
    app = example.build_app(outdir=str(tmp_path))
    stack = app.node.find_child("CognitoClientsExample")
    template = assertions.Template.from_stack(stack)
    raw = template.to_json()
    (pool_id,) = [k for k, v in raw["Resources"].items() if v["Type"] == "AWS::Cognito::UserPool"]
    (provider_id,) = [
        k for k, v in raw["Resources"].items() if v["Type"] == "AWS::Cognito::UserPoolIdentityProvider"
    ]

    # Everything is made with cdk_cognito, the pool included: no SMS role (TOTP-only MFA), no Lambda.
    assert sorted(v["Type"] for v in raw["Resources"].values()) == [
        "AWS::Cognito::UserPool",
        "AWS::Cognito::UserPoolClient",
        "AWS::Cognito::UserPoolClient",
        "AWS::Cognito::UserPoolDomain",
        "AWS::Cognito::UserPoolIdentityProvider",
        "AWS::Cognito::UserPoolResourceServer",
    ]
    template.has_resource(
        "AWS::Cognito::UserPool",
        {
            "DeletionPolicy": "Retain",
            "Properties": {
                "UserPoolName": "customers",
                "UsernameAttributes": ["email"],
                "AutoVerifiedAttributes": ["email"],
                "AdminCreateUserConfig": {"AllowAdminCreateUserOnly": False},
                "MfaConfiguration": "OPTIONAL",
                "EnabledMfas": ["SOFTWARE_TOKEN_MFA"],
                "DeletionProtection": "ACTIVE",
                "AccountRecoverySetting": {"RecoveryMechanisms": [{"Name": "verified_email", "Priority": 1}]},
                "Policies": {"PasswordPolicy": {"MinimumLength": 12, "TemporaryPasswordValidityDays": 3}},
                "Schema": [
                    {"Mutable": True, "Name": "email", "Required": True},
                    {
                        "AttributeDataType": "String",
                        "Mutable": False,
                        "Name": "tenant_id",
                        "StringAttributeConstraints": {"MaxLength": "64", "MinLength": "1"},
                    },
                ],
            },
        },
    )
    template.has_resource_properties(
        "AWS::Cognito::UserPoolDomain", {"Domain": "example-shop-login", "UserPoolId": {"Ref": pool_id}}
    )
    template.has_resource_properties(
        "AWS::Cognito::UserPoolIdentityProvider",
        {"ProviderName": "CorporateSSO", "ProviderType": "OIDC", "UserPoolId": {"Ref": pool_id}},
    )
    sign_in_url = raw["Outputs"]["SignInUrl"]["Value"]
    assert "Fn::Join" in sign_in_url and "/login?client_id=" in json.dumps(sign_in_url)

    template.resource_count_is("AWS::Cognito::UserPoolClient", 2)
    template.resource_count_is("AWS::Cognito::UserPoolResourceServer", 1)
    # The web client, every property (in the order they are rendered), the v2 props included.
    assert list(_client_properties(template, "web-app").items()) == [
        ("UserPoolId", {"Ref": pool_id}),
        ("AccessTokenValidity", 30),
        ("AllowedOAuthFlows", ["code"]),
        ("AllowedOAuthFlowsUserPoolClient", True),
        ("AllowedOAuthScopes", ["openid", "email", "profile"]),
        # auth_session_validity (a v2 prop): always in minutes, so it has no TokenValidityUnits entry.
        ("AuthSessionValidity", 5),
        ("CallbackURLs", ["https://app.example.com/callback", "http://localhost:3000/callback"]),
        ("ClientName", "web-app"),
        # OAuthSettings.default_redirect_uri (a v2 prop): one of the CallbackURLs.
        ("DefaultRedirectURI", "https://app.example.com/callback"),
        # No refresh token rotation on this client, so refresh is an explicit flow.
        ("ExplicitAuthFlows", ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]),
        ("IdTokenValidity", 30),
        ("LogoutURLs", ["https://app.example.com/signed-out"]),
        ("PreventUserExistenceErrors", "ENABLED"),
        ("ReadAttributes", ["email", "email_verified", "name"]),
        ("RefreshTokenValidity", 10080),
        # The pool's registered provider, then COGNITO: the client's default.
        ("SupportedIdentityProviders", [{"Ref": provider_id}, "COGNITO"]),
        ("TokenValidityUnits", {"AccessToken": "minutes", "IdToken": "minutes", "RefreshToken": "minutes"}),
    ]
    template.has_resource_properties(
        "AWS::Cognito::UserPoolClient",
        {
            "ClientName": "billing-service",
            "GenerateSecret": True,
            "AllowedOAuthFlows": ["client_credentials"],
            "AllowedOAuthScopes": [
                {"Fn::Join": ["", [{"Ref": assertions.Match.string_like_regexp("OrdersApi")}, "/read"]]}
            ],
        },
    )
    template.has_resource_properties(
        "AWS::Cognito::UserPoolResourceServer",
        {
            "Identifier": "orders-api",
            "Name": "orders-api",
            "UserPoolId": {"Ref": pool_id},
            "Scopes": [
                {"ScopeDescription": "Read orders", "ScopeName": "read"},
                {"ScopeDescription": "Create orders", "ScopeName": "write"},
            ],
        },
    )


def test_example_interop_stack_uses_a_jsii_user_pool(tmp_path: pathlib.Path) -> None:
    example = _load_example()
    app = example.build_app(outdir=str(tmp_path), interop=True)
    stack = app.node.find_child("CognitoInteropExample")
    template = assertions.Template.from_stack(stack)
    raw = template.to_json()
    (pool_id,) = [k for k, v in raw["Resources"].items() if v["Type"] == "AWS::Cognito::UserPool"]
    (provider_id,) = [
        k for k, v in raw["Resources"].items() if v["Type"] == "AWS::Cognito::UserPoolIdentityProvider"
    ]

    template.resource_count_is("AWS::Cognito::UserPoolClient", 1)
    template.resource_count_is("AWS::Cognito::UserPoolDomain", 1)
    template.has_resource_properties(
        "AWS::Cognito::UserPoolClient",
        {
            "UserPoolId": {"Ref": pool_id},
            "ClientName": "customer-portal",
            "SupportedIdentityProviders": [{"Ref": provider_id}, "COGNITO"],
        },
    )
    assert stack.portal_client.user_pool_client_id is not None

    # refresh_token_rotation_grace_period (a v2 prop) turns rotation on, in whole seconds. With no
    # auth_flows the client has no ExplicitAuthFlows (with some, ALLOW_REFRESH_TOKEN_AUTH would be
    # left out while rotation is on).
    properties = _client_properties(template, "customer-portal")
    assert properties["RefreshTokenRotation"] == {"Feature": "ENABLED", "RetryGracePeriodSeconds": 10}
    assert "ExplicitAuthFlows" not in properties
    assert list(properties) == [
        "UserPoolId",
        "AllowedOAuthFlows",
        "AllowedOAuthFlowsUserPoolClient",
        "AllowedOAuthScopes",
        "CallbackURLs",
        "ClientName",
        "RefreshTokenRotation",
        "SupportedIdentityProviders",
    ]


def test_example_stacks_are_environment_agnostic_unless_context_pins_them(tmp_path: pathlib.Path) -> None:
    example = _load_example()
    agnostic = example.build_app(outdir=str(tmp_path / "a"), interop=True)
    for name in ("CognitoClientsExample", "CognitoInteropExample"):
        stack = agnostic.node.find_child(name)
        assert core.Token.is_unresolved(stack.account) and core.Token.is_unresolved(stack.region)

    pinned = example.build_app(
        outdir=str(tmp_path / "p"), interop=True, context={"account": "123456789012", "region": "eu-west-1"}
    )
    for name in ("CognitoClientsExample", "CognitoInteropExample"):
        stack = pinned.node.find_child(name)
        assert (stack.account, stack.region) == ("123456789012", "eu-west-1")


def test_example_without_the_reference_has_only_the_main_stack(tmp_path: pathlib.Path) -> None:
    """`make demo` installs cdk-cognito alone: app.py must run, and print, without aws_cdk.aws_cognito."""
    script = (
        "import runpy, sys\n"
        "sys.modules['aws_cdk.aws_cognito'] = None  # import fails, as where it is not installed\n"
        f"sys.argv = [{str(EXAMPLE)!r}, '--print']\n"
        f"runpy.run_path({str(EXAMPLE)!r}, run_name='__main__')\n"
        "loaded = [m for m, v in sys.modules.items() if v is not None]\n"
        "assert 'aws_cdk.aws_cognito' not in loaded\n"
        "# The pool's SMS role, Lambda permissions and grants need no other CDK module either.\n"
        "assert not [m for m in loaded if m.startswith(('aws_cdk.aws_iam', 'aws_cdk.aws_lambda'))]\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr
    template = json.loads(result.stdout)
    types = sorted(r["Type"] for r in template["Resources"].values())
    assert types == [
        "AWS::Cognito::UserPool",
        "AWS::Cognito::UserPoolClient",
        "AWS::Cognito::UserPoolClient",
        "AWS::Cognito::UserPoolDomain",
        "AWS::Cognito::UserPoolIdentityProvider",
        "AWS::Cognito::UserPoolResourceServer",
    ]
    assert set(template["Outputs"]) == {"UserPoolId", "WebClientId", "ServiceClientId", "SignInUrl"}

    # The same decision in-process: a fresh copy of the module, told the reference is missing.
    example = _load_example()
    example.aws_cognito = None
    assert not example.reference_installed()
    app = example.build_app(outdir=str(tmp_path / "default"))
    assert [c.node.id for c in app.node.children if isinstance(c, core.Stack)] == ["CognitoClientsExample"]
    with pytest.raises(RuntimeError, match=r"needs aws-cdk\.aws-cognito"):
        example.build_app(outdir=str(tmp_path / "forced"), interop=True)


def test_example_requirements_are_in_the_test_extra() -> None:
    """`make test` installs the test extra only; the CLI test then synthesizes examples/ with it."""
    import tomllib

    root = EXAMPLE.parent.parent
    project = tomllib.loads((root / "pyproject.toml").read_text())["project"]
    installed_by_make_test = set(project["dependencies"]) | set(project["optional-dependencies"]["test"])
    lines = (root / "examples" / "requirements.txt").read_text().splitlines()
    requirements = [line.split("#", 1)[0].strip() for line in lines]
    assert "cdk-cognito" in requirements
    assert [r for r in requirements if r and r != "cdk-cognito" and r not in installed_by_make_test] == []
