"""The matching rules of the gold format: when a prediction counts as a gold item.

Each ``*_matches`` function is a pure predicate over one predicted model object and one gold item
(a dict from the gold file); :func:`assign` turns a predicate into a one-to-one assignment. The
rules follow ``FORMAT.md``; where it is silent, the choice is written next to the code and in
docs/evaluation.md.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from difflib import SequenceMatcher
from typing import Any, TypeVar

from ..model import Actor, Count, Event, Place, Quote, TimeExpression

P = TypeVar("P")

# Typographic variants that must not decide a match: curly quotes, dashes, no-break spaces.
_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u00a0": " ",
})
_EDGE = " \t\n\"'.,;:!?()[]"
_WORD = re.compile(r"\w+(?:'\w+)*")
HAPPENED = ("did", "happened", "")


def norm(text: str | None) -> str:
    """Case-, quote- and whitespace-folded text, trimmed of edge punctuation."""
    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", text).translate(_FOLD).casefold()
    return " ".join(folded.split()).strip(_EDGE)


def norm_name(text: str | None) -> str:
    """A surface form as a name: :func:`norm`, without a leading article or a trailing possessive."""
    name = norm(text)
    name = re.sub(r"^(?:the|a|an)\s+", "", name)
    return re.sub(r"'s?$", "", name).strip(_EDGE)


def words(text: str | None) -> list[str]:
    """The words of ``text`` after :func:`norm` (contractions kept whole)."""
    return _WORD.findall(norm(text))


def codes_agree(predicted: str | None, gold: str | None) -> bool:
    """The 3+3 rule: the first three letters agree, and so do the roles where both codes carry one.

    ``ISR`` agrees with ``ISRMIL`` (the gold or the coder did not know the role); ``ISRGOV`` does
    not agree with ``ISRMIL``. Letters past the sixth (secondary roles) are not compared.
    """
    if not predicted or not gold:
        return False
    pred, want = predicted.strip().upper(), gold.strip().upper()
    if pred[:3] != want[:3]:
        return False
    return not (pred[3:6] and want[3:6] and pred[3:6] != want[3:6])


def code_in(predicted: str | None, acceptable: str | Sequence[str] | None) -> bool:
    """Whether ``predicted`` agrees with the gold code or with one of a list of acceptable codes."""
    if acceptable is None:
        return True  # a null gold code matches any prediction, even none
    options = [acceptable] if isinstance(acceptable, str) else list(acceptable)
    return any(codes_agree(predicted, code) for code in options)


# ---------------------------------------------------------------------------------------- events
def modes_agree(predicted: str | None, gold: str | None) -> bool:
    """A gold event without ``mode`` happened: only a prediction coded as happening may match it.

    An intent, threat or demand is not the act itself, so a predicted ``intend`` never matches a
    gold event that happened, and a predicted ``did`` never matches a gold intent.
    """
    pred = (predicted or "did").casefold()
    want = (gold or "did").casefold()
    if pred in HAPPENED or want in HAPPENED:
        return pred in HAPPENED and want in HAPPENED
    return pred == want


def event_type_agrees(event: Event, gold: dict[str, Any]) -> bool:
    """CAMEO root against the roots of the acceptable codes; the PLOVER type when gold gives no CAMEO."""
    cameo = gold.get("cameo")
    if cameo:
        return bool(event.cameo) and event.cameo[:2] in {code[:2] for code in cameo}
    plover = event.plover or ""
    return bool(plover) and plover.casefold() == str(gold.get("plover", "")).casefold()


def event_matches(event: Event, gold: dict[str, Any]) -> bool:
    """Type, mode, source and target all agree (null gold source or target: any)."""
    return (
        modes_agree(event.mode, gold.get("mode"))
        and event_type_agrees(event, gold)
        and code_in(event.source_code, gold.get("source"))
        and code_in(event.target_code, gold.get("target"))
    )


def find_span(text: str, snippet: str) -> tuple[int, int] | None:
    """Where ``snippet`` occurs in ``text``, ignoring case, quote style and whitespace runs."""
    tokens = snippet.translate(_FOLD).split()
    if not tokens:
        return None
    pattern = r"\s+".join(re.escape(token) for token in tokens)
    found = re.search(pattern, text.translate(_FOLD), flags=re.IGNORECASE)
    return (found.start(), found.end()) if found else None


def violates_not_event(event: Event, not_event: dict[str, Any], text: str) -> bool:
    """A predicted event coded as happening, of the listed root, whose trigger lies in the evidence.

    When the evidence cannot be found in the article text (extraction cut it differently), the
    evidence must lie in the event's sentence and the trigger in the evidence.
    """
    if (event.mode or "did").casefold() not in HAPPENED:
        return False
    if not event.cameo or event.cameo[:2] != str(not_event["cameo_root"])[:2]:
        return False
    span = find_span(text, not_event["evidence"])
    if span is not None and event.trigger_end > event.trigger_start:
        return event.trigger_start < span[1] and event.trigger_end > span[0]
    if span is not None and event.sentence_end > event.sentence_start:
        return event.sentence_start <= span[0] and span[1] <= event.sentence_end
    evidence = norm(not_event["evidence"])
    return bool(evidence) and evidence in norm(event.sentence) and norm(event.trigger) in evidence


# ---------------------------------------------------------------------------------------- actors
def actor_names(actor: Actor) -> set[str]:
    """The predicted actor's mentions as names (its canonical name when it has no mention)."""
    names = {norm_name(mention.text) for mention in actor.mentions} or {norm_name(actor.name)}
    return names - {""}


