"""Organisation candidates of one article: named bodies looked up in the knowledge base, bodies the
tagger found that no list knows (coded by the type word of their name), acronyms tied to the name they
stand for, and headline words the tagger took for organisations.

Split out of resolve.py, which assembles these with persons, role phrases and places.
"""

from __future__ import annotations

import dataclasses
import logging
from datetime import date

from spacy.tokens import Doc, Span

from ..nlp import doc_language, doc_text
from ..resources import word_class
from .candidates import Cand, replace
from .columns import Columns
from .kb import KnowledgeBase
from .kb_entries import Organization
from .mentions import NamedSpan, is_actor_use, span_text
from .roles import org_type, singular
from .words import actor_words, stance_prefixed, without_article

LOGGER = logging.getLogger(__name__)
STATE_AGENTS = {"GOV", "MIL", "COP", "JUD", "LEG", "PTY"}  # bodies of a state: the story's country by default
HOME_AGENTS = STATE_AGENTS | {"SPY", "OPP", "MED", "CRM", "REB"}  # bodies that take the story's country


def with_the(doc: Doc, kb: KnowledgeBase, start_tok: int) -> int:
    """The first token of a name's mention with the definite article written before it ("the Kremlin")."""
    return start_tok - 1 if start_tok > 0 and doc[start_tok - 1].lower_ in kb.definite_articles else start_tok


def _civilians_of(span: Span, kb: KnowledgeBase) -> bool:
    """Whether a body's name only modifies a noun for private people ("EU citizens", "EU residents"): they are
    the people of its members, not the body."""
    root = span.root
    if root.dep_ not in ("compound", "amod", "nmod") or root.head.i < span.end or root.head.pos_ != "NOUN":
        return False
    head = root.head.lower_
    noun = kb.actor_nouns.get(head)
    return (noun is not None and noun.agent == "CVL") or kb.phoenix_titles.get(singular(head)) == "CVL"


def _other_body_name(span: Span, kb: KnowledgeBase, org: Organization) -> bool:
    """Whether a body's members' plural ("Democrats") is only the end of another body's name: after a proper
    noun that is neither its own country nor a chamber (``member_name_prefixes``), "Sweden Democrats" and
    "Social Democrats" are other parties than the one listed under "Democrats"."""
    if len(span) != 1 or span.root.tag_ != "NNPS" or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if before.pos_ != "PROPN" or not before.is_title:
        return False
    prefixes = word_class("member_name_prefixes", "actors", "grammar.yaml", lang=doc_language(span.doc))
    return before.lower_ not in prefixes and kb.country_names.get(before.text) != org.country


def known_org_cands(doc: Doc, span: NamedSpan, kb: KnowledgeBase, day: date | None) -> list[Cand]:
    org: Organization = span.entry
    if _civilians_of(span.span, kb) or _other_body_name(span.span, kb, org):
        return []
    # "the Reuters news agency", "the Hamas movement": a generic noun after the name belongs to its mention too
    start = span.span.start
    # "the Palestinian group Hamas": a demonym and a generic noun before the name belong to its mention
    j = start - 1
    while j >= 0 and (doc[j].lower_ in kb.descriptors or (j < start - 1 and kb.demonyms.get(doc[j].text))):
        j -= 1
    if j < start - 1 and doc[start - 1].lower_ in kb.descriptors:
        start = j + 1
    span_end = _descriptor_after(doc, kb, span.span)
    owner = _owner_country(doc, kb, start)
    if owner is not None and org.country and owner != org.country and org.code.startswith(org.country):
        # "Pakistan's Foreign Office", "the ROK's Joint Chiefs of Staff": the body of the country written
        first = doc[start - 2] if doc[start - 1].text in kb.words.possessive_markers else doc[start - 1]
        code = f"{owner}{org.code[3:6] or 'GOV'}"
        return [Cand(f"group:{owner}:{code[3:]}", first.idx, span_end, doc_text(doc)[first.idx:span_end], "kb_owner",
                     doc_text(doc)[first.idx:span_end], "organization", None, owner, code, None, 2)]
    start = with_the(doc, kb, start)
    first = doc[start]
    if org.country and org.code_on(day) == f"{org.country}GOV" and any(org.name.startswith(s) for s in kb.seats):
        # "Kremlin press service": the voice of the government its seat stands for
        return [Cand(f"country:{org.country}", first.idx, span_end, doc_text(doc)[first.idx:span_end], "metonymy",
                      kb.countries[org.country].name, "country", None, org.country, org.code, None, 4)]
    return [Cand(f"org:{org.name}", first.idx, span_end, doc_text(doc)[first.idx:span_end], "kb", org.name,
                  "group" if org.kind == "group" else "organization", None, org.country, org.code_on(day), org.qid, 2)]


