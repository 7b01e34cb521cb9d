"""``newsevents load DIR``: merge finished Parquet shards into the database, idempotently.

The shards are replayed in shard order, input by input, through the same single writer the local
engine uses (:meth:`Store.write_result`, one transaction per article), so the database ends the
same as a local ingest of the same inputs. Inputs whose content identity the ingest log marks done
are skipped, so loading a directory twice, or after an interrupted load, stores every article
exactly once, and new content under an old name is stored.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import aggregate
from ..errors import Errors, InputError, NewsEventsError
from ..model import ArticleResult
from ..store import Store
from .local import IngestSummary, _record_error, store_result
from .shard import finished_shards, read_shard

LOGGER = logging.getLogger(__name__)


def load_shards(output_dir: str | Path, store: Store, progress: Callable[[str, str], None] | None = None,
                shard_ids: list[str] | None = None) -> IngestSummary:
    """Store every finished shard of ``output_dir`` (or only ``shard_ids``) into ``store``.

    Raises:
        InputError: ``output_dir`` holds no finished shard.
    """
    shards = finished_shards(output_dir) if shard_ids is None else shard_ids
    if not shards and shard_ids is None:
        raise InputError(Errors.E132, source=str(output_dir))
    summary = IngestSummary()
    done = store.done_keys() | store.done_sources()
    for shard_id in shards:
        inputs, results = read_shard(output_dir, shard_id)
        for row in inputs:
            status = _load_one(row, results, store, done, summary)
            if progress:
                progress(row["source"] or "?", status)
        LOGGER.info("loaded shard %s (%d inputs)", shard_id, len(inputs))
    aggregate.update(store)
    return summary


def _load_one(row: dict[str, Any], results: dict[str, ArticleResult], store: Store, done: set[str],
              summary: IngestSummary) -> str:
    """Store one shard input; an input is known by its content identity (``input_key``), by its source
    only in shards written before shards carried the key."""
    source, key = row["source"], row.get("input_key")
    if (key or source) in done:
        summary.skipped += 1
        return "skipped"
    if row["status"] == "error":
        error = NewsEventsError(row["message"] or "", source=source, code=row["code"])
        return _record_error(error, store, summary)
    return store_result(results[row["article_id"]], source, store, done, summary, key)
