"""Where a Doc's quote cues are: the per-token facts the quote stage asks about every token of a
sentence or of the article, read once from the token arrays.

Asking a Token (``doc[i]``, iterating a sentence) makes a Python object and looks its strings up
each time; the cue search did that for every token of the article and of every quote's sentence,
which was most of the stage's time. Here each distinct lemma is spelled out once per Doc.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy
from spacy.attrs import IDX, LEMMA, LOWER, POS

from ..nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["CueTokens", "cue_tokens"]


@dataclass(frozen=True)
class CueTokens:
    """Per-token facts of one Doc, by token index."""

    offsets: list[int]  # Token.idx
    verbal: list[bool]  # pos_ is VERB or AUX
    reporting: frozenset[int]  # a VERB whose lowercased lemma is a direct-quote cue ("reporting")
    indirect: list[int]  # in order: a VERB whose lowercased lemma is an indirect cue, or the word "according"


_OPENS = re.compile(r"[ \t]*[:,][ \t]*[“\"‘«]")
_CLOSED = re.compile(r"[”\"’»][ \t]*[\w.' ]{1,40}$")


def _touches_quote(doc: Doc, i: int) -> bool:
    """Whether the verb at ``i`` opens a quotation ('continued: “') or follows one ('“...,” she continued')."""
    text, token = doc_text(doc), doc[i]
    end = token.idx + len(token.text)
    return bool(_OPENS.match(text, end)) or bool(_CLOSED.search(text[max(0, token.idx - 40):token.idx].rstrip() + " "))


def cue_tokens(doc: Doc, lex: dict[str, Any]) -> CueTokens:
    """The :class:`CueTokens` of ``doc`` for the cue lexicon ``lex`` (:func:`..quotes.load_cues`)."""
    strings = doc.vocab.strings
    table = doc.to_array([LEMMA, POS, LOWER, IDX])
    pos = table[:, 1]
    verb = strings["VERB"]
    leads = numpy.array([strings[first] for first, _ in lex["source_leads"]], dtype=numpy.uint64)
    is_verb, is_lead = pos == numpy.uint64(verb), numpy.isin(table[:, 2], leads)
    rows = numpy.flatnonzero(is_verb | is_lead).tolist()
    lemmas: dict[int, str] = {}
    reporting, indirect = set(), []
    for i, (lemma, tag, _lower) in zip(rows, table[rows, :3].tolist(), strict=True):
        if tag == verb:
            if lemma not in lemmas:
                lemmas[lemma] = strings[lemma].lower()
            if lemmas[lemma] in lex["reporting"] or (lemmas[lemma] in lex["continuing"] and _touches_quote(doc, i)):
                reporting.add(i)
            if lemmas[lemma] in lex["indirect"]:
                indirect.append(i)
                continue
        if is_lead[i]:
            indirect.append(i)
    return CueTokens(offsets=table[:, 3].tolist(), verbal=(is_verb | (pos == numpy.uint64(strings["AUX"]))).tolist(),
                     reporting=frozenset(reporting), indirect=indirect)
