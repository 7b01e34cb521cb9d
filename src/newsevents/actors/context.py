"""Which country a bare role noun ("police", "protesters", "the rebels") belongs to, from its context.

Precision first, in this order: the one country named (or meant by a demonym) in the noun's own clause
(its verb and that verb's arguments, without subordinate or coordinated clauses, so "Israeli jets struck,
killing civilians" does not make the civilians Israeli);
else the story's dateline country ("MAIDUGURI, Nigeria —"), when the body names that country too; else the
article's main country when one clearly leads (most mentions; of a tie, the one named first, as a lead names its
subject); else none (the noun is then left out). The main country is counted from country names, demonyms,
regions and the large cities the gazetteer knows ("Tulsa", "Denver"): a story from an American city seldom
names the United States.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Set

from spacy.tokens import Doc

from ..nlp import doc_language, doc_text
from ..places.gazetteer import load_gazetteer
from ..resources import word_class
from .candidates import Cand
from .columns import Columns
from .kb import KnowledgeBase
from .mentions import NamedSpan, dateline
from .role_nouns import stance_prefixed
from .roles import singular
from .words import ActorWords

_SOLE_MIN = 3  # mentions of the leading country before an article counts as about one country
_SOLE_SHARE = 0.5  # its least share of all country evidence
_CITY_POPULATION = 100_000  # a city this large is named for itself, not a village sharing its name
_QUOTES = {'"', "“", "”", "‘", "’", "'"}


class CountryContext:
    """Country evidence of one article, indexed by sentence."""

    def __init__(self, doc: Doc, kb: KnowledgeBase, names: list[NamedSpan], cols: Columns | None = None) -> None:
        self.doc = doc
        self.cols = cols = cols or Columns(doc)
        evidence: dict[int, str] = {}
        described: dict[int, int] = {}  # demonym -> the actor noun it describes
        votes: Counter[str] = Counter()
        first: dict[str, int] = {}  # where each country is first named: a tie goes to the one the lead names

        def vote(iso3: str, at: int) -> None:
            votes[iso3] += 1
            first[iso3] = min(first.get(iso3, at), at)

        named = {t for n in names for t in range(n.span.start, n.span.end)}
        line = dateline(doc_text(doc), kb)
        quoted = {i for i in range(1, len(cols.text) - 1)
                  if cols.text[i - 1] in _QUOTES and cols.text[i + 1] in _QUOTES}  # the word "Egypt", mentioned
        # the states the article names by name, capital or seat ("Serbia", "Belgrade"), not by a demonym only
        self.named_states = {n.entry if n.label != "SEAT" else n.entry.country
                             for n in names if n.label in ("COUNTRY", "CAPITAL", "SEAT")}
        for n in names:
            if n.label in ("COUNTRY", "CAPITAL") and n.span.start not in quoted:
                if not stance_prefixed(cols, n.span.end - 1, kb.words):  # "anti-Israel protesters" are not Israel's
                    evidence.update({t: n.entry for t in range(n.span.start, n.span.end)})
                vote(n.entry, n.span.start)
        for i, title in enumerate(cols.is_title):
            # a capitalised word, or one in lower case where the language writes peoples so ("français")
            word = (title or cols.text[i].islower()) and i not in named
            iso3 = kb.country_of_word(cols.text[i]) if word else None
            if word and i > 0 and kb.country_of_word(f"{cols.text[i - 1]} {cols.text[i]}"):
                # "New Jersey" is not Jersey; "Sri Lankan" is a demonym though "Lankan" alone is none
                iso3 = kb.country_of_word(f"{cols.text[i - 1]} {cols.text[i]}")
            if iso3 and i > 0 and kb.kin_home(cols.text[i - 1], cols.text[i]):
                iso3 = None  # "Bosnian Serbs": the word before names where they live, this one no state
            if iso3 and not (line and line[0] <= cols.idx[i] < line[1]):
                vote(iso3, i)
                if cols.dep[i] in ("amod", "compound", "nmod", "poss") and not stance_prefixed(cols, i, kb.words) \
                        and not _edge_of(cols, i, kb.words):
                    evidence[i] = iso3  # "Syrian rebels", not "an American", nor "pro-Russian rebels"
                    head = int(cols.head[i])
                    if head != i and cols.dep[head] in _ARGUMENT_DEPS \
                            and cols.lower[head] not in kb.words.government_nouns:
                        described[i] = head  # "Russian missiles killed 20 people", "gunmen kidnapped Italian
                        # engineers": the subject's or object's own country, not the other side's; but a
                        # government deals with its own country's groups ("the Sudanese government accused rebels")
        counted = named | {i for i, title in enumerate(cols.is_title) if title and kb.country_of_word(cols.text[i])}
        for ent in doc.ents:  # "Tulsa", "Manhattan": a city tells the story's country, never a person's own
            if (ent.label_ == "GPE" and not counted & set(range(ent.start, ent.end))
                    and not (line and line[0] <= ent.start_char < line[1])
                    and ent.text.title() not in kb.capitals):  # capitals speak for governments, as above
                place = load_gazetteer().lookup(ent.text)
                if place is not None and place.kind == "city" and place.population >= _CITY_POPULATION \
                        and place.country in kb.countries:
                    vote(place.country, ent.start)
        self._evidence = evidence
        self._votes = votes
        self._state_bodies = kb.words.government_nouns
        self._kb = kb
        self.commanded: dict[int, str] = {}  # forces a named official orders: that official's country (resolve)
        self._described = described
        # prepositions whose object is another party ("between" not: "mediate between Colombia and the rebels"
        # names the two sides of one country)
        self._dealing = kb.words.other_party_prepositions
        self._place_prepositions = kb.words.body_place_prepositions
        self.dominant = None
        self.sole = None
        if votes:
            # most votes; of a tie, the country named first in the text: a story's lead names its subject
            # ("Pakistani jets struck militants near Afghanistan"), where the order of counting (names before
            # demonyms) would give the tie to whichever kind of word was counted first
            top = min(votes, key=lambda iso3: (-votes[iso3], first.get(iso3, len(cols.text))))
            count, total = votes[top], sum(votes.values())
            self.dominant = top if count >= 2 and count / total >= 0.35 else None
            tied = sum(n == count for n in votes.values()) > 1  # two countries as often: about no one country
            self.sole = top if not tied and count >= _SOLE_MIN and count / total >= _SOLE_SHARE else None
        # a dateline's country counts when the body names it too ("BRUSSELS —" alone does not make an EU story
        # Belgian), or when the dateline writes the country out ("MAIDUGURI, Nigeria —"), unless the body never
        # names it and is about another country alone: a bureau covers its neighbours ("NEW DELHI, India" over a
        # story the body tells of Sri Lanka only)
        explicit = line is not None and line[3] and self.sole in (None, line[2])
        self.dateline = line[2] if line and line[2] and (votes[line[2]] or explicit) else None

    def clause_country(self, token_i: int) -> str | None:
        """The one country named in the token's clause, if exactly one is."""
        verb = _clause_verb(self.cols, token_i)
        found = {iso3 for i, iso3 in self._evidence.items()
                 if _in_clause(self.cols, i, verb) and not _in_other_party(self.cols, self._dealing, i, token_i, verb)
                 and self._described.get(i, token_i) == token_i}
        return next(iter(found)) if len(found) == 1 else None

    def person_country(self, token_i: int, fallback: str | None) -> str | None:
        """The country a titled person of no told country at ``token_i`` is taken to serve: the one country
        named in the person's own clause ("On the Afghan side, ministry spokesman Gen. X accused Pakistani
        forces", "X, of the South Sudanese delegation, and Gen. Y signed"), not a place where it happens
        ("spokesman X said in Kabul"), before the story's dateline, which tells where the reporter filed from
        (a talks story filed from Addis Ababa, a border clash filed from Islamabad), not whose the person is;
        else ``fallback`` (the article's or the story's country)."""
        verb = _clause_verb(self.cols, token_i)
        found = {iso3 for i, iso3 in self._evidence.items()
                 if _in_clause(self.cols, i, verb) and not _in_other_party(self.cols, self._dealing, i, token_i, verb)
                 and self._described.get(i, token_i) == token_i and not self._in_place(i)}
        return (next(iter(found)) if len(found) == 1 else None) or fallback

    def _in_place(self, token_i: int) -> bool:
        """Whether the country evidence at ``token_i`` sits in a place phrase ("in Kabul", "at the Kenyan border")."""
        cols, i = self.cols, token_i
        while cols.dep[i] in ("compound", "amod", "poss", "nmod", "det") and cols.head[i] != i:
            i = int(cols.head[i])
        head = int(cols.head[i])
        return cols.dep[i] == "pobj" and cols.lower[head] in self._place_prepositions

    def article_country(self) -> str | None:
        """The story's own country (dateline, else the clearly leading one): what a titled person of unknown
        country is taken to belong to. Never a country merely named near the person ("Republican counsel
        Steve Castor" beside "Ukraine" is not Ukrainian)."""
        return self.dateline or self.dominant

    def one_country(self) -> str | None:
        """The country an article is about when the evidence is strong: its dateline's, else one country
        named at least three times and holding at least half of all country evidence. What a person named
        with no description at all is taken to belong to (a local quoted in a story from Pakistan), where
        ``article_country`` (35%) would be too weak a ground."""
        return self.dateline or self.sole

    def country_for(self, token_i: int) -> str | None:
        """The country a bare role noun at ``token_i`` most likely belongs to, or None when unclear: the
        country of an official who orders it ("Vucic ordered the military"), else its clause's, the dateline's
        or the article's."""
        return self.commanded.get(token_i) or self.clause_country(token_i) or self._story_country(token_i)

    def _story_country(self, token_i: int) -> str | None:
        """The story's country for a bare noun (its dateline's, else the leading one); but a bare state body
        ("the government", ``government_nouns``) is never the state whose demonym describes another state's
        agent in its own clause (a title or noun of the GOV agent: an ambassador, a minister, diplomats):
        "The government summoned Chinese Ambassador X" in a story that names China most is the other state's
        government (the runner-up country, named at least twice), not China summoning its own envoy; None
        when no other country is named enough. "The government arrested Ugandan activists" keeps Uganda."""
        guess = self.dateline or self.dominant
        if guess is None or self.cols.lower[token_i] not in self._state_bodies:
            return guess
        verb = _clause_verb(self.cols, token_i)
        others = {iso3 for i, iso3 in self._evidence.items() if _in_clause(self.cols, i, verb)
                  and _in_other_party(self.cols, self._dealing, i, token_i, verb) and self._state_agent(i)}
        if guess not in others:
            return guess
        return next((iso3 for iso3, n in self._votes.most_common() if iso3 not in others and n >= 2), None)

    def country_name(self, iso3: str | None) -> str:
        """The name of the country ``iso3`` ("" for None or an unknown code)."""
        entry = self._kb.countries.get(iso3 or "")
        return entry.name if entry is not None else ""

    def runner_up(self, other_than: str) -> str | None:
        """The most named country after ``other_than``, when named at least twice (else None)."""
        return next((iso3 for iso3, n in self._votes.most_common() if iso3 != other_than and n >= 2), None)

    def _state_agent(self, token_i: int) -> bool:
        """Whether the demonym at ``token_i`` describes a state's agent: a noun it modifies, directly or through
        a chain of modifiers ("Chinese Ambassador X", "Ugandan Ambassador to Kenya X"), is a GOV title
        ("ambassador", "minister") or actor noun ("diplomats", "officials")."""
        cols, i = self.cols, token_i
        for _ in range(4):  # "Chinese Ambassador Peter Okello": demonym, title, name parts
            if cols.head[i] == i or cols.dep[i] not in ("amod", "compound", "nmod"):
                return False
            i = int(cols.head[i])
            word = cols.lower[i]
            noun = self._kb.actor_nouns.get(word)
            if (noun.agent if noun is not None else self._kb.titles.get(word) or
                    self._kb.titles.get(singular(word))) == "GOV":
                return True
        return False


