"""Actors: who is who in an article, with roles, canonical names, countries and CAMEO actor codes.

:func:`resolve_actors` turns a parsed article into :class:`newsevents.model.Actor` records, each with every
mention's character offsets and the path that resolved it; :func:`actors_at` answers "who is named here?"
for the event and quote coders. Knowledge lives in ``newsevents/data/en/actors/`` (see docs/actors.md).
"""

from __future__ import annotations

from .kb import KnowledgeBase, load_kb
from .resolve import actors_at, resolve_actors

__all__ = ["KnowledgeBase", "actors_at", "load_kb", "resolve_actors"]