def _descriptor_after(doc: Doc, kb: KnowledgeBase, name: Span) -> int:
    """End character of a name with the lower-case generic noun (``descriptors``) written right after it."""
    k = name.end
    for n in (2, 1):
        words = doc[k:k + n]
        if (k + n <= len(doc) and words.text.lower() in kb.descriptors and all(t.is_lower for t in words)
                and not (k + n < len(doc) and doc[k + n].pos_ in ("NOUN", "PROPN"))):  # not "Hamas party members"
            return words.end_char
    return name.end_char


def _owner_country(doc: Doc, kb: KnowledgeBase, start: int) -> str | None:
    """The country written right before a name as its possessor or adjective ("Pakistan's", "Indian");
    not one after "pro-"/"anti-" (``stance_prefixes``): "the pro-Iranian Hezbollah" is Lebanon's, backed by Iran."""
    if start >= 2 and doc[start - 1].text in kb.words.possessive_markers:
        return kb.country_names.get(doc[start - 2].text) or kb.country_names.get(doc[start - 2].text.upper())
    if stance_prefixed(doc, start - 1, kb.words):
        return None
    if start >= 1 and doc[start - 1].is_title:
        return kb.demonyms.get(doc[start - 1].text)
    return None


def _possessor_country(doc: Doc, kb: KnowledgeBase, start: int) -> str | None:
    """The country a possessor of several words written before token ``start`` names ("the United States'
    Congress"), else None."""
    if start < 2 or doc[start - 1].text not in kb.words.possessive_markers:
        return None
    words = without_article(doc[doc[start - 2].left_edge.i:start - 1].text, kb.definite_articles)
    return kb.country_names.get(words) or kb.country_names.get(doc[start - 2].text)


def _home_body(span: Span, kb: KnowledgeBase, text: str, home: str | None) -> Organization | None:
    """The listed body a name stands for in a story of one country (``home_aliases``): "Congress" in a story of
    India is the Indian National Congress; in a story of another country the name keeps its type word's reading
    (a legislature). ``home`` is the country written as the name's owner, else the story's; a story of no
    country of its own is that of the one country whose listed parties and people it names ("the BJP accused
    Congress", "Keir Starmer accused the Tories")."""
    bodies = kb.home_aliases.get(text)
    if not bodies:
        return None
    doc = span.doc
    if home is None:
        named: set[str | None] = set()
        for match in kb.gazetteer.finditer(doc_text(doc)):
            if (org := kb.org_aliases.get(match.group())) is not None:
                named |= {org.country} if org.code[3:6] == "PTY" else set()
            elif len(match.group().split()) > 1 and (person := kb.person(match.group())) is not None:
                named.add(person.country)
        home = next(iter(named)) if len(named) == 1 else None
    return _other_state_body(span, kb, text, home) or next(
        (org for org in bodies if home is not None and org.country == home), None)


def _other_state_body(span: Span, kb: KnowledgeBase, text: str, home: str | None) -> Organization | None:
    """The listed state body of another country whose name ends in the name, when the article names that body in
    full or the name's sentence names its country ("Modi addressed the US Congress ... addressing the Congress",
    "Modi addressed a joint meeting of Congress in Washington": the US Congress, whatever the story's country);
    a party's name ("Nepali Congress") is none."""
    others = {alias: org for alias, org in kb.org_aliases.items()
              if alias.endswith(f" {text}") and org.country != home and org.code[3:6] != "PTY"}
    if not others:
        return None
    named = {kb.country_of_word(t.text) or kb.capitals.get(t.text) for t in span.sent if t.is_title or t.is_upper}
    found = {org.name: org for alias, org in others.items() if org.country in named or alias in doc_text(span.doc)}
    return next(iter(found.values())) if len(found) == 1 else None


