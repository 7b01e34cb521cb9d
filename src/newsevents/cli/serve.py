"""``newsevents serve``: the REST API and the dashboard over one database (needs the ``serve`` extra)."""

from __future__ import annotations

import click

from . import cli


@cli.command()
@click.option("--db", default="newsevents.db", show_default=True, type=click.Path(dir_okay=False),
              help="The SQLite database to serve (created empty only when writes are enabled).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--max-body", default=2_000_000, show_default=True, type=click.IntRange(min=1024),
              help="Largest accepted request body, in bytes.")
@click.option("--allowed-host", "allowed_hosts", multiple=True, metavar="NAME",
              help="A host name clients reach the server by (repeatable); IP literals and localhost are always "
                   "answered, other names refused (DNS rebinding). '*' answers any name.")
@click.option("--read-token", is_flag=True,
              help="The read API (GET /api/...) also needs the bearer token of NEWSEVENTS_TOKEN.")
def serve(db: str, host: str, port: int, max_body: int, allowed_hosts: tuple[str, ...], read_token: bool) -> None:
    """Serve the dashboard at / and the JSON API under /api (schema at /api/openapi.json).

    Reads open the database read-only. POST /api/articles (submit an article for extraction)
    is enabled only when the environment variable NEWSEVENTS_TOKEN holds a token; clients send
    it as "Authorization: Bearer <token>". The token is checked before a request body is read.
    Requests whose Host header is not an IP literal, localhost, the --host name or an
    --allowed-host name are refused, so a web page cannot read the dashboard by DNS rebinding.
    """
    try:
        import uvicorn

        from ..serve import create_app
    except ImportError as err:  # the serve extra is missing
        raise click.ClickException(f"{err}; install it with: pip install 'newsevents[serve]'") from err
    names = (*allowed_hosts, host)  # the name the server was bound by is one it is reached by
    app = create_app(db, max_body=max_body, allowed_hosts=names, read_token=read_token)  # errors: cli.main
    state = "enabled (bearer token)" if app.state.token else "disabled (set NEWSEVENTS_TOKEN to enable)"
    click.echo(f"newsevents dashboard on http://{host}:{port}/ — database {db}; writes {state}", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info")
