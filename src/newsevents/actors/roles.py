"""Roles from the text: titles before names, appositions, "X of Y ... respectively", bare role phrases.

All lexical knowledge (which words are titles, which nouns name actors, which agent code each gives) comes
from the knowledge base; the functions here read the words around a name or a noun and say what role and
country they give it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .columns import Columns
from .kb import KnowledgeBase
from .kb_entries import Organization, Seat
from .shared_roles import named_body_head
from .words import ActorWords

LOGGER = logging.getLogger(__name__)
_MAX_TITLE = 9
_STATE_AGENTS = {"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "SPY"}  # the agents of a state's own bodies


@dataclass
class RoleInfo:
    """What the words around a name say: a title, its agent code, a country, an organisation."""

    title: str | None = None
    agent: str | None = None
    country: str | None = None
    org: Organization | Seat | None = None
    former: bool = False
    start: int | None = None  # first token of the words read (for the mention's extent)
    core: int | None = None  # first token that says something (title, country, organisation, "former")
    org_tokens: set[int] = field(default_factory=set)
    topic: str | None = None  # a country the role is about ("Ukraine envoy"): never the person's own
    homes: tuple[str, ...] | None = None  # the countries whose institutions bear the title, its usual one first
    abroad: bool = False  # a title of one sent to another state ("special envoy"): never of the story's country
    office: bool = False  # a public office's title ("minister", "MP"): a party before it is not whom it serves


@lru_cache(maxsize=1 << 16)
def singular(word: str) -> str:
    """A plural role noun's singular ("presidents" -> "president", "ministries" -> "ministry"); cached, as
    the role-phrase scan asks it of nearly every word of an article."""
    lower = word.lower()
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if lower.endswith("men") and len(lower) > 4:
        return lower[:-3] + "man"  # "fishermen", "policemen"
    if lower.endswith("sses"):
        return lower[:-2]
    if lower.endswith("s") and not lower.endswith("ss"):
        return lower[:-1]
    return lower


def without_plural_s(word: str) -> str:
    """A plural title as written without its "s" ("Presidents" -> "President"; "Congress" stays), case kept."""
    return word.rstrip("s") if word.endswith("s") and not word.endswith("ss") else word


def find_title(words: list[str], kb: KnowledgeBase) -> tuple[int, int, str, str] | None:
    """The longest title phrase among ``words`` (lower-case): (start, end, phrase, agent), last one wins ties."""
    best = None
    for i in range(len(words)):
        for j in range(min(len(words), i + 5), i, -1):
            phrase = " ".join(words[i:j]).replace(" - ", "-")  # "Secretary-General" is three tokens
            agent = kb.titles.get(phrase) or kb.titles.get(" ".join([*words[i:j - 1], singular(words[j - 1])]))
            if agent and (best is None or j - i >= best[1] - best[0]):
                best = (i, j, phrase, agent)
                break
    return best


def read_role_words(tokens: list[Token], kb: KnowledgeBase, org_spans: dict[int, Organization | Seat]) -> RoleInfo:
    """Title, country, organisation and "former" among ``tokens`` (a title prefix or an apposition)."""
    info = RoleInfo(start=tokens[0].i if tokens else None)
    grammar = kb.words
    words = [t.lower_ for t in tokens]
    found = find_title(words, kb) or _phoenix_title(words, kb)
    core: list[int] = []
    if found:
        i, j, _phrase, agent = found
        while j - i > 1 and words[j - 1] in grammar.target_prepositions:
            j -= 1  # "ambassador to": the title is "Ambassador", whom it faces follows
        key = " ".join(words[i:j]).replace(" - ", "-")
        info.homes = kb.title_homes.get(key) or kb.title_homes.get(" ".join([*words[i:j - 1], singular(words[j - 1])]))
        info.abroad = key in kb.abroad_titles or singular(key) in kb.abroad_titles
        info.office = bool({key, singular(key), singular(words[j - 1])} & kb.public_offices)
        info.title = "".join(t.text[:1].upper() + t.text[1:] + t.whitespace_ for t in tokens[i:j]).strip()
        owned = i > 1 and tokens[i - 1].text in grammar.possessive_markers  # "the army's spokesman": "army spokesman"
        before = _serving_agent(words[i - 2] if owned else words[i - 1], kb) if i > 0 else None
        # "police spokeswoman", "army spokesman", "a rebel spokesman": the body the title serves gives the agent
        info.agent = before if before is not None and agent == "GOV" else agent
        if info.agent == "GOV" and before is None:  # "the head of the opposition Haq party": whose head
            info.agent = ("OPP" if not grammar.opposition_words.isdisjoint(words)
                          else ("PTY" if not grammar.party_words.isdisjoint(words)
                                else named_body_head(tokens, kb) or "GOV"))  # "the leader of the X Front"
        elif info.agent in ("LEG", "PTY") and not grammar.opposition_words.isdisjoint(words[:j]):
            info.agent = "OPP"  # "an opposition lawmaker", "opposition politician": Phoenix's OPPOSITION_MP (OPP)
        core.append(tokens[i - (2 if owned else 1)].i if before is not None else tokens[i].i)
    texts = [t.text for t in tokens]
    for i, tok in enumerate(tokens):
        if tok.lower_ in grammar.target_prepositions and i > 0:
            break  # "ambassador to the United Nations", "adviser on Russia": what follows is whom the role faces
        if tok.i in org_spans:
            info.org = org_spans[tok.i]
            info.org_tokens.add(tok.i)
            core.append(tok.i)
            continue
        for n in (3, 2, 1):
            iso3 = kb.country_of_word(" ".join(texts[i:i + n])) if i + n <= len(texts) else None
            topic = (iso3 is not None and i + n < len(words) and words[i + n] in kb.topic_titles
                     and " ".join(texts[i:i + n]) in kb.country_names
                     and not " ".join(texts[i:i + n]).replace(".", "").isupper())  # "U.S. envoy": a demonym's use
            if iso3 and topic:
                info.topic = iso3
            if iso3 and info.country is None and not topic:  # "Ukraine envoy Kurt Volker" is not Ukrainian
                info.country = iso3
                core.append(tok.i)
                break
        if tok.lower_ in grammar.former_words:
            info.former = True
            core.append(tok.i)
    if info.title is None and info.org is not None and not grammar.member_words.isdisjoint(words):
        info.title = "Member"  # "Haq member Abdul Jalil Singace": one of the body, coded as the body is
        info.agent = (getattr(info.org, "code", "") or "")[3:6] or None
    owner = getattr(info.org, "country", None)
    if owner and info.country and owner != info.country:
        info.country = owner  # "White House Russia adviser": the body served says whose official
    info.core = min(core) if core else None
    return info


def _serving_agent(word: str, kb: KnowledgeBase) -> str | None:
    """The agent of a body noun written before a government title ("army" MIL, "police" COP): a plural role
    noun's singular too ("rebel" as in "rebels" REB, "insurgent"), as the title serves that body, not a state."""
    noun = kb.actor_nouns.get(word) or kb.actor_nouns.get(f"{word}s")
    return noun.agent if noun is not None else None


