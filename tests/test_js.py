"""_js against Node itself: Number::toString, own-key order, punycode.js's toASCII, string length and sort.

Node runs once per batch (a few hundred values a process): each batch is a JSON list on stdin, the
answers come back as a JSON list. punycode.js is the copy bundled in the reference's jsii tarball.
"""

from __future__ import annotations

import json
import math
import shutil
import struct
import subprocess
import tarfile
from pathlib import Path
from typing import Any

import jsii
import pytest
from aws_cdk import aws_cognito, core
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cdk_cognito._js import (
    js_number_to_string,
    js_object_keys,
    punycode_to_ascii,
    to_js_double,
    utf8_bytes,
    utf16_length,
    utf16_sorted,
)

NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="node is not on PATH")

BATCH = 400
# Each hypothesis example is a batch of values for one Node process: a few dozen examples cover
# thousands of values.
BATCHED = settings(
    max_examples=25, suppress_health_check=[HealthCheck.large_base_example, HealthCheck.data_too_large]
)


def node(script: str, inputs: list[Any]) -> list[Any]:
    """Run ``script`` (which maps the JSON array ``input`` to a JSON-able ``output`` array) in Node."""
    assert NODE is not None
    program = (
        "let data='';process.stdin.on('data',c=>data+=c);process.stdin.on('end',()=>{"
        "const input=JSON.parse(data);let output;"
        + script
        + ";process.stdout.write(JSON.stringify(output));});"
    )
    done = subprocess.run(
        [NODE, "-e", program], input=json.dumps(inputs), capture_output=True, text=True, check=True
    )
    result: list[Any] = json.loads(done.stdout)
    return result


@pytest.fixture(scope="session")
def punycode_js(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The path of the punycode.js that the reference requires (from its jsii tarball)."""
    tarball = next((Path(aws_cognito.__file__).parent / "_jsii").glob("*.jsii.tgz"))
    target = tmp_path_factory.mktemp("punycode")
    with tarfile.open(tarball) as archive:
        member = archive.getmember("package/node_modules/punycode/punycode.js")
        extracted = archive.extractfile(member)
        assert extracted is not None
        (target / "punycode.js").write_bytes(extracted.read())
    return str(target / "punycode.js")


# --- Number.prototype.toString ---------------------------------------------------------------


def _bits(value: float) -> str:
    return struct.pack(">d", value).hex()


def node_number_strings(values: list[int | float]) -> list[str]:
    """Node's ``toString()`` of each value as jsii hands it over (ints as JSON integers, floats exact)."""
    items = [{"int": str(v)} if isinstance(v, int) else {"bits": _bits(v)} for v in values]
    script = (
        "output=input.map(x=>{if('int' in x) return JSON.parse(x.int).toString();"
        "const b=Buffer.from(x.bits,'hex');return b.readDoubleBE(0).toString();})"
    )
    out: list[str] = []
    for start in range(0, len(items), BATCH):
        out.extend(node(script, items[start : start + BATCH]))
    return out


HAND_PICKED_NUMBERS: list[int | float] = [
    0,
    -0.0,
    0.0,
    1,
    -1,
    1.5,
    -1.5,
    0.1,
    0.1 + 0.2,
    100,
    123.456,
    1e20,
    1e21,
    1.5e21,
    123456789012345680000.0,
    999999999999999900000.0,
    1e-6,
    1e-7,
    1.5e-7,
    0.000001234,
    0.0000001234,
    5e-324,
    2.2250738585072014e-308,
    2.225073858507201e-308,
    1.7976931348623157e308,
    2**53,
    2**53 + 1,
    2**63,
    2**64,
    2**64 - 1,
    -(2**64),
    10**21,
    10**21 - 1,
    10**400,
    -(10**400),
    math.inf,
    -math.inf,
    math.nan,
    2048,
    2049,
    4294967295,
]


def test_number_to_string_hand_picked() -> None:
    assert [js_number_to_string(v) for v in HAND_PICKED_NUMBERS] == node_number_strings(HAND_PICKED_NUMBERS)


def test_token_numbers_print_as_node_prints_them() -> None:
    numbers = [
        core.Token.as_number(core.Aws.ACCOUNT_ID),
        core.Token.as_number(core.Lazy.string(producer=_Producer("7"))),
        core.Token.as_number(core.Aws.REGION),
    ]
    assert all(core.Token.is_unresolved(n) for n in numbers)
    ours = [js_number_to_string(n) for n in numbers]
    assert ours == node_number_strings(numbers)
    # core recognises the printed form as the same token.
    stack = core.Stack()
    assert stack.resolve(ours[0]) == {"Ref": "AWS::AccountId"}
    assert all(core.Token.is_unresolved(text) for text in ours)


@jsii.implements(core.IStableStringProducer)
class _Producer:
    def __init__(self, value: str) -> None:
        self.value = value

    def produce(self) -> str:
        return self.value


# Doubles of every kind: subnormals, huge and tiny exponents, integers, values near 10**21 and 1e-7.
_doubles = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False),
    st.floats(min_value=-1e-300, max_value=1e-300, allow_subnormal=True),
    st.builds(lambda bits: struct.unpack(">d", bits.to_bytes(8, "big"))[0], st.integers(0, 2**64 - 1)),
    st.builds(lambda m, e: m * 10.0**e, st.integers(-(10**6), 10**6), st.integers(-30, 30)),
    st.floats(min_value=1e20, max_value=1e22),
    st.floats(min_value=1e-8, max_value=1e-6),
)
_numbers: st.SearchStrategy[int | float] = st.one_of(_doubles, st.integers(-(2**64), 2**64))


