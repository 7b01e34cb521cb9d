"""Casualty and other people counts: how many were killed, wounded, arrested, displaced, released,
or came out to protest, with the bound of the number and whom it concerns.

A number ("1,400", "three", "dozens", "more than 2,500") counts people of a category when the
words around it say so, by the dependency parse: the counted noun is itself a category word ("30
deaths", "800 protesters"); or it is the subject of a passive or intransitive category verb ("two
service members have been killed", "three people died"), the object of an active one ("freed three
Taliban prisoners"), has a category participle after it ("3 demonstrators killed"); or the number
is what a toll reached ("the death toll has exceeded 4,000"; "on the Israeli side it has reached
1,400"). The words are in ``data/en/counts/terms.yaml``, the bounds in ``bounds.yaml``.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import yaml
from spacy.attrs import ENT_TYPE, IDX, LIKE_NUM, LOWER, ORTH

from ..errors import Errors, KnowledgeBaseError
from ..model import Actor, Article, Count, CountBound, Event, Place, TimeExpression
from ..nlp import doc_language, doc_text
from ..quotes.marks import headline_end
from ..resources import DEFAULT_LANGUAGE, data_path
from .about import concerning
from .coordination import coordinated_total, coordination_root
from .numbers import NumberWords, count_bound, load_numbers, parse_number
from .status import clause_verb, count_status
from .words import count_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

LOGGER = logging.getLogger(__name__)
__all__ = ["attach_counts", "extract_counts", "parse_number"]
_NOT_PEOPLE = ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY")
_SIGNS = frozenset("%$€£¥")


@lru_cache(maxsize=4)
def _lexicon(lang: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    """terms.yaml and bounds.yaml of language ``lang``, with lemma -> category tables built once."""
    folder = data_path("counts", lang=lang)
    try:
        terms = yaml.safe_load((folder / "terms.yaml").read_text(encoding="utf-8"))
        bounds = yaml.safe_load((folder / "bounds.yaml").read_text(encoding="utf-8"))
        tables: dict[str, Any] = {"nouns": {}, "passive": {}, "intransitive": {}, "adjectives": {}}
        for category, words in terms["categories"].items():
            for kind in tables:
                for lemma in words.get(kind) or []:
                    tables[kind].setdefault(str(lemma).split()[0], category)
        tables["separate_event_words"] = frozenset(terms["separate_event_words"])
        tables["gatherings"] = {str(noun): category for category, nouns in terms["gatherings"].items()
                                for noun in nouns}
        tables["participation_verbs"] = frozenset(terms["participation_verbs"])
        tables["gathering_not_protest"] = frozenset(terms["gathering_not_protest"])
        tables["tolls"] = terms["tolls"]
        tables["people"] = frozenset(terms["people"])
        tables["person_suffixes"] = tuple(terms["person_suffixes"])
        source = str(folder / "bounds.yaml")
        tables["before"] = sorted(((p.split(), count_bound(b, source)) for b, ps in bounds["before"].items()
                                   for p in ps), key=lambda item: -len(item[0]))
        tables["verb_bounds"] = {v: count_bound(b, source) for b, vs in bounds["verbs"].items() for v in vs}
        return tables
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as err:
        raise KnowledgeBaseError(Errors.E422.format(err=err), source=str(folder)) from err


def _number_spans(doc: Doc, nw: NumberWords) -> list[tuple[Span, int, CountBound | None]]:
    """Maximal runs of number words/digits that parse as one number ("tens of thousands").

    The scan reads per-token arrays (string ids) rather than Token objects: it visits every token
    of the article, and a Token per visit was most of the stage's time. Only a number inside a
    date/time/sum entity needs the parse (:func:`_not_people`), and only then are entities looked up.
    """
    strings, text = doc.vocab.strings, doc_text(doc)
    table = doc.to_array([LOWER, ORTH, LIKE_NUM, ENT_TYPE, IDX])
    lowers, orths, like_num, types, offsets = (column.tolist() for column in table.T)
    words, cw = {strings[w] for w in nw.words}, count_words(doc_language(doc))
    articles, before = {strings[w] for w in cw.indefinite_articles}, {strings[w] for w in cw.number_openers}
    joiners = {strings["-"]} | {strings[w] for w in cw.number_joiners}  # the hyphen of "twenty-five" too
    phrases = {(strings[first], strings[second]) for first, second in cw.opener_phrases}
    not_people_types = {strings[label] for label in _NOT_PEOPLE}
    ents: dict[int, Span] | None = None

    def not_people(k: int) -> bool:
        nonlocal ents
        if types[k] not in not_people_types:
            return False
        if ents is None:  # token -> entity, built once per Doc (doc.ents makes new Spans per access)
            ents = {t: ent for ent in doc.ents for t in range(ent.start, ent.end)}
        return _not_people(doc[k], ents.get(k))

    def span_text(begin: int, end: int) -> str:  # doc[begin:end].text without making the Span
        return text[offsets[begin]:offsets[end - 1] + len(strings[orths[end - 1]])]

    found, n, i = [], len(doc), 0  # i: the first token not yet taken into a number
    for first in [k for k, (lower, num) in enumerate(zip(lowers, like_num, strict=True)) if num or lower in words]:
        if first < i or lowers[first] in articles or not_people(first):
            continue
        i = j = first
        while j + 1 < n and (like_num[j + 1] or lowers[j + 1] in words or orths[j + 1] in joiners) \
                and not not_people(j + 1):
            j += 1
        start = i - 1 if i > 0 and lowers[i - 1] in before else i
        start = start - 1 if start > 0 and (lowers[start - 1], lowers[start]) in phrases else start
        for end in range(j + 1, i, -1):
            for begin in (start, i):
                parsed = parse_number(span_text(begin, end), nw)
                if parsed:
                    found.append((doc[begin:end], *parsed))
                    break
            else:
                continue
            break
        i = j + 1
    return found


def _not_people(tok: Token, ent: Span | None) -> bool:
    """A number inside a date, time, sum or measure (``tok`` has such an entity type, ``ent`` is
    the entity it is in). NER mislabels some counts of people ("more than 10 million people" as
    MONEY, "Two United States service members" as PERCENT): a number in such an entity still
    counts when it modifies a plural noun of people outside the entity and the entity has no
    currency, percent or unit sign."""
    percent = count_words(doc_language(tok.doc)).percent_words
    if ent is None or any(t.text in _SIGNS or t.lower_ in percent or t.is_currency for t in ent):
        return True
    noun = tok
    for _ in range(4):
        if noun.dep_ not in ("compound", "quantmod", "nummod") or noun.head.i == noun.i:
            break
        noun = noun.head
    if noun.i == tok.i or ent.start <= noun.i < ent.end:
        return True
    return noun.tag_ not in ("NNS", "NNPS") or not _people(noun, _lexicon(doc_language(noun.doc)))


def _bound_before(span: Span, before: list[tuple[list[str], CountBound]]) -> CountBound | None:
    words = [t.lower_ for t in span.doc[max(0, span.start - 4):span.start]]
    for phrase, bound in before:
        if words[-len(phrase):] == phrase:
            return bound
    return None


def _category(num: Token, lex: dict[str, Any]) -> tuple[str | None, Token]:
    """The category the number counts, and the token standing for the counted people."""
    noun = num.head if num.dep_ in ("nummod", "quantmod") and num.head.pos_ in ("NOUN", "PROPN", "ADJ") else num
    if noun.i != num.i and not _people(noun, lex):
        return None, noun  # "two videos", "three rifles": not people
    role = coordination_root(noun)  # "two teenagers and a man were killed": the first conjunct's place
    head, dep, cw = role.head, role.dep_, count_words(doc_language(num.doc))
    lemma = head.lemma_.lower()
    if dep == "pobj" and head.lower_ in cw.partitive_prepositions and head.head.pos_ in ("NOUN", "NUM"):
        return _category(head.head, lex)[0], noun  # "three of its commanders": the head decides
    if dep == "pobj" and head.lower_ in cw.exchange_prepositions and head.head.lemma_.lower() in lex["passive"]:
        return lex["passive"][head.head.lemma_.lower()], noun  # "swapped two hostages for three ..."
    if dep in ("nsubjpass", "dobj") and lemma in lex["passive"]:
        return lex["passive"][lemma], noun
    if dep == "nsubj" and lemma in lex["intransitive"]:
        return lex["intransitive"][lemma], noun
    if dep == "dobj":  # "prompting more than 100,000 Armenians to flee", "forced 3,000 to flee"
        goal = next((c for c in head.children if c.dep_ == "xcomp" and c.i > noun.i), None)
        if goal is not None and goal.lemma_.lower() in lex["intransitive"]:
            return lex["intransitive"][goal.lemma_.lower()], noun
    if dep == "nsubj" and head.lower_ in lex["adjectives"]:  # "eight fishermen are missing"
        return lex["adjectives"][head.lower_], noun
    if dep == "nsubj" and head.lemma_ in cw.copulas:
        for child in head.children:
            if child.dep_ in ("acomp", "attr") and child.lemma_.lower() in lex["adjectives"]:
                return lex["adjectives"][child.lemma_.lower()], noun
    for child in _described(role, cw.partitive_prepositions):  # "3 demonstrators killed", "28 of those detained"
        if child.dep_ in ("acl", "amod") and child.lemma_.lower() in lex["passive"] and child.tag_ == "VBN":
            return lex["passive"][child.lemma_.lower()], noun
    joined = _participation(role, lex)
    if joined:
        return joined, noun
    if noun.lemma_.lower() in lex["nouns"] or noun.lower_ in lex["nouns"]:
        return lex["nouns"].get(noun.lemma_.lower()) or lex["nouns"][noun.lower_], noun
    return _toll(noun, lex), noun


def _described(noun: Token, partitives: frozenset[str]) -> list[Token]:
    """The words that may describe the counted people: the noun's children, and for a bare number
    with a part ("28 of those being detained", "12 of them held") the children of the whole."""
    found = list(noun.children)
    for prep in (c for c in found if c.dep_ == "prep" and c.lower_ in partitives and noun.pos_ == "NUM"):
        found += [t for obj in prep.children if obj.dep_ == "pobj" for t in obj.children]
    return found


def _participation(noun: Token, lex: dict[str, Any]) -> str | None:
    """The category of a gathering the counted people took part in: "15,000 people joined the rally",
    "800 students attended the protest", "2,000 workers took part in the strike", "3,000 registered for
    the march" (the parser may hang the verb on the people as a participle). The gathering must be
    named: people who "gathered" or "attended" something else, or a campaign rally, are not counted."""
    verbs = [noun.head] if noun.dep_ == "nsubj" else []
    verbs += [c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.i > noun.i]
    for verb in verbs:
        if verb.lemma_.lower() not in lex["participation_verbs"]:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        preps = [c for v in (verb, *objects) for c in v.children if c.dep_ == "prep"]
        objects += [o for prep in preps for o in prep.children if o.dep_ == "pobj"]
        for obj in objects:
            if obj.lemma_.lower() in lex["gatherings"] and not _not_protest(obj, lex):
                return str(lex["gatherings"][obj.lemma_.lower()])
    return None


def _not_protest(gathering: Token, lex: dict[str, Any]) -> bool:
    """A campaign rally, a victory parade, or a person's rally ("the Trump rally"): no protest."""
    return any(c.dep_ in ("compound", "amod", "poss") and (c.lemma_.lower() in lex["gathering_not_protest"]
                                                          or c.ent_type_ == "PERSON") for c in gathering.children)


