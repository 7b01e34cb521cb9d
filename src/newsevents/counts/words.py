"""The function words the count rules read, by class, from ``data/<lang>/counts/words.yaml``.

A rule asks :func:`count_words` once per call for the Doc's language; the file is read once per
language. Class meanings are documented in the data file.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..resources import word_class

__all__ = ["CountWords", "count_words"]

_FILE = ("counts", "words.yaml")


@dataclass(frozen=True)
class CountWords:
    """One language's count word classes (see ``data/en/counts/words.yaml``)."""

    indefinite_articles: frozenset[str]
    number_openers: frozenset[str]
    opener_phrases: frozenset[tuple[str, str]]  # ("a", "few")
    number_joiners: frozenset[str]
    number_conjunctions: frozenset[str]
    percent_words: frozenset[str]
    partitive_prepositions: frozenset[str]
    exchange_prepositions: frozenset[str]
    copulas: frozenset[str]
    toll_value_prepositions: frozenset[str]
    toll_pronouns: frozenset[str]
    side_prepositions: frozenset[str]
    location_prepositions: frozenset[str]
    ago_words: frozenset[str]


@lru_cache(maxsize=8)
def count_words(lang: str) -> CountWords:
    """The classes of language ``lang`` (a language without the file has none: its rules find nothing)."""
    def cls(name: str) -> frozenset[str]:
        return word_class(name, *_FILE, lang=lang)

    phrases = frozenset((p.split()[0], p.split()[1]) for p in cls("opener_phrases") if len(p.split()) == 2)
    return CountWords(
        indefinite_articles=cls("indefinite_articles"), number_openers=cls("number_openers"), opener_phrases=phrases,
        number_joiners=cls("number_joiners"), number_conjunctions=cls("number_conjunctions"),
        percent_words=cls("percent_words"), partitive_prepositions=cls("partitive_prepositions"),
        exchange_prepositions=cls("exchange_prepositions"), copulas=cls("copulas"),
        toll_value_prepositions=cls("toll_value_prepositions"), toll_pronouns=cls("toll_pronouns"),
        side_prepositions=cls("side_prepositions"), location_prepositions=cls("location_prepositions"),
        ago_words=cls("ago_words"))
