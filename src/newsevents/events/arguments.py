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
feeds the event's confidence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from ..nlp import doc_language
from ..resources import DEFAULT_LANGUAGE
from .act_patients import is_patient_act, patient_act_doers
from .actor_index import ActorIndex, Arg
from .words import ArgumentWords, argument_words, coding_words, words_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..model import Actor

MODIFIER_DEPS = ("poss", "compound", "amod", "nmod")
PASSIVE_DEPS = ("nsubjpass", "auxpass", "csubjpass")
NOMINAL_POS = ("NOUN", "PROPN", "PRON", "NUM")
# What the parser makes of the doer word before a "by" gerund ("by Indian shelling": nsubj or amod).
GERUND_DOER_DEPS = ("nsubj", "amod", "compound", "nmod", "poss")
# ... and the verb's prepositions that say where its object lies (``verb_locating_prepositions``).
TEMPORAL_ENTITIES = ("DATE", "TIME")
# Where the parser hangs the object of a preposition it left without one (see stranded_object).
# The participles of an absolute clause ("with X promising", "with Y backed by Z").
PARTICIPLE_TAGS = ("VBG", "VBN")
STRANDED_DEPS = ("dobj", "nsubj", "nsubjpass", "npadvmod", "attr", "oprd", "dative")


def lemma_keys(tok: Token) -> list[str]:
    """The lemma and, for verbs, de-inflected forms of the word (the small model misses some lemmas:
    "staged" -> "stag"), so a pattern's lemma is found whatever the lemmatizer said."""
    verb = tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")
    keys = stems(tok.lemma_.lower(), tok.lower_, verb, doc_language(tok.doc))
    if not verb:
        return list(keys)
    return list(dict.fromkeys(_hyphenated(tok, keys) + list(keys)))


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


def _hyphenated(tok: Token, keys: Sequence[str]) -> list[str]:
    """"test-fired" is split into "test", "-", "fired": the joined forms ("test-fire") come first."""
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
    for conj in [*conjuncts(tok), *_coordinated_inside(tok)]:
        for arg in _one(conj, index, depth):
            if arg.actor.id not in seen:
                seen.add(arg.actor.id)
                out.append(arg)
    return out


def is_passive(verb: Token, deps: Mapping[str, list[Token]] | None = None) -> bool:
    """Whether ``verb`` is passive (``deps``: its :func:`dependents`, when known)."""
    if deps is not None:
        return any(d in deps for d in PASSIVE_DEPS)
    return any(c.dep_ in PASSIVE_DEPS for c in verb.children)


def dependents(tok: Token) -> dict[str, list[Token]]:
    """The children of ``tok`` by dependency label, each list in order: one walk over the children
    answers several questions about them (every walk builds their Token objects anew)."""
    out: dict[str, list[Token]] = {}
    for child in tok.children:
        out.setdefault(child.dep_, []).append(child)
    return out


def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def agent_of(tok: Token) -> list[Token]:
    """The object of the agentive "by" of a passive verb or an event noun; for a noun, also a "by"
    that the parser hung on the object of its "on/of/against" ("the attack on the embassy by the
    militia", "the arrest of the reporter by police"), but not on one that names an act or a decision of
    its own (``state_act_nouns``): in "protests against the decision by the government" or "against
    violations by the army" the government decided and the army violated, neither protested."""
    known = words_of(tok.doc)
    by_words = known.agent_prepositions
    out = []
    for child in tok.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in by_words):
            out += children(child, "pobj") + [g for g in children(child, "pcomp") if _subject_gerund(g)]
    if out or tok.pos_ != "NOUN":
        return out
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in known.noun_target_prepositions:
            for obj in children(prep, "pobj"):
                if {obj.lemma_.lower(), obj.lower_} & known.state_act_nouns:
                    continue
                for by in obj.children:
                    if by.dep_ in ("prep", "agent") and by.lower_ in by_words:
                        out += children(by, "pobj")
    return out


