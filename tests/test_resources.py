"""The word-class loader every stage reads its function words through (resources.word_classes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents import resources
from newsevents.errors import KnowledgeBaseError


@pytest.fixture()
def data_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(resources, "DATA", tmp_path)
    resources.word_classes.cache_clear()
    yield tmp_path
    resources.word_classes.cache_clear()


def _write(root: Path, lang: str, text: str) -> None:
    folder = root / lang / "stage"
    folder.mkdir(parents=True)
    (folder / "words.yaml").write_text(text, encoding="utf-8")


def test_classes_are_lower_cased_sets(data_root: Path) -> None:
    _write(data_root, "xx", "negators: [Not, never]\nempty: []\n")
    classes = resources.word_classes("stage", "words.yaml", lang="xx")
    assert classes["negators"] == frozenset({"not", "never"}) and classes["empty"] == frozenset()
    assert resources.word_class("negators", "stage", "words.yaml", lang="xx") == {"not", "never"}


def test_a_language_without_the_file_has_no_words(data_root: Path) -> None:
    assert resources.word_classes("stage", "words.yaml", lang="yy") == {}
    assert resources.word_class("negators", "stage", "words.yaml", lang="yy") == frozenset()


def test_a_class_the_file_lacks_is_an_error_naming_it(data_root: Path) -> None:
    _write(data_root, "xx", "negators: [not]\n")
    with pytest.raises(KnowledgeBaseError, match=r"E448.*'negatorz'"):
        resources.word_class("negatorz", "stage", "words.yaml", lang="xx")


@pytest.mark.parametrize("text", ["- not\n- never\n", "negators: not\n", "negators: [1, 2]\n", "a: [b\n"])
def test_malformed_files_are_one_coded_error(data_root: Path, text: str) -> None:
    _write(data_root, "xx", text)
    with pytest.raises(KnowledgeBaseError, match="E447"):
        resources.word_classes("stage", "words.yaml", lang="xx")
