"""UserPoolDomain: templates, attributes, URLs, the CloudFront custom resource and every error."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from typing import Any

import pytest
from aws_cdk import assertions, core
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_cognito as ref

import cdk_cognito as cognito
from _support import POOL_ID, make_stack, make_validating_stack, new_validating_stack
from cdk_cognito import (
    BaseUrlOptions,
    CloudFrontDomainNameUnavailableError,
    CognitoDomainOptions,
    CustomDomainOptions,
    ManagedLoginVersion,
    SignInUrlOptions,
    UserPoolDomain,
    UserPoolDomainOptions,
    UserPoolDomainProps,
)

DOMAIN_TYPE = "AWS::Cognito::UserPoolDomain"
CERT_ARN = "arn:aws:acm:us-east-1:123456789012:certificate/abc"
ONE_DOMAIN = "One of, and only one of, cognitoDomain or customDomain must be specified"
BAD_PREFIX = "domainPrefix for cognitoDomain can contain only lowercase alphabets, numbers and hyphens"
NO_SIGN_IN_FLOW = (
    "Error: signInUrl is not supported for clients without authorizationCodeGrant or implicitCodeGrant "
    "flow enabled"
)


class PlainCertificate:
    """Not a jsii object: only what the domain reads."""

    def __init__(self, arn: Any) -> None:
        self.certificate_arn = arn


def domain_resources(stack: core.Stack) -> list[dict[str, Any]]:
    return list(assertions.Template.from_stack(stack).find_resources(DOMAIN_TYPE).values())


def domain_properties(stack: core.Stack) -> dict[str, Any]:
    (resource,) = domain_resources(stack)
    properties: dict[str, Any] = resource["Properties"]
    return properties


def resolved(stack: core.Stack, value: Any) -> Any:
    return stack.resolve(value)


def cognito_domain(prefix: str = "my-app", **kwargs: Any) -> tuple[core.Stack, UserPoolDomain]:
    stack, pool = make_validating_stack()
    domain = UserPoolDomain(
        stack, "Domain", user_pool=pool, cognito_domain=CognitoDomainOptions(domain_prefix=prefix), **kwargs
    )
    return stack, domain


def custom_domain(
    name: str = "auth.example.com", certificate: Any = None
) -> tuple[core.Stack, UserPoolDomain]:
    stack, pool = make_validating_stack()
    certificate = PlainCertificate(CERT_ARN) if certificate is None else certificate
    domain = UserPoolDomain(
        stack,
        "Domain",
        user_pool=pool,
        custom_domain=CustomDomainOptions(domain_name=name, certificate=certificate),
    )
    return stack, domain


def client_with(stack: core.Stack, lib: Any = cognito, **flows: bool) -> Any:
    pool = lib.UserPool.from_user_pool_id(stack, "ClientPool", POOL_ID)
    kwargs: dict[str, Any] = {}
    if flows:
        kwargs["o_auth"] = {"flows": flows}
        if flows.get("client_credentials"):
            # Cognito grants this flow custom scopes only (the synth-time rules say so).
            kwargs["o_auth"]["scopes"] = [lib.OAuthScope.custom("api/read")]
            kwargs["generate_secret"] = True
    return lib.UserPoolClient(stack, "Client", user_pool=pool, **kwargs)


# --------------------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------------------


def test_cognito_domain_template() -> None:
    stack, _ = cognito_domain()
    (resource,) = domain_resources(stack)
    assert resource == {"Type": DOMAIN_TYPE, "Properties": {"Domain": "my-app", "UserPoolId": POOL_ID}}
    assert list(resource["Properties"]) == ["Domain", "UserPoolId"]


def test_custom_domain_template_in_l1_key_order() -> None:
    stack, _ = custom_domain()
    properties = domain_properties(stack)
    assert properties == {
        "Domain": "auth.example.com",
        "UserPoolId": POOL_ID,
        "CustomDomainConfig": {"CertificateArn": CERT_ARN},
    }
    assert list(properties) == ["Domain", "UserPoolId", "CustomDomainConfig"]


def test_custom_domain_with_an_acm_certificate() -> None:
    stack, pool = make_validating_stack()
    certificate = acm.Certificate(stack, "Cert", domain_name="auth.example.com")
    UserPoolDomain(
        stack,
        "Domain",
        user_pool=pool,
        custom_domain={"domain_name": "auth.example.com", "certificate": certificate},
    )
    (logical_id,) = assertions.Template.from_stack(stack).find_resources(
        "AWS::CertificateManager::Certificate"
    )
    assert domain_properties(stack)["CustomDomainConfig"] == {"CertificateArn": {"Ref": logical_id}}


def test_imported_acm_certificate_and_token_values() -> None:
    stack, pool = make_validating_stack()
    certificate = acm.Certificate.from_certificate_arn(stack, "Cert", CERT_ARN)
    UserPoolDomain(
        stack,
        "Domain",
        user_pool=pool,
        custom_domain=CustomDomainOptions(
            domain_name=f"auth.{core.Aws.ACCOUNT_ID}.example", certificate=certificate
        ),
    )
    assert domain_properties(stack) == {
        "Domain": {"Fn::Join": ["", ["auth.", {"Ref": "AWS::AccountId"}, ".example"]]},
        "UserPoolId": POOL_ID,
        "CustomDomainConfig": {"CertificateArn": CERT_ARN},
    }


def test_token_prefix_is_not_checked() -> None:
    stack, _ = cognito_domain(f"UPPER{core.Aws.ACCOUNT_ID}")
    assert domain_properties(stack)["Domain"] == {"Fn::Join": ["", ["UPPER", {"Ref": "AWS::AccountId"}]]}


def test_empty_custom_domain_name_is_rendered() -> None:
    # Cognito refuses it at deploy time: the synth-time rules are off here.
    stack, pool = make_stack()
    UserPoolDomain(
        stack,
        "Domain",
        user_pool=pool,
        custom_domain={"domain_name": "", "certificate": PlainCertificate(CERT_ARN)},
    )
    assert domain_properties(stack)["Domain"] == ""


def test_dict_structs_are_accepted_and_not_mutated() -> None:
    stack, pool = make_validating_stack()
    given = {"domain_prefix": "abc"}
    UserPoolDomain(stack, "Domain", user_pool=pool, cognito_domain=given)
    assert given == {"domain_prefix": "abc"}
    assert domain_properties(stack)["Domain"] == "abc"


@pytest.mark.parametrize(
    ("version", "number"),
    [(ManagedLoginVersion.CLASSIC_HOSTED_UI, 1), (ManagedLoginVersion.NEWER_MANAGED_LOGIN, 2)],
)
def test_managed_login_version(version: ManagedLoginVersion, number: int) -> None:
    stack, pool = make_validating_stack()
    UserPoolDomain(
        stack,
        "Domain",
        user_pool=pool,
        custom_domain={"domain_name": "a.example.com", "certificate": PlainCertificate(CERT_ARN)},
        managed_login_version=version,
    )
    properties = domain_properties(stack)
    assert properties["ManagedLoginVersion"] == number
    assert list(properties) == ["Domain", "UserPoolId", "CustomDomainConfig", "ManagedLoginVersion"]


def test_managed_login_version_lands_where_the_references_escape_hatch_puts_it() -> None:
    ours_stack, _ = cognito_domain(managed_login_version=ManagedLoginVersion.NEWER_MANAGED_LOGIN)
    ref_stack = new_validating_stack()
    pool = ref.UserPool.from_user_pool_id(ref_stack, "Pool", POOL_ID)
    domain = ref.UserPoolDomain(
        ref_stack, "Domain", user_pool=pool, cognito_domain={"domain_prefix": "my-app"}
    )
    domain.node.default_child.add_property_override("ManagedLoginVersion", 2)  # type: ignore[union-attr]
    assert json.dumps(domain_properties(ours_stack)) == json.dumps(domain_properties(ref_stack))


def test_jsii_user_pool_is_accepted() -> None:
    stack = new_validating_stack()
    pool = ref.UserPool(stack, "Pool")
    UserPoolDomain(stack, "Domain", user_pool=pool, cognito_domain={"domain_prefix": "abc"})
    (pool_id,) = assertions.Template.from_stack(stack).find_resources("AWS::Cognito::UserPool")
    assert domain_properties(stack)["UserPoolId"] == {"Ref": pool_id}


class PoolWithAnIdOnly:
    """An app's own pool object: a domain reads nothing but its id."""

    def __init__(self, pool_id: Any) -> None:
        self.user_pool_id = pool_id


