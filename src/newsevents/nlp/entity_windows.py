"""spaCy's entity recogniser, run only on the windows of a text where an entity can be.

The recogniser of ``en_core_web_sm`` has its own token encoder and is over half of the whole
parse's time, yet most words of a news article are far from any name, number or date. This
component replaces the ``ner`` step of the pipeline: it finds "cue" tokens (proper nouns and
numbers by the tagger, words with a digit, capitalised or all-capital words, the lower-case
words of dates and quantities listed in ``data/en/nlp/entity_windows.yaml``), keeps ``margin`` tokens
of context on each side, runs the model's own recogniser on those windows joined into one short
Doc per article, and copies the entities back. The entities are the recogniser's own: on 120 real
news pages the windows find the same entities as a run over every token 99% of the time, for
about 60% of the work (measured by ``benchmarks/pipeline.py``; see docs/scale.md).

Pipelines whose recogniser reads a shared encoder (a transformer or a tok2vec listener) cannot run
on a copy of the text; :func:`install` leaves them as they are. The recogniser itself is run
through spaCy's beam search of width 1, which takes the same decisions faster (:func:`recognise`).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy
import yaml

from ..errors import Errors, KnowledgeBaseError
from ..resources import data_path

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

COMPONENT = "newsevents_entity_windows"
DATA_FILE = data_path("nlp", "entity_windows.yaml")
#: Docs handed to the recogniser at once: its transition loop is much cheaper per token in batches.
NER_BATCH = 64
#: see :func:`recognise`: spaCy's wheels carry Cython profiling hooks on Python < 3.12 only
BEAM_IS_FASTER = sys.version_info < (3, 12)


@dataclass(frozen=True)
class Cues:
    """What marks a token as a possible part of an entity (from ``data/en/nlp/entity_windows.yaml``)."""

    margin: int
    tags: frozenset[str]
    words: frozenset[str]


@lru_cache(maxsize=4)
def load_cues(path: str | None = None) -> Cues:
    """Read the cue file (the shipped one, or a user's file of the same shape).

    Raises:
        KnowledgeBaseError: the file is missing, is not YAML, or lacks a key.
    """
    source = path or str(DATA_FILE)
    try:
        data = yaml.safe_load(Path(source).read_text(encoding="utf-8"))
        cues = Cues(margin=int(data["margin"]), tags=frozenset(map(str, data["tags"])),
                    words=frozenset(str(w).lower() for w in data["words"]))
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as err:
        raise KnowledgeBaseError(Errors.E426.format(err=err), source=source) from err
    if cues.margin < 0:
        raise KnowledgeBaseError(Errors.E427, source=source)
    return cues


def can_window(ner: Any) -> bool:
    """Whether ``ner`` computes its own token vectors, so it can run on a copy of part of a Doc."""
    model = getattr(ner, "model", None)
    if model is None or not hasattr(model, "walk"):
        return False
    return not any("listener" in layer.name or "transformer" in layer.name.lower() for layer in model.walk())


class EntityWindows:
    """A pipeline component: the wrapped recogniser's entities, found on windows around cue tokens.

    With ``cues=None`` the recogniser reads every token (``--all-entities``): the component then
    only runs it the faster way (:func:`recognise`).
    """

    def __init__(self, ner: Any, cues: Cues | None) -> None:
        self.ner = ner
        self.cues = cues
        self._words: dict[int, bool] = {}

    def __call__(self, doc: Doc) -> Doc:
        for done in self.pipe([doc]):
            return done
        return doc  # pragma: no cover - pipe yields every Doc it is given

    def pipe(self, docs: Iterable[Doc], batch_size: int = NER_BATCH) -> Iterator[Doc]:
        """Tag ``docs`` in order, running the recogniser on batches of window Docs."""
        from spacy.util import minibatch

        # spacy.util.minibatch has no annotations (it yields lists of the items it is given)
        for batch in minibatch(docs, max(batch_size, NER_BATCH)):  # type: ignore[no-untyped-call]
            if self.cues is None:
                recognise(self.ner, batch)
                yield from batch
                continue
            windows = [self.windows(doc) for doc in batch]
            recognise(self.ner, [sub for sub, _ in windows])
            for doc, (sub, index) in zip(batch, windows, strict=True):
                copy_entities(sub, doc, index)
                yield doc

    def cue_mask(self, doc: Doc) -> numpy.ndarray:
        """One boolean per token: could this token be in an entity? (All are, without cues.)"""
        from spacy.attrs import ORTH, TAG

        cues = self.cues
        if cues is None:
            return numpy.ones(len(doc), dtype=bool)
        if not len(doc):
            return numpy.zeros(0, dtype=bool)
        rows = doc.to_array([ORTH, TAG])
        strings = doc.vocab.strings
        tag_ids = [strings[tag] for tag in sorted(cues.tags) if tag in strings]
        by_tag = numpy.isin(rows[:, 1], numpy.array(tag_ids, dtype=rows.dtype))
        by_word = numpy.fromiter((self._is_cue_word(doc, int(orth), cues) for orth in rows[:, 0]), numpy.bool_,
                                 len(doc))
        return by_tag | by_word

    def _is_cue_word(self, doc: Doc, orth: int, cues: Cues) -> bool:
        """Whether a word marks a possible entity wherever it stands (cached per word).

        A capitalised first word of a sentence counts too: the tagger often misses a name there
        ("Macron expressed ...", "Tehran test-launched ..."), and leaving those out saved only 3%.
        """
        cue = self._words.get(orth)
        if cue is None:
            lex = doc.vocab[orth]
            text = lex.orth_
            cue = bool(lex.like_num or lex.lower_ in cues.words or any(ch.isdigit() for ch in text)
                       or (lex.is_upper and len(text) > 1) or any(ch.isupper() for ch in text[1:])
                       or (lex.is_title and not lex.is_stop))
            if len(self._words) > 500_000:
                self._words.clear()
            self._words[orth] = cue
        return cue

    def windows(self, doc: Doc) -> tuple[Doc, list[int]]:
        """The window Doc of ``doc`` and, per window token, its index in ``doc`` (-1: a gap between windows)."""
        from spacy.attrs import NORM, ORTH, SENT_START, SPACY
        from spacy.tokens import Doc as SpacyDoc

        if self.cues is None:
            return doc, list(range(len(doc)))
        cue = self.cue_mask(doc)
        if not cue.any():
            return SpacyDoc(doc.vocab, words=[]), []
        kept = dilate(cue, self.cues.margin)
        hashes = doc.to_array([ORTH, NORM]).tolist()
        flags = doc.to_array([SPACY, SENT_START]).astype(numpy.int64).tolist()  # SENT_START: 1, -1 or 0
        strings = doc.vocab.strings
        gap_norm = strings.add("\n")
        index: list[int] = []
        words: list[str] = []
        spaces: list[bool] = []
        norms: list[int] = []
        starts: list[int] = []
        previous = -2
        for i in numpy.flatnonzero(kept).tolist():
            (orth, norm), (space, start) = hashes[i], flags[i]
            after_gap = previous >= 0 and i != previous + 1
            if after_gap:  # a gap between windows: a line break of its own, a sentence of its own
                index.append(-1)
                words.append("\n")
                spaces.append(False)
                norms.append(gap_norm)
                starts.append(1)
            index.append(i)
            words.append(strings[orth])
            spaces.append(bool(space))
            norms.append(norm)
            starts.append(1 if after_gap or previous < 0 else start)
            previous = i
        sub = SpacyDoc(doc.vocab, words=words, spaces=spaces)
        starts_as_stored = numpy.array(starts, dtype=numpy.int64).astype(numpy.uint64)  # -1 wraps, as spaCy keeps it
        sub.from_array([NORM, SENT_START], cast(Any, numpy.array([norms, starts_as_stored], dtype=numpy.uint64).T))
        return sub, index


def dilate(mask: numpy.ndarray, margin: int) -> numpy.ndarray:
    """``mask`` widened by ``margin`` positions on each side (clipped at both ends)."""
    size = len(mask)
    totals = numpy.concatenate(([0], numpy.cumsum(mask, dtype=numpy.int64)))
    positions = numpy.arange(size)
    return totals[numpy.minimum(positions + margin + 1, size)] - totals[numpy.maximum(positions - margin, 0)] > 0


def copy_entities(sub: Doc, doc: Doc, index: list[int]) -> None:
    """Set ``doc``'s entities from those found on its window Doc ``sub`` (dropping any across a gap)."""
    from spacy.tokens import Span

    spans = []
    for ent in sub.ents:
        first, last = index[ent.start], index[ent.end - 1]
        if first < 0 or last < 0 or last - first != ent.end - 1 - ent.start:
            continue
        spans.append(Span(doc, first, last + 1, label=ent.label))
    doc.set_ents(spans, default="outside")


def recognise(ner: Any, docs: list[Doc]) -> None:
    """Set ``ner``'s entities on ``docs``: its greedy decisions, through the beam search of width 1.

    spaCy's wheels for Python < 3.12 are built with Cython's profiling hooks; inside the greedy
    parser's GIL-free loop each hook takes the GIL back, and the recogniser checks ~74 moves per
    token, so 40% of its time went to locking (seen with ``perf``). The beam search runs the same
    model and the same checks with the GIL held and, with width 1, keeps the single best move at
    each step as the greedy loop does: the same entities (checked on 181 real articles, and by
    tests/test_entity_windows.py), ~45% faster. Elsewhere the recogniser's own ``predict`` runs.
    """
    todo = [doc for doc in docs if len(doc)]
    if not todo:
        return
    if BEAM_IS_FASTER and ner.cfg.get("beam_width", 1) == 1 and hasattr(ner, "beam_parse"):
        ner.set_annotations(todo, ner.beam_parse(todo, beam_width=1, drop=0.0, beam_density=0.0))
    else:
        ner.set_annotations(todo, ner.predict(todo))


def install(nlp: Language, windows: bool = True, cues: Cues | None = None) -> bool:
    """Put :class:`EntityWindows` in place of ``nlp``'s ``ner`` (which stays loaded, disabled).

    ``windows=False`` runs the recogniser on every token (still the faster way). Returns whether
    it was installed: not when there is no ``ner`` or it reads a shared encoder.
    """
    from spacy.language import Language as SpacyLanguage

    if "ner" not in nlp.pipe_names or not can_window(nlp.get_pipe("ner")):
        return False
    if not SpacyLanguage.has_factory(COMPONENT):
        @SpacyLanguage.factory(COMPONENT, default_config={"windows": True})
        def make_entity_windows(nlp: Language, name: str, windows: bool) -> EntityWindows:
            return EntityWindows(nlp.get_pipe("ner"), load_cues() if windows else None)

    nlp.add_pipe(COMPONENT, after="ner", config={"windows": windows})
    nlp.disable_pipe("ner")
    if cues is not None and windows:
        cast(EntityWindows, nlp.get_pipe(COMPONENT)).cues = cues
    return True
