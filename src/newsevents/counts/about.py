"""Whom a count concerns: the nationality of the counted people ("Afghan civilians", "Palestinians"),
a side ("on the Israeli side"), or the place where they were counted ("killed in Afghanistan")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Place
from ..nlp import doc_language
from ..places import country_of_demonym
from .words import count_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["concerning"]


def _nationality(tokens: list[Token]) -> tuple[str, str] | None:
    for tok in tokens:
        if tok.ent_type_ in ("NORP", "GPE") or tok.is_title:
            ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
            text = ent.text if ent is not None else tok.text
            country = country_of_demonym(text) or country_of_demonym(tok.text)
            if country:
                return text, country
    return None


def _located_in(tok: Token) -> bool:
    """The place hangs on "in"/"near"/"at" ("killed in Afghanistan", not "sent to Qatar")."""
    while tok.dep_ in ("compound", "amod") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in count_words(doc_language(tok.doc)).location_prepositions


def concerning(noun: Token, number: Span, places: list[Place]) -> tuple[str | None, str | None]:
    """``(about, about_country)`` of a count: its people, its side, or its place, in that order."""
    words = count_words(doc_language(noun.doc))
    people = [t for t in noun.subtree if t.i < noun.i or t.i == noun.i] if noun.i != number.root.i else []
    if not people:  # "dozens of Palestinians": the people follow "of"
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in words.partitive_prepositions), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        people = [t for t in obj.subtree if t.i <= obj.i] if obj is not None else []
    found = _nationality([t for t in people if not t.like_num])
    if found:
        return " ".join(t.text for t in people if t.i >= number.end) or found[0], found[1]
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in words.side_prepositions:
            phrase = [t for t in prep.subtree if t.i != prep.i]
            found = _nationality(phrase)
            if found:
                return " ".join(t.text for t in phrase), found[1]
    sent = number.sent
    for place in places:
        if sent.start_char <= place.start < sent.end_char and place.start > number.start_char and place.country:
            tok = next((t for t in verb.subtree if t.idx == place.start), None)
            if tok is not None and _located_in(tok):
                return place.text, place.country
    about = " ".join(t.text for t in people if t.i >= number.end) or None
    return about, None
