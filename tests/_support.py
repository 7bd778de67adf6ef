"""Scaffolding shared by the template tests: a stack with an imported pool, and the client's defaults.

A plain module (not collected by pytest), imported as ``_support`` like ``rules_oracle``: ``tests/`` is on
``sys.path`` because its ``conftest.py`` sits in a folder without ``__init__.py``.
"""

from __future__ import annotations

from typing import Any

from aws_cdk import assertions, core

import cdk_cognito as cognito
from cdk_cognito import UserPoolClient

# The template tests pin down a reference's rendering, including of inputs Cognito would reject at
# deploy time, so the synth-time rules (tests/test_rules.py) are switched off in their apps.
RULES_OFF = {"@cdk-cognito/validation": "off"}

CLIENT_TYPE = "AWS::Cognito::UserPoolClient"
SERVER_TYPE = "AWS::Cognito::UserPoolResourceServer"
POOL_ID = "us-east-1_AbC123"
DEFAULT_SCOPES = ["profile", "phone", "email", "openid", "aws.cognito.signin.user.admin"]
# What a client with no props renders.
DEFAULT_PROPERTIES = {
    "UserPoolId": POOL_ID,
    "AllowedOAuthFlows": ["implicit", "code"],
    "AllowedOAuthFlowsUserPoolClient": True,
    "AllowedOAuthScopes": DEFAULT_SCOPES,
    "CallbackURLs": ["https://example.com"],
    "SupportedIdentityProviders": ["COGNITO"],
}
# The order in which v1's generated L1 (CfnUserPoolClient) renders its property keys.
L1_KEY_ORDER = [
    "UserPoolId",
    "AccessTokenValidity",
    "AllowedOAuthFlows",
    "AllowedOAuthFlowsUserPoolClient",
    "AllowedOAuthScopes",
    "AnalyticsConfiguration",
    "AuthSessionValidity",
    "CallbackURLs",
    "ClientName",
    "DefaultRedirectURI",
    "EnablePropagateAdditionalUserContextData",
    "EnableTokenRevocation",
    "ExplicitAuthFlows",
    "GenerateSecret",
    "IdTokenValidity",
    "LogoutURLs",
    "PreventUserExistenceErrors",
    "ReadAttributes",
    "RefreshTokenValidity",
    "SupportedIdentityProviders",
    "TokenValidityUnits",
    "WriteAttributes",
]


def new_stack() -> core.Stack:
    """A stack in an app of its own, with the synth-time rules off."""
    return core.Stack(core.App(context=RULES_OFF), "Stack")


def pool_of(scope: core.Construct, lib: Any = cognito) -> Any:
    """The pool POOL_ID imported into ``scope`` by ``lib`` (cdk_cognito, or aws_cdk.aws_cognito)."""
    return lib.UserPool.from_user_pool_id(scope, "Pool", POOL_ID)


def make_stack() -> tuple[core.Stack, Any]:
    stack = new_stack()
    return stack, pool_of(stack)


def new_validating_stack(**kwargs: Any) -> core.Stack:
    """A stack in an app of its own, with the synth-time rules in their default mode (error).

    For the rules' own tests, and for tests that run under the rules as an app would. ``kwargs`` go to
    ``core.Stack`` (``env=...``).
    """
    return core.Stack(core.App(), "Stack", **kwargs)


def make_validating_stack() -> tuple[core.Stack, Any]:
    """``make_stack`` with the synth-time rules in their default mode (error)."""
    stack = new_validating_stack()
    return stack, pool_of(stack)


def make_client(**kwargs: Any) -> tuple[core.Stack, UserPoolClient]:
    stack, pool = make_stack()
    return stack, UserPoolClient(stack, "Client", user_pool=pool, **kwargs)


def client_resource(stack: core.Stack) -> dict[str, Any]:
    """The stack's one UserPoolClient resource."""
    resources = assertions.Template.from_stack(stack).find_resources(CLIENT_TYPE)
    assert len(resources) == 1, resources
    return next(iter(resources.values()))


def client_properties(**kwargs: Any) -> dict[str, Any]:
    """The properties rendered for ``UserPoolClient(..., **kwargs)`` on a fresh stack."""
    stack, _ = make_client(**kwargs)
    properties: dict[str, Any] = client_resource(stack)["Properties"]
    return properties


def with_defaults(**overrides: Any) -> dict[str, Any]:
    """DEFAULT_PROPERTIES with keys replaced (a value of None removes the key, which must be there)."""
    result = dict(DEFAULT_PROPERTIES)
    for key, value in overrides.items():
        if value is None:
            result.pop(key)
        else:
            result[key] = value
    return result