def _phoenix_title(words: list[str], kb: KnowledgeBase) -> tuple[int, int, str, str] | None:
    """A Phoenix agent phrase among ``words``; a rank written before another word ("deputy associate
    administrator", "chief economist") ranks that word and is not the Phoenix noun ("deputy" COP)."""
    grammar = kb.words
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            phrase = " ".join([*words[i:j - 1], singular(words[j - 1])])
            if (phrase in grammar.title_ranks and j < len(words) and words[j].isalpha()
                    and words[j] not in grammar.target_prepositions and words[j] not in grammar.genitive_prepositions):
                continue
            if phrase in kb.phoenix_titles and kb.phoenix_titles[phrase] not in ("GOV",):
                return i, j, phrase, kb.phoenix_titles[phrase]
    return None


def title_prefix(doc: Doc, start: int, kb: KnowledgeBase, blocked: set[int],
                 org_spans: dict[int, Organization | Seat], cols: Columns | None = None) -> RoleInfo | None:
    """The title written before the name starting at token ``start`` ("Russian President" Vladimir Putin)."""
    words, grammar = kb.title_words, kb.words
    cols = cols or Columns(doc)
    text, lower, pos = cols.text, cols.lower, cols.pos
    i = start - 1
    while i >= 0 and start - i <= _MAX_TITLE:
        hyphen = text[i] == "-" and not cols.space[i - 1] and not cols.space[i] if i > 0 else False
        inside = lower[i] in kb.definite_articles and i > 0 and lower[i - 1] in grammar.genitive_prepositions \
            and cols.is_title[i + 1]  # "Chancellor of the Exchequer", "Speaker of the House": the title's own "the"
        # "Minister for Home Affairs": the office's portfolio, after a title word, as "Minister of Defence" is
        portfolio = lower[i] in grammar.portfolio_prepositions and i > 0 and lower[i - 1] in words \
            and cols.is_title[i - 1] and cols.is_title[i + 1]
        if (i in blocked or (cols.is_punct[i] and not hyphen) or cols.is_sent_end(i)
                or (lower[i] in kb.determiners and not inside)
                or (pos[i] in ("VERB", "AUX") and i not in org_spans)):  # a body's name the tagger took for a verb
            break
        capital = (cols.is_title[i] or cols.is_upper[i]) and pos[i] in ("PROPN", "NOUN", "ADJ")
        # "EU foreign policy chief": a lower-case modifier inside the name's own noun phrase
        inner = pos[i] in ("NOUN", "ADJ") and cols.dep[i] in ("compound", "amod") and i < cols.head[i] < start + 4
        ok = (capital or hyphen or inner or inside or portfolio or lower[i] in words
              or text[i] in grammar.possessive_markers
              or i in org_spans
              or lower[i] in grammar.tenure_words  # "longtime president Hosni Mubarak"
              or (i == start - 1 and lower[i] in kb.phoenix_titles)  # "Tunisian blogger Amina Trabelsi"
              or lower[i] in grammar.former_words or kb.country_of_word(text[i]))
        if not ok or (doc[i].tag_ == "NNS" and doc[i].lemma_.lower() in grammar.supporter_nouns):
            break  # "Supporters of President X": the people backing the person, not a title (supporters.py)
        if i == start - 1 and kb.country_names.get(text[i]) and not (
                i > 0 and lower[i - 1] in grammar.role_object_prepositions):
            break  # "... and Palestine Bashar al-Assad": a country right before a name is not its title
        i -= 1
    tokens = list(doc[i + 1: start])
    while tokens and tokens[0].text in kb.words.possessive_markers:
        tokens = tokens[1:]
    if not tokens:
        return None
    info = read_role_words(tokens, kb, org_spans)
    return info if (info.title or info.country or info.org) else None


