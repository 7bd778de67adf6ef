"""cdk-cognito: a faithful, typed, lightweight Cognito ``UserPoolClient`` for AWS CDK v1.

A drop-in for the user-pool family of ``aws_cdk.aws_cognito`` 1.204.0 that depends only on
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
from ._domain import (
    BaseUrlOptions,
    CloudFrontDomainNameUnavailableError,
    CognitoDomainOptions,
    CustomDomainOptions,
    IUserPoolDomain,
    ManagedLoginVersion,
    SignInUrlOptions,
    UserPoolDomain,
    UserPoolDomainOptions,
    UserPoolDomainProps,
)
from ._email import EmailSettings, UserPoolEmail, UserPoolSESOptions
from ._idps import IUserPoolIdentityProvider, UserPoolIdentityProvider
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
from ._pool_props import (
    AccountRecovery,
    AdvancedSecurityMode,
    AllowedFirstAuthFactors,
    AutoVerifiedAttrs,
    CustomThreatProtectionMode,
    DeviceTracking,
    FeaturePlan,
    KeepOriginalAttrs,
    LambdaVersion,
    Mfa,
    MfaSecondFactor,
    PasskeyUserVerification,
    PasswordPolicy,
    SignInAliases,
    SignInPolicy,
    StandardThreatProtectionMode,
    UserInvitationConfig,
    UserPoolProps,
    UserVerificationConfig,
    VerificationEmailStyle,
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
from ._triggers import UserPoolOperation, UserPoolTriggers
from ._version import __version__

__all__ = [
    "VALIDATION_CONTEXT_KEY",
    "AccountRecovery",
    "AdvancedSecurityMode",
    "AllowedFirstAuthFactors",
    "AnalyticsConfiguration",
    "AuthFlow",
    "AutoVerifiedAttrs",
    "BaseUrlOptions",
    "BooleanAttribute",
    "ClientAttributes",
    "CloudFrontDomainNameUnavailableError",
    "CognitoDomainOptions",
    "CustomAttributeConfig",
    "CustomAttributeProps",
    "CustomDomainOptions",
    "CustomThreatProtectionMode",
    "DateTimeAttribute",
    "DeviceTracking",
    "EmailSettings",
    "FeaturePlan",
    "ICustomAttribute",
    "IUserPool",
    "IUserPoolClient",
    "IUserPoolDomain",
    "IUserPoolIdentityProvider",
    "IUserPoolResourceServer",
    "KeepOriginalAttrs",
    "LambdaVersion",
    "ManagedLoginVersion",
    "Mfa",
    "MfaSecondFactor",
    "NumberAttribute",
    "NumberAttributeConstraints",
    "NumberAttributeProps",
    "OAuthFlows",
    "OAuthScope",
    "OAuthSettings",
    "PasskeyUserVerification",
    "PasswordPolicy",
    "ResourceServerScope",
    "ResourceServerScopeProps",
    "SignInAliases",
    "SignInPolicy",
    "SignInUrlOptions",
    "StandardAttribute",
    "StandardAttributes",
    "StandardAttributesMask",
    "StandardThreatProtectionMode",
    "StringAttribute",
    "StringAttributeConstraints",
    "StringAttributeProps",
    "UserInvitationConfig",
    "UserPool",
    "UserPoolClient",
    "UserPoolClientIdentityProvider",
    "UserPoolClientOptions",
    "UserPoolClientProps",
    "UserPoolDomain",
    "UserPoolDomainOptions",
    "UserPoolDomainProps",
    "UserPoolEmail",
    "UserPoolIdentityProvider",
    "UserPoolOperation",
    "UserPoolProps",
    "UserPoolResourceServer",
    "UserPoolResourceServerOptions",
    "UserPoolResourceServerProps",
    "UserPoolSESOptions",
    "UserPoolTriggers",
    "UserVerificationConfig",
    "ValidationError",
    "VerificationEmailStyle",
    "Violation",
    "__version__",
]
