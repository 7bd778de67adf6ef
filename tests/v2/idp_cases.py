"""Identity-provider cases in a neutral form, built with aws-cdk-lib v2 and with cdk_cognito.

A case is ``{"name": str, "provider": kind, "props": {...}}`` with optional ``"id"`` (default ``"Idp"``),
``"scopes"`` (construct ids to build it under, e.g. ``["Group"]``) and ``"nested": true`` (build it in a
nested stack ``"Nested"``). ``kind`` is one of :data:`PROVIDERS`. Props use the providers' keyword names
with JSON values, and these markers: ``{"$attr": "GOOGLE_EMAIL"}``, ``{"$other": name}``,
``{"$url": url}`` / ``{"$file": content}`` (SAML metadata), ``{"$signing": "RSA_SHA256"}``,
``{"$method": "POST"}``, ``{"$secret": text}`` (``SecretValue.unsafe_plain_text`` / v1's
``plain_text``), ``{"$mapping": {...}}`` (an ``AttributeMapping`` struct) and ``{"$raw": value}``.

:func:`render` builds a case with either library (a :class:`Library`); this module imports neither.
"""

from __future__ import annotations

import builtins
import dataclasses
from collections.abc import Callable
from typing import Any

POOL_ID = "us-east-1_AbC123"
IDP_TYPE = "AWS::Cognito::UserPoolIdentityProvider"
PROVIDERS = {
    "google": "UserPoolIdentityProviderGoogle",
    "facebook": "UserPoolIdentityProviderFacebook",
    "amazon": "UserPoolIdentityProviderAmazon",
    "apple": "UserPoolIdentityProviderApple",
    "oidc": "UserPoolIdentityProviderOidc",
    "saml": "UserPoolIdentityProviderSaml",
}
# v1's generated L1 renders these keys in this order; v2's alphabetically.
V1_KEY_ORDER = (
    "ProviderName",
    "ProviderType",
    "UserPoolId",
    "AttributeMapping",
    "IdpIdentifiers",
    "ProviderDetails",
)


@dataclasses.dataclass(frozen=True)
class Library:
    cognito: Any
    secret: Callable[[str], Any]
    construct: Callable[[Any, str], Any]
    nested_stack: Callable[[Any, str], Any]


def case(case_name: str, provider: str, /, **props: Any) -> dict[str, Any]:
    return {"name": case_name, "provider": provider, "props": props}


GOOGLE = {"client_id": "gid", "client_secret": "gsecret"}
APPLE = {"client_id": "com.example", "team_id": "TEAM", "key_id": "KEY"}
OIDC = {"client_id": "oid", "client_secret": "osecret", "issuer_url": "https://issuer.example.com"}
URL = {"$url": "https://idp.example.com/metadata"}
FILE = {"$file": "<EntityDescriptor/>"}
ENDPOINTS = {
    "authorization": "https://a",
    "token": "https://t",
    "user_info": "https://u",
    "jwks_uri": "https://j",
}
MAPPING = {
    "email": {"$attr": "GOOGLE_EMAIL"},
    "email_verified": {"$attr": "GOOGLE_EMAIL_VERIFIED"},
    "fullname": {"$other": "name"},
    "custom": {"custom:tenant": {"$other": "tid"}, "10": {"$other": "ten"}, "email": {"$other": "mail"}},
}

