"""Bylines and date lines under the headline of plain text: chrome for the body, metadata for the article."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsevents.extract import extract_article
from newsevents.extract.meta import byline_metadata, written_date
from newsevents.model import RawDocument


@pytest.mark.parametrize("text, exp", [
    ("May 21, 2024", "2024-05-21"),
    ("Feb. 3, 2019", "2019-02-03"),
    ("21 May 2024", "2024-05-21"),
    ("Tuesday, 5 March 2024 14:05 GMT", "2024-03-05"),
    ("2024-07-03", "2024-07-03"),
    ("February 30, 2024", None),
    ("Mayday 21, 2024", None),
    ("the talks of May 21, 2024 failed", None),
])
def test_written_date(text: str, exp: str | None) -> None:
    assert written_date(text) == exp


@pytest.mark.parametrize("lines, exp", [
    (["By Claire Dubois | February 14, 2024"], ("2024-02-14", "Claire Dubois")),
    (["Published: 2024-07-03"], ("2024-07-03", None)),
    (["Updated on May 1, 2023 10:15"], ("2023-05-01", None)),
    (["By Ana Ruiz and Tom Bell · 3 March 2024"], ("2024-03-03", "Ana Ruiz and Tom Bell")),
    (["PARIS — The president spoke on May 21, 2024 about the talks."], (None, None)),
    (["Home | World | Africa"], (None, None)),
])
def test_byline_metadata(lines: list[str], exp: tuple[str | None, str | None]) -> None:
    assert byline_metadata(lines) == exp


def test_byline_date_becomes_published_and_leaves_the_body() -> None:
    text = ("Talks resume in Doha\n\nBy Jane Doe | March 3, 2024\n\n"
            "DOHA — Negotiators met on Sunday for a second round of talks on the prisoner exchange.\n")
    article = extract_article(RawDocument(source="t.txt", content=text), published="2020-01-01")
    assert article.published == "2024-03-03"
    assert article.author == "Jane Doe"
    assert "Jane Doe" not in article.text


def test_metadata_date_wins_over_byline() -> None:
    text = "Title here\n\nPublished: 2024-07-03\n\nA body sentence that is long enough to be a paragraph of news."
    article = extract_article(RawDocument(source="t.txt", content=text, published="2024-07-04"))
    assert article.published == "2024-07-04"


@given(st.text(max_size=60))
def test_written_date_never_raises_and_is_iso(value: str) -> None:
    found = written_date(value)
    assert found is None or (len(found) == 10 and found[4] == "-" and found[7] == "-")
