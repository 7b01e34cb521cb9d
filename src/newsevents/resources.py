"""Where the shipped knowledge lives: the one resolver every loader asks for a data file.

``data/`` holds two kinds of file (docs/architecture.md, "Data layout"):

- ``data/<lang>/...``: lexical resources, words of one language (the event lexicon, actor names and
  role nouns, place names and locative words, quote cues, count words, calendar words, chrome
  lines). English is ``data/en/``; a second language is a sibling folder of the same shape.
- ``data/common/...``: tables that hold no words of any language (the CAMEO ontology, the PLOVER
  table, the export's actor-code blocks).

A loader never builds a path to ``data/`` itself, so that moving a file, or adding a language,
changes this module and the data, not the stages.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import yaml

from .errors import Errors, KnowledgeBaseError

T = TypeVar("T")

DATA = Path(__file__).resolve().parent / "data"
DEFAULT_LANGUAGE = "en"
COMMON = "common"


def data_path(*parts: str, lang: str = DEFAULT_LANGUAGE) -> Path:
    """The path of a lexical resource of language ``lang``: ``data_path("times", "calendar.yaml")``
    is ``data/en/times/calendar.yaml``."""
    return DATA.joinpath(lang, *parts)


def has_data(*parts: str, lang: str = DEFAULT_LANGUAGE) -> bool:
    """Whether language ``lang`` ships this file or folder: a stage whose data a language lacks does
    not run for it (a language is added a stage at a time)."""
    return data_path(*parts, lang=lang).exists()


def common_path(*parts: str) -> Path:
    """The path of a language-independent table: ``common_path("ontology", "cameo.tsv")``."""
    return DATA.joinpath(COMMON, *parts)


def relative(path: Path) -> str:
    """A shipped file's name as messages and provenance show it (``data/en/lexicon/verbs.yaml``)."""
    return "data/" + path.relative_to(DATA).as_posix()


@lru_cache(maxsize=64)
def word_classes(*parts: str, lang: str = DEFAULT_LANGUAGE) -> Mapping[str, frozenset[str]]:
    """The named word classes of a language's ``<stage>/words.yaml``-style file: each top-level key a
    class name, each value a list of lower-case words or phrases (``word_classes("events",
    "words.yaml")["negators"]``). The function words a stage's rules read live here, not in its code,
    so that a second language is a second file of the same names. A language without the file has no
    classes (its rules find nothing), never English ones."""
    path = data_path(*parts, lang=lang)
    if not path.exists():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as err:
        raise KnowledgeBaseError(Errors.E447.format(err=err), source=relative(path)) from err
    if not isinstance(data, dict):
        raise KnowledgeBaseError(Errors.E447.format(err="expected a mapping of class names to word lists"),
                                 source=relative(path))
    classes: dict[str, frozenset[str]] = {}
    for name, words in data.items():
        if not isinstance(words, list) or not all(isinstance(word, str) for word in words):
            raise KnowledgeBaseError(Errors.E447.format(err=f"class {name!r} must be a list of strings"),
                                     source=relative(path))
        classes[str(name)] = frozenset(word.lower() for word in words)
    return classes


def word_class(name: str, *parts: str, lang: str = DEFAULT_LANGUAGE) -> frozenset[str]:
    """One class of :func:`word_classes`; a name the file lacks is a data error (a typo in code or
    data), except for a language that ships no such file at all (empty: its rules find nothing)."""
    classes = word_classes(*parts, lang=lang)
    if not classes:
        return frozenset()
    if name not in classes:
        raise KnowledgeBaseError(Errors.E448.format(name=name, file="/".join(parts)),
                                 source=relative(data_path(*parts, lang=lang)))
    return classes[name]


def word_record(record: type[T], *parts: str, lang: str = DEFAULT_LANGUAGE) -> T:
    """A frozen dataclass of word classes filled from one file: each ``init`` field is the class of
    its name (``word_record(DateWords, "lexicon", "dates.yaml", lang="en")``). The stages keep such a
    record per language (lru_cache), so that a rule on the hot path tests a frozenset and never calls
    a loader, and a field the file lacks is the E448 error at load, not a silent empty class."""
    values: dict[str, Any] = {f.name: word_class(f.name, *parts, lang=lang)
                              for f in fields(record) if f.init}  # type: ignore[arg-type]
    return record(**values)