def _subject_gerund(verb: Token) -> bool:
    """Whether a "by" phrase's verb is a gerund with a subject before it: the small parser reads "killed
    by Indian shelling" as "by [Indian] shelling" with "Indian" the subject (or a modifier) of a verb
    "shelling"; the phrase still names the act and its doer, as the noun "Indian shelling" would."""
    return verb.tag_ == "VBG" and any(c.dep_ in GERUND_DOER_DEPS and c.i < verb.i for c in verb.children)


def _gerund_doer(tok: Token, index: ActorIndex) -> list[Actor]:
    """The doer of a "by" gerund of :func:`_subject_gerund`: the actor its subject names, else, for an act
    of force (``force_action_nouns``: shelling, bombing, gunfire ...), the country its nationality word
    names ("by Indian shelling": India, not its government: who in India fired, the words do not say;
    ``force_action_nouns`` in modality.yaml)."""
    if tok.dep_ != "pcomp" or not _subject_gerund(tok):
        return []
    subj = next(c for c in tok.children if c.dep_ in GERUND_DOER_DEPS and c.i < tok.i)
    hits = list({id(a): a for t in subj.subtree for a in index.at_token(t)}.values())
    if hits or not {tok.lemma_.lower(), tok.lower_} & index.force_action_nouns:
        return hits
    return index.state_for_word(subj, government=False)  # army or militants: the text says the country


def subjects(verb: Token, depth: int = 0) -> tuple[list[Token], str]:
    """The subject of ``verb``, inherited through control, coordination and relative clauses."""
    known = words_of(verb.doc)
    subj = _past_opener(verb, children(verb, "nsubj", "csubj"))
    if subj:
        if subj[0].lower_ in known.relative_pronouns and verb.dep_ == "relcl":
            return [verb.head], "relcl"
        return subj, "subj"
    if depth > 4 or verb.dep_ == "ROOT":
        return [], "none"
    head = verb.head
    if verb.dep_ == "relcl":
        return [head], "relcl"
    if verb.dep_ == "acl" and (verb.tag_ != "VBN" or verb.lemma_.lower() in known.intransitive_participles
                               or _misread_main_verb(verb)):
        return [head], "acl"
    if verb.dep_ in ("acomp", "attr", "oprd"):
        found, _ = subjects(head, depth + 1)
        return found, "control"
    if verb.dep_ == "conj":
        found, _ = subjects(head, depth + 1)
        if found and not agrees(verb, found):
            return [], "none"
        return found, "conj"
    if verb.dep_ == "xcomp":
        objs = children(head, "dobj")
        if objs and head.lemma_.lower() in known.object_control_verbs:
            return objs, "control"
        found, _ = subjects(head, depth + 1)
        return found, "control"
    if verb.dep_ == "pcomp" and head.lower_ in known.gerund_object_prepositions and head.dep_ == "prep":
        # "praised X for agreeing", "arrested X for protesting": the object of the verb did it
        objs = children(head.head, "dobj")
        if objs:
            return objs, "control"
    if verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBZ", "VBP") and _subordinated(verb):
        # a finite adverbial clause ("since the prosecutor ordered ...") has a subject of its own;
        # when the parser lost it, the main clause's subject is not it
        return [], "none"
    if verb.dep_ in ("advcl", "pcomp") or head.dep_ == "prep":
        anc = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if anc is not None:
            found, _ = subjects(anc, depth + 1)
            return found, "inherited"
    return [], "none"


def _misread_main_verb(verb: Token) -> bool:
    """A past form with an object of its own hung as a participle on a noun that the parser made the
    sentence's root ("Turkish drone strikes killed nine fighters": "strikes" read as the root, "killed"
    as its participle): the sentence's main verb, whose subject is that noun."""
    head = verb.head
    return head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") and bool(children(verb, "dobj"))


def _past_opener(verb: Token, subj: list[Token]) -> list[Token]:
    """The subjects of ``verb`` that follow the last comma between its subjects and itself: when the parser
    gave a verb a second subject set off by a comma before the real one, it misread an opening phrase
    ("Briefing reporters Tuesday, a senior official agreed ...": "briefing" read as a noun), whose noun does
    not do the act."""
    if len(subj) < 2:
        return subj
    doc = verb.doc
    commas = [t.i for t in doc[subj[0].i:subj[-1].left_edge.i] if t.text == "," and t.head.i == verb.i]
    return [s for s in subj if s.i > commas[-1]] if commas else subj


