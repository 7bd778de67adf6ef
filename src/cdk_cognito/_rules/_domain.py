"""Rules of the user pool domain (``AWS::Cognito::UserPoolDomain``).

From ``docs/research/cognito-pool-constraints.md`` (IDs D1-D7): [schema] and [service] rules are
errors, [uncertain] ones warnings. A value holding an unresolved token is never judged.

Wiring (``UserPoolDomain``): ``report(self, check_domain(properties, domain_where(properties)))``
with the property dict about to be emitted (None values count as absent). ``context`` may be
left out; ``PoolRuleContext(region=core.Stack.of(self).region)`` only adds the partition of a
certificate ARN whose own partition is a token (D5), at the cost of a round trip.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .._tokens import is_unresolved
from ._core import Violation, Where, arn_field, check_arn, check_pool_id, drop_none, mapped_where
from ._pool import PoolRuleContext

__all__ = ["DOMAIN_PROPS", "check_domain", "domain_where"]

# The UserPoolDomain prop behind each CloudFormation property (Domain depends on the kind, see
# domain_where).
DOMAIN_PROPS: Mapping[str, str] = {
    "UserPoolId": "user_pool",
    "CustomDomainConfig": "custom_domain",
    "CustomDomainConfig.CertificateArn": "custom_domain.certificate",
    "ManagedLoginVersion": "managed_login_version",
}

# The schema's patterns: a prefix domain is one DNS label; a custom domain is a lower-case FQDN.
_PREFIX = r"[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?"
_LABEL = r"[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?"
_CUSTOM = rf"{_LABEL}(?:\.{_LABEL})+"
_RESERVED = ("aws", "amazon", "cognito")
# Regions outside the aws partition, where the us-east-1 rule for certificates is not documented.
_OTHER_PARTITIONS = ("cn-", "us-gov-", "us-iso", "eu-iso")


def domain_where(properties: Mapping[str, Any], overrides: Mapping[str, str] | None = None) -> Where:
    """The :data:`Where` of a UserPoolDomain: ``Domain`` is ``cognito_domain.domain_prefix`` or,
    with a ``CustomDomainConfig``, ``custom_domain.domain_name``."""
    custom = properties.get("CustomDomainConfig") is not None
    domain = "custom_domain.domain_name" if custom else "cognito_domain.domain_prefix"
    return mapped_where({**DOMAIN_PROPS, "Domain": domain, **(overrides or {})})


def check_domain(
    properties: Mapping[str, Any], where: Where, *, context: PoolRuleContext | None = None
) -> list[Violation]:
    """The rules broken by the properties of an ``AWS::Cognito::UserPoolDomain``.

    ``context`` (default: an empty :class:`PoolRuleContext`): its ``region``, the stack's, tells the
    partition when the certificate's ARN does not.
    """
    found: list[Violation] = []
    properties = drop_none(properties)
    check_pool_id(found, properties.get("UserPoolId"), where("UserPoolId", None), rule="D1")
    config = properties.get("CustomDomainConfig")
    domain = properties.get("Domain")
    if isinstance(domain, str) and not is_unresolved(domain):
        if config is None:
            _check_prefix(found, domain, where)
        else:
            _check_custom_domain(found, domain, where)
    if isinstance(config, Mapping):
        _check_certificate(found, config.get("CertificateArn"), where, context or PoolRuleContext())
    version = properties.get("ManagedLoginVersion")
    if (
        not isinstance(version, bool)
        and isinstance(version, int | float)
        and not is_unresolved(version)
        and version not in (1, 2)
    ):
        found.append(
            Violation(
                rule="D7",
                prop=where("ManagedLoginVersion", None),
                value=version,
                message="Cognito documents managed login version 1 (hosted UI, classic) and 2 (managed "
                "login); whether it refuses another number is unconfirmed.",
                fix="Choose 1 or 2.",
                severity="warning",
            )
        )
    return found


def _check_prefix(found: list[Violation], prefix: str, where: Where) -> None:
    prop = where("Domain", None)
    if re.fullmatch(_PREFIX, prefix) is None:
        found.append(
            Violation(
                rule="D2",
                prop=prop,
                value=prefix,
                message="a domain prefix is 1 to 63 lower-case letters, digits and hyphens, not starting or "
                "ending with a hyphen (Cognito: 'The domain name contains an invalid character. Domain "
                "names can only contain lower-case letters, numbers, and hyphens.').",
                fix="Choose a prefix such as my-app-auth.",
            )
        )
    reserved = [word for word in _RESERVED if word in prefix]
    if reserved:
        found.append(
            Violation(
                rule="D3",
                prop=prop,
                value=prefix,
                message=f"a domain prefix may not contain {', '.join(map(repr, _RESERVED))} (Cognito: "
                f"'Domain cannot contain reserved word: {reserved[0]}').",
                fix=f"Choose a prefix without {' or '.join(map(repr, reserved))}.",
            )
        )


def _check_custom_domain(found: list[Violation], domain: str, where: Where) -> None:
    if len(domain) <= 63 and re.fullmatch(_CUSTOM, domain) is not None:
        return
    found.append(
        Violation(
            rule="D4",
            prop=where("Domain", None),
            value=domain,
            message="a custom domain is a fully qualified domain name of at most 63 characters, in "
            "lower-case letters, digits, hyphens and dots (CloudFormation: maxLength/pattern).",
            fix="Give the domain in lower case, e.g. auth.example.com.",
        )
    )


def _check_certificate(found: list[Violation], arn: object, where: Where, context: PoolRuleContext) -> None:
    prop = where("CustomDomainConfig.CertificateArn", None)
    check_arn(found, "D6", prop, arn, "a certificate ARN")
    partition, service, region = arn_field(arn, 1), arn_field(arn, 2), arn_field(arn, 3)
    partition_region = context.region if context.region and not is_unresolved(context.region) else region
    if (
        not region
        or service != "acm"
        or region == "us-east-1"
        or partition not in (None, "aws")
        or (partition_region or "").startswith(_OTHER_PARTITIONS)
        or region.startswith(_OTHER_PARTITIONS)
    ):
        return
    found.append(
        Violation(
            rule="D5",
            prop=prop,
            value=arn,
            message=f"a custom domain's certificate must be in us-east-1 (it is served by CloudFront), not "
            f"{region} (Cognito: 'The specified SSL certificate doesn't exist, isn't in us-east-1 region, "
            "isn't valid, or doesn't include a valid certificate chain.').",
            fix="Request or import the certificate in ACM in us-east-1 and pass its ARN.",
        )
    )
