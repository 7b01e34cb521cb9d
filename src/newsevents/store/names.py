"""Input names made safe to store and print.

A file name on Linux is bytes; Python hands names that are not valid UTF-8 over as strings with
lone surrogates (PEP 383), which SQLite, JSON and a terminal cannot encode. Such a name is kept
recognisable by writing its undecodable bytes as ``\\xNN`` escapes.
"""

from __future__ import annotations


def printable(name: str) -> str:
    """``name`` with undecodable bytes (or any lone surrogate) written as backslash escapes; valid text unchanged."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        pass
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate outside the escape range: not from a file name
        return name.encode("utf-8", "backslashreplace").decode("utf-8")
