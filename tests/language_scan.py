"""One scan for English written in stage code (issue 18): a stage reads the words of a language from
named classes of ``data/<lang>/...``, so that adding a language is adding data, not editing rules.

The scan reads a module's source with :mod:`ast` and reports, as :class:`Finding`, each shape a word of
a language has taken in code (each shape was found in some stage before it moved into data):

* ``compare``: a token's words (``.text``, ``.lower_``, ``.lemma_``, ``.orth_``, ``.norm_``, also through
  ``.lower()``/``.strip()``, a subscript, a set or comprehension of them, and a local name or a
  parameter bound to one) compared (``==``, ``!=``, ``in``, ``not in``, ``&``/``|``/``-``, a dict's
  ``get``, a preposition helper) with a word literal, a display of them or a name bound to one;
* ``affix``: ``startswith``/``endswith``/``index``/``removeprefix``... with a word;
* ``display``: a set, list or tuple display of words anywhere, or a module-level dict keyed by words
  (a word list waiting to be compared);
* ``class word``: a word of a shipped class (``data/en``'s class files) written as a literal;
* ``regex``: a run of letters in a regular expression once escapes, character sets, group syntax and
  repetition counts are removed (``(?:said|told)`` is a word class, not a pattern).

What is no word of a language, and so allowed (:func:`is_word`): spaCy's labels (its glossary: tags,
dependencies, entity types, and :data:`PARSER_LABELS`), the model's values (the ``Literal`` types of
:mod:`newsevents.model`, the resolution paths), codes in capitals, literals without a lower-case letter
(punctuation), names of the code or of files ("role_phrase", "m1", "verbs.yaml"), a literal that keys a
mapping, a regex group or a data path (``data["ago"]``, ``m.group("wd")``), a tuple that is several values
at once (``return found, "control"``), and the few literals of :data:`EXCEPTIONS`, each named with its
module and the reason it stays (:func:`tests.test_language_scan.test_every_exception_is_needed` keeps the
list from growing stale).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeGuard, get_args

import yaml
from spacy.glossary import GLOSSARY

from newsevents import model

PACKAGE = Path(model.__file__).resolve().parent
DATA = PACKAGE / "data" / "en"
TEXT_ATTRIBUTES = frozenset({"text", "lower_", "lemma_", "orth_", "norm_", "text_with_ws"})
TEXT_METHODS = frozenset({"lower", "casefold", "strip", "rstrip", "lstrip", "split"})
# parameters that hold a word of the text (a token's form, a pattern's word) where a rule receives one
WORD_PARAMETERS = frozenset({"low", "lemma", "word", "prep", "text"})
# helpers of the event coder whose later string arguments are compared with a token's form
WORD_HELPERS = frozenset({"preps", "preps_in", "_including", "_descendant_preps"})
AFFIX_METHODS = frozenset({"startswith", "endswith", "index", "removeprefix", "removesuffix"})
COMPARISONS = (ast.Eq, ast.NotEq, ast.In, ast.NotIn)
# what makes a literal a name of the code or a file rather than a word: "role_phrase", "m1", "verbs.yaml"
_NAME = re.compile(r"[_\d]|\.[a-z]+$")
_FILE = re.compile(r"\.(?:yaml|tsv|json)$")  # a tuple holding a file name is a data path ("lexicon", "dates.yaml")
_REGEX_SYNTAX = re.compile(r"\(\?P?<[^>]*>|\(\?P=\w+\)|\(\?[aiLmsux-]+[:)]|\(\?<?[:=!]|\\[A-Za-z]|\\."
                           r"|\[(?:\\.|[^\]\\])*\]|\{[^}]*\}")
_REGEX_HINT = re.compile(r"\(\?|\\[sdwbSDWB]|\(.*\|")  # a string that looks like a pattern

# The project's own vocabulary that reaches no text: the paths that resolved an actor mention (the
# model's ``resolved_by`` values), the dependency labels of spaCy's English scheme that its glossary lacks.
RESOLUTION_PATHS = frozenset({"kb", "ner", "title", "apposition", "coreference", "respectively", "pronoun",
                              "description", "role", "owner", "metonymy", "people"})
PARSER_LABELS = frozenset({"predet", "tmod"})
# the plural "-s" of English nouns: a suffix rule, like roles.singular (which the actor scan allowed), not a
# word class; it is to move with singular() into a morphology file of data/<lang>/actors, not piecemeal
_PLURAL = "the English plural ending -s: morphology (as roles.singular), not a word class"
_SLOTS = "a slot kind of the pattern syntax (\"talks between _\", \"demand that _\", \"any\"), not a token's word"
_PLACE_KINDS = "the gazetteer's place kinds (data schema values), never compared with text"
_HOW = "how an argument was found (the confidence weights' keys), never compared with a token"
# Literals of one module that look like words but are not words of a language the stage reads, with why:
# a key is a literal, or the function or module constant that holds it ("*": the whole module).
EXCEPTIONS: dict[str, dict[str, str]] = {
    "actors/kb.py": {"*": "the knowledge base's file-format keys and Wikidata properties"},
    "actors/kb_import.py": {"*": "the knowledge base's file-format keys and Wikidata properties"},
    "actors/roles.py": {"singular": _PLURAL, "without_plural_s": _PLURAL, "s": _PLURAL},
    "actors/people.py": {"_SUFFIXES": "suffixes of personal names (Jr., III): parts of names in any language"},
    "actors/descriptions.py": {"s": _PLURAL},
    "actors/mentions.py": {"s": _PLURAL},
    "actors/peoples.py": {"s": _PLURAL},
    "actors/phrases.py": {"s": _PLURAL},
    "actors/pronouns.py": {"s": _PLURAL},
    "actors/role_nouns.py": {"s": _PLURAL},
    "actors/resolve.py": {"s": _PLURAL},
    "quotes/antecedents.py": {"clashes": "the name of this module's function clashes() in __all__, not a word of text"},
    "counts/status.py": {"_words": "keys of the settings read from counts/status.yaml"},
    "datelines.py": {"agency": "a dateline's kind (output value), named after the regex group that found it",
                     "late": "a dateline's kind (output value), named after the regex group that found it"},
    "events/actor_index.py": {"HOW_WEIGHT": _HOW, "region": _PLACE_KINDS},
    "events/arguments.py": dict.fromkeys(("head", "state", "by", "of", "from", "including"), _HOW),
    "events/matcher.py": {"PENALTY": _HOW, "between": _SLOTS, "any": _SLOTS, "that": _SLOTS},
    "events/slots.py": {"including": _HOW, "that": _SLOTS},
    "events/sides.py": {"between": _SLOTS, "light": _HOW, "participation": _HOW, "by": _HOW},
    "events/coder.py": {"demand": _HOW, "crowd": _HOW,
                        "nearly": "an attempt's outcome in the explanation (output text)"},
    "events/recoding.py": {"refuse": "a modality category, a key of modality.yaml",
                           "fail": "a modality category, a key of modality.yaml",
                           "persist": "a modality category, a key of modality.yaml",
                           "refusal": "the kind of context in a reason (output text)"},
    "events/demands.py": {"demand": _HOW, "crowd": _HOW},
    "events/nominals.py": dict.fromkeys(("of", "subj"), _HOW),
    "events/sources.py": dict.fromkeys(("head", "by", "of"), _HOW),
    "events/evaluations.py": {"of": _HOW, "from": _HOW, "state": _HOW},
    "events/lexicon.py": {"between": _SLOTS, "that": _SLOTS,
                          "read_tsv": "the data file's sections (\"verb\", \"verbs\")",
                          "_add_entries": "the data file's sections (\"verb\", \"verbs\")"},
    "events/confidence.py": {"DEFAULTS": "keys of the confidence settings of modality.yaml",
                             "commit": "a modality category", "modal": "a modality reason's prefix (output text)"},
    "events/modality.py": {"MODE_CATEGORIES": "modality categories, the keys of modality.yaml",
                           "negated": "a modality reason's prefix (output text)",
                           "request": "a modality category, a key of modality.yaml",
                           "commit": "a modality category, a key of modality.yaml"},
    "events/local_modality.py": {"__init__": "modality categories, the keys of modality.yaml",
                                 "category": "modality categories, the keys of modality.yaml"},
    "events/senses.py": {"CONDITIONS": "the condition keys of senses.yaml"},
    "events/ontology.py": {"*": "column names of the shipped cameo.tsv and plover.tsv"},
    "events/domain.py": {"all": "a value of domains.yaml's suppress key"},
    "events/explain.py": {"explain": "keys of the explanation's JSON"},
    "events/placetime.py": {"XXXX": "TimeML's unknown year, a code",
                            "DEFAULTS": "keys of the date settings of modality.yaml"},
    "nlp/entity_windows.py": {"transformer": "a pipeline layer's name",
                              "walk": "a thinc model's method", "outside": "spaCy's set_ents default"},
    "periods.py": {"FA": "TimeML's season codes", "SU": "TimeML's season codes", "WI": "TimeML's season codes"},
    "places/__init__.py": {"_SUBNATIONAL": _PLACE_KINDS},
    "places/gazetteer.py": {"_PRECISION": _PLACE_KINDS,
                            "_FIRST_LEVEL": "the gazetteer's first-level division types (its type column)",
                            "town": "the gazetteer's place kind"},
    "times/__init__.py": {"_deictic": "names of the regex groups of times/patterns.py",
                          "_capitalised": "names of the regex groups of times/patterns.py"},
    "extract/meta.py": {"www.": "a URL host's prefix"},
}


@dataclass(frozen=True)
class Finding:
    """One word written in code: where, in which shape, which literal."""

    line: int
    shape: str
    word: str


def _literal_values(annotation: object) -> set[str]:
    return {v for v in get_args(annotation) if isinstance(v, str)}


@cache
def labels() -> frozenset[str]:
    """spaCy's labels and the model's values: the vocabulary of the parser and of the output, the same
    whatever the language of the text."""
    values = {v for obj in vars(model).values() for v in _literal_values(obj)}
    return frozenset(set(GLOSSARY) | values | set(model.ACTOR_KINDS) | RESOLUTION_PATHS | PARSER_LABELS)


@cache
def class_words() -> frozenset[str]:
    """The words of every shipped class file of English (a YAML mapping of class name to words)."""
    found: set[str] = set()
    for path in DATA.rglob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and all(isinstance(v, list) and all(isinstance(w, str) for w in v)
                                          for v in data.values()):
            found |= {w for words in data.values() for w in words}
    return frozenset(found)


def is_word(value: object) -> TypeGuard[str]:
    """A string that can be a word of a language: it has a lower-case letter and is no label."""
    return isinstance(value, str) and any(c.islower() for c in value) and not _NAME.search(value) \
        and value not in labels() and not value.endswith(":")


class _Module:
    """The names of one module that hold a token's words or literal words."""

    def __init__(self, tree: ast.Module) -> None:
        self.word_names: dict[str, list[str]] = {}  # module constants and loop names bound to literal words
        for stmt in tree.body:
            value = stmt.value if isinstance(stmt, (ast.Assign, ast.AnnAssign)) else None
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [getattr(stmt, "target", None)]
            if value is not None and self.literals(value):
                self.word_names |= {t.id: self.literals(value) for t in targets if isinstance(t, ast.Name)}
        self.text_names: set[str] = set(WORD_PARAMETERS)
        for _ in range(2):  # a name bound to a name bound to a word
            for node in ast.walk(tree):
                if isinstance(node, ast.Assign) and self.is_text(node.value):
                    self.text_names |= {n.id for t in node.targets for n in ast.walk(t) if isinstance(n, ast.Name)}
                if isinstance(node, (ast.For, ast.comprehension)):
                    names = {n.id for n in ast.walk(node.target) if isinstance(n, ast.Name)}
                    if self.is_text(node.iter):
                        self.text_names |= names
                    elif self.literals(node.iter):
                        self.word_names |= dict.fromkeys(names, self.literals(node.iter))

    def literals(self, node: ast.AST) -> list[str]:
        """The word literals ``node`` is or holds (a display, a set call, a dict's keys, a bound name)."""
        if isinstance(node, ast.Constant):
            return [node.value] if is_word(node.value) else []
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            return [w for e in node.elts for w in self.literals(e)]
        if isinstance(node, ast.Dict):
            return [w for k in node.keys if k is not None for w in self.literals(k)]
        if isinstance(node, ast.BinOp):
            return self.literals(node.left) + self.literals(node.right)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in (
                "frozenset", "set", "tuple", "list") and node.args:
            return self.literals(node.args[0])
        if isinstance(node, ast.Name) and node.id in self.word_names:
            return self.word_names[node.id]
        return []

    def is_text(self, node: ast.AST) -> bool:
        """Whether an expression is (or collects) a token's word."""
        if isinstance(node, ast.Attribute):
            return node.attr in TEXT_ATTRIBUTES
        if isinstance(node, ast.Name):
            return node.id in self.text_names
        if isinstance(node, ast.Subscript):
            return self.is_text(node.value)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in TEXT_METHODS:
            return node.func.attr in ("lower", "casefold") or self.is_text(node.func.value)
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

    def comparisons(self, tree: ast.Module) -> Iterator[tuple[int, str, list[str]]]:
        """Comparisons of a token's words with literal words, and words passed to affix methods."""
        for node in ast.walk(tree):
            if isinstance(node, ast.Compare) and all(isinstance(op, COMPARISONS) for op in node.ops):
                sides = [node.left, *node.comparators]
                if any(self.is_text(s) for s in sides):
                    yield node.lineno, "compare", [w for s in sides if not self.is_text(s) for w in self.literals(s)]
            elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.BitAnd, ast.BitOr, ast.Sub)):
                for one, other in ((node.left, node.right), (node.right, node.left)):
                    if self.is_text(one) and not self.is_text(other):
                        yield node.lineno, "compare", self.literals(other)
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                if node.func.attr in AFFIX_METHODS:
                    yield node.lineno, "affix", [w for a in node.args for w in self.literals(a)]
                if node.func.attr == "get" and any(self.is_text(a) for a in node.args):
                    yield node.lineno, "compare", self.literals(node.func.value)
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in WORD_HELPERS:
                yield node.lineno, "compare", [w for a in node.args[1:] for w in self.literals(a)]


