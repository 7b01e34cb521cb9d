"""Paged, filtered read queries behind the REST API (``newsevents.serve``).

Why a module of its own: the API needs totals for pagination, range filters that use the indexes
(a code prefix ``RUS`` becomes ``code >= 'RUS' AND code < 'RUS\\U0010ffff'``, which SQLite answers
from the index, where ``LIKE 'RUS%'`` would scan), and joins the CLI does not need. Every value a
client sends is a bound parameter; only column names and SQL fragments written here reach the SQL
text. Aggregates (timelines, actor pairs, top actors) live in :mod:`.api_aggregates`.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from ..periods import Period, check_range, parse_date_param
from .schema import API_INDEX_SQL

# The columns of an event listing (the CLI's ``events`` and /api/events).
EVENT_COLUMNS = (
    "article_id", "id", "date", "date_start", "date_end", "date_precision", "source_code", "source_name", "cameo",
    "plover", "mode", "target_code", "target_name", "goldstein", "quad_class", "place", "place_country",
    "confidence", "rule", "trigger", "sentence",
)

# The highest code point: a prefix followed by it sorts after every string that starts with the prefix.
TOP = "\U0010ffff"

# The API's indexes are migration 3 of the schema; older files opened read-only may lack them.


@dataclass
class Where:
    """A growing WHERE clause and its bound parameters."""

    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def prefix(self, column: str, value: str) -> None:
        """``column`` starts with ``value``, written as an index-friendly range."""
        self.add(f"({column} >= ? AND {column} < ?)", value, value + TOP)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


@dataclass
class Page:
    """Pagination of a list endpoint."""

    limit: int = 50
    offset: int = 0


def paged(conn: sqlite3.Connection, select: str, source: str, where: Where, order: str,
          page: Page) -> dict[str, Any]:
    """``{"total", "limit", "offset", "items"}`` for ``SELECT select FROM source WHERE ... ORDER BY order``."""
    total = conn.execute(f"SELECT COUNT(*) FROM {source}{where.sql()}", where.params).fetchone()[0]
    sql = f"SELECT {select} FROM {source}{where.sql()} ORDER BY {order} LIMIT ? OFFSET ?"
    rows = conn.execute(sql, [*where.params, page.limit, page.offset]).fetchall()
    return {"total": total, "limit": page.limit, "offset": page.offset, "items": [dict(r) for r in rows]}


def ensure_api_indexes(conn: sqlite3.Connection) -> None:
    """Create the API's extra indexes when missing (needs a writable connection)."""
    conn.executescript(API_INDEX_SQL)


def missing_api_indexes(conn: sqlite3.Connection) -> list[str]:
    """Names of the API's indexes that this database lacks (slow filters, still correct)."""
    have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    wanted = [line.split()[5] for line in API_INDEX_SQL.strip().splitlines()]
    return [name for name in wanted if name not in have]


def table_exists(conn: sqlite3.Connection, name: str) -> bool:
    """Whether the database has table ``name`` (tables of later migrations may be absent)."""
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?", (name,))
    return row.fetchone() is not None


def _periods(since: str | Period | None, until: str | Period | None) -> tuple[Period | None, Period | None]:
    """The two bounds as periods (:func:`newsevents.periods.parse_date_param`); a string is checked here too.

    Raises:
        DateParamError: a bound is no ISO day, week, month or year, or since is after until.
    """
    start = parse_date_param(since, "since") if isinstance(since, str) else since
    end = parse_date_param(until, "until") if isinstance(until, str) else until
    check_range(start, end)
    return start, end


def date_range(where: Where, column: str, since: str | Period | None, until: str | Period | None) -> None:
    """Bounds on a date or timestamp column (an article's publication): from the first day of
    ``since`` to the last day of ``until``, both included (``until=2023-10`` takes all of October)."""
    start, end = _periods(since or None, until or None)
    if start:
        where.add(f"{column} >= ?", start.start.isoformat())
    if end:
        where.add(f"{column} < ?", end.end.isoformat() + TOP)


