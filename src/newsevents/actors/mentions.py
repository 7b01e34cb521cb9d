"""Named spans that may be actors: spaCy's entities, corrected, plus knowledge-base names spaCy missed.

spaCy's small English model misses names ("Putin" at a headline's start, "IDF"), merges neighbours ("Sisi
Egypt's" as one organisation) and tags operations as organisations ("Operation Iron Swords"). The knowledge
base gazetteer (countries, organisations, seats of power, known people) is matched on the text, and where
it and spaCy disagree the rules below decide. Each span says what it is (``label``) and, for KB names, which
entry it is; whether a country or capital is used *as an actor* is decided by :func:`is_actor_use`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..datelines import OPENING_CHARS, find
from ..nlp import doc_language, doc_text
from ..places import word_class
from .columns import Columns
from .furniture import furniture_spans, inside
from .kb import KnowledgeBase
from .words import ActorWords, actor_words, phrase_pattern, without_article

LOGGER = logging.getLogger(__name__)


@dataclass
class NamedSpan:
    """A name in the text: ``label`` is COUNTRY, ORG, SEAT, PERSON, CAPITAL or NER_ORG."""

    span: Span
    label: str
    entry: Any = None
    source: str = "ner"

    @property
    def start(self) -> int:
        return self.span.start_char

    @property
    def end(self) -> int:
        return self.span.end_char


def span_text(span: Span) -> str:
    """``span.text``, cut from the Doc's cached text: spaCy joins the span's tokens anew on every access."""
    return doc_text(span.doc)[span.start_char:span.end_char]


@lru_cache(maxsize=8)
def _defined_acronym(introductions: frozenset[str]) -> re.Pattern[str]:
    """A name and the acronym it defines: "Reporters Without Borders (RSF)", or with one of the language's
    ``acronym_introductions`` between them ("..., known by its French acronym RSF", "known as RSF")."""
    return re.compile(rf"([A-Z][\w'’.-]*)(?:\s+\(|,? {phrase_pattern(introductions)} )([A-Z][A-Z&-]{{1,7}})\b")


def _redefined_acronyms(text: str, kb: KnowledgeBase) -> set[str]:
    """Acronyms of listed organisations that the article spells out, in brackets after a name, as another body
    ("Reporters Without Borders (RSF)" is not Sudan's Rapid Support Forces): no mention of them is that entry."""
    other = set()
    for match in _defined_acronym(kb.words.acronym_introductions).finditer(text):
        acronym = match.group(2)
        org = kb.org_aliases.get(acronym)
        if org is None:
            continue
        # apostrophes compared straight: the article may write "People’s" where the entry has "People's"
        before = text[max(0, match.start() - 90):match.end(1)].lower().replace("’", "'")
        if not any(form.lower().replace("’", "'") in before for form in [org.name, *org.aliases] if form != acronym):
            other.add(acronym)
    return other


def _gazetteer_spans(doc: Doc, kb: KnowledgeBase) -> list[NamedSpan]:
    found = []
    redefined = _redefined_acronyms(doc_text(doc), kb)
    for match in kb.gazetteer.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="strict")
        if span is None:  # the name ends inside a token ("UNSC-backed"): not a clean mention
            continue
        text = match.group()
        if text in redefined:
            continue
        if text in kb.org_aliases:
            found.append(NamedSpan(span, "ORG", kb.org_aliases[text], "kb"))
        elif text in kb.seats:
            found.append(NamedSpan(span, "SEAT", kb.seats[text], "kb"))
        elif text in kb.country_names:
            if span.start > 0 and f"{doc[span.start - 1].text} {text}" in kb.regions:
                continue  # "New Jersey" is a US state, not Jersey
            found.append(NamedSpan(span, "COUNTRY", kb.country_names[text], "kb"))
        elif text in kb.capitals:
            found.append(NamedSpan(span, "CAPITAL", kb.capitals[text], "kb"))
        else:
            found.append(NamedSpan(span, "PERSON", kb.person(text), "kb"))
    return found


