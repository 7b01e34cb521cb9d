"""The one dateline grammar (newsevents.datelines): each form a wire writes, and lines of the same
shape that are no dateline. Sentences are made up for the test."""

from __future__ import annotations

import pytest

from newsevents.datelines import MARKS, find, read, token_dateline


def _words(text: str, **kwargs: bool) -> tuple[str, str | None, str | None, str]:
    line = read(text, 0, **kwargs)
    assert line is not None, text
    agency = text[line.agency[0]:line.agency[1]] if line.agency else None
    return line.place_text, line.country_text, agency, text[line.end:]


@pytest.mark.parametrize(("text", "place", "country", "agency"), [
    ("TARVOS (Wire) - The port reopened on Friday.", "TARVOS", None, "Wire"),
    ("TARVOS, Freedonia - The port reopened on Friday.", "TARVOS", "Freedonia", None),
    ("TARVOS, Freedonia (Wire) — The port reopened on Friday.", "TARVOS", "Freedonia", "Wire"),
    ("TARVOS: The port reopened on Friday.", "TARVOS", None, None),
    ("TARVOS -- The port reopened on Friday.", "TARVOS", None, None),
    ("TARVOS/KELMA (Wire) - The port reopened on Friday.", "TARVOS/KELMA", None, "Wire"),
    ("CAP-TARVOS, Freedonia, (Wire) – The port reopened on Friday.", "CAP-TARVOS", "Freedonia", "Wire"),
    ("ST. TARVOS (Wire) -The port reopened on Friday.", "ST. TARVOS", None, "Wire"),
    ("New Tarvos: (Wire) The port reopened on Friday.", "New Tarvos", None, "Wire"),
    # a filing date after the place or the country, month-day or day-month, with or without a year
    ("TARVOS, Freedonia, Feb 09, 2004 (Wire) — The port reopened on Friday.", "TARVOS", "Freedonia", "Wire"),
    ("TARVOS, April 4 (Wire) - The port reopened on Friday.", "TARVOS", None, "Wire"),
    ("TARVOS, Oct. 3, 2019 — The port reopened on Friday.", "TARVOS", None, None),
    ("TARVOS, 12 March 2021 (Wire) - The port reopened on Friday.", "TARVOS", None, "Wire"),
    ("ST. TARVOS, Fred. (Wire) — The port reopened on Friday.", "ST. TARVOS", "Fred.", "Wire"),
])
def test_each_form_gives_its_parts_and_the_body(text: str, place: str, country: str | None, agency: str | None) -> None:
    assert _words(text) == (place, country, agency, "The port reopened on Friday.")


@pytest.mark.parametrize("text", [
    "NATO said on Friday that the port had reopened.",  # an acronym opening a sentence
    "NATO — the alliance of the north — said the port had reopened.",  # an acronym in apposition
    "UPDATE 2 - Port reopens after strike",  # a wire's slug
    "ANALYSIS: Why the port reopened",  # a headline's tag before a colon
    "CAP-TARVOS reopened its port on Friday.",  # a hyphen inside a name is no mark
    "The port reopened - and traders returned.",  # a sentence, not a place in capitals
])
def test_lines_of_the_same_shape_are_no_datelines_in_capitals(text: str) -> None:
    assert read(text, 0, capitals=True) is None


def test_a_headline_with_a_colon_is_left_to_the_caller() -> None:
    line = read("Port strike: What we know so far", 0)
    assert line is not None and line.colon and not line.capitals  # actors want a known capital here
    assert read("Port strike: what we know so far", 0) is None  # a body opens a sentence


def test_find_looks_past_a_headline_within_the_opening() -> None:
    text = "Port reopens after strike\n\nTARVOS, Freedonia (Wire) — The port reopened.\nKELMA — Later lines."
    found = list(find(text, capitals=True))
    assert [line.place_text for line in found] == ["TARVOS", "KELMA"]
    assert [line.place_text for line in find(text, 40, capitals=True)] == []
    assert text[found[0].words[0]:found[0].words[1]] == "TARVOS, Freedonia"


def test_the_marks_are_the_grammar_marks() -> None:
    assert {":", "—", "–", "-", "--"} == MARKS


@pytest.mark.parametrize(("word", "following", "expected"), [
    ("TARVOS", ":", True), ("TARVOS", "—", True), ("TARVOS", "--", True),
    ("UN", "-", False),  # too short to be written out as a place
    ("Tarvos", "-", False), ("TARVOS", ",", False),
])
def test_a_dateline_read_from_tokens(word: str, following: str, expected: bool) -> None:
    assert token_dateline(word, following) is expected


@pytest.mark.parametrize(("text", "place", "country"), [
    ("NEW DELHI, India The port reopened on Friday.", "NEW DELHI", "India"),
    ("COLOMBO, Sri Lanka The port reopened on Friday.", "COLOMBO", "Sri Lanka"),  # the longest country
    ("MAIDUGURI, Nigeria Traders said the port reopened.", "MAIDUGURI", "Nigeria"),
    ("PESHAWAR, Pakistan\n\nThe port reopened on Friday.", "PESHAWAR", "Pakistan"),  # alone on its line
])
def test_a_dateline_with_no_mark_when_the_place_is_of_that_country(text: str, place: str, country: str) -> None:
    line = read(text, 0, capitals=True)
    assert line is not None and (line.place_text, line.country_text) == (place, country)
    assert text[line.end:].split()[0] in {"The", "Traders"}


@pytest.mark.parametrize("text", [
    "WASHINGTON Post reporters said the port had reopened.",  # a name in capitals, no comma
    "PARIS, India The port reopened on Friday.",  # no place of that country
    "PARIS, France and Italy reopened their ports.",  # a list, no body after the country
    "PORT STRIKE ENDS, Freedonia Says Traders",  # a headline in capitals
    "PESHAWAR, Pakistan\nand the port reopened on Friday.",  # the next line opens no sentence
])
def test_no_mark_and_no_place_of_that_country_is_no_dateline(text: str) -> None:
    assert read(text, 0) is None
