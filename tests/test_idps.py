"""The identity providers: templates (key order included), attributes, and every error branch.

Parity with the reference on random and hand-picked inputs is in tests/parity/test_idp_parity.py and,
for the aws-cdk-lib v2 props and the SAML provider, in tests/v2/test_idp_v2_parity.py.
"""

from __future__ import annotations

import json
from typing import Any

import jsii
import pytest
from aws_cdk import assertions, core
from aws_cdk import aws_cognito as reference

import cdk_cognito as cognito
from _support import POOL_ID, make_validating_stack, new_validating_stack
from cdk_cognito import (
    AttributeMapping,
    OidcAttributeRequestMethod,
    OidcEndpoints,
    ProviderAttribute,
    SigningAlgorithm,
    UserPoolIdentityProvider,
    UserPoolIdentityProviderAmazon,
    UserPoolIdentityProviderApple,
    UserPoolIdentityProviderAppleProps,
    UserPoolIdentityProviderFacebook,
    UserPoolIdentityProviderGoogle,
    UserPoolIdentityProviderGoogleProps,
    UserPoolIdentityProviderOidc,
    UserPoolIdentityProviderOidcProps,
    UserPoolIdentityProviderProps,
    UserPoolIdentityProviderSaml,
    UserPoolIdentityProviderSamlMetadata,
    UserPoolIdentityProviderSamlMetadataType,
    UserPoolIdentityProviderSamlProps,
)
from cdk_cognito._idps._saml import unique_resource_name

IDP_TYPE = "AWS::Cognito::UserPoolIdentityProvider"
GOOGLE = {"client_id": "gid", "client_secret": "gsecret"}
OIDC = {"client_id": "oid", "client_secret": "osecret", "issuer_url": "https://issuer.example.com"}
APPLE = {"client_id": "com.example", "team_id": "TEAM", "key_id": "KEY"}
ENDPOINTS = {
    "authorization": "https://a",
    "jwks_uri": "https://j",
    "token": "https://t",
    "user_info": "https://u",
}


@jsii.implements(core.IStableStringProducer)
class _Producer:
    def __init__(self, value: str) -> None:
        self.value = value

    def produce(self, context: Any = None) -> str:
        return self.value


def _lazy(value: str) -> str:
    return core.Lazy.string(_Producer(value))


METADATA = UserPoolIdentityProviderSamlMetadata.url("https://m")


def resources(stack: core.Stack, kind: str = IDP_TYPE) -> dict[str, Any]:
    found: dict[str, Any] = assertions.Template.from_stack(stack).find_resources(kind)
    return found


def only_properties(stack: core.Stack) -> dict[str, Any]:
    (resource,) = resources(stack).values()
    properties: dict[str, Any] = resource["Properties"]
    return properties


def same(actual: Any, expected: Any) -> bool:
    """Equal, key order included."""
    return json.dumps(actual) == json.dumps(expected)


# --------------------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cls", "kwargs", "name", "details"),
    [
        (
            UserPoolIdentityProviderGoogle,
            GOOGLE,
            "Google",
            {"client_id": "gid", "client_secret": "gsecret", "authorize_scopes": "profile"},
        ),
        (
            UserPoolIdentityProviderFacebook,
            {**GOOGLE, "scopes": ["public_profile", "email"], "api_version": "v17.0"},
            "Facebook",
            {
                "client_id": "gid",
                "client_secret": "gsecret",
                "authorize_scopes": "public_profile,email",
                "api_version": "v17.0",
            },
        ),
        (
            UserPoolIdentityProviderFacebook,
            GOOGLE,
            "Facebook",
            {"client_id": "gid", "client_secret": "gsecret", "authorize_scopes": "public_profile"},
        ),
        (
            UserPoolIdentityProviderAmazon,
            {**GOOGLE, "scopes": ["profile", "postal_code"]},
            "LoginWithAmazon",
            {"client_id": "gid", "client_secret": "gsecret", "authorize_scopes": "profile postal_code"},
        ),
        (
            UserPoolIdentityProviderAmazon,
            GOOGLE,
            "LoginWithAmazon",
            {"client_id": "gid", "client_secret": "gsecret", "authorize_scopes": "profile"},
        ),
        (
            UserPoolIdentityProviderApple,
            {**APPLE, "private_key": "pk"},
            "SignInWithApple",
            {
                "client_id": "com.example",
                "team_id": "TEAM",
                "key_id": "KEY",
                "private_key": "pk",
                "authorize_scopes": "name",
            },
        ),
    ],
)
def test_social_templates(cls: Any, kwargs: dict[str, Any], name: str, details: dict[str, Any]) -> None:
    stack, pool = make_validating_stack()
    cls(stack, "Idp", user_pool=pool, **kwargs)
    assert same(
        only_properties(stack),
        {"ProviderName": name, "ProviderType": name, "UserPoolId": POOL_ID, "ProviderDetails": details},
    )


