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
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from ..errors import Errors, KnowledgeBaseError
from ..model import Article, TimeExpression
from ..nlp import doc_language, doc_text
from ..periods import fill_periods
from ..quotes.marks import find_quotes
from ..resources import DEFAULT_LANGUAGE, data_path
from .patterns import Grammar, Scanner, alternatives, compile_alternatives, make_scanner, scan

if TYPE_CHECKING:

    from spacy.tokens import Doc, Span

LOGGER = logging.getLogger(__name__)
_LEADING_DIGITS = re.compile(r"\d+")
__all__ = ["Calendar", "extract_times", "load_calendar", "normalise", "parse_anchor"]


@dataclass(frozen=True)
class Calendar:
    """The calendar words of ``data/en/times/calendar.yaml``, indexed for the scanner."""

    months: dict[str, int]
    weekdays: dict[str, int]
    days: dict[str, int]
    modifiers: dict[str, int]
    units: tuple[str, ...]
    month_modifiers: tuple[str, ...]
    vague: dict[str, str]
    time_prepositions: frozenset[str]
    future_cues: frozenset[str]
    pattern: re.Pattern[str]
    seasons: dict[str, tuple[str, int]]
    season_modifiers: dict[str, int]
    ago_numbers: dict[str, int]
    scanner: Scanner | None = None  # finds the pattern's matches faster (see times.patterns.scan); None: finditer
    # verbs whose present tense reports a past day ("the ministry says Saturday's attack ...")
    reporting_present: frozenset[str] = frozenset()
    # the future of a past report ("said they would march on Saturday"), for weekdays
    report_future_cues: frozenset[str] = frozenset()
    # commitments whose infinitive's weekday is to come ("agreed to meet on Thursday"), for weekdays
    commitment_words: frozenset[str] = frozenset()
    grammar: Grammar = field(default_factory=Grammar)  # the function words of the expressions
    # month and weekday names count only when capitalised (English: "May", not the modal "may")
    capitalised_names: bool = False
    ahead: re.Pattern[str] = re.compile("(?!)")  # words that point an expression ahead ("next", "coming")
    since: frozenset[str] = frozenset()  # prepositions of a span that began before ("since Saturday")
    # auxiliaries of the perfect ("has met on Monday"): a past, and never a report's future
    perfect_auxiliaries: frozenset[str] = frozenset()
    # the verb of an arrangement in the present ("the ministers are to meet on Saturday"): ahead
    arrangement_verbs: frozenset[str] = frozenset()
    # a unit word as written (lower case) -> the unit it counts in: day, week, month or year
    unit_codes: dict[str, str] = field(default_factory=dict)



def _flip(table: dict[Any, list[Any]]) -> dict[str, int]:
    return {str(word).lower(): int(key) for key, words in table.items() for word in words}


@lru_cache(maxsize=8)
def load_calendar(path: str | None = None, lang: str = DEFAULT_LANGUAGE) -> Calendar:
    """Read the calendar words (the shipped file of language ``lang``, or a user's file of the same shape at ``path``).

    Raises:
        KnowledgeBaseError: the file is missing a section or is not YAML.
    """
    try:
        if path is None:
            path = str(data_path("times", "calendar.yaml", lang=lang))
        raw = Path(path).read_text(encoding="utf-8")
        data = yaml.safe_load(raw)
        months, weekdays = _flip(data["months"]), _flip(data["weekdays"])
        days = {str(k).lower(): int(v) for k, v in data["days"].items()}
        modifiers = {str(k).lower(): int(v) for k, v in data["relative_modifiers"].items()}
        units = tuple(data["relative_units"])
        month_mods = tuple(data["month_modifiers"])
        vague = {str(k).lower(): str(v) for k, v in data["vague"].items()}
        seasons = {str(w).lower(): (str(code), int(spec["months"]))
                   for code, spec in (data.get("seasons") or {}).items() for w in spec["words"]}
        season_mods = {str(k).lower(): int(v) for k, v in (data.get("season_modifiers") or {}).items()}
        ago = {str(k).lower(): int(v) for k, v in (data.get("ago_numbers") or {}).items()}
        grammar = _grammar(data.get("grammar") or {})
        unit_codes = _unit_codes(data["relative_units"], (data.get("grammar") or {}).get("ago_units"),
                                 (data.get("grammar") or {}).get("anaphora_units"))
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as err:
        raise KnowledgeBaseError(Errors.E428.format(err=err), source=path) from err
    parts = alternatives(months, weekdays, days, modifiers, units, month_mods, vague, seasons, season_mods, ago,
                         grammar)
    pattern = compile_alternatives([regex for regex, _ in parts])
    return Calendar(months, weekdays, days, modifiers, units, month_mods, vague,
                    frozenset(w.lower() for w in data.get("time_prepositions", [])),
                    frozenset(w.lower() for w in data.get("future_cues", [])),
                    pattern, seasons, season_mods, ago, make_scanner(parts, tuple(pattern.groupindex)),
                    frozenset(w.lower() for w in data.get("reporting_present", [])),
                    frozenset(w.lower() for w in data.get("report_future_cues", [])),
                    frozenset(w.lower() for w in data.get("commitment_words", [])), grammar,
                    bool(data.get("capitalised_names", False)), _words_pattern(data.get("ahead_words") or []),
                    frozenset(str(w).lower() for w in data.get("since_words") or []),
                    frozenset(str(w).lower() for w in data.get("perfect_auxiliaries") or []),
                    frozenset(str(w).lower() for w in data.get("arrangement_verbs") or []),
                    unit_codes)


