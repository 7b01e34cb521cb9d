"""A hostile server or address (issue 16.4): stacked encodings, gzip bombs, drip feeds, special-purpose addresses."""

from __future__ import annotations

import gzip
import time
import tracemalloc
import zlib
from collections.abc import Iterator

import httpx
import pytest

from newsevents.errors import FetchError
from newsevents.ingest import IngestOptions
from newsevents.ingest.addresses import special_block
from newsevents.ingest.fetch import check_url, fetch

PUBLIC = "93.184.216.34"


def _options(handler, **kwargs) -> IngestOptions:
    return IngestOptions(transport=httpx.MockTransport(handler), resolver=lambda host: [PUBLIC], **kwargs)


def _gzip_zeros(megabytes: int) -> bytes:
    """gzip of ``megabytes`` MB of zeros, made without holding them (about 1 KB per MB)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1024 * 1024)
    return b"".join(packer.compress(block) for _ in range(megabytes)) + packer.flush()


@pytest.mark.parametrize("address", [
    "64:ff9b::a00:1",        # NAT64 of 10.0.0.1
    "64:ff9b::a9fe:a9fe",    # NAT64 of 169.254.169.254
    "64:ff9b:1::1",          # NAT64 local use
    "2002:7f00:1::1",        # 6to4 of 127.0.0.1
    "2002:c0a8:101::1",      # 6to4 of 192.168.1.1
    "::7f00:1",              # IPv4-compatible 127.0.0.1
    "::ffff:0:a00:1",        # IPv4-translated
    "fec0::1",               # site-local
    "2001::1",               # Teredo
    "2001:db8::1", "3fff::1", "100::1", "fc00::1", "fd12:3456::1", "ff02::1", "5f00::1",
    "192.0.0.170", "192.0.0.8", "192.0.2.1", "198.18.0.1", "198.51.100.7", "203.0.113.9", "192.88.99.1",
    "240.0.0.1", "255.255.255.255", "224.0.0.1", "0.1.2.3", "100.127.255.254", "192.175.48.1",
])
def test_special_purpose_addresses_are_refused(address: str) -> None:
    assert special_block(address) is not None
    with pytest.raises(FetchError, match="special-purpose block"):
        check_url("https://innocent.example/", IngestOptions(resolver=lambda host: [address]))
    check_url("https://innocent.example/", IngestOptions(resolver=lambda host: [address], allow_private=True))


@pytest.mark.parametrize("address", [PUBLIC, "8.8.8.8", "2606:4700:4700::1111", "2a00:1450:4001::200e"])
def test_ordinary_public_addresses_pass(address: str) -> None:
    assert special_block(address) is None
    check_url("https://news.example/", IngestOptions(resolver=lambda host: [address]))


@pytest.mark.parametrize("encoding", ["gzip, gzip", "gzip,deflate", "deflate, gzip", "br", "compress", "zstd"])
def test_stacked_or_unknown_content_encodings_are_refused(encoding: str) -> None:
    body = gzip.compress(_gzip_zeros(50))

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-encoding": encoding}, stream=httpx.ByteStream(body))

    with pytest.raises(FetchError, match=r"refused: (stacked|unsupported)"):
        fetch("https://news.example/bomb", _options(handler))


def test_a_gzip_bomb_is_stopped_at_the_cap_without_inflating() -> None:
    body = _gzip_zeros(300)  # 300 MB of zeros in about 300 KB

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-encoding": "gzip"}, stream=httpx.ByteStream(body))

    tracemalloc.start()
    try:
        with pytest.raises(FetchError, match="size cap"):
            fetch("https://news.example/bomb", _options(handler, max_bytes=2 * 1024 * 1024))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 40 * 1024 * 1024, f"{peak:,} bytes held"


@pytest.mark.parametrize("encoding", ["gzip", "x-gzip", "deflate", "identity", ""])
def test_one_layer_of_gzip_or_deflate_is_decoded(encoding: str) -> None:
    page = b"<html><body><p>" + b"Harbour strike. " * 5000 + b"</p></body></html>"
    body = {"gzip": gzip.compress, "x-gzip": gzip.compress, "deflate": zlib.compress}.get(encoding, bytes)(page)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-encoding": encoding} if encoding else {},
                              stream=httpx.ByteStream(body))

    assert fetch("https://news.example/ok", _options(handler)).content == page


class _Drip(httpx.SyncByteStream):
    """A body that never ends: one byte every 50 ms (each read is quick, so no read timeout fires)."""

    def __iter__(self) -> Iterator[bytes]:
        while True:
            time.sleep(0.05)
            yield b"x"


def test_a_server_dripping_bytes_is_cut_off_at_the_deadline() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=_Drip())

    started = time.monotonic()
    with pytest.raises(FetchError, match="deadline"):
        fetch("https://news.example/drip", _options(handler, deadline=0.6, timeout=5))
    assert time.monotonic() - started < 3