def _split_trailing_country(ent: Span, kb: KnowledgeBase, cols: Columns) -> list[NamedSpan] | None:
    """"Sisi Egypt's" (one ORG) -> PERSON "Sisi" + COUNTRY "Egypt": a name glued to a following country."""
    tokens = [i for i in range(ent.start, ent.end) if cols.text[i] not in kb.words.possessive_markers]
    text = doc_text(ent.doc)
    if len(tokens) < 2:
        return None
    tail_end = cols.idx[tokens[-1]] + len(cols.text[tokens[-1]])
    for cut in range(1, len(tokens)):
        tail = text[cols.idx[tokens[cut]]:tail_end]
        if tail in kb.country_names and all(cols.is_title[i] for i in range(ent.start, tokens[cut])):
            head = ent.doc[ent.start: tokens[cut]]
            return [NamedSpan(head, "PERSON", kb.person(span_text(head))),
                    NamedSpan(ent.doc[tokens[cut]: tokens[-1] + 1], "COUNTRY", kb.country_names[tail])]
    return None


def _trim(ent: Span, kb: KnowledgeBase, cols: Columns) -> Span | None:
    """Cut what spaCy glues to a name: a leading "'s" or title ("Superintendent Jennifer McCormick": the title
    is read as a title), and after a person's possessive what follows it ("Holcomb's 2016")."""
    start, end = ent.start, ent.end
    titles = kb.title_words
    text, label = cols.text, ent.label_
    while start < end and (text[start] in kb.words.possessive_markers or cols.is_punct[start]
                           or (label == "PERSON" and end - start > 1 and cols.lower[start] in titles)):
        start += 1
    for i in range(start, end):
        if text[i] in kb.words.possessive_markers and (label == "PERSON" or i == end - 1):
            end = i
            break
    if start >= end or not any(cols.is_alpha[i] and (cols.is_title[i] or cols.is_upper[i]) for i in range(start, end)):
        return None
    return Span(ent.doc, start, end, label=label)


def _relabel(ent: Span, kb: KnowledgeBase, day: date | None, cols: Columns) -> str | None:
    """spaCy's label corrected by the KB: "Scholz" tagged GPE is a listed person, "Azerbaijani" or "Yerevan"
    tagged PERSON are a demonym or a capital, "Defence Ministry" tagged ORG is a role phrase (None: drop)."""
    written = span_text(ent)
    text = without_article(written, kb.definite_articles)
    label = ent.label_
    places = text in kb.country_names or text in kb.capitals or text in kb.demonyms or text in kb.regions
    words = text.split()  # "Kosovo Serbs" tagged PERSON or ORG: a people by where it lives (peoples.py reads it)
    people = len(words) == 2 and kb.country_of_word(words[0]) is not None and words[1] in kb.demonyms \
        and words[1].endswith("s")
    # "Tamil", "Indian Tamil" tagged PERSON or ORG: a people's word (``people_homes``, ``ethnic_groups``), maybe after
    # a demonym, which the role phrase it modifies reads ("Tamil rebels"), not a name
    people = people or (any(w in kb.people_homes or w in kb.ethnic for w in words)
                        and all(kb.group_of_word(w) is not None for w in words))
    if (label != "PERSON" and not places and text not in kb.org_aliases
            and all(cols.is_title[i] for i in range(ent.start, ent.end))
            and (kb.person(text) is not None or (len(ent) == 1 and kb.office_holder(text, day) is not None))):
        return "PERSON"
    if label == "ORG" and not places and text not in kb.org_aliases and _titled_name(ent, kb, cols):
        return "PERSON"  # "Vice-President Moody Awori" tagged ORG: a title of a person right before a bare name
    if label == "PERSON" and ent.start > 0 and cols.text[ent.start - 1].islower() and kb.org_types.get(
            cols.lower[ent.start - 1]) in ("PTY", "OPP"):
        return "ORG"  # "the Shi'ite Islamic movement Wafa": a body its type word names, not a person
    if label == "PERSON":
        if places or people or text.lower() in kb.actor_nouns:
            return "GPE" if text in kb.capitals else None
        if cols.text[ent.end - 1] in kb.place_words:
            return None  # "Kenyatta Avenue"
        if ent.end < len(cols.text) and cols.text[ent.end].title() in kb.place_words and cols.text[ent.end].islower():
            return None  # "Hoa Lo prison", "Khan Younis city": the name of a place written before its kind
    if label == "ORG" and (text.lower() in kb.actor_nouns or text in kb.demonyms or people):
        return None  # "Ugandan" alone tagged ORG: a demonym, read by the role phrase it modifies
    return label


