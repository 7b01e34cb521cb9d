"""One unit of work for every engine: a batch of inputs in, one Parquet file per table out.

Why shards: every distributed engine (Dask, Spark, a SLURM array job) costs a few milliseconds
per task and cannot share one SQLite writer. So each task gets hundreds to thousands of inputs,
runs the whole pipeline on them with no side effect but its own files, and :func:`load_shards`
later merges the files into the database with the same single writer the local engine uses.

Layout of ``output_dir``::

    <table>/<shard_id>.parquet   one file per table (inputs, articles, entities, actors, ...)
    _done/<shard_id>.json        the manifest, written last: the shard is finished iff it exists

Every file is written under a temporary name and renamed, so a crash leaves no half-written file,
and a re-run skips the shards whose manifest exists.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import NewsEventsError
from ..ingest import IngestOptions, iter_inputs
from ..ingest.identity import input_key
from ..model import Article, ArticleResult, RawDocument, result_from_dict
from ..pipeline import PipelineConfig, warm_up
from ..store import decode_row, encode_row
from ..store.schema import ITEM_TABLES, columns
from .local import BATCH_SIZE, Outcome, process_batch

LOGGER = logging.getLogger(__name__)
INPUT_COLUMNS = [("seq", pa.int64()), ("source", pa.string()), ("status", pa.string()), ("article_id", pa.string()),
                 ("code", pa.string()), ("message", pa.string()), ("input_key", pa.string())]
_ARROW = {"INTEGER": pa.int64(), "REAL": pa.float64()}
DONE_DIR = "_done"


def table_schemas() -> dict[str, pa.Schema]:
    """The Arrow schema of each shard table, derived from the model (as the database's is)."""
    schemas = {"inputs": pa.schema(INPUT_COLUMNS)}
    art = [(n, _ARROW.get(t, pa.string())) for n, t in columns(Article) if n != "article_id"]
    schemas["articles"] = pa.schema([*art, ("stages", pa.string())])
    for table, (cls, _) in ITEM_TABLES.items():
        schemas[table] = pa.schema([(n, _ARROW.get(t, pa.string())) for n, t in columns(cls)])
    return schemas


def shard_id_for(inputs: Sequence[str | RawDocument], config: PipelineConfig | None, index: int | None = None) -> str:
    """A stable name for a shard: a hash of its inputs and config (prefixed by its position, if any).

    A local file enters with its size and modification time, so a file rewritten under the same
    name makes a new shard instead of being taken for the finished one."""
    keys = [_stamp(item) if isinstance(item, str) else input_key(item) for item in inputs]
    digest = hashlib.sha1(("\n".join(keys) + "\n" + repr(config)).encode("utf-8")).hexdigest()[:16]
    return digest if index is None else f"{index:06d}-{digest}"


def _stamp(spec: str) -> str:
    """An input spec with, for a local file, its size and modification time (what ``make`` compares)."""
    try:
        stat = os.stat(spec)
    except (OSError, ValueError):
        return spec
    return f"{spec}\0{stat.st_size}\0{stat.st_mtime_ns}"


def shard_done(output_dir: str | Path, shard_id: str) -> bool:
    """Whether a shard's manifest exists (every table file of it is then in place)."""
    return (Path(output_dir) / DONE_DIR / f"{shard_id}.json").is_file()


def process_shard(inputs: Sequence[str | RawDocument], output_dir: str | Path, config: PipelineConfig | None = None,
                  *, options: IngestOptions | None = None, shard_id: str | None = None) -> Path:
    """Run the pipeline on a batch of inputs and write one Parquet file per table; returns the manifest.

    Args:
        inputs: input specs (paths, URLs) as :func:`newsevents.ingest.iter_inputs` reads them, or RawDocuments.
        output_dir: where the tables go (a shared filesystem when the engine is distributed).
        config: the pipeline configuration (model, extra knowledge files).
        shard_id: the shard's name (default: a hash of the inputs and config).

    Nothing but the shard's own files is written; a shard whose manifest exists is not redone.
    """
    config = config or PipelineConfig()
    out = Path(output_dir)
    shard_id = shard_id or shard_id_for(inputs, config)
    manifest = out / DONE_DIR / f"{shard_id}.json"
    if manifest.is_file():
        LOGGER.info("shard %s already done", shard_id)
        return manifest
    rows = _run(inputs, config, options)
    for table, schema in table_schemas().items():
        _atomic_parquet(pa.Table.from_pylist(rows[table], schema=schema), out / table / f"{shard_id}.parquet")
    counts = {table: len(r) for table, r in rows.items()}
    _atomic_text(json.dumps({"shard": shard_id, "rows": counts}, indent=1), manifest)
    return manifest


def _run(inputs: Sequence[str | RawDocument], config: PipelineConfig,
         options: IngestOptions | None) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in table_schemas()}
    seen: set[str] = set()
    warm_up(config)
    for seq, (item, outcome) in enumerate(_outcomes(_items(inputs, options), config)):
        if isinstance(outcome, NewsEventsError):
            rows["inputs"].append({"seq": seq, "source": outcome.source or getattr(item, "source", None),
                                   "status": "error", "code": outcome.code, "message": outcome.message})
            continue
        assert isinstance(item, RawDocument)  # an input that failed to read has itself as outcome (above)
        article_id = outcome.article.id
        rows["inputs"].append({"seq": seq, "source": item.source, "status": "ok", "article_id": article_id,
                               "input_key": item.metadata.get("input_key") or input_key(item)})
        if article_id not in seen:  # the same text twice: its rows once
            seen.add(article_id)
            _add_result(rows, outcome)
    return rows


