"""Example CDK v1 app: an imported user pool with a hosted-UI web client and a machine-to-machine client.

Run it with ``cdk synth`` (see cdk.json) or directly: ``python examples/app.py --print`` prints the template.
"""

from __future__ import annotations

import json
import sys

from aws_cdk import core

import cdk_cognito as cognito


class AuthStack(core.Stack):
    """App clients for an existing user pool."""

    def __init__(self, scope: core.Construct, id: str, **kwargs: object) -> None:
        super().__init__(scope, id, **kwargs)  # type: ignore[arg-type]

        pool = cognito.UserPool.from_user_pool_id(self, "Pool", "us-east-1_AbCdEf123")

        # A browser app that signs users in through the Cognito hosted UI.
        self.web_client = pool.add_client(
            "WebClient",
            user_pool_client_name="web-app",
            auth_flows=cognito.AuthFlow(user_srp=True),
            o_auth=cognito.OAuthSettings(
                flows=cognito.OAuthFlows(authorization_code_grant=True),
                callback_urls=["https://app.example.com/callback", "http://localhost:3000/callback"],
                logout_urls=["https://app.example.com/signed-out"],
                scopes=[cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
            ),
            prevent_user_existence_errors=True,
            access_token_validity=core.Duration.minutes(30),
            id_token_validity=core.Duration.minutes(30),
            refresh_token_validity=core.Duration.days(7),
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

        core.CfnOutput(self, "WebClientId", value=self.web_client.user_pool_client_id)
        core.CfnOutput(self, "ServiceClientId", value=self.service_client.user_pool_client_id)


def build_app(outdir: str | None = None) -> core.App:
    app = core.App(outdir=outdir)
    AuthStack(app, "CognitoClientsExample")
    return app


def main(argv: list[str]) -> None:
    app = build_app()
    assembly = app.synth()
    if "--print" in argv:
        template = assembly.get_stack_by_name("CognitoClientsExample").template
        print(json.dumps(template, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
