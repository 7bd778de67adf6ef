"""_email: the pool's ``EmailConfiguration`` against reference pools built from the same inputs.

A *spec* is ``(region, email, settings)``: the stack's region (``None`` for an env-agnostic stack),
``email`` as ``("cognito", reply_to)`` or ``("ses", kwargs)`` or ``None``, and ``settings`` as the
kwargs of ``EmailSettings`` or ``None``. The reference renders it through
``aws_cdk.aws_cognito.UserPool`` (one stack a region, many pools a stack, one synth); ours through
``render_email`` in a construct of a stack with the same region, resolved there.
"""

from __future__ import annotations

import json
import random
from typing import Any

import jsii
import pytest
from aws_cdk import assertions, core
from aws_cdk import aws_cognito as ref
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cdk_cognito as ours
from cdk_cognito._email import render_email

POOL_TYPE = "AWS::Cognito::UserPool"
NOT_BOTH = 'you must either provide "email" or "emailSettings", but not both'
NO_REGION = 'Your stack region cannot be determined so "sesRegion" is required in SESOptions'
OTHER_DOMAIN = '"fromEmail" contains a different domain than the "sesVerifiedDomain"'
NON_ASCII = "the local part of the email address must use ASCII characters only"
OVERFLOW = "Overflow: input needs wider integers to process"

Spec = tuple[str | None, Any, Any]


def _stack(region: str | None) -> core.Stack:
    env = core.Environment(region=region) if region is not None else None
    return core.Stack(core.App(), "S", env=env)


def _email(lib: Any, spec: Any) -> Any:
    if spec is None:
        return None
    kind, arg = spec
    if kind == "cognito":
        return lib.UserPoolEmail.with_cognito(arg)
    return lib.UserPoolEmail.with_ses(**arg)


def _settings(lib: Any, spec: Any) -> Any:
    return None if spec is None else lib.EmailSettings(**spec)


def _error(error: Exception) -> dict[str, str]:
    return {"error": type(error).__name__, "message": str(error)}


def reference_configurations(specs: list[Spec]) -> list[Any]:
    results: list[Any] = [None] * len(specs)
    for region in {spec[0] for spec in specs}:
        stack = _stack(region)
        built = []
        for index, (spec_region, email, email_settings) in enumerate(specs):
            if spec_region != region:
                continue
            try:
                ref.UserPool(
                    stack,
                    f"P{index}",
                    email=_email(ref, email),
                    email_settings=_settings(ref, email_settings),
                )
            except Exception as error:  # compared with ours
                results[index] = _error(error)
            else:
                built.append(index)
        resources = assertions.Template.from_stack(stack).to_json().get("Resources", {})
        pools = {key: value for key, value in resources.items() if value["Type"] == POOL_TYPE}
        for index in built:
            (key,) = [k for k in pools if k.startswith(f"P{index}") and len(k) == len(f"P{index}") + 8]
            results[index] = pools[key]["Properties"].get("EmailConfiguration")
    return results


def our_configurations(specs: list[Spec]) -> list[Any]:
    results: list[Any] = [None] * len(specs)
    for region in {spec[0] for spec in specs}:
        stack = _stack(region)
        for index, (spec_region, email, email_settings) in enumerate(specs):
            if spec_region != region:
                continue
            scope = core.Construct(stack, f"P{index}")
            try:
                rendered = render_email(_email(ours, email), _settings(ours, email_settings), scope)
            except Exception as error:  # compared with the reference's
                results[index] = _error(error)
            else:
                results[index] = None if rendered is None else stack.resolve(rendered)
    return results


def as_json(value: Any) -> str:
    return json.dumps(value, indent=1)


def assert_same(specs: list[Spec]) -> None:
    expected = reference_configurations(specs)
    actual = our_configurations(specs)
    for spec, mine, theirs in zip(specs, actual, expected, strict=True):
        assert as_json(mine) == as_json(theirs), spec


@jsii.implements(core.IStableStringProducer)
class _Lazy:
    def __init__(self, value: str) -> None:
        self.value = value

    def produce(self) -> str:
        return self.value


LAZY_FROM = core.Lazy.string(producer=_Lazy("lazy@example.com"))
LAZY_DOMAIN = core.Lazy.string(producer=_Lazy("example.com"))

