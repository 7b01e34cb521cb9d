"""resolve_actors: names, role phrases and metonyms in one article -> actors with roles, codes and mentions.

Order of work: named spans (mentions.py) -> titles and appositions of person names (roles.py) -> role
phrases and "respectively" lists (phrases.py) -> person coreference (coref.py) and facts (people.py) ->
one actor per key, every mention with exact character offsets and how it was resolved.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Sequence

from spacy.tokens import Doc

from ..model import Actor, Article, Mention
from .coref import cluster_persons
from .kb import KnowledgeBase, Organization, load_kb, parse_date
from .mentions import NamedSpan, is_actor_use, named_spans
from .people import person_facts
from .phrases import RolePhrase, respectively_pairs, role_phrases
from .roles import RoleInfo, apposition, title_prefix

LOGGER = logging.getLogger(__name__)
_GOV_NOUNS = {"government", "administration", "authorities", "cabinet"}
_KIND_ORDER = {"person": 0, "organization": 1, "group": 2, "country": 3}


@dataclass
class _Cand:
    """One mention on its way to an actor: ``key`` says which actor, the rest what it says about it."""

    key: str
    start: int
    end: int
    text: str
    how: str
    name: str = ""
    kind: str = "organization"
    role: str | None = None
    country: str | None = None
    code: str | None = None
    qid: str | None = None
    rank: int = 5  # lower ranks give the actor its attributes


def _day(article: Article) -> date | None:
    try:
        return parse_date(article.published) if article.published else None
    except ValueError:
        LOGGER.warning("unreadable publication date %r; offices are not time-bounded", article.published)
        return None


def _with_the(doc: Doc, start_tok: int) -> int:
    return start_tok - 1 if start_tok > 0 and doc[start_tok - 1].lower_ == "the" else start_tok


def _dominant_country(doc: Doc, kb: KnowledgeBase, names: list[NamedSpan]) -> str | None:
    """The country an article is about, when one clearly leads: bare role nouns ("police") get it."""
    votes: Counter[str] = Counter(n.entry for n in names if n.label in ("COUNTRY", "CAPITAL"))
    named = {t for n in names for t in range(n.span.start, n.span.end)}
    votes.update(kb.country_of_word(t.text) for t in doc if t.i not in named and kb.country_of_word(t.text))
    if not votes:
        return None
    (top, count), total = votes.most_common(1)[0], sum(votes.values())
    return top if count >= 2 and count / total >= 0.35 else None


def _org_cands(doc: Doc, span: NamedSpan, kb: KnowledgeBase, day: date | None) -> list[_Cand]:
    org: Organization = span.entry
    start = span.span.start
    # "the Palestinian group Hamas": a demonym and a generic noun before the name belong to its mention
    j = start - 1
    while j >= 0 and (doc[j].lower_ in kb.descriptors or (j < start - 1 and kb.demonyms.get(doc[j].text))):
        j -= 1
    if j < start - 1 and doc[start - 1].lower_ in kb.descriptors:
        start = j + 1
    start = _with_the(doc, start)
    first = doc[start]
    if org.country and org.code_on(day) == f"{org.country}GOV" and any(org.name.startswith(s) for s in kb.seats):
        # "Kremlin press service": the voice of the government its seat stands for
        return [_Cand(f"country:{org.country}", first.idx, span.end, doc.text[first.idx:span.end], "metonymy",
                      kb.countries[org.country].name, "country", None, org.country, org.code, None, 4)]
    return [_Cand(f"org:{org.name}", first.idx, span.end, doc.text[first.idx:span.end], "kb", org.name,
                  "group" if org.kind == "group" else "organization", None, org.country, org.code_on(day), org.qid, 2)]


def _ner_org_cand(span: NamedSpan, kb: KnowledgeBase, day: date | None) -> _Cand | None:
    """An organisation spaCy found and the KB does not list: kept when Phoenix knows it or its words tell
    both a country and a role ("Indiana State Police"); other organisations are dropped as noise."""
    text = span.span.text[4:] if span.span.text.lower().startswith("the ") else span.span.text
    entry = kb.phoenix_entry(text)
    if entry is not None:
        codes = [t.code for t in entry[1] if (t.start is None and t.end is None) or (day and t.covers(day))]
        if codes and len(codes[-1]) > 3:  # a bare country code marks a place name
            code = codes[-1]
            country = code[:3] if code[:3] in kb.countries else None
            return _Cand(f"org:{entry[0]}", span.start, span.end, span.span.text, "phoenix", text, "organization",
                         None, country, code, None, 3)
    words = [t.text for t in span.span]
    country = next((kb.country_of_word(" ".join(words[i:i + n])) for n in (2, 1) for i in range(len(words))
                    if kb.country_of_word(" ".join(words[i:i + n]))), None)
    lowered = [w.lower() for w in words]
    agent = next((kb.actor_nouns[w].agent for w in lowered if w in kb.actor_nouns), None)
    agent = agent or next((kb.titles[w] for w in lowered if w in kb.titles), None)
    if country and agent:
        return _Cand(f"org:{text}", span.start, span.end, span.span.text, "ner", text, "organization", None,
                     country, f"{country}{agent}", None, 3)
    LOGGER.debug("dropped organisation without country or role: %r", text)
    return None


def _person_cands(doc: Doc, kb: KnowledgeBase, day: date | None, persons: list[NamedSpan], orgs: dict[int, object],
                  names_tokens: set[int], extra: dict[int, list[tuple[RoleInfo, str]]],
                  dominant: str | None) -> tuple[list[_Cand], dict[int, str]]:
    """Candidates for every person mention; also maps each person span's start to its actor key."""
    cands: list[_Cand] = []
    keys: dict[int, str] = {}
    for n, cluster in enumerate(cluster_persons(persons)):
        infos: list[RoleInfo] = []
        hows: list[str] = []
        starts: dict[int, int] = {}
        for span in cluster:  # "X, Y and Z, respectively" is the most specific evidence
            for info, how in extra.get(span.span.start, []):
                infos.append(info)
                hows.append(how)
        for span in cluster:
            prefix = title_prefix(doc, span.span.start, kb, names_tokens, orgs)
            if prefix is not None:
                infos.append(prefix)
                hows.append("title")
                starts[span.start] = span.start
        for span in cluster:
            appos = apposition(doc, span.span, kb, orgs)
            if appos is not None:
                infos.append(appos)
                hows.append("apposition")
        facts = person_facts(cluster, infos, kb, day, list(dict.fromkeys(hows)), dominant)
        key = f"person:{n}"
        for k, span in enumerate(cluster):
            keys[span.span.start] = key
            how = "title" if span.start in starts else ("coreference" if k and len(span.span) == 1 else span.source)
            how = "respectively" if span.span.start in extra else how
            cands.append(_Cand(key, span.start, span.end, span.span.text, how, facts.name, "person", facts.role,
                               facts.country, facts.code, facts.qid, 1))
    return cands, keys


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