def test_oidc_template_with_every_prop_in_l1_key_order() -> None:
    stack, pool = make_validating_stack()
    UserPoolIdentityProviderOidc(
        stack,
        "Oidc",
        user_pool=pool,
        **OIDC,
        name="Corp",
        scopes=["openid", "email"],
        identifiers=["corp.example.com"],
        attribute_request_method=OidcAttributeRequestMethod.POST,
        endpoints=ENDPOINTS,
        attribute_mapping={"email": ProviderAttribute.other("mail")},
    )
    assert same(
        only_properties(stack),
        {
            "ProviderName": "Corp",
            "ProviderType": "OIDC",
            "UserPoolId": POOL_ID,
            "AttributeMapping": {"email": "mail"},
            "IdpIdentifiers": ["corp.example.com"],
            "ProviderDetails": {
                "client_id": "oid",
                "client_secret": "osecret",
                "authorize_scopes": "openid email",
                "attributes_request_method": "POST",
                "oidc_issuer": "https://issuer.example.com",
                "authorize_url": "https://a",
                "token_url": "https://t",
                "attributes_url": "https://u",
                "jwks_uri": "https://j",
            },
        },
    )


def test_oidc_defaults_and_empty_identifiers() -> None:
    stack, pool = make_validating_stack()
    UserPoolIdentityProviderOidc(stack, "Oidc", user_pool=pool, **OIDC, identifiers=[])
    properties = only_properties(stack)
    assert properties["ProviderName"].startswith("StackOidc")
    assert properties["IdpIdentifiers"] == []
    assert same(
        properties["ProviderDetails"],
        {
            "client_id": "oid",
            "client_secret": "osecret",
            "authorize_scopes": "openid",
            "attributes_request_method": "GET",
            "oidc_issuer": "https://issuer.example.com",
        },
    )


@pytest.mark.parametrize(
    ("scope_ids", "expected"),
    [
        # A unique id shorter than 3 characters gets "oidc" appended: "Default" is left out of it.
        (["Default"], "Soidc"),
        (["Oidc"], "SOidc" + "{hash}"),
        # Longer than 32: its first and last 16 characters.
        (["Group", "ProviderWithAVeryLongConstructId"], "{first16}{last16}"),
    ],
)
def test_oidc_default_names(scope_ids: list[str], expected: str) -> None:
    stack = core.Stack(core.App(), "S")
    pool = cognito.UserPool.from_user_pool_id(stack, "Pool", POOL_ID)
    scope: core.Construct = stack
    for scope_id in scope_ids[:-1]:
        scope = core.Construct(scope, scope_id)
    provider = UserPoolIdentityProviderOidc(scope, scope_ids[-1], user_pool=pool, **OIDC)
    unique_id = core.Names.unique_id(provider)
    name = only_properties(stack)["ProviderName"]
    expected = expected.format(hash=unique_id[-8:], first16=unique_id[:16], last16=unique_id[-16:])
    assert name == expected
    assert 3 <= len(name) <= 32


def test_attribute_mapping_order_custom_entries_and_indices() -> None:
    stack, pool = make_validating_stack()
    UserPoolIdentityProviderGoogle(
        stack,
        "Google",
        user_pool=pool,
        **GOOGLE,
        attribute_mapping={
            "website": ProviderAttribute.other("w"),
            "custom": {
                "zz": ProviderAttribute.other("z"),
                "10": ProviderAttribute.other("ten"),
                "email": ProviderAttribute.other("mail"),
                "2": ProviderAttribute.other("two"),
            },
            "fullname": ProviderAttribute.GOOGLE_NAME,
            "email": ProviderAttribute.GOOGLE_EMAIL,
            "timezone": ProviderAttribute.other("tz"),
            "last_update_time": ProviderAttribute.other("u"),
        },
    )
    # Standard fields in their (sorted) order, custom entries after them, a custom entry for a mapped
    # attribute in that attribute's place, and array-index keys first, as JavaScript lists them.
    assert same(
        only_properties(stack)["AttributeMapping"],
        {
            "2": "two",
            "10": "ten",
            "email": "mail",
            "name": "name",
            "updated_at": "u",
            "zoneinfo": "tz",
            "website": "w",
            "zz": "z",
        },
    )


@pytest.mark.parametrize("mapping", [{}, AttributeMapping(), {"custom": {}}, AttributeMapping(custom={})])
def test_an_empty_mapping_renders_no_attribute_mapping(mapping: Any) -> None:
    stack, pool = make_validating_stack()
    UserPoolIdentityProviderGoogle(stack, "Google", user_pool=pool, **GOOGLE, attribute_mapping=mapping)
    assert "AttributeMapping" not in only_properties(stack)


def test_every_standard_field_maps_onto_its_attribute() -> None:
    names = {
        "address": "address",
        "birthdate": "birthdate",
        "email": "email",
        "email_verified": "email_verified",
        "family_name": "family_name",
        "fullname": "name",
        "gender": "gender",
        "given_name": "given_name",
        "last_update_time": "updated_at",
        "locale": "locale",
        "middle_name": "middle_name",
        "nickname": "nickname",
        "phone_number": "phone_number",
        "preferred_username": "preferred_username",
        "profile_page": "profile",
        "profile_picture": "picture",
        "timezone": "zoneinfo",
        "website": "website",
    }
    stack, pool = make_validating_stack()
    mapping = AttributeMapping(**{field: ProviderAttribute.other(f"p-{field}") for field in names})
    UserPoolIdentityProviderGoogle(stack, "Google", user_pool=pool, **GOOGLE, attribute_mapping=mapping)
    assert same(only_properties(stack)["AttributeMapping"], {names[f]: f"p-{f}" for f in names})


