"""Per-part scoring: assign predictions to gold items, count, and say what went wrong where.

Each scorer takes the gold article, the gold items of its part, the pipeline's result and the
part's score to fill, and returns the findings (misses, false positives, wrong secondary values)
with the sentence they concern, for ``newsevents evaluate --details``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from ..model import Actor, ArticleResult, Count, Event, Place, Quote, TimeExpression
from . import match as m
from .tally import Finding, PartScore

if TYPE_CHECKING:
    from .gold import GoldArticle

P = TypeVar("P")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+|\n")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) of ``text`` holding the span ``start:end``."""
    if not text:
        return ""
    left = 0
    for found in _SENTENCE_END.finditer(text, 0, max(start, 0)):
        left = found.end()
    right_match = _SENTENCE_END.search(text, max(end, start))
    right = right_match.start() + 1 if right_match else len(text)
    return " ".join(text[left:right].split())[:400]


def gold_sentence(text: str, snippet: str | None) -> str:
    """The sentence of the article where a gold snippet occurs, or the snippet itself if it does not."""
    if not snippet:
        return ""
    span = m.find_span(text, snippet)
    return sentence_around(text, *span) if span else f"{snippet} [not found in the extracted text]"


def _tally(gold: GoldArticle, part: str, items: Sequence[dict[str, Any]], preds: Sequence[P],
           matches: Callable[[P, dict[str, Any]], bool], score: PartScore,
           show: tuple[Callable[[dict[str, Any]], tuple[str, str]], Callable[[P], tuple[str, str]]],
           prefer: Callable[[P, dict[str, Any]], float] | None = None) -> tuple[dict[int, int], list[Finding]]:
    """Count one part: matched required items are hits, unmatched required items misses, and
    predictions matched to nothing false positives; optional items count neither way."""
    assigned = m.assign(items, preds, matches, prefer)
    show_gold, show_pred = show
    findings: list[Finding] = []
    for i, item in enumerate(items):
        if item.get("required", True) is False:
            continue
        if i in assigned:
            score.tp += 1
        else:
            score.fn += 1
            findings.append(Finding(gold.id, part, "miss", *show_gold(item)))
    used = set(assigned.values())
    for j, pred in enumerate(preds):
        if j not in used:
            score.fp += 1
            findings.append(Finding(gold.id, part, "false_positive", *show_pred(pred)))
    return assigned, findings


def _secondary(gold: GoldArticle, part: str, name: str, score: PartScore, correct: bool,
               item: str, sentence: str) -> list[Finding]:
    """Record a secondary judgement on a matched pair; a wrong one becomes a finding."""
    score.check(name, correct)
    return [] if correct else [Finding(gold.id, part, "wrong", f"{name}: {item}", sentence)]


def score_actors(gold: GoldArticle, items: list[dict[str, Any]], result: ArticleResult,
                 score: PartScore) -> list[Finding]:
    """Actors: found by a mention and coded right. The ``code`` check: of the required gold actors
    some prediction found by a mention, the share coded right."""
    text = result.article.text

    def show_gold(item: dict[str, Any]) -> tuple[str, str]:
        return f"{item.get('name')} {item.get('codes')}", gold_sentence(text, item["mentions"][0])

    def show_pred(actor: Actor) -> tuple[str, str]:
        where = actor.mentions[0] if actor.mentions else None
        found = [g.get("name") for g in items if m.actor_found(actor, g)]
        note = f" (named like gold {found[0]!r}, miscoded)" if found else ""
        return (f"{actor.name} {actor.code} ({actor.country}){note}",
                sentence_around(text, where.start, where.end) if where else "")

    _, findings = _tally(gold, "actors", items, result.actors, m.actor_matches, score, (show_gold, show_pred))
    for item in items:
        named = [actor for actor in result.actors if m.actor_found(actor, item)]
        if item.get("required", True) is not False and named:
            score.check("code", any(m.actor_code_correct(actor, item) for actor in named))
    return findings


def _show_event(event: Event) -> str:
    mode = "" if event.mode in m.HAPPENED else f" mode={event.mode}"
    return f"{event.source_code} -> {event.target_code} cameo={event.cameo} {event.plover or ''}{mode} [{event.rule}]"


