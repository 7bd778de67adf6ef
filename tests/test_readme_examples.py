"""The README's Python examples run as written.

- "Testing your stacks": its ```python blocks are executed, in order, as one module; every
  ``test_*`` function they define is then run here as a test of its own.
- "Quick start": its app is executed and must synthesize what it shows.

Each block is compiled with its README line numbers, so a failure points at the README line.
"""

from __future__ import annotations

import pathlib
import re
from collections.abc import Callable
from typing import Any

import pytest

README = pathlib.Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _section(title: str) -> tuple[str, int]:
    """The text of the level-2 section ``title`` and the README line it starts on."""
    text = README.read_text()
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, re.MULTILINE | re.DOTALL)
    assert match is not None, f"README.md has no section '## {title}'"
    return match[1], text.count("\n", 0, match.start(1)) + 1


def _run_blocks(title: str, namespace: dict[str, Any]) -> int:
    body, first_line = _section(title)
    blocks = list(BLOCK.finditer(body))
    for block in blocks:
        line = first_line + body.count("\n", 0, block.start(1))
        code = "\n" * (line - 1) + block[1]
        exec(compile(code, str(README), "exec"), namespace)
    return len(blocks)


def _testing_section_tests() -> dict[str, Callable[[], None]]:
    namespace: dict[str, Any] = {"__name__": "readme_testing_your_stacks"}
    _run_blocks("Testing your stacks", namespace)
    return {name: f for name, f in namespace.items() if name.startswith("test_") and callable(f)}


README_TESTS = _testing_section_tests()


def test_the_testing_section_has_examples_of_each_kind() -> None:
    body, _ = _section("Testing your stacks")
    code = "\n".join(block[1] for block in BLOCK.finditer(body))
    assert len(README_TESTS) >= 5
    for api in ("has_resource_properties", "resource_count_is", "Match.object_like", "Template.from_stack"):
        assert api in code, api


@pytest.mark.parametrize("name", sorted(README_TESTS))
def test_readme_example(name: str) -> None:
    README_TESTS[name]()


def test_the_testing_examples_would_catch_a_wrong_template() -> None:
    """The examples assert something: the same assertion against a different value fails."""
    from aws_cdk.assertions import Match

    template = README_TESTS["test_two_clients_and_one_resource_server"].__globals__["synth_auth_stack"]()
    with pytest.raises(Exception, match="none match as expected"):
        template.has_resource_properties(
            "AWS::Cognito::UserPoolResourceServer",
            {"Scopes": Match.array_with([{"ScopeName": "read"}])},  # object_like left out: must match whole
        )
    with pytest.raises(Exception, match="none match as expected"):
        template.has_resource_properties("AWS::Cognito::UserPoolClient", {"AccessTokenValidity": 60})


def test_quick_start_app_synthesizes() -> None:
    namespace: dict[str, Any] = {"__name__": "readme_quick_start"}
    assert _run_blocks("Quick start", namespace) >= 1
    # The block ends with app.synth(); synthesizing again returns that same assembly.
    template = namespace["app"].synth().get_stack_by_name("Auth").template
    types = sorted(r["Type"] for r in template["Resources"].values())
    assert types == [
        "AWS::Cognito::UserPool",
        "AWS::Cognito::UserPoolClient",
        "AWS::Cognito::UserPoolClient",
        "AWS::Cognito::UserPoolDomain",
        "AWS::Cognito::UserPoolResourceServer",
    ]
