"""The event coder: patterns over the dependency parse -> CAMEO/PLOVER events with evidence.

For every token that a pattern's trigger word names, the most specific pattern whose words are
present is tried; its source and target are mapped to actors (arguments.py) and paired (sides.py), the
governing words decide whether and how it is asserted (modality.py), and the code is adjusted for the mode
(intent -> 03x, threat -> 13x, refusal -> 12x). Precision comes first: no source actor, a
missing target where the code needs one, negation, fear, condition or appeal -> no event; a word
in another sense (senses.py) or a root the article's topic uses in other senses (domain.py) -> no
event. An agentless passive ("he was arrested") is coded with a null source unless a documented
rule gives one (inferred_sides.py). The confidence comes from the evidence (confidence.py). Every
attempt is recorded in a trace that ``explain`` shows.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..actors.kb import load_kb
from ..datelines import OPENING_CHARS, find
from ..model import Actor, Article, Event, Place, TimeExpression
from ..nlp import doc_language, doc_text
from ..places import country_of_demonym
from .actor_index import ActorIndex, Arg
from .answers import answer_targets
from .arguments import claimed_act_targets, condition_subjects, resolve, threatened_objects
from .confidence import anchored, public_share
from .demands import crowd_target, home_government, protest_target, stance_target, yield_target
from .domain import Topic, topic
from .evaluations import evaluations_in
from .inferred_sides import authority_source, host_state, launch_source
from .lexicon import Lexicon, Pattern, load_lexicon
from .local_modality import Context
from .matcher import Match, Trigger, candidates, light_verb, match, misfit
from .merging import dedup_events, in_codes, one_violent_act
from .modality import Modality
from .nominals import (
    casualty_sides,
    doer_act_mood,
    drop_inner_targets,
    force_act_code,
    mediations,
    noun_mood,
    outcome_victims,
    patient_possessor,
    struck_places,
)
from .obligations import demands_at, modal_positions
from .passives import agentless, dated_subject, deployed_forces, participle_sides
from .placetime import dated_in_sentence, news_day
from .recoding import Attempt, recode
from .records import Found, event_record
from .senses import other_sense, shipped_senses, wrong_source
from .sides import best_match, domestic_rule, event_pairs, pair_codes, side_identity
from .triggers import possible_triggers
from .words import argument_words, coding_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

LOGGER = logging.getLogger(__name__)


class Coder:
    """Codes the events of one parsed article."""

    def __init__(self, lex: Lexicon, actors: Sequence[Actor], lang: str, article_topic: Topic | None = None,
                 places: Sequence[Place] = ()) -> None:
        self.lex = lex
        self.places = places
        self.topic = article_topic or Topic()
        mod = lex.modality
        self.index = ActorIndex(actors, mod.get("pair_nouns", []), mod.get("pair_words", []),
                                mod.get("holder_verbs", []), country_of_demonym,
                                mod.get("state_force_nouns", []), mod.get("force_action_nouns", []),
                                mod.get("relational_people_nouns", []), mod.get("from_author_nouns", []), places,
                                load_kb(lang=lang).capitals.get)
        self.modality = Modality(lex.modality, lang)
        self.senses = shipped_senses(lang)
        coding = coding_words(lang)
        self.shares, self.ending_verbs = coding.public_share_words, coding.ending_verbs
        self.of_words = argument_words(lang).of_prepositions
        self.trace: list[Attempt] = []

    def _matches(self, tok: Token, pats: list[Pattern], trig: Trigger) -> list[Match]:
        """The patterns that fit ``tok`` matched against it; when none fits, every one with why (a
        pattern that does not fit never wins over one that does, see sides.best_match, so it is matched only
        when all fail)."""
        why = [misfit(trig, p) for p in pats]
        if all(why):
            return [Match(p, tok, failed=reason) for p, reason in zip(pats, why, strict=True)]
        return [match(tok, p, self.lex, self.index, trig) for p, reason in zip(pats, why, strict=True) if not reason]

    def _threatened(self, tok: Token, ctx: Context, sources: list[Arg]) -> list[Arg]:
        """Whom a threat that names no target is made to: whom the threatened act is done to ("X
        threatened to cut aid to Y"; only for the threat verb itself, an embedded act has its own
        target), else the subject of the condition it sets ("... unless Y lifts the embargo").
        Never the threatener's own side: that is a misresolved mention, not a threat to oneself."""
        verb = tok.doc[ctx.governor_i] if ctx.governor_i is not None else tok
        for toks in ([] if verb is not tok else threatened_objects(tok), condition_subjects(verb)):
            found = self._others(toks, sources)
            if found:
                return found
        return []

    def _ended(self, tok: Token) -> bool:
        """Whether the event noun is the object of a verb that ends it (coding.yaml's ending_verbs)."""
        light = light_verb(tok, self.lex)
        return light is not None and light.lemma_.lower() in self.ending_verbs

    def _object_names_others(self, tok: Token, sources: list[Arg], pattern: Pattern) -> bool:
        """Whether the trigger's object names a partner other than its co-subjects: "Egypt and Qatar
        ended the fighting between Israel and Hamas" is no truce of Egypt with Qatar, and "X and Y
        signed an agreement with others" no agreement of X with Y (the pattern's target phrase is
        there, naming no actor)."""
        own = {a.actor.id for a in sources}
        prep = pattern.target.prep.lower() if pattern.target is not None and pattern.target.prep else None
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        for child in objects:
            span = child.doc[child.left_edge.i:child.right_edge.i + 1]
            if any(a.id not in own for a in self.index.at(span.start_char, span.end_char)):
                return True
        # the phrase on the trigger, its object, or (an event noun) the verb whose object it is
        heads = (tok, *objects, *((tok.head,) if tok.dep_ == "dobj" else ()))
        return prep is not None and any(
            c.dep_ == "prep" and c.lower_ == prep and any(g.dep_ == "pobj" for g in c.children)
            for head in heads for c in head.children)

    def _home_visit(self, tok: Token, code: str, source: Arg | None, target: Arg | None) -> bool:
        """"The Sudanese army chief arrived in Khartoum", "the opposition leader returned to Caracas": a trip
        to a place of one's own country (a target that is the bare country, or a place name such as a capital
        that the resolver reads as the government) is a return home, no visit (modality.yaml, home_visit_codes);
        a visit to an actor of one's country ("visited the president") stays."""
        if source is None or target is None or not in_codes(code, self.lex.modality.get("home_visit_codes", [])):
            return False
        if not source.actor.country or source.actor.country != target.actor.country:
            return False
        # the bare land, or a place name the resolver reads as its government ("arrived in Dhaka": BGDGOV)
        start = tok.doc[target.token_i].idx
        return target.actor.code == target.actor.country or any(p.start <= start < p.end for p in self.places)

    def _one_way(self, tok: Token, code: str) -> bool:
        """Whether co-subjects of a fight are allies rather than foes: "police and troops fired tear gas",
        "X and Y attacked" name one side acting together, where "X and Y clashed (fought, exchanged
        fire)" names two sides fighting each other (modality.yaml, mutual_only_codes, mutual_fight_lemmas)."""
        mod = self.lex.modality
        return code in {str(c) for c in mod.get("mutual_only_codes", [])} and \
            tok.lemma_.lower() not in set(mod.get("mutual_fight_lemmas", []))

    def _others(self, toks: Iterable[Token], sources: list[Arg]) -> list[Arg]:
        """The actors ``toks`` name, leaving out the sources' own codes (a target found away from the
        verb that resolves to the doer is a misresolved mention, not an act on oneself)."""
        own = {s.actor.code for s in sources}
        return [a for t in toks for a in resolve(t, self.index) if a.actor.code not in own]

    def code_token(self, tok: Token) -> list[Found]:
        trig = Trigger(tok, self.lex)  # one per token: what the patterns ask of the parse is found once
        pats = candidates(tok, self.lex, trig)
        if not pats:
            return []
        best = best_match(self._matches(tok, pats, trig), self.lex)
        attempt = Attempt(tok.text, tok.i, best.pattern.text, best.pattern.code, "nearly",
                          sources=[a.actor.code or a.actor.name for a in best.sources],
                          targets=[a.actor.code or a.actor.name for a in best.targets + best.between])
        self.trace.append(attempt)
        if best.failed:
            attempt.reason = best.failed
            return []
        name = self.index.name_covering(tok) if tok.pos_ == "PROPN" else None
        if name is not None:  # "the Popular Mobilization Forces", "the Islamic Resistance Movement"
            attempt.outcome, attempt.reason = "blocked", f"a word of the name '{name}'"
            return []
        if best.pattern.kind == "noun" and best.target_how == "descendant":
            drop_inner_targets(best, self.lex)
        if best.pattern.kind == "noun":
            patient_possessor(best, self.index, self.lex)  # "Navalny's arrest": see nominals.py
        sense, base = other_sense(tok, best.pattern.code)
        if sense is not None and not base:
            attempt.outcome, attempt.reason = "blocked", f"other sense: {sense.why}"
            return []
        if best.pattern.kind == "noun" and best.source_how == "light" and base[:2] >= "10" and \
                self._ended(tok) and self.modality.walk(tok).category != "persist":
            # "Israel and Hamas ended the fighting": the fighting is what stopped, not news of it
            attempt.outcome, attempt.reason = "blocked", "a hostile act its light verb ends"
            return []
        if self.topic.suppresses(base):
            attempt.outcome = "blocked"
            attempt.reason = f"{self.topic.domain.name if self.topic.domain else ''} article ({self.topic.reason})"
            return []
        if not best.targets and not best.between:  # "nurses held since May were freed": see passives.py
            dated_subject(best, self.index)
            participle_sides(best, base, self.index, self.lex)  # "the nurses, kidnapped by X, ..."
        if not best.sources and best.targets:  # "rockets were fired from Gaza at Israel": see inferred_sides.py
            launched = launch_source(best, base, self.index, self.lex)
            if launched:
                best.sources, best.source_how = launched, "launch"
            hosted = [] if launched else host_state(best, base, self.index, self.lex)
            if hosted:  # "the French ambassador to Mali was summoned": see inferred_sides.py
                best.sources, best.source_how = hosted, "authority"
        passive = not best.sources and len(best.between) < 2 and agentless(best, base, self.lex)
        forces = deployed_forces(best, base, self.index, self.lex) if not best.sources and len(best.between) < 2 else []
        if forces:
            best.sources, best.source_how, passive = forces, "subj", False
        elif passive:
            best.sources, best.source_how = authority_source(best, base, self.index, self.lex, self.places)
            attempt.sources = [a.actor.code or a.actor.name for a in best.sources]
        elif not best.sources and len(best.between) < 2:
            attempt.reason = "no source actor"
            return []
        base = force_act_code(best, base, self.index, self.lex)  # "killed by Indian shelling": see nominals.py
        sides = casualty_sides(best, base, self.index, self.lex) if best.pattern.kind == "noun" else None
        if sides is not None:  # "three soldiers were killed in a rebel attack": see nominals.py
            if not best.targets and sides[1]:
                best.target_how = "victims"
            best.sources, best.targets = sides
            if not best.sources:
                attempt.reason = "no source actor (the verb of harm's subject is the harmed)"
                return []
        if best.sources and not best.targets and not best.between:  # "an air strike left three dead": see nominals.py
            best.targets = outcome_victims(best, base, self.index, self.lex)
            best.target_how = "victims" if best.targets else best.target_how
        if best.sources and not best.targets and not best.between:  # "air strikes on Kharkiv": see nominals.py
            best.targets = struck_places(best, base, self.index, self.lex, self.places)
            best.target_how = "located" if best.targets else best.target_how
        if base.startswith("14") and best.sources and not best.targets and not best.between:
            # "protesters demanding the president's resignation took to the streets": see demands.py
            found = protest_target(tok, best.sources, self.index, self.lex.modality.get("demand_words", []),
                                   self.lex.modality.get("protest_target_roles", []),
                                   self.lex.modality.get("demand_phrase_prepositions", []))
            if found:
                best.targets, best.target_how = found, "demand"
        if best.sources and not best.targets and not best.between:  # "... police responded by firing tear gas"
            best.targets = crowd_target(tok, base, best.sources, self.index)
            best.target_how = "crowd" if best.targets else best.target_how
        if best.sources and not best.targets and not best.between:  # "rebels surrendered": see demands.py
            best.targets = yield_target(tok, base, best.sources, self.index)
            best.target_how = "home" if best.targets else best.target_how
        ctx, planned = self.modality.walk(tok), False
        if best.pattern.kind == "noun" and not ctx.blocked:
            mood = noun_mood(tok, self.lex.modality)
            ctx, planned = (mood, True) if mood is not None else (ctx, False)
        elif not ctx.blocked:  # "a suspected Syrian air strike killed ...": see nominals.py
            ctx = doer_act_mood(best, self.lex) or ctx
        if ctx.blocked:
            attempt.outcome, attempt.reason = "blocked", ctx.reason
            return []
        recoded = recode(base, ctx, self.lex)
        if isinstance(recoded, str):  # why it is not an event
            attempt.outcome, attempt.reason = "blocked", recoded
            return []
        code, mode = recoded
        if mode in ("did", "threaten") and base.startswith("14") and best.sources and not best.targets \
                and not best.between:
            # "anti-Israel demonstrators": whom the protesters' own modifier names; else "students marched
            # through the capital", "activists vowed to stage more protests": their own government (demands.py)
            named = stance_target(tok, best.sources, country_of_demonym)
            found = named if named is not None else []
            how = "mod"
            if named == []:
                found, how = home_government(tok, best.sources, self.index, self.places,
                                             self.lex.modality.get("protest_target_roles", [])), "home"
            if found:
                best.targets, best.target_how = found, how
        if mode == "threaten" and not best.targets and not best.between:
            found = self._threatened(tok, ctx, best.sources)
            if found:
                best.targets, best.target_how = found, "condition"
        if not best.targets and not best.between and in_codes(code, self.lex.modality.get("claim_target_codes", [])):
            # "X claimed responsibility for attacks on Y": see arguments.claimed_act_targets
            found = self._others(claimed_act_targets(tok), best.sources)
            if found:
                best.targets, best.target_how = found, "claimed"
        if passive and not best.sources:
            nominal = best.pattern.kind == "noun"
            pairs: list[tuple[Arg | None, Arg | None]] = [] if nominal else [(None, t) for t in best.targets]
            why = "" if pairs else ("event noun with no agent, and no rule gives one" if nominal
                                    else "agentless passive with no target actor")
        else:
            sourced, why = event_pairs(best, code, self.lex, planned)
            pairs = [*sourced]
            if best.target_how == "symmetric" and self._object_names_others(tok, best.sources, best.pattern):
                pairs, why = [], "the co-subjects act on others the object names, not on each other"
            elif best.target_how == "symmetric" and self._one_way(tok, code):
                pairs, why = [], "co-subjects of a one-way attack act together, not on each other"
        if not pairs:
            attempt.reason = why
            return []
        if any(public_share(s, tok.doc, self.shares, self.of_words) for s, _ in pairs):
            attempt.outcome, attempt.reason = "blocked", "the source is a share of a public: a poll's finding"
            return []
        kept = [(s, t) for s, t in pairs if s is None or wrong_source(code, s.actor.code, self.senses) is None]
        if not kept:
            rule = wrong_source(code, pairs[0][0].actor.code if pairs[0][0] else None, self.senses)
            attempt.outcome, attempt.reason = "blocked", f"other sense: {rule.why if rule else ''}"
            return []
        coded = pair_codes(tok, code, kept)
        if not coded:
            attempt.outcome, attempt.reason = "blocked", "other sense for these actors (pairs in senses.yaml)"
            return []
        coded = domestic_rule(tok, code, coded, self.lex.modality)
        coded = [c for c in coded if not self._home_visit(tok, c[2], c[0], c[1])]
        if not coded:
            attempt.outcome, attempt.reason = "blocked", "a trip to the source's own land: a return home, no visit"
            return []
        coded = [c for c in coded if anchored(c[0], c[1], self.lex.modality)]
        if not coded:
            attempt.outcome, attempt.reason = "blocked", "no side has a country or is an international body"
            return []
        attempt.outcome, attempt.code = "fired", code
        attempt.reason = "; ".join(r for r in (ctx.reason, f"sense: {sense.why}" if sense else "",
                                               "no agent: see passives.py" if passive else "",
                                               *(f"pair sense: {why}" for *_, why in coded if why)) if r)
        return [(best, s, t, pair_code, mode, ctx) for s, t, pair_code, _why in coded
                if s is None or t is None or side_identity(s) != side_identity(t)]



