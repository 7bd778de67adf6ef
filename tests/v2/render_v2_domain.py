"""Render user pool domain cases with aws-cdk-lib v2's ``aws_cognito.UserPoolDomain`` (run in ``.venv-v2``).

Reads a JSON list of cases (``tests/v2/domain_cases.py``) from stdin, builds each in a fresh ``App`` and a
stack ``S`` (with the case's region, if any), and prints the JSON list of results that
``domain_cases.render`` returns.

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
# Run as a script: domain_cases.py is imported from this file's directory (see render_v2.py).
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

import domain_cases
from aws_cdk import App, Environment, Stack
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_cognito as cognito

V2 = domain_cases.Library(
    cognito=cognito,
    certificate=lambda stack, arn: acm.Certificate.from_certificate_arn(stack, "Cert", arn),
)


def render(case: dict[str, Any]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as outdir:
        app = App(outdir=outdir)
        env = Environment(region=case["region"]) if case["region"] else None
        stack = Stack(app, "S", env=env)

        def domain_resources() -> list[dict[str, Any]]:
            template = app.synth().get_stack_by_name("S").template
            return [r for r in template["Resources"].values() if r["Type"] == domain_cases.DOMAIN_TYPE]

        return domain_cases.render(V2, case, stack, domain_resources)


def main() -> None:
    json.dump([render(case) for case in json.load(sys.stdin)], sys.stdout)


if __name__ == "__main__":
    main()