def period_range(where: Where, since: str | Period | None, until: str | Period | None, alias: str = "") -> None:
    """The one meaning of since/until on a dated record (events, counts; newsevents.periods): ``since X``
    keeps a period overlapping X or later (it ends on or after X's first day), ``until X`` one
    overlapping X or earlier (it starts on or before X's last day). Undated records match neither."""
    start, end = _periods(since or None, until or None)
    if start:
        where.add(f"{alias}date_end >= ?", start.start.isoformat())
    if end:
        where.add(f"{alias}date_start <= ?", end.end.isoformat())


# -- articles ----------------------------------------------------------------------------------

ARTICLE_LIST_COLUMNS = (
    "a.id, a.title, a.url, a.published, a.site, a.author, a.language, a.story_id, a.ingested_at, "
    "(SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS n_events"
)


@dataclass
class ArticleFilter:
    """Filters of /api/articles: title words, site, language, publication dates."""

    q: str | None = None
    site: str | None = None
    language: str | None = None
    since: str | None = None
    until: str | None = None


def article_page(conn: sqlite3.Connection, flt: ArticleFilter, page: Page) -> dict[str, Any]:
    """Articles, newest publication first."""
    where = Where()
    if flt.q:
        where.add("a.title LIKE ? ESCAPE '\\'", f"%{like_escape(flt.q)}%")
    if flt.site:
        where.add("a.site = ?", flt.site)
    if flt.language:
        where.add("a.language = ?", flt.language)
    date_range(where, "a.published", flt.since, flt.until)
    return paged(conn, ARTICLE_LIST_COLUMNS, "articles a", where, "a.published DESC, a.rowid DESC", page)


