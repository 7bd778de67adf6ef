"""How a user pool sends e-mail: CFN ``EmailConfiguration``.

``UserPoolEmail.with_cognito()`` / ``with_ses()`` (the ``email`` prop) and the deprecated
``EmailSettings`` (the ``email_settings`` prop). :func:`render_email` computes the property as the
reference's ``UserPool`` constructor does, raising its errors in its order; they arise while the
pool is built, so they carry no ``Error: `` prefix. E-mail addresses are converted with
punycode.js's ``toASCII`` (:func:`._js.punycode_to_ascii`) in Python; an SES configuration costs two
or three calls into core (``Stack.of``, the stack's region where it is needed, ``format_arn``).
"""

from __future__ import annotations

from typing import Any

import jsii
from aws_cdk import core

from ._js import punycode_to_ascii
from ._tokens import is_unresolved
from ._typecheck import Struct, check_str, coerce_struct, constructor_errors, fail, field_path, struct

__all__ = ["EmailSettings", "UserPoolEmail", "UserPoolSESOptions", "render_email"]

_NOT_BOTH = 'you must either provide "email" or "emailSettings", but not both'
_NO_REGION = 'Your stack region cannot be determined so "sesRegion" is required in SESOptions'
_OTHER_DOMAIN = '"fromEmail" contains a different domain than the "sesVerifiedDomain"'
_NON_ASCII_LOCAL_PART = "the local part of the email address must use ASCII characters only"


@struct
class UserPoolSESOptions(Struct):
    """How Cognito sends e-mail through Amazon SES.

    :param configuration_set_name: The SES configuration set to apply to the e-mails Cognito sends.
        Default: no configuration set
    :param from_email: The SES-verified address Cognito sends from; SES must allow Cognito to send
        with it. Required.
    :param from_name: A sender name to show with the address (``Name <address>``). Default: no name
    :param reply_to: The address replies go to. Default: the ``from_email`` address
    :param ses_region: The region of the SES identity, where it is not the user pool's region
        (Cognito supports ``us-east-1``, ``us-west-2`` and ``eu-west-1``); required if the stack's
        region is not known at synth time. Default: the user pool's region
    :param ses_verified_domain: An SES-verified domain to send from: the SES identity of the
        configuration; ``from_email`` must be in it. Default: no domain (the identity is
        ``from_email``)
    """

    configuration_set_name: str | None = None
    from_email: str
    from_name: str | None = None
    reply_to: str | None = None
    ses_region: str | None = None
    ses_verified_domain: str | None = None

    def __post_init__(self) -> None:
        check_str(self.configuration_set_name, field_path(self, "configuration_set_name"))
        check_str(self.from_email, field_path(self, "from_email"), required=True)
        check_str(self.from_name, field_path(self, "from_name"))
        check_str(self.reply_to, field_path(self, "reply_to"))
        check_str(self.ses_region, field_path(self, "ses_region"))
        check_str(self.ses_verified_domain, field_path(self, "ses_verified_domain"))


@struct
class EmailSettings(Struct):
    """E-mail settings of a user pool (deprecated in the reference: use ``UserPoolEmail``).

    :param from_: The "from" address of the e-mails users receive. Default: noreply@verificationemail.com
    :param reply_to: The "reply-to" address (IETF RFC 5322) of the e-mails users receive. Default: not set
    """

    from_: str | None = None
    reply_to: str | None = None

    def __post_init__(self) -> None:
        check_str(self.from_, field_path(self, "from_"))
        check_str(self.reply_to, field_path(self, "reply_to"))


def _encode_and_test(value: str | None) -> str | None:
    """The reference's ``encodeAndTest``: ``None`` for an empty value, else its ``toASCII``.

    The local part (before the first ``@``) passes if it holds any ASCII character at all, as the
    reference's ``/[\\p{ASCII}]+/u.test(local)`` does; an empty local part fails.
    """
    if not value:
        return None
    local = value.split("@")[0]
    if not any(character < "\x80" for character in local):
        raise RuntimeError(_NON_ASCII_LOCAL_PART)
    return punycode_to_ascii(value)


