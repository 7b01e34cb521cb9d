"""Numbers as news writes them: "1,400", "2.5 million", "three", "twenty-five", "dozens",
"several thousand", "tens of thousands", "half a million" -> an integer and the bound a vague word implies.

The words live in ``data/en/counts/numbers.yaml`` (the articles and conjunctions in ``words.yaml``);
:func:`parse_number` is pure and total (it returns None for anything that is not a number) so it can be
property-tested.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from ..errors import Errors, KnowledgeBaseError
from ..model import COUNT_BOUNDS, CountBound, in_vocabulary
from ..resources import DEFAULT_LANGUAGE, data_path
from .words import count_words

__all__ = ["NumberWords", "load_numbers", "parse_number"]
_DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$")


@dataclass(frozen=True)
class NumberWords:
    """The number vocabulary of ``numbers.yaml``."""

    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    vague: dict[str, tuple[int, CountBound]]
    articles: frozenset[str] = frozenset()  # "a", "an": one only at the start ("a hundred")
    conjunctions: frozenset[str] = frozenset()  # "and" between a number's parts, skipped
    fractions: dict[str, float] = field(default_factory=dict)  # "half" of "half a million"
    partitives: frozenset[str] = frozenset()  # "of" of "a quarter of a million"

    @property
    def words(self) -> frozenset[str]:
        """Every single word that can be part of a number."""
        vague_words = {w for phrase in self.vague for w in phrase.split()}
        named = frozenset(self.units) | frozenset(self.tens) | frozenset(self.scales) | frozenset(self.fractions)
        return named | vague_words


def count_bound(name: object, source: str) -> CountBound:
    """A count bound named in a data file, checked against the model's bounds.

    Raises:
        KnowledgeBaseError: ``name`` is not a bound the model knows.
    """
    bound = in_vocabulary(name, COUNT_BOUNDS)
    if bound is None:
        raise KnowledgeBaseError(Errors.E423.format(name=name, bounds=", ".join(COUNT_BOUNDS)), source=source)
    return bound


@lru_cache(maxsize=4)
def load_numbers(path: str | None = None, lang: str = DEFAULT_LANGUAGE) -> NumberWords:
    """Read the number words (the shipped file, or a user's file of the same shape).

    Raises:
        KnowledgeBaseError: the file is malformed.
    """
    source = Path(path) if path else data_path("counts", "numbers.yaml", lang=lang)
    words = count_words(lang)  # the function words of the parse (counts/words.yaml)
    try:
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
        return NumberWords(
            units={str(k): int(v) for k, v in data["units"].items()},
            tens={str(k): int(v) for k, v in data["tens"].items()},
            scales={str(k): int(v) for k, v in data["scales"].items()},
            vague={str(k): (int(v[0]), count_bound(v[1], str(source))) for k, v in data["vague"].items()},
            articles=words.indefinite_articles, conjunctions=words.number_conjunctions,
            fractions={str(k): float(v) for k, v in (data.get("fractions") or {}).items()},
            partitives=words.partitive_prepositions,
        )
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError, IndexError) as err:
        raise KnowledgeBaseError(Errors.E424.format(err=err), source=str(source)) from err


def _digits(token: str) -> float | None:
    match = _DIGITS.match(token)
    if not match:
        return None
    whole = int(match.group(1).replace(",", ""))
    return whole + float("0." + match.group(2)) if match.group(2) else float(whole)


def _fraction(tokens: list[str], nw: NumberWords) -> tuple[int, CountBound | None] | None:
    """"half a million" -> 500,000, "a quarter of a million" -> 250,000: a fraction word (after an
    optional article), an optional "of", then a number that opens with its article ("a million", "a
    dozen"). A fraction alone ("half of the residents") or before a bare number is no number."""
    if tokens and tokens[0] in nw.articles:
        tokens = tokens[1:]
    if len(tokens) < 3 or tokens[0] not in nw.fractions:
        return None
    rest = tokens[2:] if tokens[1] in nw.partitives else tokens[1:]
    if not rest or rest[0] not in nw.articles:
        return None
    whole = parse_number(" ".join(rest), nw)
    if whole is None or (whole[1] is not None and whole[1] != "exact"):
        return None
    return round(nw.fractions[tokens[0]] * whole[0]), None


def parse_number(text: str, words: NumberWords | None = None) -> tuple[int, CountBound | None] | None:
    """The value of a number expression and the bound its wording implies (None when exact).

    >>> parse_number("2,670")
    (2670, None)
    >>> parse_number("several thousand")
    (1000, 'more_than')
    """
    nw = words or load_numbers()
    clean = " ".join(text.lower().replace("-", " ").replace("\u2009", " ").split())
    if clean in nw.vague:
        return nw.vague[clean]
    if not clean:
        return None
    fraction = _fraction(clean.split(), nw)
    if fraction is not None:
        return fraction
    total, current, seen = 0.0, 0.0, False
    for token in clean.split():
        if token in nw.conjunctions and seen:
            continue
        number = _digits(token)
        if number is not None:
            current, seen = current + number, True
        elif token in nw.units and not (token in nw.articles and seen):
            current, seen = current + nw.units[token], True
        elif token in nw.tens:
            current, seen = current + nw.tens[token], True
        elif token in nw.scales and seen:
            scale = nw.scales[token]
            if scale >= 1000:
                total, current = total + current * scale, 0.0
            else:
                current *= scale
        else:
            return None
    value = total + current
    if not seen or value != value or value > 10**12:
        return None
    return round(value), None
