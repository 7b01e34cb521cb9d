"""Quotation marks: the spans of text between matching marks, in any style (“ ” " " ‘ ’ « » „ “).

A quote left open at the end of a paragraph is closed there (sites often drop the closing mark);
when the next paragraph opens with a mark, it continues the quote (the newspaper convention for
multi-paragraph quotes) and the two segments share one ``group``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["QuoteSpan", "find_quotes", "headline_end"]
# Opening mark -> the marks that may close it (sites mix curly and straight marks).
_PAIRS = {"“": "”\"", "«": "»", "„": "“”", "‘": "’", '"': '"”', "‹": "›", "”": "”\""}
_OPENERS = re.compile(f"[{re.escape(''.join(_PAIRS))}]")
# Inside a quote, what can end it: a mark that may close its opener, or a line break.
_ENDS = {opener: re.compile(f"[{re.escape(closers)}\n]") for opener, closers in _PAIRS.items()}


@dataclass
class QuoteSpan:
    """The text between one pair of marks: ``start``/``end`` exclude the marks themselves."""

    start: int
    end: int
    group: int
    closed: bool = True


def _opens(text: str, i: int) -> bool:
    mark = text[i]
    if mark == "‘":  # an opening single mark needs a word edge before it and a letter after it
        return (i == 0 or not text[i - 1].isalnum()) and i + 1 < len(text) and text[i + 1].isalnum()
    if mark == '"':
        return i + 1 < len(text) and not text[i + 1].isspace()
    if mark == "”":  # a closing mark typed for an opening one, at the start of a paragraph ("”Fear. I am ...")
        return (i == 0 or text[i - 1] == "\n") and i + 1 < len(text) and text[i + 1].isalnum()
    return mark in _PAIRS


def _closes(text: str, i: int, opener: str) -> bool:
    if text[i] not in _PAIRS[opener]:
        return False
    if text[i] == "’":  # not an apostrophe ("don’t", "Hong Kong’s")
        return i + 1 >= len(text) or not text[i + 1].isalpha()
    return True


def find_quotes(text: str) -> list[QuoteSpan]:
    """Every quoted span of ``text`` in order, paragraphs of one multi-paragraph quote sharing a group.

    Two apostrophes ('') are a double quotation mark, as newspaper archives and wire feeds type it
    (''We will win,'' he said); they are read as one straight mark, the second apostrophe of a closing
    pair staying outside the quote.
    """
    if "''" not in text:
        return _scan(text)
    spans = _scan(text.replace("''", _TWO))
    for span in spans:
        if text[span.end - 1:span.end + 1] == "''":
            span.end -= 1
    return [s for s in spans if text[s.start:s.end].strip()]


_TWO = "\u2060\""  # '' as a word joiner (no mark) and a straight mark: offsets stay those of the text


def _scan(text: str) -> list[QuoteSpan]:
    """The scan of :func:`find_quotes`: from mark to mark (outside a quote, the next opening mark;
    inside, the next mark that may close it, or the paragraph's end), not character by character."""
    spans: list[QuoteSpan] = []
    opener, start, group, i, n = "", 0, -1, 0, len(text)
    while True:
        found = (_ENDS[opener] if opener else _OPENERS).search(text, i)
        if found is None:
            break
        i = found.start()
        if not opener:
            if _opens(text, i):
                opener, start, group = text[i], i + 1, group + 1
        elif text[i] == "\n":
            spans.append(QuoteSpan(start, i, group, closed=False))
            j = i
            while j < n and text[j].isspace():
                j += 1
            if j < n and text[j] == opener:  # the quote goes on in the next paragraph
                start, i = j + 1, j + 1
                continue
            opener = ""
        elif _closes(text, i, opener):
            spans.append(QuoteSpan(start, i, group))
            opener = ""
        i += 1
    if opener:
        spans.append(QuoteSpan(start, n, group, closed=False))
    return [s for s in spans if text[s.start:s.end].strip()]


def headline_end(text: str, title: str | None) -> int:
    """Where the headline ends when the article text opens with its title, else 0.

    A headline is not speech ("Taliban say they freed hostages", "Baku denies") and repeats a
    count the body gives again, so the quote and count stages skip it.
    """
    if not title or not title.strip():
        return 0
    lead = len(text) - len(text.lstrip())
    head = title.strip()
    if not text[lead:].startswith(head):
        return 0
    end = lead + len(head)
    if end == len(text) or text[end] not in "\n\r" or not text[end:].strip():
        return 0  # a text that is all title has no headline apart from its body
    return end