def test_reference_provider_attributes_are_accepted() -> None:
    stack, pool = make_validating_stack()
    UserPoolIdentityProviderGoogle(
        stack,
        "Google",
        user_pool=pool,
        **GOOGLE,
        attribute_mapping={
            "email": reference.ProviderAttribute.GOOGLE_EMAIL,
            "custom": {"sub": reference.ProviderAttribute.other("id")},
        },  # type: ignore[dict-item]
    )
    assert same(only_properties(stack)["AttributeMapping"], {"email": "email", "sub": "id"})


def test_duck_typed_attribute_with_a_wrong_name_type() -> None:
    class Odd:
        attribute_name = 5

    stack, pool = make_validating_stack()
    with pytest.raises(TypeError, match=r"^attribute_mapping\.email\.attribute_name: expected str; got int"):
        UserPoolIdentityProviderGoogle(
            stack, "Google", user_pool=pool, **GOOGLE, attribute_mapping={"email": Odd()}
        )  # type: ignore[dict-item]


def test_tokens_pass_through_unchecked() -> None:
    # The name checks leave tokens alone, whatever they resolve to.
    stack, pool = make_validating_stack()
    token = core.Fn.import_value("LongName")
    UserPoolIdentityProviderOidc(
        stack, "Oidc", user_pool=pool, **{**OIDC, "client_secret": token}, name=_lazy("ab")
    )
    UserPoolIdentityProviderSaml(stack, "Saml", user_pool=pool, name=_lazy("y" * 40), metadata=METADATA)
    oidc, saml = (r["Properties"] for r in resources(stack).values())
    assert oidc["ProviderName"] == "ab"
    assert oidc["ProviderDetails"]["client_secret"] == {"Fn::ImportValue": "LongName"}
    assert saml["ProviderName"] == "y" * 40


def test_scopes_with_a_token_are_joined() -> None:
    stack, pool = make_validating_stack()
    scope = core.Fn.import_value("Scope")
    UserPoolIdentityProviderAmazon(stack, "Amazon", user_pool=pool, **GOOGLE, scopes=[scope, "profile"])
    assert only_properties(stack)["ProviderDetails"]["authorize_scopes"] == {
        "Fn::Join": ["", [{"Fn::ImportValue": "Scope"}, " profile"]]
    }


def test_inputs_are_not_mutated() -> None:
    stack, pool = make_validating_stack()
    mapping = {"custom": {"a": ProviderAttribute.other("b")}}
    scopes = ["openid"]
    endpoints = dict(ENDPOINTS)
    UserPoolIdentityProviderOidc(
        stack, "Oidc", user_pool=pool, **OIDC, attribute_mapping=mapping, scopes=scopes, endpoints=endpoints
    )
    assert mapping == {"custom": {"a": ProviderAttribute.other("b")}}
    assert scopes == ["openid"] and endpoints == ENDPOINTS


# --------------------------------------------------------------------------------------------------
# v2 props
# --------------------------------------------------------------------------------------------------


def test_google_client_secret_value() -> None:
    stack, pool = make_validating_stack()
    secret = core.SecretValue.secrets_manager("google")
    UserPoolIdentityProviderGoogle(
        stack, "Google", user_pool=pool, client_id="gid", client_secret_value=secret
    )
    assert (
        only_properties(stack)["ProviderDetails"]["client_secret"]
        == "{{resolve:secretsmanager:google:SecretString:::}}"
    )


def test_apple_private_key_value() -> None:
    stack, pool = make_validating_stack()
    key = core.SecretValue.plain_text("the-key")
    UserPoolIdentityProviderApple(stack, "Apple", user_pool=pool, **APPLE, private_key_value=key)
    assert only_properties(stack)["ProviderDetails"]["private_key"] == "the-key"


@pytest.mark.parametrize(
    ("cls", "kwargs", "message"),
    [
        (
            UserPoolIdentityProviderGoogle,
            {"client_id": "x"},
            'Exactly one of "clientSecret" or "clientSecretValue"',
        ),
        (
            UserPoolIdentityProviderGoogle,
            {"client_id": "x", "client_secret": "s", "client_secret_value": core.SecretValue.plain_text("s")},
            'Exactly one of "clientSecret" or "clientSecretValue"',
        ),
        (UserPoolIdentityProviderApple, APPLE, 'Exactly one of "privateKey" or "privateKeyValue"'),
        (
            UserPoolIdentityProviderApple,
            {**APPLE, "private_key": "k", "private_key_value": core.SecretValue.plain_text("k")},
            'Exactly one of "privateKey" or "privateKeyValue"',
        ),
    ],
)
def test_exactly_one_secret(cls: Any, kwargs: dict[str, Any], message: str) -> None:
    stack, pool = make_validating_stack()
    # A RuntimeError as aws-cdk-lib v2's, and a TypeError as v1's missing argument.
    with pytest.raises(RuntimeError, match=f"^{message} must be configured.$") as raised:
        cls(stack, "Idp", user_pool=pool, **kwargs)
    assert isinstance(raised.value, TypeError)
    assert stack.node.try_find_child("Idp") is None


