"""One role noun read in its phrase: which listed noun or title starts at a token, and the countries and
organisation the words around it name ("London-based Syrian activists", "the presidents of Syria and Iran").

phrases.py decides which phrases are actors and of what kind; this module only reads the noun and its
modifiers, which every kind of role phrase (offices, peoples, counted groups) does the same way. It stands
apart so that the phrase rules read as rules, and the word-level reading can be checked on its own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..model import ActorKind
from .columns import Columns
from .kb import KnowledgeBase
from .mentions import NamedSpan
from .roles import singular
from .words import ActorWords

_MODIFIER_POS = {"DET", "ADJ", "PROPN", "NOUN", "PUNCT", "PART", "NUM"}  # "14 Belarusian officials"
_QUOTES = {"“", "”", '"', "‘", "’", "'"}


def _qualified_agent(cols: Columns, i: int, kb: KnowledgeBase, own: str = "GOV") -> str | None:
    """The agent a modifier gives a plural government or military noun (whose agent is ``own``), from the
    Phoenix agents dictionary: "religious leaders" REL, "business leaders" BUS, "opposition forces" OPP,
    "rebel forces" REB; not the government's leaders or the state's forces ("armed forces" MIL)."""
    if i < 2 or cols.dep[i - 1] not in ("amod", "compound") or cols.head[i - 1] != i:
        return None
    if not kb.group_of_word(cols.text[i - 2]):
        return None  # only with a people of its own ("Nigerian religious leaders"): a context's country is a guess
    modifier = cols.lower[i - 1]
    agent = (kb.phoenix_titles.get(f"{modifier} {cols.lower[i]}")
             or kb.phoenix_titles.get(f"{modifier} {singular(cols.lower[i])}"))
    return agent if agent and agent != own else None


def match_noun(doc: Doc, i: int, kb: KnowledgeBase,
               cols: Columns | None = None) -> tuple[int, str, str, ActorKind, bool] | None:
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
        if phrase in kb.actor_nouns and not (n == 1 and phrase in kb.noun_qualified_nouns and i > 0
                                             and cols.head[i - 1] == i and cols.dep[i - 1] == "compound"
                                             and cols.pos[i - 1] == "NOUN"):
            noun = kb.actor_nouns[phrase]
            if (n == 1 and noun.agent in ("GOV", "MIL") and cols.tag[i] == "NNS"
                    and (qualified := _qualified_agent(cols, i, kb, noun.agent))):
                return i + 1, phrase, qualified, "group", False
            return i + n, phrase, noun.agent, noun.kind, False
        last = i + n - 1  # "rebel positions", "army bases": a singular role noun naming the possessor
        if (f"{phrase}s" in kb.actor_nouns and cols.dep[last] == "compound"
                and cols.lower[cols.head[last]] in kb.possessed_nouns):
            noun = kb.actor_nouns[f"{phrase}s"]
            return i + n, phrase, noun.agent, noun.kind, False
        sing = " ".join([*words[:-1], singular(words[-1])])
        if (sing != phrase and sing in kb.titles and i + n < size
                and cols.lower[i + n] in kb.words.genitive_prepositions):
            return i + n, phrase, kb.titles[sing], "person", False
        if n > 1 and sing != phrase and kb.titles.get(sing, "GOV") != "GOV" and cols.tag[i + n - 1] == "NNS":
            # "opposition leaders", "rebel leaders": a plural title of two or more words is a group of its agent;
            # government ones ("the two countries' prime ministers, A and B") are the persons named beside them
            return i + n, phrase, kb.titles[sing], "group", False
        if phrase in kb.titles and cols.tag[i + n - 1] == "NN":
            return i + n, phrase, kb.titles[phrase], "person", True
    return None


def phoenix_group(cols: Columns, i: int, kb: KnowledgeBase) -> tuple[int, str, str] | None:
    """A plural noun the Phoenix agents dictionary (or the occupations list) knows ("farmers", "nurses",
    "prison guards"): (end, phrase, agent). Such a group is an actor only with a country or people of its own
    ("Indian farmers"), as the dictionary's nouns are broad."""
    size = len(cols.lower)
    for n in (3, 2, 1):
        if i + n > size or cols.tag[i + n - 1] not in ("NNS", "NNPS"):
            continue
        words = cols.lower[i:i + n]
        sing = " ".join([*words[:-1], singular(words[-1])])
        agent = kb.phoenix_titles.get(sing)
        if agent and agent != "GOV" and singular(words[-1]) not in kb.not_people:
            return i + n, " ".join(words), agent
    if cols.tag[i] in ("NNS", "NNPS"):
        for n in (3, 2):  # the entry may end on the plural: "military advisers" (MIL), "Cuban military advisers"
            if i - n + 1 < 0 or cols.sent_start[i - n + 1] != cols.sent_start[i]:
                continue
            words = cols.lower[i - n + 1:i + 1]
            agent = kb.phoenix_titles.get(" ".join([*words[:-1], singular(words[-1])]))
            if agent and agent != "GOV" and singular(words[-1]) not in kb.not_people:
                return i + 1, " ".join(words), agent
    return None


