"""Whose country a titled person is when the title names none (institution_titles.yaml), and dated Phoenix
offices against the article's date and the text's own "opposition" words. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.actors import resolve_actors
from newsevents.model import Actor, Article

pytestmark = pytest.mark.slow


def _code(nlp, text: str, published: str, mention: str) -> str | None:
    actors = resolve_actors(nlp(text), Article(id="t", text=text, published=published))
    found: list[Actor] = [a for a in actors if any(m.text == mention for m in a.mentions)]
    assert found, f"no actor mentioned as {mention!r}: {[(a.name, a.code) for a in actors]}"
    return found[0].code


@pytest.mark.parametrize("text, published, mention, code", [
    # a title of one state's institutions, in a story about another state: the institution's state
    ("YANGON, Myanmar — Senate Majority Leader Tom Harwell urged the generals to free the prisoners. "
     "Myanmar's junta has ignored such calls.", "2021-03-01", "Tom Harwell", "USALEG"),
    ("TEHRAN, Iran — Chancellor of the Exchequer Alan Brierley told Iran's envoy the assets stay frozen. "
     "Iran rejected the demand.", "2019-05-02", "Alan Brierley", "GBRGOV"),
    ("Iran said on Monday that Home Secretary Alan Brierley had insulted the Iranian people. Iran's "
     "parliament demanded an apology from Iran's neighbours.", "2019-05-02", "Alan Brierley", "GBRGOV"),
    ("YANGON, Myanmar — Senate Republican leader Tom Harwell visited the generals. Myanmar's junta has ignored "
     "his calls.", "2012-01-10", "Tom Harwell", "USALEG"),
    ("NAYPYIDAW, Myanmar — Sen. Paul Granger urged the junta to free the reporters. Myanmar's generals did not "
     "reply.", "2021-03-01", "Paul Granger", "USALEG"),
    # controls: the story's own state bears the title too; a title of no institution keeps the story's country
    ("ABUJA, Nigeria — Senator Musa Bello urged the army to free the hostages. Nigeria's army did not reply.",
     "2021-03-01", "Musa Bello", "NGALEG"),
    ("MANILA, Philippines — Senate Majority Leader Ramon Dizon said the chamber would vote on the budget. "
     "The Philippines needs the money.", "2021-03-01", "Ramon Dizon", "PHLLEG"),
    ("TEHRAN, Iran — Interior Minister Reza Karimi told Iran's police to stand down. Iran's parliament "
     "agreed.", "2019-05-02", "Reza Karimi", "IRNGOV"),
])
def test_institution_title_gives_its_country(nlp, text, published, mention, code):
    assert _code(nlp, text, published, mention) == code


@pytest.mark.parametrize("text, mention, code", [
    # an envoy is sent to the story's country, not of it; the text may still say whose envoy it is
    ("JUBA, South Sudan — Special envoy Mark Delaine met the president in Juba on Tuesday. South Sudan "
     "welcomed the talks.", "Mark Delaine", "GOV"),
    ("JUBA, South Sudan — South Sudan's special envoy Mark Delaine met the rebels on Tuesday. South Sudan "
     "welcomed the talks.", "Mark Delaine", "SSDGOV"),
    ("JUBA, South Sudan — Presidential spokesman Mark Delaine met the rebels on Tuesday. South Sudan "
     "welcomed the talks.", "Mark Delaine", "SSDGOV"),
])
def test_envoy_is_not_the_story_country(nlp, text, mention, code):
    assert _code(nlp, text, "2019-05-02", mention) == code


@pytest.mark.parametrize("text, code", [
    # named in one list with another state's official: plainly not the story's, whose the list does not say
    ("KIEV, Ukraine — Attorney General Ron Keller and Secretary of State Mike Pompeo asked Ukraine for files. "
     "Ukraine refused.", "JUD"),
    # control: beside the story's own official, the story's country stays
    ("KIEV, Ukraine — Attorney General Ron Keller and President Volodymyr Zelensky asked Ukraine's courts "
     "for files. Ukraine's judges refused.", "UKRJUD"),
    # control: beside a visiting head of government, a host (no institution title of another state)
    ("KIEV, Ukraine — Attorney General Ron Keller and Prime Minister Narendra Modi signed a treaty in Kiev. "
     "Ukraine's parliament approved it.", "UKRJUD"),
])
def test_beside_another_states_official(nlp, text, code):
    assert _code(nlp, text, "2019-10-02", "Ron Keller") == code


@pytest.mark.parametrize("published, code", [
    # Phoenix lists Nelson Chamisa as a minister from 2009 with no end, but its Zimbabwe entries stop in 2010:
    # years later the office is not known to hold; the story's country remains
    ("2018-07-20", "ZWE"),
    ("2010-06-01", "ZWEGOVMED"),  # control: within what the dictionary knew
])
def test_open_phoenix_office_ends_with_its_country_entries(nlp, published, code):
    text = ("HARARE, Zimbabwe — Nelson Chamisa told supporters in Harare that the count had been delayed. "
            "Zimbabwe's election body denied it.")
    assert _code(nlp, text, published, "Nelson Chamisa") == code


def test_open_un_office_keeps_the_horizon(nlp):
    """An intergovernmental office is not closed by any country's dates: Ban Ki-moon served the UN to 2016."""
    text = "Secretary General Ban Ki-moon condemned the nuclear test on Friday."
    assert _code(nlp, text, "2016-09-10", "Ban Ki-moon") == "IGOUNO"


@pytest.mark.parametrize("text, code", [
    ("HARARE, Zimbabwe — Peter Zhou, an opposition lawmaker, accused Zimbabwe's police of beatings.", "ZWEOPP"),
    ("HARARE, Zimbabwe — Peter Zhou, a lawmaker from Bulawayo, accused Zimbabwe's police of beatings.", "ZWELEG"),
])
def test_opposition_lawmaker_is_opposition(nlp, text, code):
    assert _code(nlp, text, "2016-05-10", "Peter Zhou") == code


@pytest.mark.parametrize("text, mention, code", [
    # an unnamed office-holder of a story's country ("the interior minister") is the story's; an envoy is not,
    # and a title of another state's institutions is that state's
    ("SANAA, Yemen — The special envoy met Houthi leaders on Monday. Yemen's government welcomed the talks. "
     "Yemen's rebels agreed.", "The special envoy", None),
    ("SANAA, Yemen — The Senate majority leader criticised Houthi leaders on Monday. Yemen's government "
     "welcomed the talks. Yemen's rebels agreed.", "The Senate majority leader", "USALEG"),
    ("SANAA, Yemen — The interior minister met Houthi leaders on Monday. Yemen's government welcomed the talks. "
     "Yemen's rebels agreed.", "The interior minister", "YEMGOV"),
])
def test_unnamed_title_holder(nlp, text, mention, code):
    actors = resolve_actors(nlp(text), Article(id="t", text=text, published="2019-05-02"))
    found = [a.code for a in actors if any(m.text == mention for m in a.mentions)]
    assert found == ([code] if code else [])


@pytest.mark.parametrize("published, code", [
    # Phoenix dates Newt Gingrich's legislative office 1995-1999: titled with it in 2016, he is a former holder
    ("2016-09-10", "USAELI"),
    ("1997-03-10", "USALEG"),  # control: in office then
    ("2020-03-10", "USALEG"),  # control: past what Phoenix knew of the US (2015), the office may be held again
])
def test_title_of_a_past_phoenix_office_is_former(nlp, published, code):
    text = "Speaker of the House Newt Gingrich spoke at the dinner on Saturday."
    assert _code(nlp, text, published, "Newt Gingrich") == code
