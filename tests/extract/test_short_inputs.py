"""Short and headline-less plain text: a single line, or a text opening on a sentence, is all body.

Users pipe single sentences (and the CAMEO codebook's examples are single sentences), so extraction
must not take a lone line for a headline and then fail with "no article text found".
"""

from __future__ import annotations

import pytest

from newsevents.extract import extract_article
from newsevents.model import RawDocument

SENTENCE = "Rebel fighters ambushed an army convoy near the border town on Friday."


def _extract(content: str):
    return extract_article(RawDocument(source="s", content=content))


@pytest.mark.parametrize("content", [
    SENTENCE,                          # one sentence, no title line
    SENTENCE + "\n",                   # with the trailing newline that echo adds
    "Rebel fighters ambushed an army convoy",  # one line without a full stop is still a body
    "The envoy said the talks would resume “soon.”",  # a sentence ending inside closing quotes
])
def test_a_single_line_is_the_body(content: str) -> None:
    article = _extract(content)
    assert article.title is None and article.text == content.strip()


def test_a_text_opening_on_a_sentence_has_no_title() -> None:
    content = f"{SENTENCE}\nThe ministry said two soldiers were wounded in the attack."
    article = _extract(content)
    assert article.title is None and article.text.startswith(SENTENCE + "\n\n")
    assert article.text.endswith("wounded in the attack.")


@pytest.mark.parametrize("headline", [
    "Rebels ambush army convoy near border",
    "Army convoy ambushed near border, ministry says",
    "Convoy attacked by rebels backed by U.S.",   # ends in an abbreviation, not a full stop
    "Will the ceasefire hold?",
])
def test_a_headline_line_stays_the_title(headline: str) -> None:
    article = _extract(f"{headline}\n\n{SENTENCE}")
    assert article.title == headline and article.text == f"{headline}\n\n{SENTENCE}"
