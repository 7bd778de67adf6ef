"""How ``cdk_cognito`` reads ``core.Duration`` values: same results and errors as core, fewer requests.

A client learns the milliseconds of all its durations in one ``Tokenization.resolve`` request and
remembers them per ``Duration`` object; these tests pin down that the values and errors are exactly
core's own (``Duration.to_milliseconds()``), and that the requests saved are really saved.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterator
from typing import Any

import jsii
import pytest
from aws_cdk import assertions, core
from aws_cdk import aws_cognito as reference
from hypothesis import given, settings
from hypothesis import strategies as st

import cdk_cognito as cognito
from _support import client_resource, new_stack, pool_of
from cdk_cognito import _durations

UNITS = ("millis", "seconds", "minutes", "hours", "days")
_ids = itertools.count()


class Counted:
    """Counts the calls of one function or method, forwarding each to the original."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> None:
        self.calls = 0
        original: Callable[..., Any] = getattr(owner, name)

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(owner, name, counted)


@pytest.fixture
def conversions(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Counted, Counted]]:
    """(``Duration.to_milliseconds`` calls, batched ``resolve`` requests) made while a test runs."""
    yield (
        Counted(monkeypatch, core.Duration, "to_milliseconds"),
        Counted(monkeypatch, _durations, "resolve_plain"),
    )


def test_a_client_reads_all_its_durations_in_one_request(conversions: tuple[Counted, Counted]) -> None:
    to_milliseconds, batches = conversions
    stack = new_stack()
    cognito.UserPoolClient(
        stack,
        "Client",
        user_pool=pool_of(stack),
        access_token_validity=core.Duration.minutes(30),
        id_token_validity=core.Duration.hours(1),
        refresh_token_validity=core.Duration.days(30),
        auth_session_validity=core.Duration.minutes(5),
        refresh_token_rotation_grace_period=core.Duration.seconds(30),
    )
    assert (to_milliseconds.calls, batches.calls) == (0, 1)
    properties = client_resource(stack)["Properties"]
    assert properties["AccessTokenValidity"] == 30
    assert properties["IdTokenValidity"] == 60
    assert properties["RefreshTokenValidity"] == 43200
    assert properties["AuthSessionValidity"] == 5
    assert properties["RefreshTokenRotation"] == {"Feature": "ENABLED", "RetryGracePeriodSeconds": 30}
    assert properties["TokenValidityUnits"] == {
        "AccessToken": "minutes",
        "IdToken": "minutes",
        "RefreshToken": "minutes",
    }


def test_a_single_duration_costs_one_conversion_and_no_batch(conversions: tuple[Counted, Counted]) -> None:
    to_milliseconds, batches = conversions
    stack = new_stack()
    cognito.UserPoolClient(
        stack, "Client", user_pool=pool_of(stack), refresh_token_validity=core.Duration.days(1)
    )
    assert (to_milliseconds.calls, batches.calls) == (1, 0)
    assert client_resource(stack)["Properties"]["RefreshTokenValidity"] == 1440


def test_a_shared_duration_is_read_once(conversions: tuple[Counted, Counted]) -> None:
    to_milliseconds, batches = conversions
    stack = new_stack()
    pool = pool_of(stack)
    validity = core.Duration.days(7)
    for i in range(3):
        cognito.UserPoolClient(stack, f"Client{i}", user_pool=pool, refresh_token_validity=validity)
    assert (to_milliseconds.calls, batches.calls) == (1, 0)
    resources = assertions.Template.from_stack(stack).find_resources("AWS::Cognito::UserPoolClient")
    assert [r["Properties"]["RefreshTokenValidity"] for r in resources.values()] == [10080] * 3


@jsii.implements(core.INumberProducer)
class CountingProducer:
    def __init__(self, value: float) -> None:
        self.value = value
        self.calls = 0

    def produce(self, context: core.IResolveContext) -> float:
        self.calls += 1
        return self.value


