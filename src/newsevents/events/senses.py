"""Sense constraints: a trigger word used in a sense that is not the event its pattern codes.

"Switzerland beat Gibraltar 6-0" is a match, not an assault (182); "Trump said at a rally" is a
campaign rally, not a protest (140); "as demonstrated by his departure" shows something. The
patterns cannot say this (they are written, or converted from Phoenix, one sense per word), so the
constraints live beside them in ``data/en/lexicon/senses.yaml``: per trigger lemma and CAMEO code
prefix, conditions on the parse under which the event is dropped, or recoded as the event of the
other sense (a verbal "attack" on a policy is a criticism, 111). Each check looks at the trigger's
own dependents and governors only: no walk over the document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import yaml

from ..errors import Errors, KnowledgeBaseError
from ..nlp import doc_language
from ..resources import DEFAULT_LANGUAGE, data_path, relative
from .arguments import lemma_keys
from .clauses import has_modal
from .relations import objects, subjects
from .words import CodingWords, argument_words, coding_words

if TYPE_CHECKING:
    from spacy.tokens import Token

# a match score: "6-0", "2–1", "7-5"; two small numbers joined by a dash
SCORE = re.compile(r"(?<![\d.,/:-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\d.,/:%-])")
CONDITIONS = ("object_in", "subject_in", "modifier_in", "governor_in", "score", "clause_object", "prep_in",
              "object_negated", "source_role_in", "topic_in", "infinitive", "predicate_in",
              "against_patient", "destination_in", "adverb_in", "complement_negated", "stated_in",
              "object_modifier_in", "counted_nationals", "prep_object", "clause_in", "particle_absent",
              "attributive", "named_in", "consequence_in")


@dataclass(frozen=True)
class SenseRule:
    """One sense constraint (see senses.yaml)."""

    lemmas: frozenset[str]
    codes: tuple[str, ...]
    why: str
    recode: str | None
    object_in: frozenset[str] = frozenset()
    subject_in: frozenset[str] = frozenset()
    modifier_in: frozenset[str] = frozenset()
    governor_in: frozenset[str] = frozenset()
    score: bool = False
    clause_object: bool = False
    prep_in: frozenset[str] = frozenset()
    object_negated: frozenset[str] = frozenset()
    source_role_in: frozenset[str] = frozenset()
    topic_in: frozenset[str] = frozenset()
    infinitive: bool = False
    predicate_in: frozenset[str] = frozenset()
    against_patient: frozenset[str] = frozenset()
    destination_in: frozenset[str] = frozenset()
    adverb_in: frozenset[str] = frozenset()
    complement_negated: bool = False
    stated_in: frozenset[str] = frozenset()
    object_modifier_in: frozenset[str] = frozenset()
    counted_nationals: bool = False
    prep_objects: frozenset[str] = frozenset()  # prep_object: the prepositions ...
    prep_object_in: frozenset[str] = frozenset()  # ... and the words their objects are among
    clause_in: frozenset[str] = frozenset()
    particle_absent: frozenset[str] = frozenset()
    attributive: bool = False
    named_in: frozenset[str] = frozenset()
    consequence_in: frozenset[str] = frozenset()


def _words(value: Any, classes: dict[str, list[str]], origin: str) -> frozenset[str]:
    """A list of words, or "@class" names, as one set of lower-case words."""
    items = [value] if isinstance(value, str) else list(value or [])
    out: set[str] = set()
    for item in items:
        item = str(item).strip()
        if item.startswith("@"):
            if item[1:] not in classes:
                raise KnowledgeBaseError(Errors.E433.format(name=item), source=origin)
            out.update(str(w).lower() for w in classes[item[1:]])
        else:
            out.add(item.lower())
    return frozenset(out)


def parse_senses(data: dict[str, Any], origin: str = "senses.yaml") -> list[SenseRule]:
    """The rules of one senses file (its classes resolved)."""
    classes = {str(k): list(v) for k, v in (data.get("classes") or {}).items()}
    rules = []
    for raw in data.get("rules") or []:
        if not any(k in raw for k in CONDITIONS):
            raise KnowledgeBaseError(Errors.E434.format(lemmas=raw.get("lemmas")), source=origin)
        rules.append(SenseRule(
            lemmas=_words(raw["lemmas"], classes, origin), codes=tuple(str(c) for c in raw.get("codes", [])),
            why=str(raw.get("why", "another sense of the word")),
            recode=str(raw["recode"]) if raw.get("recode") else None,
            object_in=_words(raw.get("object_in"), classes, origin),
            subject_in=_words(raw.get("subject_in"), classes, origin),
            modifier_in=_words(raw.get("modifier_in"), classes, origin),
            governor_in=_words(raw.get("governor_in"), classes, origin),
            score=bool(raw.get("score", False)), clause_object=bool(raw.get("clause_object", False)),
            prep_in=_words(raw.get("prep_in"), classes, origin),
            object_negated=_words(raw.get("object_negated"), classes, origin),
            source_role_in=frozenset(str(r).upper() for r in raw.get("source_role_in", [])),
            topic_in=_words(raw.get("topic_in"), classes, origin),
            infinitive=bool(raw.get("infinitive", False)),
            predicate_in=_words(raw.get("predicate_in"), classes, origin),
            against_patient=_words(raw.get("against_patient"), classes, origin),
            destination_in=_words(raw.get("destination_in"), classes, origin),
            adverb_in=_words(raw.get("adverb_in"), classes, origin),
            complement_negated=bool(raw.get("complement_negated", False)),
            stated_in=_words(raw.get("stated_in"), classes, origin),
            object_modifier_in=_words(raw.get("object_modifier_in"), classes, origin),
            counted_nationals=bool(raw.get("counted_nationals", False)),
            prep_objects=_words((raw.get("prep_object") or {}).get("preps"), classes, origin),
            prep_object_in=_words((raw.get("prep_object") or {}).get("in"), classes, origin),
            clause_in=_words(raw.get("clause_in"), classes, origin),
            particle_absent=_words(raw.get("particle_absent"), classes, origin),
            attributive=bool(raw.get("attributive", False)),
            named_in=_words(raw.get("named_in"), classes, origin),
            consequence_in=_words(raw.get("consequence_in"), classes, origin)))
    return rules


def shipped_origin(lang: str = DEFAULT_LANGUAGE) -> str:
    """The name of a language's shipped ``senses.yaml`` as messages show it."""
    return relative(data_path("lexicon", "senses.yaml", lang=lang))


