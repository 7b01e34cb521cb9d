"""Quotations: direct quotes (between quotation marks of any style), mixed quotes (a few quoted words in
the speaker's clause: 'called the vote a “farce”') and indirect ones ("Putin noted that Russia ...",
"..., prosecutors said", "according to X", "Ruiz's claim that ..."), each attributed to a speaker
resolved to an actor of the article.

The parts: ``marks`` pairs quotation marks; ``direct`` finds each quote's cue (``neighbours`` the bare
attribution sentence or signature beside it, ``mixed`` the naming verb of a fragment); ``reports`` finds
indirect quotes (``nouns`` those carried by a speech noun); ``speaker`` and ``antecedents`` resolve who
spoke. Here the two are merged: a few quoted words inside a report belong to the report, and a quote with
no cue that follows another quote or report closely continues its speaker (“...,” he said. “...”).
The cue words live in ``data/en/quotes/cues.yaml``.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from ..errors import Errors, KnowledgeBaseError
from ..model import Actor, Article, Quote
from ..nlp import doc_language, doc_text
from ..resources import DEFAULT_LANGUAGE, data_path
from .cues import cue_tokens
from .direct import direct_items
from .items import Item, mostly_direct
from .marks import find_quotes, headline_end
from .reports import report_items
from .speaker import Speaker, actor_at, resolve_speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc

LOGGER = logging.getLogger(__name__)
__all__ = ["actor_at", "extract_quotes", "find_quotes", "load_cues"]
_TRIM = " \t\n,;:—–-"
_TRAIL = " .,;:!?\"”’»›"
_FRAGMENT = 5  # quoted words below this inside a report are a fragment of it


@lru_cache(maxsize=4)
def load_cues(path: str | None = None, lang: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    """The cue lexicon (the shipped ``cues.yaml`` of language ``lang`` or a user's file of the same shape).

    Raises:
        KnowledgeBaseError: the file is malformed.
    """
    source = Path(path) if path else data_path("quotes", "cues.yaml", lang=lang)
    try:
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
        return {
            "reporting": frozenset(data["reporting_verbs"]), "continuing": frozenset(data["continuing_verbs"]),
            "indirect": frozenset(data["indirect_verbs"]) | frozenset(data["asking_verbs"]),
            "asking": frozenset(data["asking_verbs"]),
            # the two-word leads of a source named after its report ("according to"), word by word
            "source_leads": frozenset((p.split()[0].lower(), p.split()[1].lower()) for p in data["according_to"]
                                      if len(p.split()) == 2),
            "institutional": frozenset(data["institutional"]),
            "person_pronouns": frozenset(data["pronouns"]["person"]),
            "group_pronouns": frozenset(data["pronouns"]["group"]),
            "sources": frozenset(data["according_sources"]),
            "speech_nouns": frozenset(data["speech_nouns"]),
            "naming": frozenset(data["naming_verbs"]), "not_naming": frozenset(data["not_naming_as"]),
            "gendered_titles": {str(w).lower(): gender for gender, words in data["gendered_titles"].items()
                                for w in words},
        }
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as err:
        raise KnowledgeBaseError(Errors.E415.format(err=err), source=str(source)) from err


def _fragment_of(item: Item, reports: list[Item]) -> bool:
    """A few quoted words inside a report ("he was “very moved” by ..."): the report, which keeps
    the marks, carries them; a second record of the same words would be a duplicate."""
    if len(item.segments) > 1 or item.cue is None:
        return False
    text = doc_text(item.cue.doc)
    short = item.mixed or len(re.findall(r"\w+", text[item.pos:item.end])) < _FRAGMENT
    # a mixed quote inside a report is always the report's: it keeps the marks; so are longer quoted
    # words that the report's own words lead into and that end it ('said the council was “...”',
    # items.mostly_direct); quoted words in the middle of a report stay a quote of their own as well
    return any(r.segments[0][0] <= item.pos and item.end <= r.segments[0][1] + 1
               and (short or (not text[item.end:r.segments[0][1]].strip(_TRAIL)
                              and not mostly_direct(r.segments[0], [(item.pos, item.end)], text))) for r in reports)


def _opens_speech(report: Item, direct: list[Item]) -> bool:
    """A report whose quoted words run on into the next paragraphs ('said the release “gives us hope.”
    / “We see ...”') opens a direct quote of several paragraphs: the quote, not the report, is kept."""
    start, end = report.segments[0]
    return any(len(d.segments) > 1 and start <= d.segments[0][0] and d.segments[0][1] <= end + 2 for d in direct)


def _continues(doc: Doc, previous: Item | None, item: Item) -> bool:
    """A quote without a cue carries on the last speaker when only a paragraph break or a cue lies between."""
    if previous is None or previous.mixed:
        return False
    gap = doc_text(doc)[previous.end:item.pos]
    return gap.count("\n") <= 1 and len(gap.strip(" \n\"“”'‘’,.")) <= 60


def extract_quotes(doc: Doc, article: Article, actors: list[Actor]) -> list[Quote]:
    """Every direct and indirect quote of the article, in text order, with its speaker."""
    lex = load_cues(lang=doc_language(doc))
    headline = headline_end(doc_text(doc), article.title)
    cues = cue_tokens(doc, lex)
    direct = [i for i in direct_items(doc, cues, lex) if i.pos >= headline]
    quoted = [seg for item in direct for seg in item.segments]
    indirect = [i for i in report_items(doc, lex, cues, quoted) if i.pos >= headline]
    indirect = [r for r in indirect if not _opens_speech(r, direct)]
    # quoted words inside a report, or inside a mixed quote ('called him a “liar” who is “utterly careless”')
    holders = indirect + [d for d in direct if d.mixed]
    direct = [d for d in direct if not _fragment_of(d, [h for h in holders if h is not d])]
    items = sorted(direct + indirect, key=lambda i: i.pos)
    history: list[Speaker] = []
    quotes: list[Quote] = []
    previous: Item | None = None
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


def _quote(doc: Doc, article: Article, item: Item, speaker: Speaker, start: int, end: int, n: int) -> Quote:
    text = doc_text(doc)[start:end]
    lead, trail = len(text) - len(text.lstrip(_TRIM)), len(text) - len(text.rstrip(_TRIM))
    start, end = start + lead, end - trail
    cue = item.cue
    return Quote(id=f"Q{n}", article_id=article.id, text=doc_text(doc)[start:end], start=start, end=end,
                 kind=item.kind, speaker_actor=speaker.actor.id if speaker.actor else None,
                 speaker_name=speaker.name, speaker_code=speaker.code, cue=cue.text if cue is not None else None,
                 cue_start=cue.idx if cue is not None else None,
                 cue_end=cue.idx + len(cue.text) if cue is not None else None)
