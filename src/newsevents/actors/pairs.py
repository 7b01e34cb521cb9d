"""References to two sides and to a described country: "the two sides", "both countries", "the leaders" after a
sentence naming two parties; "the ex-Soviet nation", "the Gulf state" after the country was named; "those from X".

News names the parties of talks, a dispute or a meeting once and then calls them "the two sides", "both
countries", "the two leaders"; it names a country and later calls it by what it is ("the ex-Soviet nation",
"the island nation"). The rules are precision first:

* A plural noun of a pair (``pair_ref_nouns``) with "two" after a definite article or with "both" ("the two
  sides", "both countries") is a mention of both sides of the nearest earlier sentence (its own words before it
  first, then up to three sentences back) that names exactly two: two countries (each side its actors of that
  country), or, in one country, two actors of different roles ("the government and the rebels"). A sentence
  naming one side is passed over; one naming three or more stops the walk (unclear which two). International
  bodies and firms (the mediators, "under the mediation of IGAD") are no side, nor is a country named as a
  place ("met in Qatar's capital"); a state's government, forces and officials are one side. A noun of people
  ("the leaders", "the envoys") refers back the same way with a bare "the", but only to its own or the sentence
  just before, and so does a bare "both" as a subject ("the US and Australia, with both calling for ...";
  not "both of the ..."). The events stage codes an act of such a subject both ways only where the act is reciprocal.
* "the" + words of a description (``country_descriptions.tsv``: "ex-Soviet", "Gulf", "island") + a state noun
  ("nation", "state") is a mention of the one country named earlier in the article that the description fits;
  none or several (any country written, an actor or a place), and it is left alone ("the Gulf state" after
  Qatar and Kuwait).
* "ten ambassadors, including those from the US and France": the pronoun after an inclusion word is the role
  noun's holders of each country named after it (the US ambassador, the French one), when every name there is a
  country and the noun a title or an actor noun.

A noun followed by "of" or a name ("both sides of the border", "the Gulf state of Qatar") names its own and is
no reference.
"""

from __future__ import annotations

import csv
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..model import ActorKind
from ..nlp import doc_language, doc_text
from ..resources import data_path
from .candidates import Cand, replace
from .columns import Columns
from .kb import KnowledgeBase
from .roles import singular

if TYPE_CHECKING:
    from .backrefs import BackrefWords

_BACK = 3  # sentences back for "the two sides"
_NOT_SIDES = ("IGO", "NGO", "MNC")  # mediators and firms are no side of a pair
_OWN = ("pronoun", "description")  # mentions that are themselves references
_SUBJECTS = ("nsubj", "nsubjpass")  # a bare "both" refers back only as a subject: "they both" is the pronoun's
_STATE = ("GOV", "MIL", "COP", "JUD", "LEG", "SPY")  # a country's state agents (Phoenix): the country's own side


