"""An event record from one coding of a trigger: the sides' actors, the code's PLOVER type, Goldstein and
QuadClass, the date and place of its clause, the evidence offsets, the rule and the confidence."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..model import Event, EventMode, Place, TimeExpression
from .actor_index import Arg
from .confidence import confidence
from .local_modality import Context
from .matcher import Match
from .ontology import lookup
from .placetime import event_date, event_place, stated_date

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ..model import Article

# one coding of a trigger: the match, its source and target, the CAMEO code, the mode and the context
Found = tuple[Match, Arg | None, Arg | None, str, EventMode, Context]


def side_fields(arg: Arg | None) -> tuple[str | None, str | None, str | None]:
    """The actor id, code and name an event records for one side (all None when the side is empty)."""
    if arg is None:
        return None, None, None
    return arg.actor.id or None, arg.actor.code, arg.actor.name  # id "": inferred, no actor record


def event_record(article: Article, sent: Span, found: Found, times: Sequence[TimeExpression],
           places: Sequence[Place], reference: str | None, cfg: Mapping[str, Any]) -> Event:
    """The event record of one coding: its code's PLOVER type and scores, date, place, evidence and confidence."""
    m, src, tgt, code, mode, ctx = found
    info = lookup(code)
    trig = m.trigger
    place = event_place(trig, sent, places)
    if ctx.governor_i is not None and mode in ("intend", "threaten"):
        when = stated_date(trig.doc[ctx.governor_i], trig, sent, times, article.published, reference, cfg)
    else:
        when = event_date(trig, sent, times, article.published, reference, cfg)
    ev = Event(id="", article_id=article.id, cameo=code, plover=info.plover, mode=mode,
               date=when, place=place.text if place else None,
               place_country=place.country if place else None, goldstein=info.goldstein, quad_class=info.quad_class,
               sentence=sent.text, sentence_start=sent.start_char, sentence_end=sent.end_char, trigger=trig.text,
               trigger_start=trig.idx, trigger_end=trig.idx + len(trig.text), rule=m.pattern.id,
               confidence=confidence(m, src, tgt, ctx, sent, cfg))
    ev.source_actor, ev.source_code, ev.source_name = side_fields(src)
    ev.target_actor, ev.target_code, ev.target_name = side_fields(tgt)
    return ev
