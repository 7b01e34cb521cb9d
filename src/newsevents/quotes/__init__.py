"""Quotations: direct quotes (between quotation marks of any style) and indirect ones (a reporting
verb with a clause: "Putin noted that Russia ..."; "... , prosecutors said"; "according to X"),
each attributed to a speaker resolved to an actor of the article.

A direct quote's cue is the nearest reporting verb after its closing mark in the same sentence
(“...,” he said) or before its opening mark ("Esper said, “..."); a quote with no cue that opens
its paragraph or follows another quote continues the last speaker (“...,” he said. “...”). Short
quoted words without a cue governing them ("the “interim” government") are scare quotes and are
left out. The cue words live in ``data/quotes/cues.yaml``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from ..errors import KnowledgeBaseError
from ..model import Actor, Article, Quote
from ..nlp import doc_text
from .cues import CueTokens, cue_tokens
from .marks import QuoteSpan, find_quotes, headline_end
from .mixed import complement_span, governing_verb
from .neighbours import cue_after, cue_before, signature
from .nouns import noun_reports
from .speaker import Speaker, actor_at, name_beside, resolve_speaker, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LOGGER = logging.getLogger(__name__)
DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "quotes"
__all__ = ["actor_at", "extract_quotes", "find_quotes", "load_cues"]
# A dateline opening the lead ("PARIS —", "MAIDUGURI, Nigeria (Reuters) -") is not part of the report.
_DATELINE = re.compile(r"[A-Z][A-Z .'-]+(?:,[^\n—–-]{1,40})?(?:\s*\([^)\n]{1,30}\))?\s*[—–-]{1,2}\s+")
_TRIM = " \t\n,;:—–-"
_CLOSERS = "\"”’»›"
_FRAGMENT = 5  # quoted words below this inside a report are a fragment of it
_TITLE_WORDS = 8  # a quoted name of a work is short
_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "is", "as"})
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")


@lru_cache(maxsize=4)
def load_cues(path: str | None = None) -> dict[str, Any]:
    """The cue lexicon (the shipped ``cues.yaml`` or a user's file of the same shape).

    Raises:
        KnowledgeBaseError: the file is malformed.
    """
    source = Path(path) if path else DATA_DIR / "cues.yaml"
    try:
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
        return {
            "reporting": frozenset(data["reporting_verbs"]), "indirect": frozenset(data["indirect_verbs"]),
            "according_to": tuple(data["according_to"]), "institutional": frozenset(data["institutional"]),
            "person_pronouns": frozenset(data["pronouns"]["person"]),
            "group_pronouns": frozenset(data["pronouns"]["group"]),
            "sources": frozenset(data["according_sources"]),
            "speech_nouns": frozenset(data["speech_nouns"]),
            "naming": frozenset(data["naming_verbs"]), "not_naming": frozenset(data["not_naming_as"]),
            "gendered_titles": {str(w).lower(): gender for gender, words in data["gendered_titles"].items()
                                for w in words},
        }
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as err:
        raise KnowledgeBaseError(f"bad quote cue file: {err}", source=str(source)) from err


@dataclass
class _Item:
    """One quote (a group of segments) or one indirect report, waiting for its speaker."""

    kind: str
    pos: int
    end: int
    segments: list[tuple[int, int]]
    cue: Token | None
    subject: Token | None = None
    mixed: bool = False  # a few quoted words inside the speaker's clause: no paragraph of speech to go on


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
        if verbs and not _in(at[verbs[-1]], inside) and not any(cues.verbal[k] for k in near if k > verbs[-1]):
            return doc[verbs[-1]]
    after = doc.char_span(last.end, min(len(doc_text(doc)), last.end + 1), alignment_mode="expand")
    if after is not None:
        after_sent = after.sent
        for k in range(after_sent.start, after_sent.end):
            if at[k] > last.end and k in reporting and not _in(at[k], inside):
                return doc[k]
    if sent is not None:
        for k in reversed(range(sent.start, sent.end)):
            if at[k] < first.start - 1 and k in reporting:
                return None if _in(at[k], inside) else doc[k]
    if sent is not None and sent.start_char >= first.start - 2 and after is not None \
            and after.sent.end_char <= last.end + 2:  # the quote is a sentence of its own
        return cue_after(last.end, doc_text(doc), after.sent, cues) or cue_before(first.start, sent, cues)
    return None


def _in(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


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
    words = _WORDS.findall(text[span.start:span.end])
    if not 0 < len(words) <= _TITLE_WORDS or not all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words):
        return False
    if words[0][0].islower() or any(c.isdigit() for c in text[span.start:span.end]):
        return False
    before = text[text.rfind("\n", 0, span.start) + 1:span.start - 1].strip()
    after = text[span.end + 1:(text.find("\n", span.end) + 1 or len(text) + 1) - 1].strip(" .!?\"”’")
    return bool(before or after)


def _direct_items(doc: Doc, cues: CueTokens, lex: dict[str, Any]) -> list[_Item]:
    spans = find_quotes(doc_text(doc))
    inside = [(s.start, s.end) for s in spans]
    groups: dict[int, list[QuoteSpan]] = {}
    for span in spans:
        groups.setdefault(span.group, []).append(span)
    items: list[_Item] = []
    mixed: dict[int, _Item] = {}
    for group in groups.values():
        verb = governing_verb(doc, group[0].start, group[0].end, lex) if len(group) == 1 else None
        subject = subject_of(verb, inside) if verb is not None else None
        if len(group) == 1 and _title(doc, group[0]) and (subject is None or verb.lemma_.lower() not in lex["naming"]):
            continue  # a name of a work, unless a naming verb gives it as a label ('called him “Big Daddy”')
        if verb is not None and subject is not None:  # 'called the vote a “farce”': the verb's complements
            lo, hi = complement_span(verb, group[0].start, group[0].end)
            known = mixed.get(verb.i)
            if known is None:
                mixed[verb.i] = _Item("indirect", lo, hi, [(lo, hi)], verb, subject, mixed=True)
            else:  # a second fragment under the same verb widens its quote
                known.pos, known.end = min(known.pos, lo), max(known.end, hi)
                known.segments = [(known.pos, known.end)]
            continue
        cue = _cue_near(doc, group, cues, inside)
        signed = signature(doc, group[-1].end) if cue is None else None
        if signed is not None:  # “...” ― Maria Okafor: the dash is the cue, the name the speaker
            items.append(_Item("direct", group[0].start, group[-1].end, [(s.start, s.end) for s in group], *signed))
            continue
        if _scare(doc, group, cue):
            continue
        subject = (subject_of(cue, inside) or name_beside(cue, inside)) if cue is not None else None
        items.append(_Item("direct", group[0].start, group[-1].end, [(s.start, s.end) for s in group], cue, subject))
    return sorted(items + list(mixed.values()), key=lambda i: i.pos)


def _content(tokens: list[Token]) -> tuple[int, int] | None:
    tokens = [t for t in tokens if not (t.dep_ == "mark" and t.lower_ == "that" and t.i == tokens[0].i)]
    while tokens and (tokens[0].is_punct or tokens[0].lower_ == "that"):
        tokens = tokens[1:]
    if tokens:  # the lead's dateline is the agency's, not the speaker's
        line_start = doc_text(tokens[0].doc).rfind("\n", 0, tokens[0].idx) + 1
        dateline = _DATELINE.match(doc_text(tokens[0].doc), line_start)
        if dateline and dateline.start() == tokens[0].idx:
            tokens = [t for t in tokens if t.idx >= dateline.end()]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if len(tokens) < 3:
        return None
    text, end = doc_text(tokens[0].doc), tokens[-1].idx + len(tokens[-1].text)
    if end < len(text) and text[end] in _CLOSERS and _opened(text[tokens[0].idx:end]):
        end += 1  # 'the statement was "disinformation"': keep the closing mark of a quoted word
    return tokens[0].idx, end


def _opened(text: str) -> bool:
    """Whether ``text`` leaves a quotation open (an odd number of straight marks, or more “ than ”)."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def _indirect_items(doc: Doc, lex: dict[str, Any], cues: CueTokens, quoted: list[tuple[int, int]]) -> list[_Item]:
    items = []
    for i in cues.indirect:
        tok = doc[i]
        if _in(tok.idx, quoted):
            continue
        if tok.lemma_.lower() in lex["indirect"] and tok.pos_ == "VERB":
            item = _reported(tok, lex, quoted) or _inverted(tok)
            if item and not _mostly_direct((item.pos, item.end), quoted):
                items.append(item)
        elif tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            source = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
            phrase = {t.i for t in tok.subtree} | {t.i for t in doc[tok.i + 1].subtree}
            bounds = _content(_paragraph(tok, [t for t in tok.sent if t.i not in phrase]))
            if source is not None and _can_speak(source, lex) and bounds and not _mostly_direct(bounds, quoted):
                items.append(_Item("indirect", tok.idx, bounds[1], [bounds], tok, source))
    for noun, owner, start, end in noun_reports(doc, lex):
        if not _mostly_direct((start, end), quoted):
            items.append(_Item("indirect", start, end, [(start, end)], noun, owner))
    return items


def _paragraph(cue: Token, tokens: list[Token]) -> list[Token]:
    """The tokens in the cue's paragraph (a title without a full stop must not join the lead)."""
    text = doc_text(cue.doc)
    start = text.rfind("\n", 0, cue.idx) + 1
    end = text.find("\n", cue.idx)
    end = len(text) if end < 0 else end
    return [t for t in tokens if start <= t.idx < end]


def _reported(verb: Token, lex: dict[str, Any], quoted: list[tuple[int, int]]) -> _Item | None:
    """"X said (that) ...", "told journalists that ...": the clause the verb reports.

    A clause that is itself a report ("Erdogan stressed that ..., the readout added") is left to the
    inner cue, whose speaker said the words; a second report coordinated into the clause ("said that
    the government respected ... but warned that ...") is cut off: it is the same speaker's next report.
    """
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    # "Writing for a panel that agreed X won, Barabak noted that ...": a parse may hang a clause of the
    # sentence's opening on the cue as well; the that-clause after the verb is the one it reports
    # (an inverted cue, "..., said the company's chair Ana Ruiz", may have its subject parsed as a clause)
    fronted = any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children)
    clause = next((c for c in clauses if c.i > verb.i and (fronted or any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children))), clauses[0] if clauses else None)
    if clause is None:  # "reported journalists that Putin plans ...", "said in a statement that the
        # units had fired ...": the that-clause parses as a clause on the object
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        objects += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
        for obj in objects:
            rel = next((c for c in obj.children if c.dep_ in ("relcl", "acl") and _has_subject(c)), None)
            if rel is None:
                continue
            first = min(t.i for t in rel.subtree)
            that = next((verb.doc[k] for k in (first, first - 1) if verb.doc[k].lower_ == "that"), None)
            # "a panel that agreed ...": a relative pronoun ("that" the clause's own subject or object)
            # opens a description of the noun, not a report
            if that is not None and not (that.head.i == rel.i and that.dep_ in ("nsubj", "nsubjpass", "dobj")):
                clause = rel
                break
    if clause is None or not _finite(clause) or any(c.dep_ == "neg" for c in verb.children):
        return None  # "declared settlements legal", "didn't estimate how many ...": no words reported
    if _reports(clause, lex) and clause.i < verb.i:
        return None  # "Erdogan stressed that ..., the readout added": Erdogan's words, the inner cue's
    cut = {t.i for c in clause.children if c.dep_ in ("conj", "advcl") and _reports(c, lex) and not _has_subject(c)
           for t in c.subtree}
    cut |= {c.i for c in clause.children if c.dep_ == "cc" and cut and c.i < min(cut)}
    bounds = _content(_paragraph(verb, sorted((t for t in clause.subtree if t.i not in cut), key=lambda t: t.i)))
    subject = subject_of(verb, quoted) or _inverted_speaker(verb)
    if verb.dep_ == "conj" and not _has_subject(verb) and verb.head.dep_ == "ccomp" \
            and verb.head.head.lemma_.lower() in lex["indirect"]:
        subject = subject_of(verb.head.head, quoted)  # "said that A but warned that B": the sayer warned
    return _Item("indirect", bounds[0], bounds[1], [bounds], verb, subject) if bounds else None


