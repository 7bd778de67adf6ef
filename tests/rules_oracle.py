"""An independent checker of Cognito's deploy-time rules, for the tests.

Written from ``shared/research/cognito-client-constraints.md`` without looking at
``cdk_cognito._rules``: it reads a *synthesized* template, where every CDK token has become
an intrinsic (a dict), so only plain strings and numbers are judged. It returns the IDs of
the [schema]/[service] rules (errors, not warnings) that a resource breaks.

Names under the schema pattern ``[\\w\\s+=,.@-]+`` (C3, RS2) are refused only for a character that
no reading of ``\\w``/``\\s`` takes: not Python's ``re`` (Unicode), not the ``regex`` module's
(Unicode's own definition, the one cfn-lint uses, with a newer Unicode than this Python's), and not
a code point this Python does not know yet (unless it is a noncharacter).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any
from urllib.parse import urlsplit

import regex

STANDARD_SCOPES = {"phone", "email", "openid", "profile", "aws.cognito.signin.user.admin"}
LOOPBACK = {"localhost", "127.0.0.1", "::1"}
NOT_NAME_CHAR = r"[^\w\s+=,.@-]"


def name_char_verdicts(text: str) -> dict[str, str]:
    """Each character of ``text`` outside the ASCII reading of the class: "unconfirmed" or "refused".

    "unconfirmed": some Unicode reading takes it; "refused": none does.
    """
    outside_ascii = {m.group() for m in re.finditer(NOT_NAME_CHAR, text, re.ASCII)}
    outside_re = {m.group() for m in re.finditer(NOT_NAME_CHAR, text)}
    outside_regex = {m.group() for m in regex.finditer(NOT_NAME_CHAR, text)}
    verdicts = {}
    for ch in outside_ascii:
        code = ord(ch)
        noncharacter = 0xFDD0 <= code < 0xFDF0 or code % 0x10000 >= 0xFFFE
        unknown_yet = unicodedata.category(ch) == "Cn" and not noncharacter
        refused = ch in outside_re and ch in outside_regex and not unknown_yet
        verdicts[ch] = "refused" if refused else "unconfirmed"
    return verdicts


def name_verdict(name: str) -> str:
    """The worst verdict over the characters of ``name``: "refused", "unconfirmed" or "ok"."""
    verdicts = set(name_char_verdicts(name).values())
    return next((v for v in ("refused", "unconfirmed") if v in verdicts), "ok")


def _strings(values: Any) -> list[str]:
    return [v for v in values if isinstance(v, str)] if isinstance(values, list) else []


def _url_errors(url: str, *, callback: bool) -> set[str]:
    errors = set()
    if not 1 <= len(url) <= 1024:
        errors.add("C5")
    if any(unicodedata.category(ch)[0] not in "LMSNP" for ch in url):
        errors.add("C6")
    if callback and url.startswith("http://"):
        try:
            host = urlsplit(url).hostname
        except ValueError:
            host = None
        if host is None or host.lower() not in LOOPBACK:
            errors.add("C7")
    return errors


def client_errors(props: dict[str, Any]) -> set[str]:
    """Rule IDs broken by the Properties of an ``AWS::Cognito::UserPoolClient``."""
    errors: set[str] = set()
    pool_id = props.get("UserPoolId")
    if isinstance(pool_id, str) and (
        len(pool_id) > 55 or not re.fullmatch(r"[A-Za-z0-9_-]+_[0-9a-zA-Z]+", pool_id)
    ):
        errors.add("C1")
    name = props.get("ClientName")
    if isinstance(name, str):
        if not 1 <= len(name) <= 128:
            errors.add("C2")
        if name_verdict(name) == "refused":
            errors.add("C3")
    callbacks, logouts = props.get("CallbackURLs"), props.get("LogoutURLs")
    for urls, callback in ((callbacks, True), (logouts, False)):
        if isinstance(urls, list) and len(urls) > 100:
            errors.add("C4")
        for url in _strings(urls):
            errors |= _url_errors(url, callback=callback)
    redirect = props.get("DefaultRedirectURI")
    if isinstance(redirect, str):
        errors |= _url_errors(redirect, callback=True)
        if (
            isinstance(callbacks, list)
            and all(isinstance(u, str) for u in callbacks)
            and redirect not in callbacks
        ):
            errors.add("C10")
    flows = props.get("AllowedOAuthFlows") or []
    scopes = props.get("AllowedOAuthScopes")
    if props.get("AllowedOAuthFlowsUserPoolClient") is True:
        if isinstance(flows, list) and not flows:
            errors.add("C13")
        if isinstance(scopes, list) and not scopes:
            errors.add("C13")
        if isinstance(flows, list) and {"code", "implicit"} & set(flows) and not callbacks:
            errors.add("C14")
        if isinstance(flows, list) and "client_credentials" in flows:
            if props.get("GenerateSecret") is not True:
                errors.add("C16")
            if STANDARD_SCOPES & set(_strings(scopes)):
                errors.add("C17")
        if isinstance(scopes, list):
            if len(scopes) > 50:
                errors.add("C12")
            for scope in _strings(scopes):
                if not 1 <= len(scope) <= 256 or any(
                    not (0x21 <= ord(ch) <= 0x7E) or ch in '"\\' for ch in scope
                ):
                    errors.add("C12")
                elif scope not in STANDARD_SCOPES and "/" not in scope:
                    errors.add("C18")
    for provider in _strings(props.get("SupportedIdentityProviders")):
        if not 1 <= len(provider) <= 32 or any(
            unicodedata.category(ch)[0] not in "LMSNPZ" for ch in provider
        ):
            errors.add("C20")
    for key in ("ReadAttributes", "WriteAttributes"):
        if any(not 1 <= len(name) <= 2048 for name in _strings(props.get(key))):
            errors.add("C27")
    session = props.get("AuthSessionValidity")
    if isinstance(session, int | float) and not isinstance(session, bool) and not 3 <= session <= 15:
        errors.add("C28")
    rotation = props.get("RefreshTokenRotation")
    if isinstance(rotation, dict):
        grace = rotation.get("RetryGracePeriodSeconds")
        if isinstance(grace, int | float) and not 0 <= grace <= 60:
            errors.add("C29")
    return errors


def resource_server_errors(props: dict[str, Any]) -> set[str]:
    """Rule IDs broken by the Properties of an ``AWS::Cognito::UserPoolResourceServer``."""
    errors: set[str] = set()
    pool_id = props.get("UserPoolId")
    if isinstance(pool_id, str) and not re.fullmatch(r"[A-Za-z0-9_-]+_[0-9a-zA-Z]+", pool_id):
        errors.add("C1")
    name = props.get("Name")
    if isinstance(name, str):
        if not 1 <= len(name) <= 256:
            errors.add("RS1")
        if name_verdict(name) == "refused":
            errors.add("RS2")
    return errors


def template_errors(template: dict[str, Any]) -> dict[str, set[str]]:
    """Broken rule IDs per logical ID, for every Cognito client and resource server."""
    found: dict[str, set[str]] = {}
    for logical_id, resource in template.get("Resources", {}).items():
        props = resource.get("Properties", {})
        if resource.get("Type") == "AWS::Cognito::UserPoolClient":
            errors = client_errors(props)
        elif resource.get("Type") == "AWS::Cognito::UserPoolResourceServer":
            errors = resource_server_errors(props)
        else:
            continue
        if errors:
            found[logical_id] = errors
    return found
