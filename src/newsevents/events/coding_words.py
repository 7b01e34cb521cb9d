"""The function words the event coder's rules compare with tokens, per language.

The rules of senses.py, modality.py, obligations.py and confidence.py read prepositions, auxiliaries,
negators and pronouns: which words they are is knowledge of a language, kept in
``data/<lang>/lexicon/coding.yaml`` (one named class per purpose), not in the rules. The classes are
read once per language into a frozen :class:`CodingWords`, so that a rule on the hot path tests a
frozenset and never calls a loader.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache

from ..resources import DEFAULT_LANGUAGE, word_class

FILE = ("lexicon", "coding.yaml")


@dataclass(frozen=True)
class CodingWords:
    """One language's classes of coding.yaml (see the comment on each class there)."""

    infinitive_markers: frozenset[str]
    complement_negators: frozenset[str]
    noun_argument_preps: frozenset[str]
    noun_object_preps: frozenset[str]
    verb_object_preps: frozenset[str]
    grievance_preps: frozenset[str]
    topic_preps: frozenset[str]
    destination_preps: frozenset[str]
    between_preps: frozenset[str]
    reported_speech_verbs: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    generic_subjects: frozenset[str]
    public_share_words: frozenset[str]


@lru_cache(maxsize=8)
def coding_words(lang: str = DEFAULT_LANGUAGE) -> CodingWords:
    """The coding words of language ``lang`` (empty classes for a language without the file)."""
    return CodingWords(**{f.name: word_class(f.name, *FILE, lang=lang) for f in fields(CodingWords)})
