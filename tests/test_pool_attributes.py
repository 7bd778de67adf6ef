"""_pool_attributes: the pool's ``Schema`` against reference pools built from the same inputs.

A *spec* is plain data that both libraries' inputs are built from: ``standard`` (a dict of member
names to a ``(mutable, required)`` pair, ``None`` for a member set to None, or a dict form) and
``custom`` (a list of ``(name, kind, kwargs)``). The reference renders it through
``aws_cdk.aws_cognito.UserPool`` (many pools a stack, one synth); ours through ``render_schema``,
resolved in a stack so that tokens compare as the template has them.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable
from typing import Any

import jsii
import pytest
from aws_cdk import assertions, core
from aws_cdk import aws_cognito as ref
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cdk_cognito as ours
from cdk_cognito import _pool_attributes as attrs
from cdk_cognito._pool_attributes import render_schema

POOL_TYPE = "AWS::Cognito::UserPool"
STANDARD_MEMBERS = list(attrs.STANDARD_ATTRIBUTE_NAMES)
KINDS = ["String", "Number", "Boolean", "DateTime"]


def _attribute(lib: Any, kind: str, kwargs: dict[str, Any]) -> Any:
    return getattr(lib, f"{kind}Attribute")(**kwargs)


def _standard(lib: Any, spec: Any) -> Any:
    """StandardAttributes from a spec: a dict of member -> (mutable, required) | None | "dict"-marked."""
    if spec is None:
        return None
    if isinstance(spec, tuple) and spec[0] == "dict":
        # the plain-dict form, in the spec's key order, with dict members
        return {
            name: (None if v is None else {"mutable": v[0], "required": v[1]}) for name, v in spec[1].items()
        }
    members = {}
    for name, value in spec.items():
        members[name] = None if value is None else lib.StandardAttribute(mutable=value[0], required=value[1])
    return lib.StandardAttributes(**members)


def _custom(lib: Any, spec: Any) -> Any:
    if spec is None:
        return None
    return {name: _attribute(lib, kind, kwargs) for name, kind, kwargs in spec}


def reference_schemas(specs: list[tuple[Any, Any]]) -> list[Any]:
    """The reference's ``Schema`` of each (standard, custom) spec, or the error its pool raised."""
    stack = core.Stack(core.App(), "S")
    results: list[Any] = []
    built: list[int] = []
    for index, (standard, custom) in enumerate(specs):
        try:
            ref.UserPool(
                stack,
                f"P{index}",
                standard_attributes=_standard(ref, standard),
                custom_attributes=_custom(ref, custom),
            )
        except Exception as error:  # compared with ours
            results.append(_error(error))
        else:
            results.append(None)
            built.append(index)
    resources = assertions.Template.from_stack(stack).to_json().get("Resources", {})
    by_id = {key: value for key, value in resources.items() if value["Type"] == POOL_TYPE}
    for index in built:
        (key,) = [k for k in by_id if k.startswith(f"P{index}") and len(k) == len(f"P{index}") + 8]
        results[index] = by_id[key]["Properties"].get("Schema")
    return results


def our_schemas(specs: list[tuple[Any, Any]]) -> list[Any]:
    stack = core.Stack(core.App(), "S")
    results: list[Any] = []
    for standard, custom in specs:
        try:
            results.append(render_schema(_coerce_standard(_standard(ours, standard)), _custom(ours, custom)))
        except Exception as error:  # compared with the reference's
            results.append(_error(error))
    # core's resolve drops None from lists, so a missing Schema travels as a marker.
    resolved = stack.resolve(["<none>" if r is None else r for r in results])
    return [None if r == "<none>" else r for r in resolved]


def _coerce_standard(value: Any) -> Any:
    # What the pool's props do with a dict: build the struct.
    return attrs.StandardAttributes(**value) if isinstance(value, dict) else value


def _error(error: Exception) -> dict[str, str]:
    return {"error": type(error).__name__, "message": str(error)}


def as_json(value: Any) -> str:
    """Order-sensitive form: the template's key order is part of what is compared."""
    return json.dumps(value, indent=1)


