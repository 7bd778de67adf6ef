"""Parity of the identity providers with aws_cdk.aws_cognito 1.204.0: hand-picked and seeded random scenarios.

Each scenario (see idp_scenarios.py) is built once with ``c = aws_cdk.aws_cognito`` and once with
``c = cdk_cognito``; templates, returned values and errors must agree (harness.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from .harness import assert_parity
from .idp_scenarios import ATTRIBUTE_CONSTANTS, STANDARD_FIELDS, build, random_scenario

pytestmark = pytest.mark.parity

RANDOM_COUNT = 150
BASE_SEED = 20261203

SCENARIOS: list[Any] = []


def scenario(
    case_id: str, *steps: dict[str, Any], pool: str = "id", returns: Any = None, **extra: Any
) -> None:
    data = {"pool": pool, "steps": list(steps), "returns": returns or [{"registered": True}], **extra}
    SCENARIOS.append(pytest.param(data, id=case_id))


def provider(kind: str, id: str = "Idp", *, attempt: bool = False, **props: Any) -> dict[str, Any]:
    step: dict[str, Any] = {"provider": kind, "id": id, "props": props}
    if attempt:
        step["attempt"] = True
    return step


def client(id: str = "Client", *, via: str = "new", attempt: bool = False, **props: Any) -> dict[str, Any]:
    step: dict[str, Any] = {"client": id, "props": props, "via": via}
    if attempt:
        step["attempt"] = True
    return step


GOOGLE = {"client_id": "gid", "client_secret": "gsecret"}
FACEBOOK = {"client_id": "fid", "client_secret": "fsecret"}
AMAZON = {"client_id": "aid", "client_secret": "asecret"}
APPLE = {"client_id": "com.example.app", "team_id": "TEAM123456", "key_id": "KEY1234567", "private_key": "pk"}
OIDC = {"client_id": "oid", "client_secret": "osecret", "issuer_url": "https://issuer.example.com"}
ENDPOINTS = {
    "authorization": "https://idp/authorize",
    "token": "https://idp/token",
    "user_info": "https://idp/userinfo",
    "jwks_uri": "https://idp/jwks",
}
OTHER = {"$other": "sub"}

# --- each provider, its defaults and every prop ----------------------------------------------------
scenario("google-defaults", provider("google", **GOOGLE), client())
scenario("google-scopes", provider("google", **GOOGLE, scopes=["email", "profile", "openid"]))
scenario("google-empty-scopes", provider("google", **GOOGLE, scopes=[]))
scenario(
    "google-token-secret", provider("google", client_id="gid", client_secret={"$dynref": "google-secret"})
)
scenario("google-lazy-client-id", provider("google", client_id={"$lazy": "lazy-id"}, client_secret="s"))
scenario("google-token-scope", provider("google", **GOOGLE, scopes=[{"$param": "ScopeParam"}, "email"]))
scenario("facebook-defaults", provider("facebook", **FACEBOOK))
scenario(
    "facebook-scopes-joined-by-commas", provider("facebook", **FACEBOOK, scopes=["public_profile", "email"])
)
scenario("facebook-api-version", provider("facebook", **FACEBOOK, api_version="v17.0"))
scenario("facebook-empty-api-version", provider("facebook", **FACEBOOK, api_version=""))
scenario("facebook-lazy-api-version", provider("facebook", **FACEBOOK, api_version={"$lazy": "v2.12"}))
scenario("amazon-defaults", provider("amazon", **AMAZON))
scenario("amazon-scopes", provider("amazon", **AMAZON, scopes=["profile", "postal_code"]))
scenario("apple-defaults", provider("apple", **APPLE))
scenario("apple-scopes", provider("apple", **APPLE, scopes=["name", "email"]))
scenario(
    "apple-token-key",
    provider("apple", **{**APPLE, "private_key": {"$param": "KeyParam"}, "team_id": {"$import": "Team"}}),
)
scenario("oidc-defaults", provider("oidc", **OIDC), returns=[{"provider_name": 0}])
scenario("oidc-name", provider("oidc", **OIDC, name="MyOidc"))
scenario("oidc-name-too-short", provider("oidc", **OIDC, name="ab"))
scenario("oidc-name-too-long", provider("oidc", **OIDC, name="y" * 33))
scenario("oidc-name-32", provider("oidc", **OIDC, name="x" * 32))
scenario("oidc-name-3", provider("oidc", **OIDC, name="abc"))
scenario("oidc-name-empty-is-default", provider("oidc", **OIDC, name=""))
scenario("oidc-name-16-emoji", provider("oidc", **OIDC, name="\U0001f600" * 16))
scenario("oidc-name-17-emoji-is-34-units", provider("oidc", **OIDC, name="\U0001f600" * 17))
scenario("oidc-name-lazy", provider("oidc", **OIDC, name={"$lazy": "n"}))
scenario("oidc-name-param", provider("oidc", **OIDC, name={"$param": "NameParam"}))
scenario("oidc-id-default", provider("oidc", "Default", **OIDC))
scenario("oidc-id-resource", provider("oidc", "Resource", **OIDC))
scenario("oidc-id-long-is-cut", provider("oidc", "OidcProviderWithAVeryLongConstructIdentifier", **OIDC))
scenario("oidc-in-group", {**provider("oidc", "Oidc", **OIDC), "in": "group"})
scenario("oidc-endpoints-struct", provider("oidc", **OIDC, endpoints={"$endpoints": ENDPOINTS}))
scenario("oidc-endpoints-dict", provider("oidc", **OIDC, endpoints=ENDPOINTS))
scenario(
    "oidc-endpoints-missing-key",
    provider("oidc", **OIDC, endpoints={k: v for k, v in ENDPOINTS.items() if k != "token"}),
)
scenario("oidc-endpoints-unknown-key", provider("oidc", **OIDC, endpoints={**ENDPOINTS, "logout": "x"}))
scenario("oidc-identifiers", provider("oidc", **OIDC, identifiers=["tenant-a", "tenant-b"]))
scenario("oidc-identifiers-empty", provider("oidc", **OIDC, identifiers=[]))
scenario("oidc-identifiers-lazy-list", provider("oidc", **OIDC, identifiers={"$lazy_list": ["x", "y"]}))
scenario("oidc-method-post", provider("oidc", **OIDC, attribute_request_method={"$method": "POST"}))
scenario("oidc-method-get", provider("oidc", **OIDC, attribute_request_method={"$method": "GET"}))
scenario("oidc-scopes", provider("oidc", **OIDC, scopes=["openid", "email", "profile"]))
scenario("oidc-issuer-token", provider("oidc", **{**OIDC, "issuer_url": {"$import": "Issuer"}}))
scenario(
    "oidc-every-prop",
    provider(
        "oidc",
        **OIDC,
        name="Corp",
        scopes=["openid", "email"],
        identifiers=["corp.example.com"],
        attribute_request_method={"$method": "POST"},
        endpoints=ENDPOINTS,
        attribute_mapping={"email": {"$other": "mail"}, "custom": {"custom:upn": {"$other": "upn"}}},
    ),
)

# --- attribute mappings ----------------------------------------------------------------------------
scenario(
    "mapping-struct-every-field",
    provider(
        "google",
        **GOOGLE,
        attribute_mapping={"$mapping": {name: {"$other": f"p_{name}"} for name in reversed(STANDARD_FIELDS)}},
    ),
)
scenario(
    "mapping-dict-odd-order",
    provider(
        "facebook",
        **FACEBOOK,
        attribute_mapping={
            "website": OTHER,
            "timezone": {"$attr": "FACEBOOK_LOCALE"},
            "fullname": {"$attr": "FACEBOOK_NAME"},
            "address": OTHER,
        },
    ),
)
scenario(
    "mapping-custom-only", provider("amazon", **AMAZON, attribute_mapping={"custom": {"custom:id": OTHER}})
)
scenario(
    "mapping-custom-integer-keys",
    provider(
        "google",
        **GOOGLE,
        attribute_mapping={
            "email": OTHER,
            "custom": {"zz": OTHER, "10": OTHER, "2": OTHER, "01": OTHER, "0": OTHER},
        },
    ),
)
scenario(
    "mapping-custom-overrides-standard",
    provider(
        "google",
        **GOOGLE,
        attribute_mapping={
            "$mapping": {
                "email": {"$attr": "GOOGLE_EMAIL"},
                "website": OTHER,
                "custom": {"custom:a": OTHER, "email": {"$other": "mail"}, "name": {"$other": "n"}},
                "fullname": {"$attr": "GOOGLE_NAME"},
            }
        },
    ),
)
scenario("mapping-empty-dict", provider("google", **GOOGLE, attribute_mapping={}))
scenario("mapping-empty-struct", provider("google", **GOOGLE, attribute_mapping={"$mapping": {}}))
scenario("mapping-empty-custom", provider("google", **GOOGLE, attribute_mapping={"custom": {}}))
scenario(
    "mapping-token-attribute",
    provider("google", **GOOGLE, attribute_mapping={"email": {"$other": {"$lazy": "e"}}}),
)
scenario(
    "mapping-wrong-value-type", provider("google", **GOOGLE, attribute_mapping={"email": {"$raw": "email"}})
)
scenario("mapping-unknown-field", provider("google", **GOOGLE, attribute_mapping={"mail": OTHER}))
scenario(
    "mapping-custom-wrong-value",
    provider("google", **GOOGLE, attribute_mapping={"custom": {"a": {"$raw": 1}}}),
)
scenario("mapping-other-none", provider("google", **GOOGLE, attribute_mapping={"email": {"$other": None}}))
scenario(
    "mapping-every-constant",
    provider(
        "oidc",
        **OIDC,
        attribute_mapping={
            "custom": {f"custom:{name.lower()}": {"$attr": name} for name in ATTRIBUTE_CONSTANTS}
        },
    ),
)

# --- pools, clients and several providers ----------------------------------------------------------
EVERY_PROVIDER = (
    provider("google", "Google", **GOOGLE),
    provider("facebook", "Facebook", **FACEBOOK),
    provider("amazon", "Amazon", **AMAZON),
    provider("apple", "Apple", **APPLE),
    provider("oidc", "Oidc", **OIDC),
)
scenario(
    "every-provider-then-client",
    *EVERY_PROVIDER,
    client(),
    returns=[{"registered": True}, {"provider_name": 4}],
)
scenario("client-before-providers", client("Early"), *EVERY_PROVIDER, client("Late"))
scenario(
    "client-explicit-providers",
    *EVERY_PROVIDER,
    client(supported_identity_providers=["GOOGLE", {"provider": 4}, "COGNITO", {"custom": "Other"}]),
)
scenario("client-explicit-empty", *EVERY_PROVIDER, client(supported_identity_providers=[]))
scenario("add-client-after-providers", *EVERY_PROVIDER, client(via="add"))
scenario(
    "two-google-providers", provider("google", "G1", **GOOGLE), provider("google", "G2", **GOOGLE), client()
)
scenario("jsii-pool", *EVERY_PROVIDER, client(), pool="jsii")
scenario("jsii-pool-reference-client", *EVERY_PROVIDER, client(via="add"), pool="jsii")
scenario("jsii-imported-pool", *EVERY_PROVIDER, client(), pool="jsii_id")
scenario(
    "providers-in-the-pools-scope",
    *({**step, "in": "pool"} for step in EVERY_PROVIDER),
    client(),
    client("Added", via="add"),
    pool="jsii",
    returns=[{"registered": True}, {"provider_name": 0}, {"provider_name": 4}],
)
scenario("arn-pool", provider("oidc", **OIDC), client(), pool="arn")
scenario(
    "imported-provider-registered",
    {"import": "Imported", "name": "CorpIdp", "register": True},
    provider("google", **GOOGLE),
    client(),
)
# A provider whose constructor raised after it registered has no name: clients leave it out.
# (Reading its provider_name raises with the reference, gives None with ours: see test_idps.py.)
scenario(
    "failed-oidc-is-registered-without-a-name",
    provider("oidc", "Bad", **OIDC, name="ab", attempt=True),
    provider("google", **GOOGLE),
    client(),
    returns=[{"provider_name": 0}],
)
scenario(
    "failed-oidc-jsii-pool",
    provider("oidc", "Bad", **OIDC, name="ab", attempt=True),
    client(via="add"),
    client("Ours"),
    pool="jsii",
    returns=[{"provider_name": 0}],
)
scenario("duplicate-id", provider("google", "Same", **GOOGLE), provider("facebook", "Same", **FACEBOOK))
scenario("missing-client-id", provider("google", client_secret="s"))
scenario("missing-secret-v1", provider("amazon", client_id="x"))
scenario("client-id-int", provider("google", client_id={"$raw": 5}, client_secret="s"))
scenario("scopes-bare-string", provider("google", **GOOGLE, scopes={"$raw": "profile"}))
scenario("scopes-int-element", provider("google", **GOOGLE, scopes=[{"$raw": 1}]))
scenario("identifiers-bare-string", provider("oidc", **OIDC, identifiers={"$raw": "tenant"}))
scenario("method-wrong-type", provider("oidc", **OIDC, attribute_request_method={"$raw": "GET"}))
scenario("api-version-int", provider("facebook", **FACEBOOK, api_version={"$raw": 17}))
scenario(
    "client-in-other-stack",
    *EVERY_PROVIDER,
    {"stack": "Other"},
    client(),
)
scenario(
    "client-in-other-environment",
    provider("google", **GOOGLE),
    {"stack": "Other", "env": {"account": "111122223333", "region": "eu-west-1"}},
    client(attempt=True),
)
scenario(
    "provider-in-other-stack",
    {"stack": "Other"},
    provider("oidc", **OIDC),
    client(),
)


def test_counts() -> None:
    assert len(SCENARIOS) >= 60
    assert RANDOM_COUNT >= 120


@pytest.mark.parametrize("data", SCENARIOS)
def test_idp_parity(data: dict[str, Any]) -> None:
    assert_parity(build(data))


@pytest.mark.parametrize("seed", range(BASE_SEED, BASE_SEED + RANDOM_COUNT))
def test_idp_random_parity(seed: int) -> None:
    assert_parity(build(random_scenario(seed)))


def test_random_scenarios_cover_the_space() -> None:
    scenarios = [random_scenario(seed) for seed in range(BASE_SEED, BASE_SEED + RANDOM_COUNT)]
    steps = [step for s in scenarios for step in s["steps"]]
    kinds = {step["provider"] for step in steps if "provider" in step}
    assert kinds == {"google", "facebook", "amazon", "apple", "oidc"}
    assert {s["pool"] for s in scenarios} == {"id", "arn", "jsii", "jsii_id"}
    props = {key for step in steps if "provider" in step for key in step["props"]}
    assert props >= {
        "client_id",
        "client_secret",
        "scopes",
        "api_version",
        "team_id",
        "key_id",
        "private_key",
        "issuer_url",
        "name",
        "endpoints",
        "identifiers",
        "attribute_request_method",
        "attribute_mapping",
    }
    assert any(step.get("via") == "add" for step in steps)
    assert any("supported_identity_providers" in step.get("props", {}) for step in steps if "client" in step)
    assert any("import" in step for step in steps)
    assert any(step.get("in") == "group" for step in steps)
    assert random_scenario(BASE_SEED) == random_scenario(BASE_SEED)
