"""The one place that knows the order of the stages: raw document in, ArticleResult out.

ingest (readers) -> extract -> nlp -> actors -> times, places -> quotes, counts -> events -> counts
attached to events. Engines (local pool, Dask) run :func:`process_many` on batches of inputs (one
``nlp.pipe`` per batch); the CLI and the API call :func:`process` for one. The run reads one
language (``PipelineConfig.language``, default English): an article detected as another language
stops after extraction and says so in ``article.notes``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import nlp
from .actors import resolve_actors
from .counts import attach_counts, extract_counts
from .errors import NewsEventsError
from .events import code_events
from .extract import extract_article
from .model import ArticleResult, RawDocument
from .periods import fill_result_periods
from .places import extract_places
from .places.events import locate_events
from .quotes import extract_quotes
from .resources import DEFAULT_LANGUAGE, has_data
from .times import extract_times

if TYPE_CHECKING:
    from spacy.tokens import Doc

LOGGER = logging.getLogger(__name__)
#: articles parsed together by ``nlp.pipe`` in :func:`process_many`: batching saves 5-10% of the parse;
#: larger batches only hold more Docs in memory.
BATCH_SIZE = 8
#: the data folder (``data/<lang>/<folder>``) without which a stage does not run for a language: a
#: language is added a stage at a time (actors, times and places always run; the registry's test
#: checks that every language has their folders)
STAGE_DATA = {"quotes": "quotes", "counts": "counts", "events": "lexicon"}


@dataclass
class PipelineConfig:
    """What a user can set for a run: the language, the spaCy pipeline, a publication date, extra knowledge files.

    Attributes:
        language: the articles' language, a code of ``data/common/languages.yaml`` ("en", the
            default): it picks the spaCy pipeline and the words every stage reads (``data/<lang>/``).
        model: an installed spaCy pipeline, by package name or path (default: the language's pipeline).
        published: the publication date to use when the input carries none (ISO 8601).
        actor_files: extra actor knowledge-base files (YAML/TSV) that extend or override the shipped ones.
        lexicon_files: extra event-pattern lexicon files (YAML).
        all_entities: run spaCy's entity recogniser on every token instead of on windows around
            cue tokens (:mod:`newsevents.nlp.entity_windows`): about 1% more entities, a slower parse.
    """

    model: str | None = None
    language: str = DEFAULT_LANGUAGE
    published: str | None = None
    actor_files: list[Path] = field(default_factory=list)
    lexicon_files: list[Path] = field(default_factory=list)
    all_entities: bool = False


def process(raw: RawDocument, config: PipelineConfig | None = None) -> ArticleResult:
    """Run every stage on one input and return all that was extracted from it.

    Raises:
        InputError / ExtractionError: the input holds no article (the batch records and skips it).
    """
    config = config or PipelineConfig()
    result = _extract(raw, config)
    if not _in_language(result, config.language):
        return result
    return _analyse(nlp.parse(result.article.text, config.model, config.all_entities, config.language), result, config)


def process_many(raws: Iterable[RawDocument], config: PipelineConfig | None = None,
                 batch_size: int = BATCH_SIZE) -> list[ArticleResult | NewsEventsError]:
    """:func:`process` on many inputs, parsing them together with spaCy's ``nlp.pipe``.

    Gives the same results as :func:`process` one by one, in input order. An input that fails
    with a :class:`NewsEventsError` gives that error (its ``source`` set) in its place instead of
    stopping the batch; any other exception propagates.
    """
    config = config or PipelineConfig()
    outcomes: list[ArticleResult | NewsEventsError] = []
    for raw in raws:
        try:
            outcomes.append(_extract(raw, config))
        except NewsEventsError as err:
            err.source = err.source or raw.source
            outcomes.append(err)
    todo = [(i, outcome) for i, outcome in enumerate(outcomes)
            if isinstance(outcome, ArticleResult) and _in_language(outcome, config.language)]
    texts = [result.article.text for _, result in todo]
    for (i, result), doc in zip(todo, nlp.parse_many(texts, config.model, batch_size, config.all_entities,
                                                             config.language), strict=True):
        try:
            _analyse(doc, result, config)
        except NewsEventsError as err:
            err.source = err.source or result.article.source
            outcomes[i] = err
    return outcomes


def _extract(raw: RawDocument, config: PipelineConfig) -> ArticleResult:
    return ArticleResult(article=extract_article(raw, published=config.published), stages=["extract"])


def _in_language(result: ArticleResult, language: str) -> bool:
    """Whether the article goes through the NLP stages (its detected language, if any, is the run's);
    notes why not on the article if it does not."""
    article = result.article
    if article.language not in (None, language):
        name = nlp.language_spec(language).name
        article.notes.append(f"language {article.language}: not sent through the {name} NLP stages")
        return False
    return True


def _analyse(doc: Doc, result: ArticleResult, config: PipelineConfig) -> ArticleResult:
    """Every stage after the parse, filling ``result`` in place."""
    article, lang = result.article, config.language
    result.entities = nlp.entities(doc)
    result.actors = resolve_actors(doc, article, config.actor_files)
    result.times = extract_times(doc, article)
    result.places = extract_places(doc, article, result.actors)
    ran = ["nlp", "actors", "times", "places"]
    if has_data(STAGE_DATA["quotes"], lang=lang):
        result.quotes = extract_quotes(doc, article, result.actors)
        ran.append("quotes")
    if has_data(STAGE_DATA["counts"], lang=lang):
        result.counts = extract_counts(doc, article, result.actors, result.places, result.times)
        ran.append("counts")
    if has_data(STAGE_DATA["events"], lang=lang):
        result.events = code_events(doc, article, result.actors, result.times, result.places, config.lexicon_files)
        ran.append("events")
    locate_events(doc, result.events, result.places)
    attach_counts(result.counts, result.events)
    fill_result_periods(result)
    result.stages += ran
    return result


#: long enough to pass extraction, so that every stage runs once (and builds its caches)
WARM_UP_TEXT = ("Ministers meet in the capital\n\nThe foreign ministers of the two countries met in the capital on "
                "Monday and agreed to resume talks next month, officials said. Police arrested 20 protesters "
                "outside the building, witnesses said. \"We are ready for peace,\" the president told reporters.\n")
_WARM: set[tuple[object, ...]] = set()


def warm_up(config: PipelineConfig | None = None) -> None:
    """Load the model and every knowledge base now, then keep them out of the garbage collector's scans.

    The stages build their matchers and knowledge bases on first use; engines call this once per
    process so that the first article does not pay for it. Afterwards ``gc.freeze()`` moves the
    hundreds of thousands of long-lived objects (vocabulary, gazetteers, lexicons) out of the
    collector's generations: without it every collection rescanned them, up to 40% of the stages'
    time. Later calls with the same configuration do nothing.
    """
    import gc

    config = config or PipelineConfig()
    key = (config.model, config.language, config.all_entities, tuple(config.actor_files), tuple(config.lexicon_files))
    if key in _WARM:
        return
    raw = RawDocument(source="<warm-up>", content=WARM_UP_TEXT, media_type="text")
    try:
        process(raw, config)
    except NewsEventsError:  # a bad extra knowledge file: the first real article reports it
        LOGGER.debug("warm-up failed", exc_info=True)
    gc.collect()
    gc.freeze()
    _WARM.add(key)


def process_text(text: str, *, published: str | None = None, title: str | None = None,
                 config: PipelineConfig | None = None, source: str = "<text>") -> ArticleResult:
    """Convenience for plain text: wrap it as a RawDocument and :func:`process` it."""
    raw = RawDocument(source=source, content=text, media_type="text", published=published, title=title)
    return process(raw, config)