HAND_PICKED: list[Spec] = [
    (None, None, None),
    (None, ("cognito", None), None),
    (None, ("cognito", ""), None),
    (None, ("cognito", "reply@example.com"), None),
    (None, ("cognito", "Reply@Bücher.Example"), None),
    (None, ("cognito", "ü@example.com"), None),
    (None, ("cognito", "üa@example.com"), None),
    (None, ("cognito", "@example.com"), None),
    (None, ("cognito", "a@b@c.ü"), None),
    (None, ("cognito", "x@" + "a" * 2100 + "\U0010ffff"), None),
    (None, ("cognito", LAZY_FROM), None),
    (None, None, {}),
    (None, None, {"from_": ""}),
    (None, None, {"reply_to": ""}),
    (None, None, {"from_": "ü@ü.com", "reply_to": "Ab@Ü.com"}),
    (None, None, {"from_": "a@b@c.ü"}),
    (None, None, {"from_": "x@" + "a" * 2100 + "\U0010ffff"}),
    (None, None, {"reply_to": LAZY_FROM}),
    (None, ("cognito", None), {}),
    (None, ("ses", {"from_email": "x@example.com"}), {"from_": "a@b.c"}),
    (None, ("ses", {"from_email": "x@ü.com"}), None),
    (None, ("ses", {"from_email": "x@ü.com", "ses_region": ""}), None),
    (None, ("ses", {"from_email": "x@ü.com", "ses_region": "us-east-1"}), None),
    (None, ("ses", {"from_email": "x@ü.com", "ses_region": core.Aws.REGION}), None),
    ("eu-west-1", ("ses", {"from_email": "x@ü.com"}), None),
    ("eu-west-1", ("ses", {"from_email": "x@ü.com", "ses_region": ""}), None),
    ("eu-west-1", ("ses", {"from_email": ""}), None),
    ("eu-west-1", ("ses", {"from_email": "", "ses_verified_domain": ""}), None),
    ("eu-west-1", ("ses", {"from_email": "", "ses_verified_domain": "x.com"}), None),
    (
        "eu-west-1",
        (
            "ses",
            {
                "from_email": "x@ü.com",
                "ses_region": "us-west-2",
                "from_name": "Ünicode <a@b>",
                "reply_to": "r@ẞ.de",
                "ses_verified_domain": "ü.com",
                "configuration_set_name": "cs",
            },
        ),
        None,
    ),
    ("eu-west-1", ("ses", {"from_email": "x@example.com", "from_name": ""}), None),
    ("eu-west-1", ("ses", {"from_email": "x@example.com", "from_name": "Ü"}), None),
    ("eu-west-1", ("ses", {"from_email": "ü@example.com"}), None),
    ("eu-west-1", ("ses", {"from_email": "ü@example.com", "from_name": "Name"}), None),
    ("eu-west-1", ("ses", {"from_email": "x@example.com", "reply_to": "ü@example.com"}), None),
    ("eu-west-1", ("ses", {"from_email": "x@example.com", "reply_to": ""}), None),
    ("eu-west-1", ("ses", {"from_email": "x@example.com", "ses_verified_domain": "other.com"}), None),
    ("eu-west-1", ("ses", {"from_email": "ü@other.com", "ses_verified_domain": "example.com"}), None),
    ("eu-west-1", ("ses", {"from_email": "x@a@example.com", "ses_verified_domain": "example.com"}), None),
    ("eu-west-1", ("ses", {"from_email": "example.com", "ses_verified_domain": "example.com"}), None),
    ("eu-west-1", ("ses", {"from_email": "x@ü", "ses_verified_domain": "ü"}), None),
    ("eu-west-1", ("ses", {"from_email": "x@example.com", "configuration_set_name": ""}), None),
    ("eu-west-1", ("ses", {"from_email": LAZY_FROM}), None),
    ("eu-west-1", ("ses", {"from_email": LAZY_FROM, "ses_verified_domain": LAZY_DOMAIN}), None),
    ("eu-west-1", ("ses", {"from_email": "x@example.com", "ses_verified_domain": LAZY_DOMAIN}), None),
    ("eu-west-1", ("ses", {"from_email": "x@" + "a" * 2100 + "\U0010ffff"}), None),
    ("eu-west-1", ("ses", {"from_email": "x@example.com"}), {"reply_to": "r@example.com"}),
    ("eu-west-1", ("cognito", "r@ü.com"), None),
    ("us-gov-west-1", ("ses", {"from_email": "x@example.com", "ses_region": "us-gov-west-1"}), None),
]


def test_email_configuration_hand_picked() -> None:
    assert_same(HAND_PICKED)


