"""The typed data model that every stage of newsevents shares.

Every extracted item carries the id of the article it came from and character offsets
(``start``/``end``, end exclusive) into ``Article.text``, so each record can be traced back to
the words that produced it. The classes are plain dataclasses: stages build them, the store and
the exporters turn them into rows with :func:`to_dict`, and :func:`result_from_dict` reads them
back. Nothing here imports another module of the package.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal, TypeVar, get_args

ActorKind = Literal["person", "organization", "country", "group"]
EventMode = Literal["did", "intend", "threaten"]
CountBound = Literal["exact", "more_than", "less_than", "about"]
QuoteKind = Literal["direct", "indirect"]
Precision = Literal["day", "week", "month", "year"]  # of a date's period (newsevents.periods)
GeoPrecision = Literal["city", "admin1", "country"]  # what a place's lat/lon locate (places/gazetteer.py)
PlaceBasis = Literal["clause", "sentence", "dateline"]  # where an event's place was read (places/events.py)
CountStatusValue = Literal["current", "historical", "hypothetical"]  # what a count counts (counts/status.py)
# the values of each vocabulary, for checking data read from files
ACTOR_KINDS: tuple[ActorKind, ...] = get_args(ActorKind)
EVENT_MODES: tuple[EventMode, ...] = get_args(EventMode)
COUNT_BOUNDS: tuple[CountBound, ...] = get_args(CountBound)
_Word = TypeVar("_Word", bound=str)


def in_vocabulary(value: object, vocabulary: tuple[_Word, ...]) -> _Word | None:
    """``value`` as a member of ``vocabulary`` (the values of one of the Literal types above), None when it
    is not one: how a word read from a data file becomes a typed value, or is refused by the reader."""
    for known in vocabulary:
        if value == known:
            return known
    return None


def content_id(text: str) -> str:
    """The id of an article: a hash of its cleaned text, so the same story re-ingested is the same row."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


@dataclass
class RawDocument:
    """One input before extraction: bytes or text as read, plus what the reader knew about it.

    ``media_type`` is ``"html"`` or ``"text"``; ``source`` names the input (path, URL, WARC
    record or feed item) so errors and the ingest log can point at it.
    """

    source: str
    content: str | bytes
    media_type: str = "text"
    url: str | None = None
    title: str | None = None
    published: str | None = None
    author: str | None = None
    site: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass
class Article:
    """A clean article: the text every offset of every other record points into."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None
    site: str | None = None
    language: str | None = None
    source: str | None = None
    extraction_method: str | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class Entity:
    """A named entity as spaCy's NER found it (before any actor resolution)."""

    text: str
    label: str
    start: int
    end: int


@dataclass
class Mention:
    """One place in the text where an actor is named, and how that mention was tied to the actor."""

    text: str
    start: int
    end: int
    resolved_by: str = "ner"


@dataclass
class Actor:
    """A person, organisation, country or group, resolved within one article.

    ``code`` is the CAMEO actor code (country + role, e.g. ``RUSGOV``; ``IGOUNO``; ``PSEREB``).
    ``id`` is local to the article (``A1``, ``A2`` ...).
    """

    id: str
    article_id: str
    name: str
    kind: ActorKind
    role: str | None = None
    country: str | None = None
    code: str | None = None
    qid: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    resolved_by: list[str] = field(default_factory=list)


