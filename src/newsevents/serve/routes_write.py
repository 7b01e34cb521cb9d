"""``POST /api/articles``: submit one article (text, HTML or a URL) for extraction and storage.

Why so guarded: this is the only endpoint that writes, runs the NLP pipeline (seconds of CPU) and
may fetch a URL. It needs the configured bearer token (none configured: every write is refused),
the body is capped by the server's size limit, and URLs go through the ingest readers with private,
loopback and link-local addresses refused, so a client cannot make the server reach its own network.
"""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Request
from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..errors import ExtractionError, InputError, NewsEventsError
from ..model import RawDocument, content_id
from ..store import Store
from ._guard import bearer_matches

LOGGER = logging.getLogger(__name__)
router = APIRouter()


class ArticleIn(BaseModel):
    """An article to extract: exactly one of ``text``, ``html`` or ``url``."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, min_length=1, description="Plain article text.")
    html: str | None = Field(None, min_length=1, description="An article's HTML page.")
    url: str | None = Field(None, pattern=r"^https?://[^\s]+$", max_length=2000,
                            description="A public http(s) URL to fetch (private addresses are refused).")
    title: str | None = Field(None, max_length=1000)
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}([T ][0-9:.+Z-]*)?$",
                                  description="Publication date (ISO 8601) when the input carries none.")

    @model_validator(mode="after")
    def _exactly_one(self) -> ArticleIn:
        given = [k for k in ("text", "html", "url") if getattr(self, k)]
        if len(given) != 1:
            raise ValueError("give exactly one of text, html or url")
        return self


def check_token(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    """Refuse the write unless writes are enabled and the request carries the right bearer token.

    A dependency, so FastAPI runs it before it validates the body: no token, no validation details.
    """
    expected = request.app.state.token
    if not expected:
        raise HTTPException(403, "writes are disabled: start the server with NEWSEVENTS_TOKEN set")
    if not bearer_matches(authorization, expected):
        raise HTTPException(401, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"})


def to_raw(body: ArticleIn) -> RawDocument:
    """The submission as a RawDocument; a URL is fetched by the ingest readers (public addresses only)."""
    if body.url:
        from ..ingest import IngestOptions, iter_inputs

        for item in iter_inputs([body.url], IngestOptions(allow_private=False)):
            if isinstance(item, NewsEventsError):
                raise HTTPException(422, f"cannot fetch the URL: {item}")
            if body.published and not item.published:
                item.published = body.published
            return item
        raise HTTPException(422, "the URL yielded no document")
    content = body.text or body.html or ""
    media = "text" if body.text else "html"
    return RawDocument(source=f"api:{media}:{content_id(content)}", content=content, media_type=media,
                       title=body.title, published=body.published)


@router.post("/articles", status_code=201, summary="Submit an article (needs the bearer token)",
             dependencies=[Depends(check_token)])
def submit_article(body: ArticleIn, request: Request) -> dict[str, Any]:
    from ..engines.local import process_safely
    from ..pipeline import PipelineConfig

    raw = to_raw(body)
    with request.app.state.write_lock:
        outcome = process_safely(raw, PipelineConfig(published=body.published))
        if isinstance(outcome, (InputError, ExtractionError)):
            raise HTTPException(422, f"no article could be extracted: {outcome}")
        if isinstance(outcome, NewsEventsError):  # the server's fault (a stage failed, no model): not the client's
            raise HTTPException(500, f"extraction failed: {outcome}")
        with Store(request.app.state.db_path) as store:
            status = store.write_result(outcome, raw.source)
    article = outcome.article
    LOGGER.info("article %s from %s: %s", article.id, raw.source, status)
    return {"id": article.id, "status": status, "title": article.title, "events": len(outcome.events),
            "actors": len(outcome.actors), "quotes": len(outcome.quotes), "counts": len(outcome.counts),
            "url": f"/api/articles/{article.id}"}
