"""The target of a denial that names none: the accuser the article reported before.

News writes an accusation and its denial apart: "India accused Pakistan of sheltering the attackers.
... Pakistan denied the charge." The denial's sentence names what is denied ("the charge", "the
accusations", "the claims"), not who made it, so the coder finds no target; read on fresh pages, such
events were judged wrong four times in five because the article names the accuser. CAMEO codes the
denial (016) to the party whose accusation it answers.

After an article is coded, a denial with a source and no target (``answer_codes`` of
``lexicon/inferred_sides.yaml``) takes as its target the source of the nearest accusation coded
before it (``accusation_codes``: 11x) that was aimed at the denier: at the same actor, or at an actor
of the denier's country. An accusation the coder did not find gives nothing; the denier never answers
itself. The inferred target keeps the denial's confidence (which counted it as targetless).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..model import Event
from ..resources import word_classes
from .words import INFERRED_SIDES


def _aimed_at(accusation: Event, denial: Event) -> bool:
    """Whether an accusation's target is the denier: the same actor, or of the denier's country."""
    if accusation.target_code is None or denial.source_code is None:
        return False
    if accusation.target_actor and accusation.target_actor == denial.source_actor:
        return True
    country = denial.source_code[:3]
    return len(country) == 3 and accusation.target_code[:3] == country and not country.startswith(("IGO", "NGO"))


def _accuser_is_other(accusation: Event, denial: Event) -> bool:
    """The accuser is not the denier itself (one actor, or one code)."""
    return bool(accusation.source_code) and accusation.source_code != denial.source_code and (
        not accusation.source_actor or accusation.source_actor != denial.source_actor)


def answer_targets(events: Sequence[Event], lang: str) -> list[Event]:
    """``events`` with each untargeted denial aimed at the accuser it answers."""
    classes = word_classes(*INFERRED_SIDES, lang=lang)
    answers = tuple(classes.get("answer_codes", ()))
    accusations = tuple(classes.get("accusation_codes", ()))
    if not answers or not accusations:
        return list(events)
    out: list[Event] = []
    for event in events:
        if event.target_code is None and event.source_code and event.cameo.startswith(answers):
            before = [e for e in events if e.cameo.startswith(accusations)
                      and e.trigger_start < event.trigger_start and _aimed_at(e, event) and _accuser_is_other(e, event)]
            if before:
                accuser = max(before, key=lambda e: e.trigger_start)
                event = replace(event, target_actor=accuser.source_actor, target_code=accuser.source_code,
                                target_name=accuser.source_name)
        out.append(event)
    return out
