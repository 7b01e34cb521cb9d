"""The actor knowledge base: countries, organisations, people with dated offices, role words, seats of power.

Everything lives in data files under ``newsevents/data/en/actors/`` (format in docs/actors.md); users add or
override entries with their own YAML files of the same shape, passed as ``extra_files``. This module only
loads and indexes them: the rules that use them are in :mod:`.mentions`, :mod:`.roles` and :mod:`.resolve`.
"""

from __future__ import annotations

import csv
import logging
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import yaml

from ..errors import Errors, KnowledgeBaseError
from ..model import ACTOR_KINDS, ActorKind, in_vocabulary
from ..resources import DEFAULT_LANGUAGE, data_path
from .kb_entries import (
    Country,
    Organization,
    Person,
    RoleNoun,
    Seat,
    Term,
    dated_code,
    org_terms,
    parse_date,
    parse_term,
)
from .words import ActorWords, actor_words

LOGGER = logging.getLogger(__name__)
_V = TypeVar("_V")
_NOTHING = re.compile(r"(?!)")  # a pattern that matches nowhere
_ACRONYM_SOURCES = {"International", "MilNonState"}  # Phoenix files whose one-word names are organisations
_PARTICLES = {"al", "el", "ad", "ash", "as", "ar", "an", "at", "az"}
# the word-list sections of an actor YAML file (each a set of the KnowledgeBase), and whether they match case-blind
_WORD_SETS = {"descriptors": True, "not_actor_prefixes": False, "speech_nouns": True, "subnational": True,
              "place_words": False, "audience_verbs": True, "not_actor_phrases": True, "possessed_nouns": True,
              "not_people": True, "credit_cues": True,
              "foreign_words": True, "topic_titles": True, "counted_people": True,
              "stance_nouns": True, "leader_bodies": True, "definite_articles": True, "determiners": True,
              "of_words": True, "possessive_determiners": True, "kin_peoples": False,
              "state_body_heads": True, "noun_qualified_nouns": True, "abroad_titles": True,
              "public_offices": True}


