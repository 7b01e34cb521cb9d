"""Sides of an act that a word of the phrase or the clause gives or takes away: a former office-holder is an
elite (ELI), not the government; an armed noun modified by a side outside the state is that side's, not the
army's; a bare title dealing with a counterpart of a country is not of that country.

The sentences are written for these tests; none is taken from a gold, benchmark or news article.
"""

from __future__ import annotations

import pytest

from newsevents.actors import resolve_actors
from newsevents.model import Actor, Article


def _code_of(nlp, text: str, mention: str) -> str | None:
    actors: list[Actor] = resolve_actors(nlp(text), Article(id="t", text=text, published="2024-05-14"))
    found = [a for a in actors if any(m.text == mention for m in a.mentions)]
    return found[0].code if found else None


@pytest.mark.parametrize("text, mention, code", [
    # an unnamed former office-holder of the story's country is an elite, not its government
    ("DHAKA, Bangladesh — The former prime minister accused the election commission of bias on Sunday.",
     "The former prime minister", "BGDELI"),
    # nor is it the one holding that office now
    ("ACCRA, Ghana — President Kofi Mensah signed the budget. The former president denounced it on Friday.",
     "The former president", None),
    # control: the office's holder is the government's
    ("DHAKA, Bangladesh — The interior minister accused the election commission of bias on Sunday.",
     "The interior minister", "BGDGOV"),
])
def test_a_former_office_is_no_government(nlp, text, mention, code) -> None:
    assert _code_of(nlp, text, mention) == code


@pytest.mark.parametrize("text, mention, code", [
    ("MOGADISHU, Somalia — Insurgent forces overran an army outpost north of the capital.", "Insurgent forces",
     "SOMREB"),
    ("KATHMANDU, Nepal — Rebel troops ambushed a police patrol in the hills.", "Rebel troops", "NPLREB"),
    ("ALEPPO, Syria — Opposition forces fired mortars at a government checkpoint.", "Opposition forces", "SYRREB"),
    # controls: the state's forces, and those fighting the rebels, stay the military
    ("MOGADISHU, Somalia — Government forces overran a rebel outpost north of the capital.", "Government forces",
     "SOMMIL"),
    ("MOGADISHU, Somalia — Counter-insurgency forces overran an outpost north of the capital.",
     "Counter-insurgency forces", "SOMMIL"),
])
def test_armed_nouns_of_a_side_outside_the_state_are_rebels(nlp, text, mention, code) -> None:
    assert _code_of(nlp, text, mention) == code


@pytest.mark.parametrize("text, mention, code", [
    # the story names Egypt most: the bare title meeting the Egyptian counterpart is of the runner-up country
    ("Egypt wants a ceasefire. Egypt and Jordan are close. Jordan is worried. The foreign minister received his "
     "Egyptian counterpart in the capital on Tuesday.", "The foreign minister", "JORGOV"),
    # with no second country named twice the role alone is kept
    ("Egypt wants a ceasefire. Egypt is worried. The foreign minister received his Egyptian counterpart on "
     "Tuesday.", "The foreign minister", "GOV"),
    # control: no counterpart, and the story's country stands
    ("Egypt wants a ceasefire. Egypt and Jordan are close. Jordan is worried. The foreign minister received "
     "Egyptian students in the capital on Tuesday.", "The foreign minister", "EGYGOV"),
])
def test_a_bare_title_is_not_of_its_counterparts_country(nlp, text, mention, code) -> None:
    assert _code_of(nlp, text, mention) == code


def _pronoun_code(nlp, text: str, pronoun: str) -> str | None:
    actors: list[Actor] = resolve_actors(nlp(text), Article(id="t", text=text, published="2024-05-14"))
    at = text.index(pronoun)
    found = [a for a in actors if any(m.start == at for m in a.mentions)]
    return found[0].code if found else None


@pytest.mark.parametrize("text, code", [
    # a sentence-initial "They" goes on with the armed subject of the sentence before, not the people it killed
    ("In Kenya, gunmen killed nine Somali refugees near Dadaab on Friday. They also stole food from the camp.",
     "KENREB"),
    # nor with the residents reporting it
    ("Al-Shabaab militants overran a Somali army base, residents said. They seized weapons and two trucks.",
     "SOMREB"),
    # control: a passive "They" may be what the subject acted on, and stays unresolved
    ("Kenyan teachers rejected the new contracts. They were signed anyway by the ministry.", None),
])
def test_they_continues_the_subject_of_the_sentence_before(nlp, text, code) -> None:
    assert _pronoun_code(nlp, text, "They") == code
