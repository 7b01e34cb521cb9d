"""Per-page limits checked before any parser sees a page: element budget and nesting depth.

A parser's cost grows with the number of elements, not the bytes: a 13 MB page of a million
``<p>`` took 2.3 GB and two minutes through lxml and trafilatura. A page with more elements than
any news article has is refused as one error line, before it is parsed. libxml2 (under lxml and
trafilatura) stops building the tree at 256 levels of nesting, so a page nested deeper lost all its
text; such a page is flattened first: the wrapper elements (div, span, section, table cells, ...)
are replaced by line breaks, so the text and its paragraphs stay while the nesting goes.
"""

from __future__ import annotations

import re

from ..errors import Errors, InputError
from ..model import RawDocument

#: More elements than this in one page is not an article page (a long news page has a few thousand).
MAX_ELEMENTS = 100_000
#: Nesting past this is flattened (libxml2's limit is 256; a margin for the html/head/body levels).
MAX_DEPTH = 200

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(/?)>")
_OPEN = re.compile(r"<[a-zA-Z]")
# Elements that never nest (void) or that HTML closes by itself when the next one opens.
_FLAT = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                   "track", "wbr", "p", "li", "dt", "dd", "option", "tr", "td", "th", "thead", "tbody"})
# Elements kept when a page is flattened: they carry the title, metadata and paragraph structure.
_KEEP = frozenset({"html", "head", "title", "meta", "link", "body", "p", "br", "h1", "h2", "h3", "h4", "h5", "h6",
                   "script", "style", "time"})


def nesting_depth(html: str, stop_at: int = MAX_DEPTH + 1) -> int:
    """How deep elements nest (void and self-closing elements not counted); scanning stops at ``stop_at``."""
    depth = deepest = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if name in _FLAT or self_closing:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        if depth > deepest:
            deepest = depth
            if deepest >= stop_at:
                break
    return deepest


def flatten(html: str) -> str:
    """``html`` with every element outside :data:`_KEEP` replaced by a line break: the text stays, the nesting goes."""
    return _TAG.sub(lambda m: m.group(0) if m.group(2).lower() in _KEEP else "<br>", html)


def check_page(raw: RawDocument, max_elements: int = MAX_ELEMENTS) -> RawDocument | InputError:
    """``raw`` ready for the parser: refused over the element budget, flattened when nested too deep."""
    if raw.media_type != "html" or not isinstance(raw.content, str):
        return raw
    elements = len(_OPEN.findall(raw.content))
    if elements > max_elements:
        return InputError(Errors.E130.format(elements=elements, limit=max_elements), source=raw.source)
    if elements > MAX_DEPTH and nesting_depth(raw.content) > MAX_DEPTH:
        raw.content = flatten(raw.content)
        raw.metadata["flattened"] = True
    return raw
