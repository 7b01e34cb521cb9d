"""Inferred sides: the source of an agentless act, or the people of a state's act, that the text does
not name but a documented rule gives.

An agentless passive (passives.py: "two activists were detained on Monday") is coded with a null
source unless one of these rules infers it:

    **authority in the sentence**: the sentence itself names an authority of the target's country
    (an actor whose role is one of ``authority_roles`` for the code: police, prosecutors, courts,
    government...), as in "the activist was detained on Monday, Egyptian police said": that
    authority is the source. An authority that is itself acted on (object or passive subject:
    "two guards were charged and the warden was arrested") is not, nor one the sentence names only to
    describe someone or something else ("X, the president's brother, was sentenced"; "arrested over an
    attack on the president": ``_describes``), nor one of an act that a locative
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
    apposition) whose "by" phrase names an actor, or a passive clause of time of the release itself
    that says how they were held ("were freed after being held by the rebels for a year"): that actor
    is the source. Those who hold people
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
    the bare country) is the source, when the diplomat is of another country. With no such phrase,
    a government that reports the act ("ten ambassadors will be declared persona non grata, the
    president said") announces its own, when it is of another country than the diplomats.

Nothing is inferred from other sentences or from a place in another country than the target's: a
national of one country detained in another may be held by anyone (a militia, a kidnapper).

The rules live apart from passives.py because they read the sentence's actors and places (the
actor index, the places stage), not the passive's own parse. ``domestic_people`` is the same kind of
inference for the target of an active verb ("police detained 34 people": that country's civilians).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..model import Actor, Place
from ..nlp import doc_language
from ..places import word_class
from .act_patients import is_patient_act, names_its_victim
from .actor_index import ActorIndex, Arg
from .arguments import conjuncts, lemma_keys, resolve
from .passives import violent_means
from .relations import agent_of, children, is_passive
from .words import inferred_side_words, words_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .lexicon import Lexicon
    from .matcher import Match


def _prefix(table: Mapping[str, Any], code: str) -> Any:
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


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
             and _not_acted_on(a, sent, m, index.from_nouns)]
    if not found:
        return _place_source(m, code, countries, places, lex)
    abroad = _act_place(m, places, lex)
    if abroad is not None and abroad[0].country not in countries:
        # "Kenyan officials said two Kenyan activists were arrested in Uganda": the act is placed in another
        # country, where the home authority that reports it acts on no one; the words name no doer
        return [], "none"
    best = min(found, key=lambda a: roles.index((a.code or "")[3:6]))
    return [Arg(best, m.trigger.i, "authority")], "authority"


def _not_acted_on(actor: Actor, sent: Span, m: Match, people_nouns: Collection[str]) -> bool:
    """Whether some mention of ``actor`` in ``sent`` is not the object or passive subject of a verb:
    an authority that is itself acted on ("two guards were charged and the warden was arrested")
    is no source of the sentence's other acts; nor one that is the victim of an act noun (its possessor,
    without an "of" phrase: "jailed for a speech against the president's arrest"); nor one that only
    describes someone or something else (:func:`_describes`)."""
    for mention in actor.mentions:
        if not sent.start_char <= mention.start < sent.end_char:
            continue
        span = sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.root.dep_ not in ("nsubjpass", "dobj") and not _suffered(span.root) \
                and not _describes(span.root, m, people_nouns):
            return True
    return False


def _describes(word: Token, m: Match, people_nouns: Collection[str]) -> bool:
    """Whether an authority's mention only describes another noun of the sentence, so that the sentence
    names it as no one who acts (the rule "authority in the sentence" then ignores it):

    - it is part of the target's own phrase: "the leader of Zimbabwe's opposition was arrested", "X,
      the president's brother, was sentenced" (the state names whom the target belongs to);
    - it is the possessor or modifier of an object or passive subject: "protests marring the
      president's inauguration" (what it owns is acted on, it acts on no one);
    - it is what another noun is aimed at or about (``described_prepositions`` of inferred_sides.yaml,
      on a noun other than one for people who speak or act for it, ``from_author_nouns``): "arrested
      over an attack on the president", "a march against corruption in the president's government";
    - it is the agent of a relative clause (not the event's own verb): "the opposition leader was
      detained, who was barred by the court from running" (the court did that other act).

    The walk climbs the noun phrase the mention is in (possessors, modifiers, appositions, conjuncts,
    and the "of/for/from ..." phrases of a noun: "the commissioner of police said" is the commissioner's
    word) up to its head; an agent phrase of a noun ("assaults by soldiers") names a doer and stops it."""
    targets = {t.i for w in m.target_words for t in w.subtree}
    about = inferred_side_words(word.doc).get("described_prepositions", frozenset())
    agents = words_of(word.doc).agent_prepositions
    tok = word
    for _ in range(12):
        if tok.i in targets:
            return True
        dep, head = tok.dep_, tok.head
        if dep in ("poss", "compound", "amod", "nmod", "appos", "conj") and head.i != tok.i:
            tok = head
        elif dep == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("NOUN", "PROPN"):
            owner = head.head
            if head.lower_ in agents or {owner.lemma_.lower(), owner.lower_} & set(people_nouns):
                return False
            if head.lower_ in about:
                return True
            tok = owner
        elif dep == "pobj" and head.dep_ == "agent" and head.head.i != m.trigger.i and _relative(head.head):
            return True
        else:
            break
    return tok.i != word.i and tok.dep_ in ("dobj", "nsubjpass")


def _relative(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause: so parsed, or with a relative pronoun for its subject
    (the parser makes "X was detained, who was barred by the court" a complement of "detained")."""
    pronouns = words_of(verb.doc).relative_pronouns
    return verb.dep_ in ("relcl", "acl") or any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in pronouns for c in verb.children)


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
    """The country a means of violence was fired from (the rule "fire from a territory" of the module
    doc), else none."""
    codes = tuple(str(c) for c in lex.modality.get("launch_codes", []))
    verb = m.trigger
    if not codes or not code.startswith(codes) or m.pattern.kind != "verb" or not is_passive(verb) \
            or agent_of(verb):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects or not all(violent_means(s, lex) for s in subjects):
        return []
    for obj in _origins(verb):
        found = index.place_country(obj)
        if found is not None and not any(t.actor.country == found.country for t in m.targets):
            return [Arg(found, obj.i, "launch")]
    return []


