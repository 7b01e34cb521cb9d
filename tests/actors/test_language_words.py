"""The actor rules compare tokens with the words of data/<lang>/actors/grammar.yaml, never with English literals.

Issue 18: adding a language means adding data, not editing stage code. The scan below reads the modules of
``newsevents.actors`` (not ``kb.py``/``kb_import.py``, whose literals are file-format keys) and fails on an
English word written in code where a rule reads text:

- a string of two or more letters compared with something (``==``, ``!=``, ``in``, ``not in``), directly or
  as a member of a set, tuple or list display;
- such a string given to ``startswith``/``endswith``/``index`` (a word looked for inside a token or a name);
- a set, tuple or list display of such strings anywhere, or a module-level dict keyed by them (a word list
  waiting to be compared);
- a word inside a regular expression (``re.compile``) once escapes, classes and group syntax are removed.

What stays in code, and why: labels, which are the same in every language's pipeline or the project's own
vocabulary, not words of a text: spaCy's part-of-speech tags, fine tags, dependency and entity labels (its
glossary), the actor kinds of the model, the names of resolution paths (``resolved_by``), the gender values
of the knowledge base, and upper-case codes (CAMEO agents and actor codes). ``roles.singular`` (plural
endings) is morphology, not a word list, and is listed below as the one known exception.

The second half shows that the words are read from the data: a word added to a class changes a result.
"""

from __future__ import annotations

import ast
import dataclasses
import re
from pathlib import Path
from typing import get_args

import pytest
from spacy.glossary import GLOSSARY

from newsevents.actors import pronouns
from newsevents.actors import words as words_module
from newsevents.actors.furniture import furniture_spans
from newsevents.actors.kb import load_kb
from newsevents.actors.pronouns import Antecedent, resolve_pronouns
from newsevents.actors.words import ActorWords, actor_words
from newsevents.model import ACTOR_KINDS, GeoPrecision
from newsevents.nlp import parse

ACTORS = Path(words_module.__file__).resolve().parent
SKIPPED = {"kb.py", "kb_import.py", "words.py"}  # file-format keys, Wikidata properties; the loader's file name
# the names of the paths that resolved a mention (the model's resolved_by values), and the KB's gender values
RESOLUTION_PATHS = {"kb", "ner", "title", "apposition", "coreference", "respectively", "pronoun", "description",
                    "role_phrase", "role", "owner", "metonymy", "kb_owner", "phoenix", "org_type", "people",
                    "article_country", "story_country"}
GENDERS = {"male", "female"}
LABELS = set(GLOSSARY) | set(ACTOR_KINDS) | set(get_args(GeoPrecision)) | RESOLUTION_PATHS | GENDERS
# (module, function or constant) left in code on purpose: English plural endings (morphology, not a word list:
# a language's morphology is not a word class), and the suffixes of personal names ("Jr.", "III"), which are
# parts of names, written alike whatever the language of the text (as kb.py's name particles "al", "el")
KNOWN = {("roles.py", "singular"), ("roles.py", "without_plural_s"), ("people.py", "_SUFFIXES")}
_WORD = re.compile(r"[^\W\d_]{2,}")


def _is_word(value: object) -> bool:
    """A string holding a word of two or more letters that is not a label, an upper-case code or an actor key's
    prefix ("country:")."""
    if not isinstance(value, str) or not _WORD.search(value):
        return False
    return value not in LABELS and not value.isupper() and not value.endswith(":")


