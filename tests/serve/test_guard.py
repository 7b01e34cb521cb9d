"""DNS rebinding, the token before the body, and the optional read token (issue 16.5)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from newsevents.errors import StoreError
from newsevents.serve import create_app

from .conftest import TestClient

TOKEN = "rebind-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1.nip.io", "localhost.evil.example",
                                  ""])
def test_a_foreign_host_header_gets_no_data(db: Path, host: str) -> None:
    client = TestClient(create_app(db, token=""), base_url="http://localhost")
    response = client.get("/api/summary", headers={"Host": host})
    assert response.status_code == 400 and "Host" in response.json()["detail"]
    assert client.get("/", headers={"Host": host}).status_code == 400  # nor the dashboard


@pytest.mark.parametrize("host", ["localhost", "localhost:8000", "127.0.0.1:8000", "[::1]:8000", "10.0.0.5",
                                  "dash.localhost:8000"])
def test_ip_literals_and_localhost_are_answered(db: Path, host: str) -> None:
    client = TestClient(create_app(db, token=""), base_url="http://localhost")
    assert client.get("/api/summary", headers={"Host": host}).status_code == 200


def test_configured_names_are_answered_and_star_answers_any(db: Path) -> None:
    named = TestClient(create_app(db, token="", allowed_hosts=["News.LAN"]), base_url="http://localhost")
    assert named.get("/api/summary", headers={"Host": "news.lan:8000"}).status_code == 200
    assert named.get("/api/summary", headers={"Host": "other.lan"}).status_code == 400
    anything = TestClient(create_app(db, token="", allowed_hosts=["*"]), base_url="http://localhost")
    assert anything.get("/api/summary", headers={"Host": "other.lan"}).status_code == 200


def _post_without_token(app) -> tuple[int, bool]:
    """POST /api/articles straight to the ASGI app; returns the status and whether the body was read."""
    read = False
    sent: list[dict] = []

    async def receive() -> dict:
        nonlocal read
        read = True
        return {"type": "http.request", "body": b'{"text": "' + b"x" * 1000 + b'"}', "more_body": False}

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": "/api/articles", "raw_path": b"/api/articles", "query_string": b"", "root_path": "",
             "headers": [(b"host", b"localhost"), (b"content-type", b"application/json"),
                         (b"content-length", b"1012")], "client": ("127.0.0.1", 5000), "server": ("127.0.0.1", 80)}
    asyncio.run(app(scope, receive, send))
    return sent[0]["status"], read


@pytest.mark.parametrize("token", [TOKEN, ""])
def test_the_token_is_checked_before_the_body_is_read(db: Path, token: str) -> None:
    status, read = _post_without_token(create_app(db, token=token))
    assert status == (401 if token else 403)
    assert not read


def test_read_token_guards_the_read_api(db: Path) -> None:
    client = TestClient(create_app(db, token=TOKEN, read_token=True), base_url="http://localhost")
    assert client.get("/api/summary").status_code == 401
    assert client.get("/api/summary", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.get("/api/summary", headers=AUTH).status_code == 200
    open_client = TestClient(create_app(db, token=TOKEN), base_url="http://localhost")
    assert open_client.get("/api/summary").status_code == 200  # reads are open unless asked otherwise


def test_read_token_without_a_token_is_refused(db: Path) -> None:
    with pytest.raises(StoreError, match="read_token") as err:
        create_app(db, token="", read_token=True)
    assert err.value.code == "E508"