@lru_cache(maxsize=4)
def shipped_senses_data(lang: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    """A language's shipped ``senses.yaml`` as data, read once for the word senses here and the pair
    senses (pair_senses.py); empty for a language without one."""
    path = data_path("lexicon", "senses.yaml", lang=lang)
    if not path.exists():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=4)
def shipped_senses(lang: str = DEFAULT_LANGUAGE) -> tuple[SenseRule, ...]:
    """The rules of a language's shipped ``senses.yaml`` (read once)."""
    return tuple(parse_senses(shipped_senses_data(lang), shipped_origin(lang)))


def _keys(toks: Iterable[Token]) -> set[str]:
    return {k for t in toks for k in (t.lemma_.lower(), t.lower_)}


def _noun_args(tok: Token, words: CodingWords) -> list[Token]:
    """The left modifiers of a noun, with the words inside a modifier that is a verb phrase (a
    "get-out-the-vote rally": the parser hangs "vote" on "get"; "anti-election-fraud rallies" stay
    about fraud), and the objects of its "of/for/by/with" phrases (also those the parser hangs on
    the verb the noun is the object of: "held a rally with supporters")."""
    out = [t for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "amod", "nmod", "poss")
           for t in (c.subtree if c.pos_ == "VERB" else (c,))]
    hosts = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    for prep in (c for h in hosts for c in h.children):
        if prep.dep_ in ("prep", "agent") and prep.lower_ in words.noun_argument_preps:
            out += [p for p in prep.children if p.dep_ == "pobj"]
    return out


def _counted(objs: list[Token], words: CodingWords) -> list[Token]:
    """The objects with the people or things a count among them counts ("hosting millions of refugees",
    "seized dozens of workers"): the word that names them is the "of" object of the count word."""
    counts = count_words(doc_language(objs[0].doc)) if objs else frozenset()
    return objs + [p for o in objs if o.lemma_.lower() in counts or o.lower_ in counts
                   for c in o.children if c.dep_ == "prep" and c.lower_ in words.noun_object_preps
                   for p in c.children if p.dep_ == "pobj"]


@lru_cache(maxsize=4)
def count_words(lang: str = DEFAULT_LANGUAGE) -> frozenset[str]:
    """The count nouns of a language's senses.yaml (``counts``): words that stand before "of" and the
    word that names what they count."""
    return frozenset(str(w).lower() for w in shipped_senses_data(lang).get("counts") or [])