def _windows(words: list[str]) -> list[str]:
    """The phrases of a name's words, longest first: "General Prosecutor" is a prosecutor (JUD) before its
    word "general" alone is a rank (MIL)."""
    return [" ".join(words[i:i + n]) for n in range(len(words), 0, -1) for i in range(len(words) - n + 1)]


def ner_org_cand(span: NamedSpan, kb: KnowledgeBase, day: date | None, cols: Columns,
                  home: str | None = None) -> Cand | None:
    """An organisation spaCy found and the KB does not list: kept when Phoenix knows it or its words tell
    both a country and a role ("Indiana State Police", "Turkey's Directorate of Communications"); other
    organisations are dropped as noise."""
    written = span_text(span.span)
    text = without_article(written, kb.definite_articles)
    text = text.split(" (")[0]  # "Intergovernmental Authority on Development (IGAD": the name before its acronym
    doc, first = span.span.doc, span.span.start
    owner = None
    if (first >= 2 and cols.text[first - 1] in kb.words.possessive_markers
            and kb.country_names.get(cols.text[first - 2])):
        owner = first - 2  # "Turkey's" before the name: the country it belongs to
    local = _home_body(span.span, kb, text, kb.country_names[cols.text[owner]] if owner is not None
                       else _possessor_country(doc, kb, first) or home)
    if local is not None:  # its mention holds "the" written before it, as a listed name's does
        begin = doc[with_the(doc, kb, first)].idx
        return Cand(f"org:{local.name}", begin, span.end, doc_text(doc)[begin:span.end], "kb", local.name,
                    "group" if local.kind == "group" else "organization", None, local.country, local.code_on(day),
                    local.qid, 2)
    entry = kb.phoenix_entry(text, named_org=True)
    if entry is not None:
        codes = [t.code for t in entry[1] if (t.start is None and t.end is None) or (day and t.covers(day))]
        if codes and len(codes[-1]) > 3:  # a bare country code marks a place name
            code = codes[-1]
            country = code[:3] if code[:3] in kb.countries else None
            end = span.start + len(written.split(" (")[0])  # the mention stops before a bracketed acronym
            return Cand(f"org:{entry[0]}", span.start, end, doc_text(doc)[span.start:end], "phoenix", text,
                        "organization", None, country, code, None, 3)
    words = cols.text[span.span.start:span.span.end]
    country = kb.country_names[cols.text[owner]] if owner is not None else None
    country = country or next((kb.country_of_word(" ".join(words[i:i + n])) for n in (2, 1) for i in range(len(words))
                    if kb.country_of_word(" ".join(words[i:i + n]))), None)
    lowered = [w.lower() for w in words]
    agent = next((kb.actor_nouns[w].agent for w in _windows(lowered) if w in kb.actor_nouns), None)
    agent = agent or next((kb.titles[w] for w in _windows(lowered) if w in kb.titles), None)
    genitive = kb.words.genitive_prepositions  # "Ministry of Water": "ministry"
    named = (lowered[:next(k for k, w in enumerate(lowered) if w in genitive)]
             if not genitive.isdisjoint(lowered[1:]) else lowered)
    type_word, kind, said, begin = (org_type(cols, kb, span.span.start, span.span.end, named) if named
                                    else (None, None, None, span.span.start))
    country = country or said
    if kind == "LAB" and _union_of_states(lowered, doc_language(doc)):
        kind, country = "IGO", None  # "the Eurasian Customs Union": a bloc of states, no trade union
    if owner is None and begin < span.span.start:
        owner = begin  # the mention holds its modifiers: "the main opposition Republican People's Party"
    if kind is not None:
        # "the Ministry of Water", "Workers' Front", "the opposition Haq party", "broadcaster NTV": its type words
        root = span.span.root
        head = root.head.lower_
        if not is_actor_use(span.span, org=True) and not (root.dep_ in ("compound", "nmod") and head in kb.title_words):
            return None  # "protesters at Polytechnic University": a place there; but "the Bureau's director"
        agent = kind
        if (country is None and kind in HOME_AGENTS and type_word not in kb.org_types_abroad
                and not set(lowered) & kb.foreign_words):  # "the International Coalition Forces": no one's home
            country = home
        if country is None:
            start = cols.idx[owner] if owner is not None else span.start
            return Cand(f"org:{text}", start, span.end, doc_text(doc)[start:span.end], "org_type", text,
                        "organization", None, None, kind, None, 3)
    if country and agent:
        start = cols.idx[owner] if owner is not None else span.start
        return Cand(f"org:{text}", start, span.end, doc_text(doc)[start:span.end], "ner", text, "organization", None,
                     country, f"{country}{agent}", None, 3)
    LOGGER.debug("dropped organisation without country or role: %r", text)
    return None


