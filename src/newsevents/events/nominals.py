"""Nominal events: what an event noun's own words and its place in the clause say of it.

The matcher finds a noun's sides the way it finds a verb's (``by`` phrase, possessor, actor
adjective, light verb); these rules read what the modality walk and the slots do not:

* **mood**: the words before the noun ("a possible visit", "the planned talks", "the alleged raid"),
  ``noun_modifier_moods`` in nouns.yaml;
* **inner targets**: a target found deeper in the noun's phrase belongs to the innermost event noun
  on the way ("calls for talks with X");
* **patient possessors**: "Navalny's arrest" is done to Navalny (``patient_nouns`` in nouns.yaml);
* **casualties**: a violent event noun on a verb of harm whose subject names the harmed ("four
  soldiers were killed in a rebel attack"): the harmed are its target and never its source
  (``casualty_verbs`` in nouns.yaml);
* **places struck**: "Russian air strikes on Kharkiv" (and "troops shelled Kapan") is done to the
  country of the place it names (``struck_place_roots`` in nouns.yaml).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .actor_index import ActorIndex, Arg
from .arguments import conjuncts, lemma_keys, resolve
from .lexicon import Lexicon, Pattern
from .local_modality import Context
from .matcher import Match, Trigger, light_verb, misfit
from .relations import agent_of, children, is_passive
from .words import words_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..model import Actor, Place

def drop_inner_targets(m: Match, lex: Lexicon) -> None:
    """Attachment: a target found deeper in an event noun's phrase belongs to the innermost event
    noun on the way ("calls for talks with the government": the government is the talks' side, not
    the call's; "the release of the sailors after talks with Iran"), so the outer noun loses it."""
    inner: set[int] = set()
    for word in m.target_words:
        tok = word.head
        while tok.i != m.trigger.i and tok.head.i != tok.i:
            if tok.pos_ in ("NOUN", "PROPN") and (lex.nouns.get(tok.lemma_.lower()) or lex.nouns.get(tok.lower_)):
                inner.update(t.i for t in word.subtree)
                break
            tok = tok.head
    if inner:
        m.targets = [a for a in m.targets if a.token_i not in inner]
        m.between = [a for a in m.between if a.token_i not in inner]
        m.target_words = [w for w in m.target_words if w.i not in inner]


def concluded_between(m: Match, lex: Lexicon) -> bool:
    """Whether the two sides of an event noun's "between" phrase made it with each other: a verb of
    ``concluding_verbs`` (nouns.yaml) governs the noun as its light verb ("a ceasefire was agreed
    between X and Y", "a truce was signed between X and Y"). A bare "the truce between X and Y"
    names one that holds, and is not coded so (``subject_symmetric_codes``). A noun of
    ``mutual_nouns`` is an act each side does to the other ("the prisoner swap between X and Y": each
    released the other's people), whatever governs it."""
    if m.pattern.kind != "noun" or len(m.between) < 2:
        return False
    if any(k in lex.modality.get("mutual_nouns", []) for k in lemma_keys(m.trigger)):
        return True
    head = light_verb(m.trigger, lex)
    concluding = lex.modality.get("concluding_verbs", [])
    return head is not None and any(k in concluding for k in lemma_keys(head))


def noun_mood(noun: Token, mod: Mapping[str, Any]) -> Context | None:
    """What the words before an event noun say of it (``noun_modifier_moods`` in nouns.yaml): "a
    possible visit", "the alleged attack" are not asserted (blocked); "the planned visit", "next
    week's talks" are intended (03x for cooperative roots, nothing for hostile ones); "the
    threatened strike" is a threat. A verb's governors are read by the modality walk; a noun's own
    modifiers are not governors, so they are read here. The first such word from the noun leftwards
    counts ("the planned but possible visit" is read as possible)."""
    moods: dict[str, str] = mod.get("noun_modifier_moods", {})
    # "an aborted rally", "the called-off march" never took place (modality.yaml unrealized_modifiers); "a
    # foiled assassination attempt" was made all the same (attempt_nouns)
    attempt = noun.lemma_.lower() in mod.get("attempt_nouns", [])
    unrealized = set() if attempt else set(mod.get("unrealized_modifiers", []))
    if not moods and not unrealized:
        return None
    for word in sorted((t for t in noun.subtree if t.i < noun.i), key=lambda t: -t.i):
        said = _whole_hyphenated(word)  # "would-be", "called-off": the tokenizer splits them at the hyphen
        mood = moods.get(said) or moods.get(word.lower_) or moods.get(word.lemma_.lower())
        if mood is None and (said in unrealized or word.lower_ in unrealized):
            mood = "blocked"
        if mood is None or word.dep_ not in ("amod", "compound", "nmod", "advmod", "npadvmod", "poss"):
            continue
        if mood == "blocked":
            return Context("blocked", word.text, f"'{said} {noun.text}': not asserted")
        return Context(mood, word.text, f"'{word.text} {noun.text}'", word.i)
    return None


def _whole_hyphenated(word: Token) -> str:
    """The hyphenated word a token is part of ("called-off", "would-be"), lower case; the token alone if none.

    Unlike forms.compound_spellings (the two parts ending at a token), it reads both ways and any number of
    parts ("hit-and-run"), as written, for the modifier words of noun_mood."""
    doc, lo, hi = word.doc, word.i, word.i
    while lo >= 2 and doc[lo - 1].text == "-" and not doc[lo - 2].whitespace_:
        lo -= 2
    while hi + 2 < len(doc) and doc[hi + 1].text == "-" and not doc[hi].whitespace_:
        hi += 2
    return doc[lo:hi + 1].text.lower()


def doer_act_mood(m: Match, lex: Lexicon) -> Context | None:
    """The mood of an event noun that is a verb's subject and so names its doer ("a suspected Syrian
    air strike killed two rebels", "the alleged Turkish raid wounded three"): a doubtful act is a
    doubtful doer, so its blocking mood blocks the verb's event too (see noun_mood); None otherwise."""
    verb = m.trigger
    if m.pattern.kind != "verb" or m.source_how not in ("subj", "acl"):
        return None
    acts = children(verb, "nsubj") if m.source_how == "subj" else [verb.head]
    for act in acts:
        if lex.nouns.get(act.lemma_.lower()) or lex.nouns.get(act.lower_):
            mood = noun_mood(act, lex.modality)
            if mood is not None and mood.blocked:
                return mood
    return None


def casualty_sides(m: Match, code: str, index: ActorIndex, lex: Lexicon) -> tuple[list[Arg], list[Arg]] | None:
    """The sides of a violent event noun that a verb of harm (``casualty_verbs``) was done in or by,
    for ``casualty_roots``: "three soldiers were killed in a rebel attack" -> the rebels on the
    soldiers; "five villagers died in Turkish air strikes" -> Turkey on the villagers. The verb's
    own subject is the harmed, the target (when the noun names none), and never the source: the
    matcher's "participation" source (the subject of the verb a noun hangs from through "in",
    right for "X, in talks with Y, said") is the victim here, so the source is read from the
    noun's own modifiers instead. None: not this construction."""
    mod = lex.modality
    roots = tuple(str(r) for r in mod.get("casualty_roots", []))
    verbs = set(mod.get("casualty_verbs", []))
    noun = m.trigger
    if not roots or not code.startswith(roots) or m.between:
        return None
    prep = noun.head
    # "killed in/by/during an attack": the prepositions through which a verb of harm names what harmed
    harm = words_of(noun.doc).harm_prepositions
    if noun.dep_ != "pobj" or prep.lower_ not in harm or prep.dep_ not in ("prep", "agent"):
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or not set(lemma_keys(verb)) & verbs:
        return None
    sources = list(m.sources)
    if m.source_how == "participation":
        mods = [t for t in noun.children if t.dep_ in ("compound", "amod", "nmod") and t.i < noun.i]
        sources = [a for t in mods for a in resolve(t, index)]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        harmed = [verb.head]  # "50 villagers killed in air strikes": the participle's noun
    else:
        harmed = children(verb, "nsubjpass") if is_passive(verb) else children(verb, "nsubj")
    source_ids = {a.actor.id for a in sources}
    targets = m.targets or [a for t in harmed for a in resolve(t, index) if a.actor.id not in source_ids]
    return sources, targets


def outcome_victims(m: Match, code: str, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """The harmed that a violent event noun (``casualty_roots``) as subject of a verb of outcome left
    in a state of harm ("an Israeli air strike left three Palestinians dead", "a police crackdown left
    20 protesters dead": ``outcome_verbs`` with ``outcome_states`` in nouns.yaml): its target, when the
    noun names none. Not "left the town" (no state) nor "left three people homeless"."""
    mod = lex.modality
    roots = tuple(str(r) for r in mod.get("casualty_roots", []))
    noun = m.trigger
    if m.pattern.kind != "noun" or not roots or not code.startswith(roots) or noun.dep_ != "nsubj":
        return []
    verb, states = noun.head, set(mod.get("outcome_states", []))
    if not set(lemma_keys(verb)) & set(mod.get("outcome_verbs", [])) or not any(
            c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lower_ in states for c in verb.children):
        return []
    source_ids = {a.actor.id for a in m.sources}
    return [Arg(a.actor, a.token_i, "victims") for t in children(verb, "dobj") for a in resolve(t, index)
            if a.actor.id not in source_ids]


def force_act_code(m: Match, code: str, index: ActorIndex, lex: Lexicon) -> str:
    """The code of a harm verb done by an act of military force that names its doer
    (``force_act_roots`` in nouns.yaml): the verb's passive "by" phrase ("four civilians were killed by
    Indian shelling") or its active subject ("US drone strikes killed eight militants", "an Israeli air
    strike wounded three"; the doer found through the noun's owner) is India's shelling (194), the US's
    drone strikes (195), not a killing by physical assault (1823) nor the generic use of force
    (``generic_force_codes``: 190, "killed eight militants"). The act is a word of
    ``force_action_nouns`` (a noun, or the gerund the parser may read it as), and its code that of its
    most specific noun pattern with one of those roots whose modifiers it has ("drone strike" 195 over
    "strike"); otherwise, or when the verb found no doer there, the verb's own ``code``."""
    mod = lex.modality
    roots = tuple(str(r) for r in mod.get("force_act_roots", []))
    verb = m.trigger
    generic = {str(c) for c in mod.get("generic_force_codes", [])}  # "killed eight militants" 190: the means is more
    if not roots or m.pattern.kind != "verb" or not m.sources or not (code.startswith("18") or code in generic) \
            or not set(lemma_keys(verb)) & set(mod.get("casualty_verbs", [])):
        return code
    if m.source_how == "agent":
        acts = agent_of(verb)
    elif m.source_how == "subj" and not is_passive(verb):
        acts = children(verb, "nsubj")
    elif m.source_how == "acl" and not is_passive(verb):  # the parser's "[strikes] killed ...": see relations.subjects
        acts = [verb.head]
    else:
        return code
    for act in acts:
        if not {act.lemma_.lower(), act.lower_} & index.force_action_nouns:
            continue
        found = _act_code(act, roots, lex)
        if found and not (code in generic and found in generic):
            return found
    return code


def _act_code(act: Token, roots: tuple[str, ...], lex: Lexicon) -> str | None:
    """The code of the most specific noun pattern of ``act`` with one of ``roots`` whose required
    modifiers the act has ("drone attacks" meets "drone attack on _"); None: it has none."""
    trig = Trigger(act, lex)
    found = [p for w in dict.fromkeys((act.lower_, act.lemma_.lower())) for p in lex.nouns.get(w, [])
             if p.code.startswith(roots) and not misfit(trig, p)]
    return max(found, key=lambda p: len(p.modifiers)).code if found else None


def mediations(m: Match, code: str, index: ActorIndex, lex: Lexicon) -> list[tuple[Match, Arg, Arg]]:
    """The mediator of talks (``mediated_roots`` in nouns.yaml) that the talks' words name, with one
    match per party: "Sudan and Chad negotiated under the mediation of Qatar", "held talks with the
    mediation of Qatar", "talks brokered by Qatar" -> Qatar 045 Sudan, Qatar 045 Chad. The mediator
    is the "of" phrase or possessor of a ``mediation_nouns`` noun in a ``mediation_prepositions``
    phrase of the talks' word (or of the verb a talks noun is the object of: "held talks under ..."),
    or of such a noun whose "in/of" phrase the talks are ("mediation by Qatar in the talks between X
    and Y"), or the agent of a ``mediating_verbs`` participle on it; a party is never its own mediator."""
    mod = lex.modality
    roots = tuple(str(r) for r in mod.get("mediated_roots", []))
    if not roots or not code.startswith(roots) or code.startswith("045"):
        return []
    nouns, preps = set(mod.get("mediation_nouns", [])), set(mod.get("mediation_prepositions", []))
    owner_preps = set(mod.get("mediation_owner_prepositions", []))
    verbs = set(mod.get("mediating_verbs", []))
    words = [m.trigger] + ([m.trigger.head] if m.trigger.dep_ == "dobj" else [])
    found: list[tuple[Token, list[Arg]]] = []
    for word in words:
        for child in word.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                for noun in children(child, "pobj"):
                    if {noun.lemma_.lower(), noun.lower_} & nouns:
                        owners = children(noun, "poss") + [o for p in children(noun, "prep") if p.lower_ in owner_preps
                                                           for o in children(p, "pobj")]
                        found.append((noun, [a for t in owners for a in resolve(t, index)]))
            elif child.dep_ == "acl" and child.tag_ == "VBN" and set(lemma_keys(child)) & verbs:
                found.append((child, [a for t in agent_of(child) for a in resolve(t, index)]))
    talks_preps = set(mod.get("mediated_talks_prepositions", []))
    outer = m.trigger.head.head if m.trigger.dep_ == "pobj" and m.trigger.head.lower_ in talks_preps else None
    if outer is not None and {outer.lemma_.lower(), outer.lower_} & nouns:
        # "months of mediation by Egypt in the negotiations between X and Y", "Qatar's mediation in the talks"
        found.append((outer, [a for t in children(outer, "poss") + agent_of(outer) for a in resolve(t, index)]))
    parties = {a.actor.id: a for a in [*m.sources, *m.targets, *m.between]}
    out: list[tuple[Match, Arg, Arg]] = []
    for noun, mediators in found:
        owner = "|".join(sorted(owner_preps))
        pattern = Pattern(id=f"noun:045:{noun.lemma_.lower()}-{owner}-_", kind="noun", lemma=noun.lemma_.lower(),
                          code="045", text=f"{noun.lemma_.lower()} {owner} _")
        for med in mediators:
            for party in parties.values():
                if party.actor.id != med.actor.id:
                    out.append((Match(pattern, noun, [med], [party], "of", m.source_how), med, party))
    return out


def patient_possessor(m: Match, index: ActorIndex, lex: Lexicon) -> None:
    """The possessor of a noun for what is done to someone is the one it is done to ("Navalny's
    arrest", "the journalist's killing by gunmen", ``patient_nouns`` in nouns.yaml), not its
    author ("Russia's invasion of Ukraine" keeps its possessor as the source): when the noun has no
    target of its own, the possessor becomes the target and, if it was taken as the source, the
    source is left to the "by" phrase or to the rules for an event noun with no agent (inferred_sides.py)."""
    noun = m.trigger
    patient = set(lex.modality.get("patient_nouns", []))
    if m.targets or m.between or not {noun.lemma_.lower(), noun.lower_} & patient:
        return
    owners = [c for c in noun.children if c.dep_ == "poss"]
    found = [a for t in owners for a in resolve(t, index)]
    if not found:
        return
    m.targets, m.target_words, m.target_how = found, owners, "poss"
    if m.source_how == "poss":
        m.sources, m.source_how = [], "none"


def struck_places(m: Match, code: str, index: ActorIndex, lex: Lexicon, places: Sequence[Place]) -> list[Arg]:
    """The target of a violent event noun whose object is a place name ("Russian air strikes on
    Kharkiv", "Israeli shelling of the Gaza Strip"), for ``struck_place_roots``: the country (never
    its government) the places stage puts the place in, as CAMEO codes an attack on a town as one on
    that nation's people (the rule of ActorIndex.located, there for "villages in Idlib"). Only a name
    that is itself the object counts ("Kurdish positions in Syria" names forces, not Syria), and only
    a country other than every source's: a state's strikes on its own towns are on someone the
    sentence does not name (rebels, protesters), not on its own nation. The country must also be
    one the article names otherwise (an actor of it, or another place in it): a town name shared by
    towns of several countries ("Odessa") is then not put in a country the story is not about.
    A verb takes the same rule for the place it names as its object ("Azerbaijani troops shelled
    Kapan"), which the places stage holds as a location (usage.yaml's place_object_verbs).
    Territory taken (``occupied_place_codes``: 192) is read in the whole object phrase ("took control
    of large parts of eastern Congo"), and insurgents (``insurgent_roles``) who take it at home take it
    from their own state ("rebels seized control of Timbuktu" -> MLI), as a state's army does not.

    The parser often hangs the noun's "on" phrase on the verb of harm instead ("killed in US strikes
    on the Iraqi city of X"): nobody is killed *on* a city, so that phrase is read as the noun's
    (:func:`_misattached`), with the target rules the matcher would have applied to it (an actor, a
    nationality word, a populated place it locates). None: no such target."""
    roots = tuple(str(r) for r in lex.modality.get("struck_place_roots", []))
    if not roots or not code.startswith(roots) or not m.sources:
        return []
    own = {a.actor.country or (a.actor.code or "")[:3] for a in m.sources}
    occupied = code.startswith(tuple(str(c) for c in lex.modality.get("occupied_place_codes", [])))
    insurgents = {str(r).upper() for r in lex.modality.get("insurgent_roles", [])}  # the lexicon lower-cases lists
    if occupied and all((a.actor.code or "")[3:6] in insurgents for a in m.sources):
        own = set()  # "rebels seized control of Timbuktu": insurgents take their own state's territory
    words, moved = m.target_words, False
    if not words and m.pattern.kind == "noun":
        words, moved = _misattached(m, lex), True
    actors = {a.country for a in index.at(0, len(m.trigger.doc.text))}
    sources = {a.actor.id for a in m.sources}
    found: list[Arg] = []
    for word in (c for w in words for c in conjuncts(w)):
        found_countries = {a.actor.country for a in found}
        if moved:
            named = [a for a in resolve(word, index) if a.actor.id not in sources]
            if named:
                found += named
                continue
            nation = index.nationality(word)  # "the Iraqi city of X": the word says whose
            if nation and nation[0].country not in own:
                found.append(Arg(nation[0], word.i, "nationality"))
                continue
        place = next((p for p in places if p.start <= word.idx < p.end and p.country), None)
        by_name = _countries_named_in(word, index) if occupied else []
        if by_name:  # "took control of much of southern Somalia": a country by its name, which has no namesake
            found += [Arg(c, word.i, "located") for c in by_name if c.country not in own | found_countries]
            continue
        country = index.place_country(word) if place is not None or occupied else None
        if moved and place is None:
            located = index.located(word, lex.classes.get("populated_place", frozenset()))
            country = located[0] if located else None
        if country is None or country.country in own or country.country in found_countries:
            continue
        # a town the story names in no other way (no actor of its country, no other place in it) may be a namesake;
        # a country named in its own phrase says where it is ("air strikes on Raqqa in Syria")
        start, end = word.left_edge.idx, word.right_edge.idx + len(word.right_edge)
        if country.country in actors | {p.country for p in places if not start <= p.start < end or (
                p.kind == "country" and p is not place)}:
            found.append(Arg(country, word.i, "located"))
    return found


def _countries_named_in(word: Token, index: ActorIndex) -> list[Actor]:
    """The countries (never their governments) the proper names in ``word``'s phrase are the names of
    ("swathes of Syria and Iraq")."""
    found: dict[str, Actor] = {}
    for t in word.subtree:
        iso = index.country_of(t.text) if t.pos_ == "PROPN" and index.country_of is not None else None
        if iso and iso not in found:
            found[iso] = index.state_actor(iso, t.text, government=False)
    return list(found.values())


def _misattached(m: Match, lex: Lexicon) -> list[Token]:
    """The objects of the pattern's preposition hung on the verb of harm the noun names the means of
    ("killed in US strikes on the city": "on" on "killed"), after the noun and not dates ("killed in
    strikes on Sunday")."""
    noun, slot = m.trigger, m.pattern.target
    if slot is None or not slot.prep or noun.dep_ != "pobj":
        return []
    prep, verb = noun.head, noun.head.head
    verbs = set(lex.modality.get("casualty_verbs", []))
    if prep.lower_ not in words_of(noun.doc).harm_prepositions or verb.pos_ != "VERB" or \
            not set(lemma_keys(verb)) & verbs:
        return []
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ == slot.prep.lower() and p.i > noun.i
            for o in children(p, "pobj") if o.ent_type_ not in ("DATE", "TIME")]
