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

from pathlib import Path

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
