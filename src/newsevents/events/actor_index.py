"""The article's actors, looked up by the tokens of a parse: the index the argument rules ask.

An argument token is mapped to the actors whose mentions cover it (``ActorIndex.at``); the index also
knows what a word stands for when no mention covers it: the article's two sides ("both sides"), a
state named by a nationality word or a state-act noun's modifier ("the US policy shift"), the country
of a populated place ("villages in Idlib") or of a country or capital the places stage holds. Each
found actor is an ``Arg`` whose ``how`` (``HOW_WEIGHT``) feeds the event's confidence. The rules that
walk the parse to these tokens are in ``arguments.py``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..actors.words import actor_words, stance_prefixed
from ..model import Actor, Place
from ..nlp import doc_language
from .words import words_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# How an argument was found -> how sure the coder is of it (1.0 = the word itself names the actor).
HOW_WEIGHT = {"head": 1.0, "appos": 0.95, "poss": 0.9, "mod": 0.8, "by": 0.9, "of": 0.85, "from": 0.85, "pronoun": 0.85,
              "reporter": 0.75, "place": 0.75, "nationality": 0.7, "located": 0.7,
              "including": 0.85, "pair": 0.75, "state": 0.75, "owner": 0.8, "demand": 0.7, "launch": 0.7,
              "home": 0.6}
# Modifiers of a state-act noun that may name its state ("the US policy shift", "an Indian proposal").
STATE_MODIFIER_DEPS = ("compound", "amod", "nmod")
# Country prefixes that are no "side" of the article's pair ("both sides" are states or groups).
NOT_SIDES = ("IGO", "NGO", "MNC")
# Dependents of a place noun that say where it lies ("villages in Idlib", "the town of Blida",
# "the Idlib villages"); see ActorIndex.located.
LOCATING_DEPS = ("prep", "compound", "appos", "nmod", "conj")


@dataclass(frozen=True, eq=False)
class Arg:
    """One actor filling a role, the token it was found on, and how."""

    actor: Actor
    token_i: int
    how: str


def how_weight(how: str) -> float:
    """The confidence factor of a side found this way (``HOW_WEIGHT``; a way it does not list: 0.8)."""
    return HOW_WEIGHT.get(how, 0.8)


class ActorIndex:
    """Actors looked up by character span (the same question as actors.actors_at)."""

    def __init__(self, actors: Sequence[Actor], pair_nouns: Iterable[str] = (), pair_words: Iterable[str] = (),
                 custody_verbs: Iterable[str] = (),
                 country_of: Callable[[str], str | None] | None = None, state_force_nouns: Iterable[str] = (),
                 force_action_nouns: Iterable[str] = (), relational_nouns: Iterable[str] = (),
                 from_nouns: Iterable[str] = (), places: Iterable[Place] = (),
                 capital_of: Callable[[str], str | None] | None = None) -> None:
        # An actor without a CAMEO code cannot be a side of a coded event (GDELT leaves such sides out).
        actors = [a for a in actors if a.code]
        self.pair_nouns, self.pair_words = set(pair_nouns), set(pair_words)
        self.pair = _article_pair(actors)
        # "hostages held by X" are X's captives, not X (see _one)
        self.custody_verbs = set(custody_verbs)
        self.state_force_nouns = set(state_force_nouns)  # "British aircraft": the country's military
        self.force_action_nouns = set(force_action_nouns)  # "Israeli air strikes": the country that struck
        # "his supporters", "the minister's son", "critics of X": people related to X, not X
        self.relational_nouns = set(relational_nouns)
        self.from_nouns = set(from_nouns)  # "delegates from X", "calls from X": X (see _one)
        # country names the places stage holds and no actor mention covers ("seized it from Sudan"), and
        # capitals, which news writes for their state ("opened an embassy in Lima", "recalled its envoy
        # from Hanoi"): ``capital_of`` names a capital's country (the actors KB's capitals)
        # The gazetteer's territories of one state (kind "region" with a country: the Gaza Strip, the West
        # Bank PSE, Crimea UKR, the Golan Heights SYR) stand for it as its name does ("a blockade on Gaza")
        self._country_places = sorted((p.start, p.end, p.country, p.text) for p in places if p.country and (
            p.kind in ("country", "region") or (country_of is not None and country_of(p.text) == p.country)
            or (capital_of is not None and capital_of(p.text) == p.country)))
        # every place the places stage put in a country: where a village or town lies (see located)
        self._located_places = sorted((p.start, p.end, p.country, p.text) for p in places if p.country)
        self.country_of = country_of
        self._states: dict[str, Actor] = {}
        rows = sorted(((m.start, m.end, n), m) for n, a in enumerate(actors) for m in a.mentions)
        spans = [r for r, _ in rows]
        self._mentions = [m for _, m in rows]
        self._starts = [s for s, _, _ in spans]
        self._spans = spans
        # no mention is longer: one starting this far before a span cannot reach into it
        self._longest = max((e - s for s, e, _ in spans), default=0)
        self._actors = list(actors)
        # resolve() by (token index, depth): every pattern tried on a trigger asks for the same
        # subject and objects (an index serves one Doc, so the token index names the token)
        self.resolved: dict[tuple[int, int], list[Arg]] = {}

    def at(self, start: int, end: int) -> list[Actor]:
        """Actors with a mention overlapping [start, end), in order of first mention, no repeats."""
        found: list[Actor] = []
        for s, e, n in self._spans[self._window(start, end)]:
            if e > start and s < end and self._actors[n] not in found:
                found.append(self._actors[n])
        return found

    def _window(self, start: int, end: int) -> slice:
        """The mentions (in order) that may overlap [start, end): those starting before ``end`` and
        not so long before ``start`` that even the longest mention would end by then."""
        return slice(bisect.bisect_right(self._starts, start - self._longest), bisect.bisect_left(self._starts, end))

    def pair_for(self, tok: Token) -> list[Actor]:
        """The article's two sides when ``tok`` is "both sides", "the two leaders", "the two countries"."""
        if not self.pair or not ({tok.lower_, tok.lemma_.lower()} & self.pair_nouns):
            return []
        words = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "predet", "amod")}
        # "both sides" / "the two leaders"; a bare "two leaders were arrested" is no reference
        known = words_of(tok.doc)
        if words & self.pair_words and (words & known.pair_quantifiers or words & known.pair_determiners):
            return list(self.pair)
        return []

    def state_for(self, tok: Token) -> list[Actor]:
        """The state a country name or nationality word modifying a state-act noun stands for ("the US
        policy shift", "an Indian proposal"), when no actor mention covers the phrase: the article's
        actor for that country (its country-kind actor, else its government) or, when the article has
        none, the bare country (an inferred side with no actor record, as agentless passives give)."""
        if self.country_of is None:
            return []
        words = {tok.lemma_.lower(), tok.lower_}
        if tok.dep_ in STATE_MODIFIER_DEPS and tok.head.i > tok.i and {tok.head.lemma_.lower(), tok.head.lower_} & \
                self.force_action_nouns:
            # the nationality word itself, asked for as the modifier of an event noun ("Indian shelling")
            return self.state_for_word(tok)
        role = "MIL" if words & self.state_force_nouns else ""
        # "killed by Indian shelling": a military act's nationality word names the country that did it;
        # "the US policy shift": a country word on a state-act noun stands for its state
        if not role and not words & (words_of(tok.doc).state_act_nouns | self.force_action_nouns):
            return []
        for child in tok.children:
            if child.dep_ not in STATE_MODIFIER_DEPS or child.i > tok.i:
                continue
            word: Token | None = child
            if child.dep_ == "compound" and child.pos_ != "PROPN":
                # "the US trade policy" parsed with "US" on "trade": the country may sit on the compound noun
                word = next((c for c in child.children if c.dep_ in STATE_MODIFIER_DEPS and c.i < child.i), None)
            found = self.state_for_word(word, role)
            if found:
                return found
        return []

    def state_for_word(self, word: Token | None, role: str = "", government: bool = True) -> list[Actor]:
        """The actor for country word ``word`` (``role`` "MIL": its military; not ``government``: never
        its government, the bare country when the article has no country actor), see :meth:`state_for`."""
        if word is None or word.pos_ not in ("PROPN", "ADJ") or self.country_of is None:
            return []
        iso = self.country_of(word.text)
        if not iso:
            return []
        return [self.state_actor(iso, word.text, role, government)]

    def state_actor(self, iso: str, name: str, role: str = "", government: bool = True) -> Actor:
        """The article's actor for country ``iso`` (its military with ``role`` "MIL"; else its
        country-kind actor, else, with ``government``, its government), or the bare country when
        the article has none."""
        key = iso + role + ("" if government else "-")
        if key not in self._states:
            if role:
                mine = [a for a in self._actors if a.code == iso + role]
            else:
                mine = [a for a in self._actors if a.country == iso and a.kind == "country"] or \
                    [a for a in self._actors if government and a.code == f"{iso}GOV"]
            self._states[key] = mine[0] if mine else Actor(id="", article_id="", name=name, kind="country",
                                                           country=iso, code=iso + role, role=role or None)
        return self._states[key]

    def nationality(self, tok: Token) -> list[Actor]:
        """The country a nationality word or country name before a noun that names no actor makes
        that noun belong to ("a blockade on Palestinian lorries", "compensation to British
        nationals", "attacked Iraqi villages"): the country, as CAMEO codes a nation's people and
        property by their nation."""
        if self.country_of is None or self.country_of(tok.text):
            return []  # "Turkish-Americans", "Kurdish Iraqis": the noun names a people of its own
        for child in tok.children:
            if child.i < tok.i and child.dep_ in ("amod", "compound", "nmod") and child.pos_ in ("ADJ", "PROPN"):
                if stance_prefixed(child.doc, child.i, actor_words(doc_language(child.doc))):
                    continue  # "an anti-Syria journalist": the country opposed, not the journalist's own
                iso = self.country_of(child.text)
                if iso:  # the country itself, never its government: the people or goods are not the state's
                    return [self.state_actor(iso, child.text, government=False)]
        return []

    def located(self, tok: Token, populated_nouns: frozenset[str]) -> list[Actor]:
        """The country of a populated place that a sentence names by a common noun and locates by a
        place name ("shelled villages in Idlib province", "the villages of Fuaa and Kafraya"): the
        country, never its government, as CAMEO codes an attack on a town as one on that nation's
        people (the same rule as :meth:`nationality`). Only the noun's own modifiers and prepositional
        phrases are read, and those of a participle that places it ("power lines leading into Kabul",
        "villages lying near Homs"), not a clause hung on it ("the village where refugees from Aleppo live")."""
        if not {tok.lemma_.lower(), tok.lower_} & populated_nouns or self.country_of is None:
            return []
        stack = [c for c in tok.children if c.dep_ in LOCATING_DEPS]
        stack += [p for c in tok.children if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") and c.i > tok.i
                  for p in c.children if p.dep_ == "prep"]
        # "shelled two villages in Homs province": the parser hangs the place on the verb; an act done
        # to a village is done where the village is
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" else None
        if verb is not None and verb.pos_ == "VERB":
            locating = words_of(tok.doc).verb_locating_prepositions
            stack += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in locating]
        while stack:
            t = stack.pop(0)
            found = _place_at(self._located_places, t)
            if found is not None:
                return [self.state_actor(*found, government=False)]
            stack.extend(c for c in t.children if c.dep_ in (*LOCATING_DEPS, "pobj"))
        return []

    def place_country(self, tok: Token) -> Actor | None:
        """The country (never its government) of a place the places stage holds in ``tok``'s phrase:
        "fired from Gaza" -> the Palestinian territories (see inferred_sides.launch_source)."""
        for t in tok.subtree:
            found = _place_at(self._located_places, t)
            if found is not None:
                return self.state_actor(*found, government=False)
        return None

    def country_place(self, tok: Token) -> list[Actor]:
        """The country a country name (or its capital) stands for when the places stage holds it as a
        place and no actor mention covers it: the target of "wrested the oilfield from Sudan" is Sudan,
        that of "opened an embassy in Lima" Peru (its government where the article names one)."""
        found = _place_at(self._country_places, tok)
        return [self.state_actor(*found)] if found is not None else []

    def named_country(self, word: Token) -> list[Actor]:
        """The state a country name ("France", "Saudi Arabia": ``word`` is its head) stands for when no
        actor mention covers it, as in "a proposal from France", whose "from" made it a place of origin
        for the actors stage; a place of the places stage (a capital too) first, see :meth:`country_place`."""
        found = self.country_place(word)
        if found or self.country_of is None or word.pos_ != "PROPN":
            return found
        name = word.doc[word.left_edge.i: word.i + 1]
        name = name[1:] if len(name) > 1 and name[0].pos_ == "DET" else name
        iso = self.country_of(name.text)
        return [self.state_actor(iso, name.text)] if iso else []

    def at_token(self, tok: Token) -> list[Actor]:
        return self.at(tok.idx, tok.idx + len(tok.text))

    def name_covering(self, tok: Token) -> str | None:
        """The name of an actor whose mention covers ``tok`` and reaches beyond it, when the token is a
        word of that name ("Mobilization" in "the Popular Mobilization Forces"); not a mention that
        merely runs over it (a title-case headline read as one name: "Police Arrest Leaders")."""
        start, end, word = tok.idx, tok.idx + len(tok.text), tok.lower_
        window = self._window(start, end)
        for (s, e, n), _ in zip(self._spans[window], self._mentions[window], strict=True):
            name = self._actors[n].name
            if s <= start and end <= e and (s, e) != (start, end) and word in name.lower().split():
                return name
        return None

    def only_pronoun(self, tok: Token) -> bool:
        """Whether every mention covering ``tok`` was tied to its actor by pronoun coreference."""
        start, end = tok.idx, tok.idx + len(tok.text)
        window = self._window(start, end)
        found = [m for (s, e, _), m in zip(self._spans[window], self._mentions[window], strict=True)
                 if e > start and s < end]
        return bool(found) and all(m.resolved_by == "pronoun" for m in found)


