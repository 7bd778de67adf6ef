"""The few calls into aws-cdk.core's JavaScript that every construct makes.

core's generated Python wrappers evaluate ``typing.get_type_hints`` and run
typeguard on each call, which costs more than the call itself. The arguments
here are already checked (by :func:`check_scope_and_id` and the props
dataclasses), so these helpers go to the jsii kernel directly: one round trip
per call and nothing else.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import constructs
import jsii
from aws_cdk import core

__all__ = ["check_scope_and_id", "create_resource", "emit_cfn_resource", "resolve_plain"]

R = TypeVar("R", bound=core.Resource)


def check_scope_and_id(scope: object, id: object) -> None:
    if not isinstance(scope, constructs.Construct):
        raise TypeError(f"scope: expected a construct (aws_cdk.core.Construct); got {type(scope).__name__}")
    if not isinstance(id, str):
        raise TypeError(f"id: expected str; got {type(id).__name__}")


def create_resource(obj: R, scope: core.Construct, id: str, props: core.ResourceProps | None = None) -> None:
    """Create the JavaScript half of ``obj``, a Python subclass of ``core.Resource``."""
    check_scope_and_id(scope, id)
    jsii.create(type(obj), obj, [scope, id, props])


def emit_cfn_resource(
    scope: core.Construct, resource_type: str, properties: Mapping[str, Any]
) -> core.CfnResource:
    """Add the ``CfnResource`` named "Resource" that renders ``properties`` in their order.

    Keys whose value is ``None`` are left out, as the generated L1s leave out unset properties.
    """
    resource: core.CfnResource = core.CfnResource.__new__(core.CfnResource)
    rendered = {key: value for key, value in properties.items() if value is not None}
    jsii.create(
        core.CfnResource, resource, [scope, "Resource", {"type": resource_type, "properties": rendered}]
    )
    return resource


def resolve_plain(value: object, scope: core.IConstruct, resolver: core.ITokenResolver) -> Any:
    """``Tokenization.resolve(value)``: JavaScript objects in ``value`` come back as plain data."""
    options = core.ResolveOptions(resolver=resolver, scope=scope)
    return jsii.sinvoke(core.Tokenization, "resolve", [value, options])
