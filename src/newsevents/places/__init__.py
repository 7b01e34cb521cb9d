"""Places: where things happened, as place mentions resolved to a country (ISO3) and coordinates.

A GPE/LOC/FAC entity (and an ORG entity that names a site, such as "the Indiana Statehouse") is a
place only where the sentence uses it as a location: the object of a locative preposition ("in
Gaza", "near Evansville"), of a movement preposition on a verb ("evacuating ... from the Gaza
Strip"), of "of" after a direction or area word ("south of Jerusalem"), the object of a verb such
as "visit", a dateline ("HANOI, Vietnam (AP) —"), a sub-national modifier ("a New York man"), or
an apposition of another place ("Doha, Qatar"). A country named as a doer ("Russia has submitted")
is an actor, not a place. The usage rules live in ``data/en/places/usage.yaml``.

Names are resolved by :mod:`newsevents.places.gazetteer` (GeoNames cities with population,
countrystatecity country and region centroids, the project's own additions), with coordinates and
a geo precision (``city``, ``admin1``, ``country``). A place no gazetteer knows is looked up among
the small towns of the countries the article names; else it takes the country of a known place in
its sentence, else the article's main location (kind ``inferred``), at that country's centroid.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..datelines import find as find_datelines
from ..datelines import read as read_dateline
from ..errors import Errors, KnowledgeBaseError
from ..model import Actor, Article, GeoPrecision, Place
from ..nlp import doc_language, doc_text, preposition_of
from ..resources import DEFAULT_LANGUAGE, data_path, word_classes
from .controlled import controller, with_controller
from .gazetteer import TOWN_BELOW, Gazetteer, Resolved, load_gazetteer
from .gazetteer import key as _key
from .gazetteer import lookup_key as _lookup_key
from .gazetteer import rows as _rows
from .missed import PLACE_LABELS, named_by_geo_noun
from .parties import stands_for_a_party

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

LOGGER = logging.getLogger(__name__)
__all__ = ["Gazetteer", "Resolved", "country_of_demonym", "extract_places", "load_gazetteer", "word_class"]



def _usage(lang: str = DEFAULT_LANGUAGE) -> Mapping[str, frozenset[str]]:
    """The word classes of ``places/usage.yaml``, read by the one word-class loader (cached there);
    the places stage runs for every language, so a language without the file is an error."""
    classes = word_classes("places", "usage.yaml", lang=lang)
    if not classes:
        raise KnowledgeBaseError(Errors.E413.format(err="no such file"),
                                 source=str(data_path("places", "usage.yaml", lang=lang)))
    return classes


def word_class(name: str, lang: str = DEFAULT_LANGUAGE) -> frozenset[str]:
    """One named class of ``places/usage.yaml`` (lower case), empty where the language lacks it: the
    words other stages read about place use ("actor_place_prepositions" for the actors)."""
    return _usage(lang).get(name, frozenset())


@lru_cache(maxsize=4)
def _demonyms(lang: str = DEFAULT_LANGUAGE) -> dict[str, str]:
    return {row["word"].lower(): row["country"] for row in _rows(data_path("places", "demonyms.tsv", lang=lang))}


@lru_cache(maxsize=4)
def _plural_endings(lang: str) -> tuple[str, ...]:
    """The plural endings a nationality word may carry ("Palestinians"), shortest first."""
    return tuple(sorted(word_class("plural_endings", lang), key=lambda e: (len(e), e)))


def country_of_demonym(word: str, lang: str = DEFAULT_LANGUAGE) -> str | None:
    """ISO3 of a nationality word or a country name ("Israeli", "Palestinians", "Afghan", "Bolivia")."""
    key = _lookup_key(word, lang)
    demonyms = _demonyms(lang)
    for candidate in (key, *(key[:-len(end)] for end in _plural_endings(lang) if key.endswith(end))):
        if candidate in demonyms:
            return demonyms[candidate]
    found = load_gazetteer(lang=lang).names.get(key)
    return found.country if found and found.kind == "country" else None


def _resolve(name: str, gaz: Gazetteer, context: Counter[str], facility: bool = False) -> Resolved | None:
    """The gazetteer's place for a name; a building or site (``facility``: a FAC entity) only where it is
    listed as such ("White House"), never as a same-named town (White House, Tennessee)."""
    if facility:
        return gaz.names.get(_lookup_key(name, gaz.lang))
    usage = _usage(gaz.lang)
    found = gaz.resolve(name, context)
    words = name.split()
    if found is None and len(words) > 1 and words[-1].lower() in usage["strip_suffixes"]:
        stem = " ".join(words[:-1])
        # "Kandahar province" is the province, not the city of the same name
        region = gaz.region(stem, context) if words[-1].lower() in usage["region_suffixes"] else None
        found = region or gaz.lookup(stem, context)
    if found is None and len(words) > 1 and words[0].lower() in usage["strip_prefixes"]:
        found = gaz.lookup(" ".join(words[1:]), context)
    return found


_ACTOR_KINDS = ("person", "organization", "group")


def _actor_mentions(actors: list[Actor]) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of every mention of a person or organisation actor, gathered once per
    article for :func:`_is_actor` (countries may be places too, so their mentions do not count)."""
    return [(m.start, m.end, actor.kind) for actor in actors if actor.kind in _ACTOR_KINDS for m in actor.mentions]


