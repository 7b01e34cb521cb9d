"""A person's role, country and code from what the text says and what the knowledge base knows for the date.

Text wins where it is explicit ("Russian President Vladimir Putin"); the KB fills in what the text leaves out
and keeps offices in their time: a leader whose terms all ended before the article's date is "former" (agent
ELI), so "President Raisi" in a 2025 article is not coded as Iran's government.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from difflib import SequenceMatcher

from .kb import KnowledgeBase, name_key
from .kb_entries import Organization, Person, Seat, Term
from .mentions import NamedSpan, span_text
from .roles import RoleInfo

_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
PHOENIX_HORIZON = date(2018, 12, 31)  # the last day an open-ended Phoenix office is taken to hold
PHOENIX_FRESH = timedelta(days=730)  # how long after its country's entries were last updated an open office holds
# agents of private people: a description with one of these cannot be an office-holder listed as GOV/MIL
_CIVILIAN_AGENTS = {"CVL", "HLH", "EDU", "LAB", "AGR", "BUS", "MED", "REL", "CRM", "REF", "OPP", "NGO", "JUD"}


@dataclass
class PersonFacts:
    name: str
    role: str | None = None
    country: str | None = None
    code: str | None = None
    qid: str | None = None
    resolved_by: list[str] = field(default_factory=list)


def office_on(terms: list[Term], day: date | None) -> tuple[Term, bool] | None:
    """The term covering ``day`` (latest if none is given), or the last one ended before it (flag False)."""
    if not terms:
        return None
    if day is None:
        return max(terms, key=lambda t: t.start or date.min), True
    current = [t for t in terms if t.covers(day)]
    if current:
        return max(current, key=lambda t: t.start or date.min), True
    past = [t for t in terms if t.end is not None and t.end < day]
    if past:
        return max(past, key=lambda t: t.end or date.min), False
    return None


def _given(name: str) -> list[str]:
    """The keyed words of a name before its surname, initials and suffixes left out ("Patrick W. Smith Jr."
    -> ["patrick"])."""
    words = [name_key(w) for w in name.replace(".", ". ").split()]
    words = [w for w in words if w and w not in _SUFFIXES]
    return [w for w in words[:-1] if len(w) > 1]


def _same_given(a: str, b: str) -> bool:
    """One given name spelled two ways ("Nicholas" / "Nicolas") or shortened ("Vlad" / "Vladimir")."""
    return a.startswith(b) or b.startswith(a) or SequenceMatcher(None, a, b).ratio() >= 0.75


def name_compatible(written: str, person: Person) -> bool:
    """Whether a name as written can be ``person``: the same key as one of their listed forms, or the same
    surname with given names that agree where both are known ("Tim Morrison" is not Scott Morrison).

    A given name agrees when one is the other's start ("Vlad" / "Vladimir"); an initial agrees with any name
    of that letter."""
    key = name_key(written)
    forms = [person.name, *person.aliases]
    if any(name_key(f) == key for f in forms):
        return True
    words = [name_key(w) for w in written.split() if name_key(w)]
    if len(words) < 2:
        return any(name_key(f.split()[-1]) == key for f in forms)
    given = _given(written)
    for form in forms:
        if name_key(form.split()[-1]) != words[-1]:
            continue
        theirs = _given(form)
        if not given or not theirs or _same_given(given[0], theirs[0]):
            return True
    return False


def _contradicts(person: Person, infos: list[RoleInfo], day: date | None) -> bool:
    """A description the KB entry cannot fit: a titled role of another agent ("Albanese, a nurse": HLH against
    the prime minister's GOV) that is not the listed office itself, or a country other than the listed one."""
    office = office_on(person.terms, day)
    for info in infos:
        if info.country and person.country and info.country != person.country and not info.org:
            return True
        if not info.title or office is None:
            continue
        if _same_role(info.title, office[0].role) or any(_same_role(info.title, t.role) for t in person.terms):
            continue
        agent = office[0].code[3:6]
        if info.agent and agent and info.agent != agent and info.agent in _CIVILIAN_AGENTS:
            return True
    return False


def _kb_person(cluster: list[NamedSpan], infos: list[RoleInfo], kb: KnowledgeBase, day: date | None) -> Person | None:
    """The listed person a cluster of names is, or None. Safe linking: every multi-word name of the cluster
    must be compatible with the entry; a surname alone links only when the article introduces the person
    with a full name, or a title agreeing with the listed office ("President Macron"), or the word is a listed
    alias ("Xi"), or the only listed bearer of the surname holds office on the article's date (a headline's
    "Putin"); and no description may contradict the entry ("Albanese, a nurse")."""
    full = [span_text(s.span) for s in cluster if len(s.span) > 1]
    titles = [i.title.lower() for i in infos if i.title]
    found: Person | None = None
    for span in cluster:
        person = span.entry if isinstance(span.entry, Person) else None
        if person is None and len(span.span) > 1:
            person = kb.person(span_text(span.span))
        if person is not None:
            found = person
            break
    if found is None:
        surname = name_key(cluster[0].span[-1].text)
        if full:
            surname = name_key(full[0].split()[-1])
        people = kb.surnames.get(surname, [])
        if titles:
            fits = [p for p in people
                    if any(_same_role(t.role, title) for t in p.terms for title in titles)]
        else:
            fits = [p for p in people if (held := office_on(p.terms, day)) and held[1]]
            fits = fits if len(people) == 1 and len(surname) >= 4 else []
        found = fits[0] if len(fits) == 1 else None
    if found is None:
        return None
    if not all(name_compatible(name, found) for name in full):
        return None  # "Kevin Starmer" is not Keir Starmer
    if not full:
        alias = any(name_key(a) == name_key(span_text(s.span)) for a in found.aliases for s in cluster)
        titled = any(_same_role(t.role, title) for t in found.terms for title in titles)
        held = office_on(found.terms, day)
        sole = len(kb.surnames.get(name_key(found.name.split()[-1]), [])) == 1
        if not (alias or titled or (held is not None and held[1] and sole and day is not None)):
            return None  # a bare surname of no one in office then, never introduced: maybe a namesake
    return None if _contradicts(found, infos, day) else found


def _country_of_code(code: str, kb: KnowledgeBase) -> str | None:
    return code[:3] if code[:3] in kb.countries else None


def person_facts(cluster: list[NamedSpan], infos: list[RoleInfo], kb: KnowledgeBase, day: date | None,
                 resolved: list[str], fallback_country: str | None = None,
                 story_country: str | None = None) -> PersonFacts:
    """Everything known about one person cluster; ``infos`` are text evidence, best first.

    ``fallback_country`` (the article's main country) is given to a titled person whose country neither the
    text nor the knowledge base tells ("Gov. Eric Holcomb" in an article about Indiana). ``story_country``
    (given only when the article is clearly about one country) is the country alone, no role, of a person
    the text describes in no way and nobody lists (a villager quoted in a story from Pakistan): the
    country is the likely one, the role is unknown.
    """
    longest = max(cluster, key=lambda s: len(s.span.text)).span.text
    person = _kb_person(cluster, infos, kb, day)
    facts = PersonFacts(name=person.name if person else longest, qid=person.qid if person else None,
                        resolved_by=list(resolved))
    titled = next((i for i in infos if i.title), None)
    country = next((i.country for i in infos if i.country), None)
    org = next((i.org for i in infos if i.org is not None), None)
    kb_office = office_on(person.terms, day) if person else None
    if person:
        facts.resolved_by.append("kb")
        country = country or person.country or (_country_of_code(kb_office[0].code, kb) if kb_office else None)
    if titled is not None and titled.title:  # (always set: titled is chosen for having one)
        facts.role = titled.title
        agent = titled.agent or "GOV"
        if titled.former:
            facts.role, agent = f"former {titled.title}", "ELI"
        elif kb_office and not kb_office[1] and not titled.country and _same_role(titled.title, kb_office[0].role):
            facts.role, agent = f"former {kb_office[0].role}", "ELI"  # "President Raisi" after his term
        if kb_office and kb_office[1] and not titled.former and _same_role(titled.title, kb_office[0].role):
            # "Secretary-General Antonio Guterres": the listed office says whose official he is (IGOUNO)
            facts.country = _country_of_code(kb_office[0].code, kb) or country
            facts.code = kb_office[0].code
            return facts
        if isinstance(org, Organization) and not titled.former:
            facts.country = org.country or country
            facts.code = org.code_on(day) if org.code[3:] != "GOV" or agent == "GOV" else f"{org.code[:3]}{agent}"
            if titled.office and org.code[3:6] == "PTY" and facts.country:
                facts.code = f"{facts.country}{agent}"  # "ANC lawmaker X": the seat held acts, not the party
            return facts
        if isinstance(org, Seat):
            country = country or org.country
        if any(i.topic == fallback_country for i in infos):
            fallback_country = None  # the story is about the country the role deals with, not the person's
        if not country and (igo := _phoenix_igo_office(longest, kb, day)):
            facts.code = igo  # "Secretary-General Boutros Boutros-Ghali": the body he served in office, IGOUNO
            return facts
        country = country or _phoenix_country(longest, kb, day)
        homes = next((i.homes for i in infos if i.homes), None)
        if country is None and homes:  # "Senate Majority Leader X" in a story of Myanmar: the US Senate's
            country = fallback_country if fallback_country in homes else homes[0]  # the title's usual home
            fallback_country = None
        if country is None and agent == "GOV" and " " not in longest.strip() and not person:
            country = kb.phoenix_office_holder(longest.strip(), agent, day)  # "President Reagan"
        if (not titled.former and not person and country and agent != "GOV"
                and _phoenix_held_before(longest, kb, day, agent, country)):
            facts.role, agent = f"former {titled.title}", "ELI"  # "Speaker of the House Newt Gingrich" in 2016
        if country is None and fallback_country:
            country = fallback_country
            facts.resolved_by.append("article_country")  # a guess: a description later may say otherwise
        facts.country = country
        facts.code = f"{country}{agent}" if country else agent  # the role alone when no country is told
        facts.resolved_by.append("role" if not country else "title_country")
        return facts
    if kb_office:
        term, current = kb_office
        facts.role = term.role if current else f"former {term.role}"
        facts.country = _country_of_code(term.code, kb) or country
        facts.code = term.code if current else (f"{facts.country}ELI" if facts.country else term.code)
        return facts
    facts = _phoenix_facts(facts, longest, kb, day, country)
    if facts.code is None and story_country is not None and _full_name(cluster):
        facts.country = facts.code = story_country
        facts.resolved_by.append("story_country")
    return facts


def _full_name(cluster: list[NamedSpan]) -> bool:
    """Whether the cluster holds a name of two or more words in ordinary case ("Nasrullah Khan"): a lone word
    ("Mujahideen", "Twitter") or a capitalised dateline ("JUBA") is too often not a person at all."""
    return any(len(s.span) > 1 and not s.span.text.isupper() for s in cluster)


def _phoenix_terms(terms: list[Term], kb: KnowledgeBase) -> list[Term]:
    """Phoenix's dated terms with an open end closed where the dictionary stops knowing: two years after the
    last date of any entry of the term's country (the coders brought each country up to date at its own time:
    Zimbabwe's entries stop in 2010, so "ZWEGOVMED from 2009" says nothing of 2018, when that minister led the
    opposition), and at the dictionaries' horizon (2018) at the latest ("CHLGOV from 2006" says nothing of
    2021). After that the entry says nothing of the person (see ``_phoenix_facts``). An intergovernmental
    office (IGOUNO) has no country's date: it ends at the horizon."""
    closed = []
    for t in terms:
        if t.end is None and t.start is not None and t.start <= PHOENIX_HORIZON:
            updated = kb.phoenix_updated.get(t.code[:3]) if t.code[:3] in kb.countries else None  # not IGO
            known = max(updated + PHOENIX_FRESH, t.start) if updated else PHOENIX_HORIZON
            t = replace(t, end=min(PHOENIX_HORIZON, known))
        closed.append(t)
    return closed


def _phoenix_held_before(text: str, kb: KnowledgeBase, day: date | None, agent: str, country: str) -> bool:
    """Whether the Phoenix person ``text`` of ``country`` held an office of the title's ``agent`` that ended
    before ``day`` and holds none on it, nor one left open: the title names a past office, as "President Raisi"
    after his term does in the knowledge base (``person_facts``). Only while the dictionary knew the country
    (``_phoenix_terms``): Nancy Pelosi's speakership of 2007-2011 says nothing of her speakership of 2019."""
    entry = kb.phoenix_entry(text) if day is not None else None
    updated = kb.phoenix_updated.get(country)
    if entry is None or day is None or updated is None or day > updated + PHOENIX_FRESH:
        return False  # past what the dictionary knew of the country: the office may have been held again
    held = [t for t in entry[1] if t.code[:3] == country and agent in (t.code[3:6], t.code[6:9]) and (t.start or t.end)]
    # (a GOV title says too little: John Bolton, a UN ambassador of 2005, is National Security Advisor in 2019)
    return bool(held) and all(t.end is not None and t.end < day for t in held)


def _phoenix_country(text: str, kb: KnowledgeBase, day: date | None) -> str | None:
    entry = kb.phoenix_entry(text)
    if entry is None:
        return None
    return next((c for c in (_country_of_code(t.code, kb) for t in entry[1]) if c), None)


def _phoenix_igo_office(text: str, kb: KnowledgeBase, day: date | None) -> str | None:
    """The intergovernmental body a Phoenix person served on ``day`` (the latest dated term without one)."""
    entry = kb.phoenix_entry(text)
    dated = _phoenix_terms([t for t in entry[1] if t.start or t.end], kb) if entry else []
    office = office_on(dated, day) if dated else None
    return office[0].code if office and office[1] and office[0].code.startswith("IGO") else None


def _same_role(text_title: str, kb_role: str) -> bool:
    a, b = text_title.lower(), kb_role.lower()
    return a in b or b in a


def _phoenix_facts(facts: PersonFacts, text: str, kb: KnowledgeBase, day: date | None,
                   country: str | None) -> PersonFacts:
    entry = kb.phoenix_entry(text)
    if entry is None:
        facts.country = country
        facts.code = country
        return facts
    dated = _phoenix_terms([t for t in entry[1] if t.start or t.end], kb)
    office = office_on(dated, day) if dated else None
    undated = [t for t in entry[1] if not (t.start or t.end)]
    if office and not office[1] and office[0] not in entry[1]:  # an office of unknown end, past our knowledge:
        # neither the office nor "former" (ELI): the country of an entry listed beyond its offices (an undated
        # code: Michelle Bachelet CHL), else nothing, as the name may be a namesake's (an entry known only by
        # its office: a Grenadian minister of 2008, and a musician of 2019)
        facts.country = facts.code = next((c for c in (_country_of_code(t.code, kb) for t in undated) if c), country)
        return facts
    term = office[0] if office and office[1] else (undated[0] if undated else None)
    if term is None:
        facts.country, facts.code = country, country
        return facts
    facts.resolved_by.append("phoenix")
    facts.code = term.code
    facts.country = _country_of_code(term.code, kb) or country
    return facts
