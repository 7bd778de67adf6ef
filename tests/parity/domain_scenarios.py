"""One scenario builder for user pool domains, shared by the hand-picked and the seeded random parity cases.

A *plan* is plain data that says where the domain lives (an env-agnostic stack or a regional one), on
which pool, with which options, and what to read off it afterwards. :func:`build_case` turns a plan into
a harness case ``fn(c, stack)`` that runs with ``c = aws_cdk.aws_cognito`` and with ``c = cdk_cognito``.
Errors of the domain's constructor escape (the harness compares them); errors of the reads are captured
with ``attempt`` so that every read is compared. Values are returned resolved in the domain's stack.

Plan keys:

* ``region``: ``None`` (the harness's env-agnostic stack ``S``) or a region for a stack ``R`` of its own;
* ``pool``: ``"id"``/``"arn"`` (the library's own import), ``"jsii"`` (a jsii ``aws_cognito.UserPool`` in
  both runs), ``"jsii-import"`` (a jsii import in both runs);
* ``domain``: ``{"kind": "cognito", "prefix": V}``, ``{"kind": "custom", "name": V, "cert": CERT}``,
  ``{"kind": "neither"}``, ``{"kind": "both", ...}`` or ``{"kind": "raw", "kwargs": {...}}`` (given as is,
  for type errors, ``user_pool`` included if it is to be replaced; ``"<cert>"`` in it stands for an
  imported certificate);
* ``form``: ``"struct"`` (``c.CognitoDomainOptions(...)``) or ``"dict"``;
* ``via``: ``"constructor"`` (the default: ``c.UserPoolDomain(stack, "Domain", user_pool=pool, ...)``) or
  ``"add_domain"`` (``pool.add_domain("Domain", ...)``: the domain in the pool's scope; ``"id"``/``"arn"``
  pools only, a jsii pool's ``add_domain`` being the reference's in both runs);
* ``reads``: a list of ``("domain_name",)``, ``("base_url", fips)``, ``("sign_in_url", FLOWS, redirect, path,
  fips)``, ``("cloud_front",)``, ``("from_domain_name", V)``, ``("raw_base_url", kwargs)``,
  ``("raw_sign_in_url", kwargs)``, ``("imported_client_sign_in",)``.

``V`` is a string or a token: ``("account", prefix)`` (prefix + ``AWS::AccountId``), ``("lazy", value)``
(``Lazy.string``), ``("param",)`` (a ``CfnParameter``). ``CERT`` is ``"import"``, ``"import-token"``,
``"new"`` or ``"plain"`` (a plain Python object: cdk_cognito only). ``FLOWS`` names a client:
``"default"``, ``"code"``, ``"implicit"``, ``"both"``, ``"client_credentials"``, ``"disabled"``.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from aws_cdk import aws_certificatemanager as acm
from aws_cdk import core

from .harness import attempt, lazy_string, ref

POOL_ID = "us-east-1_AbC123"
POOL_ARN = "arn:aws:cognito-idp:eu-west-1:111122223333:userpool/eu-west-1_XyZ789"
CERT_ARN = "arn:aws:acm:us-east-1:123456789012:certificate/0b1c2d3e"
REGIONS = ["us-east-1", "eu-west-1", "cn-north-1", "us-gov-west-1"]
POOLS = ["id", "arn", "jsii", "jsii-import"]
CERTS = ["import", "import-token", "new"]
FLOWS = ["default", "code", "implicit", "both", "client_credentials", "disabled"]

VALID_PREFIXES: list[Any] = ["my-app", "a", "0-9", "x" * 63, "-lead", "trail-", "a--b"]
INVALID_PREFIXES: list[Any] = ["", "MyApp", "my_app", "my app", "abc\n", "ü", "a.b", "aws", "ABC-123"]
TOKEN_PREFIXES: list[Any] = [("account", "app-"), ("account", "UPPER_"), ("lazy", "lazy-prefix"), ("param",)]
DOMAIN_NAMES: list[Any] = [
    "auth.example.com",
    "login.example.co.uk",
    "ü.example",
    "",
    ("account", "auth."),
    ("lazy", "lazy.example.com"),
    ("param",),
]
REDIRECTS: list[Any] = ["https://app.example/cb", "myapp://callback", "", ("account", "https://")]
SIGN_IN_PATHS: list[Any] = [None, "/login", "/oauth2/authorize", "", "/ä?x=1"]


def value_of(spec: Any, stack: core.Stack) -> Any:
    """A plan value: a literal, or a token built in ``stack``."""
    if not isinstance(spec, tuple):
        return spec
    kind = spec[0]
    if kind == "account":
        return f"{spec[1]}{core.Aws.ACCOUNT_ID}"
    if kind == "lazy":
        return lazy_string(spec[1])
    if kind == "param":
        parameter = stack.node.try_find_child("Param") or core.CfnParameter(
            stack, "Param", default="from-param"
        )
        return parameter.value_as_string  # type: ignore[union-attr]
    raise AssertionError(f"unknown value {spec!r}")


def certificate_of(kind: str, stack: core.Stack) -> Any:
    if kind == "import":
        return acm.Certificate.from_certificate_arn(stack, "Cert", CERT_ARN)
    if kind == "import-token":
        arn = f"arn:aws:acm:us-east-1:{core.Aws.ACCOUNT_ID}:certificate/0b1c2d3e"
        return acm.Certificate.from_certificate_arn(stack, "Cert", arn)
    if kind == "new":
        return acm.Certificate(stack, "Cert", domain_name="auth.example.com")
    if kind == "plain":
        return _PlainCertificate()
    raise AssertionError(f"unknown certificate {kind!r}")


class _PlainCertificate:
    """A plain Python object with a certificate ARN: jsii refuses it, cdk_cognito takes it."""

    certificate_arn = CERT_ARN


def pool_of(kind: str, c: Any, stack: core.Stack) -> Any:
    if kind == "id":
        return c.UserPool.from_user_pool_id(stack, "Pool", POOL_ID)
    if kind == "arn":
        return c.UserPool.from_user_pool_arn(stack, "Pool", POOL_ARN)
    if kind == "jsii":
        return ref.UserPool(stack, "Pool")
    if kind == "jsii-import":
        return ref.UserPool.from_user_pool_id(stack, "Pool", POOL_ID)
    raise AssertionError(f"unknown pool {kind!r}")


def client_of(flows: str, c: Any, stack: core.Stack, pool: Any, index: int) -> Any:
    """The library's own client (the reference's sign_in_url takes only its own clients)."""
    kwargs: dict[str, Any] = {}
    if flows == "code":
        kwargs["o_auth"] = c.OAuthSettings(flows=c.OAuthFlows(authorization_code_grant=True))
    elif flows == "implicit":
        kwargs["o_auth"] = {"flows": {"implicit_code_grant": True}}
    elif flows == "both":
        kwargs["o_auth"] = {"flows": {"authorization_code_grant": True, "implicit_code_grant": True}}
    elif flows == "client_credentials":
        kwargs["o_auth"] = {
            "flows": {"client_credentials": True},
            "scopes": [c.OAuthScope.custom("api/read")],
        }
        kwargs["generate_secret"] = True
    elif flows == "disabled":
        kwargs["disable_o_auth"] = True
    else:
        assert flows == "default", flows
    return c.UserPoolClient(stack, f"Client{index}", user_pool=pool, **kwargs)


def domain_kwargs(plan: dict[str, Any], c: Any, stack: core.Stack) -> dict[str, Any]:
    spec, struct = plan["domain"], plan.get("form", "struct") == "struct"
    kind = spec["kind"]
    kwargs: dict[str, Any] = {}
    if kind == "raw":
        return {
            key: (certificate_of("import", stack) if value == "<cert>" else value)
            for key, value in spec["kwargs"].items()
        }
    if kind in ("cognito", "both"):
        prefix = value_of(spec["prefix"], stack)
        kwargs["cognito_domain"] = (
            c.CognitoDomainOptions(domain_prefix=prefix) if struct else {"domain_prefix": prefix}
        )
    if kind in ("custom", "both"):
        name, certificate = value_of(spec["name"], stack), certificate_of(spec["cert"], stack)
        kwargs["custom_domain"] = (
            c.CustomDomainOptions(domain_name=name, certificate=certificate)
            if struct
            else {"domain_name": name, "certificate": certificate}
        )
    return kwargs


def read(op: tuple[Any, ...], c: Any, stack: core.Stack, pool: Any, domain: Any, index: int) -> Any:
    name = op[0]
    if name == "domain_name":
        return domain.domain_name
    if name == "base_url":
        return attempt(lambda: domain.base_url() if op[1] is None else domain.base_url(fips=op[1]))
    if name == "sign_in_url":
        _, flows, redirect, path, fips = op
        client = client_of(flows, c, stack, pool, index)
        kwargs: dict[str, Any] = {"redirect_uri": value_of(redirect, stack)}
        if path is not None:
            kwargs["sign_in_path"] = path
        if fips is not None:
            kwargs["fips"] = fips
        return attempt(lambda: domain.sign_in_url(client, **kwargs))
    if name == "cloud_front":
        return attempt(lambda: domain.cloud_front_domain_name)
    if name == "from_domain_name":
        return attempt(
            lambda: c.UserPoolDomain.from_domain_name(stack, "Imported", value_of(op[1], stack)).domain_name
        )
    if name == "raw_base_url":
        return attempt(lambda: domain.base_url(**op[1]))
    if name == "raw_sign_in_url":
        client = client_of("code", c, stack, pool, index)
        return attempt(lambda: domain.sign_in_url(client, **op[1]))
    if name == "imported_client_sign_in":
        client = c.UserPoolClient.from_user_pool_client_id(stack, f"ImportedClient{index}", "abc123")
        return attempt(lambda: domain.sign_in_url(client, redirect_uri="https://x"))
    raise AssertionError(f"unknown read {op!r}")


def add_domain(c: Any, pool: Any, options: dict[str, Any]) -> Any:
    """``pool.add_domain("Domain", **options)``: both libraries' pools, created or imported, have it."""
    return pool.add_domain("Domain", **options)