def gold_actor_names(gold: dict[str, Any]) -> set[str]:
    """The gold actor's mentions as names."""
    return {norm_name(mention) for mention in gold.get("mentions", [])} - {""}


def actor_found(actor: Actor, gold: dict[str, Any]) -> bool:
    """Matched by any mention (case-, quote- and article-insensitive)."""
    return bool(actor_names(actor) & gold_actor_names(gold))


def actor_code_correct(actor: Actor, gold: dict[str, Any]) -> bool:
    """One acceptable code agrees (3+3 rule) and so does the country.

    The country is the actor's ``country`` or, without one, the letters of its code. A gold country
    of null (an IGO) is not checked. A country that differs from the gold's but is the country of
    the acceptable code that agreed (gold ``HKG`` accepting ``CHNCOP``) is accepted: the gold said so.
    An empty ``codes`` list accepts any code; then only the country decides.
    """
    codes = gold.get("codes") or []
    agreeing = [code for code in codes if codes_agree(actor.code, code)]
    if codes and not agreeing:
        return False
    want = gold.get("country")
    if not want:
        return True
    have = (actor.country or (actor.code or "")[:3]).upper()
    return have == want.upper() or any(have == code[:3].upper() for code in agreeing)


def actor_matches(actor: Actor, gold: dict[str, Any]) -> bool:
    """Found by a mention and correctly coded: a wrong code is not a match."""
    return actor_found(actor, gold) and actor_code_correct(actor, gold)


# ---------------------------------------------------------------------------------------- quotes
def quote_overlap(predicted: str, gold: str) -> float:
    """Share of the gold's words that the prediction holds in the same order (0..1)."""
    want = words(gold)
    if not want:
        return 0.0
    blocks = SequenceMatcher(None, want, words(predicted), autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks) / len(want)


def quote_matches(quote: Quote, gold: dict[str, Any]) -> bool:
    """The texts overlap by at least half of the gold's words (in order)."""
    return quote_overlap(quote.text, gold["text"]) >= 0.5


def speaker_names(quote: Quote, actors: dict[str, Actor]) -> set[str]:
    """Every name the prediction gives its speaker: the speaker name and the mentions of its actor."""
    names = {norm_name(quote.speaker_name)}
    actor = actors.get(quote.speaker_actor or "")
    if actor is not None:
        names |= actor_names(actor) | {norm_name(actor.name)}
    return names - {""}


# a gold speaker span that runs on into a description of the speaker ("Ana Ruiz, a former port
# official who ..."): the name before the comma names the same actor (FORMAT.md: "names the same actor")
_APPOSITION = re.compile(r"^([^,]+),\s+(?:a|an|the|who|which|whose|one|another|his|her|their|its)\b", re.IGNORECASE)