def _raised(spec: Spec) -> Any:
    (outcome,) = our_configurations([spec])
    return outcome


def test_every_error_with_its_message() -> None:
    def error(message: str) -> dict[str, str]:
        return {"error": "RuntimeError", "message": message}

    ses = "ses"
    assert _raised((None, ("cognito", None), {})) == error(NOT_BOTH)
    assert _raised((None, (ses, {"from_email": "x@example.com"}), None)) == error(NO_REGION)
    assert _raised((None, (ses, {"from_email": "x@example.com", "ses_region": ""}), None)) == error(NO_REGION)
    domain = {"from_email": "x@example.com", "ses_verified_domain": "other.com"}
    assert _raised(("eu-west-1", (ses, domain), None)) == error(OTHER_DOMAIN)
    assert _raised(("eu-west-1", (ses, {"from_email": "ü@example.com"}), None)) == error(NON_ASCII)
    reply = {"from_email": "x@example.com", "reply_to": "ü@example.com"}
    assert _raised(("eu-west-1", (ses, reply), None)) == error(NON_ASCII)
    assert _raised(("eu-west-1", (ses, {"from_email": "x@ü", "ses_verified_domain": "ü"}), None)) == error(
        NON_ASCII
    )
    assert _raised((None, ("cognito", "@example.com"), None)) == error(NON_ASCII)
    assert _raised((None, ("cognito", "x@" + "a" * 2100 + "\U0010ffff"), None)) == error(OVERFLOW)
    assert _raised((None, None, {"from_": "x@" + "a" * 2100 + "\U0010ffff"})) == error(OVERFLOW)
    # the region is checked first, then the domain, then the addresses in the order they render
    first = {
        "from_email": "ü@example.com",
        "ses_verified_domain": "other.com",
        "reply_to": "x" * 2100 + "\U0010ffff",
    }
    assert _raised((None, (ses, first), None)) == error(NO_REGION)
    assert _raised(("eu-west-1", (ses, first), None)) == error(OTHER_DOMAIN)
    second = {"from_email": "ü@example.com", "reply_to": "x@" + "a" * 2100 + "\U0010ffff"}
    assert _raised(("eu-west-1", (ses, second), None)) == error(NON_ASCII)


def test_errors_arise_when_the_pool_is_built_not_in_with_ses() -> None:
    """``with_ses`` checks nothing but types; the pool's constructor raises, with no ``Error: `` prefix."""
    options = {"from_email": "ü@example.com", "ses_verified_domain": "other.com"}
    mine = ours.UserPoolEmail.with_ses(**options)
    theirs = ref.UserPoolEmail.with_ses(**options)
    with pytest.raises(RuntimeError) as raised:
        ref.UserPool(_stack("eu-west-1"), "P", email=theirs)
    assert type(raised.value) is RuntimeError
    assert str(raised.value) == OTHER_DOMAIN
    with pytest.raises(RuntimeError) as raised:
        render_email(mine, None, core.Construct(_stack("eu-west-1"), "P"))
    assert type(raised.value) is RuntimeError
    assert str(raised.value) == OTHER_DOMAIN
    # the same object renders again (and fails again) in every pool it is given to
    with pytest.raises(RuntimeError):
        render_email(mine, None, core.Construct(_stack("eu-west-1"), "Q"))


def test_ses_needs_no_region_lookup_with_a_ses_region() -> None:
    stack = _stack(None)
    rendered = render_email(
        ours.UserPoolEmail.with_ses(from_email="x@example.com", ses_region="eu-west-1"),
        None,
        core.Construct(stack, "C"),
    )
    assert rendered is not None
    assert stack.resolve(rendered["SourceArn"]) == {
        "Fn::Join": [
            "",
            [
                "arn:",
                {"Ref": "AWS::Partition"},
                ":ses:eu-west-1:",
                {"Ref": "AWS::AccountId"},
                ":identity/x@example.com",
            ],
        ]
    }