class PoolWithAnIdProperty:
    """The id declared on the class, as the library's pools (and jsii's) declare it."""

    @property
    def user_pool_id(self) -> str:
        return f"{core.Aws.REGION}_AbC123"


def test_any_object_with_a_user_pool_id_is_a_pool() -> None:
    stack = new_validating_stack()
    UserPoolDomain(stack, "A", user_pool=PoolWithAnIdOnly(POOL_ID), cognito_domain={"domain_prefix": "a"})
    UserPoolDomain(stack, "B", user_pool=PoolWithAnIdProperty(), cognito_domain={"domain_prefix": "b"})
    a, b = domain_resources(stack)
    assert a["Properties"] == {"Domain": "a", "UserPoolId": POOL_ID}
    assert b["Properties"] == {
        "Domain": "b",
        "UserPoolId": {"Fn::Join": ["", [{"Ref": "AWS::Region"}, "_AbC123"]]},
    }


def test_a_pool_without_a_user_pool_id_is_refused() -> None:
    stack = new_validating_stack()
    with pytest.raises(TypeError, match=r"^user_pool: expected an IUserPool \(an object with user_pool_id\)"):
        UserPoolDomain(stack, "Domain", user_pool=object(), cognito_domain={"domain_prefix": "a"})
    with pytest.raises(TypeError, match=r"^user_pool.user_pool_id: expected str; got int"):
        UserPoolDomain(stack, "Other", user_pool=PoolWithAnIdOnly(5), cognito_domain={"domain_prefix": "a"})
    with pytest.raises(AssertionError, match=r"^user_pool.user_pool_id: a value is required"):
        UserPoolDomain(
            stack, "Third", user_pool=PoolWithAnIdOnly(None), cognito_domain={"domain_prefix": "a"}
        )


