"""JavaScript semantics that the reference's rendering depends on, in pure Python.

* :func:`js_number_to_string`: ``Number.prototype.toString()`` (ECMAScript Number::toString, radix 10).
  The reference renders custom-attribute constraints with ``min.toString()``; a token number (a double
  whose upper bits mark it, see ``_tokens``) must print exactly as Node prints it, because core
  recognises the printed form as a token.
* :func:`js_object_keys`: the own-property key order of a JavaScript object (``Object.keys``).
* :func:`punycode_to_ascii`: ``toASCII`` of punycode.js 2.x, the package the reference requires.
* :func:`utf16_length`: ``String.prototype.length``; :func:`utf16_sorted`: ``Array.prototype.sort``.
* :func:`utf8_bytes`: the UTF-8 bytes Node makes of a string (``Buffer.from``, a hash's ``update``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

__all__ = [
    "js_number_to_string",
    "js_object_keys",
    "punycode_to_ascii",
    "to_js_double",
    "utf8_bytes",
    "utf16_length",
    "utf16_sorted",
]


def utf16_length(value: str) -> int:
    """JavaScript's ``String.prototype.length`` of ``value``: its UTF-16 code units.

    jsii hands JavaScript the string's UTF-16 form: a character outside the Basic Multilingual
    Plane is two units, and a lone surrogate (which Python strings may hold) stays one. ASCII, the
    common case, needs no codec.
    """
    if value.isascii():
        return len(value)
    return len(value.encode("utf-16-le", "surrogatepass")) // 2


def utf8_bytes(value: str) -> bytes:
    """The UTF-8 bytes Node makes of the JavaScript string that ``value`` becomes.

    As in ``Buffer.from(value)`` or ``hash.update(value)``: a surrogate pair (which a Python string
    may hold as two code points) is one character, and a lone surrogate becomes U+FFFD, where
    Python's ``surrogatepass`` would write the surrogate's own three bytes.
    """
    if value.isascii():
        return value.encode("ascii")
    return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace").encode("utf-8")


def utf16_sorted(values: Iterable[str]) -> list[str]:
    """Sort as JavaScript's default ``Array.prototype.sort`` does: by UTF-16 code units.

    Python's code-point order differs from it only for characters outside the Basic Multilingual
    Plane, so strings that are all ASCII, the common case, sort as they are; others are compared in
    their UTF-16 form.
    """
    items = list(values)
    if all(item.isascii() for item in items):
        return sorted(items)
    return sorted(items, key=lambda item: item.encode("utf-16-be", "surrogatepass"))


def to_js_double(value: int | float) -> float:
    """The double JavaScript holds for ``value`` once it crossed jsii's JSON.

    An ``int`` is written out in full and parsed back to the nearest double; one too large for a
    double becomes an infinity, as ``JSON.parse`` makes it.
    """
    if isinstance(value, float):
        return value
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf


def js_number_to_string(value: int | float) -> str:
    """``Number.prototype.toString()`` of ``value``, exactly as JavaScript prints it.

    The shortest digits that round-trip (Python's ``repr`` and V8 pick the same ones), laid out as
    ECMAScript's Number::toString lays them out: plain notation for decimal exponents from -7 to 20,
    ``1e+21`` / ``1.5e-7`` beyond, no ``.0`` on integers, ``-0`` as ``0``.
    """
    number = to_js_double(value)
    if math.isnan(number):
        return "NaN"
    if math.isinf(number):
        return "Infinity" if number > 0 else "-Infinity"
    if number == 0:
        return "0"
    sign = "-" if number < 0 else ""
    # repr gives the shortest round-trip digits: "1.2345e-07", "123.45", "1e+22", "5e-324".
    text = repr(abs(number))
    mantissa, _, exponent_text = text.partition("e")
    exponent = int(exponent_text) if exponent_text else 0
    whole, _, fraction = mantissa.partition(".")
    combined = whole + fraction
    significant = combined.lstrip("0")
    # The value is 0.<digits> * 10**n: the point sits after `whole`, moved by the exponent and by
    # the leading zeros dropped from the digits.
    n = len(whole) + exponent - (len(combined) - len(significant))
    digits = significant.rstrip("0")
    k = len(digits)
    if k <= n <= 21:
        body = digits + "0" * (n - k)
    elif 0 < n <= 21:
        body = digits[:n] + "." + digits[n:]
    elif -6 < n <= 0:
        body = "0." + "0" * (-n) + digits
    else:
        e = n - 1
        exponent_part = f"e{'+' if e >= 0 else '-'}{abs(e)}"
        body = (digits if k == 1 else digits[0] + "." + digits[1:]) + exponent_part
    return sign + body


_MAX_ARRAY_INDEX = 2**32 - 2
_CANONICAL_INDEX = r"0|[1-9][0-9]*"


def _array_index(key: str) -> int | None:
    if re.fullmatch(_CANONICAL_INDEX, key) is None or not key.isascii():
        return None
    index = int(key)
    return index if index <= _MAX_ARRAY_INDEX else None


def js_object_keys(keys: Iterable[str]) -> list[str]:
    """``Object.keys`` of an object built by adding ``keys`` in this order (duplicates kept once).

    Array-index keys (the canonical decimal form of an integer from 0 to 2**32 - 2: ``"0"``, ``"7"``,
    not ``"07"``, ``"-1"`` or ``"1.0"``) come first in ascending numeric order, then the others in the
    order they were first added.
    """
    indexes: dict[int, str] = {}
    others: dict[str, None] = {}
    for key in keys:
        index = _array_index(key)
        if index is None:
            others.setdefault(key, None)
        else:
            indexes.setdefault(index, key)
    return [indexes[index] for index in sorted(indexes)] + list(others)


# --- punycode.js 2.3.0 -------------------------------------------------------------------------

_MAX_INT = 2147483647
_BASE = 36
_T_MIN = 1
_T_MAX = 26
_SKEW = 38
_DAMP = 700
_INITIAL_BIAS = 72
_INITIAL_N = 128
_SEPARATORS = "[\u002e\u3002\uff0e\uff61]"
_OVERFLOW = "Overflow: input needs wider integers to process"


def _code_points(label: str) -> list[int]:
    """punycode.js's ``ucs2decode`` of the JavaScript string that ``label`` becomes.

    jsii hands a Python string to JavaScript as UTF-16, so a Python string holding a surrogate pair
    as two code points arrives as one astral character; a lone surrogate stays a lone one.
    """
    data = label.encode("utf-16-le", "surrogatepass")
    units = [int.from_bytes(data[i : i + 2], "little") for i in range(0, len(data), 2)]
    output: list[int] = []
    counter = 0
    length = len(units)
    while counter < length:
        value = units[counter]
        counter += 1
        if 0xD800 <= value <= 0xDBFF and counter < length:
            extra = units[counter]
            counter += 1
            if extra & 0xFC00 == 0xDC00:
                output.append(((value & 0x3FF) << 10) + (extra & 0x3FF) + 0x10000)
            else:
                output.append(value)
                counter -= 1
        else:
            output.append(value)
    return output


def _digit_to_basic(digit: int) -> str:
    # 0..25 are a..z, 26..35 are 0..9 (lowercase: punycode.js always passes flag 0).
    return chr(digit + 22 + (75 if digit < 26 else 0))


def _adapt(delta: int, num_points: int, first_time: bool) -> int:
    k = 0
    delta = delta // _DAMP if first_time else delta >> 1
    delta += delta // num_points
    while delta > ((_BASE - _T_MIN) * _T_MAX) >> 1:
        delta //= _BASE - _T_MIN
        k += _BASE
    return k + ((_BASE - _T_MIN + 1) * delta) // (delta + _SKEW)


def _encode(label: str) -> str:
    """RFC 3492 Punycode of one label, as punycode.js's ``encode`` (its overflow checks included)."""
    code_points = _code_points(label)
    output = [chr(c) for c in code_points if c < 0x80]
    basic_length = len(output)
    handled = basic_length
    if basic_length:
        output.append("-")
    n = _INITIAL_N
    delta = 0
    bias = _INITIAL_BIAS
    total = len(code_points)
    while handled < total:
        m = min((c for c in code_points if c >= n), default=_MAX_INT)
        handled_plus_one = handled + 1
        if m - n > (_MAX_INT - delta) // handled_plus_one:
            raise RuntimeError(_OVERFLOW)
        delta += (m - n) * handled_plus_one
        n = m
        for current in code_points:
            if current < n:
                delta += 1
                if delta > _MAX_INT:
                    raise RuntimeError(_OVERFLOW)
            if current == n:
                q = delta
                k = _BASE
                while True:
                    t = _T_MIN if k <= bias else (_T_MAX if k >= bias + _T_MAX else k - bias)
                    if q < t:
                        break
                    output.append(_digit_to_basic(t + (q - t) % (_BASE - t)))
                    q = (q - t) // (_BASE - t)
                    k += _BASE
                output.append(_digit_to_basic(q))
                bias = _adapt(delta, handled_plus_one, handled == basic_length)
                delta = 0
                handled += 1
        delta += 1
        n += 1
    return "".join(output)


def punycode_to_ascii(value: str) -> str:
    """punycode.js 2.x ``toASCII``: the domain of a domain name or e-mail address in Punycode.

    As punycode.js does it: everything before the first ``@`` is kept as it is, and only the text
    between the first and the second ``@`` is taken as the domain (anything after a second ``@`` is
    dropped); the separators U+002E, U+3002, U+FF0E and U+FF61 become ``.``; each label with a
    character outside ASCII becomes ``xn--`` followed by its RFC 3492 encoding. No lowercasing and
    no nameprep. A label too long for punycode.js's 32-bit arithmetic raises its overflow message
    as a ``RuntimeError`` (the reference raises it from its constructor).
    """
    parts = value.split("@")
    prefix = ""
    domain = value
    if len(parts) > 1:
        prefix = parts[0] + "@"
        domain = parts[1]
    labels = re.sub(_SEPARATORS, ".", domain).split(".")
    return prefix + ".".join("xn--" + _encode(label) if not label.isascii() else label for label in labels)
