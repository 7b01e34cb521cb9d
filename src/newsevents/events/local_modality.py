"""What the words on one token say of an event: a negation, a modal, a condition, a hedge, a denied part.

modality.py climbs from a trigger through its governors; at the trigger and at each governor it asks what the
words attached to that token say ("did not", "may", "if", "allegedly", "no journalists", "had no hand in"):
that reading is ``LocalModality.local``, with the word lists of modality.yaml and the category of a governing
word (``category``). It is apart from the walk because it looks at one token's own children and never climbs;
``Modality`` (modality.py) extends it with the walk. ``Context`` is what both return.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .arguments import lemma_keys
from .clauses import has_perfect, other_subject, own_clause, own_speaker
from .words import argument_words, coding_words

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass
class Context:
    """The outcome of the walk: ``category`` is None (asserted), a mode category, or "blocked"."""

    category: str | None = None
    governor: str | None = None
    reason: str = ""
    governor_i: int | None = None  # the token that set the mode ("agreed" in "agreed to meet")

    @property
    def blocked(self) -> bool:
        return self.category == "blocked"


class LocalModality:
    """The word lists of modality.yaml, the category of a governing word, and what the words on one token
    say."""

    def __init__(self, config: dict[str, Any], lang: str) -> None:
        self.cfg = config
        self.infinitive = argument_words(lang).infinitive_markers
        # "told X to resign": a verb of reporting that is also one of object control orders the infinitive it
        # governs ("helped X to rebuild", control but no report, stays transparent)
        self.control = argument_words(lang).object_control_verbs & coding_words(lang).reported_speech_verbs
        self.words = {cat: set(config.get(cat, [])) for cat in
                      ("transparent", "intent", "commit", "threaten", "request", "refuse", "irrealis", "prepare",
                       "modal_commit", "modal_block", "conditional", "negators", "negating_preps",
                       "negative_subjects", "enacting", "contradicting_preps", "factive_marks", "announcing", "hedges",
                       "denied_part", "hypothesis_nouns", "hypothesis_openers", "proposal_nouns", "habitual",
                       "warned_against", "document_nouns", "purpose_subjects", "question_auxiliaries",
                       "framing_preps", "denying_determiners", "negative_determiners", "correlative_negators",
                       "correlative_nor", "supposition_let", "supposition_let_objects", "pending_adverbs",
                       "pending_heads", "copulas", "refusal_negators", "negation_focus", "hesitation",
                       "mode_stating", "counterfactual_modals", "conditional_threat_modals",
                       "threat_conditions", "refusal_threats", "agreed_modals", "agreeing", "going_future",
                       "prevention", "travel_verbs", "meeting_purposes", "kept_from", "keeping_preps",
                       "avenged_for", "avenged_preps", "setting_preps", "setting_nouns", "ahead_words",
                       "failing", "failed_accords", "reading_verbs", "stating_documents", "free_choice",
                       "finite_tags", "headline_fact_marks")}
        # a declared plan or readiness has the force of a commitment (modality.yaml, declared_plan),
        # read from the lemma alone: "is prepared to" (adjective) declares, "prepared to" (verb) does not
        self.declared = set(config.get("declared_plan", []))
        # a verb of refusal only with its particle ("ruled out talks"; "the Taliban-ruled country",
        # "the court ruled that ..." refuse nothing): modality.yaml, refusal_particles
        self.refusal_particles: dict[str, str] = dict(config.get("refusal_particles", {}))
        self.ending = coding_words(lang).ending_verbs
        # subordinators of time whose clause is a fact, in a past tense or in any (modality.yaml, time_factive_marks)
        self.time_marks: dict[str, str] = dict(config.get("time_factive_marks", {}))

    def category(self, tok: Token) -> str | None:
        """The category of a governing word (irrealis and request are checked before the others)."""
        keys = lemma_keys(tok)
        for cat in ("request", "refuse", "threaten", "commit"):
            if any(k in self.words[cat] for k in keys):
                if cat == "refuse" and not self._refusing_particle(tok, keys):
                    break
                return cat
        if tok.lemma_.lower() in self.declared:
            return "commit"
        if tok.pos_ == "VERB" and tok.lemma_.lower() in self.words["prepare"]:
            return "prepare"
        if tok.lemma_.lower() in self.words["reading_verbs"] and self._document_reads(tok):
            return "transparent"
        for cat in ("intent", "irrealis", "transparent"):
            if any(k in self.words[cat] for k in keys):
                return cat
        return None

    def _document_reads(self, verb: Token) -> bool:
        """Whether a verb of reading reports a document's words (modality.yaml, reading_verbs): "..., the
        statement read", or after the quote with the document inverted ("..., read a statement from X");
        not "the minister read the report", whose reader is someone."""
        kids = list(verb.children)
        docs = self.words["stating_documents"]
        if any(c.dep_ == "nsubj" for c in kids):
            return any(c.dep_ == "nsubj" and c.lemma_.lower() in docs for c in kids)
        return any(c.dep_ == "ccomp" and c.i < verb.i for c in kids) and \
            any(c.dep_ == "dobj" and c.i > verb.i and c.lemma_.lower() in docs for c in kids)

    def _refusing_particle(self, tok: Token, keys: list[str]) -> bool:
        """Whether a verb of refusal that refuses only with a particle (refusal_particles) has it."""
        particle = next((self.refusal_particles[k] for k in keys if k in self.refusal_particles), None)
        return particle is None or any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children)

    def local(self, tok: Token, noun: bool = False) -> Context | None:
        """What the words attached to ``tok`` itself say: negation, modal, condition."""
        kids = list(tok.children)  # walked twice: build their Tokens once
        # "neither confirmed nor denied", "did not confirm nor deny": the parser hangs "nor" on the first
        # conjunct, and the second is negated by it as the first is by "neither"/"not"
        if tok.dep_ == "conj" and tok.head.i < tok.i:
            nor = next((c for c in tok.head.children if c.dep_ == "cc" and c.i < tok.i
                        and c.lower_ in self.words["correlative_nor"]), None)
            if nor is not None:
                return Context("blocked", tok.text, f"negated by '{nor.text}'")
        free_noun = self._free_choice(tok)
        if free_noun is not None:
            return Context("blocked", tok.text, f"'{free_noun.text}' taken as any: no particular act")
        for child in kids:
            low = child.lower_
            # "no longer", "not anymore": an adverb with a negation of its own negates the verb
            negator = next((g for g in child.children if g.dep_ == "neg"), None) if child.dep_ == "advmod" else None
            if child.dep_ == "neg" or (low in self.words["negators"] and child.dep_ in ("advmod", "det", "preconj")):
                negator = child
            if negator is not None:
                if self._refusal(tok, negator, kids):
                    return Context("refuse", tok.text, f"'{negator.text}' with a modal of commitment: a refusal", tok.i)
                return Context("blocked", tok.text, f"negated by '{negator.text}'")
            if child.dep_ == "aux" and low in self.words["modal_block"]:
                if low in self.words["agreed_modals"] and tok.dep_ == "ccomp" and \
                        tok.head.lemma_.lower() in self.words["agreeing"] and own_clause(tok, tok.head):
                    # "X and Y agreed that they should meet": what they agree to do, an intent
                    return Context("intent", tok.head.text, f"'{tok.head.text} that ... {child.text}': agreed to do",
                                   tok.head.i)
                if low in self.words["conditional_threat_modals"] and self._conditioned(kids) \
                        and not self._foreign_report(tok):
                    return Context("threaten", tok.text, f"modal '{child.text}' with 'if/unless': a conditional "
                                                         "threat", tok.i)
                return Context("blocked", tok.text, f"modal '{child.text}': possibility, not an event")
            if child.dep_ == "mark" and low in self.words["conditional"]:
                return Context("blocked", tok.text, f"conditional '{child.text}'")
            if child.dep_ in ("nsubj", "nsubjpass") and self._negated_subject(child):
                return Context("blocked", tok.text, f"negated subject '{child.text}'")
            if child.dep_ == "advmod" and low in self.words["hedges"]:
                return Context("blocked", tok.text, f"hedged by '{child.text}': claimed, not asserted")
            if child.dep_ == "advmod" and low in self.words["habitual"] and tok.tag_ != "VBD":
                # "police often detain", "has constantly investigated": a habit; "X frequently mocked Y"
                # in the simple past tells of acts that took place, and stays
                return Context("blocked", tok.text, f"'{child.text}': a habit or a history, not one event")
            if child.dep_ == "prep" and child.lower_ in self.words["framing_preps"] and any(
                    p.dep_ == "pobj" and p.lemma_.lower() in self.words["hypothesis_nouns"] for p in child.children):
                return Context("blocked", tok.text, f"'{child.text} ... scenario': a hypothesis, not an event")
            if child.dep_ in ("dobj", "attr") and self._denied_part(child):
                return Context("blocked", tok.text, f"'{tok.text} no {child.text}': a part in it denied")
        for child in kids:
            if child.dep_ == "aux" and child.lower_ in self.words["modal_commit"]:
                if self._proposed(kids):
                    return Context("blocked", tok.text, f"'{child.text}' under a plan or proposal: its content, "
                                                        "not a commitment")
                if child.lower_ in self.words["counterfactual_modals"] and has_perfect(kids):
                    return Context("blocked", tok.text, f"'{child.text} have': a counterfactual, not a commitment")
                return Context("commit", tok.text, f"modal '{child.text}'")
        return None

    def _free_choice(self, tok: Token) -> Token | None:
        """"any missiles fired at Syria", "any and all rockets fired at X by Y": a participle on a noun
        taken as any (modality.yaml, free_choice) says what would befall whatever fits it, no particular
        act. The parser reads the participle as a finite verb whose subject is that noun; it is one when
        the subject's determiner is coordinated before it ("any and all missiles") or when the verb has
        the agent of a passive ("fired at X by Y"); a finite verb of "any" subject stays ("denied that
        any missiles came from Iran" is the denial's). The noun, or None."""
        free = self.words["free_choice"]
        agent = any(c.dep_ == "agent" for c in tok.children)
        for subj in (c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i):
            i = subj.left_edge.i
            while i > 0 and (tok.doc[i - 1].tag_ in ("DT", "CC") or tok.doc[i - 1].lower_ in free):
                i -= 1
            if any(t.lower_ in free for t in tok.doc[i:subj.left_edge.i]) or (agent and any(
                    c.dep_ == "det" and c.lower_ in free for c in subj.children)):
                return subj
        return None

    def _refusal(self, tok: Token, negator: Token, kids: list[Token]) -> bool:
        """"X will not accept more refugees", "said it would not release them", "won't hold talks":
        a negated modal of commitment states that X refuses the act (CAMEO 12x), where any other
        negation only says it did not happen. Not "will not only V" (an addition, not a refusal),
        not "would not have V-ed" (a counterfactual), not "under the plan, X would not", and not
        a reported clause whose subject is another side ("analysts said Y would not V": a
        prediction of Y's act, not Y's words)."""
        if negator.lower_ not in self.words["refusal_negators"]:
            return False
        auxes = [c for c in kids if c.dep_ == "aux"]
        if not any(c.lower_ in self.words["modal_commit"] for c in auxes):
            return False
        if has_perfect(kids) or self._proposed(kids):
            return False
        after = tok.doc[negator.i + 1] if negator.i + 1 < len(tok.doc) else None
        if after is not None and after.lower_ in self.words["negation_focus"]:
            return False
        return not self._foreign_report(tok)

    def _foreign_report(self, tok: Token) -> bool:
        """"analysts said Y would not V", "officials said Y may strike if ...": a clause reported by
        another side, a prediction of Y's act rather than Y's own words (unless the speaker is Y's
        own, "its president said")."""
        return (tok.dep_ == "ccomp" and self.category(tok.head) == "transparent" and other_subject(tok, tok.head)
                and not own_speaker(tok.head))

    def _conditioned(self, kids: list[Token]) -> bool:
        """"X may halt its mediation if the fighting goes on", "might impose sanctions unless Y ...":
        an act of possibility tied to a condition on the verb itself is held over someone as the
        price of what they do, a conditional threat (CAMEO codes it as 13x); a bare "may" only
        says the act is possible. A hostile act becomes the threat, a cooperative one nothing."""
        return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.words["threat_conditions"]
                                             for m in c.children) for c in kids)

    def _proposed(self, kids: list[Token]) -> bool:
        """"Under the plan, X would free ...", "in the proposal, Y will withdraw": an "under/in"
        phrase whose noun is a plan or proposal not yet agreed."""
        return any(c.dep_ == "prep" and c.lower_ in self.words["framing_preps"] and any(
            p.dep_ == "pobj" and p.lower_ in self.words["proposal_nouns"] for p in c.children) for c in kids)

    def _denied_part(self, obj: Token) -> bool:
        """"had no hand in the attack", "played no role in", "bears no responsibility for": an object
        that says the subject took no part in the event the sentence then names."""
        return obj.lemma_.lower() in self.words["denied_part"] and any(
            c.dep_ == "det" and c.lower_ in self.words["denying_determiners"] for c in obj.children)

    def _negated_subject(self, subj: Token) -> bool:
        """"No journalists were detained", "nobody was arrested", "none of them were charged": a
        subject that says no one did (or underwent) it negates the event."""
        if subj.lower_ in self.words["negative_subjects"]:
            return True
        # "no journalists", "neither side"; "not X nor Y" / "neither X nor Y" (a negation or
        # "neither" on the first conjunct with a "nor" beside it) says none of them did it
        kids = list(subj.children)
        if any(c.dep_ == "det" and c.lower_ in self.words["negative_determiners"] for c in kids):
            return True
        return (any(c.dep_ in ("neg", "preconj") and c.lower_ in self.words["correlative_negators"] for c in kids)
                and any(c.dep_ == "cc" and c.lower_ in self.words["correlative_nor"] for c in kids))