def test_a_domain_scoped_under_its_pool_as_add_domain_makes_it() -> None:
    """``UserPool.add_domain(id, **options)`` builds ``UserPoolDomain(pool, id, user_pool=pool, ...)``."""
    stack = new_validating_stack(env=core.Environment(region="eu-west-1"))
    pool = cognito.UserPool.from_user_pool_id(stack, "Pool", POOL_ID)
    domain = UserPoolDomain(pool, "Domain", user_pool=pool, cognito_domain={"domain_prefix": "abc"})
    ref_stack = new_validating_stack(env=core.Environment(region="eu-west-1"))
    ref_pool = ref.UserPool.from_user_pool_id(ref_stack, "Pool", POOL_ID)
    ref_domain = ref_pool.add_domain("Domain", cognito_domain={"domain_prefix": "abc"})
    template = assertions.Template.from_stack(stack).to_json()
    assert json.dumps(template) == json.dumps(assertions.Template.from_stack(ref_stack).to_json())
    assert domain.node.path == ref_domain.node.path == "Stack/Pool/Domain"
    assert stack.resolve(domain.base_url(fips=True)) == ref_stack.resolve(ref_domain.base_url(fips=True))


def test_default_child_is_the_emitted_resource() -> None:
    stack, domain = cognito_domain()
    child = domain.node.default_child
    assert isinstance(child, core.CfnResource)
    assert resolved(stack, child.ref) == resolved(stack, domain.domain_name)


