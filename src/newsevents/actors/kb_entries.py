"""The entries of the actor knowledge base (countries, organisations, people, seats, role nouns) and the dated
terms they hold, with the reading of the dates and terms written in its files ("President 2021-08..2024 IRNGOV").

kb.py loads the files into a KnowledgeBase and indexes it for look-up; the records themselves and the reading of
a dated term do not depend on that, and the stages that code actors (roles.py, people.py, organizations.py)
use them without the loading. They stand apart so that neither has to be read to follow the other.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..errors import Errors, KnowledgeBaseError
from ..model import ActorKind

_TERM = re.compile(r"^(?P<role>.+?)\s+(?P<start>\d{4}(?:-\d\d){0,2})?\.\.(?P<end>\d{4}(?:-\d\d){0,2})?"
                   r"(?:\s+(?P<code>[A-Z]{3,12}))?$")


@dataclass(frozen=True)
class Term:
    """One office held between two dates (either may be open)."""

    role: str
    code: str
    start: date | None = None
    end: date | None = None

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class Country:
    iso3: str
    name: str
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capital: str = ""


@dataclass
class Organization:
    name: str
    code: str
    country: str | None = None
    kind: str = "organization"
    qid: str | None = None
    aliases: list[str] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    # names that are this body's only in a story of its own country ("Congress" in an Indian story is the Indian
    # National Congress, elsewhere a legislature): never looked up in the text alone, only where spaCy tagged them
    home_aliases: list[str] = field(default_factory=list)

    def code_on(self, day: date | None) -> str:
        """The organisation's code on ``day`` (a dated code overrides the default in its period)."""
        for term in self.terms:
            if day is not None and term.covers(day):
                return term.code
        return self.code


@dataclass
class Person:
    name: str
    country: str | None = None
    qid: str | None = None
    aliases: list[str] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    source: str = "people"


@dataclass
class Seat:
    name: str
    country: str
    agent: str


@dataclass
class RoleNoun:
    agent: str
    kind: ActorKind
    needs_country: bool = False  # "jets", "drones": an actor only with a country of its own ("Israeli jets")
    stateless: bool = False  # "rights groups": often foreign bodies; the context gives no country, the role stays
    indefinite: bool = False  # "a rebel group": an actor only after "a"/"an"; "the rebel group" is a named one again
    one_country: bool = False  # "farmers", "politicians": the story's country only when it is about one country


def parse_date(value: Any) -> date | None:
    """``2023``, ``2023-10`` or ``2023-10-16`` (or a date) as a date (the first day of a coarse value)."""
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    parts = [int(p) for p in str(value)[:10].split("-")]
    parts += [1] * (3 - len(parts))
    return date(*parts[:3])


def _end_date(value: str | None) -> date | None:
    """The last day a coarse end value covers (``2019`` -> 2019-12-31)."""
    if not value:
        return None
    parts = value.split("-")
    if len(parts) == 1:
        return date(int(parts[0]), 12, 31)
    if len(parts) == 2:
        month = int(parts[1])
        nxt = date(int(parts[0]) + month // 12, month % 12 + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1)
    return parse_date(value)


def parse_term(text: str, default_country: str | None, source: str) -> Term:
    """``"President 2021-08-03..2024-05-19 IRNGOV"`` as a Term (code defaults to country + GOV)."""
    match = _TERM.match(text.strip())
    if not match:
        raise KnowledgeBaseError(Errors.E406.format(text=text), source=source)
    code = match["code"] or (f"{default_country}GOV" if default_country else "")
    if not code:
        raise KnowledgeBaseError(Errors.E407.format(text=text), source=source)
    return Term(role=match["role"], code=code, start=parse_date(match["start"]), end=_end_date(match["end"]))


def dated_code(item: str, sep: str, end_date: Callable[[str | None], date | None]) -> Term:
    """A code with an optional period, ``CODE<sep>START..END`` (either end open), as a Term without a role."""
    code, _, span = item.partition(sep)
    start, _, end = span.partition("..")
    return Term(role="", code=code, start=parse_date(start or None), end=end_date(end or None))


def org_terms(entry: dict[str, Any]) -> list[Term]:
    """An organisation's dated codes: ``"IGOUNO 2001..2019"`` (a coarse end covers its whole year or month)."""
    return [dated_code(str(item), " ", _end_date) for item in entry.get("codes") or []]
