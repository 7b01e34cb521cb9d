"""The ``newsevents`` command line: thin shells over the pipeline, the store and the evaluator.

Each command parses its options, calls one library function and prints the result; errors
become one line on stderr and a non-zero exit. A library error speaks of its inputs and arguments, never
of flags (newsevents.errors); where a flag is what the user must change, :data:`FLAG_HINTS` adds it, by code.

Commands are loaded on first use (a lazy group, click's documented pattern): ``newsevents --help``
lists them from the table below without importing spaCy, pandas or pyarrow, and a command's module
imports its heavy libraries inside the command, so ``--help`` and light commands start in a fraction
of a second (benchmarks/startup.py; tests/cli/test_startup.py keeps the heavy modules out).
"""

from __future__ import annotations

import importlib
import logging
import sys

import click
from click.utils import make_default_short_help

from .. import __version__
from ..errors import NewsEventsError
from ._output import err_console

# library error code -> the flag that caused it, said after the library's own line
FLAG_HINTS: dict[str, str] = {
    "E001": "--scheduler needs --engine dask",
    "E003": "try fewer --workers",
    "E508": "--read-token needs a token in NEWSEVENTS_TOKEN",
}

# command name -> (module, attribute, first paragraph of its help). The module is imported only when the command
# runs or shows its own help; `newsevents --help` shortens the paragraph as click does (tests/cli/test_startup.py
# checks it is the command's own).
COMMANDS: dict[str, tuple[str, str, str]] = {
    "evaluate": ("newsevents.cli.evaluate", "evaluate", "Run the pipeline on every gold article of GOLD_DIR and "
                 "print precision, recall and F1 per part."),
    "events": ("newsevents.cli.commands", "events",
               "List coded events, newest first, filtered by actor, CAMEO code, date or mode."),
    "explain": ("newsevents.cli.explain", "explain",
                "Show how newsevents codes events in TEXT: parse, actors, patterns tried, events."),
    "export": ("newsevents.cli.across", "export", "Export the database: tables as JSONL, CSV or Parquet, or merged "
               "events as a GDELT 2.0 event file."),
    "extract": ("newsevents.cli.commands", "extract",
                "Run the whole pipeline on each input and print one JSON document per article."),
    "ingest": ("newsevents.cli.commands", "ingest_cmd",
               "Extract every input and store articles, actors, events, quotes and counts in --db."),
    "kb": ("newsevents.cli.kb", "kb_group", "The actor knowledge base: add people from your own tables."),
    "load": ("newsevents.cli.across", "load",
             "Merge the Parquet shards of SHARD_DIR (from process_shard, Dask or Spark) into --db."),
    "merged": ("newsevents.cli.across", "merged",
               "List merged events: one row per real event, with mentions, sources and articles reporting it."),
    "serve": ("newsevents.cli.serve", "serve",
              "Serve the dashboard at / and the JSON API under /api (schema at /api/openapi.json)."),
    "stats": ("newsevents.cli.commands", "stats",
              "Summarise a database: rows per table, top actors, events per root, largest counts, failures."),
    "stories": ("newsevents.cli.across", "stories", "List stories: articles that copy or rewrite one another, or "
                "report the same event in other words."),
}


class LazyGroup(click.Group):
    """A group whose commands are imported on first use; its own help lists them from ``COMMANDS``."""

    def list_commands(self, ctx: click.Context | None) -> list[str]:
        return sorted(set(self.commands) | set(COMMANDS))

    def get_command(self, ctx: click.Context | None, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            module, attr, _ = COMMANDS[cmd_name]
            command = getattr(importlib.import_module(module), attr)
            self.commands.setdefault(cmd_name, command)  # modules under cli/ register themselves on import
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The commands and their short help, as click writes them, without importing any command."""
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = [(name, make_default_short_help(COMMANDS[name][2], limit) if name not in self.commands
                 else self.commands[name].get_short_help_str(limit)) for name in names]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="newsevents")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-v info, -vv debug).")
def cli(verbose: int) -> None:
    """newsevents: who did what to whom, when and where, from news articles.

    Reads articles (HTML, WARC, RSS/Atom, JSONL, plain text, URLs), finds actors with CAMEO codes,
    codes events in CAMEO and PLOVER with their evidence, quotes, casualty counts, dates and places,
    and stores them in an embedded SQLite database.
    """
    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def error_line(err: NewsEventsError) -> str:
    """The one line the CLI prints for a library error: code, input, message, and the flag to change."""
    hint = FLAG_HINTS.get(err.code)
    return f"{err} ({hint})" if hint else str(err)


def main() -> None:
    """Entry point: run the CLI, turning newsevents errors into one line and exit status 1."""
    try:
        cli.main(standalone_mode=False)
    except NewsEventsError as err:
        err_console.print(f"[red]error:[/red] {error_line(err)}", markup=True, highlight=False, soft_wrap=True)
        sys.exit(1)
    except click.exceptions.Abort:
        err_console.print("aborted")
        sys.exit(130)
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
    except click.exceptions.Exit as err:
        sys.exit(err.exit_code)
    except KeyboardInterrupt:
        err_console.print("interrupted: re-run the same command to resume")
        sys.exit(130)

