"""``_tokens.is_unresolved`` agrees with ``core.Token.is_unresolved`` of aws-cdk.core."""

from __future__ import annotations

import pytest
from aws_cdk import core
from hypothesis import given
from hypothesis import strategies as st

from cdk_cognito._tokens import any_unresolved, is_unresolved


@pytest.mark.parametrize("value", [10**400, -(10**400), 2**1024])
def test_an_int_too_large_for_a_double_is_no_token(value: int) -> None:
    assert is_unresolved(value) is False


def test_tokens_of_every_kind_are_recognised() -> None:
    stack = core.Stack()
    assert is_unresolved(stack.account)
    assert is_unresolved(core.Token.as_number(stack.account))
    assert is_unresolved(core.Token.as_list(stack.region))
    assert any_unresolved(["a", stack.region])
    assert not any_unresolved(["a", "b"])


@given(
    st.one_of(
        st.text(),
        st.integers(min_value=-(2**53), max_value=2**53),
        st.floats(allow_nan=False, allow_infinity=False),
    )
)
def test_literals_agree_with_core(value: object) -> None:
    assert is_unresolved(value) == core.Token.is_unresolved(value)
