"""Parity of cdk_cognito.UserPoolDomain with aws_cdk.aws_cognito.UserPoolDomain 1.204.0.

Hand-picked plans and seeded random plans, all built by :mod:`domain_scenarios`, run against both
libraries with the differential harness (templates byte for byte, returned values, errors). Cases marked
``xfail(strict=True)`` are deliberate differences; each reason names it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from aws_cdk import core

from . import domain_scenarios as scenarios
from .domain_scenarios import REGIONS, build_case, generate_plan
from .harness import assert_parity, attempt, ref

pytestmark = pytest.mark.parity

RANDOM_CASE_COUNT = 80
BASE_SEED = 20250611

# Deliberate differences (README, "Differences from the reference").
PLAIN_CERTIFICATE = "a plain Python object with certificate_arn is a certificate for ours; jsii refuses it"
HALF_BUILT_L1 = (
    "after the empty-prefix error is caught, the reference's half-built L1 fails the synthesis; "
    "ours leaves no L1 behind"
)


def cognito(prefix: Any = "my-app", *reads: tuple[Any, ...], **plan: Any) -> dict[str, Any]:
    return {"domain": {"kind": "cognito", "prefix": prefix}, "reads": list(reads), **plan}


def custom(
    name: Any = "auth.example.com", cert: str = "import", *reads: tuple[Any, ...], **plan: Any
) -> dict[str, Any]:
    return {"domain": {"kind": "custom", "name": name, "cert": cert}, "reads": list(reads), **plan}


def sign_in(
    flows: str = "default", redirect: Any = "https://app.example/cb", path: Any = None, fips: Any = None
) -> tuple[Any, ...]:
    return ("sign_in_url", flows, redirect, path, fips)


ALL_URLS = (("domain_name",), ("base_url", None), ("base_url", True), ("base_url", False))

PLANS: list[tuple[str, dict[str, Any]]] = [
    # Templates of the two kinds of domain.
    ("cognito-minimal", cognito()),
    ("cognito-dict", cognito("abc", form="dict")),
    ("cognito-longest-prefix", cognito("x" * 63)),
    ("cognito-hyphens-and-digits", cognito("-0-a--9-")),
    ("custom-imported-cert", custom()),
    ("custom-dict", custom("login.example.co.uk", "import", form="dict")),
    ("custom-token-cert-arn", custom("auth.example.com", "import-token")),
    ("custom-new-cert", custom("auth.example.com", "new")),
    ("custom-unicode-name", custom("ü.example")),
    ("custom-empty-name", custom("")),
    ("custom-token-name", custom(("account", "auth."))),
    ("custom-lazy-name", custom(("lazy", "lazy.example.com"))),
    ("custom-param-name", custom(("param",))),
    # Token prefixes are never checked.
    ("prefix-token-upper", cognito(("account", "UPPER_"))),
    ("prefix-token-lazy", cognito(("lazy", "Not Valid"))),
    ("prefix-param", cognito(("param",))),
    # Constructor errors.
    ("neither", {"domain": {"kind": "neither"}}),
    ("both", {"domain": {"kind": "both", "prefix": "a", "name": "a.example.com", "cert": "import"}}),
    ("prefix-upper", cognito("MyApp")),
    ("prefix-underscore", cognito("my_app")),
    ("prefix-space", cognito("my app")),
    ("prefix-trailing-newline", cognito("abc\n")),
    ("prefix-unicode", cognito("ü")),
    ("prefix-dot", cognito("a.b")),
    ("prefix-empty", cognito("")),
    # Type errors.
    *[
        (f"bad-kwargs-{index}", {"domain": {"kind": "raw", "kwargs": kwargs}})
        for index, kwargs in enumerate(scenarios.BAD_DOMAIN_KWARGS)
    ],
    (
        "bad-user-pool-none",
        {"domain": {"kind": "raw", "kwargs": {"user_pool": None, "cognito_domain": {"domain_prefix": "a"}}}},
    ),
    # Attributes and URLs in every kind of stack.
    ("urls-env-agnostic", cognito("abc", *ALL_URLS)),
    *[(f"urls-{region}", cognito("abc", *ALL_URLS, region=region)) for region in REGIONS],
    *[
        (f"custom-urls-{region}", custom("auth.example.com", "import", *ALL_URLS, region=region))
        for region in REGIONS[:2]
    ],
    ("custom-urls-env-agnostic", custom("auth.example.com", "import", *ALL_URLS)),
    ("urls-token-prefix", cognito(("account", "app-"), ("base_url", True))),
    # sign_in_url: every client flow, paths, redirects, FIPS.
    *[(f"sign-in-{flows}", cognito("abc", sign_in(flows))) for flows in scenarios.FLOWS],
    *[
        (f"sign-in-custom-{flows}", custom("auth.example.com", "import", sign_in(flows)))
        for flows in ("code", "implicit", "client_credentials")
    ],
    (
        "sign-in-path-and-fips",
        cognito(
            "abc", sign_in("code", "myapp://callback", "/oauth2/authorize", True), region="us-gov-west-1"
        ),
    ),
    ("sign-in-empty-path", cognito("abc", sign_in("both", "https://x", ""))),
    (
        "sign-in-unicode-path",
        cognito("abc", sign_in("implicit", "https://x", "/ä?x=1", False), region="cn-north-1"),
    ),
    ("sign-in-empty-redirect", cognito("abc", sign_in("code", ""))),
    (
        "sign-in-token-redirect",
        custom("auth.example.com", "import", sign_in("code", ("account", "https://"))),
    ),
    (
        "sign-in-two-clients",
        cognito("abc", sign_in("code"), sign_in("implicit", "https://y", "/login", True), region="eu-west-1"),
    ),
    ("sign-in-imported-client", cognito("abc", ("imported_client_sign_in",))),
    *[
        (f"sign-in-bad-{index}", cognito("abc", ("raw_sign_in_url", kwargs)))
        for index, kwargs in enumerate(scenarios.BAD_SIGN_IN)
    ],
    *[
        (f"base-url-bad-{index}", cognito("abc", ("raw_base_url", kwargs)))
        for index, kwargs in enumerate(scenarios.BAD_BASE_URL)
    ],
    # Imports.
    ("from-domain-name", cognito("abc", ("from_domain_name", "my-domain"))),
    ("from-domain-name-token", cognito("abc", ("from_domain_name", ("account", "d-")))),
    ("from-domain-name-empty", cognito("abc", ("from_domain_name", ""))),
    # The CloudFront custom resource.
    ("cloud-front-cognito", cognito("abc", ("cloud_front",))),
    ("cloud-front-twice", cognito("abc", ("cloud_front",), ("cloud_front",))),
    ("cloud-front-custom", custom("auth.example.com", "new", ("cloud_front",), ("base_url", None))),
    ("cloud-front-regional", cognito("abc", ("cloud_front",), sign_in("code"), region="eu-west-1")),
    ("cloud-front-jsii-pool", cognito("abc", ("cloud_front",), pool="jsii")),
    # Pools: the library's imports, a jsii pool and a jsii import.
    *[
        (f"pool-{pool}", cognito("abc", ("domain_name",), sign_in("code"), pool=pool))
        for pool in scenarios.POOLS
    ],
    *[(f"custom-pool-{pool}", custom("auth.example.com", "import", pool=pool)) for pool in scenarios.POOLS],
    # pool.add_domain(...): the domain in the pool's scope, errors with a jsii method's prefix.
    *[
        (f"add-domain-{pool}", cognito("abc", *ALL_URLS, sign_in("code"), via="add_domain", pool=pool))
        for pool in ("id", "arn")
    ],
    (
        "add-domain-regional-cloud-front",
        cognito("abc", ("cloud_front",), ("base_url", True), via="add_domain", region="eu-west-1"),
    ),
    ("add-domain-custom", custom("auth.example.com", "new", ("base_url", None), via="add_domain")),
    ("add-domain-neither", {"domain": {"kind": "neither"}, "via": "add_domain"}),
    ("add-domain-bad-prefix", cognito("MyApp", via="add_domain")),
    ("add-domain-empty-prefix", cognito("", via="add_domain")),
    (
        "add-domain-bad-kwargs",
        {"domain": {"kind": "raw", "kwargs": {"cognito_domain": "x"}}, "via": "add_domain"},
    ),
]


def _params() -> list[Any]:
    ids = [name for name, _ in PLANS]
    assert len(ids) == len(set(ids)), "duplicate plan names"
    return [pytest.param(plan, id=name) for name, plan in PLANS]


def test_case_counts() -> None:
    assert len(PLANS) >= 40
    assert RANDOM_CASE_COUNT >= 80


@pytest.mark.parametrize("plan", _params())
def test_domain_parity(plan: dict[str, Any]) -> None:
    assert_parity(build_case(plan))


def _random_params() -> list[Any]:
    return [
        pytest.param(
            BASE_SEED + index,
            id=f"seed{BASE_SEED + index}-{scenarios.describe(generate_plan(BASE_SEED + index))}",
        )
        for index in range(RANDOM_CASE_COUNT)
    ]


def test_random_plans_are_deterministic_and_varied() -> None:
    plans = [generate_plan(BASE_SEED + index) for index in range(RANDOM_CASE_COUNT)]
    assert generate_plan(BASE_SEED) == plans[0]
    kinds = {plan["domain"]["kind"] for plan in plans}
    assert kinds == {"cognito", "custom", "neither", "both", "raw"}
    reads = {op[0] for plan in plans for op in plan["reads"]}
    assert {"domain_name", "base_url", "sign_in_url", "cloud_front", "from_domain_name"} <= reads
    assert {plan["region"] for plan in plans} == {None, *REGIONS}
    assert {plan["pool"] for plan in plans} == set(scenarios.POOLS)
    assert {plan.get("via", "constructor") for plan in plans} == {"constructor", "add_domain"}


@pytest.mark.parametrize("seed", _random_params())
def test_random_domain_parity(seed: int) -> None:
    assert_parity(build_case(generate_plan(seed)))


# --------------------------------------------------------------------------------------------------
# Deliberate differences, pinned
# --------------------------------------------------------------------------------------------------


def _xfail_case(fn: Callable[[Any, core.Stack], Any], reason: str) -> Any:
    return pytest.param(
        fn, id=fn.__name__, marks=pytest.mark.xfail(strict=True, reason=reason, raises=AssertionError)
    )


def plain_certificate(c: Any, stack: core.Stack) -> Any:
    plan = custom("auth.example.com", "plain", ("domain_name",))
    return build_case(plan)(c, stack)


def empty_prefix_caught(c: Any, stack: core.Stack) -> Any:
    pool = c.UserPool.from_user_pool_id(stack, "Pool", scenarios.POOL_ID)
    return attempt(
        lambda: c.UserPoolDomain(stack, "Domain", user_pool=pool, cognito_domain={"domain_prefix": ""})
    )


@pytest.mark.parametrize(
    "fn", [_xfail_case(plain_certificate, PLAIN_CERTIFICATE), _xfail_case(empty_prefix_caught, HALF_BUILT_L1)]
)
def test_deliberate_differences(fn: Callable[[Any, core.Stack], Any]) -> None:
    assert_parity(fn)


def test_plain_certificate_renders_as_an_imported_one() -> None:
    """What ours makes of a plain certificate object is what both make of the imported certificate."""
    from .harness import ours, run_case

    plain = run_case(build_case(custom("auth.example.com", "plain")), ours)
    imported = run_case(build_case(custom("auth.example.com", "import")), ref)
    assert plain.error is None and imported.error is None
    assert plain.templates == imported.templates


# --------------------------------------------------------------------------------------------------
# Duplicate ids: core's messages, with the prefix of a constructor or of a static method
# --------------------------------------------------------------------------------------------------


def duplicate_domain(c: Any, stack: core.Stack) -> Any:
    pool = c.UserPool.from_user_pool_id(stack, "Pool", scenarios.POOL_ID)
    c.UserPoolDomain(stack, "Domain", user_pool=pool, cognito_domain={"domain_prefix": "a"})
    return attempt(lambda: c.UserPoolDomain(stack, "Domain", user_pool=pool))


def duplicate_import(c: Any, stack: core.Stack) -> Any:
    c.UserPoolDomain.from_domain_name(stack, "Imported", "a")
    return attempt(lambda: c.UserPoolDomain.from_domain_name(stack, "Imported", "b"))


def domain_in_a_construct(c: Any, stack: core.Stack) -> Any:
    scope = core.Construct(stack, "Auth")
    pool = c.UserPool.from_user_pool_id(scope, "Pool", scenarios.POOL_ID)
    domain = c.UserPoolDomain(scope, "Domain", user_pool=pool, cognito_domain={"domain_prefix": "a"})
    client = c.UserPoolClient(scope, "Client", user_pool=pool)
    return [
        domain.base_url(),
        domain.sign_in_url(client, redirect_uri="https://x"),
        domain.cloud_front_domain_name,
    ]


@pytest.mark.parametrize(
    "fn", [duplicate_domain, duplicate_import, domain_in_a_construct], ids=lambda f: f.__name__
)
def test_scopes_and_ids(fn: Callable[[Any, core.Stack], Any]) -> None:
    assert_parity(fn)
