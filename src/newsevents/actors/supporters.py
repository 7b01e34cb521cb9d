"""A person's supporters: "his supporters", "supporters of opposition leader X", "X's loyalists".

CAMEO codes a body's members and supporters as the body (``organizations.affiliated_members``); Phoenix's agents
dictionary has one such agent for people, OPPOSITION_SUPPORTER (OPP). The supporters of a person stand on the
person's side when that side is a body of which they can be members: the opposition (OPP), a party (PTY) or an
armed group (REB). They are then a group of that code (a new actor, not the person). The supporters of a head of
state or a minister are not the government, and those of a former officeholder (ELI) or of a person of no known
side are nobody's side the text tells: they are left out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp import doc_language, doc_text
from ..resources import word_class
from .candidates import Cand
from .words import actor_words

_SIDES = ("OPP", "PTY", "REB")  # the agents of a side its supporters can join (see the module docstring)


def _owner_tokens(tok: Token, of_words: frozenset[str]) -> list[Token]:
    """The words naming whose supporters ``tok`` are: a possessor ("his", "X's"), a name before it ("X
    supporters") or the object of "of" ("supporters of X")."""
    owners = [c for c in tok.children if c.dep_ in ("poss", "compound") and c.i < tok.i]
    owners += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in of_words
               for o in p.children if o.dep_ == "pobj"]
    return owners


def _person_at(kept: list[Cand], tok: Token) -> Cand | None:
    """The one person candidate with a mention over ``tok`` (a name's head or a pronoun)."""
    start, end = tok.idx, tok.idx + len(tok)
    found = {c.key: c for c in kept if c.kind == "person" and c.start < end and start < c.end}
    return next(iter(found.values())) if len(found) == 1 else None


def person_supporters(doc: Doc, kept: list[Cand]) -> list[Cand]:
    """``kept`` with a group candidate for each plural of ``supporter_nouns`` owned by one person of a side
    (see the module docstring); a plural already held by another actor keeps it."""
    lang = doc_language(doc)
    nouns = actor_words(lang).supporter_nouns
    of_words = word_class("supporter_prepositions", "actors", "grammar.yaml", lang=lang)
    added: list[Cand] = []
    for tok in doc:
        if tok.tag_ != "NNS" or tok.lemma_.lower() not in nouns:
            continue
        owners = [p for p in (_person_at(kept, o) for o in _owner_tokens(tok, of_words)) if p is not None]
        if len({p.key for p in owners}) != 1:
            continue
        person = owners[0]
        if not person.code or not person.country or person.code[3:6] not in _SIDES:
            continue
        start, end = tok.idx, tok.idx + len(tok)
        if any(c.start < end and start < c.end for c in kept):
            continue
        code = person.code[:6]
        added.append(Cand(f"supporters:{person.key}", start, end, doc_text(doc)[start:end], "supporters",
                          f"supporters of {person.name}", "group", "supporters", person.country, code, None, 6))
    return kept + added
