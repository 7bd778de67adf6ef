"""Differential harness: run one case against ``aws_cdk.aws_cognito`` and against ``cdk_cognito``.

A *case* is a function ``case(c, stack) -> object | None``. ``c`` is the module under test (the
reference ``aws_cdk.aws_cognito`` or ``cdk_cognito``) and ``stack`` a fresh ``core.Stack(core.App(), "S")``.
The case builds constructs through ``c`` and may return a value to compare (an attribute, a list of
attributes, a template snapshot taken with :func:`template_of`, an error captured with :func:`attempt`).

Each run yields an :class:`Outcome`: either the synthesized templates of every stack in the app
(``json.dumps(template, indent=1)``, key order significant) plus the normalised returned value, or the
exception that escaped (and whether it escaped while building or while synthesizing).

Parity (:func:`assert_parity`):

* the reference succeeds -> ours succeeds, templates are byte-identical and the values are equal;
* the reference raises -> ours raises in the same phase, an instance of the builtin class the
  reference's exception belongs to (``RuntimeError``, ``TypeError``, ``AssertionError``...);
  when that class is ``RuntimeError`` and the error is a value error (not one of jsii's
  (de)serialization/type errors), ``str(ours) == str(ref)`` exactly (token numbers, which differ from
  run to run, are the only thing masked).

A case may carry ``app_context`` (a dict) as a function attribute; it is passed to ``core.App(context=...)``.

Synth-time validation (issue #3): parity is checked with ours under ``@cdk-cognito/validation: off``,
which must be byte-identical to the reference. Ours then runs again in its default mode, and
``tests/rules_oracle.py`` (an independent checker of Cognito's rules) judges the reference's template:

* ours raises ``ValidationError`` -> the reference accepted the input and the oracle finds every
  rule ours names ("reference accepts, Cognito rejects": never a rule Cognito does not have);
* ours does not raise -> same outcome as with validation off, and the oracle finds nothing, unless
  a lazy token or an escape hatch (an L1 override) set the value after the construct was built.
"""

from __future__ import annotations

import builtins
import dataclasses
import difflib
import json
import os
import pathlib
import re
from collections.abc import Callable, Mapping
from typing import Any

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "14,16,18,20,22,24,26")
os.environ.setdefault("JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION", "1")
os.environ.setdefault("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1")

import constructs
import jsii
from aws_cdk import assertions, core
from aws_cdk import aws_cognito as ref

import cdk_cognito as ours
from rules_oracle import template_errors

__all__ = [
    "Case",
    "Outcome",
    "Raised",
    "assert_parity",
    "attempt",
    "lazy_list",
    "lazy_string",
    "ours",
    "ref",
    "run_case",
    "template_of",
]

Case = Callable[[Any, core.Stack], Any]

# Unresolved-token markers embed a process-wide counter, so the same input gets different numbers in
# the reference run and in ours. Only the counter is masked.
_TOKEN_NUMBER = re.compile(r"(\$\{Token\[[^\]]*?\.)\d+(\]\})")
_LIST_TOKEN_NUMBER = re.compile(r"(#\{Token\[[^\]]*?\.)\d+(\]\})")
# A number token (core encodes its counter in the low bits of a huge negative double) written out as
# a string, as JavaScript's ``Number.prototype.toString`` does in an error message.
_NUMBER_TOKEN = re.compile(r"-1\.888154589\d*e\+289")

# RuntimeErrors raised by jsii (or by JavaScript itself) because a value has the wrong type: a
# TypeError in all but name, so only the class is compared for them.
_JSII_TYPE_ERROR_MARKERS = (
    "Unable to deserialize value",
    "SerializationError",
    "Unable to serialize",
    "Cannot read properties of",
    "is not a function",
    "is not iterable",
)


def mask_tokens(text: str) -> str:
    text = _TOKEN_NUMBER.sub(r"\g<1>#\g<2>", text)
    text = _LIST_TOKEN_NUMBER.sub(r"\g<1>#\g<2>", text)
    return _NUMBER_TOKEN.sub("<number-token>", text)


def builtin_class(exc: BaseException) -> type[BaseException]:
    """The first builtin exception class in the exception's MRO."""
    for cls in type(exc).__mro__:
        if cls.__module__ == builtins.__name__:
            return cls
    raise AssertionError(f"no builtin base in {type(exc).__mro__}")  # pragma: no cover


def is_value_error(exc: BaseException) -> bool:
    """Whether the message of this reference error must be reproduced exactly."""
    if builtin_class(exc) is not RuntimeError:
        return False
    message = str(exc)
    return not any(marker in message for marker in _JSII_TYPE_ERROR_MARKERS)


