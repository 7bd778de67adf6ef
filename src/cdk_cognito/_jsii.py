"""The few calls into aws-cdk.core's JavaScript that every construct makes.

core's generated Python wrappers evaluate ``typing.get_type_hints`` and run
typeguard on each call, which costs more than the call itself. The arguments
here are already checked (by :func:`check_scope_and_id` and the props
dataclasses), so these helpers go to the jsii kernel directly: one round trip
per call and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import constructs
import jsii
from aws_cdk import core

__all__ = [
    "RenderedCfnResource",
    "TagSpec",
    "apply_removal_policy",
    "check_scope_and_id",
    "compact",
    "create_resource",
    "emit_cfn_resource",
    "emit_rendered_resource",
    "resolve_plain",
]

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


def compact(properties: Mapping[str, Any]) -> dict[str, Any]:
    """``properties`` without the keys whose value is ``None``, order kept.

    What JSON does to the ``undefined`` members of an object a generated L1 renders; an empty
    result stays ``{}``, as it does in the reference's templates.
    """
    return {key: value for key, value in properties.items() if value is not None}


def apply_removal_policy(resource: core.CfnResource, policy: core.RemovalPolicy | None) -> None:
    """``resource.apply_removal_policy(policy)``: one round trip; ``None`` is core's default, RETAIN."""
    jsii.invoke(resource, "applyRemovalPolicy", [policy])


class TagSpec:
    """How a generated L1 tags its resource: the ``core.TagManager`` it would create.

    ``key`` is the CloudFormation property the tags render into (``UserPoolTags``, ``Tags``);
    ``property_name`` is the L1's ``tagPropertyName`` (``userPoolTags``, ``tags``), which the
    TagManager reports.
    """

    __slots__ = ("key", "property_name", "resource_type", "tag_type")

    def __init__(self, tag_type: core.TagType, resource_type: str, key: str, property_name: str) -> None:
        self.tag_type = tag_type
        self.resource_type = resource_type
        self.key = key
        self.property_name = property_name


@jsii.implements(core.ITaggable)
class RenderedCfnResource(core.CfnResource):
    """A ``CfnResource`` whose properties Python renders at each synthesis, tags at the L1's key.

    The generated L1s (``CfnUserPool``, ``CfnRole``) are taggable: ``core.Tags.of(...)`` reaches them,
    and their tags render at the tag property's place among the others. A plain ``CfnResource`` is
    not taggable, and core's own merge of a taggable one's tags would append the key after the
    others and keep the stale entries of a tag map across syntheses. So this class:

    * is an ``ITaggable`` whose ``tags`` is the ``TagManager`` the L1 would create (same tag type,
      resource type and ``tag_property_name``), created on first use: an app that tags nothing
      never pays for it;
    * overrides the ``cfnProperties`` getter, which core calls when it synthesizes the resource, to
      return ``render()`` (every property in the L1's key order, ``None`` for those unset) with the
      rendered tags put in at ``tags.key``. Core calls back into Python for it (twice per synthesis:
      references, then the template), so no JavaScript copy of the properties goes stale: values
      that change after construction (a user pool's Lambda triggers) are rendered as they are then.
    """

    _render: Callable[[], Mapping[str, Any]]
    _tag_spec: TagSpec | None
    _tag_manager: core.TagManager | None

    @property
    def tags(self) -> core.TagManager:
        """The tag manager of this resource (``core.Tags.of(...)`` sets its tags)."""
        manager = self._tag_manager
        if manager is None:
            spec = self._tag_spec
            if spec is None:  # pragma: no cover  # only taggable resources are made with this class
                raise AttributeError("tags")
            manager = core.TagManager(
                spec.tag_type, spec.resource_type, None, tag_property_name=spec.property_name
            )
            self._tag_manager = manager
        return manager

    @property
    def _cfn_properties(self) -> Mapping[str, Any]:
        properties = dict(self._render())
        manager, spec = self._tag_manager, self._tag_spec
        if manager is not None and spec is not None:
            tags = manager.render_tags()
            if spec.tag_type == core.TagType.STANDARD and isinstance(tags, list):
                # A generated L1 renders its standard tags through cfnTagToCloudFormation: Key/Value.
                tags = [{"Key": tag.get("key"), "Value": tag.get("value")} for tag in tags]
            properties[spec.key] = tags
        return compact(properties)


def emit_rendered_resource(
    scope: core.Construct,
    resource_type: str,
    render: Callable[[], Mapping[str, Any]],
    tags: TagSpec,
    id: str = "Resource",
) -> RenderedCfnResource:
    """Add a taggable ``RenderedCfnResource`` (one round trip); ``render`` runs at each synthesis.

    ``render()`` must hold ``tags.key`` (``None`` until tagged) where the L1 renders the tags.
    """
    resource: RenderedCfnResource = RenderedCfnResource.__new__(RenderedCfnResource)
    resource._render = render
    resource._tag_spec = tags
    resource._tag_manager = None
    jsii.create(RenderedCfnResource, resource, [scope, id, {"type": resource_type}])
    return resource
