"""The words that name a speaker: the subject's noun phrase as the text gives it at this attribution.

Titles and modifiers before the head are kept ("Tulsa police Chief Ana Ruiz"); so is what completes the
phrase after it without a comma: a prepositional phrase that says whose or which ("a spokeswoman for the
port authority", "the Council for Coastal Safety", "Ms. Velt of the Sierra Club"), a party tag ("Rep.
Dana Welk (D-Ore.)", "Sen. Omar Velt, R-Tex."), and a second speaker joined by "and" ("Mr. Arno and Ms.
Belt said"). Appositions and clauses after a comma ("..., the chairman of the panel, said") describe the
speaker and are left out, as are phrases of time or place the parser hung on the name ("Ruiz on Monday
said").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..datelines import token_dateline
from ..nlp import doc_text
from .words import words_of

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["noun_phrase", "qualifier"]

_NOT_OWNERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
_MAX_AFTER = 8  # tokens a completing phrase may add after the head


def _plain(tokens: list[Token]) -> bool:
    """No comma, bracket, dash or quotation mark inside: the phrase does not run into another."""
    return all(not t.is_punct or t.text in ".-'’&" for t in tokens)


def qualifier(head: Token, at: int | None = None) -> Token | None:
    """The prepositional phrase on ``head`` right after it (or at index ``at``) that completes it ("for the
    port authority"), or None. A phrase of time ("on Monday") or one past a comma does not complete a name."""
    at = head.i + 1 if at is None else at
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.i == at), None)
    if prep is None or prep.lower_ not in words_of(head.doc).owner_prepositions:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    sub = list(prep.subtree)
    if obj is None or obj.ent_type_ in _NOT_OWNERS or len(sub) > _MAX_AFTER or not _plain(sub):
        return None
    return prep


def _last_index(head: Token) -> int:
    """The index of the phrase's last token: the head, a completing phrase, a joined second name."""
    last = head.i
    prep = qualifier(head)
    if prep is not None:
        last = max(t.i for t in prep.subtree)
    conj = next((c for c in head.rights if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")), None)
    if conj is not None:
        between = head.doc[last + 1:conj.i + 1]
        joined = words_of(head.doc).coordinating_and
        if len(between) <= 5 and any(t.dep_ == "cc" and t.lower_ in joined for t in between) and _plain(list(between)):
            last = conj.i
            prep = qualifier(conj) or qualifier(head, conj.i + 1)  # "builders and engineers at the port"
            if prep is not None:
                last = max(t.i for t in prep.subtree)
    return last


def noun_phrase(token: Token) -> str:
    """The speaker's words: see the module docstring ("Cheuk Hau-yip", not "..., the commander")."""
    named = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named is not None and token.pos_ != "PROPN":  # "the professor, Kevin King": the name
        token = named
    doc = token.doc
    words = [t for t in token.subtree if t.i <= token.i or t.dep_ in ("compound", "poss", "case")]
    first = words[0].i if words else token.i
    # a parse that runs the name into the quote or a clause before it ("... form,” lead researcher Ana
    # Ruiz"): the name starts after the last mark or comma
    cut = [k for k in range(first, token.i) if doc[k].is_punct and doc[k].text not in ".-'’&"]
    first = cut[-1] + 1 if cut else first
    if first + 1 < token.i and token_dateline(doc[first].text, doc[first + 1].text):
        first += 2  # "PORTVILLE - Harbour Minister Tom Hale": the dateline is the agency's
    # an article goes; a quantifier stays part of who spoke ("some experts", "another source")
    articles = words_of(doc).articles
    while first < token.i and (doc[first].dep_ == "punct" or doc[first].lower_ in articles):
        first += 1
    last = _last_index(token)
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    party = words_of(doc).party_tag.match(doc_text(doc), end)  # "(D-Ore.)": a US party tag after the name
    if party is not None:
        end = party.end()
    return doc_text(doc)[start:end]