def test_validation_modes_render_the_same_template() -> None:
    templates = []
    for mode in ("error", "warn", "off"):
        stack = core.Stack(core.App(context={cognito.VALIDATION_CONTEXT_KEY: mode}), "Stack")
        pool = cognito.UserPool.from_user_pool_id(stack, "Pool", POOL_ID)
        UserPoolDomain(stack, "Domain", user_pool=pool, cognito_domain={"domain_prefix": "abc"})
        templates.append(json.dumps(assertions.Template.from_stack(stack).to_json()))
    assert templates[0] == templates[1] == templates[2]


# --------------------------------------------------------------------------------------------------
# Attributes and URLs
# --------------------------------------------------------------------------------------------------


def test_domain_name_is_the_resource_ref() -> None:
    stack, domain = cognito_domain()
    (logical_id,) = assertions.Template.from_stack(stack).find_resources(DOMAIN_TYPE)
    assert resolved(stack, domain.domain_name) == {"Ref": logical_id}
    assert domain.domain_name is domain.domain_name


def test_base_url_of_an_env_agnostic_stack() -> None:
    stack, domain = cognito_domain()
    (logical_id,) = assertions.Template.from_stack(stack).find_resources(DOMAIN_TYPE)
    for fips, auth in ((None, ".auth."), (False, ".auth."), (True, ".auth-fips.")):
        assert resolved(stack, domain.base_url(fips=fips)) == {
            "Fn::Join": [
                "",
                ["https://", {"Ref": logical_id}, auth, {"Ref": "AWS::Region"}, ".amazoncognito.com"],
            ]
        }


@pytest.mark.parametrize("region", ["us-east-1", "eu-west-1", "cn-north-1", "us-gov-west-1"])
def test_base_url_of_a_regional_stack(region: str) -> None:
    stack = new_validating_stack(env=core.Environment(region=region))
    pool = cognito.UserPool.from_user_pool_id(stack, "Pool", POOL_ID)
    domain = UserPoolDomain(stack, "Domain", user_pool=pool, cognito_domain={"domain_prefix": "abc"})
    (logical_id,) = assertions.Template.from_stack(stack).find_resources(DOMAIN_TYPE)
    assert resolved(stack, domain.base_url(fips=True)) == {
        "Fn::Join": ["", ["https://", {"Ref": logical_id}, f".auth-fips.{region}.amazoncognito.com"]]
    }


def test_base_url_of_a_custom_domain_ignores_fips() -> None:
    stack, domain = custom_domain()
    (logical_id,) = assertions.Template.from_stack(stack).find_resources(DOMAIN_TYPE)
    expected = {"Fn::Join": ["", ["https://", {"Ref": logical_id}]]}
    assert resolved(stack, domain.base_url()) == expected
    assert resolved(stack, domain.base_url(fips=True)) == expected


def sign_in_url_of(stack: core.Stack, url: str) -> str:
    """The URL with the domain and client references written as <Ref:logical id>."""
    parts = resolved(stack, url)["Fn::Join"][1]
    return "".join(part if isinstance(part, str) else f"<{part['Ref']}>" for part in parts)


@pytest.mark.parametrize(
    ("flows", "response_type"),
    [
        ({}, "code"),
        ({"authorization_code_grant": True}, "code"),
        ({"implicit_code_grant": True}, "token"),
        ({"authorization_code_grant": True, "implicit_code_grant": True}, "code"),
    ],
)
@pytest.mark.parametrize("lib", [cognito, ref], ids=["ours", "jsii"])
def test_sign_in_url(flows: dict[str, bool], response_type: str, lib: Any) -> None:
    stack, domain = cognito_domain()
    client = client_with(stack, lib, **flows)
    template = assertions.Template.from_stack(stack)
    (domain_id,) = template.find_resources(DOMAIN_TYPE)
    (client_id,) = template.find_resources("AWS::Cognito::UserPoolClient")
    url = domain.sign_in_url(client, redirect_uri="https://app.example/cb")
    assert sign_in_url_of(stack, url) == (
        f"https://<{domain_id}>.auth.<AWS::Region>.amazoncognito.com/login?client_id=<{client_id}>"
        f"&response_type={response_type}&redirect_uri=https://app.example/cb"
    )