def describe_error(exc: BaseException) -> str:
    return f"{type(exc).__module__}.{type(exc).__qualname__}: {str(exc)[:600]}"


# --------------------------------------------------------------------------------------------------
# Helpers for cases
# --------------------------------------------------------------------------------------------------


class Raised:
    """An exception captured by :func:`attempt`, compared with the parity rules for errors."""

    __slots__ = ("exc",)

    def __init__(self, exc: BaseException) -> None:
        self.exc = exc

    def __repr__(self) -> str:
        return f"Raised({describe_error(self.exc)})"


def attempt(fn: Callable[[], Any]) -> Any:
    """Call ``fn``; return its result, or a :class:`Raised` for the exception it raised.

    Ours' ``ValidationError`` (a Cognito rule, in its default validation mode) is not captured: it
    escapes the case, so that the harness judges it against the oracle (see the module docstring).
    """
    try:
        return fn()
    except ours.ValidationError:
        raise
    except Exception as exc:
        return Raised(exc)


def template_of(stack: core.Stack) -> str:
    """The stack's template right now (forces a fresh synthesis), as a JSON string."""
    return json.dumps(assertions.Template.from_stack(stack).to_json(), indent=1)


# How many lazy values were produced: a value ours could not see when the construct was built.
LAZY_PRODUCED = [0]
# How many escape-hatch edits were made: values the constructs never saw, so never validated.
ESCAPE_HATCHES = [0]


def _count_escape_hatch(name: str) -> None:
    original = getattr(core.CfnResource, name)

    def counted(self: core.CfnResource, *args: Any, **kwargs: Any) -> Any:
        ESCAPE_HATCHES[0] += 1
        return original(self, *args, **kwargs)

    setattr(core.CfnResource, name, counted)


for _name in (
    "add_override",
    "add_property_override",
    "add_deletion_override",
    "add_property_deletion_override",
):
    _count_escape_hatch(_name)


@jsii.implements(core.IStableStringProducer)
class _StringProducer:
    def __init__(self, value: str) -> None:
        self._value = value

    def produce(self, context: Any = None) -> str:
        LAZY_PRODUCED[0] += 1
        return self._value


@jsii.implements(core.IStableListProducer)
class _ListProducer:
    def __init__(self, value: list[str]) -> None:
        self._value = value

    def produce(self, context: Any = None) -> list[str]:
        LAZY_PRODUCED[0] += 1
        return self._value


def lazy_string(value: str) -> str:
    """``core.Lazy.string`` producing ``value``."""
    return core.Lazy.string(_StringProducer(value))


def lazy_list(value: list[str]) -> list[str]:
    """``core.Lazy.list`` producing ``value``."""
    return core.Lazy.list(_ListProducer(value))


# --------------------------------------------------------------------------------------------------
# Normalisation of returned values
# --------------------------------------------------------------------------------------------------


def _struct_fields(value: Any) -> dict[str, Any] | None:
    """Field values of a jsii struct or of one of our dataclass structs (only the fields that are set)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    # jsii structs are plain Python classes holding the members that are set in ``_values``.
    values = getattr(value, "_values", None)
    return dict(values) if isinstance(values, dict) else None


def _is_grant(value: Any) -> bool:
    """An ``aws_iam.Grant``, or an object shaped like one (what ``grant()`` returns)."""
    kind = type(value)
    return all(hasattr(kind, name) or hasattr(value, name) for name in ("success", "principal_statement"))


def _statement(value: Any, stack: core.Stack) -> Any:
    """A policy statement (``aws_iam.PolicyStatement``, or its JSON as a mapping) as its resolved JSON."""
    if value is None:
        return None
    to_json = getattr(value, "to_statement_json", None)
    return {"$statement": normalise(to_json() if callable(to_json) else dict(value), stack)}


def normalise(value: Any, stack: core.Stack) -> Any:
    """A plain, comparable form of a value returned by a case (tokens resolved in ``stack``)."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, Raised):
        return value
    if isinstance(value, (int, float, str)):
        if core.Token.is_unresolved(value):
            return {"$resolved": normalise(stack.resolve(value), stack)}
        return value
    if isinstance(value, tuple):
        return {"$tuple": [normalise(v, stack) for v in value]}
    if isinstance(value, list):
        if value and all(isinstance(v, str) for v in value) and core.Token.is_unresolved(value):
            return {"$resolved": normalise(stack.resolve(value), stack)}
        return [normalise(v, stack) for v in value]
    if isinstance(value, Mapping):
        return {str(k): normalise(v, stack) for k, v in value.items()}
    if isinstance(value, core.Duration):
        return {"$duration": value.to_human_string()}
    if getattr(value, "__jsii_ref__", None) is not None and core.Tokenization.is_resolvable(value):
        return {"$resolved": normalise(stack.resolve(value), stack)}
    if isinstance(value, constructs.Construct) or hasattr(getattr(value, "node", None), "path"):
        return {"$construct": value.node.path}
    if _is_grant(value):
        return {
            "$grant": {
                "success": normalise(value.success, stack),
                "principal_statement": _statement(value.principal_statement, stack),
                "resource_statement": _statement(value.resource_statement, stack),
            }
        }
    if callable(getattr(value, "to_statement_json", None)):
        return _statement(value, stack)
    fields = _struct_fields(value)
    if fields is not None:
        return {
            "$struct": type(value).__name__,
            **{k: normalise(v, stack) for k, v in fields.items() if v is not None},
        }
    kind = type(value).__name__
    if kind == "OAuthScope":
        return {"$scope": normalise(value.scope_name, stack)}
    if kind == "UserPoolClientIdentityProvider":
        return {"$idp": normalise(value.name, stack)}
    if kind == "ClientAttributes":
        return {"$attributes": normalise(value.attributes(), stack)}
    if kind == "ResourceServerScope":
        return {"$rs_scope": [normalise(value.scope_name, stack), normalise(value.scope_description, stack)]}
    if kind == "ProviderAttribute":
        return {"$provider_attribute": normalise(value.attribute_name, stack)}
    if hasattr(value, "provider_name"):
        return {"$provider": normalise(value.provider_name, stack)}
    raise AssertionError(f"harness: cannot normalise a returned {type(value).__qualname__}: {value!r}")


