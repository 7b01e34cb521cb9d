"""The candidates of one role phrase ("the Russian leader", "Indian and Pakistani troops", "the party's officials").

A role phrase found by phrases.py becomes zero, one or several candidates here: one per country it names or
the story's country, the one named person a singular title stands for, a group named before, the body of a
named leader, or nothing when the phrase is of no one country. Apart from resolve.py, which orders the stages
of one article, because this is one decision of its own with its own helpers (a party owning the noun, a
foreign word on a conjunct, an earlier group of the same role).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence, Set

from spacy.tokens import Doc, Span

from ..nlp import doc_text
from .candidates import Cand, replace
from .context import CountryContext, mixed_by_inclusion, spread_over_countries
from .kb import KnowledgeBase
from .kb_entries import Organization
from .organizations import STATE_AGENTS, group_of_members
from .phrases import RolePhrase, leader_body_cands
from .roles import singular, without_plural_s
from .shared_roles import heads_a_side, own_side, shared_side


def phrase_cands(doc: Doc, kb: KnowledgeBase, phrase: RolePhrase, context: CountryContext,
                 linked: dict[int, str], person_roles: list[tuple[str, Cand]],
                 groups: list[Cand], guessed_keys: Set[str] = frozenset()) -> list[Cand]:
    """Candidates of one role phrase: one per country it names (or the country its context gives)."""
    if phrase.leader is not None:
        return leader_body_cands(doc, kb, phrase, person_roles)
    start_char, end_char = doc[phrase.start].idx, doc[phrase.end - 1].idx + len(doc[phrase.end - 1])
    head_char = doc[phrase.head_start].idx
    if isinstance(phrase.org, Organization):
        org = phrase.org
        if org.code[3:6] == "PTY" and org.country and singular(phrase.noun.lower()) in kb.public_offices:
            # "ANC lawmakers": the party's members holding seats act as the legislature (roles.yaml public_offices);
            # ranked with the party's name (2), whose mention the longer phrase then holds
            return [Cand(f"group:{org.country}:{phrase.agent}", start_char, end_char,
                         doc_text(doc)[start_char:end_char], "role_phrase", f"{org.name} {phrase.noun}", "group",
                         None, org.country, f"{org.country}{phrase.agent}", None, 2)]
        return [Cand(f"org:{org.name}", start_char, end_char, doc_text(doc)[start_char:end_char], "role_phrase",
                     org.name, "group" if org.kind == "group" else "organization", None, org.country, org.code,
                     org.qid, 3)]
    party = _party_owner(doc, kb, phrase)
    if party is not None and phrase.agent in ("GOV", "LAB"):
        # "the party's officials" are the party's, not the state's; "party workers" its members, not labour
        phrase = dataclasses.replace(phrase, agent=party)
    shared = shared_side(doc[phrase.end - 1], phrase.agent, kb)
    if shared is not None:
        phrase = dataclasses.replace(phrase, agent=shared)  # "opposition activists and officials": opposition officials
    own = own_side(doc[phrase.end - 1], phrase.agent, kb)
    if own is not None:  # "rebel forces": a group of the rebels, never the state's army
        phrase = dataclasses.replace(phrase, agent=own, kind="group")
    noun = kb.actor_nouns.get(phrase.noun.lower())
    if not phrase.countries and noun is not None and noun.needs_country:
        return []  # "drones", "jets": an actor only when the text says whose
    if noun is not None and noun.indefinite and not (
            {doc[phrase.start].lower_, doc[max(phrase.start - 1, 0)].lower_} & kb.words.indefinite_articles):
        return []  # "the Afghan insurgent group": a group named elsewhere, not a new actor
    member = group_of_members(doc, phrase.end - 1, groups)
    if member is not None:  # "two militants of the ruling Hamas movement": the group's own
        return [replace(member, start_char, end_char, doc_text(doc)[start_char:end_char], how="affiliation", rank=9)]
    earlier = _earlier_group(doc, kb, phrase, groups, start_char)
    if earlier is not None:
        return [replace(earlier, start_char, end_char, doc_text(doc)[start_char:end_char], how="coreference", rank=9)]
    foreign = not phrase.countries and (any(t.lower_ in kb.foreign_words for t in doc[phrase.start:phrase.head_start])
                                        or (noun is not None and noun.stateless) or _foreign_conjunct(doc, kb, phrase))
    if foreign and phrase.kind != "person" and not phrase.singular_title:
        text = doc_text(doc)[start_char:end_char]  # "foreign reporters": their role, no country
        return [Cand(f"group::{phrase.agent}", start_char, end_char, text, "role", text, phrase.kind, None, None,
                     phrase.agent, None, 3)]
    if not phrase.countries and spread_over_countries(doc, phrase.head_start, kb.words):
        return []  # "37 people in 13 countries": of no one country, so no actor
    guessed = context.country_for(phrase.head_start) if phrase.kind != "person" else None
    if noun is not None and noun.one_country and not phrase.countries:
        guessed = context.one_country()  # "farmers": the story's one country, never a clause's or a leading one
    if guessed and not phrase.countries and mixed_by_inclusion(doc, phrase.end - 1, guessed,
                                                                   context.article_country(), kb):
        return []  # "dozens of people, including Iranian officers": of several countries, so no actor
    countries: Sequence[tuple[str, Span | None]] = phrase.countries or ([(guessed, None)] if guessed else [])
    if guessed and phrase.countries and phrase.agent != "REL" and all(c in kb.people_leaders for c, _ in countries):
        countries = [(guessed, None)]  # "Islamist rebels" in a story of Somalia are Somali rebels (SOMREB); a
        # faith (a people with clergy, ``leaders``) spans states, and the story's state says more of them
    if phrase.singular_title:
        return _singular_title(doc, kb, phrase, start_char, end_char, person_roles, context.article_country(),
                               guessed_keys)
    if not countries and phrase.agent in kb.ethnic_names:  # "Islamic fundamentalists": their faith (MUS) alone
        text = doc_text(doc)[start_char:end_char]
        return [Cand(f"group::{phrase.agent}", start_char, end_char, text, "role", text, phrase.kind, None, None,
                     phrase.agent, None, 3)]
    title = phrase.noun[:1].upper() + phrase.noun[1:]
    cands = []
    for k, (iso3, cspan) in enumerate(countries):
        if iso3 not in kb.countries and iso3 not in kb.ethnic_names:
            continue
        cname = kb.group_name(iso3)
        if iso3 not in kb.countries:  # a people, not a state: "Kurdish rebels" (KURREB), no country
            text = doc_text(doc)[start_char:end_char]
            agent = kb.people_leaders.get(iso3, "GOV") if phrase.agent == "GOV" else phrase.agent  # "Christian
            # leaders" are clergy (CHRREL), no government
            cands.append(Cand(f"group:{iso3}:{agent}", start_char, end_char, text, "role_phrase", text,
                              "group", None, None, f"{iso3}{agent}", None, 3))
            continue
        if phrase.kind == "person":
            role = without_plural_s(title)
            same = [key for key, c in person_roles if c.country == iso3 and (c.role or "").lower() == role.lower()]
            key = linked.get(k) or (same[0] if len(set(same)) == 1 else f"role:{iso3}:{phrase.agent}:{role.lower()}")
            base = Cand(key, 0, 0, "", "role_phrase", f"{role} of {cname}", "person", role, iso3,
                        f"{iso3}{phrase.agent}", None, 3)
        elif phrase.agent == "GOV" and phrase.noun.lower() in kb.words.government_nouns and not (
                {t.lower_ for t in doc[phrase.start:phrase.head_start]} & kb.subnational):
            base = Cand(f"country:{iso3}", 0, 0, "", "role_phrase", cname, "country", None, iso3, f"{iso3}GOV", None, 4)
        else:
            base = Cand(f"group:{iso3}:{phrase.agent}", 0, 0, "", "role_phrase", doc_text(doc)[head_char:end_char] if
                         not phrase.countries else doc_text(doc)[start_char:end_char], phrase.kind, None, iso3,
                         f"{iso3}{phrase.agent}", None, 3)
        if len(countries) > 1 and cspan is not None:  # one actor per country: the country's words and the noun
            spans: tuple[tuple[int, int], ...] = ((cspan.start_char, cspan.end_char), (head_char, end_char))
            if cspan.end <= phrase.head_start and base.kind != "person":
                # "Indian and Pakistani troops": each country's actor holds the whole phrase, as a demonym alone
                # ("US") would read as the state
                base = dataclasses.replace(base, name=f"{cspan.text} {doc_text(doc)[head_char:end_char]}")
                bare = countries[0][1].start_char if countries[0][1] is not None else start_char
                # "the last 12 Canadian and American missionaries" is also written from its first demonym on
                spans = ((start_char, end_char),) + (((bare, end_char),) if bare > start_char else ())
            for s, e in spans:
                cands.append(replace(base, s, e, doc_text(doc)[s:e]))
        else:
            cands.append(replace(base, start_char, end_char, doc_text(doc)[start_char:end_char]))
            first = doc[phrase.start]
            if first.like_num and phrase.start + 1 < phrase.head_start + 1:  # "14 Belarusian officials" also
                s = doc[phrase.start + 1].idx  # as "Belarusian officials": both forms are written mentions
                cands.append(replace(base, s, end_char, doc_text(doc)[s:end_char]))
    return cands


def _foreign_conjunct(doc: Doc, kb: KnowledgeBase, phrase: RolePhrase) -> bool:
    """"World leaders and diplomats", "foreign ministers and envoys": a noun joined to one that a foreign word
    modifies shares that word, and so no country of the story's."""
    last = doc[phrase.end - 1]
    if last.dep_ != "conj" or last.head.i >= last.i:
        return False
    return any(t.lower_ in kb.foreign_words for t in last.head.lefts)


