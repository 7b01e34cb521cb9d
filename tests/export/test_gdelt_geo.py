"""GDELT geography: ActionGeo wherever an event has a place, Actor geography where the text ties an actor to one."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from newsevents.export import export_gdelt
from newsevents.export.gdelt import geo_fields
from newsevents.model import Actor, Mention, Place
from newsevents.store import Store
from tests.export.test_gdelt import PUBLISHED
from tests.handmade import make_result


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, sep="\t", header=None, names=PUBLISHED, dtype=str, keep_default_na=False)


@pytest.mark.parametrize("kwargs, exp", [
    # a US city: type 3, "City, State, Country", ADM1 and the GeoNames id as feature
    (dict(place="Evansville", country="USA", kind="city", lat=37.97, lon=-87.56, precision="city",
          name="Evansville", adm1="USIN", geonameid=4257227),
     ["3", "Evansville, Indiana, United States", "US", "USIN", "", "37.97", "-87.56", "4257227"]),
    # a first-level region abroad: type 5, its ADM1 code is its feature id
    (dict(place="Logar province", country="AFG", kind="admin1", lat=34.0, lon=69.2, precision="admin1",
          name="Logar", adm1=None, geonameid=None),
     ["5", "Logar, Afghanistan", "AF", "", "", "34.0", "69.2", ""]),
    # an unknown name placed only by its country: type 1 at the centroid, named by the country
    (dict(place="Pangram", country="AFG", kind="inferred", lat=33.0, lon=65.0, precision="country"),
     ["1", "Afghanistan", "AF", "AF", "", "33.0", "65.0", "AF"]),
    # a US state
    (dict(place="Florida", country="USA", kind="admin1", lat=28.0, lon=-81.7, precision="admin1", name="Florida",
          adm1="USFL"), ["2", "Florida, United States", "US", "USFL", "", "28.0", "-81.7", "USFL"]),
])
def test_geo_fields_by_precision(kwargs, exp) -> None:
    args = [kwargs.pop(k) for k in ("place", "country", "kind", "lat", "lon")]
    assert geo_fields(*args, **kwargs) == exp


def _corpus(store: Store) -> None:
    """Three hand-made reports: a city event, a country-level one, and one with no place at all."""
    from newsevents.aggregate import update

    text = "A Mombasa lawyer sued Kenyan police in Nairobi.\nThe talks ended."
    nairobi = Place(text="Nairobi", start=39, end=46, country="KEN", name="Nairobi", kind="city", lat=-1.28,
                    lon=36.82, geonameid=184745, precision="city", adm1="KE05")
    mombasa = Place(text="Mombasa", start=2, end=9, country="KEN", name="Mombasa", kind="city", lat=-4.05,
                    lon=39.66, geonameid=186301, precision="city", adm1="KE37")
    lawyer = Actor(id="A1", article_id="", name="A Mombasa lawyer", kind="person", country="KEN", code="KENLEG",
                   mentions=[Mention("A Mombasa lawyer", 0, 16)])
    police = Actor(id="A2", article_id="", name="Kenyan police", kind="organization", country="KEN", code="KENCOP",
                   mentions=[Mention("Kenyan police", 22, 35)])
    sued = dict(cameo="115", source_actor="A1", source_code="KENLEG", source_name="lawyer", target_actor="A2",
                target_code="KENCOP", target_name="Kenyan police", date="2024-10-15", place="Nairobi",
                place_country="KEN", place_lat=-1.28, place_lon=36.82, place_precision="city", place_basis="clause",
                sentence_start=0, sentence_end=47, trigger="sued")
    ended = dict(cameo="010", date="2024-10-15", sentence_start=48, sentence_end=64, trigger="ended")
    first = make_result(text, [sued, ended], url="https://example.org/a", actors=[lawyer, police])
    first.places = [mombasa, nairobi]
    other = "Officials met in Pangram to talk."
    met = dict(cameo="036", source_code="AFGGOV", date="2024-10-14", place="Pangram", place_country="AFG",
               place_lat=33.0, place_lon=65.0, place_precision="country", place_basis="clause", sentence_end=33)
    second = make_result(other, [met], url="https://example.org/b")
    second.places = [Place(text="Pangram", start=17, end=24, country="AFG", kind="inferred", lat=33.0, lon=65.0,
                           precision="country")]
    for res in (first, second):
        store.write_result(res)
    update(store)


def test_export_fills_action_geo_wherever_the_event_has_a_place(store: Store, tmp_path: Path) -> None:
    _corpus(store)
    path = tmp_path / "geo.export.CSV"
    assert export_gdelt(store, path) == 3
    frame = _read(path).set_index("EventCode")
    placed = frame[frame["ActionGeo_FullName"] != ""]
    assert set(placed.index) == {"115", "036"}
    assert (placed["ActionGeo_Type"] != "").all() and (placed["ActionGeo_Lat"] != "").all()
    sued, met, ended = frame.loc["115"], frame.loc["036"], frame.loc["010"]
    assert (sued["ActionGeo_Type"], sued["ActionGeo_FullName"], sued["ActionGeo_ADM1Code"]) == (
        "4", "Nairobi, Kenya", "KE05")
    assert (float(sued["ActionGeo_Lat"]), float(sued["ActionGeo_Long"])) == (-1.28, 36.82)
    assert (met["ActionGeo_Type"], met["ActionGeo_CountryCode"], met["ActionGeo_FeatureID"]) == ("1", "AF", "AF")
    assert ended["ActionGeo_Type"] == "" and ended["ActionGeo_Lat"] == ""
    # the lawyer is tied to Mombasa by his own mention; the police are tied to no place
    assert (sued["Actor1Geo_FullName"], sued["Actor1Geo_Type"]) == ("Mombasa, Kenya", "4")
    assert sued["Actor2Geo_Type"] == "" and sued["Actor2Geo_FullName"] == ""
    numeric = pd.read_csv(path, sep="\t", header=None, names=PUBLISHED)
    assert numeric["ActionGeo_Lat"].dtype == float


def test_a_country_actor_named_by_the_place_itself_gets_no_actor_geo(store: Store, tmp_path: Path) -> None:
    """"Kenya" as a doer is an actor: the place record at the same words is not the actor's location."""
    from newsevents.aggregate import update

    text = "Kenya protested to Uganda."
    kenya = Actor(id="A1", article_id="", name="Kenya", kind="country", country="KEN", code="KEN",
                  mentions=[Mention("Kenya", 0, 5)])
    res = make_result(text, [dict(cameo="111", source_actor="A1", source_code="KEN", source_name="Kenya",
                                  date="2024-10-15", sentence_end=26, trigger="protested")], actors=[kenya])
    res.places = [Place(text="Kenya", start=0, end=5, country="KEN", kind="country", lat=1.0, lon=38.0,
                        precision="country")]
    store.write_result(res)
    update(store)
    path = tmp_path / "k.tsv"
    export_gdelt(store, path)
    assert _read(path).iloc[0]["Actor1Geo_Type"] == ""
