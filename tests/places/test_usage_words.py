"""places/usage.yaml's word classes hold words: an unquoted "off" or "on" is a YAML boolean, which
would silently drop the word ("off the coast" was lost that way)."""

from __future__ import annotations

import pytest
import yaml

from newsevents.places import word_class
from newsevents.resources import data_path


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_word_class_holds_words(lang: str) -> None:
    data = yaml.safe_load(data_path("places", "usage.yaml", lang=lang).read_text(encoding="utf-8"))
    wrong = {name: [w for w in words if not isinstance(w, str)] for name, words in data.items()}
    assert not {name: words for name, words in wrong.items() if words}


def test_off_is_a_locative_preposition() -> None:
    assert "off" in word_class("locative_prepositions")
    assert "off" in word_class("actor_place_prepositions")