def left_modifiers(doc: Doc, i: int, kb: KnowledgeBase, names: dict[int, NamedSpan],
                   cols: Columns) -> tuple[int, list[tuple[str, Span]], object | None]:
    """Walk left from a role noun over its modifiers: the mention's start, countries named, an organisation."""
    countries: list[tuple[str, Span]] = []
    org = None
    j = i - 1
    start = i
    sent_start = cols.sent_start
    while j >= 0 and sent_start[j] == sent_start[i]:
        named = names.get(j)
        if named is not None and named.label not in ("COUNTRY", "CAPITAL", "SEAT") and _hyphen_glued(cols, j, start):
            start = named.span.start  # "the APC-dominated state government": a name inside a hyphenated word
            j = start - 1
            continue
        if named is not None:
            if named.label in ("COUNTRY", "CAPITAL") or (named.label == "SEAT"):
                iso3 = named.entry if named.label != "SEAT" else named.entry.country
                end = named.span.end
                if not (_based_in(cols, end, kb.words) or stance_prefixed(cols, end - 1, kb.words)
                        or backed_by(cols, end, kb.words)):
                    countries.insert(0, (iso3, named.span))  # "London-based Syrian activists" are Syrian
            elif named.label == "ORG" or (named.label == "NER_ORG" and named.entry is not None):
                org = named.entry
            else:
                break
            j = named.span.start - 1
            start = named.span.start
            continue
        text, pos, dep, lower = cols.text[j], cols.pos[j], cols.dep[j], cols.lower[j]
        pair = (kb.group_of_word(f"{cols.text[j - 1]} {text}")
                if j > 0 and cols.is_alpha[j - 1] and sent_start[j - 1] == sent_start[i] else None)
        if pair:  # "South African students", "North Korean state media"
            countries.insert(0, (pair, doc[j - 1:j + 1]))
            start = j - 1
            j -= 2
            continue
        iso3 = kb.group_of_word(text)
        if iso3 and iso3 not in kb.countries and _hyphen_glued(cols, j, start):
            iso3 = None  # "the Sunni-led government": led by that people, not theirs
        if iso3 and (stance_prefixed(cols, j, kb.words) or backed_by(cols, j + 1, kb.words)):
            iso3 = None  # "Anti-American students", "pro-Russian separatists", "Iranian-backed militias": not of it
        if not iso3 and _hyphen_glued(cols, j, start):
            start = j  # "Republican-dominated", "high-ranking", "self-declared": one word written with a hyphen
            j -= 1
            continue
        if iso3:
            countries.insert(0, (iso3, doc[j:j + 1]))
        elif ((lower == "," or lower in kb.words.and_conjunctions) and countries and j > 0
              and sent_start[j - 1] == sent_start[i]
              and (kb.group_of_word(cols.text[j - 1])
                   or (j > 1 and sent_start[j - 2] == sent_start[i]
                       and kb.group_of_word(f"{cols.text[j - 2]} {cols.text[j - 1]}")))):
            j -= 1  # "Indian and Pakistani troops", "South Korean and American troops": a list of demonyms, one
            # actor per country (a two-word one is read by the pair rule above)
            continue
        elif (pos not in _MODIFIER_POS and not (pos == "VERB" and dep == "amod")) or (
                cols.is_punct[j] and text not in _QUOTES and text != "-"):
            break  # a participle modifier belongs to the phrase: "suspected jihadist militants"
        elif (pos in ("NOUN", "PROPN") and dep not in ("compound", "poss", "amod", "nmod")
              and text not in kb.words.possessive_markers):
            break
        if pos == "DET" and lower not in kb.definite_articles:
            break  # "some protesters": the mention is "protesters"
        start = j
        if lower in kb.determiners:
            break
        j -= 1
    while start < i and cols.is_punct[start]:
        start += 1  # "UPDATE - Turkish foreign minister": a dash before the phrase is not part of it
    # "Bosnian Serb forces": a kin people after the country it lives in is that country's, not its namesake's
    countries = [(iso3, span) for iso3, span in countries
                 if not (span.start > 0 and kb.kin_home(cols.text[span.start - 1], span.text))]
    if any(iso3 in kb.countries for iso3, _ in countries):
        # "Iraq's Sunni finance minister", "Iraqi Kurdish rebels": the state's; the people only describes them
        countries = [(iso3, span) for iso3, span in countries if iso3 in kb.countries]
    if any(span.text not in kb.people_homes for _, span in countries):
        # "Indian Tamil politicians": the state written wins over the one a people's home gives
        countries = [(iso3, span) for iso3, span in countries if span.text not in kb.people_homes]
    return start, countries, org


