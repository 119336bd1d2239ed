"""Sending one message over SMTP, shared by ``brief --send-to`` and the digest.

Failures are sorted by what they mean for a retry:

* temporary (4xx replies, refused/dropped connections before the message was handed
  over, timeouts) are retried with backoff inside :func:`send`;
* permanent (5xx replies to the sender, the recipients or the message) are not retried;
* setup failures (login refused, TLS certificate not trusted, STARTTLS missing) are not
  retried either: nothing changes until the configuration does;
* ambiguous: the connection broke *after* the final "." of DATA, so the server may
  have the message. Retrying would risk a second copy, so :func:`send` stops and says so.

``before_commit`` is called just before that final "." is written, so a caller can
durably record "the server may have it from now on" (the digest's state does).

The password comes only from the environment (BRIEFING_SMTP_PASSWORD), never a file,
and is never sent over an unencrypted connection unless ``allow_plaintext_auth`` is set.
Each :func:`send` has an overall deadline (``session_timeout``, retries included), so a
server that trickles its replies cannot hold a run for ever.
"""

from __future__ import annotations

import logging
import os
import re
import smtplib
import socket
import ssl
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

from briefing.errors import InputError
from briefing.mailsettings import PASSWORD_ENV, EmailSettings, plaintext_auth_refusal

log = logging.getLogger("briefing.mail")
TEMPORARY, PERMANENT, AMBIGUOUS = "temporary", "permanent", "ambiguous"
SETUP = "setup"  # this configuration cannot deliver (login, TLS): no retry until it changes
_LINE_END = re.compile(rb"\r\n|\n|\r(?!\n)")
_LEADING_DOT = re.compile(rb"(?m)^\.")


class DeliveryError(Exception):
    """The message was not (or not surely) delivered; the text is one line for the user.

    ``kind`` is "temporary", "permanent", "setup" or "ambiguous" (see the module text)."""

    def __init__(self, message: str, kind: str = PERMANENT) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass
class Delivery:
    """What the server accepted: every recipient but those refused."""

    refused: dict[str, str] = field(default_factory=dict)  # permanent, address -> reply
    deferred: dict[str, str] = field(default_factory=dict)  # temporary (4xx), worth a retry


class _Attempt(Exception):
    """One attempt failed; ``committed``: the final "." had been sent."""

    def __init__(self, reason: str, kind: str, committed: bool = False) -> None:
        super().__init__(reason)
        self.kind, self.committed = kind, committed


