"""Criticism told as an evaluation: "X described Y's decision as a sham" is X criticising Y (CAMEO 11).

Much of the disapproval in diplomatic news carries no verb of criticism: the speaker names another
party's act by a condemnatory word ("viewed Washington's move as a violation of international law",
"said Beijing's decision was a provocation"), or the news says the act drew criticism from someone
("the ruling drew sharp criticism from X"). The CAMEO codebook codes these as 111 ("condemn, decry a
policy or an action"), 112 (an accusation of a crime) or 110 (a disapproval), from the speaker to the
party whose act is judged, and so does the Phoenix dictionary (DESCRIBE/VIEW/REGARD "AS ...").

An approving predicate ("described X's decision as courageous") is coded the same way as praise
(051, "commend, approve policy, action, or actor").

The rules, anchored at a word of the predicate classes of ``evaluations.yaml`` (the code is the
class's), in three frames:

* naming: the predicate is the "as" phrase or the object predicate of a verb of naming or judging
  ("described X as a sham", "considers X illegal", "branded X a farce"): the verb's subject judges
  its object;
* statement: the predicate is that of a copula clause reported by a statement verb ("said X's move
  was illegal", "X's move is a provocation, the ministry said"), or the clause's verb is one of
  violating a norm ("said X's decision violated the treaty"): the reporter judges the clause's
  subject, unless the clause is modal ("would be illegal"), negated or conditional;
* received criticism: a criticism noun is taken by a receiving verb ("drew criticism from Y",
  "came under criticism from Y over Z"): the "from" phrase judges the subject (or the owner of the
  "over" phrase).

The target is the party the judged thing stands for: an actor itself, the possessor or country word
of a decision ("Washington's decision", "the US policy shift"), or the author of the predicate's
own "by" phrase ("a provocation by X"); a thing with no owner ("the official results") gives no
event, nor does a pronoun subject ("it was illegal": what "it" is the parser cannot tell). The
governing verb must be asserted (the modality walk: no negation, no modal, no condition), and the
two sides must differ. The confidence is moderate (the patterns' ``confidence``): an evaluation is
read, not stated as an act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp import doc_language
from .actor_index import STATE_MODIFIER_DEPS, Arg
from .arguments import lemma_keys, resolve
from .lexicon import Pattern
from .local_modality import Context
from .matcher import Match
from .relations import agent_of, children, is_passive, pobjs, subjects
from .words import EvaluationWords, evaluation_words, words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .actor_index import ActorIndex
    from .modality import Modality

NAMING = "name-_-as-evaluation"
STATEMENT = "say-_-is-evaluation"
RECEIVED = "draw-criticism-from"
FEELING = "be-disappointed-with"
CONFIDENCE = {NAMING: 0.8, STATEMENT: 0.7, RECEIVED: 0.75, FEELING: 0.7}
TEXT = {NAMING: "X describes (views, calls) Y's act as <evaluation>", STATEMENT: "X says Y's act is <evaluation>",
        RECEIVED: "Y's act draws criticism from X", FEELING: "X is disappointed with (voices anger at) Y"}
Found = tuple[Match, "Arg", "Arg", Context]


def _keys(tok: Token) -> set[str]:
    return set(lemma_keys(tok))  # the word's form and lemma are keys of lemma_keys


def _code(tok: Token, words: EvaluationWords, keys: set[str] | None = None) -> str | None:
    """The code a predicate word judges with: its class's (accusation first: "a crime")."""
    keys = _keys(tok) if keys is None else keys
    for code, cls in (("112", words.accusation_predicates), ("111", words.condemnation_predicates),
                      ("110", words.disapproval_predicates), ("051", words.praise_predicates)):
        if keys & cls:
            return code
    if keys & words.motive_predicates and any(c.dep_ == "advmod" and c.lower_ in words.motive_adverbs
                                             for c in tok.children):
        return "111"  # "politically motivated": the act is a pretext
    return None


