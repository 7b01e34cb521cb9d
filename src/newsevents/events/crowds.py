"""The doer of an act done by a crowd the text does not name: "Thousands marched in Nairobi", "Hundreds of
protesters clashed with police in Dhaka", "Angry residents blocked the highway near Mombasa".

Such a subject is no actor of its own (a count stands for no one; a bare "protesters" has no country when its
clause names none the actors stage may give it), so the act was left with no source, or with the bare country of
a protest's place (``sources.location_source``). News places a crowd by where it acts, so the rule is:

* the subject is a crowd: a count standing alone (``crowd_counts``: "thousands"), a count of people ("tens of
  thousands of people", "hundreds of protesters": ``quantity_nouns`` then "of"), or a crowd noun
  (``crowd_subject_nouns``: protesters, demonstrators, marchers, rioters, residents, villagers, students,
  workers, people ...), with no modifier that places it abroad (``foreign_people_modifiers``);
* its sector is the noun's role in ``unnamed_people_roles`` (the Phoenix agents dictionary's: a protester,
  demonstrator or rioter OPP, a resident, villager or plain people CVL, a student EDU, a worker LAB); a bare
  count is plain people (CVL);
* its country is the country of a protest's own place phrase (``location_source``: "rallied in Athens", the
  country that rule gave before, now with the sector), else the one country the sentence names as a place
  (``crowd_place_prepositions`` + a country, capital or a place the places stage puts in one country: "with
  police in Dhaka"), and only when no other country is named anywhere in the sentence (a demonym, a name, a
  place): "protesters outside the US embassy in Nairobi" are no one. A country named only as the act's target
  or its other party is no place of the crowd ("threw stones at Israeli troops" does not make the crowd
  Israeli), nor is the story's main country without a place in the sentence.
* when the sentence names no country at all, the story may have placed the crowd already: the dateline's one
  country ("KHARTOUM — Thousands of protesters marched ...") when the body names no other country (a bureau's
  "WASHINGTON —" over a story of Iran places no crowd in the US), else the one country the
  previous sentence names, when it names it as a place ("Police fired tear gas in Dhaka. The demonstrators
  ..."); when both give one and they differ (a story filed from a foreign bureau), nothing. Never the story's
  most-named country: a story of two countries would give the crowd the wrong one.

The result carries the code (country + sector) and no actor record, as ``inferred_sides.domestic_people`` does for
the people a state acts on. Counts as the *object* of an act ("police arrested dozens") are the actors stage's
rule (``crowd_count_nouns``), not this one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from ..datelines import OPENING_CHARS, find
from ..model import Actor
from ..nlp import doc_language, doc_text
from .actor_index import ActorIndex, Arg
from .lexicon import Lexicon
from .relations import subjects
from .words import words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["crowd_source"]


def crowd_source(verb: Token, lex: Lexicon, index: ActorIndex,
                 place: Callable[[], list[Arg]] | None) -> list[Arg]:
    """The crowd subject of ``verb`` as its country's people of the crowd's sector (see the module doc);
    ``place``: when the act is one whose place phrase may give the country (``location_source_codes``), what
    ``location_source`` says of it (a callable, so that the caller reads the phrase once for both rules)."""
    mod = lex.modality
    line = dateline_span(verb.doc)
    found = crowd_subject(verb, mod, index, line)
    if found is None:
        return []
    word, role = found
    country = ""
    if place is not None:  # the protest's own place: the country the place rule already gives, with the sector
        country = next((a.actor.country or "" for a in place()), "")
    if not country:
        named = sentence_countries(verb.sent, index, line)
        country = next(iter(place_countries(verb.sent, index, mod) & named), "") if len(named) == 1 else ""
        if not named:
            country = story_place(verb, index, mod, line)
    if not country:
        return []
    actor = Actor(id="", article_id="", name=f"{word.text} (crowd, {country})", kind="group", role=role,
                  country=country, code=f"{country}{role}")
    return [Arg(actor, word.i, "crowd_subject")]


def crowd_subject(verb: Token, mod: Mapping[str, Any], index: ActorIndex,
                  line: tuple[int, int] = (0, 0)) -> tuple[Token, str] | None:
    """The people word of a crowd subject and its sector, or None when the subject is no crowd; a dateline
    word the parser made a subject too ("KHARTOUM — Thousands marched") is none (``line``: its characters)."""
    subj = [t for t in subjects(verb)[0] if not line[0] <= t.idx < line[1]]
    if len(subj) != 1 or index.at_token(subj[0]):
        return None
    word = subj[0]
    quantities = set(mod.get("quantity_nouns", []))
    of_words = words_of(word.doc).of_prepositions
    for _ in range(3):  # "tens of thousands of people": count after count
        if word.lower_ not in quantities and word.lemma_.lower() not in quantities:
            break
        nxt = next((o for p in word.children if p.dep_ == "prep" and p.lower_ in of_words
                    for o in p.children if o.dep_ == "pobj"), None)
        if nxt is None:
            break
        word = nxt
    roles: Mapping[str, str] = mod.get("unnamed_people_roles", {})
    if word.lower_ in mod.get("crowd_counts", []):
        role = "CVL"  # "thousands marched": plain people
    elif word.lower_ in mod.get("crowd_subject_nouns", []):
        role = roles.get(word.lower_) or roles.get(word.lemma_.lower()) or ""
    else:
        return None
    foreign = set(mod.get("foreign_people_modifiers", []))
    if not role or any(c.lower_ in foreign for c in word.children if c.dep_ in ("amod", "compound")):
        return None
    return word, role


def story_place(verb: Token, index: ActorIndex, mod: Mapping[str, Any], line: tuple[int, int]) -> str:
    """The country the story placed a crowd in before its sentence (see the module doc): the dateline's one
    country, else the previous sentence's one country named as a place, "" when they differ or there is none."""
    start, end = line
    filed = {p.country for t in verb.doc if start <= t.idx < end and _within(t, line)
             for p in [index.place_country(t)] if p is not None and p.country}
    before = verb.doc[verb.sent.start - 1].sent if verb.sent.start > 0 else None
    prior: set[str] = set()
    if before is not None:
        named = sentence_countries(before, index, line)
        prior = place_countries(before, index, mod) & named if len(named) == 1 else set()
    found = filed | prior
    if len(found) != 1:
        return ""
    if not prior and _names_another_country(verb.doc, index, line, found):
        return ""  # a bureau's dateline ("WASHINGTON —") over a story of another country places no crowd
    return next(iter(found))