def expelling_state(m: Match, code: str, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """The state people were expelled or deported from (the rule "expelled from a country" of the
    module doc), else none."""
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
    envoys = [w for w in m.target_words if w.lemma_.lower() in diplomats or w.lower_ in diplomats]
    # "the French ambassador to Mali was summoned", and "the French ambassador was summoned to the Malian
    # foreign ministry": the state of the post, or of the office the diplomat was called to
    found = [*(a for w in envoys for a in _foreign_state(_destinations(w, posted), index, sent_by)),
             *(_foreign_state(_destinations(verb, posted), index, sent_by) if envoys else [])]
    if found:
        return found[:1]
    return _announcing_state(m, index, lex, sent_by) if envoys and not _origins(verb) else []


def _foreign_state(objs: list[Token], index: ActorIndex, sent_by: set[str | None]) -> list[Arg]:
    """The first of ``objs`` that names (or places) a state other than the diplomats' own, as an authority."""
    for obj in objs:
        named = [a for a in index.at_token(obj) if a.country]
        for state in named or index.country_place(obj):
            if state.country and state.country not in sent_by:
                return [Arg(state, obj.i, "authority")]
    return []


def _announcing_state(m: Match, index: ActorIndex, lex: Lexicon, sent_by: set[str | None]) -> list[Arg]:
    """The government that announces a host's act on foreign diplomats (the rule "a diplomat's host" of
    the module doc): in "the ambassadors of ten countries will be declared persona non grata, the
    president said" the passive is the complement of a reporting verb (``transparent``) whose subject is
    a government actor (GOV) of another country than the diplomats'. Only a state declares diplomats
    unwelcome or summons them, and one that announces such an act on another state's envoys announces its
    own; a "from" phrase naming the expelling state ("expelled from Albania, the US said") is read first."""
    verb = m.trigger
    if verb.dep_ != "ccomp" or not set(lemma_keys(verb.head)) & set(lex.modality.get("transparent", [])):
        return []
    for subj in children(verb.head, "nsubj"):
        for arg in resolve(subj, index):
            code = arg.actor.code or ""
            if code[3:6] == "GOV" and arg.actor.country and arg.actor.country not in sent_by:
                return [Arg(arg.actor, arg.token_i, "authority")]
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
    clauses = [c for person in people for c in person.children if c.dep_ in ("acl", "relcl")]
    clauses += _held_before(m.trigger) if m.pattern.kind == "verb" else []
    for clause in clauses:
        if not set(lemma_keys(clause)) & holding:
            continue
        found = [a for t in agent_of(clause) for a in resolve(t, index) if a.actor.id not in held]
        if found:
            return [Arg(a.actor, a.token_i, "holder") for a in found]
    return []


def _held_before(verb: Token) -> list[Token]:
    """The passive clauses of a release verb that say how the released were held before: "were freed
    after being held by X for a year", "were released after they had been held by X", "..., having been
    held by X since May". A clause of time (an adverbial clause, or the gerund of a ``sequel_prepositions``
    phrase) whose passive subject is left unsaid or is a pronoun (the released themselves): "released
    after two guards were held by X" speaks of other people."""
    sequel = inferred_side_words(verb.doc).get("sequel_prepositions", frozenset())
    found = [c for c in verb.children if c.dep_ == "advcl"]
    found += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in sequel for g in children(p, "pcomp")]
    return [c for c in found if is_passive(c) and all(s.pos_ == "PRON" for s in children(c, "nsubjpass", "nsubj"))]
