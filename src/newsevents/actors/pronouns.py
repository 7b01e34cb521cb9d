"""Pronoun coreference: "he said", "its troops", "they marched" tied to an actor already named, or to nothing.

Precision first: a pronoun is resolved only when one antecedent clearly fits, within its own sentence and the
one before it.

* he / him / his / she / her: the one person actor named there whose gender (from the knowledge base or a
  gendered title such as "spokeswoman") does not clash; with several, the latest person named as a subject.
* they / them / their: the actor whose mention holds the latest plural noun before the pronoun, when that
  actor is a group or an organisation (so "the sanctions ... they" resolves to nothing).
* it / its: the actor whose mention holds the latest subject before the pronoun, when it is an organisation
  or a country; "it" as an empty subject ("it is unclear") is skipped.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..nlp import doc_text
from .candidates import Cand, replace
from .kb import KnowledgeBase
from .mentions import NamedSpan
from .phrases import RolePhrase

PERSON_PRONOUNS = {"he": "male", "him": "male", "his": "male", "himself": "male",
                   "she": "female", "her": "female", "hers": "female", "herself": "female"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
IT_PRONOUNS = {"it", "its", "itself"}
_EMPTY_IT_HEADS = {"be", "seem", "appear", "remain", "take", "look", "become", "happen", "matter", "rain", "cost"}
_SUBJECTS = ("nsubj", "nsubjpass")


@dataclass
class Antecedent:
    """One mention of an actor (or of an unresolved person name, ``key`` None) that a pronoun may point to."""

    key: str | None
    kind: str
    start: int  # character offsets
    end: int
    gender: str | None = None


def gender_of(words: list[str], kb: KnowledgeBase, name: str | None = None) -> str | None:
    """A person's gender from the KB (``gender`` of a people entry) or gendered words about them."""
    if name and f"person:{name}" in kb.gendered:
        return kb.gendered[f"person:{name}"]
    found = {kb.gendered[w.lower()] for w in words if w.lower() in kb.gendered}
    return next(iter(found)) if len(found) == 1 else None


def _window(doc: Doc, tok: Token) -> int:
    """Character offset where the search for an antecedent starts: the previous sentence's start."""
    sent = tok.sent
    return doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char


def _covering(ants: list[Antecedent], tok: Token) -> Antecedent | None:
    hits = [a for a in ants if a.start <= tok.idx < a.end]
    return min(hits, key=lambda a: a.end - a.start) if hits else None


def _person(tok: Token, ants: list[Antecedent]) -> str | None:
    gender = PERSON_PRONOUNS[tok.lower_]
    people = [a for a in ants if a.kind == "person" and a.gender != ("female" if gender == "male" else "male")]
    keys = {a.key for a in people}
    if len(keys) == 1:
        return next(iter(keys))
    subjects = [a for a in people if any(t.dep_ in _SUBJECTS for t in tok.doc.char_span(
        a.start, a.end, alignment_mode="expand") or [])]
    return max(subjects, key=lambda a: a.start).key if subjects else None


def _latest(doc: Doc, begin: int, tok: Token, want) -> Token | None:  # type: ignore[no-untyped-def]
    cands = [t for t in doc[:tok.i] if t.idx >= begin and want(t)]
    return cands[-1] if cands else None


def _plural(doc: Doc, tok: Token, begin: int, ants: list[Antecedent]) -> str | None:
    noun = _latest(doc, begin, tok, lambda t: t.tag_ in ("NNS", "NNPS") or t.lower_ == "police")
    hit = _covering(ants, noun) if noun is not None else None
    return hit.key if hit is not None and hit.kind in ("group", "organization") else None


def _it(doc: Doc, tok: Token, begin: int, ants: list[Antecedent]) -> str | None:
    if tok.lower_ != "its" and (tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj")
                                or tok.head.lemma_.lower() in _EMPTY_IT_HEADS):
        return None
    subject = _latest(doc, begin, tok, lambda t: t.dep_ in _SUBJECTS and t.pos_ in ("NOUN", "PROPN"))
    hit = _covering(ants, subject) if subject is not None else None
    return hit.key if hit is not None and hit.kind in ("organization", "country") else None


def resolve_pronouns(doc: Doc, ants: list[Antecedent]) -> list[tuple[int, int, str]]:
    """(start, end, actor key) for every pronoun of ``doc`` one antecedent in ``ants`` clearly fits."""
    out = []
    ants = sorted(ants, key=lambda a: a.start)
    taken = [(a.start, a.end) for a in ants]
    for tok in doc:
        low = tok.lower_
        if tok.pos_ not in ("PRON", "DET") or low not in PERSON_PRONOUNS.keys() | PLURAL_PRONOUNS | IT_PRONOUNS:
            continue
        if any(s <= tok.idx < e for s, e in taken):
            continue
        begin = _window(doc, tok)
        near = [a for a in ants if a.end <= tok.idx and a.start >= begin]
        if low in PERSON_PRONOUNS:
            key = _person(tok, near)
        elif low in PLURAL_PRONOUNS:
            key = _plural(doc, tok, begin, near)
        else:
            key = _it(doc, tok, begin, near)
        if key is not None:
            out.append((tok.idx, tok.idx + len(tok.text), key))
    return out


def add_pronoun_mentions(doc: Doc, kb: KnowledgeBase, cands: list[Cand], unknown: list[NamedSpan],
                   owned: dict[int, RolePhrase]) -> list[Cand]:
    """Adds a mention for every pronoun one actor clearly fits (see pronouns.py) and gives "its troops" /
    "their supporters" the country of the actor the pronoun stands for (left out when none does)."""
    best: dict[str, Cand] = {}
    words: dict[str, list[str]] = {}
    for cand in cands:
        if cand.key not in best or cand.rank < best[cand.key].rank:
            best[cand.key] = cand
        if cand.kind == "person":
            first = doc.char_span(cand.start, cand.end, alignment_mode="expand")
            before = [t.text for t in doc[max(0, first.start - 2): first.start]] if first is not None else []
            words.setdefault(cand.key, []).extend(cand.text.split() + before + (cand.role or "").split())
    ants = [Antecedent(c.key, c.kind, c.start, c.end, gender_of(words.get(c.key, []), kb, best[c.key].name)
                       if c.kind == "person" else None)
            for c in cands if not c.key.startswith("pending:")
            and not (c.kind == "person" and c.key.startswith("role:") and c.text.endswith("s"))]
    ants.extend(Antecedent(None, "person", p.start, p.end) for p in unknown)
    found = resolve_pronouns(doc, ants)
    out = [c for c in cands if not c.key.startswith("pending:")]
    by_start: dict[int, Cand] = {}
    for start, end, key in found:
        base = best[key]
        out.append(replace(base, start, end, doc_text(doc)[start:end], how="pronoun", rank=9))
        by_start[start] = base
    for cand in cands:
        phrase = owned.get(id(cand))
        owner = by_start.get(doc[phrase.start - 1].idx) if phrase is not None else None
        if owner is None or owner.country is None:
            continue
        if cand in out:
            out.remove(cand)
        head = doc_text(doc)[doc[phrase.head_start].idx:cand.end]
        out.append(Cand(f"group:{owner.country}:{phrase.agent}", cand.start, cand.end, cand.text, "role_phrase", head,
                         phrase.kind, None, owner.country, f"{owner.country}{phrase.agent}", None, 3))
    return out
