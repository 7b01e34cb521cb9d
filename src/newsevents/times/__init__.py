"""Time expressions: find dates in an article and normalise them to ISO 8601 values.

Absolute dates ("October 7", "Oct. 25, 2019", "August 2016", "2010") and dates relative to the
publication date ("on Tuesday", "yesterday", "last week", "earlier this month") are found by one
scanner built from ``data/en/times/calendar.yaml`` and checked against spaCy's DATE entities where a
match is ambiguous on its own (a bare year, a bare month name). A date without a year takes its
year from the publication date, in the direction the sentence points: a past-tense sentence looks
back ("was arrested in April"), a future one forward ("is scheduled for Feb. 14"), a present one
takes the nearest. Without a publication date nothing is invented: "October 16" stays ``--10-16``
and relative expressions are dropped. Values are at the granularity the text gives: ``day``
(2023-10-16), ``week`` (2019-W46), ``month`` (2019-06), ``year`` (2010) or ``ref`` (FUTURE_REF).
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from ..model import Article, TimeExpression
from ..nlp import doc_language, doc_text
from ..periods import fill_periods
from ..quotes.marks import find_quotes
from .calendar import Calendar, load_calendar
from .patterns import scan
from .tense import direction_of
from .values import match_value, normalise, parse_anchor

if TYPE_CHECKING:

    from spacy.tokens import Doc, Span

LOGGER = logging.getLogger(__name__)
__all__ = ["Calendar", "extract_times", "load_calendar", "normalise", "parse_anchor"]


def _deictic(m: re.Match[str]) -> bool:
    """An expression counted from the moment of speaking ("today", "on Tuesday", "last week")."""
    return any(m.groupdict().get(name) for name in ("wd", "wd2", "deictic", "rel", "smod", "yrel", "vague", "agon"))


def _capitalised(m: re.Match[str], cal: Calendar) -> bool:
    """Month and weekday names count only when capitalised ("May", not the modal "may"), in a language
    that writes them so (``capitalised_names``)."""
    if not cal.capitalised_names:
        return True
    return all(not m.group(name) or m.group(name)[0].isupper() for name in ("m1", "m2", "m3", "m4", "wd"))


def _gated(m: re.Match[str], text: str, doc: Doc, cal: Calendar) -> bool:
    """A bare month or year needs a DATE entity or a time preposition before it to count as a time."""
    if not (m.group("m4") or m.group("y4")):
        return True
    span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
    if span is not None and any(t.ent_type_ in ("DATE", "TIME") for t in span):
        return True
    if m.group("y4") and span is not None and _year_modifier(span):
        return True
    before = re.findall(r"[A-Za-z]+", text[max(0, m.start() - 20):m.start()])
    if not before or before[-1].lower() not in cal.time_prepositions:
        return False
    if m.group("y4") and span is not None and span[-1].i + 1 < len(doc):
        return doc[span[-1].i + 1].tag_ != "NNS"  # "by 2000 people" is a count, not a year
    return True


def _year_modifier(span: Span) -> bool:
    """A year that modifies a singular noun ("the 1967 war", "his 2016 campaign"); counts modify plurals."""
    token = span.root
    return token.dep_ in ("nummod", "compound", "amod", "nmod") and token.head.tag_ in ("NN", "NNP")


def extract_times(doc: Doc, article: Article) -> list[TimeExpression]:
    """Every time expression in the article, normalised against its publication date.

    Expressions that cannot be given a value (durations such as "18 years", a weekday without a
    publication date) are left out: a record without a value would only add noise downstream.
    """
    cal, anchor, text = load_calendar(lang=doc_language(doc)), parse_anchor(article.published), doc_text(doc)
    quoted = [(q.start, q.end) for q in find_quotes(text) if len(text[q.start:q.end].split()) >= 4]
    found: list[TimeExpression] = []
    last_year: int | None = None
    # the headline line: its present tense reports the past ("Police arrest 57 protesters")
    title_end = len(article.title) if article.title and text.startswith(article.title) else 0
    for m in scan(cal.pattern, cal.scanner, text):
        if not _capitalised(m, cal) or not _gated(m, text, doc, cal):
            continue
        if _deictic(m) and any(s <= m.start() < e for s, e in quoted):
            continue  # a speaker's "today" is the day they spoke, which the article need not give
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        weekday = bool(m.groupdict().get("wd") or m.groupdict().get("wd2"))
        direction = direction_of(span, cal, m.group(), m.start() < title_end, weekday)
        result = match_value(m, cal, anchor, direction, last_year)
        if result is None:
            continue
        if result[1] in ("day", "month", "year") and result[0][:1].isdigit():
            last_year = int(result[0][:4])
        found.append(TimeExpression(text=m.group(), start=m.start(), end=m.end(), value=result[0],
                                    granularity=result[1], article_id=article.id))
    fill_periods(found, "value")
    LOGGER.debug("article %s: %d time expressions", article.id, len(found))
    return found
