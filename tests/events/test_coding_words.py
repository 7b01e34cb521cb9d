"""The event coder's rules read named word classes of ``data/<lang>/lexicon/coding.yaml`` and
``modality.yaml`` (issue 18): a word added there changes coding. (That no rule writes a word in code
is tests/test_language_scan.py's scan of every stage module.)

Texts are written for these tests; none is taken from a gold, benchmark or searched article.
"""

from __future__ import annotations

from newsevents.events.words import CodingWords, coding_words

from ..conftest import DataCopy
from .helpers import coded_triples


def test_every_class_is_shipped_and_a_language_without_the_file_has_none() -> None:
    english = coding_words("en")
    assert all(getattr(english, name) for name in CodingWords.__dataclass_fields__)
    assert not any(getattr(coding_words("xx"), name) for name in CodingWords.__dataclass_fields__)


def test_a_word_added_to_coding_yaml_changes_coding(nlp, data_copy: DataCopy) -> None:
    """"X said they must withdraw": a demand of the side "they" names, until "they" is a subject
    that names nobody (``generic_subjects``)."""
    text = "The Kenyan foreign minister said they must withdraw their troops from the border."
    pairs = [("Kenyan foreign minister", "KENGOV"), ("they", "UGAMIL")]
    assert ("KENGOV", "100", "UGAMIL") in coded_triples(nlp, text, pairs)
    data_copy.add("lexicon/coding.yaml", "generic_subjects", "they")
    assert not [c for c in coded_triples(nlp, text, pairs) if c[1] == "100"]


def test_a_word_added_to_modality_yaml_changes_coding(nlp, data_copy: DataCopy) -> None:
    """"Within such a scenario, X would blockade Y": a threat, until "within" frames a hypothesis
    as "in" does (``framing_preps``)."""
    text = "Within such a scenario, Thai warships would blockade Cambodian ports."
    pairs = [("Thai warships", "THAMIL"), ("Cambodian", "KHM")]
    assert [c for c in coded_triples(nlp, text, pairs) if c[1].startswith("13")]
    data_copy.add("lexicon/modality.yaml", "framing_preps", "within", section="modality")
    assert coded_triples(nlp, text, pairs) == []


def test_a_language_without_a_lexicon_gets_no_english_patterns_or_modality_words() -> None:
    """The lexicon (patterns and modality.yaml's words) is read from ``data/<lang>/lexicon/``: a
    language that ships none codes nothing, rather than reading English lemmas."""
    from newsevents.events.lexicon import load_lexicon

    assert load_lexicon().size > 1000 and load_lexicon().modality["framing_preps"]
    foreign = load_lexicon(lang="xx")
    assert foreign.size == 0 and not foreign.modality


def test_a_between_slot_is_read_from_the_language_s_prepositions() -> None:
    """"talks between _" names both sides because "between" is one of English's ``between_preps``;
    in a language whose data does not list it, the same word is an ordinary preposition slot."""
    from newsevents.events.lexicon import parse_pattern

    assert parse_pattern("talks between _", "noun", "040").target.kind == "between"
    assert parse_pattern("mediate between _", "verb", "045").target.kind == "between"
    assert parse_pattern("talks between _", "noun", "040", classes={}, lang="xx").target.kind == "prep"
