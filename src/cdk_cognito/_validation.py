"""Value rules the reference enforces at synth time, with its messages verbatim."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from aws_cdk import core

from ._durations import milliseconds
from ._tokens import is_unresolved
from ._typecheck import fail

__all__ = [
    "check_duration",
    "first_char_outside",
    "to_minutes",
    "to_whole_minutes",
    "to_whole_seconds",
    "validate_default_redirect_uri",
    "validate_duration_range",
    "validate_oauth_flow_combination",
    "validate_token_validity",
]

_MINUTE_MS = 60_000
_FIVE_MINUTES = 5 * _MINUTE_MS
_HOUR_MS = 60 * _MINUTE_MS
_DAY_MS = 24 * _HOUR_MS
_TEN_YEARS_MS = 3650 * _DAY_MS


def check_duration(value: object, path: str) -> None:
    if value is not None and not isinstance(value, core.Duration):
        fail(path, "aws_cdk.core.Duration or None", value)


def validate_token_validity(
    id_token: core.Duration | None,
    access_token: core.Duration | None,
    refresh_token: core.Duration | None,
) -> None:
    """Check the token validity ranges in the reference's order.

    Durations stay core objects: core's own conversions give the exact messages for
    fractional amounts and token amounts, and each is first converted when the reference
    first converts it, so the first error reported is the reference's first error.
    """
    access_or_id = (("idTokenValidity", id_token), ("accessTokenValidity", access_token))
    for name, duration in access_or_id:
        validate_duration_range(name, _FIVE_MINUTES, "5 minutes", _DAY_MS, "1 day", duration)
    refresh_ms = validate_duration_range(
        "refreshTokenValidity", _HOUR_MS, "1 hour", _TEN_YEARS_MS, "3650 days", refresh_token
    )
    if refresh_token is None or refresh_ms is None:
        return
    # Neither the id nor the access token may outlive the refresh token.
    for name, duration in access_or_id:
        if duration is not None:
            ms = milliseconds(duration)
            if ms < _FIVE_MINUTES or ms > refresh_ms:
                raise _range_error(name, "5 minutes", refresh_token.to_human_string(), duration)


def to_minutes(duration: core.Duration | None) -> float | None:
    """The whole minutes of a validated duration, as ``Duration.to_minutes()`` gives them.

    A whole number of minutes follows from the milliseconds already known; anything else
    is left to core, which returns a same-unit fraction or raises its own message.
    """
    return None if duration is None else to_whole_minutes(duration, milliseconds(duration))


def _range_error(name: str, low: str, high: str, received: core.Duration) -> RuntimeError:
    return RuntimeError(
        f"{name}: Must be a duration between {low} and {high} (inclusive); "
        f"received {received.to_human_string()}."
    )


def validate_oauth_flow_combination(code: bool, implicit: bool, client_credentials: bool) -> None:
    if (code or implicit) and client_credentials:
        raise RuntimeError(
            "clientCredentials OAuth flow cannot be selected along with codeGrant or implicitGrant."
        )


# --------------------------------------------------------------------------------------------------
# Rules of the props that aws-cdk-lib v2 added (its messages verbatim)
# --------------------------------------------------------------------------------------------------


def validate_duration_range(
    name: str, low_ms: float, low: str, high_ms: float, high: str, duration: core.Duration | None
) -> float | None:
    """``validateDuration`` of the reference and v2: the milliseconds, or the range error."""
    if duration is None:
        return None
    ms = milliseconds(duration)
    if ms < low_ms or ms > high_ms:
        raise _range_error(name, low, high, duration)
    return ms


def to_whole_minutes(duration: core.Duration, ms: float) -> float:
    """``Duration.to_minutes()``, computed here when it is a whole number (core raises otherwise)."""
    return ms // _MINUTE_MS if ms % _MINUTE_MS == 0 else duration.to_minutes()


def to_whole_seconds(duration: core.Duration, ms: float) -> float:
    """``Duration.to_seconds()``, computed here when it is a whole number (core raises otherwise)."""
    return ms // 1000 if ms % 1000 == 0 else duration.to_seconds()


# v2 checks /^(?=.{1,1024}$)[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u, the pattern of CloudFormation's schema:
# 1 to 1024 code points, each a letter, mark, symbol, number or punctuation.
_URL_CATEGORIES = frozenset("LMSNP")
_PRINTABLE_ASCII_CATEGORIES = frozenset("LNPS")
_REDIRECT_URI_PATTERN_TEXT = "^(?=.{1,1024}$)[p{L}p{M}p{S}p{N}p{P}]+$"


def first_char_outside(value: str, categories: frozenset[str] = _URL_CATEGORIES) -> str | None:
    """The first character of ``value`` whose Unicode category is not in ``categories``."""
    # Every printable ASCII character but the space is a letter, number, punctuation or symbol, so
    # the usual URL or name needs no look-up per character.
    if (
        categories >= _PRINTABLE_ASCII_CATEGORIES
        and value.isascii()
        and value.isprintable()
        and " " not in value
    ):
        return None
    return next((char for char in value if unicodedata.category(char)[0] not in categories), None)


def _matches_redirect_uri_pattern(uri: str) -> bool:
    return 1 <= len(uri) <= 1024 and first_char_outside(uri) is None


def validate_default_redirect_uri(uri: str | None, callback_urls: Sequence[str] | None) -> None:
    """v2's checks of ``OAuthSettings.default_redirect_uri``, in its order.

    Like v2, an empty or unresolved URI is not checked, and neither is membership when the client
    has no callback URLs.
    """
    if not uri or is_unresolved(uri):
        return
    # An empty list is JavaScript-truthy: v2 reports the URI as missing from it.
    if callback_urls is not None and uri not in callback_urls:
        raise RuntimeError("defaultRedirectUri must be included in callbackUrls.")
    if not _matches_redirect_uri_pattern(uri):
        # v2's message shows its pattern with the backslashes lost in a JavaScript template string.
        raise RuntimeError(
            f"defaultRedirectUri must match the `{_REDIRECT_URI_PATTERN_TEXT}` pattern, got {uri}"
        )