_UNITS = ("day", "week", "month", "year")  # the units a relative expression counts in (its granularity)


def _unit_codes(*sections: Any) -> dict[str, str]:
    """Unit word -> unit, from the calendar's unit sections: a mapping (``{semaine: week}``) or a list of
    words that are the units' own names (``[week, month]``).

    Raises:
        ValueError: a unit that is none of day, week, month, year.
    """
    codes: dict[str, str] = {}
    for section in sections:
        pairs = section.items() if isinstance(section, dict) else ((w, w) for w in section or ())
        for word, unit in pairs:
            if str(unit) not in _UNITS:
                raise ValueError(f"unit {unit!r} of {word!r} is none of {', '.join(_UNITS)}")
            codes[str(word).lower()] = str(unit)
    return codes


def _grammar(raw: dict[str, Any]) -> Grammar:
    """The ``grammar`` section of a calendar file (see :class:`times.patterns.Grammar`)."""
    def words(key: str) -> tuple[str, ...]:
        return tuple(str(w) for w in raw.get(key) or ())

    def shifts(key: str) -> dict[str, int]:
        return {str(k).lower(): int(v) for k, v in (raw.get(key) or {}).items()}

    return Grammar(article=words("article"), of=words("of"), day_suffixes=words("day_suffixes"),
                   year_word=words("year_word"), year_modifiers=shifts("year_modifiers"), ago=words("ago"),
                   ago_units=words("ago_units"), plural=str(raw.get("plural") or ""), anaphora=shifts("anaphora"),
                   anaphora_units=words("anaphora_units"), weekday_modifiers=shifts("weekday_modifiers"),
                   weekday_modifiers_after=shifts("weekday_modifiers_after"), decade_suffixes=words("decade_suffixes"))


