"""The one fetch policy for every outgoing http(s) request: no internal addresses.

A feed entry, a redirect or a user-typed URL can point at the machine itself
(127.0.0.1, ::1), the local network (10/8, 192.168/16, fc00::/7...), link-local
addresses or a cloud metadata service (169.254.169.254). Fetching those would show
internal pages inside a brief or a digest (server-side request forgery), so by
default they are refused:

    check_url(url, allow_private=False)    raise BlockedURL unless every address of the
                                           URL's host is a public one
    check_address(ip, host, allow_private) the same for one resolved address
    open_url(request, ...)                 urllib opener that checks the first URL, every
                                           redirect, and the address it actually connects to

The address actually connected to is the one that was checked (the socket connects to
the vetted IP, not to the name again), so a DNS answer that changes between the check
and the connection (DNS rebinding) cannot slip through.

``allow_private`` is False (refuse every internal address), True (allow them all),
a list of networks such as ``["10.1.0.0/16"]`` (allow only those, e.g. an intranet
feed server), or None: "ask the environment", where ``BRIEFING_ALLOW_PRIVATE_URLS=1``
allows all and ``BRIEFING_ALLOW_PRIVATE_URLS=10.1.0.0/16,127.0.0.1/32`` allows those
networks (for test servers on 127.0.0.1 and intranet feeds). Environment proxies are
not used, because a proxy would connect on our behalf to an address we never see.
"""

from __future__ import annotations

import http.client
import ipaddress
import os
import socket
import urllib.parse
import urllib.request
from collections.abc import Collection
from typing import Any, Union

from briefing.errors import InputError

ALLOW_ENV = "BRIEFING_ALLOW_PRIVATE_URLS"
SCHEMES = ("http", "https")

# Cloud metadata and host-agent endpoints that sit on otherwise public-looking addresses.
# The usual 169.254.169.254 and fd00:ec2::254 are link-local / unique-local anyway.
METADATA = frozenset(
    ipaddress.ip_address(a) for a in ("168.63.129.16", "100.100.100.200", "169.254.169.254",
                                      "fd00:ec2::254")
)

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
# False / True / networks allowed / None = read the environment
AllowPrivate = Union[bool, Collection[str], None]  # noqa: UP007 - a runtime alias


class BlockedURL(InputError):
    """A URL refused by the fetch policy (internal address, bad scheme, malformed)."""


def private_allowed(allow_private: AllowPrivate = None) -> bool | tuple[Network, ...]:
    """The effective setting: True, False, or the internal networks that are allowed.

    An explicit value wins; None reads BRIEFING_ALLOW_PRIVATE_URLS ("1"/"true" or a
    comma-separated list of networks)."""
    if allow_private is None:
        raw = os.environ.get(ALLOW_ENV, "").strip()
        if raw.lower() in ("", "0", "false", "no"):
            return False
        if raw.lower() in ("1", "true", "yes"):
            return True
        allow_private = [part for part in raw.split(",") if part.strip()]
    if isinstance(allow_private, bool):
        return allow_private
    return parse_networks(allow_private)


def parse_networks(values: Collection[str]) -> tuple[Network, ...]:
    """``["10.0.0.0/8", "127.0.0.1"]`` as networks; InputError on a bad entry."""
    networks = []
    for value in values:
        try:
            networks.append(ipaddress.ip_network(str(value).strip(), strict=False))
        except ValueError:
            raise InputError(f"{value!r} is not an IP network (like 10.0.0.0/8)") from None
    return tuple(networks)


def address_kind(ip: Address) -> str:
    """Why ``ip`` is internal ("loopback", "private", ...), or "" for a public address."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    if ip in METADATA:
        return "cloud metadata"
    for kind in ("loopback", "link_local", "private", "multicast", "unspecified", "reserved"):
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    if not ip.is_global:  # shared (100.64/10), documentation ranges, benchmarking...
        return "non-public"
    return ""


def check_address(ip: str | Address, host: str = "", allow_private: AllowPrivate = None) -> None:
    """Raise BlockedURL when ``ip`` is internal and internal addresses are not allowed."""
    address = ipaddress.ip_address(ip) if isinstance(ip, str) else ip
    allowed = private_allowed(allow_private)
    if allowed is True:
        return
    kind = address_kind(address)
    if not kind:
        return
    plain = address.ipv4_mapped if isinstance(address, ipaddress.IPv6Address) else None
    if allowed and any((plain or address) in network for network in allowed):
        return
    shown = host if not host or host == str(address) else f"{host} ({address})"
    raise BlockedURL(
        f"refused to fetch {shown}: a {kind} address"
        f" (set {ALLOW_ENV}=1 or allow_private_urls = true to allow internal hosts)"
    )


def check_syntax(url: str) -> urllib.parse.SplitResult:
    """A well-formed absolute http(s) URL with a host, no white space or control characters."""
    if not isinstance(url, str) or not url:
        raise BlockedURL("no URL given")
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        raise BlockedURL(f"{url.strip()[:200]!r}: not a valid URL (contains white space or a"
                         " control character)")
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port  # raises ValueError on a non-numeric or out-of-range port
    except ValueError as error:
        raise BlockedURL(f"{url[:200]}: not a valid URL ({error})") from None
    if parts.scheme.lower() not in SCHEMES or not parts.hostname:
        raise BlockedURL(f"{url[:200]}: not a valid http(s) URL")
    del port
    return parts


def resolve(host: str, port: int) -> list[Address]:
    """Every address ``host`` resolves to (an IP literal resolves to itself)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise InputError(f"{host}: cannot resolve host name ({error})") from None
    addresses: list[Address] = []
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])  # drop an IPv6 zone id
        if address not in addresses:
            addresses.append(address)
    return addresses


