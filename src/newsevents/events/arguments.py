"""Who did it and to whom: from the tokens of a dependency parse to the article's actors.

Actors arrive from the actors stage with character-offset mentions; an argument token is mapped to
the actors whose mentions cover it, or, failing that, cover a word that stands for it: the
apposition ("the group Hamas"), the possessor or modifier ("Russia's", "Russian"), the agent
("an attack by X"), the "of" phrase ("the presidents of Syria, Iran and Egypt") or, for envoys,
forces and messages, the "from" phrase ("delegates from X", "calls from X", also when X is a
country the actors stage held as a place of origin). An act done to someone (``patient_act_nouns``)
stands for its doer only, never its victim (act_patients.py). A decision or act noun
(``state_act_nouns``) stands for its owner: its country word ("the US policy shift"), the agent of
an authoring participle ("the move announced by X") or the subject of an authoring relative clause
("the plan that X put forward"; the agent of a passive one, "the plan, which was put forward by
X"); a noun of its degree stands for the owner of the act it measures ("the escalation in an
Egyptian crackdown"). Coordination gives one argument per conjunct. The ``how`` of each argument
feeds the event's confidence. Which tokens are a verb's subject, object or agent is read in
relations.py; this module says whom they stand for.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from ..nlp import doc_language
from ..resources import DEFAULT_LANGUAGE
from .act_patients import is_patient_act, patient_act_doers
from .actor_index import ActorIndex, Arg
from .relations import (
    GERUND_DOER_DEPS,
    agent_of,
    children,
    dependents,
    is_passive,
    objects,
    pobjs,
    subject_gerund,
    subjects,
)
from .words import ArgumentWords, argument_words, coding_words, words_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..model import Actor

MODIFIER_DEPS = ("poss", "compound", "amod", "nmod")


def lemma_keys(tok: Token) -> list[str]:
    """The lemma and, for verbs, de-inflected forms of the word (the small model misses some lemmas:
    "staged" -> "stag"), so a pattern's lemma is found whatever the lemmatizer said."""
    verb = tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")
    keys = stems(tok.lemma_.lower(), tok.lower_, verb, doc_language(tok.doc))
    if not verb:
        return list(keys)
    return list(dict.fromkeys(_hyphenated_lemmas(tok, keys) + list(keys)))


@lru_cache(maxsize=8192)
def stems(lemma: str, low: str, verb: bool, lang: str = DEFAULT_LANGUAGE) -> tuple[str, ...]:
    """The keys of :func:`lemma_keys` that depend on the word alone (cached: the same few thousand
    words come back in every article)."""
    return tuple(dict.fromkeys([lemma, low, *(deinflected(low, lang) if verb else ())]))


def deinflected(low: str, lang: str = DEFAULT_LANGUAGE) -> list[str]:
    """The forms a verb's lower-case form may have had before inflection ("staged" -> "stage"):
    ``verb_inflections`` of arguments.yaml, and a doubled consonant before a ``doubling_suffixes``
    suffix ("stopped" -> "stop"; the consonant is looked for where the short suffix puts it). An
    irregular form the lemmatizer may keep ("retook": ``irregular_verb_forms``) gives its lemma first."""
    known = argument_words(lang)
    irregular = known.irregular_lemmas.get(low)
    keys = [irregular] if irregular else []
    for suffix, repl in known.inflections:
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            keys.append(low[: -len(suffix)] + repl)
    if len(low) > 5 and low[-3] == low[-4]:
        doubled = max((s for s in known.doubling_suffixes if low.endswith(s)), key=len, default=None)
        if doubled is not None:
            keys.append(low[: -len(doubled) - 1])
    return keys


def _hyphenated_lemmas(tok: Token, keys: Sequence[str]) -> list[str]:
    """"test-fired" is split into "test", "-", "fired": the joined forms ("test-fire") come first.

    Unlike forms.compound_spellings (surface parts, for word lists) it joins the verb's lemma keys, not
    its written form, and only to a word the parse hangs on the verb across a hyphen tag (HYPH)."""
    if tok.i < 2:
        return []
    hyph = tok.doc[tok.i - 1]
    if hyph.tag_ != "HYPH" or hyph.whitespace_:
        return []
    left = tok.doc[tok.i - 2]
    if left.whitespace_ or left.head.i != tok.i:
        return []
    return [f"{left.lower_}-{k}" for k in keys]