def _subordinated(verb: Token) -> bool:
    """A subordinator ("since", "after", "because" ...) between a clause's verb and the verb it
    hangs from, or on the verb itself: the clause is a finite subordinate one."""
    lo, hi = sorted((verb.head.i, verb.i))
    marks = words_of(verb.doc).subordinators
    return any(t.lower_ in marks and t.pos_ in ("SCONJ", "ADP") for t in verb.doc[lo + 1:hi]) or any(
        c.dep_ == "mark" and c.lower_ in marks for c in verb.children)


def agrees(verb: Token, subj: list[Token]) -> bool:
    """Whether a present-tense verb agrees in number with a subject it would inherit through
    coordination: in "businesses say China has hurt them and support X" the plural "support" is
    not China's (the parser hangs it on "hurt"). Past tenses carry no number."""
    known = words_of(verb.doc)
    plural = len(subj) > 1 or any(c.dep_ == "conj" for c in subj[0].children) or subj[0].tag_ in ("NNS", "NNPS") \
        or subj[0].lower_ in known.plural_verb_pronouns
    if verb.tag_ == "VB" and not any(c.dep_ == "aux" for c in verb.children):
        # a bare "support" coordinated with "has taken" or "attacked" cannot share their tense or
        # their subject ("has ... support" is no English); with a modal, "do" or "to" it can
        head = verb.head
        shared = any(c.dep_ == "aux" and (c.tag_ in ("MD", "TO") or c.lemma_.lower() in known.do_auxiliaries)
                     for c in head.children)
        return shared or head.tag_ not in ("VBD", "VBN", "VBG", "VBZ")
    if verb.tag_ == "VBZ":
        return not plural
    if verb.tag_ == "VBP":
        return plural or subj[0].pos_ == "PRON"
    return True


def antecedent(pron: Token, verb: Token) -> Token | None:
    """The noun a relative pronoun object stands for: "the plant, which protesters tried to block"."""
    tok = verb
    for _ in range(4):
        if tok.dep_ == "relcl":
            return tok.head
        if tok.dep_ not in ("xcomp", "conj") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _shared_object(verb: Token, deps: Mapping[str, list[Token]]) -> list[Token]:
    """The object of a later coordinated verb that has nothing of its own in between ("hosted and
    praised X" -> X for "hosted"); only when ``verb`` has no right-hand dependents of its own."""
    if any(c.i > verb.i for dep, kids in deps.items() if dep not in ("cc", "punct", "conj", "advmod") for c in kids):
        return []
    for conj in deps.get("conj", ()):
        conj_deps = dependents(conj)
        if conj.pos_ == "VERB" and not ("nsubj" in conj_deps or "nsubjpass" in conj_deps) and not is_passive(
                conj, conj_deps):
            return list(conj_deps.get("dobj", ()))
    return []


def _name_as_adverb(verb: Token, deps: Mapping[str, list[Token]]) -> list[Token]:
    """A proper name right after a verb that has no object, which the parser took for an adverbial
    noun ("had criticized Ankara", "will visit Seoul" parsed with the city as an npadvmod): the
    verb's object. Dates and times ("attacked Monday") stay adverbs."""
    for tok in deps.get("npadvmod", ()):
        if tok.i > verb.i and tok.pos_ == "PROPN" and tok.ent_type_ not in TEMPORAL_ENTITIES and all(
                t.dep_ in ("prt", "advmod", "neg") for t in verb.doc[verb.i + 1:tok.left_edge.i]):
            return [tok]
    return []


def objects(verb: Token, deps: Mapping[str, list[Token]] | None = None) -> list[Token]:
    """The direct object (or dative, or passive subject) of ``verb``; a relative pronoun object is
    replaced by its antecedent, and a verb coordinated before another shares its object.
    ``deps``: the verb's :func:`dependents`, when known."""
    deps = dependents(verb) if deps is None else deps
    if is_passive(verb, deps):
        found = deps.get("nsubjpass")
        if found:
            return list(found)
        if verb.dep_ == "acl":
            return [verb.head]
    found = deps.get("dobj") or deps.get("dative") or _name_as_adverb(verb, deps)
    relative = words_of(verb.doc).relative_pronouns
    out = []
    for obj in found:
        ante = antecedent(obj, verb) if obj.lower_ in relative else None
        out.append(ante if ante is not None else obj)
    return out or _shared_object(verb, deps)