@pytest.mark.parametrize("field", ["client_secret_value", "private_key_value"])
def test_secret_values_must_be_secret_values(field: str) -> None:
    stack, pool = make_validating_stack()
    cls = UserPoolIdentityProviderGoogle if field == "client_secret_value" else UserPoolIdentityProviderApple
    kwargs = {"client_id": "x"} if cls is UserPoolIdentityProviderGoogle else dict(APPLE)
    with pytest.raises(TypeError, match=f"^{field}: expected core.SecretValue or None; got str"):
        cls(stack, "Idp", user_pool=pool, **kwargs, **{field: "plain"})


def test_v2_email_verified_constants() -> None:
    assert ProviderAttribute.APPLE_EMAIL_VERIFIED.attribute_name == "email_verified"
    assert ProviderAttribute.GOOGLE_EMAIL_VERIFIED.attribute_name == "email_verified"


# --------------------------------------------------------------------------------------------------
# SAML (aws-cdk-lib v2)
# --------------------------------------------------------------------------------------------------


def test_saml_template_with_every_prop() -> None:
    stack, pool = make_validating_stack()
    UserPoolIdentityProviderSaml(
        stack,
        "Saml",
        user_pool=pool,
        metadata=UserPoolIdentityProviderSamlMetadata.url("https://idp/metadata"),
        name="Corp",
        identifiers=["corp"],
        idp_signout=True,
        encrypted_responses=False,
        request_signing_algorithm=SigningAlgorithm.RSA_SHA256,
        idp_initiated=True,
        attribute_mapping={"email": ProviderAttribute.other("mail")},
    )
    assert same(
        only_properties(stack),
        {
            "ProviderName": "Corp",
            "ProviderType": "SAML",
            "UserPoolId": POOL_ID,
            "AttributeMapping": {"email": "mail"},
            "IdpIdentifiers": ["corp"],
            "ProviderDetails": {
                "IDPSignout": True,
                "MetadataURL": "https://idp/metadata",
                "EncryptedResponses": False,
                "RequestSigningAlgorithm": "rsa-sha256",
                "IDPInit": True,
            },
        },
    )


def test_saml_defaults_and_default_name() -> None:
    stack, pool = make_validating_stack()
    UserPoolIdentityProviderSaml(
        stack, "Saml", user_pool=pool, metadata=UserPoolIdentityProviderSamlMetadata.file("<xml/>")
    )
    properties = only_properties(stack)
    assert same(properties["ProviderDetails"], {"IDPSignout": False, "MetadataFile": "<xml/>"})
    assert properties["ProviderName"] == unique_resource_name(["Stack", "Saml"], max_length=32)


def test_saml_registers_once_its_resource_exists() -> None:
    stack, pool = make_validating_stack()
    saml = UserPoolIdentityProviderSaml(
        stack, "Saml", user_pool=pool, metadata=UserPoolIdentityProviderSamlMetadata.url("https://m")
    )
    assert pool.identity_providers == [saml]
    cognito.UserPoolClient(stack, "Client", user_pool=pool)
    (client,) = resources(stack, "AWS::Cognito::UserPoolClient").values()
    assert client["Properties"]["SupportedIdentityProviders"] == [
        {"Ref": stack.get_logical_id(saml.node.default_child)},
        "COGNITO",
    ]  # type: ignore[arg-type]


def test_saml_bad_name_is_not_registered() -> None:
    stack, pool = make_validating_stack()
    with pytest.raises(
        RuntimeError,
        match=r"^Expected provider name to be between 3 and 32 characters, received ab \(2 characters\)$",
    ):
        UserPoolIdentityProviderSaml(
            stack,
            "Saml",
            user_pool=pool,
            name="ab",
            metadata=UserPoolIdentityProviderSamlMetadata.url("https://m"),
        )
    assert pool.identity_providers == []


def test_saml_name_in_a_nested_stack_uses_the_parent_stack_name() -> None:
    stack, pool = make_validating_stack()
    nested = core.NestedStack(stack, "Nested")
    UserPoolIdentityProviderSaml(
        nested, "Saml", user_pool=pool, metadata=UserPoolIdentityProviderSamlMetadata.url("https://m")
    )
    (resource,) = resources(nested).values()
    assert resource["Properties"]["ProviderName"] == unique_resource_name(
        ["Stack", "Nested", "Saml"], max_length=32
    )


