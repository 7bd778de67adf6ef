"""An app loads the modules of what it uses, and no others (names and helpers load on first use).

Each app runs in a fresh interpreter, synthesizes, and reports the ``cdk_cognito`` modules it
loaded. Loading a module costs every run of the app; what an app never touches must cost nothing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

PRELUDE = """
import json, sys
from aws_cdk import core
import cdk_cognito as cognito

app = core.App()
stack = core.Stack(app, "Stack")
"""

EPILOGUE = """
app.synth()
print(json.dumps(sorted(name for name in sys.modules if name.startswith("cdk_cognito"))))
"""

CLIENT_APP = """
pool = cognito.UserPool.from_user_pool_id(stack, "Pool", "us-east-1_AbC123")
pool.add_client(
    "Client",
    o_auth=cognito.OAuthSettings(
        flows=cognito.OAuthFlows(authorization_code_grant=True),
        callback_urls=["https://app.example.com/callback"],
        scopes=[cognito.OAuthScope.OPENID],
    ),
)
"""

POOL_APP = """
pool = cognito.UserPool(
    stack,
    "Pool",
    user_pool_name="shop",
    self_sign_up_enabled=True,
    sign_in_aliases=cognito.SignInAliases(email=True),
    password_policy=cognito.PasswordPolicy(min_length=10, temp_password_validity=core.Duration.days(3)),
    custom_attributes={"tier": cognito.StringAttribute(max_len=16), "age": cognito.NumberAttribute(min=0)},
    mfa=cognito.Mfa.OPTIONAL,
    mfa_second_factor=cognito.MfaSecondFactor(otp=True, sms=False),
    user_verification=cognito.UserVerificationConfig(email_subject="Verify"),
    account_recovery=cognito.AccountRecovery.EMAIL_ONLY,
)
server = pool.add_resource_server(
    "Api",
    identifier="api",
    scopes=[cognito.ResourceServerScope(scope_name="read", scope_description="Read")],
)
pool.add_client("Web", generate_secret=True, access_token_validity=core.Duration.minutes(30))
"""

FUNCTION = """
class Function:
    function_arn = "arn:aws:lambda:us-east-1:123456789012:function:trigger"
    function_name = "trigger"
    permissions_node = None

    def add_permission(self, id, *, principal, action=None, source_arn=None, **_):
        self.permitted = (id, principal, action, source_arn)
"""

EVERYTHING_APP = (
    FUNCTION
    + """
pool = cognito.UserPool(
    stack,
    "Pool",
    sign_in_aliases=cognito.SignInAliases(phone=True),
    mfa=cognito.Mfa.REQUIRED,
    email=cognito.UserPoolEmail.with_ses(from_email="noreply@example.com", ses_region="us-east-1"),
    lambda_triggers=cognito.UserPoolTriggers(pre_sign_up=Function()),
)
pool.add_client(
    "Client",
    analytics=cognito.AnalyticsConfiguration(
        application_id="app", external_id="ext", role="arn:aws:iam::123456789012:role/r"
    ),
)
pool.add_domain("Domain", cognito_domain=cognito.CognitoDomainOptions(domain_prefix="shop-login"))
"""
)


def loaded_by(app: str) -> set[str]:
    script = PRELUDE + textwrap.dedent(app) + EPILOGUE
    env = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, env=env, check=False
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


POOL_MODULES = {"cdk_cognito._pool_props", "cdk_cognito._pool_render", "cdk_cognito._rules._pool"}
OPTIONAL_MODULES = {
    "cdk_cognito._triggers",
    "cdk_cognito._iam",
    "cdk_cognito._email",
    "cdk_cognito._analytics",
    "cdk_cognito._domain",
    "cdk_cognito._rules._domain",
}


@pytest.mark.parametrize(
    ("app", "expected_absent"),
    [
        pytest.param(
            CLIENT_APP, POOL_MODULES | OPTIONAL_MODULES | {"cdk_cognito._pool_attributes"}, id="client"
        ),
        pytest.param(POOL_APP, OPTIONAL_MODULES | {"cdk_cognito._idps"}, id="pool"),
    ],
)
def test_an_app_loads_nothing_it_does_not_use(app: str, expected_absent: set[str]) -> None:
    loaded = loaded_by(app)
    assert "cdk_cognito._client" in loaded
    assert loaded.isdisjoint(expected_absent), sorted(loaded & expected_absent)


def test_an_app_that_uses_everything_loads_it() -> None:
    # The absent modules above are absent because nothing asked for them, not because of the test.
    loaded = loaded_by(EVERYTHING_APP)
    assert loaded >= POOL_MODULES | OPTIONAL_MODULES, sorted((POOL_MODULES | OPTIONAL_MODULES) - loaded)