@lru_cache(maxsize=8)
def country_descriptions(lang: str) -> dict[str, frozenset[str]]:
    """Description words ("ex-soviet", "gulf") -> the countries they fit (``country_descriptions.tsv``)."""
    path = data_path("actors", "country_descriptions.tsv", lang=lang)
    if not path.exists():
        return {}
    rows = csv.DictReader(path.read_text(encoding="utf-8").splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    return {row["description"].lower(): frozenset(row["countries"].split()) for row in rows}


def _side(cand: Cand) -> str | None:
    """The side a candidate's actor is on: its country when it is the state (the country itself, its government,
    forces or officials: "Ethiopia", "Prime Minister Abiy", "Ethiopian troops" are one side), its country and
    role otherwise (the rebels, the opposition); None for no side (a mediator's body, no country)."""
    code = cand.code or ""
    if code.startswith(_NOT_SIDES):
        return None
    country = cand.country or (code[:3] if len(code) >= 3 else None)
    if country is None:
        return None
    agent = code[3:6] if code.startswith(country) else ""
    return country if agent in _STATE or not agent else f"{country}{agent}"


def _of_a_state(cand: Cand, kb: KnowledgeBase) -> bool:
    """Whether a candidate's actor belongs to a state the knowledge base knows (its country, or its code's first
    three letters, is a country): a side of "the two countries" is a state or one of its groups."""
    code = cand.code or ""
    return (cand.country or code[:3]) in kb.countries


def _sides(cands: list[Cand]) -> list[list[Cand]] | None:
    """The actors of one stretch of text by side (two countries, or one country's state and its rebels); None
    when it names another number of sides."""
    by_side: dict[str, list[Cand]] = {}
    for cand in cands:
        side = _side(cand)
        if side is not None:
            by_side.setdefault(side, []).append(cand)
    return list(by_side.values()) if len(by_side) == 2 else None


def _pick(side: list[Cand], noun: str, words: BackrefWords, named: list[Cand]) -> Cand:
    """The actor a side's share of the reference stands for: its person named there for "the leaders"; else, for
    a state, the article's country actor for "both countries", and for "the two sides" its actor of the state's
    government mentioned most (as the events stage picks an article's sides: "China" visited is no party, its
    minister named before is); else the side's first actor."""
    if noun in words.pair_ref_person_nouns:
        person = next((c for c in side if c.kind == "person"), None)
        if person is not None:
            return person
    key = _side(side[0])
    if key is None or len(key) != 3:
        return side[0]
    count: dict[str, int] = {}
    for cand in named:
        count[cand.key] = count.get(cand.key, 0) + 1
    state = [c for c in named if _side(c) == key and (c.kind == "country" if noun in words.pair_ref_state_nouns
                                                      else (c.code or "").endswith("GOV"))]
    return max(state, key=lambda c: (count[c.key], c.kind == "country")) if state else side[0]


def _where(cols: Columns, kb: KnowledgeBase, cand: Cand) -> bool:
    """Whether a mention says where something happens rather than who takes part: the object of a preposition of
    place, or the possessor of one ("signed in Qatar's capital", "met in Beijing")."""
    j = bisect_left(cols.idx, cand.start)
    if j >= len(cols.idx) or cols.idx[j] != cand.start:
        return False
    while cols.head[j] != j and cols.head[j] < len(cols.idx) and cols.idx[cols.head[j]] < cand.end:
        j = cols.head[j]  # the mention's root: "the Sudanese government" is held by "government"
    if cols.dep[j] == "poss":
        j = cols.head[j]
    return cols.dep[j] == "pobj" and cols.lower[cols.head[j]] in kb.words.body_place_prepositions


def _pair_before(cols: Columns, named: list[Cand], i: int, back: int) -> list[list[Cand]] | None:
    """The two sides of the nearest stretch before token ``i`` that names any: its own sentence's words before
    it, then up to ``back`` sentences before; None when that stretch names one side only all the way back, or
    three or more."""
    end = cols.idx[i]
    first = cols.sent_start[i]
    for _ in range(back + 1):
        begin = cols.idx[first]
        here = [c for c in named if begin <= c.start < end]
        sides = _sides(here)
        if sides is not None:
            return sides
        if len({_side(c) for c in here} - {None}) > 2:
            return None  # a crowd: unclear which two
        if first == 0:
            return None
        end = begin
        first = cols.sent_start[first - 1]
    return None


def _pair_noun(cols: Columns, kb: KnowledgeBase, words: BackrefWords, i: int) -> int | None:
    """The number of sentences back a pair noun at token ``i`` may refer ("the two sides", "both countries":
    ``_BACK``; "the leaders" and a bare "both" as subject: 1), or None when it is no such reference."""
    k = i + 1
    if (cols.lower[i] in words.pair_ref_quantifiers and cols.pos[i] == "PRON" and cols.dep[i] in _SUBJECTS
            and not (k < len(cols.lower) and cols.lower[k] in kb.of_words)):
        return 1  # "the US and Australia, with both calling for ...": a bare "both" as subject, as "the leaders"
    if cols.lower[i] not in words.pair_ref_nouns or cols.tag[i] != "NNS":
        return None
    before = [cols.lower[j] for j in range(max(cols.sent_start[i], i - 3), i)]
    if k < len(cols.lower) and (cols.pos[k] in ("NOUN", "PROPN") or cols.lower[k] in kb.of_words):
        return None  # "both sides of the border", "the leaders of Sudan and Egypt": they name their own
    if before and before[-1] in words.pair_ref_quantifiers:
        return _BACK
    if len(before) >= 2 and before[-1] in words.pair_ref_numbers and before[-2] in kb.definite_articles:
        return _BACK
    if before and before[-1] in kb.definite_articles and cols.lower[i] in words.pair_ref_person_nouns:
        return 1
    return None


def pair_references(doc: Doc, kb: KnowledgeBase, cands: list[Cand], cols: Columns,
                    words: BackrefWords) -> list[Cand]:
    """``cands`` with "the two sides", "both countries", "the leaders" added as mentions of the two sides named
    just before, and "the ex-Soviet nation" as a mention of the one country it fits (see the module docstring)."""
    named = sorted((c for c in cands if c.how not in _OWN), key=lambda c: c.start)
    taken = [(c.start, c.end) for c in cands]
    out = list(cands)
    # places are no sides, nor an actor of no state: a sector code alone ("the Customs Union" read as a labour
    # union, "LAB") is no country, though its first letters would pass for one
    parties = [c for c in named if not _where(cols, kb, c) and _of_a_state(c, kb)]
    for i in range(len(cols.lower)):
        back = _pair_noun(cols, kb, words, i)
        if back is None:
            continue
        start = i
        while start > cols.sent_start[i] and cols.lower[start - 1] in (
                kb.definite_articles | words.pair_ref_numbers | words.pair_ref_quantifiers):
            start -= 1
        begin, end = cols.idx[start], cols.idx[i] + len(cols.text[i])
        if any(s < end and begin < e for s, e in taken):
            continue
        sides = _pair_before(cols, parties, start, back)
        if sides is None:
            continue
        text = doc_text(doc)[begin:end]
        before = [c for c in named if c.start < begin]
        out.extend(replace(_pick(side, cols.lower[i], words, before), begin, end, text, how="pair", rank=9)
                   for side in sides)
    return out + _described_countries(doc, kb, named, taken, cols, words) + _those_from(doc, kb, taken, words)


def _described_countries(doc: Doc, kb: KnowledgeBase, named: list[Cand], taken: list[tuple[int, int]],
                         cols: Columns, words: BackrefWords) -> list[Cand]:
    """"the ex-Soviet nation": the one country named before that the description fits."""
    table = country_descriptions(doc_language(doc))
    # countries written anywhere, actors or places ("the border with Ukraine"): a description fitting one of
    # them and an actor's country is unclear
    written = [(ent.start_char, kb.country_names.get(ent.text) or kb.demonyms.get(ent.text)) for ent in doc.ents]
    out = []
    for i, word in enumerate(cols.lower):
        if word not in words.country_description_nouns or cols.pos[i] != "NOUN":
            continue
        j = i - 1
        while j >= max(cols.sent_start[i], i - 5) and cols.lower[j] not in kb.definite_articles:
            j -= 1
        if j < cols.sent_start[i] or cols.lower[j] not in kb.definite_articles or j == i - 1:
            continue
        k = i + 1
        if k < len(cols.lower) and (cols.pos[k] in ("NOUN", "PROPN") or cols.lower[k] in kb.of_words):
            continue  # "the Gulf state of Qatar", "the island nation Fiji": it names its own
        fits = table.get(doc_text(doc)[cols.idx[j + 1]:cols.idx[i]].strip().lower())
        begin, end = cols.idx[j], cols.idx[i] + len(cols.text[i])
        if not fits or any(s < end and begin < e for s, e in taken):
            continue
        earlier = {c.country for c in named if c.start < begin and c.country in fits} | {
            iso3 for start, iso3 in written if start < begin and iso3 in fits}
        if len(earlier) != 1:
            continue  # none, or several it fits: unclear which
        iso3 = next(iter(earlier))
        country = next((c for c in named if c.key == f"country:{iso3}"), None)
        name = kb.countries[iso3].name if iso3 in kb.countries else iso3
        text = doc_text(doc)[begin:end]
        out.append(replace(country, begin, end, text, how="description", rank=9) if country is not None else
                   Cand(f"country:{iso3}", begin, end, text, "description", name, "country", None, iso3, iso3, None, 9))
    return out


def _country_at(doc: Doc, kb: KnowledgeBase, tok: Token) -> str | None:
    """The country a name token is part of ("France", "the United States"), or None."""
    ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
    return kb.country_names.get(ent.text if ent is not None else tok.text)


def _those_from(doc: Doc, kb: KnowledgeBase, taken: list[tuple[int, int]], words: BackrefWords) -> list[Cand]:
    """"ten ambassadors, including those from the US and France": the pronoun is the role noun's holders of each
    country named after it (the US ambassador and the French one); left alone unless every name after the
    preposition is a country and the noun a title or an actor noun ("monitors, including those from X": no)."""
    out = []
    for tok in doc:
        if tok.lower_ not in words.demonstrative_pronouns or tok.pos_ != "PRON" or tok.head.lower_ not in \
                words.inclusion_words or tok.head.head.tag_ != "NNS" or tok.head.head.i >= tok.i:
            continue
        begin, end = tok.idx, tok.idx + len(tok.text)
        if any(s < end and begin < e for s, e in taken):
            continue
        names = [n for p in tok.children if p.dep_ == "prep" and p.lower_ in words.origin_prepositions
                 for c in p.children if c.dep_ == "pobj" for n in [c, *c.conjuncts]]
        countries = [_country_at(doc, kb, n) for n in names]
        noun = tok.head.head
        role, agent = singular(noun.lower_), None
        kind: ActorKind = "person"
        if role in kb.titles:
            agent = kb.titles[role]
        elif (entry := kb.actor_nouns.get(noun.lower_)) is not None:
            agent, kind = entry.agent, "person" if entry.kind == "person" else "group"
        if not countries or None in countries or agent is None:
            continue
        for iso3 in dict.fromkeys(c for c in countries if c is not None):
            cname = kb.group_name(iso3)
            key = f"role:{iso3}:{agent}:{role}" if kind == "person" else f"group:{iso3}:{agent}"
            name = f"{role[:1].upper()}{role[1:]} of {cname}" if kind == "person" else f"{cname} {noun.lower_}"
            out.append(Cand(key, begin, end, tok.text, "description", name, kind,
                            role[:1].upper() + role[1:] if kind == "person" else None, iso3, f"{iso3}{agent}", None, 9))
    return out