def _hyphen_glued(cols: Columns, j: int, start: int) -> bool:
    """Whether token ``j`` is the first part of a hyphenated modifier whose rest already opens the phrase
    ("Republican" of "Republican-dominated state government"): a word is not cut in half, whatever its tag."""
    return (start == j + 1 and cols.text[j + 1] == "-" and not cols.space[j] and not cols.space[j + 1]
            and bool(cols.is_alpha[j]))


def right_demonyms(cols: Columns, i: int, end: int, kb: KnowledgeBase) -> tuple[int, list[tuple[str, int]]]:
    """Adjectives of nationality after the role noun, in languages that put them there ("la police
    française", "les autorités allemandes"): the phrase's new end and each country with its token.
    A word counts only as an adjective of the noun (``amod``) that the knowledge base knows."""
    found: list[tuple[str, int]] = []
    k = end
    while (k < len(cols.lower) and cols.head[k] == end - 1 and cols.dep[k] == "amod"
           and cols.sent_start[k] == cols.sent_start[i]):
        iso3 = kb.group_of_word(cols.text[k])
        if iso3 is None:
            break
        found.append((iso3, k))
        k += 1
    return k, found


def _based_in(cols: Columns, k: int, words: ActorWords) -> bool:
    """Whether "-based" follows token ``k - 1``: the place names where a group sits, not its people."""
    return k + 1 < len(cols.lower) and cols.lower[k] == "-" and cols.lower[k + 1] in words.based_words


def backed_by(cols: Columns, k: int, words: ActorWords) -> bool:
    """Whether the name ending before token ``k`` is glued by hyphens to a participle of backing, maybe
    through other glued names ("Saudi-UAE-backed", "Iranian-backed"; ``backer_words``): a backer from
    outside, not the body's own country."""
    while k + 1 < len(cols.lower) and cols.lower[k] == "-" and not cols.space[k - 1] and not cols.space[k]:
        if cols.lower[k + 1] in words.backer_words:
            return True
        k += 2  # past one more glued name: "Saudi" of "Saudi-UAE-backed"
    return False


def stance_prefixed(cols: Columns, k: int, words: ActorWords) -> bool:
    """Whether "anti-" or "pro-" is written just before token ``k`` (the last token of a country's name,
    which the tagger may take with its prefix, "Pro-Russian"): the country it names is what the group
    opposes or supports ("anti-Israel demonstrators", "pro-Russian separatists"), not the group's own."""
    return k >= 2 and cols.lower[k - 1] == "-" and cols.lower[k - 2] in words.stance_prefixes


def of_countries(doc: Doc, end: int, names: dict[int, NamedSpan], kb: KnowledgeBase) -> list[tuple[str, Span]]:
    """Countries in "of Syria, Iran, Egypt and Palestine" / "in Hong Kong" right after a role noun."""
    if end >= len(doc) or doc[end].lower_ not in kb.of_words:
        return []
    found = []
    k = end + 1
    while k < len(doc):
        named = names.get(k)
        if named is not None and named.label == "COUNTRY":
            found.append((named.entry, named.span))
            k = named.span.end
            continue
        if doc[k].text == "," or doc[k].lower_ in kb.words.and_conjunctions or doc[k].lower_ in kb.definite_articles:
            k += 1
            continue
        break
    return found