def _governors(tok: Token) -> list[Token]:
    """The verb a noun trigger is the object of ("ending the protests"), the verb a
    preposition with the trigger hangs from ("said at a rally"), and the verb a trigger verb is the
    purpose infinitive of ("recalled its envoy to protest the move": the act done for that purpose)."""
    out = []
    head = tok.head
    if tok.pos_ in ("VERB", "AUX"):
        markers = argument_words(doc_language(tok.doc)).infinitive_markers
        purpose = tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ in markers for c in tok.children)
        return [head] if purpose and head.i != tok.i else []
    if tok.dep_ in ("dobj", "nsubjpass", "pobj") and head.i != tok.i:
        out.append(head)
        if tok.dep_ == "pobj" and head.head.i != head.i:
            out.append(head.head)
    return out


def _score_near(tok: Token) -> bool:
    """A match score in the sentence of ``tok``."""
    return bool(SCORE.search(tok.sent.text))


def _clause_object(tok: Token) -> bool:
    deps = {c.dep_ for c in tok.children}
    return bool(deps & {"dobj", "ccomp", "nsubjpass", "auxpass", "agent"}) or (tok.dep_ == "acl" and tok.tag_ == "VBN")


def _topics(tok: Token, words: CodingWords) -> list[Token]:
    """The objects of "of/about" on a verb or on its direct object ("warned X of the risks",
    "warned X about a plot")."""
    hosts = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    return [p for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ in words.topic_preps
            for p in c.children if p.dep_ == "pobj"]


def _consequences(tok: Token) -> list[Token]:
    """What the verb's that-clause says will follow: the objects of its verb and of that verb's
    prepositions ("warned that a strike could lead to instability", "warned the move would cause chaos").
    The clause's subject (the act warned of) is not among them."""
    return [o for c in tok.children if c.dep_ == "ccomp"
            for o in (*(d for d in c.children if d.dep_ == "dobj"),
                      *(p for d in c.children if d.dep_ == "prep" for p in d.children if p.dep_ == "pobj"))]


def _predicate(tok: Token) -> list[Token]:
    """What a verb of naming says its object is, and that predicate's modifiers ("called X a good
    friend", "called the plan courageous")."""
    preds = [c for c in tok.children if c.dep_ in ("oprd", "acomp")]
    return preds + [m for p in preds for m in p.children if m.dep_ in ("amod", "compound", "conj")]


def _against_patient(tok: Token, nouns: frozenset[str], words: CodingWords) -> bool:
    """"protested against the arrest of X", "a rally over X's detention": the grievance is an act
    done to X, so the only party the sentence names is its victim, not the protest's target. With
    both a possessor and an "of" object ("Y's arrest of X") the possessor is the doer: kept."""
    hosts = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    for prep in (c for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ in words.grievance_preps):
        for noun in (p for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in nouns):
            has_of = any(c.dep_ == "prep" and c.lower_ in words.noun_object_preps for c in noun.children)
            has_poss = any(c.dep_ == "poss" for c in noun.children)
            if has_of != has_poss:
                return True
    return False


def _infinitive(tok: Token) -> bool:
    """A to-infinitive complement ("warned X to refrain", "warned X not to send"), also where the parser
    hangs it as a clause of purpose right after the object ("charged the army to restore order")."""
    markers = argument_words(doc_language(tok.doc)).infinitive_markers
    ends = {o.right_edge.i for o in tok.children if o.dep_ == "dobj"}
    return any((c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and c.left_edge.i - 1 in ends)) and any(
        a.dep_ == "aux" and a.lower_ in markers for a in c.children) for c in tok.children)


def _negated_complement(tok: Token, words: CodingWords) -> bool:
    """"pleaded not guilty": a complement of the verb carries the negation the verb itself lacks."""
    return any(c.dep_ in ("acomp", "oprd", "attr", "dobj", "xcomp", "advmod") and any(
        g.dep_ == "neg" or g.lower_ in words.complement_negators for g in c.children) for c in tok.children)


def _stated_complement(tok: Token, verbs: frozenset[str]) -> bool:
    """"insisted that the courts are independent": the verb's that-clause states how things are (its
    verb one of ``verbs``, a copula, with no modal), where "insisted that the courts must release X"
    says what someone is to do."""
    return any(c.dep_ == "ccomp" and set(lemma_keys(c)) & verbs and not has_modal(c) for c in tok.children)


