"""Near-duplicate story detection: wire copies and light rewrites of one story become one story.

Why MinHash + LSH: comparing every new article with every stored one is quadratic; a MinHash
signature (datasketch) estimates the Jaccard similarity of two articles' word 5-gram sets, and
locality-sensitive hashing of the signature's bands finds the few stored articles worth comparing
in one indexed lookup. The bands live in SQLite (``story_bands``), so the index survives restarts,
needs no memory proportional to the corpus, and grows by one transaction per article.

Each article keeps its own record; ``articles.story_id`` names its story, which is the id of the
first article of that story (the earliest stored one), so a story id is itself an article id.
"""

from __future__ import annotations

import hashlib
import logging
import re
import sqlite3
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

LOGGER = logging.getLogger(__name__)

#: word n-gram size of the shingles; 5 tolerates reordered sentences and small edits.
SHINGLE_WORDS = 5
NUM_PERM = 128
#: estimated Jaccard similarity from which two articles are one story. Copies of a wire story
#: with a new headline, byline and one changed paragraph score 0.6-0.7; unrelated articles on the
#: same topic stay under 0.05.
THRESHOLD = 0.5
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class DedupConfig:
    """Parameters of the story index (changing them needs a fresh database)."""

    threshold: float = THRESHOLD
    num_perm: int = NUM_PERM
    shingle_words: int = SHINGLE_WORDS


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """The set of lower-cased word ``size``-grams of ``text`` (the whole text when shorter)."""
    words = _WORD.findall(text.casefold())
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(text: str, config: DedupConfig = DedupConfig()) -> np.ndarray:
    """The MinHash signature of ``text`` (``num_perm`` uint64 values; fixed seed, so reproducible)."""
    sketch = MinHash(num_perm=config.num_perm, seed=1)
    sketch.update_batch(sorted(shingles(text, config.shingle_words)))
    hashes: np.ndarray = sketch.hashvalues.astype(np.uint64)  # datasketch is untyped: hashvalues is Any
    return hashes


def similarity(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal MinHash values)."""
    return float(np.count_nonzero(sig_a == sig_b)) / len(sig_a)


def band_keys(sig: np.ndarray, config: DedupConfig = DedupConfig()) -> list[bytes]:
    """One 8-byte key per LSH band; two articles become candidates when any band key is equal."""
    bands, rows = _optimal_param(config.threshold, config.num_perm, 0.5, 0.5)
    return [hashlib.blake2b(sig[i * rows:(i + 1) * rows].tobytes(), digest_size=8).digest() for i in range(bands)]


def assign_story(conn: sqlite3.Connection, article_id: str, text: str,
                 config: DedupConfig = DedupConfig()) -> tuple[str, float]:
    """Give ``article_id`` a story: the story of its most similar stored article, or its own.

    Must run inside the caller's transaction (it writes ``story_signatures``, ``story_bands``
    and ``articles.story_id``). Returns ``(story_id, similarity)`` (similarity 0 for a new story).
    Ties between candidates go to the earliest stored story, so the result depends only on the
    order in which articles arrive.
    """
    sig = signature(text, config)
    keys = band_keys(sig, config)
    best: tuple[float, int, str] | None = None
    for _cand_id, cand_story, cand_sig, seq in _candidates(conn, keys, article_id):
        score = similarity(sig, np.frombuffer(cand_sig, dtype=np.uint64))
        if score >= config.threshold and (best is None or (score, -seq) > (best[0], -best[1])):
            best = (score, seq, cand_story)
    story_id, score = (best[2], best[0]) if best else (article_id, 0.0)
    conn.execute("INSERT OR REPLACE INTO story_signatures(article_id, story_id, signature) VALUES (?, ?, ?)",
                 (article_id, story_id, sig.tobytes()))
    conn.executemany("INSERT OR IGNORE INTO story_bands(band, key, article_id) VALUES (?, ?, ?)",
                     [(i, key, article_id) for i, key in enumerate(keys)])
    conn.execute("UPDATE articles SET story_id = ? WHERE id = ?", (story_id, article_id))
    if best:
        LOGGER.info("article %s joins story %s (similarity %.2f)", article_id, story_id, score)
    return story_id, score


def _candidates(conn: sqlite3.Connection, keys: list[bytes], article_id: str) -> list[tuple[str, str, bytes, int]]:
    """Stored articles sharing at least one band key with the new one (id, story, signature, rowid)."""
    if not keys:
        return []
    where = " OR ".join("(b.band = ? AND b.key = ?)" for _ in keys)
    params: list[object] = [v for i, key in enumerate(keys) for v in (i, key)]
    sql = (f"SELECT DISTINCT s.article_id, s.story_id, s.signature, s.rowid FROM story_bands b "
           f"JOIN story_signatures s ON s.article_id = b.article_id WHERE ({where}) AND b.article_id != ?")
    return list(conn.execute(sql, [*params, article_id]))
