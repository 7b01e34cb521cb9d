"""Classes of news text where a place or a country of origin stands for the target state: goods from a
country under a sanction, an embargo or a ban ("lifted sanctions against gold from X"), a group banned
where a place name puts it ("outlawed the organization in X"), each with a control that must stay
uncoded or coded otherwise: data in lexicon/nouns.yaml (from_author_nouns), senses.yaml (traded_goods),
verbs.yaml and modality.yaml (located_group_codes).

Texts are written for these tests; none is taken from a gold, benchmark, codebook or searched article.
"""

from __future__ import annotations

import pytest

from .helpers import coded_triples, make_actors


@pytest.mark.parametrize("text, source, code, target", [
    ("Norway lifted its sanctions against timber from Myanmar.", ("Norway", "NOR"), "085", "MMR"),
    ("Canada eased sanctions on oil from Venezuela on Tuesday.", ("Canada", "CAN"), "085", "VEN"),
    ("Japan banned imports from North Korea on Friday.", ("Japan", "JPN"), "163", "PRK"),
    ("Brazil has prohibited all shipments of beef products from Argentina.", ("Brazil", "BRA"), "163", "ARG"),
])
def test_goods_from_a_country_stand_for_it(nlp, text, source, code, target):
    """CAMEO 163 (impose embargo, boycott or sanctions) and 085 (ease them) are done to the country whose
    goods they bar: "from X" after a word for goods or trade names it, as "Burmese timber" would. A ban
    on goods is an embargo (Phoenix BAN (ON IMPORT) 163), not a restriction on rights (172)."""
    found = coded_triples(nlp, text, [source])
    assert (source[1], code, target) in found, found
    assert not [c for c in found if c[1].startswith("172")], found


@pytest.mark.parametrize("text", [
    "Imports from China rose sharply in May.",              # trade reported, no act on anyone
    "Japan banned imports from the region after the spill.",  # no country named
    "Japan banned the rally outside parliament.",           # a ban on a rally: no goods, no target
])
def test_goods_without_a_sanction_or_a_country_are_not_163(nlp, text):
    found = coded_triples(nlp, text, [("Japan", "JPN")])
    assert not [c for c in found if c[1][:2] in ("16", "08") and c[2]], found


def _coded_with_places(nlp, text: str, actors, places: list[tuple[str, ...]]) -> list[tuple]:
    """(source, code, target) of the events of ``text`` with these actors and places (surface, country and
    optionally the gazetteer kind, "city" when not given)."""
    import re

    from newsevents.events import code_events
    from newsevents.model import Place

    from .helpers import make_article

    found = [Place(p[0], m.start(), m.end(), country=p[1], kind=p[2] if len(p) > 2 else "city", article_id="t")
             for p in places for m in re.finditer(rf"(?<!\w){re.escape(p[0])}(?!\w)", text)]
    events = code_events(nlp(text), make_article(text), actors, [], found)
    return [(e.source_code, e.cameo, e.target_code) for e in events]


def _government_as_country(text: str, surface: str, iso: str):
    """The actors stage's reading of "the Kenyan government": a country-kind actor coded as its government."""
    from .helpers import make_actors

    actors = make_actors(text, [(surface, f"{iso}GOV")])
    for actor in actors:
        actor.kind, actor.country = "country", iso
    return actors


@pytest.mark.parametrize("text, surface, iso, place", [
    ("The Kenyan government outlawed a separatist group in Mombasa on Friday.", "The Kenyan government", "KEN",
     "Mombasa"),
    ("The interior ministry banned three Islamist associations in Sfax last week.", "The interior ministry", "TUN",
     "Sfax"),
])
def test_a_group_banned_where_it_is_is_its_country(nlp, text, surface, iso, place):
    """CAMEO 1721 (restrictions on political freedoms; the codebook's example outlaws an extremist organization;
    Phoenix PROHIBIT: BAN, OUTLAW, PROSCRIBE): a group banned or outlawed is coded by its country, which the
    place of the group names (modality located_group_codes); on the state's own ground, its people
    (domestic_rule_codes), never the government that bans, even when the article's government actor is the
    country's."""
    found = _coded_with_places(nlp, text, _government_as_country(text, surface, iso), [(place, iso)])
    assert (f"{iso}GOV", "1721", iso) in found, found


@pytest.mark.parametrize("text", [
    "The Kenyan government banned a concert in Mombasa on Friday.",    # a gathering, not a group
    "The Kenyan government outlawed the separatist group in 2019.",    # no place names whose group
    "The Kenyan government praised a separatist group in Mombasa.",    # no ban
])
def test_no_group_or_no_place_gives_no_located_ban(nlp, text):
    found = _coded_with_places(nlp, text, _government_as_country(text, "The Kenyan government", "KEN"),
                               [("Mombasa", "KEN")])
    assert not [c for c in found if c[1].startswith("172") and c[2] == "KEN"], found


