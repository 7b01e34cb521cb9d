"""First-person plural pronouns inside a direct quotation, tied to the state body its speaker speaks for.

In "“We call on the army to free the leaders,” Foreign Minister X said" the one who calls is the minister's
state: an official speaks for the government he serves, a spokesman for his ministry or army. Without this the
pronoun is nobody, and the quoted act loses its source. The pronoun ("we", "us", "our": ``speaker_pronouns``) is
tied to the speaker's actor only when

- it stands between the quotation marks of its sentence;
- the quoted clause hangs from a reporting verb outside the marks (the quotes stage's ``reporting_verbs``),
  directly ("“...,” X said") or as the verb's parataxis when the parser makes the quote the root;
- that verb has one subject, a mention found by a name, a title or a role noun (never a pronoun, whose own
  resolution may be wrong), of an actor whose code is a country's state agent (``_SPEAKING_AGENTS``).

A journalist's, a resident's or an analyst's "we" (MED, CVL, an actor of no country) is left alone: they speak
for themselves or for a group the text does not name.
"""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Doc, Token

from ..nlp import doc_language, doc_text
from ..quotes.marks import find_quotes
from .candidates import Cand, replace
from .words import actor_words

# CAMEO agents of a state's bodies whose officials speak for them: the government, the army, the police. A
# judge, a lawmaker or a party leader may speak for a court, a party or a faction rather than the state, and
# is left out.
_SPEAKING_AGENTS = frozenset({"GOV", "MIL", "COP"})
# dependency labels that tie a quoted clause to the reporting verb outside its marks
_QUOTE_LINKS = frozenset({"ccomp", "parataxis"})


def _reporting_verbs(lang: str) -> frozenset[str]:
    from ..quotes import load_cues  # the quotes package imports the actors stage: read its cues lazily
    verbs: frozenset[str] = load_cues(lang=lang)["reporting"]
    return verbs


def _reporting_verb(tok: Token, span: tuple[int, int], reporting: Set[str]) -> Token | None:
    """The reporting verb outside the quotation ``span`` that the quoted clause holding ``tok`` depends on."""
    inside = span[0] <= tok.idx < span[1]
    cur = tok
    while cur.head.i != cur.i and span[0] <= cur.head.idx < span[1]:
        cur = cur.head
    if not inside:
        return None
    if cur.head.i != cur.i:
        verb = cur.head
        return verb if verb.lemma_.lower() in reporting and cur.dep_ in _QUOTE_LINKS else None
    # the quoted clause is the sentence's root: the reporting verb is its parataxis outside the marks
    return next((c for c in cur.children if c.dep_ in _QUOTE_LINKS and c.lemma_.lower() in reporting
                 and not span[0] <= c.idx < span[1]), None)


def _speaker(verb: Token, cands: list[Cand]) -> Cand | None:
    """The candidate of the reporting verb's one subject, when it names a state's official or body."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].pos_ == "PRON":
        return None
    at = subjects[0].idx
    covering = [c for c in cands if c.start <= at < c.end and c.how != "pronoun" and not c.key.startswith("pending:")]
    if not covering:
        return None
    best = min(covering, key=lambda c: (c.end - c.start, c.rank))
    code = best.code or ""
    if best.country is None or not code.startswith(best.country) or code[3:6] not in _SPEAKING_AGENTS:
        return None
    return best


def quoted_we_mentions(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """``cands`` plus a mention of the speaker's actor for every first-person plural pronoun of a quotation
    that the module's rules tie to a speaker (none taken by another mention already)."""
    words = actor_words(doc_language(doc))
    if not words.speaker_pronouns or not any(t.lower_ in words.speaker_pronouns for t in doc):
        return cands
    spans = [(q.start, q.end) for q in find_quotes(doc_text(doc))]
    reporting = _reporting_verbs(doc_language(doc))
    out = list(cands)
    for tok in doc:
        if tok.lower_ not in words.speaker_pronouns or tok.pos_ not in ("PRON", "DET"):
            continue
        if any(c.start <= tok.idx < c.end for c in cands):
            continue
        span = next((s for s in spans if s[0] <= tok.idx < s[1]), None)
        verb = _reporting_verb(tok, span, reporting) if span is not None else None
        speaker = _speaker(verb, cands) if verb is not None else None
        if speaker is not None:
            out.append(replace(speaker, tok.idx, tok.idx + len(tok.text), tok.text, how="pronoun", rank=9))
    return out
