"""The quotes, counts, times and places stages (and the date helpers) read their words from named classes
of ``data/<lang>/...`` (issue 18): a word added to the data changes a result. (That no rule writes a word
in code is tests/test_language_scan.py's scan of every stage module.)
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

# --- a word added to the data changes a result ----------------------------------------------------------

@pytest.fixture
def added(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A language ``xx``: English's data (``data/xx`` a copy of ``data/en``), for a test to add words to
    before it first reads them. Only ``xx`` entries enter the loaders' caches."""
    from newsevents import resources

    root = tmp_path / "data"
    root.mkdir()
    for entry in resources.DATA.iterdir():
        (root / entry.name).symlink_to(entry)
    shutil.copytree(resources.DATA / "en", root / "xx")
    monkeypatch.setattr(resources, "DATA", root)
    yield root / "xx"
    from newsevents.counts.numbers import load_numbers
    from newsevents.counts.words import count_words
    from newsevents.extract.meta import _date_words
    from newsevents.places.gazetteer import _key_affixes
    from newsevents.quotes.words import quote_words

    for cached in (resources.word_classes, load_numbers, count_words, _date_words, _key_affixes, quote_words):
        cached.cache_clear()  # forget language xx, whose files are gone with tmp_path


def _add(path: Path, cls: str, word: str) -> None:
    """Append ``word`` to the flow-style list of class ``cls`` in the YAML file ``path``."""
    text = path.read_text(encoding="utf-8")
    found = re.search(rf"^{cls}: \[([^\]]*)\]", text, re.MULTILINE)
    assert found is not None, f"{cls} not in {path.name}"
    path.write_text(text[:found.end(1)] + f", {word}" + text[found.end(1):], encoding="utf-8")


def test_a_date_label_added_to_the_byline_words_is_read(added: Path) -> None:
    from newsevents.extract.meta import byline_metadata

    assert byline_metadata(["Revised: March 3, 2024"]) == (None, None)
    _add(added / "byline.yaml", "date_labels", "revised")
    assert byline_metadata(["Revised: March 3, 2024"], lang="xx") == ("2024-03-03", None)


def test_a_conjunction_added_to_the_count_words_joins_a_number(added: Path) -> None:
    from newsevents.counts.numbers import load_numbers, parse_number

    assert parse_number("two hundred plus five", load_numbers(lang="en")) is None
    _add(added / "counts" / "words.yaml", "number_conjunctions", "plus")
    assert parse_number("two hundred plus five", load_numbers(lang="xx")) == (205, None)


def test_an_article_added_to_the_place_words_leaves_the_lookup_key(added: Path) -> None:
    from newsevents.places.gazetteer import key

    assert key("The Gaza Strip's") == "gaza strip" and key("La Paz") == "la paz"
    _add(added / "places" / "usage.yaml", "articles", "la")
    assert key("La Paz", "xx") == "paz"


def _token(word: str, lang: str) -> Any:
    """What the quote rules read of a token and its Doc (no pipeline: a quick test)."""
    doc = SimpleNamespace(user_data={"newsevents_language": lang}, lang_=lang)  # as nlp.parse records it
    return SimpleNamespace(lower_=word.lower(), text=word, doc=doc)


def test_a_pronoun_added_to_the_quote_words_has_a_gender(added: Path) -> None:
    from newsevents.quotes.antecedents import gender_of_pronoun

    assert gender_of_pronoun(_token("Himself", "en")) is None and gender_of_pronoun(_token("She", "en")) == "female"
    _add(added / "quotes" / "words.yaml", "male_pronouns", "himself")
    assert gender_of_pronoun(_token("Himself", "xx")) == "male"
