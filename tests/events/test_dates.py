"""Event dates: the news day, span bounds, "a day after", intentions dated when stated.

Texts written for this project; times come from the real times stage (newsevents.times), so a
change there that moves these dates shows here. Each row: text, publication date, actors, and the
expected (source, CAMEO prefix, target, date) of every event coded.
"""

from __future__ import annotations

import pytest

from newsevents.events import code_events
from newsevents.events.placetime import news_day
from newsevents.times import extract_times

from .helpers import make_actors, make_article

CASES = [
    # headline and later undated sentences take the lead's day, not the publication date
    ("Kenyan police arrest 57 protesters\n\nNAIROBI — Kenyan police arrested 57 protesters on Tuesday. "
     "The interior ministry later praised the police.", "2024-07-03",
     "Kenyan police=KENCOP; police=KENCOP; protesters=KENOPP; interior ministry=KENGOV",
     [("KENCOP", "173", "KENOPP", "2024-07-02"), ("KENGOV", "051", "KENCOP", "2024-07-02")]),
    # a headline that the lead tells again is one event, whatever role the headline gives the target
    ("EU imposes sanctions on Belarusian judges\n\nBRUSSELS — The European Union imposed sanctions on "
     "14 Belarusian officials on Monday.", "2024-03-19",
     "EU=IGOEU; European Union=IGOEU; Belarusian judges=BLRJUD; Belarusian officials=BLRGOV",
     [("IGOEU", "163", "BLRGOV", "2024-03-18")]),
    # a lead date older than a week is no news day: undated sentences keep the publication date
    ("Police arrested 20 protesters on March 3. The ministry praised the police.", "2024-07-03",
     "Police=GBRCOP; police=GBRCOP; protesters=GBROPP; ministry=GBRGOV",
     [("GBRCOP", "173", "GBROPP", "2024-03-03"), ("GBRGOV", "051", "GBRCOP", "2024-07-03")]),
    # "since 2022" bounds a span: it does not date the event; a present perfect over it is a state
    # or habit up to now, background without a day of its own (not the publication day)
    ("Norway has mediated between Colombia and the rebels since 2022.", "2024-10-16",
     "Norway=NOR; Colombia=COLGOV; rebels=COLREB",
     [("NOR", "045", "COLGOV", None), ("NOR", "045", "COLREB", None)]),
    ("Since 2016 rights groups have accused the government of torture.", "2024-10-16",
     "rights groups=NGOHRI; government=EGYGOV", [("NGOHRI", "112", "EGYGOV", None)]),
    # ... and so is the act of its gerund
    ("Rights groups have criticised the government since 2016 for detaining journalists.", "2024-10-16",
     "Rights groups=NGOHRI; government=EGYGOV; journalists=EGYMED",
     [("NGOHRI", "111", "EGYGOV", None), ("EGYGOV", "173", "EGYMED", None)]),
    # ... a present perfect without such a span is news of the day
    ("Police have arrested 40 protesters, the ministry said.", "2024-10-16",
     "Police=MMRCOP; protesters=MMROPP; ministry=MMRGOV", [("MMRCOP", "173", "MMROPP", "2024-10-16")]),
    # ... and so is a past tense beside a past perfect "since" clause
    ("Police arrested 40 protesters who had marched since dawn.", "2024-10-16",
     "Police=MMRCOP; protesters=MMROPP",
     [("MMRCOP", "173", "MMROPP", "2024-10-16"), ("MMROPP", "141", "MMRGOV", None)]),
    # "a day after X" dates X a day before the clause it hangs on
    ("The US military said on Wednesday that a helicopter crashed. The crash came a day after the "
     "Taliban freed two hostages.", "2019-11-20", "US military=USAMIL; Taliban=AFGREB",
     [("AFGREB", "0841", "-", "2019-11-19")]),
    ("The attack on Friday came two days after the army arrested three suspects.", "2024-05-25",
     "army=NGAMIL", [("NGAMIL", "173", "-", "2024-05-22")]),
    # an intention is dated when it was stated, not by the date of the act intended ...
    ("On Tuesday Macron agreed to visit Turkey in July.", "2024-02-14", "Macron=FRAGOV; Turkey=TUR",
     [("FRAGOV", "036", "TUR", "2024-02-13")]),
    # ... unless the act is scheduled ("due to")
    ("Macron is due to visit Turkey on March 12.", "2024-02-14", "Macron=FRAGOV; Turkey=TUR",
     [("FRAGOV", "036", "TUR", "2024-03-12")]),
    # background without a date of its own gets none, not the publication date: a past perfect ...
    ("Gunmen had kidnapped two aid workers in the north.", "2019-11-19", "Gunmen=NGAREB; aid workers=NGOHLH",
     [("NGAREB", "181", "NGOHLH", None)]),
    # ... but the past perfect of reported speech is the report's backshift, dated by the report
    ("The ministry said on Monday that police had arrested 20 protesters.", "2019-11-19",
     "ministry=EGYGOV; police=EGYCOP; protesters=EGYOPP", [("EGYCOP", "173", "EGYOPP", "2019-11-18")]),
    ("The ministry's Monday statement that police had arrested 20 protesters drew criticism.", "2019-11-19",
     "ministry=EGYGOV; police=EGYCOP; protesters=EGYOPP", [("EGYCOP", "173", "EGYOPP", "2019-11-18")]),
    # a report that is itself background ("had threatened") leaves what it reports undated
    ("The kidnappers had threatened to kill the hostages.", "2019-11-19", "kidnappers=HTIREB; hostages=USACVL",
     [("HTIREB", "138", "USACVL", None)]),
    # a subordinate "after ..." clause
    ("Police detained the activist after he criticized the governor.", "2019-11-19",
     "Police=IRNCOP; activist=IRNOPP; he=IRNOPP; governor=IRNGOV",
     [("IRNCOP", "173", "IRNOPP", "2019-11-19"), ("IRNOPP", "111", "IRNGOV", None)]),
    # ... which keeps a date of its own
    ("Police detained the activist on Friday after he criticized the governor on Thursday.", "2019-11-19",
     "Police=IRNCOP; activist=IRNOPP; he=IRNOPP; governor=IRNGOV",
     [("IRNCOP", "173", "IRNOPP", "2019-11-15"), ("IRNOPP", "111", "IRNGOV", "2019-11-14")]),
    # dated only as "recently" / "in recent weeks"
    ("The Turkish army recently shelled Kurdish positions.", "2019-11-19", "Turkish army=TURMIL; Kurdish=TURREB",
     [("TURMIL", "19", "TURREB", None)]),
    ("Chilean police arrested the student leader in recent weeks.", "2019-11-19",
     "Chilean police=CHLCOP; student leader=CHLEDU", [("CHLCOP", "173", "CHLEDU", None)]),
    # a date inside a gerund clause ("of plotting ... earlier this year") dates that clause, not the event
    ("A court on Monday convicted the journalist of plotting against the government earlier this year.",
     "2019-11-19", "court=MMRJUD; journalist=MMRMED; government=MMRGOV", [("MMRJUD", "116", "MMRMED", "2019-11-18")]),
    ("The court convicted the journalist of plotting against the government earlier this year.",
     "2019-11-19", "court=MMRJUD; journalist=MMRMED; government=MMRGOV", [("MMRJUD", "116", "MMRMED", "2019-11-19")]),
    # weekdays: the nearest past day for the past tense, the nearest future day for the future
    # (2019-11-19 is a Tuesday)
    ("Indian police arrested 30 protesters on Saturday.", "2019-11-19", "Indian police=INDCOP; protesters=INDOPP",
     [("INDCOP", "173", "INDOPP", "2019-11-16")]),
    ("The president says he will visit Cuba on Saturday.", "2019-11-19", "president=VENGOV; he=VENGOV; Cuba=CUB",
     [("VENGOV", "036", "CUB", "2019-11-23")]),
]


