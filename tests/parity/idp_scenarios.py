"""Identity-provider scenarios: plain data that builds the same app with either module.

A *scenario* is a dict:

* ``"pool"``: ``"id"`` / ``"arn"`` (the module's ``UserPool.from_user_pool_id`` / ``from_user_pool_arn``),
  ``"new"`` (the module's own ``UserPool(stack, "Pool", **pool_props)``, ``"pool_props"`` in
  pool_scenarios.py's spec language, none by default), ``"jsii"`` (a real ``aws_cdk.aws_cognito.UserPool``,
  in both runs) or ``"jsii_id"`` (the reference's ``UserPool.from_user_pool_id``, in both runs);
* ``"steps"``: what to build, in order (below);
* ``"returns"``: what to return, a list of ``{"provider_name": step}`` (that step's ``provider_name``),
  ``{"registered": True}`` (the names of ``pool.identity_providers``) and ``{"attribute": step}``
  (``provider_name`` of a ProviderAttribute made at that step);
* ``"app_context"``: optional, for ``core.App(context=...)``.

Steps:

* ``{"provider": "google"|"facebook"|"amazon"|"apple"|"oidc", "id": ..., "props": {...}}``, with
  ``"in": "group"`` to build it in a ``core.Construct(stack, "Group")``, ``"in": "pool"`` in the pool's
  scope (a ``"jsii"`` or ``"new"`` pool: the reference's imports are interface proxies, which no
  constructor takes as a scope);
* ``{"client": id, "props": {...}, "via": "new"|"add"}`` (``UserPoolClient(...)`` or ``pool.add_client``);
  ``supported_identity_providers`` is a list of ``"GOOGLE"``-style constant names,
  ``{"custom": value}`` or ``{"provider": step}`` (``custom(<that provider>.provider_name)``);
* ``{"import": id, "name": value, "register": bool}``: ``UserPoolIdentityProvider.from_provider_name``,
  registered with the pool if asked;
* ``{"stack": id, "env": {...}}``: later steps build in a new stack of the same app (``env`` optional).

Every step may carry ``"attempt": True``: its error is captured (and returned) and the scenario goes on.

Values in props are JSON-like, with these markers (see :func:`value`): ``{"$lazy": s}``,
``{"$lazy_list": [...]}``, ``{"$import": name}``, ``{"$param": name}``, ``{"$dynref": name}`` (a Secrets
Manager dynamic reference), ``{"$attr": "GOOGLE_EMAIL"}``, ``{"$other": v}``, ``{"$mapping": {...}}``
(an ``AttributeMapping`` struct; a plain dict stays a dict), ``{"$endpoints": {...}}``,
``{"$method": "POST"}`` and ``{"$raw": v}`` (``v`` as it is, for wrong types).

This module also adds a ``provider`` step to pool_scenarios.py's :data:`~pool_scenarios.STEPS` (providers
on a scenario's pool, next to its clients and domains) and a ``{"$": "provider_name", "provider": i}``
value spec; :func:`as_spec` turns a value written with the markers above into a value spec.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from aws_cdk import core

from . import pool_scenarios
from .harness import attempt, lazy_list, lazy_string, ref
from .pool_scenarios import FAILED, Context, realize, scope_of, tracked

__all__ = ["PROVIDER_CLASSES", "as_spec", "build", "provider_props", "random_scenario"]

POOL_ID = "us-east-1_AbC123"
POOL_ARN = "arn:aws:cognito-idp:eu-west-1:111122223333:userpool/eu-west-1_XyZ789"

PROVIDER_CLASSES = {
    "google": "UserPoolIdentityProviderGoogle",
    "facebook": "UserPoolIdentityProviderFacebook",
    "amazon": "UserPoolIdentityProviderAmazon",
    "apple": "UserPoolIdentityProviderApple",
    "oidc": "UserPoolIdentityProviderOidc",
}


class _Run:
    """The state of one run of a scenario with one module."""

    def __init__(self, c: Any, stack: core.Stack) -> None:
        self.c = c
        self.stack = stack
        self.scope: core.Construct = stack
        self.params: dict[str, str] = {}
        self.group: core.Construct | None = None

    def value(self, v: Any) -> Any:
        c = self.c
        if isinstance(v, list):
            return [self.value(x) for x in v]
        if not isinstance(v, dict):
            return v
        if len(v) == 1:
            ((key, inner),) = v.items()
            if key == "$lazy":
                return lazy_string(inner)
            if key == "$lazy_list":
                return lazy_list(inner)
            if key == "$import":
                return core.Fn.import_value(inner)
            if key == "$param":
                if inner not in self.params:
                    self.params[inner] = core.CfnParameter(self.stack, inner).value_as_string
                return self.params[inner]
            if key == "$dynref":
                return core.SecretValue.secrets_manager(inner).unsafe_unwrap()
            if key == "$attr":
                return getattr(c.ProviderAttribute, inner)
            if key == "$other":
                return c.ProviderAttribute.other(self.value(inner))
            if key == "$mapping":
                return c.AttributeMapping(**{k: self.value(x) for k, x in inner.items()})
            if key == "$endpoints":
                return c.OidcEndpoints(**{k: self.value(x) for k, x in inner.items()})
            if key == "$method":
                return getattr(c.OidcAttributeRequestMethod, inner)
            if key == "$raw":
                return inner
        return {self.value(k) if isinstance(k, dict) else k: self.value(x) for k, x in v.items()}

    def pool(self, kind: str, props: Any = None) -> Any:
        if kind == "new":
            return pool_scenarios.created_pool(self.c, self.stack, props)
        if kind == "id":
            return self.c.UserPool.from_user_pool_id(self.stack, "Pool", POOL_ID)
        if kind == "arn":
            return self.c.UserPool.from_user_pool_arn(self.stack, "Pool", POOL_ARN)
        if kind == "jsii":
            return ref.UserPool(self.stack, "Pool")
        if kind == "jsii_id":
            return ref.UserPool.from_user_pool_id(self.stack, "Pool", POOL_ID)
        raise AssertionError(f"unknown pool kind {kind!r}")

    def identity_provider(self, entry: Any, built: list[Any]) -> Any:
        c = self.c
        if isinstance(entry, str):
            return getattr(c.UserPoolClientIdentityProvider, entry)
        if "custom" in entry:
            return c.UserPoolClientIdentityProvider.custom(self.value(entry["custom"]))
        # A provider whose construction raised has no name: "Raised" stands for it.
        return c.UserPoolClientIdentityProvider.custom(
            getattr(built[entry["provider"]], "provider_name", "Raised")
        )


def build(scenario: dict[str, Any]) -> Callable[[Any, core.Stack], Any]:
    """The parity case ``fn(c, stack)`` that builds ``scenario``."""

    def case(c: Any, stack: core.Stack) -> Any:
        run = _Run(c, stack)
        pool = run.pool(scenario.get("pool", "id"), scenario.get("pool_props", {}))
        built: list[Any] = []
        outcomes: list[Any] = []
        for step in scenario["steps"]:

            def do(step: dict[str, Any] = step) -> Any:
                if "provider" in step:
                    cls = getattr(c, PROVIDER_CLASSES[step["provider"]])
                    scope = run.scope
                    if step.get("in") == "group":
                        if run.group is None:
                            run.group = core.Construct(run.scope, "Group")
                        scope = run.group
                    elif step.get("in") == "pool":
                        scope = pool
                    props = {k: run.value(v) for k, v in step.get("props", {}).items()}
                    return cls(scope, step["id"], user_pool=pool, **props)
                if "client" in step:
                    props = {k: run.value(v) for k, v in step.get("props", {}).items()}
                    if "supported_identity_providers" in props:
                        chosen = step["props"]["supported_identity_providers"]
                        props["supported_identity_providers"] = (
                            None if chosen is None else [run.identity_provider(e, built) for e in chosen]
                        )
                    if step.get("via") == "add":
                        return pool.add_client(step["client"], **props)
                    return c.UserPoolClient(run.scope, step["client"], user_pool=pool, **props)
                if "import" in step:
                    imported = c.UserPoolIdentityProvider.from_provider_name(
                        run.scope, step["import"], run.value(step["name"])
                    )
                    if step.get("register"):
                        pool.register_identity_provider(imported)
                    return imported
                if "stack" in step:
                    env = step.get("env")
                    app = stack.node.scope
                    run.scope = core.Stack(app, step["stack"], env=core.Environment(**env) if env else None)
                    run.group = None
                    return run.scope
                raise AssertionError(f"unknown step {step!r}")

            if step.get("attempt"):
                result = attempt(do)
                outcomes.append(result)
            else:
                result = do()
            built.append(result)
        returned: list[Any] = [outcomes]
        for item in scenario.get("returns", []):
            if "provider_name" in item:
                returned.append(getattr(built[item["provider_name"]], "provider_name", "Raised"))
            elif "registered" in item:
                returned.append([p.provider_name for p in pool.identity_providers])
        return returned

    if scenario.get("app_context"):
        case.app_context = scenario["app_context"]  # type: ignore[attr-defined]
    return case


# --------------------------------------------------------------------------------------------------
# Random scenarios
# --------------------------------------------------------------------------------------------------

STANDARD_FIELDS = (
    "address",
    "birthdate",
    "email",
    "family_name",
    "fullname",
    "gender",
    "given_name",
    "last_update_time",
    "locale",
    "middle_name",
    "nickname",
    "phone_number",
    "preferred_username",
    "profile_page",
    "profile_picture",
    "timezone",
    "website",
)
ATTRIBUTE_CONSTANTS = (
    "APPLE_EMAIL",
    "APPLE_NAME",
    "APPLE_FIRST_NAME",
    "APPLE_LAST_NAME",
    "AMAZON_USER_ID",
    "AMAZON_EMAIL",
    "AMAZON_NAME",
    "AMAZON_POSTAL_CODE",
    "FACEBOOK_ID",
    "FACEBOOK_BIRTHDAY",
    "FACEBOOK_EMAIL",
    "FACEBOOK_NAME",
    "FACEBOOK_FIRST_NAME",
    "FACEBOOK_LAST_NAME",
    "FACEBOOK_MIDDLE_NAME",
    "FACEBOOK_GENDER",
    "FACEBOOK_LOCALE",
    "GOOGLE_NAMES",
    "GOOGLE_GENDER",
    "GOOGLE_BIRTHDAYS",
    "GOOGLE_PHONE_NUMBERS",
    "GOOGLE_EMAIL",
    "GOOGLE_NAME",
    "GOOGLE_PICTURE",
    "GOOGLE_GIVEN_NAME",
    "GOOGLE_FAMILY_NAME",
)
CUSTOM_KEYS = ("custom:tenant", "custom:role", "10", "2", "0", "email", "name", "email_verified", "01", "x y")
STRINGS = (
    "cid",
    "1234567890-abc.apps.googleusercontent.com",
    "amzn1.application-oa2-client.0123",
    "",
    "ünïcødé",
    {"$lazy": "lazy-value"},
    {"$param": "Shared"},
    {"$import": "SharedValue"},
)
SECRETS = ("secret", "", {"$dynref": "idp-secret"}, {"$lazy": "lazy-secret"}, {"$param": "SecretParam"})
SCOPES = (
    None,
    [],
    ["email"],
    ["email", "profile"],
    ["openid", "email", "phone"],
    ["a b", "c"],
    [{"$lazy": "lazy-scope"}, "email"],
    ["public_profile", "user_birthday"],
)
OIDC_NAMES = (
    None,
    "",
    "ab",
    "abc",
    "MyIdp",
    "x" * 32,
    "y" * 33,
    "é" * 3,
    "\U0001f600" * 16,
    "\U0001f600" * 17,
    "with space",
    {"$lazy": "LazyName"},
    {"$param": "NameParam"},
)
IDS = ("G", "Ab", "Provider", "ProviderWithARatherLongConstructIdIndeed", "Default", "Resource", "Idp-1")
URLS = ("https://issuer.example.com", "https://login.example.com/tenant/v2.0", {"$lazy": "https://lazy"}, "")


def _attribute(rng: random.Random) -> Any:
    if rng.random() < 0.5:
        return {"$attr": rng.choice(ATTRIBUTE_CONSTANTS)}
    return {"$other": rng.choice(("sub", "email", "upn", "", "custom_claim", {"$lazy": "lazy-claim"}))}


def _mapping(rng: random.Random) -> Any:
    roll = rng.random()
    if roll < 0.05:
        return {}
    if roll < 0.08:
        return {"$raw": "not a mapping"}
    fields = rng.sample(STANDARD_FIELDS, rng.randint(0, 5))
    rng.shuffle(fields)
    mapping: dict[str, Any] = {name: _attribute(rng) for name in fields}
    if rng.random() < 0.5:
        keys = rng.sample(CUSTOM_KEYS, rng.randint(0, 4))
        mapping["custom"] = {key: _attribute(rng) for key in keys}
    if rng.random() < 0.04:
        mapping[rng.choice(STANDARD_FIELDS)] = {"$raw": "email"}
    items = list(mapping.items())
    rng.shuffle(items)
    mapping = dict(items)
    return {"$mapping": mapping} if rng.random() < 0.5 else mapping


def _maybe(rng: random.Random, probability: float) -> bool:
    return rng.random() < probability


def _provider_props(rng: random.Random, kind: str) -> dict[str, Any]:
    props: dict[str, Any] = {"client_id": rng.choice(STRINGS)}
    if kind in ("google", "facebook", "amazon", "oidc"):
        props["client_secret"] = rng.choice(SECRETS)
    if kind == "apple":
        props["team_id"] = rng.choice(("TEAM123456", {"$lazy": "team"}, ""))
        props["key_id"] = rng.choice(("KEY1234567", {"$param": "KeyParam"}))
        props["private_key"] = rng.choice(
            ("-----BEGIN PRIVATE KEY-----\nMIG\n-----END PRIVATE KEY-----", *SECRETS)
        )
    scopes = rng.choice(SCOPES)
    if scopes is not None or _maybe(rng, 0.2):
        props["scopes"] = scopes
    if kind == "facebook" and _maybe(rng, 0.5):
        props["api_version"] = rng.choice(("v17.0", "", {"$lazy": "v2.12"}, None))
    if kind == "oidc":
        props["issuer_url"] = rng.choice(URLS)
        name = rng.choice(OIDC_NAMES)
        if name is not None or _maybe(rng, 0.2):
            props["name"] = name
        if _maybe(rng, 0.4):
            endpoints = {
                "authorization": "https://idp/authorize",
                "token": rng.choice(("https://idp/token", {"$lazy": "https://lazy/token"})),
                "user_info": "https://idp/userinfo",
                "jwks_uri": "https://idp/jwks",
            }
            props["endpoints"] = {"$endpoints": endpoints} if _maybe(rng, 0.5) else endpoints
        if _maybe(rng, 0.4):
            props["identifiers"] = rng.choice(([], ["tenant-a"], ["a", "b", "c"], {"$lazy_list": ["x", "y"]}))
        if _maybe(rng, 0.4):
            props["attribute_request_method"] = rng.choice(({"$method": "GET"}, {"$method": "POST"}, None))
    if _maybe(rng, 0.6):
        props["attribute_mapping"] = _mapping(rng)
    if _maybe(rng, 0.05):
        props[rng.choice(list(props))] = {"$raw": 7}
    if _maybe(rng, 0.03):
        required = [k for k in ("client_id", "client_secret", "issuer_url", "team_id") if k in props]
        del props[rng.choice(required)]
    return props


def _client_step(rng: random.Random, index: int, provider_steps: list[int], via_add: bool) -> dict[str, Any]:
    step: dict[str, Any] = {"client": f"Client{index}"}
    if via_add:
        step["via"] = "add"
    if _maybe(rng, 0.4):
        chosen: list[Any] = []
        for _ in range(rng.randint(0, 3)):
            roll = rng.random()
            if roll < 0.4 and provider_steps:
                chosen.append({"provider": rng.choice(provider_steps)})
            elif roll < 0.8:
                chosen.append(rng.choice(("GOOGLE", "FACEBOOK", "AMAZON", "APPLE", "COGNITO")))
            else:
                chosen.append({"custom": rng.choice(("MyOidc", {"$lazy": "LazyIdp"}))})
        step["props"] = {"supported_identity_providers": chosen}
    return step


def _bad_oidc_name(step: dict[str, Any]) -> bool:
    name = step.get("props", {}).get("name") if step.get("provider") == "oidc" else None
    return isinstance(name, str) and bool(name) and not 3 <= len(name.encode("utf-16-le")) // 2 <= 32


POOLS = ("id", "id", "arn", "jsii", "jsii_id")
# With created pools too (random_scenario(seed, pools=ALL_POOLS)), and the props they draw.
ALL_POOLS = (*POOLS, "new", "new", "new")
POOL_PROPS: tuple[Any, ...] = (
    {},
    None,
    {"user_pool_name": "idp-pool"},
    {"sign_in_aliases": {"email": True, "username": True}, "self_sign_up_enabled": True},
    {"standard_attributes": {"email": {"required": True, "mutable": True}}},
)


def random_scenario(seed: int, *, pools: tuple[str, ...] = POOLS) -> dict[str, Any]:
    """A scenario drawn from ``seed``: a pool, a few providers and clients in some order."""
    rng = random.Random(seed)
    pool = rng.choice(pools)
    steps: list[dict[str, Any]] = []
    provider_steps: list[int] = []
    used_ids: set[str] = set()
    clients = 0
    for _ in range(rng.randint(1, 5)):
        roll = rng.random()
        if roll < 0.65:
            kind = rng.choice(tuple(PROVIDER_CLASSES))
            id_ = rng.choice(IDS)
            while id_ in used_ids:
                id_ = f"{id_}X"
            used_ids.add(id_)
            step: dict[str, Any] = {
                "provider": kind,
                "id": id_,
                "props": _provider_props(rng, kind),
                "attempt": True,
            }
            if _maybe(rng, 0.2):
                step["in"] = "group"
            provider_steps.append(len(steps))
            steps.append(step)
        elif roll < 0.9:
            clients += 1
            via_add = pool in ("id", "arn", "jsii", "new") and _maybe(rng, 0.3)
            step = _client_step(rng, clients, provider_steps, via_add)
            if via_add and pool == "jsii":
                # The reference's add_client takes the reference's UserPoolClientIdentityProvider only.
                step.pop("props", None)
            steps.append({**step, "attempt": True})
        else:
            steps.append(
                {
                    "import": f"Imported{len(steps)}",
                    "name": rng.choice(("MyOidc", {"$lazy": "LazyIdp"})),
                    "register": True,
                    "attempt": True,
                }
            )
    if not any("client" in step for step in steps) or _maybe(rng, 0.5):
        clients += 1
        steps.append({**_client_step(rng, clients, provider_steps, False), "attempt": True})
    # Reading the name of a provider whose constructor raised after it registered (an OIDC name of
    # the wrong length) raises with the reference and gives None with ours (test_idps.py pins it).
    returns: list[dict[str, Any]] = (
        [] if any(_bad_oidc_name(step) for step in steps) else [{"registered": True}]
    )
    if provider_steps:
        returns.append({"provider_name": rng.choice(provider_steps)})
    scenario: dict[str, Any] = {"pool": pool, "steps": steps, "returns": returns}
    if pool == "new":
        # Drawn last: the scenarios of the other pools stay what they were.
        scenario["pool_props"] = rng.choice(POOL_PROPS)
        for step in steps:
            if "provider" in step and _maybe(rng, 0.2):
                step["in"] = "pool"
    return scenario


# --------------------------------------------------------------------------------------------------
# The provider step of pool scenarios (pool_scenarios.py)
# --------------------------------------------------------------------------------------------------


def as_spec(v: Any) -> Any:
    """A value written with this module's markers, as a pool-scenario value spec (same object built)."""
    if isinstance(v, list):
        return [as_spec(x) for x in v]
    if not isinstance(v, dict):
        return v
    if len(v) == 1:
        ((key, inner),) = v.items()
        simple = {
            "$lazy": lambda: {"$": "lazy", "value": inner},
            "$lazy_list": lambda: {"$": "lazy_list", "value": inner},
            "$import": lambda: {"$": "import_value", "name": inner},
            "$param": lambda: {"$": "param", "name": inner},
            "$dynref": lambda: {"$": "dynref", "name": inner},
            "$attr": lambda: {"$": "member", "type": "ProviderAttribute", "name": inner},
            "$other": lambda: {
                "$": "call",
                "type": "ProviderAttribute",
                "method": "other",
                "args": [as_spec(inner)],
            },
            "$mapping": lambda: {"$": "new", "type": "AttributeMapping", "kwargs": as_spec(inner)},
            "$endpoints": lambda: {"$": "new", "type": "OidcEndpoints", "kwargs": as_spec(inner)},
            "$method": lambda: {"$": "member", "type": "OidcAttributeRequestMethod", "name": inner},
            "$raw": lambda: inner,
        }
        if key in simple:
            return simple[key]()
    assert "$" not in v, v
    return {k: as_spec(x) for k, x in v.items()}


def provider_props(rng: random.Random, kind: str) -> dict[str, Any]:
    """Props of a provider of ``kind`` drawn as the random scenarios draw them, as value specs."""
    return as_spec(_provider_props(rng, kind))


def _provider_name(ctx: Context, spec: Any) -> Any:
    provider = ctx.providers[spec["provider"]]
    return FAILED if provider is FAILED else provider.provider_name


def _step_provider(ctx: Context, pool: Any, step: Any) -> Any:
    """``{"do": "provider", "kind": "google", "id": ..., "props": {...}, "in": ...}``: a provider."""

    def make() -> Any:
        cls = getattr(ctx.c, PROVIDER_CLASSES[step["kind"]])
        props = realize(ctx, step.get("props", {}))
        return cls(scope_of(ctx, pool, step), step["id"], user_pool=pool, **props)

    return tracked(ctx.providers, make).provider_name


pool_scenarios.STEPS["provider"] = (_step_provider, False)
pool_scenarios.SPECS["provider_name"] = _provider_name