def _people(noun: Token, lex: dict[str, Any]) -> bool:
    """Whether a counted noun names people: a listed word, a nationality, or a person suffix."""
    lemma = noun.lemma_.lower()
    if lemma in lex["people"] or lemma in lex["nouns"] or noun.ent_type_ == "NORP":
        return True
    return lemma.endswith(tuple(lex["person_suffixes"]))


def _toll(noun: Token, lex: dict[str, Any]) -> str | None:
    """"the death toll has exceeded 4,000", "(on the Israeli side) it has reached 1,400"."""
    tolls, cw = lex["tolls"], count_words(doc_language(noun.doc))
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in cw.toll_value_prepositions else noun.head
    if noun.dep_ not in ("dobj", "attr", "pobj") or verb.lemma_.lower() not in tolls["verbs"]:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    sentence = noun.sent
    toll = subject if subject.lemma_.lower() in tolls["toll_nouns"] else None
    if toll is None and subject.lower_ in cw.toll_pronouns:  # "it" refers back to a toll earlier in the sentence
        toll = next((t for t in sentence if t.i < subject.i and t.lemma_.lower() in tolls["toll_nouns"]), None)
    if toll is None:
        return None
    for child in toll.children:
        if child.dep_ in ("compound", "amod") and child.lemma_.lower() in tolls["toll_modifiers"]:
            return str(tolls["toll_modifiers"][child.lemma_.lower()])
    return str(tolls["default"])


