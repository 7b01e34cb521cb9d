"""The coder's shortcut past words that cannot trigger: it must never skip a word that could."""

from __future__ import annotations

from newsevents.events import triggers
from newsevents.events.lexicon import Lexicon, load_lexicon, parse_pattern
from newsevents.events.matcher import candidates
from newsevents.events.triggers import possible_triggers

from .suite import load_cases

EXTRA = [
    "North Korea test-fired two missiles on Monday, and Seoul condemned the test-firing.",
    "Fighting between the army and the rebels killed 12 people; talks are planned.",
    "The ministers were staging protests and stagged walkouts while hostages were being freed.",
]


def test_possible_triggers_cover_every_token_with_patterns(nlp):
    lex = load_lexicon()
    texts = [case.text for case in load_cases()] + EXTRA
    covered = 0
    for doc in nlp.pipe(texts):
        found = possible_triggers(doc, lex)
        assert found == sorted(set(found))
        with_patterns = [tok.i for tok in doc if candidates(tok, lex)]
        assert set(with_patterns) <= set(found), doc.text
        covered += len(with_patterns)
    assert covered > len(texts)  # the check is not vacuous


def test_possible_triggers_follow_added_patterns(nlp):
    lex = Lexicon()
    doc = nlp("The two sides bartered grain for oil.")
    assert possible_triggers(doc, lex) == []
    lex.add(parse_pattern("barter _", "verb", "061"))
    assert [doc[i].text for i in possible_triggers(doc, lex)] == ["bartered"]
    assert possible_triggers(nlp(""), lex) == []


def test_possible_triggers_survive_a_full_cache(nlp, monkeypatch):
    docs = list(nlp.pipe([case.text for case in load_cases()[:30]] + EXTRA))
    expected = [possible_triggers(doc, load_lexicon()) for doc in docs]
    monkeypatch.setattr(triggers, "MAX_KNOWN", 5)
    lex = Lexicon()
    for name in ("verbs", "nouns"):
        getattr(lex, name).update(getattr(load_lexicon(), name))
    assert [possible_triggers(doc, lex) for doc in docs] == expected
    assert len(lex.trigger_cache["known"][0]) < 100
