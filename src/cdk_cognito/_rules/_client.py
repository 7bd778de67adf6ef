"""Rules of the app client (``AWS::Cognito::UserPoolClient``) and the resource server.

Each rule comes from the research notes in ``shared/research/cognito-client-constraints.md``
(IDs C1-C33); RS1 and RS2 (a resource server's Name) come from the CloudFormation schema of
``AWS::Cognito::UserPoolResourceServer``. Rules tagged [schema] or [service] that are decidable
from literal values are errors; rules tagged [uncertain] are warnings. The rules read the
CloudFormation properties the construct is about to emit, so they cover defaults
(``https://example.com``, the five standard scopes) as well as what the user gave.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .._js import utf16_length
from .._oauth import DEFAULT_SCOPES
from .._tokens import any_unresolved, is_unresolved
from .._validation import first_char_outside
from ._core import (
    URL_SCHEME,
    Violation,
    Where,
    check_pool_id,
    check_range,
    describe_chars,
    http_host,
    short,
    split_word_pattern,
)

__all__ = ["STANDARD_SCOPES", "check_client", "check_resource_server"]

# The five standard scopes: the defaults of OAuthSettings.scopes.
STANDARD_SCOPES = frozenset(DEFAULT_SCOPES)
_LOOPBACK_HOSTS = frozenset(("localhost", "127.0.0.1", "[::1]"))
# ClientName's and a resource server's Name's pattern: [\w\s+=,.@-]+.
_NAME_OTHERS = "+=,.@-"
_SCOPE = r"[\x21\x23-\x5B\x5D-\x7E]+"
# SupportedIdentityProviders' pattern also allows separators (\p{Z}), unlike URLs'.
_PROVIDER_NAME_CATEGORIES = frozenset("LMSNPZ")


def _check_urls(found: list[Violation], key: str, urls: object, where: Where, *, callback: bool) -> None:
    if not isinstance(urls, list) or is_unresolved(urls):
        return
    if len(urls) > 100:
        found.append(
            Violation(
                rule="C4",
                prop=where(key, None),
                value=f"{len(urls)} URLs",
                message=f"{key} holds at most 100 URLs (CloudFormation: maxItems).",
                fix="Keep 100 or fewer; split the app over several clients if it needs more.",
            )
        )
    for index, url in enumerate(urls):
        if not isinstance(url, str) or is_unresolved(url):
            continue
        prop = where(key, index)
        _check_url(found, key, url, prop, callback=callback)


def _check_url(found: list[Violation], key: str, url: str, prop: str, *, callback: bool) -> None:
    length = len(url)
    if length < 1 or length > 1024:
        found.append(
            Violation(
                rule="C5",
                prop=prop,
                value=url,
                message=f"a URL is 1 to 1024 characters long; this one has {length} "
                "(CloudFormation: maxLength).",
                fix="Shorten the URL.",
            )
        )
    elif utf16_length(url) > 1024:
        found.append(
            Violation(
                rule="C5",
                prop=prop,
                value=url,
                message=f"this URL is {length} characters but {utf16_length(url)} UTF-16 code units; "
                "whether Cognito counts characters outside the Basic Multilingual Plane once or twice is "
                "unconfirmed.",
                fix="Shorten the URL if CloudFormation rejects it with 'expected maxLength: 1024'.",
                severity="warning",
            )
        )
    bad = first_char_outside(url)
    if bad is not None:
        found.append(
            Violation(
                rule="C6",
                prop=prop,
                value=url,
                message=f"URLs may not contain spaces, other separators or control characters; found "
                f"{describe_chars([bad])} (CloudFormation: pattern "
                "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+).",
                fix="Percent-encode it (a space is %20).",
            )
        )
    host = http_host(url)
    if host is not None and host not in _LOOPBACK_HOSTS:
        found.append(
            Violation(
                rule="C7" if callback else "C8",
                prop=prop,
                value=url,
                message=(
                    "a callback URL may use plain http:// only for localhost, 127.0.0.1 or [::1] "
                    f"(Cognito: '{short(url)} cannot use the HTTP protocol.')."
                    if callback
                    else "Cognito may refuse a plain http:// logout URL for a host other than localhost, "
                    "127.0.0.1 or [::1], as it refuses such callback URLs (unconfirmed)."
                ),
                fix="Use https://, a loopback host, or an app scheme such as myapp://callback.",
                severity="error" if callback else "warning",
            )
        )
    if callback and ("#" in url or re.match(URL_SCHEME, url) is None):
        found.append(
            Violation(
                rule="C9",
                prop=prop,
                value=url,
                message="Cognito documents that a callback URL is an absolute URI without a fragment (#); "
                "whether it refuses one at deploy time is unconfirmed.",
                fix="Give an absolute URL (scheme://...) without a '#' part.",
                severity="warning",
            )
        )


def _check_name(
    found: list[Violation],
    name: object,
    prop: str,
    *,
    rules: tuple[str, str],
    what: str,
    max_length: int,
    fixes: tuple[str, str],
) -> None:
    """A name under the schema pattern ``[\\w\\s+=,.@-]+`` (client and resource-server names)."""
    if not isinstance(name, str) or is_unresolved(name):
        return
    length_rule, pattern_rule = rules
    length_fix, pattern_fix = fixes
    if not 1 <= len(name) <= max_length:
        found.append(
            Violation(
                rule=length_rule,
                prop=prop,
                value=name,
                message=f"a {what} is 1 to {max_length} characters long; this one has {len(name)} "
                "(CloudFormation: minLength/maxLength).",
                fix=length_fix,
            )
        )
    refused, unconfirmed = split_word_pattern(name, _NAME_OTHERS)
    if refused:
        found.append(
            Violation(
                rule=pattern_rule,
                prop=prop,
                value=name,
                message=f"a {what} may hold only letters, digits, marks, whitespace and _ + = , . @ -; "
                f"found {describe_chars(refused)}, which no reading of the pattern allows "
                "(CloudFormation: pattern [\\w\\s+=,.@-]+).",
                fix=pattern_fix,
            )
        )
    elif unconfirmed:
        found.append(
            Violation(
                rule=pattern_rule,
                prop=prop,
                value=name,
                message=f"whether CloudFormation accepts non-ASCII letters, digits, marks or whitespace in a "
                f"{what} is unconfirmed; found {describe_chars(unconfirmed)} (its pattern is "
                "[\\w\\s+=,.@-]+, which allows them if \\w and \\s are read as Unicode, not as ASCII).",
                fix="Use ASCII letters, digits and spaces if the deployment rejects the name.",
                severity="warning",
            )
        )


def _check_client_name(found: list[Violation], name: object, where: Where) -> None:
    _check_name(
        found,
        name,
        where("ClientName", None),
        rules=("C2", "C3"),
        what="client name",
        max_length=128,
        fixes=(
            "Give a name of 1 to 128 characters, or leave it unset for a generated one.",
            "Remove or replace those characters.",
        ),
    )


def check_client(properties: Mapping[str, Any], where: Where) -> list[Violation]:
    """The rules broken by the properties of an ``AWS::Cognito::UserPoolClient``."""
    found: list[Violation] = []
    check_pool_id(found, properties.get("UserPoolId"), where("UserPoolId", None))
    _check_client_name(found, properties.get("ClientName"), where)
    _check_urls(found, "CallbackURLs", properties.get("CallbackURLs"), where, callback=True)
    _check_urls(found, "LogoutURLs", properties.get("LogoutURLs"), where, callback=False)
    _check_default_redirect(found, properties, where)
    _check_oauth(found, properties, where)
    _check_identity_providers(found, properties.get("SupportedIdentityProviders"), where)
    for key in ("ReadAttributes", "WriteAttributes"):
        _check_attributes(found, key, properties.get(key), where)
    check_range(
        found, "C28", "AuthSessionValidity", properties.get("AuthSessionValidity"), 3, 15, where, "minutes"
    )
    rotation = properties.get("RefreshTokenRotation")
    if isinstance(rotation, Mapping):
        grace = rotation.get("RetryGracePeriodSeconds")
        check_range(found, "C29", "RefreshTokenRotation", grace, 0, 60, where, "seconds")
    return found


def _check_default_redirect(found: list[Violation], properties: Mapping[str, Any], where: Where) -> None:
    uri = properties.get("DefaultRedirectURI")
    if not isinstance(uri, str) or is_unresolved(uri):
        return
    prop = where("DefaultRedirectURI", None)
    _check_url(found, "DefaultRedirectURI", uri, prop, callback=True)
    callbacks = properties.get("CallbackURLs")
    if isinstance(callbacks, list) and not any_unresolved(callbacks) and uri not in callbacks:
        found.append(
            Violation(
                rule="C10",
                prop=prop,
                value=uri,
                message="the default redirect URI must be one of the callback URLs.",
                fix="Add it to o_auth.callback_urls or pick one of them.",
            )
        )


def _check_oauth(found: list[Violation], properties: Mapping[str, Any], where: Where) -> None:
    if properties.get("AllowedOAuthFlowsUserPoolClient") is not True:
        return
    flows = properties.get("AllowedOAuthFlows") or []
    scopes = properties.get("AllowedOAuthScopes")
    flows_known = not is_unresolved(flows)
    scopes_known = isinstance(scopes, list) and not is_unresolved(scopes)
    if flows_known and not flows:
        found.append(
            Violation(
                rule="C13",
                prop=where("AllowedOAuthFlows", None),
                value=flows,
                message="an OAuth client needs at least one OAuth flow (Cognito: 'AllowedOAuthFlows and "
                "AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows.').",
                fix="Enable a flow in o_auth.flows, or set disable_o_auth=True for a client without OAuth.",
            )
        )
    if scopes_known and not scopes:
        found.append(
            Violation(
                rule="C13",
                prop=where("AllowedOAuthScopes", None),
                value=scopes,
                message="an OAuth client needs at least one OAuth scope (Cognito: 'AllowedOAuthFlows and "
                "AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows.').",
                fix="Give o_auth.scopes, or leave it unset for the default scopes.",
            )
        )
    callbacks = properties.get("CallbackURLs")
    if (
        flows_known
        and ({"code", "implicit"} & set(flows))
        and not is_unresolved(callbacks or [])
        and not callbacks
    ):
        found.append(
            Violation(
                rule="C14",
                prop=where("CallbackURLs", None),
                value=callbacks,
                message="the code and implicit flows need at least one callback URL (Cognito: 'CallbackUrls "
                "can not be empty when code flow or implicit flow is selected').",
                fix="Give o_auth.callback_urls.",
            )
        )
    client_credentials = flows_known and "client_credentials" in flows
    if client_credentials and properties.get("GenerateSecret") is not True:
        found.append(
            Violation(
                rule="C16",
                prop=where("GenerateSecret", None),
                value=properties.get("GenerateSecret"),
                message="the client_credentials flow needs a client secret (Cognito: 'client_credentials "
                "flow can not be selected if client does not have a client secret.').",
                fix="Set generate_secret=True.",
            )
        )
    if scopes_known:
        assert isinstance(scopes, list)
        _check_scopes(found, scopes, where, client_credentials=client_credentials)


def _check_scopes(
    found: list[Violation], scopes: list[Any], where: Where, *, client_credentials: bool
) -> None:
    if len(scopes) > 50:
        found.append(
            Violation(
                rule="C12",
                prop=where("AllowedOAuthScopes", None),
                value=f"{len(scopes)} scopes",
                message="a client allows at most 50 OAuth scopes (CloudFormation: maxItems).",
                fix="Grant 50 scopes or fewer.",
            )
        )
    standard_found = []
    for index, scope in enumerate(scopes):
        if not isinstance(scope, str) or is_unresolved(scope):
            continue
        prop = where("AllowedOAuthScopes", index)
        if not 1 <= len(scope) <= 256 or re.fullmatch(_SCOPE, scope) is None:
            found.append(
                Violation(
                    rule="C12",
                    prop=prop,
                    value=scope,
                    message='a scope is 1 to 256 printable ASCII characters other than space, " and \\ '
                    "(CloudFormation: pattern).",
                    fix="Rename the scope.",
                )
            )
        elif scope in STANDARD_SCOPES:
            standard_found.append(scope)
        elif "/" not in scope:
            found.append(
                Violation(
                    rule="C18",
                    prop=prop,
                    value=scope,
                    message="a scope is either a standard scope (phone, email, openid, profile, "
                    "aws.cognito.signin.user.admin) or <resource server identifier>/<scope name>; this "
                    f"one can never exist (Cognito: 'Invalid scope requested: {short(scope)}').",
                    fix="Use OAuthScope.resource_server(server, scope) for a scope of a "
                    "UserPoolResourceServer.",
                )
            )
    if client_credentials and standard_found:
        found.append(
            Violation(
                rule="C17",
                prop=where("AllowedOAuthScopes", None),
                value=standard_found,
                message="the client_credentials flow allows only custom scopes of resource servers, not "
                f"{', '.join(standard_found)} (Cognito: '{standard_found[0]} is not supported with "
                "client_credentials flow'). With o_auth.scopes unset, the five standard scopes are granted.",
                fix="Set o_auth.scopes to scopes such as OAuthScope.resource_server(server, scope).",
            )
        )


def _check_identity_providers(found: list[Violation], providers: object, where: Where) -> None:
    if not isinstance(providers, list) or is_unresolved(providers):
        return
    for index, name in enumerate(providers):
        if not isinstance(name, str) or is_unresolved(name):
            continue
        bad = first_char_outside(name, _PROVIDER_NAME_CATEGORIES)
        if not 1 <= len(name) <= 32 or bad is not None:
            found.append(
                Violation(
                    rule="C20",
                    prop=where("SupportedIdentityProviders", index),
                    value=name,
                    message="an identity provider name is 1 to 32 characters, without control characters "
                    "(CloudFormation: maxLength/pattern).",
                    fix="Use the provider's name as registered in the user pool.",
                )
            )


def _check_attributes(found: list[Violation], key: str, names: object, where: Where) -> None:
    if not isinstance(names, list):
        return
    for index, name in enumerate(names):
        if isinstance(name, str) and not is_unresolved(name) and not 1 <= len(name) <= 2048:
            found.append(
                Violation(
                    rule="C27",
                    prop=where(key, index),
                    value=name,
                    message="an attribute name is 1 to 2048 characters long (CloudFormation: maxLength).",
                    fix="Shorten the attribute name.",
                )
            )


def check_resource_server(properties: Mapping[str, Any], where: Where) -> list[Violation]:
    """The rules broken by the properties of an ``AWS::Cognito::UserPoolResourceServer``."""
    found: list[Violation] = []
    check_pool_id(found, properties.get("UserPoolId"), where("UserPoolId", None))
    _check_name(
        found,
        properties.get("Name"),
        where("Name", None),
        rules=("RS1", "RS2"),
        what="resource server name",
        max_length=256,
        fixes=(
            "Give a name of 1 to 256 characters in user_pool_resource_server_name.",
            "Remove or replace those characters; the name defaults to the identifier, so give "
            "user_pool_resource_server_name when the identifier is a URL.",
        ),
    )
    return found
