"""Rules of the user pool (``AWS::Cognito::UserPool``).

Each rule comes from the research notes in ``docs/research/cognito-pool-constraints.md`` (IDs
P1-P39), which cite a source for each. Rules tagged [schema] or [service] that are decidable from
literal values are errors; rules tagged [uncertain] are warnings. A value holding an unresolved
token is never judged, and nothing the service accepts is refused.

Wiring (``UserPool``)::

    from ._rules import PoolRuleContext, check_pool, pool_where, report

    region = core.Stack.of(self).region  # or None when EmailConfiguration has no SourceArn
    context = PoolRuleContext(region=region)
    report(self, check_pool(properties, pool_where(properties, overrides), context=context))

- ``properties``: the ``AWS::Cognito::UserPool`` property dict the construct is about to emit,
  PascalCase and nested as in the template (``Policies.PasswordPolicy.MinimumLength``); None
  values count as absent, so the construct's dict with None for every unset key is fine.
  ``LambdaConfig`` is not judged (it may be rendered later). Call it once the dict is complete
  (after the reference's own errors) and before emitting; ``report`` raises
  :class:`ValidationError` or warns as the ``@cdk-cognito/validation`` context says.
- ``where``: ``pool_where(properties, overrides)`` names the prop behind each property from
  :data:`POOL_PROPS`; ``overrides`` renames what the construct's props render differently, e.g.
  ``{"EmailConfiguration.From": "email_settings.from", "EmailConfiguration.ReplyToEmailAddress":
  "email_settings.reply_to"}`` when the deprecated ``email_settings`` was given.
- ``context``: :class:`PoolRuleContext`. Its only field is ``region``, the stack's region
  (``core.Stack.of(self).region``; a token is fine and means unknown). It is read only by P35,
  the SES region of ``EmailConfiguration.SourceArn``, so a construct that emits no SourceArn may
  pass ``PoolRuleContext()`` and save the round trip. Everything else the rules need is in the
  properties: whether there is an SMS role (``SmsConfiguration``), the SES identity and its region
  (``EmailConfiguration.SourceArn``), the MFA factors (``EnabledMfas``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from .._js import utf16_length
from .._tokens import any_unresolved, is_unresolved
from .._typecheck import Struct, struct
from ._core import (
    Violation,
    Where,
    arn_field,
    check_arn,
    describe_chars,
    drop_none,
    mapped_where,
    short,
    split_category_class,
    split_word_pattern,
)

__all__ = ["POOL_PROPS", "STANDARD_ATTRIBUTE_PROPS", "PoolRuleContext", "check_pool", "pool_where"]


@struct
class PoolRuleContext(Struct):
    """What the rules need that the properties alone do not tell.

    ``region`` (default None): the stack's region, ``core.Stack.of(construct).region``. A token
    (an environment-agnostic stack) or None means unknown, and the rules that need it stay silent.
    Read by P35 (pool) and D5 (domain) only.
    """

    region: str | None = None


# CloudFormation's standard attribute names and the StandardAttributes prop of each.
STANDARD_ATTRIBUTE_PROPS: Mapping[str, str] = {
    "address": "address",
    "birthdate": "birthdate",
    "email": "email",
    "family_name": "family_name",
    "gender": "gender",
    "given_name": "given_name",
    "locale": "locale",
    "middle_name": "middle_name",
    "name": "fullname",
    "nickname": "nickname",
    "phone_number": "phone_number",
    "picture": "profile_picture",
    "preferred_username": "preferred_username",
    "profile": "profile_page",
    "zoneinfo": "timezone",
    "updated_at": "last_update_time",
    "website": "website",
    "email_verified": "email_verified",
    "phone_number_verified": "phone_number_verified",
}

# The UserPool prop behind each CloudFormation property path (see pool_where).
POOL_PROPS: Mapping[str, str] = {
    "UserPoolName": "user_pool_name",
    "Policies.PasswordPolicy": "password_policy",
    "Policies.PasswordPolicy.MinimumLength": "password_policy.min_length",
    "Policies.PasswordPolicy.TemporaryPasswordValidityDays": "password_policy.temp_password_validity",
    "Policies.PasswordPolicy.PasswordHistorySize": "password_policy.password_history_size",
    "SmsAuthenticationMessage": "mfa_message",
    "SmsVerificationMessage": "user_verification.sms_message",
    "EmailVerificationMessage": "user_verification.email_body",
    "EmailVerificationSubject": "user_verification.email_subject",
    "VerificationMessageTemplate": "user_verification",
    "VerificationMessageTemplate.SmsMessage": "user_verification.sms_message",
    "VerificationMessageTemplate.EmailMessage": "user_verification.email_body",
    "VerificationMessageTemplate.EmailMessageByLink": "user_verification.email_body",
    "VerificationMessageTemplate.EmailSubject": "user_verification.email_subject",
    "VerificationMessageTemplate.EmailSubjectByLink": "user_verification.email_subject",
    "AdminCreateUserConfig.InviteMessageTemplate": "user_invitation",
    "AdminCreateUserConfig.InviteMessageTemplate.EmailMessage": "user_invitation.email_body",
    "AdminCreateUserConfig.InviteMessageTemplate.EmailSubject": "user_invitation.email_subject",
    "AdminCreateUserConfig.InviteMessageTemplate.SMSMessage": "user_invitation.sms_message",
    "MfaConfiguration": "mfa",
    "EnabledMfas": "mfa_second_factor",
    "SmsConfiguration": "sms_role",
    "SmsConfiguration.ExternalId": "sms_role_external_id",
    "SmsConfiguration.SnsRegion": "sns_region",
    "AliasAttributes": "sign_in_aliases",
    "UsernameAttributes": "sign_in_aliases",
    "AutoVerifiedAttributes": "auto_verify",
    "EmailConfiguration": "email",
    "EmailConfiguration.From": "email.from_email",
    "EmailConfiguration.ReplyToEmailAddress": "email.reply_to",
    "EmailConfiguration.ConfigurationSet": "email.configuration_set_name",
    "AccountRecoverySetting": "account_recovery",
    "WebAuthnRelyingPartyID": "passkey_relying_party_id",
}


def pool_where(properties: Mapping[str, Any], overrides: Mapping[str, str] | None = None) -> Where:
    """The :data:`Where` of a UserPool: :data:`POOL_PROPS`, updated with ``overrides``.

    ``("Schema", i)`` names the attribute behind ``properties["Schema"][i]``:
    ``standard_attributes.given_name`` or ``custom_attributes['myattr']``. A construct passes
    ``overrides`` where its props differ from the defaults, e.g.
    ``{"EmailConfiguration.From": "email_settings.from"}``.
    """
    mapped = mapped_where({**POOL_PROPS, **(overrides or {})})

    def where(key: str, index: int | None) -> str:
        if key != "Schema":
            return mapped(key, index)
        schema = properties.get("Schema")
        if index is None or not isinstance(schema, list) or not isinstance(schema[index], Mapping):
            return "standard_attributes / custom_attributes"
        attribute = schema[index]
        name = attribute.get("Name")
        if not isinstance(name, str):
            return f"Schema[{index}]"
        # The L2 renders standard attributes without a data type, custom ones with one.
        if name in STANDARD_ATTRIBUTE_PROPS and "AttributeDataType" not in attribute:
            return f"standard_attributes.{STANDARD_ATTRIBUTE_PROPS[name]}"
        return f"custom_attributes[{name!r}]"

    return where


def check_pool(properties: Mapping[str, Any], where: Where, *, context: PoolRuleContext) -> list[Violation]:
    """The rules broken by the properties of an ``AWS::Cognito::UserPool``."""
    found: list[Violation] = []
    properties = drop_none(properties)
    _check_name(found, properties.get("UserPoolName"), where)
    _check_schema(found, properties.get("Schema"), where)
    _check_password_policy(found, _nested(properties, "Policies", "PasswordPolicy"), where)
    _check_messages(found, properties, where)
    _check_mfa(found, properties, where)
    _check_sign_in(found, properties, where)
    email = properties.get("EmailConfiguration")
    if isinstance(email, Mapping):
        _check_email(found, email, where, context)
    sms = properties.get("SmsConfiguration")
    if isinstance(sms, Mapping):
        _check_sms_configuration(found, sms, where)
    _check_account_recovery(found, properties.get("AccountRecoverySetting"), where)
    relying_party = properties.get("WebAuthnRelyingPartyID")
    if isinstance(relying_party, str) and not is_unresolved(relying_party):
        _check_length(
            found, "P39", "WebAuthnRelyingPartyID", relying_party, 1, 63, where, "a relying party id"
        )
    return found


# --------------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------------


def _nested(properties: Mapping[str, Any], *keys: str) -> Mapping[str, Any]:
    value: Any = properties
    for key in keys:
        value = value.get(key) if isinstance(value, Mapping) else None
    return value if isinstance(value, Mapping) else {}


def _literal(value: object) -> str | None:
    return value if isinstance(value, str) and not is_unresolved(value) else None


def _literal_list(value: object) -> list[Any] | None:
    """A list whose length is known (it is not a list token), else None."""
    return value if isinstance(value, list) and not is_unresolved(value) else None


def _check_length(
    found: list[Violation],
    rule: str,
    key: str,
    value: str,
    low: int,
    high: int,
    where: Where,
    what: str,
    index: int | None = None,
) -> bool:
    """The [schema] length of a literal string, in characters; False if it is out of range.

    A length within range in characters but not in UTF-16 code units (characters outside the
    Basic Multilingual Plane count twice there) is a warning: which of the two CloudFormation and
    Cognito count is unconfirmed.
    """
    length = len(value)
    if not low <= length <= high:
        found.append(
            Violation(
                rule=rule,
                prop=where(key, index),
                value=value,
                message=f"{what} is {low} to {high} characters long; this one has {length} "
                "(CloudFormation: minLength/maxLength).",
                fix=f"Give {low} to {high} characters.",
            )
        )
        return False
    if utf16_length(value) > high:
        found.append(
            Violation(
                rule=rule,
                prop=where(key, index),
                value=value,
                message=f"{what} has {length} characters but {utf16_length(value)} UTF-16 code units, more "
                f"than {high}; whether Cognito counts characters outside the Basic Multilingual Plane "
                "(emoji) once or twice is unconfirmed.",
                fix="Shorten it if the deployment rejects it.",
                severity="warning",
            )
        )
    return True


def _unconfirmed_chars(
    found: list[Violation], rule: str, prop: str, value: str, chars: list[str], what: str
) -> None:
    """A warning for characters unassigned in this Python's Unicode database."""
    if chars:
        found.append(
            Violation(
                rule=rule,
                prop=prop,
                value=value,
                message=f"{what} holds {describe_chars(chars)}, unknown to Unicode "
                f"{unicodedata.unidata_version} (this Python's); whether CloudFormation's and Cognito's "
                "Unicode place it in the pattern's class is unconfirmed.",
                fix="Leave it out if the deployment rejects the value.",
                severity="warning",
            )
        )


