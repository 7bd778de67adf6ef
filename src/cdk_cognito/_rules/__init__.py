"""Synth-time rules: what Cognito and CloudFormation reject at deploy time, found before it.

``_core`` holds the framework (violations, the error, the context-driven reporting); each
construct family's rules live in a module of their own.
"""

from ._client import check_client, check_resource_server
from ._core import VALIDATION_CONTEXT_KEY, ValidationError, Violation, report

__all__ = [
    "VALIDATION_CONTEXT_KEY",
    "ValidationError",
    "Violation",
    "check_client",
    "check_resource_server",
    "report",
]
