"""The word forms a pattern's word constraints are compared with, for one token or a phrase.

A lexicon entry lists a lemma, a surface form, a hyphenated compound ("cease-fire", which the
tokenizer splits in three) or a "modifier+head" phrase ("war+games"); these helpers give a token's
or a phrase's forms in all those shapes, so that "is this word one of these" is one set
intersection. Split from matcher.py, whose Trigger and target slots read them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .lexicon import PHRASE_JOINER

if TYPE_CHECKING:
    from spacy.tokens import Token


def compound_spellings(tok: Token) -> tuple[str, ...]:
    """The whole of a hyphenated compound whose last part ``tok`` is, written both ways: the parser
    splits "cease-fire" or "pull-out" into "cease - fire", while the lexicon lists "cease-fire"
    and "ceasefire" ("" when ``tok`` is no such last part).

    Of the three hyphen joins, this one is for word lists: two surface parts, with and without the
    hyphen, whatever the parse; arguments._hyphenated_lemmas joins a verb's lemmas to the word the parse
    hangs on it ("test-fired" -> "test-fire"), nominals._whole_hyphenated gives the whole written word of
    any number of parts around a token ("would-be")."""
    i = tok.i
    if i < 2:
        return ()
    doc = tok.doc
    hyphen, first = doc[i - 1], doc[i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or first.whitespace_ or not first.is_alpha:
        return ()
    return (f"{first.lower_}-{tok.lower_}", f"{first.lower_}{tok.lower_}")


def forms(tok: Token) -> set[str]:
    return {tok.lemma_.lower(), tok.lower_, *compound_spellings(tok)}


def forms_of(toks: Iterable[Token]) -> frozenset[str]:
    """The lemmas and forms of ``toks`` (and of the hyphenated compounds they end: compound_spellings):
    one set, so that "any of them is one of these" is one intersection."""
    return frozenset(w for t in toks for w in (t.lemma_.lower(), t.lower_, *compound_spellings(t)))


_MODIFIER_DEPS = ("compound", "amod", "nmod")


def modifiers(tok: Token) -> list[Token]:
    """The compound and adjective modifiers before a noun, with the compounds of those ("joint naval
    exercises", "car bomb attack")."""
    direct = [c for c in tok.lefts if c.dep_ in _MODIFIER_DEPS]
    return [*direct, *(g for c in direct for g in c.lefts if g.dep_ == "compound")]


def phrase_words(toks: Iterable[Token], generic: frozenset[str]) -> frozenset[str]:
    """The words of ``toks`` (forms_of) plus what their modifiers add, for object constraints:

    * "modifier+head" for each modifier of a noun ("bomb+attack", "war+games", "chemical+weapons"),
      so that a two-word entry of a pattern or word class ("{war+games}") tells the phrase from the
      bare head;
    * the noun modifiers' own words when the head is a generic act noun (``generic``: the
      ``effort_nouns`` class): "ended mediation efforts" ends mediation as much as "ended the
      mediation" does, while "ended the efforts" says nothing of which. Not an adjective's: "a
      military campaign" is no military sent anywhere.
    """
    toks = list(toks)
    out = set(forms_of(toks))
    for tok in toks:
        heads = {tok.lemma_.lower(), tok.lower_}
        mods = modifiers(tok)
        out.update(f"{m}{PHRASE_JOINER}{h}" for mod in mods for m in (mod.lemma_.lower(), mod.lower_) for h in heads)
        if heads & generic:
            out |= forms_of(m for m in mods if m.dep_ != "amod")
    return frozenset(out)
