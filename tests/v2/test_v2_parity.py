"""Parity of the aws-cdk-lib v2 props with aws-cdk-lib v2's own ``aws_cognito.UserPoolClient``.

Every case of :mod:`tests.v2.cases` is rendered by v2 (``render_v2.py``, run with ``.venv-v2/bin/python``
because aws-cdk-lib v2 and CDK v1 cannot share a virtualenv; ``make v2-venv`` creates it) and by
cdk_cognito here. The client's ``Properties`` must be equal in full and in key order, and errors must
have the same class and, for value errors, the same message.

Known, deliberate differences, applied to v2's output before comparing:

* ``UserPoolId``: v1's generated L1 renders it first, v2's in its alphabetical slot.
* An ``auth_flows`` that enables no flow: v1 (and so cdk_cognito) emits no ``ExplicitAuthFlows``; v2
  emits ``["ALLOW_REFRESH_TOKEN_AUTH"]``, or ``[]`` when refresh token rotation is on. v1's behaviour
  wins for inputs v1 accepts, and stays the same when rotation is added.
* ``user_pool_client_secret`` errors: the message text is v2's; jsii prefixes v2's with its error code
  (``UserPoolClientSecretAvailable: ``), ours with ``Error: `` as v1's getters' errors are.
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

from . import cases
from .cases import ALL_CASES, CLIENT_TYPE, NEW_PROPS

ROOT = pathlib.Path(__file__).resolve().parents[2]
V2_PYTHON = pathlib.Path(os.environ.get("CDK_COGNITO_V2_PYTHON", ROOT / ".venv-v2" / "bin" / "python"))
RENDER_V2 = pathlib.Path(__file__).with_name("render_v2.py")

pytestmark = pytest.mark.skipif(
    not V2_PYTHON.exists(),
    reason=f"aws-cdk-lib v2 virtualenv missing ({V2_PYTHON}); create it with `make v2-venv`",
)


@pytest.fixture(scope="module")
def v2_results() -> dict[str, dict[str, Any]]:
    completed = subprocess.run(
        [str(V2_PYTHON), str(RENDER_V2)],
        input=json.dumps(ALL_CASES),
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert completed.returncode == 0, completed.stderr[-4000:]
    return {result["name"]: result for result in json.loads(completed.stdout)}


class _App:
    """Stands for a Pinpoint application: ``attr_arn``, as ``aws_pinpoint.CfnApp`` has it."""

    def __init__(self, stack: core.Stack, logical_id: str) -> None:
        resource = core.CfnResource(stack, logical_id, type="AWS::Pinpoint::App", properties={"Name": "app"})
        self.attr_arn = core.Token.as_string(resource.get_att("Arn"))


# cdk_cognito takes the analytics role as its ARN.
OURS = cases.Library(cognito=cognito, duration=core.Duration, application=_App, role=lambda stack, arn: arn)


def render_ours(case: dict[str, Any]) -> dict[str, Any]:
    # Parity with v2, which has no synth-time rules: ours with its rules off (tests/test_rules.py).
    app = core.App(context={cognito.VALIDATION_CONTEXT_KEY: "off"})
    stack = core.Stack(app, "S")

    def client_resources() -> list[dict[str, Any]]:
        return list(assertions.Template.from_stack(stack).find_resources(CLIENT_TYPE).values())

    return cases.render(OURS, case, stack, client_resources)


def expected_from_v2(case: dict[str, Any], v2: dict[str, Any]) -> dict[str, Any]:
    """v2's result with the deliberate differences (see the module docstring) applied."""
    expected = dict(v2)
    if "properties" in v2:
        properties = dict(v2["properties"])
        flows = case["props"].get("auth_flows")
        if flows is not None and flows and not any(flows.values()):
            rotation = "refresh_token_rotation_grace_period" in case["props"]
            assert properties.pop("ExplicitAuthFlows") == ([] if rotation else ["ALLOW_REFRESH_TOKEN_AUTH"])
        expected["properties"] = {"UserPoolId": properties.pop("UserPoolId"), **properties}
    for key in ("secret", "import_secret"):
        if key in v2 and v2[key] != "ok":
            code, message = v2[key].split(": ", 1)
            assert code == "UserPoolClientSecretAvailable", v2[key]
            expected[key] = f"Error: {message}"
    return expected


@pytest.mark.parametrize("case", ALL_CASES, ids=[case["name"] for case in ALL_CASES])
def test_v2_parity(case: dict[str, Any], v2_results: dict[str, dict[str, Any]]) -> None:
    expected = expected_from_v2(case, v2_results[case["name"]])
    ours = render_ours(case)
    assert ours == expected
    if "properties" in expected:
        assert list(ours["properties"]) == list(expected["properties"])
        assert list(ours["properties"].get("AnalyticsConfiguration", {})) == list(
            expected["properties"].get("AnalyticsConfiguration", {})
        )


def test_cases_cover_every_new_prop_valid_and_invalid(v2_results: dict[str, dict[str, Any]]) -> None:
    for prop in NEW_PROPS:
        outcomes = {"error" in v2_results[c["name"]] for c in ALL_CASES if prop in c["props"]}
        assert outcomes == {True, False}, prop
    redirect = [c for c in ALL_CASES if "default_redirect_uri" in c["props"].get("o_auth", {})]
    assert {"error" in v2_results[c["name"]] for c in redirect} == {True, False}
    assert any(c["props"].get("auth_flows", {}).get("user") for c in ALL_CASES)
