"""Render app-client cases with aws-cdk-lib v2's ``aws_cognito.UserPoolClient`` (run in ``.venv-v2``).

Reads a JSON list of cases from stdin; each case is ``{"name": ..., "props": {...}}`` with the props in
the neutral form described in ``tests/v2/cases.py``. Builds each in a fresh ``App``/``Stack("S")`` with
``UserPool.from_user_pool_id(stack, "Pool", POOL_ID)`` and a client ``"Client"``, and prints a JSON list
of results: ``{"name", "properties"}`` (the client resource's ``Properties``, key order kept) or
``{"name", "error": {"class", "message"}}``. With ``"read_secret": true`` the result also holds
``"secret"``: ``"ok"`` or the error message of ``user_pool_client_secret``; with ``"import_secret": true``
the message that an imported client's ``user_pool_client_secret`` raises.

This file imports aws-cdk-lib v2, so it never runs in the main virtualenv (which has CDK v1).
"""

from __future__ import annotations

import builtins
import json
import os
import sys
import tempfile
from typing import Any

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "14,16,18,20,22,24,26")
os.environ.setdefault("JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION", "1")
os.environ.setdefault("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1")

from aws_cdk import App, Duration, Stack
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_iam as iam
from aws_cdk import aws_pinpoint as pinpoint

POOL_ID = "us-east-1_AbC123"
CLIENT_TYPE = "AWS::Cognito::UserPoolClient"


def duration(value: dict[str, Any]) -> Duration:
    ((unit, amount),) = value.items()
    return getattr(Duration, unit)(amount)


def attributes(value: dict[str, Any]) -> cognito.ClientAttributes:
    result = cognito.ClientAttributes()
    if "standard" in value:
        result = result.with_standard_attributes(**value["standard"])
    if "custom" in value:
        result = result.with_custom_attributes(*value["custom"])
    return result


def build_kwargs(stack: Stack, props: dict[str, Any]) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    for key, value in props.items():
        if key.endswith(("_validity", "_grace_period")):
            kwargs[key] = duration(value)
        elif key == "auth_flows":
            kwargs[key] = cognito.AuthFlow(**value)
        elif key == "o_auth":
            settings = dict(value)
            if "flows" in settings:
                settings["flows"] = cognito.OAuthFlows(**settings["flows"])
            if "scopes" in settings:
                settings["scopes"] = [cognito.OAuthScope.custom(name) for name in settings["scopes"]]
            kwargs[key] = cognito.OAuthSettings(**settings)
        elif key == "supported_identity_providers":
            kwargs[key] = [cognito.UserPoolClientIdentityProvider.custom(name) for name in value]
        elif key in ("read_attributes", "write_attributes"):
            kwargs[key] = attributes(value)
        elif key == "analytics":
            analytics = dict(value)
            if "application" in analytics:  # {"cfn_app": logical id}
                analytics["application"] = pinpoint.CfnApp(
                    stack, analytics["application"]["cfn_app"], name="app"
                )
            if "role" in analytics:  # a role ARN
                analytics["role"] = iam.Role.from_role_arn(stack, "Role", analytics["role"])
            kwargs[key] = cognito.AnalyticsConfiguration(**analytics)
        else:
            kwargs[key] = value
    return kwargs


def builtin_class(exc: BaseException) -> str:
    for cls in type(exc).__mro__:
        if cls.__module__ == builtins.__name__:
            return cls.__name__
    return type(exc).__name__  # pragma: no cover


def render(case: dict[str, Any]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as outdir:
        return _render(case, outdir)


def _render(case: dict[str, Any], outdir: str) -> dict[str, Any]:
    result: dict[str, Any] = {"name": case["name"]}
    app = App(outdir=outdir)
    stack = Stack(app, "S")
    pool = cognito.UserPool.from_user_pool_id(stack, "Pool", POOL_ID)
    try:
        client = cognito.UserPoolClient(stack, "Client", user_pool=pool, **build_kwargs(stack, case["props"]))
        if case.get("read_secret"):
            try:
                client.user_pool_client_secret  # noqa: B018
                result["secret"] = "ok"
            except RuntimeError as error:
                result["secret"] = str(error)
        if case.get("import_secret"):
            imported = cognito.UserPoolClient.from_user_pool_client_id(stack, "Imported", "abc123")
            try:
                imported.user_pool_client_secret  # noqa: B018
                result["import_secret"] = "ok"
            except RuntimeError as error:
                result["import_secret"] = str(error)
        template = app.synth().get_stack_by_name("S").template
    except Exception as error:
        result["error"] = {"class": builtin_class(error), "message": str(error)}
        return result
    (resource,) = [r for r in template["Resources"].values() if r["Type"] == CLIENT_TYPE]
    result["properties"] = resource["Properties"]
    return result


def main() -> None:
    cases = json.load(sys.stdin)
    json.dump([render(case) for case in cases], sys.stdout)


if __name__ == "__main__":
    main()
