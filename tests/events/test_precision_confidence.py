"""Confidence factors for sides the coder cannot vouch for (events/confidence.py): a side with a
role and no country, and a source and target that are one side (same country and role).

Texts are written for these tests; none is taken from a gold, benchmark or searched article.
"""

from __future__ import annotations

from newsevents.events import code_events
from newsevents.events.actor_index import Arg
from newsevents.events.confidence import countryless, same_side
from newsevents.model import Actor, Article, Mention

from .helpers import make_actors

TRANSNATIONAL = ("IGO", "IMG", "NGO", "MNC")


def _arg(code: str | None, country: str | None) -> Arg:
    return Arg(Actor(id="A1", article_id="t", name="x", kind="organization", country=country, code=code), 0, "subj")


def test_countryless_is_a_role_without_a_country():
    assert countryless(_arg("GOV", None), TRANSNATIONAL)
    assert countryless(_arg(None, None), TRANSNATIONAL)
    assert not countryless(_arg("KENGOV", "KEN"), TRANSNATIONAL)
    assert not countryless(_arg("IGOUNO", None), TRANSNATIONAL)  # international bodies carry no country
    assert not countryless(None, TRANSNATIONAL)  # a missing side has its own factor


def test_rights_groups_carry_no_country_by_design():
    # the shipped factors: the actors stage leaves a rights group's country out unless written
    from newsevents.events.lexicon import load_lexicon

    shipped = tuple(load_lexicon().modality["confidence"]["transnational_prefixes"])
    assert not countryless(_arg("HRI", None), shipped)
    assert countryless(_arg("COP", None), shipped)


def test_same_side_is_one_country_and_role():
    assert same_side(_arg("PERGOV", "PER"), _arg("PERGOV", "PER"))
    assert same_side(_arg("PERGOV", "PER"), _arg("PER", "PER"))
    assert not same_side(_arg("PERCOP", "PER"), _arg("PEROPP", "PER"))  # police against protesters
    assert not same_side(_arg("PERGOV", "PER"), _arg("CHLGOV", "CHL"))
    assert not same_side(_arg("PERGOV", "PER"), None)


def _coded(nlp, text: str, actors: list[Actor]):
    article = Article(id="t", text=text, published="2024-03-05")
    return code_events(nlp(text), article, actors, [], [])


def test_countryless_source_halves_the_confidence(nlp):
    text = "The council condemned the Kenyan minister."
    minister = make_actors(text, [("Kenyan minister", "KENGOV")])[0]
    start = text.index("council")
    named = Actor(id="A2", article_id="t", name="council", kind="organization", country="UGA", code="UGAGOV",
                  mentions=[Mention("council", start, start + 7, "fixture")])
    bare = Actor(id="A2", article_id="t", name="council", kind="organization", country=None, code="GOV",
                 mentions=[Mention("council", start, start + 7, "fixture")])
    with_country = _coded(nlp, text, [named, minister])
    without = _coded(nlp, text, [bare, minister])
    assert with_country and without
    assert without[0].confidence < 0.6 * with_country[0].confidence


def test_one_side_twice_costs_confidence(nlp):
    text = "The Peruvian minister met the Peruvian ambassador in Lima."
    apart = _coded(nlp, text, make_actors(text, [("Peruvian minister", "PERGOV"), ("Peruvian ambassador", "CHLGOV")]))
    # two actors of one code are merged by the actors stage, so "one side twice" shows as a role
    # and its bare country
    twice = _coded(nlp, text, make_actors(text, [("Peruvian minister", "PERGOV"), ("Peruvian ambassador", "PER")]))
    assert apart and twice
    assert twice[0].confidence < 0.8 * apart[0].confidence


def test_a_reported_will_or_would_is_less_sure_than_a_stated_threat(nlp):
    """"Officials said Belarus would attack Lithuania" may be the officials' prediction: a threat read
    from the modal of a reported clause gets a lower confidence than one stated by its maker."""
    def conf(text):
        actors = make_actors(text, [("Latvian officials", "LVAGOV"), ("Belarus", "BLR"), ("Lithuania", "LTU")])
        art = Article(id="t", text=text, published="2024-03-05")
        return [e.confidence for e in code_events(nlp(text), art, actors, [], []) if e.cameo.startswith("13")]

    reported = conf("Latvian officials said Belarus would attack Lithuania.")
    stated = conf("Belarus threatened to attack Lithuania.")
    assert reported and stated and max(reported) < 0.8 <= max(stated)


def _bare(name: str, text: str, code: str, actor_id: str) -> Actor:
    start = text.index(name)
    return Actor(id=actor_id, article_id="t", name=name, kind="group", country=None, code=code,
                 mentions=[Mention(name, start, start + len(name), "fixture")])


def test_an_event_no_side_of_which_has_a_country_is_not_coded(nlp):
    """"Police beat the protesters" with neither side placed (COP -> OPP) is a dyad no one can count
    for a country: it is left out, while one placed side or an international body keeps it."""
    text = "Riot police beat the protesters outside the court."
    police, crowd = _bare("Riot police", text, "COP", "A1"), _bare("protesters", text, "OPP", "A2")
    assert not _coded(nlp, text, [police, crowd])
    placed = Actor(id="A1", article_id="t", name="Riot police", kind="group", country="GEO", code="GEOCOP",
                   mentions=police.mentions)
    assert [e.cameo[:2] for e in _coded(nlp, text, [placed, crowd])] == ["18"]
    text = "UN peacekeepers beat the protesters outside the court."
    blue = Actor(id="A1", article_id="t", name="UN peacekeepers", kind="organization", country=None, code="IGOUNO",
                 mentions=[Mention("UN peacekeepers", 0, 15, "fixture")])
    assert [e.cameo[:2] for e in _coded(nlp, text, [blue, _bare("protesters", text, "OPP", "A2")])] == ["18"]


def test_the_anchor_rule_is_data():
    from newsevents.events.confidence import anchored

    bare = _arg("COP", None)
    assert not anchored(bare, _arg("OPP", None), {})
    assert anchored(bare, _arg("OPP", None), {"confidence": {"require_anchor": False}})
    assert anchored(bare, _arg("GEOOPP", "GEO"), {})
    assert not anchored(None, None, {})
