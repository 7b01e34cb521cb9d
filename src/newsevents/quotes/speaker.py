"""Who speaks: the subject of a reporting cue, resolved to an actor of the article.

Names resolve to the actor one of whose mentions covers the subject, the speaker's name being the subject's
words as the text gives them at this attribution ("Sen. Ana Ruiz", "Mr. Banda": titles kept, appositions
dropped) and the actor carrying the identity; pronouns ("he said") to the
last compatible actor named before the cue (a person for he/she, anything else for it/they);
institutional subjects ("the statement said", "a spokesperson said") to the last speaker that was
not a person, else the last organisation or country named before. Without an actor the speaker
keeps the words of the text ("prosecutors").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..datelines import token_dateline
from ..model import Actor
from .antecedents import clashes, described, gender_of_pronoun, pick_antecedent
from .names import noun_phrase
from .words import words_of

if TYPE_CHECKING:
    from spacy.tokens import Token

_NOT_SPEAKERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
__all__ = ["Speaker", "actor_at", "name_beside", "resolve_speaker", "subject_of"]


@dataclass
class Speaker:
    """A resolved speaker: the actor (if any), the name to show, the CAMEO code."""

    actor: Actor | None
    name: str | None

    @property
    def code(self) -> str | None:
        """The CAMEO actor code of the speaker, when an actor was found."""
        return self.actor.code if self.actor else None


def actor_at(actors: list[Actor], start: int, end: int, head: int | None = None) -> Actor | None:
    """The actor with a mention overlapping ``[start, end)``; one covering ``head`` wins."""
    hits = [(m, a) for a in actors for m in a.mentions if m.start < end and start < m.end]
    if head is not None:
        covering = [(m, a) for m, a in hits if m.start <= head < m.end]
        hits = covering or hits
    return min(hits, key=lambda h: h[0].start)[1] if hits else None


def subject_of(verb: Token, quoted: list[tuple[int, int]] | None = None) -> Token | None:
    """The subject of a cue verb, climbing through "and warned" / ", saying" / ", adding" to the
    verb that carries it. A subject inside ``quoted`` spans is the quote's own ("“We are pleased”
    at the release, adding ...") and the climb goes on past it."""
    for _ in range(5):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                        and not any(s <= c.idx < e for s, e in quoted or ())), None)
        if subject is not None:
            return subject
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":  # "began by saying ...", "after saying ..."
            prep, verb = verb.head, _governor(verb.head)
            thanked = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if prep.lower_ in words_of(verb.doc).reason_prepositions and thanked is not None:
                return thanked  # "thanked her for saying ...": the one thanked said it
            continue
        if verb.dep_ in ("conj", "advcl", "xcomp", "dep", "ccomp") and verb.head.i != verb.i:
            verb = verb.head
        else:
            return None
    return None


def _governor(prep: Token) -> Token:
    """The verb a preposition hangs on, through an adverb ("aside from saying": the verb "aside" modifies)."""
    head = prep.head
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i or head.dep_ not in ("advmod", "prep", "pcomp"):
            break
        head = head.head
    return head


def _past_dateline(subject: Token) -> Token:
    """The name after a dateline the parser took for the subject ("SINGAPORE : Defence Minister Tom Hale
    said", "WASHINGTON — ..."): a word in capitals before a colon or dash, then a proper name."""
    doc, k = subject.doc, subject.i + 1
    if not (k < len(doc) and token_dateline(subject.text, doc[k].text)):
        return subject
    name = None
    for token in doc[k + 1:min(len(doc), k + 8)]:
        if token.pos_ != "PROPN":
            break
        name = token
    return name if name is not None else subject


def _titled_person(subject: Token, actors: list[Actor]) -> Actor | None:
    """The person last named with the title that a bare "the <title>" subject repeats ("Police Chief Bill
    Scott ... the chief said", "Ana Ruiz, the spokeswoman, ... the spokeswoman added"), or None."""
    if subject.pos_ != "NOUN" or [c.lower_ for c in subject.children if c.dep_ not in ("punct",)] not in \
            [[the] for the in words_of(subject.doc).definite_articles]:
        return None
    title, best = subject.lemma_.lower(), None
    for actor in actors:
        if actor.kind != "person":
            continue
        for mention in actor.mentions:
            if mention.end > subject.idx or mention.resolved_by == "pronoun":
                continue
            words = mention.text.split() + described(subject.doc, mention.start, mention.end)
            if title in {w.lower().strip(",.") for w in words} and (best is None or mention.start > best[0]):
                best = (mention.start, actor)
    return best[1] if best else None


def _last_before(actors: list[Actor], before: int, person: bool) -> Actor | None:
    best: tuple[int, Actor] | None = None
    for actor in actors:
        if (actor.kind == "person") != person:
            continue
        for mention in actor.mentions:
            if mention.end <= before and (best is None or mention.start > best[0]):
                best = (mention.start, actor)
    return best[1] if best else None


