"""The milliseconds of ``core.Duration`` objects, in as few round trips to Node as possible.

A ``core.Duration`` is a JavaScript object: Python only holds a reference to it, so every
``to_milliseconds()`` is a round trip to the jsii kernel, as costly as creating a construct.
Two things keep that count down without changing a result or an error:

* a duration is immutable, so its milliseconds are remembered for as long as the object lives
  (apps often share one ``Duration`` between many clients);
* a client with several durations learns them all in one request, ``Tokenization.resolve`` of
  the list, which returns each duration's amount and unit as plain data.

Anything that request cannot settle exactly is left to core's own ``to_milliseconds()``, which
gives the reference's value or raises the reference's message: an amount that is a token (the
resolver below never resolves one, so no producer runs early), a conversion that is not a whole
number of milliseconds, or data of a shape other than core 1.204's.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any, TypeGuard

from aws_cdk import core

from ._jsii import resolve_plain

__all__ = ["milliseconds", "prefetch_milliseconds"]

_known: weakref.WeakKeyDictionary[core.Duration, float] = weakref.WeakKeyDictionary()


class _LeaveTokensOut(core.DefaultTokenResolver):
    """A token resolver that resolves no token: each becomes ``None``, which JSON leaves out.

    A subclass of a core class rather than a plain ``ITokenResolver`` implementation, so that
    jsii creates its JavaScript half once and then passes it by reference; JavaScript calls back
    into Python only when it meets a token.
    """

    def resolve_token(self, t: core.IResolvable, context: core.IResolveContext, post_processor: Any) -> Any:
        return None

    def resolve_string(self, fragments: core.TokenizedStringFragments, context: core.IResolveContext) -> Any:
        return None

    def resolve_list(self, l: Sequence[str], context: core.IResolveContext) -> Any:  # noqa: E741  # core's name
        return None


_resolver: _LeaveTokensOut | None = None


def _milliseconds_of(data: object) -> float | None:
    """``convert(amount, unit, MILLISECONDS)`` of core 1.204, for a duration seen as plain data.

    ``None`` where core must decide: a missing (token) amount, a fraction, an unknown shape.
    """
    if not isinstance(data, dict):
        return None
    amount, unit = data.get("amount"), data.get("unit")
    in_millis = unit.get("inMillis") if isinstance(unit, dict) else None
    if not _is_number(amount) or not _is_number(in_millis):
        return None
    if in_millis == 1:
        # core returns the amount untouched when no conversion is needed.
        return amount
    value = float(amount) * float(in_millis)  # in doubles, as JavaScript multiplies
    return _as_node_returns_it(value) if value.is_integer() else None


def _as_node_returns_it(value: float) -> float:
    """A whole double as jsii hands it over: JSON text from ``JSON.stringify``, parsed by Python.

    Below 1e21 JavaScript writes a whole number in plain digits, its shortest round-trip digits
    padded with zeros (so 2**56 + 8 arrives as the int 72057594082275000); above, in exponent
    form, which Python parses as a float.
    """
    if abs(value) >= 1e21:
        return value
    return int(Decimal(repr(value)))


def _is_number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def prefetch_milliseconds(scope: core.Construct, durations: Iterable[core.Duration | None]) -> None:
    """Learn, in one round trip, the milliseconds of those ``durations`` not known yet.

    Raises nothing: a duration it cannot settle is converted by :func:`milliseconds` later, in the
    order the reference converts it, so the first error reported is still the reference's.
    """
    global _resolver
    todo = list({id(d): d for d in durations if d is not None and d not in _known}.values())
    if len(todo) < 2:
        return  # one duration costs one round trip either way
    if _resolver is None:
        _resolver = _LeaveTokensOut(core.StringConcat())
    try:
        resolved = resolve_plain(todo, scope, _resolver)
    except Exception:  # an optimisation only: core's conversions below give the answer
        return
    if not isinstance(resolved, list) or len(resolved) != len(todo):
        return
    for duration, data in zip(todo, resolved, strict=True):
        ms = _milliseconds_of(data)
        if ms is not None:
            _known[duration] = ms


def milliseconds(duration: core.Duration) -> float:
    """``duration.to_milliseconds()``, asked of Node only the first time for each duration."""
    ms = _known.get(duration)
    if ms is None:
        ms = duration.to_milliseconds()
        _known[duration] = ms
    return ms
