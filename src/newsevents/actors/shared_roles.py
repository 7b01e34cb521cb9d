"""Roles that one word gives to more than the noun it is written on.

A modifier of side written before two joined nouns qualifies both: "200 opposition activists and officials"
are opposition officials, "rebel commanders and officials" the rebels' officials, "opposition leaders and
lawmakers" opposition lawmakers (Phoenix's OPPOSITION_MP, OPP); read alone, "officials" and "lawmakers" are
the state's (GOV, LEG). And the head of a named political body outside the state is that body's: "X, the
leader of the National Front for ...", "the Brotherhood's spiritual leader X" head a front or a movement
(PTY, OPP), not a government, as "the head of the opposition party" already does (roles.read_role_words).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .kb import KnowledgeBase

#: the sides a modifier hands on to a joined noun, and that a named body's head takes: sides outside the
#: state (a modifier "government" or "police" before two nouns changes nothing a state noun does not say)
NON_STATE_SIDES = frozenset({"OPP", "REB", "INS", "PTY"})
#: the state roles a joined noun loses to the shared modifier ("officials" GOV, "lawmakers" LEG)
STATE_NOUN_AGENTS = frozenset({"GOV", "LEG"})
_OWN_MODIFIERS = ("amod", "compound", "nmod", "poss")  # words of the noun's own that say whose it is


def _side_of_word(word: str, kb: KnowledgeBase) -> str | None:
    """The non-state side a modifier word names: an actor noun by itself ("opposition", "rebels",
    "militants"), in the singular a modifier takes ("rebel"), or a party's word ("party" PTY)."""
    for form in (word, *(word + suffix for suffix in sorted(kb.words.plural_suffixes))):
        noun = kb.actor_nouns.get(form)
        if noun is not None:
            return noun.agent if noun.agent in NON_STATE_SIDES else None
    agent = kb.org_types.get(word)
    return agent if agent in NON_STATE_SIDES else None


def shared_side(noun: Token, agent: str, kb: KnowledgeBase) -> str | None:
    """The side a later joined noun (``noun``, of state ``agent``) takes from the modifier of the noun it is
    joined to ("opposition activists and officials": OPP); None when it has modifiers of its own ("opposition
    activists and government officials"), the first noun has no such modifier, or the two stand apart
    ("between opposition leaders and officials")."""
    if agent not in STATE_NOUN_AGENTS or noun.dep_ != "conj" or noun.head.i >= noun.i:
        return None
    if any(c.dep_ in _OWN_MODIFIERS for c in noun.children):
        return None
    first = noun.head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ == "pobj" and first.head.lower_ in kb.words.apart_prepositions:
        return None
    sides = {_side_of_word(t.lower_, kb) for t in first.lefts if t.dep_ in ("amod", "compound")} - {None}
    return sides.pop() if len(sides) == 1 else None


def own_side(noun: Token, agent: str, kb: KnowledgeBase) -> str | None:
    """The side of an armed noun of the state's (``agent`` MIL: "forces", "troops", "soldiers") whose own
    modifier names a side outside the state: "rebel forces", "insurgent troops", "opposition forces" are armed
    men against the state, rebels (REB; Phoenix codes OPPOSITION_FORCES with its armed type UAF beside OPP, and
    CAMEO's REB is the armed opposition), never the army the noun alone would be; None for a state's force
    ("government forces") or a hyphenated modifier ("anti-rebel forces", "counter-insurgent troops": the
    state's, fighting that side)."""
    if agent != "MIL":
        return None
    sides = {_side_of_word(t.lower_, kb) for t in noun.lefts if t.dep_ in ("amod", "compound")
             and not (t.i > 0 and t.nbor(-1).text == "-")} - {None, "PTY"}
    return "REB" if sides else None


def named_body_head(tokens: list[Token], kb: KnowledgeBase) -> str | None:
    """The side of a named body outside the state among a government title's words ("the leader of the
    National Front for ...", "the Brotherhood's leader"): a capitalised type word of such a body
    (``org_types`` of an agent of NON_STATE_SIDES); None when there is none."""
    for tok in tokens:
        agent = kb.org_types.get(tok.lower_)
        if agent in NON_STATE_SIDES and tok.is_title:
            return agent
    return None


def heads_a_side(tokens_after: list[Token], agent: str, kb: KnowledgeBase) -> bool:
    """Whether a singular title of a non-state side is followed by "of" and that side ("the leader of the
    opposition", "the head of the Islamist opposition"): an office of the story's country, as "the interior
    minister" is, though no name follows (``tokens_after``: the words right after the title)."""
    return agent in NON_STATE_SIDES and bool(tokens_after) and tokens_after[0].lower_ in kb.words.genitive_prepositions
