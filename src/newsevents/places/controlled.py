"""Places named with who controls them: "Pakistan-administered Kashmir", "Indian-controlled Kashmir",
"Russian-occupied Crimea", "rebel-held Idlib".

News names a disputed or occupied place with its controller in a hyphenated modifier. The whole
phrase is one place (the name alone, "Kashmir", would leave the side unsaid). Its country is the
place's own where the gazetteer knows the place (the project's choices for occupied territories
hold: Crimea is UKR, the West Bank PSE); a place it does not know is in the country that the text
says administers it ("Pakistan-administered Kashmir" is PAK). The participles are
``control_participles`` in ``data/<lang>/places/usage.yaml``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["controller", "with_controller"]
_CONTROLLERS = ("GPE", "NORP")


def with_controller(ent: Span, usage: Mapping[str, frozenset[str]]) -> Span:
    """``ent`` widened to take in a controller before it ("Pakistan" "-" "administered" Kashmir)."""
    doc, k = ent.doc, ent.start
    if k < 3 or doc[k - 1].lower_ not in usage["control_participles"] or doc[k - 2].text != "-":
        return ent
    start = k - 3
    if doc[start].ent_type_ not in _CONTROLLERS:
        return ent
    while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].ent_type_ == doc[start].ent_type_:
        start -= 1
    return doc[start:ent.end]


def controller(span: Span, usage: Mapping[str, frozenset[str]]) -> tuple[str, str] | None:
    """``(controller, place name)`` of a widened span (("Pakistan", "Kashmir")), None for any other span."""
    tokens = list(span)
    for n in range(1, len(tokens) - 2):
        if tokens[n].text == "-" and tokens[n + 1].lower_ in usage["control_participles"]:
            return span.doc[span.start:span.start + n].text, span.doc[span.start + n + 2:span.end].text
    return None