def apposition(doc: Doc, span: Span, kb: KnowledgeBase, org_spans: dict[int, Organization | Seat],
               cols: Columns | None = None) -> RoleInfo | None:
    """"Ahmad Lawan, the Senate leader," / "Israel's prime minister, Benjamin Netanyahu": a role beside a name."""
    cols = cols or Columns(doc)
    text, pos, grammar = cols.text, cols.pos, kb.words
    sent_start, sent_end = cols.sent_start[span.start], cols.sent_end[span.start]  # span.sent
    after = span.end
    if after < sent_end and text[after] == ",":
        k = after + 1
        while k < min(sent_end, after + 14) and not (
                text[k] in (",", ".", ";", ":", "(", ")", "—", "–")
                or (pos[k] in ("VERB", "AUX") and cols.lower[k] not in kb.title_words)  # "the Charge d'Affaires"
                or cols.lower[k] in grammar.relative_pronouns):
            k += 1
        info = _role_np(list(doc[after + 1: k]), kb, org_spans)
        if info:
            return info
    if (after + 1 < sent_end and cols.lower[after] in grammar.genitive_prepositions
            and (iso3 := kb.country_of_word(text[after + 1]))):
        return RoleInfo(country=iso3, start=after, core=after + 1)  # "Senator Maria Delgado of Arizona"
    before = span.start - 1
    if before > sent_start and text[before] == ",":
        k = before
        while k > max(sent_start, before - 12) and not (
                text[k - 1] in (",", ".", ";", ":", "(", ")") or pos[k - 1] in ("VERB", "AUX")
                or cols.lower[k - 1] in grammar.and_conjunctions
                or cols.lower[k - 1] in grammar.or_conjunctions):  # "Lavrov and his Japanese counterpart, Motegi"
            k -= 1
        return _role_np(list(doc[k: before]), kb, org_spans)
    return None


