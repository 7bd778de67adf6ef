"""Parity of UserPoolDomain with aws-cdk-lib v2's own (``managed_login_version``, ``cloud_front_endpoint``).

Every case of :mod:`tests.v2.domain_cases` is rendered by v2 (``render_v2_domain.py``, run with
``.venv-v2/bin/python``; ``make v2-venv`` creates it) and by cdk_cognito here. The domain's ``Properties``
and every value read off it must be equal; errors must have the same class and message.

Known, deliberate differences, applied to v2's output before comparing:

* Key order: v2's L1 renders its keys alphabetically; cdk_cognito keeps v1's order (``Domain``,
  ``UserPoolId``, ``CustomDomainConfig``) and puts ``ManagedLoginVersion``, which v1's L1 lacks, last.
* Errors of methods (``sign_in_url``): jsii prefixes v2's message with its error code
  (``SignUrlSupportedClientsWithout: ``), v1's (and ours) with ``Error: ``.
"""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
from typing import Any

import pytest
from aws_cdk import assertions, core

import cdk_cognito as cognito

from . import domain_cases
from .domain_cases import CASES, DOMAIN_TYPE

ROOT = pathlib.Path(__file__).resolve().parents[2]
V2_PYTHON = pathlib.Path(os.environ.get("CDK_COGNITO_V2_PYTHON", ROOT / ".venv-v2" / "bin" / "python"))
RENDER_V2 = pathlib.Path(__file__).with_name("render_v2_domain.py")
V1_KEY_ORDER = ["Domain", "UserPoolId", "CustomDomainConfig", "ManagedLoginVersion"]

pytestmark = pytest.mark.skipif(
    not V2_PYTHON.exists(),
    reason=f"aws-cdk-lib v2 virtualenv missing ({V2_PYTHON}); create it with `make v2-venv`",
)


class _Certificate:
    """An imported certificate: its ARN (cdk_cognito takes any object with ``certificate_arn``)."""

    def __init__(self, stack: core.Stack, arn: str) -> None:
        self.certificate_arn = arn


OURS = domain_cases.Library(cognito=cognito, certificate=_Certificate)


@pytest.fixture(scope="module")
def v2_results() -> dict[str, dict[str, Any]]:
    completed = subprocess.run(
        [str(V2_PYTHON), str(RENDER_V2)],
        input=json.dumps(CASES),
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert completed.returncode == 0, completed.stderr[-4000:]
    return {result["name"]: result for result in json.loads(completed.stdout)}


def render_ours(case: dict[str, Any]) -> dict[str, Any]:
    app = core.App(context={cognito.VALIDATION_CONTEXT_KEY: "off"})
    env = core.Environment(region=case["region"]) if case["region"] else None
    stack = core.Stack(app, "S", env=env)

    def domain_resources() -> list[dict[str, Any]]:
        return list(assertions.Template.from_stack(stack).find_resources(DOMAIN_TYPE).values())

    return domain_cases.render(OURS, case, stack, domain_resources)


def _method_error(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"error"}:
        code, message = value["error"]["message"].split(": ", 1)
        assert code.isidentifier() and code[0].isupper(), value
        return {"error": {**value["error"], "message": f"Error: {message}"}}
    return value


def expected_from_v2(v2: dict[str, Any]) -> dict[str, Any]:
    """v2's result with the deliberate differences (see the module docstring) applied."""
    expected = dict(v2)
    if "properties" in v2:
        properties = v2["properties"]
        assert set(properties) <= set(V1_KEY_ORDER), properties
        expected["properties"] = {key: properties[key] for key in V1_KEY_ORDER if key in properties}
        expected["values"] = [_method_error(value) for value in v2["values"]]
    return expected


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_v2_domain_parity(case: dict[str, Any], v2_results: dict[str, dict[str, Any]]) -> None:
    expected = expected_from_v2(v2_results[case["name"]])
    ours = render_ours(case)
    assert ours == expected
    if "properties" in expected:
        assert json.dumps(ours["properties"]) == json.dumps(expected["properties"])


def test_cases_cover_managed_login_and_every_read(v2_results: dict[str, dict[str, Any]]) -> None:
    rendered = {
        result["properties"].get("ManagedLoginVersion")
        for result in v2_results.values()
        if "properties" in result
    }
    assert rendered == {None, 1, 2}
    reads = {op[0] for case in CASES for op in case["reads"]}
    assert reads == {"domain_name", "base_url", "sign_in_url", "cloud_front_endpoint", "from_domain_name"}
    assert any("error" in result for result in v2_results.values())
