"""The synth-time rules framework: violations, the error that lists them, and how they are reported.

Every construct family has its own rules module in this package (``_client``, ...), each a
function from the CloudFormation properties a construct is about to emit to the list of
:class:`Violation` they break. The construct hands that list to :func:`report`, which raises,
warns or stays silent as the ``@cdk-cognito/validation`` context says. Rules never judge a
value that holds an unresolved CDK token.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal

from aws_cdk import core

from .._tokens import is_unresolved
from .._typecheck import Struct, struct

__all__ = [
    "URL_SCHEME",
    "VALIDATION_CONTEXT_KEY",
    "Severity",
    "ValidationError",
    "Violation",
    "Where",
    "arn_field",
    "check_arn",
    "check_pool_id",
    "check_range",
    "describe_chars",
    "drop_none",
    "http_host",
    "mapped_where",
    "report",
    "short",
    "split_category_class",
    "split_word_pattern",
]

VALIDATION_CONTEXT_KEY = "@cdk-cognito/validation"
_MODES = ("error", "warn", "off")
# The rules' patterns are strings that re compiles (and caches) on first use: compiling them all at
# import would cost every app for the few rules its props reach.
# UserPoolId's pattern is [\w-]+_[0-9a-zA-Z]+; it is read with ASCII \w here on purpose: a pool id
# names an existing pool, and no pool id has a non-ASCII character, so such an id fails anyway.
_POOL_ID = r"[A-Za-z0-9_-]+_[0-9a-zA-Z]+"
_MAX_VALUE_LENGTH = 80
_MAX_CHARS_LISTED = 5

# \w and \s of a schema pattern under ASCII semantics (Java's and JavaScript's defaults).
_ASCII_WORD_OR_SPACE = frozenset(string.ascii_letters + string.digits + "_ \t\n\x0b\f\r")
# \w and \s under Python's Unicode semantics: str.isalnum() (letters and every kind of number),
# "_", and str.isspace() (which also counts U+001C..U+001F).
_PYTHON_WORD_OR_SPACE = r"[\w\s]"
# What Unicode's own definition (UTS #18, Java's UNICODE_CHARACTER_CLASS, the regex module of
# cfn-lint) adds to Python's \w: marks, connector punctuation, the two join controls, and the
# symbols that have the Alphabetic property (circled and squared Latin letters).
_JOIN_CONTROLS = frozenset("\u200c\u200d")
_ALPHABETIC_SYMBOLS = ((0x24B6, 0x24E9), (0x1F130, 0x1F149), (0x1F150, 0x1F169), (0x1F170, 0x1F189))
# Unicode's White_Space property: \s read as Unicode (Java's UNICODE_CHARACTER_CLASS, the regex module
# of cfn-lint). Python's str.isspace() also counts U+001C..U+001F, which neither reading takes.
_UNICODE_SPACES = frozenset(
    "\t\n\x0b\f\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)
_ASCII_SPACES = frozenset(" \t\n\x0b\f\r")
# The ARN pattern of the CloudFormation schemas and of the API's ArnType; \w is ASCII in Java's regex.
_ARN = r"arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?"
# An absolute URI starts with a scheme (RFC 3986): a letter, then letters, digits, + . or -, then ':'.
URL_SCHEME = r"[A-Za-z][A-Za-z0-9+.-]*:"

Severity = Literal["error", "warning"]


@struct
class Violation(Struct):
    """One broken rule: where, what value, which rule and how to fix it.

    ``cfn_property`` (default None) names the CloudFormation property when the message shows it
    after the prop, as in ``user_pool (UserPoolId) = ...``.
    """

    rule: str
    """The constraint's ID in the research notes, e.g. ``"C7"``."""
    prop: str
    """The Python prop, e.g. ``"o_auth.callback_urls[2]"``."""
    value: object
    message: str
    """The rule, in plain words, with what Cognito or CloudFormation would answer."""
    fix: str
    severity: Severity = "error"
    # The CloudFormation property the prop renders as (e.g. "UserPoolId"), shown after it when given.
    cfn_property: str | None = None
    _REPR_NONE = True  # a violation of a None value shows it

    def describe(self) -> str:
        where = self.prop if self.cfn_property is None else f"{self.prop} ({self.cfn_property})"
        return f"{where} = {short(repr(self.value))}: {self.message} Fix: {self.fix} [{self.rule}]"


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


def drop_none(value: Any) -> Any:
    """``value`` with every None-valued key of its mappings dropped, as CloudFormation would get it.

    Constructs build their property dicts with None for an absent property (the L1's undefined),
    which synthesis leaves out; the rules judge what is left. Token objects are kept as they are.
    """
    if isinstance(value, Mapping) and not is_unresolved(value):
        return {key: drop_none(item) for key, item in value.items() if item is not None}
    if isinstance(value, list) and not is_unresolved(value):
        return [drop_none(item) for item in value]
    return value


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
    if 20 <= len(arn) <= 2048 and re.fullmatch(_ARN, arn, re.ASCII) is not None:
        return
    unicode_only = 20 <= len(arn) <= 2048 and re.fullmatch(_ARN, arn) is not None
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


