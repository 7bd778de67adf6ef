"""Parity of the SAML provider and the v2 provider props with aws-cdk-lib v2's own ``aws_cognito``.

Every case of :mod:`tests.v2.idp_cases` is rendered by v2 (``render_idps_v2.py`` in ``.venv-v2``) and by
cdk_cognito here. The provider's ``Properties`` must be equal, ``ProviderDetails`` and
``AttributeMapping`` in key order; errors must be of v2's class (ours may also be a ``TypeError``, the
class v1 raises for a missing argument) and, for v2's value errors, have the same message.

Known, deliberate differences, applied to v2's output before comparing:

* The resource's keys are in v1's L1 order (``ProviderName``, ``ProviderType``, ``UserPoolId``, ...),
  v2's L1 sorts them.
* aws-cdk-lib v2 checks an OIDC provider's name against Cognito's pattern
  (``Expected provider name must match ...``); v1 does not, so cdk_cognito renders such names, as v1.
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

from . import idp_cases
from .idp_cases import CASES, V1_KEY_ORDER

ROOT = pathlib.Path(__file__).resolve().parents[2]
V2_PYTHON = pathlib.Path(os.environ.get("CDK_COGNITO_V2_PYTHON", ROOT / ".venv-v2" / "bin" / "python"))
RENDER_V2 = pathlib.Path(__file__).with_name("render_idps_v2.py")
OIDC_PATTERN_ERROR = "Expected provider name must match "

pytestmark = pytest.mark.skipif(
    not V2_PYTHON.exists(),
    reason=f"aws-cdk-lib v2 virtualenv missing ({V2_PYTHON}); create it with `make v2-venv`",
)


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


OURS = idp_cases.Library(
    cognito=cognito,
    secret=core.SecretValue.plain_text,
    construct=core.Construct,
    nested_stack=core.NestedStack,
)


def idp_resources(stack: core.Stack) -> list[dict[str, Any]]:
    return list(assertions.Template.from_stack(stack).find_resources(idp_cases.IDP_TYPE).values())


def render_ours(case: dict[str, Any]) -> dict[str, Any]:
    # v2 has no synth-time rules: ours with its rules off.
    stack = core.Stack(core.App(context={cognito.VALIDATION_CONTEXT_KEY: "off"}), "S")
    return idp_cases.render(OURS, case, stack, idp_resources)


def test_ours_match_v2(v2_results: dict[str, dict[str, Any]]) -> None:
    problems = []
    for case in CASES:
        v2, ours = v2_results[case["name"]], render_ours(case)
        problem = _difference(case, v2, ours)
        if problem:
            problems.append(f"{case['name']}: {problem}")
    assert not problems, "\n".join(problems)


def _difference(case: dict[str, Any], v2: dict[str, Any], ours: dict[str, Any]) -> str | None:
    if "error" in v2 and v2["error"]["message"].startswith(OIDC_PATTERN_ERROR):
        if "properties" not in ours:
            return f"v1 accepts the name, ours raised {ours['error']}"
        return None if ours["properties"]["ProviderName"] == case["props"]["name"] else f"name: {ours}"
    if "error" in v2:
        if "error" not in ours:
            return f"v2 raised {v2['error']}, ours rendered {ours['properties']}"
        expected_class = v2["error"]["classes"][0]
        if expected_class not in ours["error"]["classes"]:
            return f"v2 raised {expected_class}, ours {ours['error']}"
        if expected_class == "RuntimeError" and v2["error"]["message"] != ours["error"]["message"]:
            return f"messages differ: v2 {v2['error']['message']!r}, ours {ours['error']['message']!r}"
        return None
    if "error" in ours:
        return f"ours raised {ours['error']}, v2 rendered {v2['properties']}"
    expected = {key: v2["properties"][key] for key in V1_KEY_ORDER if key in v2["properties"]}
    assert set(expected) == set(v2["properties"]), v2
    if json.dumps(ours["properties"]) != json.dumps(expected):
        return f"properties differ:\n  v2:   {json.dumps(expected)}\n  ours: {json.dumps(ours['properties'])}"
    return None


def test_cases_cover_valid_and_invalid_v2_props(v2_results: dict[str, dict[str, Any]]) -> None:
    for prop in ("client_secret_value", "private_key_value", "name", "metadata"):
        outcomes = {"error" in v2_results[c["name"]] for c in CASES if prop in c["props"]}
        assert outcomes == {True, False}, prop
    saml = [c for c in CASES if c["provider"] == "saml"]
    props = {key for c in saml for key in c["props"]}
    assert props == {
        "metadata",
        "name",
        "identifiers",
        "idp_signout",
        "encrypted_responses",
        "request_signing_algorithm",
        "idp_initiated",
        "attribute_mapping",
    }
    assert any(
        v2_results[c["name"]].get("error", {}).get("message", "").startswith(OIDC_PATTERN_ERROR)
        for c in CASES
    )
