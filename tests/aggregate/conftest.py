"""Hand-built articles for the across-article tests: no NLP, numbers checked by hand."""

from __future__ import annotations

from tests.handmade import result_factory, store

__all__ = ["result_factory", "store"]
