"""Bodies named once and then described: "the regional bloc ECOWAS" (a descriptive noun before the name) and
"the bloc", "the group", "the rebels" a few sentences later (a definite description referring back to it).

Wire stories name a body once and then call it by its kind. Two rules, both precision first:

* A name written after a descriptive noun phrase ("the regional bloc ECOWAS", "the militant group Al-Shabaab",
  "the opposition party PDP") has the whole phrase as a mention too, so the verb whose subject the parser makes
  the noun ("bloc") finds the body.
* A definite description whose head is a noun of a kind of body ("the bloc", "the alliance", "the group", "the
  militants", "the party"), with no name, no "of" and no country of its own, is a mention of the one named body of
  that kind in the last few sentences: an international body for "bloc"/"alliance"/"organisation"/"body"/
  "council", an armed, political or campaigning group for "group"/"movement"/"militia"/"militants"/"rebels", a
  party for "party". No such body, or two of them, and the description is left alone ("the group of experts",
  "the Kenyan bloc" never are).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from ..nlp import doc_language, doc_text
from ..resources import word_record
from .candidates import Cand, replace
from .columns import Columns
from .kb import KnowledgeBase
from .pairs import pair_references

_WINDOW = 3  # sentences back, the description's own included
_BODY_KINDS = ("organization", "group")
_MODIFIER_DEPS = ("amod", "compound", "nmod", "nummod", "punct")


@dataclass(frozen=True)
class BackrefWords:
    """The word classes of these rules (``data/<lang>/actors/grammar.yaml``; the YAML comment says what each is)."""

    backref_igo_nouns: frozenset[str]
    backref_group_nouns: frozenset[str]
    backref_party_nouns: frozenset[str]
    backref_igo_codes: frozenset[str]
    backref_group_codes: frozenset[str]
    backref_party_codes: frozenset[str]
    example_group_nouns: frozenset[str]
    example_words: frozenset[str]
    backref_modifiers: frozenset[str]
    description_nouns: frozenset[str]
    # pairs.py: "the two sides", "the ex-Soviet nation", "those from X"
    pair_ref_nouns: frozenset[str]
    pair_ref_numbers: frozenset[str]
    pair_ref_quantifiers: frozenset[str]
    pair_ref_person_nouns: frozenset[str]
    pair_ref_state_nouns: frozenset[str]
    country_description_nouns: frozenset[str]
    demonstrative_pronouns: frozenset[str]
    inclusion_words: frozenset[str]
    origin_prepositions: frozenset[str]


@lru_cache(maxsize=8)
def backref_words(lang: str) -> BackrefWords:
    """The classes of language ``lang``, read once."""
    return word_record(BackrefWords, "actors", "grammar.yaml", lang=lang)


def back_references(doc: Doc, kb: KnowledgeBase, cands: list[Cand], cols: Columns) -> list[Cand]:
    """``cands`` with the descriptive phrase before each body's name, and each definite description that one
    earlier body fits, added as that body's mentions; then the references to two sides and to a described
    country (pairs.py)."""
    words = backref_words(doc_language(doc))
    out = cands + _described_names(doc, kb, cands, cols, words)
    out += _example_groups(doc, out, cols, words)
    named = sorted((c for c in out if c.kind in _BODY_KINDS and c.rank <= 4 and c.code), key=lambda c: c.start)
    taken = [(c.start, c.end) for c in out]
    for i, word in enumerate(cols.lower):
        codes = _fitting_codes(word, words)
        if codes is None or cols.pos[i] != "NOUN":
            continue
        start = _description_start(cols, kb, words, i)
        if start is None or _followed(cols, kb, i):
            continue
        begin, end = cols.idx[start], cols.idx[i] + len(cols.text[i])
        if any(s < end and begin < e for s, e in taken):
            continue  # already an actor ("the rebels" of the story's country, "the group Hamas")
        first = cols.sent_start[i]
        for _ in range(_WINDOW - 1):
            if first > 0:
                first = cols.sent_start[first - 1]
        fits = {c.key: c for c in named if cols.idx[first] <= c.start < begin and _fits(c.code or "", codes)}
        if len(fits) != 1:
            continue  # none, or two bodies of that kind: unclear which one
        body = next(iter(fits.values()))
        out.append(replace(body, begin, end, doc_text(doc)[begin:end], how="description", rank=9))
    return pair_references(doc, kb, out, cols, words)  # "the two sides", "the ex-Soviet nation" (pairs.py)


def _fitting_codes(word: str, words: BackrefWords) -> frozenset[str] | None:
    """The code parts a body must carry for a description with head ``word`` to refer to it (None: no such
    noun)."""
    if word in words.backref_igo_nouns:
        return words.backref_igo_codes
    if word in words.backref_group_nouns:
        return words.backref_group_codes
    if word in words.backref_party_nouns:
        return words.backref_party_codes
    return None


def _fits(code: str, parts: frozenset[str]) -> bool:
    """Whether a code's first part ("IGO" of IGOWAFWAS, "NGO") or its agent ("REB" of SOMREB) is one of
    ``parts`` (word classes are read in lower case)."""
    code = code.lower()
    return code[:3] in parts or code[3:6] in parts


def _description_start(cols: Columns, kb: KnowledgeBase, words: BackrefWords, i: int) -> int | None:
    """The token of "the" in "the [regional|15-nation] bloc", or None when the noun is no definite description
    (another determiner, or a modifier that is not a kind's: "the Kenyan bloc", "the city council")."""
    j = i - 1
    while j >= 0 and cols.sent_start[j] == cols.sent_start[i] and cols.lower[j] not in kb.definite_articles:
        if not (cols.dep[j] in _MODIFIER_DEPS and (cols.lower[j] in words.backref_modifiers or cols.tag[j] == "CD"
                                                    or cols.text[j] == "-")):
            return None
        j -= 1
    return j if j >= 0 and cols.lower[j] in kb.definite_articles and cols.sent_start[j] == cols.sent_start[i] else None


def _followed(cols: Columns, kb: KnowledgeBase, i: int) -> bool:
    """Whether the noun goes on into something else: a name or noun ("the bloc ECOWAS", "the group leader"), or
    "of" ("the group of experts", "the body of a soldier")."""
    k = i + 1
    return k < len(cols.lower) and (cols.pos[k] in ("NOUN", "PROPN") or cols.lower[k] in kb.of_words)


def _described_names(doc: Doc, kb: KnowledgeBase, cands: list[Cand], cols: Columns,
                     words: BackrefWords) -> list[Cand]:
    """"the regional bloc ECOWAS": a body's name after a descriptive noun, the whole phrase as its mention too."""
    starts = {cols.idx[i]: i for i in range(len(cols.idx))}
    taken = [(c.start, c.end, c.key) for c in cands]
    out = []
    for cand in cands:
        if cand.kind not in _BODY_KINDS or cand.rank > 4 or cand.start not in starts:
            continue
        first = starts[cand.start]
        noun = first if cols.lower[first] in words.description_nouns else first - 1  # "group Al-Shabaab" holds it
        if noun < 0 or cols.lower[noun] not in words.description_nouns or cols.pos[noun] != "NOUN":
            continue  # the mention holds no descriptive noun and none is written before it
        start = _description_start(cols, kb, words, noun)
        if start is None or start >= first:
            continue
        begin = cols.idx[start]
        if any(s < cand.start and begin < e and key != cand.key for s, e, key in taken):
            continue
        out.append(replace(cand, begin, cand.end, doc_text(doc)[begin:cand.end], how="description", rank=9))
    return out


def _example_groups(doc: Doc, cands: list[Cand], cols: Columns, words: BackrefWords) -> list[Cand]:
    """"Armed groups including the MNLA attacked": a plural of groups (``example_group_nouns``) whose example
    (``example_words``: "including", "such as") is the one named armed or political group stands for it, the
    words before the noun ("armed groups") a mention of that group. Two groups as examples, or a noun already
    an actor, and nothing is added."""
    named = [c for c in cands if c.kind in _BODY_KINDS and c.code and _fits(c.code, words.backref_group_codes)]
    out = []
    for i, word in enumerate(cols.lower):
        if word not in words.example_group_nouns or cols.pos[i] != "NOUN":
            continue
        preps = [t for t in doc[i].children if t.dep_ == "prep" and t.i > i and (
            t.lower_ in words.example_words or f"{doc[t.i - 1].lower_} {t.lower_}" in words.example_words)]
        objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        objects += [c for o in objects for c in o.conjuncts]
        spans = [(doc[o.left_edge.i].idx, o.idx + len(o)) for o in objects]
        found = {c.key: c for c in named if any(c.start < e and s < c.end for s, e in spans)}
        if len(found) != 1 or len(objects) != 1:
            continue  # no named group, or several: the plural is not one of them
        start = doc[i].left_edge.i
        begin, end = cols.idx[start], cols.idx[i] + len(cols.text[i])
        if any(c.start < end and begin < c.end for c in cands):
            continue  # "Somali militants" is an actor of its own already
        body = next(iter(found.values()))
        out.append(replace(body, begin, end, doc_text(doc)[begin:end], how="description", rank=9))
    return out