def _edge_of(cols: Columns, i: int, words: ActorWords) -> bool:
    """Whether the demonym at ``i`` names the far side of an edge ("near the Afghan border", "at the Syrian
    frontier": ``edge_nouns``): the neighbour, not the country of the clause's actors; "Afghan border police",
    where the edge noun itself modifies a noun, still names the police's own country."""
    head = int(cols.head[i])
    return head != i and cols.lower[head] in words.edge_nouns and cols.dep[head] not in ("compound", "amod", "nmod")


# The arguments of a clause whose demonym describes them alone (a place's, "in the Kenyan capital", stays
# evidence for the whole clause).
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "dative"}
_CLAUSE_DEPS = {"advcl", "ccomp", "relcl", "xcomp", "acl", "parataxis", "csubj"}


def spread_over_countries(doc: Doc, head_i: int, words: ActorWords) -> bool:
    """Whether the noun at ``head_i`` counts people over several countries ("sanctions on 40 people in 11
    countries", "workers from many nations"): a plural country noun (``spread_nouns``) as the object of a
    preposition of place or origin (``spread_prepositions``) right after the noun, wherever the parser hangs
    that preposition ("imposed sanctions on 37 people in 13 countries" is often read as the verb's). Such people
    are of no one country, so the story's country is not given to them."""
    if head_i + 1 >= len(doc) or doc[head_i + 1].lower_ not in words.spread_prepositions:
        return False
    return any(obj.dep_ == "pobj" and obj.lower_ in words.spread_nouns for obj in doc[head_i + 1].children)


