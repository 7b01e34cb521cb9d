"""When and where an event happened: the time expression and place of its clause.

An event takes the time expression inside the clause of its trigger (the nearest verb governing
it), else the one nearest to the trigger in its sentence, else the article's *news day*; a value
without a year ("--10-16") takes the year of publication.

The news day is the day the lead reports ("Kenyan police arrested 57 demonstrators on Tuesday"
in an article published on Wednesday): wire copy dates its story in the first sentences and does
not repeat the date, so a headline or a later undated sentence ("The two leaders agreed to meet")
belongs to that day, not to the publication date. It is taken only from the first sentences, only
at day granularity and only within ``news_day.window`` days before publication; otherwise the
publication date stands.

Not every date in a sentence dates its events: a date inside a clause nested in the event's
("condemned the move announced on Monday") dates that clause; a span boundary ("mediating since
2022", "until Friday") says when something began or ends, not when the event was reported; a
value that is no calendar date (a duration, FUTURE_REF) is none. An event in a clause "a day
after ..." / "two days before ..." is dated from the clause it hangs on, shifted by that distance.

An event whose own clause states no date and that the text gives as *background* gets no date
(None) rather than the news day: a past perfect ("had freed"; not the backshift of reported
speech, "said it had freed" / "the claim that it had freed", which the report dates), a clause or
phrase introduced by a word of ``background_words`` ("after rebels attacked the town", "after
talks with ..."), a clause dated only vaguely in the past ("recently", "in recent weeks":
PAST_REF), a present perfect over a span begun at a stated time ("has mediated since 2022": a
state or habit up to now), or a complement of a reporting clause that is itself background ("had
said it was seeking a ransom"). A date that belongs to another verb's clause (a gerund "for plotting ...
earlier this year") does not date the event.

A place is taken only when it is introduced by a locative preposition ("in Gaza", "near Kyiv")
inside the trigger's clause, so that a country named as an actor is not also read as the event's
location.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from ..model import Place, TimeExpression
from ..nlp import doc_language, doc_text
from ..places import word_class
from .words import date_words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NESTED = {"acl", "relcl", "ccomp", "advcl", "pcomp"}
COMPLEMENTS = {"ccomp", "xcomp"}
MIN_LEAD_WORDS = 3
CALENDAR = re.compile(r"^(\d{4}|--|XXXX)")
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Defaults of the date settings of modality.yaml that are no word lists (a user lexicon may override
# them there). The word lists default to the language's dates.yaml (:func:`_words`); the day units and
# number words ("a day after", "two weeks before") are the lexicon's alone: without them no shift is read.
DEFAULTS: dict[str, Any] = {
    "relative_day_units": {},
    "number_words": {},
    "news_day": {"window": 7, "sentences": 3},
}


def _setting(cfg: Mapping[str, Any] | None, key: str) -> Any:
    return (cfg or {}).get(key, DEFAULTS[key])


def _words(cfg: Mapping[str, Any] | None, key: str, doc: Doc) -> frozenset[str]:
    """A word list of the date settings: the lexicon's (``cfg``), else the class of that name in the
    dates.yaml of the language ``doc`` is read in."""
    if cfg and key in cfg:
        return frozenset(cfg[key])
    found: frozenset[str] = getattr(date_words_of(doc), key)
    return found


def _clause(trigger: Token) -> Token:
    """The nearest verb at or above the trigger: the clause the event belongs to."""
    for tok in (trigger, *trigger.ancestors):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return trigger.sent.root


def _within(tok: Token, start: int, end: int) -> bool:
    first, last = tok.left_edge, tok.right_edge
    return first.idx <= start and end <= last.idx + len(last.text)


def _normalise(value: str, published: str | None) -> str:
    year = (published or "")[:4]
    if value.startswith("--") and year.isdigit():
        return year + value[1:]
    if value.startswith("XXXX") and year.isdigit():
        return year + value[4:]
    return value


def _parse_day(value: str | None) -> date | None:
    if not value or not DAY.match(value[:10]):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _boundary(t: TimeExpression, text: str, offset: int, bounds: frozenset[str]) -> bool:
    """Whether the expression is the start or end of a span ("since 2022", "until Friday"): the word
    before it is one of ``bounds`` (``span_boundary_words``)."""
    before = text[max(0, t.start - offset - 20):t.start - offset].lower().split()
    return bool(before) and before[-1] in bounds


def calendar_times(sent: Span, times: Sequence[TimeExpression],
                   cfg: Mapping[str, Any] | None = None) -> list[TimeExpression]:
    """The time expressions of ``sent`` that can date an event: calendar values, no span bounds."""
    text = doc_text(sent.doc)
    bounds = _words(cfg, "span_boundary_words", sent.doc)
    return [t for t in times if t.value and CALENDAR.match(t.value) and sent.start_char <= t.start
            and t.end <= sent.end_char and not _boundary(t, text, 0, bounds)]


def dated_in_sentence(sent: Span, times: Sequence[TimeExpression], cfg: Mapping[str, Any] | None = None) -> bool:
    """Whether the sentence has a date of its own (else an event in it takes the news day)."""
    return bool(calendar_times(sent, times, cfg))


def news_day(doc: Doc, times: Sequence[TimeExpression], published: str | None,
             cfg: Mapping[str, Any] | None = None) -> str | None:
    """The day the article's lead reports (see module docstring); the publication date otherwise."""
    pub = _parse_day(_normalise(published or "", published))
    if pub is None:
        return published[:10] if published else None
    limits = {**DEFAULTS["news_day"], **_setting(cfg, "news_day")}
    window = int(limits["window"])
    # a dateline ("BRUSSELS —") split off by the sentence splitter is no sentence of the lead; the
    # lead is read lazily, so that only its first sentences are looked at (not the whole article)
    lead = (s for s in doc.sents if sum(t.is_alpha for t in s) >= MIN_LEAD_WORDS)
    count = int(limits["sentences"])
    for sent in (itertools.islice(lead, count) if count >= 0 else list(lead)[:count]):
        for t in sorted(calendar_times(sent, times, cfg), key=lambda t: t.start):
            day = _parse_day(_normalise(t.value or "", published))
            if day is not None and timedelta(0) <= pub - day <= timedelta(days=window):
                return day.isoformat()
    return pub.isoformat()


