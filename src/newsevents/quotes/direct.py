"""Direct quotes: the text between quotation marks, its cue and speaker's subject.

A quote's cue is the nearest reporting verb after its closing mark in the same sentence (“...,” he said)
or before its opening mark ("Esper said, “..."), else a bare attribution sentence beside it or a signature
line (quotes/neighbours.py). Short quoted words that a naming verb governs become a mixed quote
(quotes/mixed.py); other short quoted words without a cue are scare quotes, and a short capitalised quote
inside a sentence is the name of a work; both are left out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..nlp import doc_text
from .items import Item, in_spans
from .marks import QuoteSpan, find_quotes
from .mixed import complement_span, governing_verb
from .neighbours import cue_after, cue_before, signature
from .speaker import name_beside, subject_of
from .words import words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .cues import CueTokens

__all__ = ["direct_items"]
_TITLE_WORDS = 8  # a quoted name of a work is short
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")


def _cue_near(doc: Doc, group: list[QuoteSpan], cues: CueTokens, inside: list[tuple[int, int]]) -> Token | None:
    """The reporting verb after the closing mark, else before the opening mark, in the same sentence."""
    first, last = group[0], group[-1]
    at, reporting = cues.offsets, cues.reporting
    lead = doc_text(doc)[max(0, first.start - 12):first.start - 1].rstrip("'")  # "said, ''..." too
    before = doc.char_span(max(0, first.start - 1), first.start, alignment_mode="expand")
    sent = before.sent if before is not None else None
    if sent is not None and lead.rstrip().endswith((",", ":")):  # 'he said, “...' beats a later cue
        near = [k for k in range(sent.start, sent.end) if at[k] < first.start - 1]
        verbs = [k for k in near if k in reporting]
        # 'he said in a statement, “...': only a phrase without a verb between the cue and the mark
        if verbs and not in_spans(at[verbs[-1]], inside) and not any(cues.verbal[k] for k in near if k > verbs[-1]):
            return doc[verbs[-1]]
    after = doc.char_span(last.end, min(len(doc_text(doc)), last.end + 1), alignment_mode="expand")
    if after is not None:
        after_sent = after.sent
        for k in range(after_sent.start, after_sent.end):
            if at[k] > last.end and k in reporting and not in_spans(at[k], inside):
                return doc[k]
    if sent is not None:
        for k in reversed(range(sent.start, sent.end)):
            if at[k] < first.start - 1 and k in reporting:
                return None if in_spans(at[k], inside) else doc[k]
    if sent is not None and sent.start_char >= first.start - 2 and after is not None \
            and after.sent.end_char <= last.end + 2:  # the quote is a sentence of its own
        return cue_after(last.end, doc_text(doc), after.sent, cues) or cue_before(first.start, sent, cues)
    return None


def _scare(doc: Doc, group: list[QuoteSpan], cue: Token | None) -> bool:
    """A few quoted words that no cue governs, or that modify a noun outside the quote."""
    span = doc.char_span(group[0].start, group[-1].end, alignment_mode="expand")
    if span is None:
        return True
    if len([t for t in span if not t.is_punct]) >= 4:
        return False
    if cue is None or all(t.dep_ in ("amod", "compound") and t.head.i not in range(span.start, span.end)
                          for t in span if not t.is_punct):
        return True
    return not any(cue.i in [a.i for a in t.ancestors] for t in span)


def _title(doc: Doc, span: QuoteSpan) -> bool:
    """A quoted name inside a sentence: a show, book, song, operation or slogan ("on “Face the Nation”",
    "sang “A Change Is Gonna Come”"): a few words, each capitalised but the small ones. A quote that is
    its own sentence ("“Never Again.”") may still be speech, and stays."""
    text = doc_text(doc)
    words, small = _WORDS.findall(text[span.start:span.end]), words_of(doc).title_small_words
    if not 0 < len(words) <= _TITLE_WORDS or not all(w[0].isupper() or w.lower() in small for w in words):
        return False
    if words[0][0].islower() or any(c.isdigit() for c in text[span.start:span.end]):
        return False
    before = text[text.rfind("\n", 0, span.start) + 1:span.start - 1].strip()
    after = text[span.end + 1:(text.find("\n", span.end) + 1 or len(text) + 1) - 1].strip(" .!?\"”’")
    return bool(before or after)


def direct_items(doc: Doc, cues: CueTokens, lex: dict[str, Any]) -> list[Item]:
    spans = find_quotes(doc_text(doc))
    inside = [(s.start, s.end) for s in spans]
    groups: dict[int, list[QuoteSpan]] = {}
    for span in spans:
        groups.setdefault(span.group, []).append(span)
    items: list[Item] = []
    mixed: dict[int, Item] = {}
    for group in groups.values():
        verb = governing_verb(doc, group[0].start, group[0].end, lex) if len(group) == 1 else None
        subject = subject_of(verb, inside) if verb is not None else None
        naming = verb is not None and subject is not None and verb.lemma_.lower() in lex["naming"]
        if len(group) == 1 and _title(doc, group[0]) and not naming:
            continue  # a name of a work, unless a naming verb gives it as a label ('called him “Big Daddy”')
        if verb is not None and subject is not None:  # 'called the vote a “farce”': the verb's complements
            lo, hi = complement_span(verb, group[0].start, group[0].end)
            known = mixed.get(verb.i)
            if known is None:
                mixed[verb.i] = Item("indirect", lo, hi, [(lo, hi)], verb, subject, mixed=True)
            else:  # a second fragment under the same verb widens its quote
                known.pos, known.end = min(known.pos, lo), max(known.end, hi)
                known.segments = [(known.pos, known.end)]
            continue
        cue = _cue_near(doc, group, cues, inside)
        signed = signature(doc, group[-1].end) if cue is None else None
        if signed is not None:  # “...” ― Maria Okafor: the dash is the cue, the name the speaker
            items.append(Item("direct", group[0].start, group[-1].end, [(s.start, s.end) for s in group], *signed))
            continue
        if _scare(doc, group, cue):
            continue
        subject = (subject_of(cue, inside) or name_beside(cue, inside)) if cue is not None else None
        items.append(Item("direct", group[0].start, group[-1].end, [(s.start, s.end) for s in group], cue, subject))
    return sorted(items + list(mixed.values()), key=lambda i: i.pos)