def _check_characters(
    found: list[Violation], rule: str, key: str, value: str, where: Where, what: str, pattern: str
) -> None:
    """The class [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s] of message templates and subjects."""
    refused, unconfirmed = split_category_class(value, "LMSNP", spaces=True)
    prop = where(key, None)
    if refused:
        found.append(
            Violation(
                rule=rule,
                prop=prop,
                value=value,
                message=f"{what} may hold letters, marks, symbols, numbers, punctuation and spaces, tabs "
                f"or line breaks; found {describe_chars(refused)} (CloudFormation: pattern {pattern}).",
                fix="Remove the control characters.",
            )
        )
    spaces = [char for char in unconfirmed if unicodedata.category(char) != "Cn"]
    if spaces:
        found.append(
            Violation(
                rule="P22",
                prop=prop,
                value=value,
                message=f"{what} holds {describe_chars(spaces)}, whitespace that CloudFormation's and "
                "Cognito's pattern takes only if it reads \\s as Unicode (Java's default \\s is ASCII "
                "whitespace only; unconfirmed).",
                fix="Use an ordinary space, or an HTML entity such as &nbsp; in an email.",
                severity="warning",
            )
        )
    _unconfirmed_chars(found, rule, prop, value, [char for char in unconfirmed if char not in spaces], what)


