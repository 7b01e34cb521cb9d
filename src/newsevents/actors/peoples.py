"""A people standing for its country: "the Palestinians said", "talks between the Israelis and the Syrians".

A bare plural demonym, alone or after "the", where it acts (subject, object, agent, possessor, or the object of
a preposition of dealings) is coded as the country itself, as the Phoenix country dictionaries code
"PALESTINIANS" or "ISRAELIS" (the bare ISO3: the state and its people alike). A count or description before it
("300 Indians", "seven detained Americans") makes them civilians instead (``phrases._people_groups``). A people
that is no state (``ethnic_groups``: "the Kurds", "Sunnis") is coded with its own CAMEO code the same way.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..nlp import doc_text
from .candidates import Cand
from .columns import Columns
from .kb import KnowledgeBase
from .mentions import is_actor_use
from .roles import singular


def people_as_country(doc: Doc, kb: KnowledgeBase, cols: Columns, taken: set[int],
                      story: str | None = None, named_states: frozenset[str] = frozenset()) -> list[Cand]:
    """Country candidates for bare plural demonyms outside ``taken`` tokens (names, role phrases, titles).

    A people living in another country is that country's people, not a state: after the country's name or
    demonym ("Kosovo Albanians", "the Moldova Russians"), or, for a kin people (``kin_peoples``) written alone,
    where the story's country (``story``) is another one and the article never names the namesake state
    (``named_states``): "the Serbs shelled the town" in a story from Sarajevo that never names Serbia."""
    cands = []
    for i, tag in enumerate(cols.tag):
        if tag not in ("NNS", "NNPS") or i in taken:
            continue
        text = cols.text[i]
        if not (text[:1].isupper() and text.endswith("s") and text != singular(text)):
            continue
        iso3 = kb.country_of_word(text)
        if iso3 is None and (people := kb.ethnic.get(text)) is not None and kb.ethnic.get(text[:-1]) == people:
            cands.extend(_people_group(doc, kb, cols, i, people))  # "the Kurds", "Sunnis": a people, no state
            continue
        if iso3 is None and (home_state := kb.people_homes.get(text)) in kb.countries:
            cands.extend(_people_group(doc, kb, cols, i, home_state, home=True))  # "the Tamils": LKA's civilians
            continue
        if iso3 is None or iso3 not in kb.countries or text not in kb.demonyms:
            continue  # "the Philippines": a country's name, no people's ("Turks" is one, though "Turk" is not listed)
        articles = kb.definite_articles
        start = i - 1 if i > 0 and cols.lower[i - 1] in articles else i
        home = _home_place(doc, kb, cols, i)
        if home is not None:
            start = i - 2 if i > 1 and cols.lower[i - 2] in articles else i - 1
        elif any(c.i < start or (c.i < i and c.i != start) for c in doc[i].lefts):
            continue  # "many Palestinians", "seven detained Israelis", "young Syrians": people, not the state
        elif start == i and i > 0 and cols.pos[i - 1] in ("ADJ", "NUM", "DET", "VERB"):
            continue  # the same, where the parse hangs the modifier elsewhere
        if not is_actor_use(doc[i:i + 1], strict=True):
            continue
        if home is None and text in kb.kin_peoples and story not in (None, iso3) and iso3 not in named_states:
            home = story  # "the Serbs" in a story from Bosnia that never names Serbia: Bosnia's Serbs
        s0, e0 = doc[start].idx, doc[i].idx + len(doc[i])
        if home is not None:  # a people, not the state it lives in: its civilians, kept apart from the state
            cands.append(Cand(f"group:{home}:CVL", s0, e0, doc_text(doc)[s0:e0], "people", f"{text} of "
                              f"{kb.countries[home].name}", "group", None, home, f"{home}CVL", None, 6))
            continue
        cands.append(Cand(f"country:{iso3}", s0, e0, doc_text(doc)[s0:e0], "people", kb.countries[iso3].name,
                          "country", None, iso3, iso3, None, 6))
    return cands


def _people_group(doc: Doc, kb: KnowledgeBase, cols: Columns, i: int, people: str, home: bool = False) -> list[Cand]:
    """"The Kurds said", "Sunnis demanded": a bare plural of a people that is no state (``ethnic_groups``: an
    ethnic group or a faith) where it acts, coded with the people's own code (KUR, MUS), as the state's
    demonym is with the state's; a modifier before it ("many Kurds", "Iraqi Kurds") is left to the role
    phrases, which read counts and countries. With ``home``, ``people`` is the one state such a people lives in
    (``people_homes``: "the Tamils" LKA): its civilians (LKACVL), never the state itself."""
    start = i - 1 if i > 0 and cols.lower[i - 1] in kb.definite_articles else i
    if any(c.i < i and c.i != start for c in doc[i].lefts) or (
            start == i and i > 0 and cols.pos[i - 1] in ("ADJ", "NUM", "DET", "VERB", "PROPN")):
        return []
    if not is_actor_use(doc[i:i + 1], strict=True):
        return []
    s0, e0 = doc[start].idx, doc[i].idx + len(doc[i])
    text = doc_text(doc)[s0:e0]
    if home:
        return [Cand(f"group:{people}:CVL", s0, e0, text, "people", f"{cols.text[i]} of {kb.group_name(people)}",
                     "group", None, people, f"{people}CVL", None, 6)]
    return [Cand(f"group:{people}:", s0, e0, text, "people", kb.group_name(people), "group", None, None, people,
                 None, 6)]


def _home_place(doc: Doc, kb: KnowledgeBase, cols: Columns, i: int) -> str | None:
    """The country of a place name or demonym written just before the plural demonym at ``i`` as its only
    modifier ("Kosovo Albanians", "the Moldova Russians"): a people living in that country, coded by where they
    live as the Phoenix country dictionary codes "KOSOVAR" (Kosovo, not Albania)."""
    if i < 1 or [c.i for c in doc[i].lefts if cols.lower[c.i] not in kb.definite_articles] != [i - 1]:
        return None
    home = kb.country_of_word(cols.text[i - 1])
    return home if home in kb.countries and home != kb.country_of_word(cols.text[i]) else None


def described_persons(doc: Doc, kb: KnowledgeBase, cols: Columns, taken: set[int], places: set[int]) -> list[Cand]:
    """"A Saudi businessman is suing ...", "police arrested a Kenyan journalist": one unnamed person given by
    "a/an" (or "one": "killed one Canadian soldier"), a demonym of a country and a Phoenix agent noun or a title
    (SAUBUS, KENMED; "a French minister said" FRAGOV, a member of the government all the same).

    Only where the person acts (subject, object, agent, object of a preposition of dealings) and no name
    follows in apposition (that name's title reading wins); "he is a Saudi businessman" describes someone else.
    ``places`` are the tokens of country names and demonyms, which may be ``taken`` as names.
    """
    cands = []
    for i, tag in enumerate(cols.tag):
        if tag != "NN" or i < 2 or i in taken:
            continue
        j = i - 1
        agent = kb.phoenix_titles.get(cols.lower[i]) or kb.titles.get(cols.lower[i])  # "a Soviet official"
        if i >= 3 and (two := kb.phoenix_titles.get(f"{cols.lower[i - 1]} {cols.lower[i]}")):
            agent, j = two, i - 2  # "a Saudi oil executive": the two-word entry
        iso3 = kb.country_of_word(cols.text[j])
        if not agent or iso3 is None or iso3 not in kb.countries:
            continue
        if cols.lower[j - 1] not in kb.words.single_determiners or any(
                k in taken and k not in places for k in range(j - 1, i)):
            continue
        if i + 2 < len(doc) and cols.text[i + 1] == "," and doc[i + 2].ent_type_ == "PERSON":
            continue  # "a Saudi businessman, Ali Nasser,": the name carries the description
        if not is_actor_use(doc[i:i + 1], strict=True) or doc[i].dep_ == "appos":
            continue
        s0, e0 = doc[j - 1].idx, doc[i].idx + len(doc[i])
        text = doc_text(doc)[s0:e0]
        cands.append(Cand(f"described:{i}", s0, e0, text, "description", text, "person", cols.text[i], iso3,
                          f"{iso3}{agent}", None, 6))
    return cands