def resolve_speaker(subject: Token | None, actors: list[Actor], lexicon: dict[str, Any],
                    history: list[Speaker]) -> Speaker:
    """The speaker behind ``subject`` (see the module docstring); ``history`` holds earlier speakers."""
    if subject is None:
        return Speaker(None, None)
    words = words_of(subject.doc)
    if subject.lower_ in words.relative_pronouns and subject.head.dep_ == "relcl":
        subject = subject.head.head  # "Kevin King, who said ...": the speaker is the antecedent
    subject = _past_dateline(subject)
    span = list(subject.subtree)
    start, end = span[0].idx, span[-1].idx + len(span[-1].text)
    word = subject.lower_
    if word in lexicon["person_pronouns"] | lexicon["group_pronouns"]:
        linked = actor_at(actors, subject.idx, subject.idx + len(subject.text))
        if linked is not None and not clashes(linked, subject, lexicon):  # the actor stage resolved the pronoun
            return Speaker(linked, linked.name)
    if gender_of_pronoun(subject):
        last = history[-1] if history else None
        found = pick_antecedent(subject, actors, lexicon, (last.actor or last.name) if last else None)
        if found is not None:
            return Speaker(found.actor, found.actor.name if found.actor else found.name)
    if word in words.institution_pronouns:  # "..., it said": the institution that spoke last, if one did
        earlier = next((s for s in reversed(history[-3:]) if s.actor and s.actor.kind != "person"), None)
        if earlier is not None:
            return Speaker(earlier.actor, earlier.name)
    if word in lexicon["person_pronouns"]:
        actor = _last_before(actors, subject.idx, person=True)
        if actor is None:  # no actors resolved: the last person spaCy names before the cue
            person = next((e for e in reversed(subject.doc.ents) if e.label_ == "PERSON" and e.end <= subject.i), None)
            return Speaker(None, person.text if person is not None else subject.text)
        return Speaker(actor, actor.name)
    if word in lexicon["group_pronouns"]:
        actor = _last_before(actors, subject.idx, person=False)
        return Speaker(actor, actor.name if actor else subject.text)
    head_end = subject.idx + len(subject.text)
    actor = actor_at(actors, start, head_end if subject.dep_ != "appos" else end, head=subject.idx)
    if actor is None and not any(t.dep_ == "appos" for t in span):
        actor = actor_at(actors, start, end, head=subject.idx)
    if actor is not None:  # named here: the name as the text gives it ("Sen. Ana Ruiz"), the actor as resolved
        return Speaker(actor, noun_phrase(subject))
    titled = _titled_person(subject, actors)
    if titled is not None:  # "the chief said" after "Police Chief Bill Scott": the text's words, Scott's identity
        return Speaker(titled, noun_phrase(subject))
    named_by = [c for c in subject.children if c.dep_ in ("compound", "poss", "amod") and c.pos_ in ("PROPN", "ADJ")]
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in words.person_possessives), None)
    if subject.lemma_.lower() in lexicon["institutional"] and owner is not None:
        actor = _last_before(actors, subject.idx, person=True)  # "his spokesman said": the man named before
        if actor is not None:
            return Speaker(actor, actor.name)
    if subject.lemma_.lower() in lexicon["institutional"] and not named_by:
        earlier = next((s for s in reversed(history) if s.actor and s.actor.kind != "person"), None)
        if earlier is not None:
            return Speaker(earlier.actor, earlier.name)
        actor = _last_before(actors, subject.idx, person=False)
        if actor is not None:
            return Speaker(actor, actor.name)
        named = next((s for s in reversed(history) if s.name), None)
        if named is not None and subject.lower_ in words.statement_nouns:
            return Speaker(None, named.name)
    return Speaker(None, noun_phrase(subject))


def name_beside(cue: Token, quoted: list[tuple[int, int]]) -> Token | None:
    """The speaker's name next to a cue the parser left without a subject: the proper noun right before
    it (“...,” Police Chief Ana Ruiz said Monday) or right after it (“...,” said Ana Ruiz, a nurse)."""
    doc = cue.doc

    def named(token: Token) -> bool:  # "said Thursday": a date is no speaker
        return token.pos_ == "PROPN" and token.ent_type_ not in _NOT_SPEAKERS

    before = []
    k = cue.i - 1
    while k >= cue.sent.start and named(doc[k]) and not any(s <= doc[k].idx < e for s, e in quoted):
        before.append(doc[k])
        k -= 1
    if before:
        return before[0]
    k = cue.i + 1
    after = []
    while k < cue.sent.end and named(doc[k]):
        after.append(doc[k])
        k += 1
    return after[-1] if after else None
