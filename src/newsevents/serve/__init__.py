"""The REST API and the web dashboard over a newsevents database (``newsevents serve``)."""

from __future__ import annotations

from .app import MAX_BODY, TOKEN_ENV, create_app

__all__ = ["MAX_BODY", "TOKEN_ENV", "create_app"]
