"""Where a pattern's target slot is in the parse: the tokens a slot of each kind reads.

``dobj`` reads the dative or the direct object; ``that`` the subject of a complement clause;
``any`` (the slot of patterns converted from Phoenix) the dative, the object, or the object of
one of ``any_slot_prepositions``; a preposition slot its objects on the trigger or its hosts, on a
descendant of an event noun, or in an "including with X" on an ancestor. Split from matcher.py,
which matches the patterns themselves.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from .forms import forms_of
from .relations import children, pobjs, preps
from .words import words_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .lexicon import Slot


def _including(tok: Token, prep: str) -> list[Token]:
    """Objects of "including with X" hung on an ancestor ("plans to call, including with X"; the
    ``inclusion_words``)."""
    inclusion = words_of(tok.doc).inclusion_words
    for anc in itertools.islice(tok.ancestors, 4):
        # an ancestor before the token has no left dependents after it: skip building them
        for child in (anc.rights if anc.i < tok.i else anc.children):
            if child.i > tok.i and child.lower_ in inclusion:
                for sub in child.children:
                    if sub.lower_ == prep:
                        return pobjs(sub)
    return []


def _descendant_preps(tok: Token, prep: str) -> list[Token]:
    out = []
    for t in tok.subtree:
        if t.lower_ == prep and t.dep_ == "prep" and t.head.i != tok.i and t.i > tok.i and not any(
                a.dep_ in ("relcl", "acl") for a in t.ancestors if a.i > tok.i and tok in a.ancestors):
            out += pobjs(t)
    return out


def slot_tokens(trigger: Token, slot: Slot, hosts: list[Token], objs: list[Token]) -> tuple[list[Token], str]:
    if slot.kind == "dobj":
        return children(trigger, "dative") or objs, "slot"
    if slot.kind == "that":
        return [s for c in slot_clauses(trigger, hosts) for s in children(c, "nsubj", "nsubjpass")], "slot"
    if slot.kind == "any":
        known = words_of(trigger.doc)
        found = children(trigger, "dative") + [o for o in objs if o.dep_ != "dative"]
        for host in hosts:
            allowed = known.any_slot_prepositions if host is trigger else known.any_slot_object_prepositions
            # "on behalf of X": X is who it is done for, not the target
            any_preps = [c for c in host.children if c.dep_ == "prep" and c.lower_ in allowed]
            found += [o for c in any_preps + _conjoined_preps(any_preps) for o in pobjs(c)
                      if o.lower_ not in known.behalf_nouns]
        return found, "slot"
    toks: list[Token] = []
    for host in hosts:
        for prep in slot_preps(host, slot.prep or ""):
            toks += objs if prep.dep_ == "prt" else pobjs(prep)
    if toks:
        return toks, "slot"
    if trigger.pos_ in ("NOUN", "PROPN"):
        toks = _descendant_preps(trigger, slot.prep or "")
        if toks:
            return toks, "descendant"
    return _including(trigger, slot.prep or ""), "including"


def slot_clauses(trigger: Token, hosts: list[Token]) -> list[Token]:
    """The clauses whose subject a "that _" slot reads: the complement of the verb or of a predicate adjective
    the pattern names ("demanded that Y V", "was optimistic that Y would"), a clause marked as giving an
    infinitive its subject ("pushed for Y to V", ``clause_subject_marks``), and a content clause on a named
    object ("reiterated its demand that Y V", "expressed hope that Y would": the parser's acl or ccomp of the
    noun, ``noun_clause_marks``; the hosts besides the verb are its objects only when the pattern names them,
    Trigger.prep_hosts)."""
    known = words_of(trigger.doc)
    heads = [trigger, *(h for h in hosts if h.dep_ == "acomp" and h.head.i == trigger.i)]
    found = [c for h in heads for c in children(h, "ccomp")]
    found += [c for c in children(trigger, "advcl") if _marked(c, known.clause_subject_marks)]
    return found + [c for h in hosts if h not in heads for c in children(h, "acl", "ccomp")
                    if _marked(c, known.noun_clause_marks)]


def _marked(clause: Token, marks: frozenset[str]) -> bool:
    return any(m.dep_ == "mark" and m.lower_ in marks for m in clause.children)


def slot_preps(host: Token, word: str) -> list[Token]:
    """The prepositions ``word`` on ``host``, and those of a two-word preposition whose first word the
    parser made the host's preposition ("were pulled out of Lebanon": "of" hangs on "out";
    ``complex_preposition_heads``), so "pull {@peacekeeper} out of _" reads its target there too; with
    the same preposition conjoined to them (_conjoined_preps)."""
    found = list(preps(host, word))
    if not found:
        heads = words_of(host.doc).complex_preposition_heads
        found = [p for c in host.children if c.dep_ in ("prep", "advmod") and c.lower_ in heads for p in preps(c, word)]
    return found + _conjoined_preps(found)


def _conjoined_preps(found: list[Token]) -> list[Token]:
    """The same preposition conjoined to one of ``found`` ("held talks with Sudan and with Ethiopia":
    the second "with" hangs on the first): each of its objects is a side as much as the first's."""
    return [c for p in found for c in p.children if c.dep_ == "conj" and c.lower_ == p.lower_]


def slot_filter(toks: list[Token], slot: Slot) -> list[Token]:
    """The slot's tokens whose word (or that of their apposition) is one the slot asks for."""
    return [t for t in toks if not slot.lemmas or forms_of(with_appositions(t)) & slot.lemmas]


def with_appositions(tok: Token) -> list[Token]:
    """The token and the words in apposition with it: "summoned Ahmed Khan, the Indian envoy" names
    an envoy as much as "summoned the Indian envoy, Ahmed Khan" does; a name's own title before it
    ("ambassador Ahmed Khan") says the same."""
    out = [tok, *(c for c in tok.children if c.dep_ == "appos")]
    if tok.pos_ == "PROPN":  # "summoned Canadian ambassador Alison Roe": the title before a name
        out += [c for c in tok.lefts if c.dep_ in ("compound", "nmod") and c.pos_ in ("NOUN", "PROPN")]
    return [*out, tok.head] if tok.dep_ == "appos" else out