def _phrase(tok: Token, words: EvaluationWords) -> bool:
    """Whether a condemnatory phrase of several words opens at ``tok`` ("out of control")."""
    low = tok.lower_  # the phrase starts with the word (most phrases do not: no slice is joined for them)
    return any(p.startswith(low) and " ".join(t.lower_ for t in tok.doc[tok.i:tok.i + len(p.split())]) == p
               for p in words.condemnation_phrases)


def _negated(tok: Token, words: EvaluationWords) -> bool:
    """"not illegal", "no violation", "hardly a provocation": the predicate is denied."""
    return any(c.dep_ in ("neg", "det", "advmod") and c.lower_ in words.predicate_negators for c in tok.children)


def _pattern(pid: str, code: str) -> Pattern:
    return Pattern(id=f"rule:{code}:{pid}", kind="verb", lemma="", code=code, text=TEXT[pid], origin="rule",
                   confidence=CONFIDENCE[pid])


def _frame(pred: Token, words: EvaluationWords) -> tuple[str, Token, list[Token]] | None:
    """The frame a predicate word stands in: (rule, the verb that asserts it, the judged words)."""
    head = pred.head
    if head.dep_ == "prep" and head.lower_ in words.judging_preps and pred.dep_ in ("pobj", "amod", "acomp"):
        verb = head.head  # "described X as a sham", "slammed X as dangerous"
        if verb.dep_ == "dobj" and verb.head.i != verb.i:  # the parser hangs "as" on the object
            verb, judged = verb.head, [verb]
        else:
            judged = children(verb, "dobj")
        if _keys(verb) & words.naming_verbs and not is_passive(verb):
            return NAMING, verb, judged
        return None
    if pred.dep_ == "oprd" and _keys(head) & words.naming_verbs:
        # "called the vote a farce", "branded X illegal"; with no object, the parser took the object for
        # a compound of the predicate ("called the junta illegitimate" as one noun phrase)
        objs = children(head, "dobj") or [c for c in children(pred, "compound") if c.pos_ in ("NOUN", "PROPN")] \
            or [c for c in children(head, "oprd") if c.i < pred.i and c.pos_ == "NOUN"]  # two "oprd" parsed
        return NAMING, head, objs
    if pred.dep_ == "appos" and head.dep_ == "dobj" and _keys(head.head) & words.naming_verbs \
            and not any(t.is_punct for t in pred.doc[head.i:pred.left_edge.i]):
        return NAMING, head.head, [head]  # "called X's vote a sham" parsed as an apposition (no comma)
    if pred.pos_ == "ADJ" and pred.dep_ in ("acl", "amod") and head.dep_ == "dobj" and head.i < pred.i \
            and _keys(head.head) & words.naming_verbs:
        # "called X's decision politically motivated", "described X's move as politically motivated":
        # the adjective hung after the object noun (an adjective before its noun is an attribute)
        return NAMING, head.head, [head]
    if pred.pos_ == "ADJ" and pred.dep_ == "advcl" and _keys(head) & words.naming_verbs \
            and any(c.lower_ in words.judging_preps for c in children(pred, "advmod")):
        return NAMING, head, children(head, "dobj")  # "dismissed X as politically motivated", "as" an adverb
    if pred.dep_ in ("ccomp", "xcomp") and _keys(head) & words.naming_verbs:
        return NAMING, head, children(pred, "nsubj")  # "considers the sanctions illegal"
    if pred.pos_ == "VERB" and pred.dep_ in ("ccomp", "parataxis") and _keys(head) & words.statement_verbs:
        # "said X's move violated the treaty": a verb of ``violation_verbs`` judges as a predicate does
        if is_passive(pred) or any(_keys(t) & words.report_nouns for t in children(pred, "nsubj")):
            return None
        return STATEMENT, pred, children(pred, "nsubj")
    if pred.dep_ in ("acomp", "attr", "prep") and head.lemma_.lower() in words.copulas:
        # a preposition only when it opens a phrase of ``condemnation_phrases`` ("was out of control")
        reporter = head.head
        if head.dep_ in ("xcomp", "ccomp") and _keys(reporter) & words.naming_verbs:
            # "considers the tariffs to be illegal": the object of the verb, or the subject of "to be"
            return NAMING, reporter, children(reporter, "dobj") or children(head, "nsubj")
        if head.dep_ in ("ccomp", "parataxis") and _keys(reporter) & words.statement_verbs:
            return STATEMENT, head, children(head, "nsubj")  # "said X's move was illegal"
    return None