def test_sign_in_url_with_path_and_fips() -> None:
    stack, domain = custom_domain()
    client = client_with(stack)
    template = assertions.Template.from_stack(stack)
    (domain_id,) = template.find_resources(DOMAIN_TYPE)
    (client_id,) = template.find_resources("AWS::Cognito::UserPoolClient")
    url = domain.sign_in_url(client, redirect_uri="myapp://cb", sign_in_path="/oauth2/authorize", fips=True)
    assert sign_in_url_of(stack, url) == (
        f"https://<{domain_id}>/oauth2/authorize?client_id=<{client_id}>&response_type=code&redirect_uri=myapp://cb"
    )
    # An empty path is kept (only None means the default).
    empty = domain.sign_in_url(client, redirect_uri="x", sign_in_path="")
    assert sign_in_url_of(stack, empty).startswith(f"https://<{domain_id}>?client_id=")


@pytest.mark.parametrize("lib", [cognito, ref], ids=["ours", "jsii"])
def test_sign_in_url_refuses_a_client_credentials_client(lib: Any) -> None:
    stack, domain = cognito_domain()
    client = client_with(stack, lib, client_credentials=True)
    with pytest.raises(RuntimeError) as raised:
        domain.sign_in_url(client, redirect_uri="https://x")
    assert str(raised.value) == NO_SIGN_IN_FLOW


def test_sign_in_url_refuses_a_client_with_flows_all_off() -> None:
    # Cognito refuses such a client (tests/test_rules.py), so the rules are off here.
    stack, pool = make_stack()
    domain = UserPoolDomain(stack, "Domain", user_pool=pool, cognito_domain={"domain_prefix": "abc"})
    client = client_with(stack, authorization_code_grant=False, implicit_code_grant=False)
    with pytest.raises(RuntimeError) as raised:
        domain.sign_in_url(client, redirect_uri="https://x")
    assert str(raised.value) == NO_SIGN_IN_FLOW


def test_from_domain_name() -> None:
    stack = new_validating_stack()
    imported = UserPoolDomain.from_domain_name(stack, "Imported", "my-domain")
    assert imported.domain_name == "my-domain"
    assert isinstance(imported, core.Resource)
    assert imported.node.path == "Stack/Imported"  # type: ignore[attr-defined]
    assert domain_resources(stack) == []


def test_cloud_front_endpoint_is_the_domains_attribute() -> None:
    stack, domain = cognito_domain()
    (logical_id,) = assertions.Template.from_stack(stack).find_resources(DOMAIN_TYPE)
    assert resolved(stack, domain.cloud_front_endpoint) == {
        "Fn::GetAtt": [logical_id, "CloudFrontDistribution"]
    }
    assert domain.cloud_front_endpoint is domain.cloud_front_endpoint


# --------------------------------------------------------------------------------------------------
# cloud_front_domain_name
# --------------------------------------------------------------------------------------------------


def test_cloud_front_domain_name_adds_one_custom_resource() -> None:
    stack, domain = cognito_domain()
    first, second = domain.cloud_front_domain_name, domain.cloud_front_domain_name
    template = assertions.Template.from_stack(stack)
    custom = template.find_resources("Custom::UserPoolCloudFrontDomainName")
    (domain_id,) = template.find_resources(DOMAIN_TYPE)
    assert len(custom) == 1
    ((custom_id, resource),) = custom.items()
    assert custom_id.startswith("DomainCloudFrontDomainName")
    assert resolved(stack, first) == resolved(stack, second)
    assert resolved(stack, first) == {"Fn::GetAtt": [custom_id, "DomainDescription.CloudFrontDistribution"]}
    call = {
        "Fn::Join": [
            "",
            [
                '{"service":"CognitoIdentityServiceProvider","action":"describeUserPoolDomain",'
                '"parameters":{"Domain":"',
                {"Ref": domain_id},
                '"},"physicalResourceId":{"id":"',
                {"Ref": domain_id},
                '"}}',
            ],
        ]
    }
    assert resource["Properties"]["Create"] == call
    assert resource["Properties"]["Update"] == call
    assert resource["Properties"]["InstallLatestAwsSdk"] is True
    policies = template.find_resources("AWS::IAM::Policy")
    ((_, policy),) = policies.items()
    assert policy["Properties"]["PolicyDocument"]["Statement"] == [
        {"Action": "cognito-idp:DescribeUserPoolDomain", "Effect": "Allow", "Resource": "*"}
    ]