def _word_list(node: ast.AST) -> list[str]:
    """The strings of a set, list or tuple display of strings only (a tuple that mixes in other values
    is a record; one that holds a file name is a data path)."""
    if not isinstance(node, (ast.Set, ast.List, ast.Tuple)):
        return []
    strings = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return strings if len(strings) == len(node.elts) and not any(_FILE.search(v) for v in strings) else []


@cache
def _not_lists(tree: ast.Module) -> frozenset[int]:
    """Tuples that are several values at once (``return found, "control"``, ``a, b = "x", "y"``)."""
    return frozenset(id(n.value) for n in ast.walk(tree) if isinstance(n, (ast.Return, ast.Assign)) and (
        isinstance(n, ast.Return) or isinstance(n.targets[0], ast.Tuple)) and isinstance(n.value, ast.Tuple))


@cache
def _keys(tree: ast.Module) -> frozenset[int]:
    """Literals that name a key of a mapping, a regex group or a data file (``data["ago"]``,
    ``raw.get("why")``, ``m.group("wd")``, ``data_path("times", ...)``): the schema, not the text."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript):
            found.add(id(node.slice))
        elif isinstance(node, ast.Call) and (
                (isinstance(node.func, ast.Attribute) and node.func.attr in ("get", "group", "setdefault", "pop"))
                or (isinstance(node.func, ast.Name) and node.func.id in ("data_path", "word_class", "word_classes",
                                                                         "has_data", "words", "shifts"))):
            found |= {id(a) for a in node.args}
    return frozenset(found)


def _docstrings(tree: ast.Module) -> set[int]:
    kinds = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    return {id(n.body[0].value) for n in ast.walk(tree) if isinstance(n, kinds) and n.body
            and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}


def regex_words(pattern: str) -> list[str]:
    """The runs of two letters left in a pattern without its syntax (in any case: "BY" is "by")."""
    return re.findall(r"[A-Za-z]{2,}", _REGEX_SYNTAX.sub(" ", pattern))


def _patterns(tree: ast.Module, docs: set[int]) -> Iterator[tuple[int, str]]:
    """Strings given to ``re.*`` and strings that look like a pattern (a group, an escape)."""
    given: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args \
                and getattr(node.func.value, "id", "") == "re":
            first = node.args[0]
            for part in first.values if isinstance(first, ast.JoinedStr) else [first]:
                if isinstance(part, ast.Constant) and isinstance(part.value, str):
                    given.add(id(part))
                    yield node.lineno, part.value
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs | given \
                and _REGEX_HINT.search(node.value):
            yield node.lineno, node.value


def _owners(tree: ast.Module) -> dict[int, set[str]]:
    """The functions and module-level names each line belongs to (an exception may name one)."""
    owners: dict[int, set[str]] = {}
    for node in ast.walk(tree):
        targets = getattr(node, "targets", [getattr(node, "target", None)])
        names = [node.name] if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) else [
            t.id for t in targets if isinstance(t, ast.Name)] if node in tree.body else []
        for line in range(getattr(node, "lineno", 0), (getattr(node, "end_lineno", None) or 0) + 1):
            owners.setdefault(line, set()).update(names)
    return owners


def scan(source: str, module: str = "", allowed: Mapping[str, str] | None = None) -> list[Finding]:
    """Every word of a language written in ``source``, but those ``allowed`` (by default the
    :data:`EXCEPTIONS` of ``module``)."""
    tree = ast.parse(source)
    scope, docs = _Module(tree), _docstrings(tree)
    found: set[Finding] = set()
    for line, shape, words in scope.comparisons(tree):
        found |= {Finding(line, shape, w) for w in words}
    members = {id(n.value) for n in tree.body if isinstance(n, ast.Assign)
               and any(getattr(t, "id", "") == "__all__" for t in n.targets)}
    for node in ast.walk(tree):
        if isinstance(node, ast.expr) and id(node) not in members | _not_lists(tree):
            found |= {Finding(node.lineno, "display", v) for v in _word_list(node) if is_word(v)}
        if isinstance(node, ast.Constant) and id(node) not in docs | _keys(tree) and node.value in class_words() \
                and is_word(node.value):
            found.add(Finding(node.lineno, "class word", node.value))
    for stmt in tree.body:
        if isinstance(stmt, (ast.Assign, ast.AnnAssign)) and isinstance(stmt.value, ast.Dict):
            found |= {Finding(stmt.lineno, "display", k.value) for k in stmt.value.keys
                      if isinstance(k, ast.Constant) and is_word(k.value)}
    for line, pattern in _patterns(tree, docs):
        found |= {Finding(line, "regex", w) for w in regex_words(pattern) if w.lower() not in labels()}
    allowed, owners = EXCEPTIONS.get(module, {}) if allowed is None else allowed, _owners(tree)
    if "*" in allowed:
        return []
    return sorted((f for f in found if f.word not in allowed and not owners.get(f.line, set()) & allowed.keys()
                   ), key=lambda f: (f.line, f.shape, f.word))


def stage_modules() -> list[str]:
    """Every module of a stage that reads text, relative to the package."""
    paths = [p for stage in ("actors", "events", "quotes", "counts", "times", "places", "nlp")
             for p in (PACKAGE / stage).glob("*.py")]
    paths += [PACKAGE / "datelines.py", PACKAGE / "periods.py", PACKAGE / "extract" / "meta.py"]
    return sorted(p.relative_to(PACKAGE).as_posix() for p in paths)
