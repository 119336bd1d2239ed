"""Settings of ``briefing serve``: command-line options plus the digest config.

From the digest config: the state file (the archive) and ``[digest] allow_private_urls``
(which URLs given to the app may reach; see briefing.netpolicy). Without that key the app
refuses internal addresses, whatever BRIEFING_ALLOW_PRIVATE_URLS says: a server answers
other people, so only its config may open the local network to them.

    [serve]
    max_request_mb = 11          # larger request bodies get 413
"""

from __future__ import annotations

import ipaddress
import tomllib
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import InputError
from briefing.ingest.sources import MAX_BYTES

TOKEN_ENV = "BRIEFING_SERVE_TOKEN"
MIN_TOKEN_LENGTH = 16  # shorter shared secrets are guessable by brute force over HTTP
SERVE_KEYS = {"max_request_mb"}
# An article may be up to MAX_BYTES; a multipart body adds field names and boundaries.
DEFAULT_MAX_REQUEST = MAX_BYTES + 1024 * 1024


@dataclass
class ServeSettings:
    host: str = "127.0.0.1"
    port: int = 8765
    token: str = ""
    config_path: Path | None = None
    state_path: Path | None = None
    title: str = "newsbrief"
    allow_private: bool | list[str] = False  # True, or the internal networks allowed
    max_request_bytes: int = DEFAULT_MAX_REQUEST
    brief_workers: int = 2  # threads making briefs; the machine's cores, not more


def is_loopback_host(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, token: str) -> None:
    """Refuse to listen beyond this machine without a token, or with a weak one."""
    if token and len(token) < MIN_TOKEN_LENGTH:
        raise InputError(f"the token must be at least {MIN_TOKEN_LENGTH} characters long")
    if not is_loopback_host(host) and not token:
        raise InputError(
            f"refusing to listen on {host} without a token: anyone on the network could use "
            f"the app; pass --token or set {TOKEN_ENV}"
        )


def load_settings(host: str, port: int, token: str, config_path: str | None) -> ServeSettings:
    check_bind(host, token)
    settings = ServeSettings(host=host, port=port, token=token)
    if config_path:
        apply_config(settings, Path(config_path))
    return settings


def check_state(path: Path) -> None:
    """A state file that exists must be a digest state (InputError, one line, otherwise);
    the archive tables are added to it here, before the server starts."""
    if not Path(path).is_file():
        return  # no digest sent yet: the archive appears with the first one
    from briefing.digest.archive import open_archive

    open_archive(path).close()


def apply_config(settings: ServeSettings, path: Path) -> None:
    from briefing.digest.config import load_config

    digest = load_config(path)  # validates the whole file, [serve] included by name
    settings.config_path = path
    settings.state_path = digest.state
    settings.title = digest.title
    check_state(digest.state)
    if digest.allow_private_urls is not None:
        settings.allow_private = digest.allow_private_urls
    serve = tomllib.loads(path.read_text(encoding="utf-8")).get("serve", {})
    if not isinstance(serve, dict):
        raise InputError(f"{path}: [serve] must be a table")
    unknown = sorted(set(serve) - SERVE_KEYS)
    if unknown:
        raise InputError(f"{path}: [serve] unknown key {unknown[0]!r}")
    size = serve.get("max_request_mb", settings.max_request_bytes / (1024 * 1024))
    if isinstance(size, bool) or not isinstance(size, int | float) or size <= 0:
        raise InputError(f"{path}: [serve] max_request_mb must be a positive number")
    settings.max_request_bytes = int(size * 1024 * 1024)
