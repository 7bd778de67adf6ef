"""Synth-time rules: what Cognito and CloudFormation reject at deploy time, found before it.

``_core`` holds the framework (violations, the error, the context-driven reporting); each
construct family's rules live in a module of their own.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._client import check_client, check_resource_server
from ._core import VALIDATION_CONTEXT_KEY, ValidationError, Violation, Where, mapped_where, report

if TYPE_CHECKING:
    from ._domain import check_domain, domain_where
    from ._idp import check_identity_provider, identity_provider_where
    from ._pool import PoolRuleContext, check_pool, pool_where

# The rules of pools, domains and providers load with their constructs (a client app needs none).
_LAZY = {
    "PoolRuleContext": "._pool",
    "check_pool": "._pool",
    "pool_where": "._pool",
    "check_domain": "._domain",
    "domain_where": "._domain",
    "check_identity_provider": "._idp",
    "identity_provider_where": "._idp",
}

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


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value
