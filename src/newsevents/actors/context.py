"""Which country a bare role noun ("police", "protesters", "the rebels") belongs to, from its context.

Precision first, in this order: the one country named (or meant by a demonym) in the noun's own clause
(its verb and that verb's arguments, without subordinate or coordinated clauses, so "Israeli jets struck,
killing civilians" does not make the civilians Israeli);
else the story's dateline country ("MAIDUGURI, Nigeria —"), when the body names that country too; else the
article's main country when one clearly leads; else none (the noun is then left out).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from ..nlp import doc_text
from .kb import KnowledgeBase
from .mentions import NamedSpan, dateline


class CountryContext:
    """Country evidence of one article, indexed by sentence."""

    def __init__(self, doc: Doc, kb: KnowledgeBase, names: list[NamedSpan]) -> None:
        self.doc = doc
        evidence: dict[int, str] = {}
        votes: Counter[str] = Counter()
        named = {t for n in names for t in range(n.span.start, n.span.end)}
        line = dateline(doc_text(doc), kb)
        for n in names:
            if n.label in ("COUNTRY", "CAPITAL"):
                evidence.update({t: n.entry for t in range(n.span.start, n.span.end)})
                votes[n.entry] += 1
        for tok in doc:
            iso3 = kb.country_of_word(tok.text) if tok.i not in named and tok.is_title else None
            if iso3 and not (line and line[0] <= tok.idx < line[1]):
                votes[iso3] += 1
                if tok.dep_ in ("amod", "compound", "nmod", "poss"):  # "Syrian rebels", not "an American" (a person)
                    evidence[tok.i] = iso3
        self._evidence = evidence
        self.dateline = line[2] if line and line[2] and votes[line[2]] else None
        self.dominant = None
        if votes:
            (top, count), total = votes.most_common(1)[0], sum(votes.values())
            self.dominant = top if count >= 2 and count / total >= 0.35 else None

    def clause_country(self, token_i: int) -> str | None:
        """The one country named in the token's clause, if exactly one is."""
        found = {self._evidence[t.i] for t in _clause(self.doc[token_i]) if t.i in self._evidence}
        return next(iter(found)) if len(found) == 1 else None

    def country_for(self, token_i: int) -> str | None:
        """The country a bare role noun at ``token_i`` most likely belongs to, or None when unclear."""
        return self.clause_country(token_i) or self.dateline or self.dominant


_CLAUSE_DEPS = {"advcl", "ccomp", "relcl", "xcomp", "acl", "parataxis", "csubj"}


def _clause(tok: Token) -> list[Token]:
    """The tokens of the clause ``tok`` belongs to: its verb's subtree minus embedded and coordinated clauses."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    out: list[Token] = []
    todo = [verb]
    while todo:
        cur = todo.pop()
        out.append(cur)
        for child in cur.children:
            if not (child.dep_ in _CLAUSE_DEPS or (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"))):
                todo.append(child)
    return out