def _pairs(spec: str) -> list[tuple[str, str]]:
    return [tuple(p.strip() for p in part.rsplit("=", 1)) for part in spec.split(";") if part.strip()]


@pytest.mark.parametrize("text, published, actors, exp", CASES, ids=[c[0][:50] for c in CASES])
def test_event_dates(nlp, text, published, actors, exp):
    doc = nlp(text)
    article = make_article(text, published)
    events = code_events(doc, article, make_actors(text, _pairs(actors)), extract_times(doc, article), [])
    got = sorted((e.source_code, e.cameo[:len(c)], e.target_code or "-", e.date)
                 for e, c in ((e, next((x[1] for x in exp if e.cameo.startswith(x[1])), e.cameo)) for e in events))
    assert got == sorted(exp)


@pytest.mark.parametrize("text, published, exp", [
    ("Talks collapse\n\nGENEVA — The talks collapsed on Monday.", "2024-03-19", "2024-03-18"),
    ("The talks collapsed on Monday.", None, None),
    ("The talks collapsed in 2020.", "2024-03-19", "2024-03-19"),      # a year is no news day
    ("The talks will resume on Friday.", "2024-03-19", "2024-03-19"),  # a later day is no news day
])
def test_news_day(nlp, text, published, exp):
    doc = nlp(text)
    article = make_article(text, published)
    assert news_day(doc, extract_times(doc, article), published) == exp