def article_detail(conn: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    """One article with its text and every record extracted from it."""
    row = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    out = decode(dict(row))
    for table in ("actors", "events", "quotes", "counts", "times", "places"):
        rows = conn.execute(f"SELECT * FROM {table} WHERE article_id = ? ORDER BY rowid", (article_id,))
        out[table] = [decode(dict(r)) for r in rows]
    return out


def decode(row: dict[str, Any]) -> dict[str, Any]:
    """JSON-text columns (mentions, notes, stages ...) back to lists."""
    for key in ("mentions", "resolved_by", "notes", "stages"):
        if isinstance(row.get(key), str):
            with contextlib.suppress(json.JSONDecodeError):  # not JSON after all: kept as text
                row[key] = json.loads(row[key])
    return row


def like_escape(text: str) -> str:
    """``text`` with LIKE's wildcards escaped (used with ``ESCAPE '\\'``)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# -- actors ------------------------------------------------------------------------------------

@dataclass
class ActorFilter:
    """Filters of /api/actors: name part, CAMEO code prefix, country, kind."""

    q: str | None = None
    code: str | None = None
    country: str | None = None
    kind: str | None = None


def actor_page(conn: sqlite3.Connection, flt: ActorFilter, page: Page) -> dict[str, Any]:
    """Actors grouped by name across articles, most frequent first; ``key`` addresses /api/actors/{key}.

    Two steps for speed: rank names by rows (an index-only GROUP BY), then gather codes, kinds and
    countries for the names of this page only.
    """
    where = Where()
    if flt.q:
        where.add("name LIKE ? ESCAPE '\\'", f"%{like_escape(flt.q)}%")
    if flt.code:
        where.prefix("code", flt.code)
    if flt.country:
        where.add("country = ?", flt.country)
    if flt.kind:
        where.add("kind = ?", flt.kind)
    grouped = f"(SELECT name, COUNT(*) AS articles FROM actors{where.sql()} GROUP BY name)"
    out = paged(conn, "name, name AS key, articles", grouped, Where(params=list(where.params)),
                "articles DESC, name", page)
    names = [item["name"] for item in out["items"]]
    facets: dict[str, dict[str, set[str]]] = {n: {"codes": set(), "kinds": set(), "countries": set()} for n in names}
    if names:
        marks = ", ".join("?" for _ in names)
        sql = f"SELECT DISTINCT name, code, kind, country FROM actors WHERE name IN ({marks})"
        for row in conn.execute(sql, names):
            for key, col in (("codes", "code"), ("kinds", "kind"), ("countries", "country")):
                if row[col] is not None:
                    facets[row["name"]][key].add(row[col])
    for item in out["items"]:
        item.update({k: sorted(v) for k, v in facets[item["name"]].items()})
    return out


def actor_detail(conn: sqlite3.Connection, key: str) -> dict[str, Any] | None:
    """What the database knows of the actor named ``key``: roles, codes, countries, counts of records."""
    rows = conn.execute(
        "SELECT code, country, kind, role, qid, COUNT(*) AS n FROM actors WHERE name = ? "
        "GROUP BY code, country, kind, role, qid", (key,)).fetchall()
    if not rows:
        return None

    def tally(col: str) -> list[dict[str, Any]]:
        seen: dict[Any, int] = {}
        for r in rows:
            if r[col] is not None:
                seen[r[col]] = seen.get(r[col], 0) + r["n"]
        return [{"value": k, "n": v} for k, v in sorted(seen.items(), key=lambda kv: -kv[1])]

    n = {side: conn.execute(f"SELECT COUNT(*) FROM events WHERE {side}_name = ?", (key,)).fetchone()[0]
         for side in ("source", "target")}
    quotes = conn.execute("SELECT COUNT(*) FROM quotes WHERE speaker_name = ?", (key,)).fetchone()[0]
    articles = conn.execute("SELECT COUNT(DISTINCT article_id) FROM actors WHERE name = ?", (key,)).fetchone()[0]
    return {"key": key, "name": key, "kinds": tally("kind"), "roles": tally("role"), "codes": tally("code"),
            "countries": tally("country"), "qids": tally("qid"), "articles": articles,
            "events_as_source": n["source"], "events_as_target": n["target"], "quotes": quotes}


# -- events ------------------------------------------------------------------------------------

@dataclass
class EventQuery:
    """Filters of /api/events (all optional, combined with AND).

    Attributes:
        actor: CAMEO actor code prefix on either side; ``source``/``target`` on one side. Codes are
            matched in upper case, so ``rus`` is ``RUS`` (the CLI's ``--actor-code``).
        name: an actor's exact name on either side (``role`` narrows it to source or target).
        actor_name: a case-insensitive part of either actor's name (the CLI's ``--actor-name``;
            ``role`` narrows it too).
        pair: two code prefixes ``A,B``: events between A and B in either direction.
        cameo: CAMEO event code prefix (``04`` a root, ``042`` a code); ``root`` an exact root.
        actor_or_name: an actor code prefix (either side, any case) or a case-insensitive part of
            either actor's name (the CLI's ``--actor``).
        since / until: ISO day, week, month or year; the period meaning of :func:`period_range`.
    """

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    name: str | None = None
    role: str | None = None
    pair: tuple[str, str] | None = None
    cameo: str | None = None
    root: str | None = None
    plover: str | None = None
    mode: str | None = None
    quad_class: int | None = None
    since: str | None = None
    until: str | None = None
    country: str | None = None
    place: str | None = None
    article_id: str | None = None
    min_confidence: float | None = None
    actor_or_name: str | None = None
    actor_name: str | None = None


def event_where(q: EventQuery) -> Where:
    """The WHERE clause of an :class:`EventQuery` (shared by the list and the aggregates)."""
    w = Where()
    if q.actor:
        code = q.actor.upper()
        w.add("((source_code >= ? AND source_code < ?) OR (target_code >= ? AND target_code < ?))",
              code, code + TOP, code, code + TOP)
    for column, value in (("source_code", q.source), ("target_code", q.target), ("cameo", q.cameo)):
        if value:
            w.prefix(column, value.upper())
    if q.name:
        sides = {"source": ["source_name"], "target": ["target_name"]}.get(q.role or "", ["source_name", "target_name"])
        w.add("(" + " OR ".join(f"{s} = ?" for s in sides) + ")", *([q.name] * len(sides)))
    if q.actor_name:  # LIKE is case-insensitive for ASCII in SQLite
        sides = {"source": ["source_name"], "target": ["target_name"]}.get(q.role or "", ["source_name", "target_name"])
        part = f"%{like_escape(q.actor_name)}%"
        w.add("(" + " OR ".join(f"{s} LIKE ? ESCAPE '\\'" for s in sides) + ")", *([part] * len(sides)))
    if q.pair:
        a, b = q.pair[0].upper(), q.pair[1].upper()
        w.add("(((source_code >= ? AND source_code < ?) AND (target_code >= ? AND target_code < ?)) OR "
              "((source_code >= ? AND source_code < ?) AND (target_code >= ? AND target_code < ?)))",
              a, a + TOP, b, b + TOP, b, b + TOP, a, a + TOP)
    if q.root:
        w.prefix("cameo", q.root)
    for column, equal in (("plover", q.plover), ("mode", q.mode), ("quad_class", q.quad_class),
                          ("place_country", q.country), ("article_id", q.article_id)):
        if equal is not None:
            w.add(f"{column} = ?", equal)
    if q.place:  # a case-insensitive prefix: answered by the NOCASE index on place
        w.add("place LIKE ? ESCAPE '\\'", f"{like_escape(q.place)}%")
    if q.min_confidence is not None:
        w.add("confidence >= ?", q.min_confidence)
    if q.actor_or_name:
        code, part = q.actor_or_name.upper(), f"%{like_escape(q.actor_or_name)}%"
        w.add("((source_code >= ? AND source_code < ?) OR (target_code >= ? AND target_code < ?) OR "
              "source_name LIKE ? ESCAPE '\\' OR target_name LIKE ? ESCAPE '\\')",
              code, code + TOP, code, code + TOP, part, part)
    period_range(w, q.since, q.until)
    return w


# Newest first: by the first day of the period (a month or a year comes after the days it holds),
# then the shorter period; undated events last.
EVENT_ORDER = "date_start DESC, date_end ASC, article_id DESC, id DESC"
ORDER_INDEX = "events_period_order"


def event_page(conn: sqlite3.Connection, q: EventQuery, page: Page) -> dict[str, Any]:
    """Events matching ``q``, newest first.

    When many events match, walking the date index from the newest and skipping non-matching rows
    finds a page sooner than collecting and sorting every match; the total (an index count) tells
    which way is cheaper, so both a rare pair and a whole CAMEO root answer quickly.
    """
    where = event_where(q)
    total = conn.execute(f"SELECT COUNT(*) FROM events{where.sql()}", where.params).fetchone()[0]
    source = "events"
    if where.clauses and total and _has_index(conn, ORDER_INDEX):
        rows_all = conn.execute("SELECT MAX(rowid) FROM events").fetchone()[0] or 0
        if (page.offset + page.limit) * rows_all < total * total:
            source = f"events INDEXED BY {ORDER_INDEX}"
    sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM {source}{where.sql()} ORDER BY {EVENT_ORDER} LIMIT ? OFFSET ?"
    rows = conn.execute(sql, [*where.params, page.limit, page.offset]).fetchall()
    return {"total": total, "limit": page.limit, "offset": page.offset, "items": [dict(r) for r in rows]}


def _has_index(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)).fetchone() is not None


def event_detail(conn: sqlite3.Connection, article_id: str, event_id: str) -> dict[str, Any] | None:
    """One event with its full row, its article's title and URL, and the counts attached to it."""
    row = conn.execute("SELECT * FROM events WHERE article_id = ? AND id = ?", (article_id, event_id)).fetchone()
    if row is None:
        return None
    event = dict(row)
    art = conn.execute("SELECT id, title, url, published, site, text FROM articles WHERE id = ?",
                       (article_id,)).fetchone()
    article = dict(art) if art else {"id": article_id, "text": ""}
    actors = {}
    for side in ("source", "target"):
        if event.get(f"{side}_actor"):
            a = conn.execute("SELECT * FROM actors WHERE article_id = ? AND id = ?",
                             (article_id, event[f"{side}_actor"])).fetchone()
            actors[side] = decode(dict(a)) if a else None
    counts = [dict(r) for r in conn.execute(
        "SELECT * FROM counts WHERE article_id = ? AND event_id = ? ORDER BY start", (article_id, event_id))]
    return {"event": event, "article": article, "actors": actors, "counts": counts}