# --------------------------------------------------------------------------------------------------
# Name and attributes
# --------------------------------------------------------------------------------------------------


def _check_name(found: list[Violation], name: object, where: Where) -> None:
    name = _literal(name)
    if name is None:
        return
    prop = where("UserPoolName", None)
    _check_length(found, "P1", "UserPoolName", name, 1, 128, where, "a user pool name")
    refused, unconfirmed = split_word_pattern(name, "+=,.@-")
    if refused:
        found.append(
            Violation(
                rule="P2",
                prop=prop,
                value=name,
                message="a user pool name may hold only letters, digits, spaces and _ + = , . @ -; found "
                f"{describe_chars(refused)} (Cognito: 'Member must satisfy regular expression pattern: "
                "[\\w\\s+=,.@-]+').",
                fix="Remove or replace those characters.",
            )
        )
    elif unconfirmed:
        found.append(
            Violation(
                rule="P2",
                prop=prop,
                value=name,
                message=f"whether Cognito accepts {describe_chars(unconfirmed)} in a user pool name is "
                "unconfirmed: its pattern [\\w\\s+=,.@-]+ allows them only if \\w and \\s are read as "
                "Unicode, and the developer guide names ASCII letters and digits only.",
                fix="Use ASCII letters, digits and spaces if the deployment rejects the name.",
                severity="warning",
            )
        )


_VERIFIED_BUILT_INS = frozenset(("email_verified", "phone_number_verified"))


def _check_schema(found: list[Violation], schema: object, where: Where) -> None:
    attributes = _literal_list(schema)
    if attributes is None:
        return
    if not 1 <= len(attributes) <= 50:
        found.append(
            Violation(
                rule="P3",
                prop=where("Schema", None),
                value=f"{len(attributes)} attributes",
                message="a user pool's schema holds 1 to 50 attributes, standard and custom together "
                "(CloudFormation: minItems/maxItems; Cognito quota: 50 custom attributes).",
                fix="Declare 50 attributes or fewer (standard attributes need no entry unless you change "
                "them), or leave the schema out.",
            )
        )
    for index, attribute in enumerate(attributes):
        if not isinstance(attribute, Mapping):
            continue
        name = _literal(attribute.get("Name"))
        if name is not None:
            _check_attribute_name(found, index, name, where)
        _check_attribute_constraints(found, index, attribute, where)