def _titled_name(ent: Span, kb: KnowledgeBase, cols: Columns) -> bool:
    """Whether ``ent`` is two or three capitalised words, none a body's type word, with a person's title written
    just before it ("Vice-President X Y", "Judge X Y") and no type word just after ("President X Y Center")."""
    if not 2 <= len(ent) <= 3 or ent.start == 0 or not cols.is_title[ent.start - 1]:
        return False
    if any(not cols.is_title[i] or cols.lower[i] in kb.org_types for i in range(ent.start, ent.end)):
        return False
    if ent.end < len(cols.lower) and cols.lower[ent.end] in kb.org_types:
        return False
    before = [cols.lower[i] for i in range(max(0, ent.start - 3), ent.start)]
    return any(" ".join(before[k:]).replace(" - ", "-") in kb.titles for k in range(len(before)))


def _ner_spans(doc: Doc, kb: KnowledgeBase, day: date | None, cols: Columns) -> list[NamedSpan]:
    found = []
    for raw in doc.ents:
        if raw.label_ not in ("PERSON", "ORG", "GPE", "NORP", "FAC"):
            continue
        ent = _trim(raw, kb, cols)
        if ent is None:
            continue
        label = _relabel(ent, kb, day, cols)
        if label is None:
            LOGGER.debug("not an actor name: %r (%s)", span_text(ent), ent.label_)
            continue
        ent = Span(doc, ent.start, ent.end, label=label)
        written = span_text(ent)
        if cols.text[ent.start] in kb.not_actor_prefixes:
            LOGGER.debug("not an actor: %r", written)
            continue
        if label in ("ORG", "PERSON") and len(ent) > 1:
            split = _split_trailing_country(ent, kb, cols)
            if split:
                found.extend(split)
                continue
        text = without_article(written, kb.definite_articles)
        if label == "PERSON":
            person = kb.person(written) or (kb.office_holder(written, day) if len(ent) == 1 else None)
            found.append(NamedSpan(ent, "PERSON", person))
        elif label == "GPE" and text in kb.capitals:
            found.append(NamedSpan(ent, "CAPITAL", kb.capitals[text]))
        elif label in ("ORG", "FAC"):
            found.append(NamedSpan(ent, "NER_ORG", None))
    return found


def _typed_party_spans(doc: Doc, kb: KnowledgeBase, cols: Columns, gazetteer: list[NamedSpan]) -> list[NamedSpan]:
    """"the opposition Ennahda party", "the Gono Odhikar Parishad party": capitalised words before a lower-case
    party or movement word (``org_types`` of agent PTY or OPP) name an organisation, whatever spaCy made of
    them (often nothing, or a person); not a country, demonym or known name ("the Labour party" is spaCy's);
    so do capitalised words right after it, up to punctuation, that spaCy left untagged ("the movement Tajdeed,")."""
    known = {t for g in gazetteer for t in range(g.span.start, g.span.end)}
    found = []
    for i, word in enumerate(cols.text):
        if not word.islower() or kb.org_types.get(word) not in ("PTY", "OPP") or i == 0:
            continue
        j = i
        while (j > 0 and cols.pos[j - 1] == "PROPN" and cols.is_title[j - 1] and j - 1 not in known
               and cols.sent_start[j - 1] != j - 1 and not kb.country_of_word(cols.text[j - 1])):
            j -= 1
        if j < i:
            found.append(NamedSpan(doc[j:i + 1], "NER_ORG", None, "org_type"))
            continue
        k = i + 1  # "the Islamic movement Tajdeed,": the name right after the type word, closed by punctuation
        while (k < len(cols.text) and cols.pos[k] == "PROPN" and cols.is_title[k] and k not in known
               and doc[k].ent_type_ in ("", "ORG") and not kb.country_of_word(cols.text[k])):
            k += 1
        if i + 1 < k < len(cols.text) and cols.is_punct[k] and cols.lower[i - 1] not in kb.words.indefinite_articles:
            found.append(NamedSpan(doc[i + 1:k], "NER_ORG", None, "org_type"))
    return found


