"""Whether an event was asserted, and how: done, intended, threatened, refused, or not at all.

From the trigger the coder climbs the dependency tree to the sentence root. Each governing word is
looked up in ``modality.yaml``: reporting and light verbs pass the event through (reported speech
codes the embedded event), intention/commitment/threat/refusal verbs set its mode, appeals and
fears, claims, conditions and modals of possibility block it, and a negation anywhere on the path
blocks it (but "will not / won't V" states a refusal of the act, coded as one), as do a hedge
("allegedly bombed"), a denied part in it ("had no hand in the attack") and a stated hypothesis
("in such a scenario, X would blockade Y"). Only the innermost mode-setting governor counts, but a
refusal of an intention refuses the act ("refused to agree to meet"), and a refused end of an act
("refused to stop firing at Y") is the act going on ("persist", a refusal to de-escalate).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .arguments import lemma_keys
from .clauses import (
    has_modal,
    has_perfect,
    other_subject,
    own_clause,
    own_speaker,
    paragraph_between,
    past_tense,
    subordinated,
    to_infinitive,
    wished_of_another,
)
from .facts import factive_clause, past_setting, time_clause
from .words import argument_words, coding_words

if TYPE_CHECKING:
    from spacy.tokens import Token

MODE_CATEGORIES = ("intent", "commit", "threaten", "refuse", "prepare")
# How an act hangs from a governor that is refused ("will not agree to meet", "won't hold talks",
# "would not take part in"): as its complement or object, never as its subject or a that-clause.
REFUSED_RELATIONS = ("xcomp", "dobj", "prep", "pcomp", "acomp")


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


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _yes_no_question(trigger: Token, auxiliaries: set[str]) -> Context | None:
    """"Will China invade Taiwan?", "Did Iran shoot down the airliner?": a sentence that opens with
    an auxiliary and ends with a question mark asks whether the event happens; it asserts nothing."""
    words = [t for t in trigger.sent if not t.is_punct and not t.is_space]
    last = [t for t in trigger.sent if not t.is_space]
    if not (words and last and last[-1].text == "?"):
        return None
    first = words[0]
    auxiliary = first.tag_ == "MD" or (first.lemma_.lower() in auxiliaries and first.i < trigger.i
                                       and first.dep_ in ("aux", "auxpass", "ROOT"))
    return Context("blocked", first.text, f"a question ('{first.text} ...?'), not an assertion") if auxiliary else None


class Modality:
    """The word lists of modality.yaml, and the walk over one trigger's governors."""

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
                       "failing", "failed_accords")}
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
        for cat in ("intent", "irrealis", "transparent"):
            if any(k in self.words[cat] for k in keys):
                return cat
        return None

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

    def _refused_ending(self, tok: Token, head: Token) -> Context | None:
        """"X refused to stop firing rockets at Y", "will not end their strike", "declined to halt the
        offensive": the act a side refuses to end goes on, a refusal to de-escalate or to ease dissent
        (CAMEO 124x by ``persist_codes``), where an end stated otherwise is handled as before. The
        ending verb's own modal or condition still blocks ("may not end"); None: not such a case."""
        if head.lemma_.lower() not in self.ending or tok.dep_ not in ("xcomp", "dobj"):
            return None
        own = self.local(head)
        if own is not None and own.blocked:
            return own
        governor = head.head if head.dep_ == "xcomp" and head.head.i != head.i else None
        refused = (own is not None and own.category == "refuse") or (
            governor is not None and self.category(governor) == "refuse")
        return Context("persist", head.text, f"refused to '{head.text}': the act goes on", head.i) if refused else None

    def _going_to(self, tok: Token, head: Token) -> Context | None:
        """"X is going to protest": the future, which commits X as "will" does (a hostile act is a
        threat); "X was going to protest" tells of a plan of the past, not of an act. Not "went to
        protest" (done, the motion verb is transparent) and not "is going to the capital" (no infinitive)."""
        if tok.dep_ != "xcomp" or head.tag_ != "VBG" or head.lemma_.lower() not in self.words["going_future"] \
                or not to_infinitive(tok, self.infinitive):
            return None
        be = next((c for c in head.children if c.dep_ == "aux" and c.lemma_.lower() in self.words["copulas"]), None)
        if be is None:
            return None
        if be.tag_ == "VBD":
            return Context("blocked", head.text, f"'{be.text} going to': a plan of the past, not an act")
        return Context("commit", head.text, f"'{be.text} going to': the future, a commitment", head.i)

    def _conditioned(self, kids: list[Token]) -> bool:
        """"X may halt its mediation if the fighting goes on", "might impose sanctions unless Y ...":
        an act of possibility tied to a condition on the verb itself is held over someone as the
        price of what they do, a conditional threat (CAMEO codes it as 13x); a bare "may" only
        says the act is possible. A hostile act becomes the threat, a cooperative one nothing."""
        return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.words["threat_conditions"]
                                             for m in c.children) for c in kids)

    def _hesitation(self, verb: Token) -> Context:
        """A verb of hesitation over an infinitive (``hesitation``): negated with a modal of
        commitment it commits ("X will not hesitate to use force": a threat, as CAMEO reads it),
        negated in the past it tells the act was done ("did not hesitate to arrest them"), and
        otherwise it says the act was held back ("X hesitated to attack")."""
        kids = list(verb.children)
        negated = any(c.dep_ == "neg" or c.lower_ in self.words["refusal_negators"] for c in kids)
        auxes = {c.lower_ for c in kids if c.dep_ == "aux"}
        if not negated or auxes & self.words["modal_block"]:
            return Context("blocked", verb.text, f"'{verb.text} to': held back, not done")
        if auxes & self.words["modal_commit"]:
            return Context("commit", verb.text, f"'not {verb.text} to': a commitment", verb.i)
        return Context()

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

    def _state(self, verb: Token) -> bool:
        """"the leader, whom Washington recognizes as president", "forces who kill protesters": a
        relative clause in the simple present (no auxiliary) describes a state or a habit of the
        noun it qualifies, not an event of the news; a reporting verb ("the army, which says ...") still
        reports, and a verb of intent or threat ("Putin, who plans to call ...") states a present intent."""
        return (verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
                and self.category(verb) is None)

    def _supposed(self, trigger: Token) -> Context | None:
        """"Say Mexico demanded ...", "Suppose X attacked Y", "Let's say ...": a sentence opened by
        an imperative verb of supposition states a hypothesis, whatever the parse hangs it on."""
        words = [t for t in trigger.sent if not t.is_punct and not t.is_space][:3]
        if words and words[0].lower_ in self.words["supposition_let"] and len(words) > 2 \
                and words[1].lower_ in self.words["supposition_let_objects"]:
            words = words[2:]
        # the tagger often takes a capitalised sentence-initial "Say" for a proper noun: any tag
        # will do as long as the word is not the subject or part of a name
        if words and words[0].lower_ in self.words["hypothesis_openers"] and words[0].tag_ not in ("VBD", "VBZ") \
                and words[0].dep_ not in ("nsubj", "nsubjpass", "compound", "poss"):
            return Context("blocked", words[0].text, f"'{words[0].text} ...': a supposition, not an event")
        return None

    def _trip_to_meet(self, tok: Token, head: Token, rel: str) -> bool:
        """Whether an infinitive of purpose is a meeting under a verb of travel ("arrived in Y to hold talks
        with Z", "flew to Y to sign the accord"): a trip for a meeting reports the meeting; other purposes
        ("flew to Y to attack Z", "came to protest") stay what was meant, not done."""
        return rel == "advcl" and head.lemma_.lower() in self.words["travel_verbs"] and \
            tok.lemma_.lower() in self.words["meeting_purposes"]

    def walk(self, trigger: Token) -> Context:
        """Climb from ``trigger`` to the root and decide how the event is asserted."""
        supposed = self._supposed(trigger) or _yes_no_question(trigger, self.words["question_auxiliaries"])
        if supposed is not None:
            return supposed
        infinitive = self.infinitive
        found = self.local(trigger)
        if trigger.lemma_.lower() in self.words["refusal_threats"]:
            # "X will not tolerate Y": a warning to Y; a tolerance stated or denied otherwise is no event
            if found is None or found.category != "refuse":
                return Context("blocked", trigger.text, f"'{trigger.text}' without 'will not': no warning")
            found = Context("threaten", trigger.text, f"'will not {trigger.text}': a warning", trigger.i)
        if found is not None and found.blocked:
            return found
        mode = found
        waited = False  # passed a clause of time that the main clause waits for ("vowed to hit back when Y attacks")
        tok = trigger
        while tok.dep_ != "ROOT" and tok.head.i != tok.i:
            head, rel = tok.head, tok.dep_
            if paragraph_between(tok, head):
                break
            if rel == "prep" and tok.lower_ in self.words["negating_preps"]:
                return Context("blocked", tok.text, f"under '{tok.text}'")
            if rel == "prep" and tok.lower_ in self.words["keeping_preps"] and \
                    any(k in self.words["kept_from"] for k in lemma_keys(head)):
                # "blocked X from delivering aid", "was kept from entering": the act kept from is not done
                return Context("blocked", head.text, f"'{head.text} ... {tok.text}': kept from happening")
            if rel == "conj":
                if not (to_infinitive(tok, infinitive) and not to_infinitive(head, infinitive)):
                    tok = head
                    continue
                # "agreed to hold talks, and to continue visits": the parser hangs the second
                # infinitive on the governor itself, whose force it has as the first one does
                rel = "xcomp"
            if rel == "advcl" and factive_clause(tok, self.words["factive_marks"], self.time_marks):
                break
            waited = waited or (rel == "advcl" and time_clause(tok, self.time_marks) is False)
            if rel == "relcl" and past_tense(tok) and not has_modal(tok):
                # "vowed revenge after the rampage that killed 16 civilians", "vowed to punish those who
                # killed X": a relative clause in a past tense tells what took place, whatever the main
                # clause's mode ("anyone who attacks" or "a law that would ban" does not)
                break
            if rel == "pobj" and self.time_marks.get(head.lower_) == "any" and head.dep_ == "prep" and \
                    past_tense(head.head):
                # "vowed revenge after attacks on its troops": an event noun that came before a past act took place
                break
            if rel == "pobj" and past_setting(tok, head, self.words, self.infinitive):
                # "pledged to deepen trade during a meeting with Y": the meeting is where the pledge was
                # made, it took place whatever the pledge's mode ("during next week's summit" has not)
                break
            if rel == "pobj" and head.lower_ in self.words["avenged_preps"] and \
                    head.head.lemma_.lower() in self.words["avenged_for"]:
                # "vowed revenge for the killing of X", "threatened to retaliate for the strikes": what is
                # avenged took place; the vow is about the revenge, not about it
                break
            if rel == "xcomp" and head.lemma_.lower() in self.words["hesitation"] and to_infinitive(tok, infinitive):
                hesitant = self._hesitation(head)
                if hesitant.blocked:
                    return hesitant
                mode = _outer(mode, hesitant) if hesitant.category else mode
                tok = head
                continue
            going = self._going_to(tok, head)
            if going is not None:
                if going.blocked:
                    return going
                mode = _outer(mode, going)
                tok = head
                continue
            persisting = self._refused_ending(tok, head)
            if persisting is not None:
                if persisting.blocked:
                    return persisting
                mode = mode or persisting
                tok = head
                continue
            cat = self.category(head)
            if rel == "xcomp" and to_infinitive(tok, infinitive) and \
                    head.lemma_.lower() in self.words["pending_heads"]:
                if any(c.dep_ == "advmod" and c.lower_ in self.words["pending_adverbs"] for c in head.children):
                    return Context("blocked", head.text, f"'{head.text} yet to': not done yet")
                copula = head.lemma_.lower() in self.words["copulas"]
                if copula and any(c.dep_ == "nsubj" and c.lemma_.lower() in self.words["purpose_subjects"]
                                  for c in head.children):
                    return Context("blocked", head.text, f"'... {head.text} to': what a job or plan is, not an act")
                if copula:
                    cat = "intent"  # "police are to question X": scheduled, not done
            if cat == "threaten" and rel == "ccomp" and other_subject(tok, head):
                return Context("blocked", head.text, f"'{head.text} that' another side acts: a prediction, "
                                                     "not a threat of the one who warns")
            if cat == "threaten" and rel == "prep" and tok.lower_ in self.words["warned_against"]:
                return Context("blocked", head.text, f"'{head.text} ... {tok.text}': an act of the one warned, "
                                                     "not a threat")
            # "an order that freezes the assets", "a resolution which condemns X": a document's clause
            # is what the document does once issued, not a standing habit of its noun
            if rel == "relcl" and self._state(tok) and head.lemma_.lower() not in self.words["document_nouns"]:
                return Context("blocked", tok.text, f"'{tok.text}' in a relative clause, present tense: a state "
                                                    "or a habit, not one event")
            local = self.local(head)
            # a negated governor does not negate its adverbial clause ("X did not change it, while
            # Y condemned Z": Z was condemned); its modal or condition still does
            negation_only = rel == "advcl" and local is not None and local.reason.startswith("negated")
            if local is not None and local.blocked and rel not in ("relcl", "appos") and not negation_only:
                return local
            if cat == "irrealis" and rel == "advcl" and tok.tag_ == "VBG" and not subordinated(tok) \
                    and any(k in self.words["prevention"] for k in lemma_keys(head)):
                # "banned firecrackers, arresting 210 people": a participle beside a ban is a second act
                # of the one who banned, not what the ban kept from happening ("banned X from travelling")
                tok = head
                continue
            if cat == "irrealis" and rel == "xcomp" and _lemma(head) in self.words["failing"] \
                    and _lemma(tok) in self.words["failed_accords"]:
                # "X and Y failed to reach agreement": a failed negotiation (fail_codes of modality.yaml)
                mode = _outer(mode, Context("fail", head.text, f"failed by '{head.text}'", head.i))
                tok = head
                continue
            if cat == "irrealis":
                return Context("blocked", head.text, f"under '{head.text}': not asserted")
            if rel in ("acl", "ccomp") and head.pos_ == "NOUN" and head.dep_ == "pobj" and \
                    head.head.lower_ in self.words["contradicting_preps"]:
                return Context("blocked", head.text, f"a claim the sentence sets against the fact ('{head.head.text}')")
            if rel == "dobj" and tok.pos_ == "NOUN" and any(k in self.words["enacting"] for k in lemma_keys(head)):
                tok = head  # "prosecutors ordered the arrest of X": the order is the act (CAMEO codes it so)
                continue
            if cat == "transparent" and rel in ("xcomp", "ccomp") and to_infinitive(tok, infinitive) and \
                    any(k in self.control for k in lemma_keys(head)):
                cat = "request"  # "the party told X to resign by Monday": an order, not a report of the act
            # an infinitive the parser hangs on a request noun as a relative clause is what is asked for ("calls
            # from the opposition to resign"), unlike a finite relative clause ("calls that went unheeded")
            asked = rel == "relcl" and to_infinitive(tok, infinitive)
            if cat == "request" and (rel not in ("nsubj", "nsubjpass", "relcl", "appos", "conj") or asked):
                return Context("blocked", head.text, f"only asked for by '{head.text}'")
            if rel == "xcomp" and any(k in self.words["announcing"] for k in lemma_keys(head)) and \
                    to_infinitive(tok, infinitive):
                # "Canada announced to provide aid": an announced act, not yet done
                cat = "intent"
            wishing = (cat == "intent" or cat == "prepare") and rel in ("xcomp", "ccomp")
            if wishing and to_infinitive(tok, infinitive) and wished_of_another(tok, head):
                # "voters want the government to recognise X": the government's act is what others
                # wish for, neither done nor the government's own intent
                return Context("blocked", head.text, f"'{head.text}' another side to act: a wish, not its intent")
            if cat in MODE_CATEGORIES and rel == "acl" and head.pos_ == "NOUN" and to_infinitive(tok, infinitive):
                # "his promise to release X", "a plan to attack Y", "its offer to mediate": what the noun
                # names is neither done nor, whatever the sentence does with it ("broke", "abandoned",
                # "welcomed"), surely still meant; unless its subject states it ("X announced plans
                # to impose sanctions", "renewed its pledge to send aid"), which is the verb's mode
                if not (head.dep_ == "dobj" and head.head.lemma_.lower() in self.words["mode_stating"]):
                    return Context("blocked", head.text, f"'{head.text} to ...': what a {head.text} names, not an act")
                mode = _outer(mode, Context(cat, head.text, f"'{head.head.text} ... {head.text} to'", head.i))
                tok = head
                continue
            if cat in MODE_CATEGORIES and rel in ("xcomp", "ccomp", "pcomp", "acomp", "prep", "dobj", "advcl"):
                mode = _outer(mode, Context(cat, head.text, f"governed by '{head.text}'", head.i))
            elif cat is None and rel in ("xcomp", "ccomp", "csubj") and head.pos_ in ("VERB", "AUX", "ADJ"):
                return Context("blocked", head.text, f"embedded under '{head.text}', a verb of unknown force")
            elif cat is None and rel in ("advcl", "acl", "pcomp") and to_infinitive(tok, infinitive):
                if not self._trip_to_meet(tok, head, rel):
                    return Context("blocked", head.text, f"purpose/infinitive clause under '{head.text}'")
                # "flew to Kidal to meet the rebels": the trip is made for the meeting, which news reports as
                # held; it has the trip's own mode ("will fly to X to meet Y" is intended)
                if local is not None and local.category in MODE_CATEGORIES:
                    mode = _outer(mode, local)
            if local is not None and local.category in ("commit", "threaten") and \
                    rel not in ("advcl", "relcl", "appos", "acl"):
                mode = mode or local
            if local is not None and local.category == "refuse" and rel not in ("advcl", "relcl", "appos", "acl"):
                # "X would not agree to meet Y", "will not hold talks": the governor's refusal is the
                # event's; what a refused statement reports ("will not confirm that Y met Z") and
                # what a refused verb's subject names ("the truce will not hold") are not refused
                if rel not in REFUSED_RELATIONS:
                    return Context("blocked", head.text, f"negated by '{head.text}'s negation")
                mode = _outer(mode, local)
            tok = head
        if waited and mode is not None and mode.category in MODE_CATEGORIES:
            return Context("blocked", mode.governor, f"a clause of time under '{mode.governor}': what it waits "
                                                     "for, as a condition, not an event")
        return mode or Context()


def _outer(inner: Context | None, outer: Context) -> Context:
    """The mode of an event under two mode-setting governors: the innermost counts ("X agreed to
    threaten Y" is the threat), except that a refusal of an intention or a commitment refuses the
    event itself ("X refused to agree to meet Y", "declined to commit to aid for Y": no meeting and no
    aid are meant, CAMEO's 12x)."""
    if inner is None:
        return outer
    refused = inner.category == "intent" or inner.category == "commit" or inner.category == "prepare"
    return outer if outer.category == "refuse" and refused else inner