def _union_of_states(words: list[str], lang: str) -> bool:
    """Whether a body's name holds a word of a union of states (``interstate_union_words``: "customs",
    "monetary", "economic"): such a union is an intergovernmental bloc, where "union" alone reads as labour's."""
    return not word_class("interstate_union_words", "actors", "grammar.yaml", lang=lang).isdisjoint(words)


def trim_headline_orgs(doc: Doc, kb: KnowledgeBase, names: list[NamedSpan]) -> None:
    """In a title-case headline spaCy runs an organisation on into the words after it ("Bahraini Court Hands
    Life Sentences"): there an organisation ends at its first role noun unless "of" follows ("Court of Appeal")."""
    title_end = doc_text(doc).find("\n")
    for n in names:
        if n.label != "NER_ORG" or title_end < 0 or n.start >= title_end:
            continue
        words = [t.lower_ for t in n.span]
        for k, word in enumerate(words[:-1]):
            if word in kb.actor_nouns and words[k + 1] not in kb.words.name_continuers:
                n.span = doc[n.span.start:n.span.start + k + 1]
                break


def same_as_acronym(ner_orgs: dict[int, Cand | None], names: list[NamedSpan], cols: Columns) -> None:
    """"the Intergovernmental Authority on Development (IGAD) ... IGAD said": an acronym written in brackets
    after an organisation's name is that organisation wherever it recurs (one actor, the full name's code); so is
    the name without its lower-case type word ("the opposition Haq party ... Haq leader Mushaima")."""
    full: dict[str, Cand] = {}
    for n in names:
        cand = ner_orgs.get(n.span.start)
        written = span_text(n.span)
        if cand is None:
            continue
        end = n.span.end
        if " (" in written:
            acronym = written.split(" (", 1)[1].rstrip(")").strip()
            if acronym.isupper():
                full[acronym] = cand
        elif end + 2 < len(cols.text) and cols.text[end] + cols.text[end + 2] == "()" and cols.is_upper[end + 1]:
            full[cols.text[end + 1]] = cand  # "People's Party (CHP)" with the acronym a name of its own
        if n.span.end - n.span.start > 1 and cols.text[end - 1].islower() and cand.how == "ner":
            full[span_text(n.span[:-1])] = cand  # "Haq party": "Haq"
    if not names:
        return
    doc = names[0].span.doc
    for short in [key for key in full if key[:1].isupper()]:
        words = short.split()
        for i in [i for i, word in enumerate(cols.text) if word == words[0]]:
            if cols.text[i:i + len(words)] != words:
                continue
            # "Haq leader Mushaima", "Gono Odhikar Parishad leader X": the short name where spaCy saw no entity or
            # a person; a listed name or another organisation there stays
            clash = [n for n in names if n.span.start < i + len(words) and i < n.span.end]
            if all(n.label == "PERSON" and n.entry is None for n in clash):
                names[:] = [n for n in names if n not in clash] + [NamedSpan(doc[i:i + len(words)], "NER_ORG", None)]
    names.sort(key=lambda n: n.start)
    for n in names:
        start = n.span.start
        cand = ner_orgs.get(start)
        written = span_text(n.span)
        if n.label == "NER_ORG" and written in full and full[written] is not cand:
            ner_orgs[start] = dataclasses.replace(full[written], start=n.start, end=n.end, text=written)


