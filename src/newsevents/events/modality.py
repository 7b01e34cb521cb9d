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

What the words on one token say (negation, modals, conditions, hedges) is read by local_modality.py, whose
``LocalModality`` this module's ``Modality`` extends with the walk; clauses.py and facts.py answer the walk's
questions about a clause (its tense, subject, speaker; whether it states a fact).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .arguments import lemma_keys
from .clauses import (
    has_modal,
    other_subject,
    paragraph_between,
    past_tense,
    subordinated,
    to_infinitive,
    wished_of_another,
)
from .facts import factive_clause, past_setting, time_clause
from .local_modality import Context, LocalModality

if TYPE_CHECKING:
    from spacy.tokens import Token

MODE_CATEGORIES = ("intent", "commit", "threaten", "refuse", "prepare")
# How an act hangs from a governor that is refused ("will not agree to meet", "won't hold talks",
# "would not take part in"): as its complement or object, never as its subject or a that-clause.
REFUSED_RELATIONS = ("xcomp", "dobj", "prep", "pcomp", "acomp")


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


class Modality(LocalModality):
    """The walk over one trigger's governors (the word lists and the reading of one token are LocalModality's)."""

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

    def _shared_modal(self, tok: Token, head: Token) -> Context | None:
        """"X should withdraw its troops and release the sailors", "must cede power and free Y": a modal
        on the first of two coordinated verbs governs the second when it shares the first's subject and
        has no auxiliary, subject or tense of its own (a bare verb, or a participle beside a participle
        in "must be freed and returned"); "X must leave, and Y has already left" keeps its own. What the
        modal says of the first verb (a possibility, a commitment, a refusal) it says of the second."""
        if not has_modal(head) or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children):
            return None
        if not (tok.tag_ == "VB" or (tok.tag_ == "VBN" and head.tag_ == "VBN")):
            return None
        return self.local(head)

    def _headline_plan(self, root: Token, trigger: Token) -> Context | None:
        """"Ruto to meet Museveni", "Modi to visit Japan": a clause whose root is an infinitive with a
        subject of its own and no finite verb is the newswire's future (a headline, a caption), a plan
        announced, not an act done. The parser may make the subject the root and hang the infinitive on
        it ("Japan's top diplomat to visit China"): with no finite verb in the sentence, that is the same
        headline, unless the noun is ranked ("the first leader to visit X" names who did it)."""
        if root.dep_ != "ROOT":
            return None
        if to_infinitive(root, self.infinitive) and any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
            return Context("intent", root.text, f"'... to {root.text}' as the root: a headline's plan", root.i)
        if root.pos_ not in ("NOUN", "PROPN") or any(t.tag_ in self.words["finite_tags"] for t in root.sent) or any(
                c.lower_ in self.words["headline_fact_marks"] or c.tag_ == "JJS" for c in root.children):
            return None
        for verb in root.children:
            if verb.dep_ in ("relcl", "acl") and to_infinitive(verb, self.infinitive) \
                    and verb.left_edge.i <= trigger.i <= verb.right_edge.i:
                return Context("intent", verb.text, f"'... to {verb.text}' on the subject: a headline's plan", verb.i)
        return None

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
                    shared = self._shared_modal(tok, head)
                    if shared is not None and shared.blocked:
                        return shared
                    if shared is not None and shared.category in MODE_CATEGORIES:
                        mode = _outer(mode, shared)
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
        headline = self._headline_plan(tok, trigger)
        if headline is not None:
            mode = _outer(mode, headline)
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

