"""Event nouns whose doer a past participle names: "the sanctions imposed by the EU on Iran", "air
strikes carried out by Syrian warplanes on Raqqa", "the offensive launched by the army against the
rebels", "a protest staged by students against the decree".

The participle (an ``acl`` on the noun, in the passive voice) is a light verb of the noun, as "held"
is in "X held talks with Y": the act is the noun's, the participle's "by" phrase names who did it and
its other phrases ("on Iran", "against the rebels") belong to the noun, where the parser hung them on
the participle. Only the verbs of ``participle_light_verbs`` (nouns.yaml) count: verbs that do the act
their noun names (impose, carry out, launch, stage), not verbs that offer, plan, order or end it ("the
aid offered by Japan" is a pledge, "the attack ordered by X" a command, "the talks ended by X" an end),
and only with a "by" phrase: with none, the sentence does not say who did it.

An event noun's "of" phrase names its doer too when the noun has its target in another phrase ("the visit
of the Indian prime minister to Nepal", "the meeting of the Chinese president with the Russian
president"; :func:`of_agent`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .arguments import lemma_keys, resolve
from .lexicon import Lexicon
from .relations import agent_of, children
from .words import words_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .actor_index import ActorIndex, Arg


def participle_light(noun: Token, lex: Lexicon) -> Token | None:
    """The past participle of ``participle_light_verbs`` that hangs on the event noun with a "by" phrase
    and no object of its own ("the sanctions imposed by the EU on Iran"), if any: the noun's light verb."""
    verbs = lex.modality.get("participle_light_verbs", [])
    if not verbs:
        return None
    for child in noun.children:
        if (child.dep_ == "acl" and child.tag_ == "VBN" and not children(child, "dobj")
                and any(k in verbs for k in lemma_keys(child)) and agent_of(child)):
            return child
    return None


def light_hosts(light: Token | None) -> list[Token]:
    """Where an event noun's target phrase may hang besides the noun: its light verb, and for a light
    participle also the object of its "by" phrase, on which the parser often hangs the phrase that follows
    it ("the raid carried out by US forces against al-Shabaab": "against" on "forces")."""
    if light is None:
        return []
    if light.dep_ == "acl" and light.tag_ == "VBN":
        return [light, *agent_of(light)]
    return [light]


def of_agent(noun: Token, lex: Lexicon, index: ActorIndex, used: set[int]) -> list[Arg]:
    """The actors of the "of" phrase of an event noun whose target came from another of its phrases (``used``:
    the target's tokens): "the visit of the Indian prime minister to Nepal" is the prime minister's visit.
    Not for a noun of what is done to someone (``patient_nouns``: "the extradition of X to Y" is done to X),
    nor when the "of" phrase is the target itself ("the arrest of X")."""
    if not used or {noun.lemma_.lower(), noun.lower_} & set(lex.modality.get("patient_nouns", [])):
        return []
    of_words = words_of(noun.doc).of_prepositions
    owners = [o for p in children(noun, "prep") if p.lower_ in of_words for o in children(p, "pobj") if o.i not in used]
    return [a for t in owners for a in resolve(t, index)]