def assert_same(specs: list[tuple[Any, Any]]) -> None:
    expected = reference_schemas(specs)
    actual = our_schemas(specs)
    for spec, mine, theirs in zip(specs, actual, expected, strict=True):
        assert as_json(mine) == as_json(theirs), spec


# --- standard attributes ---------------------------------------------------------------------

ALL = dict.fromkeys(reversed(STANDARD_MEMBERS), (True, True))


def test_standard_attributes_in_member_order_whatever_the_input_order() -> None:
    reversed_dict = ("dict", dict.fromkeys(reversed(STANDARD_MEMBERS), (False, True)))
    assert_same([(ALL, None), (reversed_dict, None)])
    schema = render_schema(ours.StandardAttributes(**{m: ours.StandardAttribute() for m in ALL}), None)
    assert schema is not None
    assert [entry["Name"] for entry in schema] == [
        attrs.STANDARD_ATTRIBUTE_NAMES[m] for m in STANDARD_MEMBERS
    ]
    assert schema[5] == {"Mutable": True, "Name": "name", "Required": False}


def test_standard_attribute_defaults_and_none_members() -> None:
    specs = [
        ({"website": (None, None)}, None),
        ({"website": (False, None), "address": None}, None),
        ({"email": (None, True), "birthdate": (True, False)}, None),
        ({}, None),
        (None, None),
        (("dict", {"timezone": None, "address": (None, None)}), None),
        (("dict", {}), None),
    ]
    assert_same(specs)
    assert render_schema(ours.StandardAttributes(), None) is None
    assert render_schema({"email": {"required": True}}, None) == [  # type: ignore[arg-type]
        {"Mutable": True, "Name": "email", "Required": True}
    ]
    with pytest.raises(TypeError, match=r"^standard_attributes: expected StandardAttributes"):
        render_schema(ref.StandardAttributes(), None)  # type: ignore[arg-type]
    assert render_schema(None, None) is None
    assert render_schema(None, {}) is None


# --- custom attributes -----------------------------------------------------------------------

HAND_PICKED_CUSTOM = [
    ("b", "String", {}),
    ("2", "Number", {"min": 0, "max": 0}),
    ("1", "Boolean", {"mutable": False}),
    ("01", "DateTime", {"mutable": True}),
    ("a", "Number", {"min": -1.5, "max": 1e21}),
    ("z", "Number", {"min": 0, "max": 5}),
    ("y", "String", {"min_len": 0, "max_len": 7}),
    ("x", "String", {"min_len": 3}),
    ("w", "String", {"max_len": 0}),
    ("v", "Number", {"min": -0.0, "max": 1.5e-7}),
    ("u", "Number", {"min": 2**64, "max": 10**400}),
    ("t", "Number", {"min": 5e-324, "mutable": False}),
    ("4294967295", "String", {"mutable": True}),
    ("4294967294", "Boolean", {}),
    ("-1", "DateTime", {}),
    ("1.0", "Number", {"max": 0.1 + 0.2}),
    ("custom:x", "String", {"max_len": 2048, "min_len": 2048}),
    ("", "String", {}),
    ("ü", "Number", {"min": -(2**53) - 1}),
]


def test_custom_attributes_hand_picked() -> None:
    assert_same([(None, HAND_PICKED_CUSTOM), (ALL, HAND_PICKED_CUSTOM[:5]), (None, HAND_PICKED_CUSTOM[::-1])])


def _tokens() -> list[float]:
    return [
        core.Token.as_number(core.Aws.ACCOUNT_ID),
        core.Token.as_number(core.Lazy.string(producer=_Seven())),
    ]


@jsii.implements(core.IStableStringProducer)
class _Seven:
    def produce(self) -> str:
        return "7"


def test_token_constraints() -> None:
    account, lazy = _tokens()
    custom = [
        ("n", "Number", {"min": account, "max": lazy}),
        ("s", "String", {"min_len": lazy, "max_len": account}),
        ("m", "Number", {"min": account}),
        ("negated", "Number", {"min": -account, "max": -lazy}),
    ]
    assert_same([(None, custom)])
    schema = core.Stack().resolve(render_schema(None, _custom(ours, custom[:1])))
    assert schema == [
        {
            "AttributeDataType": "Number",
            "Name": "n",
            "NumberAttributeConstraints": {"MaxValue": "7", "MinValue": {"Ref": "AWS::AccountId"}},
        }
    ]