def _resolve(stack: core.Stack, value: Any) -> Any:
    if isinstance(value, str) and core.Token.is_unresolved(value):
        return stack.resolve(value)
    return value


def build_case(plan: dict[str, Any]) -> Callable[[Any, core.Stack], Any]:
    """The harness case for ``plan``."""

    def run(c: Any, stack: core.Stack) -> Any:
        target = stack
        if plan.get("region") is not None:
            target = core.Stack(stack.node.scope, "R", env=core.Environment(region=plan["region"]))
        pool = pool_of(plan.get("pool", "id"), c, target)
        options = domain_kwargs(plan, c, target)
        if plan.get("via") == "add_domain":
            domain = add_domain(c, pool, options)
        else:
            domain = c.UserPoolDomain(target, "Domain", user_pool=pool, **options)
        values = [read(op, c, target, pool, domain, index) for index, op in enumerate(plan.get("reads", []))]
        return [_resolve(target, value) for value in values]

    return run


# --------------------------------------------------------------------------------------------------
# Seeded random plans
# --------------------------------------------------------------------------------------------------

# Wrong-typed domain arguments, given as is: only the error class is compared for these.
BAD_DOMAIN_KWARGS: list[dict[str, Any]] = [
    {"cognito_domain": "my-app"},
    {"cognito_domain": {"domain_prefix": 5}},
    {"cognito_domain": {"domain_prefix": None}},
    {"cognito_domain": {}},
    {"cognito_domain": {"prefix": "a"}},
    {"custom_domain": {"domain_name": "a.example.com"}},
    {"custom_domain": {"domain_name": "a.example.com", "certificate": None}},
    {"custom_domain": {"domain_name": "a.example.com", "certificate": CERT_ARN}},
    {"custom_domain": {"domain_name": 5, "certificate": "<cert>"}},
    {"custom_domain": "auth.example.com"},
]
BAD_BASE_URL: list[dict[str, Any]] = [{"fips": "yes"}, {"fips": 1}]
BAD_SIGN_IN: list[dict[str, Any]] = [
    {"redirect_uri": None},
    {"redirect_uri": 5},
    {"redirect_uri": "x", "sign_in_path": 5},
    {"redirect_uri": "x", "fips": "no"},
    {},
]


