"""Senses decided by the pair of actors (events/pair_senses.py, ``pairs`` in senses.yaml).

The sentences are written for these tests; none is taken from a gold, benchmark or news article.
"""

from __future__ import annotations

import pytest

from newsevents.errors import KnowledgeBaseError
from newsevents.events.pair_senses import parse_pair_rules

from .helpers import coded_triples


def _codes(nlp, text: str, pairs: list[tuple[str, str]]) -> list[tuple[str, str | None, str | None]]:
    return sorted((cameo, source, target) for source, cameo, target in coded_triples(nlp, text, pairs))


@pytest.mark.parametrize("text, pairs, expected", [
    # an office-holder "attacked" by a politician or the press is criticised
    ("The senator attacked the governor over the new budget.",
     [("senator", "USALEG"), ("governor", "USAGOV")], ("111", "USALEG", "USAGOV")),
    ("The newspaper attacked the prime minister for the delay.",
     [("newspaper", "GBRMED"), ("prime minister", "GBRGOV")], ("111", "GBRMED", "GBRGOV")),
    # police force on protesters or strikers is repression, not armed fighting
    ("Riot police opened fire on the striking dockers in the port city.",
     [("Riot police", "CHLCOP"), ("striking dockers", "CHLLAB")], ("175", "CHLCOP", "CHLLAB")),
    # a crowd fighting police riots
    ("The protesters fought the police with stones and sticks.",
     [("protesters", "PEROPP"), ("police", "PERCOP")], ("145", "PEROPP", "PERCOP")),
    # rebels or gangs who detain people abduct them: arrest is the authorities'
    ("The rebels rounded up forty farmers near the river.",
     [("rebels", "MLIREB"), ("forty farmers", "MLICVL")], ("181", "MLIREB", "MLICVL")),
    ("The gang detained two aid workers for a week.",
     [("gang", "HTICRM"), ("two aid workers", "HTINGO")], ("181", "HTICRM", "HTINGO")),
    # protesters storming parliament riot
    ("Students stormed the parliament building in the capital.",
     [("Students", "LKAEDU"), ("parliament", "LKALEG")], ("145", "LKAEDU", "LKALEG")),
    ("The police detained two aid workers for a week.",
     [("police", "HTICOP"), ("two aid workers", "HTINGO")], ("173", "HTICOP", "HTINGO")),
])
def test_the_pair_decides_the_sense(nlp, text, pairs, expected) -> None:
    assert expected in _codes(nlp, text, pairs)


@pytest.mark.parametrize("text, pairs, root", [
    # armed sides keep the violence codes
    ("Rebels attacked the governor's convoy near the border.", [("Rebels", "MLIREB"), ("governor", "MLIGOV")], "19"),
    ("Soldiers opened fire on the insurgents in the hills.", [("Soldiers", "AFGMIL"), ("insurgents", "AFGINS")], "19"),
    # a side with no role (a bare country) is never recoded
    ("Russia attacked Ukraine on Monday.", [("Russia", "RUS"), ("Ukraine", "UKR")], "19"),
])
def test_armed_or_roleless_sides_keep_the_violence(nlp, text, pairs, root) -> None:
    assert any(code.startswith(root) for code, _s, _t in _codes(nlp, text, pairs))


def test_a_pair_rule_needs_codes_and_both_roles() -> None:
    with pytest.raises(KnowledgeBaseError):
        parse_pair_rules({"pairs": [{"codes": ["19"], "source_roles": ["COP"]}]})
    [rule] = parse_pair_rules({"pairs": [{"codes": ["19"], "source_roles": ["cop"], "target_roles": ["cvl"]}]})
    assert rule.source_roles == {"COP"} and rule.recode is None