def test_bind_fields_match_the_reference() -> None:
    account, _ = _tokens()
    cases: list[tuple[str, dict[str, Any]]] = [
        ("String", {"min_len": 1}),
        ("String", {}),
        ("String", {"min_len": 0}),
        ("String", {"min_len": 0, "max_len": 0}),
        ("String", {"max_len": 5, "mutable": False}),
        ("String", {"min_len": account}),
        ("Number", {"min": 0, "max": 3, "mutable": False}),
        ("Number", {"min": 0}),
        ("Number", {"max": -2.5}),
        ("Number", {}),
        ("Boolean", {}),
        ("Boolean", {"mutable": True}),
        ("DateTime", {"mutable": False}),
    ]
    for kind, kwargs in cases:
        mine = _attribute(ours, kind, kwargs).bind()
        theirs = _attribute(ref, kind, kwargs).bind()
        assert isinstance(mine, ours.CustomAttributeConfig)
        assert repr(mine) == repr(theirs), (kind, kwargs)
        assert (mine.data_type, mine.mutable) == (theirs.data_type, theirs.mutable)
        for member, fields in (
            ("number_constraints", ("min", "max")),
            ("string_constraints", ("min_len", "max_len")),
        ):
            mine_c, theirs_c = getattr(mine, member), getattr(theirs, member)
            assert (mine_c is None) == (theirs_c is None)
            if mine_c is not None:
                assert [getattr(mine_c, f) for f in fields] == [getattr(theirs_c, f) for f in fields]


def _constructor_outcome(lib: Any, kind: str, kwargs: dict[str, Any]) -> Any:
    try:
        _attribute(lib, kind, kwargs)
    except Exception as error:  # compared
        return _error(error)
    return None


@pytest.mark.parametrize(
    "kwargs",
    [
        {"min_len": -1},
        {"min_len": -1.5},
        {"min_len": -1e300, "max_len": 3000},
        {"max_len": 2049},
        {"max_len": 2048.5},
        {"max_len": 10**400},
        {"min_len": -(10**400)},
        {"min_len": -1e-7},
        {"min_len": -0.0},
        {"min_len": 0, "max_len": 2048},
        {"min_len": -5e-324},
        {"max_len": 1e21},
        {"min_len": 3000, "max_len": -3},
    ],
)
def test_string_attribute_errors_match_the_reference(kwargs: dict[str, Any]) -> None:
    assert _constructor_outcome(ours, "String", kwargs) == _constructor_outcome(ref, "String", kwargs)


def test_string_attribute_error_messages() -> None:
    with pytest.raises(RuntimeError) as raised:
        ours.StringAttribute(min_len=-2)
    assert str(raised.value) == "minLen cannot be less than 0 (value: -2)."
    with pytest.raises(RuntimeError) as raised:
        ours.StringAttribute(max_len=1e22)
    assert str(raised.value) == "maxLen cannot be greater than 2048 (value: 1e+22)."
    # tokens are never checked (a token number is a large negative double)
    account, lazy = _tokens()
    assert account < 0
    ours.StringAttribute(min_len=account, max_len=lazy)


# --- differential, seeded random -------------------------------------------------------------

_plain_numbers = st.one_of(
    st.integers(-3000, 3000),
    st.sampled_from([0, -0.0, 0.5, -1.5, 1e21, 1e-7, 2048, 2049, -1, 2**64, 5e-324, 1e300]),
    st.floats(allow_nan=False, allow_infinity=False),
)


def _numbers(tokens: list[float]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), _plain_numbers, st.sampled_from(tokens))


