"""Amazon Pinpoint analytics of an app client: ``AnalyticsConfiguration``.

aws-cdk-lib v2 takes a ``pinpoint.CfnApp`` and an ``iam.IRole``; this library depends on neither
package, so it takes ARNs, or any object that has the ARN as ``attr_arn`` (an application, such as
``aws_cdk.aws_pinpoint.CfnApp``) or ``role_arn`` (a role, such as ``aws_cdk.aws_iam.Role``).
"""

from __future__ import annotations

from typing import Any, Protocol

from ._typecheck import NotAJsiiObjectError, Struct, check_bool, check_str, fail, field_path, struct

__all__ = ["AnalyticsConfiguration", "render_analytics"]


class _HasAttrArn(Protocol):
    @property
    def attr_arn(self) -> str: ...


class _HasRoleArn(Protocol):
    @property
    def role_arn(self) -> str: ...


def _check_arn_or_object(value: object, attribute: str, path: str, what: str) -> None:
    if value is None or isinstance(value, str):
        return
    # Checked on the type first, where jsii classes declare their properties (no round trip).
    if not (hasattr(type(value), attribute) or hasattr(value, attribute)):
        fail(path, f"{what} ARN (str), an object with {attribute}, or None", value, NotAJsiiObjectError)


def _arn(value: object, attribute: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    arn = getattr(value, attribute)
    if not isinstance(arn, str):
        raise TypeError(f"{type(value).__name__}.{attribute}: expected str; got {type(arn).__name__}")
    return arn


@struct
class AnalyticsConfiguration(Struct):
    """The settings for Amazon Pinpoint analytics of an app client.

    Give either ``application``, or all of ``application_id``, ``external_id`` and ``role``.

    :param application: The Amazon Pinpoint project to connect to the client: its ARN, or an object whose
        ``attr_arn`` is the ARN (such as ``aws_cdk.aws_pinpoint.CfnApp``). Rendered as ``ApplicationArn``.
        Default: no application; give all of ``application_id``, ``external_id`` and ``role`` instead.
    :param application_id: Your Amazon Pinpoint project ID. Default: none; give it along with
        ``external_id`` and ``role``, or give ``application``.
    :param external_id: The external ID of the role that Amazon Cognito assumes to send analytics data to
        Amazon Pinpoint. Default: none; give it along with ``application_id`` and ``role``, or give
        ``application``.
    :param role: The IAM role that Amazon Cognito assumes to publish events to Amazon Pinpoint: its ARN, or
        an object whose ``role_arn`` is the ARN (such as ``aws_cdk.aws_iam.Role``). Default: none; give it
        along with ``application_id`` and ``external_id``, or give ``application``.
    :param share_user_data: If true, Amazon Cognito includes user data in the events that it publishes to
        Amazon Pinpoint. Default: not set (false)
    """

    application: str | _HasAttrArn | None = None
    application_id: str | None = None
    external_id: str | None = None
    role: str | _HasRoleArn | None = None
    share_user_data: bool | None = None

    def __post_init__(self) -> None:
        _check_arn_or_object(self.application, "attr_arn", field_path(self, "application"), "an application")
        check_str(self.application_id, field_path(self, "application_id"))
        check_str(self.external_id, field_path(self, "external_id"))
        _check_arn_or_object(self.role, "role_arn", field_path(self, "role"), "a role")
        check_bool(self.share_user_data, field_path(self, "share_user_data"))


def render_analytics(analytics: AnalyticsConfiguration) -> dict[str, Any]:
    """``AnalyticsConfiguration`` as the L1 renders it; raises aws-cdk-lib v2's errors, in its order."""
    # Truthiness as in JavaScript: an empty string counts as not given.
    if analytics.application and (analytics.application_id or analytics.external_id or analytics.role):
        raise RuntimeError(
            "Either `application` or all of `applicationId`, `externalId` and `role` must be specified."
        )
    if not analytics.application and (
        not analytics.application_id or not analytics.external_id or not analytics.role
    ):
        raise RuntimeError(
            "Either all of `applicationId`, `externalId` and `role` must be specified "
            "or `application` must be specified."
        )
    rendered = {
        "ApplicationArn": _arn(analytics.application, "attr_arn"),
        "ApplicationId": analytics.application_id,
        "ExternalId": analytics.external_id,
        "RoleArn": _arn(analytics.role, "role_arn"),
        "UserDataShared": analytics.share_user_data,
    }
    return {key: value for key, value in rendered.items() if value is not None}