def _reports(token: Token, lex: dict[str, Any]) -> bool:
    """A reporting verb with a clause of its own."""
    return token.lemma_.lower() in lex["indirect"] and token.pos_ == "VERB" \
        and any(c.dep_ == "ccomp" for c in token.children)


def _finite(clause: Token) -> bool:
    """A clause with a subject and a verb, not a small clause ("declared them legal"), an infinitive
    ("declaring settlements to be illegal") or an embedded question ("estimate how many ...")."""
    if clause.pos_ not in ("VERB", "AUX") or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children):
        return False
    first = min(clause.subtree, key=lambda t: t.i)
    return first.lower_ not in ("how", "whether", "why", "if", "when", "where")


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _inverted_speaker(verb: Token) -> Token | None:
    """The speaker after an inverted cue ("..., reported Kremlin press service")."""
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i
                 and c.pos_ in ("PROPN", "NOUN")), None)


def _inverted(verb: Token) -> _Item | None:
    """"Putin discussed ..., reported Kremlin press service": a cue after a comma at the end of the
    sentence, its speaker after it, reports the clause before the comma."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    speaker = _inverted_speaker(verb)
    rest = [t for t in _paragraph(verb, list(doc[verb.i + 1:verb.sent.end])) if not t.is_punct]
    if speaker is None or not rest or max(t.i for t in speaker.subtree) < rest[-1].i:
        return None
    bounds = _content(_paragraph(verb, [t for t in verb.sent if t.i < verb.i - 1]))
    return _Item("indirect", bounds[0], bounds[1], [bounds], verb, speaker) if bounds else None


def _can_speak(token: Token, lex: dict[str, Any]) -> bool:
    """Whether "according to X" names a source that speaks (not "the latest data")."""
    lemma = token.lemma_.lower()
    return token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or lemma in lex["institutional"] \
        or lemma.endswith(("er", "or", "ist", "ian")) or lemma in lex["sources"] or token.lower_ in lex["sources"]


def _mostly_direct(bounds: tuple[int, int], quoted: list[tuple[int, int]]) -> bool:
    size = bounds[1] - bounds[0]
    overlap = sum(max(0, min(e, bounds[1]) - max(s, bounds[0])) for s, e in quoted)
    return size <= 0 or overlap >= 0.5 * size


def _fragment_of(item: _Item, reports: list[_Item]) -> bool:
    """A few quoted words inside a report ("he was “very moved” by ..."): the report, which keeps
    the marks, carries them; a second record of the same words would be a duplicate."""
    if len(item.segments) > 1 or item.cue is None:
        return False
    if not item.mixed and len(re.findall(r"\w+", doc_text(item.cue.doc)[item.pos:item.end])) >= _FRAGMENT:
        return False  # a mixed quote inside a report is always the report's: it keeps the marks
    return any(r.segments[0][0] <= item.pos and item.end <= r.segments[0][1] + 1 for r in reports)


def _continues(doc: Doc, previous: _Item | None, item: _Item) -> bool:
    """A quote without a cue carries on the last speaker when only a paragraph break or a cue lies between."""
    if previous is None or previous.mixed:
        return False
    gap = doc_text(doc)[previous.end:item.pos]
    return gap.count("\n") <= 1 and len(gap.strip(" \n\"“”'‘’,.")) <= 60


def extract_quotes(doc: Doc, article: Article, actors: list[Actor]) -> list[Quote]:
    """Every direct and indirect quote of the article, in text order, with its speaker."""
    lex = load_cues()
    headline = headline_end(doc_text(doc), article.title)
    cues = cue_tokens(doc, lex)
    direct = [i for i in _direct_items(doc, cues, lex) if i.pos >= headline]
    quoted = [seg for item in direct for seg in item.segments]
    indirect = [i for i in _indirect_items(doc, lex, cues, quoted) if i.pos >= headline]
    direct = [d for d in direct if not _fragment_of(d, indirect)]
    items = sorted(direct + indirect, key=lambda i: i.pos)
    history: list[Speaker] = []
    quotes: list[Quote] = []
    previous: _Item | None = None
    for item in items:
        if item.cue is not None:
            speaker = resolve_speaker(item.subject, actors, lex, history)
        elif _continues(doc, previous, item) and history:
            speaker = history[-1]
        else:
            continue
        history.append(speaker)
        previous = item
        for start, end in item.segments:
            quotes.append(_quote(doc, article, item, speaker, start, end, len(quotes) + 1))
    LOGGER.debug("article %s: %d quotes", article.id, len(quotes))
    return quotes


def _quote(doc: Doc, article: Article, item: _Item, speaker: Speaker, start: int, end: int, n: int) -> Quote:
    text = doc_text(doc)[start:end]
    lead, trail = len(text) - len(text.lstrip(_TRIM)), len(text) - len(text.rstrip(_TRIM))
    start, end = start + lead, end - trail
    cue = item.cue
    return Quote(id=f"Q{n}", article_id=article.id, text=doc_text(doc)[start:end], start=start, end=end,
                 kind=item.kind, speaker_actor=speaker.actor.id if speaker.actor else None,
                 speaker_name=speaker.name, speaker_code=speaker.code, cue=cue.text if cue is not None else None,
                 cue_start=cue.idx if cue is not None else None,
                 cue_end=cue.idx + len(cue.text) if cue is not None else None)
