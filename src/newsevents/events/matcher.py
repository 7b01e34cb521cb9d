"""Matching lexicon patterns against one token of a dependency parse.

A verb pattern is checked against the verb's dependents (object lemmas, particles, prepositional
objects, forbidden words); a noun pattern against the noun's modifiers. The target slot is then
looked up: the direct object (or passive subject), the object of a preposition on the trigger or
on its object, the subject of a that-clause, the two sides of "between", or (``any _``, the slot of
patterns converted from Phoenix, whose target is whatever actor the verb phrase names) the dative,
the direct object, or the object of one of ``any_slot_prepositions`` on the verb (of
``any_slot_object_prepositions`` on its object; arguments.yaml). The source is the subject (or
passive agent) of a verb, and for an event noun its "by" phrase, possessor, actor modifier, or the
subject of the light verb it is the object of.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache, partial
from typing import TYPE_CHECKING

from .actor_index import ActorIndex, Arg
from .arguments import grievance_acts, lemma_keys, reporter_of, resolve
from .crowds import crowd_source
from .forms import forms, forms_of, phrase_words
from .lexicon import Lexicon, Pattern, Slot
from .noun_agents import light_hosts, participle_light
from .relations import agent_of, children, dependents, is_passive, objects, pobjs, preps, preps_in, subjects
from .slots import slot_clauses, slot_filter, slot_preps, slot_tokens, with_appositions
from .sources import fallback_source, location_source, noun_sources, people_subject
from .words import words_of

if TYPE_CHECKING:
    from spacy.tokens import Token

NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos"}
PENALTY = {"document": 0.05, "subj": 0.0, "agent": 0.0, "by": 0.0, "poss": 0.05, "mod": 0.1, "light": 0.05,
           "relcl": 0.05, "conj": 0.05, "control": 0.05, "acl": 0.1, "participation": 0.1, "inherited": 0.15,
           "location": 0.2, "slot": 0.0, "descendant": 0.1, "including": 0.1, "symmetric": 0.1, "none": 0.0,
           "unnamed": 0.05, "holder": 0.1, "condition": 0.1,
           "reporter": 0.1, "place": 0.1, "nationality": 0.15, "located": 0.15,
           "claimed": 0.1, "launch": 0.1, "owner": 0.1, "crowd_subject": 0.2}


@dataclass
class Match:
    """A pattern that matched a trigger, with the arguments found (or why they were not)."""

    pattern: Pattern
    trigger: Token
    sources: list[Arg] = field(default_factory=list)
    targets: list[Arg] = field(default_factory=list)
    source_how: str = "none"
    target_how: str = "none"
    between: list[Arg] = field(default_factory=list)
    failed: str = ""
    target_words: list[Token] = field(default_factory=list)

    @property
    def penalty(self) -> float:
        return PENALTY.get(self.source_how, 0.1) + PENALTY.get(self.target_how, 0.1)



class Trigger:
    """One trigger token and what the patterns tried on it ask of the parse, each found once: a word
    has a few candidate patterns, and every one asks for the same object, dependents and subject."""

    def __init__(self, tok: Token, lex: Lexicon) -> None:
        self.tok = tok
        self.lex = lex
        self.words = words_of(tok.doc)
        self._prep_words: dict[str, frozenset[str]] = {}
        self._verb_sources: tuple[list[Arg], str] | None = None
        self._slots: dict[tuple[str, str, str | None, tuple[int, ...]], tuple[list[Token], str]] = {}
        # misfit's answers by pattern (id, with the pattern held so that its id is not reused)
        self._misfits: dict[int, tuple[Pattern, str]] = {}

    @cached_property
    def deps(self) -> dict[str, list[Token]]:
        return dependents(self.tok)

    @cached_property
    def objects(self) -> list[Token]:
        return objects(self.tok, self.deps) or self.bounded

    @cached_property
    def bounded(self) -> list[Token]:
        """The counted noun of a bound quantity the parser split into the verb's particle and
        preposition ("kidnapped up to 16 advisers": ``bound_particles``, ``bound_prepositions``): the
        verb's object, when it has none; only a noun with a number ("moved up to the border" has none)."""
        known, doc = self.words, self.tok.doc
        return [o for prt in self.deps.get("prt", ()) if prt.lower_ in known.bound_particles and prt.i + 1 < len(doc)
                for prep in (doc[prt.i + 1],) if prep.dep_ == "prep" and prep.head.i == self.tok.i
                and prep.lower_ in known.bound_prepositions
                for o in pobjs(prep) if any(c.dep_ == "nummod" for c in o.children)]

    @cached_property
    def through_objects(self) -> list[Token]:
        """The nouns an object stands for when it only measures them: a quantity or duration noun's
        "of" phrase ("fired rounds of teargas", "sent a shipment of rifles", "began ten days of drills",
        "suspended part of its aid": the ``quantity`` and ``duration`` classes) and a sum's "in" phrase
        ("suspended $800 million in military aid": ``money`` and ``sum_prepositions``)."""
        classes = self.lex.classes
        quantity = classes.get("quantity", frozenset()) | classes.get("duration", frozenset())
        money, sum_preps = classes.get("money", frozenset()), classes.get("sum_prepositions", frozenset())
        through = [o for obj in self.objects if obj.lemma_.lower() in quantity
                   for p in preps_in(obj, self.words.of_prepositions) for o in pobjs(p)]
        return through + [o for obj in self.objects if obj.lemma_.lower() in money
                          for p in preps_in(obj, sum_preps) for o in pobjs(p)]

    @cached_property
    def object_words(self) -> frozenset[str]:
        """The object's lemmas and forms, and those of the nouns it measures (through_objects); with
        the words its modifiers add (forms.phrase_words)."""
        return phrase_words([*(w for obj in self.objects for w in with_appositions(obj)), *self.through_objects],
                             self.lex.classes.get("effort_nouns", frozenset()))

    @cached_property
    def dependent_words(self) -> frozenset[str]:
        """The lemmas, forms and labels of the trigger's dependents."""
        return frozenset(self.deps) | forms_of(c for kids in self.deps.values() for c in kids)

    @cached_property
    def infinitive_words(self) -> frozenset[str]:
        """The lemmas and forms of the to-infinitives it governs (empty: none), also one the parser hung
        on its object as a relative clause ("gave Ambassador X 72 hours to leave": "to leave" on "hours")."""
        markers = self.words.infinitive_markers
        governed = [c for dep in ("xcomp", "advcl", "ccomp") for c in self.deps.get(dep, ())]
        governed += [c for dep in ("dobj", "npadvmod") for o in self.deps.get(dep, ()) for c in o.children
                     if c.dep_ in ("relcl", "acl")]
        return forms_of(c for c in governed if any(a.dep_ == "aux" and a.lower_ in markers for a in c.children))

    @cached_property
    def modifier_words(self) -> frozenset[str]:
        """The lemmas and forms of a noun's modifiers on its left ("{prisoner|hostage} swap")."""
        n = self.tok
        return forms_of(t for t in n.subtree if t.i < n.i and t.dep_ in ("compound", "amod", "nmod", "poss",
                                                                            "npadvmod"))

    @cached_property
    def light_head(self) -> Token | None:
        return light_verb(self.tok, self.lex)

    def has(self, word: str) -> bool:
        """A dependent with this lemma, form or label; "to" (``infinitive_markers``) and the verb of a
        governed infinitive count as the trigger's own words, so "urge _ to negotiate" reads "urged X
        to negotiate"."""
        return word in self.dependent_words or (bool(self.infinitive_words) and (
            word in self.words.infinitive_markers or word in self.infinitive_words))

    def prep_obj_ok(self, prep: str, lemmas: frozenset[str]) -> bool:
        """Whether the object of ``prep`` on the verb or its object is one of ``lemmas`` (a governed
        to-infinitive counts for "to"). When the word is a particle of the verb ("called off the
        strike", "set up a commission": Phoenix writes ``* OFF STRIKE``), its object is the verb's
        direct object, as for a target slot (slots.slot_tokens)."""
        if prep in self.words.infinitive_markers and self.infinitive_words & lemmas:
            return True
        words = self._prep_words.get(prep)
        if words is None:
            hosts = [self.tok, *self.objects]
            found = [(h, p) for h in hosts for p in slot_preps(h, prep)]  # "walked out of talks": "of" on "out"
            words = phrase_words((o for h, p in found if not (p.dep_ == "prt" and h is self.tok) for o in pobjs(p)),
                                  self.lex.classes.get("effort_nouns", frozenset()))
            if any(p.dep_ == "prt" and h is self.tok for h, p in found):
                words |= self.object_words
            self._prep_words[prep] = words
        return bool(words & lemmas)

    @cached_property
    def cognate_objects(self) -> list[Token]:
        """The objects that only name the act the verb is (``cognate_objects``: "fought battles with
        X", "held negotiations with Y"), whose prepositions are the verb's own."""
        cognate = self.words.cognate_objects
        return [o for o in self.objects if forms(o) & cognate]

    def prep_hosts(self, p: Pattern) -> list[Token]:
        """Where a verb pattern's target preposition may hang: on the verb, and on its object when
        the pattern names the object ("hold {@talks} with _", "discuss * with _", through a particle
        "carry out {@airstrike} against _") or the object is a cognate one; otherwise a phrase on the
        object is the object's own ("called the attack on Y a crime" calls on no one)."""
        named = p.obj is not None or any(prep.dep_ == "prt" for word, _ in p.prep_objs
                                         for prep in preps(self.tok, word))
        # "call for {release} of _", "agree to {@talks} with _": the target phrase hangs on the word the
        # pattern names after its preposition, as it hangs on a named object
        named_pobjs = [o for word, lemmas in p.prep_objs for prep in slot_preps(self.tok, word)
                       for o in pobjs(prep) if forms(o) & lemmas]
        # "be skeptical about _", "be confident that _": the phrase hangs on the predicate adjective the
        # pattern names, which says what the copula states
        named_pobjs += [a for a in self.deps.get("acomp", ()) if forms(a) & set(p.required)]
        if p.target is not None and p.target.kind == "that":
            # a clause on an object is the object's content: the slot's only when the pattern names the
            # object ("reiterated its demand that Y"), not "pushed the claim that Y"
            return [self.tok, *(self.objects if p.obj is not None else []), *named_pobjs]
        if named or p.target is None or p.target.kind != "prep":
            # a phrase on what the object measures is the object's too ("suspended part of the aid
            # program for X")
            return [self.tok, *self.objects, *self.through_objects, *named_pobjs]
        return [self.tok, *self.cognate_objects, *named_pobjs]

    def slot_tokens(self, kind: str, slot: Slot, hosts: list[Token], objs: list[Token]) -> tuple[list[Token], str]:
        """The target tokens of ``slot`` (see slots.slot_tokens) for a pattern of this ``kind``, found once
        per slot: the patterns of a word share their slots ("meet with _"). A shelter's people count
        as well as the shelter ("attacked a camp for Congolese refugees" is done to the refugees:
        ``shelter_nouns``, ``shelter_prepositions``)."""
        key = (kind, slot.kind, slot.prep, tuple(h.i for h in hosts))
        found = self._slots.get(key)
        if found is None:
            toks, how = slot_tokens(self.tok, slot, hosts, objs)
            toks += [o for t in toks if t.lemma_.lower() in self.words.shelter_nouns
                     for p in preps_in(t, self.words.shelter_prepositions) for o in pobjs(p)]
            if slot.kind == "prep" and self.bounded:  # "sent up to 500 troops to X": the troops are no target
                toks = [t for t in toks if t not in self.bounded]
            found = self._slots[key] = toks, how
        return found

    def verb_sources(self, index: ActorIndex) -> tuple[list[Arg], str]:
        """The actors of a verb's subject (or passive agent), and how they were found."""
        if self._verb_sources is None:
            tok = self.tok
            src_toks, how = (agent_of(tok), "agent") if is_passive(tok, self.deps) else subjects(tok)
            found = [a for t in src_toks for a in resolve(t, index)]
            if not found and len(src_toks) == 1:
                reporters = reporter_of(src_toks[0], self.lex.modality.get("transparent", []))
                found = [Arg(a.actor, a.token_i, "reporter") for t in reporters for a in resolve(t, index)]
                how = "reporter" if found else how
            self._verb_sources = found, how
        found, how = self._verb_sources
        return list(found), how