def _is_actor(span: Span, mentions: list[tuple[int, int, str]]) -> bool:
    """A person or organisation actor at this spot is not a place (countries may be both). A name
    that only modifies an organisation's name ("Kentucky GOP") or a title before a person's name
    ("Kentucky GOP Gov. Matt Bevin", but not "Paris Hilton") is left to the modifier rule.
    ``mentions`` are the actors' from :func:`_actor_mentions`."""
    start, end = span.start_char, span.end_char
    for m_start, m_end, kind in mentions:
        if not (m_start < end and start < m_end):
            continue
        inside = m_start <= start and end < m_end
        rest = doc_text(span.doc)[end:m_end].split()
        if not (inside and span.root.dep_ in ("compound", "amod", "nmod") and (kind != "person" or len(rest) >= 2)):
            return True
    return False


def _placed_root(root: Token, usage: Mapping[str, frozenset[str]]) -> Any:
    """The token whose role in the sentence decides, from a name's ``root``: the name itself, or the
    area noun it names ("Pangram area", "Logar province") or the noun it stands in apposition to
    ("the capital Kabul")."""
    while root.dep_ in ("compound", "amod", "appos") and root.head.lemma_.lower() in usage["geo_nouns"]:
        root = root.head
    return root


def _usage_of(span: Span, usage: Mapping[str, frozenset[str]]) -> str | None:
    """How the sentence uses this name: ``located`` (a location), ``modifier`` ("a New York man"),
    or None (an actor or anything else). See the module docstring."""
    name_root = span.root
    root = _placed_root(name_root, usage)
    head, dep = root.head, root.dep_
    found = preposition_of(root)
    if found is not None:
        prep_token, attached = found
        prep = prep_token.lemma_.lower()
        if prep in usage["locative_prepositions"]:
            return "located"
        if prep in usage["verbal_prepositions"] and (attached.pos_ in ("VERB", "AUX")
                                                     or attached.lemma_.lower() in usage["motion_nouns"]):
            return "located"  # "flew to Hanoi", "a state visit to Vietnam"
        if _struck(root, usage):
            return "located"  # "air strikes on Kharkiv": the place struck
        if prep in usage["of_prepositions"] and (attached.lemma_.lower() in usage["of_heads"]
                                                 or attached.ent_type_ == "PERSON"):
            return "located"
    if dep == "dobj" and head.lemma_.lower() in usage["place_object_verbs"]:
        return "located"
    if _dateline(span):
        return "located"
    if root.i == name_root.i and dep in ("compound", "nmod", "poss") and name_root.head.ent_type_ not in PLACE_LABELS:
        return "modifier"
    return None


def _bordered(span: Span, usage: Mapping[str, frozenset[str]]) -> bool:
    """Whether a name is only what something borders: the object of a verb of ``border_words`` ("areas
    bordering Afghanistan"), the object of "with" on such a noun ("the border with Afghanistan"), or a
    name before such a noun ("the Afghanistan border")."""
    root = span.root
    head = root.head
    if root.dep_ == "dobj" and head.lemma_.lower() in usage["border_words"]:
        return True
    if root.dep_ == "pobj" and head.head.lemma_.lower() in usage["border_words"] and head.head.pos_ == "NOUN":
        return True
    return root.dep_ in ("compound", "amod", "nmod") and head.lemma_.lower() in usage["border_words"]


