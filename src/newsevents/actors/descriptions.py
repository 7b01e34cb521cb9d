"""Descriptions that stand for a person named earlier: "the 48-year-old Australian", "the Briton"; and the
voice of a body named just before ("Spokeswoman X said" after "The UN rights office said").

News introduces a person by name and then refers to them by age and nationality. A definite description whose
head is a singular demonym (optionally after an age, "the 48-year-old") is a mention of the latest person named
before it, within the last few sentences, whose country is the demonym's or unknown; a person of unknown country
takes the demonym's (the text says it). With no such person, or another person of that country named in between,
the description is left alone.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from ..nlp import doc_text
from .candidates import Cand, replace
from .columns import Columns
from .kb import KnowledgeBase

_WINDOW = 4  # sentences back


def description_mentions(doc: Doc, kb: KnowledgeBase, cands: list[Cand], cols: Columns) -> list[Cand]:
    """``cands`` with a mention added for each demonym description that one earlier person fits; a person
    whose country was unknown gets the description's."""
    persons = sorted((c for c in cands if c.kind == "person" and c.rank == 1 and c.how != "pronoun"),
                     key=lambda c: c.start)
    if not persons:
        return cands
    taken = [(c.start, c.end) for c in cands]
    out = list(cands)
    updates: dict[str, str] = {}
    for i, word in enumerate(cols.text):
        iso3 = kb.demonyms.get(word) if cols.tag[i] in ("NNP", "NN", "JJ") else None
        if iso3 is None or (word.endswith("s") and word.lower() not in kb.words.singular_demonyms_in_s):
            continue  # "the Australians": a plural is no one person
        nxt = i + 1
        if nxt < len(cols.text) and cols.pos[nxt] in ("NOUN", "PROPN"):
            continue  # "the Australian government": a modifier, not a description of a person
        start = _definite_start(cols, kb, i)
        if start is None:
            continue
        begin, end = cols.idx[start], cols.idx[i] + len(word)
        if any(s < end and begin < e for s, e in taken):
            continue
        first_sent = cols.sent_start[i]
        for _ in range(_WINDOW):
            if first_sent > 0:
                first_sent = cols.sent_start[first_sent - 1]
        earlier = [c for c in persons if cols.idx[first_sent] <= c.start < begin]
        if not earlier:
            continue
        latest = earlier[-1]
        country = updates.get(latest.key, latest.country)
        if country not in (None, iso3):
            continue
        if any(c.country == iso3 and c.key != latest.key for c in earlier):
            continue  # another person of that country is named there: unclear which one
        out.append(replace(latest, begin, end, doc_text(doc)[begin:end], how="description", rank=9))
        if country is None:
            updates[latest.key] = iso3
    for n, cand in enumerate(out):
        if cand.key in updates:
            iso3 = updates[cand.key]
            agent = cand.code if cand.code and len(cand.code) == 3 and cand.code not in kb.countries else ""
            out[n] = Cand(cand.key, cand.start, cand.end, cand.text, cand.how, cand.name, cand.kind, cand.role,
                          iso3, f"{iso3}{agent}", cand.qid, cand.rank)
    return voice_of_body(out, kb, cols)


def voice_of_body(cands: list[Cand], kb: KnowledgeBase, cols: Columns) -> list[Cand]:
    """"The UN rights office criticised ... Spokeswoman Ravina Shamdasani said": a person titled only as a
    spokesperson (no country or body written with the title) speaks for the one organisation named in the same or
    the sentence before, and takes its code (IGOUNO) rather than the story's country."""
    starts = cols.idx
    out = list(cands)
    for cand in [c for c in cands if c.kind == "person" and c.rank == 1 and c.how == "title" and c.qid is None]:
        role = (cand.role or "").lower()
        if role not in kb.words.spokesperson_titles or not cand.text.lower().startswith(role):
            continue
        tok = bisect.bisect_right(starts, cand.start) - 1
        first = cols.sent_start[tok]
        if first > 0:
            first = cols.sent_start[first - 1]
        bodies = {c.key: c for c in cands if c.kind in ("organization", "group") and c.rank <= 4 and c.code
                  and not c.code.endswith("CVL") and starts[first] <= c.start < cand.start}  # crowds have no voice
        if len(bodies) != 1:
            continue
        body = next(iter(bodies.values()))
        out = [Cand(c.key, c.start, c.end, c.text, c.how, c.name, c.kind, c.role, body.country, body.code, c.qid,
                    c.rank) if c.key == cand.key else c for c in out]
    return out


def _definite_start(cols: Columns, kb: KnowledgeBase, i: int) -> int | None:
    """Token where "the [48-year-old] Australian" starts, or None when the demonym is not a definite
    description's head (no "the", or other words between)."""
    ages, suffixes = kb.words.age_words, tuple(kb.words.age_suffixes)
    j = i - 1
    while j >= 0 and (cols.lower[j] in ages or cols.tag[j] == "CD" or (cols.dep[j] == "amod"
                      and cols.lower[j].endswith(suffixes))):
        j -= 1
    return j if j >= 0 and cols.lower[j] in kb.definite_articles else None
