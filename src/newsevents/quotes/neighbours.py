"""Attribution in the sentence next to a quote: “...” Holmes testified. / Holmes testified: “...”

A quote that fills its own sentence can be attributed by a short sentence right after it in the same
paragraph ("“The harbour will reopen.” Holmes testified.") or right before it ("The minister added on
Monday. “We will rebuild.”"). Such a sentence is only a cue when its main verb is a reporting verb used
without words of its own: a subject, the verb and at most adverbials ("on Monday", "in a statement"),
no clause, object or second verb. "Holmes described the flood." reports nothing said, and "Holmes said
the bridge was safe." carries its own report; neither attributes the quote beside it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp import doc_text
from .words import words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .cues import CueTokens

__all__ = ["bare_cue", "cue_after", "cue_before", "signature"]

_MAX_TOKENS = 14  # a bare attribution is short: "Sen. Maria Okafor, a Democrat, testified on Monday."
_OWN_WORDS = frozenset({"ccomp", "dobj", "xcomp", "dative", "attr", "oprd", "acomp", "conj", "parataxis"})
_MARKS = "\"“”«»„"


def bare_cue(sent: Span, cues: CueTokens) -> Token | None:
    """The reporting verb of ``sent`` when the sentence is only an attribution (see module docstring)."""
    if len(sent) > _MAX_TOKENS or any(ch in sent.text for ch in _MARKS):
        return None
    root = sent.root
    if root.i not in cues.reporting or not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return None
    if any(c.dep_ in _OWN_WORDS for c in root.children):
        return None
    # "Holmes testified about the flood": a topic of its own is a report, not a tag on the quote
    topics = words_of(sent.doc).topic_prepositions
    if any(c.dep_ == "prep" and c.lower_ in topics and not _is_time(c) for c in root.children):
        return None
    return root


def _is_time(prep: Token) -> bool:
    """"on Monday", "on Tuesday night": a date, not a topic."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree)


def cue_after(end: int, text: str, sent_of: Span | None, cues: CueTokens) -> Token | None:
    """The bare attribution sentence starting right after a quote ending at ``end`` (same paragraph)."""
    if sent_of is None or sent_of.end >= len(sent_of.doc):
        return None
    after = sent_of.doc[sent_of.end:].sents  # type: ignore[attr-defined]  # Span.sents exists; span.pyi omits it
    nxt = next(iter(after), None)
    if nxt is None or "\n" in text[end:nxt.start_char] or text[end:nxt.start_char].strip(" ,.!?" + _MARKS):
        return None
    return bare_cue(nxt, cues)


def cue_before(start: int, sent_of: Span | None, cues: CueTokens) -> Token | None:
    """The bare attribution sentence ending right before a quote opening at ``start`` (same paragraph)."""
    if sent_of is None or sent_of.start == 0:
        return None
    doc = sent_of.doc
    prev = doc[sent_of.start - 1].sent
    gap = doc_text(doc)[prev.end_char:start]
    if "\n" in gap or gap.strip(" " + _MARKS):
        return None
    return bare_cue(prev, cues)


# “...” ― Maria Okafor / “...” — Maria Okafor, a nurse in Leeds: a signature closing the paragraph, or on a
# line of its own right after it (letters and readers' comments pages)
_SIGNATURE = re.compile(r"[ \t.,]*(?:\n[ \t]*){0,2}(?P<dash>[―—–]|--?)[ \t]*"
                        r"(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4})(?:,[^\n]{0,120})?[ \t.]*(?:\n|$)")


def signature(doc: Doc, end: int) -> tuple[Token, Token] | None:
    """The dash and the name's head of a signature right after a quote ending at ``end``.

    Lists of readers' or witnesses' comments sign each quote with a dash and the speaker's name
    instead of a reporting verb; the name must be a proper noun (a person or an organisation), so a
    dash followed by more of the sentence ("” — Trump said") is left to the verb cues.
    """
    text = doc_text(doc)
    found = _SIGNATURE.match(text, end + 1 if end < len(text) and text[end] in _MARKS else end)
    if found is None:
        return None
    dash = doc.char_span(found.start("dash"), found.end("dash"), alignment_mode="expand")
    name = doc.char_span(found.start("name"), found.end("name"), alignment_mode="expand")
    if dash is None or name is None or not all(t.pos_ == "PROPN" or t.is_punct for t in name):
        return None
    return dash[0], name.root
