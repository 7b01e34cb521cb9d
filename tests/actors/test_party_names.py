"""Named parties and their members (parties.yaml): a party whose name, short
name or members' plural belongs to one country is that country's PTY ("the ANC" ZAFPTY, "the Congress party"
INDPTY, "Republicans" USAPTY), and a members' plural that only ends another party's name ("Sweden Democrats", "Social
Democrats") is no mention of the listed one (organizations._other_body_name). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from newsevents.actors import resolve_actors
from newsevents.model import Article

pytestmark = pytest.mark.slow


def _codes(nlp, text: str, mention: str, published: str = "2021-03-01") -> list[str | None]:
    """The codes of the actors one of whose mentions is ``mention``."""
    return [a.code for a in resolve_actors(nlp(text), Article(id="t", text=text, published=published))
            if mention in {m.text for m in a.mentions}]


@pytest.mark.parametrize("text, mention, code", [
    ("A former premier criticised the ANC leadership over the power cuts.", "the ANC", "ZAFPTY"),
    ("The governor said Republicans had stalled the budget for weeks.", "Republicans", "USAPTY"),
    ("Senate Democrats asked the agency to publish the files.", "Democrats", "USAPTY"),
    ("The Congress party boycotted the assembly session.", "The Congress party", "INDPTY"),
    # another country's party of that name keeps its own country
    ("The Nepali Congress party boycotted the assembly session.", "The Nepali Congress party", "NPLPTY"),
    # a public office after a party's name (roles.yaml public_offices): the seat or ministry held acts, of the
    # party's country; a party's own post stays the party's
    ("EFF lawmaker Thandi Moyo walked out of the budget debate.", "Thandi Moyo", "ZAFLEG"),
    ("ANC minister Sipho Dlamini defended the new electricity tariffs.", "Sipho Dlamini", "ZAFGOV"),
    ("Congress party MP Anil Verma demanded a debate on fuel prices.", "Anil Verma", "INDLEG"),
    ("ANC spokesman Sipho Dlamini defended the new electricity tariffs.", "Sipho Dlamini", "ZAFPTY"),
    ("Congress party leader Anil Verma demanded a debate on fuel prices.", "Anil Verma", "INDPTY"),
    # the party's members in a public office are that office's group; its supporters stay the party's
    ("EFF legislators walked out of the budget debate.", "EFF legislators", "ZAFLEG"),
    ("ANC supporters marched to the municipal offices.", "ANC", "ZAFPTY"),
])
def test_a_party_of_one_country_is_that_country_s_party(nlp, text, mention, code):
    assert _codes(nlp, text, mention) == [code]


@pytest.mark.parametrize("text, mention", [
    # another party whose name ends in the members' plural: not the US party
    ("The Sweden Democrats gained seats in the northern towns.", "Democrats"),
    ("The Social Democrats left the coalition talks on Monday.", "Democrats"),
])
def test_a_plural_ending_another_party_s_name_is_not_the_listed_party(nlp, text, mention):
    assert "USAPTY" not in _codes(nlp, text, mention)


def test_a_party_s_office_holder_keeps_the_office_s_code(nlp):
    """"GOP" is no alias: "Kentucky GOP Gov. X" is the state's governor, not the party."""
    text = "Kentucky GOP Gov. Matt Bevin vetoed the pension bill."
    assert _codes(nlp, text, "Matt Bevin") == ["USAGOV"]


def test_the_anc_was_an_armed_movement_before_its_unbanning(nlp):
    text = "The ANC claimed the bombing of the power station."
    assert _codes(nlp, text, "The ANC", published="1985-06-01") == ["ZAFREB"]


@pytest.mark.parametrize("text, mention, agent", [
    ("Union Minister Ramesh Kumar criticised the Congress party.", "Ramesh Kumar", "GOV"),
    ("Union Home Minister Ramesh Kumar criticised the Congress party.", "Ramesh Kumar", "GOV"),
    # a trade union's leader stays labour
    ("Union leader Ramesh Kumar criticised the Congress party.", "Ramesh Kumar", "LAB"),
])
def test_india_s_union_ministers_are_the_government(nlp, text, mention, agent):
    assert [(code or "")[-3:] for code in _codes(nlp, text, mention)] == [agent]