def score_events(gold: GoldArticle, items: list[dict[str, Any]], result: ArticleResult,
                 score: PartScore) -> list[Finding]:
    """Events: root, mode, source and target (FORMAT.md); the ``date`` check on matched events."""
    text = result.article.text

    def show_gold(item: dict[str, Any]) -> tuple[str, str]:
        mode = f" mode={item['mode']}" if item.get("mode") else ""
        what = f"{item.get('source')} -> {item.get('target')} cameo={item.get('cameo')} {item.get('plover')}{mode}"
        return what, gold_sentence(text, item.get("evidence"))

    def show_pred(event: Event) -> tuple[str, str]:
        return _show_event(event), event.sentence or sentence_around(text, event.trigger_start, event.trigger_end)

    def prefer(event: Event, item: dict[str, Any]) -> float:
        return (event.date == item.get("date")) + m.closeness(event.sentence, item.get("evidence"))

    assigned, findings = _tally(gold, "events", items, result.events, m.event_matches, score, (show_gold, show_pred),
                                prefer)
    for i, j in assigned.items():
        item, event = items[i], result.events[j]
        if item.get("required", True) is not False and item.get("date"):
            correct = (event.date or "") == item["date"]
            findings += _secondary(gold, "events", "date", score, correct,
                                   f"{event.date} (gold {item['date']})", event.sentence)
    return findings


def find_violations(gold: GoldArticle, not_events: list[dict[str, Any]], result: ArticleResult,
                    score: PartScore) -> list[Finding]:
    """Events coded as happening inside the evidence of a ``not_events`` entry (each event once)."""
    findings = []
    for event in result.events:
        hit = next((ne for ne in not_events if m.violates_not_event(event, ne, result.article.text)), None)
        if hit is not None:
            score.fp += 1
            findings.append(Finding(gold.id, "events", "not_event",
                                    f"{_show_event(event)}: {hit.get('why') or 'listed under not_events'}",
                                    event.sentence or hit["evidence"]))
    return findings


def score_quotes(gold: GoldArticle, items: list[dict[str, Any]], result: ArticleResult,
                 score: PartScore) -> list[Finding]:
    """Quotes: half of the gold's words in common; the ``speaker`` check on matched quotes."""
    text = result.article.text
    actors = {actor.id: actor for actor in result.actors}
    gold_actors = gold.parts.get("actors", [])

    def show_gold(item: dict[str, Any]) -> tuple[str, str]:
        return f"{item.get('speaker')}: {item['text'][:120]!r}", gold_sentence(text, item["text"])

    def show_pred(quote: Quote) -> tuple[str, str]:
        return f"{quote.speaker_name or quote.speaker_code}: {quote.text[:120]!r}", sentence_around(
            text, quote.start, quote.end)

    assigned, findings = _tally(gold, "quotes", items, result.quotes, m.quote_matches, score, (show_gold, show_pred),
                                lambda quote, item: m.quote_overlap(quote.text, item["text"]))
    for i, j in assigned.items():
        item, quote = items[i], result.quotes[j]
        if item.get("required", True) is not False:
            correct = m.attribution_correct(quote, item, actors, gold_actors)
            findings += _secondary(gold, "quotes", "speaker", score, correct,
                                   f"{quote.speaker_name} {quote.speaker_code} (gold {item.get('speaker')} "
                                   f"{item.get('speaker_codes')})", quote.text[:200])
    return findings


def score_counts(gold: GoldArticle, items: list[dict[str, Any]], result: ArticleResult,
                 score: PartScore) -> list[Finding]:
    """Counts: ``what`` and ``value``; the ``bound`` check on matched counts."""
    text = result.article.text

    def show_gold(item: dict[str, Any]) -> tuple[str, str]:
        return f"{item['what']} {item.get('bound', '')} {item['value']}", gold_sentence(text, item.get("evidence"))

    def show_pred(count: Count) -> tuple[str, str]:
        return f"{count.what} {count.bound} {count.value}", count.evidence or sentence_around(
            text, count.start, count.end)

    assigned, findings = _tally(gold, "counts", items, result.counts, m.count_matches, score, (show_gold, show_pred),
                                lambda count, item: m.closeness(count.evidence, item.get("evidence")))
    for i, j in assigned.items():
        item, count = items[i], result.counts[j]
        if item.get("required", True) is not False:
            findings += _secondary(gold, "counts", "bound", score, m.count_bound_correct(count, item),
                                   f"{count.bound} (gold {item.get('bound')})", count.evidence)
    return findings