def envoy_hosts(doc: Doc, cands: list[Cand], guessed: Set[str], context: CountryContext,
                words: ActorWords) -> list[Cand]:
    """``cands`` with a titled person whose country is only the story's guess moved off the country of an
    envoy (``envoy_titles``) that person deals with in one clause, as subject and object or the object of a
    preposition of dealings ("Deputy Foreign Minister X lodged a protest with the ambassador", "the ambassador
    told X", "Minister Y summoned the Chinese ambassador"): a state's officials summon, protest to and hear other
    states' envoys, never their own at home; so a story that names the envoy's country most does not make them
    its officials. So too with a counterpart (``counterpart_nouns``: "the foreign minister met his Iranian
    counterpart"): the office's holder in another state, so never of the counterpart's state. The person takes
    the runner-up country of the story (named twice or more), else keeps the role alone."""
    envoy_words = (word_class("envoy_titles", "actors", "grammar.yaml", lang=doc_language(doc))
                   | word_class("counterpart_nouns", "actors", "grammar.yaml", lang=doc_language(doc)))
    envoys = [c for c in cands if c.kind == "person" and c.country
              and envoy_words & set(f"{c.role or ''} {c.text}".lower().split())]
    moved: dict[str, str | None] = {}
    for cand in cands:
        if cand.key not in guessed or cand.key in moved or not cand.role or cand.country is None:
            continue
        verb = _participant_of(doc, cand, words)
        if verb is None:
            continue
        if any(e.country == cand.country and e.key != cand.key and _participant_of(doc, e, words) == verb
               for e in envoys):
            moved[cand.key] = context.runner_up(cand.country)
    out = []
    for c in cands:
        if c.key in moved and c.country and (c.code or "").startswith(c.country):
            home, was = moved[c.key], context.country_name(c.country)
            name = c.name  # "Foreign Minister of Iran" named after the guess: of the new home, else of none
            if was and name.endswith(f" of {was}"):
                name = name[:-len(was)] + context.country_name(home) if home else name[:-len(was) - 4]
            c = dataclasses.replace(c, country=home, code=f"{home or ''}{(c.code or '')[3:]}" or None, name=name)
        out.append(c)
    return out


