"""The quotes, counts, times and places stages (and the date helpers) hold no English words in code
(issue 18): their words are named classes of ``data/<lang>/...``, so that a second language is data.

Two scans of the source, with ``ast``:

* A token's words (``.text``, ``.lower_``, ``.lemma_``, ``.orth_``, ``.norm_``, those lower-cased or
  stripped, and a local name bound to one) are never compared (``==``, ``!=``, ``in``, ``not in``,
  ``startswith``, ``endswith``) with a string literal holding a letter, nor with a literal collection
  of such strings, nor with a module-level constant that is one.
* A regular expression written in these modules holds no run of two letters outside its group names,
  character classes and escapes: words inside a pattern (``(?:mon|tues)day``) come from the data.

Allowed, because they are not words of a language: comparisons of spaCy's labels (``dep_``, ``pos_``,
``tag_`` with Penn tags, ``ent_type_``, ``label_``), of the model's vocabulary (``kind``, statuses,
precisions, the time units day/week/month/year a unit word maps to) and of data-schema keys;
punctuation literals ("-", ","); the few literals of :data:`NOT_WORDS`; character classes and flags in
regexes, and codes in capitals (TimeML's season codes SP, SU, FA, WI). Tests that a word added to the
data changes a result follow the scans.
"""

from __future__ import annotations

import ast
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "newsevents"
MODULES = sorted([*PACKAGE.glob("quotes/*.py"), *PACKAGE.glob("counts/*.py"), *PACKAGE.glob("times/*.py"),
                  *PACKAGE.glob("places/*.py"), *PACKAGE.glob("nlp/*.py"), PACKAGE / "datelines.py",
                  PACKAGE / "periods.py", PACKAGE / "extract" / "meta.py"])
WORD_ATTRIBUTES = frozenset({"text", "lower_", "lemma_", "orth_", "norm_", "text_with_ws"})
STRING_METHODS = frozenset({"lower", "casefold", "strip", "rstrip", "lstrip"})
COMPARISONS = (ast.Eq, ast.NotEq, ast.In, ast.NotIn)
# Literals with letters that are no words of a language: a URL host's prefix, a model layer's name.
NOT_WORDS = frozenset({"www.", "transformer"})
LETTER = re.compile(r"[^\W\d_]")


def _is_word(node: ast.AST, names: set[str]) -> bool:
    """A token's words (``tok.lower_``, ``tok.lemma_.lower()``, ``tok.text.strip(",")``), any text lower-cased
    (``w.lower()``: text is lowered to be compared with words), or a name bound to one."""
    if isinstance(node, ast.Attribute):
        return node.attr in WORD_ATTRIBUTES
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in STRING_METHODS:
        return node.func.attr in ("lower", "casefold") or _is_word(node.func.value, names)
    return isinstance(node, ast.Name) and node.id in names


def _literal_words(node: ast.AST, constants: set[str]) -> bool:
    """A string literal with a letter, a literal collection holding one, or a module constant that is one."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(LETTER.search(node.value)) and node.value not in NOT_WORDS
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return any(_literal_words(element, constants) for element in node.elts)
    if isinstance(node, ast.Dict):
        return any(key is not None and _literal_words(key, constants) for key in node.keys)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("frozenset", "set", "tuple"):
        return any(_literal_words(arg, constants) for arg in node.args)
    return isinstance(node, ast.Name) and node.id in constants


def _word_constants(tree: ast.Module) -> set[str]:
    """Module-level names bound to a literal collection of words (``_SMALL = frozenset({"a", "the"})``)."""
    found = set()
    for node in tree.body:
        if not isinstance(node, (ast.Assign, ast.AnnAssign)):
            continue
        targets, value = (node.targets if isinstance(node, ast.Assign) else [node.target]), node.value
        if value is not None and not isinstance(value, ast.Constant) and _literal_words(value, set()):
            found |= {t.id for t in targets if isinstance(t, ast.Name)}
    return found


def _word_names(function: ast.AST) -> set[str]:
    """Local names bound to a token's words (``word = subject.lower_``)."""
    names: set[str] = set()
    for _ in range(2):  # a name bound to a name bound to a word
        for node in ast.walk(function):
            if isinstance(node, ast.Assign) and _is_word(node.value, names):
                names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
            # "for token in clean.split()": each piece of words is a word
            loop = node if isinstance(node, (ast.For, ast.comprehension)) else None
            if loop is not None and isinstance(loop.iter, ast.Call) and isinstance(loop.iter.func, ast.Attribute) \
                    and loop.iter.func.attr == "split" and _is_word(loop.iter.func.value, names) \
                    and isinstance(loop.target, ast.Name):
                names.add(loop.target.id)
    return names


