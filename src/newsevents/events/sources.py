"""Where an event's source is found when its verb's subject does not name it.

The matcher reads a verb's subject first; these are the other places news puts the doer:

* an event noun's own words: its "by" phrase, possessor, light verb ("X held talks"), the subject of a
  verb of participation ("X took part in the protests") or an actor adjective ("Russian shelling"),
  or of the verb a meeting dates ("X signed the deal after talks with Y": circumstances.py);
* a protest's place: "protests in Bolivia" are Bolivia's people's, only when the verb's subject is
  people with no name ("floods blocked roads in Nairobi" is no protest);
* a document's author ("X issued a statement condemning ..."), the holder of released captives
  ("hostages held by the group were freed"), the reporter of a coordinated speech act.

Split from matcher.py, which keeps the patterns' matching itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_index import STATE_MODIFIER_DEPS, ActorIndex, Arg
from .arguments import lemma_keys, resolve
from .circumstances import fight_partners, sequel_meeting_source
from .lexicon import Lexicon, Pattern
from .noun_agents import of_agent
from .relations import agent_of, children, is_passive, objects, pobjs, preps_in, subjects
from .words import words_of

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["fallback_source", "location_source", "noun_sources", "people_subject"]


def noun_sources(n: Token, lex: Lexicon, index: ActorIndex, used: set[int],
                  light: Token | None) -> tuple[list[Arg], str]:
    """The actors of an event noun (``light``: its light verb, see light_verb)."""
    agents = [a for t in agent_of(n) for a in resolve(t, index)]
    if agents:
        return agents, "by"
    for child in n.children:
        if child.dep_ == "poss":
            found = resolve(child, index)
            if found:
                return found, "poss"
    if light is not None:
        # a participle's doer is its "by" phrase ("the sanctions imposed by the EU": noun_agents.participle_light)
        toks = agent_of(light) if is_passive(light) or light.dep_ == "acl" else subjects(light)[0]
        found = [a for t in toks for a in resolve(t, index)]
        if found:
            return found, "light"
    found = of_agent(n, lex, index, used)  # "the visit of the Indian prime minister to Nepal"
    if found:
        return found, "of"
    head = n.head
    if n.dep_ == "pobj" and head.head.pos_ == "VERB" and (
            head.lower_ in lex.modality.get("participation_preps", []) or _trip_purpose(head, lex)):
        verb = head.head
        toks = [] if _suspected_of(verb, n, lex) else subjects(verb)[0]
        if not toks and verb.lemma_.lower() in lex.modality.get("participation_passives", []):
            toks = children(verb, "nsubjpass")  # "X were engaged in ethnic cleansing": X does it
        found = [a for t in toks for a in resolve(t, index)]
        if found:
            return found, "participation"
    found = sequel_meeting_source(n, index)
    if found:
        return found, "participation"
    mods = [t for t in n.children if t.dep_ in ("compound", "amod", "nmod") and t.i < n.i and t.i not in used]
    found = [a for t in mods for a in resolve(t, index)]
    return found, "mod" if found else "none"


def _trip_purpose(prep: Token, lex: Lexicon) -> bool:
    """A trip's purpose or origin ("arrived in Kathmandu for talks with Y", "returned from a visit to Y"): the
    traveller takes part in what the noun names (``trip_preps`` after ``trip_verbs``, modality.yaml)."""
    return prep.lower_ in lex.modality.get("trip_preps", []) and \
        prep.head.lemma_.lower() in lex.modality.get("trip_verbs", [])


# CAMEO roots of crimes one is arrested or charged for (assault, unconventional mass violence), and of the
# arrests and charges themselves (173), read from the lexicon's own codes of the words
_CRIME_ROOTS = ("18", "20")
_FORCE_ROOTS = ("18", "19", "20")
_ARREST_CODE = "173"


def _suspected_of(verb: Token, noun: Token, lex: Lexicon) -> bool:
    """Whether the crime noun is what the verb's object is arrested, charged or tried for, so that the verb's
    subject (the police, a court, the state) is not its doer: "police detained three men in the killing of a
    reporter", "the court convicted two officers in the murder of X". The verb codes an arrest (173) and no
    use of force of its own ("killed ten in the attack" stays the attacker's), it has an object (the
    suspects), and the noun codes only a crime (18x, 20x): "police arrested 20 in a raid" keeps the raid
    (190) the police's."""
    verb_codes = {p.code for k in lemma_keys(verb) for p in lex.verbs.get(k, [])}
    noun_codes = {p.code for p in lex.nouns.get(noun.lemma_.lower(), [])}
    return (_ARREST_CODE in verb_codes and not any(c.startswith(_FORCE_ROOTS) for c in verb_codes)
            and bool(objects(verb)) and bool(noun_codes) and all(c.startswith(_CRIME_ROOTS) for c in noun_codes))