def _value(rng: random.Random, pools: list[list[Any]]) -> Any:
    return rng.choice(rng.choice(pools))


def _random_read(rng: random.Random) -> tuple[Any, ...]:
    roll = rng.random()
    if roll < 0.15:
        return ("domain_name",)
    if roll < 0.35:
        return ("base_url", rng.choice([None, True, False]))
    if roll < 0.7:
        return (
            "sign_in_url",
            rng.choice(FLOWS),
            rng.choice(REDIRECTS),
            rng.choice(SIGN_IN_PATHS),
            rng.choice([None, True, False]),
        )
    if roll < 0.8:
        return ("cloud_front",)
    if roll < 0.88:
        return ("from_domain_name", rng.choice(["my-domain", "", ("account", "d-"), ("lazy", "lazy-domain")]))
    if roll < 0.93:
        return ("raw_base_url", rng.choice(BAD_BASE_URL))
    if roll < 0.98:
        return ("raw_sign_in_url", rng.choice(BAD_SIGN_IN))
    return ("imported_client_sign_in",)


def generate_plan(seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    roll = rng.random()
    domain: dict[str, Any]
    if roll < 0.5:
        domain = {
            "kind": "cognito",
            "prefix": _value(
                rng, [VALID_PREFIXES, VALID_PREFIXES, VALID_PREFIXES, INVALID_PREFIXES, TOKEN_PREFIXES]
            ),
        }
    elif roll < 0.85:
        domain = {"kind": "custom", "name": rng.choice(DOMAIN_NAMES), "cert": rng.choice(CERTS)}
    elif roll < 0.9:
        domain = {"kind": "neither"}
    elif roll < 0.94:
        domain = {
            "kind": "both",
            "prefix": rng.choice(VALID_PREFIXES),
            "name": "a.example.com",
            "cert": "import",
        }
    else:
        domain = {"kind": "raw", "kwargs": rng.choice(BAD_DOMAIN_KWARGS)}
    plan: dict[str, Any] = {
        "region": rng.choice([None, None, *REGIONS]),
        "pool": rng.choice(POOLS),
        "domain": domain,
        "form": rng.choice(["struct", "dict"]),
        "reads": [],
    }
    plan["reads"] = [_random_read(rng) for _ in range(rng.randint(0, 4))]
    # One from_domain_name import per domain: its id is fixed.
    seen = False
    reads = []
    for op in plan["reads"]:
        if op[0] == "from_domain_name":
            if seen:
                continue
            seen = True
        reads.append(op)
    plan["reads"] = reads
    # Drawn last, so that the draws above make the same plans as before this key existed.
    if plan["pool"] in ("id", "arn") and rng.random() < 0.3:
        plan["via"] = "add_domain"
    return plan


def describe(plan: dict[str, Any]) -> str:
    domain = plan["domain"]
    parts = [plan.get("region") or "agnostic", plan.get("pool", "id"), domain["kind"]]
    if plan.get("via") == "add_domain":
        parts.append("add_domain")
    if domain["kind"] == "custom":
        parts.append(domain["cert"])
    parts.extend(op[0] for op in plan.get("reads", []))
    return "-".join(parts)
