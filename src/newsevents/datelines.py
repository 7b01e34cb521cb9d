"""The dateline of a story, read by one grammar: "HANOI, Vietnam (AP) —", "KHARTOUM/JUBA (Wire) -",
"PARIS --", "New Delhi: ...". Every stage asks this module (issue 18).

A dateline opens a line (a headline may come first) and says where the story was filed: the place's
words, an optional country after a comma, an optional agency credit in brackets, then a mark (a dash,
a hyphen between spaces or after a credit, or a colon) and the body. What the place must be to count
differs by reader and is the caller's choice: actors accept a known capital or country before a colon
("New Delhi:") but a word in capitals before a dash; places and quotes want the capitals (``capitals``).
A headline's tag ("UPDATE -", "ANALYSIS:") has the same shape and is no place: the tags are data
(``data/<lang>/datelines.yaml``). The body opens a sentence, so it does not start in lower case
("NATO — the alliance's envoy ..." is a name in apposition).

Some copy drops the mark ("NEW DELHI, India The army said ..."). Without it the shape is any line opening in
capitals ("WASHINGTON Post reporters ...", a headline in capitals), so that form is read only when the
gazetteer vouches for it: a place in capitals, a comma, a country, then a capitalised word, where the place is
a known city, region or town of that very country (:func:`_unmarked`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import yaml

from .resources import DEFAULT_LANGUAGE, data_path

__all__ = ["MARKS", "OPENING_CHARS", "OPENING_LINES", "Dateline", "find", "headline_tags", "line_starts", "read",
           "token_dateline"]

# A dateline opens the story: it is looked for in its first characters (actors) or non-empty lines (places).
OPENING_CHARS = 600
OPENING_LINES = 4
# the marks that end a dateline, as tokens ("SINGAPORE : ...", "PORTVILLE - ...", "WASHINGTON — ...")
MARKS = frozenset({":", "—", "–", "-", "--"})
# the filing date some wires put after the place ("KAMPALA, Uganda, Feb 09, 2004 (AP) -", "BEIJING, April
# 4 (Reuters) -"), by its shape only (a capitalised word and a day number, either order, maybe a
# year), so that it holds no month names of any language; a country holds no digits
_DAY = r"(?:[A-Z][^\W\d_]{2,9}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[^\W\d_]{3,10}\.?)(?:,?[ \t]*\d{4})?"
# place, optional ", Country", optional ", date", optional "(Agency)" with or without a comma before it, then the mark:
# after a credit any dash, even glued to the first word ("ANKARA (Wire) -Turkish"); else a dash or
# double hyphen, a single hyphen only between spaces ("PARIS - ...", never "CAP-HAITIEN"), or a colon
_GRAMMAR = re.compile(
    r"[ \t]*(?P<place>[A-Z][\w.'’ /-]{1,40}?)"
    r"(?:,[ \t]*(?P<country>[A-Z](?:[^\W\d_]|[.'’ -]){1,30}?))?"
    r"(?:,[ \t]*(?P<date>" + _DAY + r"))?[ \t]*"
    r"(?:,?[ \t]*\((?P<agency>[^)\n]{1,30})\)[ \t]*(?P<credited>[—–]|--?|:)[ \t]?"
    r"|(?P<mark>[—–]|--|(?<=[ \t])-|:)[ \t]+(?:\((?P<late>[^)\n]{1,30})\)[ \t]*)?)")
# the capitals a dateline's place is written in when no gazetteer vouches for it: "HANOI", "ST. PAUL"
_CAPITALS = 3
# a dateline with no mark: a place in capitals and a comma, then the words that may be its country
_UNMARKED = re.compile(r"[ \t]*(?P<place>[A-Z][A-Z.'’ -]{1,40}?[A-Z.]),[ \t]+")
_NON_SPACE = re.compile(r"\S")
_WORD = re.compile(r"[^\s,;:()]+")
_COUNTRY_WORDS = 4  # "Democratic Republic of Congo"


@dataclass(frozen=True)
class Dateline:
    """One dateline: character offsets into the text. ``end`` is where the body starts."""

    start: int
    end: int
    place: tuple[int, int]
    place_text: str
    country: tuple[int, int] | None
    country_text: str | None
    agency: tuple[int, int] | None
    mark: str

    @property
    def colon(self) -> bool:
        """ "New Delhi: ...": a colon form, which a headline ("Analysis: ...") shares."""
        return self.mark == ":"

    @property
    def capitals(self) -> bool:
        """The place is written in capitals ("MAIDUGURI"), as wires write datelines."""
        return self.place_text.isupper() and len(self.place_text) >= _CAPITALS

    @property
    def words(self) -> tuple[int, int]:
        """The place words, country included: "HANOI, Vietnam"."""
        return self.place[0], (self.country or self.place)[1]


@lru_cache(maxsize=4)
def headline_tags(lang: str = DEFAULT_LANGUAGE) -> frozenset[str]:
    """Words that open a headline in a dateline's shape ("UPDATE 2 -", "EXCLUSIVE:"), lower case."""
    path = data_path("datelines.yaml", lang=lang)
    if not path.exists():
        return frozenset()
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return frozenset(str(w).lower() for w in data.get("headline_tags", []))