def _role_np(tokens: list[Token], kb: KnowledgeBase, org_spans: dict[int, Organization | Seat]) -> RoleInfo | None:
    """An apposition's noun phrase, accepted when it opens with a determiner or possessor and holds a title."""
    if not tokens:
        return None
    first, grammar = tokens[0].lower_, kb.words
    bare_title = first in kb.title_words or (first in grammar.title_ranks and len(tokens) > 1 and (
        tokens[1].lower_ in kb.title_words or tokens[1].lower_ in kb.phoenix_titles))
    if not (first in kb.determiners or first in grammar.possessive_pronouns or first in grammar.shared_words
            or any(t.text in kb.words.possessive_markers for t in tokens[:4]) or kb.country_of_word(tokens[0].text)
            or bare_title):  # "Avi Bell, senior fellow at ...", "X and Y, both professors at ..."
        return None
    doc = tokens[0].doc
    if any(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" and t.i not in org_spans
           and not (t.i + 1 < len(doc) and doc[t.i + 1].text in kb.words.possessive_markers) for t in tokens):
        return None  # another person's name; but "Carlineo's attorney" is a role
    info = read_role_words(tokens, kb, org_spans)
    if info.title and (owner := private_owner(tokens, kb)) is not None:
        # "the company's president" BUS, "the group's representative in Turkey": the owner's officer, of no
        # state; an owner of unknown kind gives no role at all
        if not owner:
            return None
        info.agent, info.country = owner, None
    return info if info.title else None


def private_owner(tokens: list[Token], kb: KnowledgeBase) -> str | None:
    """The agent ("" when unknown) of a common-noun possessor a title belongs to when it names a private body
    ("the company's president" BUS, "the group's representative"), or None when the owner is a state's ("the
    ministry's", "the army's", "the country's"), a person's, not a known kind of body, or absent."""
    for k, tok in enumerate(tokens[1:4], start=1):
        if tok.text not in kb.words.possessive_markers:
            continue
        owner = tokens[k - 1]
        word = owner.lower_
        if owner.pos_ != "NOUN" or not owner.is_lower or kb.country_of_word(owner.text):
            return None
        agent = ((kb.actor_nouns[word].agent if word in kb.actor_nouns else None) or kb.org_types.get(word)
                 or kb.sector_words.get(word) or kb.phoenix_titles.get(word))
        if agent is None and word in kb.descriptors:
            return ""  # "the group's representative": a body whose kind is not told
        if agent is None or agent in _STATE_AGENTS or singular(word) in kb.titles:
            return None  # "the ministry's spokesman", "the army's", "the country's president": a state's own
        return agent
    return None


def _proper(cols: Columns, words: ActorWords, i: int) -> bool:
    """Whether token ``i`` may be part of a proper name: capitalised, no word, or a lower-case word written
    inside names (``name_link_words``: "Ministry of Water")."""
    return bool(cols.is_title[i] or cols.is_upper[i] or not cols.is_alpha[i] or cols.lower[i] in words.name_link_words)


