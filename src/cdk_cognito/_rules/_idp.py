"""Rules of the identity providers (``AWS::Cognito::UserPoolIdentityProvider``).

From ``docs/research/cognito-pool-constraints.md`` (IDs I1-I12): [schema] and [service] rules are
errors, [uncertain] ones warnings. A value holding an unresolved token is never judged.

Wiring (every provider construct):
``report(self, check_identity_provider(properties, identity_provider_where(properties, overrides)))``
with the property dict about to be emitted (None values count as absent; ``ProviderDetails`` keys
as the provider type takes them). ``overrides`` renames props that differ from
:data:`IDENTITY_PROVIDER_PROPS`, e.g. ``{"ProviderDetails.client_secret": "client_secret_value"}``.
No rule needs a context.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from .._tokens import is_unresolved
from ._core import (
    URL_SCHEME,
    Violation,
    Where,
    check_pool_id,
    describe_chars,
    drop_none,
    mapped_where,
    short,
    split_category_class,
    split_word_pattern,
)
from ._pool import STANDARD_ATTRIBUTE_PROPS, PoolRuleContext

__all__ = ["IDENTITY_PROVIDER_PROPS", "check_identity_provider", "identity_provider_where"]

# The provider construct's prop behind each CloudFormation property path.
IDENTITY_PROVIDER_PROPS: Mapping[str, str] = {
    "UserPoolId": "user_pool",
    "ProviderName": "name",
    "IdpIdentifiers": "identifiers[]",
    "AttributeMapping": "attribute_mapping",
    "ProviderDetails.client_id": "client_id",
    "ProviderDetails.client_secret": "client_secret",
    "ProviderDetails.authorize_scopes": "scopes",
    "ProviderDetails.oidc_issuer": "issuer_url",
    "ProviderDetails.authorize_url": "endpoints.authorization",
    "ProviderDetails.token_url": "endpoints.token",
    "ProviderDetails.attributes_url": "endpoints.user_info",
    "ProviderDetails.jwks_uri": "endpoints.jwks_uri",
    "ProviderDetails.team_id": "team_id",
    "ProviderDetails.key_id": "key_id",
    "ProviderDetails.private_key": "private_key",
    "ProviderDetails.attributes_request_method": "attribute_request_method",
    "ProviderDetails.MetadataURL": "metadata",
    "ProviderDetails.MetadataFile": "metadata",
    "ProviderDetails.IDPSignout": "idp_signout",
    "ProviderDetails.EncryptedResponses": "encrypted_responses",
    "ProviderDetails.RequestSigningAlgorithm": "request_signing_algorithm",
    "ProviderDetails.IDPInit": "idp_initiated",
}

_TYPES = frozenset(("Facebook", "Google", "LoginWithAmazon", "OIDC", "SAML", "SignInWithApple"))
_SOCIAL_DETAILS = ("client_id", "client_secret", "authorize_scopes")
_APPLE_DETAILS = ("client_id", "team_id", "key_id", "private_key", "authorize_scopes")
_REQUIRED_DETAILS = {
    "Google": _SOCIAL_DETAILS,
    "Facebook": _SOCIAL_DETAILS,
    "LoginWithAmazon": _SOCIAL_DETAILS,
    "SignInWithApple": _APPLE_DETAILS,
}
_OIDC_URLS = ("oidc_issuer", "authorize_url", "token_url", "attributes_url", "jwks_uri")
# The keys of ProviderDetails and AttributeMapping: ^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$.
_MAPPING_KEYS = frozenset((*STANDARD_ATTRIBUTE_PROPS, "username"))


def identity_provider_where(
    properties: Mapping[str, Any], overrides: Mapping[str, str] | None = None
) -> Where:
    """The :data:`Where` of a provider construct: :data:`IDENTITY_PROVIDER_PROPS`, with ``overrides``.

    ``"AttributeMapping.<key>"`` names the mapping entry: ``attribute_mapping.given_name`` for a
    standard attribute, ``attribute_mapping.custom['custom:tier']`` for any other.
    """
    mapped = mapped_where({**IDENTITY_PROVIDER_PROPS, **(overrides or {})})
    base = (overrides or {}).get("AttributeMapping", "attribute_mapping")

    def where(key: str, index: int | None) -> str:
        if not key.startswith("AttributeMapping."):
            return mapped(key, index)
        attribute = key[len("AttributeMapping.") :]
        standard = STANDARD_ATTRIBUTE_PROPS.get(attribute)
        return f"{base}.{standard}" if standard is not None else f"{base}.custom[{attribute!r}]"

    return where


def check_identity_provider(
    properties: Mapping[str, Any], where: Where, *, context: PoolRuleContext | None = None
) -> list[Violation]:
    """The rules broken by the properties of an ``AWS::Cognito::UserPoolIdentityProvider``.

    No rule depends on ``context`` (accepted for the same call shape as the pool's rules).
    """
    found: list[Violation] = []
    properties = drop_none(properties)
    check_pool_id(found, properties.get("UserPoolId"), where("UserPoolId", None), rule="I1")
    name, kind = _literal(properties.get("ProviderName")), _literal(properties.get("ProviderType"))
    if name is not None:
        _check_name(found, name, kind, where)
    if kind is not None and kind not in _TYPES:
        found.append(
            Violation(
                rule="I3",
                prop=where("ProviderType", None),
                value=kind,
                message=f"a provider type is one of {', '.join(sorted(_TYPES))} (CloudFormation: enum).",
                fix="Use one of the provider constructs.",
            )
        )
    details = properties.get("ProviderDetails")
    if isinstance(details, Mapping) and not is_unresolved(details):
        _check_details(found, details, kind, where)
    mapping = properties.get("AttributeMapping")
    if isinstance(mapping, Mapping) and not is_unresolved(mapping):
        _check_attribute_mapping(found, mapping, where)
    _check_identifiers(found, properties.get("IdpIdentifiers"), where)
    return found


def _literal(value: object) -> str | None:
    return value if isinstance(value, str) and not is_unresolved(value) else None


def _not_underscore_or_separator(char: str) -> bool:
    return char != "_" and unicodedata.category(char)[0] != "Z"


def _check_name(found: list[Violation], name: str, kind: str | None, where: Where) -> None:
    prop = where("ProviderName", None)
    # ^[^_\p{Z}][\p{L}\p{M}\p{S}\p{N}\p{P}][^_\p{Z}]+$: at least 3 characters.
    refused, unknown = split_category_class(name[1:2], "LMSNP")
    matches = (
        len(name) >= 3
        and _not_underscore_or_separator(name[0])
        and not refused
        and all(_not_underscore_or_separator(char) for char in name[2:])
    )
    if matches and len(name) <= 32 and unknown:
        found.append(
            Violation(
                rule="I2",
                prop=prop,
                value=name,
                message=f"a provider name's second character must be a letter, mark, symbol, number or "
                f"punctuation; whether {describe_chars(unknown)}, unknown to this Python's Unicode, is one "
                "is unconfirmed.",
                fix="Choose a name such as MyCorpIdP or my-corp-idp.",
                severity="warning",
            )
        )
    if len(name) > 32 or not matches:
        found.append(
            Violation(
                rule="I2",
                prop=prop,
                value=name,
                message="a provider name is 3 to 32 characters without spaces, and without '_' except as its "
                f"second character; this one has {len(name)} characters (CloudFormation: maxLength/pattern "
                "[^_\\p{Z}][\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}][^_\\p{Z}]+).",
                fix="Choose a name such as MyCorpIdP or my-corp-idp.",
            )
        )
    if kind in _REQUIRED_DETAILS and name != kind:
        found.append(
            Violation(
                rule="I4",
                prop=prop,
                value=name,
                message=f"a {kind} provider must be named {kind} (Cognito: 'Provider {short(name)} cannot be "
                f"of type {kind}.').",
                fix=f"Name it {kind}.",
            )
        )
    reserved = {"cognito": "COGNITO", **{social.lower(): social for social in _REQUIRED_DETAILS}}
    if kind in ("OIDC", "SAML") and name.lower() in reserved:
        found.append(
            Violation(
                rule="I5",
                prop=prop,
                value=name,
                message=f"{name} is the name app clients use for {reserved[name.lower()]}; whether Cognito "
                f"accepts it for an {kind} provider is unconfirmed.",
                fix="Choose a name of your own, e.g. MyCorpIdP.",
                severity="warning",
            )
        )


# Java's '$' (CloudFormation's validator searches its patterns) also matches before one of these at
# the end of the value.
_FINAL_LINE_TERMINATORS = ("\r\n", "\n", "\r", "\x85", "\u2028", "\u2029")


def _key_chars(key: str) -> tuple[list[str], list[str]]:
    """(refused, unconfirmed) characters of a ProviderDetails or AttributeMapping key.

    The key pattern ^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$ is CloudFormation's alone (the API takes any
    key), and its '$' lets a final line terminator through: that one is only unconfirmed.
    """
    end = next((end for end in _FINAL_LINE_TERMINATORS if key.endswith(end)), "")
    refused, unconfirmed = split_category_class(key[: len(key) - len(end)], "LZN", "_.:/=+-@")
    return refused, [*unconfirmed, *dict.fromkeys(end)]


def _check_details(
    found: list[Violation], details: Mapping[str, Any], kind: str | None, where: Where
) -> None:
    for key in details:
        if not isinstance(key, str) or is_unresolved(key):
            continue
        refused, unconfirmed = _key_chars(key)
        if refused or unconfirmed:
            found.append(
                Violation(
                    rule="I12",
                    prop=where(f"ProviderDetails.{key}", None),
                    value=key,
                    message="a provider detail's key holds letters, digits, spaces and _ . : / = + - @ only "
                    f"(CloudFormation: patternProperties ^([\\p{{L}}\\p{{Z}}\\p{{N}}_.:/=+\\-@]*)$); found "
                    f"{describe_chars(refused or unconfirmed)}"
                    + ("." if refused else "; whether CloudFormation takes it is unconfirmed."),
                    fix="Use the keys Cognito documents for the provider type.",
                    severity="error" if refused else "warning",
                )
            )
    required = _REQUIRED_DETAILS.get(kind or "")
    if required is not None:
        missing = [key for key in required if details.get(key) is None]
        apple = kind == "SignInWithApple"
        if missing:
            found.append(
                Violation(
                    rule="I6",
                    prop=where(f"ProviderDetails.{missing[0]}", None),
                    value=missing,
                    message=(
                        f"a Sign in with Apple provider takes {', '.join(required)}; whether Cognito refuses "
                        "one without all of them is unconfirmed."
                        if apple
                        else f"a {kind} provider takes client_id, client_secret and authorize_scopes "
                        "(Cognito: 'client_id, client_secret and authorize_scopes are all required idp "
                        "details')."
                    ),
                    fix="Give every one of them.",
                    severity="warning" if apple else "error",
                )
            )
        empty = [key for key in required if details.get(key) == ""]
        if empty:
            found.append(
                Violation(
                    rule="I6",
                    prop=where(f"ProviderDetails.{empty[0]}", None),
                    value=empty,
                    message=f"{', '.join(empty)} {'is' if len(empty) == 1 else 'are'} empty; whether Cognito "
                    "takes an empty value as given is unconfirmed.",
                    fix="Give a value (scopes: at least one).",
                    severity="warning",
                )
            )
    if kind == "OIDC":
        _check_oidc(found, details, where)
    elif kind == "SAML":
        given = [key for key in ("MetadataURL", "MetadataFile") if details.get(key) is not None]
        if len(given) != 1:
            found.append(
                Violation(
                    rule="I11",
                    prop=where("ProviderDetails.MetadataURL", None),
                    value=given,
                    message="a SAML provider takes its metadata as either MetadataURL or MetadataFile; "
                    f"{'both are' if given else 'neither is'} given, and the error Cognito answers is "
                    "unconfirmed.",
                    fix="Give exactly one of them.",
                    severity="warning",
                )
            )


def _check_oidc(found: list[Violation], details: Mapping[str, Any], where: Where) -> None:
    for key in _OIDC_URLS:
        url = _literal(details.get(key))
        if url is None:
            continue
        scheme = re.match(URL_SCHEME, url)
        if scheme is None or scheme.group().lower() != "https:":
            found.append(
                Violation(
                    rule="I7",
                    prop=where(f"ProviderDetails.{key}", None),
                    value=url,
                    message="Cognito reaches an OIDC provider's issuer and endpoints over HTTPS; whether it "
                    "refuses another URL when the provider is created is unconfirmed.",
                    fix="Give the https:// URL the provider documents.",
                    severity="warning",
                )
            )
    scopes = _literal(details.get("authorize_scopes"))
    if scopes is not None and "openid" not in re.split(r"[\s,]+", scopes):
        found.append(
            Violation(
                rule="I8",
                prop=where("ProviderDetails.authorize_scopes", None),
                value=scopes,
                message="the Cognito console requires the openid scope for an OIDC provider; whether the "
                "API refuses a provider without it is unconfirmed.",
                fix="Add 'openid' to the scopes.",
                severity="warning",
            )
        )


def _check_attribute_mapping(found: list[Violation], mapping: Mapping[str, Any], where: Where) -> None:
    for key, value in mapping.items():
        if not isinstance(key, str) or is_unresolved(key):
            continue
        prop = where(f"AttributeMapping.{key}", None)
        if not 1 <= len(key) <= 32 or _key_chars(key)[0]:
            found.append(
                Violation(
                    rule="I9",
                    prop=prop,
                    value=key,
                    message="a mapped user pool attribute is 1 to 32 characters of letters, digits, spaces "
                    "and _ . : / = + - @ (Cognito: length at most 32; CloudFormation: patternProperties).",
                    fix="Map to a standard attribute or to custom:<name> of an attribute of the pool.",
                )
            )
        elif key not in _MAPPING_KEYS and not key.startswith(("custom:", "dev:")):
            found.append(
                Violation(
                    rule="I9",
                    prop=prop,
                    value=key,
                    message=f"{key!r} is neither a standard attribute nor custom:<name>; a custom attribute "
                    "is mapped with its custom: prefix, and whether Cognito refuses an unknown attribute "
                    "when the provider is created is unconfirmed.",
                    fix=f"Write 'custom:{key}' for a custom attribute.",
                    severity="warning",
                )
            )
        text = _literal(value)
        if text is not None and len(text) > 131072:
            found.append(
                Violation(
                    rule="I9",
                    prop=prop,
                    value=short(text),
                    message="a provider attribute name is at most 131072 characters (Cognito: StringType).",
                    fix="Give the attribute's name as the provider sends it.",
                )
            )


def _check_identifiers(found: list[Violation], identifiers: object, where: Where) -> None:
    if not isinstance(identifiers, list) or is_unresolved(identifiers):
        return
    if len(identifiers) > 50:
        found.append(
            Violation(
                rule="I10",
                prop=where("IdpIdentifiers", None),
                value=f"{len(identifiers)} identifiers",
                message="a provider has at most 50 identifiers (CloudFormation: maxItems).",
                fix="Keep 50 or fewer.",
            )
        )
    for index, identifier in enumerate(identifiers):
        text = _literal(identifier)
        if text is None:
            continue
        prop = where("IdpIdentifiers", index)
        refused, unconfirmed = split_word_pattern(text, "+=.@-")
        if not 1 <= len(text) <= 40 or refused:
            found.append(
                Violation(
                    rule="I10",
                    prop=prop,
                    value=text,
                    message="an identifier is 1 to 40 letters, digits, spaces and _ + = . @ - "
                    "(CloudFormation: maxLength/pattern ^[\\w\\s+=.@-]+$)"
                    + (f"; found {describe_chars(refused)}." if refused else "."),
                    fix="Use a domain name such as example.com, or a short word.",
                )
            )
        elif unconfirmed:
            found.append(
                Violation(
                    rule="I10",
                    prop=prop,
                    value=text,
                    message=f"whether CloudFormation accepts {describe_chars(unconfirmed)} in an identifier "
                    "is unconfirmed: its pattern ^[\\w\\s+=.@-]+$ allows them only if \\w and \\s are read "
                    "as Unicode.",
                    fix="Use ASCII letters and digits if the deployment rejects it.",
                    severity="warning",
                )
            )