def _negated_relative(noun: Token, verbs: frozenset[str], words: CodingWords) -> bool:
    """"an agreement that was never signed", "a deal not yet ratified": a relative clause or
    participle on the noun whose verb is one of ``verbs`` and is negated."""
    for child in noun.children:
        if child.dep_ in ("relcl", "acl") and set(lemma_keys(child)) & verbs and any(
                c.dep_ == "neg" or c.lower_ in words.complement_negators for c in child.children):
            return True
    return False


def holds(rule: SenseRule, tok: Token) -> bool:
    """Whether one of the rule's conditions holds at trigger ``tok``."""
    verb = tok.pos_ in ("VERB", "AUX")
    words = coding_words(doc_language(tok.doc))
    if rule.object_in:
        objs = objects(tok) if verb else [p for c in tok.children
                                          if c.dep_ == "prep" and c.lower_ in words.noun_object_preps
                                          for p in c.children if p.dep_ == "pobj"]
        if verb:
            objs += [p for c in tok.children if c.dep_ in ("prep", "agent") for p in c.children if p.dep_ == "pobj"
                     and c.lower_ in words.verb_object_preps]
        if _keys(_counted(objs, words)) & rule.object_in:
            return True
    if rule.subject_in and verb and _keys(_with_compounds(subjects(tok)[0])) & rule.subject_in:
        return True
    if rule.modifier_in and not verb and _keys(_noun_args(tok, words)) & rule.modifier_in:
        return True
    if rule.governor_in and any(set(lemma_keys(g)) & rule.governor_in for g in _governors(tok)):
        return True
    if rule.clause_object and verb and _clause_object(tok):
        return True
    hosts = [tok, *objects(tok)] if verb else [tok]  # "asked X about Y": the parser may hang it on X
    if rule.prep_in and any(c.dep_ == "prep" and c.lower_ in rule.prep_in for h in hosts for c in h.children):
        return True
    if rule.object_negated and any(_negated_relative(n, rule.object_negated, words)
                                   for n in (objects(tok) if verb else [tok])):
        return True
    if rule.topic_in and verb and _keys(_topics(tok, words)) & rule.topic_in:
        return True
    if rule.consequence_in and verb and _keys(_consequences(tok)) & rule.consequence_in:
        return True
    if rule.infinitive and verb and _infinitive(tok):
        return True
    if rule.predicate_in and verb and _keys(_predicate(tok)) & rule.predicate_in:
        return True
    if rule.against_patient and _against_patient(tok, rule.against_patient, words):
        return True
    if rule.destination_in and verb and _keys(
            p for c in tok.children if c.dep_ == "prep" and c.lower_ in words.destination_preps
            for p in c.children if p.dep_ == "pobj") & rule.destination_in:
        return True
    if rule.adverb_in and any(c.dep_ == "advmod" and c.lower_ in rule.adverb_in for c in tok.children):
        return True
    if rule.complement_negated and verb and _negated_complement(tok, words):
        return True
    if rule.stated_in and verb and _stated_complement(tok, rule.stated_in):
        return True
    if rule.object_modifier_in and verb and _keys(  # "three-day joint naval exercises": any word before the object
            m for o in objects(tok) for m in o.subtree if m.i < o.i and m.dep_ in ("amod", "compound", "nmod")) \
            & rule.object_modifier_in:
        return True
    if rule.counted_nationals and verb and any(_counted_nationals(o) for o in objects(tok)):
        return True
    if rule.prep_object_in and _keys(_prep_objects(tok, rule.prep_objects)) & rule.prep_object_in:
        return True
    if rule.clause_in and not verb and any(_relative_verbs(tok, rule.clause_in)):
        return True
    if rule.particle_absent and verb and _lost_particle(tok, rule.particle_absent):
        return True
    if rule.attributive and _attributive(tok):
        return True
    if rule.named_in and verb and _keys(objects(tok)) & rule.named_in and any(_is_name(p) for p in _predicate(tok)):
        return True
    return rule.score and _score_near(tok)


def _prep_objects(tok: Token, preps: frozenset[str]) -> list[Token]:
    """The objects of the trigger's prepositions of ``preps``, with their conjuncts: "hit X with
    tariffs", "cooperated with the Justice Department and Congress"."""
    out = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
           for p in c.children if p.dep_ == "pobj"]
    return out + [c for p in out for c in p.conjuncts]