@BATCHED
@given(st.lists(_numbers, min_size=100, max_size=200))
def test_number_to_string_matches_node(values: list[int | float]) -> None:
    assert [js_number_to_string(v) for v in values] == node_number_strings(values)


def test_to_js_double() -> None:
    assert to_js_double(2**64 + 1) == 2.0**64
    assert to_js_double(10**400) == math.inf
    assert to_js_double(-(10**400)) == -math.inf
    assert to_js_double(1.5) == 1.5


# --- Object.keys order -----------------------------------------------------------------------


def node_object_keys(key_lists: list[list[str]]) -> list[list[str]]:
    script = "output=input.map(keys=>{const o={};for(const k of keys)o[k]=1;return Object.keys(o);})"
    out: list[list[str]] = []
    for start in range(0, len(key_lists), BATCH):
        out.extend(node(script, key_lists[start : start + BATCH]))
    return out


HAND_PICKED_KEYS = [
    [],
    ["b", "a"],
    ["b", "2", "1", "a", "0"],
    ["01", "1", "001", "10", "9"],
    ["4294967295", "4294967294", "4294967296", "0"],
    ["-1", "1.0", "1e3", "1", " 1", "1 ", "+1", "0x1"],
    ["x", "y", "x", "3", "3", "2"],
    ["\u0661", "\u0968", "1", "\u00b9"],
    ["18446744073709551616", "9007199254740993", "123"],
]


def test_object_keys_hand_picked() -> None:
    assert [js_object_keys(keys) for keys in HAND_PICKED_KEYS] == node_object_keys(HAND_PICKED_KEYS)


_key = st.one_of(
    st.text(max_size=6),
    st.integers(0, 2**33).map(str),
    st.sampled_from(["01", "00", "0", "4294967295", "4294967294", "-1", "1.0", "-0", "1e2"]),
    st.text(alphabet="0123456789", min_size=1, max_size=11),
)


@BATCHED
@given(st.lists(st.lists(_key, max_size=12), min_size=20, max_size=40))
def test_object_keys_match_node(key_lists: list[list[str]]) -> None:
    assert [js_object_keys(keys) for keys in key_lists] == node_object_keys(key_lists)


# --- punycode.js toASCII ---------------------------------------------------------------------


def node_to_ascii(punycode_js: str, values: list[str]) -> list[Any]:
    """``toASCII`` of each value in Node, or ``{"error": [name, message]}``."""
    script = (
        f"const p=require({json.dumps(punycode_js)});"
        "output=input.map(v=>{try{return p.toASCII(v);}catch(e){return {error:[e.name,e.message]};}})"
    )
    out: list[Any] = []
    for start in range(0, len(values), BATCH):
        out.extend(utf16(v) for v in node(script, values[start : start + BATCH]))
    return out


def utf16(value: Any) -> Any:
    """A string as the UTF-16 code units JavaScript sees (a Python surrogate pair is one astral character)."""
    if not isinstance(value, str):
        return value
    return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def ours_to_ascii(values: list[str]) -> list[Any]:
    out: list[Any] = []
    for value in values:
        try:
            out.append(utf16(punycode_to_ascii(value)))
        except RuntimeError as error:
            out.append({"error": ["RangeError", str(error)]})
    return out


