"""An event's confidence: how likely it is right, from the evidence the coder had.

The confidence is a product of factors, each a kind of evidence that, measured on the gold
(scripts/reliability.py, docs/quality.md), separates right events from wrong ones:

* the pattern: verb patterns beat noun patterns, a pattern with constraints on its object or
  prepositions beats a bare word, hand-written patterns beat converted ones (``origin_factors``);
* the sides: how each actor was found (``actor_index.HOW_WEIGHT``: the word itself, a possessor, an
  "of" phrase, "both sides" ...), and whether there is a target at all: an event with no target
  actor is wrong far more often (the gold usually names who was arrested, freed, or blocked), and
  one with no source (an agentless passive) more often still;
* who the sides are: a side with a role and no country ("the council", "opposition leader X" when
  the actors stage found no country) is a side the coder cannot vouch for, and a source and target of
  the same country and role ("RUSGOV -> RUSGOV") are most often one side resolved twice (a visitor
  given his host's country, a call between two ministers coded both as one government);
* the reading: a mode other than "did", a report of someone else's words, a long sentence (the
  parse of a 50-word sentence attaches arguments wrongly more often), and a commitment or threat
  read only from "will/would" in a reported clause ("officials said Russia would attack X": the
  reporter may be predicting another side's act, not relaying its threat);
* the penalties of the match (matcher.PENALTY: a source inherited through control or a relative
  clause, a target found on a descendant ...).

The factors are data (``confidence`` in modality.yaml) so that a user re-fitting them on their own
judged events needs no Python (scripts/fit_confidence.py fits them, cross-validated by page, from
the evidence ``features`` gives; docs/events.md, "Confidence"); the reporting verbs are a word
class of the language (``reported_speech_verbs`` in coding.yaml).
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from typing import TYPE_CHECKING, Any

from ..nlp import doc_language
from .actor_index import how_weight
from .arguments import lemma_keys
from .words import coding_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .actor_index import Arg
    from .local_modality import Context
    from .matcher import Match

DEFAULTS: dict[str, Any] = {
    "verb": 0.95, "noun": 0.9, "bare_pattern": 0.9, "no_target": 0.6, "no_source": 0.45, "mode": 0.95,
    "reported": 0.95, "long_sentence": {"words": 45, "factor": 0.92}, "very_long_sentence": {"words": 70,
                                                                                           "factor": 0.85},
    "origin_factors": {},
    "countryless": 0.5, "same_side": 0.5, "transnational_prefixes": ["IGO", "IMG", "NGO", "MNC", "HRI"],
    "reported_prediction": 0.6,
}


def settings(modality: Mapping[str, Any]) -> dict[str, Any]:
    """The confidence section of the modality data, over the defaults."""
    cfg = dict(DEFAULTS)
    cfg.update(modality.get("confidence", {}) or {})
    return cfg


def _reported(trigger: Token, verbs: frozenset[str]) -> bool:
    """Whether the trigger is inside a clause reported by a speech verb ("X said Y attacked Z")."""
    tok = trigger
    for _ in range(6):
        if tok.dep_ in ("ccomp", "parataxis") and set(lemma_keys(tok.head)) & verbs:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def countryless(arg: Arg | None, transnational: tuple[str, ...]) -> bool:
    """A side with no country: the actors stage gave it a role ("GOV", "OPP") or nothing, and it is
    not an international body or group (IGO, IMG, NGO ... codes carry no country by design)."""
    if arg is None:
        return False
    actor = arg.actor
    return not actor.country and not (actor.code or "").startswith(transnational)


def anchored(src: Arg | None, tgt: Arg | None, modality: Mapping[str, Any]) -> bool:
    """Whether at least one side places the event: it has a country, or it is an international body.
    "police shot a man" in a story whose country the actors stage could not tell gives COP -> CVL,
    a dyad no user can place on a map or count for a country; read on real pages, such events were
    wrong (a role without a country, or a background story) far more often than not. Setting
    ``confidence.require_anchor: false`` in modality.yaml keeps them, at the countryless factor."""
    cfg = settings(modality)
    if not cfg.get("require_anchor", True):
        return True
    transnational = tuple(str(p) for p in cfg["transnational_prefixes"])
    return any(arg is not None and not countryless(arg, transnational) for arg in (src, tgt))


def public_share(src: Arg | None, doc: Doc, share_words: Set[str], of_words: Set[str]) -> bool:
    """Whether the source is a share of a civilian public ("most Germans", "half of French voters",
    "60 percent of Americans"): what such a share says or wants is a poll's finding, not an act of a
    side, however the verb reads ("want X to", "back Y"). A share of a body ("most lawmakers voted")
    is not civilian and stays."""
    if src is None or not (src.actor.code or "").endswith("CVL"):
        return False
    sent = doc[src.token_i].sent
    heads = [doc[src.token_i]]  # and the share a pronoun stands for ("most Germans said they wanted")
    for mention in src.actor.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and sent.start <= span.root.i < src.token_i:
            heads.append(span.root)
    for tok in heads:
        near = [tok, *(c for c in tok.children if c.dep_ in ("amod", "det", "nummod", "advmod"))]
        if tok.head.dep_ == "prep" and tok.head.lower_ in of_words:  # "a majority of voters"
            near.append(tok.head.head)
        if any(t.lower_ in share_words or t.lemma_.lower() in share_words for t in near):
            return True
    return False


def same_side(src: Arg | None, tgt: Arg | None) -> bool:
    """Source and target of one country and one role (or one of them the bare country): "RUSGOV ->
    RUSGOV", "RUSGOV -> RUS". Domestic events have different roles (police -> protesters)."""
    if src is None or tgt is None:
        return False
    a, b = src.actor.code or "", tgt.actor.code or ""
    return bool(a and b) and (a.startswith(b) or b.startswith(a))


