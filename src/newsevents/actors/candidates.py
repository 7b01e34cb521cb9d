"""Mention candidates on their way to actors: one record per mention, merged into actors by key.

Every path of resolve.py yields candidates; :func:`drop_overlaps` keeps mentions of different actors apart
and :func:`assemble` makes one :class:`Actor` per key, its attributes from its best-ranked candidate.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

from ..model import Actor, ActorKind, Article, Mention


@dataclass
class Cand:
    """One mention on its way to an actor: ``key`` says which actor, the rest what it says about it."""

    key: str
    start: int
    end: int
    text: str
    how: str
    name: str = ""
    kind: ActorKind = "organization"
    role: str | None = None
    country: str | None = None
    code: str | None = None
    qid: str | None = None
    rank: int = 5  # lower ranks give the actor its attributes


def replace(base: Cand, start: int, end: int, text: str, how: str | None = None, rank: int | None = None) -> Cand:
    return Cand(base.key, start, end, text, how or base.how, base.name, base.kind, base.role, base.country, base.code,
                 base.qid, base.rank if rank is None else rank)


def assemble(cands: list[Cand], article: Article) -> list[Actor]:
    """One actor per key, attributes from its best-ranked candidate, mentions without duplicates."""
    groups: dict[str, list[Cand]] = {}
    for cand in sorted(cands, key=lambda c: (c.start, c.end)):
        groups.setdefault(cand.key, []).append(cand)
    actors: list[Actor] = []
    for key, group in sorted(groups.items(), key=lambda kv: kv[1][0].start):
        best = min(group, key=lambda c: c.rank)
        code = best.code
        if key.startswith("country:") and any(c.code and c.code.endswith("GOV") for c in group):
            code = f"{best.country}GOV"  # named as a government somewhere (capital, seat, "the X government")
        seen: set[tuple[int, int]] = set()
        mentions = []
        for cand in group:
            if (cand.start, cand.end) not in seen:
                seen.add((cand.start, cand.end))
                mentions.append(Mention(text=cand.text, start=cand.start, end=cand.end, resolved_by=cand.how))
        actors.append(Actor(id=f"A{len(actors) + 1}", article_id=article.id, name=best.name, kind=best.kind,
                            role=best.role, country=best.country, code=code, qid=best.qid, mentions=mentions,
                            resolved_by=list(dict.fromkeys(m.resolved_by for m in mentions))))
    return actors


def drop_overlaps(cands: list[Cand], possessives: Set[str]) -> list[Cand]:
    """Mentions of different actors may share words only where a role phrase spreads over a country list, or
    where a leader's body holds the leader's name ("President Putin's government" holds "President Putin"); a
    name that only modifies the body ("the Biden administration") is no mention of the person. ``possessives``
    are the language's possessive markers ("'s"), which make a name inside a body its possessor."""
    owned = [c for c in cands if c.how == "owner"]
    cands = [c for c in cands if not any(_modifier_inside(c, o, possessives) for o in owned)]
    kept: list[Cand] = []
    for cand in sorted(cands, key=lambda c: (c.rank, -(c.end - c.start))):
        clash = [k for k in kept if k.key != cand.key and k.start < cand.end and cand.start < k.end]
        spread = cand.how == "role_phrase" and all(k.how in ("role_phrase", "respectively") for k in clash)
        holds = cand.how == "owner" and all(cand.start <= k.start and k.end <= cand.end for k in clash)
        if clash and not (spread or holds):
            continue
        kept.append(cand)
    return kept


def _modifier_inside(cand: Cand, owner: Cand, possessives: Set[str]) -> bool:
    """Whether ``cand`` is another actor's mention inside a leader's body and not its possessor (a possessive
    marker follows it: a clitic such as "'s", or a bare apostrophe written before a space)."""
    if cand.key == owner.key or not (owner.start <= cand.start and cand.end < owner.end):
        return False  # "the administration of President X" names X too
    rest = owner.text[cand.end - owner.start:]
    return not any(rest.startswith(mark) and (mark[-1:].isalpha() or rest[len(mark):len(mark) + 1] == " ")
                   for mark in possessives)
