"""The function words the actor rules read, one named class of ``data/<lang>/actors/grammar.yaml`` each.

The rules of this package compare tokens with words ("the", "its", "respectively", the verbs of motion);
those words are the language's, not the rules', so they live in the data file of each language and are read
here once per language into a frozen record. A stage asks for :func:`actor_words` of the Doc's language (or
reads ``KnowledgeBase.words``, the same record for the knowledge base's language); no rule loads a file per
token. A language without the file has empty classes (its rules find nothing); a file that lacks a class
is a data error (E448), so a second language lists every class, empty where it has no such words.

``grammar.yaml`` also holds four classes the knowledge base reads as sections a user file may extend
(``definite_articles``, ``determiners``, ``of_words``, ``possessive_determiners``): they stay on
:class:`~newsevents.actors.kb.KnowledgeBase`.
"""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..resources import DEFAULT_LANGUAGE, word_record

if TYPE_CHECKING:
    from spacy.tokens import Doc

_FILE = ("actors", "grammar.yaml")


@dataclass(frozen=True)
class ActorWords:
    """Every word class of the actor rules (the YAML comment of each class says what reads it)."""

    # pronouns.py
    male_pronouns: frozenset[str]
    female_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    neuter_pronouns: frozenset[str]
    neuter_possessives: frozenset[str]
    thing_pronouns: frozenset[str]
    empty_subject_verbs: frozenset[str]
    collective_plural_nouns: frozenset[str]
    # mentions.py
    possessive_markers: frozenset[str]
    motion_verbs: frozenset[str]
    presence_verbs: frozenset[str]
    presence_prepositions: frozenset[str]
    presence_particle_phrases: frozenset[str]
    dispatched_people_nouns: frozenset[str]
    sending_verbs: frozenset[str]
    destination_prepositions: frozenset[str]
    border_prepositions: frozenset[str]
    edge_nouns: frozenset[str]
    membership_prepositions: frozenset[str]
    narrowing_modifiers: frozenset[str]
    actor_prepositions: frozenset[str]
    indefinite_articles: frozenset[str]
    acronym_introductions: frozenset[str]
    state_form_nouns: frozenset[str]
    # phrases.py
    count_modifiers: frozenset[str]
    count_nouns: frozenset[str]
    crowd_count_nouns: frozenset[str]
    spokesperson_titles: frozenset[str]
    statement_nouns: frozenset[str]
    office_nouns: frozenset[str]
    genitive_prepositions: frozenset[str]
    portfolio_prepositions: frozenset[str]
    head_nouns: frozenset[str]
    and_conjunctions: frozenset[str]
    based_words: frozenset[str]
    backer_words: frozenset[str]
    stance_prefixes: frozenset[str]
    body_place_prepositions: frozenset[str]
    respectively_words: frozenset[str]
    stance_prepositions: frozenset[str]
    part_nouns: frozenset[str]
    part_prepositions: frozenset[str]
    sender_nouns: frozenset[str]
    sender_prepositions: frozenset[str]
    audience_prepositions: frozenset[str]
    # roles.py
    former_words: frozenset[str]
    tenure_words: frozenset[str]
    shared_words: frozenset[str]
    title_ranks: frozenset[str]
    party_words: frozenset[str]
    member_words: frozenset[str]
    possessive_pronouns: frozenset[str]
    target_prepositions: frozenset[str]
    opposition_words: frozenset[str]
    order_verbs: frozenset[str]
    movement_name_words: frozenset[str]
    role_object_prepositions: frozenset[str]
    relative_pronouns: frozenset[str]
    or_conjunctions: frozenset[str]
    name_link_words: frozenset[str]
    name_introductions: frozenset[str]
    naming_words: frozenset[str]
    leader_links: frozenset[str]
    supporter_nouns: frozenset[str]
    # resolve.py
    government_nouns: frozenset[str]
    seniority_words: frozenset[str]
    name_continuers: frozenset[str]
    leader_titles: frozenset[str]
    # descriptions.py, peoples.py, context.py, furniture.py
    age_words: frozenset[str]
    age_suffixes: frozenset[str]
    singular_demonyms_in_s: frozenset[str]
    single_determiners: frozenset[str]
    other_party_prepositions: frozenset[str]
    spread_prepositions: frozenset[str]
    spread_nouns: frozenset[str]
    byline_words: frozenset[str]
    # shared_roles.py
    apart_prepositions: frozenset[str]
    plural_suffixes: frozenset[str]
    # quoted_we.py
    speaker_pronouns: frozenset[str]


@lru_cache(maxsize=8)
def actor_words(lang: str = DEFAULT_LANGUAGE) -> ActorWords:
    """The actor word classes of language ``lang``, read once."""
    return word_record(ActorWords, *_FILE, lang=lang)


def without_article(text: str, articles: Set[str]) -> str:
    """``text`` without a leading article written as a word of its own ("the Hamas movement" -> "Hamas
    movement"), as names are looked up without it."""
    lower = text.lower()
    for article in articles:
        if lower.startswith(article + " "):
            return text[len(article) + 1:]
    return text


def stance_prefixed(doc: Doc, k: int, words: ActorWords) -> bool:
    """Whether "anti-" or "pro-" (``stance_prefixes``) is glued before token ``k`` of ``doc``: the country
    that token names is what its phrase opposes or supports ("an anti-Syria journalist", "the pro-Iranian
    Hezbollah"), not the phrase's own (actors.role_nouns.stance_prefixed reads the same from a Columns)."""
    return k >= 2 and doc[k - 1].text == "-" and not doc[k - 2].whitespace_ \
        and doc[k - 2].lower_ in words.stance_prefixes


def phrase_pattern(phrases: frozenset[str]) -> str:
    """An alternation of ``phrases`` for a regex, longest first, each word escaped and ``*`` standing for one
    optional word ("known by its * acronym" also reads "known by its French acronym"); matches nowhere when
    there are none."""
    if not phrases:
        return "(?!)"
    alternatives = [re.escape(p).replace(r"\ \*\ ", r" (?:\w+ )?") for p in sorted(phrases, key=lambda p: (-len(p), p))]
    return "(?:" + "|".join(alternatives) + ")"
