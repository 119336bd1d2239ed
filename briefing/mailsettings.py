"""Email settings: the ``[email]`` table of a config file, validated.

Shared by the digest (``briefing digest``) and ``briefing brief --send-to --config``,
so neither reaches into the other. The TOML checking helpers (``ConfigErrors``, ``get``,
``check_keys``, ``table``) live here too and the digest config reuses them.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.errors import InputError
from briefing.text import one_line

PASSWORD_ENV = "BRIEFING_SMTP_PASSWORD"
EMAIL_KEYS = {
    "to", "from", "from_name", "smtp_host", "smtp_port", "starttls", "ssl", "username",
    "smtp_verify", "ca_file", "timeout", "retries", "retry_delay", "unsubscribe",
    "session_timeout", "allow_plaintext_auth",
}

@dataclass
class EmailSettings:
    to: list[str]
    sender: str = "digest@localhost"
    sender_name: str = "newsbrief"
    smtp_host: str = "localhost"
    smtp_port: int = 25
    starttls: bool = False
    ssl: bool = False
    username: str = ""
    smtp_verify: bool = True  # false only for test servers with self-signed certificates
    ca_file: str = ""
    timeout: float = 30.0  # seconds for each network step
    session_timeout: float = 120.0  # seconds for one whole delivery, retries included
    retries: int = 3
    retry_delay: float = 2.0  # seconds before the first retry; doubles each time
    unsubscribe: str = ""  # mailto: or https: URL; default mailto:<from>?subject=unsubscribe
    allow_plaintext_auth: bool = False  # send the password without TLS (test servers only)


class ConfigErrors:
    """Prefixes every message with the file name."""

    def __init__(self, file: Path) -> None:
        self.file = file

    def fail(self, message: str) -> None:
        raise InputError(f"{self.file}: {message}")


def check_keys(data: dict[str, Any], allowed: set[str], prefix: str, where: ConfigErrors) -> None:
    for key in data:
        if key not in allowed:
            known = ", ".join(sorted(allowed))
            where.fail(f"{prefix}unknown key {key!r} (known: {known})")


def table(raw: dict[str, Any], name: str, where: ConfigErrors, required: bool = False) -> dict:
    value = raw.get(name)
    if value is None:
        if required:
            where.fail(f"[{name}] section is missing")
        return {}
    if not isinstance(value, dict):
        where.fail(f"{name} must be a [{name}] table")
    return value


def get(data: dict, key: str, kind: type, default: Any, prefix: str, where: ConfigErrors) -> Any:
    value = data.get(key, default)
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        where.fail(f"{prefix}{key} must be {kind.__name__}, not {type(value).__name__}")
    return value


def plaintext_auth_refusal() -> str:
    return ("[email] username is set but the connection is not encrypted (starttls and ssl are"
            " false): refusing to send the password in clear; set starttls = true or"
            " ssl = true (or allow_plaintext_auth = true for a test server)")


def load_email_settings(path: str | Path) -> EmailSettings:
    """The ``[email]`` table of a TOML config file (other tables are not checked)."""
    file = Path(path)
    try:
        raw = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{file}: no such config file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{file}: cannot read config ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"{file}: not valid TOML ({error})") from None
    where = ConfigErrors(file)
    return parse_email(table(raw, "email", where, required=True), file.resolve().parent, where)


def parse_email(raw: dict, base: Path, where: ConfigErrors) -> EmailSettings:
    prefix = "[email] "
    check_keys(raw, EMAIL_KEYS, prefix, where)
    if "to" not in raw:
        where.fail("[email] to is missing")
    to = raw["to"]
    to = [to] if isinstance(to, str) else to
    if not isinstance(to, list) or not to or not all(isinstance(a, str) for a in to):
        where.fail("[email] to must be an address or a non-empty list of addresses")
    settings = EmailSettings(to=[check_address(a, "to", where) for a in to])
    settings.sender = check_address(get(raw, "from", str, settings.sender, prefix, where),
                                    "from", where)
    settings.sender_name = one_line(get(raw, "from_name", str, settings.sender_name, prefix, where))
    for key in ("smtp_host", "username", "unsubscribe"):
        setattr(settings, key, get(raw, key, str, getattr(settings, key), prefix, where).strip())
    for key in ("starttls", "ssl", "smtp_verify"):
        setattr(settings, key, get(raw, key, bool, getattr(settings, key), prefix, where))
    settings.smtp_port = get(raw, "smtp_port", int, 587 if settings.starttls else 25, prefix, where)
    if not 0 < settings.smtp_port < 65536:
        where.fail("[email] smtp_port must be between 1 and 65535")
    settings.timeout = get(raw, "timeout", float, settings.timeout, prefix, where)
    settings.session_timeout = get(raw, "session_timeout", float, settings.session_timeout,
                                   prefix, where)
    settings.allow_plaintext_auth = get(raw, "allow_plaintext_auth", bool, False, prefix, where)
    settings.retries = get(raw, "retries", int, settings.retries, prefix, where)
    settings.retry_delay = get(raw, "retry_delay", float, settings.retry_delay, prefix, where)
    if (settings.retries < 0 or settings.retry_delay < 0 or settings.timeout <= 0
            or settings.session_timeout <= 0):
        where.fail("[email] retries and retry_delay must be >= 0, timeout and session_timeout > 0")
    if settings.starttls and settings.ssl:
        where.fail("[email] starttls and ssl cannot both be true")
    if settings.username and not (settings.starttls or settings.ssl
                                  or settings.allow_plaintext_auth):
        where.fail(plaintext_auth_refusal())
    ca_file = get(raw, "ca_file", str, "", prefix, where)
    settings.ca_file = str(base / Path(ca_file).expanduser()) if ca_file else ""
    if settings.unsubscribe and not settings.unsubscribe.lower().startswith(
        ("mailto:", "https://", "http://")
    ):
        where.fail("[email] unsubscribe must be a mailto: or http(s) URL")
    return settings


def check_address(address: str, key: str, where: ConfigErrors) -> str:
    address = address.strip()
    local, _, domain = address.partition("@")
    if not local or not domain or any(c.isspace() or c in "<>,;\"" for c in address):
        where.fail(f"[email] {key}: {address!r} is not an email address")
    return address
