"""Coordinates and geo precision: the combined gazetteer on its own, and through the places stage."""

from __future__ import annotations

from collections import Counter

import pytest

from newsevents.model import Actor, Article
from newsevents.places import extract_places
from newsevents.places.gazetteer import load_gazetteer, precision_of


@pytest.mark.parametrize("name, country, precision, lat, lon", [
    ("Kenya", "KEN", "country", (-5, 5), (33, 42)),          # a country: its centroid
    ("Bavaria", "DEU", "admin1", (47, 51), (9, 14)),          # a first-level region abroad: its centroid
    ("California", "USA", "admin1", (32, 42), (-125, -114)),  # a US state
    ("Nairobi", "KEN", "city", (-2, -1), (36, 37)),           # a city: its point
    ("Kandahar", "AFG", "city", (31, 32), (65, 66)),          # listed as "Kandahār": marks fold away
    ("Gaza Strip", "PSE", "admin1", (31, 32), (34, 35)),      # the project's own list
    ("Washington", "USA", "city", (38, 39), (-78, -76)),      # bare, the capital, not the state
])
def test_every_resolved_place_has_a_point_and_a_precision(name, country, precision, lat, lon) -> None:
    found = load_gazetteer().lookup(name)
    assert found is not None and found.country == country and found.precision == precision
    assert lat[0] < found.lat < lat[1] and lon[0] < found.lon < lon[1]


def test_precision_of_kinds() -> None:
    assert [precision_of(k) for k in ("country", "territory", "inferred", "admin1", "region", "city", "town")] == [
        "country", "country", "country", "admin1", "admin1", "city", "city"]
    assert precision_of("sea") is None and precision_of(None) is None


def test_adm1_codes_are_gdelts_where_geonames_uses_fips() -> None:
    gaz = load_gazetteer()
    assert gaz.lookup("Nairobi").adm1 == "KE05" and gaz.lookup("California").adm1 == "USCA"
    assert gaz.lookup("Birmingham").adm1 is None  # GeoNames' "ENG" is no FIPS code


def test_a_small_town_only_in_a_country_the_article_names() -> None:
    gaz = load_gazetteer()
    # too small for the city list; found among the towns of a country the article is about
    town = gaz.resolve("Palm Beach", Counter({"USA": 2}))
    assert town is not None and town.country == "USA" and town.precision == "city"
    # a world city is not displaced by a small namesake in the article's country
    assert gaz.resolve("Paris", Counter({"USA": 3})).country == "FRA"
    # a country name stays the country
    assert gaz.resolve("Georgia", Counter({"USA": 3})).kind == "country"


def _geo(nlp, text):
    doc = nlp(text)
    return {p.text: (p.country, p.kind, p.precision, p.lat is not None)
            for p in extract_places(doc, Article(id="t", text=text), [])}


def test_places_carry_precision_through_the_stage(nlp) -> None:
    found = _geo(nlp, "Protesters marched in Mombasa and in Bavaria, and troops stayed in Kenya.")
    assert found["Mombasa"] == ("KEN", "city", "city", True)
    assert found["Bavaria"] == ("DEU", "admin1", "admin1", True)
    assert found["Kenya"] == ("KEN", "country", "country", True)


def test_an_unknown_place_sits_at_its_countrys_centroid(nlp) -> None:
    found = _geo(nlp, "Soldiers were ambushed near Qarqalabad village in Afghanistan.")
    unknown = next(v for k, v in found.items() if k.startswith("Qarqalabad"))
    assert unknown == ("AFG", "inferred", "country", True)


def test_a_town_is_not_placed_abroad_by_its_own_name(nlp) -> None:
    found = _geo(nlp, "Prosecutors in New York said he stayed at a house in Palm Beach, Florida.")
    assert found["Palm Beach"][0] == "USA" and found["Palm Beach"][2] == "city"


def test_a_building_is_never_a_same_named_town(nlp) -> None:
    # "White House" is also a town in Tennessee; as a building it is the listed landmark in Washington
    found = _geo(nlp, "Police say they arrested 370 people who took part in a protest outside the White House.")
    assert found["White House"] == ("USA", "city", "city", True)
    assert 38 < load_gazetteer().names["white house"].lat < 39


def test_a_facility_resolves_only_as_a_listed_name() -> None:
    from newsevents.places import _resolve

    gaz = load_gazetteer()
    assert _resolve("Springfield", gaz, Counter({"USA": 1})) is not None  # a town as a place name
    assert _resolve("Springfield", gaz, Counter({"USA": 1}), facility=True) is None  # a building so named
    assert _resolve("Kremlin", gaz, Counter(), facility=True).country == "RUS"


def test_a_region_suffix_names_the_region_not_the_city(nlp) -> None:
    found = _geo(nlp, "Fighting continued in Kandahar on Monday and in Kandahar province on Tuesday.")
    assert found["Kandahar"][1:3] == ("city", "city")
    assert found["Kandahar province"] == ("AFG", "admin1", "admin1", True)


def test_a_region_named_by_common_words_is_not_matched() -> None:
    gaz = load_gazetteer()
    assert gaz.lookup("South") is None and gaz.lookup("Centre") is None  # Cameroon's regions
    assert gaz.lookup("North Sinai").country == "EGY"  # a name with a word of its own still is


def test_an_unknown_place_takes_the_actors_country_when_no_place_names_one(nlp) -> None:
    from newsevents.model import Mention

    text = "The Ruritanian police fired on protesters in Qarqalabad, witnesses said."
    police = Actor(id="A1", article_id="t", name="Ruritanian police", kind="organization", country="BOL",
                   code="BOLCOP", mentions=[Mention("Ruritanian police", 4, 21)])
    doc = nlp(text)
    found = {p.text: p.country for p in extract_places(doc, Article(id="t", text=text), [police])}
    assert any(k.startswith("Qarqalabad") and v == "BOL" for k, v in found.items())