def _strings(node: ast.AST) -> list[str]:
    """The string constants of ``node`` when it is one, or a set/tuple/list display of them."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, (ast.Set, ast.Tuple, ast.List)):
        return [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return []


def _regex_words(pattern: str) -> list[str]:
    """The words left in a regular expression once escapes, character classes and group syntax are gone (in
    any case: "BY" in a pattern is as English as "by")."""
    text = re.sub(r"\\.", " ", pattern)
    text = re.sub(r"\[[^\]]*\]", " ", text)
    text = re.sub(r"\(\?(?:P<\w+>|[:=!<]+|[a-zA-Z]+\))", " ", text)
    text = re.sub(r"\{[^}]*\}", " ", text)
    return _WORD.findall(text)


def _owners(tree: ast.Module) -> dict[int, str]:
    """The name of the function or module-level constant each line belongs to (for the known exceptions)."""
    owner: dict[int, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            name = node.name
        elif isinstance(node, ast.Assign) and node in tree.body and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
        else:
            continue
        for line in range(node.lineno, (node.end_lineno or node.lineno) + 1):
            owner.setdefault(line, name)
    return owner


def english_literals(path: Path) -> list[str]:
    """Every English word written in a rule of one module, as "file:line: word"."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    owner = _owners(tree)
    found: set[tuple[int, str]] = set()
    members = {id(node.value) for node in tree.body  # ``__all__`` names the module's members, not words
               if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__all__" for t in node.targets)}
    for node in tree.body:  # module-level tables keyed by words
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, ast.Dict):
            found.update((node.lineno, s) for key in node.value.keys if key is not None
                         for s in _strings(key) if _is_word(s))
    for child in ast.walk(tree):
        if isinstance(child, (ast.Set, ast.List, ast.Tuple)) and id(child) not in members:  # a word list
            found.update((child.lineno, s) for s in _strings(child) if _is_word(s))
        if isinstance(child, ast.Compare):
            for side in [child.left, *child.comparators]:
                found.update((child.lineno, s) for s in _strings(side) if _is_word(s))
        elif isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute):
            name = child.func.attr
            if name in ("startswith", "endswith", "index", "rstrip", "lstrip", "removeprefix", "removesuffix"):
                for arg in child.args:
                    found.update((child.lineno, s) for s in _strings(arg) if _is_word(s))
            if name == "compile" and getattr(child.func.value, "id", "") == "re" and child.args:
                pattern = child.args[0]
                parts = [pattern] if not isinstance(pattern, ast.JoinedStr) else pattern.values
                for part in parts:
                    if isinstance(part, ast.Constant) and isinstance(part.value, str):
                        found.update((child.lineno, w) for w in _regex_words(part.value))
    return [f"{path.name}:{line}: {word!r}" for line, word in sorted(found)
            if (path.name, owner.get(line, "")) not in KNOWN]


def _modules() -> list[Path]:
    return sorted(p for p in ACTORS.glob("*.py") if p.name not in SKIPPED)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.name)
def test_no_english_word_is_written_in_an_actor_rule(path: Path) -> None:
    assert english_literals(path) == []


def test_the_scan_finds_the_kinds_of_english_it_forbids(tmp_path: Path) -> None:
    """The scan itself can fail: each forbidden shape is found, each allowed label is not."""
    module = tmp_path / "sample.py"
    module.write_text(
        'import re\n'
        '_MOTION = {"travel", "go"}\n'
        'PATTERN = re.compile(r"(?:by|BY)\\s+[A-Z]")\n'
        'def rule(tok, text):\n'
        '    people = {"troops", "envoy"}\n'
        '    if tok.lower_ == "former" or tok.lemma_ in ("send", "deploy"):\n'
        '        return text.startswith("the ")\n'
        '    return tok.dep_ in ("nsubj", "dobj") and tok.pos_ == "NOUN" and tok.ent_type_ != "PERSON"\n',
        encoding="utf-8")
    words = {line.split(": ", 1)[1] for line in english_literals(module)}
    assert words == {"'travel'", "'go'", "'by'", "'BY'", "'troops'", "'envoy'", "'former'", "'send'", "'deploy'",
                     "'the '"}


def test_every_class_has_words_in_english_and_a_list_in_french() -> None:
    english, french = actor_words("en"), actor_words("fr")
    empty = {name for name in ActorWords.__dataclass_fields__ if not getattr(english, name)}
    assert empty == {"thing_pronouns"}  # English "he" and "she" never stand for things
    assert isinstance(french, ActorWords)  # a class missing from the French file raises E448 here


def _with(name: str, words: frozenset[str]) -> ActorWords:
    """The English record with one class replaced."""
    return dataclasses.replace(actor_words("en"), **{name: words})


def test_a_word_added_to_the_byline_class_makes_its_lines_page_furniture() -> None:
    text = ("Talks resume in Geneva\n\nFrom Jane Doe in Geneva and Paul Roe in Bern.\n\n"
            "The two delegations met on Monday to resume talks.\n")
    kb = load_kb()
    line = (text.index("From"), text.index("From") + len("From Jane Doe in Geneva and Paul Roe in Bern."))
    assert furniture_spans(text, kb) == []
    added = dataclasses.replace(kb, words=_with("byline_words", kb.words.byline_words | {"from"}))
    assert furniture_spans(text, added) == [line]


@pytest.mark.slow
def test_the_pronoun_classes_are_read_from_the_data(monkeypatch: pytest.MonkeyPatch) -> None:
    """"She" is tied to the one woman named before it while the class lists it, and to no one without it."""
    doc = parse("Maria Lopez arrived in Lima on Monday. She said the talks had gone well.")
    person = Antecedent("person:0", "person", 0, len("Maria Lopez"), "female")
    assert [(doc.text[s:e], key) for s, e, key in resolve_pronouns(doc, [person])] == [("She", "person:0")]
    without = _with("female_pronouns", actor_words("en").female_pronouns - {"she"})
    monkeypatch.setattr(pronouns, "actor_words", lambda lang: without)
    pronouns._pronouns.cache_clear()
    try:
        assert resolve_pronouns(doc, [person]) == []
    finally:
        pronouns._pronouns.cache_clear()