def check_pool_id(
    found: list[Violation], pool_id: object, prop: str, *, key: str = "UserPoolId", rule: str = "C1"
) -> None:
    """The user pool id's [schema] rule for the pool id that ``prop`` (the Python prop) renders as the
    CloudFormation property ``key``: C1 of a client, D1 of a domain, I1 of an identity provider."""
    if not isinstance(pool_id, str) or is_unresolved(pool_id):
        return
    if not 1 <= len(pool_id) <= 55 or re.fullmatch(_POOL_ID, pool_id) is None:
        found.append(
            Violation(
                rule=rule,
                prop=prop,
                cfn_property=key,
                value=pool_id,
                message="a user pool id looks like <region>_<id>, e.g. us-east-1_AbC123, at most 55 "
                "characters (CloudFormation: pattern [\\w-]+_[0-9a-zA-Z]+).",
                fix="Import the pool with its real id, as shown in the Cognito console.",
            )
        )


def _is_noncharacter(code: int) -> bool:
    return 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE


def _word_or_space_in_some_reading(char: str) -> bool:
    """Whether some Unicode reading of a pattern's ``\\w`` or ``\\s`` takes ``char``.

    The readings: Python's ``re``; Unicode's (UTS #18); and a later Unicode version than this
    Python's, which may make an unassigned code point a letter (noncharacters stay excluded).
    """
    if re.match(_PYTHON_WORD_OR_SPACE, char):
        return True
    category = unicodedata.category(char)
    if category[0] == "M" or category == "Pc" or char in _JOIN_CONTROLS:
        return True
    if category == "So":
        code = ord(char)
        return any(low <= code <= high for low, high in _ALPHABETIC_SYMBOLS)
    return category == "Cn" and not _is_noncharacter(ord(char))


def split_word_pattern(value: str, others: str) -> tuple[list[str], list[str]]:
    """The characters of ``value`` that a schema pattern ``[\\w\\s<others>]+`` (``others`` ASCII) may refuse.

    Returns ``(refused, unconfirmed)``, each distinct and in order of appearance. *Refused*: outside
    the class under every reading of ``\\w`` and ``\\s`` (symbols, emoji, other punctuation, control
    characters, lone surrogates). *Unconfirmed*: inside it only if ``\\w``/``\\s`` are read as Unicode
    (non-ASCII letters, digits, marks and whitespace): CloudFormation's validator may read them as ASCII.
    """
    allowed = _ASCII_WORD_OR_SPACE.union(others)
    refused: list[str] = []
    unconfirmed: list[str] = []
    if all(char in allowed for char in value):
        return refused, unconfirmed
    for char in dict.fromkeys(value):
        if char not in allowed:
            (unconfirmed if _word_or_space_in_some_reading(char) else refused).append(char)
    return refused, unconfirmed


def _unassigned(char: str) -> bool:
    """A code point this Python's Unicode database does not know (a later Unicode may assign it)."""
    return unicodedata.category(char) == "Cn" and not _is_noncharacter(ord(char))


def split_category_class(
    value: str, categories: str, others: str = "", *, spaces: bool = False
) -> tuple[list[str], list[str]]:
    """The characters of ``value`` that a schema class of general categories may refuse.

    The class is ``[\\p{X}...<others>]`` for each first letter X of ``categories`` (``"LMSNP"``
    for ``[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]``), and ``\\s`` too with ``spaces``. Returns
    ``(refused, unconfirmed)``, each distinct and in order of appearance. *Unconfirmed*: a whitespace
    character that only a Unicode reading of ``\\s`` takes (the no-break space), or a code point
    unassigned in this Python's Unicode database, which a validator with a later Unicode may place in
    one of the categories (an emoji newer than this Python). *Refused*: every other character outside
    the class (control characters, U+001C..U+001F, noncharacters, lone surrogates).
    """
    refused: list[str] = []
    unconfirmed: list[str] = []
    for char in dict.fromkeys(value):
        if (
            char in others
            or unicodedata.category(char)[0] in categories
            or (spaces and char in _ASCII_SPACES)
        ):
            continue
        if (spaces and char in _UNICODE_SPACES) or _unassigned(char):
            unconfirmed.append(char)
        else:
            refused.append(char)
    return refused, unconfirmed


def describe_chars(chars: Sequence[str]) -> str:
    """``NAME ('c')`` for each character (``U+XXXX`` when it has no name), the first few only."""
    described = []
    for char in chars[:_MAX_CHARS_LISTED]:
        name = unicodedata.name(char, "")
        if not name:
            name = f"U+{ord(char):04X}"
            if unicodedata.category(char) == "Cn":
                name += f", unassigned in Unicode {unicodedata.unidata_version}"
        described.append(f"{name} ({char!r})")
    more = len(chars) - _MAX_CHARS_LISTED
    return ", ".join(described) + (f" and {more} more" if more > 0 else "")


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
