"""Near-duplicate stories: copies and light rewrites share a story, other articles do not."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newsevents.aggregate import update
from newsevents.aggregate.dedup import shingles, signature, similarity
from newsevents.store import Store

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
WORDS = ("the minister said talks on a ceasefire would resume in the capital next month after the "
         "meeting hosted by the president who has mediated between the two sides since the war began").split()


def test_sample_corpus_pair_is_one_story(store: Store, result_factory) -> None:
    paths = sorted(CORPUS.glob("*.txt"))
    for path in paths:
        store.write_result(result_factory(path.read_text(encoding="utf-8"), []))
    update(store)
    rows = store.query("SELECT id, n_articles, title FROM stories WHERE n_articles > 1")
    assert len(rows) == 1 and rows[0]["n_articles"] == 2
    members = store.query("SELECT title FROM articles WHERE story_id = ? ORDER BY rowid", (rows[0]["id"],))
    assert [m["title"] for m in members] == [
        "Angola brokers new round of Congo-Rwanda peace talks",   # 09-...-rewrite sorts first: founds the story
        "Congo and Rwanda agree to resume ceasefire talks in Luanda"]
    assert store.query("SELECT COUNT(*) AS n FROM stories")[0]["n"] == len(paths) - 1


def test_copy_with_new_headline_joins_story(store: Store, result_factory) -> None:
    body = " ".join(WORDS * 3)
    first = result_factory("Talks to resume\n\n" + body, [])
    copy = result_factory("Ceasefire talks back on, minister says\n\nBy Staff\n\n" + body, [])
    other = result_factory("Floods\n\n" + " ".join(reversed(WORDS)) * 2, [])
    for res in (first, copy, other):
        store.write_result(res)
    update(store)
    stories = {r["id"]: r["story_id"] for r in store.query("SELECT id, story_id FROM articles")}
    assert stories[copy.article.id] == first.article.id == stories[first.article.id]
    assert stories[other.article.id] == other.article.id


def test_story_index_survives_reopen(tmp_path: Path, result_factory) -> None:
    body = " ".join(WORDS * 2)
    with Store(tmp_path / "s.db") as db:
        db.write_result(result_factory("A\n" + body, []))
        update(db)
    with Store(tmp_path / "s.db") as db:
        later = result_factory("B\n" + body + " and more", [])
        db.write_result(later)
        update(db)
        assert db.query("SELECT n_articles FROM stories")[0]["n_articles"] == 2


@given(st.lists(st.sampled_from(WORDS), min_size=0, max_size=40))
def test_signature_of_same_text_is_identical(words: list[str]) -> None:
    text = " ".join(words)
    assert similarity(signature(text), signature(text.upper())) == 1.0
    assert len(shingles(text)) <= max(1, len(words))