def test_cloud_front_domain_name_without_custom_resources(monkeypatch: pytest.MonkeyPatch) -> None:
    stack, domain = cognito_domain()
    monkeypatch.setitem(sys.modules, "aws_cdk.custom_resources", None)
    with pytest.raises(CloudFrontDomainNameUnavailableError) as raised:
        _ = domain.cloud_front_domain_name
    assert isinstance(raised.value, RuntimeError)
    assert isinstance(raised.value, ImportError)
    assert "cdk-cognito[custom-resources]" in str(raised.value)
    assert "cloud_front_endpoint" in str(raised.value)
    assert assertions.Template.from_stack(stack).find_resources("Custom::UserPoolCloudFrontDomainName") == {}
    monkeypatch.delitem(sys.modules, "aws_cdk.custom_resources")
    # Once the package is there, the same domain gets its custom resource.
    assert resolved(stack, domain.cloud_front_domain_name)["Fn::GetAtt"][1] == (
        "DomainDescription.CloudFrontDistribution"
    )


BLOCKED_IMPORT = textwrap.dedent(
    """
    import importlib.abc, json, sys

    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name == "aws_cdk.custom_resources" or name.startswith("aws_cdk.custom_resources."):
                raise ModuleNotFoundError(f"No module named {name!r}")
            return None

    sys.meta_path.insert(0, Block())
    from aws_cdk import core
    import cdk_cognito as cognito

    stack = core.Stack(core.App(), "S")
    pool = cognito.UserPool.from_user_pool_id(stack, "Pool", "us-east-1_AbC123")
    domain = cognito.UserPoolDomain(stack, "Domain", user_pool=pool, cognito_domain={"domain_prefix": "abc"})
    try:
        domain.cloud_front_domain_name
    except cognito.CloudFrontDomainNameUnavailableError as error:
        result = {"error": str(error), "loaded": "aws_cdk.custom_resources" in sys.modules}
    print(json.dumps(result))
    """
)


def test_cloud_front_domain_name_when_the_package_is_not_installed() -> None:
    completed = subprocess.run(
        [sys.executable, "-c", BLOCKED_IMPORT],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        env={**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "14,16,18,20,22,24,26"},
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    assert result["loaded"] is False
    assert result["error"].startswith(
        "UserPoolDomain.cloud_front_domain_name needs the aws-cdk.custom-resources"
    )


# --------------------------------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {
            "cognito_domain": {"domain_prefix": "abc"},
            "custom_domain": {"domain_name": "a.example.com", "certificate": PlainCertificate(CERT_ARN)},
        },
    ],
    ids=["neither", "both"],
)
def test_exactly_one_kind_of_domain(kwargs: dict[str, Any]) -> None:
    stack, pool = make_validating_stack()
    with pytest.raises(RuntimeError) as raised:
        UserPoolDomain(stack, "Domain", user_pool=pool, **kwargs)
    assert type(raised.value) is RuntimeError
    assert str(raised.value) == ONE_DOMAIN


