#!/usr/bin/env python3
"""Example CDK v1 app built with cdk-cognito.

- ``CognitoClientsExample``: everything on ``aws-cdk.core`` alone: a user pool (email sign-in, a password
  policy, optional TOTP MFA, a custom attribute), a corporate OIDC identity provider, a hosted-UI domain,
  a hosted-UI web client, a resource server with two scopes and a machine-to-machine client that may
  use one of them.
- ``CognitoInteropExample``: a user pool created with ``aws_cdk.aws_cognito`` (with an OIDC identity
  provider and a hosted-UI domain) and a ``cdk_cognito.UserPoolClient`` for it. It is synthesized only
  when ``aws-cdk.aws-cognito`` is installed (``pip install -r requirements.txt``).

Both web clients also use props that only aws-cdk-lib v2 has, which cdk-cognito offers on v1:
``auth_session_validity``, ``OAuthSettings(default_redirect_uri=...)`` and
``refresh_token_rotation_grace_period``.

Run it with the CDK CLI (``npx cdk synth``; ``cdk.json`` says how to start the app), or directly:
``python app.py --print`` prints the template of ``CognitoClientsExample``.

The stacks are environment-agnostic: one template deploys to any account and region. To pin them, pass
context: ``cdk synth -c account=123456789012 -c region=eu-west-1``.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from aws_cdk import core

import cdk_cognito as cognito

try:  # Only the interop stack needs the reference module.
    from aws_cdk import aws_cognito
except ImportError:  # pragma: no cover - exercised by `make demo`, which installs only cdk-cognito
    aws_cognito = None

MAIN_STACK = "CognitoClientsExample"
INTEROP_STACK = "CognitoInteropExample"


class AuthStack(core.Stack):
    """A user pool, its identity provider and domain, and its app clients: cdk_cognito only."""

    def __init__(self, scope: core.Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)

        pool = cognito.UserPool(
            self,
            "UserPool",
            user_pool_name="customers",
            self_sign_up_enabled=True,
            # Users sign in with their email address, which Cognito verifies at sign-up.
            sign_in_aliases=cognito.SignInAliases(email=True),
            standard_attributes=cognito.StandardAttributes(
                email=cognito.StandardAttribute(required=True, mutable=True)
            ),
            custom_attributes={"tenant_id": cognito.StringAttribute(min_len=1, max_len=64, mutable=False)},
            password_policy=cognito.PasswordPolicy(
                min_length=12, temp_password_validity=core.Duration.days(3)
            ),
            # TOTP apps only: SMS MFA would need an SMS role and a spending limit on the account.
            mfa=cognito.Mfa.OPTIONAL,
            mfa_second_factor=cognito.MfaSecondFactor(sms=False, otp=True),
            account_recovery=cognito.AccountRecovery.EMAIL_ONLY,
            # (v2 prop) CloudFormation cannot delete the pool (and its users) while this is on.
            deletion_protection=True,
        )
        self.user_pool = pool

        # Registers itself with the pool, so the pool's clients offer it by default.
        cognito.UserPoolIdentityProviderOidc(
            self,
            "CorporateSso",
            user_pool=pool,
            name="CorporateSSO",
            client_id="cognito-example",
            # A dynamic reference: CloudFormation reads the secret at deploy time, the template holds none.
            client_secret=core.SecretValue.secrets_manager("corporate-sso/client-secret").unsafe_unwrap(),
            issuer_url="https://sso.example.com",
            scopes=["openid", "email"],
            attribute_mapping=cognito.AttributeMapping(email=cognito.ProviderAttribute.other("email")),
        )
        # Cognito refuses prefixes that hold "aws", "amazon" or "cognito" (rule D3 says so at synth).
        self.domain = pool.add_domain(
            "HostedUi", cognito_domain=cognito.CognitoDomainOptions(domain_prefix="example-shop-login")
        )

        # A browser app that signs users in through the Cognito hosted UI.
        self.web_client = pool.add_client(
            "WebClient",
            user_pool_client_name="web-app",
            auth_flows=cognito.AuthFlow(user_srp=True),
            o_auth=cognito.OAuthSettings(
                flows=cognito.OAuthFlows(authorization_code_grant=True),
                callback_urls=["https://app.example.com/callback", "http://localhost:3000/callback"],
                # (v2 prop) Where the hosted UI sends users when a request names no redirect_uri; it must
                # be one of the callback URLs.
                default_redirect_uri="https://app.example.com/callback",
                logout_urls=["https://app.example.com/signed-out"],
                scopes=[cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
            ),
            prevent_user_existence_errors=True,
            access_token_validity=core.Duration.minutes(30),
            id_token_validity=core.Duration.minutes(30),
            refresh_token_validity=core.Duration.days(7),
            # (v2 prop) A sign-in left half-done (say, at the MFA code) expires after 5 minutes
            # instead of Cognito's default 3; 3 to 15 minutes are allowed.
            auth_session_validity=core.Duration.minutes(5),
            read_attributes=cognito.ClientAttributes().with_standard_attributes(
                email=True, email_verified=True, fullname=True
            ),
        )

        # A back-end service that calls the orders API with the client-credentials grant.
        read_scope = cognito.ResourceServerScope(scope_name="read", scope_description="Read orders")
        write_scope = cognito.ResourceServerScope(scope_name="write", scope_description="Create orders")
        orders_api = pool.add_resource_server(
            "OrdersApi", identifier="orders-api", scopes=[read_scope, write_scope]
        )
        self.service_client = cognito.UserPoolClient(
            self,
            "ServiceClient",
            user_pool=pool,
            user_pool_client_name="billing-service",
            generate_secret=True,
            o_auth=cognito.OAuthSettings(
                flows=cognito.OAuthFlows(client_credentials=True),
                scopes=[cognito.OAuthScope.resource_server(orders_api, read_scope)],
            ),
        )

        core.CfnOutput(self, "UserPoolId", value=pool.user_pool_id)
        core.CfnOutput(self, "WebClientId", value=self.web_client.user_pool_client_id)
        core.CfnOutput(self, "ServiceClientId", value=self.service_client.user_pool_client_id)
        core.CfnOutput(
            self,
            "SignInUrl",
            value=self.domain.sign_in_url(self.web_client, redirect_uri="https://app.example.com/callback"),
        )


class InteropStack(core.Stack):
    """A user pool created with ``aws_cdk.aws_cognito``, and a ``cdk_cognito`` client of it."""

    def __init__(self, scope: core.Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        if aws_cognito is None:
            raise RuntimeError(f"{id} needs aws-cdk.aws-cognito: pip install 'aws-cdk.aws-cognito==1.204.*'")

        self.user_pool = aws_cognito.UserPool(
            self,
            "UserPool",
            user_pool_name="customers",
            self_sign_up_enabled=True,
            sign_in_aliases=aws_cognito.SignInAliases(email=True),
        )
        # Registers itself with the pool, so clients of the pool offer it by default.
        aws_cognito.UserPoolIdentityProviderOidc(
            self,
            "CorporateSso",
            user_pool=self.user_pool,
            name="CorporateSSO",
            client_id="cognito-example",
            # A dynamic reference: CloudFormation reads the secret at deploy time, the template holds none.
            client_secret=core.SecretValue.secrets_manager("corporate-sso/client-secret").unsafe_unwrap(),
            issuer_url="https://sso.example.com",
            scopes=["openid", "email"],
            attribute_mapping=aws_cognito.AttributeMapping(
                email=aws_cognito.ProviderAttribute.other("email")
            ),
        )
        domain = self.user_pool.add_domain(
            "HostedUi", cognito_domain=aws_cognito.CognitoDomainOptions(domain_prefix="example-portal-login")
        )

        # Our construct accepts the jsii pool as `user_pool`. With no `supported_identity_providers`,
        # the client allows the pool's registered providers plus COGNITO, as aws_cognito's client does.
        self.portal_client = cognito.UserPoolClient(
            self,
            "PortalClient",
            user_pool=self.user_pool,
            user_pool_client_name="customer-portal",
            o_auth=cognito.OAuthSettings(
                flows=cognito.OAuthFlows(authorization_code_grant=True),
                callback_urls=["https://portal.example.com/callback"],
                scopes=[cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL],
            ),
            # (v2 prop) Refresh token rotation: each refresh returns a new refresh token, and the one
            # it replaces still works for 10 seconds (0 to 60 are allowed), for a retried request.
            refresh_token_rotation_grace_period=core.Duration.seconds(10),
        )

        core.CfnOutput(self, "UserPoolId", value=self.user_pool.user_pool_id)
        core.CfnOutput(self, "PortalClientId", value=self.portal_client.user_pool_client_id)
        core.CfnOutput(self, "HostedUiUrl", value=domain.base_url())


def reference_installed() -> bool:
    """True when ``aws_cdk.aws_cognito`` (needed by the interop stack) can be imported."""
    return aws_cognito is not None


def build_app(
    outdir: str | None = None, *, interop: bool | None = None, context: dict[str, Any] | None = None
) -> core.App:
    """The app: always the main stack; the interop stack when ``interop`` (default: if it can be built)."""
    app = core.App(outdir=outdir, context=context)
    account = app.node.try_get_context("account")
    region = app.node.try_get_context("region")
    env = core.Environment(account=account, region=region) if account or region else None

    AuthStack(app, MAIN_STACK, env=env)
    if reference_installed() if interop is None else interop:
        InteropStack(app, INTEROP_STACK, env=env)
    return app


def main(argv: list[str]) -> None:
    app = build_app()
    assembly = app.synth()
    if "--print" in argv:
        template = assembly.get_stack_by_name(MAIN_STACK).template
        print(json.dumps(template, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
