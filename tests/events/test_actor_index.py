"""ActorIndex looks only at the mentions near a span: it must find what a scan of all of them finds."""

from __future__ import annotations

import random

from newsevents.events.actor_index import ActorIndex
from newsevents.model import Actor, Mention


def _scan(actors: list[Actor], start: int, end: int) -> list[str]:
    rows = sorted((m.start, m.end, n) for n, a in enumerate(actors) for m in a.mentions)
    found: list[str] = []
    for s, e, n in rows:
        if e > start and s < end and actors[n].id not in found:
            found.append(actors[n].id)
    return found


def test_at_matches_a_full_scan():
    rng = random.Random(7)
    actors = []
    for n in range(12):
        actor = Actor(id=f"A{n}", article_id="t", name=f"a{n}", kind="country", code=f"C{n:02d}")
        for _ in range(rng.randint(1, 6)):
            start = rng.randint(0, 400)
            actor.mentions.append(Mention("x", start, start + rng.choice([1, 3, 8, 40]), "fixture"))
        actors.append(actor)
    index = ActorIndex(actors)
    for _ in range(2000):
        start = rng.randint(0, 450)
        end = start + rng.randint(0, 12)
        assert [a.id for a in index.at(start, end)] == _scan(actors, start, end)
