"""Place names the entity tagger missed, recovered where the sentence itself says they are places.

The tagger takes many foreign city names for a person or for nothing ("in the capital, Yerevan"
tagged PERSON). A geo noun in front of the name ("capital", "city", "town", ... ``named_by_nouns`` in
``data/<lang>/places/usage.yaml``), in apposition or with "of", says what it is; the gazetteer must
know it as a city or region of one country.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .gazetteer import Gazetteer

__all__ = ["PLACE_LABELS", "named_by_geo_noun"]
PLACE_LABELS = ("GPE", "LOC", "FAC", "ORG")


def named_by_geo_noun(doc: Doc, spans: list[Span], usage: Mapping[str, frozenset[str]],
                      gaz: Gazetteer) -> list[Span]:
    """Names the tagger took for a person or nothing, where a geo noun says they are places: "in the
    capital, Yerevan", "the town of Mzuzu" (appositions and "of" after ``named_by_nouns``). Only a
    city or first-level region the gazetteer knows, in one country only, is taken."""
    taken = {t for s in spans for t in range(s.start, s.end)}
    found = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.i in taken or tok.ent_type_ in PLACE_LABELS or tok.dep_ == "compound":
            continue
        noun = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in usage["of_prepositions"] else tok.head
        if tok.dep_ not in ("appos", "pobj") or noun.lemma_.lower() not in usage["named_by_nouns"]:
            continue
        start = min([tok.i] + [c.i for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"])
        name = doc[start:tok.i + 1]
        place = gaz.lookup(name.text)
        if place is not None and place.kind in ("city", "admin1") and len(gaz.countries_of(name.text)) == 1 \
                and not taken & set(range(start, tok.i + 1)):
            found.append(name)  # "Punjab" is in India and Pakistan: left to the tagger
    return found
