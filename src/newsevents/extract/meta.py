"""Article metadata that is not the body: publication date, site, title clean-up and language.

Dates are never invented: a date comes from the page's metadata, else from its URL, else from
the user; otherwise it stays ``None``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import yaml

from ..resources import DEFAULT_LANGUAGE, data_path, word_classes

LOGGER = logging.getLogger(__name__)

# /2019/11/20/ or -2019-11-20- or _20191120_ in a URL path; /2019/11/ gives a month.
_URL_DAY = re.compile(r"(?<!\d)((?:19|20)\d{2})([/_.-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")
_URL_MONTH = re.compile(r"/((?:19|20)\d{2})/(0[1-9]|1[0-2])/")
_ISO_PREFIX = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?")
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")
# Below these, py3langid guesses: the language is left unknown rather than guessed.
MIN_LANGUAGE_CHARS = 40
MIN_LANGUAGE_PROBABILITY = 0.5
# A text of one or two sentences is guessed less surely: an English sentence full of names was read as
# Nigerian Pidgin at 0.64 (and skipped), while short French, Spanish or German news sentences score
# above 0.85. Under SHORT_TEXT_CHARS letters a language needs SHORT_TEXT_PROBABILITY.
SHORT_TEXT_CHARS = 300
SHORT_TEXT_PROBABILITY = 0.8


def _valid(year: str, month: str, day: str | None = None) -> bool:
    try:
        date(int(year), int(month), int(day or 1))
    except ValueError:
        return False
    return 1990 <= int(year) <= datetime.now().year + 1


def date_from_url(url: str | None) -> str | None:
    """The publication date written in a URL's path (``YYYY-MM-DD``, or ``YYYY-MM``), if any."""
    if not url:
        return None
    path = urlsplit(url).path
    for m in _URL_DAY.finditer(path):
        if _valid(m.group(1), m.group(3), m.group(4)):
            return f"{m.group(1)}-{m.group(3)}-{m.group(4)}"
    month = _URL_MONTH.search(path)
    if month and _valid(month.group(1), month.group(2)):
        return f"{month.group(1)}-{month.group(2)}"
    return None


def normalize_date(value: str | None) -> str | None:
    """An ISO 8601 date (``YYYY-MM-DD`` or ``YYYY-MM``) from an ISO-like or RFC 2822 string; else None."""
    if not value:
        return None
    value = str(value).strip()
    m = _ISO_PREFIX.match(value)
    if m and _valid(m.group(1), m.group(2), m.group(3)):
        return "-".join(g for g in m.groups() if g)
    try:
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        LOGGER.debug("unparsed date %r", value)
        return None


def _alternation(words: Iterable[str]) -> str:
    """``words`` as a regex alternation, longest first (none: one that never matches)."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w) for w in ordered) + ")" if ordered else "(?!)"


@dataclass(frozen=True)
class _DateWords:
    """A language's written-date and byline patterns, built from its data once."""

    months: dict[str, int]  # every name and abbreviation of ``times/calendar.yaml``, without its dot
    written_date: re.Pattern[str]
    byline: re.Pattern[str]


@lru_cache(maxsize=4)
def _date_words(lang: str) -> _DateWords:
    """The month and weekday names of the language's calendar (``times/calendar.yaml``: one list of
    names for every stage) and the byline words of ``byline.yaml``."""
    path = data_path("times", "calendar.yaml", lang=lang)
    calendar = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
    months = {str(w).lower().rstrip("."): int(n) for n, words in (calendar.get("months") or {}).items() for w in words}
    # the full weekday names ("Monday, March 3, 2024"): abbreviations end with a dot
    weekdays = {str(w).lower() for words in (calendar.get("weekdays") or {}).values() for w in words
                if not str(w).endswith(".")}
    written = re.compile(
        rf"(?:{_alternation(weekdays)},? )?"
        r"(?:(?P<m1>[a-z]{3,9})\.? (?P<d1>\d{1,2}),? (?P<y1>\d{4})|(?P<d2>\d{1,2}) (?P<m2>[a-z]{3,9})\.? (?P<y2>\d{4})"
        r"|(?P<iso>\d{4}-\d{2}-\d{2}))(?:[ ,T]+\d{1,2}[:.]\d{2}.*)?",
        re.IGNORECASE,
    )
    words = word_classes("byline.yaml", lang=lang)
    by, joined = _alternation(words.get("byline_openers", ())), _alternation(words.get("author_joiners", ()))
    labels, preps = _alternation(words.get("date_labels", ())), _alternation(words.get("date_label_prepositions", ()))
    byline = re.compile(
        rf"^(?:(?i:{by}) (?P<author>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}}"
        rf"(?: {joined} [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}})?))?"
        rf" ?[|·•,–—-]? ?(?:(?i:{labels})(?i: {preps})?:? )?(?P<date>.+)$"
    )
    return _DateWords(months, written, byline)


def written_date(value: str, lang: str = DEFAULT_LANGUAGE) -> str | None:
    """An ISO date from a date as news sites write it: ``May 21, 2024``, ``21 May 2024``, ``2024-05-21``
    (the month and weekday names of language ``lang``'s calendar)."""
    words = _date_words(lang)
    m = words.written_date.fullmatch(value.strip())
    if not m:
        return None
    if m.group("iso"):
        return normalize_date(m.group("iso"))
    name, day, year = (m.group("m1"), m.group("d1"), m.group("y1")) if m.group("m1") else (
        m.group("m2"), m.group("d2"), m.group("y2"))
    # a name or the start of one ("Sept", "Janu"), standing for one month only
    months = sorted({n for full, n in words.months.items() if full.startswith(name.lower())})
    if len(months) != 1 or not _valid(year, str(months[0]), day):
        return None
    return f"{year}-{months[0]:02d}-{int(day):02d}"


def byline_metadata(lines: list[str], lang: str = DEFAULT_LANGUAGE) -> tuple[str | None, str | None]:
    """``(published, author)`` from a byline or date line near the top of a plain-text article.

    Plain text copied from a page often keeps "By Jane Doe | March 3, 2024" or "Published:
    2024-03-05" under the headline; that line is chrome for the body but metadata for the article.
    """
    for line in lines:
        m = _date_words(lang).byline.match(line.strip())
        if m and (found := written_date(m.group("date"), lang)):
            return found, m.group("author")
    return None, None


def site_from_url(url: str | None) -> str | None:
    """The site of a URL: its host, lower-cased, without a leading ``www.``."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None


def clean_title(title: str | None, site_names: tuple[str | None, ...] = ()) -> str | None:
    """A page title without a trailing site name (``"Story | Al Bawaba"`` -> ``"Story"``)."""
    if not title:
        return None
    title = " ".join(title.split())
    names = {n.lower() for n in site_names if n}
    names |= {n.split(".")[0] for n in names}
    for sep in _TITLE_SEPARATORS:
        head, found, tail = title.rpartition(sep)
        if found and head and tail.strip().lower().removeprefix("www.") in names:
            return head.strip()
    return title


@lru_cache(maxsize=1)
def _identifier() -> Any:  # a py3langid LanguageIdentifier: py3langid ships no type hints
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """The text's language as an ISO 639-1 code, or None when the text is too short to tell."""
    sample = text[:5000]
    letters = sum(c.isalpha() for c in sample)
    if letters < MIN_LANGUAGE_CHARS:
        return None
    code, probability = _identifier().classify(sample)
    needed = SHORT_TEXT_PROBABILITY if letters < SHORT_TEXT_CHARS else MIN_LANGUAGE_PROBABILITY
    return code if probability >= needed else None
