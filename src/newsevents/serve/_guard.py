"""Who may talk to the server, decided from the request line and headers alone, before any body is read.

Two checks, in a pure ASGI middleware so that nothing of a refused request is parsed:

* **Trusted hosts (DNS rebinding).** A web page on ``evil.example`` can make its name resolve to
  127.0.0.1 and then read a local dashboard as if it were its own origin; its requests then carry
  ``Host: evil.example``. The server answers only requests whose Host is an IP literal, ``localhost``
  (or a name under ``.localhost``), or one of the configured names (``--allowed-host``), and ``*``
  turns the check off (behind a proxy that checks hosts itself).
* **Tokens first.** A write (any method but GET, HEAD, OPTIONS under ``/api``) needs the bearer
  token before its body is received, so an anonymous client cannot make the server read and parse
  two megabytes of JSON. With ``read_token`` the read API needs the same token.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
from collections.abc import Iterable

from starlette.types import ASGIApp, Receive, Scope, Send

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def _host_name(host_header: str) -> str:
    """``Host`` without its port, lower case, brackets of an IPv6 literal removed."""
    host = host_header.strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class Guard:
    """Refuse requests for an untrusted Host (400) and writes (or, with read_token, reads) without the token."""

    def __init__(self, app: ASGIApp, *, token: str | None, allowed_hosts: Iterable[str] = (),
                 read_token: bool = False) -> None:
        self.app = app
        self.token = token
        self.read_token = read_token
        names = {h.strip().lower().strip("[]") for h in allowed_hosts if h.strip()}
        self.any_host = "*" in names
        self.names = names - {"*"}

    def host_allowed(self, host_header: str | None) -> bool:
        """Whether a request for ``host_header`` may be answered (see the module docstring)."""
        if self.any_host:
            return True
        if not host_header:
            return False
        name = _host_name(host_header)
        return _is_ip(name) or name == "localhost" or name.endswith(".localhost") or name in self.names

    def _token_ok(self, authorization: str | None) -> bool:
        return bearer_matches(authorization, self.token)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers") or []}
        if not self.host_allowed(headers.get("host")):
            await _deny(send, 400, "untrusted Host header (start the server with --allowed-host NAME to serve "
                                   "that name)")
            return
        path, method = scope.get("path", ""), scope.get("method", "GET").upper()
        if path.startswith("/api"):
            writing = method not in SAFE_METHODS
            if writing and not self.token:
                await _deny(send, 403, "writes are disabled: start the server with NEWSEVENTS_TOKEN set")
                return
            if (writing or self.read_token) and not self._token_ok(headers.get("authorization")):
                await _deny(send, 401, "missing or wrong bearer token", bearer=True)
                return
        await self.app(scope, receive, send)


def bearer_matches(authorization: str | None, expected: str | None) -> bool:
    """Whether an Authorization header carries ``Bearer <expected>`` (compared in constant time); never
    true when no token is configured. The guard and the write route's own check both ask this."""
    scheme, _, given = (authorization or "").partition(" ")
    return bool(expected) and scheme.lower() == "bearer" and hmac.compare_digest(
        given.strip().encode(), (expected or "").encode())


async def _deny(send: Send, status: int, message: str, *, bearer: bool = False) -> None:
    """A JSON error response, sent without reading the request body."""
    body = json.dumps({"detail": message}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
               (b"connection", b"close")]
    if bearer:
        headers.append((b"www-authenticate", b"Bearer"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
