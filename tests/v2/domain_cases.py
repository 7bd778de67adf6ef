"""User pool domain cases in a neutral form, built with aws-cdk-lib v2 and with cdk_cognito.

The v2 side is ``render_v2_domain.py`` (run in ``.venv-v2``), ours is ``test_v2_domain_parity.py``.

A case is ``{"name": str, "region": str | None, "domain": {...}, "reads": [...]}``:

* ``domain``: UserPoolDomain's keyword arguments with JSON values: ``cognito_domain`` as a dict,
  ``custom_domain`` as ``{"domain_name": ..., "certificate_arn": ...}`` (an imported certificate),
  ``managed_login_version`` as the member name;
* ``reads``: ``["domain_name"]``, ``["base_url", fips]``, ``["sign_in_url", flows, redirect_uri, sign_in_path,
  fips]`` (``flows`` names a client built by the same library: ``"default"``, ``"code"``, ``"implicit"``,
  ``"both"``, ``"client_credentials"``), ``["cloud_front_endpoint"]``, ``["from_domain_name", name]``.

:func:`render` builds a case with either library, described by a :class:`Library`; the result is
``{"name", "properties", "values"}`` (the domain's ``Properties`` in key order, and each read resolved in
the stack, or ``{"error": {"class", "message"}}`` for a read that raised) or ``{"name", "error"}`` when
the construct itself raised. This module imports neither library.
"""

from __future__ import annotations

import builtins
import dataclasses
from collections.abc import Callable
from typing import Any

POOL_ID = "us-east-1_AbC123"
DOMAIN_TYPE = "AWS::Cognito::UserPoolDomain"
CERT_ARN = "arn:aws:acm:us-east-1:123456789012:certificate/0b1c2d3e"
REGIONS = ["us-east-1", "eu-west-1", "cn-north-1", "us-gov-west-1"]
VERSIONS = ["CLASSIC_HOSTED_UI", "NEWER_MANAGED_LOGIN"]
ALL_READS: list[list[Any]] = [
    ["domain_name"],
    ["base_url", None],
    ["base_url", True],
    ["sign_in_url", "code", "https://app.example/cb", None, None],
    ["sign_in_url", "implicit", "myapp://cb", "/oauth2/authorize", True],
    ["sign_in_url", "both", "https://x", "", False],
    ["sign_in_url", "client_credentials", "https://x", None, None],
    ["cloud_front_endpoint"],
    ["from_domain_name", "imported-domain"],
]


def case(
    name: str, *, region: str | None = None, reads: list[list[Any]] | None = None, **domain: Any
) -> dict[str, Any]:
    return {"name": name, "region": region, "domain": domain, "reads": reads or []}


COGNITO = {"domain_prefix": "my-app"}
CUSTOM = {"domain_name": "auth.example.com", "certificate_arn": CERT_ARN}

CASES: list[dict[str, Any]] = [
    # v1 inputs: rendered as v1 renders them.
    case("cognito", cognito_domain=COGNITO),
    case("custom", custom_domain=CUSTOM),
    case("cognito-all-reads", cognito_domain=COGNITO, reads=ALL_READS),
    case("custom-all-reads", custom_domain=CUSTOM, reads=ALL_READS),
    *[
        case(f"cognito-reads-{region}", region=region, cognito_domain=COGNITO, reads=ALL_READS)
        for region in REGIONS
    ],
    case("custom-reads-eu-west-1", region="eu-west-1", custom_domain=CUSTOM, reads=ALL_READS),
    # managed_login_version, on both kinds of domain and with every read.
    *[
        case(f"cognito-{version}", cognito_domain=COGNITO, managed_login_version=version)
        for version in VERSIONS
    ],
    *[case(f"custom-{version}", custom_domain=CUSTOM, managed_login_version=version) for version in VERSIONS],
    case(
        "managed-login-all-reads",
        region="us-gov-west-1",
        cognito_domain=COGNITO,
        managed_login_version="NEWER_MANAGED_LOGIN",
        reads=ALL_READS,
    ),
    # Errors: the new prop does not change them.
    case("neither", managed_login_version="NEWER_MANAGED_LOGIN"),
    case("both", cognito_domain=COGNITO, custom_domain=CUSTOM, managed_login_version="CLASSIC_HOSTED_UI"),
    case(
        "bad-prefix", cognito_domain={"domain_prefix": "My_App"}, managed_login_version="NEWER_MANAGED_LOGIN"
    ),
    case("empty-prefix", cognito_domain={"domain_prefix": ""}),
]


