"""RawDocument -> Article: the clean text every later offset points into, and its metadata.

HTML goes through :func:`~newsevents.extract.html.extract_html` (trafilatura, then a second
method); plain text through chrome-line removal (``data/en/chrome.yaml``). The article text is
the title, a blank line, and the body, paragraphs separated by blank lines. The publication date
comes from the input's metadata, else its URL, else the ``published`` argument, else stays None.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from pathlib import Path

from ..errors import Errors, ExtractionError
from ..ingest.decode import decode_bytes
from ..model import Article, RawDocument, content_id
from .chrome import ChromeRules, load_chrome_rules, remove_chrome
from .html import HtmlExtraction, extract_html
from .meta import byline_metadata, date_from_url, detect_language, normalize_date, site_from_url
from .score import aggregate, token_prf

__all__ = ["aggregate", "extract_article", "extract_html", "load_chrome_rules", "remove_chrome", "token_prf"]

LOGGER = logging.getLogger(__name__)

# Invisible formatting characters: soft hyphen, zero-width space, word joiner, BOM
# (ZWJ and ZWNJ are kept: Persian and Indic scripts need them).
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
# A first line longer than this is a paragraph, not a headline: the text then has no title.
MAX_TITLE_WORDS = 40


def _paragraphs(text: str) -> str:
    """Blank-line separated paragraphs, trailing spaces and runs of blank lines removed."""
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " "))
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# A line ending in a full stop (after a lower-case word, a number or a closing bracket, optionally
# inside closing quotes) is a sentence; "held by U.S." ends in an abbreviation and may be a headline.
_SENTENCE_END = re.compile(r"[a-z0-9%)\]][.!][\"'\u2019\u201d)]*$")


def _reads_as_sentence(line: str) -> bool:
    """Whether a line is a sentence of the body rather than a headline (headlines carry no full stop)."""
    return bool(_SENTENCE_END.search(line.strip()))


def _split_title(text: str) -> tuple[str | None, str]:
    """The first line as title (when it reads like one) and the rest as body.

    Users pipe single sentences and headline-less text: a text of one line, or whose first line is
    a long paragraph or a complete sentence, has no title, so the whole text is its body and
    extraction never fails on a complete sentence.
    """
    first, _, rest = text.partition("\n")
    if not rest.strip() or len(first.split()) > MAX_TITLE_WORDS or _reads_as_sentence(first):
        return None, text
    return first.strip(), rest.strip("\n")


# How many lines under the headline may hold a byline or date line.
BYLINE_WINDOW = 6


def _from_text(raw: RawDocument, text: str, rules: ChromeRules) -> HtmlExtraction:
    text = _paragraphs(text)
    published, author = byline_metadata([ln for ln in text.split("\n")[1:BYLINE_WINDOW + 1] if ln.strip()])
    text = remove_chrome(text, rules)
    title, body = (raw.title, text) if raw.title else _split_title(text)
    if raw.title and body.split("\n", 1)[0].strip().lower() == raw.title.strip().lower():
        body = body.split("\n", 1)[1].strip("\n") if "\n" in body else ""
    return HtmlExtraction(body=body, method="text", title=title, site=site_from_url(raw.url),
                          published=published, author=author)


def _compose(title: str | None, body: str) -> str:
    """Article text: title, blank line, body with paragraphs separated by blank lines."""
    body = re.sub(r"\n+", "\n\n", _paragraphs(body))
    return f"{title}\n\n{body}" if title and body else (body or title or "")


def extract_article(raw: RawDocument, published: str | None = None, *,
                    chrome_files: Sequence[str | Path] = ()) -> Article:
    """Turn one input into an Article.

    Args:
        raw: the input as a reader produced it (``media_type`` "html" or "text").
        published: the user's publication date, used only when neither metadata nor URL give one.
        chrome_files: extra chrome-pattern files (YAML, format of ``data/en/chrome.yaml``).

    Returns:
        The Article; ``id`` is the content hash of ``text``.

    Raises:
        ExtractionError: the input holds no article text.
        InputError: bytes that cannot be decoded as text.
    """
    rules = load_chrome_rules(tuple(str(p) for p in chrome_files))
    content = raw.content
    if isinstance(content, bytes):
        content = decode_bytes(content, source=raw.source, declared=raw.metadata.get("charset"))
    if raw.media_type == "html":
        found = extract_html(content, raw.url, fragment=bool(raw.metadata.get("fragment")), rules=rules)
        found.title = raw.title or found.title
    else:
        found = _from_text(raw, content, rules)
    text = _compose(found.title, found.body)
    if not found.body.strip():
        what = "page" if raw.media_type == "html" else "text"
        raise ExtractionError(Errors.E201.format(what=what), source=raw.source)
    url = raw.url or found.url
    date = normalize_date(raw.published) or found.published or date_from_url(url) or normalize_date(published)
    return Article(id=content_id(text), text=text, title=found.title, url=url, published=date,
                   author=raw.author or found.author, site=raw.site or found.site,
                   language=detect_language(found.body), source=raw.source, extraction_method=found.method)