def _struck(root: Token, usage: Mapping[str, frozenset[str]]) -> bool:
    """Whether a name is the object of "on/of/against" after a noun of attack ("air strikes on
    Kharkiv", "the shelling of Donetsk"; ``strike_nouns``): the place struck."""
    found = preposition_of(root)
    if found is None or found[0].lemma_.lower() not in usage["strike_prepositions"]:
        return False
    prep, head = found
    # "carried out air strikes on Mosul": the parser often hangs the phrase on the verb of the noun of attack
    nouns = [head] if head.pos_ not in ("VERB", "AUX") else [
        c for c in head.children if c.dep_ == "dobj" and c.i < prep.i]
    return any(noun.lemma_.lower() in usage["strike_nouns"] for noun in nouns)


def _dateline(span: Span) -> bool:
    """A name among a dateline's place words: "HANOI, Vietnam (AP) —" (newsevents.datelines). Before a
    colon only a place in capitals ("HANOI: ..."): a headline shares the shape ("Freedonia's envoy: ...")."""
    text = doc_text(span.doc)
    line = read_dateline(text, text.rfind("\n", 0, span.start_char) + 1)
    if line is None or (line.colon and not line.capitals):
        return False
    # the name opens the line or follows words in capitals ("HANOI, Vietnam"), not a headline's words
    before = text[line.start:span.start_char].strip(" ,/")
    return (line.words[0] <= span.start_char and span.end_char <= line.words[1]
            and (not before or before.isupper()))


def _candidates(doc: Doc, usage: Mapping[str, frozenset[str]], gaz: Gazetteer) -> list[Span]:
    """Entities that may name a place; an ORG only when it names a site or follows "in"/"near"."""
    spans = []
    wanted, org = {doc.vocab.strings[label] for label in PLACE_LABELS}, doc.vocab.strings["ORG"]
    for ent in doc.ents:
        if ent.label not in wanted:
            continue
        if ent.label == org:
            words = {t.lower_ for t in ent}
            if words & usage["organisation_words"]:
                continue
            if not (words & usage["facility_words"]):
                root = _placed_root(ent.root, usage)
                found = preposition_of(root)
                # "strikes on Kharkiv": the tagger often takes a foreign town it does not know for an ORG
                if not (found and found[0].lower_ in usage["site_prepositions"]) and not _struck(root, usage):
                    continue
        span = with_controller(_widen(ent, usage, gaz), usage)  # "Pakistan-administered Kashmir"
        spans.append(span[1:] if span[0].lower_ in usage["articles"] and len(span) > 1 else span)
    spans += named_by_geo_noun(doc, spans, usage, gaz)
    for line in find_datelines(doc_text(doc), capitals=True):  # "HANOI, Vietnam (AP) —": NER often misses the capitals
        start = line.place[0]
        for part in line.place_text.split("/"):  # a joint dateline of two bureaus: "KHARTOUM/JUBA (Reuters) -"
            dateline = doc.char_span(start, start + len(part))
            start += len(part) + 1
            if dateline is not None and not any(s.start <= dateline.start < s.end for s in spans) \
                    and gaz.lookup(part.title()) is not None:
                spans.append(dateline)
    return sorted(spans, key=lambda s: s.start)