@dataclass
class KnowledgeBase:
    """All actor knowledge, indexed for look-up by surface form."""

    countries: dict[str, Country] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    phoenix_titles: dict[str, str] = field(default_factory=dict)
    actor_nouns: dict[str, RoleNoun] = field(default_factory=dict)
    seats: dict[str, Seat] = field(default_factory=dict)
    regions: dict[str, str] = field(default_factory=dict)
    descriptors: set[str] = field(default_factory=set)
    not_actor_prefixes: set[str] = field(default_factory=set)
    speech_nouns: set[str] = field(default_factory=set)
    subnational: set[str] = field(default_factory=set)
    place_words: set[str] = field(default_factory=set)
    audience_verbs: set[str] = field(default_factory=set)
    not_actor_phrases: set[str] = field(default_factory=set)
    gendered: dict[str, str] = field(default_factory=dict)
    org_types: dict[str, str] = field(default_factory=dict)
    org_types_abroad: set[str] = field(default_factory=set)  # org types never given the story's country
    org_types_sector: set[str] = field(default_factory=set)  # org types a sector word in the name recodes
    sector_words: dict[str, str] = field(default_factory=dict)  # "farm" -> AGR: whom a generic body serves
    possessed_nouns: set[str] = field(default_factory=set)
    not_people: set[str] = field(default_factory=set)
    credit_cues: set[str] = field(default_factory=set)
    foreign_words: set[str] = field(default_factory=set)
    topic_titles: set[str] = field(default_factory=set)
    title_homes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "senate majority leader" -> USA, PHL
    abroad_titles: set[str] = field(default_factory=set)  # "envoy": sent abroad, never of the story's country
    public_offices: set[str] = field(default_factory=set)  # "minister", "mp": an office, not a party post
    counted_people: set[str] = field(default_factory=set)  # "people": an actor only after a count ("34 people")
    kin_peoples: set[str] = field(default_factory=set)  # "Serbs": a state's people living beside it, too
    leader_bodies: set[str] = field(default_factory=set)  # "Putin's government", "the Biden administration"
    stance_nouns: set[str] = field(default_factory=set)  # "opposition to X": a stance, not an actor
    state_body_heads: set[str] = field(default_factory=set)  # "junta", "party": Phoenix GOV phrases that are bodies
    noun_qualified_nouns: set[str] = field(default_factory=set)  # "the sanctions regime" is no government
    # function words of the language (grammar.yaml): "the", "the"/"a"/"an", "of"/"in", "its"/"their"
    definite_articles: set[str] = field(default_factory=set)
    determiners: set[str] = field(default_factory=set)
    of_words: set[str] = field(default_factory=set)
    possessive_determiners: set[str] = field(default_factory=set)
    words: ActorWords = field(default_factory=actor_words)  # the other classes of grammar.yaml (words.py)
    ethnic: dict[str, str] = field(default_factory=dict)  # "Kurdish" -> KUR
    ethnic_names: dict[str, str] = field(default_factory=dict)  # KUR -> "Kurds"
    people_homes: dict[str, str] = field(default_factory=dict)  # "Tamil" -> LKA: a people living in one state
    people_home_unstated: set[str] = field(default_factory=set)  # GOV, MIL: no people's home's state's own
    people_home_leaders: set[str] = field(default_factory=set)  # "leaders": a people's own, civilians
    people_agents: dict[str, str] = field(default_factory=dict)  # Phoenix agent MUS -> MOS: an agent that is a people
    people_leaders: dict[str, str] = field(default_factory=dict)  # MOS -> REL: the agent of a people's leaders
    phoenix: dict[str, tuple[str, list[Term]]] = field(default_factory=dict)
    phoenix_acronyms: dict[str, tuple[str, list[Term]]] = field(default_factory=dict)  # one-word bodies
    phoenix_surnames: dict[str, dict[str, list[Term]]] = field(default_factory=dict)  # built on first use
    phoenix_updated: dict[str, date] = field(default_factory=dict)  # a country's latest date in the dictionary
    # derived indices
    country_names: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    org_aliases: dict[str, Organization] = field(default_factory=dict)
    home_aliases: dict[str, list[Organization]] = field(default_factory=dict)  # "Congress" -> the Indian party
    person_keys: dict[str, Person] = field(default_factory=dict)
    surnames: dict[str, list[Person]] = field(default_factory=dict)
    gazetteer: re.Pattern[str] = _NOTHING  # until the derived indices are built, like the empty ones above
    title_words: set[str] = field(default_factory=set)
    role_first_words: set[str] = field(default_factory=set)  # first words of role nouns and titles

    def country_of_word(self, text: str) -> str | None:
        """ISO3 of a country name, alias, demonym or sub-national region written as ``text``; a word in
        capitals of a lead-in or headline ("CHINA'S Foreign Ministry", "SYRIAN troops") is read as its
        capitalised form, but not a short one, which is more often an acronym."""
        text = text.strip()
        found = self.country_names.get(text) or self.demonyms.get(text) or self.regions.get(text)
        if found is None and len(text) > 3 and text.isupper():
            word = text.capitalize()
            return self.country_names.get(word) or self.demonyms.get(word) or self.regions.get(word)
        return found

    def group_of_word(self, text: str) -> str | None:
        """A country's ISO3 or an ethnic group's CAMEO code for a word that may modify a role noun
        ("Syrian", "Kurdish"); ethnic codes are not countries and never name a place. A people living in one
        state (``people_homes``: "Tamil") gives that state's ISO3, but is no country name either."""
        return self.country_of_word(text) or self.ethnic.get(text.strip()) or self.people_homes.get(text.strip())

    def kin_home(self, before: str, people: str) -> str | None:
        """The country a kin people (``kin_peoples``) lives in when another country's demonym or name is written
        just before it ("Bosnian Serbs": BIH), else None ("Serbian troops", "Indian Americans")."""
        if people not in self.kin_peoples:
            return None
        home = self.country_of_word(before)
        return home if home in self.countries and home != self.country_of_word(people) else None

    def group_name(self, code: str) -> str:
        """The display name of a country or ethnic group code."""
        country = self.countries.get(code)
        return country.name if country else self.ethnic_names.get(code, code)

    def person(self, name: str) -> Person | None:
        return self.person_keys.get(name_key(name))

    def office_holder(self, word: str, day: date | None) -> Person | None:
        """The one listed person a lone surname ("Scholz") names: unique in the KB and in office on ``day``
        (any term when no date); surnames shorter than four letters only when listed as an alias ("Xi")."""
        key = name_key(word)
        people = self.surnames.get(key, [])
        if len(people) != 1 or (len(key) < 4 and self.person_keys.get(key) is not people[0]):
            return None
        person = people[0]
        current = any(t.covers(day) for t in person.terms) if day else bool(person.terms)
        return person if current else None

    def phoenix_entry(self, text: str, named_org: bool = False) -> tuple[str, list[Term]] | None:
        """A Phoenix name of two or more words, or a one-word organisation of the International and
        MilNonState dictionaries written in capitals as an acronym is ("IGAD") or, with ``named_org`` (spaCy
        tagged the word an organisation: a second, independent signal), capitalised ("Oxfam"); other single
        words ("lima") are too ambiguous. A hyphen may stand where the dictionary has a space
        ("Inter-Parliamentary Union" is its INTER_PARLIAMENTARY_UNION), and the reverse is kept as written."""
        found = self.phoenix.get(_simple(text)) or self.phoenix.get(_simple(text.replace("-", " ")))
        if found is None and text.isalpha() and (text.isupper() or (named_org and text[:1].isupper())):
            found = self.phoenix_acronyms.get(_simple(text))
        return found

    def phoenix_office_holder(self, surname: str, agent: str, day: date | None) -> str | None:
        """The country of the one Phoenix person with this surname who held an office of ``agent`` (on ``day``,
        any term without one): "President Reagan" is USA's. Several such bearers, or none, give nothing."""
        if not self.phoenix_surnames:
            for key, (name, terms) in self.phoenix.items():
                self.phoenix_surnames.setdefault(key.split()[-1], {})[name] = terms
        countries: set[str] = set()
        for terms in self.phoenix_surnames.get(_simple(surname), {}).values():
            held = [t for t in terms if t.code.endswith(agent) and len(t.code) == 3 + len(agent)
                    and (day is None or t.covers(day))]
            countries.update(t.code[:3] for t in held if t.code[:3] in self.countries)
        return next(iter(countries)) if len(countries) == 1 else None


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """A spelling-tolerant key for a personal name: "Abdelfattah Sisi" and "Abdel Fattah el-Sisi" agree.

    Cached: the same names are keyed again and again (every person mention, every title check)."""
    words = [w for w in re.split(r"[\s\-]+", _simple(name)) if w and w not in _PARTICLES]
    return "".join(re.sub(r"[^a-z]", "", w) for w in words)


