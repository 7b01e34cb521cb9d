"""Classes of conflictual news text (CAMEO roots 10-20) found missing from the codebook's examples.

Each case is a sentence written for newsevents, with a control where the class must not fire; the
actors are given (helpers.make_actors), so that the test is of the coder alone.
"""

from __future__ import annotations

import pytest

from .helpers import coded_triples

ACTORS = [("The rebels", "AGOREB"), ("UN", "IGOUNO"), ("Serbia", "SRB"), ("NATO", "IGOWSTNAT"),
          ("The army", "SRBMIL"), ("Croatian", "HRV")]


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a side refused leave to come in, land or cross is a refusal to yield (124, Phoenix ALLOW &AIRCRAFT [080])
    ("The rebels refused to allow UN aircraft to land at the airstrip.", ("AGOREB", "124", "IGOUNO"), None),
    ("Serbia will not allow NATO troops to enter its territory.", ("SRB", "124", "IGOWSTNAT"), None),
    ("Serbia allowed NATO troops to cross its territory.", ("SRB", "080", "IGOWSTNAT"), None),
    # controls: what is not let in is no passage ("allow X to speak"), and a refusal to allow nothing named
    ("Serbia refused to allow NATO officials to speak at the meeting.", None, ("SRB", "124", "IGOWSTNAT")),
    ("Serbia did not allow NATO troops to enter its territory.", None, ("SRB", "080", "IGOWSTNAT")),
])
def test_refused_passage(nlp, text, wanted, unwanted):
    found = coded_triples(nlp, text, ACTORS)
    assert (wanted is None or wanted in found) and unwanted not in found, found


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a decree that names no one it covers is laid on the decreeing state's own people (sides.domestic_rule)
    ("The Thai army imposed martial law on Tuesday.", ("THAMIL", "1724", "THA"), ("THAMIL", "1724", None)),
    ("The Thai government said it was prepared to impose martial law.", ("THAGOV", "1324", "THA"), None),
    ("The Thai government imposed a curfew.", ("THAGOV", "1723", "THA"), None),
    # controls: a law that is not martial law is no decree of emergency; a body that is no state lays a
    # curfew on no people of its own
    ("The Thai government imposed a new tax law.", None, ("THAGOV", "1724", "THA")),
    ("UN peacekeepers imposed a curfew on Tuesday.", None, ("IGOUNO", "1723", "IGO")),
])
def test_decree_on_own_people(nlp, text, wanted, unwanted):
    found = coded_triples(nlp, text, [("The Thai army", "THAMIL"), ("The Thai government", "THAGOV"),
                                      ("it", "THAGOV"), ("UN peacekeepers", "IGOUNO")])
    assert (wanted is None or wanted in found) and unwanted not in found, found


@pytest.mark.parametrize("text, wanted, unwanted", [
    # the subject of "were engaged in" (parsed as a passive) does what the "in" phrase names
    ("Kenyan troops were engaged in attacks against the Somali militants.", ("KENMIL", "190", "SOMREB"),
     (None, "190", "KENMIL")),
    ("Kenyan troops were engaged in ethnic cleansing against the Somali minority.", ("KENMIL", "203", "SOM"), None),
    # ... and the verb's phrases are the noun's: here the parser hangs "against" on "engaged"
    ("Kenyan troops were engaged in ethnic cleansing in the region against the Somali minority.",
     ("KENMIL", "203", "SOM"), None),
    # controls: the subject of "killed in an attack" suffered it; "engaged the militants" is still combat
    ("Kenyan troops were killed in an attack on their base.", None, ("KENMIL", "190", None)),
    ("Kenyan troops engaged the Somali militants near the border.", ("KENMIL", "190", "SOMREB"), None),
])
def test_engaged_in(nlp, text, wanted, unwanted):
    found = coded_triples(nlp, text, [("Kenyan troops", "KENMIL"), ("Somali militants", "SOMREB"),
                                      ("Somali minority", "SOM")])
    assert (wanted is None or wanted in found) and unwanted not in found, found


@pytest.mark.parametrize("text, wanted, unwanted", [
    # the "by" phrase on an act the protest is against is that act's doer, not the protesters
    ("Palestinian youths threw stones during demonstrations against violations by the Israeli army.",
     ("PSECVL", "140", "ISRMIL"), ("ISRMIL", "140", "ISRMIL")),
    ("Kenyan students protested against the decision by the Kenyan government.", None, ("KENGOV", "140", None)),
    # control: on a person or a place the "by" phrase still names the doer of the noun's act
    ("The arrest of the Kenyan reporter by Kenyan police drew wide condemnation.", ("KENCOP", "173", "KENMED"), None),
])
def test_by_phrase_of_the_protested_act(nlp, text, wanted, unwanted):
    found = coded_triples(nlp, text, [("Palestinian youths", "PSECVL"), ("Israeli army", "ISRMIL"),
                                      ("Kenyan students", "KENEDU"), ("Kenyan government", "KENGOV"),
                                      ("Kenyan reporter", "KENMED"), ("Kenyan police", "KENCOP")])
    assert (wanted is None or wanted in found) and unwanted not in found, found


def _pipeline_triples(text: str) -> list[tuple[str | None, str, str | None]]:
    from newsevents.pipeline import process_text

    return [(e.source_code, e.cameo, e.target_code) for e in process_text(text).events]


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a crowd with no name protests where the place phrase says, also when the parser hangs it on the
    # object ("blocked roads in Nairobi"), and in a sentence that names no actor at all; a count of people
    # is the country's civilians (events/crowds.py)
    ("Thousands of people blocked roads in Nairobi on Monday.", ("KENCVL", "144", "KENGOV"), None),
    ("Kenyan riots against the new tax law went on for a third day.", ("KEN", "145", None), None),
    # controls: a road blocked by floods or a landslide is no protest
    ("Floods blocked roads in Nairobi on Monday.", None, ("KEN", "144", None)),
    ("A landslide blocked the main highway in Nepal.", None, ("NPL", "144", None)),
])
@pytest.mark.slow  # the whole pipeline: the places stage locates the crowd
def test_unnamed_crowd_protest(text, wanted, unwanted):
    found = _pipeline_triples(text)
    assert (wanted is None or wanted in found) and unwanted not in found, found


@pytest.mark.parametrize("text, wanted, unwanted", [
    # mediation halted among three or more sides names them as "between" does (165)
    ("The European Union ended its mediation among Serbia, Croatia and Bosnia.", ("IGOEUREEC", "165", "HRV"), None),
    # control: what is ended among them is no mediation
    ("The European Union ended the fighting among Serbia, Croatia and Bosnia.", None, ("IGOEUREEC", "165", "HRV")),
])
def test_mediation_halted_among(nlp, text, wanted, unwanted):
    found = coded_triples(nlp, text, [("European Union", "IGOEUREEC"), ("Serbia", "SRB"), ("Croatia", "HRV"),
                                      ("Bosnia", "BIH")])
    assert (wanted is None or wanted in found) and unwanted not in found, found