def _ner_wins(ner: NamedSpan, gaz: NamedSpan, kb: KnowledgeBase) -> bool:
    """A longer spaCy name around a KB country or capital is its own name ("Hong Kong Polytechnic University")."""
    if ner.label == "PERSON" and gaz.label == "PERSON":
        return len(ner.span) > len(gaz.span)
    if ner.label == "PERSON" and gaz.label == "ORG" and gaz.end == ner.end and ner.start < gaz.start:
        return all(t.is_title for t in ner.span)  # "Therese Kayikwamba Wagner" is not the Wagner Group
    inside = ner.start <= gaz.start and gaz.end <= ner.end
    extra = [t for t in ner.span if t.i < gaz.span.start or t.i >= gaz.span.end]
    possessive = kb.words.possessive_markers
    named_extra = [t for t in extra if t.lower_ not in kb.definite_articles and t.text not in possessive]
    if inside and gaz.label == "ORG" and ner.label == "NER_ORG" and any(
            t.i == gaz.span.start - 1 and t.lower_ in kb.words.narrowing_modifiers for t in named_extra):
        return True  # "National Security Council" is not the (UN) "Security Council" the KB lists
    return inside and gaz.label in ("COUNTRY", "CAPITAL") and bool(named_extra) and ner.label in ("NER_ORG", "PERSON")


def dateline(text: str, kb: KnowledgeBase) -> tuple[int, int, str | None, bool] | None:
    """The dateline of a story ("MAIDUGURI, Nigeria —"): its character span, its country, if known, and
    whether the line writes that country after its place (not only a date or an agency after a comma:
    "LIBREVILLE, June 1 (AFP) —", often a story filed from a neighbour's capital).

    Looked for at the start of one of the first lines (a headline may come first); the place must be written
    in capitals, or be followed by a known country, or be a known country or capital.
    """
    for line in find(text, OPENING_CHARS):
        place, country = line.place_text, line.country_text or ""
        if line.colon:
            # "New Delhi: The ministry said ...": only a known capital or country before a colon opens the
            # story; a headline has the same shape ("Analysis: ...")
            iso3 = kb.capitals.get(place) or kb.country_names.get(place)
            if iso3:
                return line.place[0], line.end, iso3, False
            continue
        title = place.title() if place.isupper() else place
        written = kb.country_names.get(country.title() if country.isupper() else country) if country else None
        iso3 = written or kb.country_names.get(title) or kb.capitals.get(title)
        if line.capitals or iso3:
            return line.place[0], line.end, iso3, written is not None
    return None


def named_spans(doc: Doc, kb: KnowledgeBase, day: date | None = None, cols: Columns | None = None) -> list[NamedSpan]:
    """Non-overlapping names, KB names first where spaCy's entity only wraps them; names in the dateline
    are places, not actors, and are left out."""
    gazetteer = _gazetteer_spans(doc, kb)
    ner = _ner_spans(doc, kb, day, cols or Columns(doc))
    line = dateline(doc_text(doc), kb)
    if line is not None:
        gazetteer = [g for g in gazetteer if not (line[0] <= g.start < line[1])]
        ner = [n for n in ner if not (line[0] <= n.start < line[1])]
    furniture = furniture_spans(doc_text(doc), kb)  # bylines, credits, headers: their names are no actors
    if furniture:
        gazetteer = [g for g in gazetteer if not inside(furniture, g.start)]
        ner = [n for n in ner if not inside(furniture, n.start)]
    redefined = _redefined_acronyms(doc_text(doc), kb)
    if redefined:  # "known by its French acronym RSF": the acronym is a body spelled out, never a person
        ner = [n for n in ner if not (n.label == "PERSON" and span_text(n.span).split()[-1] in redefined)]
    typed = _typed_party_spans(doc, kb, cols or Columns(doc), gazetteer)
    if typed:
        ner = [n for n in ner if not any(t.start < n.end and n.start < t.end for t in typed)]
        ner.extend(typed)
    kept: list[NamedSpan] = []
    bounds = [(g, g.start, g.end) for g in gazetteer]  # character offsets, read once
    for span in ner:
        start, end = span.start, span.end
        rivals = [g for g, g_start, g_end in bounds if g_start < end and start < g_end]  # overlapping KB names
        if rivals and not all(_ner_wins(span, g, kb) for g in rivals):
            continue
        if rivals:
            bounds = [b for b in bounds if b[0] not in rivals]
        kept.append(span)
    kept.extend(g for g, _, _ in bounds)
    return sorted(kept, key=lambda s: s.start)


