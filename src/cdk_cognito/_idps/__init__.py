"""The identity providers of a user pool (``AWS::Cognito::UserPoolIdentityProvider``)."""

from ._attributes import AttributeMapping, ProviderAttribute
from ._base import (
    IUserPoolIdentityProvider,
    UserPoolIdentityProvider,
    UserPoolIdentityProviderProps,
)
from ._oidc import (
    OidcAttributeRequestMethod,
    OidcEndpoints,
    UserPoolIdentityProviderOidc,
    UserPoolIdentityProviderOidcProps,
)
from ._saml import (
    SigningAlgorithm,
    UserPoolIdentityProviderSaml,
    UserPoolIdentityProviderSamlMetadata,
    UserPoolIdentityProviderSamlMetadataType,
    UserPoolIdentityProviderSamlProps,
)
from ._social import (
    UserPoolIdentityProviderAmazon,
    UserPoolIdentityProviderAmazonProps,
    UserPoolIdentityProviderApple,
    UserPoolIdentityProviderAppleProps,
    UserPoolIdentityProviderFacebook,
    UserPoolIdentityProviderFacebookProps,
    UserPoolIdentityProviderGoogle,
    UserPoolIdentityProviderGoogleProps,
)

__all__ = [
    "AttributeMapping",
    "IUserPoolIdentityProvider",
    "OidcAttributeRequestMethod",
    "OidcEndpoints",
    "ProviderAttribute",
    "SigningAlgorithm",
    "UserPoolIdentityProvider",
    "UserPoolIdentityProviderAmazon",
    "UserPoolIdentityProviderAmazonProps",
    "UserPoolIdentityProviderApple",
    "UserPoolIdentityProviderAppleProps",
    "UserPoolIdentityProviderFacebook",
    "UserPoolIdentityProviderFacebookProps",
    "UserPoolIdentityProviderGoogle",
    "UserPoolIdentityProviderGoogleProps",
    "UserPoolIdentityProviderOidc",
    "UserPoolIdentityProviderOidcProps",
    "UserPoolIdentityProviderProps",
    "UserPoolIdentityProviderSaml",
    "UserPoolIdentityProviderSamlMetadata",
    "UserPoolIdentityProviderSamlMetadataType",
    "UserPoolIdentityProviderSamlProps",
]