@lru_cache(maxsize=4096)
def _listed(words: frozenset[str], n: int) -> str:
    """The first ``n`` words in order, as a reason shows them (cached: most patterns fail on most words)."""
    return str(sorted(words)[:n])


@lru_cache(maxsize=4096)
def _joined(words: frozenset[str], n: int) -> str:
    return "|".join(sorted(words)[:n])


def _verb_fails(trig: Trigger, p: Pattern) -> str:
    """Why ``p`` does not fit the trigger verb ("" when it does)."""
    if p.obj is not None:
        objs = trig.objects
        if not objs:
            return "no direct object"
        if p.obj and not trig.object_words & p.obj:
            return f"object '{objs[0].text}' not in {_listed(p.obj, 4)}"
    for word in p.required:
        if not trig.has(word):
            return f"no '{word}' attached to the verb"
    for word in p.forbidden:
        banned = word.strip("{}").split("|")
        if any(trig.has(w) for w in banned):
            return f"'{word}' attached to the verb excludes this pattern"
    for prep, lemmas in p.prep_objs:
        if not trig.prep_obj_ok(prep, lemmas):
            return f"no '{prep} {_joined(lemmas, 3)}'"
    return ""


def _noun_fails(trig: Trigger, p: Pattern) -> str:
    for mods in p.modifiers:
        if not trig.modifier_words & mods:
            return f"no modifier {_joined(mods, 3)}"
    return ""