def word_comparisons(source: str) -> list[str]:
    """``line: code`` of every comparison of a token's words with English literals in ``source``."""
    tree = ast.parse(source)
    constants = _word_constants(tree)
    found = []
    scopes = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))]
    for scope in scopes:
        names = _word_names(scope)
        for node in ast.walk(scope):
            if isinstance(node, ast.Compare) and all(isinstance(op, COMPARISONS) for op in node.ops):
                sides = [node.left, *node.comparators]
                if any(_is_word(s, names) for s in sides) and any(_literal_words(s, constants) for s in sides):
                    found.append(f"{node.lineno}: {ast.unparse(node)}")
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and (
                    (node.func.attr in ("startswith", "endswith", "removeprefix", "removesuffix")
                     and _is_word(node.func.value, names) and any(_literal_words(a, constants) for a in node.args))
                    or (node.func.attr == "get" and _literal_words(node.func.value, constants)
                        and any(_is_word(a, names) for a in node.args))):
                found.append(f"{node.lineno}: {ast.unparse(node)}")
    return sorted(set(found))


_REGEX_HINT = re.compile(r"\(\?|\\[sdwbSDWB]|\(.*\|")  # a group, an escape, or an alternation in a group
_NOT_WORDS = re.compile(r"\(\?P?<[^>]*>|\(\?P=\w+\)|\(\?[aiLmsux-]+[:)]|\\[A-Za-z]|\[(?:\\.|[^\]\\])*\]|\{[^}]*\}")


def _docstrings(tree: ast.Module) -> set[int]:
    kinds = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    return {id(n.body[0].value) for n in ast.walk(tree) if isinstance(n, kinds) and n.body
            and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}


def regex_words(source: str) -> list[str]:
    """``line: text`` of every regex-looking string literal of ``source`` that spells a word."""
    tree = ast.parse(source)
    docs, found = _docstrings(tree), []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs \
                and _REGEX_HINT.search(node.value):
            rest = _NOT_WORDS.sub(" ", node.value)
            if re.search(r"(?=[A-Za-z]{2})[A-Z]*[a-z]", rest):  # a run of letters, not a capital code
                found.append(f"{node.lineno}: {node.value!r}")
    return found


def _modules() -> Iterator[tuple[str, str]]:
    for path in MODULES:
        yield path.relative_to(PACKAGE).as_posix(), path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "source"), list(_modules()), ids=[p.relative_to(PACKAGE).as_posix() for p in MODULES])
def test_no_token_is_compared_with_an_english_word(name: str, source: str) -> None:
    assert word_comparisons(source) == [], f"{name}: read these words from a data file's named class"


@pytest.mark.parametrize(("name", "source"), list(_modules()), ids=[p.relative_to(PACKAGE).as_posix() for p in MODULES])
def test_no_regex_spells_an_english_word(name: str, source: str) -> None:
    assert regex_words(source) == [], f"{name}: build these patterns from a data file's words"


def test_the_scans_find_what_they_forbid() -> None:
    """The scans are not blind: each kind of English word in code that issue 18 moved out is caught."""
    planted = '''
_SMALL = frozenset({"a", "the"})
def rule(token, lex):
    word = token.lower_
    return (token.lemma_.lower() == "have" or word in ("he", "she") or token.text.lower() in _SMALL
            or token.lemma_.endswith(("er", "ist")) or token.dep_ == "nsubj" or token.lower_ in lex["x"])
_DAYS = re.compile(r"(?:mon|tues)day(?P<name>[A-Z]\\w+)")
'''
    assert [line.split(":")[0] for line in word_comparisons(planted)] == ["5", "5", "5", "6"]
    assert [line.split(":")[0] for line in regex_words(planted)] == ["7"]
    assert word_comparisons("def f(t):\n    return t.dep_ in ('amod', 'compound') or t.text == ','\n") == []
    assert regex_words("X = re.compile(r'(?P<iso>\\\\d{4})[A-Za-z]+(?i:[a-z])')\n") == []


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