@pytest.mark.parametrize(
    ("components", "expected"),
    [
        (["S", "Default"], "S"),
        (["S", "Saml"], "SSaml" + "{hash}"),
        (["S", "Saml", "Resource"], "SSaml" + "{hash}"),
        # A component that ends its predecessor is left out of the readable part (not of the hash).
        (["Stack", "Saml", "Saml"], "StackSaml" + "{hash}"),
        (["Stack", "StackSaml"], "StackStackSaml" + "{hash}"),
        (["S", "Pool-1", "a.b"], "SPool1ab" + "{hash}"),
        (["S", "SamlProviderWithAVeryLongIdentifierIndeedYes"], "SSamlProvideierIndeedYes" + "{hash}"),
    ],
)
def test_unique_resource_name(components: list[str], expected: str) -> None:
    import hashlib

    kept = [c for c in components if c != "Default"]
    digest = hashlib.md5("/".join(kept).encode()).hexdigest()[:8].upper()
    assert unique_resource_name(components, max_length=32) == expected.format(hash=digest)


def test_unique_resource_name_of_nothing() -> None:
    with pytest.raises(
        RuntimeError, match=r"^Unable to calculate a unique resource name for an empty set of components$"
    ):
        unique_resource_name(["Default"], max_length=32)


def test_saml_metadata() -> None:
    url = UserPoolIdentityProviderSamlMetadata.url("https://m")
    assert (url.metadata_type, url.metadata_content) == (
        UserPoolIdentityProviderSamlMetadataType.URL,
        "https://m",
    )
    file = UserPoolIdentityProviderSamlMetadata.file("<xml/>")
    assert (file.metadata_type, file.metadata_content) == (
        UserPoolIdentityProviderSamlMetadataType.FILE,
        "<xml/>",
    )
    assert repr(file) == "UserPoolIdentityProviderSamlMetadata.file('<xml/>')"
    with pytest.raises(
        TypeError, match=r"^UserPoolIdentityProviderSamlMetadata\.url\(url\): expected str; got int"
    ):
        UserPoolIdentityProviderSamlMetadata.url(1)  # type: ignore[arg-type]
    with pytest.raises(
        TypeError, match=r"^UserPoolIdentityProviderSamlMetadata\.file\(file_content\): a value is required"
    ):
        UserPoolIdentityProviderSamlMetadata.file(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^UserPoolIdentityProviderSamlMetadata\.metadata_type: expected"):
        UserPoolIdentityProviderSamlMetadata("x", "url")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"metadata": "https://m"}, r"^metadata: expected UserPoolIdentityProviderSamlMetadata; got str"),
        ({"encrypted_responses": 1}, r"^encrypted_responses: expected bool or None; got int"),
        ({"idp_initiated": "yes"}, r"^idp_initiated: expected bool or None; got str"),
        ({"idp_signout": 0}, r"^idp_signout: expected bool or None; got int"),
        ({"identifiers": "corp"}, r"^identifiers: expected a list of str, not a bare string"),
        ({"name": 5}, r"^name: expected str or None; got int"),
        (
            {"request_signing_algorithm": "rsa-sha256"},
            r"^request_signing_algorithm: expected SigningAlgorithm or None",
        ),
    ],
)
def test_saml_type_errors(kwargs: dict[str, Any], message: str) -> None:
    stack, pool = make_validating_stack()
    arguments = {"metadata": UserPoolIdentityProviderSamlMetadata.url("https://m"), **kwargs}
    with pytest.raises(TypeError, match=message):
        UserPoolIdentityProviderSaml(stack, "Saml", user_pool=pool, **arguments)


# --------------------------------------------------------------------------------------------------
# provider_name, registration, pools
# --------------------------------------------------------------------------------------------------


def test_provider_name_is_a_reference_to_the_resource() -> None:
    stack, pool = make_validating_stack()
    google = UserPoolIdentityProviderGoogle(stack, "Google", user_pool=pool, **GOOGLE)
    assert core.Token.is_unresolved(google.provider_name)
    assert google.provider_name is google.provider_name
    assert stack.resolve(google.provider_name) == {"Ref": stack.get_logical_id(google.node.default_child)}  # type: ignore[arg-type]


def test_provider_name_across_environments_is_refused_as_by_core() -> None:
    app = core.App()
    stack = core.Stack(app, "A", env=core.Environment(account="111111111111", region="us-east-1"))
    other = core.Stack(app, "B", env=core.Environment(account="222222222222", region="us-east-1"))
    pool = cognito.UserPool.from_user_pool_id(stack, "Pool", POOL_ID)
    google = UserPoolIdentityProviderGoogle(stack, "Google", user_pool=pool, **GOOGLE)
    core.CfnOutput(other, "Name", value=google.provider_name)
    with pytest.raises(RuntimeError, match="Cannot use resource 'A/Google' in a cross-environment fashion"):
        app.synth()


def test_providers_register_before_their_resource_and_clients_list_them() -> None:
    stack, pool = make_validating_stack()
    early = cognito.UserPoolClient(stack, "Early", user_pool=pool)
    google = UserPoolIdentityProviderGoogle(stack, "Google", user_pool=pool, **GOOGLE)
    oidc = UserPoolIdentityProviderOidc(stack, "Oidc", user_pool=pool, **OIDC)
    late = pool.add_client("Late")
    assert pool.identity_providers == [google, oidc]
    clients = resources(stack, "AWS::Cognito::UserPoolClient")
    assert clients[stack.get_logical_id(early.node.default_child)]["Properties"][
        "SupportedIdentityProviders"
    ] == ["COGNITO"]  # type: ignore[arg-type]
    assert clients[stack.get_logical_id(late.node.default_child)]["Properties"][
        "SupportedIdentityProviders"
    ] == [  # type: ignore[arg-type]
        {"Ref": stack.get_logical_id(google.node.default_child)},  # type: ignore[arg-type]
        {"Ref": stack.get_logical_id(oidc.node.default_child)},  # type: ignore[arg-type]
        "COGNITO",
    ]


