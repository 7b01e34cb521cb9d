"""The date scanner of the times stage: one regex of every date expression, and a faster way to run it.

:func:`alternatives` turns the calendar words of ``data/en/times/calendar.yaml`` into the scanner's
alternatives, in order of preference; :func:`compile_alternatives` joins them into one regex;
:class:`Scanner` (made by :func:`make_scanner`) splits that regex by the word an expression opens
with, and :func:`scan` finds the whole regex's matches, in order, trying at each word only the
alternatives that can open with it. Kept apart from ``times.py``, which turns matches into values.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Grammar", "Scanner", "alternatives", "compile_alternatives", "make_scanner", "scan"]


def _alt(words: Any) -> str:
    """A regex alternation of ``words``, longest first, each ending at a word edge (none: never matches)."""
    ordered = sorted({str(w) for w in words}, key=len, reverse=True)
    if not ordered:
        return "(?!)"
    return "(?:" + "|".join(re.escape(w) + ("" if w.endswith(".") else r"(?![A-Za-z])") for w in ordered) + ")"


def _plain(words: Any) -> str:
    """``words`` joined as a plain alternation, in their order (their context gives the word edges)."""
    return "|".join(re.escape(str(w)) for w in words) if words else "(?!)"


@dataclass(frozen=True)
class Grammar:
    """The function words the date expressions are built of (``grammar`` in calendar.yaml), in
    order; a modifier's number is the shift it gives (-1 back, +1 ahead, 0 the current one). An
    empty entry leaves out the expressions built on it."""

    article: tuple[str, ...] = ()  # "the 1990s", "the summer of 2019"
    of: tuple[str, ...] = ()  # "14 of March", "March of 2019"
    day_suffixes: tuple[str, ...] = ()  # "21st"
    year_word: tuple[str, ...] = ()  # "April last year"
    year_modifiers: dict[str, int] = field(default_factory=dict)
    ago: tuple[str, ...] = ()  # "two days ago"
    ago_units: tuple[str, ...] = ()
    plural: str = ""  # the unit's plural ending, as a regex ("s?")
    anaphora: dict[str, int] = field(default_factory=dict)  # "the next year"
    anaphora_units: tuple[str, ...] = ()
    # before the weekday ("last Monday"), and after it where the language puts them ("lundi dernier")
    weekday_modifiers: dict[str, int] = field(default_factory=dict)
    weekday_modifiers_after: dict[str, int] = field(default_factory=dict)
    decade_suffixes: tuple[str, ...] = ()  # "the 1990s", "the 1990's" (none: no decades, years not cut)


_DIGIT = "0"  # the opener of an expression that starts with a digit
_EDGE = r"(?<![\w$£€-])"  # an expression starts at a word's start, not after a sign or hyphen


def alternatives(months: dict[str, int], weekdays: dict[str, int], days: dict[str, int],
           modifiers: dict[str, int], units: tuple[str, ...], month_mods: tuple[str, ...],
           vague: dict[str, str], seasons: dict[str, tuple[str, int]],
           season_mods: dict[str, int], ago: dict[str, int],
           grammar: Grammar = Grammar()) -> list[tuple[str, tuple[Any, ...]]]:
    """The scanner's alternatives in order of preference, each with what it can open with (kept
    next to its regex): word tables (any of their entries), words, or :data:`_DIGIT`. Every word
    comes from the calendar file; ``grammar`` holds its function words."""
    mon, wd, mods = _alt(months), _alt(weekdays), _alt(month_mods)
    season, smod = _alt(seasons), _alt(season_mods)
    rel, unit = _alt(modifiers), _alt(units)
    g = grammar
    the, of = _plain(g.article), _plain(g.of)
    decades = _plain(g.decade_suffixes)
    year = rf"(?:1[6-9]|20)\d{{2}}(?![\d,.]\d)(?!(?:{decades})(?![A-Za-z]))"  # a decade's year is the decade
    day = rf"(?:[12]\d|3[01]|0?[1-9])(?:{_plain(g.day_suffixes)})?(?!\d)"
    parts = [
        (r"(?P<iso>\d{4}-[01]\d-[0-3]\d)(?!\d)", (_DIGIT,)),
        (rf"(?:(?:{the})\s+)?(?P<decade>(?:1[6-9]|20)\d)0(?:{decades})(?![A-Za-z])", (g.article, _DIGIT)),
        (rf"(?P<vague>{_alt(vague)})", (vague,)),
        (rf"(?:{mods}\s+)?(?P<m1>{mon})\s*(?P<d1>{day})(?:,?\s+(?P<y1>{year}))?", (month_mods, months)),
        (rf"(?P<d2>{day})\s+(?:(?:{of})\s+)?(?P<m2>{mon})(?:,?\s+(?P<y2>{year}))?", (_DIGIT,)),
        (rf"(?:{mods}\s+)?(?P<m3>{mon})(?:\s+(?:{of}))?,?\s+(?P<y3>{year})", (month_mods, months)),
        (rf"(?:{mods}\s+)?(?P<m5>{mon})\s+(?P<yrel>{_plain(g.year_modifiers)})\s+(?:{_plain(g.year_word)})"
         r"(?![A-Za-z])", (month_mods, months)),
        (rf"(?:(?:{the})\s+)?(?P<s1>{season})\s+(?:(?:{of})\s+)?(?P<sy>{year})", (g.article, seasons)),
        (rf"(?P<smod>{smod})\s+(?P<s2>{season})", (season_mods,)),
        (rf"(?P<agon>\d{{1,2}}|{_alt(ago)})\s+(?P<agounit>{_plain(g.ago_units)}){g.plural}\s+(?:{_plain(g.ago)})"
         r"(?![A-Za-z])", (_DIGIT, ago)),
        (rf"(?P<anaph>(?:{the})\s+(?:{_plain(g.anaphora)})\s+(?P<aunit>{_plain(g.anaphora_units)}))(?![A-Za-z])",
         (g.article,)),
    ]
    if g.weekday_modifiers_after:
        parts.append((rf"(?P<wd2>{wd})\s+(?P<wmod2>{_alt(g.weekday_modifiers_after)})", (weekdays,)))
    return [
        *parts,
        (rf"(?:(?P<wmod>{_plain(g.weekday_modifiers)})\s+)?(?P<wd>{wd})", (*g.weekday_modifiers, weekdays)),
        (rf"(?P<deictic>{_alt(days)})", (days,)),
        (rf"(?P<rel>{rel})\s+(?P<unit>{unit})(?![A-Za-z])", (modifiers,)),
        (rf"(?:{mods}\s+)?(?P<m4>{mon})", (month_mods, months)),
        (rf"(?:{mods}\s+)?(?P<y4>{year})", (month_mods, _DIGIT)),
    ]


def compile_alternatives(parts: list[str], groups: tuple[str, ...] = ()) -> re.Pattern[str]:
    """The scanner regex of ``parts``; ``groups`` are named groups to define without ever matching
    them, so that a pattern of some of the parts has every group of the whole (as None)."""
    never = ["(?!)" + "".join(f"(?P<{name}>)" for name in groups)] if groups else []
    return re.compile(_EDGE + "(?:" + "|".join(parts + never) + ")", re.IGNORECASE)


_GROUP = re.compile(r"\(\?P<(\w+)>")


@dataclass(frozen=True)
class Scanner:
    """The pattern split by the word an expression opens with.

    Trying the whole alternation at every word was most of the stage's time. An expression opens
    with a digit or with a word of :func:`alternatives` (its letters up to the first non-letter, lower
    case), so only such words are tried (found by ``candidates`` in the lowercased text), each with
    just the alternatives that can open with it, in their order (``by_opener``): the same matches.
    Those patterns are compiled on first use (all of them take a few tenths of a second).
    """

    parts: tuple[str, ...]  # the alternatives' regexes
    groups: tuple[str, ...]  # the named groups of the whole pattern
    by_opener: dict[str, tuple[int, ...]]  # opening word -> the alternatives that can open with it
    candidates: re.Pattern[str]
    compiled: dict[tuple[int, ...], re.Pattern[str]] = field(default_factory=dict)

    def pattern(self, opener: str) -> re.Pattern[str] | None:
        """The pattern of the alternatives that can open with ``opener``; None if none can."""
        chosen = self.by_opener.get(opener)
        if chosen is None:
            return None
        pattern = self.compiled.get(chosen)
        if pattern is None:
            regexes = [self.parts[k] for k in chosen]
            defined = {name for regex in regexes for name in _GROUP.findall(regex)}
            missing = tuple(g for g in self.groups if g not in defined)
            pattern = self.compiled[chosen] = compile_alternatives(regexes, missing)
        return pattern


_LEAD = re.compile(r"[A-Za-z]+")
# Letters that IGNORECASE matches with ASCII ones or that lower() turns into ASCII or into two
# letters: a text with one is scanned word by word, and a word with one against the whole pattern.
_FOLDING = re.compile("[\u0130\u0131\u017f\u212a]")
_WORD_START = re.compile(_EDGE + "(?:\\d|[A-Za-z\u0130\u0131\u017f\u212a]+)")


def _openers(sources: tuple[Any, ...]) -> set[str] | None:
    """The opening words of one alternative; None if an entry does not open with an ASCII letter."""
    found = set()
    for source in sources:
        for entry in ([source] if isinstance(source, str) else source):
            lead = _LEAD.match(str(entry))
            if entry == _DIGIT:
                found.add(entry)
                continue
            if lead is None or not str(entry).isascii():
                return None
            found.add(lead.group().lower())
    return found


def _trie(words: set[str]) -> str:
    """A regex for exactly ``words`` that branches a letter at a time (an alternation of whole
    words is tried word after word)."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(letter) + emit(child) for letter, child in sorted(node.items()) if letter]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
        return body + ("?" if "" in node else "")

    return emit(tree)