@lru_cache(maxsize=1 << 16)
def _simple(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as err:
        raise KnowledgeBaseError(Errors.E408.format(err=err), source=str(path)) from err
    if not isinstance(data, dict):
        raise KnowledgeBaseError(Errors.E409, source=str(path))
    return data


def _add_yaml(kb: KnowledgeBase, data: dict[str, Any], source: str) -> None:
    """Merge one YAML document (shipped or a user's) into ``kb``; later entries override earlier ones."""
    for entry in data.get("countries") or []:
        iso3 = entry["iso3"]
        old = kb.countries.get(iso3)
        kb.countries[iso3] = Country(
            iso3=iso3, name=entry.get("name", old.name if old else iso3),
            aliases=list(entry.get("aliases", [])) + (old.aliases if old else []),
            demonyms=list(entry.get("demonyms", [])) + (old.demonyms if old else []),
            capital=entry.get("capital", old.capital if old else ""))
    for entry in data.get("organizations") or []:
        try:
            org = Organization(name=entry["name"], code=entry["code"], country=entry.get("country"),
                               kind=entry.get("kind", "organization"), qid=entry.get("qid"),
                               aliases=[str(a) for a in entry.get("aliases", [])], terms=org_terms(entry),
                               home_aliases=[str(a) for a in entry.get("home_aliases", [])])
        except KeyError as err:
            raise KnowledgeBaseError(Errors.E410.format(key=err, entry=entry), source=source) from err
        kb.organizations[org.name] = org
    for entry in data.get("people") or []:
        if "name" not in entry:
            raise KnowledgeBaseError(Errors.E411.format(entry=entry), source=source)
        country = entry.get("country")
        kb.people[entry["name"]] = Person(
            name=entry["name"], country=country, qid=entry.get("qid"), aliases=list(entry.get("aliases", [])),
            terms=[parse_term(t, country, source) for t in entry.get("terms", [])])
    for phrase, agent in (data.get("titles") or {}).items():
        kb.titles[str(phrase).lower()] = str(agent)
    for phrase, spec in (data.get("institution_titles") or {}).items():  # a title and whose institutions have it
        kb.titles[str(phrase).lower()] = str(spec["agent"])
        kb.title_homes[str(phrase).lower()] = tuple(str(c) for c in spec["countries"])
    for phrase, spec in (data.get("actor_nouns") or {}).items():
        kb.actor_nouns[str(phrase).lower()] = RoleNoun(agent=spec["agent"], kind=_actor_kind(spec, phrase, source),
                                                       needs_country=bool(spec.get("needs_country", False)),
                                                       stateless=bool(spec.get("stateless", False)),
                                                       indefinite=bool(spec.get("indefinite", False)),
                                                       one_country=bool(spec.get("one_country", False)))
    for entry in data.get("seats") or []:
        kb.seats[entry["name"]] = Seat(name=entry["name"], country=entry["country"], agent=entry.get("agent", "GOV"))
    for section, fold_case in _WORD_SETS.items():
        getattr(kb, section).update(str(d).lower() if fold_case else str(d) for d in data.get(section) or [])
    for phrase, agent in (data.get("occupations") or {}).items():  # read as Phoenix agent phrases are
        kb.phoenix_titles[str(phrase).lower()] = str(agent)
    for word, spec in (data.get("org_types") or {}).items():
        agent = spec.get("agent", "") if isinstance(spec, dict) else spec
        kb.org_types[str(word).lower()] = str(agent)
        if isinstance(spec, dict) and spec.get("home") is False:
            kb.org_types_abroad.add(str(word).lower())
        if isinstance(spec, dict) and spec.get("sector") is True:
            kb.org_types_sector.add(str(word).lower())
    kb.sector_words.update({str(w).lower(): str(a) for w, a in (data.get("sector_words") or {}).items()})
    for code, spec in [*(data.get("ethnic_groups") or {}).items(), *(data.get("world_regions") or {}).items()]:
        kb.ethnic_names[str(code)] = str(spec.get("name", code))
        kb.ethnic.update({str(w): str(code) for w in spec.get("words", [])})
        kb.people_agents.update({str(a): str(code) for a in spec.get("agents", [])})
        if spec.get("leaders"):
            kb.people_leaders[str(code)] = str(spec["leaders"])
    for iso3, words in (data.get("people_homes") or {}).items():
        kb.people_homes.update({str(w): str(iso3) for w in words})
    kb.people_home_unstated.update(str(a) for a in data.get("people_home_unstated") or [])
    kb.people_home_leaders.update(str(w).lower() for w in data.get("people_home_leaders") or [])
    for gender, words in (data.get("gendered_words") or {}).items():
        kb.gendered.update({str(w).lower(): str(gender) for w in words})
    for entry in data.get("people") or []:
        if entry.get("gender"):
            kb.gendered[f"person:{entry['name']}"] = str(entry["gender"])


def _read_tsv(name: str, lang: str) -> list[dict[str, str]]:
    path = data_path("actors", name, lang=lang)
    if not path.exists():  # a language that lists no such names yet
        return []
    text = path.read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))