def test_a_provider_that_failed_after_registering_has_no_name() -> None:
    # Documented difference: the reference's provider_name then raises jsii's "Unable to serialize
    # value as string"; ours is None. Clients leave it out either way (tests/parity).
    stack, pool = make_validating_stack()
    with pytest.raises(RuntimeError, match=r"^Expected provider name"):
        UserPoolIdentityProviderOidc(stack, "Oidc", user_pool=pool, **OIDC, name="ab")
    (failed,) = pool.identity_providers
    assert failed.provider_name is None
    assert resources(stack) == {}


def test_a_reference_pool_and_its_clients_see_our_providers() -> None:
    stack = new_validating_stack()
    pool = reference.UserPool(stack, "Pool")
    google = UserPoolIdentityProviderGoogle(stack, "Google", user_pool=pool, **GOOGLE)
    pool.add_client("Client")  # the reference's client reads providerName in JavaScript
    (client,) = resources(stack, "AWS::Cognito::UserPoolClient").values()
    assert client["Properties"]["SupportedIdentityProviders"] == [
        {"Ref": stack.get_logical_id(google.node.default_child)},  # type: ignore[arg-type]
        "COGNITO",
    ]
    assert only_properties(stack)["UserPoolId"] == {"Ref": stack.get_logical_id(pool.node.default_child)}  # type: ignore[arg-type]


class _PlainPool:
    """What a provider needs of a pool, and nothing else: an app's own pool object."""

    def __init__(self, pool_id: Any = POOL_ID) -> None:
        self.user_pool_id = pool_id
        self.registered: list[Any] = []

    def register_identity_provider(self, provider: Any) -> None:
        # What the library's pools check of a provider as it registers.
        assert isinstance(provider.provider_name, str)
        self.registered.append(provider)


@pytest.mark.parametrize(
    ("cls", "kwargs"),
    [
        (UserPoolIdentityProviderGoogle, GOOGLE),
        (UserPoolIdentityProviderFacebook, {"client_id": "f", "client_secret": "s"}),
        (UserPoolIdentityProviderAmazon, {"client_id": "a", "client_secret": "s"}),
        (UserPoolIdentityProviderApple, {**APPLE, "private_key": "PEM"}),
        (UserPoolIdentityProviderOidc, OIDC),
        (UserPoolIdentityProviderSaml, {"metadata": METADATA}),
    ],
    ids=lambda value: value.__name__ if isinstance(value, type) else "",
)
def test_any_pool_with_an_id_and_a_registry_takes_providers(cls: Any, kwargs: dict[str, Any]) -> None:
    stack = new_validating_stack()
    pool = _PlainPool()
    provider = cls(stack, "Idp", user_pool=pool, **kwargs)
    assert pool.registered == [provider]
    assert only_properties(stack)["UserPoolId"] == POOL_ID
    assert stack.resolve(provider.provider_name) == {"Ref": stack.get_logical_id(provider.node.default_child)}


def test_a_provider_scoped_under_its_pool() -> None:
    stack, pool = make_validating_stack()
    google = UserPoolIdentityProviderGoogle(pool, "Google", user_pool=pool, **GOOGLE)
    assert google.node.path == "Stack/Pool/Google"
    assert pool.identity_providers == [google]
    assert only_properties(stack)["UserPoolId"] == POOL_ID


@pytest.mark.parametrize(
    ("pool_id", "error", "message"),
    [
        (5, TypeError, r"^user_pool.user_pool_id: expected str; got int"),
        (None, AssertionError, r"^user_pool.user_pool_id: a value is required"),
    ],
)
def test_a_pool_id_that_is_no_string_is_refused_before_registering(
    pool_id: Any, error: type[Exception], message: str
) -> None:
    stack = new_validating_stack()
    pool = _PlainPool(pool_id)
    with pytest.raises(error, match=message):
        UserPoolIdentityProviderGoogle(stack, "Google", user_pool=pool, **GOOGLE)
    assert pool.registered == []
    assert resources(stack) == {}


def test_imported_providers() -> None:
    stack = new_validating_stack()
    imported = UserPoolIdentityProvider.from_provider_name(stack, "Imported", "CorpIdp")
    assert imported.provider_name == "CorpIdp"
    with pytest.raises(TypeError, match=r"^UserPoolIdentityProvider\(\) only imports|only imports providers"):
        UserPoolIdentityProvider()
    with pytest.raises(TypeError, match=r"from_provider_name\(provider_name\): expected str"):
        UserPoolIdentityProvider.from_provider_name(stack, "Bad", 5)  # type: ignore[arg-type]


