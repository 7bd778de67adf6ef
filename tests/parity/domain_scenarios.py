"""One scenario builder for user pool domains, shared by the hand-picked and the seeded random parity cases.

A *plan* is plain data that says where the domain lives (an env-agnostic stack or a regional one), on
which pool, with which options, and what to read off it afterwards. :func:`build_case` turns a plan into
a harness case ``fn(c, stack)`` that runs with ``c = aws_cdk.aws_cognito`` and with ``c = cdk_cognito``.
Errors of the domain's constructor escape (the harness compares them); errors of the reads are captured
with ``attempt`` so that every read is compared. Values are returned resolved in the domain's stack.

Plan keys:

* ``region``: ``None`` (the harness's env-agnostic stack ``S``) or a region for a stack ``R`` of its own;
* ``pool``: ``"id"``/``"arn"`` (the library's own import), ``"new"`` (the library's own
  ``UserPool(stack, "Pool", **pool_props)``, ``pool_props`` in pool_scenarios.py's spec language, none by
  default), ``"jsii"`` (a jsii ``aws_cognito.UserPool`` in both runs), ``"jsii-import"`` (a jsii import in
  both runs);
* ``domain``: ``{"kind": "cognito", "prefix": V}``, ``{"kind": "custom", "name": V, "cert": CERT}``,
  ``{"kind": "neither"}``, ``{"kind": "both", ...}`` or ``{"kind": "raw", "kwargs": {...}}`` (given as is,
  for type errors, ``user_pool`` included if it is to be replaced; ``"<cert>"`` in it stands for an
  imported certificate);
* ``form``: ``"struct"`` (``c.CognitoDomainOptions(...)``) or ``"dict"``;
* ``via``: ``"constructor"`` (the default: ``c.UserPoolDomain(stack, "Domain", user_pool=pool, ...)``) or
  ``"add_domain"`` (``pool.add_domain("Domain", ...)``: the domain in the pool's scope; ``"id"``/``"arn"``/
  ``"new"`` pools only, a jsii pool's ``add_domain`` being the reference's in both runs);
* ``reads``: a list of ``("domain_name",)``, ``("base_url", fips)``, ``("sign_in_url", FLOWS, redirect, path,
  fips)``, ``("cloud_front",)``, ``("from_domain_name", V)``, ``("raw_base_url", kwargs)``,
  ``("raw_sign_in_url", kwargs)``, ``("imported_client_sign_in",)``.

``V`` is a string or a token: ``("account", prefix)`` (prefix + ``AWS::AccountId``), ``("lazy", value)``
(``Lazy.string``), ``("param",)`` (a ``CfnParameter``). ``CERT`` is ``"import"``, ``"import-token"``,
``"new"`` or ``"plain"`` (a plain Python object: cdk_cognito only). ``FLOWS`` names a client:
``"default"``, ``"code"``, ``"implicit"``, ``"both"``, ``"client_credentials"``, ``"disabled"``.

This module also adds the domain steps to pool_scenarios.py's :data:`~pool_scenarios.STEPS`, for
scenarios that build a pool, its domains, providers and clients together (see :data:`DOMAIN_STEPS`), and a
``{"$": "certificate", "kind": CERT, "name": N}`` value spec; :func:`as_spec` turns a plan value (above)
into a value spec.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from aws_cdk import aws_certificatemanager as acm
from aws_cdk import core

from . import pool_scenarios
from .harness import attempt, lazy_string, ref
from .pool_scenarios import FAILED, Context, realize, scope_of, tracked

POOL_ID = "us-east-1_AbC123"
POOL_ARN = "arn:aws:cognito-idp:eu-west-1:111122223333:userpool/eu-west-1_XyZ789"
CERT_ARN = "arn:aws:acm:us-east-1:123456789012:certificate/0b1c2d3e"
REGIONS = ["us-east-1", "eu-west-1", "cn-north-1", "us-gov-west-1"]
POOLS = ["id", "arn", "jsii", "jsii-import"]
# The pools of the random plans with created pools too (see generate_plan), and the props they draw.
ALL_POOLS = [*POOLS, "new", "new"]
POOL_PROPS: list[Any] = [
    {},
    None,
    {"user_pool_name": "domain-pool"},
    {"self_sign_up_enabled": True, "sign_in_aliases": {"email": True}},
    {
        "removal_policy": {"$": "removal", "name": "DESTROY"},
        "mfa": {"$": "member", "type": "Mfa", "name": "OFF"},
    },
    {
        "user_pool_name": {"$": "lazy", "value": "lazy-pool"},
        "account_recovery": {"$": "member", "type": "AccountRecovery", "name": "EMAIL_ONLY"},
    },
]
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


def pool_of(kind: str, c: Any, stack: core.Stack, props: Any = None) -> Any:
    if kind == "new":
        return pool_scenarios.created_pool(c, stack, props)
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
        pool = pool_of(plan.get("pool", "id"), c, target, plan.get("pool_props", {}))
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


def generate_plan(seed: int, *, pools: list[str] = POOLS) -> dict[str, Any]:
    """The plan drawn from ``seed``; with ``pools=ALL_POOLS``, created pools (with props) are drawn too."""
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
        "pool": rng.choice(pools),
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
    if plan["pool"] in ("id", "arn", "new") and rng.random() < 0.3:
        plan["via"] = "add_domain"
    if plan["pool"] == "new":
        plan["pool_props"] = rng.choice(POOL_PROPS)
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


# --------------------------------------------------------------------------------------------------
# Domain steps of pool scenarios (pool_scenarios.py): domains on the scenario's pool, their URLs
# --------------------------------------------------------------------------------------------------


def as_spec(value: Any) -> Any:
    """A plan value (a literal or a token tuple, see the module docstring) as a pool-scenario value spec."""
    if not isinstance(value, tuple):
        return value
    kind = value[0]
    if kind == "account":
        return {"$": "concat", "parts": [value[1], {"$": "aws", "name": "ACCOUNT_ID"}]}
    if kind == "lazy":
        return {"$": "lazy", "value": value[1]}
    if kind == "param":
        return {"$": "param", "name": "Param"}
    raise AssertionError(f"unknown value {value!r}")


def _certificate(ctx: Context, spec: Any) -> Any:
    kind, name = spec.get("kind", "import"), spec.get("name", "")
    construct_id = f"Cert{kind.title().replace('-', '')}{name}"

    def make() -> Any:
        if kind == "import":
            return acm.Certificate.from_certificate_arn(ctx.stack, construct_id, CERT_ARN)
        if kind == "import-token":
            arn = f"arn:aws:acm:us-east-1:{core.Aws.ACCOUNT_ID}:certificate/{name or '0b1c2d3e'}"
            return acm.Certificate.from_certificate_arn(ctx.stack, construct_id, arn)
        if kind == "new":
            return acm.Certificate(
                ctx.stack, construct_id, domain_name=spec.get("domain", "auth.example.com")
            )
        if kind == "plain":
            return _PlainCertificate()
        raise AssertionError(f"unknown certificate {kind!r}")

    return ctx.shared("certificate", f"{kind}:{name}", make)


def _step_add_domain(ctx: Context, pool: Any, step: Any) -> Any:
    """``pool.add_domain(id, **options)`` (``"via": "add"``, the default) or ``UserPoolDomain(...)``."""

    def make() -> Any:
        options = realize(ctx, step.get("options", {}))
        if step.get("via", "add") == "add":
            return pool.add_domain(step["id"], **options)
        return ctx.c.UserPoolDomain(scope_of(ctx, pool, step), step["id"], user_pool=pool, **options)

    return tracked(ctx.domains, make).domain_name


def _step_import_domain(ctx: Context, pool: Any, step: Any) -> Any:
    def make() -> Any:
        name = realize(ctx, step["name"])
        return ctx.c.UserPoolDomain.from_domain_name(scope_of(ctx, pool, step), step["id"], name)

    return tracked(ctx.domains, make).domain_name


def _domain(ctx: Context, step: Any) -> Any:
    return ctx.domains[step.get("domain", 0)]


def _step_domain_name(ctx: Context, pool: Any, step: Any) -> Any:
    domain = _domain(ctx, step)
    return FAILED if domain is FAILED else domain.domain_name


def _step_base_url(ctx: Context, pool: Any, step: Any) -> Any:
    domain = _domain(ctx, step)
    if domain is FAILED:
        return FAILED
    return domain.base_url(**realize(ctx, step.get("options", {})))


def _step_sign_in_url(ctx: Context, pool: Any, step: Any) -> Any:
    domain, client = _domain(ctx, step), ctx.clients[step.get("client", 0)]
    if domain is FAILED or client is FAILED:
        return FAILED
    return domain.sign_in_url(client, **realize(ctx, step.get("options", {})))


def _step_cloud_front(ctx: Context, pool: Any, step: Any) -> Any:
    domain = _domain(ctx, step)
    return FAILED if domain is FAILED else domain.cloud_front_domain_name


# Steps (attempted by default where they read): ``{"do": "add_domain", "id": ..., "options": {...},
# "via": "add" | "new", "in": ...}``, ``{"do": "import_domain", "id": ..., "name": v}`` (both add to the
# domains later steps refer to by index), ``{"do": "domain_name" | "cloud_front", "domain": i}``,
# ``{"do": "base_url", "domain": i, "options": {"fips": ...}}`` and
# ``{"do": "sign_in_url", "domain": i, "client": j, "options": {"redirect_uri": ..., ...}}``.
DOMAIN_STEPS: dict[str, tuple[pool_scenarios.Step, bool]] = {
    "add_domain": (_step_add_domain, False),
    "import_domain": (_step_import_domain, False),
    "domain_name": (_step_domain_name, False),
    "base_url": (_step_base_url, True),
    "sign_in_url": (_step_sign_in_url, True),
    "cloud_front": (_step_cloud_front, True),
}
pool_scenarios.STEPS.update(DOMAIN_STEPS)
pool_scenarios.SPECS["certificate"] = _certificate
