"""Sides of events that belong to a named group or bloc, not to the country the story names most
(actors/pronouns.py, actors/organizations.py, actors/resolve.py).

The sentences are written for these tests; none is taken from a gold, benchmark or news article.
"""

from __future__ import annotations

import pytest

from newsevents.actors import resolve_actors
from newsevents.model import Article

from .test_shared_roles import _code_of

pytestmark = pytest.mark.slow

_WAR = ("Kenyan jets bombed camps in the south on Monday, the Kenyan army said. Kenya said it would keep up the "
        "raids, and Kenyan officials promised more. ")


@pytest.mark.parametrize("last, mention, code", [
    # a named armed group's "its fighters" are the group, not the state it fights that leads the story
    ("Al-Shabaab said nine of its fighters died in the raids.", "fighters", "SOMREB"),
    ("Al-Shabaab said its militants had shot down a drone.", "militants", "SOMREB"),
    # ... also after a description whose apposition names the group, and with "of" the group
    ("The group's armed wing, Al-Shabaab, said its fighters held the town.", "fighters", "SOMREB"),
    ("The jets killed four militants of the Islamist Al-Shabaab movement near the town.", "four militants", "SOMREB"),
    # controls: a state's "its troops" stay its own forces; fighters of no named owner keep the story's guess
    ("Kenya said that its troops had crossed the border.", "troops", "KENMIL"),
    ("Nine fighters died in the raids, the army said.", "fighters", "KENREB"),
    ("The jets killed four militants of the region near the town.", "four militants", "KENREB"),
    # a demonym on an edge noun names the neighbour across it, not the clause's own actors
    ("Gunmen ambushed a police patrol near the Somali border on Tuesday.", "police", "KENCOP"),
    # controls: the edge noun modifying the actor noun, and a demonym on the actor itself, keep their country
    ("Somali border police ambushed the gunmen on Tuesday.", "Somali border police", "SOMCOP"),
    ("Gunmen ambushed Somali police near the town on Tuesday.", "Somali police", "SOMCOP"),
])
def test_group_members_and_border_demonyms_in_a_war_story(nlp, last, mention, code) -> None:
    assert _code_of(nlp, _WAR + last, mention) == code


_TRADE = "Armenia and Kazakhstan signed new trade deals on Monday, Armenian officials said. Armenia hopes for more. "


@pytest.mark.parametrize("last, mention, code", [
    # a union of states named by its economic purpose is a bloc (an IGO), not a trade union (LAB)
    ("The Eurasian Customs Union criticized Georgia over its tariffs.", "The Eurasian Customs Union", "IGO"),
    ("The Customs Union later warned Georgia over tariffs.", "The Customs Union", "IGO"),
    # controls: a workers' union named by its trade stays labour
    ("The Armenian Union of Miners criticized Georgia over its tariffs.", "The Armenian Union of Miners", "ARMLAB"),
    ("The Mineworkers Union criticized the mine owners.", "The Mineworkers Union", "LAB"),
])
def test_a_union_of_states_is_a_bloc(nlp, last, mention, code) -> None:
    assert _code_of(nlp, _TRADE + last, mention) == code


_SANCTIONS = ("Kenya imposed new travel bans on Monday, Kenyan officials said. Kenya said it would keep up the "
              "pressure, and Kenyan ministers agreed. ")


@pytest.mark.parametrize("last, code", [
    # people counted with an inclusion of another country's people are of several countries: no single actor
    ("Kenya barred dozens of people over abuses, including Ugandan officers.", None),
    ("Kenya froze the assets of 12 people, including two Somali bankers.", None),
    # controls: an inclusion of the story's own people, or of no country, keeps the story's country
    ("Police arrested 30 people, including several Kenyans, after the march.", "KENCVL"),
    ("Kenya barred 14 people, including relatives of the ministers, from travel.", "KENCVL"),
])
def test_people_with_an_inclusion_of_other_countries_get_no_country(nlp, last, code) -> None:
    text = _SANCTIONS + last
    actors = resolve_actors(nlp(text), Article(id="t", text=text, published="2023-10-16"))
    found = [a.code for a in actors if any(m.text.endswith("people") for m in a.mentions)]
    assert (found[0] if found else None) == code


_ISLAND = ("Uganda has rejected Kenya's claims over the island. Ugandan officials said Ugandan police would stay on "
           "the island despite Kenyan protests, and Uganda's president backed them. ")


@pytest.mark.parametrize("last, code", [
    # a titled person of no written country who deals with an envoy of the story's leading country is not of it
    ("Foreign Minister Tom Wekesa summoned Ugandan Ambassador Peter Okello on Tuesday.", "KENGOV"),
    ("Ugandan Ambassador Peter Okello was called in. Deputy Minister Tom Wekesa lodged a protest with the "
     "ambassador.", "KENGOV"),
    # controls: no envoy, or an envoy of another country, leaves the story's guess
    ("Foreign Minister Tom Wekesa praised the police on Tuesday.", "UGAGOV"),
    ("Foreign Minister Tom Wekesa summoned Kenyan Ambassador Jane Achieng on Tuesday.", "UGAGOV"),
])
def test_an_official_dealing_with_an_envoy_is_not_of_the_envoys_country(nlp, last, code) -> None:
    assert _code_of(nlp, _ISLAND + last, "Tom Wekesa") == code