def _measuring_noun(n: Token, lex: Lexicon) -> Token | None:
    """The quantity, share or sum noun whose phrase ``n`` is (Trigger.through_objects, read the other
    way): "a wave of airstrikes", "part of its aid", "$800 million in military aid"."""
    prep = n.head
    if n.dep_ != "pobj" or prep.i == n.i or prep.head.i == prep.i:
        return None
    classes, measure = lex.classes, prep.head
    key = measure.lemma_.lower()
    if prep.lower_ in words_of(n.doc).of_prepositions and key in (
            classes.get("quantity", frozenset()) | classes.get("duration", frozenset())):
        return measure
    if prep.lower_ in classes.get("sum_prepositions", frozenset()) and key in classes.get("money", frozenset()):
        return measure
    return None


def light_verb(n: Token, lex: Lexicon) -> Token | None:
    """The light verb whose object (or passive subject) the event noun is ("X held talks", "Y ended
    the fighting"), if any."""
    if n.dep_ == "conj":
        return light_verb(n.head, lex)
    light = lex.modality.get("light_verbs", [])
    if n.dep_ in ("dobj", "nsubjpass") and any(k in light for k in lemma_keys(n.head)):
        return n.head
    # "X were engaged in ethnic cleansing against Y": the verb's phrases are the noun's (its subject: noun_sources)
    if (n.dep_ == "pobj" and n.head.lower_ in lex.modality.get("participation_preps", [])
            and n.head.head.lemma_.lower() in lex.modality.get("participation_passives", [])):
        return n.head.head
    measure = _measuring_noun(n, lex)  # "launched a wave of airstrikes", "suspended part of its aid"
    if measure is not None and measure.dep_ in ("dobj", "nsubjpass") and any(
            k in light for k in lemma_keys(measure.head)):
        return measure.head
    # "the sanctions X imposed on Y", "the talks X held with Y": a relative clause with no pronoun
    # whose light verb has a subject and no object of its own takes the noun as its object
    for rel in n.children:
        if rel.dep_ == "relcl" and any(k in light for k in lemma_keys(rel)) and not children(rel, "dobj") and any(
                c.dep_ == "nsubj" and c.lower_ not in words_of(n.doc).relative_pronouns for c in rel.children):
            return rel
    return participle_light(n, lex)  # "the sanctions imposed by the EU on Iran"