# -- quotes and counts -------------------------------------------------------------------------

@dataclass
class QuoteQuery:
    """Filters of /api/quotes: the speaker (exact name or code prefix), kind, words of the quote."""

    speaker: str | None = None
    speaker_code: str | None = None
    kind: str | None = None
    q: str | None = None
    article_id: str | None = None


def quote_page(conn: sqlite3.Connection, flt: QuoteQuery, page: Page) -> dict[str, Any]:
    """Quotes with their article's date and title, newest first."""
    w = Where()
    if flt.speaker:
        w.add("q.speaker_name = ?", flt.speaker)
    if flt.speaker_code:
        w.prefix("q.speaker_code", flt.speaker_code)
    if flt.kind:
        w.add("q.kind = ?", flt.kind)
    if flt.article_id:
        w.add("q.article_id = ?", flt.article_id)
    if flt.q:
        w.add("q.text LIKE ? ESCAPE '\\'", f"%{like_escape(flt.q)}%")
    select = ("q.article_id, q.id, q.text, q.kind, q.speaker_name, q.speaker_code, q.cue, q.start, q.end, "
              "a.published, a.title, a.site")
    return paged(conn, select, _join("quotes q", "q", w), w, "a.published DESC, a.rowid DESC, q.start", page)


@dataclass
class CountQuery:
    """Filters of /api/counts: what was counted, the country concerned, the count's date (its event's,
    else its article's publication day; :func:`period_range`), the article's site, and its status:
    ``current`` by default, because a historical or hypothetical figure ("centuries ago", "may have")
    must not be added to current casualty totals; ``all`` drops the condition."""

    what: str | None = None
    country: str | None = None
    since: str | None = None
    until: str | None = None
    site: str | None = None
    article_id: str | None = None
    status: str | None = "current"


