"""Read endpoints: thin shells that validate parameters and call :mod:`newsevents.store.api_queries`.

Every parameter is checked by a pattern or a range before it reaches a query (a bad one is a 422
naming it; a bad date, :func:`dates`, a 400 with one line), and every query binds its values;
codes are upper-cased so ``rus`` finds ``RUS``.
"""

from __future__ import annotations

import sqlite3
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from ..model import ActorKind, EventMode, QuoteKind
from ..periods import check_range, parse_date_param
from ..store import api_aggregates as agg
from ..store import api_queries as q
from ..store.api_merged import facets, merged_detail, merged_page
from ..store.api_stories import story_detail, story_page
from .app import read_connection
from .evidence import evidence

router = APIRouter()
Conn = Annotated[sqlite3.Connection, Depends(read_connection)]
DATE_HELP = ("ISO day, week, month or year (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY): records whose date overlaps "
             "it or is later (since) / earlier (until)")
Since = Annotated[str | None, Query(description="Since: " + DATE_HELP + ".")]
Until = Annotated[str | None, Query(description="Until: " + DATE_HELP + ".")]
CODE = r"^[A-Za-z0-9]{1,24}$"
COUNTRY = r"^[A-Za-z]{3}$"
Unit = Annotated[Literal["merged", "mentions"], Query(
    description="merged (default): one real event reported by many articles counts once; mentions: every report.")]


