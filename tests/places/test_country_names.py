"""Country names as places: every name the actors stage knows for a country is a place of that same country.

A country the place gazetteer lacked ("Bosnia", "Yugoslavia") was an unknown name, placed in the country of
the article's actors ("peacekeepers arrived in Bosnia, a US official said" put Bosnia in the USA), and a
place that stands for its state ("sanctions on Yugoslavia") named a different state than the word as a doer
when the two stages disagreed (the Soviet Union was RUS as a place, SUN as an actor).
"""

from __future__ import annotations

import csv

import pytest

from newsevents.model import Actor, Article, Mention
from newsevents.places import extract_places, load_gazetteer
from newsevents.resources import data_path

# Names of the actors' country list that are no country-level place on purpose: a territory or a city
# kind of their own, and words that are too common to be read as a place alone.
NOT_COUNTRY_PLACES = {"Hong Kong", "Vatican City", "the States", "Saudi"}


def _actor_country_names() -> list[tuple[str, str]]:
    with data_path("actors", "countries.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [(name, row["iso3"]) for row in rows for name in [row["name"], *row["aliases"].split("|")]
            if name and name not in NOT_COUNTRY_PLACES]


def test_every_actor_country_name_is_a_place_of_the_same_country() -> None:
    gaz = load_gazetteer()
    wrong = {name: (found.country, found.kind) if (found := gaz.lookup(name)) else None
             for name, iso3 in _actor_country_names()
             if not ((found := gaz.lookup(name)) and found.country == iso3 and found.kind == "country")}
    assert wrong == {}


@pytest.mark.parametrize("name, country", [
    ("Bosnia", "BIH"), ("Bosnia-Herzegovina", "BIH"), ("Herzegovina", "BIH"), ("Yugoslavia", "YUG"),
    ("the Soviet Union", "SUN"), ("USSR", "SUN"), ("Czechoslovakia", "CSK"), ("East Germany", "DDR"),
    ("West Germany", "DEU"), ("Swaziland", "SWZ"), ("East Timor", "TLS"), ("Timor-Leste", "TLS"),
    ("Zaire", "COD"), ("Burma", "MMR"), ("Serbia and Montenegro", "SCG"), ("Ivory Coast", "CIV"),
    ("Côte d'Ivoire", "CIV"), ("Macedonia", "MKD"),
])
def test_country_names_of_1980_to_2024(name: str, country: str) -> None:
    found = load_gazetteer().lookup(name)
    assert found is not None and found.country == country


def test_a_dissolved_state_is_a_place_at_no_point() -> None:
    """The Soviet Union is no point on a map of today: its place names the state, with no centroid."""
    found = load_gazetteer().lookup("Soviet Union")
    assert found is not None and found.kind == "country" and found.lat is None


def _places(nlp, text: str, speaker: str, code: str) -> list[tuple[str, str | None]]:
    start = text.index(speaker)
    actor = Actor(id="A1", article_id="t", name=speaker, kind="person", code=code, country=code[:3],
                  mentions=[Mention(text=speaker, start=start, end=start + len(speaker))])
    doc = nlp(text)
    return [(p.text, p.country) for p in extract_places(doc, Article(id="t", text=text), [actor])]


@pytest.mark.parametrize("text, speaker, code, exp", [
    # a country named as the place of an event is that country, not the speaker's
    ("Dutch troops patrolled the roads in Bosnia, envoy John Smith said.", "John Smith", "USAGOV",
     [("Bosnia", "BIH")]),
    ("The convoy crossed into Yugoslavia on Monday, minister Jan Novak said.", "Jan Novak", "CZEGOV",
     [("Yugoslavia", "YUG")]),
    ("Refugees returned to East Timor last week, aide Ana Cruz said.", "Ana Cruz", "PRTGOV",
     [("East Timor", "TLS")]),
    # control: a name no gazetteer knows still takes the country of the article's actors
    ("Dutch troops patrolled the roads in Qwertyvale, envoy John Smith said.", "John Smith", "USAGOV",
     [("Qwertyvale", "USA")]),
    # control: a nationality word is no place
    ("Bosnian troops patrolled the roads, envoy John Smith said.", "John Smith", "USAGOV", []),
])
def test_a_country_is_not_placed_in_the_speakers_country(nlp, text, speaker, code, exp) -> None:
    assert _places(nlp, text, speaker, code) == exp