def _place_cands(doc: Doc, kb: KnowledgeBase, names: list[NamedSpan], used: set[int]) -> list[_Cand]:
    """Countries, capitals and seats of power where they act: the country's actor (its government)."""
    cands = []
    for span in names:
        if span.span.start in used or span.label not in ("COUNTRY", "CAPITAL", "SEAT"):
            continue
        end = _speech_noun_end(span, kb)
        if span.label == "SEAT":
            seat = span.entry
            if end is None and not is_actor_use(span.span):
                continue
            end = end or span.end
            key = f"country:{seat.country}" if seat.agent == "GOV" else f"group:{seat.country}:{seat.agent}"
            start = doc[_with_the(doc, span.span.start)].idx
            name = kb.countries[seat.country].name if seat.agent == "GOV" else seat.name
            cands.append(_Cand(key, start, end, doc.text[start:end], "metonymy", name,
                               "country" if seat.agent == "GOV" else "organization", None, seat.country,
                               f"{seat.country}{seat.agent}", None, 4))
            continue
        iso3 = span.entry
        if span.label == "CAPITAL" and end is not None:
            start = doc[_with_the(doc, span.span.start)].idx
            cands.append(_Cand(f"country:{iso3}", start, end, doc.text[start:end], "metonymy",
                               kb.countries[iso3].name, "country", None, iso3, f"{iso3}GOV", None, 4))
            continue
        if not is_actor_use(span.span, strict=span.label == "CAPITAL"):
            continue
        start = doc[_with_the(doc, span.span.start)].idx
        name = kb.countries[iso3].name if iso3 in kb.countries else iso3
        how, code = ("metonymy", f"{iso3}GOV") if span.label == "CAPITAL" else ("kb", iso3)
        cands.append(_Cand(f"country:{iso3}", start, span.end, doc.text[start:span.end], how, name, "country", None,
                           iso3, code, None, 4))
    return cands


