"""The IAM a user pool needs, with ``aws-cdk.core`` alone.

The reference builds these with ``aws-cdk.aws-iam``: the role Cognito assumes to send SMS messages
(an ``iam.Role`` named ``smsRole``), the principal of the Lambda permissions of its triggers (an
``iam.ServicePrincipal``), and the statements of ``grant()`` (an ``iam.Grant``). This module emits
the role as a ``core.Resource`` holding a taggable ``AWS::IAM::Role`` that renders exactly as
aws-iam's does, and gives plain-Python grantees and functions small objects with the members they
read. Objects that come from jsii (a real ``aws_iam.Role`` grantee, an ``aws_lambda.Function``) get
the real aws-iam objects instead: ``aws_cdk.aws_iam`` is then installed, and it is imported only then.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import jsii
from aws_cdk import core

from ._jsii import TagSpec, create_resource, emit_rendered_resource
from ._protocols import IGrantable
from ._tokens import is_unresolved

__all__ = [
    "COGNITO_SERVICE",
    "GrantResult",
    "PolicyStatement",
    "ServicePrincipal",
    "add_sms_role",
    "grant",
    "is_jsii_object",
    "service_principal_for",
]

COGNITO_SERVICE = "cognito-idp.amazonaws.com"
ROLE_TYPE = "AWS::IAM::Role"
_POLICY_VERSION = "2012-10-17"
# aws-iam's check of an action string (PolicyStatement's constructor).
_ACTION = r"(\*|[a-zA-Z0-9-]+:[a-zA-Z0-9*]+)"
_ROLE_TAGS = TagSpec(core.TagType.STANDARD, ROLE_TYPE, "Tags", "tags")


def is_jsii_object(value: object) -> bool:
    """Whether ``value`` is a jsii object (a construct or interface implementation from a CDK module)."""
    kind = type(value)
    return (
        getattr(value, "__jsii_ref__", None) is not None
        or getattr(kind, "__jsii_type__", None) is not None
        or bool(getattr(kind, "__jsii_ifaces__", None))
    )


# --------------------------------------------------------------------------------------------------
# The principal of the triggers' Lambda permissions
# --------------------------------------------------------------------------------------------------


class ServicePrincipal:
    """A core-only stand-in for ``aws_iam.ServicePrincipal``, handed to plain-Python functions.

    ``UserPool`` calls ``fn.add_permission(id, principal=..., source_arn=...)`` for each trigger; a
    real ``aws_lambda`` function gets a real ``aws_iam.ServicePrincipal``, a plain-Python function this
    object. It has what a Lambda permission reads off a service principal: ``service`` (the principal
    of ``AWS::Lambda::Permission``), ``conditions`` (none), and aws-iam's ``assume_role_action``,
    ``principal_account`` and ``str()``. Its ``policy_fragment`` is not offered.
    """

    __slots__ = ("_service",)

    def __init__(self, service: str) -> None:
        self._service = service

    @property
    def service(self) -> str:
        """The service, e.g. ``cognito-idp.amazonaws.com``."""
        return self._service

    @property
    def conditions(self) -> dict[str, Any]:
        """The conditions under which the principal is used: none."""
        return {}

    @property
    def assume_role_action(self) -> str:
        """The action a role trusting this principal allows: ``sts:AssumeRole``."""
        return "sts:AssumeRole"

    @property
    def principal_account(self) -> None:
        """The AWS account of this principal: none, as for aws-iam's service principals."""
        return None

    def __str__(self) -> str:
        return f"ServicePrincipal({self._service})"

    def __repr__(self) -> str:
        return f"ServicePrincipal({self._service!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ServicePrincipal):
            return self._service == other._service
        return NotImplemented

    def __hash__(self) -> int:
        return hash((ServicePrincipal, self._service))


_COGNITO_PRINCIPAL = ServicePrincipal(COGNITO_SERVICE)
_jsii_cognito_principal: Any = None