@pytest.mark.parametrize("lib", [reference, cognito], ids=["reference", "cdk_cognito"])
def test_a_token_amount_is_never_resolved_and_gives_cores_error(lib: Any) -> None:
    # A producer that returns a valid number: resolving it would hide core's error.
    producer = CountingProducer(30)
    stack = new_stack()
    with pytest.raises(RuntimeError) as raised:
        lib.UserPoolClient(
            stack,
            "Client",
            user_pool=pool_of(stack, lib),
            access_token_validity=core.Duration.minutes(core.Lazy.number(producer)),
            id_token_validity=core.Duration.minutes(30),
        )
    assert "Duration must be specified as 'Duration.millis()' here since its value comes from a token" in str(
        raised.value
    )
    assert "(got Duration.minutes)" in str(raised.value)
    assert producer.calls == 0


def test_a_fraction_is_left_to_core_and_reported_in_the_references_order() -> None:
    messages = []
    for lib in (reference, cognito):
        stack = new_stack()
        with pytest.raises(RuntimeError) as raised:
            lib.UserPoolClient(
                stack,
                "Client",
                user_pool=pool_of(stack, lib),
                id_token_validity=core.Duration.minutes(30),
                access_token_validity=core.Duration.seconds(1.0005),
                refresh_token_validity=core.Duration.hours(0.0000001),
            )
        messages.append(str(raised.value))
    assert messages[0] == messages[1]
    assert "'1.0005 seconds' cannot be converted into a whole number of millis." in messages[1]


def test_the_batch_failing_falls_back_to_cores_conversions(monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(*args: Any) -> Any:
        raise RuntimeError("no batch today")

    monkeypatch.setattr(_durations, "resolve_plain", failing)
    stack = new_stack()
    cognito.UserPoolClient(
        stack,
        "Client",
        user_pool=pool_of(stack),
        access_token_validity=core.Duration.minutes(30),
        id_token_validity=core.Duration.minutes(45),
    )
    properties = client_resource(stack)["Properties"]
    assert (properties["AccessTokenValidity"], properties["IdTokenValidity"]) == (30, 45)


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        "PT5M",
        {"amount": 5},
        {"amount": True, "unit": {"inMillis": 1000}},
        {"unit": {"inMillis": 1}},
    ],
)
def test_data_of_an_unknown_shape_is_left_to_core(data: object) -> None:
    assert _durations._milliseconds_of(data) is None


# --------------------------------------------------------------------------------------------------
# Property: for any durations, what a batch learns is exactly what core's to_milliseconds() returns.
# --------------------------------------------------------------------------------------------------

amounts = st.one_of(
    st.integers(min_value=0, max_value=10**15),
    st.floats(min_value=0, max_value=1e12, allow_nan=False, allow_infinity=False),
    st.sampled_from([0.5, 1.5, 0.001, 1 / 3, 1e-9, 2**53 + 1.0, 1e20]),
    st.just("token"),
)


def make_duration(unit: str, amount: object) -> core.Duration:
    if amount == "token":
        amount = core.Token.as_number({"Ref": f"P{next(_ids)}"})
    factory: Callable[[float], core.Duration] = getattr(core.Duration, unit)
    return factory(amount)  # type: ignore[arg-type]


def outcome(convert: Callable[[], float]) -> tuple[str, object]:
    try:
        value = convert()
    except RuntimeError as error:
        return ("error", str(error))
    return (type(value).__name__, value)


@settings(max_examples=150)
@given(specs=st.lists(st.tuples(st.sampled_from(UNITS), amounts), min_size=2, max_size=5))
def test_batched_milliseconds_are_cores(specs: list[tuple[str, object]]) -> None:
    stack = new_stack()
    pairs = []
    for unit, amount in specs:
        duration = make_duration(unit, amount)
        # An independent twin with the same amount: its conversion is asked of core directly.
        twin = duration if amount == "token" else make_duration(unit, amount)
        pairs.append((duration, twin))
    _durations.prefetch_milliseconds(stack, [duration for duration, _ in pairs])
    for duration, twin in pairs:
        assert outcome(functools.partial(_durations.milliseconds, duration)) == outcome(twin.to_milliseconds)