def _shift(clause: Token, cfg: Mapping[str, Any] | None) -> int | None:
    """Days between an "N days after/before" clause and the clause it hangs on (None: not one)."""
    if clause.dep_ != "advcl":
        return None
    known = date_words_of(clause.doc)
    marks = known.shift_after_marks | known.shift_before_marks
    mark = next((c.lower_ for c in clause.children if c.dep_ in ("mark", "prep") and c.lower_ in marks), None)
    if mark is None:
        return None
    units: Mapping[str, int] = _setting(cfg, "relative_day_units")
    numbers: Mapping[str, int] = _setting(cfg, "number_words")
    for child in clause.children:
        if child.dep_ != "npadvmod" or child.i > clause.i:
            continue
        unit = child.lemma_.lower()
        if unit not in units:
            continue
        count = 1
        for mod in child.children:
            low = mod.lower_
            if low in numbers:
                count = int(numbers[low])
            elif low.isdigit():
                count = int(low)
        days = int(units[unit]) * count
        return -days if mark in known.shift_after_marks else days
    return None


def _past_perfect(verb: Token) -> bool:
    """"had freed", "had been holding"; a conjunct without its own auxiliary shares its head's."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _past_perfect(verb.head)
    perfect = date_words_of(verb.doc).perfect_auxiliaries
    return any(c.lemma_ in perfect and c.tag_ == "VBD" for c in auxes)


def _present_perfect(verb: Token) -> bool:
    """"has criticised", "have been holding"; a conjunct without its own auxiliary shares its head's."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _present_perfect(verb.head)
    perfect = date_words_of(verb.doc).perfect_auxiliaries
    return any(c.lemma_ in perfect and c.tag_ in ("VBP", "VBZ") for c in auxes)


def _ongoing(clause: Token, times: Sequence[TimeExpression]) -> bool:
    """A present perfect over a span that began at a stated time ("has mediated since 2022", "have
    criticised the government since 2013"): a state or a habit that runs up to now, no news of a day."""
    if not _present_perfect(clause):
        return False
    text = doc_text(clause.doc)
    since = date_words_of(clause.doc).span_start_words
    return any(_within(clause, t.start, t.end) and _word_before(text, t.start, 12) in since for t in times)


def _word_before(text: str, start: int, reach: int) -> str:
    """The lower-case word that ends within ``reach`` characters before ``start`` ("" when none)."""
    words = text[max(0, start - reach):start].lower().split()
    return words[-1] if words else ""


def _vague_past(clause: Token, times: Sequence[TimeExpression]) -> bool:
    """The clause is dated only as "recently" / "in recent weeks" (PAST_REF)."""
    return any(t.value == "PAST_REF" and _within(clause, t.start, t.end) and
               not any(_within(c, t.start, t.end) for c in clause.children if c.dep_ in NESTED)
               for t in times)