def org_type(cols: Columns, kb: KnowledgeBase, start: int, end: int,
             named: list[str]) -> tuple[str | None, str | None, str | None, int]:
    """The type of an unlisted organisation named by tokens ``start..end``: (type word, agent, country, first
    token of its mention: the modifiers it is written with, "the Shi'ite opposition Haq party", belong to it).

    From its own last words (``named``: its lower-case words before any "of"): "the Ministry of Water", "Workers'
    Front", also with the type word in lower case after a capitalised name ("the Haq party"); else from the noun
    phrase right before it, joined by a comma, "known as" or "called" ("Bahrain's main opposition party, Wefaq",
    "a gang known as 400 Mawozo", "private broadcaster NTV"), whose possessor or demonym gives the country.
    "opposition" before a party makes it the opposition (OPP): "the main opposition Republican People's Party".
    """
    type_word = next((w for w in (" ".join(named[-2:]), named[-1]) if w in kb.org_types), None) if named else None
    last = end - 1 if type_word == named[-1] == cols.lower[end - 1] and end - start > 1 else end  # "the Haq party"
    if type_word and not all(_proper(cols, kb.words, i) for i in range(start, last)):
        type_word = None  # "said the government": a role phrase, not a name
    words, country, first = _words_before(cols, kb, start, descriptor=type_word is None)
    if type_word is None:
        type_word = next((w for w in (" ".join(words[-2:]), words[-1] if words else "") if w in kb.org_types), None)
    if type_word is None:
        return None, None, None, start
    agent = kb.org_types[type_word]
    if agent == "MIL" and not kb.words.movement_name_words.isdisjoint(named):
        agent = "REB"  # "the Allied Democratic Forces": a movement's forces, not a state's (movement_name_words)
    if type_word in kb.org_types_sector:
        agent = _sector_agent(kb, [*named, *words], type_word) or agent
    if agent == "PTY" and not kb.words.opposition_words.isdisjoint(words):
        agent = "OPP"
    if first > 0 and cols.lower[first - 1] in kb.definite_articles:
        first -= 1
    return type_word, agent, country, first


def _sector_agent(kb: KnowledgeBase, words: list[str], type_word: str) -> str | None:
    """The agent of a sector word in a generic body's name ("the American Farm Bureau" AGR, "the Business
    Council" BUS): a bureau or council is a state's only when no such word says whom it serves."""
    return next((kb.sector_words[w] for w in words if w != type_word and w in kb.sector_words), None)


def _introduction_before(cols: Columns, words: ActorWords, j: int) -> int:
    """The number of tokens of a name introduction (``name_introductions``, "known as") ending at token ``j``,
    0 when none does."""
    for phrase in words.name_introductions:
        parts = phrase.split()
        if j >= len(parts) - 1 and cols.lower[j - len(parts) + 1:j + 1] == parts:
            return len(parts)
    return 0


def _words_before(cols: Columns, kb: KnowledgeBase, start: int,
                  descriptor: bool) -> tuple[list[str], str | None, int]:
    """The lower-case words of the modifiers right before a name (or, for ``descriptor``, of the noun phrase
    that introduces it: "party, Wefaq", "gang known as X", "broadcaster NTV"), a country they name, and the
    first token of the name's mention (the modifiers', unless a comma or "known as" stands between)."""
    j = start - 1
    introduction = _introduction_before(cols, kb.words, j) if descriptor else 0
    if introduction:
        j -= introduction  # "a gang known as 400 Mawozo"
    elif descriptor and j >= 0 and (cols.lower[j] in kb.words.naming_words or cols.lower[j] == ","):
        j -= 1
    words: list[str] = []
    country = None
    possessive = kb.words.possessive_markers
    k = j
    while k >= 0 and j - k < 6 and cols.sent_start[k] == cols.sent_start[start] and (
            cols.pos[k] in ("ADJ", "NOUN", "PROPN") or cols.text[k] in possessive or cols.text[k] == "-"
            or (cols.pos[k] == "VERB" and cols.dep[k] == "amod")):  # "Ohio-based": where an organisation sits
        if cols.text[k] in possessive and not (k > 0 and kb.country_of_word(cols.text[k - 1])):
            break  # "Modi's ruling Bharatiya Janata Party": a person's possessive is another actor
        if cols.text[k] not in possessive:
            words.insert(0, cols.lower[k])
            country = country or kb.country_of_word(cols.text[k])
        k -= 1
    return words, country, (k + 1 if j == start - 1 and words else start)
