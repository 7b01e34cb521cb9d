"""The quotes, counts, times and places stages (and the date helpers) read their words from named classes
of ``data/<lang>/...`` (issue 18): a word added to the data changes a result. (That no rule writes a word
in code is tests/test_language_scan.py's scan of every stage module.)
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from .conftest import DataCopy

# --- a word added to the data changes a result ----------------------------------------------------------

def test_a_date_label_added_to_the_byline_words_is_read(data_copy: DataCopy) -> None:
    from newsevents.extract.meta import byline_metadata

    assert byline_metadata(["Revised: March 3, 2024"]) == (None, None)
    data_copy.add("byline.yaml", "date_labels", "revised")
    assert byline_metadata(["Revised: March 3, 2024"]) == ("2024-03-03", None)


def test_a_conjunction_added_to_the_count_words_joins_a_number(data_copy: DataCopy) -> None:
    from newsevents.counts.numbers import load_numbers, parse_number

    assert parse_number("two hundred plus five", load_numbers(lang="en")) is None
    data_copy.add("counts/words.yaml", "number_conjunctions", "plus")
    assert parse_number("two hundred plus five", load_numbers(lang="en")) == (205, None)


def test_an_article_added_to_the_place_words_leaves_the_lookup_key(data_copy: DataCopy) -> None:
    from newsevents.places.gazetteer import key

    assert key("The Gaza Strip's") == "gaza strip" and key("La Paz") == "la paz"
    data_copy.add("places/usage.yaml", "articles", "la")
    assert key("La Paz") == "paz"


def _token(word: str, lang: str) -> Any:
    """What the quote rules read of a token and its Doc (no pipeline: a quick test)."""
    doc = SimpleNamespace(user_data={"newsevents_language": lang}, lang_=lang)  # as nlp.parse records it
    return SimpleNamespace(lower_=word.lower(), text=word, doc=doc)


def test_a_pronoun_added_to_the_quote_words_has_a_gender(data_copy: DataCopy) -> None:
    from newsevents.quotes.antecedents import gender_of_pronoun

    assert gender_of_pronoun(_token("Himself", "en")) is None and gender_of_pronoun(_token("She", "en")) == "female"
    data_copy.add("quotes/words.yaml", "male_pronouns", "himself")
    assert gender_of_pronoun(_token("Himself", "en")) == "male"