def conjuncts(tok: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("Syria, Iran, Egypt and Palestine")."""
    return [tok] + [c for c in tok.conjuncts if c.i != tok.i]


def _coordinated_inside(tok: Token) -> list[Token]:
    """The first of two coordinated names that the parser hung inside the second's title: in "U.S.
    Secretary of State X and Chinese Foreign Minister Y held talks" it makes "X" a modifier of "Y",
    with the "and" and the second title under "X"; X is a co-subject all the same."""
    if tok.pos_ != "PROPN":
        return []
    return [left for left in tok.lefts if left.dep_ in ("nmod", "compound") and left.pos_ == "PROPN"
            and any(c.dep_ == "cc" for c in left.children) and any(c.dep_ == "conj" for c in left.children)]


def _companions(tok: Token) -> list[Token]:
    """The nouns a companion phrase on ``tok`` adds as a conjunct does (``companion_words``): "X, along
    with Y, condemned the attack" is condemned by X and Y; "X, together with Y, ..." and "X, alongside
    Y, ..." too. Not a phrase after the verb ("sanctioned X along with Y": who sanctioned with whom?)."""
    words = words_of(tok.doc).companion_words
    out: list[Token] = []
    # the parser may hang the phrase set off between subject and verb on the verb: still the subject's
    between = [c for c in tok.head.children if tok.i < c.i < tok.head.i] if tok.dep_ == "nsubj" else []
    for prep in (c for c in [*tok.children, *between] if c.dep_ == "prep"):
        if prep.lower_ in words:  # "alongside Y", "along with Y"
            out += pobjs(prep) + [o for p in prep.children if p.dep_ == "prep" for o in pobjs(p)]
        elif any(m.dep_ == "advmod" and m.lower_ in words for m in prep.children):  # "together with Y"
            out += pobjs(prep)
    return [c for o in out for c in conjuncts(o)]


def _one(tok: Token, index: ActorIndex, depth: int) -> list[Arg]:
    found = index.at_token(tok)
    if found:
        how = "pronoun" if tok.pos_ == "PRON" and index.only_pronoun(tok) else "head"
        return [Arg(a, tok.i, how) for a in found]
    pair = index.pair_for(tok)
    if pair:
        return [Arg(a, tok.i, "pair") for a in pair]
    if depth > 2:
        return []
    if is_patient_act(tok):  # "condemned Fernandez's arrest": the arrester, never Fernandez (act_patients.py)
        return [Arg(a.actor, a.token_i, "by") for t in patient_act_doers(tok, agent_of(tok))
                for a in resolve(t, index, depth + 1)]
    kids = list(tok.children)  # walked several times below: build their Tokens once
    if {tok.lemma_.lower(), tok.lower_} & index.relational_nouns:
        # "his supporters", "the mayor's son", "critics of X": neither the possessor nor the "of"
        # phrase is who they are; only an apposition names them
        kids = [c for c in kids if c.dep_ == "appos"]
    for child in kids:
        if child.dep_ == "appos":
            sub = resolve(child, index, depth + 1)
            if sub:
                return [Arg(a.actor, a.token_i, "appos") for a in sub]
    for child in kids:
        if child.dep_ in MODIFIER_DEPS and child.i < tok.i:
            hits = [a for t in child.subtree for a in index.at_token(t)]
            if hits:
                how = "poss" if child.dep_ == "poss" else "mod"
                uniq = list({id(a): a for a in hits}.values())
                return [Arg(a, child.i, how) for a in uniq]
    known = words_of(tok.doc)
    act = bool({tok.lemma_.lower(), tok.lower_} & known.state_act_nouns)
    for child in kids:
        # "the move announced by X", "the resolution drafted by X": the agent of a participle; a
        # decision's only when the participle authors it ("the plan rejected by X" is not X's, "the
        # decision taken by X" is, though people "taken by X" are X's captives, and a town "seized by X" X's)
        if child.dep_ == "acl" and child.tag_ == "VBN" and (
                _authoring(child, known) if act else not set(lemma_keys(child)) & index.custody_verbs
                or bool({tok.lemma_.lower(), tok.lower_} & known.held_place_nouns)):
            sub = [a for t in agent_of(child) for a in resolve(t, index, depth + 1)]
            if sub:
                return [Arg(a.actor, a.token_i, "by") for a in sub]
    # "the plan that Germany put forward": the author of a decision named in a relative clause
    sub = [a for t in _authors(tok, kids, known) for a in resolve(t, index, depth + 1)] if act else []
    if sub:
        return [Arg(a.actor, a.token_i, "owner") for a in sub]
    state = index.state_for(tok) or _gerund_doer(tok, index) or _located_rulers(tok, kids, known, index)
    if state:
        return [Arg(a, tok.i, "state") for a in state]
    # the prepositions after a noun whose object names the actor the noun stands for ("the presidents
    # of X", "230 individuals, including Lukashenko"), in this order, and the ``how`` each gives; "from"
    # only for the nouns of ``from_author_nouns`` ("delegates from X", "calls from X")
    noun_preps: tuple[tuple[frozenset[str], str], ...] = (
        (known.agent_prepositions, "by"), (known.of_prepositions, "of"), (known.including_prepositions, "including"))
    if {tok.lemma_.lower(), tok.lower_} & index.from_nouns:
        noun_preps += ((known.from_prepositions, "from"),)
    # "calls, including from X": an "including" phrase holding one of those phrases names some of them
    kids += [p for c in kids if c.dep_ == "prep" and c.lower_ in known.including_prepositions
             for p in c.children if p.dep_ == "prep" and any(p.lower_ in words for words, _ in noun_preps)]
    kids += _listed_past_grievance(kids, known.including_prepositions)
    for prep_words, how in noun_preps:
        for child in kids:
            if child.dep_ in ("prep", "agent") and child.lower_ in prep_words:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        sub = resolve(pobj, index, depth + 1)
                        if sub:
                            return [Arg(a.actor, a.token_i, how) for a in sub]
                        if how == "from" and (state := index.named_country(pobj)):
                            # "a proposal from France": the actors stage held the country as a place of
                            # origin; the message's author, or the envoy's sender, is its state
                            return [Arg(a, pobj.i, "place") for a in state]
    # "the escalation in a Turkish crackdown": whose act a degree or stage of it is
    sub = [a for t in _measured_acts(tok, kids, known, index.force_action_nouns) for a in resolve(t, index, depth + 1)]
    return [Arg(a.actor, a.token_i, "owner") for a in sub]


def _listed_past_grievance(kids: Sequence[Token], including: frozenset[str]) -> list[Token]:
    """The "including" phrase after a comma that the parser hangs on a noun's grievance phrase (``grievance_preps``):
    in "sanctions on people over abuses, including Iranian officers" the officers are some of the people."""
    if not kids:
        return []
    doc = kids[0].doc
    grievance = coding_words(doc_language(doc)).grievance_preps
    return [p for c in kids if c.dep_ == "prep" and c.lower_ in grievance for o in children(c, "pobj")
            for p in o.children if p.dep_ == "prep" and p.lower_ in including and doc[p.i - 1].text == ","]


def _authors(noun: Token, kids: Sequence[Token], known: ArgumentWords) -> list[Token]:
    """The subject of a relative clause by which a party made a decision or act its own: in "the
    plan that Germany put forward" or "the measures the cabinet announced" the plan is Germany's,
    so reacting to it ("France rejected ...") is reacting to Germany. Only for a noun of
    ``state_act_nouns``, an active verb of ``authoring_verbs`` ("the plan Germany rejected" is not
    Germany's) and a clause whose object is the noun itself (a relative pronoun, or none): a
    relative pronoun subject ("the plan that worried Lithuania") names no author. A passive clause of
    such a verb on a relative pronoun names its author by its agent ("the plan, which was put forward
    by Germany"; "the plan, which was rejected by Germany" is not Germany's)."""
    out: list[Token] = []
    for clause in kids:
        if clause.dep_ not in ("relcl", "acl") or clause.i < noun.i or clause.pos_ not in ("VERB", "AUX"):
            continue
        deps = dependents(clause)
        subj = deps.get("nsubj", [])
        if is_passive(clause, deps) and _authoring(clause, known) and all(
                s.lower_ in known.relative_pronouns for s in deps.get("nsubjpass", [])):
            out += agent_of(clause)  # "the plan, which was put forward by Germany"
            continue
        if not subj or is_passive(clause, deps) or subj[0].lower_ in known.relative_pronouns:
            continue
        if any(o.lower_ not in known.relative_pronouns for o in deps.get("dobj", ())):
            continue  # "the decision that Berlin made the talks hinge on": the clause's object is another
        if _authoring(clause, known):
            out += subj
    return out


def _authoring(verb: Token, known: ArgumentWords) -> bool:
    """Whether ``verb`` is one of ``authoring_verbs``, alone or with a particle after it ("put
    forward", "handed down")."""
    forms = set(lemma_keys(verb))
    particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod") and c.i > verb.i]
    return bool(forms & known.authoring_verbs or {f"{f} {p}" for f in forms for p in particles} & known.authoring_verbs)


def _measured_acts(noun: Token, kids: Sequence[Token], known: ArgumentWords, force_nouns: Iterable[str]) -> list[Token]:
    """The act a noun of ``act_aspect_nouns`` measures through its "in" or "of" phrase ("the
    escalation in a Turkish crackdown", "a surge in Israeli strikes"): the act's owner is the
    noun's. Only an act of ``state_act_nouns`` or a military act (``force_nouns``), so "the rise
    in the number of refugees" names no one. The parser often hangs the phrase on the verb whose
    object the noun is ("criticised the escalation | in ..."): a phrase right after the object is
    read as the object's."""
    if not {noun.lemma_.lower(), noun.lower_} & known.act_aspect_nouns:
        return []
    acts = known.state_act_nouns | set(force_nouns)
    phrases = [p for p in kids if p.dep_ == "prep"]
    if noun.dep_ == "dobj":
        phrases += [p for p in noun.head.children if p.dep_ == "prep" and p.i == noun.right_edge.i + 1]
    return [o for p in phrases if p.lower_ in known.act_aspect_prepositions
            for o in children(p, "pobj") if {o.lemma_.lower(), o.lower_} & acts]


def _located_rulers(noun: Token, kids: Sequence[Token], known: ArgumentWords, index: ActorIndex) -> list[Actor]:
    """The state (its military for a coup) whose act a noun of ``located_act_nouns`` is, named by its
    country word ("the Malian coup", "Iran's crackdown") or the country of its "in" phrase ("condemned
    the military takeover in Niger"): only a state's rulers or forces do such an act at home, so
    reacting to it is reacting to them. The parser often hangs the phrase on the verb whose object the
    noun is ("condemned the coup | in Niger"): a phrase right after the object is read as the object's.
    A noun of ``act_attempt_nouns`` stands for the act its compound names ("the coup attempt in Mali").
    A place named by more than one word ("South Sudan") must be a country as a whole, not by its head."""
    words = {noun.lemma_.lower(), noun.lower_}
    if words & known.act_attempt_nouns:  # "the coup attempt in Niger": the attempt is the act it tries
        words = {w for c in kids if c.dep_ == "compound" and c.i < noun.i for w in (c.lemma_.lower(), c.lower_)}
    military = any(c.dep_ in ("amod", "compound") and c.lower_ in known.military_act_modifiers for c in kids)
    if not words & known.located_act_nouns and not (military and words & known.located_takeover_nouns):
        return []
    role = "MIL" if military or words & known.military_act_nouns else ""
    places = [c for c in kids if c.dep_ in ("poss", "amod", "compound") and c.i < noun.i]
    phrases = [p for p in kids if p.dep_ == "prep"]
    if noun.dep_ == "dobj":
        phrases += [p for p in noun.head.children if p.dep_ == "prep" and p.i == noun.right_edge.i + 1]
    places += [o for p in phrases if p.lower_ in known.located_act_prepositions for o in children(p, "pobj")]
    country_of = index.country_of
    for place in places:
        name = place.doc[place.left_edge.i if place.dep_ == "pobj" else place.i: place.i + 1]
        name = name[1:] if len(name) > 1 and name[0].pos_ == "DET" else name
        if len(name) == 1:
            found = index.state_for_word(place, role)
            if found:
                return found
        elif country_of is not None and (iso := country_of(name.text)):
            return [index.state_actor(iso, name.text, role)]
    return []


def resolve(tok: Token, index: ActorIndex, depth: int = 0) -> list[Arg]:
    """All actors an argument token stands for, one or more per conjunct."""
    known = index.resolved.get((tok.i, depth))
    if known is None:
        known = index.resolved[(tok.i, depth)] = _resolve(tok, index, depth)
    return list(known)


def _resolve(tok: Token, index: ActorIndex, depth: int) -> list[Arg]:
    out: list[Arg] = []
    seen: set[str] = set()
    for conj in [*conjuncts(tok), *_coordinated_inside(tok), *_companions(tok)]:
        for arg in _one(conj, index, depth):
            if arg.actor.id not in seen:
                seen.add(arg.actor.id)
                out.append(arg)
    return out


def _gerund_doer(tok: Token, index: ActorIndex) -> list[Actor]:
    """The doer of a "by" gerund of :func:`subject_gerund`: the actor its subject names, else, for an act
    of force (``force_action_nouns``: shelling, bombing, gunfire ...), the country its nationality word
    names ("by Indian shelling": India, not its government: who in India fired, the words do not say;
    ``force_action_nouns`` in modality.yaml)."""
    if tok.dep_ != "pcomp" or not subject_gerund(tok):
        return []
    subj = next(c for c in tok.children if c.dep_ in GERUND_DOER_DEPS and c.i < tok.i)
    hits = list({id(a): a for t in subj.subtree for a in index.at_token(t)}.values())
    if hits or not {tok.lemma_.lower(), tok.lower_} & index.force_action_nouns:
        return hits
    return index.state_for_word(subj, government=False)  # army or militants: the text says the country


def threatened_objects(verb: Token) -> list[Token]:
    """Whom the act a threat made with ``verb`` threatens is done to, when the verb has no object
    of its own: "threatened to cut aid to Y", "vowed to punish Y"."""
    avenged = _avenged_doers(verb)
    if avenged:
        return avenged
    if children(verb, "dobj"):
        return []
    acts = [c for c in verb.children if c.dep_ == "xcomp"]
    preps_to = words_of(verb.doc).threatened_prepositions  # "to cut aid to Y"
    return [t for act in acts for t in objects(act) + [o for p in act.children if p.dep_ == "prep"
                                                       and p.lower_ in preps_to for o in pobjs(p)]]


def _avenged_doers(verb: Token) -> list[Token]:
    """Who did the act a vowed revenge avenges (``avenging_words``, as its object or infinitive): the
    object of the revenge's "for" phrase ("vowed revenge for the US strike"), else the subject of the
    vow's clause of time, or the object of its phrase of time ("vowed revenge after a US strike killed
    its general", "vowed to retaliate after the raid"). CAMEO codes the threat to the one it answers."""
    known = words_of(verb.doc)
    acts = [c for c in verb.children if c.dep_ in ("dobj", "xcomp") and
            {c.lemma_.lower(), c.lower_} & known.avenging_words]
    if not acts:
        return []
    found = [o for act in acts for p in act.children if p.dep_ == "prep" and p.lower_ in known.avenged_prepositions
             for o in pobjs(p)]
    for host in (verb, *acts):
        for c in host.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in known.avenged_marks for m in c.children):
                found += children(c, "nsubj")
            elif c.dep_ == "prep" and c.lower_ in known.avenged_marks:
                found += pobjs(c)
    return found