def _check_attribute_name(found: list[Violation], index: int, name: str, where: Where) -> None:
    prop = where("Schema", index)
    if not 1 <= len(name) <= 20:
        found.append(
            Violation(
                rule="P4",
                prop=prop,
                value=name,
                message=f"an attribute name is 1 to 20 characters long, without the custom: prefix; this one "
                f"has {len(name)} (Cognito: \"Value '{short(name)}' at 'schema.{index + 1}.member.name' "
                'failed to satisfy constraint: Member must have length less than or equal to 20").',
                fix="Choose a shorter name.",
            )
        )
    refused, unconfirmed = split_category_class(name, "LMSNP")
    if refused:
        found.append(
            Violation(
                rule="P5",
                prop=prop,
                value=name,
                message="an attribute name may hold letters, marks, symbols, numbers and punctuation, not "
                f"{describe_chars(refused)} (CloudFormation: pattern "
                "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+).",
                fix="Remove spaces and control characters from the name.",
            )
        )
    _unconfirmed_chars(found, "P5", prop, name, unconfirmed, "an attribute name")
    if name in _VERIFIED_BUILT_INS:
        found.append(
            Violation(
                rule="P6",
                prop=prop,
                value=name,
                message=f"{name} is built into every user pool and cannot be declared in its schema; "
                "Cognito treats the entry as a custom attribute (aws/aws-cdk#14699), and whether it "
                "accepts it is unconfirmed.",
                fix=f"Remove {name}; Cognito maintains it.",
                severity="warning",
            )
        )


def _int_of(value: object) -> int | None:
    if isinstance(value, str) and re.fullmatch(r"-?[0-9]+", value):
        return int(value)
    return None


def _check_attribute_constraints(
    found: list[Violation], index: int, attribute: Mapping[str, Any], where: Where
) -> None:
    prop = where("Schema", index)
    for key, low_key, high_key, unit in (
        ("StringAttributeConstraints", "MinLength", "MaxLength", "length"),
        ("NumberAttributeConstraints", "MinValue", "MaxValue", "value"),
    ):
        constraints = attribute.get(key)
        if not isinstance(constraints, Mapping):
            continue
        low, high = _int_of(constraints.get(low_key)), _int_of(constraints.get(high_key))
        if low is not None and high is not None and low > high:
            found.append(
                Violation(
                    rule="P7",
                    prop=prop,
                    value=f"{low_key} {low}, {high_key} {high}",
                    message=f"the minimum {unit} is above the maximum; Cognito is reported to refuse this "
                    f"('Max {unit} cannot be less than min {unit}.', from moto's model; unconfirmed).",
                    fix=f"Give a minimum {unit} at most the maximum.",
                    severity="warning",
                )
            )
        if unit == "length" and low is not None and low > 2048:
            found.append(
                Violation(
                    rule="P7",
                    prop=prop,
                    value=f"{low_key} {low}",
                    message="a string attribute is at most 2048 characters, so a minimum length above 2048 "
                    "can never be met ('String attributes cannot have a length of more than 2048', from "
                    "moto's model; unconfirmed).",
                    fix="Give a minimum length of at most 2048.",
                    severity="warning",
                )
            )


def _check_password_policy(found: list[Violation], policy: Mapping[str, Any], where: Where) -> None:
    base = "Policies.PasswordPolicy."
    for rule, key, low, high, unit in (
        ("P8", "MinimumLength", 6, 99, "characters"),
        ("P9", "TemporaryPasswordValidityDays", 0, 365, "days"),
        ("P10", "PasswordHistorySize", 0, 24, "passwords"),
    ):
        value = policy.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float) or is_unresolved(value):
            continue
        if not low <= value <= high:
            found.append(
                Violation(
                    rule=rule,
                    prop=where(base + key, None),
                    value=value,
                    message=f"{key} is {low} to {high} {unit} (CloudFormation: minimum/maximum).",
                    fix=f"Choose a value from {low} to {high} {unit}.",
                )
            )


# --------------------------------------------------------------------------------------------------
# Message templates
# --------------------------------------------------------------------------------------------------

_CODE = "{####}"
_LINK = r"\{##(.*?)##\}"
# Java's '.' (the API's pattern .*\{####\}.* for SMS templates) does not match these.
_LINE_TERMINATORS = frozenset("\n\r\u0085\u2028\u2029")
_EMAIL_PATTERN = "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*"
_SUBJECT_PATTERN = "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s]+"


def _check_sms(found: list[Violation], rule: str, key: str, value: object, where: Where, what: str) -> None:
    """An SMS template with the {####} code: 6 to 140 characters ([schema])."""
    text = _literal(value)
    if text is None:
        return
    _check_length(found, rule, key, text, 6, 140, where, what)
    if _CODE not in text:
        found.append(
            Violation(
                rule=rule,
                prop=where(key, None),
                value=text,
                message=f"{what} must hold the code placeholder {_CODE} (CloudFormation: pattern "
                "\\{####\\}).",
                fix=f"Add {_CODE} where the code goes.",
            )
        )
    _check_sms_line_breaks(found, key, text, where, what)


