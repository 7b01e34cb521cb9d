"""The FastAPI application: read-only JSON API, the article submission endpoint and the dashboard.

Why this shape: reads open the database read-only (SQLite ``mode=ro``) per request, so a server can
never change the data by a read and can serve while an ingest writes (WAL). Writes are refused
unless a token is configured, and each request body is capped before it is read whole. The
dashboard is static files shipped in the package; a strict Content-Security-Policy forbids inline
and foreign scripts as a second line behind the dashboard's own escaping.
"""

from __future__ import annotations

import logging
import os
import queue
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..errors import DateParamError, Errors, StoreError, Warnings
from ..store import Store
from ..store.api_queries import ensure_api_indexes, missing_api_indexes
from ._guard import Guard
from ._limits import SecurityHeaders

LOGGER = logging.getLogger(__name__)
TOKEN_ENV = "NEWSEVENTS_TOKEN"
MAX_BODY = 2_000_000
STATIC = Path(str(resources.files("newsevents.serve") / "static"))
__all__ = ["MAX_BODY", "TOKEN_ENV", "create_app"]


def create_app(db_path: str | Path, token: str | None = None, *, max_body: int = MAX_BODY,
               allowed_hosts: Iterable[str] = (), read_token: bool = False) -> FastAPI:
    """The web application over the database at ``db_path``.

    Args:
        db_path: the SQLite database (created only when missing and writes are enabled).
        token: the bearer token that allows ``POST /api/articles``; default (None): the environment
            variable ``NEWSEVENTS_TOKEN``; ``""`` disables writes whatever the environment says.
            Without a token the server refuses every write.
        max_body: the largest request body accepted, in bytes (larger ones get 413).
        allowed_hosts: host names the server answers for besides IP literals and ``localhost``
            (the names it is reached by); ``"*"`` answers any (:mod:`._guard`, DNS rebinding).
        read_token: the read API (``GET /api/...``) also needs the bearer token.

    Raises:
        StoreError: the database does not exist (and writes are disabled) or cannot be opened, or
            ``read_token`` is asked for without a token.
    """
    token = (token if token is not None else os.environ.get(TOKEN_ENV)) or None
    if read_token and not token:
        raise StoreError(Errors.E508, source=str(db_path))
    path = Path(db_path)
    _prepare_database(path, writable=token is not None)
    app = FastAPI(title="newsevents", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json", max_body_size=max_body,
                  description="Political events, actors, quotes and counts extracted from news articles.")
    app.state.db_path = path
    app.state.token = token
    app.state.write_lock = threading.Lock()
    app.state.read_pool = ReadPool(path)
    app.add_middleware(Guard, token=token, allowed_hosts=tuple(allowed_hosts), read_token=read_token)
    app.add_middleware(SecurityHeaders)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StoreError, _store_error)
    app.add_exception_handler(DateParamError, _date_error)
    from .routes_map import router as map_router
    from .routes_read import router as read_router
    from .routes_write import router as write_router

    app.include_router(read_router, prefix="/api")
    app.include_router(map_router, prefix="/api")
    app.include_router(write_router, prefix="/api")
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    return app


def _prepare_database(path: Path, writable: bool) -> None:
    """Create a missing database (writes enabled only) and add the API's indexes when the file allows."""
    if not path.exists():
        if not writable:
            raise StoreError(Errors.E509, source=str(path))
        Store(path).close()
    with Store(path, readonly=True) as store:
        missing = missing_api_indexes(store.conn)
    if not missing:
        return
    try:
        conn = sqlite3.connect(path, timeout=30)
        try:
            ensure_api_indexes(conn)
        finally:
            conn.close()
        LOGGER.info("added API indexes %s to %s", ", ".join(missing), path)
    except sqlite3.Error as err:  # a read-only file: serve anyway, slower filters
        LOGGER.warning("%s", Warnings.W501.format(indexes=missing, path=path, err=err))


class ReadPool:
    """Read-only connections reused across requests, one request at a time each.

    Why a pool: a fresh SQLite connection starts with an empty page cache and must parse the schema,
    which costs more than most of the API's queries. Each request reads inside one transaction, so
    its count and its page come from the same snapshot even while an ingest commits (WAL).
    """

    def __init__(self, path: Path, size: int = 8) -> None:
        self.path = path
        self.idle: queue.LifoQueue[Store] = queue.LifoQueue(maxsize=size)

    def acquire(self) -> Store:
        try:
            return self.idle.get_nowait()
        except queue.Empty:
            store = Store(self.path, readonly=True)
            store.conn.execute("PRAGMA query_only = ON")
            return store

    def release(self, store: Store) -> None:
        try:
            self.idle.put_nowait(store)
        except queue.Full:
            store.close()

    def close(self) -> None:
        while not self.idle.empty():
            self.idle.get_nowait().close()


def read_connection(request: Request) -> Iterator[sqlite3.Connection]:
    """A FastAPI dependency: a pooled read-only connection inside one read transaction."""
    pool: ReadPool = request.app.state.read_pool
    store = pool.acquire()
    try:
        store.conn.execute("BEGIN")
        yield store.conn
    finally:
        try:
            store.conn.execute("COMMIT")
            pool.release(store)
        except sqlite3.Error:  # a broken connection is dropped, not pooled
            store.close()


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    """422 with one readable line (``query.limit: Input should be ...``) beside FastAPI's detail list."""
    errors: list[dict[str, Any]] = list(getattr(exc, "errors", lambda: [])())
    lines = [".".join(str(p) for p in e.get("loc", ())) + ": " + str(e.get("msg", "")) for e in errors]
    return JSONResponse(status_code=422, content={"message": "; ".join(lines) or "invalid request",
                                                  "detail": jsonable_encoder(errors)})


async def _date_error(request: Request, exc: Exception) -> JSONResponse:
    """400 with one line: a date parameter that is no ISO day, week, month or year (newsevents.periods)."""
    return JSONResponse(status_code=400, content={"message": str(exc), "detail": str(exc)})


async def _store_error(request: Request, exc: Exception) -> JSONResponse:
    """503: the database cannot be opened or read (missing file, locked beyond the timeout)."""
    LOGGER.error("%s", exc)
    return JSONResponse(status_code=503, content={"detail": f"database unavailable: {exc}"})