def _names_another_country(doc: Doc, index: ActorIndex, line: tuple[int, int], countries: set[str]) -> bool:
    """Whether the story's body names a country outside ``countries`` (a dateline alone then places no crowd)."""
    return any(sentence_countries(sent, index, line) - countries for sent in doc.sents)


def dateline_span(doc: Doc) -> tuple[int, int]:
    """The characters of the story's dateline place words ("KHARTOUM, Sudan"), (0, 0) when it has none."""
    line = next(iter(find(doc_text(doc), OPENING_CHARS, capitals=True, lang=doc_language(doc))), None)
    return line.words if line is not None else (0, 0)


def _within(tok: Token, line: tuple[int, int]) -> bool:
    """Whether ``tok`` and its dependents but marks lie in the dateline's words (the parser may hang the body on it)."""
    return all(line[0] <= t.idx < line[1] or t.is_punct for t in tok.subtree)


def sentence_countries(sent: Span, index: ActorIndex, line: tuple[int, int] = (0, 0)) -> set[str]:
    """Every country the sentence ``sent`` names outside the dateline ``line``: by an actor's mention, a place
    the places stage put in a country, or a country word (name or demonym) no mention covers."""
    found: set[str] = set()
    for tok in sent:
        if line[0] <= tok.idx < line[1]:
            continue
        found |= {a.country for a in index.at_token(tok) if a.country}
        place = index.place_country(tok) if not list(tok.children) else None
        if place is not None and place.country:
            found.add(place.country)
        if index.country_of is not None and tok.pos_ in ("PROPN", "ADJ"):
            iso = index.country_of(tok.text)
            if iso:
                found.add(iso)
    return found


def place_countries(sent: Span, index: ActorIndex, mod: Mapping[str, Any]) -> set[str]:
    """The countries the sentence ``sent`` names as a place: the object of a place preposition
    (``crowd_place_prepositions``: "in Dhaka", "near Mombasa", "outside parliament in Nairobi") that is a
    country, a capital or a place the places stage puts in a country."""
    preps = set(mod.get("crowd_place_prepositions", []))
    found: set[str] = set()
    for tok in sent:
        if tok.dep_ != "prep" or tok.lower_ not in preps:
            continue
        for obj in (c for c in tok.children if c.dep_ == "pobj"):
            place = index.place_country(obj)
            if place is not None and place.country:
                found.add(place.country)
            found |= {a.country for a in index.at_token(obj) if a.country and a.kind == "country"}
    return found
