"""Test-only actors: build Actor lists from (surface, code) pairs found in a text.

The real resolver lives in newsevents.actors; these fixtures let the coder be tested on its own.
Every occurrence of a surface (whole words, case-sensitive) becomes a mention; pairs sharing a code
are one actor, as the resolver merges an office-holder with his country's government.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from newsevents.model import Actor, Article, Mention, content_id

# Surfaces that stand for a pronoun mention of the actors stage (resolved_by="pronoun").
PRONOUNS = {"it", "they", "them", "he", "she", "him", "her", "its", "their", "his", "we", "us"}
COUNTRY_CODES = {"GOV", "MIL", "REB", "INS", "OPP", "CVL", "COP", "JUD", "LEG", "EDU", "LAB", "BUS", "MED", "SET"}


def _kind(code: str) -> str:
    return "country" if len(code) == 3 and code.isalpha() and not code.startswith("IGO") else "group"


def make_actors(text: str, pairs: Iterable[tuple[str, str]], article_id: str = "t") -> list[Actor]:
    """One actor per distinct code, with a mention at every whole-word occurrence of its surfaces
    (a pronoun surface gives pronoun mentions, as the actors stage's coreference does)."""
    actors: dict[str, Actor] = {}
    for surface, code in pairs:
        actor = actors.get(code)
        if actor is None:
            actor = Actor(id=f"A{len(actors) + 1}", article_id=article_id, name=surface, kind=_kind(code),
                          country=code[:3], code=code, role=code[3:6] or None)
            actors[code] = actor
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            how = "pronoun" if surface.lower() in PRONOUNS else "fixture"
            actor.mentions.append(Mention(surface, m.start(), m.end(), how))
    return [a for a in actors.values() if a.mentions]


def make_article(text: str, published: str | None = "2024-03-05") -> Article:
    return Article(id=content_id(text), text=text, published=published)


def coded_triples(nlp: Any, text: str, pairs: Iterable[tuple[str, str]]) -> list[tuple[str | None, str, str | None]]:
    """(source code, CAMEO code, target code) of every event the coder finds in ``text`` alone, with
    the actors of ``pairs`` (the fixture the sense and modality tests share)."""
    from newsevents.events import code_events

    events = code_events(nlp(text), make_article(text), make_actors(text, pairs), [], [])
    return [(e.source_code, e.cameo, e.target_code) for e in events]
