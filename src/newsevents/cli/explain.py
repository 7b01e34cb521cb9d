"""``newsevents explain "a sentence"`` / ``--article FILE``: how the event coder read a text.

A thin shell: it runs the stages the coder needs (parse, actors, times, places; in the order of
``pipeline.process``, but without article extraction, so a single sentence is taken as it is) and
prints what
:func:`newsevents.events.explain` returns: the parse, the actors, the patterns that fired or
nearly fired and why not, and the events. ``--json`` prints the same as JSON.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from ..model import Article, content_id
from .dates import PUBLISHED


def _print_sentence(sent: dict[str, Any], show_parse: bool) -> None:
    click.echo(f"\n» {sent['text']}")
    if show_parse:
        for t in sent["tokens"]:
            click.echo(f"   {t['i']:>4} {t['text']:<16} {t['lemma']:<14} {t['pos']:<6} {t['dep']:<10} -> {t['head']}")
    for a in sent["actors"]:
        click.echo(f"   actor {a['id']} {a['code'] or '-':<10} {a['name']}  {a['mentions']}")
    for a in sent["attempts"]:
        click.echo(f"   {a['outcome']:<8} {a['code']:<5} '{a['trigger']}' ~ {a['pattern']!r}"
                   f" src={a['sources']} tgt={a['targets']} {a['reason']}")
    for e in sent["events"]:
        click.echo(f"   EVENT {e['source_code']} {e['cameo']} {e['target_code']} mode={e['mode']} date={e['date']}"
                   f" conf={e['confidence']} rule={e['rule']}")


@click.command("explain", context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("text", required=False)
@click.option("--article", "article_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Explain a whole plain-text article instead of TEXT.")
@click.option("--published", type=PUBLISHED, help="Publication date (ISO) used as the fallback event date.")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="An extra event lexicon (YAML); repeatable.")
@click.option("--parse/--no-parse", "show_parse", default=True, help="Show the dependency parse table.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def explain(text: str | None, article_file: Path | None, published: str | None, lexicons: tuple[Path, ...],
            show_parse: bool, as_json: bool) -> None:
    """Show how newsevents codes events in TEXT: parse, actors, patterns tried, events."""
    if (text is None) == (article_file is None):
        raise click.UsageError("give either TEXT or --article FILE")
    from .. import nlp  # spaCy and the knowledge bases: only when explaining, not for --help
    from ..actors import resolve_actors
    from ..events import explain as explain_doc
    from ..places import extract_places
    from ..times import extract_times

    body = article_file.read_text(encoding="utf-8") if article_file else str(text)
    article = Article(id=content_id(body), text=body, published=published, source=str(article_file or "<text>"))
    doc = nlp.parse(article.text)
    actors = resolve_actors(doc, article, [])
    times = extract_times(doc, article)
    places = extract_places(doc, article, actors)
    report = explain_doc(doc, article, actors, times, places, list(lexicons))
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    click.echo(f"lexicon: {report['lexicon_size']} patterns")
    for sent in report["sentences"]:
        _print_sentence(sent, show_parse)