def background(trigger: Token, times: Sequence[TimeExpression], cfg: Mapping[str, Any] | None = None) -> bool:
    """Whether the text gives the event as background to its news (see module docstring)."""
    words = _words(cfg, "background_words", trigger.doc)
    clause = _clause(trigger)
    # "after rebels attacked", "after vanquishing", "after talks with": the path from the trigger
    # to its clause, or the clause's own subordinator
    path = [t for t in (trigger, *trigger.ancestors) if t.i != clause.i and clause in t.ancestors]
    if any(t.lower_ in words and t.dep_ in ("prep", "mark") for t in path) or (
            clause.dep_ in ("advcl", "pcomp") and (clause.head.lower_ in words or any(
                c.lower_ in words for c in clause.children if c.dep_ == "mark"))):
        return True
    # a gerund's act ("have criticised X since 2013 for cracking down") runs over its verb's span
    frame = clause
    while frame.dep_ == "pcomp" and frame.head.dep_ == "prep" and frame.head.head.pos_ in ("VERB", "AUX"):
        frame = frame.head.head
    if _vague_past(clause, times) or _ongoing(frame, times):
        return True
    # the reporting frame: climb the complement chain ("had said it was seeking")
    top = clause
    while top.dep_ in COMPLEMENTS and top.head.pos_ in ("VERB", "AUX") and top.head.i != top.i:
        top = top.head
    if top is not clause and _past_perfect(top):
        return True
    # a past perfect is background unless it is the backshift of reported speech: a verb's
    # complement, or a noun's ("the announcement that the two had reached a deal")
    complementizers = date_words_of(clause.doc).complementizers
    reported = top is not clause or (clause.dep_ == "acl" and any(
        c.dep_ == "mark" and c.lower_ in complementizers for c in clause.children))
    return _past_perfect(clause) and not reported


def event_date(trigger: Token, sent: Span, times: Sequence[TimeExpression], published: str | None,
               reference: str | None = None, cfg: Mapping[str, Any] | None = None) -> str | None:
    """The ISO date of the event (see module docstring); None when nothing is known.

    ``reference`` is the article's news day (:func:`news_day`); without it, the publication date.
    """
    fallback = reference or (published[:10] if published else None)
    inside = calendar_times(sent, times, cfg)
    clause = _clause(trigger)
    # a date inside a clause nested in the event's own ("condemned the move announced on Monday")
    # dates that clause, not the event
    nested = [c for c in clause.subtree if c.dep_ in NESTED and c is not clause and trigger not in c.subtree
              and clause in c.ancestors]
    inside = [t for t in inside if not any(_within(c, t.start, t.end) for c in nested)]
    own = [t for t in inside if _within(clause, t.start, t.end)]
    shift = _shift(clause, cfg)
    if shift is not None and not own:
        # "The crash comes a day after X swapped ...": X's date is the governing clause's, shifted
        anchor = _parse_day(event_date(clause.head, sent, times, published, reference, cfg))
        return (anchor + timedelta(days=shift)).isoformat() if anchor else fallback
    if not own and background(trigger, times, cfg):
        return None
    if inside:
        pick = min(own or inside, key=lambda t: abs(t.start - trigger.idx))
        return _normalise(pick.value or "", published)
    return fallback


def stated_date(governor: Token, trigger: Token, sent: Span, times: Sequence[TimeExpression],
                published: str | None, reference: str | None = None,
                cfg: Mapping[str, Any] | None = None) -> str | None:
    """The date of an intention or threat: when it was stated ("agreed on Tuesday to meet in July"
    is dated Tuesday), so dates inside the intended act are left out. A schedule ("due to meet on
    November 12", words of ``scheduled_words``) is dated by the act it schedules."""
    scheduled = _words(cfg, "scheduled_words", governor.doc)
    if governor.lemma_.lower() in scheduled or governor.lower_ in scheduled:
        return event_date(trigger, sent, times, published, reference, cfg)
    act = next((a for a in (trigger, *trigger.ancestors) if a.head.i == governor.i), None)
    if act is None or act.i == governor.i:
        return event_date(trigger, sent, times, published, reference, cfg)
    lo, hi = act.left_edge.idx, act.right_edge.idx + len(act.right_edge.text)
    outside = [t for t in times if not (lo <= t.start and t.end <= hi)]
    return event_date(governor, sent, outside, published, reference, cfg)


def event_place(trigger: Token, sent: Span, places: Sequence[Place]) -> Place | None:
    """The place introduced by a locative preposition in the trigger's clause, if any."""
    clause = _clause(trigger)
    for place in places:
        if not (sent.start_char <= place.start and place.end <= sent.end_char):
            continue
        toks = [t for t in sent if place.start <= t.idx < place.end]
        root = next((t for t in toks if not (place.start <= t.head.idx < place.end)), None)
        locative = word_class("event_place_prepositions", doc_language(sent.doc))
        if root is None or root.dep_ != "pobj" or root.head.lower_ not in locative:
            continue
        if _within(clause, root.head.idx, root.head.idx + 1) and root.head.head.i in {clause.i, trigger.i}:
            return place
    return None