def read(text: str, line_start: int, *, capitals: bool = False, lang: str = DEFAULT_LANGUAGE) -> Dateline | None:
    """The dateline opening the line at ``line_start``, or None. With ``capitals`` the place must be
    written in capitals (no gazetteer to vouch for it); else the caller judges the place."""
    match = _GRAMMAR.match(text, line_start)
    if match is None:
        return _unmarked(text, line_start, lang)
    if text[match.end():match.end() + 1].islower():
        # the body is a sentence: "NATO — the alliance's ..." is an acronym in apposition, no dateline
        return None
    place = match["place"].rstrip(" -")
    first = place.split()[0].rstrip(".").lower() if place.split() else ""
    if first in headline_tags(lang):
        return None
    country = match["country"].strip() if match["country"] else None
    agency = "agency" if match["agency"] is not None else "late" if match["late"] is not None else None
    line = Dateline(
        start=match.start("place"), end=match.end(),
        place=(match.start("place"), match.start("place") + len(place)), place_text=place,
        country=(match.start("country"), match.start("country") + len(country)) if country else None,
        country_text=country, agency=match.span(agency) if agency else None,
        mark=match["credited"] or match["mark"])
    if capitals and not line.capitals:
        return None
    return line


def _unmarked(text: str, line_start: int, lang: str) -> Dateline | None:
    """ "NEW DELHI, India The army said ...": a place in capitals, a comma, a country and a capitalised body
    with no mark between, read only when the place is a known place of that country (else "PARIS, France
    and Italy ..." or a headline in capitals would lose its first words). The longest country wins
    ("COLOMBO, Sri Lanka The ..." is not a country "Sri"). The place and country may stand alone on their line.
    """
    match = _UNMARKED.match(text, line_start)
    if match is None or match["place"].split()[0].rstrip(".").lower() in headline_tags(lang):
        return None
    line_end = text.find("\n", match.end())
    words = []
    for word in _WORD.finditer(text, match.end(), len(text) if line_end < 0 else line_end):
        words.append(word)
        if len(words) > _COUNTRY_WORDS:
            break
    if line_end >= 0 and len(words) <= _COUNTRY_WORDS:  # "PESHAWAR, Pakistan" alone: the body opens the next line
        first = _NON_SPACE.search(text, line_end)
        next_word = _WORD.match(text, first.start()) if first is not None else None
        words += [next_word] if next_word is not None else []
    for n in range(min(len(words) - 1, _COUNTRY_WORDS), 0, -1):
        body = words[n]
        if not body[0][0].isupper() or text[words[n - 1].end():body.start()].strip():
            continue
        country = text[words[0].start():words[n - 1].end()]
        if _place_of(match["place"], country, lang):
            place = match.span("place")
            return Dateline(start=place[0], end=body.start(), place=place, place_text=match["place"],
                            country=(words[0].start(), words[n - 1].end()), country_text=country, agency=None,
                            mark="")
    return None


def _place_of(place: str, country: str, lang: str) -> bool:
    """Whether ``place`` is a city, first-level region or town the gazetteer knows in the country ``country``.
    The gazetteer is imported here: the places stage reads datelines (this module) when it loads."""
    from .places.gazetteer import key, load_gazetteer

    gazetteer = load_gazetteer(lang=lang)
    found = gazetteer.names.get(key(country, lang))
    if found is None or found.kind != "country" or not found.country:
        return False
    return found.country in gazetteer.countries_of(place) or \
        key(place, lang) in gazetteer.towns_of(found.country)


def line_starts(text: str, limit: int | None = None) -> Iterator[int]:
    """The offsets where the text's lines start, up to ``limit`` characters."""
    start, stop = 0, len(text) if limit is None else min(limit, len(text))
    while start < stop:
        yield start
        start = text.find("\n", start) + 1
        if not start:
            return


def find(text: str, limit: int | None = None, *, capitals: bool = False,
         lang: str = DEFAULT_LANGUAGE) -> Iterator[Dateline]:
    """Every line that opens with a dateline, in the first ``limit`` characters, first first."""
    for start in line_starts(text, limit):
        line = read(text[:limit] if limit is not None else text, start, capitals=capitals, lang=lang)
        if line is not None:
            yield line


def token_dateline(word: str, following: str) -> bool:
    """Whether two tokens are a dateline the parser took into a clause ("SINGAPORE :", "PORTVILLE -"):
    a word in capitals, then a mark. For the quote stage, which reads tokens, not lines."""
    return word.isupper() and len(word) >= _CAPITALS and following in MARKS
