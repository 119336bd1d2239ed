"""Sending a message over SMTP, retrying temporary failures with backoff.

Temporary: 4xx replies, refused or dropped connections, timeouts. Permanent: 5xx
replies and authentication failures, which are not retried. Either way the caller
gets one ``DeliveryError`` with a one-line message and the digest is not marked sent.

The password comes only from the environment (BRIEFING_SMTP_PASSWORD), never from
the config file. ``smtp_verify = false`` (for test servers with self-signed
certificates) or ``ca_file`` change how the server's TLS certificate is checked.
"""

from __future__ import annotations

import logging
import os
import smtplib
import ssl
import time
from collections.abc import Callable
from email.message import EmailMessage

from briefing.digest.config import PASSWORD_ENV, EmailSettings
from briefing.errors import InputError
from briefing.models import Brief

log = logging.getLogger("briefing.digest")


class DeliveryError(Exception):
    """The message could not be delivered; the text is one line for the user."""


class TemporaryFailure(Exception):
    pass


def send(
    message: EmailMessage,
    settings: EmailSettings,
    recipients: list[str] | None = None,
    *,
    sleep: Callable[[float], None] = time.sleep,
) -> dict[str, tuple[int, bytes]]:
    """Deliver ``message``; return refused recipients (empty when all accepted)."""
    recipients = recipients or settings.to
    password = password_for(settings)
    delay = settings.retry_delay
    attempts = settings.retries + 1
    for attempt in range(1, attempts + 1):
        try:
            return send_once(message, settings, recipients, password)
        except TemporaryFailure as failure:
            if attempt == attempts:
                raise DeliveryError(
                    f"could not send to {settings.smtp_host}:{settings.smtp_port} after "
                    f"{attempts} attempts: {failure}"
                ) from None
            log.warning("temporary SMTP failure (%s); retrying in %.1f s", failure, delay)
            sleep(delay)
            delay *= 2
    raise AssertionError("unreachable")


def password_for(settings: EmailSettings) -> str:
    if not settings.username:
        return ""
    password = os.environ.get(PASSWORD_ENV, "")
    if not password:
        raise DeliveryError(f"[email] username is set but {PASSWORD_ENV} is not in the environment")
    return password


def tls_context(settings: EmailSettings) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=settings.ca_file or None)
    if not settings.smtp_verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def send_once(
    message: EmailMessage, settings: EmailSettings, recipients: list[str], password: str
) -> dict[str, tuple[int, bytes]]:
    try:
        with connect(settings) as smtp:
            if settings.starttls:
                smtp.starttls(context=tls_context(settings))
            if settings.username:
                smtp.login(settings.username, password)
            refused = smtp.send_message(message, settings.sender, recipients)
    except smtplib.SMTPRecipientsRefused as error:
        codes = [code for code, _ in error.recipients.values()]
        reason = describe_refusal(error.recipients)
        if codes and all(400 <= code < 500 for code in codes):
            raise TemporaryFailure(reason) from None
        raise DeliveryError(f"every recipient was refused: {reason}") from None
    except smtplib.SMTPAuthenticationError as error:
        raise DeliveryError(f"SMTP login refused ({error.smtp_code} {reply_text(error)})") from None
    except smtplib.SMTPResponseException as error:
        detail = f"{error.smtp_code} {reply_text(error)}"
        if 400 <= error.smtp_code < 500:
            raise TemporaryFailure(detail) from None
        raise DeliveryError(f"SMTP server refused the message ({detail})") from None
    except smtplib.SMTPNotSupportedError as error:
        raise DeliveryError(f"SMTP server does not support this: {error}") from None
    except ssl.SSLCertVerificationError as error:
        raise DeliveryError(
            f"TLS certificate of {settings.smtp_host} not trusted ({error.verify_message}); "
            "set [email] ca_file"
        ) from None
    except OSError as error:  # refused, reset, timed out, disconnected: all worth a retry
        raise TemporaryFailure(describe_os(error)) from None
    if refused:
        log.warning("some recipients were refused: %s", describe_refusal(refused))
    return refused


def connect(settings: EmailSettings) -> smtplib.SMTP:
    if settings.ssl:
        return smtplib.SMTP_SSL(
            settings.smtp_host, settings.smtp_port, timeout=settings.timeout,
            context=tls_context(settings),
        )
    return smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=settings.timeout)


def reply_text(error: smtplib.SMTPResponseException) -> str:
    text = error.smtp_error
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return " ".join(str(text).split())


def describe_refusal(refused: dict) -> str:
    parts = []
    for address, (code, text) in refused.items():
        text = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
        parts.append(f"{address}: {code} {' '.join(text.split())}")
    return "; ".join(parts)


def describe_os(error: BaseException) -> str:
    text = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return " ".join(str(text).split()) or type(error).__name__


def send_brief(
    brief: Brief,
    to: list[str],
    *,
    config_path: str | None = None,
    smtp_host: str | None = None,
    smtp_port: int | None = None,
    sender: str | None = None,
    template_dir: str | None = None,
) -> str:
    """Email one brief (``briefing brief --send-to``); returns the Message-ID.

    Settings come from the config's [email] section when given, then the options.
    Failures become an InputError so the CLI prints one line and exits non-zero.
    """
    from briefing.renderers.email import render_brief_message

    settings = brief_settings(to, config_path, smtp_host, smtp_port, sender)
    rendered = render_brief_message(brief, template_dir, sender=settings.sender,
                                    sender_name=settings.sender_name, to=settings.to)
    try:
        send(rendered.message, settings)
    except DeliveryError as error:
        raise InputError(str(error)) from None
    return rendered.message_id


def brief_settings(
    to: list[str],
    config_path: str | None,
    smtp_host: str | None,
    smtp_port: int | None,
    sender: str | None,
) -> EmailSettings:
    from dataclasses import replace
    from pathlib import Path

    from briefing.digest.config import ConfigErrors, check_address, load_config

    base = load_config(config_path).email if config_path else EmailSettings(to=to, retries=1,
                                                                            retry_delay=1.0)
    where = ConfigErrors(Path(config_path or "--send-to"))
    return replace(
        base,
        to=[check_address(a, "to", where) for a in to],
        sender=check_address(sender, "from", where) if sender else base.sender,
        smtp_host=smtp_host or base.smtp_host,
        smtp_port=smtp_port or base.smtp_port,
    )
