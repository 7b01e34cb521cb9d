"""Where each event happened: its place, coordinates, geo precision and the basis of the choice.

The event coder gives an event the place of a locative phrase in its own clause ("clashed with
police in Nairobi"): that is the best evidence, basis ``clause``. Otherwise the event takes the
place its sentence uses as a location nearest to the trigger (basis ``sentence``): news sentences
usually report one scene ("Police fired tear gas at protesters who marched on Parliament in
Kampala on Monday" names Kampala in another clause). A name that only modifies a noun ("a New York
man") says where someone is from, not where the event was, so it is passed over, unless the noun is a
local authority ("San Francisco police"), which acts where it is. Failing both, the
event takes the article's dateline ("KABUL, Afghanistan (AP) —"), the place the reporter filed
from, basis ``dateline``: wire stories report events where they are datelined unless they say
otherwise. An event with none of the three has no place.

The coordinates and precision (``city``, ``admin1``, ``country``) are the chosen place's, so an
analyst can keep only clause-level city points, or count by country with every basis.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..datelines import OPENING_LINES
from ..model import Event, Place, PlaceBasis
from ..nlp import doc_language, doc_text
from . import _dateline, _usage, _usage_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["dateline_places", "locate_events"]


def dateline_places(doc: Doc, places: Sequence[Place]) -> list[Place]:
    """The places of the article's dateline ("HANOI, Vietnam (AP) —": Hanoi, Vietnam), first first."""
    text = doc_text(doc)
    lines = 0
    limit = 0
    for line in text.split("\n"):
        limit += len(line) + 1
        lines += bool(line.strip())
        if lines >= OPENING_LINES:
            break
    found = []
    for place in sorted(places, key=lambda p: p.start):
        if place.start >= limit:
            break
        span = doc.char_span(place.start, place.end)
        if span is not None and _dateline(span):
            found.append(place)
    return found


def _as_location(doc: Doc, place: Place) -> bool:
    """Whether the sentence uses the place as a location: not as a modifier ("a New York man"), unless it
    modifies a local authority, which acts where it is ("San Francisco police", ``jurisdiction_nouns``)."""
    span = doc.char_span(place.start, place.end)
    if span is None:
        return False
    usage = _usage(doc_language(doc))
    return _usage_of(span, usage) != "modifier" or span.root.head.lemma_.lower() in usage["jurisdiction_nouns"]


def locate_events(doc: Doc, events: Sequence[Event], places: Sequence[Place]) -> None:
    """Give every event its place, coordinates, precision and basis (see module docstring), in place."""
    datelines = dateline_places(doc, places)
    dateline = datelines[0] if datelines else None
    # a dateline shares the first sentence but locates the filing, not that sentence's events
    located = [p for p in places if p not in datelines and _as_location(doc, p)]
    for event in events:
        place: Place | None = None
        basis: PlaceBasis | None = None
        inside = [p for p in located if event.sentence_start <= p.start and p.end <= event.sentence_end]
        if event.place:
            place = next((p for p in places if p.text == event.place
                          and event.sentence_start <= p.start and p.end <= event.sentence_end), None)
            basis = "clause"
        elif inside:
            place = min(inside, key=lambda p: abs(p.start - event.trigger_start))
            basis = "sentence"
        elif dateline is not None:
            place, basis = dateline, "dateline"
        if basis is None:
            continue
        event.place_basis = basis
        if place is None:
            continue
        event.place, event.place_country = place.text, place.country
        event.place_lat, event.place_lon, event.place_precision = place.lat, place.lon, place.precision
