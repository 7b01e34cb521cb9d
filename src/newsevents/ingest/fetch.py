"""Fetching a URL safely: a timeout, a size cap, a polite User-Agent, and no private addresses.

A list of URLs from elsewhere must not make newsevents reach the user's own network (cloud
metadata at 169.254.169.254, a router at 10.0.0.1, a service on localhost). Every host is resolved
first and refused when any of its addresses is in an IANA special-purpose block (:mod:`.addresses`:
private, loopback, link-local, reserved, multicast, shared, and the IPv6 blocks carrying an IPv4
address such as NAT64 and 6to4), unless ``allow_private`` is set. Redirects are followed by hand so
that every target is checked the same way.

A hostile server must not hold the fetch or the memory either: a content encoding other than one
gzip or deflate layer is refused, the body is decoded here chunk by chunk so the size cap counts
decoded bytes as they come (a 2 KB gzip bomb stops at the cap, not after inflating), and a deadline
bounds the whole fetch (the per-read timeout alone lets a server drip a byte every few seconds forever).

Known limit: the check and the connection resolve the name separately, so a DNS server that
answers differently within milliseconds (DNS rebinding) is not caught.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from ..errors import Errors, FetchError
from .addresses import is_public_address, special_block
from .options import IngestOptions

__all__ = ["Fetched", "check_url", "fetch", "is_public_address"]

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


def check_url(url: str, options: IngestOptions) -> None:
    """Refuse a URL that is not http(s) or whose host resolves to a special-purpose address.

    Raises:
        FetchError: bad scheme, unresolvable host, or an address in an IANA special-purpose block
            (without allow_private).
    """
    parts = urlsplit(url)
    try:
        host = parts.hostname
    except ValueError as err:  # a malformed bracketed host
        raise FetchError(Errors.E151.format(err=err), source=url) from err
    if parts.scheme not in ("http", "https") or not host:
        raise FetchError(Errors.E152, source=url)
    if options.allow_private:
        return
    try:
        addresses = [str(ipaddress.ip_address(host))]
    except ValueError:
        try:
            addresses = (options.resolver or _system_resolver)(host)
        except (OSError, UnicodeError) as err:
            raise FetchError(Errors.E153.format(host=host, err=err), source=url) from err
    if not addresses:
        raise FetchError(Errors.E154.format(host=host), source=url)
    for address in addresses:
        block = special_block(address)
        if block:
            raise FetchError(Errors.E155.format(host=host, address=address, block=block), source=url)


#: Content encodings the fetcher decodes itself, chunk by chunk, so the size cap counts decoded bytes.
ENCODINGS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}
#: At most this many decoded bytes come out of one decoder call: a gzip bomb is stopped at the cap.
DECODE_STEP = 64 * 1024


def _encoding(response: httpx.Response, url: str) -> str | None:
    """The one content encoding to undo (None for identity); stacked or unknown encodings are refused."""
    names = [n.strip().lower() for n in response.headers.get("content-encoding", "").split(",")]
    names = [n for n in names if n and n != "identity"]
    if len(names) > 1:
        raise FetchError(Errors.E156.format(names=", ".join(names)), source=url)
    if names and names[0] not in ENCODINGS:
        raise FetchError(Errors.E157.format(name=names[0]), source=url)
    return names[0] if names else None


class _Decoder:
    """gzip/deflate undone incrementally, never more than DECODE_STEP bytes out of one call."""

    def __init__(self, encoding: str) -> None:
        self.wbits = ENCODINGS[encoding]
        self.raw_deflate_tried = False
        self.inner = zlib.decompressobj(self.wbits)

    def feed(self, data: bytes) -> Iterator[bytes]:
        while data:
            try:
                out = self.inner.decompress(data, DECODE_STEP)
            except zlib.error:
                if self.wbits != zlib.MAX_WBITS or self.raw_deflate_tried:
                    raise
                self.raw_deflate_tried = True  # some servers send raw deflate without the zlib header
                self.inner = zlib.decompressobj(-zlib.MAX_WBITS)
                continue
            self.raw_deflate_tried = True
            if out:
                yield out
            if self.inner.eof and self.inner.unused_data:  # a next gzip member
                data = self.inner.unused_data
                self.inner = zlib.decompressobj(self.wbits)
            elif self.inner.unconsumed_tail:
                data = self.inner.unconsumed_tail
            elif len(out) == DECODE_STEP:
                data = b""
                yield from self._drain()
            else:
                data = b""

    def _drain(self) -> Iterator[bytes]:
        while True:
            out = self.inner.decompress(b"", DECODE_STEP)
            if not out:
                return
            yield out


def _read_capped(response: httpx.Response, url: str, max_bytes: int, deadline: float, budget: float) -> bytes:
    """The body, decoded as it arrives; the size cap counts decoded bytes, the deadline the whole read."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(Errors.E158.format(size=int(declared), cap=max_bytes), source=url)
    encoding = _encoding(response, url)
    # a response built in memory (a test transport) was decoded when built; a network one streams raw bytes
    in_memory = response.is_stream_consumed
    decoder = _Decoder(encoding) if encoding and not in_memory else None
    chunks: list[bytes] = []
    size = 0
    try:
        for raw in ([response.content] if in_memory else response.iter_raw()):
            if time.monotonic() > deadline:
                raise FetchError(Errors.E159.format(seconds=budget), source=url)
            for chunk in decoder.feed(raw) if decoder else (raw,):
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(Errors.E160.format(cap=max_bytes), source=url)
                chunks.append(chunk)
    except zlib.error as err:
        raise FetchError(Errors.E161.format(encoding=encoding, err=err), source=url) from err
    return b"".join(chunks)


def fetch(url: str, options: IngestOptions) -> Fetched:
    """GET ``url`` (following checked redirects) and return its body.

    Raises:
        FetchError: refused, unreachable, timed out, over the deadline, an HTTP error status, a stacked
            or unknown content encoding, or over the size cap.
    """
    headers = {"User-Agent": options.user_agent, "Accept-Encoding": "gzip, deflate",
               "Accept": "text/html, application/xhtml+xml, application/xml, application/rss+xml, "
                         "application/atom+xml, application/json, text/plain;q=0.9, */*;q=0.5"}
    original = url
    deadline = time.monotonic() + options.deadline
    with httpx.Client(transport=options.transport, timeout=options.timeout, headers=headers,
                      follow_redirects=False) as client:
        for _ in range(options.max_redirects + 1):
            check_url(url, options)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise FetchError(Errors.E159.format(seconds=options.deadline), source=original)
            try:
                with client.stream("GET", url, timeout=min(options.timeout, remaining)) as response:
                    if response.is_redirect and "location" in response.headers:
                        url = urljoin(url, response.headers["location"])
                        LOGGER.debug("%s redirects to %s", original, url)
                        continue
                    if response.status_code >= 400:
                        raise FetchError(Errors.E162.format(status=response.status_code, reason=response.reason_phrase),
                                         source=original)
                    content = _read_capped(response, original, options.max_bytes, deadline, options.deadline)
                    return Fetched(content=content, url=str(response.url), charset=response.charset_encoding,
                                   content_type=response.headers.get("content-type", ""))
            except httpx.TimeoutException as err:
                raise FetchError(Errors.E163.format(seconds=options.timeout), source=original) from err
            except httpx.HTTPError as err:
                raise FetchError(Errors.E164.format(kind=type(err).__name__, err=err), source=original) from err
    raise FetchError(Errors.E165.format(redirects=options.max_redirects), source=original)
