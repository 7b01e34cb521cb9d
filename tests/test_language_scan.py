"""No stage module writes a word of a language in code (issue 18): the scan of :mod:`tests.language_scan`
over every module of every stage, and samples that show the scan catches each shape it forbids (a
clean scan means something only if the scan can fail).

Samples are written for these tests; none is taken from a gold, benchmark or searched article.
"""

from __future__ import annotations

import pytest

from .language_scan import EXCEPTIONS, PACKAGE, scan, stage_modules


@pytest.mark.parametrize("module", stage_modules())
def test_no_stage_module_writes_a_word_of_a_language(module: str) -> None:
    found = scan((PACKAGE / module).read_text(encoding="utf-8"), module)
    assert found == [], f"{module}: read these words from a named class of data/<lang>/ (or allow one with why)"


def _lines(source: str, shape: str | None = None) -> list[int]:
    return sorted({f.line for f in scan(source) if shape is None or f.shape == shape})


def test_the_scan_catches_comparisons_of_a_token_s_words() -> None:
    """``==``/``in`` with a literal, a display, a module constant (a word or a list), through
    ``.lower()``, a subscript, a local name, a set of a token's words, a dict's ``get`` and a helper."""
    source = '''
PREP = "to"
CONTROL = frozenset({"ask", "urge"})
PRONOUNS = {"they": "plural"}
def rule(tok, words, lex):
    word = tok.lower_
    kids = {c.lower_ for c in tok.children}
    a = tok.lemma_.lower() in ("be", "have")
    b = words[0].text == PREP
    c = word in CONTROL
    d = kids & {"the"}
    e = PRONOUNS.get(tok.lower_)
    f = preps(tok, "of")
    ok = tok.dep_ == "aux" and tok.text == "?" and tok.lower_ in lex.infinitive_markers and tok.pos_ != "NOUN"
'''
    assert _lines(source, "compare") == [8, 9, 10, 11, 12, 13]


def test_the_scan_catches_affixes_displays_class_words_and_regexes() -> None:
    """A word looked for at a token's edge, a word list anywhere, a word of a shipped class, a word in
    a pattern (in any case), each on its own line; labels, codes and punctuation are left alone."""
    source = '''
import re
PATTERN = re.compile(r"(?:by|BY)\\s+[A-Z]")
def rule(tok, text):
    people = ["lorry", "barge"]
    x = text.startswith("the ")
    y = "amid"
    z = re.search(r"(?:mon|tues)day", text)
    ok = tok.dep_ in ("nsubj", "dobj") and tok.ent_type_ != "PERSON" and tok.text in ("-", ",") and "SU" in text
    return re.compile(r"(?P<iso>\\d{4})[A-Za-z]+(?i:[a-z])")
'''
    found = {(f.line, f.shape) for f in scan(source)}
    assert found == {(3, "regex"), (5, "display"), (6, "affix"), (7, "class word"), (8, "regex")}


def test_a_literal_is_allowed_by_name_or_by_its_owner() -> None:
    source = 'SUFFIXES = ("jr", "sr")\ndef f(tok):\n    return tok.lower_ == "per"\n'
    assert {f.word for f in scan(source)} == {"jr", "sr", "per"}
    assert [f.word for f in scan(source, allowed={"SUFFIXES": "names", "per": "a unit"})] == []


@pytest.mark.parametrize(("module", "key"), [(m, k) for m, keys in EXCEPTIONS.items() for k in keys])
def test_every_exception_is_needed(module: str, key: str) -> None:
    """An exception that allows nothing is stale: remove it (each one must keep a literal out)."""
    source = (PACKAGE / module).read_text(encoding="utf-8")
    if key == "*":
        assert scan(source, module, allowed={}) != []
    else:
        assert scan(source, module, allowed={k: v for k, v in EXCEPTIONS[module].items() if k != key}) != []
