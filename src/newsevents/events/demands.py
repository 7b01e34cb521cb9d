"""The target of a protest that names none: the authority its demand is addressed to.

A protest is aimed at whoever must grant what it demands, and news states the demand beside the
protest rather than as its object: "students staged demonstrations to demand the minister's
resignation", "protesters demanding the president's resignation took to the streets", "a rally
against the government", "blocked roads to show their anger at the army's policies", "marched in
defiance of the authorities" (a demand noun in a prepositional phrase on the protest). When the
protest pattern found no target, the demand's object is followed through its possessor and the
phrases of ``demand_prepositions`` (arguments.yaml: "of", "by", "from", "for", "against", "at" ...),
and the first actor found is the target, but only an
authority (a role of ``protest_target_roles`` in modality.yaml, or a country): the people a demand
is made for ("the release of jailed activists") are not whom the protest is against.

When no demand names an authority either, :func:`home_government` infers the protesters' own
government for a domestic protest, and only when nothing in the sentence points elsewhere (a foreign
actor or place, an embassy, an employer, a rally of support): the classes of ``inferred_sides.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from ..model import Actor, Place
from .actor_index import ActorIndex, Arg
from .arguments import resolve
from .words import inferred_side_words, words_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# The role code of the inferred target: the state the protesters live in.
HOME_ROLE = "GOV"

# Dependencies of a verb or noun that carry the demand's content.
CONTENT_DEPS = ("dobj", "pobj", "ccomp", "xcomp", "attr", "nsubjpass")
MAX_DEPTH = 3


def protest_target(trigger: Token, sources: Sequence[Arg], index: ActorIndex, demand_words: Iterable[str],
                   roles: Iterable[str], phrase_preps: Iterable[str] = ()) -> list[Arg]:
    """The authority a protest at ``trigger`` is against, from the demand beside it; [] when none.
    ``phrase_preps``: the prepositions whose demand noun states the demand ("in defiance of", "in protest
    at"), not "at the call of X", which names who called the rally."""
    demand_words, roles = set(demand_words), {r.upper() for r in roles}  # the lexicon lower-cases lists
    phrase_preps = set(phrase_preps)
    own = {a.actor.id for a in sources if a.actor.id}
    own_codes = {a.actor.code for a in sources}
    against = words_of(trigger.doc).protest_against_prepositions
    starts: list[Token] = []
    for child in trigger.children:
        # "staged protests to demand X", "rioted, calling for X", "a rally against X"
        if (child.dep_ in ("advcl", "xcomp", "acl") and child.lemma_.lower() in demand_words) or (
                child.dep_ == "prep" and child.lower_ in against):
            starts.append(child)
        elif child.dep_ == "prep" and child.lower_ in phrase_preps:
            # "blocked streets in defiance of X", "fasted in protest at X's refusal": the demand as a noun
            starts += [g for g in child.children if g.dep_ == "pobj" and g.lemma_.lower() in demand_words]
    head = trigger.head if trigger.dep_ in ("dobj", "pobj") else None
    if head is not None:
        # the light verb's purpose clause: "held a rally to demand X"
        starts += [c for c in head.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in demand_words]
    for src in _source_tokens(trigger):
        # "protesters demanding X's resignation took to the streets"
        starts += [c for c in src.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in demand_words]
    demand_preps = words_of(trigger.doc).demand_prepositions
    for start in starts:
        for tok in _content(start, 0, demand_preps):
            found = [a for a in resolve(tok, index) if a.actor.id not in own and a.actor.code not in own_codes
                     and _authority(a, roles)]
            if found:
                return [Arg(a.actor, a.token_i, "demand") for a in found]
    return []


def _source_tokens(trigger: Token) -> list[Token]:
    """The subject of the protest verb, or of the light verb an event noun is the object of."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    return [c for c in verb.children if c.dep_ == "nsubj"]


def _content(tok: Token, depth: int, preps: frozenset[str]) -> list[Token]:
    """The words inside a demand that may name its addressee, nearest first (through the
    dependencies of CONTENT_DEPS and the prepositions ``preps``)."""
    if depth > MAX_DEPTH:
        return []
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ in CONTENT_DEPS or (child.dep_ == "prep" and child.lower_ in preps):
            if child.dep_ != "prep":
                out.append(child)
            out += _content(child, depth + 1, preps)
    return out


def _authority(arg: Arg, roles: set[str]) -> bool:
    """Whether an actor can be what a protest is against: a state's body or office, or a country."""
    code = arg.actor.code or ""
    return arg.actor.kind == "country" or code[3:6] in roles or code.startswith("IGO")


def stance_target(trigger: Token, sources: Sequence[Arg], country_of: Callable[[str], str | None]) -> list[Arg] | None:
    """The target an "anti-" modifier of the protesters names: "anti-Israel demonstrators" protest
    against Israel, "anti-government protesters" against their own government (``against_prefixes``,
    ``government_words``). [] when no source has such a modifier; None when one has but it names no
    country ("anti-war protesters"): then no other target is to be guessed either."""
    doc = trigger.doc
    classes = inferred_side_words(doc)
    if not classes:
        return []
    found: list[Arg] = []
    for arg in sources:
        head = doc[arg.token_i]
        words = list(doc[head.left_edge.i:head.i])
        for k in range(len(words) - 2):
            if words[k].lower_ not in classes["against_prefixes"] or words[k + 1].text != "-":
                continue
            named = words[k + 2]
            home = arg.actor.country
            iso3: str | None = home
            role: str | None = HOME_ROLE
            name = f"government of {home} (inferred)"
            if named.lower_ not in classes["government_words"] or not home:
                iso3, role, name = country_of(named.text), None, named.text
            if not iso3 or (role is None and iso3 == home):
                return None
            actor = Actor(id="", article_id=arg.actor.article_id, name=name, kind="organization" if role else "country",
                          role=role, country=iso3, code=f"{iso3}{role or ''}")
            found.append(Arg(actor, named.i, "mod"))
    return found


def home_government(trigger: Token, sources: Sequence[Arg], index: ActorIndex, places: Sequence[Place],
                    unplaced_roles: Iterable[str] = ()) -> list[Arg]:
    """The protesters' own government as the target of a protest that names none ("students marched
    through the capital demanding free tuition": the state that grants it), or [] when the sentence
    gives any sign that the protest is aimed elsewhere. The sources must all be people of one country
    (``home_protest_roles``), every other actor and place of the sentence of that country, and no word
    of ``foreign_mission_words``, ``employer_words`` or ``support_words`` in the sentence, but for one
    that only modifies the protesters' own noun ("university students"). The target is
    an inferred actor (its name says so), found "home": confidence weighs it as a guess.

    An authority the actors stage could not place in a country (a bare role code of ``unplaced_roles``,
    the protest_target_roles: "reforms by President X's government", "Education Minister Y", someone
    the knowledge base does not know) is no sign of a foreign target: in a domestic protest it is most
    often the protesters' own official; a known foreign one has a country."""
    classes = inferred_side_words(trigger.doc)
    if not classes or not sources:
        return []
    home = _one_home(sources, classes["home_protest_roles"])
    if not home:
        return []
    sent = trigger.sent
    own = {id(a.actor) for a in sources}
    unplaced = {r.upper() for r in unplaced_roles}  # the lexicon lower-cases lists
    if any(actor.country != home for actor in index.at(sent.start_char, sent.end_char)
           if id(actor) not in own and not (actor.country is None and (actor.code or "") in unplaced)):
        return []
    if any(p.country != home for p in places if sent.start_char <= p.start < sent.end_char):
        return []
    signs = classes["foreign_mission_words"] | classes["employer_words"] | classes["support_words"]
    if any((t.lower_ in signs or t.lemma_.lower() in signs) and not _own_modifier(t, sources) for t in sent):
        return []
    return _inferred_government(home, trigger, sources)


def _one_home(sources: Sequence[Arg], roles: Iterable[str]) -> str | None:
    """The one country all ``sources`` are of when each has a role of ``roles``; else None."""
    wanted = {r.upper() for r in roles}  # the lexicon lower-cases lists
    countries = {a.actor.country for a in sources}
    home = next(iter(countries))
    if len(countries) != 1 or any((a.actor.code or "")[3:6] not in wanted for a in sources):
        return None
    return home


def _inferred_government(home: str, trigger: Token, sources: Sequence[Arg]) -> list[Arg]:
    """The government of ``home`` as an inferred target found "home" (confidence weighs it as a guess)."""
    actor = Actor(id="", article_id=sources[0].actor.article_id, name=f"government of {home} (inferred)",
                  kind="organization", role=HOME_ROLE, country=home, code=f"{home}{HOME_ROLE}")
    return [Arg(actor, trigger.i, "home")]


def _own_modifier(tok: Token, sources: Sequence[Arg]) -> bool:
    """Whether ``tok`` only modifies a protester's own noun inside that actor's mention ("university
    students", "school pupils"): it says who they are, not that the protest is aimed at an institution."""
    if tok.dep_ not in ("compound", "amod") or tok.head.i <= tok.i:
        return False
    end = tok.head.idx + len(tok.head.text)
    return any(m.start <= tok.idx and end <= m.end for a in sources for m in a.actor.mentions)


def crowd_target(trigger: Token, code: str, sources: Sequence[Arg], index: ActorIndex) -> list[Arg]:
    """The crowd an act of crowd control (``crowd_control_codes``: tear gas, water cannon, rubber
    bullets) that names no target was aimed at: the one actor of the sentence named by a word of
    ``crowd_nouns`` with a role of ``home_protest_roles``, of the country of the force that used them
    ("protesters blocked roads and police responded by firing tear gas" -> the protesters). Two such
    crowds, or a crowd of another country, give none: whom the force faced is then a guess."""
    classes = inferred_side_words(trigger.doc)
    if not classes or not sources or not code.startswith(tuple(classes["crowd_control_codes"])):
        return []
    roles = {r.upper() for r in classes["home_protest_roles"]}
    countries = {a.actor.country for a in sources}
    own = {id(a.actor) for a in sources}
    sent = trigger.sent
    found: list[Arg] = []
    for actor in index.at(sent.start_char, sent.end_char):
        if id(actor) in own or (actor.code or "")[3:6] not in roles or actor.country not in countries:
            continue
        for mention in actor.mentions:
            span = trigger.doc.char_span(mention.start, mention.end, alignment_mode="expand") \
                if sent.start_char <= mention.start < sent.end_char else None
            if span is not None and {span.root.lemma_.lower(), span.root.lower_} & classes["crowd_nouns"]:
                found.append(Arg(actor, span.root.i, "crowd"))
                break
    return found if len(found) == 1 else []


def yield_target(trigger: Token, code: str, sources: Sequence[Arg], index: ActorIndex) -> list[Arg]:
    """The state an armed group's surrender that names no one it yielded to was made to: the group's
    own government ("Ugandan rebels surrendered after a government offensive"; ``yield_codes``,
    ``yield_roles`` of inferred_sides.yaml), as an inferred actor found "home". [] when the sources are
    not all armed groups of one country, or another actor of the sentence is of another country (whom
    they surrendered to is then a guess)."""
    classes = inferred_side_words(trigger.doc)
    if not classes or not sources or not code.startswith(tuple(classes["yield_codes"])):
        return []
    home = _one_home(sources, classes["yield_roles"])
    sent, own = trigger.sent, {id(a.actor) for a in sources}
    if not home or any(actor.country not in (home, None) for actor in index.at(sent.start_char, sent.end_char)
                       if id(actor) not in own):
        return []
    return _inferred_government(home, trigger, sources)