def _party_owner(doc: Doc, kb: KnowledgeBase, phrase: RolePhrase) -> str | None:
    """The agent of a party owning a role noun: "the party's supporters and officials", "officials of the
    opposition party", "party workers" are the party's people, OPP with an opposition word on the party, else
    PTY; None when no party word (``party_words``) owns the noun or the noun it is coordinated with."""
    noun = doc[phrase.end - 1]
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head  # "supporters and officials": the possessor is written on the first
    words = kb.words
    owners = [t for t in noun.children if t.dep_ in ("poss", "compound")]  # "the party's", "party workers"
    owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in words.membership_prepositions
               for o in p.children if o.dep_ == "pobj"]
    for owner in owners:
        if owner.lower_ in words.party_words:
            modifiers = {t.lower_ for t in owner.lefts}
            return "OPP" if modifiers & words.opposition_words else "PTY"
    return None


def _earlier_group(doc: Doc, kb: KnowledgeBase, phrase: RolePhrase, groups: list[Cand], start: int) -> Cand | None:
    """"the rebels" after "the M23": the one armed or political group named before with the same role."""
    if (phrase.countries or phrase.kind != "group" or doc[phrase.start].lower_ not in kb.definite_articles
            or phrase.agent in ("GOV", "CVL")):
        return None
    fits = {c.key: c for c in groups
            if c.start < start and c.kind == "group" and c.code and c.code[3:6] == phrase.agent}
    return next(iter(fits.values())) if len(fits) == 1 else None


