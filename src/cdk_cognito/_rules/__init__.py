"""Synth-time rules: what Cognito and CloudFormation reject at deploy time, found before it.

``_core`` holds the framework (violations, the error, the context-driven reporting); each
construct family's rules live in a module of their own.
"""

from ._client import check_client, check_resource_server
from ._core import VALIDATION_CONTEXT_KEY, ValidationError, Violation, Where, mapped_where, report
from ._domain import check_domain, domain_where
from ._idp import check_identity_provider, identity_provider_where
from ._pool import PoolRuleContext, check_pool, pool_where

__all__ = [
    "VALIDATION_CONTEXT_KEY",
    "PoolRuleContext",
    "ValidationError",
    "Violation",
    "Where",
    "check_client",
    "check_domain",
    "check_identity_provider",
    "check_pool",
    "check_resource_server",
    "domain_where",
    "identity_provider_where",
    "mapped_where",
    "pool_where",
    "report",
]