def _phrase_cands(doc: Doc, kb: KnowledgeBase, phrase: RolePhrase, dominant: str | None,
                  linked: dict[int, str], person_roles: list[tuple[str, _Cand]]) -> list[_Cand]:
    """Candidates of one role phrase: one per country it names (or the article's country)."""
    start_char, end_char = doc[phrase.start].idx, doc[phrase.end - 1].idx + len(doc[phrase.end - 1])
    head_char = doc[phrase.head_start].idx
    if isinstance(phrase.org, Organization):
        org = phrase.org
        return [_Cand(f"org:{org.name}", start_char, end_char, doc.text[start_char:end_char], "role_phrase", org.name,
                      "group" if org.kind == "group" else "organization", None, org.country, org.code, org.qid, 3)]
    countries = phrase.countries or ([(dominant, None)] if dominant and phrase.kind != "person" else [])
    if phrase.singular_title:
        return _singular_title(doc, phrase, start_char, end_char, person_roles)
    title = phrase.noun[:1].upper() + phrase.noun[1:]
    cands = []
    for k, (iso3, cspan) in enumerate(countries):
        if iso3 not in kb.countries:
            continue
        cname = kb.countries[iso3].name
        if phrase.kind == "person":
            role = title.rstrip("s") if title.endswith("s") and not title.endswith("ss") else title
            same = [key for key, c in person_roles if c.country == iso3 and (c.role or "").lower() == role.lower()]
            key = linked.get(k) or (same[0] if len(set(same)) == 1 else f"role:{iso3}:{phrase.agent}:{role.lower()}")
            base = _Cand(key, 0, 0, "", "role_phrase", f"{role} of {cname}", "person", role, iso3, f"{iso3}{phrase.agent}", None, 3)
        elif phrase.agent == "GOV" and phrase.noun.lower() in _GOV_NOUNS and not (
                {t.lower_ for t in doc[phrase.start:phrase.head_start]} & kb.subnational):
            base = _Cand(f"country:{iso3}", 0, 0, "", "role_phrase", cname, "country", None, iso3, f"{iso3}GOV", None, 4)
        else:
            base = _Cand(f"group:{iso3}:{phrase.agent}", 0, 0, "", "role_phrase", doc.text[head_char:end_char] if
                         not phrase.countries else doc.text[start_char:end_char], phrase.kind, None, iso3,
                         f"{iso3}{phrase.agent}", None, 3)
        if len(countries) > 1 and cspan is not None:  # one actor per country: the country's words and the noun
            for s, e in ((cspan.start_char, cspan.end_char), (head_char, end_char)):
                cands.append(_replace(base, s, e, doc.text[s:e]))
        else:
            cands.append(_replace(base, start_char, end_char, doc.text[start_char:end_char]))
    return cands


def _singular_title(doc: Doc, phrase: RolePhrase, start: int, end: int, person_roles: list[tuple[str, _Cand]]) -> list[_Cand]:
    """"the Russian leader", "the governor": the one named person of that country and title, if there is one."""
    noun = phrase.noun.lower()
    iso3s = {c for c, _ in phrase.countries}
    fits = {key: cand for key, cand in person_roles
            if (not iso3s or cand.country in iso3s) and cand.code and cand.code[3:] == phrase.agent
            and (noun == "leader" or (cand.role or "").lower().endswith(noun))}
    if len(fits) != 1:
        return []
    key, cand = next(iter(fits.items()))
    return [_replace(cand, start, end, doc.text[start:end], how="coreference", rank=9)]


def _replace(base: _Cand, start: int, end: int, text: str, how: str | None = None, rank: int | None = None) -> _Cand:
    return _Cand(base.key, start, end, text, how or base.how, base.name, base.kind, base.role, base.country, base.code,
                 base.qid, base.rank if rank is None else rank)


def _assemble(cands: list[_Cand], article: Article) -> list[Actor]:
    """One actor per key, attributes from its best-ranked candidate, mentions without duplicates."""
    groups: dict[str, list[_Cand]] = {}
    for cand in sorted(cands, key=lambda c: (c.start, c.end)):
        groups.setdefault(cand.key, []).append(cand)
    actors = []
    for key, group in sorted(groups.items(), key=lambda kv: kv[1][0].start):
        best = min(group, key=lambda c: c.rank)
        code = best.code
        if key.startswith("country:") and any(c.code and c.code.endswith("GOV") for c in group):
            code = f"{best.country}GOV"  # named as a government somewhere (capital, seat, "the X government")
        seen: set[tuple[int, int]] = set()
        mentions = []
        for cand in group:
            if (cand.start, cand.end) not in seen:
                seen.add((cand.start, cand.end))
                mentions.append(Mention(text=cand.text, start=cand.start, end=cand.end, resolved_by=cand.how))
        actors.append(Actor(id=f"A{len(actors) + 1}", article_id=article.id, name=best.name, kind=best.kind,
                            role=best.role, country=best.country, code=code, qid=best.qid, mentions=mentions,
                            resolved_by=list(dict.fromkeys(m.resolved_by for m in mentions))))
    return actors


