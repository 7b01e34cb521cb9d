"""Agentless passives: "two officers were charged Tuesday", "he was arrested in April".

A passive with no "by" phrase names who was acted on but not who acted. For the acts that only an
authority does to people (arrests, charges, investigations, sanctions, releases: ``agentless_codes``
in modality.yaml) the event is still news, so it is coded with the passive subject as the target
and the source left empty (null), unless a documented rule of inferred_sides.py names it (an
authority the sentence names, a place in the target's country, the holders of released people ...).
This module says which matches are such acts with no agent (``agentless``, ``unnamed_violence``:
violence whose doer the text does not name) and reads the sides a passive's parse hides: forces
deployed or withdrawn (``deployed_forces``), a participle or relative clause on the noun it acts on
(``participle_sides``), a date misread as the passive subject (``dated_subject``). The inference of
a missing source lives apart, in inferred_sides.py, because it reads the actors and places of the
sentence rather than the passive's own parse.

A passive whose "by" phrase names someone the actors stage does not know is not agentless (its agent
is unknown, not absent) and is not coded.
The event's confidence says which case it is (events/confidence.py): a null source is kept, but
never asserted with high confidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .actor_index import ActorIndex, Arg
from .arguments import lemma_keys, resolve
from .relations import agent_of, children, is_passive, objects
from .words import date_words_of, words_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .lexicon import Lexicon
    from .matcher import Match


def agentless(m: Match, code: str, lex: Lexicon) -> bool:
    """Whether the match is a clause-level passive verb with no agent phrase, or an event noun with
    no agent, possessor or light-verb subject ("the detention of X"), of a code an authority does;
    or an act of violence whose doer the text does not name (``unnamed_violence``)."""
    tok = m.trigger
    if m.pattern.kind == "verb" and unnamed_violence(tok, code, lex):
        return True
    if m.pattern.kind == "noun":
        if m.source_how != "none" or not m.targets:
            return False
    elif not is_passive(tok) or agent_of(tok):
        return False
    codes: Sequence[str] = lex.modality.get("agentless_codes", [])
    return bool(codes) and code.startswith(tuple(str(c) for c in codes))


def unnamed_violence(verb: Token, code: str, lex: Lexicon) -> bool:
    """An act of violence (``harm_agentless_codes``: roots 18-20) whose doer the text does not name:

    **violence with no doer**: "three soldiers were killed by a roadside bomb", "a journalist was
    killed in a car bomb explosion", "a roadside bombing killed two policemen", "the convoy was
    ambushed near Kandahar". The harmed are the target; the source stays empty (nobody infers who
    planted a bomb). The verb is a passive with no "by" phrase or with a "by" phrase that names a
    means, not a person ("by an improvised explosive device"), or an active verb whose subject is
    such a means. Only a verb of ``violent_verbs`` (ambush, shoot, kidnap, murder ...) says
    violence by itself; any other (kill, wound, attack, hit, raid: people are killed in crashes
    and floods, critics attack, police raid) needs a means of violence (the ``violent_means``
    class: bomb, shelling, airstrike, gunfire ...) in its "in/by/during/from" phrase or as its
    subject; a violent event noun there that names its doer ("killed in a rebel
    attack", "in an attack by Hamas") is coded by the noun instead (nominals.casualty_sides), and a
    "by" phrase naming people the actors stage does not know ("killed by gunmen") is an unknown
    agent, not a missing one, so neither is coded here.
    """
    mod = lex.modality
    codes = tuple(str(c) for c in mod.get("harm_agentless_codes", []))
    if not codes or not code.startswith(codes):
        return False
    if is_passive(verb):
        # "killed in/by/during a bombing": how the harm was done
        harm = words_of(verb.doc).harm_prepositions
        phrases = [p for p in verb.children if p.dep_ in ("prep", "agent") and p.lower_ in harm]
        agents = agent_of(verb)
        if any(not violent_means(a, lex) for a in agents):
            return False  # "killed by gunmen": an agent the actors stage does not know
    else:
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subj) != 1 or not violent_means(subj[0], lex):
            return False  # "rebels killed ...": a doer, named or not; never coded without it
        phrases = []
        agents = subj
    objs = [o for p in phrases for o in p.children if o.dep_ == "pobj"] + agents
    if is_passive(verb):
        found = _blast_clauses(verb, lex)
        if found is None:
            return False  # "killed when militants detonated a bomb": a doer, named or not
        objs += found
    if any(_names_doer(o, lex) for o in objs):
        return False
    violent = set(mod.get("violent_verbs", []))
    return bool({verb.lemma_.lower(), verb.lower_} & violent) or any(violent_means(o, lex) for o in objs)


def _blast_clauses(verb: Token, lex: Lexicon) -> list[Token] | None:
    """The means of violence a "when/after/as" clause of the verb names ("were killed when a roadside
    bomb exploded", "... when their vehicle hit a landmine"): its subject or object, when it is one.
    None: the clause names a doer with its means ("when militants detonated a bomb"): a person
    (neither a means nor a word for a thing the harmed rode in) is the subject of a clause whose
    object is a means."""
    marks = words_of(verb.doc).blast_marks  # "killed when a bomb exploded"
    out: list[Token] = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and c.lower_ in marks
                                                 for c in clause.children):
            continue
        subj = [c for c in clause.children if c.dep_ == "nsubj"]
        obj = [c for c in clause.children if c.dep_ == "dobj"]
        means_subj = [t for t in subj if violent_means(t, lex)]
        means_obj = [t for t in obj if violent_means(t, lex)]
        if means_obj and subj and not means_subj and not any(
                t.pos_ == "PRON" or t.lemma_.lower() in lex.classes.get("vehicle", frozenset()) for t in subj):
            return None
        out += means_subj + means_obj
    return out


def violent_means(noun: Token, lex: Lexicon) -> bool:
    """Whether a noun phrase names a means of violence: its head is one (``violent_means``: "a
    roadside bomb", "Tuesday's shelling"), or a ``blast`` noun with one before it ("a car bomb
    explosion", "an improvised explosive device"), and no word before it makes it something else
    (``not_violence``: "a heart attack")."""
    before = {w for t in noun.subtree if t.i < noun.i and t.dep_ in ("compound", "amod", "nmod")
              for w in (t.lemma_.lower(), t.lower_)}
    head = {noun.lemma_.lower(), noun.lower_}
    if before & lex.classes.get("not_violence", frozenset()):
        return False
    means = lex.classes.get("violent_means", frozenset())
    return bool(head & means) or bool(head & lex.classes.get("blast", frozenset()) and before & means)


def _names_doer(noun: Token, lex: Lexicon) -> bool:
    """Whether a means phrase names who used it: a possessor ("Hamas's rockets"), a "by" phrase ("an
    attack by militants"), a proper noun or capitalised adjective before it ("a Russian
    airstrike", "an ISIS bombing") or a word for armed men or police ("a police raid", "a rebel
    attack"): then the noun's own event names the doer, or an unknown one, and the verb is not coded
    as violence with no doer."""
    known = words_of(noun.doc)
    armed = lex.classes.get("troops", frozenset()) | lex.classes.get("armed_group", frozenset()) | lex.classes.get(
        "armed_personnel", frozenset()) | known.security_force_nouns
    for t in noun.subtree:
        if t.dep_ == "poss" or (t.dep_ in ("prep", "agent") and t.lower_ in known.agent_prepositions
                                and t.head.i == noun.i):
            return True
        if t.i < noun.i and t.dep_ in ("compound", "amod", "nmod") and (
                t.pos_ == "PROPN" or (t.text[:1].isupper() and t.i != t.sent.start)
                or t.lemma_.lower() in armed or t.lower_ in armed):
            return True
    return False


def deployed_forces(m: Match, code: str, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """The actors of a passive's subject, for codes where the forces acted on are the source's own
    (``self_agent_codes``, force posture: "100 police were deployed in Shanghai" is the police's
    deployment, "troops were mobilized" the army's): the passive subject is the source. So are forces
    withdrawn (``withdrawn_forces_codes`` by a verb of ``withdrawing_verbs``): "Kenyan troops were
    withdrawn from Somalia", "UN peacekeepers were pulled out of Lebanon" is a withdrawal by those who
    sent them, as CAMEO codes it (1661: the provider of the forces is the source), not an expulsion."""
    mod = lex.modality
    if m.pattern.kind != "verb" or not is_passive(m.trigger):
        return []
    codes = tuple(str(c) for c in mod.get("self_agent_codes", []))
    withdrawn = tuple(str(c) for c in mod.get("withdrawn_forces_codes", []))
    if not (codes and code.startswith(codes)) and not (
            withdrawn and code.startswith(withdrawn)
            and set(lemma_keys(m.trigger)) & set(mod.get("withdrawing_verbs", []))):
        return []
    return [a for t in objects(m.trigger) for a in resolve(t, index)]


def dated_subject(m: Match, index: ActorIndex) -> None:
    """The people of a passive the parser gave a date for a subject: in "two nurses who had been held
    by the rebels since May were freed" it reads "since May were freed" as a clause of "held" whose
    subject is "May" (a date is never what is freed or charged). When the match's verb is such a
    clause (a passive whose passive subject is a date or a number after "since", dates.yaml's
    ``span_start_words``, hung on a relative clause or participle), its people are the noun that
    relative clause is on, and the match takes them as its targets (then the holder rule of inferred_sides.captors
    can read who held them)."""
    verb = m.trigger
    if m.pattern.kind != "verb" or verb.dep_ != "advcl" or verb.head.dep_ not in ("relcl", "acl"):
        return
    since = date_words_of(verb.doc).span_start_words
    subj = children(verb, "nsubjpass")
    if len(subj) != 1 or not (subj[0].ent_type_ == "DATE" or subj[0].like_num) or not any(
            c.dep_ == "mark" and c.lower_ in since and c.i < subj[0].i for c in verb.children):
        return
    noun = verb.head.head
    found = resolve(noun, index)
    if found:
        m.targets, m.target_words, m.target_how = found, [noun], "subj"


def participle_sides(m: Match, code: str, index: ActorIndex, lex: Lexicon) -> None:
    """The sides of a passive participle or relative clause on a noun that names both ("the
    missionaries, kidnapped by a gang in October, ..."; "two engineers who had been abducted by
    the Islamic State ..."): the noun is what was done (its passive subject, left unsaid by the
    participle or said by a relative pronoun) and the "by" phrase the doer. For the acts of
    ``agentless_codes`` and ``harm_agentless_codes`` (custody, charges, sanctions, releases,
    violence) but not force posture (``self_agent_codes``), and only for patterns that ask nothing
    of the object's words: "prisoners held by X" (a pattern for captives) says a state, not an act.
    The match takes both sides when both resolve to actors (other than each other)."""
    mod = lex.modality
    verb, slot = m.trigger, m.pattern.target
    codes = tuple(str(c) for c in [*mod.get("agentless_codes", []), *mod.get("harm_agentless_codes", [])])
    own = tuple(str(c) for c in mod.get("self_agent_codes", []))
    if m.pattern.kind != "verb" or slot is None or slot.kind != "dobj" or slot.lemmas or \
            m.pattern.obj or not code.startswith(codes) or (own and code.startswith(own)):
        return
    participle = verb.dep_ == "acl" and verb.tag_ == "VBN" and not children(verb, "nsubjpass", "dobj")
    relative = verb.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.tag_ in ("WP", "WDT") for c in verb.children)
    if not (participle or relative):
        return
    noun = verb.head
    doers = [a for t in agent_of(verb) for a in resolve(t, index)]
    ids = {a.actor.id for a in doers}
    done = [a for a in resolve(noun, index) if a.actor.id not in ids]
    if doers and done:
        m.sources, m.source_how = doers, "agent"
        m.targets, m.target_words, m.target_how = done, [noun], "subj"
