"""Acts done to someone, whose possessor or "of" phrase names their victim, never their doer.

"Fernandez's arrest", "the killing of the diplomats", "the Khashoggi murder": in these noun phrases
the possessor, the "of" object or the name before the noun is the one *arrested* or *killed*. So when
such a noun is the argument of a verb ("X condemned Fernandez's arrest", "Y called the detention of
its leader a terrorist act"), the party judged is whoever did the act, not its victim: CAMEO's 111
is "decry a policy or an action; criticize ... responsible parties". The noun stands for its doer
only: its agentive "by" phrase ("the arrest of the reporter by police"), or a possessor when an "of"
phrase holds the victim ("Russia's arrest of the journalist"); with neither, it names no one and the
event keeps no target rather than the victim as one. The nouns are ``patient_act_nouns`` of
arguments.yaml (a named class: not the acts of ``state_act_nouns`` such as "Yugoslavia's
suppression", whose possessor is its doer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .words import words_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def is_patient_act(tok: Token) -> bool:
    """Whether ``tok`` is a noun of ``patient_act_nouns`` (its possessor is the act's victim)."""
    return tok.pos_ == "NOUN" and bool({tok.lemma_.lower(), tok.lower_} & words_of(tok.doc).patient_act_nouns)


def patient_act_doers(tok: Token, agents: list[Token]) -> list[Token]:
    """The words that name the doer of a patient act ``tok``: its "by" agents (``agents``, found by
    the caller's agent rule), else its possessor when an "of" phrase names the victim; no one else."""
    if agents:
        return agents
    if names_its_victim(tok):
        return [c for c in tok.children if c.dep_ == "poss" and c.i < tok.i]
    return []


def names_its_victim(tok: Token) -> bool:
    """Whether a patient act has an "of" phrase, which then holds its victim ("Russia's arrest of the
    journalist": the possessor is the doer, not the one arrested)."""
    of_words = words_of(tok.doc).of_prepositions
    return any(c.dep_ == "prep" and c.lower_ in of_words for c in tok.children)
