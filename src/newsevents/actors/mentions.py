"""Named spans that may be actors: spaCy's entities, corrected, plus knowledge-base names spaCy missed.

spaCy's small English model misses names ("Putin" at a headline's start, "IDF"), merges neighbours ("Sisi
Egypt's" as one organisation) and tags operations as organisations ("Operation Iron Swords"). The knowledge
base gazetteer (countries, organisations, seats of power, known people) is matched on the text, and where
it and spaCy disagree the rules below decide. Each span says what it is (``label``) and, for KB names, which
entry it is; whether a country or capital is used *as an actor* is decided by :func:`is_actor_use`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span

from ..nlp import doc_text
from .kb import KnowledgeBase

LOGGER = logging.getLogger(__name__)
POSSESSIVE = {"'s", "’s", "'", "’"}
# prepositions after which a country or capital names a place, not an actor ("talks in Moscow")
LOCATIVE = {"in", "at", "inside", "within", "across", "throughout", "near", "from", "into", "around", "outside",
            "toward", "towards", "through", "via", "of", "over", "along", "off", "beyond"}
# verbs after which "to <country>" is a destination; "sent weapons to Taiwan", "extradited to Spain" name a recipient
MOTION = {"travel", "go", "fly", "return", "arrive", "come", "move", "flee", "deport", "head", "drive",
          "sail", "walk", "run", "evacuate", "migrate", "emigrate", "trip", "visit"}
# "MAIDUGURI, Nigeria —", "YEREVAN (Reuters) —", "Indianapolis –": the place a story was filed from, at a line's start
_DATELINE = re.compile(r"(?m)^[ \t]*(?P<place>[A-Z][\w.'’ -]{1,40}?)(?:,[ \t]*(?P<country>[A-Z][\w.'’ -]{1,30}?))?"
                       r"[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?[—–][ \t]")
_PEOPLE_NOUNS = {"troops", "soldier", "force", "delegation", "envoy", "team", "people", "refugee", "migrant",
                 "diplomat"}
ACTOR_PREPS = {"with", "against", "by", "on", "to", "for", "between"}


@dataclass
class NamedSpan:
    """A name in the text: ``label`` is COUNTRY, ORG, SEAT, PERSON, CAPITAL or NER_ORG."""

    span: Span
    label: str
    entry: Any = None
    source: str = "ner"

    @property
    def start(self) -> int:
        return self.span.start_char

    @property
    def end(self) -> int:
        return self.span.end_char


def _gazetteer_spans(doc: Doc, kb: KnowledgeBase) -> list[NamedSpan]:
    found = []
    for match in kb.gazetteer.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="strict")
        if span is None:  # the name ends inside a token ("UNSC-backed"): not a clean mention
            continue
        text = match.group()
        if text in kb.org_aliases:
            found.append(NamedSpan(span, "ORG", kb.org_aliases[text], "kb"))
        elif text in kb.seats:
            found.append(NamedSpan(span, "SEAT", kb.seats[text], "kb"))
        elif text in kb.country_names:
            found.append(NamedSpan(span, "COUNTRY", kb.country_names[text], "kb"))
        elif text in kb.capitals:
            found.append(NamedSpan(span, "CAPITAL", kb.capitals[text], "kb"))
        else:
            found.append(NamedSpan(span, "PERSON", kb.person(text), "kb"))
    return found


def _split_trailing_country(ent: Span, kb: KnowledgeBase) -> list[NamedSpan] | None:
    """"Sisi Egypt's" (one ORG) -> PERSON "Sisi" + COUNTRY "Egypt": a name glued to a following country."""
    tokens = [t for t in ent if t.text not in POSSESSIVE]
    for cut in range(1, len(tokens)):
        tail = ent.doc[tokens[cut].i: tokens[-1].i + 1]
        head = ent.doc[ent.start: tokens[cut].i]
        if tail.text in kb.country_names and all(t.is_title for t in head):
            return [NamedSpan(head, "PERSON", kb.person(head.text)),
                    NamedSpan(tail, "COUNTRY", kb.country_names[tail.text])]
    return None


def _trim(ent: Span, kb: KnowledgeBase) -> Span | None:
    """Cut what spaCy glues to a name: a leading "'s" or title ("Superintendent Jennifer McCormick": the title
    is read as a title), and after a person's possessive what follows it ("Holcomb's 2016")."""
    start, end = ent.start, ent.end
    titles = kb.title_words
    while start < end and (ent.doc[start].text in POSSESSIVE or ent.doc[start].is_punct
                           or (ent.label_ == "PERSON" and end - start > 1 and ent.doc[start].lower_ in titles)):
        start += 1
    for tok in ent.doc[start:end]:
        if tok.text in POSSESSIVE and (ent.label_ == "PERSON" or tok.i == end - 1):
            end = tok.i
            break
    span = ent.doc[start:end]
    if not len(span) or not any(t.is_alpha and (t.is_title or t.is_upper) for t in span):
        return None
    return Span(ent.doc, start, end, label=ent.label_)


def _relabel(ent: Span, kb: KnowledgeBase, day: date | None) -> str | None:
    """spaCy's label corrected by the KB: "Scholz" tagged GPE is a listed person, "Azerbaijani" or "Yerevan"
    tagged PERSON are a demonym or a capital, "Defence Ministry" tagged ORG is a role phrase (None: drop)."""
    text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
    places = text in kb.country_names or text in kb.capitals or text in kb.demonyms or text in kb.regions
    if (ent.label_ != "PERSON" and not places and text not in kb.org_aliases and all(t.is_title for t in ent)
            and (kb.person(text) is not None or (len(ent) == 1 and kb.office_holder(text, day) is not None))):
        return "PERSON"
    if ent.label_ == "PERSON":
        if places or text.lower() in kb.actor_nouns:
            return "GPE" if text in kb.capitals else None
        if ent[-1].text in kb.place_words:
            return None  # "Kenyatta Avenue"
    if ent.label_ == "ORG" and text.lower() in kb.actor_nouns:
        return None
    return ent.label_