def misfit(trig: Trigger, p: Pattern) -> str:
    """Why pattern ``p`` does not fit the trigger's words ("" when it does); found once per trigger and
    pattern (hand_written_first and then the coder ask it of the same patterns)."""
    known = trig._misfits.get(id(p))
    if known is not None:
        return known[1]
    why = _verb_fails(trig, p) if p.kind == "verb" else _noun_fails(trig, p)
    trig._misfits[id(p)] = (p, why)
    return why


def match(tok: Token, p: Pattern, lex: Lexicon, index: ActorIndex, trig: Trigger | None = None) -> Match:
    """Try pattern ``p`` on token ``tok``; a pattern that does not fit is returned with ``failed`` set.

    ``trig`` carries what earlier patterns on the same token found (pass one per token).
    """
    trig = trig if trig is not None else Trigger(tok, lex)
    m = Match(p, tok)
    m.failed = misfit(trig, p)
    if m.failed:
        return m
    if p.kind == "verb":
        objs = trig.objects
        hosts = trig.prep_hosts(p)
    else:
        objs, hosts = [], [tok, *light_hosts(trig.light_head)]
    tgt_toks: list[Token] = []
    if p.target is not None:
        tgt_toks, m.target_how = trig.slot_tokens(p.kind, p.target, hosts, objs)
        tgt_toks = slot_filter(tgt_toks, p.target)
        if p.target.kind == "any" and p.obj:  # the object word itself is what is done, not to whom
            tgt_toks = [t for t in tgt_toks if not forms(t) & p.obj]
        found = [a for t in tgt_toks for a in resolve(t, index)]
        if not found and p.target.kind != "between":  # a country name held as a place: see country_place
            # or left no actor ("closed its border with Belarus"): a country's name (GPE, never a people's
            # "the Georgians") in the slot, or in apposition to it ("with its neighbour, Nigeria"), stands for
            # its state (named_country)
            found = [Arg(a, w.i, "place") for t in tgt_toks for w in (t, *children(t, "appos"))
                     for a in (index.named_country(w) if w.ent_type_ == "GPE" else index.country_place(w))]
            m.target_how = "place" if found else m.target_how
        if not found and p.target.kind != "between" and p.code.startswith(
                tuple(lex.modality.get("nationality_target_codes", ()))):  # see ActorIndex.nationality
            found = [Arg(a, t.i, "nationality") for t in tgt_toks for a in index.nationality(t)]
            m.target_how = "nationality" if found else m.target_how
        if not found and p.target.kind != "between" and p.code.startswith(
                tuple(lex.modality.get("nationality_target_codes", ()))):  # see ActorIndex.located
            populated = lex.classes.get("populated_place", frozenset())
            if p.code.startswith(tuple(lex.modality.get("located_property_codes", ()))):
                populated |= lex.classes.get("infrastructure", frozenset()) | lex.classes.get("property", frozenset())
            if p.code.startswith(tuple(lex.modality.get("located_group_codes", ()))):
                populated |= lex.classes.get("organization", frozenset())
            found = [Arg(a, t.i, "located") for t in tgt_toks for a in index.located(t, populated)]
            m.target_how = "located" if found else m.target_how
        if not found and not tgt_toks and p.kind == "verb" and p.target.kind != "between" and p.code.startswith(
                tuple(lex.modality.get("grievance_owner_codes", ()))):  # see arguments.grievance_acts
            found = [Arg(a.actor, a.token_i, "owner") for t in grievance_acts(tok, objs) for a in resolve(t, index)]
            m.target_how = "owner" if found else m.target_how
        if p.target.kind == "between":
            m.between = found
        else:
            m.targets = found
    m.target_words = tgt_toks
    used = {t.i for t in tgt_toks}
    if p.kind == "verb":
        m.sources, m.source_how = trig.verb_sources(index)
        if not m.sources:
            m.sources, m.source_how = fallback_source(tok, p, lex, index, m.source_how)
    else:
        m.sources, m.source_how = noun_sources(tok, lex, index, used, trig.light_head)
    located = any(p.code.startswith(c) for c in lex.modality.get("location_source_codes", []))
    # the protest's own place phrase, read at most once: the crowd rule and the place rule below both ask it
    place = cache(partial(location_source, tok, index, lex.classes.get("populated_place", frozenset())))
    if not m.sources and p.kind == "verb":  # "thousands marched in Nairobi": the crowd, by its place
        m.sources = crowd_source(tok, lex, index, place if located else None)
        m.source_how = "crowd_subject" if m.sources else m.source_how
    if not m.sources and located and (p.kind != "verb" or people_subject(tok, lex)):
        m.sources, m.source_how = place(), "location"
    return m


