"""The synth-time rules framework: violations, the error that lists them, and how they are reported.

Every construct family has its own rules module in this package (``_client``, ...), each a
function from the CloudFormation properties a construct is about to emit to the list of
:class:`Violation` they break. The construct hands that list to :func:`report`, which raises,
warns or stays silent as the ``@cdk-cognito/validation`` context says. Rules never judge a
value that holds an unresolved CDK token.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from aws_cdk import core

from .._tokens import is_unresolved

__all__ = [
    "URL_SCHEME",
    "VALIDATION_CONTEXT_KEY",
    "WORD_NAME_ASCII",
    "Severity",
    "ValidationError",
    "Violation",
    "Where",
    "arn_field",
    "check_arn",
    "check_pool_id",
    "check_range",
    "http_host",
    "mapped_where",
    "report",
    "short",
    "utf16_length",
]

VALIDATION_CONTEXT_KEY = "@cdk-cognito/validation"
_MODES = ("error", "warn", "off")
_POOL_ID = re.compile(r"[A-Za-z0-9_-]+_[0-9a-zA-Z]+")
_MAX_VALUE_LENGTH = 80
# A name of [\w\s+=,.@-]+ (pool and client names), with the ASCII semantics of CloudFormation's
# Java validator: one character.
WORD_NAME_ASCII = re.compile(r"[A-Za-z0-9_ \t\n\x0b\f\r+=,.@-]")
# The ARN pattern of the CloudFormation schemas and of the API's ArnType; \w is ASCII in Java's regex.
_ARN = r"arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?"
_ARN_ASCII = re.compile(_ARN, re.ASCII)
_ARN_UNICODE = re.compile(_ARN)
# An absolute URI starts with a scheme (RFC 3986): a letter, then letters, digits, + . or -, then ':'.
URL_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")

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


# Where = maps a CloudFormation property (and a list index, if any) to the Python prop path. The
# property is a top-level key ("ClientName") or a dotted path into nested ones
# ("Policies.PasswordPolicy.MinimumLength").
Where = Callable[[str, int | None], str]


def mapped_where(mapping: Mapping[str, str]) -> Where:
    """A :data:`Where` from a table of CloudFormation property paths to Python prop paths.

    A path missing from the table falls back to its longest mapped parent, naming the rest in
    parentheses (``user_verification (EmailSubjectByLink)``), or to the path itself. A list index is
    shown where the mapped prop ends in ``[]`` (``"identifiers[]"`` gives ``identifiers[3]``) and on
    unmapped paths; a prop that is not itself a list (an enum that renders a list) drops it.
    """

    def where(key: str, index: int | None) -> str:
        parts = key.split(".")
        for end in range(len(parts), 0, -1):
            prop = mapping.get(".".join(parts[:end]))
            if prop is None:
                continue
            if prop.endswith("[]"):
                prop = prop[:-2] if index is None else f"{prop[:-2]}[{index}]"
            rest = ".".join(parts[end:])
            return f"{prop} ({rest})" if rest else prop
        return key if index is None else f"{key}[{index}]"

    return where


def utf16_length(value: str) -> int:
    """The length of ``value`` in UTF-16 code units (a character outside the BMP counts twice)."""
    return len(value.encode("utf-16-le")) // 2


def http_host(url: str) -> str | None:
    """The host of a plain ``http://`` URL (lower-cased), or None for any other URL."""
    if not url.startswith("http://"):
        return None
    authority = re.split(r"[/?#]", url[len("http://") :], maxsplit=1)[0]
    host = authority.rpartition("@")[2]
    if host.startswith("["):
        return host[: host.find("]") + 1].lower() if "]" in host else host.lower()
    return host.partition(":")[0].lower()


def arn_field(arn: object, index: int) -> str | None:
    """Field ``index`` of ``arn`` (1 partition, 2 service, 3 region, 4 account), if it is a literal.

    ``Stack.format_arn`` leaves the partition and account as tokens; a literal region between them
    can still be judged. None when the field is missing or holds a token.
    """
    if not isinstance(arn, str):
        return None
    fields = arn.split(":")
    # A token's key may contain ':' and would shift the fields: judge nothing then.
    if len(fields) <= index or any(field.count("${") != field.count("}") for field in fields[: index + 1]):
        return None
    field = fields[index]
    return None if is_unresolved(field) or "${" in field else field


def check_arn(found: list[Violation], rule: str, prop: str, arn: object, what: str) -> None:
    """An ARN property's [schema] rule: 20 to 2048 characters of CloudFormation's ARN pattern."""
    if not isinstance(arn, str) or is_unresolved(arn):
        return
    if 20 <= len(arn) <= 2048 and _ARN_ASCII.fullmatch(arn) is not None:
        return
    unicode_only = 20 <= len(arn) <= 2048 and _ARN_UNICODE.fullmatch(arn) is not None
    found.append(
        Violation(
            rule=rule,
            prop=prop,
            value=arn,
            message=(
                f"{what} has non-ASCII letters, which CloudFormation's pattern (\\w) may not accept "
                "(unconfirmed)."
                if unicode_only
                else f"{what} is 20 to 2048 characters of arn:<partition>:<service>:<region>:<account "
                "id>:<resource> (CloudFormation: minLength/maxLength/pattern)."
            ),
            fix="Give the ARN as the AWS console shows it.",
            severity="warning" if unicode_only else "error",
        )
    )


def check_pool_id(found: list[Violation], pool_id: object, prop: str, rule: str = "C1") -> None:
    """The user pool id's [schema] rule: C1 of a client, D1 of a domain, I1 of an identity provider."""
    if not isinstance(pool_id, str) or is_unresolved(pool_id):
        return
    if not 1 <= len(pool_id) <= 55 or _POOL_ID.fullmatch(pool_id) is None:
        found.append(
            Violation(
                rule=rule,
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
