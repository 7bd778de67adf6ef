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

__all__ = ["UNDEFINED", "check_scope_and_id", "create_resource", "emit_cfn_resource"]

R = TypeVar("R", bound=core.Resource)

# A value that resolves to JavaScript's ``undefined``: it holds a key's place in an
# ordered property map and then disappears from the template.
UNDEFINED: Any = core.Token.as_any(None)


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
    """Add a ``CfnResource`` named "Resource" whose properties render in the given key order.

    The properties go in as the resource's raw override of ``Properties`` (absent
    keys mapped to :data:`UNDEFINED`), not as constructor properties. A generated
    L1 renders every property key in a fixed order, so a later
    ``add_property_override`` of a key it left unset lands in that key's place; with
    the keys held in the override map, ours does the same. The first key is also
    given to the constructor, so that ``Properties`` keeps its place after ``Type``
    (before ``DependsOn``, ``DeletionPolicy`` and the like); it must be set.
    """
    first_key = next(iter(properties))
    resource: core.CfnResource = core.CfnResource.__new__(core.CfnResource)
    jsii.create(
        core.CfnResource,
        resource,
        [scope, "Resource", {"type": resource_type, "properties": {first_key: properties[first_key]}}],
    )
    jsii.invoke(resource, "addOverride", ["Properties", properties])
    return resource
