"""The synth-time rules framework: violations, the error that lists them, and how they are reported.

Every construct family has its own rules module in this package (``_client``, ...), each a
function from the CloudFormation properties a construct is about to emit to the list of
:class:`Violation` they break. The construct hands that list to :func:`report`, which raises,
warns or stays silent as the ``@cdk-cognito/validation`` context says. Rules never judge a
value that holds an unresolved CDK token.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from aws_cdk import core

from .._tokens import is_unresolved

__all__ = [
    "VALIDATION_CONTEXT_KEY",
    "Severity",
    "ValidationError",
    "Violation",
    "Where",
    "check_pool_id",
    "check_range",
    "report",
    "short",
]

VALIDATION_CONTEXT_KEY = "@cdk-cognito/validation"
_MODES = ("error", "warn", "off")
_POOL_ID = re.compile(r"[A-Za-z0-9_-]+_[0-9a-zA-Z]+")
_MAX_VALUE_LENGTH = 80

Severity = Literal["error", "warning"]


@dataclass(frozen=True, kw_only=True)
class Violation:
    """One broken rule: where, what value, which rule and how to fix it."""

    rule: str
    """The constraint's ID in the research notes, e.g. ``"C7"``."""
    prop: str
    """The Python prop, e.g. ``"o_auth.callback_urls[2]"``."""
    value: object
    message: str
    """The rule, in plain words, with what Cognito or CloudFormation would answer."""
    fix: str
    severity: Severity = "error"

    def describe(self) -> str:
        return f"{self.prop} = {short(repr(self.value))}: {self.message} Fix: {self.fix} [{self.rule}]"


def short(text: str) -> str:
    return text if len(text) <= _MAX_VALUE_LENGTH else text[: _MAX_VALUE_LENGTH - 3] + "..."


class ValidationError(ValueError, RuntimeError):
    """A configuration that CloudFormation or Cognito would reject at deploy time.

    Lists every broken rule of one construct. A ``ValueError`` and also a ``RuntimeError``,
    the class the reference raises for bad values.
    """

    def __init__(self, path: str, violations: Sequence[Violation]) -> None:
        self.path = path
        self.violations = tuple(violations)
        count = len(self.violations)
        lines = [
            f"[{path}] {count} problem{'s' if count != 1 else ''} that would fail at deploy time:",
            *(f"  - {violation.describe()}" for violation in self.violations),
            f'To synthesize anyway, set the context key "{VALIDATION_CONTEXT_KEY}" to "warn" or "off".',
        ]
        super().__init__("\n".join(lines))


# Where = maps a CloudFormation property (and a list index, if any) to the Python prop path.
Where = Callable[[str, int | None], str]


def check_pool_id(found: list[Violation], pool_id: object, prop: str) -> None:
    if not isinstance(pool_id, str) or is_unresolved(pool_id):
        return
    if not 1 <= len(pool_id) <= 55 or _POOL_ID.fullmatch(pool_id) is None:
        found.append(
            Violation(
                rule="C1",
                prop=prop,
                value=pool_id,
                message="a user pool id looks like <region>_<id>, e.g. us-east-1_AbC123, at most 55 "
                "characters (CloudFormation: pattern [\\w-]+_[0-9a-zA-Z]+).",
                fix="Import the pool with its real id, as shown in the Cognito console.",
            )
        )


def check_range(
    found: list[Violation], rule: str, key: str, value: object, low: int, high: int, where: Where, unit: str
) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or is_unresolved(value):
        return
    if not low <= value <= high:
        found.append(
            Violation(
                rule=rule,
                prop=where(key, None),
                value=value,
                message=f"{key} is {low} to {high} {unit} (CloudFormation: minimum/maximum).",
                fix=f"Choose a value from {low} to {high} {unit}.",
            )
        )


def report(construct: core.Construct, violations: Sequence[Violation]) -> None:
    """Raise or warn about ``violations`` as the ``@cdk-cognito/validation`` context says.

    The context is read only when there is something to report: a round trip to Node
    per construct otherwise.
    """
    if not violations:
        return
    mode = construct.node.try_get_context(VALIDATION_CONTEXT_KEY)
    mode = "error" if mode is None else mode
    if mode not in _MODES:
        raise ValueError(
            f'context "{VALIDATION_CONTEXT_KEY}" must be one of {", ".join(map(repr, _MODES))}; got {mode!r}'
        )
    if mode == "off":
        return
    errors = [v for v in violations if v.severity == "error"]
    if errors and mode == "error":
        raise ValidationError(construct.node.path, errors)
    annotations = core.Annotations.of(construct)
    for violation in violations:
        annotations.add_warning(f"{violation.describe()}")
