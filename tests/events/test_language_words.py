"""The event coder's function words are data (issue 18): arguments.yaml and dates.yaml, per language.

The coder is shown to read the classes: a data root with one more word in a class changes what a
rule finds. (That no rule writes a word in code is tests/test_language_scan.py's scan of every stage
module.)
"""

from __future__ import annotations

import yaml

from newsevents import resources
from newsevents.events import words
from newsevents.events.placetime import background
from newsevents.events.relations import subjects

from ..conftest import DataCopy

LEXICON = resources.DATA / "en" / "lexicon"


def test_every_class_is_a_field_and_every_field_a_class() -> None:
    """The dataclasses and the shipped files name the same classes (a typo on either side fails)."""
    for name, cls in (("arguments.yaml", words.ArgumentWords), ("dates.yaml", words.DateWords)):
        shipped = set(yaml.safe_load((LEXICON / name).read_text(encoding="utf-8")))
        assert shipped == {f for f in cls.__dataclass_fields__ if cls.__dataclass_fields__[f].init}, name


def test_a_language_without_the_files_has_empty_classes() -> None:
    assert not any(getattr(words.argument_words("xx"), f) for f in ("relative_pronouns", "agent_prepositions"))
    assert words.argument_words("xx").inflections == () and not words.date_words("xx").background_words


def test_an_added_object_control_verb_gives_its_infinitive_the_object(nlp, data_copy: DataCopy) -> None:
    doc = nlp("The president begged the rebels to negotiate with the government.")
    act = next(t for t in doc if t.lower_ == "negotiate")
    assert [t.text for t in subjects(act)[0]] == ["president"]  # "beg" is in no class: the subject
    data_copy.add("lexicon/arguments.yaml", "object_control_verbs", "beg")
    assert [t.text for t in subjects(act)[0]] == ["rebels"]


def test_an_added_background_word_leaves_its_event_undated(nlp, data_copy: DataCopy) -> None:
    """(A word picked to show that the class is read, not one that belongs in it.)"""
    doc = nlp("Police arrested the men amid clashes with protesters.")
    clashes = next(t for t in doc if t.lower_ == "clashes")
    assert not background(clashes, [])  # "amid clashes": news of the day
    data_copy.add("lexicon/dates.yaml", "background_words", "amid")
    assert background(clashes, [])