def _drop_overlaps(cands: list[_Cand]) -> list[_Cand]:
    """Mentions of different actors may share words only where a role phrase spreads over a country list."""
    kept: list[_Cand] = []
    for cand in sorted(cands, key=lambda c: (c.rank, -(c.end - c.start))):
        clash = [k for k in kept if k.key != cand.key and k.start < cand.end and cand.start < k.end]
        if clash and not (cand.how == "role_phrase" and all(k.how in ("role_phrase", "respectively") for k in clash)):
            continue
        kept.append(cand)
    return kept


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
    kb = load_kb(extra_files)
    day = _day(article)
    names = named_spans(doc, kb)
    by_token = {t: n for n in names for t in range(n.span.start, n.span.end)}
    orgs = {t: n.entry for t, n in by_token.items() if n.label == "ORG"}
    orgs.update({t: n.entry for t, n in by_token.items() if n.label == "SEAT"})
    for span in names:  # an unlisted organisation before a name gives its role ("Teachers Association President")
        if span.label == "NER_ORG" and (cand := _ner_org_cand(span, kb, day)) is not None:
            org = Organization(name=cand.name, code=cand.code or "", country=cand.country)
            orgs.update({t: org for t in range(span.span.start, span.span.end)})
    name_tokens = set(by_token)
    person_tokens = {t for t, n in by_token.items() if n.label == "PERSON"}
    persons = [n for n in names if n.label == "PERSON"]
    dominant = _dominant_country(doc, kb, names)
    blocked = set(name_tokens)
    for person in persons:  # words of a title before a name are not role phrases of their own
        prefix = title_prefix(doc, person.span.start, kb, person_tokens, orgs)
        if prefix is not None and prefix.start is not None:
            blocked.update(range(prefix.start, person.span.start))
    phrases = role_phrases(doc, kb, by_token, blocked)
    extra: dict[int, list[tuple[RoleInfo, str]]] = {}
    pairs = respectively_pairs(doc, phrases, persons)
    for phrase, k, person in pairs:
        title = phrase.noun[:-1] if phrase.noun.endswith("s") else phrase.noun
        info = RoleInfo(title=title[:1].upper() + title[1:], agent=phrase.agent, country=phrase.countries[k][0])
        extra.setdefault(person.span.start, []).append((info, "respectively"))
    cands, person_keys = _person_cands(doc, kb, day, persons, orgs, person_tokens, extra, dominant)
    person_roles = [(c.key, c) for c in cands if c.rank == 1]
    linked: dict[int, dict[int, str]] = {}
    for phrase, k, person in pairs:
        linked.setdefault(id(phrase), {})[k] = person_keys[person.span.start]
    used = set(blocked) - name_tokens
    for phrase in phrases:
        new = _phrase_cands(doc, kb, phrase, dominant, linked.get(id(phrase), {}), person_roles)
        cands.extend(new)
        if new:
            used.update(cs.start for _, cs in phrase.countries if cs is not None)
            used.update(range(phrase.start, phrase.end))
    for span in names:
        if span.label == "ORG":
            cands.extend(_org_cands(doc, span, kb, day))
        elif span.label == "NER_ORG":
            cand = _ner_org_cand(span, kb, day)
            if cand is not None:
                cands.append(cand)
    prefix_tokens = blocked - name_tokens
    cands.extend(_place_cands(doc, kb, [n for n in names if n.span.start not in prefix_tokens], used))
    return _assemble(_drop_overlaps(cands), article)


def actors_at(actors: list[Actor], start: int, end: int) -> list[Actor]:
    """Actors with a mention overlapping ``[start, end)``, most specific first (shortest mention, then
    person before organisation, group and country): what the event and quote coders ask of a span."""
    hits = []
    for actor in actors:
        lengths = [m.end - m.start for m in actor.mentions if m.start < end and start < m.end]
        if lengths:
            hits.append((min(lengths), _KIND_ORDER.get(actor.kind, 4), actor))
    return [a for _, _, a in sorted(hits, key=lambda h: (h[0], h[1]))]
