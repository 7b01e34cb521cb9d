"""Within-article coreference of person names: "Putin" and "Vladimir Putin" are one actor.

Full names seed clusters; a shorter name joins the cluster whose name contains all its words (the nearest
one before it when several do, as news reuses surnames for the last person named). A surname written with a
title ("President Clinton") does not join a cluster whose listed person never held that office when another
listed bearer of the surname did: in a story about Hillary Clinton, "President Clinton" is Bill Clinton, and
a later bare "Clinton" is still the person the article introduced by full name. Where several people of one
surname were introduced ("Sen. Ted Cruz", his wife "Heidi Cruz"), a bare surname is the one introduced with a
title or listed in the KB, as news calls the relatives by their given names; and a bare word that is one
person's surname and another's given name is the first one's.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .kb import KnowledgeBase, name_key
from .kb_entries import Person
from .mentions import NamedSpan, span_text

_PLACE_TYPES = ("LOC", "NORP")  # spaCy's types of a word that names no person (its GPE: often a name; its FAC
# on one word, "Abiy visited Eritrea", is a given name it misreads: a facility's name is rarely one word)


def _words(span: NamedSpan) -> list[str]:
    return [k for k in (name_key(t.text) for t in span.span if not t.is_punct) if k]


def _held(person: Person, title: str) -> bool:
    """Whether ``person`` held an office the title names ("President" / "Vice President": both ways)."""
    title = title.lower()
    return any(title in t.role.lower() or t.role.lower() in title for t in person.terms)


def _title_clash(title: str | None, cluster: list[NamedSpan], kb: KnowledgeBase | None) -> bool:
    """Whether a titled surname cannot be the listed person of ``cluster``: that person held no office the
    title names, and another listed person of the surname did."""
    if not title or kb is None:
        return False
    full = max(cluster, key=lambda s: len(s.span))
    person = full.entry if isinstance(full.entry, Person) else kb.person(span_text(full.span))
    if person is None or _held(person, title):
        return False
    surname = name_key(span_text(full.span).split()[-1])
    return any(p is not person and _held(p, title) for p in kb.surnames.get(surname, []))


def cluster_persons(spans: list[NamedSpan], titles: dict[int, str] | None = None,
                    kb: KnowledgeBase | None = None) -> list[list[NamedSpan]]:
    """Group person spans (in text order) into one list per person.

    ``titles`` maps a span's first token to the title written before it ("President"), read with ``kb``
    to keep a titled surname away from a namesake's cluster (see the module docstring)."""
    titles = titles or {}
    clusters: list[list[NamedSpan]] = []
    words: list[set[str]] = []
    keys: list[set[str]] = []
    name_words = {id(s): _words(s) for s in spans}  # each span's words, read once
    for span in sorted(spans, key=lambda s: (-len(name_words[id(s)]), s.start)):
        own = name_words[id(span)]
        key = name_key(span_text(span.span))
        entry = span.entry
        matches = [n for n in range(len(clusters))
                   if key in keys[n] or (entry is not None and any(s.entry is entry for s in clusters[n]))
                   or (own and set(own) <= words[n] and own[-1] in words[n])]
        if len(own) >= 2:
            matches = [n for n in matches
                       if key in keys[n] or (entry is not None and any(s.entry is entry for s in clusters[n]))
                       or own[-1] == name_words[id(clusters[n][0])][-1]]
        elif len(own) == 1:
            title = titles.get(span.span.start)
            matches = [n for n in matches if not _title_clash(title, clusters[n], kb)]
            surnamed = [n for n in matches if own[0] == name_words[id(clusters[n][0])][-1]]
            matches = surnamed or matches  # "Salim" is Ahmed Salim, not Salim Bakari Omar
            named = [n for n in matches if any(len(name_words[id(s)]) >= 2 for s in clusters[n])]
            matches = named if title is None and named else matches  # a bare "Clinton": the one introduced
            public = [n for n in matches if any(s.span.start in titles or s.entry is not None for s in clusters[n])
                      and own[0] == name_words[id(clusters[n][0])][-1]]  # the surname, not a given name
            matches = public if len(public) == 1 else matches  # "Cruz" after "Sen. Ted Cruz" and "Heidi Cruz"
        if not matches:
            clusters.append([span])
            words.append(set(own))
            keys.append({key})
            continue
        before = [n for n in matches if min(s.start for s in clusters[n]) < span.start]
        best = (max(before, key=lambda n: max(s.start for s in clusters[n] if s.start < span.start)) if before
                else matches[0])
        clusters[best].append(span)
        keys[best].add(key)
    for cluster in clusters:
        cluster.sort(key=lambda s: s.start)
    return sorted(clusters, key=lambda c: c[0].start)


def given_name_spans(doc: Doc, names: list[NamedSpan], kb: KnowledgeBase) -> list[NamedSpan]:
    """Bare given names and surnames that refer back to one person named in full before: "Abiy Ahmed ... Abiy
    said", "Foreign Minister Wang Yi ... Wang also invited Chung".

    Ethiopian, Eritrean, Arab, Thai and Indonesian names are written again by the given name ("Isaias",
    "Abiy"), which spaCy seldom tags as a person; a surname alone, Chinese and Korean ones most, spaCy often
    tags as an organisation. A capitalised proper noun outside every other name is a mention of the person when
    its word is the first word of the full names of exactly one person named earlier in the article; a word
    spaCy found alone as an organisation no list knows is one also when it is the last word of all of them (a
    surname). No other person's name may hold that word anywhere, and the word names no country, capital,
    region, body or people. Neighbouring proper nouns make it part of another name, and it is left alone; so
    does a body's type word after it ("Chung party"). A surname spaCy saw no name in at all is left alone: the
    events it would add on the gold files were wrong ("for X to resign")."""
    words_of_name = {id(n): _words(n) for n in names if n.label == "PERSON"}  # each name's words, read once
    full = [n for n in names if n.label == "PERSON" and len(words_of_name[id(n)]) >= 2]
    lone_orgs = {n.span.start for n in names if n.label == "NER_ORG" and n.entry is None and len(n.span) == 1}
    taken = {t for n in names for t in range(n.span.start, n.span.end)} - lone_orgs
    out: list[NamedSpan] = []
    for tok in doc:
        if tok.i in taken or tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.text.isupper():
            continue
        text = tok.text
        if (text in kb.country_names or text in kb.capitals or text in kb.org_aliases or text in kb.seats
                or kb.country_of_word(text) or kb.ethnic.get(text) or tok.ent_type_ in _PLACE_TYPES):
            continue
        key = name_key(text)
        if not key or any(doc[j].pos_ == "PROPN" for j in (tok.i - 1, tok.i + 1) if 0 <= j < len(doc)):
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in kb.org_types:
            continue  # "Chung Group", "the Haq party": a body named after a word
        if tok.ent_type_ == "FAC" and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "NOUN":
            continue  # "landed at Kennedy airport": a facility named after a person, its kind after the name
        holding = [n for n in full if key in words_of_name[id(n)]]
        holders = [words_of_name[id(n)] for n in holding]
        earlier = [n for n in holding if n.span.start < tok.i]
        given = all(w[0] == key for w in holders)
        if not earlier or not (given or (tok.i in lone_orgs and all(w[-1] == key for w in holders))):
            continue  # no one before, one's given name and another's surname, or a surname spaCy saw no name in
        if len({(w[0], w[-1]) for w in holders}) != 1:
            continue  # two people of that name
        out.append(NamedSpan(doc[tok.i:tok.i + 1], "PERSON", None, "given_name"))
    return out
