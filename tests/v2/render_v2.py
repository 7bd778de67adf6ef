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

import json
import os
import pathlib
import sys
import tempfile
from typing import Any

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "14,16,18,20,22,24,26")
os.environ.setdefault("JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION", "1")
os.environ.setdefault("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1")
# This file runs as a script, so cases.py is imported as a top-level module from this file's directory,
# put on sys.path here because Python leaves it out under `python -P` or PYTHONSAFEPATH.
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

import cases
from aws_cdk import App, Duration, Stack
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_iam as iam
from aws_cdk import aws_pinpoint as pinpoint

V2 = cases.Library(
    cognito=cognito,
    duration=Duration,
    application=lambda stack, logical_id: pinpoint.CfnApp(stack, logical_id, name="app"),
    role=lambda stack, role_arn: iam.Role.from_role_arn(stack, "Role", role_arn),
)


def render(case: dict[str, Any]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as outdir:
        app = App(outdir=outdir)
        stack = Stack(app, "S")

        def client_resources() -> list[dict[str, Any]]:
            template = app.synth().get_stack_by_name("S").template
            return [r for r in template["Resources"].values() if r["Type"] == cases.CLIENT_TYPE]

        return cases.render(V2, case, stack, client_resources)


def main() -> None:
    cases_in = json.load(sys.stdin)
    json.dump([render(case) for case in cases_in], sys.stdout)


if __name__ == "__main__":
    main()