def _modifies(word: Token, noun: Token) -> bool:
    """Whether ``word`` is a possessor or modifier of ``noun`` ("Nepal's capital", "the Kenyan capital")."""
    return word.i != noun.i and word.head.i == noun.i and word.dep_ in ("poss", *STATE_MODIFIER_DEPS)


def location_source(trigger: Token, index: ActorIndex, places: frozenset[str]) -> list[Arg]:
    """The country an "in" phrase (``protest_place_prepositions``) names as the place of a protest
    ("protests in Bolivia"): the place itself ("head"), or the country a populated place of
    ``places`` is said to be in by a possessor, a nationality word or a place name ("rallied in
    Nepal's capital", "marched in the Kenyan capital", "in the capital, Nairobi"), or a town the
    places stage holds, named ("marched in Mombasa"; the country, never its government: see
    ActorIndex.nationality, .located and .place_country); not a country reached through any other
    phrase ("in defiance of Chinese authorities" is no protest by China)."""
    place_preps = words_of(trigger.doc).protest_place_prepositions
    # "blocked streets in Hong Kong", "occupied a square in Kiev": the parser hangs the place on the object
    for host in (trigger, trigger.head, *children(trigger, "dobj")):
        for prep in preps_in(host, place_preps):
            for t in pobjs(prep):
                place = bool({t.lemma_.lower(), t.lower_} & places)
                found = [a for a in resolve(t, index) if a.actor.kind == "country" and (
                    a.how == "head" or (place and _modifies(t.doc[a.token_i], t)))]
                if not found and place:
                    found = [Arg(a, t.i, "located") for a in index.nationality(t) or index.located(t, places)]
                if not found and t.pos_ == "PROPN":  # a town or city by its name: "marched in Mombasa"
                    state = index.place_country(t)
                    found = [Arg(state, t.i, "located")] if state is not None else []
                if found:
                    return found
    return []


def people_subject(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb's subject, if it has one, is people with no name ("thousands of people", "residents",
    "protesters"): only they are the country's people protesting where the place phrase says ("floods
    blocked roads in Nairobi", "a landslide blocked the highway" are no protest)."""
    mod = lex.modality
    people = {*mod.get("unnamed_people_roles", {}), *mod.get("quantity_nouns", []), *mod.get("person_nouns", []),
              *mod.get("crowd_words", [])}
    return all({t.lemma_.lower(), t.lower_} & people for t in subjects(verb)[0])


def fallback_source(verb: Token, p: Pattern, lex: Lexicon, index: ActorIndex, how: str) -> tuple[list[Arg], str]:
    """Sources the subject path missed, for constructions news uses all the time:

    * an agentless passive of harm in a fight with someone: "protesters were arrested in clashes
      with police" -> the police (circumstances.fight_partners);
    * a participle or a relative clause on a document noun: "X adopted a resolution demanding
      ...", "X issued a statement condemning ...", "X signed an order that freezes ..." -> X (the
      subject of the verb the document is the object of);
    * a passive release whose people are "held by X" (``holder_source_codes``/``holder_verbs``):
      "hostages held by the group were freed" -> the group;
    * a verbal act coordinated with a reported clause: "X said that the talks had been frank and
      urged Y ..." (the parser hangs "urged" on "been") -> X, only for speech-act codes and only
      when the reported clause's own subject names no actor.
    """
    mod = lex.modality
    partners = fight_partners(verb, p.code, index)
    if partners:
        return partners, "inherited"
    if how == "agent" and any(p.code.startswith(str(c)) for c in mod.get("holder_source_codes", [])):
        found = _holders(verb, mod.get("holder_verbs", []), index)
        if found:
            return found, "holder"
    if how in ("acl", "relcl") and verb.head.lemma_.lower() in mod.get("document_nouns", []):
        doc_noun = verb.head
        if doc_noun.dep_ == "dobj":
            toks = subjects(doc_noun.head)[0]
        elif doc_noun.dep_ == "nsubjpass":
            toks = agent_of(doc_noun.head)
        else:
            toks = []
        found = [a for t in toks for a in resolve(t, index)]
        if found:
            return found, "document"
    if how == "conj" and any(p.code.startswith(str(c)) for c in mod.get("speech_act_codes", [])):
        head = verb
        while head.dep_ == "conj":
            head = head.head
        reporter = head.head
        if head.dep_ == "ccomp" and any(k in mod.get("transparent", []) for k in lemma_keys(reporter)):
            found = [a for t in subjects(reporter)[0] for a in resolve(t, index)]
            if found:
                return found, "inherited"
    return [], how


def _holders(verb: Token, holder_verbs: list[str], index: ActorIndex) -> list[Arg]:
    """Who released people the passive does not say, but the people are "held by X": X
    ("two hostages who had been held by the Taliban were released" -> the Taliban)."""
    for obj in objects(verb):
        for child in obj.children:
            if child.dep_ in ("relcl", "acl") and any(k in holder_verbs for k in lemma_keys(child)):
                found = [a for t in agent_of(child) for a in resolve(t, index)]
                if found:
                    return found
    return []
