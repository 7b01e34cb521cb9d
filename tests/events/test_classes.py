"""Named word classes in patterns ({@name}), user extensions, TSV lexicon files, hand-written priority."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from newsevents.errors import KnowledgeBaseError
from newsevents.events import code_events, load_lexicon, parse_pattern
from newsevents.events.lexicon import Lexicon, load_file, read_tsv, shipped_classes

from .helpers import make_actors, make_article


def test_class_reference_expands_in_every_position():
    classes = {"weapon": frozenset({"rifle", "tank"}), "diplomat": frozenset({"envoy"})}
    p = parse_pattern("supply {@weapon|drone} to _", "verb", "072", classes=classes)
    assert p.obj == {"rifle", "tank", "drone"} and p.target.prep == "to"
    assert parse_pattern("expel _{@diplomat}", "verb", "161", classes=classes).target.lemmas == {"envoy"}
    assert parse_pattern("ask _ for @weapon", "verb", "0232", classes=classes).prep_objs == (
        ("for", frozenset({"rifle", "tank"})),)
    assert parse_pattern("arm @weapon", "verb", "072", classes=classes).obj == {"rifle", "tank"}
    banned = parse_pattern("hold _ !{@diplomat|vote}", "verb", "181", classes=classes).forbidden
    assert banned == ("{envoy|vote}",)
    assert parse_pattern("{@weapon} attack on _", "noun", "190", classes=classes).modifiers == (
        frozenset({"rifle", "tank"}),)


def test_unknown_class_is_an_error():
    with pytest.raises(KnowledgeBaseError, match="unknown word class"):
        parse_pattern("supply {@trebuchets} to _", "verb", "072", classes={})


def test_shipped_classes_are_single_lowercase_words():
    classes = shipped_classes()
    assert {"weapon", "troops", "sanction", "aid", "agreement", "talks", "diplomat", "legal_action"} <= set(classes)
    for name, words in classes.items():
        assert words and all(w == w.lower() and " " not in w for w in words), name


def test_verbs_yaml_uses_classes_not_repeated_lists():
    text = (resources.files("newsevents") / "data" / "en" / "lexicon" / "verbs.yaml").read_text(encoding="utf-8")
    inline = re.findall(r"\{([^{}@]*\|[^{}@]*)\}", text)
    repeated = {s for s in inline if inline.count(s) > 2}
    assert len(re.findall(r"\{[^{}]*@", text)) >= 200
    assert not repeated, f"inline alternations repeated more than twice: {sorted(repeated)}"


def test_user_file_extends_a_shipped_class(nlp, tmp_path):
    """A word added to a class in the user's file reaches the shipped patterns that name the class."""
    text = "Ruritania supplied trebuchets to Freedonia."
    actors = make_actors(text, [("Ruritania", "RUR"), ("Freedonia", "FRE")])
    doc = nlp(text)
    assert [e.cameo for e in code_events(doc, make_article(text), actors, [], [])] == []
    extra = tmp_path / "mine.yaml"
    extra.write_text("classes:\n  weapon: [trebuchet]\n", encoding="utf-8")
    events = code_events(doc, make_article(text), actors, [], [], extra_lexicons=[extra])
    assert [(e.source_code, e.cameo, e.target_code) for e in events] == [("RUR", "072", "FRE")]


def test_user_file_defines_and_uses_its_own_class(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text('classes:\n  siege_engine: [trebuchet, catapult]\n'
                     'verbs:\n  "190": ["hurl {@siege_engine} at _"]\n', encoding="utf-8")
    lex = Lexicon()
    load_file(lex, extra)
    assert lex.verbs["hurl"][0].obj == {"trebuchet", "catapult"}


def test_bad_class_section_is_an_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("classes:\n  Weapon X: [gun]\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError):
        load_file(Lexicon(), bad)


def test_tsv_lexicon_rows():
    data = read_tsv("# c\nclass\tengine\ttrebuchet|catapult\nverb\t190\thurl {@engine} any _\tx:1\t0.7\tsomewhere\n",
                    "t.tsv")
    assert data["classes"] == {"engine": ["trebuchet", "catapult"]}
    assert data["verbs"]["190"][0] == {"pattern": "hurl {@engine} any _", "id": "x:1", "confidence": 0.7,
                                       "origin": "somewhere", "generated": True}
    with pytest.raises(KnowledgeBaseError):
        read_tsv("verb\t190\tonly three\n", "t.tsv")


def test_generated_twin_of_a_hand_written_pattern_is_not_loaded():
    lex = Lexicon()
    lex.add(parse_pattern("accuse _", "verb", "112"))
    lex.add(parse_pattern("accuse _", "verb", "111", generated=True))
    lex.add(parse_pattern("accuse _ of {lying}", "verb", "111", generated=True))
    assert [p.code for p in lex.verbs["accuse"]] == ["112", "111"] and lex.shadowed == 1


def test_hand_written_pattern_outranks_a_generated_one():
    hand = parse_pattern("deploy {troops}", "verb", "150")
    gen = parse_pattern("deploy {troops} to {border} any _", "verb", "154", generated=True)
    assert hand.specificity > gen.specificity


def test_shipped_lexicon_loads_generated_patterns_below_hand_written_confidence():
    lex = load_lexicon()
    gen = [p for ps in lex.verbs.values() for p in ps if p.generated]
    hand = [p for ps in lex.verbs.values() for p in ps if not p.generated]
    assert len(gen) > 2000 and len(hand) > 400
    assert max(p.confidence for p in gen) < min(p.confidence for p in hand)
    assert all(p.origin.startswith("Phoenix CAMEO.2.0.txt line ") and p.id.startswith("phoenix:") for p in gen)
