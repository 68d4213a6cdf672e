"""The one scope policy: which URLs a crawl may request, and which redirects may be followed.

* The crawl scope is the portal's site: its host (as httpx sends it: lower case, IDN in punycode)
  and that host's ``www.`` twin (``muni.gob.gt`` and ``www.muni.gob.gt``: one site a theme links
  either way), on the portal's port unless both are scheme defaults; plus the hosts the portal's
  ``hosts`` setting names (a body's own file server). Links and redirects elsewhere are counted,
  never requested.
* A probe of a portal's home page may follow a redirect to another host (a portal moving to a new
  domain is still up), but never to a private, loopback or link-local address of another host:
  another host's name is resolved first, so a name pointing at such an address is refused before
  any connection, like an address written literally.
"""

from __future__ import annotations

import asyncio
import functools
import ipaddress
import socket
from collections.abc import Iterable
from urllib.parse import urlsplit, urlunsplit

import httpx
import idna

from monitor.hostnames import split_host

_SCOPE_CACHE_SIZE = 100_000
Address = ipaddress.IPv4Address | ipaddress.IPv6Address


class Scope:
    """The portal's host or its ``www.`` twin on the portal's port (unless both are scheme
    defaults), or one of ``hosts`` ("archivos.muni.gob.gt", or "host:port" for one port)."""

    def __init__(self, portal_url: str, hosts: Iterable[str] = ()) -> None:
        parts = urlsplit(portal_url)
        self.host = host_key(parts.hostname or "")
        self._port = parts.port
        self._default = parts.port is None or parts.port == default_port(parts.scheme)
        # Each host of the scope, the port it is asked on (None: the portal's own port rule).
        self._hosts: dict[str, int | None] = {self.host: None}
        twin = www_twin(self.host)
        if twin is not None:
            self._hosts[twin] = None
        for entry in hosts:
            name, port = split_host(entry)
            self._hosts.setdefault(host_key(name), port)
        # Menus repeat the same links on every page: each URL is judged once per crawl.
        self._seen: dict[str, bool] = {}

    def __contains__(self, url: str) -> bool:
        known = self._seen.get(url)
        if known is None:
            known = self._judge(url)
            if len(self._seen) < _SCOPE_CACHE_SIZE:
                self._seen[url] = known
        return known

    def _judge(self, url: str) -> bool:
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError:
            return False
        if parts.scheme not in ("http", "https"):
            return False
        host = host_key(parts.hostname or "")
        if host not in self._hosts:
            return False
        fixed = self._hosts[host]
        if fixed is not None:
            return (port or default_port(parts.scheme)) == fixed
        if port is None or port == default_port(parts.scheme):
            return self._default
        return port == self._port

    def is_home_host(self, url: str) -> bool:
        """Whether ``url`` is on the portal's own host (not its twin or another of ``hosts``):
        the host whose silence makes the portal down."""
        return host_of(url) == self.host

    async def allows_redirect(self, _current: httpx.URL, target: httpx.URL) -> bool:
        """The crawler's redirect rule: only within the scope."""
        return str(target) in self


# Names that exist only inside an office's network: "localhost", mDNS's ".local", and the
# suffixes intranets use.
_LOCAL_SUFFIXES = (".localhost", ".local", ".lan", ".internal", ".intranet", ".localdomain")
# How ``private_place`` describes the two kinds of place (``report.reasons`` translates them).
ON_A_COMPUTER = "a file on a computer, not on the internet"
ON_A_PRIVATE_HOST = "a host of a private network, not on the internet"


@functools.lru_cache(maxsize=4096)
def private_place(url: str) -> str | None:
    """Where an address leads when no one outside the body's own network can open it: a file
    on someone's computer or share (``file:``), or a host not on the internet (``localhost``, a
    private, loopback or link-local address, a name without a dot such as ``servidor-muni``).
    A description naming the place, else None; decided from the address alone (nothing is
    resolved or requested)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme == "file":
        return f"{url[:80]}, {ON_A_COMPUTER}"
    if parts.scheme not in ("http", "https"):
        return None
    host = (parts.hostname or "").rstrip(".")
    if not host:
        return None
    private = local_by_spelling(host.lower())
    if private is None:
        private = "." not in host or host.endswith(_LOCAL_SUFFIXES)
    return f"{host}, {ON_A_PRIVATE_HOST}" if private else None


def local_by_spelling(host: str) -> bool | None:
    """Whether ``host`` (lower case, no trailing dot) is off the public internet by its spelling
    alone: a "localhost" name, or an address literal that is not public. None when only
    resolving the name could tell."""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    address = ip_literal(host)
    return None if address is None else not is_public(address)


def without_userinfo(url: str) -> str:
    """``url`` without ``user:password@``: credentials found in a link are never sent."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def host_of(url: str) -> str:
    """``url``'s host as the scope compares it (``host_key``); "" for an address it cannot
    read."""
    try:
        return host_key(urlsplit(url).hostname or "")
    except ValueError:
        return ""


def www_twin(host: str) -> str | None:
    """The other spelling of a site's name, with or without ``www.`` ("muni.gob.gt" and
    "www.muni.gob.gt"); None for an address literal or a name without a dot after it."""
    if ip_literal(host) is not None:
        return None
    bare = host.removeprefix("www.")
    if "." not in bare.strip("."):
        return None
    return bare if bare != host else f"www.{host}"


def host_key(hostname: str) -> str:
    """A host name as httpx sends it: lower case, IDN in punycode, so both spellings match.

    Encoded with the ``idna`` package exactly as httpx does (IDNA 2008): the standard library's
    IDNA 2003 codec maps "straße" to "strasse", another host.
    """
    host = hostname.lower().rstrip(".")
    if host.isascii():
        return host
    try:
        return idna.encode(host).decode("ascii")
    except idna.IDNAError:
        return host  # httpx refuses such a URL: nothing is requested


def default_port(scheme: str) -> int:
    """The port a URL of ``scheme`` uses when it names none."""
    return 443 if scheme == "https" else 80


async def public_redirect(current: httpx.URL, target: httpx.URL) -> bool:
    """The probe's redirect rule: the same host, or another host that is not a private address.

    A name that does not resolve is followed: the connection attempt then reports ``dns``.
    """
    host = target.host.lower().rstrip(".")
    if host == current.host.lower().rstrip("."):
        return True
    local = local_by_spelling(host)
    if local is not None:
        return not local
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(
            host, target.port or default_port(target.scheme), type=socket.SOCK_STREAM
        )
    except (OSError, UnicodeError):
        return True
    return all(is_public(ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])) for info in infos)


def is_public(address: Address) -> bool:
    """Whether ``address`` is a public one (not private, loopback, link-local, reserved)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_unspecified
        or address.is_reserved
    )


def ip_literal(host: str) -> Address | None:
    """The address a host names literally, including legacy IPv4 forms like ``2130706433``."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        try:
            # Resolvers accept "127.1", "0x7f.1", "2130706433": the same forms inet_aton does.
            address = ipaddress.ip_address(socket.inet_aton(host))
        except OSError:
            return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address