def condition_subjects(verb: Token, depth: int = 0) -> list[Token]:
    """The subjects of the conditions set on ``verb`` or on the infinitives it governs: in "X
    threatened to close the strait unless Y lifted the embargo" (or "... if Y did not ...") the
    threat is made to Y, the one who must act to avert it."""
    marks = words_of(verb.doc).condition_marks  # "... unless Y withdraws", "... if Y attacks"
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in child.children):
            out += children(child, "nsubj")
        elif child.dep_ in ("xcomp", "ccomp") and depth < 3:
            out += condition_subjects(child, depth + 1)
    return out


def _reported_kind(pron: Token) -> str | None:
    """The reporter a pronoun of a reported clause agrees with ("plural", "thing", "person"), None
    when it stands for no reporter (the ``reported_*_pronouns`` classes)."""
    known, low = words_of(pron.doc), pron.lower_
    for words, kind in ((known.reported_plural_pronouns, "plural"), (known.reported_thing_pronouns, "thing"),
                        (known.reported_person_pronouns, "person")):
        if low in words:
            return kind
    return None


def reporter_of(pron: Token, reporting_verbs: Iterable[str]) -> list[Token]:
    """The reporter a pronoun subject of a reported clause stands for, when the actors stage tied
    it to no one: in "representatives of the army stated that they had detained the president"
    (or "the ministry said it expelled ...") the one who speaks of "they" or "it" is, by far most
    often, the one who did it. Only a subject pronoun of a clause (or of a verb coordinated with
    it) that is the complement of a reporting verb, and only a reporter the pronoun agrees with
    ("they": a plural, "it": a singular non-person, "he/she": a named person or singular noun)."""
    kind = _reported_kind(pron)
    clause = pron.head
    if kind is None or pron.dep_ != "nsubj" or clause.dep_ != "ccomp":
        return []
    if not set(lemma_keys(clause.head)) & set(reporting_verbs):
        return []
    found, _ = subjects(clause.head)
    if len(found) != 1 or found[0].pos_ == "PRON":
        return []
    rep = found[0]
    plural = rep.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in rep.children)
    person = rep.ent_type_ == "PERSON"
    agrees = {"plural": plural, "thing": not plural and not person and rep.pos_ in ("NOUN", "PROPN"),
              "person": not plural and (person or rep.pos_ == "NOUN")}[kind]
    return [rep] if agrees else []


