"""The grammatical relations of a verb or noun in the dependency parse: its subject, its object, its
prepositions and their objects, its passive agent, read as the text means them, not as the small parser
hung them.

The parser of ``en_core_web_sm`` loses a subject to control, coordination or a relative clause, hangs a
preposition's object on the verb, reads a name after a verb as an adverb, or takes an opening phrase
for a subject; these functions give the tokens that fill each role all the same, with the function
words of ``arguments.yaml`` (words.py). They name tokens, never actors: arguments.py maps those tokens
to the article's actors, and the matcher, the source and target rules and the modality walk ask the
same questions of the parse. They stand apart from arguments.py so that the reading of the grammar
and the reading of who a word stands for are each one concern.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from .words import words_of

if TYPE_CHECKING:
    from spacy.tokens import Token

PASSIVE_DEPS = ("nsubjpass", "auxpass", "csubjpass")
NOMINAL_POS = ("NOUN", "PROPN", "PRON", "NUM")
# What the parser makes of the doer word before a "by" gerund ("by Indian shelling": nsubj or amod).
GERUND_DOER_DEPS = ("nsubj", "amod", "compound", "nmod", "poss")
# Entity types of dates and times: a name of one after a verb or a preposition is an adverb, no object.
TEMPORAL_ENTITIES = ("DATE", "TIME")
# The participles of an absolute clause ("with X promising", "with Y backed by Z").
PARTICIPLE_TAGS = ("VBG", "VBN")
# Where the parser hangs the object of a preposition it left without one (see stranded_object).
STRANDED_DEPS = ("dobj", "nsubj", "nsubjpass", "npadvmod", "attr", "oprd", "dative")


def is_passive(verb: Token, deps: Mapping[str, list[Token]] | None = None) -> bool:
    """Whether ``verb`` is passive (``deps``: its :func:`dependents`, when known)."""
    if deps is not None:
        return any(d in deps for d in PASSIVE_DEPS)
    return any(c.dep_ in PASSIVE_DEPS for c in verb.children)


def dependents(tok: Token) -> dict[str, list[Token]]:
    """The children of ``tok`` by dependency label, each list in order: one walk over the children
    answers several questions about them (every walk builds their Token objects anew). A verb of
    ``object_control_verbs`` with no complement of its own gets the to-infinitive the parser hung on a
    relative clause of its object as its ``xcomp`` (:func:`_relative_infinitive`)."""
    out: dict[str, list[Token]] = {}
    for child in tok.children:
        out.setdefault(child.dep_, []).append(child)
    if "dobj" in out and "xcomp" not in out and "ccomp" not in out:
        known = words_of(tok.doc)
        if tok.lemma_.lower() in known.object_control_verbs:
            late = _relative_infinitive(out["dobj"], known.infinitive_markers)
            if late is not None:
                out["xcomp"] = [late]
    return out


def _relative_infinitive(objs: list[Token], markers: frozenset[str]) -> Token | None:
    """The to-infinitive that ends a relative clause of the object, after a phrase of that clause's own,
    which the parser hung on the clause's verb: in "will allow refugees who have lived in Iraq for a
    decade to return home" it is the object's infinitive ("allow refugees ... to return"), as an
    object-control verb takes one. Not one right after the clause's verb ("refugees who came to work"),
    nor a verb's own infinitive complement (xcomp: "the men who wanted to leave")."""
    for obj in objs:
        for rel in (c for c in obj.children if c.dep_ == "relcl"):
            late = [c for c in rel.children if c.dep_ == "advcl" and c.i > rel.i
                    and any(a.dep_ == "aux" and a.lower_ in markers and a.i < c.i for a in c.children)]
            if not late or late[-1].right_edge.i != rel.right_edge.i:
                continue
            start = late[-1].left_edge.i
            if any(c.dep_ in ("prep", "dobj") and rel.i < c.i < start for c in rel.children):
                return late[-1]
    return None


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
            out += children(child, "pobj") + [g for g in children(child, "pcomp") if subject_gerund(g)]
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


def subject_gerund(verb: Token) -> bool:
    """Whether a "by" phrase's verb is a gerund with a subject before it: the small parser reads "killed
    by Indian shelling" as "by [Indian] shelling" with "Indian" the subject (or a modifier) of a verb
    "shelling"; the phrase still names the act and its doer, as the noun "Indian shelling" would."""
    return verb.tag_ == "VBG" and any(c.dep_ in GERUND_DOER_DEPS and c.i < verb.i for c in verb.children)


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
        passive_subj = children(head, "nsubjpass")
        if passive_subj and not children(head, "nsubj"):
            # "X and Y are scheduled to hold talks", "X was asked to leave": the subject of a passive
            # raising or control verb is the one who does what its infinitive says
            return passive_subj, "control"
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
    return out or _shared_object(verb, deps) or _object_gap(verb, deps, relative)


# What a relative clause's verb may have that fills or moves its object gap: an object or complement of
# its own, or a clausal one ("the man Israel said was a spy": the gap is the inner clause's).
GAP_FILLERS = ("dobj", "dative", "ccomp", "xcomp", "attr", "oprd", "acomp", "csubj", "dep")


def _object_gap(verb: Token, deps: Mapping[str, list[Token]], relative: frozenset[str]) -> list[Token]:
    """The antecedent of a relative clause with no relative pronoun whose object is the gap: in "the
    officers Israel accused of spying" (or "the activists the court jailed") the clause's own subject
    accuses, and the officers are the ones accused. Only an active clause with a subject of its own
    that is no relative pronoun ("the officers who accused ..." is a subject gap), nothing in the object's
    place (:data:`GAP_FILLERS`), no relative adverb ("the town where Israel struck": the gap is a place
    phrase) and no preposition left without its object ("the bases the rebels attacked from": the gap is
    that preposition's)."""
    if verb.dep_ != "relcl" or is_passive(verb, deps) or any(d in deps for d in GAP_FILLERS):
        return []
    subj = deps.get("nsubj", [])
    if not subj or any(s.lower_ in relative for s in subj):
        return []
    if any(c.tag_ in ("WRB", "WDT", "WP", "WP$") for c in verb.subtree if c.i < verb.i):
        return []
    if any(not any(True for _ in p.children) for p in deps.get("prep", ())):
        return []
    return [verb.head]


def preps(tok: Token, word: str) -> Iterable[Token]:
    """Prepositions (or particles) ``word`` attached to ``tok``; a pattern's word may also be a present
    participle the parser hangs on a noun as a clause ("sanctions targeting X": "targeting" is the noun's
    acl, its object the pattern's object, as :func:`pobjs` reads a preposition's)."""
    return (c for c in tok.children if (c.dep_ in ("prep", "prt", "agent", "dative")
                                        or (c.dep_ == "acl" and c.tag_ == "VBG")) and c.lower_ == word)


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