def service_principal_for(function: object) -> Any:
    """The Cognito service principal to pass to ``function.add_permission``.

    A real ``aws_iam.ServicePrincipal`` for a jsii function (created once per process: it holds
    nothing but the service name, and a Lambda permission reads only that), ours otherwise.
    """
    global _jsii_cognito_principal
    if not is_jsii_object(function):
        return _COGNITO_PRINCIPAL
    if _jsii_cognito_principal is None:
        from aws_cdk import aws_iam

        _jsii_cognito_principal = aws_iam.ServicePrincipal(COGNITO_SERVICE)
    return _jsii_cognito_principal


# --------------------------------------------------------------------------------------------------
# The SMS role
# --------------------------------------------------------------------------------------------------


class _SmsRole(core.Resource):
    """The ``smsRole`` construct: what aws-iam's ``Role`` is in the construct tree."""


def _role_properties(external_id: str) -> dict[str, Any]:
    return {
        "AssumeRolePolicyDocument": {
            "Statement": [
                {
                    "Action": "sts:AssumeRole",
                    "Condition": {"StringEquals": {"sts:ExternalId": external_id}},
                    "Effect": "Allow",
                    "Principal": {"Service": COGNITO_SERVICE},
                }
            ],
            "Version": _POLICY_VERSION,
        },
        # The user pool wants sns:Publish in an inline policy; a condition restricting it to the
        # sms protocol fails the pool's validation, so there is none.
        "Policies": [
            {
                "PolicyDocument": {
                    "Statement": [{"Action": "sns:Publish", "Effect": "Allow", "Resource": "*"}],
                    "Version": _POLICY_VERSION,
                },
                "PolicyName": "sns-publish",
            }
        ],
        "Tags": None,
    }


def add_sms_role(pool: core.Construct) -> tuple[str, Any]:
    """Add the ``smsRole`` of ``pool``; return its external id and its ARN (an ``Fn::GetAtt``).

    Rendered as aws-iam's ``Role(pool, "smsRole", assumed_by=ServicePrincipal("cognito-idp...",
    conditions={"StringEquals": {"sts:ExternalId": id}}), inline_policies={"sns-publish": ...})``:
    its ``AWS::IAM::Role`` is the ``Resource`` child of ``smsRole`` (logical id ``<pool>smsRole<hash>``)
    and is tagged as a ``CfnRole``. The service principal renders ``cognito-idp.amazonaws.com`` in
    every region and partition (aws-iam's default rule for the service; no region has a fact for
    it), and in env-agnostic stacks too. The external id is ``Names.unique_id(pool)`` cut to the
    1224 characters ``sts:ExternalId`` takes, as in the reference.
    """
    external_id = str(jsii.sinvoke(core.Names, "uniqueId", [pool]))[:1223]
    role = _SmsRole.__new__(_SmsRole)
    create_resource(role, pool, "smsRole")
    properties = _role_properties(external_id)
    resource = emit_rendered_resource(role, ROLE_TYPE, lambda: properties, _ROLE_TAGS)
    return external_id, resource.get_att("Arn")


# --------------------------------------------------------------------------------------------------
# grant()
# --------------------------------------------------------------------------------------------------


def _norm(values: Sequence[str], unique: bool) -> Any:
    """aws-iam's ``normalizeStatement`` of a list: one value alone, duplicates dropped, none left out."""
    if len(values) == 0:
        return None
    if len(values) == 1:
        return values[0]
    return list(dict.fromkeys(values)) if unique else list(values)