def _judged(pred: Token, code: str, index: ActorIndex, modality: Modality, words: EvaluationWords) -> list[Found]:
    base = pred
    while base.dep_ == "conj" and base.head.i != base.i:  # "illegal and dangerous": the first conjunct's frame
        base = base.head
    if base.dep_ in ("amod", "compound") and base.head.pos_ == "NOUN" and base.i < base.head.i:
        # "is an illegal measure", "called the moves a provocative gesture", "was a coup attempt": the noun
        # stands in the frame; a word of ``predicate_only`` does not judge the noun it modifies ("a
        # dangerous mission")
        if _keys(base) & words.predicate_only:
            return []
        base = base.head
    if _negated(pred, words) or _negated(base, words):
        return []
    frame = _frame(base, words)
    if frame is None:
        return []
    rule, verb, judged = frame
    if rule == NAMING and judged and all(t.lower_ in words.antecedent_pronouns for t in judged):
        judged = _antecedent(verb, words)  # "..., calling it a provocation"
    if not judged or any(t.pos_ == "PRON" for t in judged):
        return []
    patients = frozenset(str(w) for w in modality.cfg.get("patient_nouns", []))
    targets = [a for t in agent_of(base) for a in resolve(t, index)] or [
        a for t in judged for a in _judged_owners(t, index, patients)]
    speaker = verb.head if rule == STATEMENT else verb
    sources = [a for t in subjects(speaker)[0] for a in resolve(t, index)]
    ctx = _asserted(verb, modality)
    if rule == STATEMENT and ctx.category is None:
        ctx = modality.walk(speaker)  # the statement itself must be asserted too
    if ctx.category is not None:
        return []
    m = Match(_pattern(rule, code), pred, sources=sources, targets=targets, source_how="subj", target_how="slot")
    return [(m, s, t, ctx) for s in sources for t in targets if _differ(s, t)]


