"""Role phrases that are actors by themselves ("protesters", "the Israeli government", "the presidents of
Syria, Iran, Egypt and Palestine") and the "X of Y, Z ... A, B, respectively" pairing of names to countries.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from .columns import Columns
from .kb import KnowledgeBase
from .mentions import POSSESSIVE, NamedSpan
from .roles import DETERMINERS, singular

LOGGER = logging.getLogger(__name__)
_MODIFIER_POS = {"DET", "ADJ", "PROPN", "NOUN", "PUNCT", "PART", "NUM"}  # "14 Belarusian officials"
_QUOTES = {"“", "”", '"', "‘", "’", "'"}


@dataclass
class RolePhrase:
    """A noun phrase naming an actor by its role; ``countries`` pairs each country with the tokens naming it."""

    start: int  # first token of the mention (determiner included)
    end: int  # token after the head noun
    head_start: int
    agent: str
    kind: str
    noun: str  # the role noun as written ("presidents")
    countries: list[tuple[str, Span | None]] = field(default_factory=list)
    org: object | None = None
    singular_title: bool = False  # "the Russian leader": one person, to be linked to a named one


def _match_noun(doc: Doc, i: int, kb: KnowledgeBase,
                cols: Columns | None = None) -> tuple[int, str, str, str, bool] | None:
    """The longest role phrase starting at token ``i``: (end, phrase, agent, kind, is_singular_title)."""
    cols = cols or Columns(doc)
    size = len(cols.lower)
    for n in (3, 2, 1):
        if i + n > size:
            continue
        if cols.pos[i + n - 1] not in ("NOUN", "PROPN"):
            continue
        words = cols.lower[i:i + n]
        phrase = " ".join(words)
        if phrase in kb.actor_nouns:
            noun = kb.actor_nouns[phrase]
            return i + n, phrase, noun.agent, noun.kind, False
        sing = " ".join([*words[:-1], singular(words[-1])])
        if sing != phrase and sing in kb.titles and i + n < size and cols.lower[i + n] == "of":
            return i + n, phrase, kb.titles[sing], "person", False
        if phrase in kb.titles and cols.tag[i + n - 1] == "NN":
            return i + n, phrase, kb.titles[phrase], "person", True
    return None


def _left_modifiers(doc: Doc, i: int, kb: KnowledgeBase, names: dict[int, NamedSpan],
                    cols: Columns) -> tuple[int, list[tuple[str, Span]], object | None]:
    """Walk left from a role noun over its modifiers: the mention's start, countries named, an organisation."""
    countries: list[tuple[str, Span]] = []
    org = None
    j = i - 1
    start = i
    sent_start = cols.sent_start
    while j >= 0 and sent_start[j] == sent_start[i]:
        named = names.get(j)
        if named is not None:
            if named.label in ("COUNTRY", "CAPITAL") or (named.label == "SEAT"):
                iso3 = named.entry if named.label != "SEAT" else named.entry.country
                countries.insert(0, (iso3, named.span))
            elif named.label == "ORG":
                org = named.entry
            else:
                break
            j = named.span.start - 1
            start = named.span.start
            continue
        text, pos, dep, lower = cols.text[j], cols.pos[j], cols.dep[j], cols.lower[j]
        iso3 = kb.country_of_word(text)
        if iso3:
            countries.insert(0, (iso3, doc[j:j + 1]))
        elif (pos not in _MODIFIER_POS and not (pos == "VERB" and dep == "amod")) or (
                cols.is_punct[j] and text not in _QUOTES and text != "-"):
            break  # a participle modifier belongs to the phrase: "suspected jihadist militants"
        elif pos in ("NOUN", "PROPN") and dep not in ("compound", "poss", "amod", "nmod") and text not in POSSESSIVE:
            break
        if pos == "DET" and lower != "the":
            break  # "some protesters": the mention is "protesters"
        start = j
        if lower in DETERMINERS:
            break
        j -= 1
    return start, countries, org