def _custom_entry(tokens: list[float]) -> st.SearchStrategy[tuple[str, str, dict[str, Any]]]:
    mutable = st.sampled_from([None, True, False])
    numbers = _numbers(tokens)
    names = st.one_of(
        st.text(max_size=5), st.integers(0, 2**33).map(str), st.sampled_from(["01", "-1", "1.0"])
    )

    def kwargs(kind: str) -> st.SearchStrategy[dict[str, Any]]:
        if kind == "String":
            return st.fixed_dictionaries(
                {}, optional={"min_len": numbers, "max_len": numbers, "mutable": mutable}
            )
        if kind == "Number":
            return st.fixed_dictionaries({}, optional={"min": numbers, "max": numbers, "mutable": mutable})
        return st.fixed_dictionaries({}, optional={"mutable": mutable})

    return st.sampled_from(KINDS).flatmap(lambda kind: st.tuples(names, st.just(kind), kwargs(kind)))


_standard_value = st.one_of(st.none(), st.tuples(*[st.sampled_from([None, True, False])] * 2))
_standard_spec = st.one_of(
    st.none(),
    st.dictionaries(st.sampled_from(STANDARD_MEMBERS), _standard_value, max_size=19),
    st.dictionaries(st.sampled_from(STANDARD_MEMBERS), _standard_value, max_size=19).map(
        lambda d: ("dict", d)
    ),
)


def _spec(tokens: list[float]) -> st.SearchStrategy[tuple[Any, Any]]:
    custom = st.one_of(st.none(), st.lists(_custom_entry(tokens), max_size=8, unique_by=lambda e: e[0]))
    return st.tuples(_standard_spec, custom)


TOKENS = _tokens()


@settings(max_examples=30, suppress_health_check=[HealthCheck.large_base_example, HealthCheck.data_too_large])
@given(st.lists(_spec(TOKENS), min_size=8, max_size=12))
def test_schema_matches_the_reference(specs: list[tuple[Any, Any]]) -> None:
    assert_same(specs)


def test_schema_matches_the_reference_seeded() -> None:
    """A fixed random sample, so that every run covers the same few hundred pools as well."""
    rng = random.Random(20261203)
    numbers: list[Callable[[], Any]] = [
        lambda: None,
        lambda: rng.randint(-3000, 3000),
        lambda: rng.choice([0, -0.0, 1e21, 1e-7, 2048, 2049, -1]),
        lambda: rng.uniform(-1e6, 1e6),
        lambda: rng.choice(TOKENS),
    ]

    def number() -> Any:
        return rng.choice(numbers)()

    specs = []
    for _ in range(200):
        standard = {
            m: rng.choice([None, (None, None), (True, False), (False, True)])
            for m in rng.sample(STANDARD_MEMBERS, rng.randint(0, 5))
        }
        custom = []
        for i in range(rng.randint(0, 4)):
            kind = rng.choice(KINDS)
            kwargs: dict[str, Any] = {"mutable": rng.choice([None, True, False])}
            if kind == "String":
                kwargs.update(min_len=number(), max_len=number())
            elif kind == "Number":
                kwargs.update(min=number(), max=number())
            custom.append((rng.choice([str(i), f"a{i}", f"0{i}"]), kind, kwargs))
        specs.append((rng.choice([standard, None]), custom or None))
    assert_same(specs)


# --- other custom attribute objects --------------------------------------------------------------


@jsii.implements(ref.ICustomAttribute)
class _RefBound:
    """A Python custom attribute the reference can use: bind() returns what it is given."""

    def __init__(self, config: Any) -> None:
        self.config = config

    def bind(self) -> Any:
        return self.config


class _Plain:
    def __init__(self, config: Any) -> None:
        self.config = config

    def bind(self) -> Any:
        return self.config


def _reference_schema(custom: dict[str, Any]) -> Any:
    stack = core.Stack(core.App(), "S")
    ref.UserPool(stack, "P", custom_attributes=custom)
    resources = assertions.Template.from_stack(stack).find_resources(POOL_TYPE)
    return next(iter(resources.values()))["Properties"]["Schema"]


def test_reference_attribute_objects_render_as_in_the_reference() -> None:
    finite = [entry for entry in HAND_PICKED_CUSTOM if entry[0] != "u"]
    custom = {name: _attribute(ref, kind, kwargs) for name, kind, kwargs in finite}
    assert as_json(render_schema(None, custom)) == as_json(_reference_schema(custom))


