"""The identity providers of a user pool (``AWS::Cognito::UserPoolIdentityProvider``)."""

from ._base import IUserPoolIdentityProvider, UserPoolIdentityProvider

__all__ = ["IUserPoolIdentityProvider", "UserPoolIdentityProvider"]
