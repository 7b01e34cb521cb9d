"""Clauses and phrases under a governor that state acts which took place, whatever the governor's mode:
"vowed revenge after a US strike killed its general", "while X commended Y, Z may ...", "pledged to deepen
trade during a meeting with Y". The walk of modality.py stops climbing at them.

Each reads word lists of modality.yaml (``factive_marks``, ``time_factive_marks``, ``setting_preps``,
``setting_nouns``, ``ahead_words``) that the walk passes in. They are apart from modality.py because they
answer one question of their own, "did this happen?", about a clause of time or a setting, not how a
governor asserts an event.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from typing import TYPE_CHECKING

from .arguments import lemma_keys
from .clauses import has_modal, past_tense, to_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token


def factive_clause(clause: Token, factive_marks: Set[str], time_marks: Mapping[str, str]) -> bool:
    """Whether an adverbial clause asserts its act whatever its main clause's mode: "while X
    commended Y, Z may ..." (a contrastive or causal clause, factive_marks) or a clause of time that
    states a fact (time_clause). A clause of a gerund ("have sometimes gathered while marching")
    has the main verb's subject and time, and its habit or possibility."""
    if clause.tag_ == "VBG":
        return False
    if any(c.dep_ == "mark" and c.lower_ in factive_marks for c in clause.children):
        return True
    return time_clause(clause, time_marks) is True


def time_clause(clause: Token, time_marks: Mapping[str, str]) -> bool | None:
    """A clause of time (time_factive_marks; the parser hangs "when" as an adverb): True when it
    states a fact, in a past tense or, for "after", any ("vowed revenge after a US strike killed its
    general", the headline's "after US strike kills general"); False when it is what the main clause
    waits for ("vowed to hit back when Y attacks", "after Y would ..."); None: no clause of time."""
    kids = list(clause.children)
    tense = next((time_marks[c.lower_] for c in kids if c.dep_ in ("mark", "advmod") and c.i < clause.i
                  and c.lower_ in time_marks), None)
    if tense is None or clause.tag_ == "VBG":
        return None
    if has_modal(clause):
        return False
    return tense == "any" or past_tense(clause)


def past_setting(noun: Token, prep: Token, words: Mapping[str, Set[str]], infinitive: frozenset[str]) -> bool:
    """Whether ``noun`` is a meeting, visit or call that a preposition of setting ("during") hangs
    on a verb in a past tense or on its to-infinitive, with no word that puts it ahead ("next",
    "upcoming"): the occasion on which the past pledge or agreement was made."""
    if prep.lower_ not in words["setting_preps"] or prep.dep_ != "prep" or \
            not set(lemma_keys(noun)) & words["setting_nouns"]:
        return False
    if any(t.lower_ in words["ahead_words"] for t in noun.subtree if t.i < noun.i):
        return False
    verb = prep.head
    if verb.dep_ == "xcomp" and to_infinitive(verb, infinitive):
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and past_tense(verb)