def _check_sms_line_breaks(found: list[Violation], key: str, text: str, where: Where, what: str) -> None:
    line_break = next((char for char in text if char in _LINE_TERMINATORS), None)
    if line_break is not None:
        found.append(
            Violation(
                rule="P13",
                prop=where(key, None),
                value=text,
                message=f"{what} holds a line break ({line_break!r}); Cognito's pattern for it is "
                ".*\\{####\\}.*, and Java's '.' matches no line break, so it may be refused (unconfirmed).",
                fix="Keep the SMS message on one line.",
                severity="warning",
            )
        )


def _check_email_body(
    found: list[Violation], rule: str, key: str, value: object, where: Where, what: str, *, link: bool
) -> None:
    """A verification email: 6 to 20000 characters of the message class, with its placeholder."""
    text = _literal(value)
    if text is None:
        return
    _check_length(found, rule, key, text, 6, 20000, where, what)
    _check_characters(found, rule, key, text, where, what, _EMAIL_PATTERN)
    links = [match.group(1) for match in re.finditer(_LINK, text, re.DOTALL)]
    if link and not links:
        found.append(
            Violation(
                rule=rule,
                prop=where(key, None),
                value=text,
                message=f"{what} must hold a link placeholder such as {{##Verify Email##}} (CloudFormation: "
                "pattern ...\\{##...##\\}...; Cognito: 'The message is invalid.').",
                fix="Add {##Click here##} where the link goes.",
            )
        )
    elif link and not any(links):
        found.append(
            Violation(
                rule="P16",
                prop=where(key, None),
                value=text,
                message=f"{what} holds only {_CODE}, a link placeholder with no text; Cognito refused such a "
                "link message with 'The message is invalid.' (aws-amplify/amplify-cli#5907; unconfirmed).",
                fix="Give the link a text: {##Verify Email##}.",
                severity="warning",
            )
        )
    if not link and _CODE not in text:
        found.append(
            Violation(
                rule=rule,
                prop=where(key, None),
                value=text,
                message=f"{what} must hold the code placeholder {_CODE} (Cognito: 'Member must satisfy "
                f"regular expression pattern: {_EMAIL_PATTERN}\\{{####\\}}{_EMAIL_PATTERN}').",
                fix=f"Add {_CODE} where the code goes.",
            )
        )


def _check_subject(found: list[Violation], key: str, value: object, where: Where) -> None:
    text = _literal(value)
    if text is None:
        return
    what = "an email subject"
    _check_length(found, "P17", key, text, 1, 140, where, what)
    _check_characters(found, "P17", key, text, where, what, _SUBJECT_PATTERN)


def _check_messages(found: list[Violation], properties: Mapping[str, Any], where: Where) -> None:
    _check_sms(
        found,
        "P11",
        "SmsAuthenticationMessage",
        properties.get("SmsAuthenticationMessage"),
        where,
        "an MFA SMS",
    )
    template = _nested(properties, "VerificationMessageTemplate")
    vmt = "VerificationMessageTemplate."
    for key, value in (
        ("SmsVerificationMessage", properties.get("SmsVerificationMessage")),
        (vmt + "SmsMessage", template.get("SmsMessage")),
    ):
        _check_sms(found, "P12", key, value, where, "a verification SMS")
    for key, value in (
        ("EmailVerificationMessage", properties.get("EmailVerificationMessage")),
        (vmt + "EmailMessage", template.get("EmailMessage")),
    ):
        _check_email_body(found, "P14", key, value, where, "a verification email", link=False)
    link_body = template.get("EmailMessageByLink")
    what = "a verification email with a link"
    _check_email_body(found, "P15", vmt + "EmailMessageByLink", link_body, where, what, link=True)
    for key, value in (
        ("EmailVerificationSubject", properties.get("EmailVerificationSubject")),
        (vmt + "EmailSubject", template.get("EmailSubject")),
        (vmt + "EmailSubjectByLink", template.get("EmailSubjectByLink")),
    ):
        _check_subject(found, key, value, where)
    _check_email_option(found, properties, template, where)
    _check_invitation(found, _nested(properties, "AdminCreateUserConfig", "InviteMessageTemplate"), where)


