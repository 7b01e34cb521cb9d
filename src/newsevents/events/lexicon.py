"""The event lexicon: verb and noun patterns (YAML) and the modality word lists, as data.

A user extends the coder by writing a YAML file of the same shape as ``data/en/lexicon/verbs.yaml`` or
``nouns.yaml`` and passing it as an extra lexicon; no Python is involved. Each pattern is a short
string read left to right:

verbs (first word = the verb's lemma)::

    meet with _                  target = object of the preposition "with"
    accuse _                     target = direct object (or the passive subject)
    submit {resolution|proposal} to _   direct object must be one of these lemmas
    use {chemical+weapons} on _  "modifier+head": the object (or a prepositional object) with that
                                 compound or adjective modifier ("war+games", "bomb+attack"); the
                                 modifier alone counts when the head is one of ``effort_nouns``
                                 ("ended mediation efforts" meets "end {mediation}")
    shoot down _                 "down" must be a dependent of the verb (particle)
    ask _ for {aid|help}         prepositional object of "for" must be one of these lemmas
    call _ !on !for              the verb must not have a dependent "on" or "for"
    demand that _                target = subject of the that-clause
    sign {@agreement} any _      target = the dative, the direct object, or the object of to/with/
                                 against/on/from/into/at/for on the verb or its object (any_slot_prepositions;
                                 the patterns converted from Phoenix, whose target is the verb phrase's actor)
    reject _{proposal|plan}      target slot restricted to these lemmas; the actor is found in it
                                 (its possessor, "of"/"by" phrase, adjective: "Russia's proposal")
    supply {@weapon} to _        ``@name`` in a word set stands for the named word class ``name``
    ask _ for {@aid|cash}        (data/en/lexicon/classes.yaml): the set is the class's words plus
    expel _{@diplomat}           any listed beside it; ``@weapon`` alone is short for ``{@weapon}``

named word classes (``classes:`` in any lexicon file; a file may add words to a shipped class)::

    classes:
      weapon: [weapon, arms, missile, rocket, drone]
      diplomat: [ambassador, envoy, diplomat]
nouns (words before the head noun are required modifiers)::

    telephone conversation with _
    attack on _
    talks between _              both sides, each way round (a preposition of ``between_preps``
                                 in coding.yaml; "that" and "any" are keywords of the syntax)
    {prisoner|hostage} swap with _

An entry is a pattern string, or a mapping ``{pattern, confidence, id, origin, generated}``: the
generated lexicon (``phoenix_verbs.tsv``, converted from the Phoenix/PETRARCH2 verb dictionary by
``scripts/convert_phoenix_verbs.py``) gives each pattern its source (``origin``: the Phoenix verb
block and line, shown as the event's rule id) and ``generated: true``. Hand-written patterns win
over generated ones: a generated pattern with the same trigger and constraints as a hand-written
one is not loaded, and of two patterns that both fit a word the hand-written one is preferred
(``Pattern.specificity``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import Errors, KnowledgeBaseError
from ..resources import DEFAULT_LANGUAGE, data_path, relative
from .ontology import is_code
from .words import coding_words

LOGGER = logging.getLogger(__name__)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's loader when built with it: same result, faster
_SET = re.compile(r"^\{([^{}]+)\}$")
CLASSES = "classes.yaml"
_CLASS = re.compile(r"^@[a-z][a-z0-9_]*$")
HAND_WRITTEN_RANK = 1000  # added to a hand-written pattern's specificity: it wins over a generated one
_SLOT = re.compile(r"^_(?:\{([^{}]+)\})?$")
PHRASE_JOINER = "+"  # "modifier+head": a word of a set met by a noun and one of its modifiers ("war+games")


@dataclass(frozen=True)
class Slot:
    """Where the target is: ``dobj``, ``prep`` (object of ``prep``), ``that`` (clause subject), ``between``,
    ``any`` (dative, direct object or object of a target preposition, ``any_slot_prepositions``)."""

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
    generated: bool = False

    @cached_property
    def specificity(self) -> int:
        """How many constraints the pattern puts on the parse: the most specific match wins (cached:
        every match of the pattern asks)."""
        score = len(self.modifiers) * 2 + len(self.required) + len(self.forbidden) + 2 * len(self.prep_objs)
        score += 2 if self.obj else (1 if self.obj is not None else 0)
        # a two-word object ("{chemical+weapons}") asks for the head and its modifier: it wins over the bare head,
        # and so does a two-word prepositional object ("investigate _ for {war+crimes}" over "... for {@crime}")
        score += 1 if self.obj and any(PHRASE_JOINER in w for w in self.obj) else 0
        score += sum(1 for _, words in self.prep_objs if any(PHRASE_JOINER in w for w in words))
        if self.target is not None:
            score += 2 if self.target.kind in ("prep", "between", "that") else 1
            score += 1 if self.target.lemmas else 0
        return score if self.generated else score + HAND_WRITTEN_RANK

    @cached_property
    def signature(self) -> tuple[Hashable, ...]:
        """What the pattern asks of the parse, without its code: two patterns with the same
        signature fit the same words (a generated one is dropped for a hand-written one)."""
        tgt = (self.target.kind, self.target.prep, self.target.lemmas) if self.target else None
        return (self.kind, self.lemma, self.modifiers, self.obj, tuple(sorted(self.required)),
                tuple(sorted(self.forbidden)), tuple(sorted(self.prep_objs, key=lambda x: x[0])), tgt)


@dataclass
class Lexicon:
    """Patterns indexed by trigger lemma, plus the modality settings (see modality.yaml)."""

    verbs: dict[str, list[Pattern]] = field(default_factory=dict)
    nouns: dict[str, list[Pattern]] = field(default_factory=dict)
    modality: dict[str, Any] = field(default_factory=dict)
    # which string hashes name which trigger keys (kept by triggers.possible_triggers, so that a
    # word is looked up once per lexicon, not once per article); add() empties it
    trigger_cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    # named word classes (classes.yaml and the ``classes:`` of any lexicon file): name -> words
    classes: dict[str, frozenset[str]] = field(default_factory=dict)
    # generated patterns not loaded because a hand-written pattern asks the same of the parse
    shadowed: int = 0
    # the language of the patterns' words (which prepositions make a "between" slot)
    lang: str = DEFAULT_LANGUAGE

    def add(self, pattern: Pattern) -> None:
        """Add one pattern; a generated pattern whose signature a hand-written one of the same
        trigger has is left out (the hand-written pattern and its code win)."""
        table = self.verbs if pattern.kind == "verb" else self.nouns
        entries = table.setdefault(pattern.lemma, [])
        if pattern.generated and any(not p.generated and p.signature == pattern.signature for p in entries):
            self.shadowed += 1
            return
        entries.append(pattern)
        self.trigger_cache.clear()

    def add_classes(self, classes: dict[str, Any], origin: str = "") -> None:
        """Add named word classes; words given for a class that exists are added to it."""
        if not isinstance(classes, dict):
            raise KnowledgeBaseError(Errors.E435, source=origin)
        for name, words in classes.items():
            key = str(name).lower().lstrip("@")
            if not _CLASS.match("@" + key) or not isinstance(words, list):
                raise KnowledgeBaseError(Errors.E436.format(name=name), source=origin)
            extra = frozenset(str(w).strip().lower() for w in words if str(w).strip())
            self.classes[key] = self.classes.get(key, frozenset()) | extra

    @property
    def size(self) -> int:
        return sum(len(v) for v in self.verbs.values()) + sum(len(v) for v in self.nouns.values())


def _expand(spec: str, classes: dict[str, frozenset[str]], origin: str) -> frozenset[str]:
    """The words of a ``a|b|@class`` set: listed words and the words of the named classes."""
    out: set[str] = set()
    for item in spec.split("|"):
        word = item.strip().lower()
        if not word:
            continue
        if word.startswith("@"):
            if word[1:] not in classes:
                raise KnowledgeBaseError(Errors.E433.format(name=word), source=origin)
            out |= classes[word[1:]]
        else:
            out.add(word)
    return frozenset(out)


def _bare_class(tok: str) -> str:
    """``@weapon`` -> ``{@weapon}``, ``_@x`` -> ``_{@x}``, ``for:@x`` -> ``for:{@x}`` (the short form)."""
    if "@" not in tok or "{" in tok:
        return tok
    for lead in ("", "_"):
        if tok.startswith(lead + "@") and _CLASS.match(tok[len(lead):]):
            return f"{lead}{{{tok[len(lead):]}}}"
    if ":" in tok:
        prep, rest = tok.split(":", 1)
        if _CLASS.match(rest):
            return f"{prep}:{{{rest}}}"
    return tok


@lru_cache(maxsize=4)
def shipped_classes(lang: str = DEFAULT_LANGUAGE) -> dict[str, frozenset[str]]:
    """The shipped named word classes of a language (data/<lang>/lexicon/classes.yaml), for patterns
    parsed on their own (none for a language without the file)."""
    lex = Lexicon()
    path = data_path("lexicon", CLASSES, lang=lang)
    if not path.exists():
        return lex.classes
    lex.add_classes((yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("classes") or {}, relative(path))
    return lex.classes


def parse_pattern(text: str, kind: str, code: str, origin: str = "", confidence: float = 1.0,
                  pid: str | None = None, classes: dict[str, frozenset[str]] | None = None,
                  generated: bool = False, lang: str = DEFAULT_LANGUAGE) -> Pattern:
    """Read one pattern string (see the module docstring) into a :class:`Pattern`.

    ``classes``: the named word classes ``@name`` refers to (default: the shipped ones of ``lang``);
    ``lang``: the language of the pattern's words.
    """
    tokens = [_bare_class(t) for t in text.lower().split()]
    if not tokens:
        raise KnowledgeBaseError(Errors.E437.format(kind=kind, code=code), source=origin)
    table = classes if classes is not None else shipped_classes(lang)
    between = coding_words(lang).between_preps

    def _words(spec: str) -> frozenset[str]:
        return _expand(spec, table, origin)

    if kind == "noun":
        return _parse_noun(tokens, text, code, origin, confidence, pid, _words, generated, between)
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
            banned = tok[1:]
            if _SET.match(banned):  # "!{a|@cls}": the class is spelled out, so the matcher reads words
                banned = "{" + "|".join(sorted(_words(banned[1:-1]))) + "}"
            forbidden.append(banned)
        elif _SLOT.match(nxt):
            sm = _SLOT.match(nxt)
            lemmas = _words(sm.group(1)) if sm and sm.group(1) else None
            kind_ = "between" if tok in between else {"that": "that", "any": "any"}.get(tok, "prep")
            target = Slot(kind_, None if kind_ == "any" else tok, lemmas)
            i += 1
        elif set_match := _SET.match(nxt):
            prep_objs.append((tok, _words(set_match.group(1))))
            i += 1
        elif ":" in tok and _SET.match(tok.split(":", 1)[1]):
            prep, spec = tok.split(":", 1)
            prep_objs.append((prep, _words(spec[1:-1])))
        else:
            required.append(tok)
        i += 1
    return Pattern(id=pid or f"verb:{code}:{'-'.join(tokens)}", kind="verb", lemma=lemma, code=code, text=text,
                   obj=obj, required=tuple(required), forbidden=tuple(forbidden), prep_objs=tuple(prep_objs),
                   target=target, confidence=confidence, origin=origin, generated=generated)


def _parse_noun(tokens: list[str], text: str, code: str, origin: str, confidence: float,
                pid: str | None, _words: Callable[[str], frozenset[str]], generated: bool,
                between: frozenset[str]) -> Pattern:
    target: Slot | None = None
    if len(tokens) >= 3 and _SLOT.match(tokens[-1]):
        prep = tokens[-2]
        sm = _SLOT.match(tokens[-1])
        lemmas = _words(sm.group(1)) if sm and sm.group(1) else None
        target = Slot("between" if prep in between else "prep", prep, lemmas)
        tokens = tokens[:-2]
    head = tokens[-1]
    if _SET.match(head) or _SLOT.match(head):
        raise KnowledgeBaseError(Errors.E438.format(text=text), source=origin)
    mods = tuple(_words(m.group(1)) if (m := _SET.match(t)) else frozenset([t]) for t in tokens[:-1])
    return Pattern(id=pid or f"noun:{code}:{'-'.join(text.lower().split())}", kind="noun", lemma=head, code=code,
                   text=text, modifiers=mods, target=target, confidence=confidence, origin=origin,
                   generated=generated)


def _entries(data: dict[str, Any], key: str, origin: str) -> list[tuple[str, Any]]:
    section = data.get(key) or {}
    if not isinstance(section, dict):
        raise KnowledgeBaseError(Errors.E439.format(key=key), source=origin)
    out = []
    for code, items in section.items():
        code = str(code)
        if not is_code(code):
            raise KnowledgeBaseError(Errors.E440.format(code=code), source=origin)
        for item in items or []:
            out.append((code, item))
    return out


def read_tsv(text: str, origin: str) -> dict[str, Any]:
    """A generated lexicon in TSV (``phoenix_verbs.tsv``) as the mapping a YAML lexicon file gives:
    ``class<TAB>name<TAB>w1|w2`` rows and ``verb|noun<TAB>code<TAB>pattern<TAB>id<TAB>confidence<TAB>origin``
    rows (``#`` comments). Read line by line: a YAML file of thousands of entries costs a second."""
    data: dict[str, Any] = {"classes": {}, "verbs": {}, "nouns": {}}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if cols[0] == "class" and len(cols) == 3:
            data["classes"][cols[1]] = cols[2].split("|")
        elif cols[0] in ("verb", "noun") and len(cols) == 6:
            data[cols[0] + "s"].setdefault(cols[1], []).append(
                {"pattern": cols[2], "id": cols[3], "confidence": float(cols[4]), "origin": cols[5], "generated": True})
        else:
            raise KnowledgeBaseError(Errors.E441.format(line=n), source=origin)
    return data


def _read(path: Path | str, text: str | None) -> dict[str, Any]:
    origin = str(path)
    try:
        text = text if text is not None else Path(path).read_text(encoding="utf-8")
        if origin.endswith(".tsv"):
            return read_tsv(text, origin)
        data = yaml.load(text, Loader=_LOADER) or {}
    except (OSError, yaml.YAMLError) as err:
        raise KnowledgeBaseError(Errors.E442.format(err=err), source=origin) from err
    if not isinstance(data, dict):
        raise KnowledgeBaseError(Errors.E443, source=origin)
    return data


def _add_entries(lexicon: Lexicon, data: dict[str, Any], origin: str) -> None:
    """The patterns (``verbs:``/``nouns:``) and modality settings of one file's data."""
    for kind, key in (("verb", "verbs"), ("noun", "nouns")):
        for code, item in _entries(data, key, origin):
            if isinstance(item, dict):
                if "pattern" not in item:
                    raise KnowledgeBaseError(Errors.E444.format(code=code), source=origin)
                lexicon.add(parse_pattern(str(item["pattern"]), kind, code, str(item.get("origin") or origin),
                                          float(item.get("confidence", 1.0)), item.get("id"), lexicon.classes,
                                          bool(item.get("generated", False)), lexicon.lang))
            else:
                lexicon.add(parse_pattern(str(item), kind, code, origin, classes=lexicon.classes, lang=lexicon.lang))
    for key, value in (data.get("modality") or {}).items():
        if isinstance(value, dict):
            lexicon.modality.setdefault(key, {}).update({str(k): v for k, v in value.items()})
        elif isinstance(value, list):
            lexicon.modality.setdefault(key, []).extend(str(v).lower() for v in value)
        else:
            raise KnowledgeBaseError(Errors.E445.format(key=key), source=origin)


def load_file(lexicon: Lexicon, path: Path | str, text: str | None = None) -> None:
    """Add the word classes, patterns (``verbs:``/``nouns:``) and modality settings of one YAML file
    to ``lexicon`` (its classes first, so that its own patterns may use them)."""
    data = _read(path, text)
    if not lexicon.classes:
        lexicon.classes.update(shipped_classes(lexicon.lang))
    lexicon.add_classes(data.get("classes") or {}, str(path))
    _add_entries(lexicon, data, str(path))


# hand-written files first: a generated pattern with a hand-written twin is then left out (Lexicon.add)
SHIPPED = ("modality.yaml", "verbs.yaml", "nouns.yaml", "phoenix_verbs.tsv")


@lru_cache(maxsize=8)
def _load_cached(extra: tuple[str, ...], lang: str) -> Lexicon:
    """Every file's classes are read before any pattern, so a user's file may add words to a class
    that the shipped patterns use. A language ships the files it has (a hand-written lexicon before
    a converted one)."""
    lexicon = Lexicon(lang=lang)
    paths = [path for name in (CLASSES, *SHIPPED) if (path := data_path("lexicon", name, lang=lang)).exists()]
    files = [(relative(path), _read(path.name, path.read_text(encoding="utf-8"))) for path in paths]
    files += [(path, _read(path, None)) for path in extra]
    for origin, data in files:
        lexicon.add_classes(data.get("classes") or {}, origin)
    for origin, data in files:
        _add_entries(lexicon, data, origin)
    LOGGER.info("event lexicon: %d patterns (%d extra files, %d generated patterns shadowed)",
                lexicon.size, len(extra), lexicon.shadowed)
    return lexicon


def load_lexicon(extra_files: Sequence[Path | str] = (), lang: str = DEFAULT_LANGUAGE) -> Lexicon:
    """The shipped lexicon of language ``lang`` (``data/<lang>/lexicon/``: its patterns and the
    modality words) plus the user's extra YAML files (cached per set of files and language)."""
    return _load_cached(tuple(str(p) for p in extra_files), lang)