def _verb_bound(num: Token, noun: Token, lex: dict[str, Any]) -> CountBound | None:
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return lex["verb_bounds"].get(verb.lemma_.lower()) if noun.dep_ in ("dobj", "attr", "pobj") else None


def extract_counts(doc: Doc, article: Article, actors: list[Actor], places: list[Place],
                   times: list[TimeExpression] | None = None) -> list[Count]:
    """Every count of people by category in the article, with its bound, whom it concerns, its
    status (current, historical, hypothetical) and the date of what it counts (from ``times``)."""
    lang = doc_language(doc)
    lex, nw, text = _lexicon(lang), load_numbers(lang=lang), doc_text(doc)
    counts: list[Count] = []
    separate: set[int] = set()  # starts of counts their clause marks as another event ("in a separate raid")
    spans = _number_spans(doc, nw)
    exact = {span.root.i: value for span, value, implied in spans if implied is None or implied == "exact"}
    for span, value, implied in spans:
        what, noun = _category(span.root, lex)
        if what is None or value <= 0:
            continue
        if noun.i != span.root.i:
            total = coordinated_total(noun, exact, lambda tok: _people(tok, lex))
            value = value if total is None else total
            if value <= 0:
                continue
        bound = _bound_before(span, lex["before"]) or implied or _verb_bound(span.root, noun, lex) or "exact"
        about, country = concerning(noun, span, places)
        sent, status = span.sent, count_status(noun, span, article.published, times)
        if _another_event(noun, lex):
            separate.add(span.start_char)
        counts.append(Count(id=f"C{len(counts) + 1}", article_id=article.id, what=what, value=value,
                            bound=bound, evidence=text[sent.start_char:sent.end_char].strip(), start=span.start_char,
                            end=span.end_char, about=about, about_country=country, date=status.date,
                            status=status.status))
    counts = _distinct(counts, headline_end(text, article.title), separate)
    LOGGER.debug("article %s: %d counts", article.id, len(counts))
    return counts