def page(limit: Annotated[int, Query(ge=1, le=1000, description="Items per page.")] = 50,
         offset: Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")] = 0) -> q.Page:
    """Pagination parameters shared by every list endpoint."""
    return q.Page(limit=limit, offset=offset)


Paging = Annotated[q.Page, Depends(page)]


def _upper(value: str | None) -> str | None:
    return value.upper() if value else value


def dates(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """``since`` and ``until`` checked by the one date type (newsevents.periods).

    Raises:
        DateParamError: not an ISO day, week, month or year, or since after until (the app answers 400).
    """
    start = parse_date_param(since, "since") if since else None
    end = parse_date_param(until, "until") if until else None
    check_range(start, end)
    return (since.strip() if since else None), (until.strip() if until else None)


def event_query(
    actor: Annotated[str | None, Query(pattern=CODE,
                                       description="Actor code prefix, either side (RUS, RUSGOV).")] = None,
    source: Annotated[str | None, Query(pattern=CODE, description="Source actor code prefix.")] = None,
    target: Annotated[str | None, Query(pattern=CODE, description="Target actor code prefix.")] = None,
    name: Annotated[str | None, Query(min_length=1, max_length=200, description="Actor's exact name.")] = None,
    actor_name: Annotated[str | None, Query(min_length=1, max_length=200,
                                            description="Part of either actor's name, any case.")] = None,
    role: Annotated[Literal["source", "target"] | None, Query(description="Narrows `name` to one side.")] = None,
    pair: Annotated[str | None, Query(pattern=r"^[A-Za-z0-9]{1,24},[A-Za-z0-9]{1,24}$",
                                      description="Two code prefixes A,B: events between them, either way.")] = None,
    cameo: Annotated[str | None, Query(pattern=r"^\d{2,4}$", description="CAMEO code prefix (04, 042).")] = None,
    root: Annotated[str | None, Query(pattern=r"^\d{2}$", description="CAMEO root code (01-20).")] = None,
    plover: Annotated[str | None, Query(pattern=r"^[A-Za-z_-]{1,40}$", description="PLOVER event type.")] = None,
    mode: Annotated[EventMode | None, Query(description="Event mode.")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4, description="QuadClass 1-4.")] = None,
    since: Since = None,
    until: Until = None,
    country: Annotated[str | None, Query(pattern=COUNTRY, description="Country of the place (ISO alpha-3).")] = None,
    place: Annotated[str | None, Query(min_length=1, max_length=200, description="Part of the place name.")] = None,
    article_id: Annotated[str | None, Query(pattern=r"^[0-9a-f]{1,64}$")] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
) -> q.EventQuery:
    """The event filters shared by /api/events and the aggregates."""
    since, until = dates(since, until)
    pair_codes = (pair.upper().split(",")[0], pair.upper().split(",")[1]) if pair else None
    return q.EventQuery(
        actor=_upper(actor), source=_upper(source), target=_upper(target), name=name, role=role,
        actor_name=actor_name, pair=pair_codes, cameo=cameo, root=root, plover=_upper(plover), mode=mode,
        quad_class=quad_class, since=since, until=until, country=_upper(country), place=place, article_id=article_id,
        min_confidence=min_confidence)


Events = Annotated[q.EventQuery, Depends(event_query)]


def _found(item: dict[str, Any] | None, what: str) -> dict[str, Any]:
    if item is None:
        raise HTTPException(404, f"no {what}")
    return item


@router.get("/summary", summary="Row counts and the event date range")
def summary(conn: Conn) -> dict[str, Any]:
    return agg.overview(conn)


@router.get("/articles", summary="Articles, newest first")
def articles(conn: Conn, paging: Paging,
             q_: Annotated[str | None, Query(alias="q", max_length=200, description="Part of the title.")] = None,
             site: Annotated[str | None, Query(max_length=200)] = None,
             language: Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$")] = None,
             since: Since = None, until: Until = None) -> dict[str, Any]:
    since, until = dates(since, until)
    flt = q.ArticleFilter(q=q_, site=site, language=language, since=since, until=until)
    return q.article_page(conn, flt, paging)


@router.get("/articles/{article_id}", summary="One article with its text and everything extracted from it")
def article(conn: Conn, article_id: Annotated[str, Path(pattern=r"^[0-9a-f]{1,64}$")]) -> dict[str, Any]:
    return _found(q.article_detail(conn, article_id), f"article {article_id}")


@router.get("/actors", summary="Actors by name across articles (search by name, code, country)")
def actors(conn: Conn, paging: Paging,
           q_: Annotated[str | None, Query(alias="q", max_length=200, description="Part of the name.")] = None,
           code: Annotated[str | None, Query(pattern=CODE, description="CAMEO actor code prefix.")] = None,
           country: Annotated[str | None, Query(pattern=COUNTRY)] = None,
           kind: Annotated[ActorKind | None, Query()] = None,
           ) -> dict[str, Any]:
    flt = q.ActorFilter(q=q_, code=_upper(code), country=_upper(country), kind=kind)
    return q.actor_page(conn, flt, paging)


@router.get("/actors/{key:path}", summary="One actor: roles, codes, countries, numbers of events and quotes")
def actor(conn: Conn, key: Annotated[str, Path(min_length=1, max_length=200)]) -> dict[str, Any]:
    return _found(q.actor_detail(conn, key), f"actor named {key!r}")


@router.get("/events", summary="Coded events, newest first")
def events(conn: Conn, flt: Events, paging: Paging) -> dict[str, Any]:
    return q.event_page(conn, flt, paging)


@router.get("/events/{article_id}/{event_id}", summary="One event with its evidence sentence")
def event(conn: Conn, article_id: Annotated[str, Path(pattern=r"^[0-9a-f]{1,64}$")],
          event_id: Annotated[str, Path(min_length=1, max_length=64)]) -> dict[str, Any]:
    detail = _found(q.event_detail(conn, article_id, event_id), f"event {event_id} in article {article_id}")
    detail["evidence"] = evidence(detail)
    detail["article"].pop("text", None)
    return detail


@router.get("/quotes", summary="Quotations, newest first")
def quotes(conn: Conn, paging: Paging,
           speaker: Annotated[str | None, Query(max_length=200, description="Speaker's exact name.")] = None,
           speaker_code: Annotated[str | None, Query(pattern=CODE, description="Speaker code prefix.")] = None,
           kind: Annotated[QuoteKind | None, Query()] = None,
           q_: Annotated[str | None, Query(alias="q", max_length=200, description="Words of the quote.")] = None,
           article_id: Annotated[str | None, Query(pattern=r"^[0-9a-f]{1,64}$")] = None) -> dict[str, Any]:
    flt = q.QuoteQuery(speaker=speaker, speaker_code=_upper(speaker_code), kind=kind, q=q_, article_id=article_id)
    return q.quote_page(conn, flt, paging)


def count_query(
    what: Annotated[str | None, Query(pattern=r"^[a-z_]{1,40}$", description="killed, wounded, arrested ...")] = None,
    country: Annotated[str | None, Query(pattern=COUNTRY)] = None,
    since: Since = None,
    until: Until = None,
    site: Annotated[str | None, Query(max_length=200)] = None,
    article_id: Annotated[str | None, Query(pattern=r"^[0-9a-f]{1,64}$")] = None,
    status: Annotated[Literal["current", "historical", "hypothetical", "all"], Query(
        description="current (default): figures of the reported events; historical or hypothetical ones "
                    "(centuries ago, 'may have') only when asked for; all: every count.")] = "current",
) -> q.CountQuery:
    """The count filters shared by /api/counts and /api/aggregates/counts."""
    since, until = dates(since, until)
    return q.CountQuery(what=what, country=_upper(country), since=since, until=until, site=site,
                        article_id=article_id, status=status)


Counts = Annotated[q.CountQuery, Depends(count_query)]


@router.get("/counts", summary="Casualty, arrest and displacement counts, newest first")
def counts(conn: Conn, flt: Counts, paging: Paging) -> dict[str, Any]:
    return q.count_page(conn, flt, paging)


@router.get("/stories", summary="Story clusters (when the database has them)")
def stories(conn: Conn, paging: Paging) -> dict[str, Any]:
    return story_page(conn, paging)


@router.get("/stories/{story_id}", summary="One story cluster and its articles")
def story(conn: Conn, story_id: Annotated[str, Path(min_length=1, max_length=100)]) -> dict[str, Any]:
    return _found(story_detail(conn, story_id), f"story {story_id}")


@router.get("/merged", summary="Merged events (one per real event, however many reports), newest first")
def merged(conn: Conn, flt: Events, paging: Paging,
           min_articles: Annotated[int, Query(ge=1, le=10_000, description="At least this many articles.")] = 1,
           ) -> dict[str, Any]:
    return merged_page(conn, flt, paging, min_articles)


@router.get("/merged/{merged_id}", summary="One merged event and the reports it was merged from")
def merged_event(conn: Conn, merged_id: Annotated[int, Path(ge=1)]) -> dict[str, Any]:
    return _found(merged_detail(conn, merged_id), f"merged event {merged_id}")


@router.get("/facets", summary="Distinct values for filter drop-downs: roots, countries, sites, codes ...")
def facets_(conn: Conn) -> dict[str, Any]:
    return facets(conn)


@router.get("/aggregates/timeline", summary="Events per day per QuadClass or CAMEO root")
def timeline(conn: Conn, flt: Events,
             by: Annotated[Literal["quad_class", "root"], Query()] = "quad_class", unit: Unit = "merged",
             ) -> dict[str, Any]:
    return agg.timeline(conn, flt, by, unit)


@router.get("/aggregates/pairs", summary="Actor-pair matrix: events and mean Goldstein per pair")
def pairs(conn: Conn, flt: Events, by: Annotated[Literal["code", "name"], Query()] = "code",
          limit: Annotated[int, Query(ge=1, le=2000)] = 100, unit: Unit = "merged") -> dict[str, Any]:
    return agg.pairs(conn, flt, by, limit, unit)


@router.get("/aggregates/top-actors", summary="Actors with the most events")
def top_actors(conn: Conn, flt: Events, by: Annotated[Literal["name", "code"], Query()] = "name",
               limit: Annotated[int, Query(ge=1, le=500)] = 20, unit: Unit = "merged") -> dict[str, Any]:
    return agg.top_actors(conn, flt, by, limit, unit)


@router.get("/aggregates/counts", summary="Largest count per day per country or source site")
def counts_timeline(conn: Conn, flt: Counts,
                    by: Annotated[Literal["country", "site"], Query()] = "country") -> dict[str, Any]:
    return agg.counts_timeline(conn, flt, by)
