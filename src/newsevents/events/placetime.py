"""When and where an event happened: the time expression and place of its clause.

An event takes the time expression inside the clause of its trigger (the nearest verb governing
it), else the one nearest to the trigger in its sentence, else the article's publication date; a
value without a year ("--10-16") takes the year of publication. A place is taken only when it is
introduced by a locative preposition ("in Gaza", "near Kyiv") inside the trigger's clause, so that
a country named as an actor is not also read as the event's location.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ..model import Place, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

NESTED = {"acl", "relcl", "ccomp", "advcl"}
LOCATIVE = {"in", "at", "near", "outside", "inside", "around", "across", "throughout", "along", "on"}


def _clause(trigger: Token) -> Token:
    """The nearest verb at or above the trigger: the clause the event belongs to."""
    for tok in (trigger, *trigger.ancestors):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return trigger.sent.root


def _within(tok: Token, start: int, end: int) -> bool:
    first, last = tok.left_edge, tok.right_edge
    return first.idx <= start and end <= last.idx + len(last.text)


def _normalise(value: str, published: str | None) -> str:
    year = (published or "")[:4]
    if value.startswith("--") and year.isdigit():
        return year + value[1:]
    if value.startswith("XXXX") and year.isdigit():
        return year + value[4:]
    return value


def dated_in_sentence(sent: Span, times: Sequence[TimeExpression]) -> bool:
    """Whether the sentence has a date of its own (else an event in it takes the publication date)."""
    return any(t.value and not t.value.startswith("P") and sent.start_char <= t.start and t.end <= sent.end_char
               for t in times)


def event_date(trigger: Token, sent: Span, times: Sequence[TimeExpression], published: str | None) -> str | None:
    """The ISO date of the event (see module docstring); None when nothing is known."""
    inside = [t for t in times if t.value and sent.start_char <= t.start and t.end <= sent.end_char]
    inside = [t for t in inside if not t.value.startswith("P")]  # durations are not dates
    clause = _clause(trigger)
    # a date inside a clause nested in the event's own ("condemned the move announced on Monday")
    # dates that clause, not the event
    nested = [c for c in clause.subtree if c.dep_ in NESTED and c is not clause and trigger not in c.subtree
              and clause in c.ancestors]
    inside = [t for t in inside if not any(_within(c, t.start, t.end) for c in nested)]
    if inside:
        own = [t for t in inside if _within(clause, t.start, t.end)]
        pick = min(own or inside, key=lambda t: abs(t.start - trigger.idx))
        return _normalise(pick.value or "", published)
    return published[:10] if published else None


def event_place(trigger: Token, sent: Span, places: Sequence[Place]) -> Place | None:
    """The place introduced by a locative preposition in the trigger's clause, if any."""
    clause = _clause(trigger)
    for place in places:
        if not (sent.start_char <= place.start and place.end <= sent.end_char):
            continue
        toks = [t for t in sent if place.start <= t.idx < place.end]
        root = next((t for t in toks if not (place.start <= t.head.idx < place.end)), None)
        if root is None or root.dep_ != "pobj" or root.head.lower_ not in LOCATIVE:
            continue
        if _within(clause, root.head.idx, root.head.idx + 1) and root.head.head.i in {clause.i, trigger.i}:
            return place
    return None