def test_duplicate_ids_raise_cores_error_without_prefix() -> None:
    stack, pool = make_validating_stack()
    UserPoolIdentityProviderGoogle(stack, "Idp", user_pool=pool, **GOOGLE)
    with pytest.raises(
        RuntimeError, match=r"^There is already a Construct with name 'Idp' in Stack \[Stack\]$"
    ):
        UserPoolIdentityProviderGoogle(stack, "Idp", user_pool=pool, **GOOGLE)


@pytest.mark.parametrize(
    ("scope", "id", "message"),
    [("stack", 5, r"^id: expected str; got int"), (None, "Idp", r"^scope: expected a construct")],
)
def test_scope_and_id_are_checked(scope: Any, id: Any, message: str) -> None:
    stack, pool = make_validating_stack()
    with pytest.raises(TypeError, match=message):
        UserPoolIdentityProviderGoogle(stack if scope == "stack" else scope, id, user_pool=pool, **GOOGLE)


# --------------------------------------------------------------------------------------------------
# Type and value errors
# --------------------------------------------------------------------------------------------------


class _NotAPool:
    user_pool_id = POOL_ID


@pytest.mark.parametrize(
    ("cls", "kwargs", "error", "message"),
    [
        (
            UserPoolIdentityProviderGoogle,
            {**GOOGLE, "user_pool": None},
            AssertionError,
            r"^user_pool: a value is required",
        ),
        (
            UserPoolIdentityProviderGoogle,
            {**GOOGLE, "user_pool": _NotAPool()},
            RuntimeError,
            r"^user_pool: expected an IUserPool",
        ),
        (
            UserPoolIdentityProviderGoogle,
            {"client_id": 5, "client_secret": "s"},
            TypeError,
            r"^client_id: expected str; got int",
        ),
        (
            UserPoolIdentityProviderGoogle,
            {"client_id": None, "client_secret": "s"},
            AssertionError,
            r"^client_id: a value",
        ),
        (
            UserPoolIdentityProviderGoogle,
            {**GOOGLE, "client_secret": 5},
            TypeError,
            r"^client_secret: expected str or None",
        ),
        (
            UserPoolIdentityProviderGoogle,
            {**GOOGLE, "scopes": "profile"},
            RuntimeError,
            r"^scopes: expected a list of str, not a bare",
        ),
        (
            UserPoolIdentityProviderGoogle,
            {**GOOGLE, "scopes": [1]},
            TypeError,
            r"^scopes\[0\]: expected str; got int",
        ),
        (
            UserPoolIdentityProviderGoogle,
            {**GOOGLE, "attribute_mapping": "x"},
            TypeError,
            r"^attribute_mapping: expected AttributeMapping, a dict",
        ),
        (
            UserPoolIdentityProviderGoogle,
            {**GOOGLE, "attribute_mapping": {"mail": 1}},
            TypeError,
            r"^attribute_mapping: unexpected key\(s\) 'mail'",
        ),
        (
            UserPoolIdentityProviderGoogle,
            {**GOOGLE, "attribute_mapping": {"email": "e"}},
            TypeError,
            r"^attribute_mapping\.email: expected ProviderAttribute or None; got str",
        ),
        (
            UserPoolIdentityProviderGoogle,
            {**GOOGLE, "attribute_mapping": {"custom": ["a"]}},
            TypeError,
            r"^attribute_mapping\.custom: expected a dict of str to ProviderAttribute",
        ),
        (
            UserPoolIdentityProviderGoogle,
            {**GOOGLE, "attribute_mapping": {"custom": {1: ProviderAttribute.GOOGLE_NAME}}},
            RuntimeError,
            r"^attribute_mapping\.custom \(a key\): expected str; got int",
        ),
        (
            UserPoolIdentityProviderGoogle,
            {**GOOGLE, "attribute_mapping": {"custom": {"a": "b"}}},
            RuntimeError,
            r"^attribute_mapping\.custom\['a'\]: expected ProviderAttribute; got str",
        ),
        (
            UserPoolIdentityProviderAmazon,
            {"client_id": "x", "client_secret": None},
            AssertionError,
            r"^client_secret: a value is required",
        ),
        (
            UserPoolIdentityProviderFacebook,
            {**GOOGLE, "api_version": 17},
            TypeError,
            r"^api_version: expected str or None; got int",
        ),
        (
            UserPoolIdentityProviderApple,
            {**APPLE, "private_key": "k", "team_id": 1},
            TypeError,
            r"^team_id: expected str; got int",
        ),
        (
            UserPoolIdentityProviderApple,
            {**APPLE, "private_key": "k", "key_id": None},
            AssertionError,
            r"^key_id: a value is required",
        ),
        (
            UserPoolIdentityProviderApple,
            {**APPLE, "private_key": 1},
            TypeError,
            r"^private_key: expected str or None; got int",
        ),
        (
            UserPoolIdentityProviderOidc,
            {**OIDC, "issuer_url": None},
            AssertionError,
            r"^issuer_url: a value is required",
        ),
        (
            UserPoolIdentityProviderOidc,
            {**OIDC, "name": 1},
            TypeError,
            r"^name: expected str or None; got int",
        ),
        (
            UserPoolIdentityProviderOidc,
            {**OIDC, "attribute_request_method": "GET"},
            TypeError,
            r"^attribute_request_method: expected OidcAttributeRequestMethod or None",
        ),
        (
            UserPoolIdentityProviderOidc,
            {**OIDC, "endpoints": {"token": "t"}},
            TypeError,
            r"missing 3 required keyword-only arguments",
        ),
        (
            UserPoolIdentityProviderOidc,
            {**OIDC, "endpoints": {**ENDPOINTS, "token": 1}},
            TypeError,
            r"^endpoints\.token: expected str; got int",
        ),
        (
            UserPoolIdentityProviderOidc,
            {**OIDC, "endpoints": ["a"]},
            TypeError,
            r"^endpoints: expected OidcEndpoints, a dict",
        ),
        (
            UserPoolIdentityProviderOidc,
            {**OIDC, "identifiers": [None]},
            TypeError,
            r"^identifiers\[0\]: expected str; got NoneType",
        ),
    ],
)
def test_type_errors_name_the_argument(
    cls: Any, kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    stack, pool = make_validating_stack()
    arguments = {"user_pool": pool, **kwargs}
    with pytest.raises(error, match=message) as raised:
        cls(stack, "Idp", **arguments)
    assert isinstance(raised.value, TypeError)
    assert stack.node.try_find_child("Idp") is None


@pytest.mark.parametrize(
    ("name", "length"), [("ab", 2), ("y" * 33, 33), ("\U0001f600" * 17, 34), ("\U0001f600", 2)]
)
def test_oidc_name_length(name: str, length: int) -> None:
    stack, pool = make_validating_stack()
    with pytest.raises(RuntimeError) as raised:
        UserPoolIdentityProviderOidc(stack, "Oidc", user_pool=pool, **OIDC, name=name)
    assert str(raised.value) == (
        f"Expected provider name to be between 3 and 32 characters, received {name} ({length} characters)"
    )
    assert type(raised.value) is RuntimeError


@pytest.mark.parametrize("name", ["abc", "x" * 32, "\U0001f600" * 16])
def test_oidc_name_lengths_accepted(name: str) -> None:
    stack, pool = make_validating_stack()
    UserPoolIdentityProviderOidc(stack, "Oidc", user_pool=pool, **OIDC, name=name)
    assert only_properties(stack)["ProviderName"] == name


def test_provider_attribute() -> None:
    assert ProviderAttribute.other("sub") == ProviderAttribute("sub")
    assert hash(ProviderAttribute.other("sub")) == hash(ProviderAttribute("sub"))
    assert ProviderAttribute.other("sub") != ProviderAttribute.other("id")
    assert ProviderAttribute.GOOGLE_EMAIL.__eq__("email") is NotImplemented
    assert repr(ProviderAttribute.FACEBOOK_ID) == "ProviderAttribute('id')"
    with pytest.raises(
        TypeError, match=r"^ProviderAttribute\.other\(attribute_name\): expected str; got int"
    ):
        ProviderAttribute.other(1)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^ProviderAttribute\.attribute_name: a value is required"):
        ProviderAttribute(None)  # type: ignore[arg-type]


def test_provider_attribute_constants_match_the_reference() -> None:
    names = [n for n in dir(reference.ProviderAttribute) if n.isupper()]
    assert len(names) == 26
    for name in names:
        assert (
            getattr(ProviderAttribute, name).attribute_name
            == getattr(reference.ProviderAttribute, name).attribute_name
        )


def test_structs_accept_dicts_and_validate_directly() -> None:
    _, pool = make_validating_stack()
    props = UserPoolIdentityProviderOidcProps(
        user_pool=pool,
        **OIDC,
        endpoints=ENDPOINTS,
        attribute_mapping={"email": ProviderAttribute.GOOGLE_EMAIL},
    )  # type: ignore[arg-type]
    assert props.endpoints == OidcEndpoints(**ENDPOINTS)
    assert props.attribute_mapping == AttributeMapping(email=ProviderAttribute.GOOGLE_EMAIL)
    assert repr(props.endpoints).startswith("OidcEndpoints(authorization='https://a'")
    with pytest.raises(TypeError, match=r"^UserPoolIdentityProviderProps\.user_pool: a value is required"):
        UserPoolIdentityProviderProps(user_pool=None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^AttributeMapping\.email: expected ProviderAttribute"):
        AttributeMapping(email="e")  # type: ignore[arg-type]
    with pytest.raises(RuntimeError, match=r"^Exactly one of"):
        UserPoolIdentityProviderGoogleProps(user_pool=pool, client_id="x")
    with pytest.raises(RuntimeError, match=r"^Exactly one of"):
        UserPoolIdentityProviderAppleProps(user_pool=pool, **APPLE)
    with pytest.raises(TypeError, match=r"^UserPoolIdentityProviderSamlProps\.metadata: expected"):
        UserPoolIdentityProviderSamlProps(user_pool=pool, metadata=None)  # type: ignore[arg-type]