def test_reference_attribute_with_an_infinite_bound_loses_it_on_the_way_back() -> None:
    """Deliberate difference: a reference ``NumberAttribute`` holding an int too large for a double.

    In Node the bound is Infinity, which the reference prints as "Infinity"; its ``bind()`` result
    reaches Python through JSON, where Infinity becomes null, so ours leaves the bound out.
    """
    custom = {"u": ref.NumberAttribute(min=1, max=10**400)}
    assert _reference_schema(custom)[0]["NumberAttributeConstraints"] == {
        "MaxValue": "Infinity",
        "MinValue": "1",
    }
    schema = render_schema(None, custom)
    assert schema is not None
    assert schema[0]["NumberAttributeConstraints"] == {"MinValue": "1"}
    # ours, given the same int, prints it as the reference does
    schema = render_schema(None, {"u": ours.NumberAttribute(min=1, max=10**400)})
    assert schema is not None
    assert schema[0]["NumberAttributeConstraints"] == {"MaxValue": "Infinity", "MinValue": "1"}


def test_duck_typed_bind_results_render_as_in_the_reference() -> None:
    configs = {
        "struct": ref.CustomAttributeConfig(
            data_type="X",
            mutable=True,
            number_constraints=ref.NumberAttributeConstraints(min=0),
            string_constraints=ref.StringAttributeConstraints(),
        ),
        "camel": {
            "dataType": "X",
            "mutable": False,
            "numberConstraints": {"min": 1},
            "stringConstraints": {"minLen": 0},
        },
        "empty-type": ref.CustomAttributeConfig(
            data_type="", number_constraints=ref.NumberAttributeConstraints(min=-0.0, max=1.5e-7)
        ),
        "both": ref.CustomAttributeConfig(
            data_type="String",
            number_constraints=ref.NumberAttributeConstraints(max=2),
            string_constraints=ref.StringAttributeConstraints(max_len=0, min_len=0),
        ),
        "empty-constraints": ref.CustomAttributeConfig(
            data_type="Number", number_constraints=ref.NumberAttributeConstraints()
        ),
    }
    expected = _reference_schema({name: _RefBound(config) for name, config in configs.items()})
    assert as_json(
        render_schema(None, {name: _Plain(config) for name, config in configs.items()})
    ) == as_json(expected)
    # our own config, and a snake_case dict (which the reference's jsii callback cannot return)
    mine = {
        "struct": ours.CustomAttributeConfig(
            data_type="X",
            mutable=True,
            number_constraints=ours.NumberAttributeConstraints(min=0),
            string_constraints=ours.StringAttributeConstraints(),
        ),
        "camel": {
            "data_type": "X",
            "mutable": False,
            "number_constraints": {"min": 1},
            "string_constraints": {"min_len": 0},
        },
        "empty-type": {
            "data_type": "",
            "number_constraints": ours.NumberAttributeConstraints(min=-0.0, max=1.5e-7),
        },
        "both": {
            "data_type": "String",
            "number_constraints": {"max": 2},
            "string_constraints": {"max_len": 0, "min_len": 0},
        },
        "empty-constraints": {"dataType": "Number", "numberConstraints": {}},
    }
    assert as_json(render_schema(None, {name: _Plain(config) for name, config in mine.items()})) == as_json(
        expected
    )


def test_bind_is_called_once_per_attribute_in_key_order() -> None:
    calls: list[str] = []

    class Counting:
        def __init__(self, name: str) -> None:
            self.name = name

        def bind(self) -> ours.CustomAttributeConfig:
            calls.append(self.name)
            return ours.CustomAttributeConfig(data_type="String")

    render_schema(None, {name: Counting(name) for name in ["b", "10", "a", "2"]})
    assert calls == ["2", "10", "b", "a"]


# --- type errors ---------------------------------------------------------------------------------


def _type_error(fn: Callable[[], Any]) -> str:
    with pytest.raises(TypeError) as raised:
        fn()
    return str(raised.value)