def _load_shipped(kb: KnowledgeBase, lang: str) -> None:
    for row in _read_tsv("countries.tsv", lang):
        kb.countries[row["iso3"]] = Country(
            iso3=row["iso3"], name=row["name"], aliases=[a for a in row["aliases"].split("|") if a],
            demonyms=[d for d in row["demonyms"].split("|") if d], capital=row["capital"])
    kb.regions.update({row["name"]: row["iso3"] for row in _read_tsv("regions.tsv", lang)})
    kb.phoenix_titles.update({row["phrase"]: row["agent"] for row in _read_tsv("phoenix_agents.tsv", lang)})
    for row in _read_tsv("phoenix_actors.tsv", lang):
        terms = [dated_code(item, "@", parse_date) for item in row["codes"].split()]  # CODE@START..END
        for term in terms:  # how far each country's entries were brought up to date
            last = max((d for d in (term.start, term.end) if d is not None), default=None)
            if last is not None and last > kb.phoenix_updated.get(term.code[:3], date.min):
                kb.phoenix_updated[term.code[:3]] = last
        for text in [row["name"], *row["aliases"].split("|")]:
            if len(text.split()) >= 2:  # single words ("putin", "lima") are too ambiguous to look up alone
                kb.phoenix.setdefault(text, (row["name"], terms))
            elif row["source"] in _ACRONYM_SOURCES and len(text) >= 3:
                kb.phoenix_acronyms.setdefault(text, (row["name"], terms))  # "IGAD": only as written in capitals
    for name in ("grammar.yaml", "organizations.yaml", "parties.yaml", "roles.yaml", "institution_titles.yaml",
                 "people.yaml", "peoples.yaml"):
        if (path := data_path("actors", name, lang=lang)).exists():
            _add_yaml(kb, _read_yaml(path), name)
    for phrase, agent in kb.phoenix_titles.items():  # "the junta", "the ruling party": the state's body by its kind
        words = phrase.split()
        if agent == "GOV" and words[-1] in kb.state_body_heads and kb.words.name_continuers.isdisjoint(words):
            kb.actor_nouns.setdefault(phrase, RoleNoun(agent=agent, kind="organization"))


