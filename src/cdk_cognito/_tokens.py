"""Recognising unresolved CDK tokens in Python, without a round trip to Node.

Mirrors ``core.Token.is_unresolved`` of aws-cdk.core 1.204 (``lib/private/encoding.js``):
tokens are encoded into strings as ``${Token[...]}``, into string lists as a single
``#{Token[...]}`` element, and into numbers as doubles whose upper 16 bits are 0xFBFF.
A value that holds a token anywhere is never validated as a literal.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterable

__all__ = ["any_unresolved", "is_unresolved"]

_KEY_CHARS = "a-zA-Z0-9:._-"
_STRING_TOKEN = re.compile(r"\$\{Token\[[" + _KEY_CHARS + r"]+\]\}|-1\.\d{10,16}e\+289")
_LIST_TOKEN = re.compile(r"#\{Token\[[" + _KEY_CHARS + r"]+\]\}")
_DOUBLE_MARKER_BITS = 0xFBFF0000


def _is_token_number(value: int | float) -> bool:
    try:
        # An int too large for a double is no token (float() of it overflows).
        (bits,) = struct.unpack("<Q", struct.pack("<d", float(value)))
    except (OverflowError, struct.error):
        return False
    return bool((bits >> 32) & 0xFFFF0000 == _DOUBLE_MARKER_BITS)


def is_unresolved(value: object) -> bool:
    """Whether ``value`` is, or contains in its string form, an unresolved CDK token."""
    if isinstance(value, str):
        return _STRING_TOKEN.search(value) is not None
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return _is_token_number(value)
    if isinstance(value, list | tuple):
        return len(value) == 1 and isinstance(value[0], str) and _LIST_TOKEN.search(value[0]) is not None
    return callable(getattr(value, "resolve", None))


def any_unresolved(values: Iterable[object]) -> bool:
    """Whether a list is a list token, or any of its elements is unresolved."""
    items = list(values)
    return is_unresolved(items) or any(is_unresolved(item) for item in items)