# --------------------------------------------------------------------------------------------------
# Running a case
# --------------------------------------------------------------------------------------------------


@dataclasses.dataclass
class Outcome:
    module: str
    templates: str | None = None
    value: Any = None
    error: BaseException | None = None
    phase: str | None = None  # "build" or "synth" when error is set

    def describe(self) -> str:
        if self.error is not None:
            return f"[{self.module}] raised during {self.phase}: {describe_error(self.error)}"
        return f"[{self.module}] value={self.value!r}\n{self.templates}"


def _synth_templates(app: core.App) -> str:
    assembly = app.synth(force=True)
    templates = {artifact.stack_name: artifact.template for artifact in assembly.stacks}
    # Nested stacks' templates are assets of their parent (which names them by hash): compared too,
    # so that a difference shows where it is.
    for path in sorted(pathlib.Path(assembly.directory).glob("*.nested.template.json")):
        templates[path.name] = json.loads(path.read_text())
    return json.dumps(templates, indent=1)


def run_case(case: Case, module: Any, *, validation: str | None = None) -> Outcome:
    """Run ``case`` with ``module`` in a fresh app (ours with the given validation mode)."""
    name = "ref" if module is ref else "ours"
    context = dict(getattr(case, "app_context", None) or {})
    if validation is not None:
        context[ours.VALIDATION_CONTEXT_KEY] = validation
    app = core.App(context=context) if context else core.App()
    stack = core.Stack(app, "S")
    try:
        returned = case(module, stack)
    except Exception as exc:
        return Outcome(name, error=exc, phase="build")
    try:
        value = normalise(returned, stack)
    except AssertionError:
        raise
    except Exception as exc:
        return Outcome(name, error=exc, phase="build")
    try:
        templates = _synth_templates(app)
    except Exception as exc:
        return Outcome(name, error=exc, phase="synth")
    return Outcome(name, templates=templates, value=value)


def _error_mismatch(ref_exc: BaseException, our_exc: BaseException) -> str | None:
    expected = builtin_class(ref_exc)
    if not isinstance(our_exc, expected):
        return (
            f"exception class differs: reference raised {expected.__name__} "
            f"({describe_error(ref_exc)}); ours raised {describe_error(our_exc)}"
        )
    if is_value_error(ref_exc):
        ref_message, our_message = mask_tokens(str(ref_exc)), mask_tokens(str(our_exc))
        if ref_message != our_message:
            return f"error message differs:\n  reference: {ref_message!r}\n  ours:      {our_message!r}"
    return None


