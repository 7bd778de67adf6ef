"""User pool domains: the hosted sign-in pages of a pool (``AWS::Cognito::UserPoolDomain``)."""

from __future__ import annotations

import enum
import importlib
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol

import jsii
from aws_cdk import core

from ._jsii import create_resource, emit_cfn_resource
from ._protocols import ICertificate
from ._rules import report
from ._rules._core import Where
from ._rules._domain import check_domain
from ._rules._pool import PoolRuleContext
from ._tokens import is_unresolved
from ._typecheck import (
    MissingValueError,
    NotAJsiiObjectError,
    Struct,
    check_bool,
    check_str,
    coerce_field,
    fail,
    field_path,
    method_errors,
    path_prefix,
    struct,
)

if TYPE_CHECKING:
    from ._oauth import OAuthFlows
    from ._pool import IUserPool

__all__ = [
    "BaseUrlOptions",
    "CloudFrontDomainNameUnavailableError",
    "CognitoDomainOptions",
    "CustomDomainOptions",
    "IUserPoolDomain",
    "ManagedLoginVersion",
    "SignInUrlOptions",
    "UserPoolDomain",
    "UserPoolDomainOptions",
    "UserPoolDomainProps",
]

DOMAIN_TYPE = "AWS::Cognito::UserPoolDomain"
CUSTOM_RESOURCES_EXTRA = "custom-resources"
# JavaScript's /^[a-z0-9-]+$/: ``$`` there matches only at the very end, as fullmatch does.
_DOMAIN_PREFIX = r"[a-z0-9-]+"
_ONE_DOMAIN = "One of, and only one of, cognitoDomain or customDomain must be specified"
_BAD_PREFIX = "domainPrefix for cognitoDomain can contain only lowercase alphabets, numbers and hyphens"
_NO_SIGN_IN_FLOW = (
    "Error: signInUrl is not supported for clients without authorizationCodeGrant or implicitCodeGrant "
    "flow enabled"
)


class IUserPoolDomain(Protocol):
    """A user pool domain (``aws_cognito.IUserPoolDomain``)."""

    @property
    def domain_name(self) -> str:
        """The domain: the full custom domain name, or the prefix of the Cognito hosted domain."""
        ...


class ManagedLoginVersion(enum.Enum):
    """The branding version of managed login for a domain (an aws-cdk-lib v2 enum)."""

    CLASSIC_HOSTED_UI = "CLASSIC_HOSTED_UI"
    """The classic hosted UI (rendered as 1)."""
    NEWER_MANAGED_LOGIN = "NEWER_MANAGED_LOGIN"
    """Managed login, with the branding designer (rendered as 2)."""


_MANAGED_LOGIN_NUMBER = {ManagedLoginVersion.CLASSIC_HOSTED_UI: 1, ManagedLoginVersion.NEWER_MANAGED_LOGIN: 2}


