"""Demands stated as an obligation: "X said Y must do Z" is X demanding of Y (CAMEO 10).

The CAMEO codebook codes a reported "must" clause addressed to another actor as a demand ("the
administration declared that China must drop its barriers", "Russia said Sudan must return the
helicopter"): the reporter is the source, the clause's subject the target, whatever the verb under
"must" is (its own pattern, if any, is blocked as unasserted by the modal). The reporting verb must be
a plain statement (``transparent`` in modality.yaml) that is itself asserted, and the two sides must
differ: "we must stay vigilant", said of the speaker's own side, demands nothing of anyone; and the
modal must look ahead: "Y must have known", "Y should have acted" judge the past.

A "should" clause said the same way is advice, not a demand: "X said Y should do Z" is X appealing to
Y (CAMEO 02, whose codebook entry covers requests, proposals and suggestions), with the same
conditions (``appeal_modals`` in modality.yaml).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy
from spacy.attrs import LOWER

from ..nlp import doc_language
from .actor_index import ActorIndex, Arg
from .arguments import resolve
from .lexicon import Lexicon, Pattern
from .local_modality import Context
from .matcher import Match
from .modality import Modality
from .relations import subjects
from .words import CodingWords, coding_words, date_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

OBLIGATION = Pattern(id="rule:100:say-that-_-must", kind="verb", lemma="must", code="100",
                     text="X says (that) Y must ...", origin="rule", confidence=0.8)
ADVICE = Pattern(id="rule:020:say-that-_-should", kind="verb", lemma="should", code="020",
                 text="X says (that) Y should ...", origin="rule", confidence=0.7)


def modal_positions(doc: Doc, lex: Lexicon) -> list[int]:
    """Indices of the obligation and advice modals ("must", "should") in ``doc``, found on the array
    of lower-case word hashes rather than token by token."""
    words = [*lex.modality.get("obligation_modals", []), *lex.modality.get("appeal_modals", [])]
    if not words or not len(doc):
        return []
    hashes = [doc.vocab.strings.add(w) for w in words]
    lower = doc.to_array([LOWER])
    return [int(i) for i in numpy.flatnonzero(numpy.isin(lower, hashes))]


def demands_at(doc: Doc, positions: list[int], lex: Lexicon, index: ActorIndex,
               modality: Modality) -> list[tuple[Match, Arg, Arg, Context]]:
    """The "X said Y must ..." demands (and "X said Y should ..." appeals) at the modals of
    ``positions`` (see :func:`modal_positions`)."""
    reporting = set(lex.modality.get("transparent", []))
    advice = set(lex.modality.get("appeal_modals", []))
    words = coding_words(doc_language(doc))
    out: list[tuple[Match, Arg, Arg, Context]] = []
    for i in positions:
        tok = doc[i]
        if tok.dep_ != "aux":
            continue
        verb = tok.head
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in reporting:
            continue
        if any(c.dep_ == "neg" for c in verb.children) or _perfect(verb):
            continue
        found = _sides(verb, index, words)
        if found is None:
            continue
        sources, targets = found
        ctx = modality.walk(verb.head)
        if ctx.category is not None:
            # the statement itself must be asserted ("may say", "if X says")
            continue
        pattern = ADVICE if tok.lower_ in advice else OBLIGATION
        m = Match(pattern, verb, sources=sources, targets=targets, source_how="subj", target_how="slot")
        out += [(m, s, t, ctx) for s in sources for t in targets if _differ(s, t)]
    return out


def _perfect(verb: Token) -> bool:
    """A perfect after the modal ("Y should have known", "must have seen") judges the past or infers
    it: nothing is asked of Y."""
    perfect = date_words(doc_language(verb.doc)).perfect_auxiliaries
    return any(c.dep_ == "aux" and c.lemma_.lower() in perfect for c in verb.children)


def _sides(verb: Token, index: ActorIndex, words: CodingWords) -> tuple[list[Arg], list[Arg]] | None:
    """The speaker (the reporting verb's subject) and the side the modal clause is addressed to (its
    subject), unless that subject names nobody (``generic_subjects``: "we must act", "it must end")."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj or subj[0].lower_ in words.generic_subjects:
        return None
    targets = [a for t in subj for a in resolve(t, index)]
    sources = [a for t in subjects(verb.head)[0] for a in resolve(t, index)]
    if not targets or not sources:
        return None
    return sources, targets


def _differ(src: Arg, tgt: Arg) -> bool:
    """Two different sides: not the same actor, and not a country and its own government or people
    ("Kenya said the country must prepare": the speaker's own side)."""
    a, b = src.actor.code or "", tgt.actor.code or ""
    if src.actor.id and src.actor.id == tgt.actor.id:
        return False
    return a != b and not (a[:3] == b[:3] and (len(a) == 3 or len(b) == 3 or tgt.actor.kind == "country"))
