"""Fetching a URL safely: a timeout, a size cap, a polite User-Agent, and no private addresses.

A list of URLs from elsewhere must not make newsevents reach the user's own network (cloud
metadata at 169.254.169.254, a router at 10.0.0.1, a service on localhost). Every host is resolved
first and refused when any of its addresses is not globally routable (private, loopback,
link-local, reserved, multicast, shared, unspecified), unless ``allow_private`` is set. Redirects
are followed by hand so that every target is checked the same way.

Known limit: the check and the connection resolve the name separately, so a DNS server that
answers differently within milliseconds (DNS rebinding) is not caught.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from ..errors import FetchError
from .options import IngestOptions

LOGGER = logging.getLogger(__name__)


@dataclass
class Fetched:
    """A fetched page: its bytes, the URL it finally came from, and the charset the server declared."""

    content: bytes
    url: str
    charset: str | None = None
    content_type: str = ""


def _system_resolver(host: str) -> list[str]:
    infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


def is_public_address(address: str) -> bool:
    """Whether ``address`` (IPv4 or IPv6 literal) is globally routable (IPv4-mapped IPv6 unwrapped)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_url(url: str, options: IngestOptions) -> None:
    """Refuse a URL that is not http(s) or whose host resolves to a non-public address.

    Raises:
        FetchError: bad scheme, unresolvable host, or a private address (without allow_private).
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError("only http and https URLs with a host can be fetched", source=url)
    if options.allow_private:
        return
    host = parts.hostname
    try:
        addresses = [str(ipaddress.ip_address(host))]
    except ValueError:
        try:
            addresses = (options.resolver or _system_resolver)(host)
        except (OSError, UnicodeError) as err:
            raise FetchError(f"cannot resolve host {host!r} ({err})", source=url) from err
    if not addresses:
        raise FetchError(f"host {host!r} resolves to no address", source=url)
    private = [a for a in addresses if not is_public_address(a)]
    if private:
        raise FetchError(f"refused: host {host!r} resolves to non-public address {private[0]} "
                         "(private, loopback, link-local or reserved); allow_private permits it", source=url)


def _read_capped(response: httpx.Response, url: str, max_bytes: int) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"page is {int(declared):,} bytes, over the size cap of {max_bytes:,}", source=url)
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"page exceeds the size cap of {max_bytes:,} bytes", source=url)
        chunks.append(chunk)
    return b"".join(chunks)


def fetch(url: str, options: IngestOptions) -> Fetched:
    """GET ``url`` (following checked redirects) and return its body.

    Raises:
        FetchError: refused, unreachable, timed out, an HTTP error status, or over the size cap.
    """
    headers = {"User-Agent": options.user_agent, "Accept": "text/html, application/xhtml+xml, application/xml, "
               "application/rss+xml, application/atom+xml, application/json, text/plain;q=0.9, */*;q=0.5"}
    original = url
    with httpx.Client(transport=options.transport, timeout=options.timeout, headers=headers,
                      follow_redirects=False) as client:
        for _ in range(options.max_redirects + 1):
            check_url(url, options)
            try:
                with client.stream("GET", url) as response:
                    if response.is_redirect and "location" in response.headers:
                        url = urljoin(url, response.headers["location"])
                        LOGGER.debug("%s redirects to %s", original, url)
                        continue
                    if response.status_code >= 400:
                        raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}", source=original)
                    content = _read_capped(response, original, options.max_bytes)
                    return Fetched(content=content, url=str(response.url), charset=response.charset_encoding,
                                   content_type=response.headers.get("content-type", ""))
            except httpx.TimeoutException as err:
                raise FetchError(f"timed out after {options.timeout:g} s", source=original) from err
            except httpx.HTTPError as err:
                raise FetchError(f"cannot fetch: {type(err).__name__}: {err}", source=original) from err
    raise FetchError(f"more than {options.max_redirects} redirects", source=original)