KEN_SOM = [("Kenya", "KEN"), ("Somali refugees", "SOMREF"), ("Somali rebels", "SOMREB")]


@pytest.mark.parametrize("text, expected", [
    ("Kenya allowed Somali refugees who had fled to Dadaab in 2011 to return home.", ("KEN", "0833", "SOMREF")),
    ("Kenya will allow Somali refugees who have lived in camps for a decade to return home.",
     ("KEN", "0343", "SOMREF")),
    ("Kenya urged Somali rebels who seized the town last week to withdraw.", ("KEN", "0256", "SOMREB")),
])
def test_the_infinitive_after_a_relative_clause_of_the_object_is_the_verbs(nlp, text, expected):
    """The parser hangs the object's to-infinitive on the verb of a relative clause on the object
    ("allow refugees who have lived in X for years | to return"): an object-control verb takes it as its own
    (relations.dependents), so the codebook's 0833 usage note ("allowing repatriation of refugees") and
    0256 (asking for a withdrawal) are read through the clause."""
    found = coded_triples(nlp, text, KEN_SOM)
    assert expected in found, found


@pytest.mark.parametrize("text, code", [
    ("Kenya allowed Somali refugees who came to work in Nairobi.", "0833"),   # the clause's own purpose
    ("Kenya housed Somali refugees who had fled to Dadaab in 2011 to escape the war.", "0833"),  # no control verb
    ("Kenya urged Somali rebels who wanted to withdraw.", "0256"),            # the clause verb's own complement
])
def test_a_relative_clause_keeps_its_own_infinitive(nlp, text, code):
    found = coded_triples(nlp, text, KEN_SOM)
    assert not [c for c in found if c[1] == code], found


@pytest.mark.parametrize("text, pair, place, expected", [
    ("Maoist rebels blew up a power line leading into Raipur on Sunday.", ("Maoist rebels", "INDREB"),
     ("Raipur", "IND"), ("INDREB", "1712", "IND")),
    ("Insurgents blew up a gas pipeline running through Kirkuk province.", ("Insurgents", "IRQINS"),
     ("Kirkuk", "IRQ"), ("IRQINS", "1712", "IRQ")),
])
def test_an_installation_placed_by_its_participle_is_its_countrys(nlp, text, pair, place, expected):
    """CAMEO 1712 (destroy property; Phoenix BLEW_UP PIPELINE) is done to the country whose installation it
    is: a participle that places it ("lines leading into X", "a pipeline running through Y") puts it there, as
    an "in" phrase does (ActorIndex.located)."""
    found = _coded_with_places(nlp, text, make_actors(text, [pair]), [place])
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "Maoist rebels blew up a power line built by the state company in 2010.",  # no place
    "Maoist rebels blew up a power line that villagers from Raipur used.",   # a relative clause: not where it is
])
def test_an_installation_not_placed_names_no_country(nlp, text):
    found = _coded_with_places(nlp, text, make_actors(text, [("Maoist rebels", "INDREB")]), [("Raipur", "IND")])
    assert not [c for c in found if c[1] == "1712" and c[2]], found


@pytest.mark.parametrize("text, pair, place, expected", [
    ("Russian troops were on high alert in Crimea on Sunday.", ("Russian troops", "RUSMIL"),
     ("Crimea", "UKR", "region"),
     ("RUSMIL", "152", "UKR")),
    ("Turkish forces remained on alert in northern Syria after the raids.", ("Turkish forces", "TURMIL"),
     ("Syria", "SYR"), ("TURMIL", "152", "SYR")),
])
def test_forces_on_alert_in_another_country_are_against_it(nlp, text, pair, place, expected):
    """CAMEO 152 (increase military alert status): "the party against whom the military move is directed is
    the target actor"; the place where forces are on alert names it (verbs.yaml "remain on {alert} in _")."""
    found = _coded_with_places(nlp, text, make_actors(text, [pair]), [place])
    assert expected in found, found


@pytest.mark.parametrize("text, place", [
    ("Russian troops were on high alert in Rostov on Sunday.", ("Rostov", "RUS")),   # their own ground
    ("Russian troops were on high alert in response to the drills.", ("Rostov", "RUS")),  # no place
])
def test_forces_on_alert_at_home_name_no_target(nlp, text, place):
    found = _coded_with_places(nlp, text, make_actors(text, [("Russian troops", "RUSMIL")]), [place])
    assert not [c for c in found if c[1] == "152" and c[2]], found