def preps(tok: Token, word: str) -> Iterable[Token]:
    """Prepositions (or particles) ``word`` attached to ``tok``."""
    return (c for c in tok.children if c.dep_ in ("prep", "prt", "agent", "dative") and c.lower_ == word)


def preps_in(tok: Token, words: frozenset[str]) -> Iterable[Token]:
    """Prepositions (or particles) of a word class attached to ``tok``."""
    return (c for c in tok.children if c.dep_ in ("prep", "prt", "agent", "dative") and c.lower_ in words)


def pobjs(prep: Token) -> list[Token]:
    """The object of a preposition; for a preposition the parser left with no object, the noun
    phrase right after it that it hung elsewhere (see :func:`stranded_object`); none for the subject
    of an absolute clause (:func:`absolute_subject`)."""
    found = children(prep, "pobj", "pcomp") or children(prep, "dobj") or stranded_object(prep)
    return [] if found and absolute_subject(prep, found[0]) else found


def absolute_subject(prep: Token, obj: Token) -> bool:
    """Whether ``obj`` of ``prep`` is the subject of an absolute clause the preposition opens after a
    comma ("pledged $10,000, with X and Y each promising $100,000"; ``absolute_prepositions``): its
    participle follows the phrase (a quantifier or adverb between) or hangs on it. X does an act of its
    own there; it is neither the partner nor the target of the verb."""
    doc = prep.doc
    if prep.i == 0 or doc[prep.i - 1].text != "," or prep.lower_ not in words_of(doc).absolute_prepositions:
        return False
    if any(c.dep_ in ("acl", "advcl") and c.tag_ in PARTICIPLE_TAGS for c in obj.children):
        return True
    k = max([obj.right_edge.i, *(c.right_edge.i for c in obj.conjuncts)]) + 1
    while k < len(doc) and doc[k].tag_ in ("DT", "PDT", "RB"):
        k += 1  # "each", "both", "also"
    return k < len(doc) and doc[k].tag_ in PARTICIPLE_TAGS and doc[k].head.i in (prep.head.i, prep.i, obj.i)


def stranded_object(prep: Token) -> list[Token]:
    """The noun phrase that opens right after an object-less preposition, when the parser made it
    the verb's direct object or the subject of a clause of its own: "called on the minister to
    resign" (the minister as the object of "called"), "granted asylum to five officers holed up in
    the embassy" (the officers as the subject of "holed"). The phrase's head is the highest noun
    whose subtree starts right after the preposition."""
    if prep.dep_ != "prep" or any(True for _ in prep.children) or prep.i + 1 >= len(prep.doc):
        return []
    first = prep.doc[prep.i + 1]
    tok = first
    while tok.head.i != tok.i and tok.head.left_edge.i == first.i and tok.head.pos_ in NOMINAL_POS:
        tok = tok.head
    if tok.pos_ not in NOMINAL_POS or tok.dep_ not in STRANDED_DEPS or tok.left_edge.i != first.i:
        return []
    if first.ent_type_ in TEMPORAL_ENTITIES or (tok.dep_.startswith("nsubj") and tok.head.i == prep.head.i):
        return []  # "in April Russia asked ...": a date, then the subject of the preposition's own verb
    return [tok]


def threatened_objects(verb: Token) -> list[Token]:
    """Whom the act a threat made with ``verb`` threatens is done to, when the verb has no object
    of its own: "threatened to cut aid to Y", "vowed to punish Y"."""
    if children(verb, "dobj"):
        return []
    acts = [c for c in verb.children if c.dep_ == "xcomp"]
    preps_to = words_of(verb.doc).threatened_prepositions  # "to cut aid to Y"
    return [t for act in acts for t in objects(act) + [o for p in act.children if p.dep_ == "prep"
                                                       and p.lower_ in preps_to for o in pobjs(p)]]


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
