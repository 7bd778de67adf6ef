"""SAML identity providers (an aws-cdk-lib v2 construct, rendered as v2 renders it)."""

from __future__ import annotations

import enum
import hashlib
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from aws_cdk import core

from .._js import utf8_bytes
from .._tokens import is_unresolved
from .._typecheck import check_bool, check_str, check_str_list, fail, field_path, path_prefix, struct
from ._attributes import AttributeMapping
from ._base import UserPoolIdentityProviderBase, UserPoolIdentityProviderProps
from ._oidc import check_name_length

if TYPE_CHECKING:
    from .._pool import IUserPool

__all__ = [
    "SigningAlgorithm",
    "UserPoolIdentityProviderSaml",
    "UserPoolIdentityProviderSamlMetadata",
    "UserPoolIdentityProviderSamlMetadataType",
    "UserPoolIdentityProviderSamlProps",
    "unique_resource_name",
]


class SigningAlgorithm(enum.Enum):
    """The algorithms SAML requests can be signed with."""

    RSA_SHA256 = "rsa-sha256"
    """RSA with SHA-256."""


class UserPoolIdentityProviderSamlMetadataType(enum.Enum):
    """How the metadata of a SAML provider is given."""

    URL = "url"
    """At a URL."""
    FILE = "file"
    """As the content of a metadata file."""


class UserPoolIdentityProviderSamlMetadata:
    """The metadata of a SAML identity provider: :meth:`url` or :meth:`file`."""

    __slots__ = ("_content", "_type")

    _PATHS: ClassVar[dict[UserPoolIdentityProviderSamlMetadataType, str]] = {
        UserPoolIdentityProviderSamlMetadataType.URL: "UserPoolIdentityProviderSamlMetadata.url(url)",
        UserPoolIdentityProviderSamlMetadataType.FILE: (
            "UserPoolIdentityProviderSamlMetadata.file(file_content)"
        ),
    }

    def __init__(
        self, metadata_content: str, metadata_type: UserPoolIdentityProviderSamlMetadataType
    ) -> None:
        if not isinstance(metadata_type, UserPoolIdentityProviderSamlMetadataType):
            fail(
                "UserPoolIdentityProviderSamlMetadata.metadata_type",
                "UserPoolIdentityProviderSamlMetadataType",
                metadata_type,
            )
        check_str(metadata_content, self._PATHS[metadata_type], required=True)
        self._content = metadata_content
        self._type = metadata_type

    @staticmethod
    def url(url: str) -> UserPoolIdentityProviderSamlMetadata:
        """Metadata published at ``url``."""
        return UserPoolIdentityProviderSamlMetadata(url, UserPoolIdentityProviderSamlMetadataType.URL)

    @staticmethod
    def file(file_content: str) -> UserPoolIdentityProviderSamlMetadata:
        """Metadata given as the content of a metadata file."""
        return UserPoolIdentityProviderSamlMetadata(
            file_content, UserPoolIdentityProviderSamlMetadataType.FILE
        )

    @property
    def metadata_content(self) -> str:
        """The URL, or the content of the file."""
        return self._content

    @property
    def metadata_type(self) -> UserPoolIdentityProviderSamlMetadataType:
        """Whether the content is a URL or a file's content."""
        return self._type

    def __repr__(self) -> str:
        return f"UserPoolIdentityProviderSamlMetadata.{self._type.value}({self._content!r})"


@struct
class UserPoolIdentityProviderSamlProps(UserPoolIdentityProviderProps):
    """Properties of a SAML identity provider.

    :param metadata: The provider's SAML metadata. Required.
    :param encrypted_responses: Whether to require encrypted SAML assertions from the provider.
        Default: false (not emitted)
    :param identifiers: Identifiers, which can route users to this provider in multitenant apps.
        Default: no identifiers
    :param idp_initiated: Whether to accept SAML sign-ins that the provider starts. Default: false
        (not emitted)
    :param idp_signout: Whether to enable the sign-out flow. Default: false
    :param name: The provider's name, 3 to 32 characters. Default: made from the construct's path
        (aws-cdk-lib v2's ``Names.uniqueResourceName`` of at most 32 characters)
    :param request_signing_algorithm: The algorithm to sign SAML requests with. Default: requests are
        not signed
    """

    metadata: UserPoolIdentityProviderSamlMetadata
    encrypted_responses: bool | None = None
    identifiers: Sequence[str] | None = None
    idp_initiated: bool | None = None
    idp_signout: bool | None = None
    name: str | None = None
    request_signing_algorithm: SigningAlgorithm | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.metadata, UserPoolIdentityProviderSamlMetadata):
            fail(field_path(self, "metadata"), "UserPoolIdentityProviderSamlMetadata", self.metadata)
        check_bool(self.encrypted_responses, field_path(self, "encrypted_responses"))
        check_str_list(self.identifiers, field_path(self, "identifiers"))
        check_bool(self.idp_initiated, field_path(self, "idp_initiated"))
        check_bool(self.idp_signout, field_path(self, "idp_signout"))
        check_str(self.name, field_path(self, "name"))
        algorithm = self.request_signing_algorithm
        if algorithm is not None and not isinstance(algorithm, SigningAlgorithm):
            fail(field_path(self, "request_signing_algorithm"), "SigningAlgorithm or None", algorithm)
        super().__post_init__()


