"""Parity of the user pool's aws-cdk-lib v2 props with aws-cdk-lib v2's own ``aws_cognito.UserPool``.

Every case of :mod:`tests.v2.pool_cases` is rendered by v2 (``render_pool_v2.py``, run with
``.venv-v2/bin/python``: aws-cdk-lib v2 and CDK v1 cannot share a virtualenv) and by cdk_cognito here.
Compared: the ``AWS::Cognito::UserPool`` resource's ``Properties`` (values exactly, and the key order of
every nested object), its deletion policies, the logical ids of the pool and of its SMS role, the role's
``Properties``, the outcome of every step, and errors (class and message).

Known, deliberate differences, applied to v2's output before comparing:

* The top-level key order of ``Properties``: v2's generated L1 renders the keys in ASCII order
  (``UserPoolTags`` < ``UserPoolTier`` < ``UsernameAttributes``), v1's (and so cdk_cognito, with the v2
  keys slotted in) in case-insensitive order (``UsernameAttributes`` < ``UserPoolTags``). The key *sets*
  must be equal, and each side's order is checked to be its own rule.
* Errors raised by ``add_trigger``: the message text is v2's; jsii prefixes v2's with the error's code
  (``TriggerOperation: ``), ours with ``Error: `` as v1's methods' errors are.

Inputs where v1 and v2 disagree are left out of the cases (cdk_cognito follows v1 there; see
:func:`tests.v2.pool_cases.random_cases`).
"""

from __future__ import annotations

import json
import os
import pathlib
import re
import subprocess
from typing import Any

import pytest
from aws_cdk import assertions, core
from aws_cdk import aws_cognito as v1_cognito
from aws_cdk import aws_iam as v1_iam
from aws_cdk import aws_kms as v1_kms
from aws_cdk import aws_lambda as v1_lambda

import cdk_cognito as cognito

from .pool_cases import (
    ALL_CASES,
    NEW_PROPS,
    TOKENS_NOT_JUDGED,
    V1_WINS,
    VALIDATED_PROPS,
    Library,
    render,
)

ROOT = pathlib.Path(__file__).resolve().parents[2]
V2_PYTHON = pathlib.Path(os.environ.get("CDK_COGNITO_V2_PYTHON", ROOT / ".venv-v2" / "bin" / "python"))
RENDER_V2 = pathlib.Path(__file__).with_name("render_pool_v2.py")

pytestmark = pytest.mark.skipif(
    not V2_PYTHON.exists(),
    reason=f"aws-cdk-lib v2 virtualenv missing ({V2_PYTHON}); create it with `make v2-venv`",
)


