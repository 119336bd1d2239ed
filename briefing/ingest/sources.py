"""Reading raw bytes from files, stdin and http(s) URLs, and decoding them to text.

Every failure becomes an InputError with a one-line message; nothing here knows
about article structure.
"""

from __future__ import annotations

import http.client
import re
import socket
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from pathlib import Path
from typing import BinaryIO

from briefing import netpolicy
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
    try:
        exists = target.exists()
    except (OSError, ValueError) as error:  # a name too long for the file system, a NUL
        reason = getattr(error, "strerror", "") or error
        raise InputError(f"{path[:80]}: cannot read ({reason})") from None
    if not exists:
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
    if data.startswith(GZIP_MAGIC):
        return gunzip_capped(data, max_bytes, name)
    return data


GZIP_MAGIC = b"\x1f\x8b"


def gunzip_capped(data: bytes, max_bytes: int, name: str) -> bytes:
    """A gzip file's contents, with the same size limit as a plain file (no zip bombs)."""
    import zlib

    inflate = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)  # 16: expect a gzip header
    try:
        out = inflate.decompress(data, max_bytes + 1)
    except zlib.error:
        raise InputError(f"{name}: damaged gzip file") from None
    if len(out) > max_bytes:
        raise InputError(f"{name}: too large unpacked (over the {describe_size(max_bytes)} limit)")
    if not inflate.eof:
        raise InputError(f"{name}: damaged gzip file (cut short)")
    return out


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


_DECLARED_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{2,40})""", re.I)


def decode_html(data: bytes, name: str = "page") -> str:
    """Page bytes to text: the charset the page declares, else as :func:`decode`.

    lxml reads undeclared bytes as Latin-1, which turned a UTF-8 "…" in a title into "â¦"."""
    declared = _DECLARED_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: fall back to the content
    return decode(data, name)


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
    allow_private: bool | None = None,
) -> tuple[bytes, str, str]:
    """GET ``url``; return (body, content type, final URL after redirects).

    ``timeout`` bounds the whole download, not just each socket read, so a server
    that trickles bytes cannot hang us. Bodies over ``max_bytes`` (after gzip/deflate
    decoding, which is bounded too) and content types not starting with one of
    ``allowed_types`` raise InputError. Internal addresses are refused by
    :mod:`briefing.netpolicy` unless ``allow_private`` (None: the environment) allows
    them. Every failure, whatever the server sends, is one InputError line.
    """
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(url, headers={
        "User-Agent": f"newsbrief/{__version__}", "Accept-Encoding": "gzip, deflate",
    })
    try:
        netpolicy.check_url(url, allow_private)
        with netpolicy.build_opener(allow_private, max_redirects).open(
            request, timeout=timeout
        ) as response:
            content_type = response.headers.get_content_type() if response.headers else ""
            if response.headers.get("Content-Type") is None:
                content_type = ""
            check_content_type(url, content_type, allowed_types)
            check_declared_length(url, response.headers.get("Content-Length"), max_bytes)
            inflater = Inflater(response.headers.get("Content-Encoding", ""), url, max_bytes)
            body = read_body(response, url, max_bytes, deadline, inflater)
            return body, content_type, response.geturl()
    except InputError:
        raise
    except urllib.error.HTTPError as error:
        raise http_error(url, error, max_redirects) from None
    except TimeoutError:
        raise InputError(f"{url}: timed out after {timeout:g} s") from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, (TimeoutError, socket.timeout)):
            raise InputError(f"{url}: timed out after {timeout:g} s") from None
        if isinstance(error.reason, InputError):  # the policy refused a connection
            raise error.reason from None
        raise InputError(f"{url}: cannot reach ({first_line(error.reason)})") from None
    except http.client.HTTPException as error:
        raise InputError(f"{url}: bad HTTP response ({describe_http_exception(error)})") from None
    except (OSError, ValueError, zlib.error) as error:
        raise InputError(f"{url}: download failed ({first_line(error)})") from None


def describe_http_exception(error: http.client.HTTPException) -> str:
    """A short reason for http.client's protocol errors (their text can be a whole line)."""
    if isinstance(error, http.client.IncompleteRead):
        return "connection closed before the body was complete"
    if isinstance(error, http.client.LineTooLong):
        return "a header or status line is too long"
    if isinstance(error, http.client.BadStatusLine):
        return "invalid status line"
    return first_line(error)[:200] or type(error).__name__


