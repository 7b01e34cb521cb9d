"""The person a speaking pronoun ("..., she said") stands for, by gender and salience.

The actor stage ties many pronouns to actors already; this module decides when it has not (or when its
choice clashes with the pronoun's gender), and also considers people who are no actor of the article
(a private person spaCy names, "Melanie", whom no knowledge base lists).

* Candidates: people named in the pronoun's sentence before it and in the few sentences before that
  (actors of kind ``person`` by their mentions, and PERSON entities no actor covers that are the subject
  of a clause there: a parser's PERSON that is only ever an object, "the surface of the Moon", is left out).
* Gender: a candidate whose mentions hold a gendered title or address ("Mrs.", "spokeswoman"; the
  ``gendered_titles`` of ``cues.yaml``), or to whom the actor stage already tied "he/his/him" or
  "she/her" (the pronoun classes of ``quotes/words.yaml``), has that gender; a candidate of the other
  gender is never the antecedent.
* Salience: the candidate named last as the subject of a clause wins ("Melanie thought ... She said");
  without a subject among them, the one named last. A speaker who has just spoken with the same
  pronoun keeps the floor when still among the candidates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..model import Actor
from .words import words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Candidate", "candidates", "clashes", "described", "gender_of_pronoun", "pick_antecedent"]

_WINDOW = 4  # sentences looked back, besides the pronoun's own


@dataclass
class Candidate:
    """One person who may be meant: an actor, or a name that is no actor (``actor`` None)."""

    name: str
    actor: Actor | None
    last: int = -1  # start of the latest mention before the pronoun
    last_subject: int = -1  # start of the latest mention that is a clause's subject
    genders: set[str] = field(default_factory=set)


def gender_of_pronoun(token: Token) -> str | None:
    """``male``/``female`` for he/she and their forms (the pronoun classes of ``quotes/words.yaml``), else None."""
    return words_of(token.doc).pronoun_gender.get(token.lower_)


def _is_subject(token: Token) -> bool:
    """The head of a clause's subject, or a name part of one ("Melanie" in "Melanie Hale thought")."""
    if token.dep_ in ("compound", "flat"):
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")


def _titles_gender(words: list[str], titles: dict[str, str]) -> set[str]:
    return {titles[w.lower()] for w in words if w.lower() in titles}


def _note(cand: Candidate, start: int, head: Token | None, window_start: int) -> None:
    if start >= window_start:
        cand.last = max(cand.last, start)
        if head is not None and _is_subject(head):
            cand.last_subject = max(cand.last_subject, start)


def candidates(subject: Token, actors: list[Actor], lexicon: dict[str, Any]) -> list[Candidate]:
    """The people named before ``subject`` within the window, with what the text says of their gender."""
    doc, titles = subject.doc, lexicon["gendered_titles"]
    pronoun_gender = words_of(doc).pronoun_gender
    first_sent = subject.sent.start
    for _ in range(_WINDOW):
        if first_sent == 0:
            break
        first_sent = doc[first_sent - 1].sent.start
    window_start, before = doc[first_sent].idx, subject.idx
    found: list[Candidate] = []
    covered: list[tuple[int, int]] = []
    for actor in actors:
        if actor.kind != "person":
            continue
        covered.extend((mention.start, mention.end) for mention in actor.mentions)
        near = [m for m in actor.mentions if window_start <= m.start and m.end <= before and m.resolved_by != "pronoun"]
        if not near:
            continue  # not named in the window: no candidate, and no need to learn its gender
        cand = Candidate(actor.name, actor)
        for mention in near:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            _note(cand, mention.start, span.root if span is not None else None, window_start)
        # gender: the pronouns already tied to it, and the words describing its first and nearby mentions
        named = [m for m in actor.mentions if m.resolved_by != "pronoun"]
        for mention in ([named[0]] if named and named[0] is not near[0] else []) + near:
            cand.genders |= _titles_gender(mention.text.split() + described(doc, mention.start, mention.end), titles)
        cand.genders |= {pronoun_gender[m.text.lower()] for m in actor.mentions if m.resolved_by == "pronoun"
                         and m.text.lower() in pronoun_gender and m.start != before}  # not the pronoun itself
        found.append(cand)
    by_name: dict[str, Candidate] = {c.actor.name.split()[-1].lower(): c for c in found if c.actor and c.actor.name}
    by_name.update({a.name.split()[-1].lower(): Candidate(a.name, a) for a in actors
                    if a.kind == "person" and a.name and a.name.split()[-1].lower() not in by_name})
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.end_char > before or ent.start_char < window_start:
            continue
        if any(s < ent.end_char and ent.start_char < e for s, e in covered):
            continue
        # "Melanie Hale" and a later "Hale" are one person; "McDowell" is the actor "Charlie McDowell"
        key = ent[-1].lower_
        cand = by_name.setdefault(key, Candidate(ent.text, None))
        cand.genders |= _titles_gender([t.text for t in ent] + described(doc, ent.start_char, ent.end_char), titles)
        _note(cand, ent.start_char, ent.root, window_start)
    # a name no actor holds must have acted as a subject: spaCy also tags "the Moon" or a book title PERSON
    return [c for c in {id(c): c for c in found + list(by_name.values())}.values()
            if c.last >= 0 and (c.actor is not None or c.last_subject >= 0)]


def described(doc: Doc, start: int, end: int) -> list[str]:
    """The words that describe a name in its noun phrase: "Mrs." in "Mrs. Hale", "spokeswoman" in "the
    spokeswoman Ana Hale" and in "Ana Hale, a spokeswoman"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    root = span.root
    words = [t.text for t in root.subtree if t.i < span.start] + [root.head.text] * (root.dep_ == "appos")
    return words + [c.text for c in root.children if c.dep_ == "appos"]


def pick_antecedent(subject: Token, actors: list[Actor], lexicon: dict[str, Any],
                    last_speaker: Actor | str | None = None) -> Candidate | None:
    """The antecedent of the speaking pronoun ``subject`` (see the module docstring), or None."""
    gender = gender_of_pronoun(subject)
    pool = [c for c in candidates(subject, actors, lexicon) if not (gender and c.genders and gender not in c.genders)]
    if not pool:
        return None
    if last_speaker is not None:
        keep = next((c for c in pool if (c.actor is not None and c.actor is last_speaker) or c.name == last_speaker),
                    None)
        if keep is not None and (gender is None or gender in keep.genders or not keep.genders):
            latest_subject = max(pool, key=lambda c: c.last_subject)
            if latest_subject.last_subject < 0 or latest_subject is keep or keep.last >= latest_subject.last_subject:
                return keep
    subjects = [c for c in pool if c.last_subject >= 0]
    return max(subjects or pool, key=lambda c: c.last_subject if subjects else c.last)


def clashes(actor: Actor, pronoun: Token, lexicon: dict[str, Any]) -> bool:
    """Whether what the text says of ``actor``'s gender elsewhere contradicts ``pronoun``."""
    gender = gender_of_pronoun(pronoun)
    if gender is None:
        return False
    pronoun_gender = words_of(pronoun.doc).pronoun_gender
    said = {pronoun_gender[m.text.lower()] for m in actor.mentions
            if m.resolved_by == "pronoun" and m.text.lower() in pronoun_gender and m.start != pronoun.idx}
    said |= _titles_gender([w for m in actor.mentions for w in m.text.split()], lexicon["gendered_titles"])
    return bool(said) and gender not in said
