"""The shape of a clause around an event's trigger, read from the parse alone: its tense, its modal, its
infinitive marker, whose subject it has, and where the sentence breaks between two words.

modality.py decides how an event is asserted from the words that govern it; these are the questions it asks
of a clause's grammar on the way, which need no word list of modality.yaml (only the function words of
words.py) and which other rules ask too ("does this verb have a modal", senses.py). They stand apart so that
each rule reads "a past clause", "a clause with a modal", not the token tests that say it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .words import date_words_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def has_modal(verb: Token) -> bool:
    """Whether a verb has a modal auxiliary ("would sign", "may strike", "must release"): what it says is
    possible, required or to come, not what took place."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def to_infinitive(tok: Token, markers: frozenset[str]) -> bool:
    """Whether a verb has an infinitive marker (one of ``markers``, "to") among its auxiliaries ("agreed to meet")."""
    return any(c.dep_ == "aux" and c.lower_ in markers for c in tok.children)


def other_subject(clause: Token, governor: Token) -> bool:
    """"X warned that Russia would attack Y": the clause has a subject of its own, a name or a noun
    other than the governor's subject (a pronoun may be the warner itself: "X warned it would ...")."""
    inner = [c for c in clause.children if c.dep_ == "nsubj"]
    outer = [c for c in governor.children if c.dep_ == "nsubj"]
    if not (inner and outer) or inner[0].pos_ == "PRON" or inner[0].lower_ == outer[0].lower_:
        return False
    # "Russia threatened that Russian forces would ...": a name and its adjective share a stem
    stems = [{t.lower_[:5] for t in side[0].subtree if t.pos_ in ("PROPN", "ADJ") and len(t) > 3}
             for side in (inner, outer)]
    return not stems[0] & stems[1]


def own_speaker(governor: Token) -> bool:
    """"X won't send aid, its president said", "..., his spokesman told reporters": a speaker named
    by a possessive pronoun is the clause subject's own (the parse cannot tell whose, but news names
    an outside speaker by name or title, not as "its" or "his")."""
    return any(c.dep_ == "nsubj" and any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children)
               for c in governor.children)


def own_clause(clause: Token, governor: Token) -> bool:
    """"X and Y agreed that they (their ministers) should meet": the clause's subject is the governor's
    own side (a pronoun, a noun with a possessive pronoun, or no other subject), not another side
    ("agreed that Z should meet W" is what they want of Z)."""
    inner = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not inner or inner[0].pos_ == "PRON":
        return True
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in inner[0].children):
        return True
    return not other_subject(clause, governor)


def paragraph_between(a: Token, b: Token) -> bool:
    """A line break or a semicolon between a word and its governor: a headline glued to the next
    sentence by the sentence splitter, or the second half of "X accuses Y; Z denies", is not
    governed by the other part."""
    lo, hi = sorted((a.i, b.i))
    return any((t.is_space and "\n" in t.text) or t.text == ";" for t in a.doc[lo + 1:hi])


def wished_of_another(tok: Token, head: Token) -> bool:
    """Whether an infinitive under a verb of intent is done by the verb's object ("want Y to act",
    "prepared Y to act"), not by its subject ("want to act"): the parser hangs that other doer on
    the verb as its object, or on the infinitive as its subject, between the two."""
    between = [c for c in head.children if c.dep_ == "dobj" and head.i < c.i < tok.i]
    return bool(between) or any(c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i for c in tok.children)


def past_tense(verb: Token) -> bool:
    """Whether a clause's verb is in a past tense: a simple past ("killed"), a passive or perfect of the
    past ("was killed", "had killed"), or a present perfect ("has killed")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    perfect = date_words_of(verb.doc).perfect_auxiliaries
    return verb.tag_ == "VBD" or any(c.tag_ == "VBD" or (c.lemma_.lower() in perfect and verb.tag_ == "VBN")
                                     for c in auxes)


def subordinated(tok: Token) -> bool:
    """Whether a clause is opened by a subordinating word ("while", "after", "by"): a participle without one
    stands beside its head's act."""
    return any(c.dep_ in ("mark", "prep") and c.i < tok.i for c in tok.children) or tok.head.dep_ == "prep"


def has_perfect(kids: list[Token]) -> bool:
    """A perfect auxiliary among a verb's children ("would have attacked", "would not have sent")."""
    if not kids:
        return False
    perfect = date_words_of(kids[0].doc).perfect_auxiliaries
    return any(c.dep_ == "aux" and c.lemma_.lower() in perfect for c in kids)