def send(
    message: EmailMessage | bytes,
    settings: EmailSettings,
    recipients: Sequence[str] | None = None,
    *,
    before_commit: Callable[[], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> Delivery:
    """Deliver ``message`` to ``recipients`` (default ``settings.to``) in one transaction."""
    recipients = list(recipients or settings.to)
    data = message if isinstance(message, bytes) else message.as_bytes()
    password = password_for(settings)
    deadline = time.monotonic() + settings.session_timeout
    delay, attempts = settings.retry_delay, settings.retries + 1
    where = f"{settings.smtp_host}:{settings.smtp_port}"
    for attempt in range(1, attempts + 1):
        try:
            return transmit(data, settings, recipients, password, deadline, before_commit)
        except _Attempt as failure:
            if failure.kind == AMBIGUOUS:
                raise DeliveryError(f"{where}: {failure}; the message may have been delivered",
                                    AMBIGUOUS) from None
            if failure.kind in (PERMANENT, SETUP):
                raise DeliveryError(f"{where}: {failure}", failure.kind) from None
            left = deadline - time.monotonic()
            if attempt == attempts or left <= delay:
                tries = f"{attempt} attempt{'s' if attempt > 1 else ''}"
                raise DeliveryError(f"could not send to {where} after {tries}: {failure}",
                                    TEMPORARY) from None
            log.warning("temporary SMTP failure (%s); retrying in %.1f s", failure, delay)
            sleep(delay)
            delay *= 2
    raise AssertionError("unreachable")


def password_for(settings: EmailSettings) -> str:
    if not settings.username:
        return ""
    if not (settings.starttls or settings.ssl or settings.allow_plaintext_auth):
        raise InputError(plaintext_auth_refusal())
    password = os.environ.get(PASSWORD_ENV, "")
    if not password:
        raise InputError(f"[email] username is set but {PASSWORD_ENV} is not in the environment")
    return password


def tls_context(settings: EmailSettings) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=settings.ca_file or None)
    if not settings.smtp_verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


class Deadline:
    """Shuts the session's socket when the overall time is up, so any blocked read or
    write returns at once (a per-read timeout alone lets a trickling server go on)."""

    def __init__(self, smtp: smtplib.SMTP, deadline: float) -> None:
        self.smtp = smtp
        self.expired = False
        self.timer = threading.Timer(max(0.0, deadline - time.monotonic()), self.expire)
        self.timer.daemon = True
        self.timer.start()

    def expire(self) -> None:
        self.expired = True
        sock = getattr(self.smtp, "sock", None)
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def cancel(self) -> None:
        self.timer.cancel()


def transmit(data: bytes, settings: EmailSettings, recipients: list[str], password: str,
             deadline: float, before_commit: Callable[[], None] | None) -> Delivery:
    """One SMTP session; raises _Attempt. DATA is written by hand so that the moment the
    final "." goes out is known (smtplib's send_message hides it)."""
    if time.monotonic() >= deadline:
        raise _Attempt(f"no time left in the {settings.session_timeout:g} s session limit",
                       TEMPORARY)
    smtp = (smtplib.SMTP_SSL(timeout=settings.timeout, context=tls_context(settings))
            if settings.ssl else smtplib.SMTP(timeout=settings.timeout))
    smtp._host = settings.smtp_host  # type: ignore[attr-defined] # TLS server name; set by __init__(host)
    watchdog = Deadline(smtp, deadline)
    committed = False
    try:
        smtp.connect(settings.smtp_host, settings.smtp_port)
        # The final "." is a tiny write after the body: without NODELAY, Nagle's algorithm
        # holds it until the server's delayed ACK (about 40 ms), widening the window.
        smtp.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        open_session(smtp, settings, password)
        delivery = envelope(smtp, settings, recipients)
        reply(smtp.docmd("DATA"), (354,), "DATA")
        smtp.send(_LEADING_DOT.sub(b"..", _LINE_END.sub(b"\r\n", data)).rstrip(b"\r\n")
                  + b"\r\n")
        if before_commit is not None:
            before_commit()
        committed = True
        smtp.send(b".\r\n")
        reply(smtp.getreply(), (250,), "the message")
        quietly(smtp.quit)
        return delivery
    except _Attempt as failure:
        failure.committed = committed
        raise
    except smtplib.SMTPAuthenticationError as error:
        raise _Attempt(f"SMTP login refused ({error.smtp_code} {reply_text(error)})",
                       SETUP) from None
    except smtplib.SMTPNotSupportedError as error:
        raise _Attempt(f"SMTP server does not support this: {error}", SETUP) from None
    except smtplib.SMTPResponseException as error:
        kind = TEMPORARY if 400 <= error.smtp_code < 500 else PERMANENT
        raise _Attempt(f"SMTP server refused ({error.smtp_code} {reply_text(error)})",
                       kind) from None
    except ssl.SSLCertVerificationError as error:
        raise _Attempt(f"TLS certificate of {settings.smtp_host} not trusted "
                       f"({error.verify_message}); set [email] ca_file", SETUP) from None
    except OSError as error:  # refused, reset, timed out, disconnected
        reason = (f"the SMTP session took longer than {settings.session_timeout:g} s"
                  if watchdog.expired else describe_os(error))
        if committed:
            raise _Attempt(f"connection lost after the message was handed over ({reason})",
                           AMBIGUOUS) from None
        raise _Attempt(reason, TEMPORARY) from None
    finally:
        watchdog.cancel()
        quietly(smtp.close)


def open_session(smtp: smtplib.SMTP, settings: EmailSettings, password: str) -> None:
    smtp.ehlo_or_helo_if_needed()
    if settings.starttls:
        smtp.starttls(context=tls_context(settings))
        smtp.ehlo()
    if settings.username:
        smtp.login(settings.username, password)


def envelope(smtp: smtplib.SMTP, settings: EmailSettings, recipients: list[str]) -> Delivery:
    """MAIL FROM and RCPT TO; at least one recipient must be accepted."""
    reply(smtp.mail(settings.sender), (250,), "the sender")
    delivery = Delivery()
    for address in recipients:
        code, text = smtp.rcpt(address)
        if code in (250, 251):
            continue
        target = delivery.deferred if 400 <= code < 500 else delivery.refused
        target[address] = f"{code} {clean(text)}"
    if len(delivery.refused) + len(delivery.deferred) == len(recipients):
        quietly(smtp.rset)
        detail = "; ".join(f"{a}: {r}" for a, r in {**delivery.refused,
                                                      **delivery.deferred}.items())
        kind = PERMANENT if delivery.refused else TEMPORARY
        raise _Attempt(f"every recipient was refused: {detail}", kind)
    if delivery.refused or delivery.deferred:
        log.warning("some recipients were refused: %s", "; ".join(
            f"{a}: {r}" for a, r in {**delivery.refused, **delivery.deferred}.items()))
    return delivery


def reply(answer: tuple[int, bytes], expected: tuple[int, ...], what: str) -> None:
    code, text = answer
    if code not in expected:
        kind = TEMPORARY if 400 <= code < 500 or code == -1 else PERMANENT
        raise _Attempt(f"SMTP server refused {what} ({code} {clean(text)})", kind)


def quietly(action: Callable[[], object]) -> None:
    try:
        action()
    except (OSError, smtplib.SMTPException):
        pass


def clean(text: bytes | str) -> str:
    value = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return " ".join(value.split())[:300]


def reply_text(error: smtplib.SMTPResponseException) -> str:
    return clean(error.smtp_error)


def describe_os(error: BaseException) -> str:
    text = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return " ".join(str(text).split()) or type(error).__name__


# --- one brief by email (``briefing brief --send-to``) --------------------------------


def brief_settings(
    to: list[str],
    config_path: str | None = None,
    smtp_host: str | None = None,
    smtp_port: int | None = None,
    sender: str | None = None,
) -> EmailSettings:
    """Settings for ``brief --send-to``: the config's [email] table, then the options."""
    from dataclasses import replace

    from briefing.mailsettings import ConfigErrors, check_address, load_email_settings

    base = (load_email_settings(config_path) if config_path
            else EmailSettings(to=to, retries=1, retry_delay=1.0))
    where = ConfigErrors(Path(config_path or "--send-to"))
    return replace(
        base,
        to=[check_address(a, "to", where) for a in to],
        sender=check_address(sender, "from", where) if sender else base.sender,
        smtp_host=smtp_host or base.smtp_host,
        smtp_port=smtp_port or base.smtp_port,
    )


def send_brief(brief: object, settings: EmailSettings, template_dir: str | None = None) -> str:
    """Email one brief to ``settings.to``; returns the Message-ID. Failures are InputError."""
    from briefing.renderers.email import render_brief_message

    rendered = render_brief_message(brief, template_dir,  # type: ignore[arg-type]
                                    sender=settings.sender, sender_name=settings.sender_name,
                                    to=settings.to)
    try:
        send(rendered.message, settings)
    except DeliveryError as error:
        raise InputError(str(error)) from None
    return rendered.message_id
