"""The social identity providers: Login with Amazon, Sign in with Apple, Facebook and Google."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import jsii
from aws_cdk import core

from .._typecheck import RuntimeTypeError, check_str, check_str_list, fail, field_path, path_prefix, struct
from ._attributes import AttributeMapping
from ._base import UserPoolIdentityProviderBase, UserPoolIdentityProviderProps

if TYPE_CHECKING:
    from .._pool import IUserPool

__all__ = [
    "UserPoolIdentityProviderAmazon",
    "UserPoolIdentityProviderAmazonProps",
    "UserPoolIdentityProviderApple",
    "UserPoolIdentityProviderAppleProps",
    "UserPoolIdentityProviderFacebook",
    "UserPoolIdentityProviderFacebookProps",
    "UserPoolIdentityProviderGoogle",
    "UserPoolIdentityProviderGoogleProps",
]


def _check_secret_value(value: object, path: str) -> None:
    if value is not None and not isinstance(value, core.SecretValue):
        fail(path, "core.SecretValue or None", value)


def _exactly_one(plain: object, secret: object, plain_name: str, secret_name: str) -> None:
    # aws-cdk-lib v2's check, where v1 has only the plain prop and requires it: the error is a
    # RuntimeError as v2's and a TypeError as v1's (a required argument missing).
    if (plain is None) == (secret is None):
        raise RuntimeTypeError(f'Exactly one of "{plain_name}" or "{secret_name}" must be configured.')


def _unwrap(secret: core.SecretValue | None) -> str | None:
    # SecretValue.unsafe_unwrap(): the value as a string token, one round trip.
    return None if secret is None else jsii.invoke(secret, "unsafeUnwrap", [])


def _scopes(scopes: Sequence[str] | None, default: str, separator: str) -> str:
    return default if scopes is None else separator.join(scopes)


@struct
class UserPoolIdentityProviderAmazonProps(UserPoolIdentityProviderProps):
    """Properties of a Login with Amazon identity provider.

    :param client_id: The client id that Login with Amazon knows the app by. Required.
    :param client_secret: The client secret that goes with ``client_id``. Required.
    :param scopes: The kinds of profile data to ask Amazon for. Default: ``["profile"]``
    """

    client_id: str
    client_secret: str
    scopes: Sequence[str] | None = None

    def __post_init__(self) -> None:
        check_str(self.client_id, field_path(self, "client_id"), required=True)
        check_str(self.client_secret, field_path(self, "client_secret"), required=True)
        check_str_list(self.scopes, field_path(self, "scopes"))
        super().__post_init__()


class UserPoolIdentityProviderAmazon(UserPoolIdentityProviderBase):
    """An identity provider for 'Login with Amazon' (``AWS::Cognito::UserPoolIdentityProvider``).

    A drop-in for ``aws_cdk.aws_cognito.UserPoolIdentityProviderAmazon`` 1.204.0; see
    :class:`UserPoolIdentityProviderAmazonProps` for the arguments and their defaults.
    """

    def __init__(
        self,
        scope: core.Construct,
        id: str,
        *,
        user_pool: IUserPool,
        client_id: str,
        client_secret: str,
        scopes: Sequence[str] | None = None,
        attribute_mapping: AttributeMapping | dict[str, Any] | None = None,
    ) -> None:
        with path_prefix(""):
            props = UserPoolIdentityProviderAmazonProps(
                user_pool=user_pool,
                client_id=client_id,
                client_secret=client_secret,
                scopes=scopes,
                attribute_mapping=attribute_mapping,  # type: ignore[arg-type]  # a dict is coerced
            )
        self._start(scope, id, props, register=True)
        with self._building():
            details = {
                "client_id": props.client_id,
                "client_secret": props.client_secret,
                "authorize_scopes": _scopes(props.scopes, "profile", " "),
            }
            self._emit("LoginWithAmazon", "LoginWithAmazon", details)


@struct
class UserPoolIdentityProviderAppleProps(UserPoolIdentityProviderProps):
    """Properties of a Sign in with Apple identity provider.

    :param client_id: The client id (services id) that Apple knows the app by. Required.
    :param team_id: The Apple developer team id. Required.
    :param key_id: The id of the key whose content is ``private_key``. Required.
    :param private_key: The content of the private key. Required, unless ``private_key_value`` is
        given: exactly one of the two.
    :param private_key_value: The private key as a ``core.SecretValue`` (an aws-cdk-lib v2 prop).
        Default: ``private_key`` is used
    :param scopes: The Apple permissions to ask for. Default: ``["name"]``
    """

    client_id: str
    team_id: str
    key_id: str
    private_key: str | None = None
    private_key_value: core.SecretValue | None = None
    scopes: Sequence[str] | None = None

    def __post_init__(self) -> None:
        check_str(self.client_id, field_path(self, "client_id"), required=True)
        check_str(self.team_id, field_path(self, "team_id"), required=True)
        check_str(self.key_id, field_path(self, "key_id"), required=True)
        check_str(self.private_key, field_path(self, "private_key"))
        _check_secret_value(self.private_key_value, field_path(self, "private_key_value"))
        _exactly_one(self.private_key, self.private_key_value, "privateKey", "privateKeyValue")
        check_str_list(self.scopes, field_path(self, "scopes"))
        super().__post_init__()


class UserPoolIdentityProviderApple(UserPoolIdentityProviderBase):
    """An identity provider for 'Sign in with Apple' (``AWS::Cognito::UserPoolIdentityProvider``).

    A drop-in for ``aws_cdk.aws_cognito.UserPoolIdentityProviderApple`` 1.204.0, which also takes
    aws-cdk-lib v2's ``private_key_value``; see :class:`UserPoolIdentityProviderAppleProps`.
    """

    def __init__(
        self,
        scope: core.Construct,
        id: str,
        *,
        user_pool: IUserPool,
        client_id: str,
        team_id: str,
        key_id: str,
        private_key: str | None = None,
        private_key_value: core.SecretValue | None = None,
        scopes: Sequence[str] | None = None,
        attribute_mapping: AttributeMapping | dict[str, Any] | None = None,
    ) -> None:
        with path_prefix(""):
            props = UserPoolIdentityProviderAppleProps(
                user_pool=user_pool,
                client_id=client_id,
                team_id=team_id,
                key_id=key_id,
                private_key=private_key,
                private_key_value=private_key_value,
                scopes=scopes,
                attribute_mapping=attribute_mapping,  # type: ignore[arg-type]  # a dict is coerced
            )
        self._start(scope, id, props, register=True)
        with self._building():
            key = props.private_key if props.private_key_value is None else _unwrap(props.private_key_value)
            details = {
                "client_id": props.client_id,
                "team_id": props.team_id,
                "key_id": props.key_id,
                "private_key": key,
                "authorize_scopes": _scopes(props.scopes, "name", " "),
            }
            self._emit("SignInWithApple", "SignInWithApple", details)


@struct
class UserPoolIdentityProviderFacebookProps(UserPoolIdentityProviderProps):
    """Properties of a Facebook Login identity provider.

    :param client_id: The app id that Facebook knows the app by. Required.
    :param client_secret: The app secret that goes with ``client_id``. Required.
    :param scopes: The Facebook permissions to ask for. Default: ``["public_profile"]``
    :param api_version: The version of the Facebook API to use. Default: the oldest version
        Facebook supports
    """

    client_id: str
    client_secret: str
    scopes: Sequence[str] | None = None
    api_version: str | None = None

    def __post_init__(self) -> None:
        check_str(self.client_id, field_path(self, "client_id"), required=True)
        check_str(self.client_secret, field_path(self, "client_secret"), required=True)
        check_str_list(self.scopes, field_path(self, "scopes"))
        check_str(self.api_version, field_path(self, "api_version"))
        super().__post_init__()


class UserPoolIdentityProviderFacebook(UserPoolIdentityProviderBase):
    """An identity provider for 'Facebook Login' (``AWS::Cognito::UserPoolIdentityProvider``).

    A drop-in for ``aws_cdk.aws_cognito.UserPoolIdentityProviderFacebook`` 1.204.0; see
    :class:`UserPoolIdentityProviderFacebookProps`. The scopes are joined with commas, as Facebook
    expects (the other providers use spaces).
    """

    def __init__(
        self,
        scope: core.Construct,
        id: str,
        *,
        user_pool: IUserPool,
        client_id: str,
        client_secret: str,
        scopes: Sequence[str] | None = None,
        api_version: str | None = None,
        attribute_mapping: AttributeMapping | dict[str, Any] | None = None,
    ) -> None:
        with path_prefix(""):
            props = UserPoolIdentityProviderFacebookProps(
                user_pool=user_pool,
                client_id=client_id,
                client_secret=client_secret,
                scopes=scopes,
                api_version=api_version,
                attribute_mapping=attribute_mapping,  # type: ignore[arg-type]  # a dict is coerced
            )
        self._start(scope, id, props, register=True)
        with self._building():
            details = {
                "client_id": props.client_id,
                "client_secret": props.client_secret,
                "authorize_scopes": _scopes(props.scopes, "public_profile", ","),
                "api_version": props.api_version,
            }
            self._emit("Facebook", "Facebook", details)


@struct
class UserPoolIdentityProviderGoogleProps(UserPoolIdentityProviderProps):
    """Properties of a Google identity provider.

    :param client_id: The client id that Google knows the app by. Required.
    :param client_secret: The client secret that goes with ``client_id``. Required, unless
        ``client_secret_value`` is given: exactly one of the two.
    :param client_secret_value: The client secret as a ``core.SecretValue`` (an aws-cdk-lib v2 prop).
        Default: ``client_secret`` is used
    :param scopes: The Google permissions to ask for. Default: ``["profile"]``
    """

    client_id: str
    client_secret: str | None = None
    client_secret_value: core.SecretValue | None = None
    scopes: Sequence[str] | None = None

    def __post_init__(self) -> None:
        check_str(self.client_id, field_path(self, "client_id"), required=True)
        check_str(self.client_secret, field_path(self, "client_secret"))
        _check_secret_value(self.client_secret_value, field_path(self, "client_secret_value"))
        _exactly_one(self.client_secret, self.client_secret_value, "clientSecret", "clientSecretValue")
        check_str_list(self.scopes, field_path(self, "scopes"))
        super().__post_init__()


class UserPoolIdentityProviderGoogle(UserPoolIdentityProviderBase):
    """An identity provider for Google (``AWS::Cognito::UserPoolIdentityProvider``).

    A drop-in for ``aws_cdk.aws_cognito.UserPoolIdentityProviderGoogle`` 1.204.0, which also takes
    aws-cdk-lib v2's ``client_secret_value``; see :class:`UserPoolIdentityProviderGoogleProps`.
    """

    def __init__(
        self,
        scope: core.Construct,
        id: str,
        *,
        user_pool: IUserPool,
        client_id: str,
        client_secret: str | None = None,
        client_secret_value: core.SecretValue | None = None,
        scopes: Sequence[str] | None = None,
        attribute_mapping: AttributeMapping | dict[str, Any] | None = None,
    ) -> None:
        with path_prefix(""):
            props = UserPoolIdentityProviderGoogleProps(
                user_pool=user_pool,
                client_id=client_id,
                client_secret=client_secret,
                client_secret_value=client_secret_value,
                scopes=scopes,
                attribute_mapping=attribute_mapping,  # type: ignore[arg-type]  # a dict is coerced
            )
        self._start(scope, id, props, register=True)
        with self._building():
            secret = (
                props.client_secret
                if props.client_secret_value is None
                else _unwrap(props.client_secret_value)
            )
            details = {
                "client_id": props.client_id,
                "client_secret": secret,
                "authorize_scopes": _scopes(props.scopes, "profile", " "),
            }
            self._emit("Google", "Google", details)