def _participant_of(doc: Doc, cand: Cand, words: ActorWords) -> int | None:
    """The verb a mention is a participant of (its subject, object, or the object of a preposition of
    dealings, ``other_party_prepositions``, on the verb or its object), or None."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass", "dobj", "dative"):
        return root.head.i
    if root.dep_ == "pobj" and root.head.lower_ in words.other_party_prepositions:
        prep = root.head.head
        return prep.head.i if prep.dep_ == "dobj" else prep.i
    return None


def mixed_by_inclusion(doc: Doc, head_i: int, guess: str, story: str | None, kb: KnowledgeBase) -> bool:
    """Whether the people at ``head_i``, whose country is only a guess, are written with an inclusion
    (``inclusion_words``) that names another country than the guess or the story's ("sanctions on dozens of
    people over abuses, including Iranian officers", "the assets of 12 people, including two Russian bankers" in
    an American story): they are people of several countries, so no one country is given to them. An inclusion
    of the story's own people ("30 people, including several Americans" in a story of Ohio) changes nothing."""
    inclusion = word_class("inclusion_words", "actors", "grammar.yaml", lang=doc_language(doc))
    for tok in doc[head_i].subtree:
        if tok.i <= head_i or tok.lower_ not in inclusion:
            continue
        named = {kb.country_of_word(t.text) for t in tok.subtree if t.is_title or t.is_upper}
        if named - {None, guess} or (story not in (None, guess) and named - {None}):
            return True
    return False