def _ner_spans(doc: Doc, kb: KnowledgeBase, day: date | None = None) -> list[NamedSpan]:
    found = []
    for raw in doc.ents:
        if raw.label_ not in ("PERSON", "ORG", "GPE", "NORP", "FAC"):
            continue
        ent = _trim(raw, kb)
        if ent is None:
            continue
        label = _relabel(ent, kb, day)
        if label is None:
            LOGGER.debug("not an actor name: %r (%s)", ent.text, ent.label_)
            continue
        ent = Span(doc, ent.start, ent.end, label=label)
        if ent[0].text in kb.not_actor_prefixes:
            LOGGER.debug("not an actor: %r", ent.text)
            continue
        if ent.label_ in ("ORG", "PERSON") and len(ent) > 1:
            split = _split_trailing_country(ent, kb)
            if split:
                found.extend(split)
                continue
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        if ent.label_ == "PERSON":
            person = kb.person(ent.text) or (kb.office_holder(ent.text, day) if len(ent) == 1 else None)
            found.append(NamedSpan(ent, "PERSON", person))
        elif ent.label_ == "GPE" and text in kb.capitals:
            found.append(NamedSpan(ent, "CAPITAL", kb.capitals[text]))
        elif ent.label_ in ("ORG", "FAC"):
            found.append(NamedSpan(ent, "NER_ORG", None))
    return found


def _overlaps(a: NamedSpan, b: NamedSpan) -> bool:
    return a.start < b.end and b.start < a.end


def _ner_wins(ner: NamedSpan, gaz: NamedSpan) -> bool:
    """A longer spaCy name around a KB country or capital is its own name ("Hong Kong Polytechnic University")."""
    if ner.label == "PERSON" and gaz.label == "PERSON":
        return len(ner.span) > len(gaz.span)
    if ner.label == "PERSON" and gaz.label == "ORG" and gaz.end == ner.end and ner.start < gaz.start:
        return all(t.is_title for t in ner.span)  # "Therese Kayikwamba Wagner" is not the Wagner Group
    inside = ner.start <= gaz.start and gaz.end <= ner.end
    extra = [t for t in ner.span if t.i < gaz.span.start or t.i >= gaz.span.end]
    named_extra = [t for t in extra if t.lower_ != "the" and t.text not in POSSESSIVE]
    return inside and gaz.label in ("COUNTRY", "CAPITAL") and bool(named_extra) and ner.label in ("NER_ORG", "PERSON")


def dateline(text: str, kb: KnowledgeBase) -> tuple[int, int, str | None] | None:
    """The dateline of a story ("MAIDUGURI, Nigeria —"): its character span and its country, if known.

    Looked for at the start of one of the first lines (a headline may come first); the place must be written
    in capitals, or be followed by a known country, or be a known country or capital.
    """
    for match in _DATELINE.finditer(text[:600]):
        place, country = match["place"].strip(), (match["country"] or "").strip()
        title = place.title() if place.isupper() else place
        iso3 = kb.country_names.get(country.title() if country.isupper() else country) if country else None
        iso3 = iso3 or kb.country_names.get(title) or kb.capitals.get(title)
        if (place.isupper() and len(place) >= 3) or iso3:
            return match.start("place"), match.end(), iso3
    return None


def named_spans(doc: Doc, kb: KnowledgeBase, day: date | None = None) -> list[NamedSpan]:
    """Non-overlapping names, KB names first where spaCy's entity only wraps them; names in the dateline
    are places, not actors, and are left out."""
    gazetteer = _gazetteer_spans(doc, kb)
    ner = _ner_spans(doc, kb, day)
    line = dateline(doc_text(doc), kb)
    if line is not None:
        gazetteer = [g for g in gazetteer if not (line[0] <= g.start < line[1])]
        ner = [n for n in ner if not (line[0] <= n.start < line[1])]
    kept: list[NamedSpan] = []
    for span in ner:
        rivals = [g for g in gazetteer if _overlaps(g, span)]
        if rivals and not all(_ner_wins(span, g) for g in rivals):
            continue
        gazetteer = [g for g in gazetteer if g not in rivals]
        kept.append(span)
    kept.extend(gazetteer)
    return sorted(kept, key=lambda s: s.start)


def is_actor_use(span: Span, strict: bool = False) -> bool:
    """Whether a country, capital or seat of power acts in its sentence rather than being a place or modifier.

    ``strict`` (for capitals, which are more often places than governments) asks for a subject, object or
    possessor, or the object of a preposition of dealings ("talks with Washington").
    """
    root = span.root
    dep = root.dep_
    if dep in ("compound", "amod", "nmod") and root.head.pos_ in ("NOUN", "PROPN"):
        return False
    if dep == "pobj":
        prep = root.head.lower_
        if prep in LOCATIVE:
            return False
        verb = root.head.head
        if prep == "to" and verb.lemma_ in MOTION:
            return False
        if prep == "to" and verb.lemma_ == "send" and any(  # "sent them to Qatar": people go to a place
                c.dep_ == "dobj" and (c.pos_ == "PRON" or c.ent_type_ == "PERSON" or c.lemma_ in _PEOPLE_NOUNS)
                for c in verb.children):
            return False
        return prep in ACTOR_PREPS or not strict
    if dep == "conj":
        head = root.head
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        return is_actor_use(span.doc[head.i: head.i + 1], strict)
    if strict:
        return dep in ("nsubj", "nsubjpass", "dobj", "poss", "agent", "appos")
    return dep not in ("npadvmod",)