@pytest.mark.parametrize("prefix", ["MyApp", "my_app", "my app", "abc\n", "ü", "a.b"])
def test_bad_domain_prefix(prefix: str) -> None:
    stack, pool = make_validating_stack()
    with pytest.raises(RuntimeError) as raised:
        UserPoolDomain(stack, "Domain", user_pool=pool, cognito_domain={"domain_prefix": prefix})
    assert str(raised.value) == BAD_PREFIX


def test_empty_domain_prefix_is_a_missing_domain() -> None:
    stack, pool = make_validating_stack()
    with pytest.raises(RuntimeError) as raised:
        UserPoolDomain(stack, "Domain", user_pool=pool, cognito_domain={"domain_prefix": ""})
    assert (
        str(raised.value)
        == "Stack/Domain/Resource [AWS::Cognito::UserPoolDomain] is missing required property: domain"
    )


def test_duplicate_id_comes_before_the_domain_checks() -> None:
    stack, pool = make_validating_stack()
    UserPoolDomain(stack, "Domain", user_pool=pool, cognito_domain={"domain_prefix": "abc"})
    with pytest.raises(RuntimeError) as raised:
        UserPoolDomain(stack, "Domain", user_pool=pool)
    assert str(raised.value).startswith("There is already a Construct with name 'Domain'")


def test_from_domain_name_errors() -> None:
    stack = new_validating_stack()
    UserPoolDomain.from_domain_name(stack, "Imported", "a")
    with pytest.raises(RuntimeError) as raised:
        UserPoolDomain.from_domain_name(stack, "Imported", "b")
    assert str(raised.value).startswith("Error: There is already a Construct with name 'Imported'")
    with pytest.raises(TypeError, match=r"from_domain_name\(user_pool_domain_name\): expected str; got int"):
        UserPoolDomain.from_domain_name(stack, "Other", 5)  # type: ignore[arg-type]
    with pytest.raises(AssertionError, match="a value is required"):
        UserPoolDomain.from_domain_name(stack, "Other", None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"user_pool": None}, AssertionError, r"^user_pool: a value is required"),
        ({"user_pool": "us-east-1_AbC123"}, RuntimeError, r"^user_pool: expected an IUserPool"),
        ({"cognito_domain": "abc"}, TypeError, r"^cognito_domain: expected CognitoDomainOptions, a dict"),
        (
            {"cognito_domain": {"domain_prefix": 5}},
            TypeError,
            r"^cognito_domain.domain_prefix: expected str; got int",
        ),
        (
            {"cognito_domain": {"domain_prefix": None}},
            AssertionError,
            r"^cognito_domain.domain_prefix: a value",
        ),
        ({"cognito_domain": {}}, TypeError, r"missing 1 required keyword-only argument: 'domain_prefix'"),
        (
            {"cognito_domain": {"domainPrefix": "a"}},
            TypeError,
            r"^cognito_domain: unexpected key\(s\) 'domainPrefix'",
        ),
        (
            {"custom_domain": {"domain_name": "a.com"}},
            TypeError,
            r"required keyword-only argument: 'certificate'",
        ),
        (
            {"custom_domain": {"domain_name": "a.com", "certificate": None}},
            AssertionError,
            r"^custom_domain.certificate: a value is required",
        ),
        (
            {"custom_domain": {"domain_name": "a.com", "certificate": CERT_ARN}},
            RuntimeError,
            r"^custom_domain.certificate: expected an ICertificate",
        ),
        (
            {"custom_domain": {"domain_name": 5, "certificate": PlainCertificate(CERT_ARN)}},
            TypeError,
            r"^custom_domain.domain_name: expected str; got int",
        ),
        (
            {"custom_domain": {"domain_name": "a.com", "certificate": PlainCertificate(5)}},
            TypeError,
            r"^custom_domain.certificate.certificate_arn: expected str; got int",
        ),
        (
            {"cognito_domain": {"domain_prefix": "a"}, "managed_login_version": 2},
            TypeError,
            r"^managed_login_version: expected ManagedLoginVersion or None; got int",
        ),
    ],
)
def test_type_errors_name_the_argument(kwargs: dict[str, Any], error: type[Exception], message: str) -> None:
    stack, pool = make_validating_stack()
    arguments = {"user_pool": pool, **kwargs}
    with pytest.raises(TypeError, match=message) as raised:
        UserPoolDomain(stack, "Domain", **arguments)
    assert isinstance(raised.value, error)