def check_url(url: str) -> None:
    """Syntax only (the address check happens when fetching)."""
    netpolicy.check_syntax(url)


def check_content_type(url: str, content_type: str, allowed: tuple[str, ...]) -> None:
    # A server that sends no type at all is given the benefit of the doubt; we sniff later.
    if content_type and not content_type.lower().startswith(allowed):
        raise InputError(f"{url}: unsupported content type {content_type}")


def check_declared_length(url: str, length: str | None, max_bytes: int) -> None:
    if length and length.strip().isdigit() and int(length) > max_bytes:
        raise InputError(f"{url}: body too large (over the {describe_size(max_bytes)} limit)")


class Inflater:
    """Decodes a gzip/deflate body chunk by chunk and never produces over ``max_bytes``.

    A compressed "bomb" (a few KB that inflate to gigabytes) is refused as soon as the
    output passes the cap, without inflating the rest.
    """

    def __init__(self, encoding: str, url: str, max_bytes: int) -> None:
        self.encoding = encoding.strip().lower()
        self.url = url
        self.max_bytes = max_bytes
        self.size = 0
        if self.encoding in ("", "identity"):
            self.decoder = None
        elif self.encoding in ("gzip", "x-gzip"):
            self.decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif self.encoding == "deflate":
            self.decoder = None  # zlib-wrapped or raw: decided on the first bytes
        else:
            raise InputError(f"{url}: unsupported content encoding {encoding.strip()[:40]}")

    def feed(self, chunk: bytes) -> bytes:
        if self.encoding in ("", "identity"):
            return self.count(chunk)
        if self.decoder is None:  # deflate: a zlib header starts with 0x78 in practice
            wbits = zlib.MAX_WBITS if chunk[:1] == b"\x78" else -zlib.MAX_WBITS
            self.decoder = zlib.decompressobj(wbits)
        out = [self.count(self.decoder.decompress(chunk, self.max_bytes - self.size + 1))]
        while self.decoder.unconsumed_tail:
            tail = self.decoder.unconsumed_tail
            out.append(self.count(self.decoder.decompress(tail, self.max_bytes - self.size + 1)))
        return b"".join(out)

    def finish(self) -> bytes:
        if self.decoder is None:
            return b""
        return self.count(self.decoder.flush())

    def count(self, data: bytes) -> bytes:
        self.size += len(data)
        if self.size > self.max_bytes:
            what = "decoded body" if self.decoder is not None else "body"
            raise InputError(
                f"{self.url}: {what} too large (over the {describe_size(self.max_bytes)} limit)"
            )
        return data


def read_body(response: object, url: str, max_bytes: int, deadline: float,
              inflater: Inflater | None = None) -> bytes:
    """Read in chunks, enforcing the size cap and the overall deadline."""
    inflater = inflater or Inflater("", url, max_bytes)
    chunks: list[bytes] = []
    sock = _socket_of(response)
    read_some = getattr(response, "read1", None) or response.read  # type: ignore[attr-defined]
    raw_size = 0
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        if getattr(response, "isclosed", lambda: False)():
            break
        if sock is not None:
            sock.settimeout(remaining)
        # read1 returns after one network read, so a trickling server meets the deadline
        chunk = read_some(CHUNK)
        if not chunk:
            break
        raw_size += len(chunk)
        if raw_size > max_bytes:
            raise InputError(f"{url}: body too large (over the {describe_size(max_bytes)} limit)")
        chunks.append(inflater.feed(chunk))
    missing = getattr(response, "length", None)  # http.client: declared bytes not yet read
    if isinstance(missing, int) and missing > 0:
        raise InputError(f"{url}: bad HTTP response (connection closed before the body was "
                         f"complete, {missing} bytes missing)")
    chunks.append(inflater.finish())
    return b"".join(chunks)


def _socket_of(response: object) -> socket.socket | None:
    # http.client keeps the socket on response.fp.raw._sock; absent for other openers.
    raw = getattr(getattr(response, "fp", None), "raw", None)
    sock = getattr(raw, "_sock", None)
    return sock if isinstance(sock, socket.socket) else None


def http_error(url: str, error: urllib.error.HTTPError, max_redirects: int) -> InputError:
    if 300 <= error.code < 400 and "infinite loop" in str(error.reason):
        return InputError(f"{url}: too many redirects (limit {max_redirects})")
    reason = f" {first_line(error.reason)[:100]}" if error.reason else ""
    return InputError(f"{url}: server answered HTTP {error.code}{reason}")