def _group_by_text(preds: Sequence[P], key: Callable[[P], str]) -> list[list[P]]:
    """Predictions sharing a surface form, as one item each: gold times and places list distinct texts."""
    groups: dict[str, list[P]] = {}
    for pred in preds:
        groups.setdefault(key(pred), []).append(pred)
    return list(groups.values())


@dataclass(frozen=True)
class _TextPart:
    """A part whose gold lists distinct texts (times, places): how it is matched, checked and written."""

    name: str
    attr: str  # the secondary value checked on matched texts: "value", "country"
    matches: Callable[[Any, dict[str, Any]], bool]
    correct: Callable[[list[Any], dict[str, Any]], bool]
    write: Callable[[str, object], str]  # one text and its value, as a finding shows them
    joiner: str  # between a text and its predicted values in a "wrong" finding
    only_if_gold_value: bool  # check only where the gold gives a value (a place's country may be unknown)


_TIMES = _TextPart("times", "value", m.time_matches, m.time_value_correct, lambda t, v: f"{t} = {v}", "=", False)
_PLACES = _TextPart("places", "country", m.place_matches, m.place_country_correct, lambda t, v: f"{t} ({v})", "in",
                    True)


def _score_texts(part: _TextPart, gold: GoldArticle, items: list[dict[str, Any]],
                 preds: Sequence[TimeExpression | Place],
                 result: ArticleResult, score: PartScore) -> list[Finding]:
    """Predictions sharing a text are one item (as in the gold); then ``part.attr`` is checked on matched texts."""
    text = result.article.text
    groups = _group_by_text(preds, lambda p: m.norm_name(p.text))

    def show_gold(item: dict[str, Any]) -> tuple[str, str]:
        return part.write(repr(item["text"]), item.get(part.attr)), gold_sentence(text, item["text"])

    def show_pred(group: list[Any]) -> tuple[str, str]:
        first = group[0]
        return part.write(repr(first.text), getattr(first, part.attr)), sentence_around(text, first.start, first.end)

    assigned, findings = _tally(gold, part.name, items, groups, lambda group, item: part.matches(group[0], item),
                                score, (show_gold, show_pred))
    for i, j in assigned.items():
        item, group = items[i], groups[j]
        if item.get("required", True) is False or (part.only_if_gold_value and not item.get(part.attr)):
            continue
        values = ", ".join(sorted({str(getattr(p, part.attr)) for p in group}))
        findings += _secondary(gold, part.name, part.attr, score, part.correct(group, item),
                               f"{item['text']!r} {part.joiner} {values} (gold {item.get(part.attr)})",
                               sentence_around(text, group[0].start, group[0].end))
    return findings


def score_times(gold: GoldArticle, items: list[dict[str, Any]], result: ArticleResult,
                score: PartScore) -> list[Finding]:
    """Times: distinct texts; the ``value`` check (normalisation) on matched texts."""
    return _score_texts(_TIMES, gold, items, result.times, result, score)


def score_places(gold: GoldArticle, items: list[dict[str, Any]], result: ArticleResult,
                 score: PartScore) -> list[Finding]:
    """Places: distinct texts; the ``country`` check on matched texts."""
    return _score_texts(_PLACES, gold, items, result.places, result, score)


Scorer = Callable[["GoldArticle", list[dict[str, Any]], ArticleResult, "PartScore"], list[Finding]]
PART_SCORERS: dict[str, Scorer] = {
    "actors": score_actors,
    "events": score_events,
    "quotes": score_quotes,
    "counts": score_counts,
    "times": score_times,
    "places": score_places,
    "not_events": find_violations,
}