def _index(kb: KnowledgeBase) -> None:
    for country in kb.countries.values():
        for text in [country.name, *country.aliases]:
            kb.country_names[text] = country.iso3
        for text in country.demonyms:
            kb.demonyms[text] = country.iso3
        if country.capital:
            kb.capitals[country.capital] = country.iso3
    for org in kb.organizations.values():
        for text in [org.name, *org.aliases]:
            kb.org_aliases[text] = org
        for text in org.home_aliases:
            kb.home_aliases.setdefault(text, []).append(org)
    for person in kb.people.values():
        for text in [person.name, *person.aliases]:
            kb.person_keys[name_key(text)] = person
        surname = name_key(person.name.split()[-1])
        kb.surnames.setdefault(surname, []).append(person)
    kb.title_words = {w for phrase in kb.titles for w in phrase.split()}
    kb.role_first_words = {phrase.split(" ")[0] for phrase in [*kb.actor_nouns, *kb.titles]}
    kb.role_first_words |= {p[:-1] for p in kb.actor_nouns if p.endswith("s") and " " not in p}  # "rebel positions"
    _add_typographic_apostrophes(kb.org_aliases)  # typographic apostrophes: "People’s"
    _add_typographic_apostrophes(kb.home_aliases)
    _add_typographic_apostrophes(kb.country_names)
    _add_typographic_apostrophes(kb.seats)
    forms = set(kb.country_names) | set(kb.org_aliases) | set(kb.seats) | set(kb.capitals)
    forms |= {t for p in kb.people.values() for t in [p.name, *p.aliases] if len(t.split()) >= 2}
    forms |= {t for p in kb.people.values() for t in p.aliases}  # one-word aliases are listed on purpose ("Xi")
    kb.gazetteer = re.compile(rf"(?<![\w.-])(?:{_trie_pattern(f for f in forms if f)})(?![\w-])")


def _actor_kind(spec: dict[str, Any], phrase: str, source: str) -> ActorKind:
    """A role noun's ``kind`` (default ``group``), checked against the actor kinds the model knows."""
    kind = in_vocabulary(spec.get("kind", "group"), ACTOR_KINDS)
    if kind is None:
        raise KnowledgeBaseError(Errors.E412.format(phrase=phrase, kind=spec.get("kind"), kinds=", ".join(ACTOR_KINDS)),
                                 source=source)
    return kind


def _add_typographic_apostrophes(table: dict[str, _V]) -> None:
    """Add each key written with a straight apostrophe again with a typographic one ("People’s")."""
    table.update({k.replace("'", "’"): v for k, v in list(table.items()) if "'" in k})


_Trie = dict[str, "_Trie"]  # one level per character; the key "" marks the end of a name


def _trie_pattern(forms: Iterable[str]) -> str:
    """A regex matching any of ``forms``, as a character trie ("Iran(?:ian)?" rather than "Iranian|Iran").

    A flat alternation of a thousand names is tried name by name at every character of an article; the trie
    reads each character once. At each node the longer names are tried before the name ending there (a greedy
    optional group), so where several names fit the longest one whose surroundings fit wins, as with an
    alternation sorted longest first.
    """
    trie: _Trie = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}  # a name ends here

    def emit(node: _Trie) -> str:
        branches = [re.escape(char) + emit(child) for char, child in node.items() if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


@lru_cache(maxsize=8)
def _load(stamped: tuple[tuple[str, int], ...], lang: str = DEFAULT_LANGUAGE) -> KnowledgeBase:
    paths = [path for path, _ in stamped]
    kb = KnowledgeBase(words=actor_words(lang))
    _load_shipped(kb, lang)
    for path in paths:
        _add_yaml(kb, _read_yaml(Path(path)), path)
    _index(kb)
    LOGGER.info("actor KB: %d countries, %d organisations, %d people, %d Phoenix names (+%d user files)",
                len(kb.countries), len(kb.organizations), len(kb.people), len(kb.phoenix), len(paths))
    return kb


def load_kb(extra_files: Sequence[Path | str] | Iterable[Path | str] = (),
            lang: str = DEFAULT_LANGUAGE) -> KnowledgeBase:
    """The shipped knowledge base of language ``lang`` (``data/<lang>/actors/``) extended by ``extra_files``
    (YAML), loaded once per set of files (and again when one of them changes)."""
    return _load(tuple((str(Path(p)), _stamp(Path(p))) for p in extra_files), lang)


def _stamp(path: Path) -> int:
    """A user file's modification time: an edited file (``kb import`` extending it) is loaded again."""
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0  # reported by _read_yaml when loaded
