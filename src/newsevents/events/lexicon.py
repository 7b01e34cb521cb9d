"""The event lexicon: verb and noun patterns (YAML) and the modality word lists, as data.

A user extends the coder by writing a YAML file of the same shape as ``data/lexicon/verbs.yaml`` or
``nouns.yaml`` and passing it as an extra lexicon; no Python is involved. Each pattern is a short
string read left to right:

verbs (first word = the verb's lemma)::

    meet with _                  target = object of the preposition "with"
    accuse _                     target = direct object (or the passive subject)
    submit {resolution|proposal} to _   direct object must be one of these lemmas
    shoot down _                 "down" must be a dependent of the verb (particle)
    ask _ for {aid|help}         prepositional object of "for" must be one of these lemmas
    call _ !on !for              the verb must not have a dependent "on" or "for"
    demand that _                target = subject of the that-clause
    reject _{proposal|plan}      target slot restricted to these lemmas; the actor is found in it
                                 (its possessor, "of"/"by" phrase, adjective: "Russia's proposal")
nouns (words before the head noun are required modifiers)::

    telephone conversation with _
    attack on _
    talks between _              both sides, each way round
    {prisoner|hostage} swap with _
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import KnowledgeBaseError
from .ontology import is_code

LOGGER = logging.getLogger(__name__)
_SET = re.compile(r"^\{([^{}]+)\}$")
_SLOT = re.compile(r"^_(?:\{([^{}]+)\})?$")


@dataclass(frozen=True)
class Slot:
    """Where the target is: ``dobj``, ``prep`` (object of ``prep``), ``that`` (clause subject), ``between``."""

    kind: str
    prep: str | None = None
    lemmas: frozenset[str] | None = None


@dataclass(frozen=True)
class Pattern:
    """One verb or noun pattern that codes an event."""

    id: str
    kind: str
    lemma: str
    code: str
    text: str
    modifiers: tuple[frozenset[str], ...] = ()
    obj: frozenset[str] | None = None
    required: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = ()
    prep_objs: tuple[tuple[str, frozenset[str]], ...] = ()
    target: Slot | None = None
    confidence: float = 1.0
    origin: str = ""

    @cached_property
    def specificity(self) -> int:
        """How many constraints the pattern puts on the parse: the most specific match wins (cached:
        every match of the pattern asks)."""
        score = len(self.modifiers) * 2 + len(self.required) + len(self.forbidden) + 2 * len(self.prep_objs)
        score += 2 if self.obj else (1 if self.obj is not None else 0)
        if self.target is not None:
            score += 2 if self.target.kind in ("prep", "between", "that") else 1
            score += 1 if self.target.lemmas else 0
        return score


@dataclass
class Lexicon:
    """Patterns indexed by trigger lemma, plus the modality settings (see modality.yaml)."""

    verbs: dict[str, list[Pattern]] = field(default_factory=dict)
    nouns: dict[str, list[Pattern]] = field(default_factory=dict)
    modality: dict[str, Any] = field(default_factory=dict)
    # which string hashes name which trigger keys (kept by triggers.possible_triggers, so that a
    # word is looked up once per lexicon, not once per article); add() empties it
    trigger_cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def add(self, pattern: Pattern) -> None:
        table = self.verbs if pattern.kind == "verb" else self.nouns
        table.setdefault(pattern.lemma, []).append(pattern)
        self.trigger_cache.clear()

    @property
    def size(self) -> int:
        return sum(len(v) for v in self.verbs.values()) + sum(len(v) for v in self.nouns.values())


def _words(spec: str) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in spec.split("|") if w.strip())


def parse_pattern(text: str, kind: str, code: str, origin: str = "", confidence: float = 1.0,
                  pid: str | None = None) -> Pattern:
    """Read one pattern string (see the module docstring) into a :class:`Pattern`."""
    tokens = text.lower().split()
    if not tokens:
        raise KnowledgeBaseError(f"empty {kind} pattern for code {code}", source=origin)
    if kind == "noun":
        return _parse_noun(tokens, text, code, origin, confidence, pid)
    lemma, rest = tokens[0], tokens[1:]
    obj: frozenset[str] | None = None
    required: list[str] = []
    forbidden: list[str] = []
    prep_objs: list[tuple[str, frozenset[str]]] = []
    target: Slot | None = None
    i = 0
    while i < len(rest):
        tok = rest[i]
        nxt = rest[i + 1] if i + 1 < len(rest) else ""
        slot, word_set = _SLOT.match(tok), _SET.match(tok)
        if slot:
            target = Slot("dobj", None, _words(slot.group(1)) if slot.group(1) else None)
        elif word_set:
            obj = _words(word_set.group(1))
        elif tok == "*":
            obj = frozenset()
        elif tok.startswith("!"):
            forbidden.append(tok[1:])
        elif _SLOT.match(nxt):
            sm = _SLOT.match(nxt)
            lemmas = _words(sm.group(1)) if sm and sm.group(1) else None
            target = Slot("that" if tok == "that" else ("between" if tok == "between" else "prep"), tok, lemmas)
            i += 1
        elif _SET.match(nxt):
            prep_objs.append((tok, _words(_SET.match(nxt).group(1))))  # type: ignore[union-attr]
            i += 1
        elif ":" in tok and _SET.match(tok.split(":", 1)[1]):
            prep, spec = tok.split(":", 1)
            prep_objs.append((prep, _words(spec[1:-1])))
        else:
            required.append(tok)
        i += 1
    return Pattern(id=pid or f"verb:{code}:{'-'.join(tokens)}", kind="verb", lemma=lemma, code=code, text=text,
                   obj=obj, required=tuple(required), forbidden=tuple(forbidden), prep_objs=tuple(prep_objs),
                   target=target, confidence=confidence, origin=origin)


def _parse_noun(tokens: list[str], text: str, code: str, origin: str, confidence: float,
                pid: str | None) -> Pattern:
    target: Slot | None = None
    if len(tokens) >= 3 and _SLOT.match(tokens[-1]):
        prep = tokens[-2]
        sm = _SLOT.match(tokens[-1])
        lemmas = _words(sm.group(1)) if sm and sm.group(1) else None
        target = Slot("between" if prep == "between" else "prep", prep, lemmas)
        tokens = tokens[:-2]
    head = tokens[-1]
    if _SET.match(head) or _SLOT.match(head):
        raise KnowledgeBaseError(f"noun pattern {text!r} must end in a noun (or 'prep _')", source=origin)
    mods = tuple(_words(_SET.match(t).group(1)) if _SET.match(t) else frozenset([t]) for t in tokens[:-1])
    return Pattern(id=pid or f"noun:{code}:{'-'.join(text.lower().split())}", kind="noun", lemma=head, code=code,
                   text=text, modifiers=mods, target=target, confidence=confidence, origin=origin)


def _entries(data: dict[str, Any], key: str, origin: str) -> list[tuple[str, Any]]:
    section = data.get(key) or {}
    if not isinstance(section, dict):
        raise KnowledgeBaseError(f"'{key}' must map CAMEO codes to lists of patterns", source=origin)
    out = []
    for code, items in section.items():
        code = str(code)
        if not is_code(code):
            raise KnowledgeBaseError(f"'{code}' is not a CAMEO event code", source=origin)
        for item in items or []:
            out.append((code, item))
    return out


def load_file(lexicon: Lexicon, path: Path | str, text: str | None = None) -> None:
    """Add the patterns (``verbs:``/``nouns:``) and modality settings of one YAML file to ``lexicon``."""
    origin = str(path)
    try:
        data = yaml.safe_load(text if text is not None else Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as err:
        raise KnowledgeBaseError(f"cannot read lexicon: {err}", source=origin) from err
    if not isinstance(data, dict):
        raise KnowledgeBaseError("a lexicon file must be a YAML mapping", source=origin)
    for kind, key in (("verb", "verbs"), ("noun", "nouns")):
        for code, item in _entries(data, key, origin):
            if isinstance(item, dict):
                lexicon.add(parse_pattern(str(item["pattern"]), kind, code, origin,
                                          float(item.get("confidence", 1.0)), item.get("id")))
            else:
                lexicon.add(parse_pattern(str(item), kind, code, origin))
    for key, value in (data.get("modality") or {}).items():
        if isinstance(value, dict):
            lexicon.modality.setdefault(key, {}).update({str(k): v for k, v in value.items()})
        elif isinstance(value, list):
            lexicon.modality.setdefault(key, []).extend(str(v).lower() for v in value)
        else:
            raise KnowledgeBaseError(f"modality.{key} must be a list or a mapping", source=origin)


SHIPPED = ("modality.yaml", "verbs.yaml", "nouns.yaml")


@lru_cache(maxsize=8)
def _load_cached(extra: tuple[str, ...]) -> Lexicon:
    lexicon = Lexicon()
    base = resources.files("newsevents") / "data" / "lexicon"
    for name in SHIPPED:
        load_file(lexicon, f"data/lexicon/{name}", (base / name).read_text(encoding="utf-8"))
    for path in extra:
        load_file(lexicon, path)
    LOGGER.info("event lexicon: %d patterns (%d extra files)", lexicon.size, len(extra))
    return lexicon


def load_lexicon(extra_files: Sequence[Path | str] = ()) -> Lexicon:
    """The shipped lexicon plus the user's extra YAML files (cached per set of files)."""
    return _load_cached(tuple(str(p) for p in extra_files))