def _presence_place(prep: Token, words: ActorWords) -> bool:
    """A preposition whose object is the country a verb of entering or leaving deals with ("into Haiti" after
    "sent troops", "from Lebanon" after "withdrew", "out of Gaza" after "pulled"): CAMEO codes that country as
    the target, unlike "talks in Moscow" or "fled from Syria"; only these prepositions, on the verb itself or
    on its object, where the parser often hangs them ("recalled its ambassador | from Canada")."""
    verb = prep.head
    if f"{verb.lower_} {prep.lower_}" in words.presence_particle_phrases and verb.dep_ in ("prt", "advmod", "prep"):
        verb = verb.head
    elif prep.lower_ not in words.presence_prepositions:
        return False
    if verb.dep_ == "dobj" and verb.pos_ in ("NOUN", "PROPN") and verb.i < prep.i:
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in words.presence_verbs


def _sender(prep: Token, words: ActorWords) -> bool:
    """"a quick response from the United States", "condemnation from Kenya": after a noun of a reaction or a
    message (``sender_nouns``) "from" names who sent it, not where someone comes from ("refugees from Syria")."""
    if prep.lower_ not in words.sender_prepositions or prep.head.i == prep.i:
        return False
    head = prep.head
    if head.pos_ in ("VERB", "AUX"):  # "drew criticism | from Kenya": the parser often hangs it on the verb
        return any(c.dep_ == "dobj" and c.i < prep.i and c.lower_ in words.sender_nouns for c in head.children)
    return head.pos_ == "NOUN" and head.lower_ in words.sender_nouns


def state_form_noun(token: Token) -> Token | None:
    """The noun of a state's form whose "of" object ``token`` is ("the Republic of Slovenia", "the Kingdom of
    Morocco"): the country's name written in full, the noun standing for the state."""
    prep = token.head
    words = actor_words(doc_language(token.doc))
    if token.dep_ != "pobj" or prep.lower_ not in words.genitive_prepositions or prep.head.i == prep.i:
        return None
    return prep.head if prep.head.lower_ in words.state_form_nouns else None


def is_actor_use(span: Span, strict: bool = False, org: bool = False) -> bool:
    """Whether a country, capital or seat of power acts in its sentence rather than being a place or modifier.

    ``strict`` (for capitals, which are more often places than governments) asks for a subject, object or
    possessor, or the object of a preposition of dealings ("talks with Washington"). ``org`` (an organisation's
    name): "from" and "of" give membership, not a place ("the mayor, from the opposition Party", "members of the
    Front"); "at", "in" still do ("protesters at Polytechnic University").
    """
    root = span.root
    dep = root.dep_
    if dep in ("compound", "amod", "nmod") and root.head.pos_ in ("NOUN", "PROPN"):
        return False
    if dep == "appos" and root.head.i != root.i and root.head.pos_ in ("NOUN", "PROPN"):
        # "in the Ethiopian capital, Addis Ababa": the name stands where the noun it renames stands
        return is_actor_use(span.doc[root.head.i: root.head.i + 1], strict, org)
    if dep == "pobj":
        prep = root.head.lower_
        words = actor_words(doc_language(span.doc))
        if (state := state_form_noun(root)) is not None:  # "the Republic of Slovenia defied ...": the noun acts
            return is_actor_use(span.doc[state.i:state.i + 1], strict, org)
        if _presence_place(root.head, words) or _sender(root.head, words):
            return True
        places = word_class("actor_place_prepositions", doc_language(span.doc))  # "talks in Moscow"
        if prep in places and not (org and prep in words.membership_prepositions):
            return False
        if prep in words.border_prepositions and root.head.head.lemma_.lower() in words.edge_nouns:
            return False  # "the border with Egypt": a place
        verb = root.head.head
        if prep in words.destination_prepositions and verb.lemma_ in words.motion_verbs:
            return False  # "travelled to Spain"; but "sent weapons to Taiwan" names a recipient
        if prep in words.destination_prepositions and verb.lemma_ in words.sending_verbs and any(
                c.dep_ == "dobj" and (c.pos_ == "PRON" or c.ent_type_ == "PERSON"
                                      or c.lemma_ in words.dispatched_people_nouns)
                for c in verb.children):
            return False  # "sent them to Qatar": people go to a place
        return prep in words.actor_prepositions or not strict
    if dep == "conj":
        head = root.head
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        return is_actor_use(span.doc[head.i: head.i + 1], strict, org)
    if strict:
        return dep in ("nsubj", "nsubjpass", "dobj", "poss", "agent", "appos")
    return dep not in ("npadvmod",)
