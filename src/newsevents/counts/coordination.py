"""Counts of coordinated people: "two teenagers and a man were killed" counts three, not two.

A number on one conjunct of a coordination counts only that part of the people the verb is about.
The count of the whole is the sum of its parts when every part is counted: a number ("two soldiers
and three civilians"), or one person (a singular noun of people, "a man", "their commander", or a
person's name). A part that is not counted ("two soldiers and several civilians", "two soldiers and
civilians") or is not people leaves the whole unknown, and the count is left out (precision first).
The whole is counted once, at its first numbered part.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

__all__ = ["coordinated_total", "coordination_root"]
_NOUNS = ("NOUN", "PROPN")
_ARGUMENTS = ("nsubj", "nsubjpass", "dobj")


def _joined_sibling(noun: Token) -> Token | None:
    """The noun before ``noun`` that the parser made a second subject or object of the same verb, with
    "and" hanging on it in between ("A nurse and three patients were wounded" parsed as two subjects)."""
    if noun.dep_ not in _ARGUMENTS or noun.head.i == noun.i:
        return None
    before = [c for c in noun.head.children if c.dep_ == noun.dep_ and c.i < noun.i and c.pos_ in _NOUNS]
    if not before:
        return None
    first = before[-1]
    joined = any(c.dep_ == "cc" and first.i < c.i < noun.i for c in first.children)
    return first if joined else None


def coordination_root(noun: Token) -> Token:
    """The first conjunct of the coordination ``noun`` is in (``noun`` itself when it is none):
    the token whose place in the sentence says what happened to all of them."""
    while True:
        if noun.dep_ == "conj" and noun.head.pos_ in _NOUNS and noun.head.i != noun.i:
            noun = noun.head
        elif (sibling := _joined_sibling(noun)) is not None:
            noun = sibling
        else:
            return noun


def _members(root: Token) -> list[Token]:
    found, stack = [], [root]
    while stack:
        tok = stack.pop()
        found.append(tok)
        stack += [c for c in tok.children if c.dep_ == "conj" and c.pos_ in _NOUNS]
        stack += [t for t in tok.head.children if t.i > tok.i and _joined_to(t, tok)]
    return sorted(set(found), key=lambda t: t.i)


def _joined_to(tok: Token, other: Token) -> bool:
    """Whether ``tok`` is joined to ``other`` as its coordinated sibling."""
    sibling = _joined_sibling(tok)
    return sibling is not None and sibling.i == other.i


def coordinated_total(noun: Token, numbers: dict[int, int], is_people: Callable[[Token], bool]) -> int | None:
    """The count of the whole coordination ``noun`` is in, when ``noun`` is its first numbered part.

    ``numbers`` maps the token index of each exact number to its value; ``is_people`` says whether a
    noun names people. Returns ``numbers`` of ``noun``'s own number when there is no coordination,
    0 when the count is to be left out (a later numbered part, an uncounted part, a part not people).
    """
    members = _members(coordination_root(noun))
    own = {m.i: next((numbers[c.i] for c in m.children if c.i in numbers and c.dep_ in ("nummod", "quantmod")), None)
           for m in members}
    if len(members) == 1:
        return None
    numbered = [m for m in members if own[m.i] is not None]
    if not numbered or numbered[0].i != noun.i:
        return 0
    total = 0
    for member in members:
        value = own[member.i]
        if value is None:
            single = member.tag_ in ("NN", "NNP") and (member.ent_type_ == "PERSON" or is_people(member))
            if not single:
                return 0
            value = 1
        elif not is_people(member):
            return 0
        total += value
    return total