def _place_at(places: Sequence[tuple[int, int, str, str]], tok: Token) -> tuple[str, str] | None:
    """The country and name of the first place of ``places`` (start, end, country, name) that
    overlaps ``tok``."""
    start, end = tok.idx, tok.idx + len(tok.text)
    for s, e, iso, text in places:
        if e > start and s < end:
            return iso, text
    return None


def _article_pair(actors: Sequence[Actor]) -> tuple[Actor, Actor] | None:
    """The two sides an article is about: the two most-mentioned countries (or groups' countries),
    each by its government or else its most-mentioned actor; None unless the two clearly lead (the
    second is mentioned more often than any third), so "both sides" is never guessed in a crowd."""
    by_country: dict[str, list[Actor]] = {}
    for actor in actors:
        code = actor.code or ""
        if len(code) >= 3 and not code.startswith(NOT_SIDES):
            by_country.setdefault(code[:3], []).append(actor)
    counts = sorted(((sum(len(a.mentions) for a in group), key) for key, group in by_country.items()), reverse=True)
    if len(counts) < 2 or (len(counts) > 2 and counts[2][0] >= counts[1][0]):
        return None
    # a country's side is its government where the article names one ("the two leaders")
    first, second = (max(by_country[key], key=lambda a: (a.role == "GOV" or (a.code or "")[3:6] == "GOV",
                                                         len(a.mentions))) for _, key in counts[:2])
    return first, second