class CloudFrontDomainNameUnavailableError(ImportError, RuntimeError):
    """``cloud_front_domain_name`` needs ``aws-cdk.custom-resources``, which is not installed.

    Both an ``ImportError`` and a ``RuntimeError`` (the class the reference raises for what it cannot do).
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)


@struct
class CognitoDomainOptions(Struct):
    """A domain under Cognito's own hosted domain (``<prefix>.auth.<region>.amazoncognito.com``).

    :param domain_prefix: The prefix of the Cognito hosted domain name for the user pool; lowercase
        letters, digits and hyphens. Required.
    """

    domain_prefix: str

    def __post_init__(self) -> None:
        check_str(self.domain_prefix, field_path(self, "domain_prefix"), required=True)


def _declaring(value: object, name: str) -> Any:
    """The object to read attribute ``name`` from: ``value``, or the delegate of a jsii interface proxy.

    Looked up on classes, where jsii declares its properties, so this costs no round trip to Node. A jsii
    ``InterfaceDynamicProxy`` (what jsii returns for an interface, e.g. an imported certificate) finds
    its delegate with ``hasattr`` (one round trip) and then reads it again: its delegate is read at once.
    ``None`` when nothing has the attribute.
    """
    if hasattr(type(value), name):
        return value
    delegates = getattr(value, "__dict__", {}).get("_delegates")
    if isinstance(delegates, list):
        for delegate in delegates:
            if hasattr(type(delegate), name):
                return delegate
    return value if hasattr(value, name) else None


def _check_certificate(value: object, path: str) -> None:
    if value is None:
        fail(path, "an ICertificate", value, MissingValueError)
    if _declaring(value, "certificate_arn") is None:
        fail(path, "an ICertificate (an object with certificate_arn)", value, NotAJsiiObjectError)


def _check_user_pool(value: object, path: str) -> None:
    """A domain reads nothing but ``user_pool_id`` off its pool: any object with one is a pool here.

    That takes this library's pools and imports, the reference's, and objects of the app's own.
    """
    if value is None:
        fail(path, "an IUserPool", value, MissingValueError)
    if _declaring(value, "user_pool_id") is None:
        fail(path, "an IUserPool (an object with user_pool_id)", value, NotAJsiiObjectError)


@struct
class CustomDomainOptions(Struct):
    """A custom domain of your own, served with your certificate.

    :param certificate: The certificate to associate with the domain (an ``aws_certificatemanager``
        certificate, or any object with a ``certificate_arn``). Required.
    :param domain_name: The custom domain name to associate with the user pool. Required.
    """

    certificate: ICertificate
    domain_name: str

    def __post_init__(self) -> None:
        _check_certificate(self.certificate, field_path(self, "certificate"))
        check_str(self.domain_name, field_path(self, "domain_name"), required=True)


@struct
class UserPoolDomainOptions(Struct):
    """Options to create a UserPoolDomain. Exactly one of ``cognito_domain`` and ``custom_domain`` is given.

    :param cognito_domain: Associate a Cognito prefix domain with the user pool.
        Default: not set if ``custom_domain`` is given; otherwise an error is raised
    :param custom_domain: Associate a custom domain with the user pool.
        Default: not set if ``cognito_domain`` is given; otherwise an error is raised
    :param managed_login_version: The state of managed login for every app client hosted at the domain
        (an aws-cdk-lib v2 prop). Default: not set (Cognito uses the classic hosted UI)
    """

    cognito_domain: CognitoDomainOptions | None = None
    custom_domain: CustomDomainOptions | None = None
    managed_login_version: ManagedLoginVersion | None = None

    def __post_init__(self) -> None:
        coerce_field(self, "cognito_domain", CognitoDomainOptions)
        coerce_field(self, "custom_domain", CustomDomainOptions)
        version = self.managed_login_version
        if version is not None and not isinstance(version, ManagedLoginVersion):
            fail(field_path(self, "managed_login_version"), "ManagedLoginVersion or None", version)


@struct
class UserPoolDomainProps(UserPoolDomainOptions):
    """Properties for the UserPoolDomain construct.

    :param user_pool: The user pool to associate the domain with. Required.
    """

    user_pool: IUserPool

    def __post_init__(self) -> None:
        _check_user_pool(self.user_pool, field_path(self, "user_pool"))
        super().__post_init__()


@struct
class BaseUrlOptions(Struct):
    """Options of ``UserPoolDomain.base_url()``.

    :param fips: Whether to return the FIPS-compliant endpoint. Default: the standard URL
    """

    fips: bool | None = None

    def __post_init__(self) -> None:
        check_bool(self.fips, field_path(self, "fips"))


@struct
class SignInUrlOptions(BaseUrlOptions):
    """Options of ``UserPoolDomain.sign_in_url()``.

    :param redirect_uri: Where to redirect to after sign-in. Required.
    :param sign_in_path: The path of the sign-in page in the URL. Default: '/login'
    """

    redirect_uri: str
    sign_in_path: str | None = None

    def __post_init__(self) -> None:
        check_str(self.redirect_uri, field_path(self, "redirect_uri"), required=True)
        check_str(self.sign_in_path, field_path(self, "sign_in_path"))
        super().__post_init__()


def render_domain_properties(props: UserPoolDomainProps) -> dict[str, Any]:
    """The CloudFormation properties of the domain, in the order of the reference's L1.

    Raises the reference's errors, in its order. ``Domain`` is ``None`` for an empty domain prefix.
    """
    cognito, custom = props.cognito_domain, props.custom_domain
    if (custom is None) == (cognito is None):
        raise RuntimeError(_ONE_DOMAIN)
    prefix = cognito.domain_prefix if cognito is not None else None
    if prefix and not is_unresolved(prefix) and re.fullmatch(_DOMAIN_PREFIX, prefix) is None:
        raise RuntimeError(_BAD_PREFIX)
    user_pool_id = _declaring(props.user_pool, "user_pool_id").user_pool_id
    check_str(user_pool_id, "user_pool.user_pool_id", required=True)
    # JavaScript's ``prefix || name``: an empty prefix falls through to the (absent) custom name.
    domain = prefix or (custom.domain_name if custom is not None else None)
    config: dict[str, Any] | None = None
    if custom is not None:
        arn = _declaring(custom.certificate, "certificate_arn").certificate_arn
        check_str(arn, "custom_domain.certificate.certificate_arn", required=True)
        config = {"CertificateArn": arn}
    version = props.managed_login_version
    return {
        "Domain": domain,
        "UserPoolId": user_pool_id,
        "CustomDomainConfig": config,
        # Not a property of v1's generated L1: placed after its last optional key, where the v1 L1
        # generator (required keys first, then optional ones, each alphabetical) would put it, and
        # where an add_property_override of it lands in the reference's template.
        "ManagedLoginVersion": None if version is None else _MANAGED_LOGIN_NUMBER[version],
    }


_PROP_OF_PROPERTY = {
    "UserPoolId": "user_pool",
    "CustomDomainConfig": "custom_domain.certificate",
    "ManagedLoginVersion": "managed_login_version",
}


def _prop_paths(props: UserPoolDomainProps) -> Where:
    domain = (
        "cognito_domain.domain_prefix" if props.cognito_domain is not None else "custom_domain.domain_name"
    )

    def where(key: str, index: int | None) -> str:
        return domain if key == "Domain" else _PROP_OF_PROPERTY.get(key, key)

    return where


class UserPoolDomain(core.Resource):
    """Define a user pool domain (``AWS::Cognito::UserPoolDomain``).

    A drop-in for ``aws_cdk.aws_cognito.UserPoolDomain`` 1.204.0: same arguments, errors, attributes
    and template. Also takes aws-cdk-lib v2's ``managed_login_version`` and offers its
    ``cloud_front_endpoint``. See :class:`UserPoolDomainOptions` for the arguments and their defaults.
    ``node.default_child`` is the emitted ``core.CfnResource``.
    """

    def __init__(
        self,
        scope: core.Construct,
        id: str,
        *,
        user_pool: IUserPool,
        cognito_domain: CognitoDomainOptions | dict[str, Any] | None = None,
        custom_domain: CustomDomainOptions | dict[str, Any] | None = None,
        managed_login_version: ManagedLoginVersion | None = None,
    ) -> None:
        with path_prefix(""):
            props = UserPoolDomainProps(
                user_pool=user_pool,
                cognito_domain=cognito_domain,  # type: ignore[arg-type]  # a dict is coerced
                custom_domain=custom_domain,  # type: ignore[arg-type]  # a dict is coerced
                managed_login_version=managed_login_version,
            )
        create_resource(self, scope, id)
        properties = render_domain_properties(props)
        if properties["Domain"] is None:
            # The reference's L1 refuses a domain it was not given (an empty prefix), naming itself.
            raise RuntimeError(
                f"{self.node.path}/Resource [{DOMAIN_TYPE}] is missing required property: domain"
            )
        report(self, check_domain(properties, _prop_paths(props), context=self._rule_context(properties)))
        self._resource = emit_cfn_resource(self, DOMAIN_TYPE, properties)
        self._is_cognito_domain = props.cognito_domain is not None
        self._domain_name: str | None = None
        self._scope_stack = scope if isinstance(scope, core.Stack) else None
        self._region: str | None = None
        self._cloud_front_domain_name: str | None = None
        self._cloud_front_endpoint: str | None = None

    def _rule_context(self, properties: Mapping[str, Any]) -> PoolRuleContext | None:
        """The stack's region, for the certificate rule (D5).

        Read (a round trip) only when it can matter: a literal certificate ARN outside us-east-1,
        which is an error unless the stack is in another partition.
        """
        arn = (properties.get("CustomDomainConfig") or {}).get("CertificateArn")
        if not isinstance(arn, str) or is_unresolved(arn):
            return None
        parts = arn.split(":")
        if len(parts) < 4 or parts[3] in ("", "us-east-1"):
            return None
        return PoolRuleContext(region=jsii.get(jsii.sinvoke(core.Stack, "of", [self]), "region"))

    @staticmethod
    def from_domain_name(scope: core.Construct, id: str, user_pool_domain_name: str) -> IUserPoolDomain:
        """Import a user pool domain given its domain name."""
        check_str(
            user_pool_domain_name, "UserPoolDomain.from_domain_name(user_pool_domain_name)", required=True
        )
        with method_errors():
            return _ImportedUserPoolDomain(scope, id, user_pool_domain_name)

    @property
    def domain_name(self) -> str:
        """The domain (a reference to the ``AWS::Cognito::UserPoolDomain``).

        For a custom domain, the full domain name; for a Cognito domain, the prefix of the hosted domain.
        """
        if self._domain_name is None:
            self._domain_name = self._resource.ref
        return self._domain_name

    @property
    def cloud_front_domain_name(self) -> str:
        """The domain name of the CloudFront distribution associated with the domain.

        As in the reference, the first read adds an ``AwsCustomResource`` (id ``CloudFrontDomainName``)
        that calls ``DescribeUserPoolDomain`` at deploy time. That construct comes from
        ``aws-cdk.custom-resources`` (``pip install "cdk-cognito[custom-resources]"``); without it this
        raises :class:`CloudFrontDomainNameUnavailableError`. :attr:`cloud_front_endpoint` gives the same
        name with no custom resource.
        """
        if self._cloud_front_domain_name is None:
            self._cloud_front_domain_name = _describe_cloud_front_distribution(self, self.domain_name)
        return self._cloud_front_domain_name

    @property
    def cloud_front_endpoint(self) -> str:
        """The domain name of the CloudFront distribution associated with the domain (aws-cdk-lib v2).

        The domain's ``CloudFrontDistribution`` attribute (``Fn::GetAtt``): no custom resource.
        """
        if self._cloud_front_endpoint is None:
            self._cloud_front_endpoint = core.Token.as_string(
                self._resource.get_att("CloudFrontDistribution")
            )
        return self._cloud_front_endpoint

    def base_url(self, *, fips: bool | None = None) -> str:
        """The URL of the hosted UI of this domain.

        :param fips: Whether to return the FIPS-compliant endpoint. Default: the standard URL
        """
        with path_prefix("UserPoolDomain.base_url"):
            options = BaseUrlOptions(fips=fips)
        return self._base_url(bool(options.fips))

    def _base_url(self, fips: bool) -> str:
        if not self._is_cognito_domain:
            return f"https://{self.domain_name}"
        if self._region is None:
            # Stack.of(self) is the scope when that is a stack: one round trip instead of two.
            stack = self._scope_stack if self._scope_stack is not None else core.Stack.of(self)
            self._region = stack.region
        auth = "auth-fips" if fips else "auth"
        return f"https://{self.domain_name}.{auth}.{self._region}.amazoncognito.com"

    def sign_in_url(
        self,
        client: Any,
        *,
        redirect_uri: str,
        sign_in_path: str | None = None,
        fips: bool | None = None,
    ) -> str:
        """The URL of the sign-in page of this domain for ``client``.

        :param client: The app client the sign-in page works with: a ``cdk_cognito.UserPoolClient``
            or an ``aws_cdk.aws_cognito.UserPoolClient``.
        :param redirect_uri: Where to redirect to after sign-in.
        :param sign_in_path: The path of the sign-in page. Default: '/login'
        :param fips: Whether to use the FIPS-compliant endpoint. Default: the standard URL
        """
        kind = type(client)
        if not all(
            hasattr(kind, name) or hasattr(client, name) for name in ("o_auth_flows", "user_pool_client_id")
        ):
            fail(
                "UserPoolDomain.sign_in_url(client)",
                "a UserPoolClient (an object with o_auth_flows and user_pool_client_id)",
                client,
            )
        with path_prefix("UserPoolDomain.sign_in_url"):
            options = SignInUrlOptions(redirect_uri=redirect_uri, sign_in_path=sign_in_path, fips=fips)
        flows: OAuthFlows = client.o_auth_flows
        if flows.authorization_code_grant:
            response_type = "code"
        elif flows.implicit_code_grant:
            response_type = "token"
        else:
            raise RuntimeError(_NO_SIGN_IN_FLOW)
        path = "/login" if options.sign_in_path is None else options.sign_in_path
        return (
            f"{self._base_url(bool(options.fips))}{path}?client_id={client.user_pool_client_id}"
            f"&response_type={response_type}&redirect_uri={options.redirect_uri}"
        )


class _ImportedUserPoolDomain(core.Resource):
    def __init__(self, scope: core.Construct, id: str, domain_name: str) -> None:
        create_resource(self, scope, id)
        self._domain_name = domain_name

    @property
    def domain_name(self) -> str:
        """The domain name."""
        return self._domain_name


def _describe_cloud_front_distribution(domain: UserPoolDomain, domain_name: str) -> str:
    """Add the reference's ``AwsCustomResource`` to ``domain``; return its CloudFront distribution field."""
    try:
        # Through sys.modules (``from aws_cdk import ...`` would take a loaded module's attribute).
        custom_resources = importlib.import_module("aws_cdk.custom_resources")
    except ImportError as error:
        raise CloudFrontDomainNameUnavailableError(
            "UserPoolDomain.cloud_front_domain_name needs the aws-cdk.custom-resources package: install "
            f'cdk-cognito with its "{CUSTOM_RESOURCES_EXTRA}" extra (pip install '
            f'"cdk-cognito[{CUSTOM_RESOURCES_EXTRA}]"), or use cloud_front_endpoint, which needs no custom '
            "resource"
        ) from error
    physical_id = jsii.sinvoke(custom_resources.PhysicalResourceId, "of", [domain_name])
    policy = jsii.sinvoke(custom_resources.AwsCustomResourcePolicy, "fromSdkCalls", [{"resources": ["*"]}])
    # The calls go as plain maps: jsii's struct classes would send their members in their declaration
    # order (action before service), and the call is rendered into the template as JSON, in the order
    # the reference writes it.
    sdk_call = {
        "service": "CognitoIdentityServiceProvider",
        "action": "describeUserPoolDomain",
        "parameters": {"Domain": domain_name},
        "physicalResourceId": physical_id,
    }
    resource = custom_resources.AwsCustomResource.__new__(custom_resources.AwsCustomResource)
    with method_errors():
        jsii.create(
            custom_resources.AwsCustomResource,
            resource,
            [
                domain,
                "CloudFrontDomainName",
                {
                    "resourceType": "Custom::UserPoolCloudFrontDomainName",
                    "onCreate": sdk_call,
                    "onUpdate": sdk_call,
                    "policy": policy,
                },
            ],
        )
    field: str = jsii.invoke(resource, "getResponseField", ["DomainDescription.CloudFrontDistribution"])
    return field
