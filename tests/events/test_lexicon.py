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


def test_two_word_object_is_more_specific_than_its_head():
    """"{chemical+weapons}" names the head with its modifier: it wins over a pattern on the bare head."""
    phrase = parse_pattern("use {chemical+weapons} on _", "verb", "2041")
    bare = parse_pattern("use {weapons} on _", "verb", "190")
    assert phrase.obj == {"chemical+weapons"} and phrase.specificity > bare.specificity


def test_object_modifiers_meet_object_constraints(nlp):
    """A two-word entry is met by a modifier and its head; a generic act noun's modifier meets a bare
    word ("ended mediation efforts"); a plain head with another modifier meets neither."""
    from newsevents.events.matcher import Trigger, misfit
    lex = load_lexicon()
    cases = [("Oman ended mediation efforts between the two parties.", "end {@mediation} between _", ""),
             ("Oman ended the mediation between the two parties.", "end {@mediation} between _", ""),
             ("Oman ended rescue efforts between the two storms.", "end {@mediation} between _", "object"),
             ("Peru and Chile began war games.", "begin {@exercise}", ""),
             ("Peru and Chile began video games.", "begin {@exercise}", "object")]
    for text, pattern, fails in cases:
        doc = nlp(text)
        verb = next(t for t in doc if t.pos_ == "VERB")
        why = misfit(Trigger(verb, lex), parse_pattern(pattern, "verb", "062"))
        assert why.startswith(fails) if fails else why == "", (text, why)


def test_target_preposition_on_the_object_only_when_the_pattern_names_it(nlp):
    """A "prep _" slot reads the object's preposition when the pattern names the object (directly or
    through a particle) or the object is a cognate one ("fought battles with X"), not otherwise
    ("called the raid on X a crime" calls on no one)."""
    from newsevents.events.matcher import Trigger
    lex = load_lexicon()
    cases = [("The minister called the raid on the village a crime.", "call on _", False),
             ("The army fought battles with the rebels.", "fight with _", True),
             ("The army carried out airstrikes against the rebels.", "carry out {@airstrike} against _", True),
             ("The army held exercises with the navy.", "hold {@exercise} with _", True)]
    for text, pattern, on_object in cases:
        doc = nlp(text)
        trig = Trigger(next(t for t in doc if t.dep_ == "ROOT"), lex)
        hosts = trig.prep_hosts(parse_pattern(pattern, "verb", "020"))
        assert (len(hosts) > 1) == on_object and trig.objects, (text, hosts)


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
