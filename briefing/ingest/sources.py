"""Reading raw bytes from files, stdin and http(s) URLs, and decoding them to text.

Every failure becomes an InputError with a one-line message; nothing here knows
about article structure.
"""

from __future__ import annotations

import re
import socket
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import BinaryIO

from briefing.__about__ import __version__
from briefing.errors import InputError
from briefing.text import first_line

MAX_BYTES = 10 * 1024 * 1024  # 10 MB: far above any news article, small enough to stay fast
CHUNK = 64 * 1024

# Content types fetch() accepts by default: text pages, feeds and JSON, never images or archives.
TEXT_TYPES = (
    "text/",
    "application/xhtml+xml",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/json",
    "application/feed+json",
)

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


# --- files and stdin -------------------------------------------------------------


def read_file(path: str, max_bytes: int = MAX_BYTES) -> bytes:
    """Read a regular file, refusing missing paths, folders, devices and oversized files."""
    target = Path(path)
    if not target.exists():
        raise InputError(f"{path}: no such file")
    if target.is_dir():
        raise InputError(f"{path}: is a directory, not an article file")
    if not target.is_file():
        raise InputError(f"{path}: not a regular file")
    try:
        with target.open("rb") as handle:
            return read_capped(handle, max_bytes, path)
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None


def read_stdin(max_bytes: int = MAX_BYTES) -> bytes:
    return read_capped(sys.stdin.buffer, max_bytes, "standard input")


def read_capped(handle: BinaryIO, max_bytes: int, name: str) -> bytes:
    data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"{name}: too large (over the {describe_size(max_bytes)} limit)")
    return data


def describe_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):g} MB"
    if size >= 1024:
        return f"{size / 1024:g} KB"
    return f"{size} bytes"


# --- decoding ----------------------------------------------------------------------


def decode(data: bytes, name: str = "input") -> str:
    """Bytes to text: a BOM wins, then strict UTF-8, then charset-normalizer's best guess."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return check_text(data[len(bom) :].decode(encoding, errors="replace"), name)
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        return check_text(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    return check_text(guess_decode(data, name), name)


def guess_decode(data: bytes, name: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: cannot tell the text encoding (binary file?)")
    return str(best)


# Control characters other than white space, C1 controls, and the replacement character.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")


def check_text(text: str, name: str) -> str:
    """Reject decoded text that is mostly control characters (binary data in disguise)."""
    sample = text[:8192]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > 0.05:
        raise InputError(f"{name}: looks like a binary file, not text")
    return text


# --- http(s) -------------------------------------------------------------------------


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def fetch(
    url: str,
    *,
    timeout: float = 10,
    max_bytes: int = MAX_BYTES,
    max_redirects: int = 5,
    allowed_types: tuple[str, ...] = TEXT_TYPES,
) -> tuple[bytes, str, str]:
    """GET ``url``; return (body, content type, final URL after redirects).

    ``timeout`` bounds the whole download, not just each socket read, so a server
    that trickles bytes cannot hang us. Bodies over ``max_bytes`` and content types
    not starting with one of ``allowed_types`` raise InputError.
    """
    check_url(url)
    deadline = time.monotonic() + timeout
    opener = urllib.request.build_opener(_LimitedRedirects(max_redirects))
    request = urllib.request.Request(url, headers={"User-Agent": f"newsbrief/{__version__}"})
    try:
        with opener.open(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type() if response.headers else ""
            if response.headers.get("Content-Type") is None:
                content_type = ""
            check_content_type(url, content_type, allowed_types)
            check_declared_length(url, response.headers.get("Content-Length"), max_bytes)
            body = read_body(response, url, max_bytes, deadline)
            return body, content_type, response.geturl()
    except _TooManyRedirects:
        raise InputError(f"{url}: too many redirects (limit {max_redirects})") from None
    except InputError:
        raise
    except urllib.error.HTTPError as error:
        raise http_error(url, error, max_redirects) from None
    except TimeoutError:
        raise InputError(f"{url}: timed out after {timeout:g} s") from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, (TimeoutError, socket.timeout)):
            raise InputError(f"{url}: timed out after {timeout:g} s") from None
        raise InputError(f"{url}: cannot reach ({first_line(error.reason)})") from None
    except (OSError, ValueError) as error:
        raise InputError(f"{url}: download failed ({first_line(error)})") from None


def check_url(url: str) -> None:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InputError(f"{url}: not a valid http(s) URL")


def check_content_type(url: str, content_type: str, allowed: tuple[str, ...]) -> None:
    # A server that sends no type at all is given the benefit of the doubt; we sniff later.
    if content_type and not content_type.lower().startswith(allowed):
        raise InputError(f"{url}: unsupported content type {content_type}")


def check_declared_length(url: str, length: str | None, max_bytes: int) -> None:
    if length and length.strip().isdigit() and int(length) > max_bytes:
        raise InputError(f"{url}: body too large (over the {describe_size(max_bytes)} limit)")


def read_body(response: object, url: str, max_bytes: int, deadline: float) -> bytes:
    """Read in chunks, enforcing the size cap and the overall deadline."""
    chunks: list[bytes] = []
    size = 0
    sock = _socket_of(response)
    read_some = getattr(response, "read1", None) or response.read  # type: ignore[attr-defined]
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        if getattr(response, "isclosed", lambda: False)():
            return b"".join(chunks)
        if sock is not None:
            sock.settimeout(remaining)
        # read1 returns after one network read, so a trickling server meets the deadline
        chunk = read_some(CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise InputError(f"{url}: body too large (over the {describe_size(max_bytes)} limit)")
        chunks.append(chunk)


def _socket_of(response: object) -> socket.socket | None:
    # http.client keeps the socket on response.fp.raw._sock; absent for other openers.
    raw = getattr(getattr(response, "fp", None), "raw", None)
    sock = getattr(raw, "_sock", None)
    return sock if isinstance(sock, socket.socket) else None


def http_error(url: str, error: urllib.error.HTTPError, max_redirects: int) -> InputError:
    if 300 <= error.code < 400 and "infinite loop" in str(error.reason):
        return InputError(f"{url}: too many redirects (limit {max_redirects})")
    reason = f" {error.reason}" if error.reason else ""
    return InputError(f"{url}: server answered HTTP {error.code}{reason}")


class _TooManyRedirects(InputError):
    pass


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    """Follow at most ``limit`` redirects in total, and only to http(s) URLs."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit
        # urllib's own loop checks count distinct URLs; ours counts every hop.
        self.max_redirections = self.max_repeats = limit + 1

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise InputError(f"{req.full_url}: redirects to a non-http URL {newurl}")
        hops = sum(getattr(req, "redirect_dict", {}).values())
        if hops >= self.limit:
            raise _TooManyRedirects("too many redirects")
        return super().redirect_request(req, fp, code, msg, headers, newurl)
