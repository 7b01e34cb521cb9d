"""The one place that knows the order of the stages: raw document in, ArticleResult out.

ingest (readers) -> extract -> nlp -> actors -> times, places -> quotes, counts -> events -> counts
attached to events. Engines (local pool, Dask) run :func:`process` on many inputs; the CLI and the
API call it for one. Non-English articles stop after extraction and say so in ``article.notes``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from . import nlp
from .actors import resolve_actors
from .counts import attach_counts, extract_counts
from .events import code_events
from .extract import extract_article
from .model import ArticleResult, RawDocument
from .places import extract_places
from .quotes import extract_quotes
from .times import extract_times

LOGGER = logging.getLogger(__name__)


@dataclass
class PipelineConfig:
    """What a user can set for a run: the spaCy pipeline, a publication date, extra knowledge files.

    Attributes:
        model: an installed spaCy pipeline, by package name or path (default en_core_web_sm).
        published: the publication date to use when the input carries none (ISO 8601).
        actor_files: extra actor knowledge-base files (YAML/TSV) that extend or override the shipped ones.
        lexicon_files: extra event-pattern lexicon files (YAML).
    """

    model: str | None = None
    published: str | None = None
    actor_files: list[Path] = field(default_factory=list)
    lexicon_files: list[Path] = field(default_factory=list)


def process(raw: RawDocument, config: PipelineConfig | None = None) -> ArticleResult:
    """Run every stage on one input and return all that was extracted from it.

    Raises:
        InputError / ExtractionError: the input holds no article (the batch records and skips it).
    """
    config = config or PipelineConfig()
    article = extract_article(raw, published=config.published)
    result = ArticleResult(article=article, stages=["extract"])
    if article.language not in (None, "en"):
        article.notes.append(f"language {article.language}: not sent through the English NLP stages")
        return result
    doc = nlp.parse(article.text, config.model)
    result.entities = nlp.entities(doc)
    result.actors = resolve_actors(doc, article, config.actor_files)
    result.times = extract_times(doc, article)
    result.places = extract_places(doc, article, result.actors)
    result.quotes = extract_quotes(doc, article, result.actors)
    result.counts = extract_counts(doc, article, result.actors, result.places)
    result.events = code_events(doc, article, result.actors, result.times, result.places, config.lexicon_files)
    attach_counts(result.counts, result.events)
    result.stages += ["nlp", "actors", "times", "places", "quotes", "counts", "events"]
    return result


def process_text(text: str, *, published: str | None = None, title: str | None = None,
                 config: PipelineConfig | None = None, source: str = "<text>") -> ArticleResult:
    """Convenience for plain text: wrap it as a RawDocument and :func:`process` it."""
    raw = RawDocument(source=source, content=text, media_type="text", published=published, title=title)
    return process(raw, config)