def _body_at(kept: list[Cand], start: int, end: int) -> Cand | None:
    """The one organisation candidate with a mention over the characters ``[start, end)``."""
    bodies = {c.key: c for c in kept if (c.kind == "organization" or c.key.startswith("org:"))  # armed groups
              and c.start < end and start < c.end}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def group_of_members(doc: Doc, noun_i: int, groups: list[Cand]) -> Cand | None:
    """The named armed or political group whose members the plural at ``noun_i`` are, by a preposition of
    membership (``membership_prepositions``: "two militants of the ruling Hamas movement", "fighters from
    al-Shabaab"): CAMEO codes a group's members as the group, never as the country a story names most. Only
    ``affiliate_nouns`` and a group actor (kind group) whose mention holds the preposition's object."""
    lang = doc_language(doc)
    noun = doc[noun_i]
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in word_class("affiliate_nouns", "actors", "grammar.yaml",
                                                                       lang=lang):
        return None
    objects = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in actor_words(lang).membership_prepositions
               for o in p.children if o.dep_ == "pobj"]
    found = {c.key: c for o in objects for c in groups
             if c.kind == "group" and c.key.startswith("org:") and c.start <= o.idx < c.end}
    return next(iter(found.values())) if len(found) == 1 else None


def affiliated_members(doc: Doc, kept: list[Cand]) -> list[Cand]:
    """``kept`` with a mention of a body on the plural people named by their tie to it ("500,000 workers
    affiliated with the Serbian Workers' Union", "fighters loyal to the Y Front"): CAMEO codes a body's
    members, workers and supporters as the body. Only a body the article resolved (an organisation, never a
    person or a state: "fighters loyal to the president" are not the presidency), and only people no other
    actor already holds ("Serbian workers" keep their own code)."""
    lang = doc_language(doc)
    nouns = word_class("affiliate_nouns", "actors", "grammar.yaml", lang=lang)
    links = word_class("affiliation_words", "actors", "grammar.yaml", lang=lang)
    preps = word_class("affiliation_prepositions", "actors", "grammar.yaml", lang=lang)
    counted = actor_words(lang)
    added: list[Cand] = []
    for tok in doc:
        if tok.tag_ != "NNS" or tok.lemma_.lower() not in nouns:
            continue
        head = tok  # "dozens of supporters affiliated with X": the tie may hang on the count noun
        if tok.dep_ == "pobj" and tok.head.lower_ in counted.genitive_prepositions \
                and tok.head.head.lower_ in counted.count_nouns and tok.head.head.i < tok.i:
            head = tok.head.head
        bodies = [o for h in {head, tok} for link in h.children if link.i > tok.i and link.lower_ in links
                  for prep in link.children if prep.dep_ == "prep" and prep.lower_ in preps
                  for o in prep.children if o.dep_ == "pobj"]
        # the body's whole noun phrase: a listed name may cover only part of it ("the Bolivian Workers' Centre")
        body = _body_at(kept, bodies[0].left_edge.idx, bodies[0].idx + len(bodies[0])) if len(bodies) == 1 else None
        start, end = doc[min(head.i, tok.left_edge.i)].idx, tok.idx + len(tok)
        if body is None and not bodies and tok.left_edge.i < tok.i:
            # "PTI supporters", "Zanu PF activists": a party's or armed group's name modifying the plural
            named = _body_at(kept, tok.left_edge.idx, tok.idx)
            body = named if named is not None and named.kind == "group" and named.end <= tok.idx else None
        if body is None or any(c.start < end and start < c.end and c.key != body.key for c in kept):
            continue
        added.append(replace(body, start, end, doc_text(doc)[start:end], "affiliation", rank=9))
    return kept + added
