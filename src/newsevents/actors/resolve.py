"""resolve_actors: names, role phrases and metonyms in one article -> actors with roles, codes and mentions.

Order of work: named spans (mentions.py) -> titles and appositions of person names (roles.py) -> role
phrases and "respectively" lists (phrases.py) -> person coreference (coref.py) and facts (people.py) ->
one actor per key, every mention with exact character offsets and how it was resolved.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Sequence, Set
from datetime import date
from pathlib import Path

from spacy.tokens import Doc, Span

from ..errors import Warnings
from ..model import Actor, Article
from ..nlp import doc_language, doc_text
from .backrefs import back_references
from .candidates import Cand, assemble, drop_overlaps, replace
from .columns import Columns
from .context import CountryContext, envoy_hosts
from .coref import cluster_persons, given_name_spans
from .descriptions import description_mentions
from .kb import KnowledgeBase, load_kb
from .kb_entries import Organization, Seat, parse_date
from .mentions import NamedSpan, is_actor_use, named_spans, span_text, state_form_noun
from .organizations import (
    affiliated_members,
    known_org_cands,
    ner_org_cand,
    same_as_acronym,
    trim_headline_orgs,
    with_the,
)
from .people import person_facts
from .peoples import described_persons, people_as_country
from .phrase_cands import phrase_cands, repeated_noun
from .phrases import RolePhrase, respectively_pairs, role_phrases
from .pronouns import add_pronoun_mentions
from .quoted_we import quoted_we_mentions
from .roles import RoleInfo, apposition, title_prefix
from .supporters import person_supporters

LOGGER = logging.getLogger(__name__)
_NOT_TITLE = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
# a name's last word and the acronym defined for it in brackets: "... Nationalist Party (BNP)"
_PARTY_ACRONYM = re.compile(r"\b([A-Z][a-z]+)\s+\(([A-Z][A-Z-]{1,7})\)")
# unlisted bodies of these types (an intelligence service, SPY, too): the story's country as well
_QUOTE_MARKS = {'"', "“", "”", "‘", "’"}
_KIND_ORDER = {"person": 0, "organization": 1, "group": 2, "country": 3}


def _day(article: Article) -> date | None:
    try:
        return parse_date(article.published) if article.published else None
    except ValueError:
        LOGGER.warning("%s", Warnings.W102.format(date=article.published))
        return None


def _unknown_body(span: NamedSpan, unknown: Set[int], cols: Columns) -> bool:
    """Whether the apposition after a name holds an organisation the KB and its own words cannot code ("Mark
    Delaney, executive director of the Nonproliferation Policy Forum"): the title is of that body, not of a
    government. A title before the name is not read: there the body is most often part of a government
    title ("Homeland Security Secretary")."""
    k, end = span.span.end, cols.sent_end[span.span.start]
    if k >= end or cols.text[k] != ",":
        return False
    words = range(k + 1, min(end, k + 15))
    stop = next((j for j in words if cols.text[j] in (",", ".", ";", ":", "(", ")", "—", "–")
                 or cols.pos[j] in ("VERB", "AUX") or span.span.doc[j].ent_type_ == "PERSON"), words.stop)
    # the apposition ends there: "X, said in an email to ..." or "X, Haq member Y" describe no body of X's
    return stop < end and cols.text[stop] in (",", ".", ";", ")", "—", "–") and bool(unknown & set(range(k + 1, stop)))


def _person_cands(doc: Doc, kb: KnowledgeBase, day: date | None, persons: list[NamedSpan],
                  orgs: dict[int, Organization | Seat], prefixes: dict[int, RoleInfo | None],
                  extra: dict[int, list[tuple[RoleInfo, str]]], context: CountryContext,
                  cols: Columns, unknown: Set[int] = frozenset(), guessed: set[str] | None = None,
                  untold: dict[str, bool] | None = None) -> tuple[list[Cand], dict[int, str]]:
    """Candidates for every person mention; also maps each person span's start to its actor key.

    ``unknown`` are the tokens of organisations spaCy found that nothing codes: a person whose title belongs
    to one gets neither a government role nor the story's country from it. The keys of persons whose country
    is only the story's (a guess) are added to ``guessed``, for a later description to correct; the keys of
    titled persons whose country no word of the text tells (the title's, the knowledge base's or a guess) to
    ``untold``, with whether the title is one of a state's institutions ("Secretary of State").

    ``prefixes`` holds the title prefix of each person span (by first token), read once by the caller.
    A name written with its title gets a second mention over the titled form ("French Foreign Minister
    Stephane Sejourne"), so the words of the title belong to the person, not to a separate actor."""
    cands: list[Cand] = []
    keys: dict[int, str] = {}
    titles = {start: p.title for start, p in prefixes.items() if p is not None and p.title and not p.former}
    for n, cluster in enumerate(cluster_persons(persons, titles, kb)):
        infos: list[RoleInfo] = []
        hows: list[str] = []
        starts: dict[int, int] = {}
        titled: dict[int, int] = {}
        for span in cluster:  # "X, Y and Z, respectively" is the most specific evidence
            for info, how in extra.get(span.span.start, []):
                infos.append(info)
                hows.append(how)
        for span in cluster:
            prefix = prefixes[span.span.start]
            if prefix is not None:
                infos.append(prefix)
                hows.append("title")
                starts[span.start] = span.start
                begin = _titled_start(doc, kb, prefix, span.span.start)
                if begin is not None:
                    titled[span.start] = doc[begin].idx
        for span in cluster:
            appos = apposition(doc, span.span, kb, orgs, cols)
            if appos is not None:
                infos.append(appos)
                hows.append("apposition")
            if (led := _led_by(doc, kb, span.span)) is not None:
                infos.append(led)
                hows.append("led_by")
        described = [i for i in infos if i.country or i.org is not None or i.agent not in (None, "GOV")]
        if (infos and not described and not any(kb.person(span_text(s.span)) for s in cluster)
                and any(_unknown_body(s, unknown, cols) for s in cluster)):
            infos = [i for i in infos if i.agent not in (None, "GOV")]  # a director of some forum: not GOV
            facts = person_facts(cluster, infos, kb, day, list(dict.fromkeys(hows)))
        else:
            first = min(s.span.start for s in cluster)  # where the person is introduced, and described
            abroad = any(i.abroad for i in infos if i.title) and not any(i.country for i in infos)
            # "special envoy X met the president": an envoy is sent to the story's country, not of it
            facts = person_facts(cluster, infos, kb, day, list(dict.fromkeys(hows)),
                                 context.person_country(first, None if abroad else context.article_country()),
                                 None if abroad else context.one_country())
        if facts.code is None and all(len(s.span) == 1 for s in cluster):
            LOGGER.debug("dropped lone uncoded name %r", cluster[0].span.text)
            continue  # "Suarez", "Kadugli": a single word spaCy called a person, unknown and untitled
        key = f"person:{n}"
        if guessed is not None and {"article_country", "story_country"} & set(facts.resolved_by):
            guessed.add(key)
        if untold is not None and facts.role and not any(i.country for i in infos):
            untold[key] = any(i.homes for i in infos)
        for k, span in enumerate(cluster):
            keys[span.span.start] = key
            how = "title" if span.start in starts else ("coreference" if k and len(span.span) == 1 else span.source)
            how = "respectively" if span.span.start in extra else how
            cands.append(Cand(key, span.start, span.end, span.span.text, how, facts.name, "person", facts.role,
                               facts.country, facts.code, facts.qid, 1))
            if span.start in titled:
                begin = titled[span.start]
                cands.append(replace(cands[-1], begin, span.end, doc_text(doc)[begin:span.end], how="title"))
    return cands, keys


def _titled_start(doc: Doc, kb: KnowledgeBase, prefix: RoleInfo, name_start: int) -> int | None:
    """First token of a name's titled form ("Borno State police spokesman Ahmed Sani"): the title prefix
    without leading dates or numbers ("Tuesday"), or None when the prefix says nothing."""
    if prefix.core is None or prefix.start is None:
        return None
    begin = prefix.start
    while begin < prefix.core and (doc[begin].ent_type_ in _NOT_TITLE or doc[begin].text in kb.words.possessive_markers
                                   or doc[begin].pos_ not in ("PROPN", "NOUN", "ADJ")):
        begin += 1
    return begin if begin < name_start else None


def _speech_noun_end(span: NamedSpan, kb: KnowledgeBase) -> int | None:
    """End of "Kremlin statement" / "White House spokesman" when a seat or capital modifies a speech noun."""
    root = span.span.root
    head = root.head
    if root.dep_ != "compound" or head.i < root.i:
        return None
    words = span.span.doc[span.span.end: head.i + 1].text.lower()
    if words in kb.speech_nouns or head.lemma_.lower() in kb.speech_nouns:
        return head.idx + len(head)
    return None


def _place_apposition(doc: Doc, span: NamedSpan, kb: KnowledgeBase) -> bool:
    """A country written after a place and a comma ("Doha, Qatar", "Davos, Switzerland"): part of an address;
    or a country's name in quotes ("terms including “Egypt”"): the word, not the state."""
    start, end = span.span.start, span.span.end
    if start > 0 and end < len(doc) and doc[start - 1].text in _QUOTE_MARKS and doc[end].text in _QUOTE_MARKS:
        return True
    if start < 2 or doc[start - 1].text != ",":
        return False
    place = doc[start - 2]
    if kb.country_names.get(place.text):
        return False  # "France, Germany and Britain": a list of countries, not an address
    return place.ent_type_ in ("GPE", "LOC", "FAC") and place.is_title


def _place_cands(doc: Doc, kb: KnowledgeBase, names: list[NamedSpan], used: set[int]) -> list[Cand]:
    """Countries, capitals and seats of power where they act: the country's actor (its government)."""
    cands = []
    for span in names:
        if span.span.start in used or span.label not in ("COUNTRY", "CAPITAL", "SEAT"):
            continue
        if span.label == "COUNTRY" and _place_apposition(doc, span, kb):
            continue  # "in Doha, Qatar, where ...": the country says where the place is
        end = _speech_noun_end(span, kb)
        if span.label == "SEAT":
            seat = span.entry
            if end is None and not is_actor_use(span.span):
                continue
            end = end or span.end
            key = f"country:{seat.country}" if seat.agent == "GOV" else f"group:{seat.country}:{seat.agent}"
            start = doc[with_the(doc, kb, span.span.start)].idx
            name = kb.countries[seat.country].name if seat.agent == "GOV" else seat.name
            cands.append(Cand(key, start, end, doc_text(doc)[start:end], "metonymy", name,
                               "country" if seat.agent == "GOV" else "organization", None, seat.country,
                               f"{seat.country}{seat.agent}", None, 4))
            continue
        iso3 = span.entry
        if span.label == "CAPITAL" and end is not None:
            start = doc[with_the(doc, kb, span.span.start)].idx
            cands.append(Cand(f"country:{iso3}", start, end, doc_text(doc)[start:end], "metonymy",
                               kb.countries[iso3].name, "country", None, iso3, f"{iso3}GOV", None, 4))
            continue
        if not is_actor_use(span.span, strict=span.label == "CAPITAL"):
            continue
        state = state_form_noun(span.span.root) if span.label == "COUNTRY" else None
        start = doc[with_the(doc, kb, state.i if state is not None else span.span.start)].idx  # "The Republic of"
        name = kb.countries[iso3].name if iso3 in kb.countries else iso3
        how, code = ("metonymy", f"{iso3}GOV") if span.label == "CAPITAL" else ("kb", iso3)
        cands.append(Cand(f"country:{iso3}", start, span.end, doc_text(doc)[start:span.end], how, name, "country", None,
                           iso3, code, None, 4))
    return cands


def _rehome(cands: list[Cand], guessed: set[str]) -> list[Cand]:
    """Gives a person whose country was the story's guess the country a later description of them writes
    ("the California congressman", a coreference mention from ``phrase_cands._singular_title``), on every mention."""
    home = {c.key: (c.country, c.code) for c in cands
            if c.key in guessed and c.how == "coreference" and c.kind == "person" and c.rank == 9}
    return [dataclasses.replace(c, country=home[c.key][0], code=home[c.key][1]) if c.key in home else c
            for c in cands]


def _beside_foreigner(doc: Doc, cands: list[Cand], guessed: Set[str], untold: dict[str, bool]) -> list[Cand]:
    """A titled person whose country is only the story's guess, named in one list with the holder of another
    state's institution title, neither with a country written ("Attorney General X and Secretary of State Mike
    Pompeo" in a story about Ukraine), is plainly not the story's: the two are written as one cabinet. The
    guessed country is dropped, the role kept. A country written on the other ("and U.S. Secretary of State Y")
    marks them alone as the foreigner, and a head of state or government beside them ("President X and Prime
    Minister Narendra Modi" on a visit) as a counterpart: nothing changes."""
    people = {c.key: c for c in cands if c.rank == 1 and c.kind == "person"}
    at: dict[int, str] = {}
    for c in cands:
        if c.rank == 1 and c.kind == "person" and (span := doc.char_span(c.start, c.end)) is not None:
            at.update({t.i: c.key for t in span})
    foreign: set[str] = set()
    for i, key in at.items():
        if key not in guessed or key not in untold or key in foreign:
            continue
        tok = doc[i]
        beside = [tok.head] if tok.dep_ == "conj" else []
        beside += [t for t in tok.children if t.dep_ == "conj"]
        others = {at[t.i] for t in beside if t.i in at and at[t.i] != key and untold.get(at[t.i])
                  and at[t.i] not in guessed}
        if any(people[o].country and people[o].country != people[key].country for o in others):
            foreign.add(key)
    return [dataclasses.replace(c, country=None, code=(c.code or "")[3:] or None)
            if c.key in foreign and c.country and (c.code or "").startswith(c.country) else c for c in cands]


def _party_acronym_titles(doc: Doc, kb: KnowledgeBase, prefixes: dict[int, RoleInfo | None]) -> None:
    """A government title written after a party's acronym the article defines ("the Freedom Party (FP)" ...
    "FP senior official X") is the party's: its agent becomes PTY (the knowledge base may not list the party)."""
    party_words = {w.title() for w in kb.words.party_words}
    defined = {m.group(2) for m in _PARTY_ACRONYM.finditer(doc_text(doc)) if m.group(1) in party_words}
    if not defined:
        return
    for start, info in prefixes.items():
        if info is not None and info.agent == "GOV" and info.start is not None and info.org is None \
                and any(t.text in defined for t in doc[info.start:start]):
            info.agent = "PTY"


def _commanded(doc: Doc, kb: KnowledgeBase, persons: Sequence[Cand]) -> dict[int, str]:
    """Tokens of the forces a state's official orders ("Vucic ordered the military to ...", "he said he had
    ordered the police to ..."): the official's country, not the story's. The order's subject is a person
    mention of a state code (GOV, MIL) or a person pronoun of a clause its speaker reports (``order_verbs``)."""
    by_start = {c.start: c for c in persons if c.kind == "person" and c.country and (c.code or "")[3:6] in
                ("GOV", "MIL")}
    pronouns = kb.words.male_pronouns | kb.words.female_pronouns
    found: dict[int, str] = {}
    for verb in (t for t in doc if t.lemma_.lower() in kb.words.order_verbs and t.pos_ == "VERB"):
        subject = next((t for t in verb.children if t.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in pronouns and verb.dep_ == "ccomp":
            subject = next((t for t in verb.head.children if t.dep_ == "nsubj"), None)  # "X said he had ordered"
        if subject is None:
            continue
        name = subject.doc[subject.left_edge.i:subject.i + 1]
        cand = next((by_start[t.idx] for t in name if t.idx in by_start), None)
        if cand is None or cand.country is None:
            continue
        for obj in (t for t in verb.children if t.dep_ == "dobj"):
            for noun in (obj, *obj.conjuncts):
                found.update({i: cand.country for i in range(noun.left_edge.i, noun.i + 1)})
    return found


def _led_by(doc: Doc, kb: KnowledgeBase, span: Span) -> RoleInfo | None:
    """"A Pakistani delegation led by Foreign Minister X", "Iranian troops commanded by General Y": the person
    heads a body of the country written on it, whatever country the story is datelined in (a visitor's hosts)."""
    tok = span.root
    if tok.dep_ != "pobj" or tok.head.dep_ != "agent" or tok.head.head.dep_ != "acl":
        return None
    body = tok.head.head.head
    found = {iso3 for t in body.lefts if (iso3 := kb.country_of_word(t.text)) in kb.countries}
    return RoleInfo(country=next(iter(found))) if len(found) == 1 else None


def resolve_actors(doc: Doc, article: Article, extra_files: Sequence[Path] = ()) -> list[Actor]:
    """The actors of one article, each with its role, country, CAMEO code and every mention.

    Args:
        doc: the article text parsed by :func:`newsevents.nlp.parse` (offsets point into ``article.text``).
        article: the article; ``published`` bounds dated offices (None: any term, the latest preferred).
        extra_files: user YAML files that extend or override the shipped knowledge base.

    Returns:
        Actors in order of first mention, ids ``A1``, ``A2`` ...

    Raises:
        KnowledgeBaseError: a knowledge-base file is malformed.
    """
    kb = load_kb(extra_files, doc_language(doc))
    day = _day(article)
    cols = Columns(doc)
    names = named_spans(doc, kb, day, cols)
    bare = given_name_spans(doc, names, kb)  # "Abiy said", "Wang invited Chung" (spaCy: two bodies)
    names = sorted([n for n in names if not any(b.span.start == n.span.start for b in bare)] + bare,
                   key=lambda n: n.start)
    by_token = {t: n for n in names for t in range(n.span.start, n.span.end)}
    orgs = {t: n.entry for t, n in by_token.items() if n.label == "ORG"}
    orgs.update({t: n.entry for t, n in by_token.items() if n.label == "SEAT"})
    # spaCy's organisations the KB does not list, read once: they give roles here and are candidates below
    trim_headline_orgs(doc, kb, names)
    context = CountryContext(doc, kb, names, cols)
    ner_orgs = {n.span.start: ner_org_cand(n, kb, day, cols, context.article_country())
                for n in names if n.label == "NER_ORG"}
    same_as_acronym(ner_orgs, names, cols)
    by_token = {t: n for n in names for t in range(n.span.start, n.span.end)}  # short names may have replaced persons
    for span in names:  # an unlisted organisation before a name gives its role ("Teachers Association President")
        if (cand := ner_orgs.get(span.span.start)) is not None:
            org = Organization(name=cand.name, code=cand.code or "", country=cand.country)
            orgs.update({t: org for t in range(span.span.start, span.span.end)})
            span.entry = org  # "the Bureau of Prisons director": role phrases read the body before them
    name_tokens = set(by_token)
    person_tokens = {t for t, n in by_token.items() if n.label == "PERSON"}
    persons = [n for n in names if n.label == "PERSON"]
    blocked = set(name_tokens)
    prefixes = {p.span.start: title_prefix(doc, p.span.start, kb, person_tokens, orgs, cols) for p in persons}
    _party_acronym_titles(doc, kb, prefixes)
    for person in persons:  # words of a title before a name are not role phrases of their own
        prefix = prefixes[person.span.start]
        if prefix is not None and prefix.start is not None:
            blocked.update(range(prefix.start, person.span.start))
    phrases = role_phrases(doc, kb, by_token, blocked, cols)
    extra: dict[int, list[tuple[RoleInfo, str]]] = {}
    pairs = respectively_pairs(doc, phrases, persons)
    for phrase, k, person in pairs:
        title = phrase.noun[:-1] if phrase.noun.endswith("s") else phrase.noun
        info = RoleInfo(title=title[:1].upper() + title[1:], agent=phrase.agent, country=phrase.countries[k][0])
        extra.setdefault(person.span.start, []).append((info, "respectively"))
    unknown = {t for n in names if n.label == "NER_ORG" and ner_orgs.get(n.span.start) is None
               and not any(cols.lower[t] in kb.org_types for t in range(n.span.start, n.span.end))
               for t in range(n.span.start, n.span.end)}  # a body of no known type ("Policy Forum"), not "Haq party"
    guessed: set[str] = set()
    untold: dict[str, bool] = {}
    cands, person_keys = _person_cands(doc, kb, day, persons, orgs, prefixes, extra, context, cols, unknown,
                                       guessed, untold)
    cands = _beside_foreigner(doc, cands, guessed, untold)
    person_roles = [(c.key, c) for c in cands if c.rank == 1]
    context.commanded = _commanded(doc, kb, cands)
    linked: dict[int, dict[int, str]] = {}
    for phrase, k, person in pairs:
        if person.span.start in person_keys:
            linked.setdefault(id(phrase), {})[k] = person_keys[person.span.start]
    org_cands: list[Cand] = []
    for span in names:
        if span.label == "ORG":
            org_cands.extend(known_org_cands(doc, span, kb, day))
        elif span.label == "NER_ORG":
            cand = ner_orgs[span.span.start]
            if cand is not None:
                org_cands.append(cand)
    used = set(blocked) - name_tokens
    named_by: list[tuple[RolePhrase, Cand]] = []  # role phrases' candidates so far, for ``repeated_noun``
    owned: dict[int, RolePhrase] = {}  # "its troops": candidates whose country the possessive pronoun gives
    for phrase in phrases:
        new = phrase_cands(doc, kb, phrase, context, linked.get(id(phrase), {}), person_roles, org_cands, guessed)
        if not new and (again := repeated_noun(doc, kb, phrase, named_by)) is not None:
            new = [again]  # "the warplanes" after "Israeli warplanes"
        named_by.extend((phrase, c) for c in new if c.how == "role_phrase")
        if (not phrase.countries and phrase.kind != "person" and phrase.start
                and doc[phrase.start - 1].lower_ in kb.possessive_determiners):
            s0, e0 = doc[phrase.start].idx, doc[phrase.end - 1].idx + len(doc[phrase.end - 1])
            text = doc_text(doc)[s0:e0]
            new = new or [Cand(f"pending:{phrase.start}", s0, e0, text, "role_phrase", text,
                                phrase.kind, None, None, None, None, 3)]
            owned.update({id(c): phrase for c in new if c.how == "role_phrase"})
        cands.extend(new)
        if not phrase.countries and phrase.singular_title:  # "the foreign minister": the story's country, a guess
            guessed.update(c.key for c in new if c.how == "role_phrase" and c.kind == "person")
        if new:
            used.update(cs.start for _, cs in phrase.countries)
            used.update(range(phrase.start, phrase.end))
    cands = envoy_hosts(doc, _rehome(cands, guessed), guessed, context, kb.words)
    cands.extend(org_cands)
    prefix_tokens = blocked - name_tokens
    cands.extend(_place_cands(doc, kb, [n for n in names if n.span.start not in prefix_tokens], used))
    cands.extend(people_as_country(doc, kb, cols, used | blocked, context.article_country(),
                                   frozenset(context.named_states)))
    places = {t for t, n in by_token.items() if n.label == "COUNTRY"}
    cands.extend(described_persons(doc, kb, cols, used | blocked, places))
    kept = description_mentions(doc, kb, drop_overlaps(cands, kb.words.possessive_markers), cols)
    kept = affiliated_members(doc, back_references(doc, kb, kept, cols))
    kept = add_pronoun_mentions(doc, kb, kept, [p for p in persons if p.span.start not in person_keys], owned, cols)
    kept = person_supporters(doc, quoted_we_mentions(doc, kept))
    return assemble(kept, article)


def actors_at(actors: list[Actor], start: int, end: int) -> list[Actor]:
    """Actors with a mention overlapping ``[start, end)``, most specific first (shortest mention, then
    person before organisation, group and country): what the event and quote coders ask of a span."""
    hits = []
    for actor in actors:
        lengths = [m.end - m.start for m in actor.mentions if m.start < end and start < m.end]
        if lengths:
            hits.append((min(lengths), _KIND_ORDER.get(actor.kind, 4), actor))
    return [a for _, _, a in sorted(hits, key=lambda h: (h[0], h[1]))]