@pytest.fixture(scope="module")
def v2_results() -> dict[str, dict[str, Any]]:
    completed = subprocess.run(
        [str(V2_PYTHON), str(RENDER_V2)],
        input=json.dumps(ALL_CASES + V1_WINS + TOKENS_NOT_JUDGED),
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    assert completed.returncode == 0, completed.stderr[-4000:]
    return {result["name"]: result for result in json.loads(completed.stdout)}


class _Function:
    """A plain ``IFunction``: cdk_cognito takes any object with ``function_arn`` and ``add_permission``."""

    def __init__(self, arn: str) -> None:
        self.function_arn = arn

    def add_permission(self, id: str, **kwargs: Any) -> None:
        pass


class _Role:
    def __init__(self, arn: str) -> None:
        self.role_arn = arn


class _Key:
    def __init__(self, arn: str) -> None:
        self.key_arn = arn


OURS = Library(
    cognito=cognito,
    core=core,
    function=lambda stack, id, arn: _Function(arn),
    role=lambda stack, id, arn: _Role(arn),
    key=lambda stack, id, arn: _Key(arn),
)


# The reference, aws-cdk.aws-cognito 1.204.0, for the inputs where v1 and v2 disagree.
V1 = Library(
    cognito=v1_cognito,
    core=core,
    function=lambda stack, id, arn: v1_lambda.Function.from_function_arn(stack, id, arn),
    role=lambda stack, id, arn: v1_iam.Role.from_role_arn(stack, id, arn),
    key=lambda stack, id, arn: v1_kms.Key.from_key_arn(stack, id, arn),
)


def render_v1(case: dict[str, Any]) -> dict[str, Any]:
    stack = core.Stack(core.App(), "S")
    return render(V1, case, stack, lambda: assertions.Template.from_stack(stack).to_json())


def render_ours(case: dict[str, Any]) -> dict[str, Any]:
    # Parity with v2, which has no synth-time rules: ours with its rules off (tests/test_rules.py).
    app = core.App(context={cognito.VALIDATION_CONTEXT_KEY: "off"})
    stack = core.Stack(app, "S")

    def synth() -> dict[str, Any]:
        template: dict[str, Any] = assertions.Template.from_stack(stack).to_json()
        return template

    return render(OURS, case, stack, synth)


_ERROR_CODE = re.compile(r"[A-Z][A-Za-z0-9]*: ")


def expected_from_v2(v2: dict[str, Any]) -> dict[str, Any]:
    """v2's result with the deliberate differences (see the module docstring) applied."""
    expected = dict(v2)
    if "steps" in v2:
        steps = []
        for step in v2["steps"]:
            if step != "ok":
                assert _ERROR_CODE.match(step["message"]), step
                step = {**step, "message": "Error: " + _ERROR_CODE.sub("", step["message"], count=1)}
            steps.append(step)
        expected["steps"] = steps
    return expected


def ordered(value: Any) -> Any:
    """``value`` with every dict turned into a list of (key, value) pairs: equality then checks key order."""
    if isinstance(value, dict):
        return [(key, ordered(item)) for key, item in value.items()]
    if isinstance(value, list):
        return [ordered(item) for item in value]
    return value


@pytest.mark.parametrize("case", ALL_CASES, ids=[case["name"] for case in ALL_CASES])
def test_v2_pool_parity(case: dict[str, Any], v2_results: dict[str, dict[str, Any]]) -> None:
    expected = expected_from_v2(v2_results[case["name"]])
    ours = render_ours(case)
    assert ours == expected
    if "properties" in expected:
        theirs_keys, our_keys = list(expected["properties"]), list(ours["properties"])
        # The top-level order: each library's own rule (v1: case-insensitive; v2: ASCII).
        assert our_keys == sorted(our_keys, key=str.lower)
        assert theirs_keys == sorted(theirs_keys)
        for key in our_keys:
            assert ordered(ours["properties"][key]) == ordered(expected["properties"][key]), key
        assert ordered(ours["sms_role"]) == ordered(expected["sms_role"])


def _has(props: dict[str, Any], path: str) -> bool:
    head, _, rest = path.partition(".")
    if head not in props:
        return False
    return not rest or (isinstance(props[head], dict) and rest in props[head])


def _uses(case: dict[str, Any], prop: str) -> bool:
    if prop == "add_trigger.lambda_version":
        return any("version" in step for step in case.get("steps", []))
    return _has(case["props"], prop)


def _failed(result: dict[str, Any]) -> bool:
    return "error" in result or any(step != "ok" for step in result.get("steps", []))


def test_cases_cover_every_new_prop(v2_results: dict[str, dict[str, Any]]) -> None:
    for prop in NEW_PROPS:
        results = [v2_results[c["name"]] for c in ALL_CASES if _uses(c, prop)]
        assert any(not _failed(result) for result in results), prop
    for prop in VALIDATED_PROPS:
        outcomes = {_failed(v2_results[c["name"]]) for c in ALL_CASES if _uses(c, prop)}
        assert outcomes == {True, False}, prop


def test_top_level_orders_differ_where_the_brief_says(v2_results: dict[str, dict[str, Any]]) -> None:
    # The one ordering difference, seen on a case that renders UserPoolTags, UserPoolTier and
    # UsernameAttributes together.
    case = next(c for c in ALL_CASES if c["name"] == "tags-tier-and-username-attributes")
    theirs = list(v2_results[case["name"]]["properties"])
    ours = list(render_ours(case)["properties"])
    names = ["UserPoolTags", "UserPoolTier", "UsernameAttributes"]
    assert [key for key in theirs if key in names] == names
    assert [key for key in ours if key in names] == ["UsernameAttributes", "UserPoolTags", "UserPoolTier"]


def test_random_cases_are_many_and_mixed(v2_results: dict[str, dict[str, Any]]) -> None:
    randoms = [v2_results[c["name"]] for c in ALL_CASES if c["name"].startswith("random-")]
    assert len(randoms) == 200
    failed = sum(_failed(result) for result in randoms)
    assert 30 < failed < 170, failed


@pytest.mark.parametrize("case", V1_WINS, ids=[case["name"] for case in V1_WINS])
def test_v1_wins_where_v1_and_v2_disagree(
    case: dict[str, Any], v2_results: dict[str, dict[str, Any]]
) -> None:
    ours = render_ours(case)
    assert ours == render_v1(case)
    assert ours != expected_from_v2(v2_results[case["name"]])


@pytest.mark.parametrize("case", TOKENS_NOT_JUDGED, ids=[case["name"] for case in TOKENS_NOT_JUDGED])
def test_number_tokens_are_not_judged(case: dict[str, Any], v2_results: dict[str, dict[str, Any]]) -> None:
    v2 = v2_results[case["name"]]
    assert v2["error"]["class"] == "RuntimeError"
    assert "(received: -1.88815458970" in v2["error"]["message"]
    ((field, spec),) = case["props"]["password_policy"].items()
    policy = render_ours(case)["properties"]["Policies"]["PasswordPolicy"]
    key = {"min_length": "MinimumLength", "password_history_size": "PasswordHistorySize"}[field]
    assert policy[key] == {"Ref": spec["$param_number"]}
