"""The token attributes the actor rules read, as plain lists taken once per Doc.

Every ``doc[i]`` (and every step of ``for tok in doc``) makes a new spaCy Token object and every ``.lower_``
or ``.pos_`` a string look-up; the rules of this package read the same few attributes of the same tokens
thousands of times per article. One :class:`Columns` per article holds them as lists instead; it is passed
down explicitly (not kept in ``doc.user_data``, which must stay serialisable).
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD, IDX, IS_ALPHA, IS_PUNCT, IS_TITLE, IS_UPPER, LOWER, ORTH, POS, SENT_START, SPACY, TAG
from spacy.tokens import Doc

_STRINGS = [ORTH, LOWER, POS, TAG, DEP]  # read back as strings
_NUMBERS = [IDX, HEAD, SENT_START, IS_TITLE, IS_PUNCT, IS_ALPHA, IS_UPPER, SPACY]


class Columns:
    """One Doc's tokens by attribute: ``text``, ``lower``, ``pos``, ``tag``, ``dep`` (strings), ``idx``,
    ``head`` (the head's index), the flags ``is_title``, ``is_punct``, ``is_alpha``, ``is_upper`` and
    ``space`` (a space follows: ``whitespace_``) as 0/1, and each token's sentence as ``sent_start`` /
    ``sent_end`` token indices (what ``doc[i].sent`` gives)."""

    def __init__(self, doc: Doc) -> None:
        size = len(doc)
        attrs = _STRINGS + _NUMBERS
        array = doc.to_array(attrs) if size else numpy.zeros((0, len(attrs)), dtype=numpy.uint64)
        strings = doc.vocab.strings
        self.text, self.lower, self.pos, self.tag, self.dep = ([strings[h] for h in column]
                                                               for column in array[:, :5].T.tolist())
        array[:, 6] = array[:, 6].astype(numpy.int64) + numpy.arange(size)  # HEAD is relative (and may be < 0)
        numbers: list[list[int]] = array[:, 5:].T.tolist()
        self.idx, self.head, flags, self.is_title, self.is_punct, self.is_alpha, self.is_upper, self.space = numbers
        # Token.sent: back to the nearest token with sent_start == 1 (or the first), and up to the next one
        self.sent_start: list[int] = [0] * size
        self.sent_end: list[int] = [size] * size
        first = 0
        for i, flag in enumerate(flags):
            if flag == 1:
                first = i
            self.sent_start[i] = first
        end = size
        for i in range(size - 1, -1, -1):
            self.sent_end[i] = end
            if flags[i] == 1:
                end = i

    def is_sent_end(self, i: int) -> bool:
        """``doc[i].is_sent_end`` as a bool (the next token starts a sentence, or there is none)."""
        return self.sent_end[i] == i + 1
