"""The event coder's function words are data (issue 18): arguments.yaml and dates.yaml, per language.

Two guards. An AST scan fails when one of the six modules that used to hold English words compares a
token's text, form or lemma with a string literal again (or holds a word of the shipped classes as a
literal at all); and the coder is shown to read the classes: a data root with one more word in a
class changes what a rule finds.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml

from newsevents import resources
from newsevents.events import arguments, words
from newsevents.events.arguments import subjects
from newsevents.events.placetime import background

EVENTS = Path(__file__).resolve().parents[2] / "src" / "newsevents" / "events"
MODULES = ("arguments", "matcher", "demands", "nominals", "passives", "placetime")
LEXICON = resources.DATA / "en" / "lexicon"
CLASS_FILES = ("arguments.yaml", "dates.yaml")

# Token attributes that hold a word of the text (compared with them, a literal is a word of a language).
TEXT_ATTRS = frozenset({"text", "lower_", "lemma_", "orth_", "norm_", "text_with_ws"})
# Parameters of these modules that hold a word (a token's form, a pattern's word, the article's text).
WORD_PARAMS = frozenset({"low", "lemma", "word", "prep", "text"})
# Helpers whose string argument is compared with a token's form (``preps(tok, "of")``).
WORD_HELPERS = frozenset({"preps", "preps_in", "_including", "_descendant_preps"})
# String literals of these modules that are also words of a shipped class, and why they may stay:
# "by", "of", "from", "including" name *how* an argument was found (keys of HOW_WEIGHT and the
# matcher's PENALTY, the weights of confidence), and "that" is the slot kind of the pattern syntax
# ("demand that _"); none of them is compared with a token.
ALLOWED_LITERALS = frozenset({"by", "of", "from", "including", "that"})


def _is_word(value: object) -> bool:
    """A literal that can be a word of a language: it has a lower-case letter (labels are upper
    case, "VBD", "PAST_REF"; punctuation such as the hyphen "-" is no word of one language)."""
    return isinstance(value, str) and any(c.islower() for c in value)


class _Scan:
    """The literal words of one module's comparisons with token text."""

    def __init__(self, tree: ast.Module) -> None:
        self.literal_names: set[str] = set()  # names bound to displays of literal words
        for node in tree.body:
            value = node.value if isinstance(node, (ast.Assign, ast.AnnAssign)) else None
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
                node, ast.AnnAssign) else []
            if value is not None and self.literal_words(value):
                self.literal_names |= {t.id for t in targets if isinstance(t, ast.Name)}
        self.text_names: set[str] = set(WORD_PARAMS)
        for node in ast.walk(tree):  # names assigned a token's text, or iterating over literal words
            if isinstance(node, ast.Assign) and self.is_text(node.value):
                self.text_names |= {n.id for t in node.targets for n in ast.walk(t) if isinstance(n, ast.Name)}
            if isinstance(node, (ast.For, ast.comprehension)) and self.literal_words(node.iter):
                self.literal_names |= {n.id for n in ast.walk(node.target) if isinstance(n, ast.Name)}

    def literal_words(self, node: ast.AST) -> list[str]:
        if isinstance(node, ast.Constant):
            return [node.value] if _is_word(node.value) else []
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            return [w for e in node.elts for w in self.literal_words(e)]
        if isinstance(node, ast.Dict):
            return [w for k in node.keys if k is not None for w in self.literal_words(k)]
        if isinstance(node, ast.BinOp):
            return self.literal_words(node.left) + self.literal_words(node.right)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in (
                "frozenset", "set", "tuple", "list") and node.args:
            return self.literal_words(node.args[0])
        if isinstance(node, ast.Name) and node.id in self.literal_names:
            return [node.id]
        return []

    def is_text(self, node: ast.AST) -> bool:
        """Whether an expression is (or collects) a token's word."""
        if isinstance(node, ast.Attribute):
            return node.attr in TEXT_ATTRS
        if isinstance(node, ast.Name):
            return node.id in self.text_names
        if isinstance(node, ast.Subscript):
            return self.is_text(node.value)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in (
                "lower", "casefold", "strip", "split"):
            return self.is_text(node.func.value)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in (
                "next", "set", "frozenset", "sorted", "list", "tuple") and node.args:
            return self.is_text(node.args[0])
        if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
            return any(self.is_text(e) for e in node.elts)
        if isinstance(node, (ast.SetComp, ast.ListComp, ast.GeneratorExp)):
            return self.is_text(node.elt)
        if isinstance(node, ast.BinOp):
            return self.is_text(node.left) or self.is_text(node.right)
        return False

    def offences(self, tree: ast.Module) -> Iterator[tuple[int, list[str]]]:
        for node in ast.walk(tree):
            if isinstance(node, ast.Compare):
                sides = [node.left, *node.comparators]
                if any(self.is_text(s) for s in sides):
                    found = [w for s in sides if not self.is_text(s) for w in self.literal_words(s)]
                    if found:
                        yield node.lineno, found
            elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.BitAnd, ast.BitOr, ast.Sub)):
                for one, other in ((node.left, node.right), (node.right, node.left)):
                    if self.is_text(one) and not self.is_text(other) and self.literal_words(other):
                        yield node.lineno, self.literal_words(other)
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                owner, args = node.func.value, node.args
                if node.func.attr in ("startswith", "endswith") and self.is_text(owner):
                    yield from ((node.lineno, w) for w in (self.literal_words(a) for a in args) if w)
                if node.func.attr == "get" and self.literal_words(owner) and any(self.is_text(a) for a in args):
                    yield node.lineno, self.literal_words(owner)
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in WORD_HELPERS:
                yield from ((node.lineno, w) for w in (self.literal_words(a) for a in node.args[1:]) if w)


