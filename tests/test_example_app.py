"""The bundled example app synthesizes the template the README promises."""

from __future__ import annotations

import importlib.util
import pathlib
from typing import Any

from aws_cdk import assertions

EXAMPLE = pathlib.Path(__file__).resolve().parent.parent / "examples" / "app.py"


def _load_example() -> Any:
    spec = importlib.util.spec_from_file_location("example_app", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_example_app_template(tmp_path: pathlib.Path) -> None:
    example = _load_example()
    app = example.build_app(outdir=str(tmp_path))
    stack = app.node.find_child("CognitoClientsExample")
    template = assertions.Template.from_stack(stack)

    template.resource_count_is("AWS::Cognito::UserPoolClient", 2)
    template.resource_count_is("AWS::Cognito::UserPoolResourceServer", 1)
    template.has_resource_properties(
        "AWS::Cognito::UserPoolClient",
        {
            "UserPoolId": "us-east-1_AbCdEf123",
            "ClientName": "web-app",
            "AllowedOAuthFlows": ["code"],
            "AllowedOAuthFlowsUserPoolClient": True,
            "AllowedOAuthScopes": ["openid", "email", "profile"],
            "CallbackURLs": ["https://app.example.com/callback", "http://localhost:3000/callback"],
            "ExplicitAuthFlows": ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
            "PreventUserExistenceErrors": "ENABLED",
            "AccessTokenValidity": 30,
            "IdTokenValidity": 30,
            "RefreshTokenValidity": 10080,
            "TokenValidityUnits": {"AccessToken": "minutes", "IdToken": "minutes", "RefreshToken": "minutes"},
            "ReadAttributes": ["email", "email_verified", "name"],
        },
    )
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
            "UserPoolId": "us-east-1_AbCdEf123",
            "Scopes": [
                {"ScopeDescription": "Read orders", "ScopeName": "read"},
                {"ScopeDescription": "Create orders", "ScopeName": "write"},
            ],
        },
    )
