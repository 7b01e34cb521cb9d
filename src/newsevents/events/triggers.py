"""Which words of a parse may trigger an event, found without building a Token for each word.

The coder tries patterns only on the tokens :func:`possible_triggers` names: the verbs and nouns
whose lemma or form (or, for a verb, a de-inflected or hyphenated form, see ``lemma_keys``) names
a pattern of the lexicon. It reads the Doc's arrays, and looks each distinct string up once per
lexicon, so that the words that name no pattern (most of them) cost next to nothing. It names a
superset: ``matcher.candidates`` still decides, so the events are those of trying every token.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy
from spacy.attrs import LEMMA, LOWER, POS, TAG
from spacy.symbols import ADJ, AUX, NOUN, PROPN, VERB

from .arguments import deinflected
from .lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.strings import StringStore
    from spacy.tokens import Doc

# What a string is to a lexicon (the marks of triggers._known): the lower-cased lemma of a noun or
# of a verb pattern, the form of a noun pattern, or a form one of whose verb keys (lemma_keys) names a
# verb pattern, or that names a noun pattern (a gerund used as a noun).
NOUN_LEMMA, NOUN_FORM, VERB_LEMMA, VERB_FORM = 1, 2, 4, 8
MAX_KNOWN = 1_000_000
_NO_HASHES = numpy.zeros(0, dtype=numpy.uint64)
_NO_MARKS = numpy.zeros(0, dtype=numpy.uint8)


def _marks(text: str, lex: Lexicon) -> int:
    """The marks of one string (``text`` as the string store has it: a lemma or a lower-case form)."""
    lowered = text.lower()
    marks = NOUN_LEMMA if lowered in lex.nouns else 0
    marks |= NOUN_FORM if text in lex.nouns else 0
    marks |= VERB_LEMMA if lowered in lex.verbs else 0
    if text in lex.verbs or text in lex.nouns or any(k in lex.verbs for k in deinflected(text)):
        marks |= VERB_FORM
    return marks


def _known(hashes: numpy.ndarray, strings: StringStore, lex: Lexicon) -> numpy.ndarray:
    """The marks of each string hash, from a sorted array of the hashes seen so far and their marks
    (``lex.trigger_cache``): a binary search per distinct word, and a look-up only for new words."""
    known: tuple[numpy.ndarray, numpy.ndarray] = lex.trigger_cache.get("known", (_NO_HASHES, _NO_MARKS))
    seen, marks = known
    distinct, inverse = numpy.unique(hashes, return_inverse=True)
    where = numpy.searchsorted(seen, distinct)
    found = where < len(seen)
    found[found] = seen[where[found]] == distinct[found]
    if not found.all():
        new = distinct[~found]
        at = numpy.searchsorted(seen, new)
        seen = numpy.insert(seen, at, new)
        marks = numpy.insert(marks, at, [_marks(strings[h], lex) for h in new.tolist()])
        if len(seen) > MAX_KNOWN:  # a long run's vocabulary: keep this article's words only
            seen, marks = distinct, marks[numpy.searchsorted(seen, distinct)]
        lex.trigger_cache["known"] = seen, marks  # one assignment: a reader sees both or neither
        where = numpy.searchsorted(seen, distinct)
    return marks[where][inverse.reshape(-1)]


def possible_triggers(doc: Doc, lex: Lexicon) -> list[int]:
    """The indices of the tokens ``matcher.candidates`` may find patterns for, in order: verbs whose
    keys (or a hyphenated form) name a verb pattern, and nouns (or gerunds) whose lemma or form
    names a noun pattern. Read from the Doc's arrays, so that no Token is built for the other words
    (most of them); a superset: ``candidates`` still decides."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    arr = doc.to_array([POS, TAG, LEMMA, LOWER])
    pos, tag = arr[:, 0], arr[:, 1]
    verbish = (pos == VERB) | (pos == AUX) | ((pos == ADJ) & (tag == strings["VBN"]))
    rows = numpy.flatnonzero(verbish | (pos == NOUN) | (pos == PROPN))
    lemmas, forms, verb = arr[rows, 2], arr[rows, 3], verbish[rows]
    lemma_marks, form_marks = _known(numpy.concatenate((lemmas, forms)), strings, lex).reshape(2, -1)
    named = numpy.where(verb, (lemma_marks & VERB_LEMMA) | (form_marks & VERB_FORM),
                        (lemma_marks & NOUN_LEMMA) | (form_marks & NOUN_FORM)) != 0
    # "test-fired": the joined form ("test-fire") is looked up too (lemma_keys)
    after_hyphen = numpy.zeros(len(rows), dtype=bool)
    after_hyphen[rows > 0] = tag[rows[rows > 0] - 1] == strings["HYPH"]
    indices: list[int] = rows[named | (verb & after_hyphen)].tolist()  # numpy types tolist() as Any
    return indices
