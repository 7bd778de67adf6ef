"""Render identity-provider cases with aws-cdk-lib v2's ``aws_cognito`` (run in ``.venv-v2``).

Reads a JSON list of cases (the form of ``tests/v2/idp_cases.py``) from stdin and prints a JSON list of
results: ``{"name", "properties"}`` (the provider resource's ``Properties``, key order kept) or
``{"name", "error": {"classes", "message"}}``.

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
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

import idp_cases
from aws_cdk import App, NestedStack, SecretValue, Stack, assertions
from aws_cdk import aws_cognito as cognito
from constructs import Construct

V2 = idp_cases.Library(
    cognito=cognito,
    secret=SecretValue.unsafe_plain_text,
    construct=Construct,
    nested_stack=NestedStack,
)


def idp_resources(stack: Any) -> list[dict[str, Any]]:
    return list(assertions.Template.from_stack(stack).find_resources(idp_cases.IDP_TYPE).values())


def render(case: dict[str, Any]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as outdir:
        app = App(outdir=outdir)
        return idp_cases.render(V2, case, Stack(app, "S"), idp_resources)


def main() -> None:
    json.dump([render(case) for case in json.load(sys.stdin)], sys.stdout)


if __name__ == "__main__":
    main()