def test_type_errors_name_the_argument() -> None:
    assert _type_error(lambda: ours.StringAttribute(min_len="3")).startswith(  # type: ignore[arg-type]
        "StringAttributeProps.min_len: expected a finite int or float, or None; got str"
    )
    assert _type_error(lambda: ours.StringAttribute(max_len=math.nan)).startswith(
        "StringAttributeProps.max_len:"
    )
    assert _type_error(lambda: ours.NumberAttribute(min=math.inf)).startswith("NumberAttributeProps.min:")
    assert _type_error(lambda: ours.NumberAttribute(max=True)).startswith("NumberAttributeProps.max:")
    assert _type_error(lambda: ours.NumberAttribute(mutable=1)).startswith(  # type: ignore[arg-type]
        "NumberAttributeProps.mutable: expected bool or None; got int"
    )
    assert _type_error(lambda: ours.BooleanAttribute(mutable="yes")).startswith(  # type: ignore[arg-type]
        "CustomAttributeProps.mutable:"
    )
    assert _type_error(lambda: ours.DateTimeAttribute(mutable=0)).startswith(  # type: ignore[arg-type]
        "CustomAttributeProps.mutable:"
    )
    assert _type_error(lambda: ours.StandardAttribute(required="no")).startswith(  # type: ignore[arg-type]
        "StandardAttribute.required:"
    )
    assert _type_error(lambda: ours.StandardAttributes(address=True)).startswith(  # type: ignore[arg-type]
        "StandardAttributes.address: expected StandardAttribute, a dict of its fields, or None; got bool"
    )
    assert _type_error(lambda: ours.StandardAttributes(email={"mutable": "x"})).startswith(  # type: ignore[arg-type]
        "StandardAttributes.email.mutable:"
    )
    assert _type_error(lambda: ours.StandardAttributes(email={"optional": True})).startswith(  # type: ignore[arg-type]
        "StandardAttributes.email: unexpected key(s) 'optional'"
    )
    assert _type_error(lambda: ours.CustomAttributeConfig(data_type=None)).startswith(  # type: ignore[arg-type]
        "CustomAttributeConfig.data_type: a value is required"
    )
    assert _type_error(lambda: ours.CustomAttributeConfig(data_type="X", number_constraints=3)).startswith(  # type: ignore[arg-type]
        "CustomAttributeConfig.number_constraints:"
    )
    assert _type_error(lambda: ours.StringAttributeConstraints(min_len="1")).startswith(  # type: ignore[arg-type]
        "StringAttributeConstraints.min_len:"
    )
    assert _type_error(lambda: ours.NumberAttributeConstraints(max=[1])).startswith(  # type: ignore[arg-type]
        "NumberAttributeConstraints.max:"
    )


def test_custom_attribute_shape_errors() -> None:
    def schema(custom: Any) -> Any:
        return render_schema(None, custom)

    assert _type_error(lambda: schema(["a"])).startswith("custom_attributes: expected a dict")
    assert _type_error(lambda: schema({1: ours.BooleanAttribute()})).startswith(
        "custom_attributes key: expected str"
    )
    message = _type_error(lambda: schema({"a": "String"}))
    assert message.startswith("custom_attributes['a']: expected an ICustomAttribute")
    message = _type_error(lambda: schema({"a": _Plain(None)}))
    assert message == "custom_attributes['a'].bind(): expected a CustomAttributeConfig; got NoneType (None)"
    # catchable as the reference's RuntimeError too (jsii's "Unable to deserialize value")
    with pytest.raises(RuntimeError):
        schema({"a": _Plain(None)})
    message = _type_error(lambda: schema({"a": _Plain(42)}))
    assert message.startswith(
        "custom_attributes['a'].bind(): expected a CustomAttributeConfig (an object with data_type)"
    )
    message = _type_error(
        lambda: schema({"a": _Plain({"data_type": "X", "numberConstraints": {"min": "1"}})})
    )
    assert message.startswith("custom_attributes['a'].bind().number_constraints.min:")
    message = _type_error(lambda: schema({"a": _Plain({"dataType": "X", "data_type": "Y"})}))
    assert message == "custom_attributes['a'].bind(): both 'data_type' and its camelCase form are given"
    message = _type_error(lambda: schema({"a": _Plain({"data_type": "X", "required": True})}))
    assert message.startswith("custom_attributes['a'].bind(): unexpected key(s) 'required'")
