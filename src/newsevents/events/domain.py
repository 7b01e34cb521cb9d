"""The article-level topic check: sports, entertainment, business, science and obituary articles.

A sports report uses the event words in their sports senses ("Russia beat Croatia", "rallied to
win", "a strike from outside the box"); a markets story has rallies and attacks of its own; an
obituary narrates a life's background. No pattern can tell these senses apart from one sentence,
but the article can: ``data/<lang>/lexicon/domains.yaml`` lists, per domain, the URL path sections that
name it and the words that mark its text, with thresholds, and the event roots not coded in it.

The text check counts words with ``Doc.count_by`` (one pass in Cython, no Python loop over the
tokens) and phrases with one search each over the lower-cased text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

import yaml

from ..nlp import doc_language, doc_text
from ..resources import DEFAULT_LANGUAGE, data_path

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..model import Article


@dataclass(frozen=True)
class Domain:
    """One topic domain of domains.yaml."""

    name: str
    url_sections: frozenset[str]
    words: frozenset[str]
    phrases: tuple[str, ...]
    suppress: tuple[str, ...] | None  # None = every root


@dataclass
class Topic:
    """The outcome of the check: the article's domain (None: news) and why."""

    domain: Domain | None = None
    reason: str = ""
    hits: dict[str, int] = field(default_factory=dict)

    def suppresses(self, code: str) -> bool:
        """Whether an event of ``code`` is not coded in an article of this topic."""
        if self.domain is None:
            return False
        return self.domain.suppress is None or code.startswith(self.domain.suppress)


@dataclass(frozen=True)
class DomainConfig:
    domains: tuple[Domain, ...]
    politics: frozenset[str]
    min_hits: int
    min_per_1000: float
    over_politics: float


def parse_domains(data: dict[str, Any]) -> DomainConfig:
    """The domains and thresholds of one domains.yaml mapping."""
    out = []
    for name, raw in (data.get("domains") or {}).items():
        suppress = raw.get("suppress", "all")
        out.append(Domain(str(name), frozenset(str(s).lower() for s in raw.get("url_sections", [])),
                          frozenset(str(w).lower() for w in raw.get("words", [])),
                          tuple(str(p).lower() for p in raw.get("phrases", [])),
                          None if suppress == "all" else tuple(str(c) for c in suppress)))
    th = data.get("thresholds") or {}
    return DomainConfig(tuple(out), frozenset(str(w).lower() for w in data.get("politics", [])),
                        int(th.get("min_hits", 8)), float(th.get("min_per_1000", 12.0)),
                        float(th.get("over_politics", 2.0)))


@lru_cache(maxsize=4)
def shipped_domains(lang: str = DEFAULT_LANGUAGE) -> DomainConfig:
    """A language's ``domains.yaml`` (its domain words are words of that language); a language
    without one has no domains, so that no article of it is taken for sports by English words."""
    path = data_path("lexicon", "domains.yaml", lang=lang)
    if not path.exists():
        return parse_domains({})
    return parse_domains(yaml.safe_load(path.read_text(encoding="utf-8")) or {})


def url_sections(url: str | None) -> list[str]:
    """The path segments of ``url`` before the last one (the article's slug), lower case; a
    segment of words joined by hyphens also counts by its words ("science-and-health")."""
    if not url:
        return []
    try:
        parts = [p for p in urlparse(url).path.lower().split("/") if p]
    except ValueError:
        return []
    out = []
    for seg in parts[:-1] if len(parts) > 1 else []:
        out.append(seg)
        if "-" in seg and len(seg) < 30:
            out += seg.split("-")
    return out


def _count(doc: Doc, words: frozenset[str], counts: dict[int, int]) -> int:
    strings = doc.vocab.strings
    return sum(counts.get(strings[w], 0) for w in words if w in strings)


@lru_cache(maxsize=256)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(phrase) + r"\b")


def _phrases(text: str, phrases: Sequence[str]) -> int:
    """How many times the phrases occur as words; a phrase not in the text at all is not searched
    for (most are not: the search of every phrase over every article was 5% of the coder's time)."""
    return sum(len(_phrase_pattern(p).findall(text)) for p in phrases if p in text)


def topic(doc: Doc, article: Article, cfg: DomainConfig | None = None) -> Topic:
    """The article's domain by its URL section, else by the words of its text (see module doc)."""
    cfg = cfg or shipped_domains(doc_language(doc))
    sections = set(url_sections(article.url))
    for dom in cfg.domains:
        hit = sections & dom.url_sections
        if hit:
            return Topic(dom, f"URL section '{sorted(hit)[0]}'")
    from spacy.attrs import IS_ALPHA, LOWER

    counts = doc.count_by(LOWER)
    n_words = max(1, doc.count_by(IS_ALPHA).get(1, 0))
    politics = _count(doc, cfg.politics, counts)
    low = doc_text(doc).lower()
    scores = {d.name: _count(doc, d.words, counts) + _phrases(low, d.phrases) for d in cfg.domains}
    best: Domain | None = None
    for dom in cfg.domains:
        n = scores[dom.name]
        if (n >= cfg.min_hits and 1000.0 * n / n_words >= cfg.min_per_1000 and n > cfg.over_politics * politics
                and (best is None or n > scores[best.name])):
            best = dom
    scores["politics"] = politics
    if best is None:
        return Topic(None, "", scores)
    return Topic(best, f"{scores[best.name]} {best.name} words to {politics} political in {n_words}", scores)