class UserPoolEmail:
    """How Cognito sends e-mail: build one with :meth:`with_cognito` or :meth:`with_ses`."""

    __slots__ = ()

    def __init__(self) -> None:
        if type(self) is UserPoolEmail:
            raise TypeError(
                "UserPoolEmail cannot be created directly; use UserPoolEmail.with_cognito() or with_ses()"
            )

    @staticmethod
    def with_cognito(reply_to: str | None = None) -> UserPoolEmail:
        """Send e-mail with Cognito's own e-mail functionality.

        :param reply_to: The address replies go to. Default: not set
        """
        check_str(reply_to, "UserPoolEmail.with_cognito(reply_to)")
        return _CognitoEmail(reply_to)

    @staticmethod
    def with_ses(
        *,
        from_email: str,
        configuration_set_name: str | None = None,
        from_name: str | None = None,
        reply_to: str | None = None,
        ses_region: str | None = None,
        ses_verified_domain: str | None = None,
    ) -> UserPoolEmail:
        """Send e-mail through Amazon SES; the arguments are those of :class:`UserPoolSESOptions`."""
        options = UserPoolSESOptions(
            configuration_set_name=configuration_set_name,
            from_email=from_email,
            from_name=from_name,
            reply_to=reply_to,
            ses_region=ses_region,
            ses_verified_domain=ses_verified_domain,
        )
        return _SESEmail(options)

    def _bind(self, scope: core.Construct) -> dict[str, Any]:
        raise NotImplementedError  # pragma: no cover  # every instance is one of the subclasses


class _CognitoEmail(UserPoolEmail):
    __slots__ = ("_reply_to",)

    def __init__(self, reply_to: str | None) -> None:
        self._reply_to = reply_to

    def __repr__(self) -> str:
        return f"UserPoolEmail.with_cognito({self._reply_to!r})"

    def _bind(self, scope: core.Construct) -> dict[str, Any]:
        reply_to = _encode_and_test(self._reply_to)
        return _present({"EmailSendingAccount": "COGNITO_DEFAULT", "ReplyToEmailAddress": reply_to})


class _SESEmail(UserPoolEmail):
    __slots__ = ("_options",)

    def __init__(self, options: UserPoolSESOptions) -> None:
        self._options = options

    def __repr__(self) -> str:
        return f"UserPoolEmail.with_ses({self._options!r})"

    def _bind(self, scope: core.Construct) -> dict[str, Any]:
        options = self._options
        stack = jsii.sinvoke(core.Stack, "of", [scope])
        # The stack's region matters only without a (truthy) ses_region: for the check and the ARN.
        region: str | None = None
        if not options.ses_region:
            region = jsii.get(stack, "region")
            if is_unresolved(region):
                raise RuntimeError(_NO_REGION)
        sender = options.from_email
        if options.from_name:
            sender = f"{options.from_name} <{options.from_email}>"
        if options.ses_verified_domain and options.from_email.split("@")[-1] != options.ses_verified_domain:
            raise RuntimeError(_OTHER_DOMAIN)
        from_ = _encode_and_test(sender)
        reply_to = _encode_and_test(options.reply_to)
        identity = (
            options.ses_verified_domain if options.ses_verified_domain is not None else options.from_email
        )
        components = _present(
            {
                "service": "ses",
                "resource": "identity",
                "resourceName": _encode_and_test(identity),
                "region": options.ses_region if options.ses_region is not None else region,
            }
        )
        with constructor_errors():
            source_arn = jsii.invoke(stack, "formatArn", [components])
        return _present(
            {
                "ConfigurationSet": options.configuration_set_name,
                "EmailSendingAccount": "DEVELOPER",
                "From": from_,
                "ReplyToEmailAddress": reply_to,
                "SourceArn": source_arn,
            }
        )


def _present(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


def render_email(
    email: UserPoolEmail | None, settings: EmailSettings | None, scope: core.Construct
) -> dict[str, Any] | None:
    """The pool's CFN ``EmailConfiguration`` (L1 key order), or ``None`` when there is nothing to set.

    ``email`` and ``settings`` cannot both be given (even an empty ``EmailSettings``). ``settings``
    addresses are converted with ``toASCII`` without the local-part test; an empty string is kept.
    ``scope`` is the pool: an SES configuration reads its stack's region and formats the identity's
    ARN there.
    """
    if email is not None and not isinstance(email, UserPoolEmail):
        fail("email", "a UserPoolEmail (UserPoolEmail.with_cognito() or with_ses()), or None", email)
    settings = coerce_struct(settings, EmailSettings, "email_settings")
    if email is not None and settings is not None:
        raise RuntimeError(_NOT_BOTH)
    if email is not None:
        return email._bind(scope)
    if settings is None:
        return None
    rendered = _present(
        {
            "From": None if settings.from_ is None else punycode_to_ascii(settings.from_),
            "ReplyToEmailAddress": None
            if settings.reply_to is None
            else punycode_to_ascii(settings.reply_to),
        }
    )
    return rendered or None