def claimed_act_targets(verb: Token) -> list[Token]:
    """Whom the act that ``verb`` claims (or denies) responsibility for was done to: in "X claimed
    responsibility for attacks on Y" (or "... for shooting down Y's plane") the claim is about
    Y. The act is the object of "for" on the verb or on its object; a noun's target is the object
    of its "on/against/of/at", a gerund's its direct object."""
    known = words_of(verb.doc)
    hosts = [verb, *children(verb, "dobj")]
    acts = [a for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ in known.claim_prepositions
            for a in pobjs(p)]
    out: list[Token] = []
    for act in acts:
        if act.pos_ == "VERB":
            out += objects(act)
        else:
            out += [o for p in act.children if p.dep_ == "prep" and p.lower_ in known.act_target_prepositions
                    for o in pobjs(p)]
    return out


def grievance_acts(verb: Token, objs: Sequence[Token]) -> list[Token]:
    """The decision or act a complaint is about, named through a grievance preposition (coding.yaml's
    ``grievance_preps``) on the verb or on its object: "lodged a protest over the Japanese remarks",
    "complained over the decision Berlin announced". Only nouns of ``state_act_nouns``, whose owner
    (:func:`resolve`) is then whom the complaint is made against; "over the killings" names none."""
    acts = words_of(verb.doc).state_act_nouns
    grievance = coding_words(doc_language(verb.doc)).grievance_preps
    return [o for host in (verb, *objs) for p in host.children if p.dep_ == "prep" and p.lower_ in grievance
            for o in children(p, "pobj") if {o.lemma_.lower(), o.lower_} & acts]
