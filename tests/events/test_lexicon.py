"""The lexicon and ontology as data: pattern syntax, user files, validation, coverage."""

from __future__ import annotations

import pytest

from newsevents.errors import KnowledgeBaseError
from newsevents.events import code_events, load_lexicon, load_ontology, lookup, parse_pattern
from newsevents.events.lexicon import Lexicon, load_file

from .helpers import make_actors, make_article


@pytest.mark.parametrize("text, exp", [
    ("meet with _", ("meet", None, (), "prep", "with")),
    ("accuse _", ("accuse", None, (), "dobj", None)),
    ("shoot down _", ("shoot", None, (), "prep", "down")),  # particle or preposition: both are tried
    ("submit {resolution|proposal} to _", ("submit", frozenset({"resolution", "proposal"}), (), "prep", "to")),
    ("demand that _", ("demand", None, (), "that", "that")),
])
def test_verb_pattern_syntax(text, exp):
    p = parse_pattern(text, "verb", "040")
    assert (p.lemma, p.obj, p.required, p.target.kind, p.target.prep) == exp


def test_noun_pattern_syntax():
    p = parse_pattern("telephone conversation with _", "noun", "041")
    assert (p.lemma, p.modifiers, p.target.prep) == ("conversation", (frozenset({"telephone"}),), "with")
    assert parse_pattern("talks between _", "noun", "040").target.kind == "between"


def test_ontology_facts():
    assert len(load_ontology()) == 317
    assert lookup("036").plover == "AGREE" and lookup("190").quad_class == 4 and lookup("042").goldstein == 1.9
    with pytest.raises(KnowledgeBaseError):
        lookup("999")


def test_every_root_has_patterns():
    lex = load_lexicon()
    roots = {p.code[:2] for table in (lex.verbs, lex.nouns) for ps in table.values() for p in ps}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    assert lex.size >= 500


def test_unknown_code_rejected(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text('verbs:\n  "999": ["frobnicate _"]\n', encoding="utf-8")
    with pytest.raises(KnowledgeBaseError):
        load_file(Lexicon(), bad)


def test_user_lexicon_extends_coder(nlp, tmp_path):
    text = "Ruritania snubbed Freedonia."
    extra = tmp_path / "mine.yaml"
    extra.write_text('verbs:\n  "125": ["snub _ !xcomp"]\n', encoding="utf-8")
    actors = make_actors(text, [("Ruritania", "RUR"), ("Freedonia", "FRE")])
    doc = nlp(text)
    base = code_events(doc, make_article(text), actors, [], [])
    mine = code_events(doc, make_article(text), actors, [], [], extra_lexicons=[extra])
    assert [e.cameo for e in base] == ["120"]
    assert [e.cameo for e in mine] == ["125"]


def test_no_actors_no_events(nlp):
    text = "Russia attacked Ukraine."
    assert code_events(nlp(text), make_article(text), [], [], []) == []


from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

WORD = st.sampled_from(["meet", "with", "_", "_{plan|deal}", "{talks|meeting}", "*", "!on", "to", "that", "between",
                        "down", "telephone", "xcomp"])


@given(st.lists(WORD, min_size=1, max_size=6), st.sampled_from(["verb", "noun"]))
def test_pattern_parser_never_crashes(words, kind):
    """Any word sequence either parses into a Pattern or is refused with a KnowledgeBaseError."""
    text = " ".join(words)
    try:
        p = parse_pattern(text, kind, "040")
    except KnowledgeBaseError:
        return
    assert p.code == "040" and p.kind == kind and p.specificity >= 0
