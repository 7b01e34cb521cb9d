"""Place names that stand for a state or a party, not for where something happened.

A sentence may name a place in a locative shape and still mean the state or the side it stands for:

- a capital in the possessive stands for its government ("Washington's move", "Pyongyang's
  warnings"), unless what it owns is a place or a local authority ("Kabul's airport", "Kyiv's
  mayor", "Moscow's streets": ``capital_place_heads`` and the geo, facility and jurisdiction nouns);
- "between X and Y" names the parties of talks, a deal or a war ("a ceasefire between Israel and
  Hamas"), and only a route or a border runs between places ("the border between X and Y",
  "flights between X and Y": ``between_place_heads``);
- a country after "at" is what an act aims at ("lashed out at the US", "rockets fired at Israel"):
  one is at a town or a site, rarely at a whole country (``target_prepositions``);
- the object of "according to" is a source ("according to Kabul", "according to Yedioth Ahronoth"),
  never where anything happened (``source_words``).

The words are in ``data/<lang>/places/usage.yaml``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..nlp import preposition_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .gazetteer import Gazetteer, Resolved

__all__ = ["stands_for_a_party"]


def _capital_owner(span: Span, found: Resolved | None, gaz: Gazetteer, usage: Mapping[str, frozenset[str]]) -> bool:
    root = span.root
    if root.dep_ != "poss" or found is None or found.kind != "city" or not gaz.is_capital(found.name):
        return False
    owned = root.head.lemma_.lower()
    place_heads = (usage["capital_place_heads"] | usage["geo_nouns"] | usage["facility_words"]
                   | usage["jurisdiction_nouns"] | usage["of_heads"])
    return owned not in place_heads


def _between_parties(root: Token, usage: Mapping[str, frozenset[str]]) -> bool:
    found = preposition_of(root)
    while found is None and root.dep_ == "conj" and root.head.i != root.i:  # "between X and Y": Y hangs on X
        root = root.head
        found = preposition_of(root)
    if found is None or found[0].lemma_.lower() not in usage["party_prepositions"]:
        return False
    return found[1].lemma_.lower() not in usage["between_place_heads"]


def _country_aimed_at(root: Token, found: Resolved | None, usage: Mapping[str, frozenset[str]]) -> bool:
    prep = preposition_of(root)
    return (prep is not None and prep[0].lemma_.lower() in usage["target_prepositions"]
            and found is not None and found.kind == "country")


def _source(root: Token, usage: Mapping[str, frozenset[str]]) -> bool:
    prep = preposition_of(root)
    return prep is not None and prep[1].lower_ in usage["source_words"]


def stands_for_a_party(span: Span, found: Resolved | None, gaz: Gazetteer,
                       usage: Mapping[str, frozenset[str]]) -> bool:
    """Whether ``span`` (resolved as ``found``), though in a place's shape, names a state or a side."""
    return (_capital_owner(span, found, gaz, usage) or _between_parties(span.root, usage)
            or _country_aimed_at(span.root, found, usage) or _source(span.root, usage))