@pytest.mark.parametrize("text, pairs, code", [
    ("Bangladeshi soldiers fired on protesting students in Dhaka.",
     [("Bangladeshi soldiers", "BGDMIL"), ("students", "BGDEDU")], "175"),
    ("Striking workers clashed with the Bangladeshi army in Dhaka.",
     [("Striking workers", "BGDLAB"), ("Bangladeshi army", "BGDMIL")], "145"),
])
def test_the_army_and_protesters_are_repression_and_riot(nlp, text, pairs, code) -> None:
    """CAMEO keeps 19x for armed fighting: soldiers on protesters repress (175), protesters riot (145)."""
    assert [c[1] for c in coded_triples(nlp, text, pairs)][:1] == [code]


def test_armed_men_who_come_to_a_home_pay_no_visit(nlp) -> None:
    """"Rebels came to the farmer's house at night" is a raid or a threat, not a visit (04)."""
    found = _codes(nlp, "The rebels came to the villagers at night.", [("rebels", "MLIREB"), ("villagers", "MLICVL")])
    assert not [c for c in found if c[0].startswith("04")], found


@pytest.mark.parametrize("text, pairs, expected", [
    # armed men killed by another armed side were fought (190), shot dead with small arms (193)
    ("Malian troops killed 25 members of the jihadist group near Gao in a day of fighting.",
     [("Malian troops", "MLIMIL"), ("jihadist group", "MLIREB")], ("190", "MLIMIL", "MLIREB")),
    ("Separatist fighters killed eight Cameroonian gendarmes at a post in the north-west.",
     [("Separatist fighters", "CMRREB"), ("Cameroonian gendarmes", "CMRCOP")], ("190", "CMRREB", "CMRCOP")),
    ("Filipino marines shot dead four members of the Abu Sayyaf group on Jolo.",
     [("Filipino marines", "PHLMIL"), ("Abu Sayyaf group", "IMGSEAMUS")], ("193", "PHLMIL", "IMGSEAMUS")),
])
def test_armed_men_killed_by_an_armed_side_were_fought(nlp, text, pairs, expected) -> None:
    assert expected in _codes(nlp, text, pairs)


@pytest.mark.parametrize("text, pairs", [
    # the unarmed killed, an execution, or a killer with no arms stay assault (18)
    ("The jihadist group killed 25 Malian herders near Gao.",
     [("jihadist group", "MLIREB"), ("Malian herders", "MLICVL")]),
    ("Malian troops killed three student protesters in Bamako.",
     [("Malian troops", "MLIMIL"), ("student protesters", "MLIOPP")]),
    ("The jihadist group executed eight captured Malian soldiers.",
     [("jihadist group", "MLIREB"), ("Malian soldiers", "MLIMIL")]),
    ("Angry villagers killed two members of the jihadist group near Gao.",
     [("Angry villagers", "MLICVL"), ("jihadist group", "MLIREB")]),
])
def test_killing_the_unarmed_or_by_the_unarmed_stays_assault(nlp, text, pairs) -> None:
    assert [c for c in _codes(nlp, text, pairs) if c[0].startswith("18")], _codes(nlp, text, pairs)


def test_armed_men_killed_by_no_named_killer_were_fought(nlp) -> None:
    """"Four fighters were killed in the raid": the rule's "-" source role takes a pair with no source,
    and only that: a roleless source (a bare country) still matches no rule."""
    from newsevents.events.pair_senses import pair_sense

    tok = next(t for t in nlp("Four fighters were killed in the raid.") if t.lower_ == "killed")
    rules = parse_pair_rules({"pairs": [{"lemmas": ["kill"], "codes": ["1823"], "recode": "190",
                                         "source_roles": ["MIL", "-"], "target_roles": ["REB"]}]})
    assert pair_sense(tok, "1823", None, "MLIREB", rules) is rules[0]
    assert pair_sense(tok, "1823", "MLI", "MLIREB", rules) is None
    assert pair_sense(tok, "1823", None, "MLICVL", rules) is None
    named_only = parse_pair_rules({"pairs": [{"lemmas": ["kill"], "codes": ["1823"], "recode": "190",
                                              "source_roles": ["MIL"], "target_roles": ["REB"]}]})
    assert pair_sense(tok, "1823", None, "MLIREB", named_only) is None
