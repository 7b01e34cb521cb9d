"""The code and mode an event gets under the words that govern its trigger: an intention (03x), a threat
(13x), a refusal (12x), a failure or a show of force, from the tables of modality.yaml; and the record of
one trigger tried, which ``explain`` shows."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import EventMode
from .lexicon import Lexicon
from .local_modality import Context
from .merging import in_codes

HOSTILE_ROOTS = {"13", "14", "15", "16", "17", "18", "19", "20"}
INTENDABLE_ROOTS = {"03", "04", "05", "06", "07", "08"}


@dataclass
class Attempt:
    """One trigger tried: which pattern, what was found, and what came of it (for ``explain``)."""

    trigger: str
    trigger_i: int
    pattern: str
    code: str
    outcome: str
    reason: str = ""
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)


def _prefix_map(table: dict[str, str], code: str) -> str | None:
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return str(table[code[:n]])
    return None


def recode(code: str, ctx: Context, lex: Lexicon) -> tuple[str, EventMode] | str:
    """The code and mode an event gets under its governing context, or why it is not an event."""
    root, mod = code[:2], lex.modality
    if ctx.category is None:
        mode: EventMode = "intend" if root == "03" else ("threaten" if root == "13" else "did")
        return code, mode
    if ctx.category in ("refuse", "persist", "fail"):
        new = _prefix_map(mod.get(f"{ctx.category}_codes", {}), code)
        what = {"refuse": "refusal", "persist": "refused end"}.get(ctx.category, "failure")
        return (new, "did") if new else f"{what} of a {root} event has no CAMEO code"
    hostile = root in HOSTILE_ROOTS
    if ctx.category == "prepare" and hostile:
        # "troops prepared to attack the city": a show of force (preparation_codes), not the attack
        new = _prefix_map(mod.get("preparation_codes", {}), code)
        return (new, "did") if new else f"a prepared {root} event is not coded ({ctx.reason})"
    if ctx.category == "threaten" or (ctx.category == "commit" and hostile):
        if not hostile:
            return "a threat to do something cooperative is not coded"
        if ctx.category != "threaten" and in_codes(code, mod.get("threat_only_codes", [])):
            return f"a {root} act committed to or planned is no threat ({ctx.reason})"
        return _prefix_map(mod.get("threat_codes", {}), code) or "130", "threaten"
    if root in INTENDABLE_ROOTS:
        new = _prefix_map(mod.get("intent_codes", {}), code)
        if new:
            return new, "intend"
    return f"an intended {root} event is not coded ({ctx.reason})"
