"""Which addresses a URL given to the web app may reach (a guard against SSRF).

A URL pasted into the app is fetched by the server, so without a guard anyone who can
reach the app could make it read loopback services, the private network or a cloud
metadata endpoint. The check runs at ``socket.connect`` time, on the address actually
being connected to, through a Python audit hook: every DNS answer and every redirect hop
of the existing ingest fetcher is checked, with no window between check and use (DNS
rebinding). The hook only acts inside :func:`guarded`, so the rest of the process
(SMTP, the digest) is untouched.
"""

from __future__ import annotations

import contextvars
import ipaddress
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from briefing.errors import InputError

# Cloud metadata endpoints outside the link-local range (AWS's IPv6 one is in fd00::/8,
# already private; Alibaba's 100.100.100.200 sits in shared address space).
METADATA_ADDRESSES = {ipaddress.ip_address("100.100.100.200")}


class BlockedAddress(InputError):
    """A URL led to an address the policy does not allow."""


Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True)
class UrlPolicy:
    allow_private: bool = False  # loopback, private, link-local and metadata addresses
    allowed: tuple[Network, ...] = ()  # exceptions, e.g. one intranet server


def parse_networks(values: list[str]) -> tuple[Network, ...]:
    """Addresses or CIDR ranges from the config; a bad one raises InputError."""
    networks = []
    for value in values:
        try:
            networks.append(ipaddress.ip_network(str(value), strict=False))
        except ValueError:
            raise InputError(f"[serve] allow_hosts: {value!r} is not an IP address or range")\
                from None
    return tuple(networks)


_ACTIVE: contextvars.ContextVar[tuple[UrlPolicy, str] | None] = contextvars.ContextVar(
    "briefing_serve_url_policy", default=None
)
_HOOK_INSTALLED = False


def kind_of_address(host: str) -> str:
    """'' for a public address, else why it is refused ("loopback", "private", ...)."""
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return "unparseable"
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    if address.is_loopback:
        return "loopback"
    if address.is_link_local or address in METADATA_ADDRESSES:
        return "link-local or metadata"
    if address.is_unspecified or address.is_multicast or address.is_reserved:
        return "non-routable"
    if address.is_private or not address.is_global:
        return "private"
    return ""


def check_address(host: str, policy: UrlPolicy, url: str) -> None:
    """Raise BlockedAddress if ``policy`` forbids connecting to ``host`` (an IP)."""
    if policy.allow_private or allowed_by_exception(host, policy):
        return
    kind = kind_of_address(host)
    if kind:
        raise BlockedAddress(
            f"{url}: refused: it leads to {host}, a {kind} address "
            "(set allow_private_urls = true under [serve] in the config to allow)"
        )


def allowed_by_exception(host: str, policy: UrlPolicy) -> bool:
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return any(address in network for network in policy.allowed)


def _audit(event: str, args: tuple) -> None:
    if event != "socket.connect":
        return
    active = _ACTIVE.get()
    if active is None:
        return
    address = args[1]
    if isinstance(address, tuple) and address and isinstance(address[0], str):
        check_address(address[0], *active)


def install_hook() -> None:
    """Install the audit hook once per process (audit hooks cannot be removed)."""
    global _HOOK_INSTALLED
    if not _HOOK_INSTALLED:
        sys.addaudithook(_audit)
        _HOOK_INSTALLED = True


@contextmanager
def guarded(url: str, policy: UrlPolicy) -> Iterator[None]:
    """Every connection made in this thread inside the block obeys ``policy``."""
    install_hook()
    token = _ACTIVE.set((policy, url))
    try:
        yield
    finally:
        _ACTIVE.reset(token)