def factors(f: Mapping[str, Any], cfg: Mapping[str, Any]) -> list[tuple[str, float]]:
    """The factors that apply to an event with the evidence ``f`` (``features``): (name, value), the name
    being the factor's key in the confidence data where the data sets it (the fit re-sets those)."""
    out = [("verb" if f["kind"] == "verb" else "noun", float(cfg["verb" if f["kind"] == "verb" else "noun"])),
           ("pattern", float(f["pattern_confidence"]))]
    if f["bare"]:
        out.append(("bare_pattern", float(cfg["bare_pattern"])))
    for key, factor in (cfg.get("origin_factors") or {}).items():
        if key in f["origin"] or key in f["id"]:
            out.append((f"origin:{key}", float(factor)))
    for how, absent, found in ((f["source_how"], "no_source", "source_found"),
                               (f["target_how"], "no_target", "target_found")):
        out.append((absent, float(cfg[absent])) if how is None else (f"{found}:{how}", how_weight(how)))
    if f["mode"] != "did":
        out.append(("mode", float(cfg["mode"])))
    if f["countryless_source"] or f["countryless_target"]:
        out.append(("countryless", float(cfg["countryless"])))
    if f["same_side"]:
        out.append(("same_side", float(cfg["same_side"])))
    if f["reported"]:
        out.append(("reported", float(cfg["reported"])))
    if f["reported_prediction"]:
        # "officials said Russia would attack X": a reporter's prediction as often as a threat
        out.append(("reported_prediction", float(cfg["reported_prediction"])))
    for key in ("very_long_sentence", "long_sentence"):
        if f["words"] >= int(cfg[key]["words"]):
            out.append((key, float(cfg[key]["factor"])))
            break
    return out


def confidence(m: Match, src: Arg | None, tgt: Arg | None, ctx: Context, sent: Span,
               modality: Mapping[str, Any]) -> float:
    """The confidence of one coded event, 0.05..1.0: the product of its ``factors`` less the match's
    penalty (see the module doc)."""
    cfg = settings(modality)
    f = features(m, src, tgt, ctx, sent, cfg)
    conf = 1.0
    for _, value in factors(f, cfg):
        conf *= value
    conf -= float(f["penalty"])
    return round(max(0.05, min(1.0, conf)), 3)


def features(m: Match, src: Arg | None, tgt: Arg | None, ctx: Context, sent: Span,
             cfg: Mapping[str, Any]) -> dict[str, Any]:
    """The evidence of one coded event the factors read, by name, plain data (``cfg`` is ``settings``):
    scripts/fit_confidence.py keeps it for every judged event to re-fit the factors."""
    p = m.pattern
    transnational = tuple(str(x) for x in cfg["transnational_prefixes"])
    reported = _reported(m.trigger, coding_words(doc_language(sent.doc)).reported_speech_verbs)

    return {"kind": p.kind, "bare": p.specificity == 0, "pattern_confidence": p.confidence,
            "origin": p.origin, "id": p.id, "generated": p.generated, "pattern_code": p.code,
            "source_how": src.how if src is not None else None, "target_how": tgt.how if tgt is not None else None,
            "match_source_how": m.source_how, "match_target_how": m.target_how, "penalty": m.penalty,
            "mode": ctx.category or "did", "mode_reason": ctx.reason, "reported": reported,
            "reported_prediction": reported and ctx.category in ("commit", "threaten")
            and ctx.reason.startswith("modal"),
            "words": len(sent), "countryless_source": countryless(src, transnational),
            "countryless_target": countryless(tgt, transnational), "same_side": same_side(src, tgt),
            "source_code": src.actor.code if src is not None else None,
            "target_code": tgt.actor.code if tgt is not None else None,
            "trigger_lemma": m.trigger.lemma_.lower(), "trigger_pos": m.trigger.pos_}