def _judged_owners(tok: Token, index: ActorIndex, patients: frozenset[str]) -> list[Arg]:
    """Whom a judged thing stands for: an actor itself, the owner of an act ("Y's decision", "the Y
    policy"). Not the "of" phrase of an act, which names what it is done to ("the recognition of
    Kosovo was illegal" judges those who recognised it), and for a noun of what is done to someone
    (``patient_nouns`` of nouns.yaml: "Navalny's arrest was illegal") only its "by" phrase."""
    if _keys(tok) & patients:
        return [a for t in agent_of(tok) for a in resolve(t, index)]
    found = [a for a in resolve(tok, index) if a.how != "of" or tok.pos_ == "PROPN"]
    if found or not _keys(tok) & evaluation_words(doc_language(tok.doc)).state_held_nouns:
        return found
    # "the Venezuelan election", "the US report": a country word before a thing its state holds
    found = [Arg(a, c.i, "state") for c in tok.children if c.dep_ in STATE_MODIFIER_DEPS and c.i < tok.i
             for a in index.state_for_word(c)]
    # "the election in Belarus", "the referendums held in Crimea": the place named is the state's
    hosts = [tok, *(c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN")]
    held_in = evaluation_words(doc_language(tok.doc)).held_place_preps
    places = [o for h in hosts for p in children(h, "prep") if p.lower_ in held_in
              for o in pobjs(p) if o.pos_ == "PROPN"]
    return found or [Arg(a, o.i, "place") for o in places
                     for a in [r.actor for r in resolve(o, index)] or index.state_for_word(o)]


def _asserted(verb: Token, modality: Modality) -> Context:
    """How the verb of the frame is asserted. A participle commenting on its clause ("X rejected Y's
    plan, calling it illegal") is asserted by itself, whatever the clause's own mode (a rejection,
    a refusal): only its own words and a blocked clause ("did not ..., calling") deny it."""
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "pcomp"):
        own = modality.local(verb)
        if own is not None:
            return own
        host = modality.walk(verb.head.head if verb.dep_ == "pcomp" else verb.head)
        return host if host.blocked else Context()
    return modality.walk(verb)


def _antecedent(verb: Token, words: EvaluationWords) -> list[Token]:
    """What "it" stands for after a participle of naming that comments on its clause: "X condemned
    Y's raid, calling it a crime" (the clause's object), "Y's decision drew outrage, with X calling
    it a breach" (its subject, when the object is the criticism itself). Only for a participle
    hung on the clause (directly or through "with"), and only an act or decision (``state_act_nouns``):
    elsewhere the pronoun is left unresolved."""
    if verb.tag_ != "VBG":
        return []
    host = verb.head
    if verb.dep_ == "pcomp" and host.dep_ == "prep":
        host = host.head
    elif verb.dep_ not in ("advcl", "xcomp", "conj"):
        return []
    objs = children(host, "dobj")
    if objs and all(_keys(o) & words.criticism_nouns for o in objs):
        objs = subjects(host)[0]
    acts = words_of(verb.doc).state_act_nouns
    return [o for o in objs if _keys(o) & acts]  # an act, not a party ("angered Y, calling it ...")


def _received(noun: Token, index: ActorIndex, modality: Modality, words: EvaluationWords) -> list[Found]:
    """"Y's decision drew criticism from X", "Y came under criticism from X over Z"."""
    if _negated(noun, words):
        return []
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "came under criticism", "met with condemnation"
    elif noun.dep_ != "dobj":
        return []
    if not _keys(verb) & words.receiving_verbs or is_passive(verb):
        return []
    hosts = (noun, verb)
    sources = [a for h in hosts for p in children(h, "prep") if p.lower_ in words.criticism_source_preps
               for t in pobjs(p) for a in resolve(t, index)]
    topics = [t for h in hosts for p in children(h, "prep") if p.lower_ in words.criticism_topic_preps
              for t in pobjs(p)]
    targets = [a for t in topics for a in _owners(t, index, words)]
    if not targets:
        subj = subjects(verb)[0]
        targets = [] if any(t.pos_ == "PRON" for t in subj) else [a for t in subj for a in _owners(t, index, words)]
    ctx = modality.walk(verb)
    if ctx.category is not None:
        return []
    m = Match(_pattern(RECEIVED, "111"), noun, sources=sources, targets=targets, source_how="from",
              target_how="subj")
    return [(m, s, t, ctx) for s in sources for t in targets if _differ(s, t)]


def _felt(tok: Token, index: ActorIndex, modality: Modality, words: EvaluationWords) -> list[Found]:
    """A feeling of disapproval a party has towards another ("X is disappointed with Y", "X was
    dismayed by Y's decision", "X voiced anger at Y"): coded 110 (Phoenix DISMAY, EXPRESS
    DISPLEASURE) from the one who feels it to the party (or the owner of the act) that the feeling's
    preposition names. A feeling about a thing nobody owns ("angry at the weather"), a modifier ("an
    angry crowd"), a hedged, negated or asked one gives none."""
    if tok.pos_ == "NOUN":
        verb = tok.head
        if tok.dep_ != "dobj" or not _keys(verb) & words.expressing_verbs:
            return []
    elif tok.dep_ in ("acomp", "oprd") and tok.head.lemma_.lower() in words.feeling_copulas:
        verb = tok.head  # "is disappointed with Y", "felt angry at Y"
    elif tok.pos_ == "VERB" and children(tok, "nsubjpass"):
        verb = tok  # "was dismayed by Y's decision" parsed as a passive
    else:
        return []
    if _negated(tok, words):
        return []
    # the feeling's own phrase, or the expressing verb's ("voiced anger at Y"); not the copula's, whose
    # phrase tells where or when ("was angry at Y in Geneva")
    hosts = (tok, verb) if tok.pos_ == "NOUN" else (tok,)
    objects = [t for h in hosts for p in children(h, "prep", "agent") if p.lower_ in words.feeling_preps
               for t in pobjs(p)]
    targets = [a for t in objects for a in resolve(t, index) if a.how != "of" or t.pos_ == "PROPN"]
    subj = subjects(verb)[0] or children(verb, "nsubjpass")
    if any(t.pos_ == "PRON" for t in subj):
        subj = _stating(verb, words) if all(t.lower_ in words.speaker_pronouns for t in subj) else []
    sources = [a for t in subj for a in resolve(t, index)]
    ctx = modality.walk(tok if verb is not tok and tok.pos_ != "NOUN" else verb)  # "Was X angry ...?" asks
    if ctx.category is not None:
        return []
    m = Match(_pattern(FEELING, "110"), tok, sources=sources, targets=targets, source_how="subj", target_how="slot")
    return [(m, s, t, ctx) for s in sources for t in targets if _differ(s, t)]


def _stating(verb: Token, words: EvaluationWords) -> list[Token]:
    """Who a pronoun subject of a feeling stands for: the one who states it ("X said he was angry",
    "'We are angry,' X said"), the subject of the statement verb that governs or follows the clause."""
    if verb.dep_ in ("ccomp", "parataxis") and _keys(verb.head) & words.statement_verbs:
        return subjects(verb.head)[0]
    said = [c for c in children(verb, "ccomp", "parataxis") if _keys(c) & words.statement_verbs]
    return subjects(said[0])[0] if said else []


def _owners(tok: Token, index: ActorIndex, words: EvaluationWords) -> list[Arg]:
    """Whom a criticism received stands against: an actor named itself ("Chile faced criticism"), or
    the owner of what drew it ("Chile's decree drew criticism", "criticism over its offensive"), but
    not the owner of a report of others' acts (``report_nouns``): "the opposition's allegations of
    abuses sparked condemnation" condemns what was alleged, not the opposition."""
    if _keys(tok) & words.report_nouns:
        return []
    return resolve(tok, index)


def _differ(src: Arg, tgt: Arg) -> bool:
    """Two sides: not one actor, not one code (a government judging its own act is no criticism;
    one judging its opposition is)."""
    if src.actor.id and src.actor.id == tgt.actor.id:
        return False
    return (src.actor.code or src.actor.name) != (tgt.actor.code or tgt.actor.name)


def evaluations_in(doc: Doc, index: ActorIndex, modality: Modality) -> list[Found]:
    """Every criticism that ``doc`` tells as an evaluation or as criticism received (see the module)."""
    words = evaluation_words(doc_language(doc))
    # every class a branch below looks a word's keys up in: a word in none (most words) is passed over
    judging = (words.accusation_predicates | words.condemnation_predicates | words.disapproval_predicates
               | words.deceit_verbs | words.disapproval_feelings | words.disapproval_feeling_nouns
               | words.violation_verbs | words.criticism_nouns | words.motive_predicates | words.praise_predicates)
    out: list[Found] = []
    for tok in doc:
        if tok.pos_ not in ("NOUN", "ADJ", "PROPN", "VERB") and tok.dep_ != "prep":
            continue
        keys = _keys(tok)  # once per word: this loop sees every content word of every article
        if keys.isdisjoint(judging) and tok.dep_ != "prep":
            continue
        code = _code(tok, words, keys)
        if code is not None:
            out += _judged(tok, code, index, modality, words)
        elif tok.dep_ == "prep" and _phrase(tok, words):
            out += _judged(tok, "111", index, modality, words)  # "said X was out of control"
        elif tok.pos_ == "VERB" and keys & words.deceit_verbs:
            if all(p.lower_ in words.deceit_preps for p in children(tok, "prep")):
                out += _judged(tok, "112", index, modality, words)  # "said X was lying", not "lies on the coast"
        elif keys & (words.disapproval_feelings | words.disapproval_feeling_nouns):
            out += _felt(tok, index, modality, words)
        elif tok.pos_ == "VERB" and keys & words.violation_verbs:
            # "described X as a step violating the treaty": the noun it modifies stands in the frame
            modified = tok.dep_ in ("acl", "relcl") and tok.head.pos_ == "NOUN"
            out += _judged(tok.head if modified else tok, "111", index, modality, words)
        elif keys & words.criticism_nouns:
            out += _received(tok, index, modality, words)
    return out