def _check_email_option(
    found: list[Violation], properties: Mapping[str, Any], template: Mapping[str, Any], where: Where
) -> None:
    option = template.get("DefaultEmailOption")
    link_style = option == "CONFIRM_WITH_LINK"
    if link_style and properties.get("EmailVerificationMessage") is not None:
        found.append(
            Violation(
                rule="P21",
                prop=where("EmailVerificationMessage", None),
                value=option,
                message="a pool that verifies by link (CONFIRM_WITH_LINK) takes its email in "
                "EmailMessageByLink, without the code-style EmailVerificationMessage; with both, Cognito "
                "answers 'The message is invalid.' (aws/aws-cdk#6705, fixed in the reference by #6938).",
                fix="Leave the code-style email body unset when user_verification.email_style is LINK.",
            )
        )
        return
    code_bodies = [
        key
        for key, value in (
            ("EmailVerificationMessage", properties.get("EmailVerificationMessage")),
            ("VerificationMessageTemplate.EmailMessage", template.get("EmailMessage")),
        )
        if value is not None
    ]
    if code_bodies and (link_style or template.get("EmailMessageByLink") is not None):
        found.append(
            Violation(
                rule="P21",
                prop=where(code_bodies[0], None),
                value=option,
                message="the pool has a code-style email body "
                f"({', '.join(code_bodies)}) and a link-style one or option; whether Cognito takes both "
                "(only EmailVerificationMessage with CONFIRM_WITH_LINK is known to fail) is unconfirmed.",
                fix="Give only the body of the email style the pool uses.",
                severity="warning",
            )
        )


def _check_invitation(found: list[Violation], invitation: Mapping[str, Any], where: Where) -> None:
    base = "AdminCreateUserConfig.InviteMessageTemplate."
    email, sms = _literal(invitation.get("EmailMessage")), _literal(invitation.get("SMSMessage"))
    if email is not None:
        _check_length(found, "P18", base + "EmailMessage", email, 6, 20000, where, "an invitation email")
        _check_characters(
            found, "P18", base + "EmailMessage", email, where, "an invitation email", _EMAIL_PATTERN
        )
    if sms is not None:
        _check_length(found, "P18", base + "SMSMessage", sms, 6, 140, where, "an invitation SMS")
    _check_subject(found, base + "EmailSubject", invitation.get("EmailSubject"), where)
    messages = (
        (base + "EmailMessage", email, "an invitation email"),
        (base + "SMSMessage", sms, "an invitation SMS"),
    )
    for key, text, what in messages:
        if text is None:
            continue
        if "{username}" not in text:
            found.append(
                Violation(
                    rule="P19",
                    prop=where(key, None),
                    value=text,
                    message=f"{what} must hold the {{username}} placeholder: Cognito refuses invitation "
                    "templates without it.",
                    fix="Add {username} where the user name goes.",
                )
            )
        if _CODE not in text:
            found.append(
                Violation(
                    rule="P20",
                    prop=where(key, None),
                    value=text,
                    message=f"{what} has no {_CODE} (the temporary password); Cognito requires it when it "
                    "creates users with passwords, and whether it refuses the template without it is "
                    "unconfirmed.",
                    fix=f"Add {_CODE} where the temporary password goes.",
                    severity="warning",
                )
            )


# --------------------------------------------------------------------------------------------------
# MFA and sign-in
# --------------------------------------------------------------------------------------------------


def _check_mfa(found: list[Violation], properties: Mapping[str, Any], where: Where) -> None:
    mfa = properties.get("MfaConfiguration", "OFF")
    raw_enabled = properties.get("EnabledMfas")
    if is_unresolved(mfa) or (raw_enabled is not None and _literal_list(raw_enabled) is None):
        return
    enabled = _literal_list(raw_enabled)
    known = None if enabled is None or any_unresolved(enabled) else set(enabled)
    has_sms_config = properties.get("SmsConfiguration") is not None
    if mfa not in ("ON", "OPTIONAL"):
        if enabled:
            found.append(
                Violation(
                    rule="P25",
                    prop=where("EnabledMfas", None),
                    value=enabled,
                    message="MFA factors are enabled while MFA is OFF (Cognito: 'Invalid MFA configuration "
                    "given, can't turn off MFA and configure an MFA together.').",
                    fix="Set mfa to OPTIONAL or REQUIRED, or enable no second factor.",
                )
            )
        return
    if enabled == []:
        found.append(
            Violation(
                rule="P23",
                prop=where("EnabledMfas", None),
                value=enabled,
                message=f"MFA is {mfa} but no second factor is enabled (Cognito: 'Invalid MFA configuration "
                "given, can't disable all MFAs with a required or optional configuration.').",
                fix="Enable mfa_second_factor.otp or .sms, or set mfa to OFF.",
            )
        )
        return
    # Without EnabledMfas, CloudFormation enables SMS MFA.
    sms_mfa = enabled is None or "SMS_MFA" in enabled
    if sms_mfa and not has_sms_config:
        found.append(
            Violation(
                rule="P24",
                prop=where("SmsConfiguration", None),
                value=None,
                message="SMS MFA needs an SMS configuration (CloudFormation: 'SMS_MFA can only be enabled if "
                "SMS configuration is provided'; Cognito: 'SMS configuration and Auto verification for "
                "phone_number are required when MFA is required/optional').",
                fix="Leave enable_sms_role unset (or True), give sms_role, or use mfa_second_factor "
                "otp=True, sms=False.",
            )
        )
    elif known == {"EMAIL_OTP"} and not has_sms_config:
        found.append(
            Violation(
                rule="P26",
                prop=where("EnabledMfas", None),
                value=enabled,
                message="CloudFormation has refused user pools whose only MFA factor is email with 'SMS "
                "configuration and Auto verification for phone_number are required when MFA is "
                "required/optional' (aws/aws-cdk#32615, open); whether it still does is unconfirmed.",
                fix="Add another factor (otp) or an SMS configuration, or enable email MFA after creation.",
                severity="warning",
            )
        )


