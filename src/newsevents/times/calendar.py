"""The calendar words of a language (``data/<lang>/times/calendar.yaml``), read once into the one
scanner pattern every time expression is matched with, and the tables its values are computed from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import Errors, KnowledgeBaseError
from ..resources import DEFAULT_LANGUAGE, data_path
from .patterns import Grammar, Scanner, alternatives, compile_alternatives, make_scanner


@dataclass(frozen=True)
class Calendar:
    """The calendar words of ``data/en/times/calendar.yaml``, indexed for the scanner."""

    months: dict[str, int]
    weekdays: dict[str, int]
    days: dict[str, int]
    modifiers: dict[str, int]
    units: tuple[str, ...]
    month_modifiers: tuple[str, ...]
    vague: dict[str, str]
    time_prepositions: frozenset[str]
    future_cues: frozenset[str]
    pattern: re.Pattern[str]
    seasons: dict[str, tuple[str, int]]
    season_modifiers: dict[str, int]
    ago_numbers: dict[str, int]
    scanner: Scanner | None = None  # finds the pattern's matches faster (see times.patterns.scan); None: finditer
    # verbs whose present tense reports a past day ("the ministry says Saturday's attack ...")
    reporting_present: frozenset[str] = frozenset()
    # the future of a past report ("said they would march on Saturday"), for weekdays
    report_future_cues: frozenset[str] = frozenset()
    # commitments whose infinitive's weekday is to come ("agreed to meet on Thursday"), for weekdays
    commitment_words: frozenset[str] = frozenset()
    grammar: Grammar = field(default_factory=Grammar)  # the function words of the expressions
    # month and weekday names count only when capitalised (English: "May", not the modal "may")
    capitalised_names: bool = False
    ahead: re.Pattern[str] = re.compile("(?!)")  # words that point an expression ahead ("next", "coming")
    since: frozenset[str] = frozenset()  # prepositions of a span that began before ("since Saturday")
    # auxiliaries of the perfect ("has met on Monday"): a past, and never a report's future
    perfect_auxiliaries: frozenset[str] = frozenset()
    # the verb of an arrangement in the present ("the ministers are to meet on Saturday"): ahead
    arrangement_verbs: frozenset[str] = frozenset()
    # a unit word as written (lower case) -> the unit it counts in: day, week, month or year
    unit_codes: dict[str, str] = field(default_factory=dict)



def _flip(table: dict[Any, list[Any]]) -> dict[str, int]:
    return {str(word).lower(): int(key) for key, words in table.items() for word in words}


@lru_cache(maxsize=8)
def load_calendar(path: str | None = None, lang: str = DEFAULT_LANGUAGE) -> Calendar:
    """Read the calendar words (the shipped file of language ``lang``, or a user's file of the same shape at ``path``).

    Raises:
        KnowledgeBaseError: the file is missing a section or is not YAML.
    """
    try:
        if path is None:
            path = str(data_path("times", "calendar.yaml", lang=lang))
        raw = Path(path).read_text(encoding="utf-8")
        data = yaml.safe_load(raw)
        months, weekdays = _flip(data["months"]), _flip(data["weekdays"])
        days = {str(k).lower(): int(v) for k, v in data["days"].items()}
        modifiers = {str(k).lower(): int(v) for k, v in data["relative_modifiers"].items()}
        units = tuple(data["relative_units"])
        month_mods = tuple(data["month_modifiers"])
        vague = {str(k).lower(): str(v) for k, v in data["vague"].items()}
        seasons = {str(w).lower(): (str(code), int(spec["months"]))
                   for code, spec in (data.get("seasons") or {}).items() for w in spec["words"]}
        season_mods = {str(k).lower(): int(v) for k, v in (data.get("season_modifiers") or {}).items()}
        ago = {str(k).lower(): int(v) for k, v in (data.get("ago_numbers") or {}).items()}
        grammar = _grammar(data.get("grammar") or {})
        unit_codes = _unit_codes(data["relative_units"], (data.get("grammar") or {}).get("ago_units"),
                                 (data.get("grammar") or {}).get("anaphora_units"))
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as err:
        raise KnowledgeBaseError(Errors.E428.format(err=err), source=path) from err
    parts = alternatives(months, weekdays, days, modifiers, units, month_mods, vague, seasons, season_mods, ago,
                         grammar)
    pattern = compile_alternatives([regex for regex, _ in parts])
    return Calendar(months, weekdays, days, modifiers, units, month_mods, vague,
                    frozenset(w.lower() for w in data.get("time_prepositions", [])),
                    frozenset(w.lower() for w in data.get("future_cues", [])),
                    pattern, seasons, season_mods, ago, make_scanner(parts, tuple(pattern.groupindex)),
                    frozenset(w.lower() for w in data.get("reporting_present", [])),
                    frozenset(w.lower() for w in data.get("report_future_cues", [])),
                    frozenset(w.lower() for w in data.get("commitment_words", [])), grammar,
                    bool(data.get("capitalised_names", False)), _words_pattern(data.get("ahead_words") or []),
                    frozenset(str(w).lower() for w in data.get("since_words") or []),
                    frozenset(str(w).lower() for w in data.get("perfect_auxiliaries") or []),
                    frozenset(str(w).lower() for w in data.get("arrangement_verbs") or []),
                    unit_codes)


_UNITS = ("day", "week", "month", "year")  # the units a relative expression counts in (its granularity)


def _unit_codes(*sections: Any) -> dict[str, str]:
    """Unit word -> unit, from the calendar's unit sections: a mapping (``{semaine: week}``) or a list of
    words that are the units' own names (``[week, month]``).

    Raises:
        ValueError: a unit that is none of day, week, month, year.
    """
    codes: dict[str, str] = {}
    for section in sections:
        pairs = section.items() if isinstance(section, dict) else ((w, w) for w in section or ())
        for word, unit in pairs:
            if str(unit) not in _UNITS:
                raise ValueError(f"unit {unit!r} of {word!r} is none of {', '.join(_UNITS)}")
            codes[str(word).lower()] = str(unit)
    return codes


def _grammar(raw: dict[str, Any]) -> Grammar:
    """The ``grammar`` section of a calendar file (see :class:`times.patterns.Grammar`)."""
    def words(key: str) -> tuple[str, ...]:
        return tuple(str(w) for w in raw.get(key) or ())

    def shifts(key: str) -> dict[str, int]:
        return {str(k).lower(): int(v) for k, v in (raw.get(key) or {}).items()}

    return Grammar(article=words("article"), of=words("of"), day_suffixes=words("day_suffixes"),
                   year_word=words("year_word"), year_modifiers=shifts("year_modifiers"), ago=words("ago"),
                   ago_units=words("ago_units"), plural=str(raw.get("plural") or ""), anaphora=shifts("anaphora"),
                   anaphora_units=words("anaphora_units"), weekday_modifiers=shifts("weekday_modifiers"),
                   weekday_modifiers_after=shifts("weekday_modifiers_after"), decade_suffixes=words("decade_suffixes"))


def _words_pattern(words: list[Any]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word, case-blind (none: a pattern that never matches)."""
    if not words:
        return re.compile("(?!)")
    return re.compile(r"\b(" + "|".join(str(w) for w in words) + r")\b", re.I)