def count_where(flt: CountQuery) -> Where:
    """The WHERE clause of a :class:`CountQuery` over ``counts c JOIN articles a``."""
    w = Where()
    for column, value in (("c.what", flt.what), ("c.about_country", flt.country), ("a.site", flt.site),
                          ("c.article_id", flt.article_id)):
        if value:
            w.add(f"{column} = ?", value)
    if flt.status and flt.status != "all":  # rows written before counts had a status are current
        w.add("COALESCE(c.status, 'current') = ?", flt.status)
    period_range(w, flt.since, flt.until, "c.")
    return w


def count_page(conn: sqlite3.Connection, flt: CountQuery, page: Page) -> dict[str, Any]:
    """Counts (killed, wounded, arrested ...) with the date and site of their article, newest first."""
    select = ("c.article_id, c.id, c.what, c.value, c.bound, c.about, c.about_country, c.evidence, c.start, c.end, "
              "c.event_id, c.date, c.date_start, c.date_end, c.date_precision, c.status, a.site, a.title")
    w = count_where(flt)
    return paged(conn, select, _join("counts c", "c", w), w, "a.published DESC, a.rowid DESC, c.start", page)


def _join(table: str, alias: str, where: Where) -> str:
    """Articles joined with an item table, articles outermost (CROSS JOIN) unless items are filtered.

    Unfiltered, walking articles newest first by their published index and fetching each one's items
    by primary key avoids sorting every item; filtered on the item table, SQLite must start from that
    filter's index instead (forcing articles outermost would rescan the filter per article).
    """
    filtered = any(c.lstrip("(").startswith(alias + ".") for c in where.clauses)
    join = "JOIN" if filtered else "CROSS JOIN"
    return f"articles a {join} {table} ON {alias}.article_id = a.id"
