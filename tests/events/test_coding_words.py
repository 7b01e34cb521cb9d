"""The event coder's rules hold no words of a language (issue 18): they read named word classes of
``data/<lang>/lexicon/coding.yaml`` and ``modality.yaml``, and a word added there changes coding.

What the scan allows, and why: spaCy's labels (``dep_``, ``pos_``, ``tag_``, ``ent_type_``) are the
parser's vocabulary, the same for every pipeline of the UD/OntoNotes schemes the project uses, not
English words; rule ids, role and mode names and message text are never compared with a token.
Punctuation ("?", ";", a line break) is compared with tokens, but a literal without a letter is no
word of any language. Anything else a token's form or lemma is compared with must come from data.

Texts are written for these tests; none is taken from a gold, benchmark or searched article.
"""

from __future__ import annotations

import ast
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from newsevents import resources
from newsevents.events import lexicon as lexicon_module
from newsevents.events import words as coding_module
from newsevents.events.words import CodingWords, coding_words

from .helpers import coded_triples

EVENTS = Path(__file__).resolve().parents[2] / "src" / "newsevents" / "events"
MODULES = ("modality", "senses", "coder", "confidence", "obligations", "pair_senses", "lexicon", "domain",
           "triggers", "explain", "ontology", "words")
# a token's own text: what the rules must not compare with an English literal
TEXT_ATTRIBUTES = {"text", "lower_", "lemma_", "norm_", "orth_", "text_with_ws"}
LETTER = re.compile(r"[^\W\d_]")


def _is_token_text(node: ast.expr) -> bool:
    """``tok.lower_``, ``tok.lemma_.lower()``, ``words[0].text`` ..."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("lower", "strip"):
        return _is_token_text(node.func.value)
    return isinstance(node, ast.Attribute) and node.attr in TEXT_ATTRIBUTES


def _word_literals(node: ast.expr, constants: dict[str, ast.expr]) -> list[str]:
    """The string literals with a letter that ``node`` is or holds (a module constant is followed)."""
    if isinstance(node, ast.Name) and node.id in constants:
        node = constants[node.id]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("frozenset", "set") \
            and node.args:
        node = node.args[0]
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if LETTER.search(node.value) else []
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return [w for elt in node.elts for w in _word_literals(elt, constants)]
    return []


def english_comparisons(source: str) -> list[str]:
    """Each comparison of a token's text or lemma with a word literal in ``source``, and each
    ``startswith``/``endswith`` of one with a word, as "line: words"."""
    tree = ast.parse(source)
    constants = {t.id: node.value for node in tree.body if isinstance(node, ast.Assign)
                 for t in node.targets if isinstance(t, ast.Name)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(_is_token_text(s) for s in sides):
                words = [w for s in sides if not _is_token_text(s) for w in _word_literals(s, constants)]
                if words:
                    found.append(f"{node.lineno}: {words}")
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr in ("startswith", "endswith") and _is_token_text(node.func.value)):
            words = [w for a in node.args for w in _word_literals(a, constants)]
            if words:
                found.append(f"{node.lineno}: {words}")
    return found


def test_the_scan_finds_an_english_comparison() -> None:
    """The scan is not blind: each way the coder used to compare a token with English is caught."""
    source = '''
PREPS = ("of", "for")
def f(tok, c, words):
    a = c.lower_ == "to"
    b = tok.lemma_.lower() in ("be", "have")
    d = c.lower_ in PREPS
    e = words[0].text.startswith("anti")
    ok = c.dep_ == "aux" and c.text == "?" and c.lower_ in words.infinitive_markers
'''
    assert [hit.split(":")[0] for hit in english_comparisons(source)] == ["4", "5", "6", "7"]


@pytest.mark.parametrize("name", MODULES)
def test_no_rule_compares_a_token_with_an_english_word(name: str) -> None:
    source = (EVENTS / f"{name}.py").read_text(encoding="utf-8")
    assert english_comparisons(source) == [], f"events/{name}.py: read the words from a class of coding.yaml"


def test_no_rule_holds_an_english_word_in_a_regex() -> None:
    """A regex of these modules holds no run of letters outside its escapes and character sets (a
    word alternation such as ``(?:said|told)`` belongs in a word class)."""
    for name in MODULES:
        tree = ast.parse((EVENTS / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re" and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                bare = re.sub(r"\[[^\]]*\]|\\.|\(\?P?<?[a-z]*[>=!:]?", "", node.args[0].value)
                assert not re.search(r"[A-Za-z]{2,}", bare), f"events/{name}.py:{node.lineno}: {node.args[0].value}"


def test_every_class_is_shipped_and_a_language_without_the_file_has_none() -> None:
    english = coding_words("en")
    assert all(getattr(english, name) for name in CodingWords.__dataclass_fields__)
    assert not any(getattr(coding_words("xx"), name) for name in CodingWords.__dataclass_fields__)


@pytest.fixture
def data_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the shipped data as the data root, with every cache that read the shipped files
    cleared before and after (so that the other tests read the shipped files again)."""
    root = tmp_path / "data"
    shutil.copytree(resources.DATA, root)
    caches = (resources.word_classes, coding_module.coding_words, lexicon_module._load_cached)
    for cache in caches:
        cache.cache_clear()
    monkeypatch.setattr(resources, "DATA", root)
    yield root
    monkeypatch.undo()
    for cache in caches:
        cache.cache_clear()


def _add_word(path: Path, name: str, word: str, section: str | None = None) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    classes = data[section] if section else data
    classes[name] = [*classes[name], word]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_a_word_added_to_coding_yaml_changes_coding(nlp, data_copy: Path) -> None:
    """"X said they must withdraw": a demand of the side "they" names, until "they" is a subject
    that names nobody (``generic_subjects``)."""
    text = "The Kenyan foreign minister said they must withdraw their troops from the border."
    pairs = [("Kenyan foreign minister", "KENGOV"), ("they", "UGAMIL")]
    assert ("KENGOV", "100", "UGAMIL") in coded_triples(nlp, text, pairs)
    _add_word(data_copy / "en" / "lexicon" / "coding.yaml", "generic_subjects", "they")
    coding_module.coding_words.cache_clear()
    resources.word_classes.cache_clear()
    assert not [c for c in coded_triples(nlp, text, pairs) if c[1] == "100"]


def test_a_word_added_to_modality_yaml_changes_coding(nlp, data_copy: Path) -> None:
    """"Within such a scenario, X would blockade Y": a threat, until "within" frames a hypothesis
    as "in" does (``framing_preps``)."""
    text = "Within such a scenario, Thai warships would blockade Cambodian ports."
    pairs = [("Thai warships", "THAMIL"), ("Cambodian", "KHM")]
    assert [c for c in coded_triples(nlp, text, pairs) if c[1].startswith("13")]
    _add_word(data_copy / "en" / "lexicon" / "modality.yaml", "framing_preps", "within", section="modality")
    lexicon_module._load_cached.cache_clear()
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
