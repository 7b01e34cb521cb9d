"""Reports carried by a noun: "Ruiz's claim that the vote was rigged", "a Lagos Times report that ...",
"warnings from his lawyer that ...".

A speech noun (``speech_nouns`` in ``cues.yaml``: claim, report, statement, warning, promise ...) with a
that-clause of its own reports that clause, its speaker the noun's owner: a possessive ("Ruiz's claim",
"his claim"), a name before it ("a Lagos Times report") or the agent after it ("a warning from the
ministry", "a statement by the army"). A noun with no owner in the text is left out (who claimed it is
unknown), and so is a relative clause ("the report that he wrote"): its "that" is a pronoun, not a mark.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy
from spacy.attrs import LEMMA

from .words import words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["noun_reports"]

_CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl", "appos", "advcl"})


def _owner(noun: Token) -> Token | None:
    """Who the report belongs to (see the module docstring)."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    named = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and c.pos_ == "PROPN"]
    if named:
        return named[-1]
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in words_of(noun.doc).agent_prepositions:
            agent = next((g for g in child.children if g.dep_ == "pobj"), None)
            if agent is not None and (agent.pos_ == "PROPN" or agent.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                      or any(g.dep_ == "poss" for g in agent.children)):
                return agent
    return None


def _that_clause(noun: Token) -> Token | None:
    """The noun's own that-clause: a finite clause opened by "that" as a conjunction. The parser often
    hangs it on the verb or preposition above the noun ("seizing upon a report | that ..."); a clause
    opening right after the noun's phrase is the noun's all the same."""
    after = max(t.i for t in noun.subtree) + 1
    above = [noun.head, noun.head.head] if noun.dep_ == "pobj" else [noun.head]
    near = [c for h in above for c in h.children if min(t.i for t in c.subtree) == after]
    opening = words_of(noun.doc).complementizers
    for child in list(noun.children) + near:
        if child.dep_ not in _CLAUSE_DEPS or child.i < noun.i or child.pos_ not in ("VERB", "AUX"):
            continue
        first = min(child.subtree, key=lambda t: t.i)
        if first.lower_ not in opening or first.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children):
            return child
    return None


def noun_reports(doc: Doc, lex: dict[str, Any]) -> list[tuple[Token, Token, int, int]]:
    """Every (noun, owner, start, end) of a speech noun's that-clause in ``doc`` (character offsets of
    the clause without its "that")."""
    found, that = [], words_of(doc).complementizers
    hashes = numpy.array([doc.vocab.strings[w] for w in lex["speech_nouns"]], dtype=numpy.uint64)
    rows = numpy.flatnonzero(numpy.isin(doc.to_array([LEMMA]).reshape(-1), hashes)).tolist()
    for token in (doc[i] for i in rows):  # a lookup of the lemma column, not a walk over every token
        if token.pos_ != "NOUN":
            continue
        clause = _that_clause(token)
        owner = _owner(token) if clause is not None else None
        if clause is None or owner is None:
            continue
        words = [t for t in clause.subtree if not (t.lower_ in that and t.dep_ == "mark" and t.head.i == clause.i)]
        while words and words[-1].is_punct:
            words.pop()
        if len(words) >= 3:
            found.append((token, owner, words[0].idx, words[-1].idx + len(words[-1].text)))
    return found
