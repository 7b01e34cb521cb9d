"""Indirect quotes: a reporting verb with a clause ("Putin noted that Russia ...", "..., prosecutors
said"), an inverted cue ("..., reported Kremlin press service"), "according to X", and a speech noun with
a that-clause (quotes/nouns.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..nlp import doc_text
from .items import Item, content_bounds, in_spans, mostly_direct, paragraph_tokens
from .nouns import noun_reports
from .speaker import subject_of
from .words import words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .cues import CueTokens

__all__ = ["report_items"]
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def report_items(doc: Doc, lex: dict[str, Any], cues: CueTokens, quoted: list[tuple[int, int]]) -> list[Item]:
    items, leads = [], lex["source_leads"]
    for i in cues.indirect:
        tok = doc[i]
        if in_spans(tok.idx, quoted):
            continue
        if tok.lemma_.lower() in lex["indirect"] and tok.pos_ == "VERB":
            item = _reported(tok, lex, quoted) or _inverted(tok)
            if item and not mostly_direct((item.pos, item.end), quoted, doc_text(doc)):
                items.append(item)
        elif tok.i + 1 < len(doc) and (tok.lower_, doc[tok.i + 1].lower_) in leads:
            source = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
            phrase = {t.i for t in tok.subtree} | {t.i for t in doc[tok.i + 1].subtree}
            bounds = content_bounds(paragraph_tokens(tok, [t for t in tok.sent if t.i not in phrase]))
            if (source is not None and _can_speak(source, lex) and bounds
                    and not mostly_direct(bounds, quoted, doc_text(doc))):
                items.append(Item("indirect", tok.idx, bounds[1], [bounds], tok, source))
    for noun, owner, start, end in noun_reports(doc, lex):
        if not mostly_direct((start, end), quoted, doc_text(doc)):
            items.append(Item("indirect", start, end, [(start, end)], noun, owner))
    return items


def _reported(verb: Token, lex: dict[str, Any], quoted: list[tuple[int, int]]) -> Item | None:
    """"X said (that) ...", "told journalists that ...": the clause the verb reports.

    A clause that is itself a report ("Erdogan stressed that ..., the readout added") is left to the
    inner cue, whose speaker said the words; a second report coordinated into the clause ("said that
    the government respected ... but warned that ...") is cut off: it is the same speaker's next report.
    """
    clauses = [c for c in verb.children if c.dep_ == "ccomp"] or _unmarked_clauses(verb)
    opening = words_of(verb.doc).complementizers
    # "Writing for a panel that agreed X won, Barabak noted that ...": a parse may hang a clause of the
    # sentence's opening on the cue as well; the that-clause after the verb is the one it reports
    # (an inverted cue, "..., said the company's chair Ana Ruiz", may have its subject parsed as a clause)
    fronted = any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children)
    clause = next((c for c in clauses if c.i > verb.i and (fronted or any(
        m.dep_ == "mark" and m.lower_ in opening for m in c.children))), clauses[0] if clauses else None)
    if clause is None:  # "reported journalists that Putin plans ...", "said in a statement that the
        # units had fired ...": the that-clause parses as a clause on the object
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        objects += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
        for obj in objects:
            rel = next((c for c in obj.children if c.dep_ in ("relcl", "acl") and _has_subject(c)), None)
            if rel is None:
                continue
            first = min(t.i for t in rel.subtree)
            that = next((verb.doc[k] for k in (first, first - 1) if verb.doc[k].lower_ in opening), None)
            # "a panel that agreed ...": a relative pronoun ("that" the clause's own subject or object)
            # opens a description of the noun, not a report
            if that is not None and not (that.head.i == rel.i and that.dep_ in ("nsubj", "nsubjpass", "dobj")):
                clause = rel
                break
    aside = clause is None and _aside(verb)
    if aside:  # "the weapons it has, he added, are like ...": the cue set off inside the clause it reports
        clause = verb.head
    asks = verb.lemma_.lower() in lex["asking"]
    if clause is None or not _finite(clause, asks) or any(c.dep_ == "neg" for c in verb.children):
        return None  # "declared settlements legal", "didn't estimate how many ...": no words reported
    if _reports(clause, lex) and clause.i < verb.i:
        return None  # "Erdogan stressed that ..., the readout added": Erdogan's words, the inner cue's
    cut = {t.i for c in clause.children if c.dep_ in ("conj", "advcl") and _reports(c, lex) and not _has_subject(c)
           for t in c.subtree}
    cut |= {c.i for c in clause.children if c.dep_ == "cc" and cut and c.i < min(cut)}
    if aside:
        cut |= {t.i for t in verb.subtree}
    kept = sorted((t for t in clause.subtree if t.i not in cut), key=lambda t: t.i)
    if clause.dep_ == "advcl":  # "said after the meeting he would ...": the report starts at its subject
        own = next(c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))
        kept = [t for t in kept if t.i >= min(k.i for k in own.subtree)]
    bounds = content_bounds(paragraph_tokens(verb, kept))
    subject = subject_of(verb, quoted) or _inverted_speaker(verb)
    if verb.dep_ == "conj" and not _has_subject(verb) and verb.head.dep_ == "ccomp" \
            and verb.head.head.lemma_.lower() in lex["indirect"]:
        subject = subject_of(verb.head.head, quoted)  # "said that A but warned that B": the sayer warned
    return Item("indirect", bounds[0], bounds[1], [bounds], verb, subject) if bounds else None


def _unmarked_clauses(verb: Token) -> list[Token]:
    """"said after the meeting he would resign": a phrase between the verb and its clause can make the
    parser take the clause for an adverbial one; a clause after the verb with its own subject and no
    conjunction ("because", "when", "if") of its own is what was said."""
    return [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and _has_subject(c)
            and not any(k.dep_ in ("mark", "advmod") and k.i < c.i for k in c.children)
            and any(p.dep_ == "prep" and verb.i < p.i < c.i for p in [*verb.children, *c.children])]


def _aside(verb: Token) -> bool:
    """A cue the parser hangs on the clause it interrupts, between commas ("..., he added, ...")."""
    if verb.dep_ != "parataxis" or verb.head.i <= verb.i:
        return False
    doc, span = verb.doc, sorted(t.i for t in verb.subtree)
    before = doc[span[0] - 1].text if span[0] > 0 else ""
    after = doc[span[-1] + 1].text if span[-1] + 1 < len(doc) else ""
    return (before == "," or doc[span[0]].text == ",") and (after == "," or doc[span[-1]].text == ",")


def _reports(token: Token, lex: dict[str, Any]) -> bool:
    """A reporting verb with a clause of its own."""
    return token.lemma_.lower() in lex["indirect"] and token.pos_ == "VERB" \
        and any(c.dep_ == "ccomp" for c in token.children)


def _finite(clause: Token, asks: bool = False) -> bool:
    """A clause with a subject and a verb, not a small clause ("declared them legal"), an infinitive
    ("declaring settlements to be illegal") or an embedded question ("estimate how many ..."); a verb
    of asking (``asks``) reports a question, and its embedded question is what was asked."""
    # a copular clause the parser hangs on its adjective ("the council was “unhinged”") is finite too
    finite_aux = any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in clause.children)
    if (clause.pos_ not in ("VERB", "AUX") and not finite_aux) \
            or not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children):
        return False
    first = min(clause.subtree, key=lambda t: t.i)
    return asks or first.lower_ not in words_of(clause.doc).question_words


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _inverted_speaker(verb: Token) -> Token | None:
    """The speaker after an inverted cue ("..., reported Kremlin press service")."""
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i
                 and c.pos_ in ("PROPN", "NOUN")), None)


def _inverted(verb: Token) -> Item | None:
    """"Putin discussed ..., reported Kremlin press service": a cue after a comma at the end of the
    sentence, its speaker after it, reports the clause before the comma."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    speaker = _inverted_speaker(verb)
    rest = [t for t in paragraph_tokens(verb, list(doc[verb.i + 1:verb.sent.end])) if not t.is_punct]
    if speaker is None or not rest or max(t.i for t in speaker.subtree) < rest[-1].i:
        return None
    bounds = content_bounds(paragraph_tokens(verb, [t for t in verb.sent if t.i < verb.i - 1]))
    return Item("indirect", bounds[0], bounds[1], [bounds], verb, speaker) if bounds else None


def _can_speak(token: Token, lex: dict[str, Any]) -> bool:
    """Whether "according to X" names a source that speaks (not "the latest data")."""
    lemma = token.lemma_.lower()
    return token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or lemma in lex["institutional"] \
        or lemma.endswith(words_of(token.doc).agent_noun_endings) or lemma in lex["sources"] \
        or token.lower_ in lex["sources"]
