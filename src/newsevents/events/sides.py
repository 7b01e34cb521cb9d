"""The sides of one coded trigger: which match of a trigger's patterns is coded, and the (source,
target) pairs it gives, each with the code it gets once both sides are known.

coder.py decides whether a trigger is an event and in which mode; once the match has its sources,
targets and the two sides a "between" names, the questions left are who acts on whom: a symmetric act
(talks, a truce) pairs its co-subjects both ways, a reciprocal object ("each other") too; an act whose
object names no actor stands only for the acts listed for it in modality.yaml (arrests of unnamed
people, condemning an unattributed attack); a state's decree on its own ground is done to its people;
and a pair's sense may change the code (pair_senses.py). They stand apart from the coder's walk over a
trigger so that each reads as a rule of pairing, with the modality.yaml list that makes it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..model import Actor
from .actor_index import Arg
from .inferred_sides import domestic_people, people_word
from .lexicon import Lexicon
from .matcher import Match
from .merging import in_codes
from .nominals import concluded_between
from .pair_senses import pair_sense
from .words import inferred_side_words, words_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def best_match(matches: list[Match], lex: Lexicon) -> Match:
    """The match to code: words all present, then a target found, then able to stand without one."""
    targetless = lex.modality.get("targetless_codes", [])

    def key(m: Match) -> tuple[bool, bool, bool, int]:
        has_target = bool(m.targets or len(m.between) > 1)
        alone = (m.pattern.target is None and in_codes(m.pattern.code, targetless)) or (
            bool(m.target_words) and _unnamed_target_ok(m, m.pattern.code, lex))
        return (not m.failed, has_target, alone, m.pattern.specificity)
    return max(matches, key=key)


def event_pairs(m: Match, code: str, lex: Lexicon, planned: bool = False) -> tuple[list[tuple[Arg, Arg | None]], str]:
    """The (source, target) pairs of a match; ``planned``: the noun's own words make it intended
    ("next week's talks between X and Y"), so the intended talks (036) are symmetric as talks are.
    An intent read from the governors instead is not trusted for a bare "between": a parse that
    hangs "the meeting between X and Y" under "agreed" would turn a meeting held into one planned."""
    mod = lex.modality
    if m.between:
        # "Egypt brokered (hosted, ended) a truce between X and Y": the noun's sides are the two it
        # names; the subject of the verb it hangs from is a broker or host, not a party
        inherited = m.pattern.kind == "noun" and len(m.between) > 1 and m.source_how in ("light", "participation")
        if m.sources and not inherited:
            return [(s, t) for s in m.sources for t in m.between], ""
        symmetric = mod.get("symmetric_codes", [])
        if in_codes(code, symmetric) or (planned and in_codes(m.pattern.code, symmetric)) or concluded_between(m, lex):
            return [(a, b) for a in m.between for b in m.between if a.actor.id != b.actor.id], ""
        return [], "no source actor"
    if m.targets and in_codes(code, sorted(inferred_side_words(m.trigger.doc)["release_appeal_codes"])):
        m.targets = released_holders(m)
        if not m.targets:
            return [], "the released are no target: who holds them is not named"
    if m.targets:
        # "China and Russia support the government" with "the government" resolved to China: a target
        # that is also one of the subjects is a resolution gone wrong, not one co-subject acting on another
        own = {s.actor.id for s in m.sources if s.actor.id}
        targets = [t for t in m.targets if not (len(m.sources) > 1 and t.actor.id and t.actor.id in own)]
        if not targets:
            return [], "the target is one of the subjects"
        # "Ethiopia's prime minister and Eritrea's president reopened the embassy in Addis Ababa": among
        # co-subjects, the one of the country the target is (a bare country, a place) acts with the other
        # in its own land, not on it
        pairs: list[tuple[Arg, Arg | None]] = [(s, t) for s in m.sources for t in targets
                 if not (len(m.sources) > 1 and t.actor.code and s.actor.code and t.actor.code == t.actor.country
                         and s.actor.code != t.actor.code and s.actor.country == t.actor.country)]
        return pairs, "" if pairs else "the target is the land of the subject"
    symmetric = list(mod.get("symmetric_codes", [])) + list(mod.get("subject_symmetric_codes", []))
    # "X and Y agreed to meet": the intended meeting (036) is symmetric as the meeting (04) is
    planned = in_codes(m.pattern.code, mod.get("symmetric_codes", []))
    # "the truce brokered by X and Y, which ended the fighting": makers of the thing that acts (the
    # agents of a participle on the subject noun) are no partners of each other
    made_by = any(s.how == "by" for s in m.sources)
    if len(m.sources) > 1 and (in_codes(code, symmetric) or planned or _mutual_exchange(m, code, mod)) \
            and not made_by:
        m.target_how = "symmetric"
        return _partners(m.sources), ""
    # "X and Y accused each other (the other) of ...": each subject acts on the other
    reciprocal = set(mod.get("reciprocal_objects", []))
    if len(m.sources) > 1 and m.target_words and not made_by and all(
            w.lower_ in reciprocal for w in m.target_words):
        m.target_how = "symmetric"
        return _partners(m.sources), ""
    targetless = mod.get("targetless_codes", [])
    # a one-sided act made a threat threatens no one without a target: "activists vowed to stage more
    # protests" announces protests, it is no threat (the act's own code may stand alone, its threat not)
    threat = code != m.pattern.code and code in {str(c) for c in mod.get("threat_codes", {}).values()}
    if m.pattern.target is None and (in_codes(code, targetless) or (
            not threat and in_codes(m.pattern.code, targetless))):
        return [(s, None) for s in m.sources], ""
    if m.target_words and _unnamed_target_ok(m, code, lex):
        m.target_how = "unnamed"
        return [(s, domestic_people(m, s, lex)) for s in m.sources], ""
    return [], "no target actor" if m.pattern.target is not None else "pattern has no target and the code needs one"


def _mutual_exchange(m: Match, code: str, mod: Mapping[str, Any]) -> bool:
    """Co-subjects that exchange what the code moves ("X and Y swapped prisoners"): each does the act to
    the other (``mutual_exchange_codes``, ``mutual_exchange_lemmas`` in modality.yaml)."""
    return in_codes(code, mod.get("mutual_exchange_codes", [])) and \
        m.trigger.lemma_.lower() in set(mod.get("mutual_exchange_lemmas", []))


def _partners(sources: Sequence[Arg]) -> list[tuple[Arg, Arg | None]]:
    """Each co-subject of a symmetric act with each other one, but never two of one side: "the ministers
    and high-level officials agreed" names one government twice (two actors of one code), and an agreement
    of a side with itself is no event."""
    return [(a, b) for a in sources for b in sources
            if a.actor.id != b.actor.id and not (a.actor.code and a.actor.code == b.actor.code)]


def _unnamed_target_ok(m: Match, code: str, lex: Lexicon) -> bool:
    """Whether the event stands with an unnamed target: the words are there but name no actor.

    ``unnamed_target_codes``: acts whose object is often a person nobody names ("troops arrested
    three suspects", "the group released two hostages"). ``unnamed_crowd_codes``: crowd control of
    a gathering ("police broke up the protest"). ``unattributed_event_codes``: reactions to
    a violent event whose perpetrator the sentence does not name ("X condemned the attack"); a
    reaction to a decision or a move, which always has an author, still needs that author.
    ``unattributed_welcome_codes``: the same for welcoming a cooperative act ("X welcomed the
    exchange", "... the ceasefire"), whose parties the sentence does not name.
    """
    mod = lex.modality
    if m.pattern.target is None or m.pattern.target.kind == "between":
        return False
    if in_codes(code, mod.get("unnamed_target_codes", [])):
        people = set(mod.get("person_nouns", []))
        words = [people_word(w, mod) for w in m.target_words]
        return all(w.pos_ == "NUM" or w.lemma_.lower() in people or w.lower_ in people for w in words)
    if in_codes(code, mod.get("unnamed_crowd_codes", [])):
        crowd = set(mod.get("crowd_words", []))
        # only the people of a country's own dissent: not "the crowd of fans", "the pro-government rally"
        return bool(m.target_words) and all(w.lemma_.lower() in crowd or w.lower_ in crowd for w in m.target_words) \
            and any(domestic_people(m, s, lex) is not None for s in m.sources)
    if in_codes(code, mod.get("unattributed_event_codes", [])):
        return _names_event(m, lex, mod.get("violent_event_roots", []))
    if in_codes(code, mod.get("unattributed_welcome_codes", [])):
        return _names_event(m, lex, mod.get("cooperative_event_roots", []))
    return False


def _names_event(m: Match, lex: Lexicon, roots: Sequence[str]) -> bool:
    """Whether an object word is a noun that a noun pattern of one of ``roots`` names ("the attack")."""
    prefixes = tuple(str(r) for r in roots)
    for word in m.target_words:
        pats = lex.nouns.get(word.lemma_.lower(), []) + lex.nouns.get(word.lower_, [])
        if word.pos_ in ("NOUN", "PROPN") and any(p.code.startswith(prefixes) for p in pats):
            return True
    return False


def domestic_rule(tok: Token, code: str, coded: list[tuple[Arg | None, Arg | None, str, str]], mod: Mapping[str, Any]
                   ) -> list[tuple[Arg | None, Arg | None, str, str]]:
    """A state's decree on its own ground ("the junta declared a state of siege in Haiti": Haiti
    stands for the junta's state) is done to the country's people, as CAMEO codes it (172x, see
    ``domestic_rule_codes`` of modality.yaml): for a source that is a state of one of
    ``domestic_rule_roles`` or the bare country, a target that is the source, or its own country's
    state read from a place name ("the police blocked websites in Turkey": not the government),
    becomes the bare country, not a self-directed act or one on the government. A decree that names
    no one it covers ("the army imposed martial law", "said it was prepared to impose martial law")
    is laid on the same people: the codebook codes its 1724 and 1324 examples HTI -> HTI, IRQ -> IRQ."""
    if not in_codes(code, mod.get("domestic_rule_codes", [])):
        return coded
    roles = {str(r).upper() for r in mod.get("domestic_rule_roles", [])}  # the loader lower-cases words
    out = []
    for s, t, c, why in coded:
        src = (s.actor.code or "") if s is not None else ""
        # a bare role ("COP": police of no known country) is no state: its decree covers no country
        state = len(src) >= 3 and src[:3] not in roles and (len(src) == 3 or src[3:6] in roles)
        own_place = t is not None and t.how == "place" and (t.actor.code or "") in (src[:3], f"{src[:3]}GOV")
        if s is not None and state and (t is None or side_identity(s) == side_identity(t) or own_place):
            at, how = (t.token_i, t.how) if t is not None else (tok.i, "domestic")
            name = tok.doc[at].text if t is not None else src[:3]  # the place the decree covers ("Haiti")
            people = Actor(id="", article_id="", name=name, kind="country", country=src[:3], code=src[:3])
            t = Arg(people, at, how)
        out.append((s, t, c, why))
    return out


def side_identity(arg: Arg) -> str:
    """Who an argument is: its actor's id, or, for a country inferred with no actor record (id ""),
    its code, so that two different bare countries are two sides."""
    return arg.actor.id or f"={arg.actor.code}"


def pair_codes(tok: Token, code: str, pairs: list[tuple[Arg | None, Arg | None]]
                ) -> list[tuple[Arg | None, Arg | None, str, str]]:
    """Each pair with the code it gets once both sides are known (events/pair_senses.py: a
    politician who "attacked" a senator criticised him), and the rule's why; pairs whose sense is
    no event are left out."""
    out = []
    for s, t in pairs:
        rule = pair_sense(tok, code, s.actor.code if s else None, t.actor.code if t else None,
                          target_word=tok.doc[t.token_i] if t is not None else None)
        if rule is None:
            out.append((s, t, code, ""))
        elif rule.recode:
            out.append((s, t, rule.recode, rule.why))
    return out


def released_holders(m: Match) -> list[Arg]:
    """The targets of an appeal for a release (``release_appeal_codes``: CAMEO 0253, "appeal for release
    of persons": the target is whoever must release them, not the released). A target found in the "of"
    phrase of a release noun ("appealed for the release of activist X", "called for the freedom of X";
    ``release_nouns``) is one of the released, and the target is their holder instead: for a political
    prisoner (an actor whose role is one of ``prisoner_roles``: opposition figures, rights activists,
    of their own country) their country's government, which jails its own critics; for anyone else
    (hostages, foreign reporters) nobody the sentence names, and the target is dropped. A target named
    otherwise ("called on Turkey to release X") stays."""
    words = inferred_side_words(m.trigger.doc)
    roles = {r.upper() for r in words["prisoner_roles"]}
    doc = m.trigger.doc
    out: list[Arg] = []
    for arg in m.targets:
        if not _released(doc[arg.token_i], words["release_nouns"]):
            out.append(arg)
            continue
        code, country = arg.actor.code or "", arg.actor.country
        if country and code[3:6] in roles and code[:3] == country:
            state = Actor(id="", article_id=arg.actor.article_id, name=f"government of {country} (holder, inferred)",
                          kind="organization", role="GOV", country=country, code=f"{country}GOV")
            out.append(Arg(state, arg.token_i, "holder"))
    return out


def _released(word: Token, release_nouns: frozenset[str]) -> bool:
    """Whether ``word`` names people in the "of" phrase of a release noun ("the release of activist X",
    "the release of X and Y"), through the names and titles around it."""
    for _ in range(6):
        if word.dep_ in ("compound", "appos", "conj", "amod", "flat") and word.head.i != word.i:
            word = word.head
            continue
        break
    prep = word.head
    return word.dep_ == "pobj" and prep.lower_ in words_of(word.doc).of_prepositions and bool(
        {prep.head.lemma_.lower(), prep.head.lower_} & release_nouns)
