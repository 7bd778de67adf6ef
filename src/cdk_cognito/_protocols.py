"""The objects an app passes in from other CDK modules, as ``typing.Protocol``s.

The reference types these with jsii interfaces of ``aws-cdk.aws-lambda``, ``aws-iam``, ``aws-kms``
and ``aws-certificatemanager``. This library depends on ``aws-cdk.core`` alone, so it names only the
members it uses: the real jsii objects (``aws_lambda.Function``, ``aws_iam.Role``, ``aws_kms.Key``,
``acm.Certificate`` and their imports) satisfy these protocols, and so does any plain Python object
with the same attributes.
"""

from __future__ import annotations

from typing import Any, Protocol

__all__ = ["ICertificate", "IFunction", "IGrantable", "IKey", "IPrincipal", "IRole"]


class IPrincipal(Protocol):
    """Something that can be granted permissions: it takes policy statements."""

    def add_to_principal_policy(self, statement: Any) -> Any:
        """Add a statement to this principal's policy; return whether (and where) it was added."""
        ...


class IGrantable(Protocol):
    """Something that can be granted permissions (``aws_iam.IGrantable``)."""

    @property
    def grant_principal(self) -> IPrincipal:
        """The principal to grant permissions to."""
        ...


class IRole(Protocol):
    """An IAM role (``aws_iam.IRole``): only its ARN is used."""

    @property
    def role_arn(self) -> str:
        """The ARN of the role."""
        ...


class IKey(Protocol):
    """A KMS key (``aws_kms.IKey``): only its ARN is used."""

    @property
    def key_arn(self) -> str:
        """The ARN of the key."""
        ...


class ICertificate(Protocol):
    """An ACM certificate (``aws_certificatemanager.ICertificate``): only its ARN is used."""

    @property
    def certificate_arn(self) -> str:
        """The certificate's ARN."""
        ...


class IFunction(Protocol):
    """A Lambda function (``aws_lambda.IFunction``): its ARN, and a way to let Cognito invoke it.

    ``add_permission`` is called as the reference calls it, with ``principal`` and ``source_arn``
    keyword arguments; a real ``aws_lambda`` function then adds its ``AWS::Lambda::Permission``.
    """

    @property
    def function_arn(self) -> str:
        """The ARN of the function."""
        ...

    def add_permission(self, id: str, *, principal: Any, source_arn: str | None = ..., **kwargs: Any) -> Any:
        """Grant the given principal identity permissions to invoke this function."""
        ...