def _outcomes(items: Iterator[RawDocument | NewsEventsError],
              config: PipelineConfig) -> Iterator[tuple[RawDocument | NewsEventsError, Outcome]]:
    """Each item with its outcome, in input order; documents are parsed in batches (one ``nlp.pipe`` each)."""
    batch: list[RawDocument] = []
    pending: list[RawDocument | NewsEventsError] = []
    for item in items:
        pending.append(item)
        if isinstance(item, RawDocument):
            batch.append(item)
        if len(batch) >= BATCH_SIZE:
            yield from _flush(pending, batch, config)
            pending, batch = [], []
    yield from _flush(pending, batch, config)


def _flush(pending: list[RawDocument | NewsEventsError], batch: list[RawDocument],
           config: PipelineConfig) -> Iterator[tuple[RawDocument | NewsEventsError, Outcome]]:
    done = iter(process_batch(batch, config)) if batch else iter(())
    for item in pending:
        yield item, (item if isinstance(item, NewsEventsError) else next(done))


def _items(inputs: Sequence[str | RawDocument],
           options: IngestOptions | None) -> Iterator[RawDocument | NewsEventsError]:
    for item in inputs:
        if isinstance(item, str):
            yield from iter_inputs([item], options)
        else:
            yield item


def _add_result(rows: dict[str, list[dict[str, Any]]], result: ArticleResult) -> None:
    art = encode_row(result.article, result.article.id)
    art.pop("article_id")
    art["stages"] = json.dumps(list(result.stages))
    rows["articles"].append(art)
    for table in ITEM_TABLES:
        for item in getattr(result, table):
            rows[table].append(encode_row(item, result.article.id))


def read_shard(output_dir: str | Path, shard_id: str) -> tuple[list[dict[str, Any]], dict[str, ArticleResult]]:
    """A finished shard's input log (in input order) and its results by article id."""
    out = Path(output_dir)
    tables = {t: pq.read_table(out / t / f"{shard_id}.parquet").to_pylist() for t in table_schemas()}
    data: dict[str, dict[str, Any]] = {}
    for art in tables["articles"]:
        article = decode_row(art)
        stages = article.pop("stages") or []
        data[art["id"]] = {"article": article, "stages": stages, **{t: [] for t in ITEM_TABLES}}
    for table in ITEM_TABLES:
        for row in tables[table]:
            data[row["article_id"]][table].append(decode_row(row))
    inputs = sorted(tables["inputs"], key=lambda r: r["seq"])
    return inputs, {aid: result_from_dict(d) for aid, d in data.items()}


def finished_shards(output_dir: str | Path) -> list[str]:
    """Ids of every finished shard under ``output_dir``, sorted (the order they are loaded in)."""
    done = Path(output_dir) / DONE_DIR
    return sorted(p.stem for p in done.glob("*.json")) if done.is_dir() else []


def _atomic_parquet(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        pq.write_table(table, tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _atomic_text(text: str, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
