"""Classes of sentence structure the coder missed (session 11, found on the CAMEO codebook's examples
and on real news): a bound quantity as the object ("kidnapped up to 12 engineers"), an act of force
as the subject of its outcome ("Turkish drone strikes killed ..."), forces withdrawn in the passive,
a shelter's people as the target, and "resorted to <act>". Texts written for newsevents; each case
has a control where the rule must not fire."""

from __future__ import annotations

import pytest

from .helpers import coded_triples

ACTORS = [("Northern Front rebels", "MLIREB"), ("Ghanaian engineers", "GHACVL"), ("Mali", "MLI"),
          ("Ghana", "GHA"), ("Malian police", "MLICOP"), ("Ghanaian smugglers", "GHACRM"),
          ("Kurdish fighters", "KURREB"), ("Kurdish villagers", "KURCVL"), ("Turkish soldiers", "TURMIL"),
          ("Palestinians", "PSECVL"), ("Kenyan troops", "KENMIL"), ("Somalia", "SOM"),
          ("Ghanaian peacekeepers", "GHAMIL"), ("Ghanaian monitors", "GHAMIL"),
          ("Chadian rebels", "TCDREB"), ("Sudanese refugees", "SDNREF"), ("Sudanese army", "SDNMIL"),
          ("Hebron youths", "PSECVL"), ("Israeli soldiers", "ISRMIL")]


def triples(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return set(coded_triples(nlp, text, ACTORS))


@pytest.mark.parametrize("text, expected", [
    # "up to N" read by the parser as the verb's particle and preposition: the counted people are the object
    ("Northern Front rebels kidnapped up to 16 Ghanaian engineers.", ("MLIREB", "181", "GHACVL")),
    ("Malian police arrested up to 300 Ghanaian smugglers.", ("MLICOP", "173", "GHACRM")),
])
def test_a_bound_quantity_is_the_object(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_a_bound_quantity_is_no_target_and_needs_a_number(nlp):
    sent = triples(nlp, "Mali sent up to 400 troops to Ghana on Monday.")
    assert ("MLI", "150", "GHA") in sent
    assert not any(t and t.startswith("MLI") for _, _, t in sent)
    # "caught up to": no number, no object
    assert not any(c.startswith("17") for _, c, _ in triples(nlp, "Malian police caught up to the Ghanaian smugglers."))


@pytest.mark.parametrize("text, expected", [
    # the act of force that killed is the event, by its doer
    ("Turkish drone strikes killed at least nine Kurdish fighters in northern Iraq on Tuesday.",
     ("TUR", "195", "KURREB")),
    ("An Israeli air strike wounded three Palestinians in Rafah.", ("ISR", "195", "PSECVL")),
    ("Turkish shelling killed two Kurdish villagers on Monday.", ("TUR", "194", "KURCVL")),
])
def test_an_act_of_force_as_subject_of_its_outcome(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize("text, code", [
    ("Turkish soldiers killed nine Kurdish fighters on Tuesday.", "190"),  # no act noun: the verb's code
    ("A Turkish bombing killed two Kurdish villagers on Monday.", "183"),  # a bombing is no act of military force
])
def test_a_doer_or_other_act_keeps_the_verbs_code(nlp, text, code):
    assert code in {c for _, c, _ in triples(nlp, text)}
    assert not any(c.startswith(("194", "195")) for _, c, _ in triples(nlp, text))


def test_a_feared_strike_is_no_event(nlp):
    assert not triples(nlp, "Officials feared that Turkish drone strikes had killed nine Kurdish villagers.")


@pytest.mark.parametrize("text, expected", [
    # forces withdrawn in the passive: their own side withdrew them
    ("Kenyan troops were withdrawn from Somalia on Monday.", ("KENMIL", "087", "SOM")),
    ("Ghanaian peacekeepers were pulled out of Mali last week.", ("GHAMIL", "1661", "MLI")),
])
def test_forces_withdrawn_in_the_passive(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_forces_expelled_are_not_the_source(nlp):
    sent = triples(nlp, "Ghanaian monitors were expelled from Mali on Monday.")
    assert not any(s and s.startswith("GHA") for s, _, _ in sent)


def test_an_attack_on_a_shelter_is_on_its_people(nlp):
    assert ("TCDREB", "180", "SDNREF") in triples(nlp, "A camp for Sudanese refugees was attacked by Chadian rebels.")
    # a camp with no people named for it is the army's: no attack on civilians
    sent = triples(nlp, "Chadian rebels attacked a Sudanese army camp near the border.")
    assert not any(c.startswith("180") for _, c, _ in sent)


def test_resorted_to_an_act_is_that_act(nlp):
    text = "Hebron youths resorted to throwing stones at Israeli soldiers, officials said."
    assert ("PSECVL", "145", "ISRMIL") in triples(nlp, text)
    # feared, not done
    assert not triples(nlp, "Officials feared that Hebron youths would resort to throwing stones at Israeli soldiers.")


def test_a_doubtful_act_of_force_is_no_doer(nlp):
    assert ("TUR", "195", "KURREB") in triples(nlp, "A Turkish drone strike killed nine Kurdish fighters on Tuesday.")
    assert not triples(nlp, "A suspected Turkish drone strike killed nine Kurdish fighters on Tuesday.")
    assert not triples(nlp, "An alleged Turkish raid killed two Kurdish villagers on Monday.")


@pytest.mark.parametrize("text, expected", [
    # the target preposition repeated in coordination: both objects are targets
    ("Egypt held talks with Sudan and with Ethiopia on Monday.", {("EGY", "040", "SDN"), ("EGY", "040", "ETH")}),
    ("China imposed sanctions on Lithuania and on Taiwan.", {("CHN", "163", "LTU"), ("CHN", "163", "TWN")}),
])
def test_a_conjoined_target_preposition(nlp, text, expected):
    sides = [("Egypt", "EGY"), ("Sudan", "SDN"), ("Ethiopia", "ETH"), ("China", "CHN"), ("Lithuania", "LTU"),
             ("Taiwan", "TWN")]
    assert expected <= set(coded_triples(nlp, text, sides))


def test_another_conjoined_preposition_is_no_target(nlp):
    sides = [("Russia", "RUS"), ("Ukraine", "UKR"), ("Belarus", "BLR")]
    found = set(coded_triples(nlp, "Russia launched strikes against Ukraine and from Belarus.", sides))
    assert ("RUS", "190", "UKR") in found
    assert not any(t == "BLR" for _, _, t in found)


def test_an_act_of_force_that_left_people_dead(nlp):
    assert ("ISR", "195", "PSECVL") in triples(nlp, "An Israeli air strike left three Palestinians dead.")
    # no state of harm: no one was struck
    assert not triples(nlp, "An Israeli air strike left three Palestinians homeless.")