def _tree(module: str) -> ast.Module:
    return ast.parse((EVENTS / f"{module}.py").read_text(encoding="utf-8"))


@pytest.mark.parametrize("module", MODULES)
def test_no_token_word_is_compared_with_an_english_literal(module: str) -> None:
    tree = _tree(module)
    assert list(_Scan(tree).offences(tree)) == [], "read the word from a class of arguments.yaml/dates.yaml"


def _class_words() -> set[str]:
    return {w for name in CLASS_FILES for ws in yaml.safe_load((LEXICON / name).read_text(encoding="utf-8")).values()
            for w in ws}


@pytest.mark.parametrize("module", MODULES)
def test_no_word_of_a_class_is_a_literal_of_the_module(module: str) -> None:
    """However it is compared (a default passed through a helper, a list in a settings dict), a word
    the classes hold is not written in the module again; docstrings and comments may quote words."""
    tree = _tree(module)
    docstrings = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)}
    words_ = _class_words()
    found = sorted({n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and id(n) not in docstrings
                    and isinstance(n.value, str) and n.value in words_} - ALLOWED_LITERALS)
    assert found == [], f"{module}.py writes words of the shipped classes: {found}"


def test_the_scan_sees_the_forms_english_took_in_code() -> None:
    """The scan flags the shapes the moved words had (so that a clean scan means something)."""
    old = '''
CONTROL = {"ask", "urge"}
def f(tok, low, verb):
    words = {c.lower_ for c in tok.children}
    mark = next((c.lower_ for c in tok.children), None)
    for suffix, repl in (("ied", "y"), ("ed", "")):
        low.endswith(suffix)
    return (tok.lemma_.lower() in CONTROL, "both" in words, words & {"the"}, mark == "after",
            low.endswith(("ed", "ing")), PRONOUNS.get(tok.lower_), preps(tok, "of"), tok.text == "-")
PRONOUNS = {"they": "plural"}
'''
    tree = ast.parse(old)
    found = sorted(line for line, _ in _Scan(tree).offences(tree))
    assert found == [7, 8, 8, 8, 8, 9, 9, 9]  # one per English literal, none for the hyphen


def test_every_class_is_a_field_and_every_field_a_class() -> None:
    """The dataclasses and the shipped files name the same classes (a typo on either side fails)."""
    for name, cls in (("arguments.yaml", words.ArgumentWords), ("dates.yaml", words.DateWords)):
        shipped = set(yaml.safe_load((LEXICON / name).read_text(encoding="utf-8")))
        assert shipped == {f for f in cls.__dataclass_fields__ if cls.__dataclass_fields__[f].init}, name


def test_a_language_without_the_files_has_empty_classes() -> None:
    assert not any(getattr(words.argument_words("xx"), f) for f in ("relative_pronouns", "agent_prepositions"))
    assert words.argument_words("xx").inflections == () and not words.date_words("xx").background_words


def _clear() -> None:
    resources.word_classes.cache_clear()
    words.argument_words.cache_clear()
    words.date_words.cache_clear()
    arguments.stems.cache_clear()


@pytest.fixture()
def extended(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str, str, str], None]]:
    """A data root that is the shipped one but for a class file of en/lexicon, with words added to a
    class (every other file is a link to the shipped one)."""
    root = tmp_path / "data"
    lexicon = root / "en" / "lexicon"
    lexicon.mkdir(parents=True)
    for entry in resources.DATA.iterdir():
        if entry.name != "en":
            (root / entry.name).symlink_to(entry)
    for entry in (resources.DATA / "en").iterdir():
        if entry.name != "lexicon":
            (root / "en" / entry.name).symlink_to(entry)
    for entry in LEXICON.iterdir():
        (lexicon / entry.name).symlink_to(entry)

    def add(file: str, name: str, word: str) -> None:
        data = yaml.safe_load((LEXICON / file).read_text(encoding="utf-8"))
        data[name] = [*data[name], word]
        (lexicon / file).unlink()
        (lexicon / file).write_text(yaml.safe_dump(data), encoding="utf-8")
        monkeypatch.setattr(resources, "DATA", root)
        _clear()

    yield add
    monkeypatch.undo()
    _clear()


def test_an_added_object_control_verb_gives_its_infinitive_the_object(nlp, extended) -> None:
    doc = nlp("The president begged the rebels to negotiate with the government.")
    act = next(t for t in doc if t.lower_ == "negotiate")
    assert [t.text for t in subjects(act)[0]] == ["president"]  # "beg" is in no class: the subject
    extended("arguments.yaml", "object_control_verbs", "beg")
    assert [t.text for t in subjects(act)[0]] == ["rebels"]


def test_an_added_background_word_leaves_its_event_undated(nlp, extended) -> None:
    """(A word picked to show that the class is read, not one that belongs in it.)"""
    doc = nlp("Police arrested the men amid clashes with protesters.")
    clashes = next(t for t in doc if t.lower_ == "clashes")
    assert not background(clashes, [])  # "amid clashes": news of the day
    extended("dates.yaml", "background_words", "amid")
    assert background(clashes, [])
