"""cdk-cognito: a faithful, typed, lightweight Cognito ``UserPoolClient`` for AWS CDK v1.

A drop-in for the app-client part of ``aws_cdk.aws_cognito`` 1.204.0 that depends only on
``aws-cdk.core``:

```python
import cdk_cognito as cognito

pool = cognito.UserPool.from_user_pool_id(stack, "Pool", "us-east-1_AbC123")
client = cognito.UserPoolClient(stack, "Client", user_pool=pool, generate_secret=True)
```
"""

from ._analytics import AnalyticsConfiguration
from ._attributes import ClientAttributes, StandardAttributesMask
from ._client import (
    AuthFlow,
    IUserPoolClient,
    UserPoolClient,
    UserPoolClientIdentityProvider,
    UserPoolClientOptions,
    UserPoolClientProps,
)
from ._email import EmailSettings, UserPoolEmail, UserPoolSESOptions
from ._idps import (
    AttributeMapping,
    IUserPoolIdentityProvider,
    OidcAttributeRequestMethod,
    OidcEndpoints,
    ProviderAttribute,
    SigningAlgorithm,
    UserPoolIdentityProvider,
    UserPoolIdentityProviderAmazon,
    UserPoolIdentityProviderAmazonProps,
    UserPoolIdentityProviderApple,
    UserPoolIdentityProviderAppleProps,
    UserPoolIdentityProviderFacebook,
    UserPoolIdentityProviderFacebookProps,
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
from ._oauth import OAuthFlows, OAuthScope, OAuthSettings
from ._pool import IUserPool, UserPool
from ._pool_attributes import (
    BooleanAttribute,
    CustomAttributeConfig,
    CustomAttributeProps,
    DateTimeAttribute,
    ICustomAttribute,
    NumberAttribute,
    NumberAttributeConstraints,
    NumberAttributeProps,
    StandardAttribute,
    StandardAttributes,
    StringAttribute,
    StringAttributeConstraints,
    StringAttributeProps,
)
from ._resource_server import (
    IUserPoolResourceServer,
    ResourceServerScope,
    ResourceServerScopeProps,
    UserPoolResourceServer,
    UserPoolResourceServerOptions,
    UserPoolResourceServerProps,
)
from ._rules import VALIDATION_CONTEXT_KEY, ValidationError, Violation
from ._version import __version__

__all__ = [
    "VALIDATION_CONTEXT_KEY",
    "AnalyticsConfiguration",
    "AttributeMapping",
    "AuthFlow",
    "BooleanAttribute",
    "ClientAttributes",
    "CustomAttributeConfig",
    "CustomAttributeProps",
    "DateTimeAttribute",
    "EmailSettings",
    "ICustomAttribute",
    "IUserPool",
    "IUserPoolClient",
    "IUserPoolIdentityProvider",
    "IUserPoolResourceServer",
    "NumberAttribute",
    "NumberAttributeConstraints",
    "NumberAttributeProps",
    "OAuthFlows",
    "OAuthScope",
    "OAuthSettings",
    "OidcAttributeRequestMethod",
    "OidcEndpoints",
    "ProviderAttribute",
    "ResourceServerScope",
    "ResourceServerScopeProps",
    "SigningAlgorithm",
    "StandardAttribute",
    "StandardAttributes",
    "StandardAttributesMask",
    "StringAttribute",
    "StringAttributeConstraints",
    "StringAttributeProps",
    "UserPool",
    "UserPoolClient",
    "UserPoolClientIdentityProvider",
    "UserPoolClientOptions",
    "UserPoolClientProps",
    "UserPoolEmail",
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
    "UserPoolResourceServer",
    "UserPoolResourceServerOptions",
    "UserPoolResourceServerProps",
    "UserPoolSESOptions",
    "ValidationError",
    "Violation",
    "__version__",
]
