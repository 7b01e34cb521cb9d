"""``explain``: how the coder read a text, so a user can see why an event was or was not coded.

For each sentence: the parse (token, lemma, part of speech, dependency, head), the actors whose
mentions fall in it, every pattern that was tried (fired, blocked by negation/mode, or nearly
fired and what was missing), and the events coded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model import Actor, Article, Place, TimeExpression, to_dict
from ..nlp import doc_language
from .coder import run
from .lexicon import load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc


def explain(doc: Doc, article: Article, actors: Sequence[Actor], times: Sequence[TimeExpression] = (),
            places: Sequence[Place] = (), extra_lexicons: Sequence[Path] = ()) -> dict[str, Any]:
    """The parse, actors, pattern attempts and events of ``doc``, sentence by sentence.

    Returns:
        ``{"lexicon_size": int, "sentences": [{"text", "start", "tokens", "actors", "attempts",
        "events"}]}``; attempts carry ``outcome`` fired / blocked / nearly and a ``reason``.
    """
    lex = load_lexicon(extra_lexicons, doc_language(doc))
    events, coder = run(doc, article, actors, times, places, lex)
    out: list[dict[str, Any]] = []
    for sent in doc.sents:
        lo, hi = sent.start_char, sent.end_char
        tokens = [{"i": t.i, "text": t.text, "lemma": t.lemma_, "pos": t.pos_, "dep": t.dep_, "head": t.head.i}
                  for t in sent]
        found = [{"id": a.id, "name": a.name, "code": a.code,
                  "mentions": [m.text for m in a.mentions if lo <= m.start < hi]}
                 for a in actors if any(lo <= m.start < hi for m in a.mentions)]
        attempts = [asdict(a) for a in coder.trace if sent.start <= a.trigger_i < sent.end]
        evs = [to_dict(e) for e in events if e.sentence_start == lo]
        out.append({"text": sent.text, "start": lo, "tokens": tokens, "actors": found, "attempts": attempts,
                    "events": evs})
    return {"lexicon_size": lex.size, "sentences": out}