def _name_follows(doc: Doc, end: int) -> bool:
    """Whether a person's name follows token ``end - 1``, directly or after a comma ("counterpart, Wang Yi")."""
    k = end + 1 if end < len(doc) and doc[end].text == "," else end
    return k < len(doc) and doc[k].ent_type_ == "PERSON"


def _singular_title(doc: Doc, kb: KnowledgeBase, phrase: RolePhrase, start: int, end: int,
                    person_roles: list[tuple[str, Cand]], home: str | None = None,
                    guessed: Set[str] = frozenset()) -> list[Cand]:
    """"the Russian leader", "the governor": the one named person of that country and title, if there is one;
    with a country of its own and no such person, an unnamed office-holder ("the Saudi crown prince").

    A phrase whose country is a region of it ("the California congressman") is also the one person of its agent
    whose country was only the story's guess ("Rep. Adam Schiff" in a story about Russia): its mention comes
    back with the phrase's country, which the caller gives the whole person (see ``_rehome``). A demonym
    ("the Chinese foreign minister") is not enough: beside a foreign minister it is most often the counterpart."""
    noun = phrase.noun.lower()
    iso3s = {c for c, _ in phrase.countries}
    # "the former president": an office no longer held (ELI, as Phoenix codes FORMER_PRESIDENT), never the one
    # holding it now; named, the person whose office ended ("former President X" earlier)
    former = any(t.lower_ in kb.words.former_words for t in doc[phrase.start:phrase.head_start])
    agent = "ELI" if former else phrase.agent
    fits = {key: cand for key, cand in person_roles
            if (not iso3s or cand.country in iso3s) and cand.code and cand.code[3:] == agent
            and (noun in kb.words.leader_titles or (cand.role or "").lower().endswith(noun))}
    regional = all(cspan.text in kb.regions for _, cspan in phrase.countries)
    if not fits and regional and len(iso3s) == 1 and next(iter(iso3s)) in kb.countries:
        iso3 = next(iter(iso3s))
        wrong = {key: cand for key, cand in person_roles
                 if key in guessed and cand.code and cand.code[3:] == phrase.agent and cand.country != iso3}
        if len(wrong) == 1:
            cand = next(iter(wrong.values()))
            return [dataclasses.replace(cand, start=start, end=end, text=doc_text(doc)[start:end],
                                        how="coreference", country=iso3, code=f"{iso3}{phrase.agent}", rank=9)]
    if len(fits) != 1:
        definite = (doc[phrase.start].lower_ in kb.definite_articles
                    # "met his Ugandan counterpart": an office-holder facing the speaker (a lawyer is private);
                    # with a name in apposition ("his Chinese counterpart, Wang Yi") the name is the actor
                    or (doc[max(phrase.start - 1, 0)].lower_ in kb.words.possessive_pronouns and phrase.agent == "GOV"
                        and not _name_follows(doc, phrase.end))
                    or any(t.text in kb.words.possessive_markers for t in doc[phrase.start:phrase.head_start]))
        side = heads_a_side(list(doc[phrase.end:phrase.end + 1]), phrase.agent, kb)  # "the leader of the opposition"
        specific = (" " in phrase.noun.strip() and phrase.agent in STATE_AGENTS) or side  # not a bare "the president"
        visiting = any(t.lower_ in kb.foreign_words for t in doc[phrase.start:phrase.head_start])
        if (not iso3s and not fits and home and doc[phrase.start].lower_ in kb.definite_articles and specific
                and not visiting and noun not in kb.abroad_titles):  # "the visiting foreign minister", "the
            # special envoy" are no officials of the story's country
            homes = kb.title_homes.get(noun)  # "the Senate majority leader" in a story of Yemen: the US Senate's
            iso3s = {home if not homes or home in homes else homes[0]}  # "the interior minister": the story's
        if fits or len(iso3s) != 1 or next(iter(iso3s)) not in kb.countries:
            return []
        if not definite and not any(t.lower_ in kb.words.seniority_words for t in doc[phrase.start:phrase.head_start]):
            return []  # "a US official" is anyone; "a senior US official" speaks for the government
        iso3 = next(iter(iso3s))
        title = ("Former " if former else "") + " ".join(w[:1].upper() + w[1:] for w in phrase.noun.split())
        whose = f"the {kb.countries[iso3].name} {phrase.agent}" if side else kb.countries[iso3].name  # no head of state
        return [Cand(f"role:{iso3}:{agent}:{noun}", start, end, doc_text(doc)[start:end], "role_phrase",
                      f"{title} of {whose}", "person", title, iso3, f"{iso3}{agent}", None, 3)]
    cand = next(iter(fits.values()))
    return [replace(cand, start, end, doc_text(doc)[start:end], how="coreference", rank=9)]


def repeated_noun(doc: Doc, kb: KnowledgeBase, phrase: RolePhrase,
                  earlier: list[tuple[RolePhrase, Cand]]) -> Cand | None:
    """"The warplanes" after "Israeli warplanes": a definite plural that needs a country of its own (roles.yaml
    ``needs_country``) and has none is the actor the same noun named with a country in the last three sentences,
    when exactly one such actor was named there ("Israeli and Syrian jets ... the jets" stays unresolved)."""
    noun = kb.actor_nouns.get(phrase.noun.lower())
    if (phrase.countries or noun is None or not noun.needs_country
            or doc[phrase.start].lower_ not in kb.definite_articles):
        return None
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else []
    here = next((k for k, s in enumerate(sents) if s.start <= phrase.start < s.end), None)
    if here is None:
        return None
    first = sents[max(0, here - 3)].start
    fits = {c.key: c for p, c in earlier if p.noun.lower() == phrase.noun.lower() and p.countries
            and first <= p.start < phrase.start}
    if len(fits) != 1:
        return None
    start, end = doc[phrase.start].idx, doc[phrase.end - 1].idx + len(doc[phrase.end - 1])
    return replace(next(iter(fits.values())), start, end, doc_text(doc)[start:end], how="coreference", rank=9)