class UserPoolIdentityProviderSaml(UserPoolIdentityProviderBase):
    """A SAML identity provider (``AWS::Cognito::UserPoolIdentityProvider``).

    aws-cdk-lib v2's ``aws_cognito.UserPoolIdentityProviderSaml`` 2.275, with its defaults, checks and
    ``ProviderDetails``; the resource's keys are in v1's order, as for every provider here. See
    :class:`UserPoolIdentityProviderSamlProps`.
    """

    def __init__(
        self,
        scope: core.Construct,
        id: str,
        *,
        user_pool: IUserPool,
        metadata: UserPoolIdentityProviderSamlMetadata,
        encrypted_responses: bool | None = None,
        identifiers: Sequence[str] | None = None,
        idp_initiated: bool | None = None,
        idp_signout: bool | None = None,
        name: str | None = None,
        request_signing_algorithm: SigningAlgorithm | None = None,
        attribute_mapping: AttributeMapping | dict[str, Any] | None = None,
    ) -> None:
        with path_prefix(""):
            props = UserPoolIdentityProviderSamlProps(
                user_pool=user_pool,
                metadata=metadata,
                encrypted_responses=encrypted_responses,
                identifiers=identifiers,
                idp_initiated=idp_initiated,
                idp_signout=idp_signout,
                name=name,
                request_signing_algorithm=request_signing_algorithm,
                attribute_mapping=attribute_mapping,  # type: ignore[arg-type]  # a dict is coerced
            )
        # v2 registers the provider once its resource exists.
        self._start(scope, id, props, register=False)
        with self._building():
            check_name_length(props.name)
            kind, content = props.metadata.metadata_type, props.metadata.metadata_content
            algorithm = props.request_signing_algorithm
            details = {
                "IDPSignout": bool(props.idp_signout),
                "MetadataURL": content if kind is UserPoolIdentityProviderSamlMetadataType.URL else None,
                "MetadataFile": content if kind is UserPoolIdentityProviderSamlMetadataType.FILE else None,
                "EncryptedResponses": props.encrypted_responses,
                "RequestSigningAlgorithm": None if algorithm is None else algorithm.value,
                "IDPInit": props.idp_initiated,
            }
            identifiers = None if props.identifiers is None else list(props.identifiers)
            self._emit("SAML", props.name or self._default_name(), details, identifiers)
            self._register()

    def _default_name(self) -> str:
        # The components are the name of the innermost stack whose name is a literal (a nested
        # stack's is a token), then the ids below it.
        stack = core.Stack.of(self)
        stack_name: str = stack.stack_name
        while is_unresolved(stack_name):
            stack = core.Stack.of(stack.node.scope)
            stack_name = stack.stack_name
        stack_path: str = stack.node.path
        relative = self.node.path[len(stack_path) + 1 :] if stack_path else self.node.path
        name = unique_resource_name([stack_name, *relative.split("/")], max_length=32)
        return f"{name}saml" if len(name) < 3 else name


_NOT_ALPHANUMERIC = r"[^A-Za-z0-9]"
_HASH_LENGTH = 8


def unique_resource_name(components: Sequence[str], *, max_length: int) -> str:
    """aws-cdk-lib v2's ``makeUniqueResourceName(components, {maxLength})`` (no prefix or separator).

    ``components`` are the stack's name and the construct ids below it.
    """
    components = [component for component in components if component != "Default"]
    if not components:
        raise RuntimeError("Unable to calculate a unique resource name for an empty set of components")
    if len(components) == 1:
        single = re.sub(_NOT_ALPHANUMERIC, "", components[0])
        if len(single) <= max_length:
            return single
    digest = hashlib.md5(utf8_bytes("/".join(components)), usedforsecurity=False)
    path_hash = digest.hexdigest()[:_HASH_LENGTH].upper()
    kept: list[str] = []
    for component in components:
        if not kept or not kept[-1].endswith(component):
            kept.append(component)
    human = "".join(
        cleaned
        for cleaned in (
            re.sub(_NOT_ALPHANUMERIC, "", component) for component in kept if component != "Resource"
        )
        if cleaned
    )
    max_human = max_length - _HASH_LENGTH
    if len(human) > max_human:
        half = max_human // 2
        human = human[:half] + human[-half:]
    return human + path_hash
