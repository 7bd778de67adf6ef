"""An independent checker of Cognito's deploy-time rules, for the tests.

Written from ``shared/research/cognito-client-constraints.md`` (clients) and
``docs/research/cognito-pool-constraints.md`` (pools, domains, identity providers) without looking at
``cdk_cognito._rules``: it reads a *synthesized* template, where every CDK token has become
an intrinsic (a dict), so only plain strings and numbers are judged. It returns the IDs of
the [schema]/[service] rules (errors, not warnings) that a resource breaks.

Names under the schema pattern ``[\\w\\s+=,.@-]+`` (C3, RS2) are refused only for a character that
no reading of ``\\w``/``\\s`` takes: not Python's ``re`` (Unicode), not the ``regex`` module's
(Unicode's own definition, the one cfn-lint uses, with a newer Unicode than this Python's), and not
a code point this Python does not know yet (unless it is a noncharacter).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any
from urllib.parse import urlsplit

import regex

STANDARD_SCOPES = {"phone", "email", "openid", "profile", "aws.cognito.signin.user.admin"}
LOOPBACK = {"localhost", "127.0.0.1", "::1"}
NOT_NAME_CHAR = r"[^\w\s+=,.@-]"


def name_char_verdicts(text: str) -> dict[str, str]:
    """Each character of ``text`` outside the ASCII reading of the class: "unconfirmed" or "refused".

    "unconfirmed": some Unicode reading takes it; "refused": none does.
    """
    outside_ascii = {m.group() for m in re.finditer(NOT_NAME_CHAR, text, re.ASCII)}
    outside_re = {m.group() for m in re.finditer(NOT_NAME_CHAR, text)}
    outside_regex = {m.group() for m in regex.finditer(NOT_NAME_CHAR, text)}
    verdicts = {}
    for ch in outside_ascii:
        code = ord(ch)
        noncharacter = 0xFDD0 <= code < 0xFDF0 or code % 0x10000 >= 0xFFFE
        unknown_yet = unicodedata.category(ch) == "Cn" and not noncharacter
        refused = ch in outside_re and ch in outside_regex and not unknown_yet
        verdicts[ch] = "refused" if refused else "unconfirmed"
    return verdicts


def name_verdict(name: str) -> str:
    """The worst verdict over the characters of ``name``: "refused", "unconfirmed" or "ok"."""
    verdicts = set(name_char_verdicts(name).values())
    return next((v for v in ("refused", "unconfirmed") if v in verdicts), "ok")


def _strings(values: Any) -> list[str]:
    return [v for v in values if isinstance(v, str)] if isinstance(values, list) else []


def _url_errors(url: str, *, callback: bool) -> set[str]:
    errors = set()
    if not 1 <= len(url) <= 1024:
        errors.add("C5")
    if any(unicodedata.category(ch)[0] not in "LMSNP" for ch in url):
        errors.add("C6")
    if callback and url.startswith("http://"):
        try:
            host = urlsplit(url).hostname
        except ValueError:
            host = None
        if host is None or host.lower() not in LOOPBACK:
            errors.add("C7")
    return errors


def client_errors(props: dict[str, Any]) -> set[str]:
    """Rule IDs broken by the Properties of an ``AWS::Cognito::UserPoolClient``."""
    errors: set[str] = set()
    pool_id = props.get("UserPoolId")
    if isinstance(pool_id, str) and (
        len(pool_id) > 55 or not re.fullmatch(r"[A-Za-z0-9_-]+_[0-9a-zA-Z]+", pool_id)
    ):
        errors.add("C1")
    name = props.get("ClientName")
    if isinstance(name, str):
        if not 1 <= len(name) <= 128:
            errors.add("C2")
        if name_verdict(name) == "refused":
            errors.add("C3")
    callbacks, logouts = props.get("CallbackURLs"), props.get("LogoutURLs")
    for urls, callback in ((callbacks, True), (logouts, False)):
        if isinstance(urls, list) and len(urls) > 100:
            errors.add("C4")
        for url in _strings(urls):
            errors |= _url_errors(url, callback=callback)
    redirect = props.get("DefaultRedirectURI")
    if isinstance(redirect, str):
        errors |= _url_errors(redirect, callback=True)
        if (
            isinstance(callbacks, list)
            and all(isinstance(u, str) for u in callbacks)
            and redirect not in callbacks
        ):
            errors.add("C10")
    flows = props.get("AllowedOAuthFlows") or []
    scopes = props.get("AllowedOAuthScopes")
    if props.get("AllowedOAuthFlowsUserPoolClient") is True:
        if isinstance(flows, list) and not flows:
            errors.add("C13")
        if isinstance(scopes, list) and not scopes:
            errors.add("C13")
        if isinstance(flows, list) and {"code", "implicit"} & set(flows) and not callbacks:
            errors.add("C14")
        if isinstance(flows, list) and "client_credentials" in flows:
            if props.get("GenerateSecret") is not True:
                errors.add("C16")
            if STANDARD_SCOPES & set(_strings(scopes)):
                errors.add("C17")
        if isinstance(scopes, list):
            if len(scopes) > 50:
                errors.add("C12")
            for scope in _strings(scopes):
                if not 1 <= len(scope) <= 256 or any(
                    not (0x21 <= ord(ch) <= 0x7E) or ch in '"\\' for ch in scope
                ):
                    errors.add("C12")
                elif scope not in STANDARD_SCOPES and "/" not in scope:
                    errors.add("C18")
    for provider in _strings(props.get("SupportedIdentityProviders")):
        if not 1 <= len(provider) <= 32 or any(
            unicodedata.category(ch)[0] not in "LMSNPZ" for ch in provider
        ):
            errors.add("C20")
    for key in ("ReadAttributes", "WriteAttributes"):
        if any(not 1 <= len(name) <= 2048 for name in _strings(props.get(key))):
            errors.add("C27")
    session = props.get("AuthSessionValidity")
    if isinstance(session, int | float) and not isinstance(session, bool) and not 3 <= session <= 15:
        errors.add("C28")
    rotation = props.get("RefreshTokenRotation")
    if isinstance(rotation, dict):
        grace = rotation.get("RetryGracePeriodSeconds")
        if isinstance(grace, int | float) and not 0 <= grace <= 60:
            errors.add("C29")
    return errors


def resource_server_errors(props: dict[str, Any]) -> set[str]:
    """Rule IDs broken by the Properties of an ``AWS::Cognito::UserPoolResourceServer``."""
    errors: set[str] = set()
    pool_id = props.get("UserPoolId")
    if isinstance(pool_id, str) and not re.fullmatch(r"[A-Za-z0-9_-]+_[0-9a-zA-Z]+", pool_id):
        errors.add("C1")
    name = props.get("Name")
    if isinstance(name, str):
        if not 1 <= len(name) <= 256:
            errors.add("RS1")
        if name_verdict(name) == "refused":
            errors.add("RS2")
    return errors


def template_errors(template: dict[str, Any], *, pool_family: bool = False) -> dict[str, set[str]]:
    """Broken rule IDs per logical ID, for every Cognito client and resource server.

    With ``pool_family``, the user pools, domains and identity providers too. That is off by default
    until their constructs report the pool-family rules (the parity harness judges every template it
    lets through with the default).
    """
    found: dict[str, set[str]] = {}
    for logical_id, resource in template.get("Resources", {}).items():
        props = resource.get("Properties", {})
        if resource.get("Type") == "AWS::Cognito::UserPoolClient":
            errors = client_errors(props)
        elif pool_family and resource.get("Type") in POOL_FAMILY:
            errors = POOL_FAMILY[resource["Type"]](props)
        elif resource.get("Type") == "AWS::Cognito::UserPoolResourceServer":
            errors = resource_server_errors(props)
        else:
            continue
        if errors:
            found[logical_id] = errors
    return found


# --------------------------------------------------------------------------------------------------
# The user pool family (docs/research/cognito-pool-constraints.md): the errors only
# --------------------------------------------------------------------------------------------------

# The schemas' patterns, as cfn-lint's regex engine reads them (Unicode \w and \s).
MESSAGE = regex.compile(r"^[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*$")
SUBJECT = regex.compile(r"^[\p{L}\p{M}\p{S}\p{N}\p{P}\s]+$")
LMSNP = regex.compile(r"^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$")
REPLY_TO = regex.compile(r"^[\p{L}\p{M}\p{S}\p{N}\p{P}]+@[\p{L}\p{M}\p{S}\p{N}\p{P}]+$")
ARN = regex.compile(
    r"^arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?$"
)
PREFIX = regex.compile(r"^[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?$")
FQDN = regex.compile(r"^[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)+$")
PROVIDER_NAME = regex.compile(r"^[^_\p{Z}][\p{L}\p{M}\p{S}\p{N}\p{P}][^_\p{Z}]+$")
MAP_KEY = regex.compile(r"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$")
POOL_ID = regex.compile(r"^[\w-]+_[0-9a-zA-Z]+$")
SOCIAL = {"Google", "Facebook", "LoginWithAmazon"}


def _known(text: str) -> str:
    """``text`` with each code point this Python's Unicode does not know yet (noncharacters aside) as "a".

    A later Unicode may make such a code point a letter or a symbol: no class is judged to refuse it.
    """
    return "".join("a" if _unknown_yet(ch) else ch for ch in text)


def _unknown_yet(ch: str) -> bool:
    code = ord(ch)
    noncharacter = 0xFDD0 <= code < 0xFDF0 or code % 0x10000 >= 0xFFFE
    return unicodedata.category(ch) == "Cn" and not noncharacter


def _fits(pattern: regex.Pattern[str], text: str) -> bool:
    return pattern.fullmatch(_known(text)) is not None


def _fits_cloudformation(pattern: regex.Pattern[str], text: str) -> bool:
    """A pattern only CloudFormation checks: its validator searches, and ``$`` also matches before a
    final line terminator (Java), so one may end the value."""
    for end in ("\r\n", "\n", "\r", "\x85", "\u2028", "\u2029"):
        if text.endswith(end):
            text = text[: -len(end)]
            break
    return _fits(pattern, text)


def _word_pattern_refused(text: str, others: str) -> bool:
    """Whether no reading of ``[\\w\\s<others>]+`` takes a character of ``text`` (as name_char_verdicts)."""
    outside = rf"[^\w\s{re.escape(others)}]"
    return any(
        re.match(outside, ch) and regex.match(outside, ch) and _known(ch) == ch
        for ch in {m.group() for m in re.finditer(outside, text, re.ASCII)}
    )


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _joined(value: Any) -> str:
    """A literal string, or an Fn::Join of literals and intrinsics with each intrinsic as NUL."""
    if isinstance(value, str):
        return value
    join = value.get("Fn::Join") if isinstance(value, dict) else None
    if isinstance(join, list) and len(join) == 2 and isinstance(join[1], list):
        return str(join[0]).join(part if isinstance(part, str) else "\x00" for part in join[1])
    return ""


def _sub(props: Any, *keys: str) -> dict[str, Any]:
    for key in keys:
        props = props.get(key) if isinstance(props, dict) else None
    return props if isinstance(props, dict) else {}


def _number(value: Any) -> float | None:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _sms_errors(value: Any) -> bool:
    text = _text(value)
    return text is not None and (not 6 <= len(text) <= 140 or "{####}" not in text)


def pool_errors(props: dict[str, Any]) -> set[str]:
    """Rule IDs broken by the Properties of an ``AWS::Cognito::UserPool``."""
    errors: set[str] = set()
    name = _text(props.get("UserPoolName"))
    if name is not None:
        if not 1 <= len(name) <= 128:
            errors.add("P1")
        if name_verdict(name) == "refused":
            errors.add("P2")
    schema = props.get("Schema")
    if isinstance(schema, list):
        if not 1 <= len(schema) <= 50:
            errors.add("P3")
        for attribute in schema:
            attr_name = _text(attribute.get("Name")) if isinstance(attribute, dict) else None
            if attr_name is not None:
                if not 1 <= len(attr_name) <= 20:
                    errors.add("P4")
                if attr_name and not _fits(LMSNP, attr_name):
                    errors.add("P5")
    policy = _sub(props, "Policies", "PasswordPolicy")
    for rule, key, low, high in (
        ("P8", "MinimumLength", 6, 99),
        ("P9", "TemporaryPasswordValidityDays", 0, 365),
        ("P10", "PasswordHistorySize", 0, 24),
    ):
        number = _number(policy.get(key))
        if number is not None and not low <= number <= high:
            errors.add(rule)
    if _sms_errors(props.get("SmsAuthenticationMessage")):
        errors.add("P11")
    template = _sub(props, "VerificationMessageTemplate")
    if _sms_errors(props.get("SmsVerificationMessage")) or _sms_errors(template.get("SmsMessage")):
        errors.add("P12")
    for body in (props.get("EmailVerificationMessage"), template.get("EmailMessage")):
        text = _text(body)
        if text is not None and (
            not 6 <= len(text) <= 20000 or not _fits(MESSAGE, text) or "{####}" not in text
        ):
            errors.add("P14")
    link = _text(template.get("EmailMessageByLink"))
    if link is not None and (
        not 6 <= len(link) <= 20000 or not _fits(MESSAGE, link) or not re.search(r"\{##.*##\}", link, re.S)
    ):
        errors.add("P15")
    invitation = _sub(props, "AdminCreateUserConfig", "InviteMessageTemplate")
    subjects = [
        props.get("EmailVerificationSubject"),
        template.get("EmailSubject"),
        template.get("EmailSubjectByLink"),
        invitation.get("EmailSubject"),
    ]
    for subject in map(_text, subjects):
        if subject is not None and (len(subject) > 140 or not _fits(SUBJECT, subject)):
            errors.add("P17")
    invite_email, invite_sms = _text(invitation.get("EmailMessage")), _text(invitation.get("SMSMessage"))
    if invite_email is not None and (not 6 <= len(invite_email) <= 20000 or not _fits(MESSAGE, invite_email)):
        errors.add("P18")
    if invite_sms is not None and not 6 <= len(invite_sms) <= 140:
        errors.add("P18")
    if any(text is not None and "{username}" not in text for text in (invite_email, invite_sms)):
        errors.add("P19")
    if template.get("DefaultEmailOption") == "CONFIRM_WITH_LINK" and "EmailVerificationMessage" in props:
        errors.add("P21")
    mfa, enabled = props.get("MfaConfiguration", "OFF"), props.get("EnabledMfas")
    if isinstance(mfa, str) and (enabled is None or isinstance(enabled, list)):
        if mfa in ("ON", "OPTIONAL"):
            if enabled == []:
                errors.add("P23")
            elif (enabled is None or "SMS_MFA" in enabled) and "SmsConfiguration" not in props:
                errors.add("P24")
        elif enabled:
            errors.add("P25")
    aliases, usernames = props.get("AliasAttributes"), props.get("UsernameAttributes")
    if isinstance(aliases, list) and aliases and isinstance(usernames, list) and usernames:
        errors.add("P27")
    errors |= _email_errors(_sub(props, "EmailConfiguration")) if "EmailConfiguration" in props else set()
    region = _text(_sub(props, "SmsConfiguration").get("SnsRegion"))
    if region is not None and not 5 <= len(region) <= 32:
        errors.add("P36")
    recovery = _sub(props, "AccountRecoverySetting").get("RecoveryMechanisms")
    if isinstance(recovery, list):
        if not 1 <= len(recovery) <= 2:
            errors.add("P38")
        for option in recovery:
            option = option if isinstance(option, dict) else {}
            option_name, priority = _text(option.get("Name")), _number(option.get("Priority"))
            if option_name not in (None, "admin_only", "verified_email", "verified_phone_number"):
                errors.add("P38")
            if priority not in (None, 1, 2):
                errors.add("P38")
    relying_party = _text(props.get("WebAuthnRelyingPartyID"))
    if relying_party is not None and not 1 <= len(relying_party) <= 63:
        errors.add("P39")
    return errors


def _email_errors(email: dict[str, Any]) -> set[str]:
    errors: set[str] = set()
    sender, account = email.get("From"), email.get("EmailSendingAccount", "COGNITO_DEFAULT")
    if isinstance(sender, str) and sender and account == "COGNITO_DEFAULT" and email.get("SourceArn") is None:
        errors.add("P29")
    if isinstance(sender, str) and sender:
        address = sender[sender.rfind("<") + 1 :].rstrip(">").strip() if "<" in sender else sender.strip()
        if not re.fullmatch(r".+@.+", address, re.S):
            errors.add("P30")
    reply_to = _text(email.get("ReplyToEmailAddress"))
    if reply_to is not None and not _fits(REPLY_TO, reply_to):
        errors.add("P31")
    source = _text(email.get("SourceArn"))
    if source is not None and not (20 <= len(source) <= 2048 and ARN.fullmatch(source)):
        errors.add("P33")
    configuration_set = _text(email.get("ConfigurationSet"))
    if configuration_set is not None and not re.fullmatch(r"[a-zA-Z0-9_-]{1,64}", configuration_set):
        errors.add("P34")
    return errors


def domain_errors(props: dict[str, Any]) -> set[str]:
    """Rule IDs broken by the Properties of an ``AWS::Cognito::UserPoolDomain``."""
    errors: set[str] = set()
    pool_id = _text(props.get("UserPoolId"))
    if pool_id is not None and (len(pool_id) > 55 or not POOL_ID.fullmatch(pool_id)):
        errors.add("D1")
    domain, config = _text(props.get("Domain")), props.get("CustomDomainConfig")
    if domain is not None and config is None:
        if not PREFIX.fullmatch(domain):
            errors.add("D2")
        if any(word in domain for word in ("aws", "amazon", "cognito")):
            errors.add("D3")
    elif domain is not None and (len(domain) > 63 or not FQDN.fullmatch(domain)):
        errors.add("D4")
    certificate = config.get("CertificateArn") if isinstance(config, dict) else None
    fields = _joined(certificate).split(":")
    if len(fields) > 3 and fields[2] == "acm" and fields[3] and "\x00" not in fields[3]:
        # The partition: the ARN's own, or the region's when the ARN takes it from AWS::Partition.
        partition = "aws" if fields[1] == "\x00" else fields[1]
        if fields[3].startswith(("cn-", "us-gov-", "us-iso", "eu-iso")):
            partition = "other"
        if partition == "aws" and fields[3] != "us-east-1":
            errors.add("D5")
    if isinstance(certificate, str) and not (20 <= len(certificate) <= 2048 and ARN.fullmatch(certificate)):
        errors.add("D6")
    return errors


def identity_provider_errors(props: dict[str, Any]) -> set[str]:
    """Rule IDs broken by the Properties of an ``AWS::Cognito::UserPoolIdentityProvider``."""
    errors: set[str] = set()
    pool_id = _text(props.get("UserPoolId"))
    if pool_id is not None and (len(pool_id) > 55 or not POOL_ID.fullmatch(pool_id)):
        errors.add("I1")
    name, kind = _text(props.get("ProviderName")), _text(props.get("ProviderType"))
    if name is not None and (len(name) > 32 or not _fits(PROVIDER_NAME, name)):
        errors.add("I2")
    if kind is not None and kind not in (*SOCIAL, "SignInWithApple", "OIDC", "SAML"):
        errors.add("I3")
    if name is not None and kind in (*SOCIAL, "SignInWithApple") and name != kind:
        errors.add("I4")
    details = props.get("ProviderDetails")
    if isinstance(details, dict):
        if kind in SOCIAL and any(
            details.get(key) is None for key in ("client_id", "client_secret", "authorize_scopes")
        ):
            errors.add("I6")
        if any(isinstance(key, str) and not _fits_cloudformation(MAP_KEY, key) for key in details):
            errors.add("I12")
    mapping = props.get("AttributeMapping")
    if isinstance(mapping, dict):
        for key, value in mapping.items():
            if (
                not 1 <= len(key) <= 32
                or not _fits_cloudformation(MAP_KEY, key)
                or (isinstance(value, str) and len(value) > 131072)
            ):
                errors.add("I9")
    identifiers = props.get("IdpIdentifiers")
    if isinstance(identifiers, list):
        if len(identifiers) > 50:
            errors.add("I10")
        for identifier in _strings(identifiers):
            if not 1 <= len(identifier) <= 40 or _word_pattern_refused(identifier, "+=.@-"):
                errors.add("I10")
    return errors


POOL_FAMILY = {
    "AWS::Cognito::UserPool": pool_errors,
    "AWS::Cognito::UserPoolDomain": domain_errors,
    "AWS::Cognito::UserPoolIdentityProvider": identity_provider_errors,
}