def _words_pattern(words: list[Any]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word, case-blind (none: a pattern that never matches)."""
    if not words:
        return re.compile("(?!)")
    return re.compile(r"\b(" + "|".join(str(w) for w in words) + r")\b", re.I)


def parse_anchor(published: str | None) -> date | None:
    """The publication date of an ISO 8601 string (a timestamp keeps its date part), or None."""
    if not published:
        return None
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        LOGGER.debug("publication date %r is not ISO 8601; relative times are not resolved", published)
        return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _pick(candidates: list[Any], anchor: Any, direction: int, distance: Any) -> Any:
    """The candidate the sentence points at: the last on/before, the first on/after, or the nearest."""
    if direction < 0:
        before = [c for c in candidates if c <= anchor]
        return max(before) if before else None
    if direction > 0:
        after = [c for c in candidates if c >= anchor]
        return min(after) if after else None
    return min(candidates, key=lambda c: (distance(c), c > anchor))


def _month_day(month: int, day: int, anchor: date | None, direction: int) -> tuple[str, str] | None:
    if anchor is None:
        return (f"--{month:02d}-{day:02d}", "day") if _safe_date(2000, month, day) else None
    cands = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _safe_date(y, month, day))]
    chosen = _pick(cands, anchor, direction, lambda c: abs((c - anchor).days)) if cands else None
    return (chosen.isoformat(), "day") if chosen else None


def _month_only(month: int, anchor: date | None, direction: int) -> tuple[str, str] | None:
    if anchor is None:
        return f"--{month:02d}", "month"
    here = anchor.year * 12 + anchor.month - 1
    cands = [y * 12 + month - 1 for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    chosen = _pick(cands, here, direction, lambda c: abs(c - here))
    return (f"{chosen // 12}-{chosen % 12 + 1:02d}", "month") if chosen is not None else None


def _weekday(weekday: int, anchor: date | None, direction: int, shift: int | None) -> tuple[str, str] | None:
    """The date of a weekday; ``shift`` is its modifier's (-1 "last", +1 "next", 0 "this", None: none)."""
    if anchor is None:
        return None
    back = (anchor.weekday() - weekday) % 7
    if shift == -1:
        back = back or 7
    elif shift == 1 or (direction > 0 and shift != -1):
        ahead = (weekday - anchor.weekday()) % 7 or (7 if shift == 1 else 0)
        return (anchor + timedelta(days=ahead)).isoformat(), "day"
    return (anchor - timedelta(days=back)).isoformat(), "day"


def _relative(shift: int, unit: str, anchor: date | None) -> tuple[str, str] | None:
    if anchor is None:
        return None
    if unit == "week":
        year, week, _ = (anchor + timedelta(weeks=shift)).isocalendar()
        return f"{year}-W{week:02d}", "week"
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + shift
        return f"{index // 12}-{index % 12 + 1:02d}", "month"
    return f"{anchor.year + shift}", "year"


def normalise(text: str, anchor: date | None = None, direction: int = 0, *,
              calendar: Calendar | None = None, last_year: int | None = None) -> tuple[str, str] | None:
    """The ISO value and granularity of one time expression, or None when it cannot be resolved.

    Args:
        text: the expression as written ("Oct. 25, 2019", "last week", "Tuesday").
        anchor: the publication date; None keeps only what the text itself gives.
        direction: -1 when the sentence looks back, +1 forward, 0 when unknown (nearest date).
        calendar: the calendar words (default: the shipped file).
        last_year: the last year the article named before this expression ("the next year").
    """
    cal = calendar or load_calendar()
    match = cal.pattern.fullmatch(text.strip())
    return _value(match, cal, anchor, direction, last_year) if match else None


def _day_number(text: str) -> int:
    """The day a matched day group names ("21st" is 21): the group's pattern always starts with digits."""
    digits = _LEADING_DIGITS.match(text)
    assert digits is not None, f"a day group without digits: {text!r}"
    return int(digits[0])


def _value(m: re.Match[str], cal: Calendar, anchor: date | None, direction: int,
           last_year: int | None) -> tuple[str, str] | None:
    g = m.groupdict()
    if g["m5"]:  # "April last year"
        shift = cal.grammar.year_modifiers[g["yrel"].lower()]
        return (f"{anchor.year + shift}-{cal.months[g['m5'].lower()]:02d}", "month") if anchor else None
    if g["agon"]:
        n = int(g["agon"]) if g["agon"].isdigit() else cal.ago_numbers[g["agon"].lower()]
        unit = cal.unit_codes[g["agounit"].lower()]
        if unit == "day":
            return ((anchor - timedelta(days=n)).isoformat(), "day") if anchor else None
        return _relative(-n, unit, anchor)
    if g["decade"]:  # "the 1990s": the TimeML decade value
        return g["decade"], "decade"
    if g["s1"] or g["s2"]:
        return _season(cal, g, anchor)
    month = cal.months.get((g["m1"] or g["m2"] or g["m3"] or g["m4"] or "").lower())
    day = _day_number(g["d1"] or g["d2"]) if (g["d1"] or g["d2"]) else None
    year = g["y1"] or g["y2"] or g["y3"]
    if g["iso"]:
        return (g["iso"], "day") if _safe_date(*map(int, g["iso"].split("-"))) else None
    if g["vague"]:
        return cal.vague[re.sub(r"\s+", " ", g["vague"].lower())], "ref"
    if month and day:
        if year:
            found = _safe_date(int(year), month, day)
            return (found.isoformat(), "day") if found else None
        return _month_day(month, day, anchor, direction)
    if month and year:
        return f"{int(year)}-{month:02d}", "month"
    if g["anaph"]:
        word = re.split(r"\s+", g["anaph"].strip())[-2].lower()  # "the next year": the word before the unit
        shift = cal.grammar.anaphora[word]
        yearly = cal.unit_codes.get(g["aunit"].lower()) == "year"
        return (f"{last_year + shift}", "year") if last_year and yearly else None
    if g.get("wd2"):  # "lundi dernier": the modifier after the weekday
        after = cal.grammar.weekday_modifiers_after[re.sub(r"\s+", " ", g["wmod2"].lower())]
        return _weekday(cal.weekdays[g["wd2"].lower()], anchor, direction, after)
    if g["wd"]:
        before = cal.grammar.weekday_modifiers[g["wmod"].lower()] if g["wmod"] else None
        return _weekday(cal.weekdays[g["wd"].lower()], anchor, direction, before)
    if g["deictic"]:
        offset = cal.days[re.sub(r"\s+", " ", g["deictic"].lower())]
        return ((anchor + timedelta(days=offset)).isoformat(), "day") if anchor else None
    if g["rel"]:
        return _relative(cal.modifiers[re.sub(r"\s+", " ", g["rel"].lower())], cal.unit_codes[g["unit"].lower()],
                         anchor)
    if month:
        return _month_only(month, anchor, direction)
    return (g["y4"], "year") if g["y4"] else None


def _season(cal: Calendar, g: dict[str, Any], anchor: date | None) -> tuple[str, str] | None:
    """"the summer of 2019" -> 2019-SU; "last spring" -> the latest spring over before publication,
    "next winter" the first to begin after it, "this fall" the one of the publication year (a
    winter is filed under the year it begins in, as TimeML does)."""
    code, first = cal.seasons[(g["s1"] or g["s2"]).lower()]
    if g["sy"]:
        return f"{int(g['sy'])}-{code}", "season"
    if anchor is None:
        return None
    here = anchor.year * 12 + anchor.month - 1
    starts = {y: y * 12 + first - 1 for y in range(anchor.year - 2, anchor.year + 2)}
    shift = cal.season_modifiers[g["smod"].lower()]
    if shift < 0:
        year = max(y for y, s in starts.items() if s + 3 <= here)
    elif shift > 0:
        year = min(y for y, s in starts.items() if s > here)
    else:  # the season under way, else the one of the publication year
        year = next((y for y, s in starts.items() if s <= here < s + 3), anchor.year)
    return f"{year}-{code}", "season"


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


_FINITE = ("VBD", "VBZ", "VBP", "MD")


def _report_time(span: Span) -> Any:
    """The reporting verb of "said on Friday it would ..." / "said Friday they would ...", or None.

    Without "that", the parser often hangs such a time on the reported clause; but it stands after
    the reporting verb and before the reported clause's subject, where English puts the report's
    own adverbial (the reported clause's would follow its subject or "that"): it dates the report.
    """
    root = span.root
    link = root.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root
    clause = link.head
    if link.dep_ not in ("prep", "npadvmod") or clause.dep_ != "ccomp" or link.i > clause.i:
        return None
    report = clause.head
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if (report.i < link.i and report.pos_ in ("VERB", "AUX") and subject is not None and span[-1].i < subject.i
            and not any(c.dep_ == "mark" and c.i < link.i for c in clause.children)):
        return report
    return None


def _governing_verb(span: Span) -> Any:
    """The verb whose tense the expression shares: the nearest verb above it, or, when that verb is
    non-finite ("threatening to kill ... in March"), the finite verb it hangs on; the reporting verb
    for a report's own time misattached to what it reports (:func:`_report_time`)."""
    report = _report_time(span)
    if report is not None:
        return report
    token, steps = span.root, 0
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i and steps < 6:
        token, steps = token.head, steps + 1
    verb = token
    while token.head.i != token.i and steps < 12:
        if token.i != verb.i and token.dep_ == "acl" and token.tag_ in ("VBN", "VBG"):
            return verb  # nor from a participle that modifies a noun ("issues linked with the plan for ...")
        if token.pos_ in ("VERB", "AUX") and (token.tag_ in _FINITE or token.tag_ == "VBN" or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in token.children)):
            return token
        if token.pos_ in ("NOUN", "PROPN") and token.i != verb.i:
            return verb  # a non-finite verb inside a noun ("the plan for beginning talks on May 15") has no tense
        token, steps = token.head, steps + 1
    return token if token.pos_ in ("VERB", "AUX") else verb