def candidates(tok: Token, lex: Lexicon, trig: Trigger | None = None) -> list[Pattern]:
    """The patterns whose trigger word is ``tok`` (verbs by lemma, nouns by lemma or form); see
    :func:`hand_written_first` for the generated ones (``trig``: the token's Trigger, if the caller
    has one to share)."""
    if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and tok.tag_ == "VBN"):
        found: list[Pattern] = []
        for key in lemma_keys(tok):
            if key in lex.verbs:
                found = list(lex.verbs[key])
                break
        if tok.tag_ == "VBG" and tok.dep_ in NOMINAL_DEPS and not children(tok, "nsubj", "dobj", "aux"):
            # a gerund used as a noun ("Fighting between X and Y killed ...") takes the noun patterns
            found += lex.nouns.get(tok.lower_, [])
        return hand_written_first(tok, found, lex, trig)
    if tok.pos_ in ("NOUN", "PROPN"):
        found = lex.nouns.get(tok.lemma_.lower(), []) + lex.nouns.get(tok.lower_, [])
        return hand_written_first(tok, list(dict.fromkeys(found)), lex, trig)
    return []


def hand_written_first(tok: Token, found: list[Pattern], lex: Lexicon, trig: Trigger | None = None) -> list[Pattern]:
    """Hand-written patterns override generated ones (converted from Phoenix) for the same trigger:
    when a hand-written pattern's words are all there, the generated ones are not tried, so a
    generated pattern never takes a word from the hand-written pattern written for it (even when it
    would find a target the hand-written one does not: "deployed Hong Kong troops" stays 150)."""
    generated = [p for p in found if p.generated]
    if not generated or len(generated) == len(found):
        return found
    trig = trig if trig is not None else Trigger(tok, lex)
    hand = [p for p in found if not p.generated]
    return hand if any(not misfit(trig, p) and _slot_present(trig, p) for p in hand) else found


_TEMPORAL = frozenset({"DATE", "TIME"})


def _slot_present(trig: Trigger, p: Pattern) -> bool:
    """Whether the words a verb pattern's target slot asks for are there: the preposition of a
    "prep _" slot (not one whose object is a date: "called on Tuesday for a withdrawal" has no
    "call on _"), the object of a "_" slot, the clause of "that _". A hand-written "call on _" then
    overrides the converted "call for {withdrawal}" only when someone is called on."""
    slot = p.target
    if p.kind != "verb" or slot is None or slot.kind in ("any", "between"):
        return True
    if slot.kind == "dobj":
        return bool(trig.objects or children(trig.tok, "dative"))
    if slot.kind == "that":
        return bool(slot_clauses(trig.tok, trig.prep_hosts(p)))
    return any(prep.dep_ == "prt" or any(o.ent_type_ not in _TEMPORAL for o in pobjs(prep))
               for host in trig.prep_hosts(p) for prep in slot_preps(host, slot.prep or ""))
