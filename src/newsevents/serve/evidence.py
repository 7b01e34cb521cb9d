"""The evidence of one event: its sentence cut into segments with the trigger and the actors marked.

Why on the server: the offsets live in the database (absolute, into the article text), and turning
them into ``[{"text", "kind"}]`` here keeps the browser code trivial and safe: it only ever sets
``textContent`` of one element per segment, so nothing from an article can become markup.
"""

from __future__ import annotations

from typing import Any

Span = tuple[int, int, str]


def sentence_origin(event: dict[str, Any], text: str) -> int | None:
    """Where the event's sentence starts in the article text (None when it cannot be found there)."""
    sentence, start = event.get("sentence") or "", event.get("sentence_start") or 0
    if sentence and text[start:start + len(sentence)] == sentence:
        return start
    found = text.find(sentence) if sentence else -1
    return found if found >= 0 else None


def _locate(sentence: str, origin: int | None, start: Any, end: Any, words: str | None) -> tuple[int, int] | None:
    """A span relative to the sentence: from absolute offsets when they fall inside it, else by search."""
    if origin is not None and isinstance(start, int) and isinstance(end, int):
        rel = (start - origin, end - origin)
        if 0 <= rel[0] < rel[1] <= len(sentence):
            return rel
    if words:
        found = sentence.find(words)
        if found >= 0:
            return found, found + len(words)
    return None


def evidence_spans(event: dict[str, Any], actors: dict[str, Any], text: str) -> list[Span]:
    """Spans (relative to the sentence) of the trigger and of the source's and target's mentions."""
    sentence = event.get("sentence") or ""
    origin = sentence_origin(event, text)
    spans: list[Span] = []
    trig = _locate(sentence, origin, event.get("trigger_start"), event.get("trigger_end"), event.get("trigger"))
    if trig:
        spans.append((*trig, "trigger"))
    for side in ("source", "target"):
        actor = actors.get(side) or {}
        located = [_locate(sentence, origin, m.get("start"), m.get("end"), None)
                   for m in actor.get("mentions") or [] if isinstance(m, dict)]
        found = [f for f in located if f is not None]
        if not found:
            name = _locate(sentence, None, None, None, event.get(f"{side}_name"))
            found = [name] if name else []
        spans += [(*f, side) for f in found]
    return spans


def segments(sentence: str, spans: list[Span]) -> list[dict[str, Any]]:
    """The sentence as consecutive segments; overlapping spans keep the one that starts first."""
    out: list[dict[str, Any]] = []
    pos = 0
    priority = {"trigger": 0, "source": 1, "target": 2}
    for start, end, kind in sorted(spans, key=lambda s: (s[0], priority.get(s[2], 9), -s[1])):
        if start < pos:
            continue
        if start > pos:
            out.append({"text": sentence[pos:start], "kind": None})
        out.append({"text": sentence[start:end], "kind": kind})
        pos = end
    if pos < len(sentence) or not out:
        out.append({"text": sentence[pos:], "kind": None})
    return out


def evidence(detail: dict[str, Any]) -> dict[str, Any]:
    """The ``evidence`` block of /api/events/{article_id}/{id} from :func:`event_detail` output."""
    event, text = detail["event"], detail["article"].get("text") or ""
    sentence = event.get("sentence") or ""
    return {"sentence": sentence, "segments": segments(sentence, evidence_spans(event, detail["actors"], text)),
            "sentence_start": sentence_origin(event, text)}