def _check_sign_in(found: list[Violation], properties: Mapping[str, Any], where: Where) -> None:
    aliases = _literal_list(properties.get("AliasAttributes"))
    usernames = _literal_list(properties.get("UsernameAttributes"))
    if aliases and usernames:
        found.append(
            Violation(
                rule="P27",
                prop=where("AliasAttributes", None),
                value={"AliasAttributes": aliases, "UsernameAttributes": usernames},
                message="a pool signs in either with a username and aliases or with email/phone as the "
                "username, not both (Cognito: 'Only one of the aliasAttributes or usernameAttributes can be "
                "set in a User Pool.').",
                fix="Keep one of the two.",
            )
        )
    verified = _literal_list(properties.get("AutoVerifiedAttributes"))
    if verified and "phone_number" in verified and properties.get("SmsConfiguration") is None:
        found.append(
            Violation(
                rule="P28",
                prop=where("AutoVerifiedAttributes", None),
                value=verified,
                message="phone numbers are verified by SMS, but the pool has no SMS configuration; whether "
                "Cognito refuses the pool, or only fails to send the codes, is unconfirmed.",
                fix="Leave enable_sms_role unset (or True), or give sms_role.",
                severity="warning",
            )
        )


# --------------------------------------------------------------------------------------------------
# Email and SMS configuration
# --------------------------------------------------------------------------------------------------

_ADDRESS_CLASS = "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]"
_CONFIGURATION_SET = r"[a-zA-Z0-9_-]{1,64}"
# Cognito's documented SES regions (developer guide, "Amazon SES email configuration Regions", 2023):
# every pool may use SES in its own region; the pools of these regions may also use the three below.
_SES_LEGACY_REGIONS = frozenset(("us-east-1", "us-west-2", "eu-west-1"))
_POOLS_WITH_LEGACY_SES = frozenset(
    (
        "us-east-1",
        "us-east-2",
        "us-west-2",
        "ca-central-1",
        "ap-northeast-1",
        "ap-northeast-2",
        "ap-south-1",
        "ap-southeast-1",
        "ap-southeast-2",
        "eu-west-1",
        "eu-west-2",
        "eu-central-1",
    )
)


def _check_email(
    found: list[Violation], email: Mapping[str, Any], where: Where, context: PoolRuleContext
) -> None:
    account = email.get("EmailSendingAccount", "COGNITO_DEFAULT")
    source_arn = email.get("SourceArn")
    sender = email.get("From")
    if not is_unresolved(account):
        if _literal(sender) and account == "COGNITO_DEFAULT" and source_arn is None:
            found.append(
                Violation(
                    rule="P29",
                    prop=where("EmailConfiguration.From", None),
                    value=sender,
                    message="a From address needs an SES identity: with Cognito's default email and no "
                    "SourceArn, Cognito answers 'Cannot configure From email address for default email "
                    "configuration'.",
                    fix="Send with UserPoolEmail.with_ses(from_email=...), or leave the From address unset.",
                )
            )
        if account == "DEVELOPER" and source_arn is None:
            found.append(
                Violation(
                    rule="P32",
                    prop=where("EmailConfiguration.SourceArn", None),
                    value=None,
                    message="sending with your own SES configuration (DEVELOPER) takes the ARN of a "
                    "verified SES identity in SourceArn, as Cognito documents; the error without it is "
                    "unconfirmed.",
                    fix="Use UserPoolEmail.with_ses(...), which sets the identity's ARN.",
                    severity="warning",
                )
            )
    _check_from(found, _literal(sender), where)
    _check_reply_to(found, _literal(email.get("ReplyToEmailAddress")), where)
    prop = where("EmailConfiguration.SourceArn", None)
    check_arn(found, "P33", prop, source_arn, "an SES identity ARN")
    configuration_set = _literal(email.get("ConfigurationSet"))
    if configuration_set is not None and re.fullmatch(_CONFIGURATION_SET, configuration_set) is None:
        found.append(
            Violation(
                rule="P34",
                prop=where("EmailConfiguration.ConfigurationSet", None),
                value=configuration_set,
                message="an SES configuration set name is 1 to 64 letters, digits, _ and - (CloudFormation: "
                "pattern ^[a-zA-Z0-9_-]+$).",
                fix="Give the configuration set's name as SES shows it.",
            )
        )
    _check_ses_region(found, source_arn, prop, context)


