"""The GDELT 2.0 event export loads with GDELT's published column list and holds the right values."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from newsevents.export import GDELT_EVENT_COLUMNS, export_gdelt
from newsevents.export.gdelt import actor_fields, date_fields, geo_fields
from newsevents.store import Store

# GDELT Event Codebook V2.0, table columns in file order (as GDELT loaders list them).
PUBLISHED = """GlobalEventID Day MonthYear Year FractionDate Actor1Code Actor1Name Actor1CountryCode
Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code
Actor1Type3Code Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code
Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code IsRootEvent EventCode EventBaseCode
EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone Actor1Geo_Type
Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long
Actor1Geo_FeatureID Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code
Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode
ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL""".split()


def test_column_list_is_gdelts() -> None:
    assert list(GDELT_EVENT_COLUMNS) == PUBLISHED and len(PUBLISHED) == 61


def test_column_list_matches_shared_reference(shared_dir: Path) -> None:
    text = (shared_dir / "reference" / "gdelt-events-fields.md").read_text(encoding="utf-8")
    names = [m.group(1) for m in re.finditer(r"^\d+\. `(\w+)`", text, re.M)][:61]
    assert names == list(GDELT_EVENT_COLUMNS)


def test_pandas_reads_export_with_gdelt_columns(filled: Store, tmp_path: Path) -> None:
    path = tmp_path / "20241016000000.export.CSV"
    assert export_gdelt(filled, path) == 1
    frame = pd.read_csv(path, sep="\t", header=None, names=PUBLISHED, dtype=str, keep_default_na=False)
    assert frame.shape == (1, 61)
    row = frame.iloc[0].to_dict()
    assert row["GlobalEventID"] == "1" and row["Day"] == "20241015" and row["MonthYear"] == "202410"
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"], row["QuadClass"]) == ("173", "173", "17", "4")
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == ("3", "2", "2")
    assert (row["Actor1Code"], row["Actor1Name"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == (
        "KENCOP", "KENYAN POLICE", "KEN", "COP")
    assert (row["ActionGeo_FullName"], row["ActionGeo_CountryCode"]) == ("Nairobi, Kenya", "KE")
    assert row["AvgTone"] == "" and row["Actor1Geo_Type"] == "" and row["Actor1EthnicCode"] == ""
    assert row["SOURCEURL"] == "https://www.nation.africa/a" and re.fullmatch(r"\d{14}", row["DATEADDED"])
    numeric = pd.read_csv(path, sep="\t", header=None, names=PUBLISHED)
    assert numeric["GoldsteinScale"].iloc[0] == -5.0
    assert numeric["FractionDate"].iloc[0] == pytest.approx(2024.7808, abs=1e-4)  # (9*30+15)/365


def test_header_option_and_empty_database(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "e.tsv"
    assert export_gdelt(store, path, header=True) == 0
    assert path.read_text().rstrip("\n").split("\t") == PUBLISHED


@pytest.mark.parametrize("code, name, country, exp", [
    ("RUSGOV", "Vladimir Putin", "RUS", ["RUSGOV", "VLADIMIR PUTIN", "RUS", "", "", "", "", "GOV", "", ""]),
    ("IGOWSTNAT", "NATO", None, ["IGOWSTNAT", "NATO", "", "NAT", "", "", "", "IGO", "", ""]),
    ("PSEREBMOSSUN", "Hamas", None, ["PSEREBMOSSUN", "HAMAS", "PSE", "", "", "MOS", "SUN", "REB", "", ""]),
    (None, "Gunmen", None, ["", "GUNMEN", "", "", "", "", "", "", "", ""]),
    (None, None, None, [""] * 10),
])
def test_actor_fields(code, name, country, exp) -> None:
    assert actor_fields(code, name, country) == exp


@pytest.mark.parametrize("date, exp", [
    ("2015-01-01", ["20150101", "201501", "2015", "2015.0027"]),
    ("2024-10", ["", "202410", "2024", ""]),
    ("2024", ["", "", "2024", ""]),
    (None, ["", "", "", ""]),
])
def test_date_fields(date, exp) -> None:
    assert date_fields(date) == exp


@pytest.mark.parametrize("args, exp_type, exp_fips, exp_feature", [
    (("Kenya", "KEN", "country", 1.0, 38.0), "1", "KE", "KE"),
    (("Nairobi", "KEN", "city", -1.28, 36.8), "4", "KE", ""),
    (("Boston", "USA", "city", None, None), "3", "US", ""),
    ((None, "ISR", None, None, None), "1", "IS", "IS"),
])
def test_geo_fields(args, exp_type, exp_fips, exp_feature) -> None:
    geo = geo_fields(*args)
    assert (geo[0], geo[2], geo[7]) == (exp_type, exp_fips, exp_feature)
