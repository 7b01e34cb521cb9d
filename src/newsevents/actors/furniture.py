"""Page furniture that names people who are not actors: bylines, credits, section headers and teasers.

A story's reporter ("By Jane Doe"), its photographer ("Photo: John Roe/Getty Images"), its editors ("Reporting
by ...; Editing by ...") and the names in a section header ("Questioning Vindman") or a teaser ("Read more: ...")
take no part in its events. This module finds such lines by their shape and by the cue words of the KB's
``credit_cues`` list; :func:`newsevents.actors.mentions.named_spans` leaves their names out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .kb import KnowledgeBase


@lru_cache(maxsize=8)
def _byline(words: frozenset[str]) -> re.Pattern[str]:
    """A line opening with a byline word (``byline_words``: "By", "BY", "by") and a capital: "By Jane Doe"."""
    forms = sorted({form for word in words for form in (word, word.upper(), word.capitalize())})
    return re.compile(rf"^\s*(?:{'|'.join(map(re.escape, forms))})\s+[A-Z]" if forms else "(?!)")

_END_PUNCT = ('.', '?', '!', '"', '”', '’', "'", ':', ';', ',', ')')
_MAX_CREDIT_WORDS = 30
_MAX_HEADER_WORDS = 6


def furniture_spans(text: str, kb: KnowledgeBase) -> list[tuple[int, int]]:
    """Character spans of the lines of ``text`` that are bylines, credits, teasers or section headers.

    The first non-empty line is the title and is never furniture. A section header is a short line (at most six
    words) standing alone between blank lines or at the end, without closing punctuation; a source note is a
    short line wholly in brackets."""
    spans = []
    offset = 0
    lines = text.split("\n")
    seen_title = False
    byline = _byline(kb.words.byline_words)
    for k, line in enumerate(lines):
        start, stripped = offset, line.strip()
        offset += len(line) + 1
        if not stripped:
            continue
        if not seen_title:
            seen_title = True
            continue
        words = stripped.split()
        lower = stripped.lower()
        credit = len(words) <= _MAX_CREDIT_WORDS and (
            bool(byline.match(stripped)) or any(cue in lower for cue in kb.credit_cues))
        alone = (k == 0 or not lines[k - 1].strip()) and (k + 1 >= len(lines) or not lines[k + 1].strip())
        header = alone and len(words) <= _MAX_HEADER_WORDS and not stripped.endswith(_END_PUNCT)
        # "(Xinhua News Agency January 14, 2010)", "(Additional reporting ...)": a short line wholly in brackets is
        # the source's or an editor's note, not a sentence of the story
        note = stripped.startswith("(") and stripped.endswith(")") and len(words) <= _MAX_HEADER_WORDS * 2
        if credit or header or note:
            spans.append((start, start + len(line)))
    return spans


def inside(spans: list[tuple[int, int]], start: int) -> bool:
    """Whether the character offset ``start`` falls in one of ``spans``."""
    return any(s <= start < e for s, e in spans)