class PolicyStatement:
    """The statement ``grant()`` gives a plain-Python grantee's principal: actions on resources.

    ``to_statement_json()`` renders it as aws-iam's ``PolicyStatement.to_statement_json()`` does
    (``Action``, ``Effect``, ``Resource``; a single value unwrapped, duplicates dropped).
    """

    __slots__ = ("_actions", "_resources")

    def __init__(self, *, actions: Sequence[str], resources: Sequence[str]) -> None:
        for action in actions:
            if re.fullmatch(_ACTION, action) is None and not is_unresolved(action):
                raise RuntimeError(
                    f"Action '{action}' is invalid. An action string consists of a service namespace, "
                    "a colon, and the name of an action. Action names can include wildcards."
                )
        self._actions = list(actions)
        self._resources = list(resources)

    @property
    def actions(self) -> list[str]:
        """The actions allowed (a copy)."""
        return list(self._actions)

    @property
    def resources(self) -> list[str]:
        """The resources the actions are allowed on (a copy)."""
        return list(self._resources)

    @property
    def effect(self) -> str:
        """Always ``"Allow"``."""
        return "Allow"

    def to_statement_json(self) -> dict[str, Any]:
        """The statement as IAM JSON, as aws-iam renders it."""
        rendered = {
            "Action": _norm(self._actions, unique=True),
            "Effect": "Allow",
            "Resource": _norm(self._resources, unique=True),
        }
        return {key: value for key, value in rendered.items() if value is not None}

    def to_json(self) -> dict[str, Any]:
        """Same as :meth:`to_statement_json`."""
        return self.to_statement_json()

    def __repr__(self) -> str:
        return f"PolicyStatement(actions={self._actions!r}, resources={self._resources!r})"


class GrantResult:
    """What ``grant()`` returns for a plain-Python grantee (for a jsii grantee: an ``aws_iam.Grant``).

    ``success`` tells whether the grantee's principal took the statement, ``principal_statement`` is
    that statement (``None`` if not taken), ``assert_success()`` raises as ``Grant.assert_success()``.
    """

    __slots__ = ("_grantee", "_statement", "_success")

    def __init__(self, grantee: object, statement: PolicyStatement, success: bool) -> None:
        self._grantee = grantee
        self._statement = statement
        self._success = success

    @property
    def success(self) -> bool:
        """Whether the grant was added to the grantee's principal policy."""
        return self._success

    @property
    def principal_statement(self) -> PolicyStatement | None:
        """The statement added to the principal's policy, if it was."""
        return self._statement if self._success else None

    @property
    def resource_statement(self) -> None:
        """A user pool has no resource policy: always ``None``."""
        return None

    def assert_success(self) -> None:
        """Raise if the permissions could not be added."""
        if not self._success:
            statement = self._statement
            raise RuntimeError(
                f"Error: Permissions for '{self._grantee}' to call '{','.join(statement.actions)}' on "
                f"'{','.join(statement.resources)}' could not be added on either identity or resource policy."
            )


def _statement_added(result: object) -> bool:
    """``AddToPrincipalPolicyResult.statement_added`` of whatever the principal returned."""
    if isinstance(result, bool):
        return result
    if isinstance(result, dict):
        return bool(result.get("statement_added", result.get("statementAdded")))
    return bool(getattr(result, "statement_added", False))


def grant(
    grantee: IGrantable, actions: Sequence[str], resource_arns: Sequence[str], scope: core.Construct
) -> Any:
    """``iam.Grant.add_to_principal(grantee, actions, resource_arns, scope)``, for any grantee.

    A jsii grantee goes to aws-iam itself (the same statement, policy and ``Grant`` as the
    reference). A plain-Python grantee's ``grant_principal.add_to_principal_policy`` gets a
    :class:`PolicyStatement`, and a :class:`GrantResult` is returned.
    """
    if is_jsii_object(grantee):
        from aws_cdk import aws_iam

        return aws_iam.Grant.add_to_principal(
            grantee=grantee,  # type: ignore[arg-type]  # a jsii IGrantable
            actions=list(actions),
            resource_arns=list(resource_arns),
            scope=scope,
        )
    statement = PolicyStatement(actions=actions, resources=resource_arns)
    added = grantee.grant_principal.add_to_principal_policy(statement)
    return GrantResult(grantee, statement, _statement_added(added))
