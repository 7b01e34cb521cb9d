"""POST /api/articles: the token rule, size limit, validation, private URLs, and one real ingest."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.serve import TOKEN_ENV, create_app

from .conftest import TestClient

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture()
def writer(db: Path) -> TestClient:
    return TestClient(create_app(db, token=TOKEN, max_body=20_000), base_url="http://localhost")


def test_writes_refused_when_no_token_is_configured(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    client = TestClient(create_app(db), base_url="http://localhost")
    response = client.post("/api/articles", json={"text": "Anything."}, headers=AUTH)
    assert response.status_code == 403
    assert TOKEN_ENV in response.json()["detail"]


def test_token_comes_from_the_environment(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    client = TestClient(create_app(db), base_url="http://localhost")
    assert client.post("/api/articles", json={}, headers=AUTH).status_code == 422  # past the token check
    assert client.post("/api/articles", json={}).status_code == 401


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN},
                                     {"Authorization": f"Basic {TOKEN}"}, {"Authorization": f"Bearer {TOKEN}x"}])
def test_missing_or_wrong_token_is_401(writer: TestClient, headers: dict) -> None:
    response = writer.post("/api/articles", json={"text": "Some text."}, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize("body, words", [
    ({}, "exactly one"), ({"text": "a", "url": "https://example.org/"}, "exactly one"),
    ({"text": ""}, "at least 1"), ({"url": "ftp://example.org/x"}, "pattern"),
    ({"url": "file:///etc/passwd"}, "pattern"),
    ({"text": "x", "published": "last week"}, "pattern"), ({"text": "x", "extra": 1}, "extra"),
])
def test_invalid_bodies_are_422(writer: TestClient, body: dict, words: str) -> None:
    response = writer.post("/api/articles", json=body, headers=AUTH)
    assert response.status_code == 422
    assert words in response.json()["message"].lower()


def test_oversized_body_is_413(writer: TestClient) -> None:
    response = writer.post("/api/articles", json={"text": "x" * 30_000}, headers=AUTH)
    assert response.status_code == 413


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000/api/summary", "http://localhost/", "http://10.0.0.1/x",
                                 "http://169.254.169.254/latest/meta-data/", "http://[::1]/"])
def test_private_urls_are_refused(writer: TestClient, url: str, db: Path) -> None:
    before = db.stat().st_size
    response = writer.post("/api/articles", json={"url": url}, headers=AUTH)
    assert response.status_code == 422
    assert "private" in response.json()["detail"].lower() or "loopback" in response.json()["detail"].lower()
    assert db.stat().st_size == before


@pytest.mark.slow
def test_text_submission_is_extracted_and_stored(writer: TestClient, nlp: object) -> None:
    text = ("Kenyan police arrested 30 protesters in Nairobi on Tuesday, officials said.\n"
            "President William Ruto met opposition leaders to discuss the tax bill.")
    response = writer.post("/api/articles", json={"text": text, "published": "2024-06-25"}, headers=AUTH)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["status"] == "stored"
    stored = writer.get(body["url"]).json()
    assert stored["text"].startswith("Kenyan police") and stored["published"].startswith("2024-06-25")
    again = writer.post("/api/articles", json={"text": text, "published": "2024-06-25"}, headers=AUTH)
    assert again.json()["status"] == "duplicate"
