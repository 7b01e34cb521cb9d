"""Sides of events the actors stage used to leave without an actor: a person named again by a surname spaCy
tags as a body (coref.given_name_spans), a person's supporters (supporters.py), a definite plural repeating a
noun that needs a country ("the warplanes", phrase_cands.repeated_noun), a list of demonyms whose first is two
words ("South Korean and American troops", role_nouns.left_modifiers) and bare plurals of the Phoenix agents'
sectors of a one-country story (roles.yaml ``one_country``).

The sentences are written for these tests; none is taken from a gold, benchmark or news article.
"""

from __future__ import annotations

import pytest

from newsevents.actors import resolve_actors
from newsevents.actors.coref import given_name_spans
from newsevents.actors.kb import load_kb
from newsevents.actors.mentions import NamedSpan, named_spans
from newsevents.model import Actor, Article

pytestmark = pytest.mark.slow


def _actors(nlp, text: str) -> list[Actor]:
    return resolve_actors(nlp(text), Article(id="t", text=text, published="2023-10-16"))


def _codes_at(nlp, text: str, mention: str, last: bool = True) -> list[str | None]:
    """The codes of the actors holding the mention written ``mention`` at its last (or first) place."""
    at = text.rindex(mention) if last else text.index(mention)
    return [a.code for a in _actors(nlp, text) if any(m.start == at and m.text == mention for m in a.mentions)]


@pytest.mark.parametrize("text, mention, code", [
    # a surname alone after the full name, tagged by spaCy as a body: the person named before
    ("Chinese Foreign Minister Liang Wenhai met South Korean envoy Park Seon-mi in Beijing on Monday. "
     "Liang later invited Park to a summit in Shanghai.", "Liang", "CHNGOV"),
    ("Chinese Foreign Minister Liang Wenhai met South Korean envoy Park Seon-mi in Beijing on Monday. "
     "Liang later invited Park to a summit in Shanghai.", "Park", "KORGOV"),
])
def test_a_surname_alone_is_the_person_named_before(nlp, text, mention, code) -> None:
    assert _codes_at(nlp, text, mention) == [code]


@pytest.mark.parametrize("text, word", [
    # controls (the last word read as spaCy's body, as it often is): one person's surname and another's given
    # name; the surname of a person named only after it; a word no one named bears
    ("Chinese Foreign Minister Liang Wenhai met Korean envoy Park Liang in Beijing on Monday. "
     "Liang later flew to Shanghai.", "Liang"),
    ("Liang later flew to Shanghai. Chinese Foreign Minister Liang Wenhai met envoys in Beijing on Monday.",
     "Liang"),
    ("Chinese Foreign Minister Liang Wenhai met envoys in Beijing on Monday. Zhou later flew to Shanghai.", "Zhou"),
])
def test_a_surname_of_no_one_person_is_left_alone(nlp, text, word) -> None:
    doc = nlp(text)
    kb = load_kb()
    at = text.index(word + " later")
    names = [NamedSpan(n.span, "NER_ORG") if n.start == at else n for n in named_spans(doc, kb)]
    if not any(n.start == at for n in names):
        names.append(NamedSpan(doc.char_span(at, at + len(word)), "NER_ORG"))
    assert not any(s.start == at for s in given_name_spans(doc, names, kb))


def test_a_surname_read_as_a_body_is_found(nlp) -> None:
    """The rule the controls above guard, on the same footing: the surname as spaCy's body is the person."""
    text = "Chinese Foreign Minister Liang Wenhai met envoys in Beijing on Monday. Liang later flew to Shanghai."
    doc = nlp(text)
    kb = load_kb()
    at = text.index("Liang later")
    names = [NamedSpan(n.span, "NER_ORG") if n.start == at else n for n in named_spans(doc, kb)]
    assert [s.span.text for s in given_name_spans(doc, names, kb) if s.start == at] == ["Liang"]


