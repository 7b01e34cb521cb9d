"""Agentless passives: "two officers were charged Tuesday", "he was arrested in April".

A passive with no "by" phrase names who was acted on but not who acted. For the acts that only an
authority does to people (arrests, charges, investigations, sanctions, releases: ``agentless_codes``
in modality.yaml) the event is still news, so it is coded with the passive subject as the target
and the source left empty (null) -- unless this documented rule infers it:

    **authority in the sentence**: the sentence itself names an authority of the target's country
    (an actor whose role is one of ``authority_roles`` for the code: police, prosecutors, courts,
    government...), as in "the activist was detained on Monday, Egyptian police said": that
    authority is the source. An authority that is itself acted on (object or passive subject:
    "two guards were charged and the warden was arrested") is not, nor one of an act that a locative
    phrase puts in another country ("Kenyan officials said two Kenyan activists were arrested in
    Uganda": the source stays empty).

    **a domestic act in the target's country**: a locative phrase of the act ("in", "at", "near"
    ..., not one inside its subject) puts it in the country of the target (the country itself,
    or a place the places stage puts in it:
    "activists have been detained in Egypt"): the act is that country's authorities'
    (``place_authority`` gives the role per code: police for arrests, government for releases),
    coded with the country code and that role and no actor record (the text names none).

An event noun with no agent ("the detention of the activist in Cairo") takes the same two rules;
unlike a passive clause it is coded only when one of them gives the source: a bare "the arrest of
X" is as often background or a demand ("called for the release of X") as news.

    **custody of people with no country**: for custody acts (``stateless_place_codes`` in
    nouns.yaml: arrests, detentions) of people whose actor has no country ("foreign reporters",
    "aid workers"), the second rule takes the place's country whatever it is: whoever holds people
    in a city is, in news, that country's police; the target's nationality, unknown, does not
    contradict it.

    **expelled from a country**: for expulsions (``expelling_codes``: diplomats expelled, people
    deported), "two Russian diplomats were expelled from the United States" names the state that
    expels in its "from" phrase: that country (its actor in the article, else the bare country) is
    the source, when the expelled are of another country.

    **released by their holders**: for releases (``holder_source_codes``), people the sentence
    says were held, kidnapped or detained by someone ("the aid workers, kidnapped by rebels in
    2019, were freed"; "a Dutch journalist and a Belgian photographer held by the Taliban were
    released"; "the release of two engineers held by the group"): a participle or relative clause
    of a verb of ``holder_verbs`` on the released people (or on one of them, coordinated or in
    apposition) whose "by" phrase names an actor: that actor is the source. Those who hold people
    are those who let them go; the confidence is lowered all the same (the text does not say who
    let them go). Only a release: "hostages held by the rebels were killed" says nothing of who
    killed them.

    **fire from a territory**: a passive of fire (``launch_codes``) whose subject is a means of
    violence and which says where it came from ("two rockets were fired from Gaza at Israel",
    "a missile was launched from Yemen towards Riyadh"): the source is the country (not its
    government nor its army: the text names no one) of the place the "from" phrase names, when no
    target is of that country. A cross-border launch is news of that territory's side, as GDELT
    and ACLED code it; who fired stays unknown, and the confidence says so.

    **a diplomat's host**: for acts a host state does to a foreign diplomat (``host_codes``: a
    summons, an expulsion), "the French ambassador to Mali was summoned" names the host in the
    diplomat's own "to" phrase (``posting_prepositions``): that state (its actor in the article, else
    the bare country) is the source, when the diplomat is of another country.

Nothing is inferred from other sentences or from a place in another country than the target's: a
national of one country detained in another may be held by anyone (a militia, a kidnapper). A
passive whose "by" phrase names someone the actors stage does not know is not agentless (its agent
is unknown, not absent) and is not coded.
The event's confidence says which case it is (events/confidence.py): a null source is kept, but
never asserted with high confidence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..model import Actor, Place
from ..nlp import doc_language
from ..places import word_class
from .act_patients import is_patient_act, names_its_victim
from .actor_index import ActorIndex, Arg
from .arguments import conjuncts, lemma_keys, resolve
from .relations import agent_of, children, is_passive, objects
from .words import date_words_of, words_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .lexicon import Lexicon
    from .matcher import Match


def _prefix(table: Mapping[str, Any], code: str) -> Any:
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def agentless(m: Match, code: str, lex: Lexicon) -> bool:
    """Whether the match is a clause-level passive verb with no agent phrase, or an event noun with
    no agent, possessor or light-verb subject ("the detention of X"), of a code an authority does;
    or an act of violence whose doer the text does not name (``unnamed_violence``)."""
    tok = m.trigger
    if m.pattern.kind == "verb" and unnamed_violence(tok, code, lex):
        return True
    if m.pattern.kind == "noun":
        if m.source_how != "none" or not m.targets:
            return False
    elif not is_passive(tok) or agent_of(tok):
        return False
    codes: Sequence[str] = lex.modality.get("agentless_codes", [])
    return bool(codes) and code.startswith(tuple(str(c) for c in codes))


def unnamed_violence(verb: Token, code: str, lex: Lexicon) -> bool:
    """An act of violence (``harm_agentless_codes``: roots 18-20) whose doer the text does not name:

    **violence with no doer**: "three soldiers were killed by a roadside bomb", "a journalist was
    killed in a car bomb explosion", "a roadside bombing killed two policemen", "the convoy was
    ambushed near Kandahar". The harmed are the target; the source stays empty (nobody infers who
    planted a bomb). The verb is a passive with no "by" phrase or with a "by" phrase that names a
    means, not a person ("by an improvised explosive device"), or an active verb whose subject is
    such a means. Only a verb of ``violent_verbs`` (ambush, shoot, kidnap, murder ...) says
    violence by itself; any other (kill, wound, attack, hit, raid: people are killed in crashes
    and floods, critics attack, police raid) needs a means of violence (the ``violent_means``
    class: bomb, shelling, airstrike, gunfire ...) in its "in/by/during/from" phrase or as its
    subject; a violent event noun there that names its doer ("killed in a rebel
    attack", "in an attack by Hamas") is coded by the noun instead (nominals.casualty_sides), and a
    "by" phrase naming people the actors stage does not know ("killed by gunmen") is an unknown
    agent, not a missing one, so neither is coded here.
    """
    mod = lex.modality
    codes = tuple(str(c) for c in mod.get("harm_agentless_codes", []))
    if not codes or not code.startswith(codes):
        return False
    if is_passive(verb):
        # "killed in/by/during a bombing": how the harm was done
        harm = words_of(verb.doc).harm_prepositions
        phrases = [p for p in verb.children if p.dep_ in ("prep", "agent") and p.lower_ in harm]
        agents = agent_of(verb)
        if any(not _means(a, lex) for a in agents):
            return False  # "killed by gunmen": an agent the actors stage does not know
    else:
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subj) != 1 or not _means(subj[0], lex):
            return False  # "rebels killed ...": a doer, named or not; never coded without it
        phrases = []
        agents = subj
    objs = [o for p in phrases for o in p.children if o.dep_ == "pobj"] + agents
    if is_passive(verb):
        found = _blast_clauses(verb, lex)
        if found is None:
            return False  # "killed when militants detonated a bomb": a doer, named or not
        objs += found
    if any(_names_doer(o, lex) for o in objs):
        return False
    violent = set(mod.get("violent_verbs", []))
    return bool({verb.lemma_.lower(), verb.lower_} & violent) or any(_means(o, lex) for o in objs)


def _blast_clauses(verb: Token, lex: Lexicon) -> list[Token] | None:
    """The means of violence a "when/after/as" clause of the verb names ("were killed when a roadside
    bomb exploded", "... when their vehicle hit a landmine"): its subject or object, when it is one.
    None: the clause names a doer with its means ("when militants detonated a bomb"): a person
    (neither a means nor a word for a thing the harmed rode in) is the subject of a clause whose
    object is a means."""
    marks = words_of(verb.doc).blast_marks  # "killed when a bomb exploded"
    out: list[Token] = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and c.lower_ in marks
                                                 for c in clause.children):
            continue
        subj = [c for c in clause.children if c.dep_ == "nsubj"]
        obj = [c for c in clause.children if c.dep_ == "dobj"]
        means_subj = [t for t in subj if _means(t, lex)]
        means_obj = [t for t in obj if _means(t, lex)]
        if means_obj and subj and not means_subj and not any(
                t.pos_ == "PRON" or t.lemma_.lower() in lex.classes.get("vehicle", frozenset()) for t in subj):
            return None
        out += means_subj + means_obj
    return out


def _means(noun: Token, lex: Lexicon) -> bool:
    """Whether a noun phrase names a means of violence: its head is one (``violent_means``: "a
    roadside bomb", "Tuesday's shelling"), or a ``blast`` noun with one before it ("a car bomb
    explosion", "an improvised explosive device"), and no word before it makes it something else
    (``not_violence``: "a heart attack")."""
    before = {w for t in noun.subtree if t.i < noun.i and t.dep_ in ("compound", "amod", "nmod")
              for w in (t.lemma_.lower(), t.lower_)}
    head = {noun.lemma_.lower(), noun.lower_}
    if before & lex.classes.get("not_violence", frozenset()):
        return False
    means = lex.classes.get("violent_means", frozenset())
    return bool(head & means) or bool(head & lex.classes.get("blast", frozenset()) and before & means)


def _names_doer(noun: Token, lex: Lexicon) -> bool:
    """Whether a means phrase names who used it: a possessor ("Hamas's rockets"), a "by" phrase ("an
    attack by militants"), a proper noun or capitalised adjective before it ("a Russian
    airstrike", "an ISIS bombing") or a word for armed men or police ("a police raid", "a rebel
    attack"): then the noun's own event names the doer, or an unknown one, and the verb is not coded
    as violence with no doer."""
    known = words_of(noun.doc)
    armed = lex.classes.get("troops", frozenset()) | lex.classes.get("armed_group", frozenset()) | lex.classes.get(
        "armed_personnel", frozenset()) | known.security_force_nouns
    for t in noun.subtree:
        if t.dep_ == "poss" or (t.dep_ in ("prep", "agent") and t.lower_ in known.agent_prepositions
                                and t.head.i == noun.i):
            return True
        if t.i < noun.i and t.dep_ in ("compound", "amod", "nmod") and (
                t.pos_ == "PROPN" or (t.text[:1].isupper() and t.i != t.sent.start)
                or t.lemma_.lower() in armed or t.lower_ in armed):
            return True
    return False


def deployed_forces(m: Match, code: str, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """The actors of a passive's subject, for codes where the forces acted on are the source's own
    (``self_agent_codes``, force posture: "100 police were deployed in Shanghai" is the police's
    deployment, "troops were mobilized" the army's): the passive subject is the source. So are forces
    withdrawn (``withdrawn_forces_codes`` by a verb of ``withdrawing_verbs``): "Kenyan troops were
    withdrawn from Somalia", "UN peacekeepers were pulled out of Lebanon" is a withdrawal by those who
    sent them, as CAMEO codes it (1661: the provider of the forces is the source), not an expulsion."""
    mod = lex.modality
    if m.pattern.kind != "verb" or not is_passive(m.trigger):
        return []
    codes = tuple(str(c) for c in mod.get("self_agent_codes", []))
    withdrawn = tuple(str(c) for c in mod.get("withdrawn_forces_codes", []))
    if not (codes and code.startswith(codes)) and not (
            withdrawn and code.startswith(withdrawn)
            and set(lemma_keys(m.trigger)) & set(mod.get("withdrawing_verbs", []))):
        return []
    return [a for t in objects(m.trigger) for a in resolve(t, index)]


def authority_source(m: Match, code: str, index: ActorIndex, lex: Lexicon,
                     places: Sequence[Place] = ()) -> tuple[list[Arg], str]:
    """The authority the sentence names for the target's country (see the module doc), else none."""
    expelling = expelling_state(m, code, index, lex)
    if expelling:
        return expelling, "authority"
    holders = captors(m, code, index, lex)
    if holders:
        return holders, "holder"
    roles: list[str] = [str(r).upper() for r in (_prefix(lex.modality.get("authority_roles", {}), code) or [])]
    countries = {(t.actor.code or "")[:3] for t in m.targets if t.actor.country}
    custody = code.startswith(tuple(str(c) for c in lex.modality.get("stateless_place_codes", [])))
    if m.targets and not countries and custody:
        # "foreign reporters were detained in Beijing": no nationality to compare, the place decides
        return _place_source(m, code, None, places, lex)
    if not roles or not countries:
        return [], "none"
    sent = m.trigger.sent
    target_ids = {t.actor.id for t in m.targets}
    found = [a for a in index.at(sent.start_char, sent.end_char)
             if a.id not in target_ids and a.code and a.code[:3] in countries and a.code[3:6] in roles
             and _not_acted_on(a, sent)]
    if not found:
        return _place_source(m, code, countries, places, lex)
    abroad = _act_place(m, places, lex)
    if abroad is not None and abroad[0].country not in countries:
        # "Kenyan officials said two Kenyan activists were arrested in Uganda": the act is placed in another
        # country, where the home authority that reports it acts on no one; the words name no doer
        return [], "none"
    best = min(found, key=lambda a: roles.index((a.code or "")[3:6]))
    return [Arg(best, m.trigger.i, "authority")], "authority"


def _not_acted_on(actor: Actor, sent: Span) -> bool:
    """Whether some mention of ``actor`` in ``sent`` is not the object or passive subject of a verb:
    an authority that is itself acted on ("two guards were charged and the warden was arrested")
    is no source of the sentence's other acts; nor one that is the victim of an act noun (its possessor,
    without an "of" phrase: "jailed for a speech against the president's arrest")."""
    for mention in actor.mentions:
        if not sent.start_char <= mention.start < sent.end_char:
            continue
        span = sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.root.dep_ not in ("nsubjpass", "dobj") and not _suffered(span.root):
            return True
    return False


def _suffered(word: Token) -> bool:
    """Whether ``word`` is the possessor of an act done to someone ("the president's arrest"), with no "of"
    phrase naming another victim ("Russia's arrest of the journalist" is Russia's act)."""
    return word.dep_ == "poss" and is_patient_act(word.head) and not names_its_victim(word.head)


def _place_source(m: Match, code: str, countries: set[str] | None, places: Sequence[Place],
                  lex: Lexicon) -> tuple[list[Arg], str]:
    """The authorities of the country where a locative phrase of the act puts it (a country, or a
    place in it), when the target is of that country (the second rule of the module doc; None:
    the target has no country, any place's country will do)."""
    role = _prefix(lex.modality.get("place_authority", {}), code)
    found = _act_place(m, places, lex, countries) if role else None
    if found is None:
        return [], "none"
    place, obj = found
    actor = Actor(id="", article_id=place.article_id, name=f"authorities in {place.text} (inferred)",
                  kind="organization", role=str(role), country=place.country, code=f"{place.country}{role}")
    return [Arg(actor, obj.i, "place")], "place"


def _act_place(m: Match, places: Sequence[Place], lex: Lexicon,
               countries: set[str] | None = None) -> tuple[Place, Token] | None:
    """The first place with a country (one of ``countries`` when given) that a locative phrase of the
    act names, and the phrase's object: the place may hang on the verb ("arrested in Cairo"), on the
    noun's object ("the detention of the blogger in Cairo") or deeper ("detained near the site of the
    protest in Beijing"), not inside the verb's subject."""
    subject = {t.i for c in m.trigger.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    target_words = {t.i for w in m.target_words for t in w.subtree} if m.pattern.kind == "noun" else set()
    locative = word_class("event_place_prepositions", doc_language(m.trigger.doc))
    for obj in m.trigger.subtree:
        if obj.dep_ != "pobj" or obj.head.lower_ not in locative or obj.i in subject - target_words:
            continue
        for place in places:
            if place.start <= obj.idx < place.end and place.country and (countries is None or
                                                                          place.country in countries):
                return place, obj
    return None


def domestic_people(m: Match, src: Arg, lex: Lexicon) -> Arg | None:
    """The target of a state's act on people the text does not name ("police detained 34 people",
    "the army freed three activists"), when a documented rule gives it:

    **domestic people**: the source is an authority of a country (a role of ``domestic_roles``), and
    the object is a plain word for people that ``unnamed_people_roles`` maps to a role ("people" ->
    CVL, "activists" -> OPP, "journalists" -> MED), with no adjective or compound that could place
    them elsewhere ("foreign reporters", "two Americans"): the people are that country's, in that
    role. A modifier of rank ("prominent activists") changes nothing, one of a role
    (``people_role_modifiers``: "opposition figures") gives the role. The event carries the code, and
    no actor record (the text names none).
    """
    mod = lex.modality
    code = src.actor.code or ""
    if len(code) < 6 or code[3:6] not in {str(r).upper() for r in mod.get("domestic_roles", [])}:
        return None
    roles: dict[str, str] = mod.get("unnamed_people_roles", {})
    words = [people_word(w, mod) for w in m.target_words if w.pos_ != "NUM"]
    if len(words) != 1:
        return None
    word = words[0]
    role = roles.get(word.lemma_.lower()) or roles.get(word.lower_)
    rank = set(mod.get("people_rank_modifiers", []))
    role_words: Mapping[str, str] = mod.get("people_role_modifiers", {})
    for c in word.children:
        if c.dep_ not in ("amod", "compound", "nmod", "poss") or c.lower_ in rank:
            continue
        role = role_words.get(c.lower_) if c.dep_ in ("amod", "compound") else None
        if not role:  # "foreign reporters", "two Chinese activists": they may be of another country
            return None
    if not role:
        return None
    actor = Actor(id="", article_id=src.actor.article_id, name=f"{word.text} (unnamed, {code[:3]})",
                  kind="group", role=str(role), country=code[:3], code=f"{code[:3]}{role}")
    return Arg(actor, word.i, "unnamed")


def people_word(word: Token, modality: Mapping[str, Any]) -> Token:
    """The word for the people in "dozens of activists", "a group of students" (``quantity_nouns``
    of modality.yaml); the word itself otherwise."""
    if word.lemma_.lower() in modality.get("quantity_nouns", []) or word.lower_ in modality.get("quantity_nouns", []):
        of_words = words_of(word.doc).of_prepositions
        for prep in word.children:
            if prep.dep_ == "prep" and prep.lower_ in of_words:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return obj
    return word


def launch_source(m: Match, code: str, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """The country a means of violence was fired from (the fourth rule of the module doc), else none."""
    codes = tuple(str(c) for c in lex.modality.get("launch_codes", []))
    verb = m.trigger
    if not codes or not code.startswith(codes) or m.pattern.kind != "verb" or not is_passive(verb) \
            or agent_of(verb):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects or not all(_means(s, lex) for s in subjects):
        return []
    for obj in _origins(verb):
        found = index.place_country(obj)
        if found is not None and not any(t.actor.country == found.country for t in m.targets):
            return [Arg(found, obj.i, "launch")]
    return []


def expelling_state(m: Match, code: str, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """The state people were expelled or deported from (the rule of the module doc), else none."""
    codes = tuple(str(c) for c in lex.modality.get("expelling_codes", []))
    verb = m.trigger
    if not codes or not code.startswith(codes) or m.pattern.kind != "verb" or not is_passive(verb):
        return []
    expelled = {t.actor.country for t in m.targets}
    for obj in _origins(verb):
        named = [a for a in index.at_token(obj) if a.country and a.kind == "country"]
        for state in named or index.country_place(obj):
            if state.country not in expelled:
                return [Arg(state, obj.i, "authority")]
    return []


def host_state(m: Match, code: str, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """The state a diplomat is posted to, as the source of a passive act on the diplomat (the rule
    "a diplomat's host" of the module doc), else none."""
    codes = tuple(str(c) for c in lex.modality.get("host_codes", []))
    verb = m.trigger
    if not codes or not code.startswith(codes) or m.pattern.kind != "verb" or not is_passive(verb) \
            or agent_of(verb):
        return []
    diplomats = lex.classes.get("diplomat", frozenset())
    posted = set(lex.modality.get("posting_prepositions", []))
    sent_by = {t.actor.country for t in m.targets}
    # "the ambassador to Denmark was summoned to Tehran": called home by the own state, not by the host
    if any(state.country in sent_by for obj in _destinations(verb, posted)
           for state in [*index.at_token(obj), *index.country_place(obj)]):
        return []
    for word in m.target_words:
        if word.lemma_.lower() not in diplomats and word.lower_ not in diplomats:
            continue
        for obj in _destinations(word, posted):
            named = [a for a in index.at_token(obj) if a.country]
            for state in named or index.country_place(obj):
                if state.country and state.country not in sent_by:
                    return [Arg(state, obj.i, "authority")]
    return []


def _destinations(verb: Token, preps: set[str]) -> list[Token]:
    """The objects of the verb's own phrases of ``preps``: where the act sends someone."""
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ in preps for o in children(p, "pobj")]


def _origins(verb: Token) -> list[Token]:
    """The objects of the verb's own "from" phrases (``from_prepositions``): where an act came from."""
    origins = words_of(verb.doc).from_prepositions
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ in origins for o in children(p, "pobj")]


def captors(m: Match, code: str, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """Who held the released people (the rule "released by their holders" of the module doc), else
    none: the agents of a holding participle or relative clause on a target word, on one
    coordinated with it or in apposition to it, or on the people a quantity noun counts ("a group of
    workers held by X"). The parser hangs a participle after "X and Y" on Y ("a journalist and a
    photographer held by the Taliban"), so every conjunct is read."""
    mod = lex.modality
    codes = tuple(str(c) for c in mod.get("holder_source_codes", []))
    holding = set(mod.get("holder_verbs", []))
    if not codes or not holding or not code.startswith(codes):
        return []
    held = {t.actor.id for t in m.targets}
    # "a group of aid workers held by X": the people of a quantity noun (people_word)
    words = [t for w in m.target_words for t in conjuncts(w)]
    people = [c for t in dict.fromkeys([*words, *(people_word(t, mod) for t in words)])
              for c in (t, *children(t, "appos"))]
    for person in people:
        for clause in person.children:
            if clause.dep_ not in ("acl", "relcl") or not set(lemma_keys(clause)) & holding:
                continue
            found = [a for t in agent_of(clause) for a in resolve(t, index) if a.actor.id not in held]
            if found:
                return [Arg(a.actor, a.token_i, "holder") for a in found]
    return []


def dated_subject(m: Match, index: ActorIndex) -> None:
    """The people of a passive the parser gave a date for a subject: in "two nurses who had been held
    by the rebels since May were freed" it reads "since May were freed" as a clause of "held" whose
    subject is "May" (a date is never what is freed or charged). When the match's verb is such a
    clause (a passive whose passive subject is a date or a number after "since", dates.yaml's
    ``span_start_words``, hung on a relative clause or participle), its people are the noun that
    relative clause is on, and the match takes them as its targets (then the holder rule above can
    read who held them)."""
    verb = m.trigger
    if m.pattern.kind != "verb" or verb.dep_ != "advcl" or verb.head.dep_ not in ("relcl", "acl"):
        return
    since = date_words_of(verb.doc).span_start_words
    subj = children(verb, "nsubjpass")
    if len(subj) != 1 or not (subj[0].ent_type_ == "DATE" or subj[0].like_num) or not any(
            c.dep_ == "mark" and c.lower_ in since and c.i < subj[0].i for c in verb.children):
        return
    noun = verb.head.head
    found = resolve(noun, index)
    if found:
        m.targets, m.target_words, m.target_how = found, [noun], "subj"


def participle_sides(m: Match, code: str, index: ActorIndex, lex: Lexicon) -> None:
    """The sides of a passive participle or relative clause on a noun that names both ("the
    missionaries, kidnapped by a gang in October, ..."; "two engineers who had been abducted by
    the Islamic State ..."): the noun is what was done (its passive subject, left unsaid by the
    participle or said by a relative pronoun) and the "by" phrase the doer. For the acts of
    ``agentless_codes`` and ``harm_agentless_codes`` (custody, charges, sanctions, releases,
    violence) but not force posture (``self_agent_codes``), and only for patterns that ask nothing
    of the object's words: "prisoners held by X" (a pattern for captives) says a state, not an act.
    The match takes both sides when both resolve to actors (other than each other)."""
    mod = lex.modality
    verb, slot = m.trigger, m.pattern.target
    codes = tuple(str(c) for c in [*mod.get("agentless_codes", []), *mod.get("harm_agentless_codes", [])])
    own = tuple(str(c) for c in mod.get("self_agent_codes", []))
    if m.pattern.kind != "verb" or slot is None or slot.kind != "dobj" or slot.lemmas or \
            m.pattern.obj or not code.startswith(codes) or (own and code.startswith(own)):
        return
    participle = verb.dep_ == "acl" and verb.tag_ == "VBN" and not children(verb, "nsubjpass", "dobj")
    relative = verb.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.tag_ in ("WP", "WDT") for c in verb.children)
    if not (participle or relative):
        return
    noun = verb.head
    doers = [a for t in agent_of(verb) for a in resolve(t, index)]
    ids = {a.actor.id for a in doers}
    done = [a for a in resolve(noun, index) if a.actor.id not in ids]
    if doers and done:
        m.sources, m.source_how = doers, "agent"
        m.targets, m.target_words, m.target_how = done, [noun], "subj"