def _check_from(found: list[Violation], sender: str | None, where: Where) -> None:
    if not sender:
        return
    address = sender.rpartition("<")[2].rstrip(">").strip() if "<" in sender else sender.strip()
    if re.fullmatch(r".+@.+", address, re.DOTALL) is None:
        found.append(
            Violation(
                rule="P30",
                prop=where("EmailConfiguration.From", None),
                value=sender,
                message="a From address is an email address or 'Name <address>'; this one has no "
                f"address in it ({address!r}), and Cognito refused such a value (aws/aws-cdk#18825).",
                fix="Give from_email as name@domain, and the display name in from_name.",
            )
        )


def _check_reply_to(found: list[Violation], reply_to: str | None, where: Where) -> None:
    if reply_to is None:
        return
    refused, unconfirmed = split_category_class(reply_to, "LMSNP")
    prop = where("EmailConfiguration.ReplyToEmailAddress", None)
    if refused or "@" not in reply_to[1:-1]:
        found.append(
            Violation(
                rule="P31",
                prop=prop,
                value=reply_to,
                message="a reply-to address is name@domain, without spaces or control characters "
                f"(CloudFormation: pattern ^{_ADDRESS_CLASS}+@{_ADDRESS_CLASS}+$).",
                fix="Give a single email address.",
            )
        )
    else:
        _unconfirmed_chars(found, "P31", prop, reply_to, unconfirmed, "a reply-to address")


def _check_ses_region(
    found: list[Violation], source_arn: object, prop: str, context: PoolRuleContext
) -> None:
    pool_region, ses_region = context.region, arn_field(source_arn, 3)
    if pool_region is None or is_unresolved(pool_region) or not ses_region or ses_region == pool_region:
        return
    if pool_region in _POOLS_WITH_LEGACY_SES and ses_region in _SES_LEGACY_REGIONS:
        return
    allowed = sorted(
        {pool_region} | (_SES_LEGACY_REGIONS if pool_region in _POOLS_WITH_LEGACY_SES else set())
    )
    found.append(
        Violation(
            rule="P35",
            prop=prop,
            value=source_arn,
            message=f"a user pool in {pool_region} sends with SES in {', '.join(allowed)} by Cognito's "
            f"documented table (2023), not in {ses_region}; the table may be out of date (unconfirmed).",
            fix="Verify the SES identity in the pool's region and set ses_region to it.",
            severity="warning",
        )
    )


_EXTERNAL_ID = r"[\w+=,.@:/-]{2,1224}"


def _check_sms_configuration(found: list[Violation], sms: Mapping[str, Any], where: Where) -> None:
    region = _literal(sms.get("SnsRegion"))
    if region is not None:
        _check_length(found, "P36", "SmsConfiguration.SnsRegion", region, 5, 32, where, "an SNS region")
    external_id = _literal(sms.get("ExternalId"))
    if external_id is not None and re.fullmatch(_EXTERNAL_ID, external_id, re.ASCII) is None:
        found.append(
            Violation(
                rule="P37",
                prop=where("SmsConfiguration.ExternalId", None),
                value=external_id,
                message="Cognito passes the external id to sts:AssumeRole, which takes 2 to 1224 characters "
                "of letters, digits and + = , . @ : / - _; whether the pool is refused (an invalid trust "
                "relationship) is unconfirmed.",
                fix="Choose an external id of those characters, and the same one in the role's trust policy.",
                severity="warning",
            )
        )


_RECOVERY_NAMES = frozenset(("admin_only", "verified_email", "verified_phone_number"))


def _check_account_recovery(found: list[Violation], setting: object, where: Where) -> None:
    if not isinstance(setting, Mapping):
        return
    mechanisms = _literal_list(setting.get("RecoveryMechanisms"))
    if mechanisms is None:
        return
    key = "AccountRecoverySetting.RecoveryMechanisms"
    if not 1 <= len(mechanisms) <= 2:
        found.append(
            Violation(
                rule="P38",
                prop=where(key, None),
                value=mechanisms,
                message="account recovery takes 1 or 2 mechanisms (CloudFormation: minItems/maxItems).",
                fix="Choose an AccountRecovery option.",
            )
        )
    for index, mechanism in enumerate(mechanisms):
        if not isinstance(mechanism, Mapping):
            continue
        name = _literal(mechanism.get("Name"))
        if name is not None and name not in _RECOVERY_NAMES:
            found.append(
                Violation(
                    rule="P38",
                    prop=where(key, index),
                    value=name,
                    message="a recovery mechanism is admin_only, verified_email or verified_phone_number "
                    "(CloudFormation: enum).",
                    fix="Choose an AccountRecovery option.",
                )
            )
        priority = mechanism.get("Priority")
        if isinstance(priority, bool) or not isinstance(priority, int | float) or is_unresolved(priority):
            continue
        if priority not in (1, 2):
            found.append(
                Violation(
                    rule="P38",
                    prop=where(key, index),
                    value=priority,
                    message="a recovery mechanism's priority is 1 or 2 (CloudFormation: minimum/maximum).",
                    fix="Choose an AccountRecovery option.",
                )
            )
