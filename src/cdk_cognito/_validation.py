"""Value rules the reference enforces at synth time, with its messages verbatim."""

from __future__ import annotations

from aws_cdk import core

from ._typecheck import fail

__all__ = [
    "check_duration",
    "validate_oauth_flow_combination",
    "validate_token_validity",
]

_MINUTE_MS = 60_000
_DAY_MS = 24 * 60 * _MINUTE_MS

# (lower bound in ms, its human form, upper bound in ms, its human form), as the reference states them.
_ACCESS_OR_ID_RANGE = (5 * _MINUTE_MS, "5 minutes", _DAY_MS, "1 day")
_REFRESH_RANGE = (60 * _MINUTE_MS, "1 hour", 3650 * _DAY_MS, "3650 days")


def check_duration(value: object, path: str) -> None:
    if value is not None and not isinstance(value, core.Duration):
        fail(path, "aws_cdk.core.Duration or None", value)


def _check_range(
    name: str, value: core.Duration, value_ms: float, low_ms: float, low: str, high_ms: float, high: str
) -> None:
    if value_ms < low_ms or value_ms > high_ms:
        raise RuntimeError(
            f"{name}: Must be a duration between {low} and {high} (inclusive); "
            f"received {value.to_human_string()}."
        )


def validate_token_validity(
    id_token: core.Duration | None,
    access_token: core.Duration | None,
    refresh_token: core.Duration | None,
) -> None:
    """Check the token validity ranges in the reference's order.

    Durations stay core objects: core's own conversions give the exact messages for
    fractional minutes and token amounts, one call per duration.
    """
    id_ms = None if id_token is None else id_token.to_milliseconds()
    access_ms = None if access_token is None else access_token.to_milliseconds()
    refresh_ms = None if refresh_token is None else refresh_token.to_milliseconds()
    if id_token is not None and id_ms is not None:
        _check_range("idTokenValidity", id_token, id_ms, *_ACCESS_OR_ID_RANGE)
    if access_token is not None and access_ms is not None:
        _check_range("accessTokenValidity", access_token, access_ms, *_ACCESS_OR_ID_RANGE)
    if refresh_token is not None and refresh_ms is not None:
        _check_range("refreshTokenValidity", refresh_token, refresh_ms, *_REFRESH_RANGE)
        # Neither the id nor the access token may outlive the refresh token.
        low_ms, low = _ACCESS_OR_ID_RANGE[0], _ACCESS_OR_ID_RANGE[1]
        for name, token, token_ms in (
            ("idTokenValidity", id_token, id_ms),
            ("accessTokenValidity", access_token, access_ms),
        ):
            if token is not None and token_ms is not None and (token_ms < low_ms or token_ms > refresh_ms):
                _check_range(name, token, token_ms, low_ms, low, refresh_ms, refresh_token.to_human_string())


def validate_oauth_flow_combination(code: bool, implicit: bool, client_credentials: bool) -> None:
    if (code or implicit) and client_credentials:
        raise RuntimeError(
            "clientCredentials OAuth flow cannot be selected along with codeGrant or implicitGrant."
        )