def _clause_verb(cols: Columns, token_i: int) -> int:
    """The verb whose clause token ``token_i`` belongs to: its nearest verb or auxiliary head (or its root)."""
    verb = token_i
    while cols.pos[verb] not in ("VERB", "AUX") and cols.head[verb] != verb:
        verb = cols.head[verb]
    return verb


def _in_other_party(cols: Columns, dealing: frozenset[str], token_i: int, noun: int, verb: int) -> bool:
    """Whether country evidence at ``token_i`` belongs to another participant of the noun's verb: inside its
    object or the object of a preposition of dealings ("protested against the government and France's backing",
    "rebels attacked Turkish troops"), not in the noun's own words or a place ("in Kenya")."""
    i = token_i
    for _ in range(len(cols.head)):
        if i == noun:
            return False
        if i == verb or cols.head[i] == i:
            return False
        head = cols.head[i]
        if cols.dep[i] == "conj" and cols.pos[i] in ("NOUN", "PROPN"):
            return True  # "the government and France's backing": a coordinated other party
        if head == verb and cols.dep[i] in ("dobj", "dative", "attr"):
            return True
        if cols.dep[i] == "pobj" and cols.lower[head] in dealing:
            return True
        i = head
    return False


def _in_clause(cols: Columns, token_i: int, verb: int) -> bool:
    """Whether token ``token_i`` is in the clause of ``verb``: the verb's subtree minus embedded and coordinated
    clauses, i.e. the way up from the token reaches the verb without leaving such a clause.

    Asked only of the few tokens that name a country, this spares walking the whole clause."""
    pos, dep, head = cols.pos, cols.dep, cols.head
    i = token_i
    for _ in range(len(head)):  # a parse is a tree: the bound only guards against a malformed one
        if i == verb:
            return True
        if dep[i] in _CLAUSE_DEPS or (dep[i] == "conj" and pos[i] in ("VERB", "AUX")) or head[i] == i:
            return False
        i = head[i]
    return False