def check_url(url: str, allow_private: AllowPrivate = False, *, resolve_host: bool = True,
              ) -> None:
    """Raise BlockedURL unless ``url`` is an http(s) URL whose host is public.

    With ``resolve_host`` the host name is looked up and every address it has must be
    public (one internal answer is enough to refuse). Without it only IP literals are
    checked, for callers that cannot do a DNS look-up. Fetching through
    :func:`build_opener` checks again at connection time.
    """
    parts = check_syntax(url)
    if private_allowed(allow_private) is True:
        return
    host = parts.hostname or ""
    try:
        literal: Address | None = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None:
        check_address(literal, host, allow_private)
    elif resolve_host:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        for address in resolve(host, port):
            check_address(address, host, allow_private)


# --- the guarded urllib opener ------------------------------------------------------------


def guarded_connect(allow_private: AllowPrivate) -> Any:
    """A drop-in for socket.create_connection that connects only to vetted addresses."""

    def create_connection(address: tuple[str, int], timeout: Any = None,
                          source_address: Any = None, *args: Any) -> socket.socket:
        host, port = address
        last: OSError | None = None
        for ip in resolve(host, port):
            check_address(ip, host, allow_private)
            family = socket.AF_INET6 if ip.version == 6 else socket.AF_INET
            sock = socket.socket(family, socket.SOCK_STREAM)
            try:
                if timeout is not None and timeout is not socket._GLOBAL_DEFAULT_TIMEOUT:
                    sock.settimeout(timeout)
                if source_address:
                    sock.bind(source_address)
                sock.connect((str(ip), port))
                return sock
            except OSError as error:
                sock.close()
                last = error
        raise last or OSError(f"cannot connect to {host}")

    return create_connection


class _GuardedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, allow_private: AllowPrivate) -> None:
        super().__init__()
        self.allow_private = allow_private

    def http_open(self, req):  # type: ignore[no-untyped-def]
        return self.do_open(self._connection, req)

    def _connection(self, *args: Any, **kwargs: Any) -> http.client.HTTPConnection:
        conn = http.client.HTTPConnection(*args, **kwargs)
        conn._create_connection = guarded_connect(self.allow_private)  # type: ignore[attr-defined]
        return conn


class _GuardedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, allow_private: AllowPrivate, context: Any = None) -> None:
        super().__init__(context=context)
        self.allow_private = allow_private

    def https_open(self, req):  # type: ignore[no-untyped-def]
        return self.do_open(self._connection, req, context=self._context)

    def _connection(self, *args: Any, **kwargs: Any) -> http.client.HTTPSConnection:
        conn = http.client.HTTPSConnection(*args, **kwargs)
        conn._create_connection = guarded_connect(self.allow_private)  # type: ignore[attr-defined]
        return conn


class _GuardedRedirects(urllib.request.HTTPRedirectHandler):
    """Follow at most ``limit`` redirects in total, each one checked by the policy."""

    def __init__(self, limit: int, allow_private: AllowPrivate) -> None:
        super().__init__()
        self.limit = limit
        self.allow_private = allow_private
        # urllib's own loop check counts distinct URLs; ours counts every hop.
        self.max_redirections = self.max_repeats = limit + 1

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        newurl = urllib.parse.urljoin(req.full_url, newurl)
        if urllib.parse.urlsplit(newurl).scheme.lower() not in SCHEMES:
            raise BlockedURL(f"{req.full_url}: redirects to a non-http URL {newurl[:200]}")
        hops = sum(getattr(req, "redirect_dict", {}).values())
        if hops >= self.limit:
            raise TooManyRedirects(f"{req.full_url}: too many redirects (limit {self.limit})")
        try:
            check_url(newurl, self.allow_private)
        except BlockedURL as error:
            raise BlockedURL(f"{req.full_url}: redirected to {newurl[:200]}; {error}") from None
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class TooManyRedirects(InputError):
    pass


def build_opener(allow_private: AllowPrivate = None, max_redirects: int = 5,
                 context: Any = None) -> urllib.request.OpenerDirector:
    """A urllib opener that applies the policy to every hop and every connection."""
    return urllib.request.build_opener(
        urllib.request.ProxyHandler({}),
        _GuardedHTTPHandler(allow_private),
        _GuardedHTTPSHandler(allow_private, context),
        _GuardedRedirects(max_redirects, allow_private),
    )


def open_url(request: urllib.request.Request | str, *, timeout: float,
             allow_private: AllowPrivate = None, max_redirects: int = 5) -> Any:
    """Check ``request``'s URL, then open it through :func:`build_opener`."""
    url = request.full_url if isinstance(request, urllib.request.Request) else request
    check_url(url, allow_private)
    return build_opener(allow_private, max_redirects).open(request, timeout=timeout)