def _of_countries(doc: Doc, end: int, names: dict[int, NamedSpan]) -> list[tuple[str, Span]]:
    """Countries in "of Syria, Iran, Egypt and Palestine" / "in Hong Kong" right after a role noun."""
    if end >= len(doc) or doc[end].lower_ not in ("of", "in"):
        return []
    found = []
    k = end + 1
    while k < len(doc):
        named = names.get(k)
        if named is not None and named.label == "COUNTRY":
            found.append((named.entry, named.span))
            k = named.span.end
            continue
        if doc[k].text == "," or doc[k].lower_ in ("and", "the"):
            k += 1
            continue
        break
    return found


def _not_an_actor(doc: Doc, i: int, end: int, kb: KnowledgeBase) -> bool:
    """"on social media" (a phrase listed as no actor) and "told reporters" (the audience of a speech verb)."""
    if i > 0 and f"{doc[i - 1].lower_} {doc[i:end].text.lower()}" in kb.not_actor_phrases:
        return True
    head = doc[end - 1]
    verb = head.head
    return head.dep_ in ("dobj", "dative") and verb.lemma_.lower() in kb.audience_verbs and end - i == 1 and (
        i == 0 or doc[i - 1].pos_ not in ("ADJ", "PROPN"))


def role_phrases(doc: Doc, kb: KnowledgeBase, names: dict[int, NamedSpan], blocked: set[int],
                 cols: Columns | None = None) -> list[RolePhrase]:
    """Every role phrase in ``doc`` outside names and title prefixes (``blocked`` tokens)."""
    found: list[RolePhrase] = []
    cols = cols or Columns(doc)
    # words a role phrase may start with: the first word of a listed role noun or title, or a plural title;
    # the other tokens (most) are spared the phrase look-ups of _match_noun (a word holding a space is not)
    first, titles = kb.role_first_words, kb.titles
    starters = {word for word in set(cols.lower) if word in first or " " in word or singular(word) in titles}
    free = 0  # tokens before this one belong to a phrase already read
    for i in [i for i, word in enumerate(cols.lower) if word in starters]:
        if i < free or i in blocked or i in names:
            continue
        match = _match_noun(doc, i, kb, cols)
        if not match:
            continue
        end, _phrase, agent, kind, single = match
        free = end
        head = cols.head[end - 1]
        if cols.dep[end - 1] in ("compound", "amod") and cols.pos[head] in ("NOUN", "PROPN") and head >= end:
            continue  # "police source", "military units": the role noun only modifies another noun
        if _not_an_actor(doc, i, end, kb):
            continue
        start, countries, org = _left_modifiers(doc, i, kb, names, cols)
        of_list = _of_countries(doc, end, names)
        if single and not countries and not (start < i and cols.lower[start] == "the"):
            continue
        found.append(RolePhrase(start=start, end=end, head_start=i, agent=agent, kind=kind, noun=doc[i:end].text,
                                countries=countries + of_list, org=org, singular_title=single))
    return found


def respectively_pairs(doc: Doc, phrases: list[RolePhrase],
                       persons: list[NamedSpan]) -> list[tuple[RolePhrase, int, NamedSpan]]:
    """(phrase, country index, person) for "the presidents of A, B and C ... X, Y and Z, respectively"."""
    pairs = []
    for phrase in phrases:
        if len(phrase.countries) < 2:
            continue
        sent = doc[phrase.head_start].sent
        if not any(t.lower_ == "respectively" for t in sent):
            continue
        last_country = phrase.countries[-1][1]
        after = last_country.end if last_country is not None else phrase.end
        names = [p for p in persons if p.span.start >= after and p.span.end <= sent.end]
        respectively = next(t.i for t in sent if t.lower_ == "respectively")
        names = [p for p in names if p.span.end <= respectively]
        if len(names) != len(phrase.countries):
            LOGGER.debug("respectively: %d countries but %d names", len(phrase.countries), len(names))
            continue
        pairs.extend((phrase, k, person) for k, person in enumerate(names))
    return pairs
