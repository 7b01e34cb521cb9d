"""Recall classes of reduced relations, coercion and verbal conflict (CAMEO 10-17) from unseen news
(session 14, recall5). Texts written for newsevents; each class has a control where the rule must not fire."""

from __future__ import annotations

import pytest

from .helpers import coded_triples

ACTORS = [("Colombian rebels", "COLREB"), ("the Colombian government", "COLGOV"),
          ("The Syrian opposition", "SYROPP"), ("the Syrian government", "SYRGOV"),
          ("Kenyan police", "KENCOP"), ("the Kenyan opposition", "KENOPP"), ("The police", "COP")]
# (the parser hangs "of" of "walked out of", "pulled out of" on "out": matcher reads it as the verb's)


def coded(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return set(coded_triples(nlp, text, ACTORS))


@pytest.mark.parametrize("text, expected", [
    # a side that leaves talks halts them (164): the other side of the talks is the target
    ("Colombian rebels withdrew from the negotiations with the Colombian government.", ("COLREB", "164", "COLGOV")),
    ("The Syrian opposition quit the talks with the Syrian government on Monday.", ("SYROPP", "164", "SYRGOV")),
    ("The Syrian opposition abandoned the dialogue with the Syrian government.", ("SYROPP", "164", "SYRGOV")),
    ("Colombian rebels walked out of the talks with the Colombian government.", ("COLREB", "164", "COLGOV")),
    ("Colombian rebels pulled out of peace talks with the Colombian government.", ("COLREB", "164", "COLGOV")),
    ("The Syrian opposition walked away from the negotiations with the Syrian government.",
     ("SYROPP", "164", "SYRGOV")),
    # a protest, rally or march banned curbs the freedom of assembly (1721): its organisers when named, else the
    # people of the banning state
    ("Kenyan police banned the rallies of the Kenyan opposition in Nairobi.", ("KENCOP", "1721", "KENOPP")),
    ("Kenyan police have banned all demonstrations and processions in the city.", ("KENCOP", "1721", "KEN")),
    # imposed again is imposed (Phoenix REIMPOSE in the IMPOSE block): sanctions (163), a curfew (1723)
    ("On Monday the Syrian government reimposed sanctions on Colombian rebels.", ("SYRGOV", "163", "COLREB")),
    ("Kenyan police reimposed a curfew in the city after the riots.", ("KENCOP", "1723", "KEN")),
])
def test_news_wordings_of_known_events(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text, code", [
    # leaving a town while talks go on halts no talks
    ("Colombian rebels withdrew from the village during talks with the Colombian government.", "164"),
    ("Colombian rebels pulled out of the town after talks with the Colombian government.", "164"),
    ("Kenyan police banned the sale of alcohol in Nairobi.", "1721"),
    ("Kenyan police did not ban the rallies of the Kenyan opposition.", "1721"),
    ("The Syrian government reimposed a fuel tax in the capital.", "163"),
])
def test_controls_stay_uncoded(nlp, text, code):
    assert all(c != code for _, c, _ in coded(nlp, text))


def test_a_ban_by_police_of_no_known_country_is_not_laid_on_them(nlp):
    """A decree's people are the source's country (sides.domestic_rule); police of no known country have
    none, so the ban is not coded as done to themselves."""
    assert ("COP", "1721", "COP") not in coded(nlp, "The police have banned all rallies and processions in the city.")
