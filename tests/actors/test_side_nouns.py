"""Sides named by a kind of noun rather than a name (session 15, actors7): a state's "side" ("the Russian side
made a decision"), the Phoenix agents' rights activists and rights leaders in the plural, a bare "both" as the
subject after two named sides, and a country after "from" that sent a reaction or a message. Sentences written
for these tests, each class with a control where the rule must not fire."""

from __future__ import annotations

import pytest

from newsevents.actors import resolve_actors
from newsevents.model import Actor, Article

pytestmark = pytest.mark.slow


def _codes(nlp, text: str, mention: str) -> list[str | None]:
    actors = resolve_actors(nlp(text), Article(id="t", text=text, published="2019-05-01"))
    found: list[Actor] = [a for a in actors if any(m.text == mention for m in a.mentions)]
    return [a.code for a in found]


@pytest.mark.parametrize("text, mention, code", [
    # a state's side in talks or a dispute: that state's government
    ("After two rounds of talks, the Chinese side agreed to resume the flights.", "the Chinese side", "CHNGOV"),
    ("Officials said the Ukrainian side had handed over a list of prisoners.", "the Ukrainian side", "UKRGOV"),
    # the Phoenix agents' RIGHTS_ACTIVIST and HUMAN_RIGHTS_LEADER (HRI), no country unless written
    ("NAIROBI, Kenya - Police detained two bloggers on Monday. Rights activists said they had been beaten.",
     "Rights activists", "KENHRI"),
    ("The minister met human rights leaders on Tuesday.", "human rights leaders", "HRI"),
    ("Kenyan rights activists called for an inquiry into the killings.", "Kenyan rights activists", "KENHRI"),
])
def test_side_noun_resolves(nlp, text: str, mention: str, code: str) -> None:
    assert _codes(nlp, text, mention) == [code]


@pytest.mark.parametrize("text, mention", [
    # controls: a side before "of" is a place or a part; a side of no written country is no one's
    ("Two shells landed on the Chinese side of the border overnight.", "the Chinese side"),
    ("The toll has risen to 40 on the Chinese side, officials said.", "the Chinese side"),
    ("The other side rejected the offer on Monday.", "The other side"),
    ("The government side walked out of the talks.", "The government side"),
])
def test_side_noun_stays_unresolved(nlp, text: str, mention: str) -> None:
    assert _codes(nlp, text, mention) == []


@pytest.mark.parametrize("text, mention, codes", [
    # a bare "both" as subject: the two sides named just before
    ("The vote drew a swift reaction from Norway and Chile, with both urging restraint.", "both", ["CHL", "NOR"]),
    ("Peru and Ecuador recalled their envoys. Both said the border talks would resume.", "Both", ["ECU", "PER"]),
    # a country after "from" and a noun of a reaction or a message sent it
    ("The ban drew condemnation from Chile on Friday.", "Chile", ["CHL"]),
    ("There was no immediate response from Ecuador.", "Ecuador", ["ECU"]),
])
def test_pair_and_sender_resolve(nlp, text: str, mention: str, codes: list[str]) -> None:
    assert sorted(c or "" for c in _codes(nlp, text, mention)) == codes


@pytest.mark.parametrize("text, mention", [
    # controls: "both of ..." names its own; three sides before are no pair; "from" of origin is a place
    ("Both of the fishermen were released on Sunday.", "Both"),
    ("Peru, Chile and Ecuador signed the accord, and both said the talks would go on.", "both"),
    ("Hundreds of migrants from Ecuador reached the border.", "Ecuador"),
    ("The freighter arrived from Chile with a cargo of copper.", "Chile"),
])
def test_pair_and_sender_stay_unresolved(nlp, text: str, mention: str) -> None:
    assert _codes(nlp, text, mention) == []
