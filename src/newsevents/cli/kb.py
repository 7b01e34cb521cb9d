"""``newsevents kb``: the actor knowledge base from the command line (``kb import`` adds users' people)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from ..errors import Errors, KnowledgeBaseError
from . import cli
from ._output import err_console


@cli.group(name="kb")
def kb_group() -> None:
    """The actor knowledge base: add people from your own tables."""


@kb_group.command(name="import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Actor YAML file to write (default: print it). An existing file is extended: its people stay, "
                   "those imported again are replaced.")
@click.option("--country", default=None, metavar="ISO3", help="Country of rows that give none.")
def kb_import(file: Path, out: Path | None, country: str | None) -> None:
    """Convert a CSV table or a Wikidata JSON export of people into an actor YAML file.

    CSV columns (a header line first; only name is required): name, country (ISO3 or name), role, start, end
    (YYYY[-MM[-DD]]), code (CAMEO, default country + GOV), aliases (separated by |), qid, gender. One row per
    office; rows of the same name merge. Use the result with `newsevents extract --actors FILE`.
    """
    import yaml

    from ..actors.kb import load_kb
    from ..actors.kb_import import import_people

    kb = load_kb()
    people = import_people(file, kb, country.upper() if country else None)
    data: dict[str, Any] = {}
    if out is not None and out.exists():
        data = yaml.safe_load(out.read_text(encoding="utf-8")) or {}
        if not isinstance(data, dict):
            raise KnowledgeBaseError(Errors.E409, source=str(out))
    new = {p["name"] for p in people}
    data["people"] = [p for p in data.get("people") or [] if p.get("name") not in new] + people
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)
    if out is None:
        sys.stdout.write(text)
        return
    out.write_text(text, encoding="utf-8")
    load_kb([out])  # the written file must load: a bad term or country fails here, not in a later run
    err_console.print(f"{len(people)} people written to {out}")