CASES: list[dict[str, Any]] = [
    # SAML
    case("saml-url", "saml", metadata=URL),
    case("saml-file", "saml", metadata=FILE),
    case(
        "saml-every-prop",
        "saml",
        metadata=URL,
        name="Corp",
        identifiers=["corp", "corp.example.com"],
        idp_signout=True,
        encrypted_responses=True,
        request_signing_algorithm={"$signing": "RSA_SHA256"},
        idp_initiated=True,
        attribute_mapping=MAPPING,
    ),
    case(
        "saml-false-flags",
        "saml",
        metadata=FILE,
        idp_signout=False,
        encrypted_responses=False,
        idp_initiated=False,
    ),
    case("saml-empty-identifiers", "saml", metadata=URL, identifiers=[]),
    case("saml-mapping-struct", "saml", metadata=URL, attribute_mapping={"$mapping": MAPPING}),
    case("saml-mapping-empty", "saml", metadata=URL, attribute_mapping={}),
    case("saml-name-3", "saml", metadata=URL, name="abc"),
    case("saml-name-32", "saml", metadata=URL, name="x" * 32),
    case("saml-name-2", "saml", metadata=URL, name="ab"),
    case("saml-name-33", "saml", metadata=URL, name="y" * 33),
    case("saml-name-emoji-17", "saml", metadata=URL, name="\U0001f600" * 17),
    case("saml-name-empty", "saml", metadata=URL, name=""),
    case("saml-name-underscore", "saml", metadata=URL, name="my_idp"),
    {**case("saml-id-default", "saml", metadata=URL), "id": "Default"},
    {**case("saml-id-resource", "saml", metadata=URL), "id": "Resource"},
    {**case("saml-id-long", "saml", metadata=URL), "id": "SamlProviderWithAVeryLongIdentifierIndeed"},
    {**case("saml-id-punctuation", "saml", metadata=URL), "id": "Corp-Idp.1"},
    # The hash is of the path's UTF-8 as Node makes it: a lone surrogate is U+FFFD, a pair one character.
    {**case("saml-id-lone-surrogate", "saml", metadata=URL), "id": "Corp\ud800Idp"},
    {**case("saml-id-surrogate-pair", "saml", metadata=URL), "id": "Corp\ud83d\ude00Idp"},
    {**case("saml-id-astral", "saml", metadata=URL), "id": "Corp\U0001f600Idp"},
    {**case("saml-in-groups", "saml", metadata=URL), "scopes": ["Auth", "Providers"]},
    {**case("saml-repeated-ids", "saml", metadata=URL), "scopes": ["Saml"], "id": "Saml"},
    {**case("saml-in-nested-stack", "saml", metadata=URL), "nested": True},
    case("saml-metadata-wrong-type", "saml", metadata={"$raw": "https://m"}),
    case("saml-signout-wrong-type", "saml", metadata=URL, idp_signout={"$raw": "yes"}),
    case("saml-identifiers-wrong-type", "saml", metadata=URL, identifiers=[{"$raw": 1}]),
    # Google's client_secret_value and Apple's private_key_value
    case("google-secret-value", "google", client_id="gid", client_secret_value={"$secret": "s3cr3t"}),
    case("google-secret-and-value", "google", **GOOGLE, client_secret_value={"$secret": "s3cr3t"}),
    case("google-no-secret", "google", client_id="gid"),
    case("apple-key-value", "apple", **APPLE, private_key_value={"$secret": "the-key"}),
    case("apple-key-and-value", "apple", **APPLE, private_key="k", private_key_value={"$secret": "k"}),
    case("apple-no-key", "apple", **APPLE),
    # v1 inputs render as v1 renders them, and as v2 does
    case("google-v1", "google", **GOOGLE, scopes=["email", "profile"], attribute_mapping=MAPPING),
    case("facebook-v1", "facebook", **GOOGLE, scopes=["public_profile", "email"], api_version="v17.0"),
    case("facebook-defaults", "facebook", **GOOGLE),
    case("amazon-v1", "amazon", **GOOGLE),
    case("apple-v1", "apple", **APPLE, private_key="pk", scopes=["name", "email"]),
    case(
        "oidc-v1",
        "oidc",
        **OIDC,
        name="Corp",
        scopes=["openid", "email"],
        identifiers=["corp"],
        attribute_request_method={"$method": "POST"},
        endpoints=ENDPOINTS,
        attribute_mapping={"email": {"$attr": "APPLE_EMAIL_VERIFIED"}},
    ),
    case("oidc-defaults", "oidc", **OIDC),
    {**case("oidc-id-long", "oidc", **OIDC), "id": "OidcProviderWithAVeryLongIdentifierIndeed"},
    case("oidc-name-2", "oidc", **OIDC, name="ab"),
    # aws-cdk-lib v2 checks OIDC names against Cognito's pattern; v1 (and so cdk_cognito) does not.
    case("oidc-name-underscore-last", "oidc", **OIDC, name="ab_"),
    case("oidc-name-with-space", "oidc", **OIDC, name="with space"),
    case("mapping-wrong-value", "google", **GOOGLE, attribute_mapping={"email_verified": {"$raw": "x"}}),
]


def builtin_classes(error: BaseException) -> list[str]:
    """The builtin exception classes ``error`` is an instance of, most derived first."""
    return [cls.__name__ for cls in type(error).__mro__ if cls.__module__ == builtins.__name__]


def _value(lib: Library, v: Any) -> Any:
    c = lib.cognito
    if isinstance(v, list):
        return [_value(lib, x) for x in v]
    if not isinstance(v, dict):
        return v
    if len(v) == 1:
        ((key, inner),) = v.items()
        if key == "$attr":
            return getattr(c.ProviderAttribute, inner)
        if key == "$other":
            return c.ProviderAttribute.other(inner)
        if key == "$url":
            return c.UserPoolIdentityProviderSamlMetadata.url(inner)
        if key == "$file":
            return c.UserPoolIdentityProviderSamlMetadata.file(inner)
        if key == "$signing":
            return getattr(c.SigningAlgorithm, inner)
        if key == "$method":
            return getattr(c.OidcAttributeRequestMethod, inner)
        if key == "$secret":
            return lib.secret(inner)
        if key == "$mapping":
            return c.AttributeMapping(**{k: _value(lib, x) for k, x in inner.items()})
        if key == "$raw":
            return inner
    return {k: _value(lib, x) for k, x in v.items()}


def render(
    lib: Library, case: dict[str, Any], stack: Any, idp_resources: Callable[[Any], list[dict[str, Any]]]
) -> dict[str, Any]:
    """``{"name", "properties"}`` of the one provider resource, or ``{"name", "error": {...}}``.

    ``idp_resources(stack)`` synthesizes and returns the provider resources of ``stack``.
    """
    result: dict[str, Any] = {"name": case["name"]}
    pool = lib.cognito.UserPool.from_user_pool_id(stack, "Pool", POOL_ID)
    scope = lib.nested_stack(stack, "Nested") if case.get("nested") else stack
    for scope_id in case.get("scopes", []):
        scope = lib.construct(scope, scope_id)
    try:
        props = {k: _value(lib, v) for k, v in case["props"].items()}
        getattr(lib.cognito, PROVIDERS[case["provider"]])(
            scope, case.get("id", "Idp"), user_pool=pool, **props
        )
        found = idp_resources(scope if case.get("nested") else stack)
    except Exception as error:
        result["error"] = {"classes": builtin_classes(error), "message": str(error)}
        return result
    (resource,) = found
    result["properties"] = resource["Properties"]
    return result
