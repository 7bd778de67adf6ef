"""Parity of the whole user-pool family together: pools, domains, identity providers, clients, servers.

Every case is a pool scenario (pool_scenarios.py) whose steps also build domains (domain_scenarios.py's
steps), identity providers (idp_scenarios.py's ``provider`` step), clients and resource servers on the
pool, in an order that matters (a client lists the providers registered *before* it, plus COGNITO, when
it is given no ``supported_identity_providers``), and read what they expose: ``domain_name``,
``base_url()``, ``sign_in_url(client, ...)``, provider names, ``pool.identity_providers``. It is built
once with ``c = aws_cdk.aws_cognito`` and once with ``c = cdk_cognito``; every stack's template, the
returned values and the errors must agree (harness.py).

Hand-picked cases say what the reference does with them (``raises``: a substring of the error that
escapes; ``step_raises``: attempted steps that must raise, by index); ``test_reference_outcome`` checks
that on the reference alone. Seeded random scenarios (fixed seeds) mix the same steps. Cases marked
``xfail(strict=True)`` are differences the README documents; each reason names one.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from aws_cdk import core

from . import domain_scenarios, idp_scenarios
from .harness import Raised, assert_parity, attempt, ref, run_case
from .pool_scenarios import case_of
from .test_domain_parity import HALF_BUILT_L1, PLAIN_CERTIFICATE
from .test_pool_parity_cases import CLASS_NAME_IN_MESSAGE
from .test_pool_parity_random import _assign_kinds, _gen_props

pytestmark = pytest.mark.parity

# The name of a provider whose constructor raised after it registered (README, differences).
FAILED_PROVIDER_NAME = (
    "a provider whose constructor raised after it registered has provider_name None; the reference's "
    "raises 'Unable to serialize value as string'"
)

CASES: list[Any] = []
EXPECTED: dict[str, tuple[str | None, dict[int, str]]] = {}


def case(
    case_id: str,
    scenario: dict[str, Any],
    *,
    raises: str | None = None,
    step_raises: dict[int, str] | None = None,
    xfail: str | None = None,
) -> None:
    """Register a scenario and what the reference does with it (see the module docstring)."""
    assert case_id not in EXPECTED, f"duplicate case id {case_id}"
    EXPECTED[case_id] = (raises, dict(step_raises or {}))
    marks = [pytest.mark.xfail(strict=True, reason=xfail, raises=AssertionError)] if xfail else []
    CASES.append(pytest.param(case_id, scenario, id=case_id, marks=marks))


# --------------------------------------------------------------------------------------------------
# Shorthands (value specs: pool_scenarios.py)
# --------------------------------------------------------------------------------------------------


def lazy(value: str) -> dict[str, Any]:
    return {"$": "lazy", "value": value}


def account(prefix: str) -> dict[str, Any]:
    return {"$": "concat", "parts": [prefix, {"$": "aws", "name": "ACCOUNT_ID"}]}


def param(name: str) -> dict[str, Any]:
    return {"$": "param", "name": name}


def member(type_: str, name: str) -> dict[str, Any]:
    return {"$": "member", "type": type_, "name": name}


def result(step: int) -> dict[str, Any]:
    return {"$": "result", "step": step}


def new(type_: str, **kwargs: Any) -> dict[str, Any]:
    return {"$": "new", "type": type_, "kwargs": kwargs}


def pool(*steps: dict[str, Any], **props: Any) -> dict[str, Any]:
    """A scenario creating a pool with ``props``, then ``steps``."""
    return {"pool": {"kind": "new", "props": props}, "steps": list(steps)}


def imported(*steps: dict[str, Any], kind: str = "from_id") -> dict[str, Any]:
    value = "us-east-1_AbC123" if kind == "from_id" else POOL_ARN
    return {"pool": {"kind": kind, "value": value}, "steps": list(steps)}


def where(step: dict[str, Any], in_: str | None, attempt: bool | None) -> dict[str, Any]:
    if in_ is not None:
        step["in"] = in_
    if attempt is not None:
        step["attempt"] = attempt
    return step


def domain(
    prefix: Any = "my-app",
    id: str = "Domain",
    *,
    via: str = "add",
    in_: str | None = None,
    attempt: bool | None = None,
    struct: bool = False,
) -> dict[str, Any]:
    options = {"domain_prefix": prefix}
    cognito = new("CognitoDomainOptions", **options) if struct else options
    step = {"do": "add_domain", "id": id, "via": via, "options": {"cognito_domain": cognito}}
    return where(step, in_, attempt)


def custom_domain(
    name: Any = "auth.example.com",
    cert: str = "import",
    id: str = "Domain",
    *,
    via: str = "add",
    in_: str | None = None,
    attempt: bool | None = None,
    cert_name: str = "",
) -> dict[str, Any]:
    certificate = {"$": "certificate", "kind": cert, "name": cert_name}
    options = {"custom_domain": {"domain_name": name, "certificate": certificate}}
    return where({"do": "add_domain", "id": id, "via": via, "options": options}, in_, attempt)


def raw_domain(options: dict[str, Any], id: str = "Domain", *, via: str = "add") -> dict[str, Any]:
    return {"do": "add_domain", "id": id, "via": via, "options": options}


def base_url(domain_index: int = 0, fips: bool | None = None, **options: Any) -> dict[str, Any]:
    if fips is not None:
        options["fips"] = fips
    return {"do": "base_url", "domain": domain_index, "options": options}


def sign_in(
    domain_index: int = 0,
    client_index: int = 0,
    redirect: Any = "https://app.example/cb",
    path: Any = None,
    fips: Any = None,
) -> dict[str, Any]:
    options: dict[str, Any] = {"redirect_uri": redirect}
    if path is not None:
        options["sign_in_path"] = path
    if fips is not None:
        options["fips"] = fips
    return {"do": "sign_in_url", "domain": domain_index, "client": client_index, "options": options}


def raw_sign_in(options: dict[str, Any], domain_index: int = 0, client_index: int = 0) -> dict[str, Any]:
    return {"do": "sign_in_url", "domain": domain_index, "client": client_index, "options": options}


CALLBACK = ["https://app.example/cb"]
FLOWS: dict[str, dict[str, Any]] = {
    "code": {"flows": {"authorization_code_grant": True}, "callback_urls": CALLBACK},
    "implicit": {"flows": {"implicit_code_grant": True}, "callback_urls": CALLBACK},
    "both": {"flows": {"authorization_code_grant": True, "implicit_code_grant": True}},
    "none": {"flows": {}},
    "cc": {
        "flows": {"client_credentials": True},
        "scopes": [{"$": "call", "type": "OAuthScope", "method": "custom", "args": ["api/read"]}],
    },
}


def idp(entry: Any) -> dict[str, Any]:
    """A client's provider: a constant name, ``("provider", i)`` (provider i's name), ``("custom", v)``."""
    if isinstance(entry, str):
        return member("UserPoolClientIdentityProvider", entry)
    kind, value = entry
    if kind == "provider":
        value = {"$": "provider_name", "provider": value}
    return {"$": "call", "type": "UserPoolClientIdentityProvider", "method": "custom", "args": [value]}


def client(
    id: str = "Client",
    flows: str | None = None,
    *,
    via: str = "add",
    in_: str | None = None,
    idps: list[Any] | None = None,
    attempt: bool | None = None,
    **options: Any,
) -> dict[str, Any]:
    if flows == "disabled":
        options["disable_o_auth"] = True
    elif flows is not None:
        options["o_auth"] = FLOWS[flows]
        if flows == "cc":
            options["generate_secret"] = True
    if idps is not None:
        options["supported_identity_providers"] = [idp(entry) for entry in idps]
    return where({"do": "add_client", "id": id, "via": via, "options": options}, in_, attempt)


def import_client(client_id: Any = "abc123", id: str = "Imported") -> dict[str, Any]:
    return {"do": "import_client", "id": id, "client_id": client_id}


def server(
    id: str = "Api", identifier: Any = "api", *, via: str = "add", scopes: tuple[str, ...] = ("read",)
) -> dict[str, Any]:
    scope_specs = [new("ResourceServerScope", scope_name=s, scope_description=s.title()) for s in scopes]
    return {
        "do": "add_resource_server",
        "id": id,
        "via": via,
        "options": {"identifier": identifier, "scopes": scope_specs},
    }


GOOGLE = {"client_id": "gid", "client_secret": "gsecret"}
FACEBOOK = {"client_id": "fid", "client_secret": "fsecret"}
AMAZON = {"client_id": "aid", "client_secret": "asecret"}
APPLE = {"client_id": "com.example.app", "team_id": "TEAM123456", "key_id": "KEY1234567", "private_key": "pk"}
OIDC = {"client_id": "oid", "client_secret": "osecret", "issuer_url": "https://issuer.example.com"}
PROPS_OF = {"google": GOOGLE, "facebook": FACEBOOK, "amazon": AMAZON, "apple": APPLE, "oidc": OIDC}


def provider(
    kind: str,
    id: str | None = None,
    *,
    in_: str | None = None,
    attempt: bool | None = None,
    **props: Any,
) -> dict[str, Any]:
    step = {
        "do": "provider",
        "kind": kind,
        "id": id or kind.title(),
        "props": {**PROPS_OF[kind], **props},
    }
    return where(step, in_, attempt)


def every_provider(in_: str | None = None) -> list[dict[str, Any]]:
    return [provider(kind, in_=in_) for kind in PROPS_OF]


def imported_idp(name: Any, id: str = "Imported", *, register: bool = True) -> dict[str, Any]:
    return {"do": "register_idp", "id": id, "name": name, "register": register}


def output(value: Any, id: str = "Out") -> dict[str, Any]:
    return {"do": "output", "id": id, "value": value}


def stack(id: str = "Other", **env: Any) -> dict[str, Any]:
    return {"do": "stack", "id": id, "env": env or None}


def nested_stack(id: str = "Nested") -> dict[str, Any]:
    return {"do": "stack", "id": id, "nested": True}


POOL_ARN = "arn:aws:cognito-idp:eu-west-1:111122223333:userpool/eu-west-1_XyZ789"
ENV = {"account": "111122223333", "region": "eu-west-1"}
NO_FLOW = "signInUrl is not supported for clients without authorizationCodeGrant or implicitCodeGrant"
PREFIX_ERROR = "domainPrefix for cognitoDomain can contain only lowercase alphabets, numbers and hyphens"
ONE_OF = "One of, and only one of, cognitoDomain or customDomain must be specified"
ALREADY = "There is already a Construct with name"

# --------------------------------------------------------------------------------------------------
# Domains on a created pool
# --------------------------------------------------------------------------------------------------

case("domain-add-minimal", pool(domain()))
case("domain-add-struct", pool(domain("abc", struct=True), {"do": "domain_name"}))
case("domain-constructor", pool(domain(via="new")))
case("domain-constructor-in-pool-scope", pool(domain(via="new", in_="pool"), base_url()))
case("domain-constructor-nested", pool(domain(via="new", in_="Auth/Web"), base_url(), base_url(fips=True)))
case("domain-custom-imported-cert", pool(custom_domain(), base_url()))
case("domain-custom-new-cert", pool(custom_domain(cert="new"), base_url(fips=True)))
case("domain-custom-token-cert", pool(custom_domain(cert="import-token"), {"do": "domain_name"}))
case("domain-custom-token-name", pool(custom_domain(account("auth-")), base_url()))
case("domain-custom-lazy-name", pool(custom_domain(lazy("login.example.com")), base_url()))
case("domain-custom-unicode-name", pool(custom_domain("ü.example"), base_url()))
case(
    "domain-two-on-one-pool",
    pool(domain("first"), custom_domain("auth.example.com", id="Custom"), base_url(0), base_url(1)),
)
case(
    "domain-three-mixed-scopes",
    pool(
        domain("one"),
        domain("two", "Second", via="new"),
        domain("three", "Third", via="new", in_="Nested"),
        base_url(0),
        base_url(1, fips=True),
        base_url(2),
    ),
)
case("domain-prefix-token-account", pool(domain(account("app-")), base_url()))
case("domain-prefix-token-upper-not-checked", pool(domain(account("UPPER_")), base_url()))
case("domain-prefix-lazy-not-checked", pool(domain(lazy("Not Valid")), base_url(fips=True)))
case("domain-prefix-param", pool(domain(param("Prefix")), base_url()))
case("domain-prefix-longest", pool(domain("x" * 63)))
case("domain-prefix-upper-add", pool(domain("MyApp")), raises=PREFIX_ERROR)
case("domain-prefix-underscore-new", pool(domain("my_app", via="new")), raises=PREFIX_ERROR)
case(
    "domain-prefix-dot-attempted", pool(domain("a.b", attempt=True), client()), step_raises={0: PREFIX_ERROR}
)
case("domain-prefix-unicode", pool(domain("ü")), raises=PREFIX_ERROR)
case("domain-prefix-newline", pool(domain("abc\n", via="new")), raises=PREFIX_ERROR)
case("domain-prefix-empty-add", pool(domain("")), raises="missing required property: domain")
case(
    "domain-prefix-empty-caught",
    pool(domain("", attempt=True)),
    raises="domain: required but missing",
    xfail=HALF_BUILT_L1,
)
case("domain-neither", pool(raw_domain({})), raises=ONE_OF)
case("domain-neither-new", pool(raw_domain({}, via="new")), raises=ONE_OF)
case(
    "domain-both",
    pool(
        raw_domain(
            {
                "cognito_domain": {"domain_prefix": "a"},
                "custom_domain": {
                    "domain_name": "a.example.com",
                    "certificate": {"$": "certificate", "kind": "import"},
                },
            }
        )
    ),
    raises=ONE_OF,
)
case("domain-bad-options-type", pool(raw_domain({"cognito_domain": "my-app"})), raises="")
case("domain-bad-prefix-type", pool(raw_domain({"cognito_domain": {"domain_prefix": 5}})), raises="")
case(
    "domain-plain-certificate",
    pool(custom_domain(cert="plain"), base_url()),
    raises="",
    xfail=PLAIN_CERTIFICATE,
)
case("domain-duplicate-id-on-stack", pool(domain(via="new"), domain("b", via="new")), raises=ALREADY)
case(
    "domain-duplicate-id-in-pool",
    pool(domain(), domain("b")),
    raises=ALREADY,
    xfail=CLASS_NAME_IN_MESSAGE,
)
case("domain-id-resource-in-pool", pool(domain(id="Resource")), raises=ALREADY, xfail=CLASS_NAME_IN_MESSAGE)
case(
    "domain-import-and-own",
    pool(domain(), {"do": "import_domain", "id": "Imported", "name": "their-domain"}, {"do": "domain_name"}),
)
case(
    "domain-import-has-no-base-url",
    pool({"do": "import_domain", "id": "Imported", "name": account("d-")}, base_url()),
    step_raises={1: "base_url"},
)
case("domain-in-env-stack", {**pool(domain(), base_url(), base_url(fips=True)), "stack": ENV})
case(
    "domain-in-cn-region",
    {**pool(domain(), client(), base_url(), sign_in()), "stack": {"region": "cn-north-1"}},
)
case(
    "domain-in-gov-region-fips",
    {**pool(domain(), client("Web", "code"), sign_in(fips=True)), "stack": {"region": "us-gov-west-1"}},
)
case("domain-nested-pool", {**pool(domain(), client(), sign_in()), "nested": True})
case("domain-cloud-front", pool(domain(), {"do": "cloud_front"}, {"do": "cloud_front"}))
case(
    "domain-cloud-front-regional",
    {**pool(custom_domain(cert="new"), {"do": "cloud_front"}, base_url()), "stack": ENV},
)
case("domain-output-url", pool(domain(), base_url(), output(result(1))))
case(
    "domain-output-url-other-stack",
    pool(domain(), base_url(), stack("Other"), output(result(1))),
)

# --------------------------------------------------------------------------------------------------
# sign_in_url with every kind of client, on created and imported pools
# --------------------------------------------------------------------------------------------------

for _flows in ("default", "code", "implicit", "both"):
    case(
        f"sign-in-{_flows}-client",
        pool(domain(), client("Web", None if _flows == "default" else _flows), sign_in()),
    )
# A client with OAuth disabled still has the default flows (code and implicit): the reference signs it in.
case("sign-in-oauth-disabled-client", pool(domain(), client("Web", "disabled"), sign_in()))
for _flows in ("cc", "none"):
    case(
        f"sign-in-{_flows}-client-refused",
        pool(server(), domain(), client("Web", _flows), sign_in()),
        step_raises={3: NO_FLOW},
    )
case(
    "sign-in-client-constructor-nested",
    pool(domain(), client("Web", "code", via="new", in_="App/Clients"), sign_in(path="/oauth2/authorize")),
)
case(
    "sign-in-client-in-pool-scope",
    pool(domain(), client("Web", "implicit", via="new", in_="pool"), sign_in()),
)
case("sign-in-custom-domain", pool(custom_domain(), client("Web", "code"), sign_in(fips=True)))
case("sign-in-custom-domain-token-name", pool(custom_domain(account("id-")), client(), sign_in()))
case(
    "sign-in-client-before-domain",
    pool(client("Early", "implicit"), domain(), client("Late", "code"), sign_in(0, 0), sign_in(0, 1)),
)
case(
    "sign-in-two-domains-two-clients",
    pool(
        domain("one"),
        custom_domain(id="Custom"),
        client("A", "code"),
        client("B", "implicit", via="new"),
        sign_in(0, 0),
        sign_in(0, 1, fips=True),
        sign_in(1, 0, path="/login"),
        sign_in(1, 1, redirect="myapp://callback"),
    ),
)
case("sign-in-empty-path", pool(domain(), client(), sign_in(path="")))
case("sign-in-unicode-path", pool(domain(), client(), sign_in(path="/ä?x=1", fips=False)))
case("sign-in-empty-redirect", pool(domain(), client(), sign_in(redirect="")))
case("sign-in-token-redirect", pool(domain(), client(), sign_in(redirect=account("https://"))))
case(
    "sign-in-lazy-redirect", pool(domain(lazy("lazy-prefix")), client(), sign_in(redirect=lazy("https://l")))
)
case("sign-in-token-prefix", pool(domain(param("Prefix")), client("Web", "code"), sign_in()))
case(
    "sign-in-imported-client",
    pool(domain(), import_client("abc123"), sign_in()),
    step_raises={2: "type of argument client"},
)
case(
    "sign-in-imported-client-token-id",
    pool(domain(), import_client(lazy("lazy-client")), sign_in()),
    step_raises={2: "type of argument client"},
)
case("sign-in-output", pool(domain(), client(), sign_in(), output(result(2))))
case(
    "sign-in-client-in-other-stack",
    pool(domain(), stack("Other"), client("Web", "code", via="new"), sign_in(), output(result(3))),
)
case(
    "sign-in-bad-redirect-none",
    pool(domain(), client(), raw_sign_in({"redirect_uri": None})),
    step_raises={2: ""},
)
case(
    "sign-in-bad-redirect-int",
    pool(domain(), client(), raw_sign_in({"redirect_uri": 5})),
    step_raises={2: ""},
)
case("sign-in-missing-redirect", pool(domain(), client(), raw_sign_in({})), step_raises={2: ""})
case(
    "sign-in-bad-path",
    pool(domain(), client(), raw_sign_in({"redirect_uri": "x", "sign_in_path": 5})),
    step_raises={2: ""},
)
case(
    "sign-in-bad-fips",
    pool(domain(), client(), raw_sign_in({"redirect_uri": "x", "fips": "no"})),
    step_raises={2: ""},
)
case("base-url-bad-fips", pool(domain(), base_url(fips="yes")), step_raises={1: ""})  # type: ignore[arg-type]
case(
    "sign-in-imported-pool",
    imported(
        domain(), client("Web", "code"), client("Other", "implicit", via="new"), sign_in(0, 0), sign_in(0, 1)
    ),
)
case(
    "sign-in-arn-pool",
    imported(domain(), client(), sign_in(fips=True), kind="from_arn"),
)

# --------------------------------------------------------------------------------------------------
# Providers on a created pool, and the clients' default providers
# --------------------------------------------------------------------------------------------------

for _kind in PROPS_OF:
    case(f"provider-{_kind}-then-client", pool(provider(_kind), client()))
case("providers-all-then-client", pool(*every_provider(), client()))
case("providers-client-before", pool(client("Early"), *every_provider(), client("Late")))
case(
    "providers-interleaved-clients",
    pool(
        client("C0"),
        provider("google"),
        client("C1", via="new"),
        provider("facebook"),
        imported_idp("CorpIdp"),
        client("C2"),
        provider("oidc", in_="Auth"),
        client("C3", via="new", in_="Auth"),
    ),
)
case("providers-in-pool-scope", pool(*every_provider(in_="pool"), client()))
case("providers-nested", pool(*every_provider(in_="Auth/Idps"), client(via="new", in_="Auth")))
case(
    "providers-oidc-names-from-paths",
    pool(
        provider("oidc", "Corp"),
        provider("oidc", "Corp", in_="Team"),
        provider("oidc", "OidcProviderWithAVeryLongConstructIdentifierIndeed", in_="pool"),
        provider("oidc", "Deep", in_="A/B/C/D"),
        client(),
    ),
)
case("providers-two-google-deduplicated", pool(provider("google", "G1"), provider("google", "G2"), client()))
case(
    "providers-explicit-list",
    pool(
        *every_provider(),
        client(idps=["GOOGLE", ("provider", 4), "COGNITO", ("custom", "Other")]),
        client("AppleClient", idps=["APPLE", "AMAZON", "FACEBOOK"], via="new"),
    ),
)
case("providers-explicit-empty", pool(*every_provider(), client(idps=[])))
case("providers-explicit-token-name", pool(provider("oidc"), client(idps=[("custom", lazy("LazyIdp"))])))
case(
    "providers-imported-registered",
    pool(imported_idp("CorpIdp"), imported_idp(lazy("LazyIdp"), "Lazy"), provider("google"), client()),
)
case(
    "providers-imported-not-registered",
    pool(imported_idp("CorpIdp", register=False), provider("amazon"), client()),
)
case(
    "providers-imported-same-name-as-provider",
    pool(provider("google"), imported_idp("Google"), client()),
)
case("providers-oidc-name", pool(provider("oidc", name="MyOidc"), client()))
case("providers-oidc-name-lazy", pool(provider("oidc", name=lazy("LazyName")), client()))
case("providers-oidc-name-param", pool(provider("oidc", name=param("IdpName")), client()))
case(
    "providers-token-props",
    pool(
        provider("google", client_id=lazy("lazy-id"), client_secret={"$": "dynref", "name": "google"}),
        provider("apple", private_key=param("Key"), team_id={"$": "import_value", "name": "Team"}),
        provider(
            "oidc",
            issuer_url={"$": "import_value", "name": "Issuer"},
            identifiers={"$": "lazy_list", "value": ["x"]},
        ),
        client(),
    ),
)
case(
    "providers-attribute-mappings",
    pool(
        provider(
            "google",
            attribute_mapping={
                "email": member("ProviderAttribute", "GOOGLE_EMAIL"),
                "custom": {
                    "custom:tenant": {
                        "$": "call",
                        "type": "ProviderAttribute",
                        "method": "other",
                        "args": ["hd"],
                    }
                },
            },
        ),
        provider(
            "facebook",
            attribute_mapping=new("AttributeMapping", fullname=member("ProviderAttribute", "FACEBOOK_NAME")),
        ),
        client(),
    ),
)
case(
    "providers-oidc-bad-name-attempted",
    {
        **pool(provider("oidc", "Bad", name="ab", attempt=True), provider("google"), client()),
        "read_identity_providers": False,
    },
    step_raises={0: "Expected provider name to be between 3 and 32 characters"},
)
case(
    "providers-oidc-bad-name-read",
    pool(provider("oidc", "Bad", name="ab", attempt=True), client()),
    step_raises={0: "Expected provider name to be between 3 and 32 characters"},
    xfail=FAILED_PROVIDER_NAME,
)
case("providers-oidc-name-too-long", pool(provider("oidc", name="y" * 33)), raises="between 3 and 32")
case("providers-missing-client-id", pool(provider("google", client_id=None)), raises="")
case("providers-bad-scopes", pool(provider("google", scopes="profile")), raises="")
case(
    "providers-duplicate-id-on-stack",
    pool(provider("google", "Same"), provider("amazon", "Same")),
    raises=ALREADY,
)
case(
    "providers-duplicate-id-in-pool",
    pool(provider("google", "Same", in_="pool"), provider("amazon", "Same", in_="pool")),
    raises=ALREADY,
    xfail=CLASS_NAME_IN_MESSAGE,
)
case(
    "providers-id-clashes-with-client",
    pool(client("Shared", via="new"), provider("google", "Shared")),
    raises=ALREADY,
)
case(
    "providers-in-other-stack-cycle",
    pool(stack("Other"), provider("oidc"), client()),
    raises="would create a cyclic reference",
)
case("providers-in-other-stack", pool(stack("Other"), provider("oidc"), client(idps=["COGNITO"])))
case(
    "providers-client-in-other-stack",
    pool(provider("google"), provider("oidc"), stack("Other"), client(via="new")),
)
case(
    "providers-client-in-other-environment",
    pool(provider("google"), stack("Other", **ENV), client(via="new")),
    raises="in a cross-environment fashion",
)
case(
    "providers-output-names",
    pool(
        provider("oidc"), provider("google"), output(result(0), "OidcName"), output(result(1), "GoogleName")
    ),
)
case("providers-imported-pool", imported(*every_provider(), client()))
case("providers-arn-pool", imported(provider("oidc"), client(via="new"), kind="from_arn"))

# --------------------------------------------------------------------------------------------------
# The whole family together
# --------------------------------------------------------------------------------------------------

case(
    "family-web-app",
    pool(
        provider("google"),
        provider("oidc", "Corp", name="Corp"),
        domain("my-app"),
        client("Web", "code"),
        sign_in(),
        base_url(fips=True),
        output(result(4), "SignIn"),
        self_sign_up_enabled=True,
        sign_in_aliases={"email": True},
        auto_verify={"email": True},
    ),
)
case(
    "family-api-and-web",
    pool(
        server("Api", "https://api.example", scopes=("read", "write")),
        client(
            "Service",
            generate_secret=True,
            o_auth={
                "flows": {"client_credentials": True},
                "scopes": [{"$": "rs_scope", "server": 0, "scope": 1}],
            },
        ),
        provider("amazon"),
        client("Web", "code"),
        domain("api-and-web"),
        sign_in(0, 1),
        sign_in(0, 0),
    ),
    step_raises={6: NO_FLOW},
)
case(
    "family-nested-everything",
    pool(
        provider("facebook", in_="Auth/Idps"),
        server("Api", via="new", scopes=("read",)),
        domain("nested", via="new", in_="Auth/Web"),
        client("Web", "both", via="new", in_="Auth/Web"),
        sign_in(0, 0, path="/oauth2/authorize"),
    ),
)
case(
    "family-in-env-stack",
    {
        **pool(
            *every_provider(),
            domain(),
            custom_domain("login.example.com", "new", "Custom"),
            client("Web", "implicit"),
            sign_in(0, 0),
            sign_in(1, 0, fips=True),
        ),
        "stack": ENV,
    },
)
case(
    "family-pool-with-triggers-and-removal",
    pool(
        provider("apple"),
        domain(),
        client(),
        sign_in(),
        lambda_triggers={"pre_sign_up": {"$": "function", "kind": "plain", "name": "A"}},
        removal_policy={"$": "removal", "name": "DESTROY"},
    ),
)
case(
    "family-tags",
    pool(
        provider("google"),
        domain(),
        client(),
        {"do": "tag", "target": "stack", "key": "team", "value": "auth", "options": {}},
    ),
)
case(
    "family-named-pool-token-name",
    pool(
        provider("oidc"), domain(lazy("lazy-domain")), client(), sign_in(), user_pool_name=lazy("lazy-pool")
    ),
)
case(
    "family-two-stacks",
    pool(
        provider("google"),
        domain(),
        stack("Web"),
        client("Web", "code", via="new"),
        sign_in(0, 0),
        output(result(4)),
    ),
)
case(
    "family-imported-pool",
    imported(
        provider("google"),
        server(),
        domain(),
        client("Web", "code"),
        client("Cc", "cc", via="new"),
        sign_in(0, 0),
        sign_in(0, 1),
    ),
    step_raises={6: NO_FLOW},
)
case(
    "family-nested-stack",
    pool(
        provider("google"),
        nested_stack(),
        domain(via="new"),
        client("Web", "code", via="new"),
        provider("oidc"),
        client("Late", via="new"),
        sign_in(0, 0, fips=True),
        base_url(),
        output(result(6)),
    ),
)
case(
    "family-nested-stack-pool",
    {
        **pool(domain(), provider("apple"), client("Web", "implicit"), sign_in()),
        "stack": {"region": "eu-west-1"},
        "nested": True,
    },
)
case(
    "family-duplicate-client-and-server-ids",
    pool(client("Api"), server("Api")),
    raises=ALREADY,
    xfail=CLASS_NAME_IN_MESSAGE,
)
case(
    "family-resource-server-token-identifier",
    pool(server("Api", lazy("lazy-api")), client("Cc", "cc"), domain(), sign_in()),
    step_raises={3: NO_FLOW},
)
case(
    "family-failed-domain-then-more",
    pool(domain("Bad", attempt=True), domain("good", "Good"), client(), sign_in(0, 0), sign_in(1, 0)),
    step_raises={0: PREFIX_ERROR},
)
case(
    "family-failed-client-then-sign-in",
    pool(
        domain(),
        client(
            "Bad", attempt=True, o_auth={"flows": {"client_credentials": True, "implicit_code_grant": True}}
        ),
        client("Good"),
        sign_in(0, 0),
        sign_in(0, 1),
    ),
    step_raises={1: "clientCredentials"},
)


# --------------------------------------------------------------------------------------------------
# Domain plans and provider scenarios on created pools (the builders of the other suites)
# --------------------------------------------------------------------------------------------------

DOMAIN_PLANS: list[Any] = [
    pytest.param(plan, id=name)
    for name, plan in [
        (
            "plan-new-pool-urls",
            {
                "pool": "new",
                "domain": {"kind": "cognito", "prefix": "abc"},
                "reads": [
                    ("domain_name",),
                    ("base_url", True),
                    ("sign_in_url", "code", "https://x", None, None),
                ],
            },
        ),
        (
            "plan-new-pool-add-domain-custom",
            {
                "pool": "new",
                "pool_props": {"user_pool_name": "p"},
                "via": "add_domain",
                "domain": {"kind": "custom", "name": "auth.example.com", "cert": "new"},
                "reads": [("base_url", None), ("sign_in_url", "implicit", "https://x", "/login", True)],
            },
        ),
        (
            "plan-new-pool-regional",
            {
                "pool": "new",
                "region": "eu-west-1",
                "via": "add_domain",
                "domain": {"kind": "cognito", "prefix": ("account", "app-")},
                "reads": [("cloud_front",), ("sign_in_url", "client_credentials", "https://x", None, None)],
            },
        ),
        (
            "plan-new-pool-bad-prefix",
            {"pool": "new", "via": "add_domain", "domain": {"kind": "cognito", "prefix": "My_App"}},
        ),
    ]
]
IDP_SCENARIOS: list[Any] = [
    pytest.param(data, id=name)
    for name, data in [
        (
            "idp-new-pool-every-provider",
            {
                "pool": "new",
                "steps": [
                    {"provider": kind, "id": kind.title(), "props": props} for kind, props in PROPS_OF.items()
                ]
                + [{"client": "Client"}, {"client": "Added", "via": "add"}],
                "returns": [{"registered": True}, {"provider_name": 4}],
            },
        ),
        (
            "idp-new-pool-providers-in-pool-scope",
            {
                "pool": "new",
                "pool_props": {"sign_in_aliases": {"email": True}},
                "steps": [
                    {"client": "Early"},
                    {"provider": "oidc", "id": "Oidc", "props": OIDC, "in": "pool"},
                    {"provider": "google", "id": "Google", "props": GOOGLE, "in": "group"},
                    {"client": "Late", "via": "add"},
                ],
                "returns": [{"registered": True}, {"provider_name": 1}],
            },
        ),
    ]
]


# --------------------------------------------------------------------------------------------------
# Hand-picked cases that one pool scenario cannot say (two pools, a provider registered twice, ...)
# --------------------------------------------------------------------------------------------------


def provider_registered_twice(c: Any, stack: core.Stack) -> Any:
    pool_ = c.UserPool(stack, "Pool")
    corp = c.UserPoolIdentityProvider.from_provider_name(stack, "Corp", "Corp")
    pool_.register_identity_provider(corp)
    pool_.register_identity_provider(corp)
    google = c.UserPoolIdentityProviderGoogle(stack, "Google", user_pool=pool_, **GOOGLE)
    pool_.register_identity_provider(google)  # registered by its constructor already
    pool_.add_client("Client")
    return [provider.provider_name for provider in pool_.identity_providers]


def providers_of_another_pool(c: Any, stack: core.Stack) -> Any:
    first, second = c.UserPool(stack, "First"), c.UserPool(stack, "Second")
    c.UserPoolIdentityProviderAmazon(stack, "Amazon", user_pool=first, **AMAZON)
    web = c.UserPoolClient(stack, "Web", user_pool=second)
    first.add_client("Own")
    domain_ = second.add_domain("Domain", cognito_domain={"domain_prefix": "second"})
    return [
        domain_.sign_in_url(web, redirect_uri="https://x"),
        [provider.provider_name for provider in first.identity_providers],
        list(second.identity_providers),
    ]


def domain_of_another_pool(c: Any, stack: core.Stack) -> Any:
    first, second = c.UserPool(stack, "First"), c.UserPool(stack, "Second")
    domain_ = first.add_domain("Domain", cognito_domain={"domain_prefix": "first"})
    client_ = second.add_client("Web", o_auth={"flows": {"implicit_code_grant": True}})
    return domain_.sign_in_url(client_, redirect_uri="https://x")


def domain_in_a_regional_stack(c: Any, stack: core.Stack) -> Any:
    pool_ = c.UserPool(stack, "Pool")
    other = core.Stack(stack.node.root, "Other", env=core.Environment(region="eu-west-1"))
    domain_ = c.UserPoolDomain(other, "Domain", user_pool=pool_, cognito_domain={"domain_prefix": "n"})
    inner = c.UserPoolDomain(
        core.Construct(other, "In"), "Inner", user_pool=pool_, cognito_domain={"domain_prefix": "m"}
    )
    return [other.resolve(domain_.base_url()), other.resolve(inner.base_url(fips=True))]


def register_not_a_provider(c: Any, stack: core.Stack) -> Any:
    pool_ = c.UserPool(stack, "Pool")
    return [
        attempt(lambda: pool_.register_identity_provider("Corp")),
        attempt(lambda: pool_.register_identity_provider(None)),
    ]


def everything_in_the_pools_scope(c: Any, stack: core.Stack) -> Any:
    pool_ = c.UserPool(core.Construct(stack, "Group"), "Pool")
    oidc = c.UserPoolIdentityProviderOidc(pool_, "Oidc", user_pool=pool_, **OIDC)
    domain_ = c.UserPoolDomain(pool_, "Domain", user_pool=pool_, cognito_domain={"domain_prefix": "x"})
    web = c.UserPoolClient(pool_, "Web", user_pool=pool_, o_auth={"flows": {"implicit_code_grant": True}})
    return [oidc.provider_name, domain_.sign_in_url(web, redirect_uri="r", sign_in_path="/p", fips=True)]


def provider_name_read_early(c: Any, stack: core.Stack) -> Any:
    pool_ = c.UserPool(stack, "Pool")
    google = c.UserPoolIdentityProviderGoogle(stack, "Google", user_pool=pool_, **GOOGLE)
    early = google.provider_name
    pool_.add_client("Client")
    core.CfnOutput(stack, "Name", value=google.provider_name)
    return early


FUNCTION_CASES = [
    provider_registered_twice,
    providers_of_another_pool,
    domain_of_another_pool,
    domain_in_a_regional_stack,
    register_not_a_provider,
    everything_in_the_pools_scope,
    provider_name_read_early,
]


@pytest.mark.parametrize("fn", FUNCTION_CASES, ids=lambda fn: fn.__name__.replace("_", "-"))
def test_family_function_case(fn: Any) -> None:
    assert_parity(fn)


@pytest.mark.parametrize("plan", DOMAIN_PLANS)
def test_domain_plan_on_created_pool(plan: dict[str, Any]) -> None:
    assert_parity(domain_scenarios.build_case(plan))


@pytest.mark.parametrize("data", IDP_SCENARIOS)
def test_idp_scenario_on_created_pool(data: dict[str, Any]) -> None:
    assert_parity(idp_scenarios.build(data))


# The other suites' random generators, drawing created pools too.
PLAN_SEEDS = range(20270201, 20270201 + 50)
IDP_SEEDS = range(20270101, 20270101 + 50)


def _plan(seed: int) -> dict[str, Any]:
    return domain_scenarios.generate_plan(seed, pools=domain_scenarios.ALL_POOLS)


def _idp_scenario(seed: int) -> dict[str, Any]:
    return idp_scenarios.random_scenario(seed, pools=idp_scenarios.ALL_POOLS)


def test_random_plans_and_idp_scenarios_draw_created_pools() -> None:
    plans = [_plan(seed) for seed in PLAN_SEEDS]
    assert sum(plan["pool"] == "new" for plan in plans) >= 10
    assert any(plan["pool"] == "new" and plan.get("via") == "add_domain" for plan in plans)
    scenarios = [_idp_scenario(seed) for seed in IDP_SEEDS]
    assert sum(scenario["pool"] == "new" for scenario in scenarios) >= 15
    assert any(step.get("in") == "pool" for scenario in scenarios for step in scenario["steps"])


@pytest.mark.parametrize(
    "seed",
    [pytest.param(seed, id=f"seed{seed}-{domain_scenarios.describe(_plan(seed))}") for seed in PLAN_SEEDS],
)
def test_random_domain_plan_with_created_pools(seed: int) -> None:
    assert_parity(domain_scenarios.build_case(_plan(seed)))


@pytest.mark.parametrize(
    "seed", [pytest.param(seed, id=f"seed{seed}-{_idp_scenario(seed)['pool']}") for seed in IDP_SEEDS]
)
def test_random_idp_scenario_with_created_pools(seed: int) -> None:
    assert_parity(idp_scenarios.build(_idp_scenario(seed)))


# --------------------------------------------------------------------------------------------------
# The hand-picked cases
# --------------------------------------------------------------------------------------------------


def test_case_count() -> None:
    assert len(CASES) + len(FUNCTION_CASES) + len(DOMAIN_PLANS) + len(IDP_SCENARIOS) >= 100
    assert len(CASES) >= 100
    assert RANDOM_COUNT >= 200


@pytest.mark.parametrize(("case_id", "scenario"), CASES)
def test_family_parity(case_id: str, scenario: dict[str, Any]) -> None:
    assert_parity(case_of(scenario))


@pytest.mark.parametrize(("case_id", "scenario"), [p.values for p in CASES], ids=list(EXPECTED))
def test_reference_outcome(case_id: str, scenario: dict[str, Any]) -> None:
    """The reference does with each case what the case says (so each case tests what it names)."""
    outcome = run_case(case_of(scenario), ref)
    raises, step_raises = EXPECTED[case_id]
    if raises is not None:
        assert outcome.error is not None, f"the reference accepted it:\n{outcome.describe()}"
        assert raises in str(outcome.error), outcome.describe()
        return
    assert outcome.error is None, outcome.describe()
    steps = outcome.value["steps"]
    for index, value in enumerate(steps):
        if index in step_raises:
            assert isinstance(value, Raised), f"step {index} did not raise: {value!r}"
            assert step_raises[index] in str(value.exc), value
        else:
            assert not isinstance(value, Raised), f"step {index} raised: {value!r}"


# --------------------------------------------------------------------------------------------------
# Seeded random scenarios: a pool (created with random props, or imported), then a random mix of
# providers, clients, resource servers, domains and what they expose
# --------------------------------------------------------------------------------------------------

RANDOM_COUNT = 220
BASE_SEED = 20270301
SEEDS = [BASE_SEED + index for index in range(RANDOM_COUNT)]

STACKS: list[tuple[Any, int]] = [
    (None, 60),
    (ENV, 14),
    ({"region": "cn-north-1"}, 5),
    ({"region": "us-gov-west-1"}, 5),
    ({"account": {"$": "aws", "name": "ACCOUNT_ID"}, "region": {"$": "aws", "name": "REGION"}}, 4),
]
SIMPLE_POOL_PROPS: list[dict[str, Any]] = [
    {},
    {"user_pool_name": "family"},
    {"self_sign_up_enabled": True, "sign_in_aliases": {"email": True, "username": True}},
    {"removal_policy": {"$": "removal", "name": "DESTROY"}},
    {"standard_attributes": {"email": {"required": True}}, "auto_verify": {"email": True}},
]
# Domain prefixes and names from the domain suite; "" is left out (an attempted empty prefix is the
# half-built-L1 difference: hand-picked above).
PREFIXES = [*domain_scenarios.VALID_PREFIXES, *domain_scenarios.TOKEN_PREFIXES]
BAD_PREFIXES = [prefix for prefix in domain_scenarios.INVALID_PREFIXES if prefix != ""]
CERTIFICATES = ["import", "import-token", "new"]
FLOW_NAMES = [None, "code", "implicit", "both", "cc", "none", "disabled"]
PROVIDER_KINDS = list(PROPS_OF)
SCOPES_OF_STEPS = [None, None, None, "pool", "Auth", "Auth/Inner"]
CONSTANT_IDPS = ["COGNITO", "GOOGLE", "FACEBOOK", "AMAZON", "APPLE"]
IMPORTED_IDP_NAMES: list[Any] = ["CorpIdp", "Google", lazy("LazyIdp")]
CLIENT_IDS: list[Any] = ["abc123", lazy("lazy-client"), param("ClientId")]
# Steps that return a string (a token, mostly): what an output may show.
STRING_STEPS = {
    "provider", "register_idp", "import_client", "add_resource_server", "add_domain", "import_domain",
    "sign_in_url", "base_url", "domain_name", "cloud_front",
}  # fmt: skip


def _weighted(rng: random.Random, items: list[tuple[Any, int]]) -> Any:
    return rng.choices([value for value, _ in items], weights=[weight for _, weight in items])[0]


def _maybe(rng: random.Random, probability: float) -> bool:
    return rng.random() < probability


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class _Draw:
    """What a scenario drawn so far has: how many of each construct, which ids are taken."""

    def __init__(self, rng: random.Random, created: bool) -> None:
        self.rng = rng
        self.created = created
        self.steps: list[dict[str, Any]] = []
        self.domains = self.clients = self.providers = self.servers = 0
        self.ids = 0
        self.bad_oidc_name = False
        self.switched_stack = False

    def new_id(self, base: str) -> str:
        self.ids += 1
        return f"{base}{self.ids}"

    def scope(self, step: dict[str, Any]) -> dict[str, Any]:
        where = self.rng.choice(SCOPES_OF_STEPS)
        if where == "pool" and not self.created:
            where = None  # an imported pool is a scope too, but keep to what users do
        if where is not None:
            step["in"] = where
        return step

    def attempted(self, step: dict[str, Any], probability: float = 0.7) -> dict[str, Any]:
        if _maybe(self.rng, probability):
            step["attempt"] = True
        return step

    def provider(self) -> dict[str, Any]:
        rng = self.rng
        kind = rng.choice(PROVIDER_KINDS)
        props = idp_scenarios.provider_props(rng, kind) if _maybe(rng, 0.5) else dict(PROPS_OF[kind])
        name = props.get("name")
        if isinstance(name, str) and name and not 3 <= _utf16_length(name) <= 32:
            self.bad_oidc_name = True
        step = {"do": "provider", "kind": kind, "id": self.new_id(kind.title()), "props": props}
        self.providers += 1
        return self.attempted(self.scope(step))

    def imported_provider(self) -> dict[str, Any]:
        step = imported_idp(
            self.rng.choice(IMPORTED_IDP_NAMES), self.new_id("Imported"), register=_maybe(self.rng, 0.8)
        )
        self.providers += 1
        return step

    def client(self) -> dict[str, Any]:
        rng = self.rng
        flows = rng.choice(FLOW_NAMES)
        idps: list[Any] | None = None
        if _maybe(rng, 0.25):
            idps = []
            for _ in range(rng.randint(0, 3)):
                roll = rng.random()
                if roll < 0.4 and self.providers:
                    idps.append(("provider", rng.randrange(self.providers)))
                elif roll < 0.85:
                    idps.append(rng.choice(CONSTANT_IDPS))
                else:
                    idps.append(("custom", rng.choice(["MyOidc", lazy("LazyIdp")])))
        via = rng.choice(["add", "new"])
        step = client(self.new_id("Client"), flows, via=via, idps=idps)
        if flows == "cc" and self.servers and _maybe(rng, 0.6):
            step["options"]["o_auth"] = {
                "flows": {"client_credentials": True},
                "scopes": [{"$": "rs_scope", "server": rng.randrange(self.servers), "scope": 0}],
            }
        if _maybe(rng, 0.2):
            step["options"]["user_pool_client_name"] = rng.choice(["web", "", lazy("lazy-name")])
        self.clients += 1
        if via == "new":
            self.scope(step)
        return self.attempted(step, 0.4)

    def import_client(self) -> dict[str, Any]:
        self.clients += 1
        return import_client(self.rng.choice(CLIENT_IDS), self.new_id("ImportedClient"))

    def server(self) -> dict[str, Any]:
        rng = self.rng
        identifier = rng.choice(["api", "https://api.example", lazy("lazy-api"), account("api-")])
        step = server(
            self.new_id("Server"), identifier, via=rng.choice(["add", "new"]), scopes=("read", "write")
        )
        self.servers += 1
        return step

    def domain(self) -> dict[str, Any]:
        rng = self.rng
        via = rng.choice(["add", "add", "new"])
        if _maybe(rng, 0.65):
            prefix = rng.choice(BAD_PREFIXES) if _maybe(rng, 0.12) else rng.choice(PREFIXES)
            step = domain(
                domain_scenarios.as_spec(prefix), self.new_id("Domain"), via=via, struct=_maybe(rng, 0.3)
            )
        else:
            name = domain_scenarios.as_spec(rng.choice(domain_scenarios.DOMAIN_NAMES))
            step = custom_domain(
                name,
                rng.choice(CERTIFICATES),
                self.new_id("Domain"),
                via=via,
                cert_name=rng.choice(["", "B"]),
            )
        self.domains += 1
        if via == "new":
            self.scope(step)
        return self.attempted(step, 0.6)

    def sign_in(self) -> dict[str, Any]:
        rng = self.rng
        if _maybe(rng, 0.06):
            options = rng.choice(domain_scenarios.BAD_SIGN_IN)
            return raw_sign_in(options, rng.randrange(self.domains), rng.randrange(self.clients))
        return sign_in(
            rng.randrange(self.domains),
            rng.randrange(self.clients),
            domain_scenarios.as_spec(rng.choice(domain_scenarios.REDIRECTS)),
            rng.choice(domain_scenarios.SIGN_IN_PATHS),
            rng.choice([None, True, False]),
        )

    def read(self) -> dict[str, Any]:
        rng = self.rng
        roll = rng.random()
        index = rng.randrange(self.domains)
        if roll < 0.6:
            return base_url(index, rng.choice([None, True, False]))
        if roll < 0.85:
            return {"do": "domain_name", "domain": index}
        return {"do": "cloud_front", "domain": index}

    def step(self) -> dict[str, Any]:
        rng = self.rng
        kinds: list[tuple[str, int]] = [
            ("provider", 25),
            ("imported_provider", 5),
            ("client", 22),
            ("import_client", 3),
            ("server", 7),
            ("domain", 15),
            ("import_domain", 2),
            ("tag", 2),
        ]
        if self.domains and self.clients:
            kinds.append(("sign_in", 16))
        if self.domains:
            kinds.append(("read", 7))
        named = [index for index, step in enumerate(self.steps) if step["do"] in STRING_STEPS]
        if named:
            kinds.append(("output", 4))
        if not self.switched_stack:
            kinds.append(("stack", 2))
        kind = _weighted(rng, kinds)
        if kind == "import_domain":
            self.domains += 1
            name = domain_scenarios.as_spec(
                rng.choice(["their-domain", ("account", "d-"), ("lazy", "lazy-d")])
            )
            return {"do": "import_domain", "id": self.new_id("ImportedDomain"), "name": name}
        if kind == "tag":
            return {
                "do": "tag",
                "target": rng.choice(["stack", "app"]),
                "key": "team",
                "value": "v",
                "options": {},
            }
        if kind == "output":
            return output(result(rng.choice(named)), self.new_id("Out"))
        if kind == "stack":
            self.switched_stack = True
            return stack("Other")
        return getattr(self, kind)()  # type: ignore[no-any-return]


def generate_scenario(seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    scenario: dict[str, Any] = {"stack": _weighted(rng, STACKS), "nested": _maybe(rng, 0.15)}
    roll = rng.random()
    if roll < 0.12:
        scenario["pool"] = {
            "kind": "from_id",
            "value": rng.choice(["us-east-1_AbC123", lazy("eu-west-1_Lazy")]),
        }
    elif roll < 0.18:
        scenario["pool"] = {"kind": "from_arn", "value": POOL_ARN}
    else:
        region = (scenario["stack"] or {}).get("region")
        props = _gen_props(rng, literal_region=isinstance(region, str)) if _maybe(rng, 0.35) else None
        scenario["pool"] = {
            "kind": "new",
            "props": props if props is not None else rng.choice(SIMPLE_POOL_PROPS),
        }
    draw = _Draw(rng, created=scenario["pool"]["kind"] == "new")
    for _ in range(rng.randint(4, 12)):
        draw.steps.append(draw.step())
    scenario["steps"] = draw.steps
    if draw.bad_oidc_name:
        scenario["read_identity_providers"] = False  # FAILED_PROVIDER_NAME: hand-picked above
    _assign_kinds(rng, scenario)  # one kind per trigger function name, as the pool suite draws them
    return scenario


def describe(scenario: dict[str, Any]) -> str:
    pool_spec = scenario["pool"]
    parts = [pool_spec["kind"].replace("_", "")]
    if scenario["stack"] is not None:
        parts.append("env")
    for step in scenario["steps"]:
        name = step["do"].replace("add_", "").replace("_", "")
        if step["do"] == "provider":
            name = step["kind"]
        elif step["do"] == "add_domain":
            name = "cognito" if "cognito_domain" in step["options"] else "customdomain"
        parts.append(name)
    return "-".join(parts)


def test_random_scenarios_are_deterministic_and_varied() -> None:
    assert generate_scenario(BASE_SEED) == generate_scenario(BASE_SEED)
    scenarios = [generate_scenario(seed) for seed in SEEDS]
    steps = [step for scenario in scenarios for step in scenario["steps"]]
    assert {step["do"] for step in steps} == {
        "provider", "register_idp", "add_client", "import_client", "add_resource_server", "add_domain",
        "import_domain", "sign_in_url", "base_url", "domain_name", "cloud_front", "output", "stack", "tag",
    }  # fmt: skip
    assert {step["kind"] for step in steps if step["do"] == "provider"} == set(PROPS_OF)
    assert {scenario["pool"]["kind"] for scenario in scenarios} == {"new", "from_id", "from_arn"}
    assert {step.get("in") for step in steps} == set(SCOPES_OF_STEPS)
    # Scenarios with the whole family: a provider, a client, a server and a domain, and a sign-in URL.
    whole = [
        scenario
        for scenario in scenarios
        if {"provider", "add_client", "add_resource_server", "add_domain", "sign_in_url"}
        <= {step["do"] for step in scenario["steps"]}
    ]
    assert len(whole) >= 10, len(whole)


def test_some_random_scenarios_are_rejected() -> None:
    """The reference refuses some scenarios or steps: enough to exercise errors, few enough for the rest."""
    outcomes = [run_case(case_of(generate_scenario(seed)), ref) for seed in SEEDS]
    rejected = sum(outcome.error is not None for outcome in outcomes)
    step_errors = sum(
        any(isinstance(value, Raised) for value in outcome.value["steps"])
        for outcome in outcomes
        if outcome.error is None
    )
    assert 0.05 * len(SEEDS) <= rejected <= 0.3 * len(SEEDS), rejected
    assert step_errors >= 0.1 * len(SEEDS), step_errors


@pytest.mark.parametrize(
    "seed", [pytest.param(seed, id=f"seed{seed}-{describe(generate_scenario(seed))}") for seed in SEEDS]
)
def test_random_family_parity(seed: int) -> None:
    assert_parity(case_of(generate_scenario(seed)))


# --------------------------------------------------------------------------------------------------
# The suite notices what it is meant to catch
# --------------------------------------------------------------------------------------------------


def _differing(reference: dict[str, Any], changed: dict[str, Any]) -> Any:
    """A case building ``reference`` with the reference and ``changed`` with ours."""

    def run(c: Any, stack: core.Stack) -> Any:
        return case_of(reference if c is ref else changed)(c, stack)

    return run


def test_notices_a_client_listing_providers_in_another_order() -> None:
    # The same constructs; only the order of the client's SupportedIdentityProviders differs.
    default = pool(provider("google"), provider("amazon"), client())
    swapped = pool(provider("google"), provider("amazon"), client(idps=["AMAZON", "GOOGLE", "COGNITO"]))
    with pytest.raises(AssertionError, match=r'(?s)templates differ.*\+ *"LoginWithAmazon",\n.*"Google"'):
        assert_parity(_differing(default, swapped))


def test_notices_a_different_sign_in_url() -> None:
    login = pool(domain(), client(), sign_in())
    authorize = pool(domain(), client(), sign_in(path="/oauth2/authorize"))
    with pytest.raises(AssertionError, match=r"value\['steps'\]\[2\]"):
        assert_parity(_differing(login, authorize))