def _another_event(noun: Token, lex: dict[str, Any]) -> bool:
    """Whether the count's clause says its event is another one than those told before: "in a
    separate air strike", "in another attack", "in a second raid" (``separate_event_words``). Only a
    singular thing that is not people: "in separate attacks" sums them up, as a headline does, and "a
    second soldier" is one more person, not another event."""
    return any(t.dep_ in ("amod", "det") and t.lower_ in lex["separate_event_words"] and t.head.tag_ == "NN"
               and not _people(t.head, lex) for t in clause_verb(noun).subtree)


def _distinct(counts: list[Count], headline: int, separate: set[int]) -> list[Count]:
    """One count per category and value: a headline ("At least 12 killed in ...") and a lead that
    restate a toll report one figure, and the body's statement (its bound, its sentence) is kept.
    Counts of the same figure about different countries stay apart, and so does a count whose clause
    tells another event (``separate``, the starts of such counts: "in a separate raid")."""
    kept: list[Count] = []
    for count in sorted(counts, key=lambda c: (c.start < headline, c.start)):
        same = next((k for k in kept if (k.what, k.value) == (count.what, count.value) and (
            k.about_country is None or count.about_country is None or k.about_country == count.about_country)), None)
        if same is None or count.start in separate:
            kept.append(count)
    kept.sort(key=lambda c: c.start)
    for n, count in enumerate(kept, 1):
        count.id = f"C{n}"
    return kept


def attach_counts(counts: list[Count], events: list[Event]) -> None:
    """Set each count's ``event_id`` to the event reported in its sentence (the nearest trigger)."""
    for count in counts:
        same = [e for e in events if e.sentence_start <= count.start < e.sentence_end]
        if same:
            count.event_id = min(same, key=lambda e: abs(e.trigger_start - count.start)).id
