"""Whether a count is a current figure, and the date of what it counts.

An analyst adds up current casualty figures. A figure the article states as hedged, conditional,
planned or threatened ("up to 300 may have perished", "the storm could displace 20,000") has not
been reported as having happened: it is ``hypothetical``. A figure the article dates years back
("in 1994", "two decades ago", "in the 14th century") belongs to another time: it is ``historical``.
Both are kept and flagged, never mixed with ``current`` ones. The words are in
``data/en/counts/status.yaml``.

The date of a count here is the time expression of the clause that states it (the nearest to the
number), else "N years ago" counted back from the publication date, else none. A current count
without a date of its own is later dated by its event, else the publication day (the figure as
reported that day: ``periods.fill_result_periods``); a historical or hypothetical one stays undated.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import yaml

from ..errors import Errors, KnowledgeBaseError
from ..model import CountStatusValue, TimeExpression
from ..nlp import doc_language
from ..resources import DEFAULT_LANGUAGE, data_path
from ..times import parse_anchor
from .numbers import load_numbers, parse_number
from .words import count_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["CURRENT", "HISTORICAL", "HYPOTHETICAL", "CountStatus", "count_status"]
CURRENT: CountStatusValue = "current"
HISTORICAL: CountStatusValue = "historical"
HYPOTHETICAL: CountStatusValue = "hypothetical"
_BOUNDARIES = ("ccomp", "relcl", "parataxis", "csubj")


@dataclass(frozen=True)
class CountStatus:
    """A count's status (current, historical, hypothetical) and the date of what it counts."""

    status: CountStatusValue
    date: str | None


@lru_cache(maxsize=4)
def _words(lang: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    source = data_path("counts", "status.yaml", lang=lang)
    try:
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
        return {
            "modals": frozenset(str(w) for w in data["modals"]),
            "intent": frozenset(data["intent_verbs"]),
            "conditions": frozenset(data["condition_marks"]),
            "years": int(data["historical_years"]),
            "ago": {str(k): int(v) for k, v in data["ago_units"].items()},
            "centuries": frozenset(data["century_words"]),
            "ordinals": {str(k): int(v) for k, v in data["ordinal_words"].items()},
            "open": frozenset(data["open_span_prepositions"]),
        }
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as err:
        raise KnowledgeBaseError(Errors.E425.format(err=err), source=str(source)) from err


def clause_verb(tok: Token) -> Token:
    """The verb of the clause a token belongs to (the token itself when no verb governs it).

    A participle used as a preposition ("including 584 deaths", "following ...") is passed over.
    """
    verb = tok
    while (verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "prep") and verb.head.i != verb.i:
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else tok


def _scope(verb: Token) -> list[Token]:
    """The tokens that can date a count: its verb's whole phrase, and the adverbial modifiers of
    the words it hangs on up to the clause's boundary ("during the fourteenth century, causing 50
    million deaths"; "from 2010 to 2015 there were 3,248 cases, including 584 deaths"). A reported
    or relative clause ("in 1994 he founded a group that says 30 were killed") is a boundary."""
    tokens, node = list(verb.subtree), verb
    while node.dep_ not in _BOUNDARIES and node.head.i != node.i:
        child, node = node, node.head
        if node.pos_ in ("VERB", "AUX"):
            for mod in node.children:
                if mod.dep_ in ("prep", "npadvmod", "advmod") and mod.i != child.i:
                    tokens += list(mod.subtree)
    return tokens


def _hypothetical(verb: Token, words: dict[str, Any]) -> bool:
    """A modal on the verb (or on the verbs it completes), an intent verb it completes, or a condition."""
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    for v in chain:
        if any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ in words["modals"]) for c in v.children):
            return True
        if v.dep_ == "xcomp" and v.head.lemma_.lower() in words["intent"]:
            return True
        marks = [c for c in v.children if c.dep_ == "mark"]
        if v.dep_ == "advcl" and any(m.lower_ in words["conditions"] for m in marks):
            return True
        for clause in (c for c in v.children if c.dep_ == "advcl"):
            if any(m.dep_ == "mark" and m.lower_ in words["conditions"] for m in clause.children):
                return True
    return False


