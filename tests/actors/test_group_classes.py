"""Groups the actor stage names by a tie rather than a name: people affiliated with a body, groups with a
stance prefix before a country, and countries written by a historical name (Phoenix country dictionary).
Sentences written for these tests, each class with a control where the rule must not fire."""

from __future__ import annotations

import pytest

from newsevents.actors import resolve_actors
from newsevents.model import Actor, Article, RawDocument
from newsevents.pipeline import process_many

pytestmark = pytest.mark.slow


def _codes(nlp, text: str, mention: str) -> list[str | None]:
    actors = resolve_actors(nlp(text), Article(id="t", text=text, published="2001-05-01"))
    found: list[Actor] = [a for a in actors if any(m.text == mention for m in a.mentions)]
    return [a.code for a in found]


@pytest.mark.parametrize("text, mention, code", [
    # plural people tied to a named body by "affiliated with", "loyal to", "belonging to": the body's code
    ("About 2,000 employees affiliated with the Bolivian Workers' Centre walked out.", "About 2,000 employees",
     "BOLLAB"),
    ("Hundreds of fighters loyal to the Moro Islamic Liberation Front ambushed a convoy.",
     "Hundreds of fighters", "PHLREB"),
    ("Dozens of supporters affiliated with the Bolivian Workers' Centre rallied in La Paz.",
     "Dozens of supporters", "BOLLAB"),
    ("Dozens of insurgents linked to Hayat Tahrir al-Sham overran a checkpoint.", "Dozens of insurgents", "SYRREB"),
    # historical country names of the Phoenix country dictionary
    ("The rebels accused Zaire of shelling their camps.", "Zaire", "COD"),
    ("Zairean soldiers crossed the border overnight.", "Zairean soldiers", "CODMIL"),
    ("Ceylon protested to India about the fishing boats.", "Ceylon", "LKA"),
    ("Dahomey recalled its ambassador from Paris.", "Dahomey", "BEN"),
])
def test_group_resolves(nlp, text: str, mention: str, code: str) -> None:
    assert _codes(nlp, text, mention) == [code]


@pytest.mark.parametrize("text, mention", [
    # controls: loyal to a person or a state is no membership of a body; a noun outside the class is no member
    ("Hundreds of fighters loyal to President Bashir Karimov ambushed a convoy.", "Hundreds of fighters"),
    ("Thousands of soldiers loyal to Serbia crossed the river.", "Thousands of soldiers"),
    ("Dozens of buses affiliated with the Bolivian Workers' Centre blocked the road.", "Dozens of buses"),
    ("Militants affiliated with Afghan refugees overran a checkpoint.", "Militants"),  # a people, not a body
    # a body the sentence names twice beside the people is not one body: nothing is guessed
    ("Workers linked to the Bolivian Workers' Centre and the Chilean Workers' Union struck.", "Workers"),
])
def test_group_stays_unresolved(nlp, text: str, mention: str) -> None:
    assert _codes(nlp, text, mention) == []


def _targets(text: str) -> list[str | None]:
    result = process_many([RawDocument(source="t", content=text, media_type="text")])[0]
    return [e.target_code for e in getattr(result, "events", [])]


def test_stance_prefix_gives_no_country() -> None:
    """ "an anti-Iran cleric": the country opposed is not the cleric's own; "an Iranian cleric" is."""
    opposed = _targets("Israeli troops arrested an anti-Iran cleric in the city.")
    own = _targets("Israeli troops arrested an Iranian cleric in the city.")
    assert not any(t and t.startswith("IRN") for t in opposed)
    assert any(t and t.startswith("IRN") for t in own)


@pytest.mark.parametrize("text, country", [
    # historical names in the places tables too (the event coder reads a place's country from them)
    ("Thai troops shelled a hilltop village in Kampuchea.", "KHM"),
    ("NATO aircraft bombed the Yugoslav state.", "YUG"),
    # controls: the current name, and a stance prefix before the old demonym
    ("Thai troops shelled a hilltop village in northern Cambodia.", "KHM"),
])
def test_old_names_as_targets(text: str, country: str) -> None:
    assert any(t and t.startswith(country) for t in _targets(text))


def test_old_demonym_after_stance_prefix() -> None:
    assert not any(t and t.startswith("YUG") for t in _targets("Police arrested anti-Yugoslav protesters."))


@pytest.mark.parametrize("text, start, end, label", [
    # a bare name the tagger took for an organisation, right after a person's title: a person
    ("Vice-President Otieno Kamau refused to resign on Monday.", 3, 5, "PERSON"),
    ("Judge Wanjiru Achieng Mbugua opened an inquiry.", 1, 4, "PERSON"),
    # controls: a body's type word in or after the name keeps it a body; no title before it neither
    ("Governor Kamau Electoral Commission opened an inquiry.", 1, 4, "NER_ORG"),
    ("Otieno Kamau Holdings opened an inquiry.", 0, 3, "NER_ORG"),
])
def test_titled_name_tagged_as_body(nlp, text: str, start: int, end: int, label: str) -> None:
    from spacy.tokens import Span

    from newsevents.actors.kb import load_kb
    from newsevents.actors.mentions import named_spans

    doc = nlp(text)
    doc.ents = [Span(doc, start, end, label="ORG")]
    found = {n.span.text: n.label for n in named_spans(doc, load_kb())}
    assert found.get(doc[start:end].text) == label, found


@pytest.mark.parametrize("text, mention, codes", [
    # the country a verb of leaving deals with, its "from" phrase hung by the parser on the verb's object
    ("Chile recalled its ambassador from Peru on Monday.", "Peru", ["PER"]),
    ("Norway withdrew its envoys from Ethiopia and Eritrea.", "Eritrea", ["ERI"]),
    # controls: an envoy's origin and a flight are places, not parties
    ("The ambassador from Peru arrived in Santiago on Monday.", "Peru", []),
    ("Thousands of villagers fled from Eritrea last week.", "Eritrea", []),
])
def test_a_country_left_is_a_party(nlp, text: str, mention: str, codes: list[str]) -> None:
    assert _codes(nlp, text, mention) == codes
