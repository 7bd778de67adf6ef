"""Lambda triggers of a user pool: ``UserPoolTriggers``, ``UserPoolOperation`` and their rendering."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, ClassVar

from ._iam import service_principal_for
from ._protocols import IFunction
from ._typecheck import NotAJsiiObjectError, Struct, check_str, fail, field_path, struct

__all__ = [
    "TRIGGER_NAMES",
    "UserPoolOperation",
    "UserPoolTriggers",
    "add_lambda_permission",
    "check_function",
    "function_arn",
    "render_lambda_config",
]

# JavaScript's Object.prototype members: `name in {}` is true for them, so the reference refuses
# them as triggers that "already exist".
_OBJECT_PROTOTYPE = frozenset(
    {
        "__defineGetter__",
        "__defineSetter__",
        "__lookupGetter__",
        "__lookupSetter__",
        "__proto__",
        "constructor",
        "hasOwnProperty",
        "isPrototypeOf",
        "propertyIsEnumerable",
        "toLocaleString",
        "toString",
        "valueOf",
    }
)

# Operation name -> the key of CfnUserPool.LambdaConfigProperty, in the L1's key order (KMSKeyID is
# the pool's custom sender key). Operations of other names render nothing.
_LAMBDA_CONFIG_KEYS = {
    "createAuthChallenge": "CreateAuthChallenge",
    "customEmailSender": "CustomEmailSender",
    "customMessage": "CustomMessage",
    "customSmsSender": "CustomSMSSender",
    "defineAuthChallenge": "DefineAuthChallenge",
    "kmsKeyId": "KMSKeyID",
    "postAuthentication": "PostAuthentication",
    "postConfirmation": "PostConfirmation",
    "preAuthentication": "PreAuthentication",
    "preSignUp": "PreSignUp",
    "preTokenGeneration": "PreTokenGeneration",
    "preTokenGenerationConfig": "PreTokenGenerationConfig",
    "userMigration": "UserMigration",
    "verifyAuthChallengeResponse": "VerifyAuthChallengeResponse",
}
CUSTOM_SENDERS = frozenset({"customEmailSender", "customSmsSender"})
VERSIONED_PRE_TOKEN_GENERATION = "preTokenGenerationConfig"
KMS_KEY_REQUIRED = "you must specify a KMS key if you are using customSmsSender or customEmailSender."


def _js_first_char(name: str, upper: bool) -> str:
    """``name.charAt(0).toUpperCase()`` (or ``toLowerCase()``) ``+ name.slice(1)`` of JavaScript.

    ``charAt`` takes a UTF-16 unit: a character outside the BMP is half a surrogate pair there, which
    no case mapping changes.
    """
    if not name or ord(name[0]) > 0xFFFF:
        return name
    first = name[0].upper() if upper else name[0].lower()
    return first + name[1:]


def check_function(value: object, path: str) -> None:
    """An ``IFunction``: something with ``function_arn`` and ``add_permission`` (checked on its type)."""
    kind = type(value)
    if value is None or not all(
        hasattr(kind, n) or hasattr(value, n) for n in ("function_arn", "add_permission")
    ):
        fail(
            path,
            "an IFunction (an object with function_arn and add_permission)",
            value,
            NotAJsiiObjectError,
        )


def function_arn(fn: IFunction, path: str) -> str:
    """``fn.function_arn``, which must be a string (a jsii function's is)."""
    arn = fn.function_arn
    if not isinstance(arn, str):
        fail(f"{path}.function_arn", "str", arn)
    return arn


def add_lambda_permission(fn: IFunction, operation_name: str, source_arn: str) -> None:
    """Let Cognito invoke ``fn`` for the pool whose ARN is ``source_arn``, as the reference does."""
    fn.add_permission(
        f"{_js_first_char(operation_name, upper=True)}Cognito",
        principal=service_principal_for(fn),
        source_arn=source_arn,
    )


def render_lambda_config(triggers: Mapping[str, Any]) -> dict[str, Any] | None:
    """The ``LambdaConfig`` of the pool's triggers (operation name -> ARN, or the sender struct).

    ``None`` with no trigger and no KMS key; names the L1 does not know render nothing (so a pool
    with only such triggers has ``LambdaConfig: {}``, as the reference's).
    """
    if not triggers:
        return None
    return {key: triggers[name] for name, key in _LAMBDA_CONFIG_KEYS.items() if name in triggers}


def trigger_exists(triggers: Mapping[str, Any], name: str) -> bool:
    """``name in triggers`` of the reference, where triggers is a JavaScript object."""
    return name in triggers or name in _OBJECT_PROTOTYPE


@struct
class UserPoolTriggers(Struct):
    """Triggers for a user pool: the Lambda function to call for each operation.

    The reference creates their permissions in this (alphabetical) order of the fields.

    :param create_auth_challenge: Creates an authentication challenge. Default: no trigger configured
    :param custom_email_sender: Sends the email notifications to users (needs the pool's
        ``custom_sender_kms_key``). Default: no trigger configured
    :param custom_message: A custom Message AWS Lambda trigger. Default: no trigger configured
    :param custom_sms_sender: Sends the SMS notifications to users (needs the pool's
        ``custom_sender_kms_key``). Default: no trigger configured
    :param define_auth_challenge: Defines the authentication challenge. Default: no trigger configured
    :param post_authentication: A post-authentication AWS Lambda trigger. Default: no trigger configured
    :param post_confirmation: A post-confirmation AWS Lambda trigger. Default: no trigger configured
    :param pre_authentication: A pre-authentication AWS Lambda trigger. Default: no trigger configured
    :param pre_sign_up: A pre-registration AWS Lambda trigger. Default: no trigger configured
    :param pre_token_generation: A pre-token-generation AWS Lambda trigger. Default: no trigger configured
    :param user_migration: A user-migration AWS Lambda trigger. Default: no trigger configured
    :param verify_auth_challenge_response: Verifies the authentication challenge response.
        Default: no trigger configured
    """

    create_auth_challenge: IFunction | None = None
    custom_email_sender: IFunction | None = None
    custom_message: IFunction | None = None
    custom_sms_sender: IFunction | None = None
    define_auth_challenge: IFunction | None = None
    post_authentication: IFunction | None = None
    post_confirmation: IFunction | None = None
    pre_authentication: IFunction | None = None
    pre_sign_up: IFunction | None = None
    pre_token_generation: IFunction | None = None
    user_migration: IFunction | None = None
    verify_auth_challenge_response: IFunction | None = None

    def __post_init__(self) -> None:
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if value is not None:
                check_function(value, field_path(self, field.name))

    def items(self) -> list[tuple[str, IFunction]]:
        """(operation name, function) of the triggers set, in the order the reference adds them."""
        return [
            (_OPERATION_OF_FIELD[field.name], value)
            for field in dataclasses.fields(self)
            if (value := getattr(self, field.name)) is not None
        ]


_OPERATION_OF_FIELD = {
    field.name: _js_first_char(field.name.title().replace("_", ""), upper=False)
    for field in dataclasses.fields(UserPoolTriggers)
}
TRIGGER_NAMES = tuple(_OPERATION_OF_FIELD.values())


class UserPoolOperation:
    """User pool operations to which Lambda triggers can be attached."""

    CREATE_AUTH_CHALLENGE: ClassVar[UserPoolOperation]
    """Creates a challenge in a custom auth flow."""
    CUSTOM_EMAIL_SENDER: ClassVar[UserPoolOperation]
    """Sends the email notifications to users (needs the pool's ``custom_sender_kms_key``)."""
    CUSTOM_MESSAGE: ClassVar[UserPoolOperation]
    """Advanced customization and localization of messages."""
    CUSTOM_SMS_SENDER: ClassVar[UserPoolOperation]
    """Sends the SMS notifications to users (needs the pool's ``custom_sender_kms_key``)."""
    DEFINE_AUTH_CHALLENGE: ClassVar[UserPoolOperation]
    """Determines the next challenge in a custom auth flow."""
    POST_AUTHENTICATION: ClassVar[UserPoolOperation]
    """Event logging for custom analytics."""
    POST_CONFIRMATION: ClassVar[UserPoolOperation]
    """Custom welcome messages or event logging for custom analytics."""
    PRE_AUTHENTICATION: ClassVar[UserPoolOperation]
    """Custom validation to accept or deny the sign-in request."""
    PRE_SIGN_UP: ClassVar[UserPoolOperation]
    """Custom validation to accept or deny the sign-up request."""
    PRE_TOKEN_GENERATION: ClassVar[UserPoolOperation]
    """Add or remove attributes in ID tokens."""
    PRE_TOKEN_GENERATION_CONFIG: ClassVar[UserPoolOperation]
    """(aws-cdk-lib v2) Pre token generation with a chosen event version (``LambdaVersion``)."""
    USER_MIGRATION: ClassVar[UserPoolOperation]
    """Migrate a user from an existing user directory to the user pool."""
    VERIFY_AUTH_CHALLENGE_RESPONSE: ClassVar[UserPoolOperation]
    """Determines if a response is correct in a custom auth flow."""

    __slots__ = ("_operation_name",)

    def __init__(self, operation_name: str) -> None:
        self._operation_name = operation_name

    @staticmethod
    def of(name: str) -> UserPoolOperation:
        """A custom user pool operation; its name starts lower case (``of("Foo")`` is ``foo``).

        ``LambdaConfig`` renders only the operations CloudFormation knows: a trigger of another name
        gets its Lambda permission and renders nothing.
        """
        check_str(name, "UserPoolOperation.of(name)", required=True)
        return UserPoolOperation(_js_first_char(name, upper=False))

    @property
    def operation_name(self) -> str:
        """The operation's name, the key of ``LambdaConfig`` in camelCase (e.g. ``preSignUp``)."""
        return self._operation_name

    def __eq__(self, other: object) -> bool:
        if isinstance(other, UserPoolOperation):
            return self._operation_name == other._operation_name
        return NotImplemented

    def __hash__(self) -> int:
        return hash((UserPoolOperation, self._operation_name))

    def __repr__(self) -> str:
        return f"UserPoolOperation({self._operation_name!r})"


for _name in TRIGGER_NAMES:
    setattr(
        UserPoolOperation,
        "".join(f"_{c}" if c.isupper() else c.upper() for c in _name),
        UserPoolOperation(_name),
    )
UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG = UserPoolOperation("preTokenGenerationConfig")
