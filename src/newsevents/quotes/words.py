"""The function words the quote rules read, by class, from ``data/<lang>/quotes/words.yaml``.

A rule asks :func:`words_of` once per call for the Doc's language and compares tokens with the classes
it names; the file is read once per language. Class meanings are documented in the data file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..nlp import doc_language
from ..resources import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["QuoteWords", "quote_words", "words_of"]

_FILE = ("quotes", "words.yaml")


@dataclass(frozen=True)
class QuoteWords:
    """One language's quote word classes (see ``data/en/quotes/words.yaml``)."""

    complementizers: frozenset[str]
    relative_pronouns: frozenset[str]
    pronoun_gender: dict[str, str]  # "he" -> "male", "she" -> "female"
    person_possessives: frozenset[str]
    institution_pronouns: frozenset[str]
    statement_nouns: frozenset[str]
    title_small_words: frozenset[str]
    characterising_prepositions: frozenset[str]
    complement_prepositions: frozenset[str]
    owner_prepositions: frozenset[str]
    articles: frozenset[str]
    definite_articles: frozenset[str]
    coordinating_and: frozenset[str]
    topic_prepositions: frozenset[str]
    agent_prepositions: frozenset[str]
    reason_prepositions: frozenset[str]
    question_words: frozenset[str]
    agent_noun_endings: tuple[str, ...]
    party_tag: re.Pattern[str]  # "(D-Ore.)", ", R-Tex.": matched at a name's end


@lru_cache(maxsize=8)
def quote_words(lang: str) -> QuoteWords:
    """The classes of language ``lang`` (a language without the file has none: its rules find nothing)."""
    def cls(name: str) -> frozenset[str]:
        return word_class(name, *_FILE, lang=lang)

    gender = {word: "male" for word in cls("male_pronouns")} | {word: "female" for word in cls("female_pronouns")}
    return QuoteWords(
        complementizers=cls("complementizers"), relative_pronouns=cls("relative_pronouns"), pronoun_gender=gender,
        person_possessives=cls("person_possessives"), institution_pronouns=cls("institution_pronouns"),
        statement_nouns=cls("statement_nouns"), title_small_words=cls("title_small_words"),
        characterising_prepositions=cls("characterising_prepositions"),
        complement_prepositions=cls("complement_prepositions"), owner_prepositions=cls("owner_prepositions"),
        articles=cls("articles"), definite_articles=cls("definite_articles"),
        coordinating_and=cls("coordinating_and"), topic_prepositions=cls("topic_prepositions"),
        agent_prepositions=cls("agent_prepositions"), reason_prepositions=cls("reason_prepositions"),
        question_words=cls("question_words"), agent_noun_endings=tuple(sorted(cls("agent_noun_endings"))),
        party_tag=_party_tag(cls("party_letters"), cls("party_abbreviations")))


def _party_tag(letters: frozenset[str], abbreviations: frozenset[str]) -> re.Pattern[str]:
    """A party tag after a name: a letter, or an abbreviation with or without its dot, in brackets with an
    optional state ("(D-Ore.)", "(Ind.)"), or a letter and state between commas (", R-Tex.,")."""
    letter = "[" + "".join(sorted(re.escape(w.upper()) for w in letters)) + "]" if letters else "(?!)"
    named = "|".join(re.escape(w.capitalize()) + r"\.?" for w in sorted(abbreviations, key=lambda w: (-len(w), w)))
    state = r"[A-Z][A-Za-z.]*"
    return re.compile(rf"\s*\((?:{letter}{'|' + named if named else ''})(?:-{state}(?: {state})?)?\)"
                      rf"|,\s*{letter}-{state}(?=,)")


def words_of(doc: Doc) -> QuoteWords:
    """The quote word classes of ``doc``'s language."""
    return quote_words(doc_language(doc))