HAND_PICKED_DOMAINS = [
    "",
    "example.com",
    "münchen.de",
    "MÜNCHEN.DE",
    "Ab@Ü.com",
    "ü@ü.com",
    "a@b@c.ü",
    "@",
    "@@",
    "ü@",
    "@ü",
    "a..ü.",
    ".",
    "..",
    "münchen。de",
    "münchen\uff0ede",
    "münchen\uff61de",
    "ü\u3002ü\uff0eü\uff61ü",
    "😀.com",
    "x@😀😁.com",
    "\U0010ffff",
    "\ud800",
    "\udc00x",
    "\ud83d\ude00",
    "a\ud800b.ü",
    "Name <a@ü.com>",
    "bücher-ü.example",
    "xn--mnchen-3ya.de",
    "\x7f.\x80",
    "-.ü-",
    "a" * 63 + "ü",
    "a" * 2100 + "\U0010ffff",
    "x@" + "a" * 2100 + "\U0010ffff",
    "a" * 2100 + "\U0010ffff" + "@x",
    "ü" * 500,
    "${Token[TOKEN.123]}",
    "ü.${Token[TOKEN.123]}@ü",
]


def test_punycode_hand_picked(punycode_js: str) -> None:
    assert ours_to_ascii(HAND_PICKED_DOMAINS) == node_to_ascii(punycode_js, HAND_PICKED_DOMAINS)


def test_punycode_overflow_message() -> None:
    with pytest.raises(RuntimeError) as raised:
        punycode_to_ascii("a" * 3000 + "\U0010ffff")
    assert str(raised.value) == "Overflow: input needs wider integers to process"


_domain_text = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=30),
    st.text(alphabet=st.sampled_from("aZ09-.@\u3002\uff0e\uff61üÜßẞ😀\ud800\udc00\x7f\x80"), max_size=20),
    st.lists(st.text(max_size=8), max_size=5).map(".".join),
)


@BATCHED
@given(st.lists(_domain_text, min_size=40, max_size=80))
@example(["ü" * 2000 + "\U0010ffff"])
def test_punycode_matches_node(punycode_js: str, values: list[str]) -> None:
    assert ours_to_ascii(values) == node_to_ascii(punycode_js, values)


# --- String.prototype.length and Array.prototype.sort ------------------------------------------

# Every code point, lone surrogates included (Python strings may hold them; JSON carries them to
# Node as the same UTF-16 code units), and a Python surrogate pair that JavaScript reads as one.
_any_char = st.characters(blacklist_categories=())
_js_text = st.lists(
    st.one_of(_any_char, st.just("\ud83d\ude00"), st.sampled_from("aZ_\u00e9\uffff\U0001f600")),
    max_size=8,
).map("".join)

HAND_PICKED_TEXTS = [
    "",
    "ascii",
    "\u00e9",
    "\U0001f600",
    "\ud83d\ude00",
    "\ud800",
    "\udc00x",
    "a\U00010000b\uffff",
    "\ud800\ud800",
]


def node_lengths(values: list[str]) -> list[int]:
    return node("output=input.map(v=>v.length)", values)


def node_sorted(lists: list[list[str]]) -> list[list[str]]:
    return [[utf16(value) for value in values] for values in node("output=input.map(v=>v.sort())", lists)]


def test_utf16_length_hand_picked() -> None:
    assert [utf16_length(text) for text in HAND_PICKED_TEXTS] == node_lengths(HAND_PICKED_TEXTS)


@BATCHED
@given(st.lists(_js_text, min_size=50, max_size=100))
def test_utf16_length_matches_node(texts: list[str]) -> None:
    assert [utf16_length(text) for text in texts] == node_lengths(texts)


@BATCHED
@given(st.lists(st.lists(_js_text, max_size=10), min_size=20, max_size=40))
@example([HAND_PICKED_TEXTS, ["b", "a", "B"], []])
def test_utf16_sorted_matches_node(lists: list[list[str]]) -> None:
    ours = [[utf16(value) for value in utf16_sorted(values)] for values in lists]
    assert ours == node_sorted(lists)


def test_utf16_sorted_takes_any_iterable_and_leaves_it_alone() -> None:
    names = ("b", "\U0001f600", "\uffff", "a")
    assert utf16_sorted(iter(names)) == ["a", "b", "\U0001f600", "\uffff"]
    assert utf16_sorted(names) == ["a", "b", "\U0001f600", "\uffff"]
    assert names == ("b", "\U0001f600", "\uffff", "a")


def node_utf8(values: list[str]) -> list[str]:
    return node("output=input.map(v=>Buffer.from(v).toString('hex'))", values)


def test_utf8_bytes_hand_picked() -> None:
    assert [utf8_bytes(text).hex() for text in HAND_PICKED_TEXTS] == node_utf8(HAND_PICKED_TEXTS)
    assert utf8_bytes("a\ud800b") == b"a\xef\xbf\xbdb"
    assert utf8_bytes("\ud83d\ude00") == "\U0001f600".encode()


@BATCHED
@given(st.lists(_js_text, min_size=50, max_size=100))
def test_utf8_bytes_match_node(texts: list[str]) -> None:
    assert [utf8_bytes(text).hex() for text in texts] == node_utf8(texts)
