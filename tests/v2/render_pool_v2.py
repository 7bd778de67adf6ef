"""Render user-pool cases with aws-cdk-lib v2's ``aws_cognito.UserPool`` (run in ``.venv-v2``).

Reads a JSON list of cases from stdin (the neutral form of ``tests/v2/pool_cases.py``), builds each in a
fresh ``App``/``Stack("S")`` as a pool ``"Pool"``, and prints a JSON list of the results
:func:`pool_cases.render` describes. Functions, roles and keys are imported by ARN
(``Function.from_function_arn``, ``Role.from_role_arn``, ``Key.from_key_arn``).

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
# Run as a script: pool_cases.py (and the cases.py it imports) are top-level modules from this directory.
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

import aws_cdk
import pool_cases
from aws_cdk import App, Stack
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_

V2 = pool_cases.Library(
    cognito=cognito,
    core=aws_cdk,
    function=lambda stack, id, arn: lambda_.Function.from_function_arn(stack, id, arn),
    role=lambda stack, id, arn: iam.Role.from_role_arn(stack, id, arn),
    key=lambda stack, id, arn: kms.Key.from_key_arn(stack, id, arn),
)


def render(case: dict[str, Any]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as outdir:
        app = App(outdir=outdir)
        stack = Stack(app, "S")

        def synth() -> dict[str, Any]:
            template: dict[str, Any] = app.synth().get_stack_by_name("S").template
            return template

        return pool_cases.render(V2, case, stack, synth)


def main() -> None:
    cases_in = json.load(sys.stdin)
    json.dump([render(case) for case in cases_in], sys.stdout)


if __name__ == "__main__":
    main()