def _value_mismatch(ref_value: Any, our_value: Any, path: str = "value") -> str | None:
    if isinstance(ref_value, Raised) or isinstance(our_value, Raised):
        if not (isinstance(ref_value, Raised) and isinstance(our_value, Raised)):
            return f"{path}: reference gave {ref_value!r}, ours gave {our_value!r}"
        problem = _error_mismatch(ref_value.exc, our_value.exc)
        return None if problem is None else f"{path}: {problem}"
    if isinstance(ref_value, dict) and isinstance(our_value, dict):
        if list(ref_value) != list(our_value):
            return f"{path}: keys differ: reference {list(ref_value)}, ours {list(our_value)}"
        for key in ref_value:
            problem = _value_mismatch(ref_value[key], our_value[key], f"{path}[{key!r}]")
            if problem:
                return problem
        return None
    if isinstance(ref_value, list) and isinstance(our_value, list):
        if len(ref_value) != len(our_value):
            return f"{path}: lengths differ: reference {ref_value!r}, ours {our_value!r}"
        for index, (r, o) in enumerate(zip(ref_value, our_value, strict=True)):
            problem = _value_mismatch(r, o, f"{path}[{index}]")
            if problem:
                return problem
        return None
    if type(ref_value) is not type(our_value) or ref_value != our_value:
        ref_kind, our_kind = type(ref_value).__name__, type(our_value).__name__
        return f"{path}: reference {ref_value!r} ({ref_kind}), ours {our_value!r} ({our_kind})"
    return None


def compare(ref_out: Outcome, our_out: Outcome) -> str | None:
    """``None`` if the outcomes are at parity, else a description of the first difference."""
    if ref_out.error is not None:
        if our_out.error is None:
            return f"reference raised, ours did not.\n{ref_out.describe()}\n{our_out.describe()}"
        if our_out.phase != ref_out.phase:
            return f"raised in a different phase.\n{ref_out.describe()}\n{our_out.describe()}"
        problem = _error_mismatch(ref_out.error, our_out.error)
        return None if problem is None else problem
    if our_out.error is not None:
        return f"ours raised, the reference did not.\n{ref_out.describe()}\n{our_out.describe()}"
    if ref_out.templates != our_out.templates:
        assert ref_out.templates is not None and our_out.templates is not None
        diff = "\n".join(
            difflib.unified_diff(
                ref_out.templates.splitlines(),
                our_out.templates.splitlines(),
                "reference",
                "ours",
                lineterm="",
            )
        )
        return f"templates differ:\n{diff}"
    return _value_mismatch(ref_out.value, our_out.value)


def oracle_errors(templates: str) -> set[str]:
    """The rule IDs the independent oracle finds in every stack's template."""
    found: set[str] = set()
    for template in json.loads(templates).values():
        for errors in template_errors(template, pool_family=True).values():
            found |= errors
    return found


def _assert_validation(case: Case, ref_out: Outcome, off_out: Outcome, *, lazy: bool, edited: bool) -> None:
    """Check ours in its default validation mode; see the module docstring.

    ``lazy``: a lazy token produced a value ours could not see. ``edited``: an escape hatch
    changed the template after construction, so the oracle cannot judge what ours saw.
    """
    checked = run_case(case, ours)
    if isinstance(checked.error, ours.ValidationError):
        if ref_out.error is not None or edited:
            return  # Both refuse (ours at an earlier construct), or nothing to judge it by.
        assert ref_out.templates is not None
        ours_rules = {violation.rule for violation in checked.error.violations}
        missing = ours_rules - oracle_errors(ref_out.templates)
        assert not missing, f"ours reports {missing} that the oracle does not find:\n{checked.describe()}"
        return
    problem = compare(off_out, checked) if off_out.error is None or checked.error is None else None
    assert problem is None, f"validation changed an outcome without a ValidationError: {problem}"
    if ref_out.error is None and checked.error is None and not (lazy or edited):
        assert ref_out.templates is not None
        found = oracle_errors(ref_out.templates)
        assert not found, f"the oracle finds {found} that ours let through:\n{ref_out.templates}"


def assert_parity(case: Case, *, key_order_only: bool = False) -> Outcome:
    """Run ``case`` against both modules and assert parity; return the reference's outcome.

    With ``key_order_only``, the case is one of the README's documented differences: the
    templates must hold the same JSON and differ in key order only (and must differ, so a
    change that removes the difference is noticed).
    """
    LAZY_PRODUCED[0] = ESCAPE_HATCHES[0] = 0
    ref_out = run_case(case, ref)
    lazy, edited = LAZY_PRODUCED[0] > 0, ESCAPE_HATCHES[0] > 0
    our_out = run_case(case, ours, validation="off")
    _assert_validation(case, ref_out, our_out, lazy=lazy, edited=edited)
    if key_order_only:
        assert ref_out.error is None and our_out.error is None, f"{ref_out.describe()}\n{our_out.describe()}"
        assert ref_out.templates is not None and our_out.templates is not None
        assert json.loads(ref_out.templates) == json.loads(our_out.templates), compare(ref_out, our_out)
        assert ref_out.templates != our_out.templates, "no key-order difference any more: drop the mark"
        problem = _value_mismatch(ref_out.value, our_out.value)
    else:
        problem = compare(ref_out, our_out)
    if problem is not None:
        raise AssertionError(problem)
    return ref_out