@dataclass
class Event:
    """A coded event: who did what to whom, with the sentence and rule that produced it."""

    id: str
    article_id: str
    cameo: str
    source_actor: str | None = None
    source_code: str | None = None
    source_name: str | None = None
    target_actor: str | None = None
    target_code: str | None = None
    target_name: str | None = None
    plover: str | None = None
    mode: EventMode = "did"
    date: str | None = None
    date_start: str | None = None  # the period of ``date`` (newsevents.periods): first and last day, precision
    date_end: str | None = None
    date_precision: Precision | None = None
    place: str | None = None
    place_country: str | None = None
    place_lat: float | None = None
    place_lon: float | None = None
    place_precision: GeoPrecision | None = None  # what place_lat/place_lon locate
    place_basis: PlaceBasis | None = None  # where the place was read
    goldstein: float | None = None
    quad_class: int | None = None
    sentence: str = ""
    sentence_start: int = 0
    sentence_end: int = 0
    trigger: str = ""
    trigger_start: int = 0
    trigger_end: int = 0
    rule: str = ""
    confidence: float = 0.5

    @property
    def cameo_root(self) -> str:
        """The CAMEO root category (first two digits), as GDELT's EventRootCode."""
        return self.cameo[:2]


@dataclass
class Quote:
    """A direct or indirect quotation and who said it."""

    id: str
    article_id: str
    text: str
    start: int
    end: int
    kind: QuoteKind = "direct"
    speaker_actor: str | None = None
    speaker_name: str | None = None
    speaker_code: str | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass
class Count:
    """A number of people killed, wounded, arrested, displaced ... with its bound and whom it concerns."""

    id: str
    article_id: str
    what: str
    value: int
    bound: CountBound
    evidence: str
    start: int
    end: int
    about: str | None = None
    about_country: str | None = None
    # the date of what is counted: from the count's own clause (counts/status.py), else its event's
    # date, else the publication day (periods.fill_result_periods)
    date: str | None = None
    status: CountStatusValue = "current"  # historical / hypothetical ones are not to add to current figures
    event_id: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    date_precision: Precision | None = None


@dataclass
class TimeExpression:
    """A time expression as written and its ISO value (``2023-10-16``, ``2023-10``, ``--10-16``)."""

    text: str
    start: int
    end: int
    value: str | None = None
    granularity: str | None = None
    article_id: str = ""
    date_start: str | None = None  # the period of ``value`` (newsevents.periods); None for --10-16, FUTURE_REF
    date_end: str | None = None
    date_precision: Precision | None = None


@dataclass
class Place:
    """A place mention resolved to a country (ISO 3166 alpha-3) and, where known, coordinates."""

    text: str
    start: int
    end: int
    country: str | None = None
    name: str | None = None
    kind: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    article_id: str = ""
    precision: GeoPrecision | None = None  # what lat/lon locate: a city, a region's or a country's centroid
    adm1: str | None = None  # GDELT's ADM1 code (FIPS country + GeoNames admin1, e.g. "USCA"), where known


@dataclass
class ArticleResult:
    """Everything newsevents extracted from one article.

    ``stages`` lists the stages that actually ran; a stage that did not run (not built, or
    skipped because the article is not English) leaves its list empty and is absent from it.
    """

    article: Article
    entities: list[Entity] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)


def to_dict(obj: Any) -> dict[str, Any]:
    """A JSON-ready dict of any model object (dataclasses nest as dicts, lists as lists)."""
    return asdict(obj)


_ITEM_TYPES: dict[str, type] = {
    "entities": Entity,
    "actors": Actor,
    "events": Event,
    "quotes": Quote,
    "counts": Count,
    "times": TimeExpression,
    "places": Place,
}


def _build(cls: type, data: dict[str, Any]) -> Any:
    names = {f.name for f in fields(cls)}
    kwargs = {k: v for k, v in data.items() if k in names}
    if cls is Actor:
        kwargs["mentions"] = [Mention(**m) for m in data.get("mentions", [])]
    return cls(**kwargs)


def result_from_dict(data: dict[str, Any]) -> ArticleResult:
    """Rebuild an :class:`ArticleResult` from :func:`to_dict` output (or the JSON documented in docs/)."""
    result = ArticleResult(article=_build(Article, data["article"]), stages=list(data.get("stages", [])))
    for key, cls in _ITEM_TYPES.items():
        setattr(result, key, [_build(cls, item) for item in data.get(key, [])])
    return result
