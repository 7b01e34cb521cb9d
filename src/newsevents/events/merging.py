"""One record per event in an article: the coder's events merged where they tell the same act.

A news story tells an event several times: in the headline, in the lead, again as "X's attack on Y"
in a later paragraph with no date of its own, and one act as two verbs ("shot and killed"). The
coder (coder.py) codes each telling; these functions keep one record of each, with its best evidence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from typing import TYPE_CHECKING, Any

from ..model import Event

if TYPE_CHECKING:
    from .records import Found


def in_codes(code: str, prefixes: Sequence[str]) -> bool:
    """Whether CAMEO ``code`` falls under one of ``prefixes`` (a root or a code and its sub-codes)."""
    return code.startswith(tuple(map(str, prefixes)))


def _agree(a: str | None, b: str | None) -> bool:
    """Two actor codes name the same side: same country (or IGO) and, where both carry one, role."""
    if a is None or b is None:
        return a == b
    return a[:3] == b[:3] and (len(a) < 6 or len(b) < 6 or a[3:6] == b[3:6])


def _repeats(head: Event, body: Event, symmetric: Sequence[str] = ()) -> bool:
    """A headline event that the lead tells again: same source, root, mode and target country
    ("EU imposes sanctions on Belarusian judges" / "The EU imposed sanctions on 14 Belarusian
    officials"); the headline words the sides more loosely, so the target's role may differ. A
    symmetric headline ("X and Y discuss ...", coded both ways) is told by the body one way round
    ("X held a telephone conversation with Y"): its reverse repeats the body too."""
    if head.cameo[:2] != body.cameo[:2] or head.mode != body.mode:
        return False

    def same(src: str | None, tgt: str | None) -> bool:
        if not _agree(src, body.source_code):
            return False
        bt = body.target_code
        return (tgt is None and bt is None) or (tgt is not None and bt is not None and tgt[:3] == bt[:3])
    return same(head.source_code, head.target_code) or (
        in_codes(head.cameo, symmetric) and same(head.target_code, head.source_code))


def event_sides(event: Event) -> tuple[str | None, str | None, str]:
    """Who did it to whom, in which mode: the part of an event's identity that its code leaves out."""
    return event.source_code or event.source_actor, event.target_code or event.target_actor, event.mode


def dedup_events(events: list[Event], undated: Set[int], headline: Set[int] = frozenset(),
           symmetric: Sequence[str] = ()) -> list[Event]:
    """One record per who-did-what-to-whom-when in an article (the highest-confidence evidence).

    An event whose sentence gives no date (``undated``: it took the news day) is the same event as
    a dated one with the same dyad, root and mode in the article ("X attacked Y on Monday ... X's
    attack on Y"), so it is merged into that one instead of standing on its own. An event of the
    headline (``headline``) that the body tells again is dropped for the body's.
    """
    body = [ev for ev in events if id(ev) not in headline]
    events = body + [ev for ev in events if id(ev) in headline and not any(_repeats(ev, b, symmetric) for b in body)]
    best: dict[tuple[tuple[str | None, str | None, str, str], str | None], Event] = {}
    for ev in events:
        key = (*event_sides(ev), ev.cameo[:2])
        date = None if id(ev) in undated else ev.date
        if (key, date) not in best or ev.confidence > best[(key, date)].confidence:
            best[(key, date)] = ev
    dated_keys = {key for key, date in best if date is not None}
    kept = [ev for (key, date), ev in best.items() if date is not None or key not in dated_keys]
    kept.sort(key=lambda e: (e.sentence_start, e.trigger_start))
    for n, ev in enumerate(kept, 1):
        ev.id = f"E{n}"
    return kept


def one_violent_act(coded: list[tuple[Found, Event]], modality: Mapping[str, Any]) -> list[tuple[Found, Event]]:
    """"Officer X shot and killed Y", "gunmen stabbed and wounded two guards": a verb of violence
    conjoined with a verb of its outcome (``violent_outcome_verbs``) by the same sides tells one act,
    coded once by the outcome, not again as a fight (193) or a repression (175). "Arrested and beat"
    are two acts: an arrest is not violence of roots 18-20, so it stays."""
    outcomes = {str(w) for w in modality.get("violent_outcome_verbs", [])}
    violent = ("17", "18", "19", "20")
    told: set[int] = set()
    for found, event in coded:
        tok = found[0].trigger
        if tok.lemma_.lower() not in outcomes or not event.cameo.startswith(violent):
            continue
        chain = {c.i for c in tok.conjuncts}
        for other, other_event in coded:
            if (other[0].trigger.i in chain and other[0].trigger.i < tok.i and other_event is not event
                    and other_event.cameo.startswith(violent)
                    and event_sides(other_event) == event_sides(event)):
                told.add(id(other_event))
    return [(f, e) for f, e in coded if id(e) not in told]