def _widen(ent: Span, usage: Mapping[str, frozenset[str]], gaz: Gazetteer) -> Span:
    """Take in a direction word before the name when the two name a place of their own ("east Jerusalem")."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ in usage["strip_prefixes"] and doc[ent.start - 1].is_lower:
        wide = doc[ent.start - 1:ent.end]
        if _key(wide.text, gaz.lang) in gaz.names:  # only a name of its own ("east Jerusalem" is PSE)
            return wide
    return ent


def _sentence_starts(spans: list[Span]) -> Callable[[int], int]:
    """``k ->`` the first token of ``spans[k]``'s sentence, each looked up once and only when asked
    (``Span.sent`` walks the Doc and makes a Span; comparing names' sentences pairwise repeated it)."""
    starts: dict[int, int] = {}

    def sentence_start(k: int) -> int:
        if k not in starts:
            starts[k] = spans[k].sent.start
        return starts[k]

    return sentence_start


def _appositions(spans: list[Span], chosen: set[int], sent_start: Callable[[int], int]) -> None:
    """A name in apposition to a place ("Doha, Qatar", "Sarkh, Logar") is a place too.

    Each name's root is looked up once, not once per pair; the sentences (``sent_start``, from
    :func:`_sentence_starts`) are compared last, for the few pairs that the text between joins.
    """
    if not spans:
        return
    text = doc_text(spans[0].doc)
    coordinators = word_class("coordinators", doc_language(spans[0].doc))
    joiners = {","} | coordinators | {", " + word for word in coordinators}  # "Doha and Qatar", "..., or"
    bounds = [(s.start_char, s.end_char, s.start, s.end) for s in spans]
    for i, span in enumerate(spans):
        if i in chosen:
            continue
        root = span.root
        conj_head = root.head.i if root.dep_ == "conj" else None
        start_char, end_char = bounds[i][:2]
        for j in sorted(chosen):
            other_start_char, other_end_char, other_start, other_end = bounds[j]
            gap = text[min(end_char, other_end_char):max(start_char, other_start_char)].strip()
            joined = gap == "," or (conj_head is not None and other_start <= conj_head < other_end
                                    and gap.lower() in joiners)
            if joined and sent_start(i) == sent_start(j):
                chosen.add(i)
                break


_SUBNATIONAL = ("city", "admin1", "territory", "settlement")


def extract_places(doc: Doc, article: Article, actors: list[Actor]) -> list[Place]:
    """Every place the article uses as a location, with its country and, where known, coordinates.

    A name used only as a modifier counts when it is sub-national ("a New York man", "Kentucky GOP
    Gov."); a country as a modifier ("US troops") stands for the state, an actor.
    """
    lang = doc_language(doc)
    usage, gaz = _usage(lang), load_gazetteer(lang=lang)
    # a nationality word ("the Angolan capital") names a people, not a place, whatever NER tagged it
    mentions, demonyms = _actor_mentions(actors), _demonyms(lang)
    spans: list[Span] = []
    names: list[str] = []  # the spans' texts, cut from the text once (Span.text joins Tokens anew each time)
    text = doc_text(doc)
    for span in _candidates(doc, usage, gaz):
        if not _is_actor(span, mentions) and (name := text[span.start_char:span.end_char]).lower() not in demonyms:
            spans.append(span)
            names.append(name)
    first_guess = {name: gaz.lookup(name) for name in set(names)}
    times = Counter(names)
    context = Counter(r.country for name in names if (r := first_guess[name]) and r.country)
    # the country of a place no gazetteer knows is guessed from the others, but not from a neighbour named
    # only as what an area borders ("the tribal areas bordering Afghanistan")
    guessing = context - Counter(r.country for i, name in enumerate(names)
                                 if (r := first_guess[name]) and r.country and _bordered(spans[i], usage))
    resolved = {i: _resolve(name, gaz, _context_of_others(context, first_guess[name], times[name]),
                            spans[i].label_ == "FAC") for i, name in enumerate(names)}
    chosen = set()
    for i, span in enumerate(spans):
        how = _usage_of(span, usage)
        if how is not None and stands_for_a_party(span, resolved[i], gaz, usage):
            continue  # "Washington's move", "a deal between Israel and Hamas", "lashed out at the US"
        if how == "located" or (how == "modifier" and (place := resolved[i]) and place.kind in _SUBNATIONAL):
            chosen.add(i)
    sent_start = _sentence_starts(spans)
    _appositions(spans, chosen, sent_start)
    # The story's main location: its first resolved place, else the country it names most, else the
    # country of most actor mentions ("Bolivia's police" names Bolivia as an actor, not a place). A
    # dateline that writes only a city comes after the body's places: it is where the story was filed,
    # often a neighbour's capital ("LIBREVILLE, June 1 (AFP)" over a story of Darfur); one that writes
    # its country too ("PSARADES, Greece (AP)") is where the story happened.
    filed = [i for i in chosen if _dateline(spans[i])]
    bare = not any((r := resolved[i]) and r.kind == "country" for i in filed)
    order = sorted(chosen, key=lambda i: (bare and i in filed, i))
    lead = next((r.country for i in order if (r := resolved[i]) and r.country), None)
    main = Counter({lead: 1}) if lead else guessing or _actor_countries(actors)
    places = [_place(i, names[i], spans, resolved, chosen, sent_start, main, gaz, article.id)
              for i in sorted(chosen)]
    return [p for p in places if p is not None]


def _actor_countries(actors: list[Actor]) -> Counter[str]:
    """The actors' countries (ISO3), each counted once per mention."""
    found: Counter[str] = Counter()
    for actor in actors:
        if actor.country and len(actor.country) == 3:
            found[actor.country] += len(actor.mentions)
    return +found


def _context_of_others(context: Counter[str], guess: Resolved | None, times: int) -> Counter[str]:
    """The article's countries as the *other* names give them: a name's own first guess must not
    vote for itself ("Palm Beach" alone would count Australia, its only listed city)."""
    if guess is None or not guess.country:
        return context
    rest = context.copy()
    rest[guess.country] -= times
    return +rest


def _inner(span: Span, gaz: Gazetteer, context: Counter[str]) -> Resolved | None:
    """A known place named inside an unknown one ("American University of Kabul" -> Kabul)."""
    usage = _usage(gaz.lang)
    not_names = usage["facility_words"] | usage["geo_nouns"]
    text, tokens = doc_text(span.doc), list(span)  # each window below reads these, not new Spans
    lowers = [t.lower_ for t in tokens]
    for size in (3, 2, 1):
        for start in range(len(tokens) - size, -1, -1):
            first, last = tokens[start], tokens[start + size - 1]
            if (first.is_title or first.is_upper) and not not_names.intersection(lowers[start:start + size]):
                found = gaz.lookup(text[first.idx:last.idx + len(last)], context)
                # a small namesake abroad is no evidence ("Republic Square" is not in Republic, Missouri)
                if found and found.country and (found.kind != "city" or found.population >= TOWN_BELOW
                                                or context.get(found.country, 0)):
                    return found
    return None


def _place(k: int, text: str, spans: list[Span], resolved: dict[int, Any], chosen: set[int],
           sent_start: Callable[[int], int], main: Counter[str], gaz: Gazetteer, article_id: str) -> Place | None:
    """The place record of ``spans[k]`` (whose text is ``text``): as resolved, else inferred from a
    known place inside it, in its sentence, or the article's main location."""
    span, found = spans[k], resolved[k]
    same = Counter(r.country for i, r in resolved.items()
                   if i in chosen and r and r.country and sent_start(i) == sent_start(k))
    if found is not None:
        if found.lat is None and found.country:  # a known name without a point of its own: its country's
            lat, lon = gaz.country(found.country).lat, gaz.country(found.country).lon
            return _record(text, span, found, article_id, lat, lon, "country" if lat is not None else None)
        return _record(text, span, found, article_id, found.lat, found.lon, found.precision)
    held = controller(span, _usage(gaz.lang))
    if held is not None:  # "Russian-occupied Crimea" is Crimea; a place no gazetteer knows is the holder's
        own = _resolve(held[1], gaz, main)
        if own is not None and own.country and own.lat is not None:
            return _record(text, span, own, article_id, own.lat, own.lon, own.precision)
        country = own.country if own else country_of_demonym(held[0], gaz.lang)
        if country:
            return _inferred(text, span, country, gaz, article_id)
    inner = _inner(span, gaz, main)
    country = inner.country if inner else _leader(same or main)
    return _inferred(text, span, country, gaz, article_id) if country else None


def _leader(counts: Counter[str]) -> str | None:
    """The country that holds most of ``counts`` (more than all others together); None when none does (a
    story of two neighbours and the US, each named twice): a place no gazetteer knows is then left out
    rather than put in whichever country happened to be counted first."""
    top = counts.most_common(1)
    return top[0][0] if top and top[0][1] * 2 > sum(counts.values()) else None


def _inferred(text: str, span: Span, country: str, gaz: Gazetteer, article_id: str) -> Place:
    """The record of a place no gazetteer knows, in ``country``, at that country's centroid."""
    centre = gaz.country(country)
    return Place(text=text, start=span.start_char, end=span.end_char, country=country, kind="inferred",
                 lat=centre.lat, lon=centre.lon, precision="country" if centre.lat is not None else None,
                 adm1=None, article_id=article_id)


def _record(text: str, span: Span, found: Resolved, article_id: str, lat: float | None, lon: float | None,
            precision: GeoPrecision | None) -> Place:
    """The place record of a resolved name, at the given point and precision."""
    return Place(text=text, start=span.start_char, end=span.end_char, country=found.country, name=found.name,
                 kind=found.kind, lat=lat, lon=lon, geonameid=found.geonameid, precision=precision,
                 adm1=found.adm1 if precision in ("city", "admin1") else None, article_id=article_id)
