"""Which way a time expression points: the tense of the clause it dates (past, ahead or unknown), read
from the dependency parse. A date without a year, or a bare weekday, is resolved in that direction."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .calendar import Calendar

if TYPE_CHECKING:
    from spacy.tokens import Span


_FINITE = ("VBD", "VBZ", "VBP", "MD")


def _report_time(span: Span) -> Any:
    """The reporting verb of "said on Friday it would ..." / "said Friday they would ...", or None.

    Without "that", the parser often hangs such a time on the reported clause; but it stands after
    the reporting verb and before the reported clause's subject, where English puts the report's
    own adverbial (the reported clause's would follow its subject or "that"): it dates the report.
    """
    root = span.root
    link = root.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root
    clause = link.head
    if link.dep_ not in ("prep", "npadvmod") or clause.dep_ != "ccomp" or link.i > clause.i:
        return None
    report = clause.head
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if (report.i < link.i and report.pos_ in ("VERB", "AUX") and subject is not None and span[-1].i < subject.i
            and not any(c.dep_ == "mark" and c.i < link.i for c in clause.children)):
        return report
    return None


def _governing_verb(span: Span) -> Any:
    """The verb whose tense the expression shares: the nearest verb above it, or, when that verb is
    non-finite ("threatening to kill ... in March"), the finite verb it hangs on; the reporting verb
    for a report's own time misattached to what it reports (:func:`_report_time`)."""
    report = _report_time(span)
    if report is not None:
        return report
    token, steps = span.root, 0
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i and steps < 6:
        token, steps = token.head, steps + 1
    verb = token
    while token.head.i != token.i and steps < 12:
        if token.i != verb.i and token.dep_ == "acl" and token.tag_ in ("VBN", "VBG"):
            return verb  # nor from a participle that modifies a noun ("issues linked with the plan for ...")
        if token.pos_ in ("VERB", "AUX") and (token.tag_ in _FINITE or token.tag_ == "VBN" or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in token.children)):
            return token
        if token.pos_ in ("NOUN", "PROPN") and token.i != verb.i:
            return verb  # a non-finite verb inside a noun ("the plan for beginning talks on May 15") has no tense
        token, steps = token.head, steps + 1
    return token if token.pos_ in ("VERB", "AUX") else verb


def _adverbial_of(span: Span, verb: Any) -> bool:
    """The expression modifies the verb itself ("resume on Saturday", "play Saturday"), not a noun
    ("Monday's announcement", "the testimony Tuesday"), whose time the verb's tense does not give."""
    root = span.root
    if root.head.i == verb.i:
        return root.dep_ in ("npadvmod", "tmod", "advmod", "obl")
    return root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.i == verb.i


def _committed_act(span: Span, cal: Calendar) -> bool:
    """The weekday modifies an infinitive that a word of commitment governs ("was prepared to meet
    Putin on Thursday", "agreed to release them on Friday"): the act is still to come."""
    token, steps = span.root, 0
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i and steps < 6:
        token, steps = token.head, steps + 1
    return (token.tag_ == "VB" and token.dep_ == "xcomp" and any(c.tag_ == "TO" for c in token.children)
            and token.head.lemma_.lower() in cal.commitment_words and _adverbial_of(span, token))


def direction_of(span: Span | None, cal: Calendar, text: str, headline: bool = False, weekday: bool = False) -> int:
    """-1 when the clause around the expression is in the past, +1 when it points ahead, else 0.

    Ahead: a future cue ("will", "plan", "due" ... of ``future_cues``), "is to meet", and two cues
    that hold for the days of the coming week: the future of a past report ("said they would march
    on Saturday", ``report_future_cues``) and a plain present tense that the day modifies in the
    body ("the talks resume on Saturday": news text uses the simple present for a schedule). A
    headline's present reports the past, and so does a reporting verb's ("says", ``reporting_present``).
    """
    if cal.ahead.search(text):
        return 1
    if span is None:
        return 0
    if span.root.head.lower_ in cal.since and span.root.dep_ == "pobj":
        return -1  # "since Saturday": a span that began before
    verb = _governing_verb(span)
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    perfect = any(c.lemma_ in cal.perfect_auxiliaries for c in auxes)
    lemmas = {verb.lemma_.lower(), verb.head.lemma_.lower()} | {c.lemma_.lower() for c in verb.children}
    lemmas |= {c.lower_ for c in auxes}
    if lemmas & cal.future_cues or (weekday and not perfect and lemmas & cal.report_future_cues):
        return 1
    if weekday and _committed_act(span, cal):
        return 1
    if verb.lemma_ in cal.arrangement_verbs and verb.tag_ in ("VBZ", "VBP") and any(
            c.dep_ == "xcomp" and any(t.tag_ == "TO" for t in c.children) for c in verb.children):
        return 1  # "the ministers are to meet on Saturday"
    if (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and verb.dep_ != "xcomp")
            or any(c.tag_ == "VBD" or c.lemma_ in cal.perfect_auxiliaries for c in auxes)):
        return -1
    if (weekday and not headline and verb.tag_ in ("VBZ", "VBP") and not auxes
            and verb.lemma_.lower() not in cal.reporting_present and _adverbial_of(span, verb)):
        return 1
    return 0
