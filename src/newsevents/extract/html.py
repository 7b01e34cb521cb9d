"""HTML to article body and metadata: trafilatura first, a second method where it fails.

trafilatura (precision-leaning, comments excluded) is the field's best open extractor; on the
181-page benchmark these options beat its defaults (docs/ingest.md). When it returns nothing
or too little, trafilatura's ``baseline`` (JSON-LD ``articleBody``, ``<article>`` and ``<p>``
text) is tried, and for fragments (feed items, JSON ``html`` fields) a plain block-text
conversion. The method that produced the text is recorded.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.metadata import Document

from .chrome import ChromeRules, remove_chrome
from .meta import clean_title, normalize_date, site_from_url

LOGGER = logging.getLogger(__name__)

# trafilatura output shorter than this is suspicious: a second method is tried and the longer kept.
MIN_BODY_CHARS = 250
# Only dates the page declares (meta tags, JSON-LD, <time>), never one guessed from its text.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article"}
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "nav", "form", "button", "iframe")


@dataclass
class HtmlExtraction:
    """What an HTML page yielded: the body text and whatever metadata it declared."""

    body: str
    method: str
    title: str | None = None
    published: str | None = None
    author: str | None = None
    site: str | None = None
    sitename: str | None = None
    url: str | None = None


def _trafilatura(html: str, url: str | None) -> HtmlExtraction | None:
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, date_extraction_params=_DATE_PARAMS,
            include_comments=False, favor_precision=True, include_tables=True,
        )
    # malformed markup deep in lxml; AssertionError: htmldate's drop_tree on a root-level <svg> (found by fuzzing)
    except (ValueError, TypeError, AssertionError, etree.LxmlError) as err:
        LOGGER.debug("trafilatura failed on %s: %s", url, err)
        return None
    if not isinstance(doc, Document):  # None, or the dict only ``as_dict=True`` asks for
        return None
    return HtmlExtraction(body=doc.text or "", method="trafilatura", title=doc.title,
                          published=normalize_date(doc.date), author=doc.author,
                          site=site_from_url(url or doc.url) or doc.hostname, sitename=doc.sitename,
                          url=doc.url)


def _baseline(html: str) -> str:
    try:
        _, text, _ = trafilatura.baseline(html)
    except (ValueError, TypeError, AssertionError, etree.LxmlError):
        return ""
    return text or ""


def html_to_text(html: str) -> str:
    """All visible text of an HTML fragment, one line per block element (no boilerplate removal)."""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for bad in list(root.iter(*_DROP_TAGS)):
        if bad.getparent() is not None:
            bad.drop_tree()
    parts: list[str] = []
    for node in root.iter():
        if not isinstance(node.tag, str):
            continue
        if node.tag in _BLOCKS:
            parts.append("\n")
        parts.append(node.text or "")
        if node.tag in _BLOCKS:
            parts.append("\n")
        if node is not root:
            parts.append(node.tail or "")
    text = re.sub(r"[ \t\r\f\v]+", " ", "".join(parts))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def _drop_title_line(body: str, title: str | None) -> str:
    """Remove the headline when the extractor kept it as the body's first line."""
    if not title:
        return body
    first, _, rest = body.partition("\n")
    return rest.lstrip("\n") if " ".join(first.split()).lower() == title.lower() else body


def extract_html(html: str, url: str | None = None, *, fragment: bool = False,
                 rules: ChromeRules | None = None) -> HtmlExtraction:
    """Extract an article body (paragraphs separated by newlines) and metadata from HTML.

    Args:
        html: the page (or, with ``fragment``, a piece of HTML known to be the article).
        url: where the page came from (site, and the date in the URL).
        fragment: the HTML is already the article (feed item content): convert, do not prune.
        rules: chrome rules applied to the result (default: shipped rules).

    Returns:
        An :class:`HtmlExtraction`; ``body`` is empty when no method found text.
    """
    result = None if fragment else _trafilatura(html, url)
    if result is None:
        result = HtmlExtraction(body="", method="none", site=site_from_url(url))
    result.body = remove_chrome(result.body, rules)
    if len(result.body) < MIN_BODY_CHARS:
        # A fragment is the article already; a whole page needs a method that still finds the body.
        method, text = ("html-text", html_to_text(html)) if fragment else ("trafilatura-baseline", _baseline(html))
        if len(text.strip()) > len(result.body):
            LOGGER.debug("%s: %s gave %d chars, more than %s", url, method, len(text), result.method)
            result.body, result.method = remove_chrome(text, rules), method
    result.title = clean_title(result.title, (result.sitename, result.site))
    result.body = _drop_title_line(result.body, result.title)
    return result