def gold_speaker_names(gold: dict[str, Any], gold_actors: Iterable[dict[str, Any]]) -> set[str]:
    """The gold speaker (and the name that heads it, when the span runs on into a description of
    the speaker) and, when it is a gold actor's name or mention, all of that actor's mentions."""
    speaker = norm_name(gold.get("speaker"))
    names = {speaker}
    head = _APPOSITION.match(str(gold.get("speaker") or ""))
    if head:
        names.add(norm_name(head.group(1)))
    for actor in gold_actors:
        mentions = gold_actor_names(actor) | {norm_name(actor.get("name"))}
        if speaker in mentions:
            names |= mentions
    return names - {""}


def attribution_correct(quote: Quote, gold: dict[str, Any], actors: dict[str, Actor],
                        gold_actors: Iterable[dict[str, Any]]) -> bool:
    """The speaker's code is one of ``speaker_codes`` (3+3 rule), or the speaker names the same actor."""
    codes = [quote.speaker_code]
    actor = actors.get(quote.speaker_actor or "")
    if actor is not None:
        codes.append(actor.code)
    if any(code and code_in(code, gold.get("speaker_codes") or []) for code in codes):
        return True
    return bool(speaker_names(quote, actors) & gold_speaker_names(gold, gold_actors))


# ---------------------------------------------------------------------------- counts, times, places
def count_matches(count: Count, gold: dict[str, Any]) -> bool:
    """``what`` and ``value`` equal (the bound is scored separately)."""
    return norm(count.what) == norm(str(gold["what"])) and math.isclose(float(count.value), float(gold["value"]))


def count_bound_correct(count: Count, gold: dict[str, Any]) -> bool:
    """The bound as the gold gives it (``exact`` when the gold gives none)."""
    return norm(count.bound) == norm(gold.get("bound") or "exact")


def time_matches(time: TimeExpression, gold: dict[str, Any]) -> bool:
    """Matched by text (see :func:`norm_name`)."""
    return norm_name(time.text) == norm_name(gold["text"])


def time_value_correct(times: Sequence[TimeExpression], gold: dict[str, Any]) -> bool:
    """Every occurrence of the text carries the gold's normalised value."""
    return all((time.value or "") == (gold.get("value") or "") for time in times)


def place_matches(place: Place, gold: dict[str, Any]) -> bool:
    """Matched by text, like times (FORMAT.md gives no rule for places)."""
    return norm_name(place.text) == norm_name(gold["text"])


def place_country_correct(places: Sequence[Place], gold: dict[str, Any]) -> bool:
    """Every occurrence of the text resolves to the gold country (null gold country: not checked)."""
    want = (gold.get("country") or "").upper()
    return not want or all((place.country or "").upper() == want for place in places)


def closeness(sentence: str | None, evidence: str | None) -> float:
    """Share of the evidence's words found, in order, in the prediction's sentence (0..1)."""
    return quote_overlap(sentence or "", evidence or "")


# ------------------------------------------------------------------------------------ assignment
def assign(golds: Sequence[dict[str, Any]], preds: Sequence[P], matches: Callable[[P, dict[str, Any]], bool],
           prefer: Callable[[P, dict[str, Any]], float] | None = None) -> dict[int, int]:
    """A one-to-one assignment gold index -> prediction index, as large as possible.

    Required gold items are placed first, so an optional item never takes a prediction that a
    required one needed (augmenting paths never unmatch a gold item already placed). Among the
    predictions a gold item matches, those ``prefer`` ranks higher are tried first, so that
    secondary checks (dates, speakers) compare the pairs a reader would pair.
    """
    edges = [[j for j, pred in enumerate(preds) if matches(pred, gold)] for gold in golds]
    if prefer is not None:
        rank = prefer

        def ranked(row: list[int], gold: dict[str, Any]) -> list[int]:
            return sorted(row, key=lambda j: -rank(preds[j], gold))

        edges = [ranked(row, gold) for row, gold in zip(edges, golds, strict=True)]
    owner: dict[int, int] = {}

    def place(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or place(owner[j], seen):
                owner[j] = i
                return True
        return False

    order = sorted(range(len(golds)), key=lambda i: golds[i].get("required", True) is False)
    for i in order:
        place(i, set())
    return {i: j for j, i in owner.items()}
