"""Sides named by a phrase of circumstance on the clause's verb, not by the event word's own words.

News often names an event by one side only and leaves the other to the clause it sits in:

* **a meeting before the act**: "Iran's foreign minister signed a deal after talks with the Russian
  president", "following a meeting with Y, X announced ...": the meeting noun (``meeting_nouns``)
  in a phrase of ``sequel_prepositions`` on a verb is the verb subject's meeting with Y. Only
  "after"/"following": the meeting is over, so it took place ("ahead of talks" is a plan, and the
  modality stage reads plans); only meeting nouns: "police detained ten people after the protest"
  says nothing of who protested.
* **harm done in a fight with someone**: "dozens of protesters were arrested in clashes with
  police", "two soldiers were killed in fighting with the rebels": an agentless passive of what one
  side of a fight does to the other's people (``fight_harm_codes``: arrests, crowd control,
  killing, wounding) with an "in" phrase on a fight noun (``fight_nouns``) whose "with" phrase names
  the other side: that side did it. "Killed in clashes between X and Y" names no single doer and is
  left alone.

The word classes are in ``lexicon/inferred_sides.yaml``. Both sides are inferred from the clause, not
said of the event word, so the matcher's confidence penalty of an inherited side applies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_index import ActorIndex, Arg
from .arguments import resolve
from .relations import agent_of, children, is_passive, pobjs, subjects
from .words import inferred_side_words

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["fight_partners", "sequel_meeting_source"]


def sequel_meeting_source(noun: Token, index: ActorIndex) -> list[Arg]:
    """The subject of the verb a meeting noun dates through "after"/"following" ("X signed the deal
    after talks with Y" -> X); none for a passive verb or a noun of another kind."""
    classes = inferred_side_words(noun.doc)
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in classes.get("meeting_nouns", frozenset()):
        return []
    prep = noun.head
    if prep.lower_ not in classes.get("sequel_prepositions", frozenset()) or prep.dep_ not in ("prep", "advcl"):
        return []
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or is_passive(verb):
        return []
    return [a for t in subjects(verb)[0] for a in resolve(t, index)]


def fight_partners(verb: Token, code: str, index: ActorIndex) -> list[Arg]:
    """The other side of the fight an agentless passive of harm happened in ("protesters were arrested
    in clashes with police" -> the police)."""
    classes = inferred_side_words(verb.doc)
    if not code.startswith(tuple(classes.get("fight_harm_codes", ()))) or not is_passive(verb) or agent_of(verb):
        return []
    fights = classes.get("fight_nouns", frozenset())
    partner_preps = classes.get("fight_partner_prepositions", frozenset())
    for prep in children(verb, "prep"):
        if prep.lower_ not in classes.get("fight_circumstance_prepositions", frozenset()):
            continue
        for noun in pobjs(prep):
            if noun.lemma_.lower() not in fights and noun.lower_ not in fights:
                continue
            found = [a for p in children(noun, "prep") if p.lower_ in partner_preps
                     for t in pobjs(p) for a in resolve(t, index)]
            if found:
                return found
    return []