def _lost_particle(verb: Token, words: frozenset[str]) -> bool:
    """Whether a word of ``words`` hangs on the verb only as a preposition with its own object, and
    the verb has no other particle: "gave a speech to the rebels in March" matched "give in to _"
    with the "in" of a date, where "gave in to the rebels" has a bare particle ("gave the land back
    to X in May" is another phrasal verb's)."""
    kids = [c for c in verb.children if c.lower_ in words and c.dep_ in ("prt", "prep", "advmod")]
    return bool(kids) and all(any(p.dep_ == "pobj" for p in c.children) for c in kids) \
        and not any(c.dep_ == "prt" for c in verb.children)


def _is_name(pred: Token) -> bool:
    """Whether a predicate is a name: a proper noun whose phrase's words are all capitalized ("the
    'Battle of Victory'", "Operation Desert Wind"), not a judgement ("a crime", "a terrorist")."""
    words = [t for t in pred.subtree if t.is_alpha and t.pos_ not in ("DET", "ADP", "CCONJ")]
    return pred.pos_ == "PROPN" and bool(words) and all(t.text[:1].isupper() for t in words)


def _with_compounds(nouns: Iterable[Token]) -> list[Token]:
    """Nouns with the nouns compounded before them: a "sanctions package" is sanctions, as a
    "stock market" is a market."""
    return [t for n in nouns for t in (n, *(c for c in n.children if c.dep_ == "compound" and c.i < n.i))]


def _attributive(tok: Token) -> bool:
    """A participle used as an adjective before its noun ("the visiting president"), also where the
    parser reads it as a gerund after a noun's preposition ("a meeting with visiting President X");
    a gerund after a verb's preposition is the act ("charged with visiting X"); and where the parser joins
    it to a finite verb as a second verb ("blocked X and supporting lawmakers")."""
    if tok.dep_ == "amod" and tok.i < tok.head.i:
        return True
    if tok.tag_ == "VBG" and tok.dep_ == "conj" and tok.head.tag_ in ("VBD", "VBZ", "VBP") \
            and tok.head.i < tok.i and not any(c.dep_ in ("aux", "nsubj") for c in tok.children):
        return True  # "blocked Guaido and supporting lawmakers": no tense joins a gerund to a finite verb
    prep = tok.head
    return tok.dep_ == "pcomp" and tok.tag_ == "VBG" and prep.dep_ == "prep" and prep.head.pos_ in ("NOUN", "PROPN")


def _relative_verbs(noun: Token, verbs: frozenset[str]) -> list[Token]:
    """Relative clauses in a noun trigger's phrase whose verb is one of ``verbs``: "a call to her
    office in which he threatened her" (the parser may hang the clause on the call's object)."""
    return [t for t in noun.subtree if t.dep_ == "relcl" and set(lemma_keys(t)) & verbs]


def _counted_nationals(obj: Token) -> bool:
    """A number of people named by their nationality ("500 Syrians", "two million of the Afghans"): a
    count of arrivals, not a delegation."""
    people = [obj, *(p for c in obj.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")]
    counted = any(c.dep_ == "nummod" for c in obj.children) or obj.like_num
    return counted and any(p.ent_type_ == "NORP" and p.tag_ in ("NNS", "NNPS") for p in people)


def other_sense(tok: Token, code: str, rules: Iterable[SenseRule] | None = None) -> tuple[SenseRule | None, str]:
    """The first rule that puts trigger ``tok`` (coded ``code``) in another sense, and the code it
    gets instead ("" = no event); (None, code) when the word is used in the pattern's sense."""
    keys = set(lemma_keys(tok)) | {tok.lower_}
    for rule in shipped_senses(doc_language(tok.doc)) if rules is None else rules:
        if rule.lemmas and keys & rule.lemmas and (not rule.codes or code.startswith(rule.codes)) and holds(rule, tok):
            return rule, rule.recode or ""
    return None, code


def wrong_source(code: str, source_code: str | None, rules: Iterable[SenseRule] | None = None) -> SenseRule | None:
    """The rule that says a source of this role does not do events of ``code`` in this sense
    ("the army took to the streets" is a deployment, not a protest); None when none does. ``rules``:
    default the shipped English ones (the coder passes its text's language's)."""
    role = (source_code or "")[3:6]
    if not role:
        return None
    for rule in shipped_senses() if rules is None else rules:
        if rule.source_role_in and role in rule.source_role_in and (not rule.codes or code.startswith(rule.codes)):
            return rule
    return None