def _is_headline(n: int, sent: Span) -> bool:
    """The first sentence, set off by a line break and with no final stop: the article's headline."""
    if n != 0:
        return False  # before sent.text, which rebuilds the sentence's string
    text = sent.text
    return "\n" in text and not text.rstrip().endswith((".", "?", "!", '"', "”"))


def _outside_datelines(doc: Doc, actors: Sequence[Actor]) -> list[Actor]:
    """The actors with their dateline mentions left out: "KAMPALA, Uganda (AP) - Rebels hacked ..."
    names where the story was filed and who filed it, never a side, though the parser may hang the
    dateline on the verb as a subject (it made "Uganda" a killer). The actors stage keeps those
    mentions (they give the story's country); the coder does not take a side from them."""
    lines = [(line.start, line.end) for line in find(doc_text(doc), OPENING_CHARS, lang=doc_language(doc))]
    if not lines:
        return list(actors)
    return [replace(a, mentions=[m for m in a.mentions if not any(s <= m.start and m.end <= e for s, e in lines)])
            for a in actors]


def run(doc: Doc, article: Article, actors: Sequence[Actor], times: Sequence[TimeExpression],
        places: Sequence[Place], lex: Lexicon) -> tuple[list[Event], Coder]:
    """Code every sentence of ``doc``; return the events and the coder (whose trace explains them)."""
    coder = Coder(lex, _outside_datelines(doc, actors), doc_language(doc), topic(doc, article), places)
    events: list[Event] = []
    undated: set[int] = set()
    reference = news_day(doc, times, article.published, lex.modality)
    headline: set[int] = set()
    triggers = possible_triggers(doc, lex)  # token indices, in order; the other tokens code nothing
    for n, sent in enumerate(doc.sents):
        first, last = bisect.bisect_left(triggers, sent.start), bisect.bisect_left(triggers, sent.end)
        if first == last:
            continue
        has_date: bool | None = None
        in_headline = _is_headline(n, sent)
        founds = [found for i in triggers[first:last] for found in coder.code_token(doc[i])]
        # "Sudan and Chad negotiated under the mediation of Qatar": Qatar mediates (nominals.mediations)
        founds += [(med_m, med, party, "045", "did", found[5]) for found in founds if found[4] == "did"
                   for med_m, med, party in mediations(found[0], found[3], coder.index, lex)]
        coded = [(found, event_record(article, sent, found, times, places, reference, lex.modality))
                 for found in founds]
        for _found, event in one_violent_act(coded, lex.modality):
            events.append(event)
            if has_date is None:
                has_date = dated_in_sentence(sent, times, lex.modality)
            if not has_date:
                undated.add(id(event))
            if in_headline:
                headline.add(id(event))
    # "X said Y must ...": a demand of Y (obligations.py), found at the few "must" of the text
    modals = modal_positions(doc, lex)
    for sent in (doc[i].sent for i in modals) if modals else ():
        for m, src, tgt, ctx in demands_at(doc, [i for i in modals if sent.start <= i < sent.end], lex,
                                           coder.index, coder.modality):
            coder.trace.append(Attempt(m.trigger.text, m.trigger.i, m.pattern.text, m.pattern.code, "fired",
                                       sources=[src.actor.code or src.actor.name],
                                       targets=[tgt.actor.code or tgt.actor.name]))
            events.append(event_record(article, sent, (m, src, tgt, m.pattern.code, "did", ctx), times, places,
                                 reference, lex.modality))
    # "X described Y's decision as a sham", "Y's move drew criticism from X" (evaluations.py)
    for m, src, tgt, ctx in evaluations_in(doc, coder.index, coder.modality):
        coder.trace.append(Attempt(m.trigger.text, m.trigger.i, m.pattern.text, m.pattern.code, "fired",
                                   sources=[src.actor.code or src.actor.name],
                                   targets=[tgt.actor.code or tgt.actor.name]))
        events.append(event_record(article, m.trigger.sent, (m, src, tgt, m.pattern.code, "did", ctx), times, places,
                             reference, lex.modality))
    symmetric = [str(c) for c in lex.modality.get("symmetric_codes", [])]
    # "X denied the charge": the accuser reported before is the target (answers.py)
    return answer_targets(dedup_events(events, undated, headline, symmetric), doc_language(doc)), coder


def code_events(doc: Doc, article: Article, actors: list[Actor], times: list[TimeExpression],
                places: list[Place], extra_lexicons: Sequence[Path] = ()) -> list[Event]:
    """Code the CAMEO/PLOVER events of one article.

    Args:
        doc: the spaCy parse of ``article.text`` (offsets must agree).
        article: the article; its ``published`` date is the fallback event date.
        actors: resolved actors with character-offset mentions (events need a source actor).
        times: time expressions; an event takes the one in its clause or sentence.
        places: places; an event takes one introduced by a locative preposition in its clause.
        extra_lexicons: user YAML files with more verb/noun patterns or modality words.

    Returns:
        Events with ids E1.., each with its sentence, trigger span, rule id and confidence.
    """
    lex = load_lexicon(extra_lexicons, doc_language(doc))
    events, _ = run(doc, article, actors, times, places, lex)
    LOGGER.debug("article %s: %d events", article.id, len(events))
    return events
