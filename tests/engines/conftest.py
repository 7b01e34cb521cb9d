"""Small inputs and a canonical view of a database, to compare what different engines stored."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsevents.store import Store
from newsevents.store.schema import ITEM_TABLES

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
# Two short articles plus a light rewrite of the first (new headline and byline, one sentence added).
ARTICLES = {
    "a-talks.txt": "Congo and Rwanda agree to resume talks\n\nThe foreign ministers of Congo and Rwanda met in "
                   "Luanda on Tuesday and agreed to resume talks on a ceasefire in eastern Congo next month, "
                   "Angola's foreign ministry said. The meeting was hosted by Angolan President Joao Lourenco.\n",
    "b-talks-rewrite.txt": "Angola hosts Congo-Rwanda meeting\n\nBy Staff Reporter\n\nThe foreign ministers of Congo "
                           "and Rwanda met in Luanda on Tuesday and agreed to resume talks on a ceasefire in eastern "
                           "Congo next month, Angola's foreign ministry said. The meeting was hosted by Angolan "
                           "President Joao Lourenco. The UN welcomed the meeting.\n",
    "c-protest.txt": "Police arrest protesters in Nairobi\n\nKenyan police arrested 57 people on Tuesday as thousands "
                     "marched in Nairobi against a finance bill that raises taxes, witnesses said.\n",
}


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def snapshot(path: Path) -> dict[str, Any]:
    """What a database holds, without what legitimately differs between runs (times, sequence ids)."""
    with Store(path, readonly=True) as store:
        snap: dict[str, Any] = {
            "articles": store.query("SELECT * FROM articles ORDER BY id"),
            "log": store.query("SELECT source, status, article_id, code FROM ingest_log ORDER BY source, status"),
            "stories": store.query("SELECT id, story_id FROM articles ORDER BY id"),
            "merged": store.query("SELECT * FROM merged_events ORDER BY merge_key, place"),
            "links": store.query("SELECT m.merge_key, l.article_id, l.event_id, l.site, l.story_id, l.is_root "
                                 "FROM merged_event_links l JOIN merged_events m ON m.id = l.merged_id "
                                 "ORDER BY l.article_id, l.event_id"),
        }
        for table in ITEM_TABLES:
            snap[table] = store.query(f"SELECT * FROM {table} ORDER BY article_id, rowid")
    for row in snap["articles"]:
        row.pop("ingested_at")
    for row in snap["merged"]:
        row.pop("id")
        row.pop("first_added")
    return snap
