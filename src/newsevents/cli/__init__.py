"""The ``newsevents`` command line: thin shells over the pipeline, the store and the evaluator.

Each command parses its options, calls one library function and prints the result; errors
become one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import logging
import sys

import click

from .. import __version__
from ..errors import NewsEventsError
from ._output import err_console


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
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


def main() -> None:
    """Entry point: run the CLI, turning newsevents errors into one line and exit status 1."""
    try:
        cli.main(standalone_mode=False)
    except NewsEventsError as err:
        err_console.print(f"[red]error:[/red] {err}", markup=True, highlight=False, soft_wrap=True)
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


# The commands register themselves on `cli`, so they are imported once `cli` exists (hence E402).
from ..cli_evaluate import evaluate  # noqa: E402
from ..cli_explain import explain  # noqa: E402
from . import across, commands, serve  # noqa: E402,F401  (across: export, load, stories, merged; serve: serve)
from . import kb as _kb  # noqa: E402,F401  (kb import)

cli.add_command(evaluate)
cli.add_command(explain)
