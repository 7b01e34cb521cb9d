"""Mixed quotes: a few quoted words that name or characterise something inside the speaker's clause.

"Ruiz called half of the council “cowards”", "the ministry branded the vote a “farce”", "Banda
criticised the plan as a “crazy scheme”": the quoted words alone ("cowards") say little; what the
speaker said is the verb's object with its quoted complement ("half of the council “cowards”"). A
fragment governed by a naming verb (``naming_verbs`` in ``cues.yaml``: call, brand, label, describe ...)
or by any verb through "as" ("… X as “…”") becomes one indirect quote spanning the verb's complements,
its speaker the verb's subject. Several fragments under one verb ("“Miss Piggy” and “Miss
Housekeeping”") make one quote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..nlp import doc_text
from .words import words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["complement_span", "governing_verb"]

_COMPLEMENTS = frozenset({"dobj", "dative", "oprd", "xcomp", "ccomp", "prep", "attr", "acomp", "npadvmod"})
_CLIMB = 6  # head steps from the fragment to its verb


def governing_verb(doc: Doc, start: int, end: int, lex: dict[str, Any]) -> Token | None:
    """The naming verb (or a verb through "as") that the quoted words ``[start, end)`` complement."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    words = [t for t in span if not t.is_punct]
    if words and all(t.dep_ in ("amod", "compound") and not span.start <= t.head.i < span.end for t in words):
        return None  # "of ‘unprovoked’ fire": a scare-quoted modifier, the speaker's label for nothing
    token, through_as, qw = span.root, False, words_of(doc)
    for _ in range(_CLIMB):
        if token.dep_ == "pobj" and token.head.lower_ in qw.characterising_prepositions:
            through_as = True
        if token.head.i == token.i:
            return None
        if token.dep_ == "prep" and token.lower_ not in qw.complement_prepositions:
            return None  # "in his book, “...”": a setting of the clause, not what the verb names
        if token.dep_ in ("ccomp", "parataxis") and token.i < token.head.i:
            return None  # "“...,” Okafor described": a direct quote before its cue, not a complement
        token = token.head
        if token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT":
            break
    if token.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
        return None  # "it was labeled “Mostly True”": the subject of a passive is what was named
    if token.lemma_.lower() in lex["naming"] or (through_as and token.lemma_.lower() not in lex["not_naming"]):
        return token
    return None


def complement_span(verb: Token, start: int, end: int) -> tuple[int, int]:
    """Characters from the verb's first complement to the end of the last one reaching the quoted words.

    Complements wholly before the quoted words and after them are kept when they are the object or
    its predicate ("called [half of the council] [“cowards”]"); a time or place phrase after the
    quote ("… “cowards” on Monday") is not the speaker's words and is left out.
    """
    parts = [c for c in verb.children if c.dep_ in _COMPLEMENTS and c.i > verb.i]
    if not parts:
        return start, end
    first = min(t.idx for t in parts[0].subtree)
    last, through = end, words_of(verb.doc).characterising_prepositions
    for child in parts:
        sub = list(child.subtree)
        lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1].text)
        if lo < end and (child.dep_ != "prep" or lo <= start or child.lower_ in through):
            last = max(last, hi)
    doc, text = verb.doc, doc_text(verb.doc)
    # "… “crazy scheme” on Monday", "… “a liar” at a rally": a phrase after the quoted words that
    # only places them in time or space is the reporter's, wherever the parser attached it
    tail = [t for t in doc[verb.i:verb.sent.end] if end <= t.idx < last and t.dep_ == "prep"]
    if tail:
        last = tail[0].idx
    while last > end and text[last - 1].isspace():
        last -= 1
    while last < len(text) and text[last] in "”\"’'":
        last += 1
    return min(first, start), last