def test_type_errors_name_the_argument() -> None:
    def message(fn: Any) -> str:
        with pytest.raises(TypeError) as raised:
            fn()
        return str(raised.value)

    assert message(lambda: ours.UserPoolEmail.with_cognito(3)).startswith(
        "UserPoolEmail.with_cognito(reply_to): expected str or None; got int"
    )
    assert message(lambda: ours.UserPoolEmail.with_ses(from_email=None)).startswith(
        "UserPoolSESOptions.from_email: a value is required (str); got None"
    )
    assert message(lambda: ours.UserPoolEmail.with_ses()).startswith(
        "UserPoolEmail.with_ses() missing 1 required"
    )
    assert message(lambda: ours.UserPoolEmail.with_ses(from_email="a@b", ses_region=1)).startswith(
        "UserPoolSESOptions.ses_region: expected str or None; got int"
    )
    assert message(lambda: ours.EmailSettings(from_=["a"])).startswith(
        "EmailSettings.from_: expected str or None"
    )
    assert message(lambda: ours.UserPoolEmail()).startswith("UserPoolEmail cannot be created directly")
    scope = core.Construct(_stack(None), "C")
    assert message(lambda: render_email(ref.UserPoolEmail.with_cognito(), None, scope)).startswith(
        "email: expected a UserPoolEmail"
    )
    assert message(lambda: render_email(None, {"from": "a@b"}, scope)).startswith(
        "email_settings: unexpected key(s) 'from' for EmailSettings"
    )
    assert render_email(None, {"from_": "a@ü"}, scope) == {"From": "a@xn--tda"}


def test_python_names_match_the_reference() -> None:
    import inspect

    for name in ("with_cognito", "with_ses"):
        mine = inspect.signature(getattr(ours.UserPoolEmail, name)).parameters
        theirs = inspect.signature(getattr(ref.UserPoolEmail, name)).parameters
        assert [(p.name, p.kind, p.default) for p in mine.values()] == [
            (p.name, p.kind, p.default) for p in theirs.values()
        ]
    for struct in ("EmailSettings", "UserPoolSESOptions"):
        mine = inspect.signature(getattr(ours, struct)).parameters
        theirs = inspect.signature(getattr(ref, struct)).parameters
        assert sorted(mine) == sorted(theirs)
    assert repr(ours.EmailSettings(from_="a", reply_to="b")) == repr(
        ref.EmailSettings(from_="a", reply_to="b")
    )


# --- differential --------------------------------------------------------------------------------

_address = st.one_of(
    st.text(alphabet=st.sampled_from("aZ0.-@ü<> ẞ😀\u3002"), max_size=12),
    st.sampled_from(["", "x@example.com", "x@ü.com", "ü@x.com", "@", "a@b@c", "Name <x@ü.com>"]),
    st.text(max_size=6),
)
_optional = st.one_of(st.none(), _address)
_ses = st.fixed_dictionaries(
    {"from_email": _address},
    optional={
        "configuration_set_name": _optional,
        "from_name": _optional,
        "reply_to": _optional,
        "ses_region": st.sampled_from([None, "", "us-east-1", "eu-west-1"]),
        "ses_verified_domain": st.one_of(
            st.none(), st.sampled_from(["", "example.com", "ü.com", "ü"]), _address
        ),
    },
)
_email_spec = st.one_of(st.none(), st.tuples(st.just("cognito"), _optional), st.tuples(st.just("ses"), _ses))
_settings_spec = st.one_of(
    st.none(), st.fixed_dictionaries({}, optional={"from_": _optional, "reply_to": _optional})
)
_spec = st.tuples(st.sampled_from([None, "eu-west-1"]), _email_spec, _settings_spec)


@settings(max_examples=30, suppress_health_check=[HealthCheck.large_base_example, HealthCheck.data_too_large])
@given(st.lists(_spec, min_size=8, max_size=12))
def test_email_configuration_matches_the_reference(specs: list[Spec]) -> None:
    assert_same(specs)


def test_email_configuration_matches_the_reference_seeded() -> None:
    rng = random.Random(20261203)
    pieces = ["x", "Ü", "@", ".", "example", "com", "ü", " ", "<", ">", "ẞ", "😀", "", "-"]

    def address() -> str:
        return "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))

    def maybe() -> str | None:
        return rng.choice([None, address()])

    specs: list[Spec] = []
    for _ in range(200):
        kind = rng.choice([None, "cognito", "ses"])
        email: Any = None
        if kind == "cognito":
            email = ("cognito", maybe())
        elif kind == "ses":
            options = {"from_email": address(), "from_name": maybe(), "reply_to": maybe()}
            options["ses_region"] = rng.choice([None, "", "us-west-2"])
            options["ses_verified_domain"] = rng.choice([None, "", "example.com", maybe()])
            options["configuration_set_name"] = maybe()
            email = ("ses", options)
        email_settings = rng.choice([None, None, {"from_": maybe(), "reply_to": maybe()}])
        specs.append((rng.choice([None, "eu-west-1"]), email, email_settings))
    assert_same(specs)