def _adverbial_of(span: Span, verb: Any) -> bool:
    """The expression modifies the verb itself ("resume on Saturday", "play Saturday"), not a noun
    ("Monday's announcement", "the testimony Tuesday"), whose time the verb's tense does not give."""
    root = span.root
    if root.head.i == verb.i:
        return root.dep_ in ("npadvmod", "tmod", "advmod", "obl")
    return root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.i == verb.i


def _committed_act(span: Span, cal: Calendar) -> bool:
    """The weekday modifies an infinitive that a word of commitment governs ("was prepared to meet
    Putin on Thursday", "agreed to release them on Friday"): the act is still to come."""
    token, steps = span.root, 0
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i and steps < 6:
        token, steps = token.head, steps + 1
    return (token.tag_ == "VB" and token.dep_ == "xcomp" and any(c.tag_ == "TO" for c in token.children)
            and token.head.lemma_.lower() in cal.commitment_words and _adverbial_of(span, token))


def _direction(span: Span | None, cal: Calendar, text: str, headline: bool = False, weekday: bool = False) -> int:
    """-1 when the clause around the expression is in the past, +1 when it points ahead, else 0.

    Ahead: a future cue ("will", "plan", "due" ... of ``future_cues``), "is to meet", and two cues
    that hold for the days of the coming week: the future of a past report ("said they would march
    on Saturday", ``report_future_cues``) and a plain present tense that the day modifies in the
    body ("the talks resume on Saturday": news text uses the simple present for a schedule). A
    headline's present reports the past, and so does a reporting verb's ("says", ``reporting_present``).
    """
    if cal.ahead.search(text):
        return 1
    if span is None:
        return 0
    if span.root.head.lower_ in cal.since and span.root.dep_ == "pobj":
        return -1  # "since Saturday": a span that began before
    verb = _governing_verb(span)
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    perfect = any(c.lemma_ in cal.perfect_auxiliaries for c in auxes)
    lemmas = {verb.lemma_.lower(), verb.head.lemma_.lower()} | {c.lemma_.lower() for c in verb.children}
    lemmas |= {c.lower_ for c in auxes}
    if lemmas & cal.future_cues or (weekday and not perfect and lemmas & cal.report_future_cues):
        return 1
    if weekday and _committed_act(span, cal):
        return 1
    if verb.lemma_ in cal.arrangement_verbs and verb.tag_ in ("VBZ", "VBP") and any(
            c.dep_ == "xcomp" and any(t.tag_ == "TO" for t in c.children) for c in verb.children):
        return 1  # "the ministers are to meet on Saturday"
    if (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and verb.dep_ != "xcomp")
            or any(c.tag_ == "VBD" or c.lemma_ in cal.perfect_auxiliaries for c in auxes)):
        return -1
    if (weekday and not headline and verb.tag_ in ("VBZ", "VBP") and not auxes
            and verb.lemma_.lower() not in cal.reporting_present and _adverbial_of(span, verb)):
        return 1
    return 0


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
        direction = _direction(span, cal, m.group(), m.start() < title_end, weekday)
        result = _value(m, cal, anchor, direction, last_year)
        if result is None:
            continue
        if result[1] in ("day", "month", "year") and result[0][:1].isdigit():
            last_year = int(result[0][:4])
        found.append(TimeExpression(text=m.group(), start=m.start(), end=m.end(), value=result[0],
                                    granularity=result[1], article_id=article.id))
    fill_periods(found, "value")
    LOGGER.debug("article %s: %d time expressions", article.id, len(found))
    return found