@pytest.mark.parametrize("text, mention, code", [
    # the supporters of an opposition leader are the opposition, of the leader's country
    ("Zambian opposition leader Mwila Banda was arrested in Lusaka on Monday. "
     "Police fired tear gas at his supporters outside the court.", "supporters", "ZMBOPP"),
    ("Zambian opposition leader Mwila Banda was arrested in Lusaka on Monday. "
     "Police detained dozens of supporters of Banda outside the court.", "supporters", "ZMBOPP"),
    # controls: the supporters of a head of state are not the government, nor those of a person of no known side
    ("Zambian President Mwila Banda spoke in Lusaka on Monday. "
     "Police fired tear gas at his supporters outside the court.", "supporters", None),
    ("Mwila Banda, a local trader, spoke in Lusaka on Monday. "
     "Police fired tear gas at his supporters outside the court.", "supporters", None),
])
def test_a_persons_supporters_take_the_persons_side(nlp, text, mention, code) -> None:
    found = _codes_at(nlp, text, mention)
    assert found == ([code] if code else [])


@pytest.mark.parametrize("text, mention, code", [
    # a definite plural repeating a noun that needs a country: the one actor it named with a country before
    ("Turkish warplanes struck militant positions in northern Iraq on Sunday. "
     "The warplanes also hit a depot near the border.", "The warplanes", "TURMIL"),
    # controls: two countries' warplanes before, and a bare first mention, stay unresolved
    ("Turkish and Iraqi warplanes struck militant positions on Sunday. "
     "The warplanes also hit a depot near the border.", "The warplanes", None),
    ("The warplanes also hit a depot near the border on Sunday.", "The warplanes", None),
])
def test_the_repeated_noun_is_the_actor_named_before(nlp, text, mention, code) -> None:
    found = _codes_at(nlp, text, mention)
    assert found == ([code] if code else [])


@pytest.mark.parametrize("text, mention, codes", [
    # a list of demonyms whose first is two words: one actor per country
    ("South Korean and American troops fired artillery shells into the sea.", "South Korean and American troops",
     ["KORMIL", "USAMIL"]),
    ("North Korean and Russian officials signed a pact in Moscow.", "North Korean and Russian officials",
     ["PRKGOV", "RUSGOV"]),
    # control: a two-word demonym joined to no noun of the list stays its own
    ("South Korean officials and American troops met in Seoul.", "American troops", ["USAMIL"]),
])
def test_a_two_word_demonym_heads_a_list(nlp, text, mention, codes) -> None:
    assert sorted(c or "" for c in _codes_at(nlp, text, mention, last=False)) == codes


_ONE = "LUSAKA, Zambia (AP) - Zambian police arrested three men on Monday. "
_TWO = "Zambia and Malawi signed a trade pact on Monday. "


@pytest.mark.parametrize("text, mention, code", [
    # a bare sector plural of the Phoenix agents is of the story's one country
    (_ONE + "Farmers blocked the highway to protest the tax.", "Farmers", "ZMBAGR"),
    (_ONE + "Doctors accused the police of abuse.", "Doctors", "ZMBHLH"),
    # controls: in a story of two countries it is nobody's, and a country of its own wins
    (_TWO + "Farmers blocked the highway to protest the pact.", "Farmers", None),
    (_ONE + "Malawian farmers blocked the highway.", "Malawian farmers", "MWIAGR"),
])
def test_a_sector_plural_is_of_the_one_country(nlp, text, mention, code) -> None:
    found = _codes_at(nlp, text, mention)
    assert found == ([code] if code else [])


def test_the_supporters_of_a_titled_person_are_not_the_person(nlp) -> None:
    """"Supporters of President X": the plural stops the title before the name (roles.title_prefix), so the
    supporters are no mention of the president (nor, his side being the state's, an actor of their own)."""
    text = "Supporters of Zambian President Mwila Banda celebrated in Lusaka on Monday."
    assert _codes_at(nlp, text, "Supporters of Zambian President Mwila Banda") == []
    assert _codes_at(nlp, text, "Zambian President Mwila Banda") == ["ZMBGOV"]
