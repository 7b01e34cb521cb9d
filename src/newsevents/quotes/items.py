"""What the quote finders share: the record of one quote or report awaiting its speaker, and the
character bounds of a report's words (without a lead's dateline, in the cue's own paragraph)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..datelines import read as read_dateline
from ..model import QuoteKind
from ..nlp import doc_text
from .words import words_of

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Item", "content_bounds", "in_spans", "mostly_direct", "paragraph_tokens"]
_CLOSERS = "\"”’»›"
_LEAD_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
_TRAIL = " .,;:!?\"”’»›"
_MIXED_LEAD = 2  # words of the report's own before the quoted ones that make it a mixed quote


@dataclass
class Item:
    """One quote (a group of segments) or one indirect report, waiting for its speaker."""

    kind: QuoteKind
    pos: int
    end: int
    segments: list[tuple[int, int]]
    cue: Token | None
    subject: Token | None = None
    mixed: bool = False  # a few quoted words inside the speaker's clause: no paragraph of speech to go on



def in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def content_bounds(tokens: list[Token]) -> tuple[int, int] | None:
    if not tokens:
        return None
    that = words_of(tokens[0].doc).complementizers
    tokens = [t for t in tokens if not (t.dep_ == "mark" and t.lower_ in that and t.i == tokens[0].i)]
    while tokens and (tokens[0].is_punct or tokens[0].lower_ in that or tokens[0].dep_ == "cc"):
        tokens = tokens[1:]
    if tokens:  # the lead's dateline is the agency's, not the speaker's
        line_start = doc_text(tokens[0].doc).rfind("\n", 0, tokens[0].idx) + 1
        # a dateline opening the lead ("PARIS —", "MAIDUGURI, Nigeria (Reuters) -") is not part of the report
        dateline = read_dateline(doc_text(tokens[0].doc), line_start, capitals=True)
        if dateline and dateline.start == tokens[0].idx:
            tokens = [t for t in tokens if t.idx >= dateline.end]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if len(tokens) < 3:
        return None
    text, end = doc_text(tokens[0].doc), tokens[-1].idx + len(tokens[-1].text)
    # 'the statement was "disinformation"', 'was “unhinged.”': keep the closing mark of quoted words
    stop = next((k for k in (end, end + 1) if k < len(text) and text[k] in _CLOSERS), None)
    if stop is not None and (stop == end or text[end] in ".,!?") and _opened(text[tokens[0].idx:end]):
        end = stop + 1
    return tokens[0].idx, end


def _opened(text: str) -> bool:
    """Whether ``text`` leaves a quotation open (an odd number of straight marks, or more “ than ”)."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def paragraph_tokens(cue: Token, tokens: list[Token]) -> list[Token]:
    """The tokens in the cue's paragraph (a title without a full stop must not join the lead)."""
    text = doc_text(cue.doc)
    start = text.rfind("\n", 0, cue.idx) + 1
    end = text.find("\n", cue.idx)
    end = len(text) if end < 0 else end
    return [t for t in tokens if start <= t.idx < end]


def mostly_direct(bounds: tuple[int, int], quoted: list[tuple[int, int]], text: str | None = None) -> bool:
    """Whether quoted words fill most of a report, which is then left to the direct quote ('said “We
    will ...”'). Given the article ``text``, a report whose own words lead into quoted words that end
    inside it ('said the council was “unhinged, even for them”') is a mixed quote and stays a report:
    the quoted words alone would lose what they were said of."""
    size = bounds[1] - bounds[0]
    inside = [(s, e) for s, e in quoted if min(e, bounds[1]) > max(s, bounds[0])]
    overlap = sum(min(e, bounds[1]) - max(s, bounds[0]) for s, e in inside)
    if size <= 0:
        return True
    if text is not None and inside and all(bounds[0] < s and not text[bounds[1]:e].strip(_TRAIL) for s, e in inside):
        lead = text[bounds[0]:min(s for s, _ in inside)].rstrip(" \"“‘'«")
        # 'recalled that he said, “...”': a cue and a comma introduce speech, not a mixed quote
        if len(_LEAD_WORDS.findall(lead)) >= _MIXED_LEAD and not lead.endswith((",", ":")):
            return False
    return overlap >= 0.5 * size
