"""Role phrases that are actors by themselves ("protesters", "the Israeli government", "the presidents of
Syria, Iran, Egypt and Palestine") and the "X of Y, Z ... A, B, respectively" pairing of names to countries.
"""

from __future__ import annotations

import logging
from collections.abc import Set
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..model import ActorKind
from ..nlp import doc_language, doc_text
from .candidates import Cand
from .columns import Columns
from .kb import KnowledgeBase, name_key
from .mentions import NamedSpan
from .role_nouns import left_modifiers, match_noun, of_countries, phoenix_group, right_demonyms
from .roles import private_owner, singular
from .words import ActorWords, actor_words

LOGGER = logging.getLogger(__name__)
_RECEIVING = {"dobj", "pobj", "dative"}  # where counted people are an act's target ("detained 34 people")
_SUBCLAUSES = {"ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "parataxis"}  # clauses of their own


@dataclass
class RolePhrase:
    """A noun phrase naming an actor by its role; ``countries`` pairs each country with the tokens naming it."""

    start: int  # first token of the mention (determiner included)
    end: int  # token after the head noun
    head_start: int
    agent: str
    kind: ActorKind
    noun: str  # the role noun as written ("presidents")
    countries: list[tuple[str, Span]] = field(default_factory=list)
    org: object | None = None
    singular_title: bool = False  # "the Russian leader": one person, to be linked to a named one
    leader: NamedSpan | None = None  # "Putin's government": the named person whose body this is


def _genitive_side(cols: Columns, kb: KnowledgeBase, end: int) -> str | None:
    """"the leader of the opposition MDC", "the head of the ruling party": a government title whose "of" object
    holds an opposition word (OPP) or a party word (PTY) names that body's head, as such a title before a name
    does (roles.read_role_words); None when the title is a state's ("the leader of the country")."""
    if end >= len(cols.lower) or cols.lower[end] not in kb.words.genitive_prepositions:
        return None
    obj = next((k for k in range(end + 1, len(cols.lower)) if cols.head[k] == end and cols.dep[k] == "pobj"), None)
    if obj is None:
        return None
    words = set(cols.lower[end + 1:obj + 1])
    if not kb.words.opposition_words.isdisjoint(words):
        return "OPP"
    return "PTY" if not kb.words.party_words.isdisjoint(words) else None


def _place_of_body(cols: Columns, kb: KnowledgeBase, last: int) -> bool:
    """"a majority in parliament", "the case in court", "protesters outside the ministry": a body after a
    preposition of place is where something is, not who acts (as "talks in Moscow" for a capital)."""
    prep = cols.head[last]
    return cols.dep[last] == "pobj" and cols.lower[prep] in kb.words.body_place_prepositions and prep != last


def _title_object(cols: Columns, kb: KnowledgeBase, last: int) -> bool:
    """"Alen Simonyan, vice speaker of parliament", "the head of the president's military cabinet": a body after
    "of" that only says whose office a singular title is belongs to the title, not an actor of its own."""
    prep = cols.head[last]
    if cols.dep[last] != "pobj" or cols.lower[prep] not in kb.words.genitive_prepositions or prep == last:
        return False
    title = cols.head[prep]
    return cols.tag[title] == "NN" and (cols.lower[title] in kb.titles or cols.lower[title] in kb.words.head_nouns)


def _not_an_actor(doc: Doc, i: int, end: int, kb: KnowledgeBase) -> bool:
    """"on social media" (a phrase listed as no actor), "told reporters" / "spoke to the media" (the audience of
    a speech verb), "opposition to the plan" (a stance noun before "to") and "the Russian side of the border" (a part).
    """
    if i > 0 and f"{doc[i - 1].lower_} {doc[i:end].text.lower()}" in kb.not_actor_phrases:
        return True
    if (end < len(doc) and doc[end].lower_ in kb.words.stance_prepositions
            and doc[i:end].text.lower() in kb.stance_nouns):
        return True  # "opposition to the government" is a stance, not the opposition
    if doc[end - 1].lower_ in kb.words.part_nouns and (
            (end < len(doc) and doc[end].lower_ in kb.words.genitive_prepositions)
            or (doc[end - 1].dep_ == "pobj" and doc[end - 1].head.lower_ in kb.words.part_prepositions)):
        return True  # "the Russian side of the border", "the toll on the Israeli side": a place or a part
    head = doc[end - 1]
    verb = head.head
    if (head.dep_ == "pobj" and verb.lower_ in kb.words.audience_prepositions
            and verb.head.lemma_.lower() in kb.audience_verbs and end - i == 1):
        return True  # "not authorized to speak to the media": the audience
    return head.dep_ in ("dobj", "dative") and verb.lemma_.lower() in kb.audience_verbs and end - i == 1 and (
        i == 0 or doc[i - 1].pos_ not in ("ADJ", "PROPN"))


def role_phrases(doc: Doc, kb: KnowledgeBase, names: dict[int, NamedSpan], blocked: set[int],
                 cols: Columns | None = None) -> list[RolePhrase]:
    """Every role phrase in ``doc`` outside names and title prefixes (``blocked`` tokens)."""
    cols = cols or Columns(doc)
    found: list[RolePhrase] = _office_phrases(doc, kb, names, blocked, cols)  # before "the prosecutor" alone
    found.extend(_leader_bodies(kb, names, blocked, cols))
    blocked = blocked | {t for p in found for t in range(p.start, p.end)}
    # words a role phrase may start with: the first word of a listed role noun or title, or a plural title;
    # the other tokens (most) are spared the phrase look-ups of match_noun (a word holding a space is not)
    first, titles = kb.role_first_words, kb.titles
    starters = {word for word in set(cols.lower) if word in first or " " in word or singular(word) in titles}
    free = 0  # tokens before this one belong to a phrase already read
    voices = kb.words.spokesperson_titles | kb.words.statement_nouns  # an unnamed voice of the body before it
    for i in [i for i, word in enumerate(cols.lower) if word in starters]:
        if i < free or i in blocked or i in names:
            continue
        match = match_noun(doc, i, kb, cols)
        if not match:
            continue
        end, _phrase, agent, kind, single = match
        free = end
        head = cols.head[end - 1]
        if (cols.dep[end - 1] in ("compound", "amod") and cols.pos[head] in ("NOUN", "PROPN") and head >= end
                and cols.lower[head] not in kb.possessed_nouns and cols.lower[head] not in voices):
            continue  # "police source", "military units": the role noun only modifies another noun; but "an
            # Israeli police spokesman said" (no name follows) is the police speaking
        if cols.dep[end - 1] in ("compound", "amod") and cols.lower[head] in voices and head == end:
            end = free = head + 1  # the mention holds the voice: "Israeli police spokesman"
        if _not_an_actor(doc, i, end, kb) or _title_object(cols, kb, end - 1) or (
                kind == "organization" and _place_of_body(cols, kb, end - 1)):
            continue
        start, countries, org = left_modifiers(doc, i, kb, names, cols)
        if agent in kb.people_home_unstated and countries and all(span.text in kb.people_homes
                                                                  for _, span in countries):
            if cols.lower[end - 1] not in kb.people_home_leaders:
                continue  # "Chechen forces": rebels or the republic's own; the state's army would be a guess
            agent, kind = "CVL", "group"  # "Yoruba leaders": the people's own, not the state's government
        noun = doc[i:end].text  # the role noun without adjectives of nationality after it ("gouvernement belge")
        end, after = right_demonyms(cols, i, end, kb)
        countries += [(iso3, doc[k:k + 1]) for iso3, k in after]
        of_list = of_countries(doc, end, names, kb)
        if single and not countries and not (start < i and cols.lower[start] in kb.definite_articles):
            continue
        owner = private_owner(list(doc[i - 2:i + 1]), kb) if single and i >= 2 else None
        if owner == "":
            continue  # "the group's representative in Turkey": an officer of a body of unknown kind, no state's
        if owner:
            agent, countries, of_list = owner, [], []  # "the company's president" BUS
        if single and agent == "GOV" and (side := _genitive_side(cols, kb, end)):
            agent = side  # "the leader of the opposition X": X's leader, no head of the state
        if len(of_list) == 1 and not countries:
            end = free = of_list[0][1].end  # "the former president of Ukraine", "a special court in Bahrain":
            # the country after the noun is part of the noun phrase, as a demonym before it would be
        found.append(RolePhrase(start=start, end=end, head_start=i, agent=agent, kind=kind, noun=noun,
                                countries=countries + of_list, org=org, singular_title=single))
    taken = {t for p in found for t in range(p.start, p.end)}
    found.extend(_people_groups(doc, kb, names, blocked | taken, cols))
    return sorted(found, key=lambda p: p.start)


def _office_phrases(doc: Doc, kb: KnowledgeBase, names: dict[int, NamedSpan], blocked: set[int],
                    cols: Columns) -> list[RolePhrase]:
    """"the prosecutor's office", "Peru's public defender's office": the body of an office named by its title
    (the title's agent, from the titles list or the Phoenix agents dictionary), not a person."""
    found = []
    for i, word in enumerate(cols.lower):
        if (word not in kb.words.office_nouns or i < 3 or i in blocked
                or cols.text[i - 1] not in kb.words.possessive_markers):
            continue
        title = None
        for n in (3, 2, 1):
            k = i - 1 - n
            phrase = " ".join(cols.lower[k:i - 1]) if k >= 0 else ""
            agent = kb.titles.get(phrase) or kb.phoenix_titles.get(phrase)
            if agent and not any(t in blocked or t in names for t in range(k, i - 1)):
                title = (k, agent)
                break
        if title is None:
            continue
        k, agent = title
        start, countries, org = left_modifiers(doc, k, kb, names, cols)
        found.append(RolePhrase(start=start, end=i + 1, head_start=k, agent=agent, kind="organization",
                                noun=doc[k:i + 1].text, countries=countries, org=org))
    return found


def _leader_bodies(kb: KnowledgeBase, names: dict[int, NamedSpan], blocked: set[int],
                   cols: Columns) -> list[RolePhrase]:
    """"President Putin's government", "the Biden administration", "the administration of President X",
    "Pashinyan's party": a body (``leader_bodies``) owned by a named person is that person's, of the person's
    country (given once the person is resolved) and the noun's agent, not of a country written nearby."""
    found = []
    for i, word in enumerate(cols.lower):
        if word not in kb.leader_bodies or i in blocked or i in names or cols.pos[i] != "NOUN":
            continue
        noun = kb.actor_nouns.get(word)
        agent = noun.agent if noun is not None else kb.org_types.get(word, "GOV")
        start, end, leader = i, i + 1, None
        k = i - 1
        if k >= 0 and cols.text[k] in kb.words.possessive_markers:
            k -= 1  # "Putin's government"
        owner = names.get(k) if k >= 0 else None
        if owner is None and k >= 0 and cols.pos[k] == "PROPN" and cols.is_title[k]:
            owner = _named_before(names, cols, k)  # "Pashinyan's party" after "Nikol Pashinyan" (no entity)
            start = k
        if owner is not None and owner.label == "PERSON" and (owner.span.end == k + 1 or start == k):
            leader, start = owner, min(start, owner.span.start) if owner.span.end == k + 1 else k
            if k == i - 1 and start > 0 and cols.lower[start - 1] in kb.definite_articles:
                start -= 1  # "the Biden administration"
        elif (i + 1 < len(cols.lower) and cols.lower[i + 1] in kb.words.genitive_prepositions and i > 0
              and cols.lower[i - 1] in kb.definite_articles):
            leader = _titled_person_after(kb, names, cols, i + 2)  # "the administration of US President X"
            start, end = i - 1, leader.span.end if leader is not None else end
        elif (i + 3 < len(cols.lower) and f"{cols.lower[i + 1]} {cols.lower[i + 2]}" in kb.words.leader_links
              and i > 0 and cols.lower[i - 1] in kb.definite_articles):
            leader = _titled_person_after(kb, names, cols, i + 3)  # "the government led by President X"
            start, end = i - 1, leader.span.end if leader is not None else end
        if leader is not None:
            found.append(RolePhrase(start=start, end=end, head_start=i, agent=agent, kind="organization",
                                    noun=cols.text[i], leader=leader))
    return found


def leader_body_cands(doc: Doc, kb: KnowledgeBase, phrase: RolePhrase,
                      person_roles: list[tuple[str, Cand]]) -> list[Cand]:
    """The candidate of a leader's body: of the leader's country (none known: no actor), its mention from the
    leader's titled form on ("President Vladimir Putin's government"); a government is its country's actor."""
    assert phrase.leader is not None
    first, last = phrase.leader.span.start_char, phrase.leader.span.end_char
    own = [c for _, c in person_roles if c.start <= first and c.end == last and c.country]
    iso3 = own[0].country if own else _leaders_country(kb, phrase.leader)
    if not iso3:
        return []
    start = doc[phrase.start].idx
    if phrase.start == phrase.leader.span.start and own:
        start = min(c.start for c in own)  # the leader's title belongs to the body's mention too
    end = doc[phrase.end - 1].idx + len(doc[phrase.end - 1])
    text = doc_text(doc)[start:end]
    if phrase.agent == "GOV" and iso3 in kb.countries:
        return [Cand(f"country:{iso3}", start, end, text, "owner", kb.countries[iso3].name, "country", None, iso3,
                     f"{iso3}GOV", None, 4)]
    owner = own[0].key if own else phrase.leader.span.text
    return [Cand(f"owned:{owner}:{phrase.noun.lower()}", start, end, text, "owner", text, "organization", None,
                 iso3, f"{iso3}{phrase.agent}", None, 3)]


def _leaders_country(kb: KnowledgeBase, leader: NamedSpan) -> str | None:
    """The country of a body named by a surname alone that the article does not resolve ("the Bush
    administration", "the Maduro government" with no date or out of his term): a surname that names a
    government is its head's, so every listed bearer of it who held an office is of one country (surnames
    shorter than four letters too ambiguous); a namesake of another country gives none."""
    surname = name_key(leader.span[-1].text)
    if len(leader.span) > 1 or len(surname) < 4:
        return None
    countries = {p.country for p in kb.surnames.get(surname, []) if p.terms}
    return next(iter(countries)) if len(countries) == 1 else None


def _named_before(names: dict[int, NamedSpan], cols: Columns, k: int) -> NamedSpan | None:
    """The one person named earlier in full whose last word is token ``k``'s (a surname spaCy did not tag)."""
    fits = {id(n): n for t, n in names.items() if t < k and n.label == "PERSON" and len(n.span) > 1
            and cols.text[n.span.end - 1] == cols.text[k]}
    people = {n.span.text for n in fits.values()}
    return max(fits.values(), key=lambda n: n.span.start) if len(people) == 1 else None


def _titled_person_after(kb: KnowledgeBase, names: dict[int, NamedSpan], cols: Columns,
                         k: int) -> NamedSpan | None:
    """The person named from token ``k`` on after at most a title ("US President Donald Trump")."""
    for j in range(k, min(k + 6, len(cols.lower))):
        named = names.get(j)
        if named is not None and named.label == "PERSON":
            return named
        if named is None and not (cols.is_title[j] or cols.is_upper[j] or cols.lower[j] in kb.title_words):
            return None
    return None


def _people_groups(doc: Doc, kb: KnowledgeBase, names: dict[int, NamedSpan], blocked: set[int],
                   cols: Columns) -> list[RolePhrase]:
    """Groups named by their people or trade: a plural demonym ("300 Indians", "the Kurds": civilians of that
    country, or the ethnic group) and a plural noun of the Phoenix agents dictionary with a country of its own
    ("Indian farmers", "Syrian doctors"); the latter left out without one, as such nouns are broad, unless the
    noun's agent is a people itself ("Islamic fundamentalists" MUS: ``ethnic_groups``)."""
    found = []
    for i, tag in enumerate(cols.tag):
        if tag not in ("NNS", "NNPS") or i in blocked or i in names:
            continue
        text = cols.text[i]
        plural = text[:1].isupper() and text.endswith("s") and text != singular(text)
        people = kb.group_of_word(text) if plural else None
        if people is not None and (text in kb.demonyms or text in kb.ethnic or text in kb.people_homes):
            # "Turks", "Kurds", "Tamils"; not "Philippines"
            start = _number_start(cols, kb.definite_articles, kb.words, i, names.keys())
            if start == i or (cols.lower[start] in kb.definite_articles and start == i - 1):
                continue  # "the Americans" may be the state; a count or description makes them people
            homes = [(iso3, doc[k:k + 1]) for k in range(start, i)
                     if (iso3 := kb.country_of_word(cols.text[k])) in kb.countries
                     and (people not in kb.countries or kb.kin_home(cols.text[k], text)
                          or text in kb.people_homes)]  # "Bosnian Serbs", "Indian Tamils"
            # "800,000 Iraqi Kurds": civilians of the state they live in, as "Iraq's Sunni residents" are; a faith
            # keeps its code beside the state's, as the agents dictionary's do ("Tunisian Jews" TUNJEW)
            agent = people if homes and people in kb.people_leaders else "CVL"  # a faith: its leaders are clergy
            found.append(RolePhrase(start=start, end=i + 1, head_start=i, agent=agent, kind="group",
                                    noun=text, countries=homes[-1:] or [(people, doc[i:i + 1])]))
            continue
        if cols.lower[i] in kb.words.crowd_count_nouns and cols.dep[i] == "dobj" and not _counts_a_noun(cols, kb, i):
            # "Kenyan police arrested dozens", "the blast wounded hundreds in Nairobi": a count alone, the act's
            # object, is people: civilians of the one country its clause names (none named, or two, and it is
            # left out: the story's country may be the attacker's, not the victims')
            homes = _clause_countries(doc, kb, int(cols.head[i]))
            if len(homes) == 1:
                found.append(RolePhrase(start=_number_start(cols, kb.definite_articles, kb.words, i), end=i + 1,
                                        head_start=i, agent="CVL", kind="group", noun=text, countries=homes))
            continue
        if cols.lower[i] in kb.counted_people:
            start = _number_start(cols, kb.definite_articles, kb.words, i)
            top = i  # the phrase's own head ("hundreds" of "hundreds of people")
            while start <= cols.head[top] <= i and cols.head[top] != top:
                top = cols.head[top]
            if cols.dep[top] in _RECEIVING and any(cols.tag[k] == "CD" or cols.lower[k] in kb.words.count_nouns
                                                   for k in range(start, i)):
                # "arrested 34 people", "fired on hundreds of people": civilians on the receiving end, of the
                # country the context gives; as subjects ("thousands of people marched") they are the crowd
                # that other words name better (protesters), and are left out
                _, countries, _ = left_modifiers(doc, i, kb, names, cols)
                found.append(RolePhrase(start=start, end=i + 1, head_start=i, agent="CVL", kind="group",
                                        noun=text, countries=countries))
            continue
        match = phoenix_group(cols, i, kb)
        if match is None:
            continue
        end, _phrase, agent = match
        head = cols.head[end - 1]
        if cols.dep[end - 1] in ("compound", "amod") and head >= end and cols.lower[head] not in kb.possessed_nouns:
            continue
        start, countries, org = left_modifiers(doc, i, kb, names, cols)
        agent = kb.people_agents.get(agent, agent)  # "Islamic fundamentalists": the agent is a people (MUS -> MOS)
        if not any(iso3 in kb.countries for iso3, _ in countries) and _predicate(doc, end - 1):
            continue  # "she is one of the first Muslim women elected": a faith or ethnic group only described
        if (countries or agent in kb.ethnic_names) and not any(t in blocked for t in range(start, end)):
            found.append(RolePhrase(start=start, end=end, head_start=i, agent=agent, kind="group",
                                    noun=doc[i:end].text, countries=countries, org=org))
    return found


def _clause_countries(doc: Doc, kb: KnowledgeBase, verb: int) -> list[tuple[str, Span]]:
    """The countries the words of ``verb``'s own clause name (a country, demonym, region or capital written as
    one word), one entry each; the clauses hanging from it (a reported, adverbial or relative clause) are not
    read, as they tell of other acts."""
    found: dict[str, Span] = {}
    stack = [doc[verb]]
    while stack:
        tok = stack.pop()
        stack.extend(c for c in tok.children if c.dep_ not in _SUBCLAUSES)
        iso3 = kb.country_of_word(tok.text) or kb.capitals.get(tok.text)
        if iso3 in kb.countries and iso3 not in found:
            found[iso3] = doc[tok.i:tok.i + 1]
    return list(found.items())


def _counts_a_noun(cols: Columns, kb: KnowledgeBase, i: int) -> bool:
    """Whether the count at ``i`` counts a noun written with it ("dozens of rockets", "hundreds more troops"): then
    that noun, not the count, says who or what they are."""
    after = range(i + 1, min(len(cols.lower), i + 4))
    counted = kb.words.genitive_prepositions
    return any(cols.head[j] == i and (cols.lower[j] in counted or cols.pos[j] in ("NOUN", "PROPN")) for j in after)


def _predicate(doc: Doc, i: int) -> bool:
    """Whether token ``i`` stands in what a copula says of its subject ("she is one of the first Muslim women",
    "they were Kurdish farmers"): the noun phrase, or the one it hangs from, is the verb's attribute."""
    token = doc[i]
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        if token.dep_ == "attr":
            return True
        token = token.head
    return False


def _opening_adjective(cols: Columns, k: int, i: int, names: Set[int]) -> bool:
    """"Young Algerians blocked roads": the sentence's first word, capitalised by its place alone, that the
    parser took for part of a name (PROPN compound) of the plural right after it: an adjective all the same,
    unless it is a name the stage knows ("Moldova Russians": where they live)."""
    return (k + 1 == i and k not in names and cols.sent_start[k] == k and cols.pos[k] == "PROPN"
            and cols.dep[k] in ("compound", "amod") and cols.head[k] == i and bool(cols.is_alpha[k]))


def _number_start(cols: Columns, articles: Set[str], words: ActorWords, i: int,
                  names: Set[int] = frozenset()) -> int:
    """First token of "about 300 Indians" / "the Indians": the count or article right before a plural."""
    j = i
    while j > 0 and (cols.tag[j - 1] == "CD" or cols.lower[j - 1] in words.count_modifiers
                     or (cols.pos[j - 1] in ("ADJ", "VERB") and cols.dep[j - 1] == "amod")
                     or _opening_adjective(cols, j - 1, i, names)
                     or (cols.lower[j - 1] in words.genitive_prepositions and j > 1
                         and cols.lower[j - 2] in words.count_nouns)):
        j -= 1
        if cols.lower[j] in articles:
            break
    return j


def respectively_pairs(doc: Doc, phrases: list[RolePhrase],
                       persons: list[NamedSpan]) -> list[tuple[RolePhrase, int, NamedSpan]]:
    """(phrase, country index, person) for "the presidents of A, B and C ... X, Y and Z, respectively"."""
    pairs: list[tuple[RolePhrase, int, NamedSpan]] = []
    closers = actor_words(doc_language(doc)).respectively_words
    for phrase in phrases:
        if len(phrase.countries) < 2:
            continue
        sent = doc[phrase.head_start].sent
        if not any(t.lower_ in closers for t in sent):
            continue
        after = phrase.countries[-1][1].end
        names = [p for p in persons if p.span.start >= after and p.span.end <= sent.end]
        respectively = next(t.i for t in sent if t.lower_ in closers)
        names = [p for p in names if p.span.end <= respectively]
        if len(names) != len(phrase.countries):
            LOGGER.debug("respectively: %d countries but %d names", len(phrase.countries), len(names))
            continue
        pairs.extend((phrase, k, person) for k, person in enumerate(names))
    return pairs