def make_scanner(parts: list[tuple[str, tuple[Any, ...]]], groups: tuple[str, ...]) -> Scanner | None:
    """The :class:`Scanner` of ``parts`` (``groups``: the whole pattern's), or None when some
    alternative can open with something other than a digit or ASCII letters."""
    maybe_openers = [_openers(sources) for _, sources in parts]
    openers = [found for found in maybe_openers if found is not None]
    if len(openers) < len(maybe_openers):
        return None
    by_opener = {word: tuple(k for k, found in enumerate(openers) if word in found)
                 for word in set().union(*openers)}
    # The left edge loosened to what lowercasing cannot change, so the candidates include every
    # start of the pattern; each candidate's own pattern checks the real edge.
    words = _trie(set(by_opener) - {_DIGIT})
    return Scanner(tuple(regex for regex, _ in parts), groups, by_opener,
                    re.compile(r"(?<![A-Za-z0-9_])(?:\d|" + words + r"(?![a-z]))"))


def scan(whole: re.Pattern[str], scanner: Scanner | None, text: str) -> Iterator[re.Match[str]]:
    """``whole.finditer(text)``: the same matches in order, found faster by ``scanner`` (see :class:`Scanner`)."""
    if scanner is None:
        yield from whole.finditer(text)
        return
    starts: Iterable[tuple[int, str]]
    if _FOLDING.search(text):
        starts = ((word.start(), word.group()) for word in _WORD_START.finditer(text))
    else:
        starts = ((found.start(), found.group()) for found in scanner.candidates.finditer(text.lower()))
    end = 0
    for start, word in starts:
        if start >= end:
            if word[0].isdigit():
                pattern = scanner.pattern(_DIGIT)
            elif word.isascii():
                pattern = scanner.pattern(word.lower())
            else:
                pattern = whole
            found = pattern.match(text, start) if pattern is not None else None
            if found is not None:
                end = found.end()
                yield found