@dataclasses.dataclass(frozen=True)
class Library:
    """What :func:`render` needs from a library: its cognito module and an imported certificate."""

    cognito: Any
    certificate: Callable[[Any, str], Any]


def builtin_class(exc: BaseException) -> str:
    """The name of the nearest built-in class in ``exc``'s class hierarchy."""
    for cls in type(exc).__mro__:
        if cls.__module__ == builtins.__name__:
            return cls.__name__
    raise AssertionError(type(exc))  # pragma: no cover


def _error(exc: BaseException) -> dict[str, str]:
    return {"class": builtin_class(exc), "message": str(exc)}


def _client(lib: Library, stack: Any, pool: Any, flows: str, index: int) -> Any:
    kwargs: dict[str, Any] = {}
    if flows == "code":
        kwargs["o_auth"] = {"flows": {"authorization_code_grant": True}}
    elif flows == "implicit":
        kwargs["o_auth"] = {"flows": {"implicit_code_grant": True}}
    elif flows == "both":
        kwargs["o_auth"] = {"flows": {"authorization_code_grant": True, "implicit_code_grant": True}}
    elif flows == "client_credentials":
        kwargs["o_auth"] = {
            "flows": {"client_credentials": True},
            "scopes": [lib.cognito.OAuthScope.custom("api/read")],
        }
        kwargs["generate_secret"] = True
    else:
        assert flows == "default", flows
    return lib.cognito.UserPoolClient(stack, f"Client{index}", user_pool=pool, **kwargs)


def _read(lib: Library, stack: Any, pool: Any, domain: Any, op: list[Any], index: int) -> Any:
    name = op[0]
    if name == "domain_name":
        return domain.domain_name
    if name == "base_url":
        return domain.base_url() if op[1] is None else domain.base_url(fips=op[1])
    if name == "sign_in_url":
        _, flows, redirect_uri, path, fips = op
        client = _client(lib, stack, pool, flows, index)
        kwargs: dict[str, Any] = {"redirect_uri": redirect_uri}
        if path is not None:
            kwargs["sign_in_path"] = path
        if fips is not None:
            kwargs["fips"] = fips
        return domain.sign_in_url(client, **kwargs)
    if name == "cloud_front_endpoint":
        return domain.cloud_front_endpoint
    if name == "from_domain_name":
        return lib.cognito.UserPoolDomain.from_domain_name(stack, "Imported", op[1]).domain_name
    raise AssertionError(op)


def render(
    lib: Library, case: dict[str, Any], stack: Any, domain_resources: Callable[[], list[dict[str, Any]]]
) -> dict[str, Any]:
    """The result of building ``case`` in ``stack`` (see the module docstring)."""
    result: dict[str, Any] = {"name": case["name"]}
    cognito = lib.cognito
    pool = cognito.UserPool.from_user_pool_id(stack, "Pool", POOL_ID)
    kwargs: dict[str, Any] = {}
    given = case["domain"]
    if "cognito_domain" in given:
        kwargs["cognito_domain"] = dict(given["cognito_domain"])
    if "custom_domain" in given:
        custom = given["custom_domain"]
        kwargs["custom_domain"] = {
            "domain_name": custom["domain_name"],
            "certificate": lib.certificate(stack, custom["certificate_arn"]),
        }
    if "managed_login_version" in given:
        kwargs["managed_login_version"] = getattr(cognito.ManagedLoginVersion, given["managed_login_version"])
    try:
        domain = cognito.UserPoolDomain(stack, "Domain", user_pool=pool, **kwargs)
    except Exception as error:
        result["error"] = _error(error)
        return result
    values = []
    for index, op in enumerate(case["reads"]):
        try:
            values.append(stack.resolve(_read(lib, stack, pool, domain, op, index)))
        except Exception as error:
            values.append({"error": _error(error)})
    (resource,) = domain_resources()
    result["properties"] = resource["Properties"]
    result["values"] = values
    return result