def _time_year(value: str) -> int | None:
    """The last year a time value covers: ``1994``, ``2019-11-17`` -> the year; ``199`` (the 1990s) -> 1999."""
    head = value.split("-")[0]
    if not head.isdigit() or not value[:1].isdigit():
        return None
    if len(head) == 4:
        return int(head)
    if len(head) == 3:
        return int(head) * 10 + 9
    if len(head) == 2:
        return int(head) * 100 + 99
    return None


def _clause_time(scope: list[Token], number: Span, times: list[TimeExpression],
                 words: dict[str, Any]) -> str | None:
    """The absolute time value nearest the number within the count's scope, not one that opens a span."""
    doc = number.doc
    starts = {t.idx for t in scope}
    best: tuple[int, str] | None = None
    for t in times:
        if not t.value or t.start not in starts or _time_year(t.value) is None:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        head = span.root.head if span is not None else None
        if head is not None and head.dep_ == "prep" and head.lower_ in words["open"]:
            continue
        distance = abs(t.start - number.start_char)
        if best is None or distance < best[0]:
            best = (distance, t.value)
    return best[1] if best else None


def _years_ago(scope: list[Token], words: dict[str, Any]) -> tuple[int, bool] | None:
    """``(years, counted)`` of "N years/decades/centuries ago" in the scope; ``counted`` when N is given."""
    ago = count_words(doc_language(scope[0].doc)).ago_words if scope else frozenset()
    for tok in scope:
        if tok.lower_ not in ago or tok.i == 0:
            continue
        unit = tok.doc[tok.i - 1]
        size = words["ago"].get(unit.lemma_.lower())
        if size is None:
            continue
        numbers = [c for c in unit.children if c.dep_ in ("nummod", "quantmod")]
        parsed = parse_number(numbers[0].text, load_numbers(lang=doc_language(tok.doc))) if numbers else None
        if parsed:
            return parsed[0] * size, True
        return (2 if unit.tag_ == "NNS" else 1) * size, False
    return None


def _ordinal(tok: Token, words: dict[str, Any]) -> int | None:
    """The value of an ordinal: "14th" -> 14, "fourteenth" -> 14, "twenty-first" -> 21."""
    digits = "".join(ch for ch in tok.text if ch.isdigit())
    if digits and tok.text[:1].isdigit():
        return int(digits)
    if tok.i > 0 and tok.doc[tok.i - 1].text == "-":
        return None  # "twenty-first" comes as "twenty", "-", "first": not the first century
    value: int | None = words["ordinals"].get(tok.lower_)  # words: the YAML tables, untyped
    return value


def _past_century(scope: list[Token], published_year: int | None, words: dict[str, Any]) -> bool:
    """"in the 14th century", "during the fourteenth century", "centuries ago": before the article's century."""
    for tok in scope:
        if tok.lower_ not in words["centuries"]:
            continue
        if tok.tag_ == "NNS":
            return True
        for child in tok.children:
            number = _ordinal(child, words) if child.dep_ in ("amod", "nummod", "compound") else None
            if number and (published_year is None or number < published_year // 100 + 1):
                return True
    return False


def count_status(noun: Token, number: Span, published: str | None,
                 times: list[TimeExpression] | None = None) -> CountStatus:
    """The status of the count whose number is ``number`` and counted token ``noun``, and its date."""
    lang = doc_language(noun.doc)
    words = _words(lang)
    verb = clause_verb(noun)
    anchor = parse_anchor(published)
    year = anchor.year if anchor else None
    scope = _scope(verb)
    date = _clause_time(scope, number, times or [], words)
    historical = False
    if date is not None:
        dated = _time_year(date)
        historical = bool(year and dated is not None and dated <= year - words["years"])
    else:
        ago = _years_ago(scope, words)
        if ago is not None:
            historical = ago[0] >= words["years"]
            date = str(year - ago[0]) if year and ago[1] and ago[0] < 100 else None
        historical = historical or _past_century(scope, year, words)
    if _hypothetical(verb, words):
        return CountStatus(HYPOTHETICAL, date)
    if historical:
        return CountStatus(HISTORICAL, date)
    return CountStatus(CURRENT, date)