def test_type_errors_of_the_url_methods() -> None:
    stack, domain = cognito_domain()
    client = client_with(stack)
    with pytest.raises(TypeError, match=r"^UserPoolDomain.base_url.fips: expected bool or None; got str"):
        domain.base_url(fips="yes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^UserPoolDomain.sign_in_url.redirect_uri: a value is required"):
        domain.sign_in_url(client, redirect_uri=None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^UserPoolDomain.sign_in_url.sign_in_path: expected str or None"):
        domain.sign_in_url(client, redirect_uri="x", sign_in_path=5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^UserPoolDomain.sign_in_url.fips: expected bool or None; got int"):
        domain.sign_in_url(client, redirect_uri="x", fips=1)  # type: ignore[arg-type]
    imported = cognito.UserPoolClient.from_user_pool_client_id(stack, "Imported", "abc")
    with pytest.raises(TypeError, match=r"^UserPoolDomain.sign_in_url\(client\): expected a UserPoolClient"):
        domain.sign_in_url(imported, redirect_uri="x")


def test_structs() -> None:
    assert repr(CognitoDomainOptions(domain_prefix="a")) == "CognitoDomainOptions(domain_prefix='a')"
    assert SignInUrlOptions(redirect_uri="x").sign_in_path is None
    assert BaseUrlOptions().fips is None
    options = UserPoolDomainOptions(cognito_domain={"domain_prefix": "a"})  # type: ignore[arg-type]
    assert options.cognito_domain == CognitoDomainOptions(domain_prefix="a")
    with pytest.raises(TypeError, match=r"^SignInUrlOptions.redirect_uri: expected str; got int"):
        SignInUrlOptions(redirect_uri=5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^UserPoolDomainProps.user_pool: a value is required"):
        UserPoolDomainProps(user_pool=None, cognito_domain=None)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------------
# Round trips to Node
# --------------------------------------------------------------------------------------------------


@pytest.fixture
def round_trips(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every kernel request made through jsii's module-level functions, as "method target"."""
    import jsii

    calls: list[str] = []
    for name in ("create", "get", "invoke", "sinvoke", "sget"):
        original = getattr(jsii, name)

        def counting(*args: Any, _name: str = name, _original: Any = original, **kwargs: Any) -> Any:
            target = args[1] if _name != "create" else getattr(args[0], "__jsii_type__", "?")
            calls.append(f"{_name} {target}")
            return _original(*args, **kwargs)

        monkeypatch.setattr(jsii, name, counting)
    return calls


def test_round_trips_of_a_domain_and_its_urls(round_trips: list[str]) -> None:
    stack, pool = make_validating_stack()
    client = client_with(stack)
    certificate = acm.Certificate.from_certificate_arn(stack, "Cert", CERT_ARN)
    round_trips.clear()
    domain = UserPoolDomain(stack, "Domain", user_pool=pool, cognito_domain={"domain_prefix": "abc"})
    assert round_trips == ["create @aws-cdk/core.Resource", "create @aws-cdk/core.CfnResource"]
    round_trips.clear()
    domain.base_url()
    assert sorted(round_trips) == ["get ref", "get region"]
    round_trips.clear()
    domain.base_url(fips=True)
    domain.sign_in_url(client, redirect_uri="https://x")
    assert round_trips == ["get ref"]  # the client's id; the domain's and the region are cached
    round_trips.clear()
    UserPoolDomain(
        stack,
        "Custom",
        user_pool=pool,
        custom_domain={"domain_name": "a.example", "certificate": certificate},
    )
    # A jsii interface proxy would read the ARN twice per access: its delegate is read, once.
    assert round_trips.count("get certificateArn") == 1
    assert len(round_trips) == 3
