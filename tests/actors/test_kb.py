"""The actor knowledge base: shipped files, dated terms, user files (no spaCy needed)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsevents.actors.kb import load_kb, name_key
from newsevents.actors.kb_entries import parse_term
from newsevents.actors.people import office_on
from newsevents.errors import KnowledgeBaseError


def test_shipped_tables_cover_countries_orgs_people():
    kb = load_kb()
    assert len(kb.countries) > 240
    assert kb.country_of_word("Palestinian") == "PSE"
    assert kb.country_of_word("Russia") == "RUS"
    assert kb.country_of_word("U.S.") == "USA"
    assert kb.country_of_word("Indiana") == "USA"
    assert kb.org_aliases["IDF"].code == "ISRMIL"
    assert kb.org_aliases["UN Security Council"].code == "IGOUNO"
    assert kb.org_aliases["Hamas"].code.startswith("PSE")
    assert kb.seats["Kremlin"].country == "RUS"
    assert kb.actor_nouns["protesters"].agent == "OPP"
    assert kb.titles["president"] == "GOV"


@pytest.mark.parametrize("day, exp", [
    (date(2023, 10, 16), ("President", True)),
    (date(2025, 3, 1), ("President", False)),  # died in office in May 2024: no longer the president
    (None, ("President", True)),
])
def test_raisi_office_is_bounded_by_date(day, exp):
    person = load_kb().person("Ebrahim Raisi")
    term, current = office_on(person.terms, day)
    assert (term.role, current) == exp


def test_taliban_code_changes_with_date():
    taliban = load_kb().org_aliases["Taliban"]
    assert taliban.code_on(date(2019, 11, 20)) == "AFGREB"
    assert taliban.code_on(date(2022, 1, 1)) == "AFGGOV"


@pytest.mark.parametrize("a, b", [
    ("Abdelfattah Sisi", "Abdel Fattah el-Sisi"),
    ("Bashar Assad", "Bashar al-Assad"),
    ("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"),
])
def test_name_key_tolerates_spellings(a, b):
    assert name_key(a) == name_key(b)


@given(st.text(max_size=40))
def test_name_key_is_total_and_letters_only(text):
    key = name_key(text)
    assert key == "".join(c for c in key if "a" <= c <= "z")


@given(st.text(max_size=12))
def test_country_of_word_is_total(text):
    """Any word, in capitals or not, gives a country code or None (a word whose capitalised form is still all
    capitals, "\u03d2\u03d2\u03d2\u03d2", once looped)."""
    found = load_kb().country_of_word(text)
    assert found is None or (len(found) == 3 and found.isupper())


@pytest.mark.parametrize("word, iso3", [("CHINA", "CHN"), ("SYRIAN", "SYR"), ("China", "CHN"), ("ΥΥΥΥ", None),
                                        ("\u03d2\u03d2\u03d2\u03d2", None)])
def test_a_country_word_in_capitals_is_read_capitalised(word, iso3):
    assert load_kb().country_of_word(word) == iso3


@pytest.mark.parametrize("text, exp", [
    ("President 2021-08-03..2024-05-19", ("President", "IRNGOV", date(2021, 8, 3), date(2024, 5, 19))),
    ("Hamas leader 2017..2024-10 PSEREB", ("Hamas leader", "PSEREB", date(2017, 1, 1), date(2024, 10, 31))),
    ("Prime Minister 2022-12-29..", ("Prime Minister", "IRNGOV", date(2022, 12, 29), None)),
])
def test_parse_term(text, exp):
    term = parse_term(text, "IRN", "test")
    assert (term.role, term.code, term.start, term.end) == exp


def test_bad_term_is_a_knowledge_base_error():
    with pytest.raises(KnowledgeBaseError):
        parse_term("President since 2020", "IRN", "test")


def test_user_file_adds_and_overrides(tmp_path: Path):
    user = tmp_path / "mine.yaml"
    user.write_text(
        "people:\n"
        "  - {name: Jane Example, country: NGA, terms: ['Senate President 2024-01-01.. NGALEG']}\n"
        "organizations:\n"
        "  - {name: Hamas, aliases: [Hamas], code: PSEPTY, country: PSE, kind: group}\n"
        "actor_nouns:\n"
        "  vigilantes: {agent: REB, kind: group}\n", encoding="utf-8")
    kb = load_kb([user])
    assert kb.person("Jane Example").terms[0].code == "NGALEG"
    assert kb.org_aliases["Hamas"].code == "PSEPTY"
    assert kb.actor_nouns["vigilantes"].agent == "REB"
    assert load_kb().org_aliases["Hamas"].code == "PSEREB"  # the shipped KB is untouched


def test_malformed_user_file(tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("- just a list\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError):
        load_kb([bad])


def test_kb_covers_leaders_beyond_the_gold_articles():
    kb = load_kb()
    for name, iso3 in [("Nikol Pashinyan", "ARM"), ("Ilham Aliyev", "AZE"), ("Gustavo Petro", "COL"),
                       ("Pham Minh Chinh", "VNM"), ("Kassym-Jomart Tokayev", "KAZ"), ("Paul Kagame", "RWA")]:
        assert kb.person(name).country == iso3
    term, current = office_on(kb.person("Nikol Pashinyan").terms, date(2023, 5, 14))
    assert (term.code, current) == ("ARMGOV", True)


@pytest.mark.parametrize("written, listed, ok", [
    ("Scott Morrison", "Scott Morrison", True),
    ("Tim Morrison", "Scott Morrison", False),
    ("Kevin Starmer", "Keir Starmer", False),
    ("Sarah Albanese", "Anthony Albanese", False),
    ("Nicholas Maduro", "Nicolás Maduro", True),  # one given name, two spellings
    ("Morrison", "Scott Morrison", True),  # a surname alone is compatible; whether it links is decided elsewhere
    ("J. Biden", "Joe Biden", True),  # an initial agrees with any name of that letter
])
def test_given_names_must_agree(written, listed, ok):
    from newsevents.actors.people import name_compatible

    assert name_compatible(written, load_kb().person(listed)) is ok


@pytest.mark.parametrize("text, code", [
    ("Democratic Front for the Liberation of Palestine", "PSEREB"),  # listed as "..._(DFLP)_": name and acronym
    ("DFLP", "PSEREB"),
    ("Inter-Parliamentary Union", "IGOLEGIPU"),  # listed with a space for the hyphen
])
def test_phoenix_names_without_their_acronym_parenthesis(text, code):
    entry = load_kb().phoenix_entry(text)
    assert entry is not None and entry[1][-1].code == code


def test_phoenix_short_acronyms_and_qualifiers_stay_out():
    kb = load_kb()
    assert kb.phoenix_entry("ANA") is None  # "Albanian National Army (ANA)": three letters name other bodies
    assert kb.phoenix_entry("direct action") is None  # "direct action (greece)": a qualifier, not an acronym
