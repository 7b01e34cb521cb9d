"""Classes of wrong sides found out of sample (session 12): the victim of an act taken for the party a
reaction judges ("condemned Fernandez's arrest"). Texts written for newsevents; each case has a
control where the rule must not fire."""

from __future__ import annotations

import pytest

from .helpers import coded_triples

ACTORS = [("Bolivian miners' union", "BOLLAB"), ("Peruvian journalists", "PERMED"), ("Peru", "PER"),
          ("Kenyan police", "KENCOP"), ("Amnesty International", "NGOHRIAMN"), ("Ugandan activists", "UGAOPP"),
          ("Chile", "CHL"), ("Argentina", "ARG"), ("Argentine fishermen", "ARGCVL"), ("Chilean navy", "CHLNAV")]


def triples(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return set(coded_triples(nlp, text, ACTORS))


@pytest.mark.parametrize("text, victim", [
    ("The Bolivian miners' union called the detention of Peruvian journalists an outrage.", "PERMED"),
    ("The Bolivian miners' union condemned the Peruvian journalists' arrest on Friday.", "PERMED"),
    ("Argentina strongly condemned the killing of Argentine fishermen off its coast.", "ARGCVL"),
])
def test_the_victim_of_an_act_is_not_the_party_judged(nlp, text, victim):
    # the reaction keeps no target (or is left out), never the victim as one
    assert not any(t == victim for _, c, t in triples(nlp, text) if c.startswith("11"))


@pytest.mark.parametrize("text, expected", [
    # the doer, named by the act's "by" phrase or by a possessor beside its "of" phrase
    ("Amnesty International condemned the arrest of Ugandan activists by Kenyan police.",
     ("NGOHRIAMN", "111", "KENCOP")),
    ("Argentina condemned the Chilean navy's detention of Argentine fishermen.", ("ARG", "111", "CHLNAV")),
    # an act whose possessor is its doer stays its owner's
    ("Argentina condemned Chile's decision on Monday.", ("ARG", "111", "CHL")),
])
def test_the_doer_of_an_act_is_the_party_judged(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize("text, expected", [
    # a message or offer "from" a country the actors stage held as a place of origin: its state made it
    ("Chile rejected a proposal from Bolivia on Monday.", ("CHL", "120", "BOL")),
    # the agent of a passive authoring relative clause owns the decision
    ("Argentina criticised the decision, which was announced by Chile.", ("ARG", "111", "CHL")),
])
def test_the_owner_of_a_decision_is_the_target(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize("text, other", [
    ("Chile welcomed refugees from Bolivia.", "BOL"),  # people "from" a country are not its state's
    ("Argentina criticised the decision, which was rejected by Chile.", "CHL"),  # rejecting is not authoring
    ("Chile welcomed the plan, which was put forward by Chile.", "CHL"),  # never the source's own act
])
def test_no_owner_where_the_words_make_none(nlp, text, other):
    assert not any(t == other for _, _, t in triples(nlp, text))


@pytest.mark.parametrize("text, expected, absent", [
    # an appeal for a release is made to the holder (sides.released_holders): political prisoners' own state
    ("Amnesty International appealed for the release of Ugandan activists.", ("NGOHRIAMN", "0253", "UGAGOV"),
     ("UGAOPP",)),
    # others may be held by anyone: no target rather than the released
    ("Amnesty International called for the release of Peruvian journalists.", None, ("PERMED", "PERGOV")),
    # a holder the appeal names stays the target
    ("Amnesty International called on Kenyan police to release Ugandan activists.", ("NGOHRIAMN", "0253", "KENCOP"),
     ("UGAOPP",)),
])
def test_an_appeal_for_a_release_is_made_to_the_holder(nlp, text, expected, absent):
    found = [t for t in triples(nlp, text) if t[1].startswith("025")]
    if expected:
        assert expected in found
    assert not any(t in absent for _, _, t in found)
