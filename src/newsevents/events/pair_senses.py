"""Senses that depend on who acts on whom: the roles of both sides, once the pair is known.

A word's sense is often decided by its parse alone (senses.py: "beat Gibraltar 6-0" is a match).
Some senses are only visible in the pair of actors: a politician who "attacked" a senator spoke
(CAMEO 111), while rebels who attacked a convoy fought (19x); police who "fired on" or "clashed
with" protesters repressed them (175), while two armies that clashed fought (190). The rules are
data (``pairs`` in ``data/en/lexicon/senses.yaml``): trigger lemmas (empty = any), the CAMEO code
prefixes they guard, and the roles (characters 4-6 of an actor code: GOV, COP, OPP ...) that the
source and the target must both have; the event is recoded (``recode``) or dropped (no
``recode``). A side with no role (a bare country, an unknown actor) never matches, so a rule
cannot turn "Russia attacked Ukraine" into words; only a target role list of "*" takes any target
there is (a candidate who "attacked" a former beauty queen spoke, whoever she is: the source's role
decides), and a source role list with "-" takes a pair with no source (soldiers "were killed" by no
named killer were fought as much as soldiers a named army killed).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..errors import Errors, KnowledgeBaseError
from ..nlp import doc_language
from ..resources import DEFAULT_LANGUAGE
from .arguments import lemma_keys
from .senses import shipped_origin, shipped_senses_data

if TYPE_CHECKING:
    from spacy.tokens import Token


ANY_ROLE = "*"  # in target_roles (or source_roles): any side, a bare country too
NO_SOURCE = "-"  # in source_roles: an event with no source actor


@dataclass(frozen=True)
class PairRule:
    """One pair sense (see ``pairs`` in senses.yaml)."""

    lemmas: frozenset[str]
    codes: tuple[str, ...]
    source_roles: frozenset[str]
    target_roles: frozenset[str]
    why: str
    recode: str | None
    unless: frozenset[str] = frozenset()  # words of physical force that keep the pattern's sense
    unless_target: frozenset[str] = frozenset()  # target head words that show an armed side ("LJM forces")
    same_country: bool = False  # only when both sides are of one country (their codes' first three letters)


def parse_pair_rules(data: dict[str, Any], origin: str = "senses.yaml") -> list[PairRule]:
    """The ``pairs`` rules of one senses file."""
    rules = []
    for raw in data.get("pairs") or []:
        sources = frozenset(str(r).upper() for r in raw.get("source_roles") or [])
        targets = frozenset(str(r).upper() for r in raw.get("target_roles") or [])
        if not sources or not targets or not raw.get("codes"):
            raise KnowledgeBaseError(Errors.E432.format(why=raw.get("why")), source=origin)
        rules.append(PairRule(
            lemmas=frozenset(str(w).lower() for w in raw.get("lemmas") or []),
            codes=tuple(str(c) for c in raw["codes"]), source_roles=sources, target_roles=targets,
            why=str(raw.get("why", "another sense for this pair of actors")),
            recode=str(raw["recode"]) if raw.get("recode") else None,
            unless=frozenset(str(w).lower() for w in raw.get("unless") or []),
            unless_target=frozenset(str(w).lower() for w in raw.get("unless_target") or []),
            same_country=bool(raw.get("same_country"))))
    return rules


@lru_cache(maxsize=4)
def shipped_pair_rules(lang: str = DEFAULT_LANGUAGE) -> tuple[PairRule, ...]:
    """The pair rules of a language's shipped ``senses.yaml`` (read once, with the word senses)."""
    return tuple(parse_pair_rules(shipped_senses_data(lang), shipped_origin(lang)))


ARMED_GROUP_PREFIX = "IMG"  # Phoenix's international militarized groups (IMGMOSREB, IMGMUSALQ): armed by their code


def _role(code: str | None) -> str:
    """The role of an actor code: characters 4-6 ("KENCOP"), or the whole code of an actor with a
    role and no country ("COP"); a bare country ("KEN") has none that a rule lists. A transnational
    militarized group's code ("IMGMOSREB") says its religion or region after IMG, not a role: its role
    is IMG, an armed side."""
    code = code or ""
    if code.startswith(ARMED_GROUP_PREFIX):
        return ARMED_GROUP_PREFIX
    return code if len(code) == 3 else code[3:6]


def pair_sense(tok: Token, code: str, source_code: str | None, target_code: str | None,
               rules: Iterable[PairRule] | None = None, target_word: Token | None = None) -> PairRule | None:
    """The first rule under which trigger ``tok``, coded ``code`` from ``source_code`` to
    ``target_code``, is another event (its ``recode``) or none; None when the pair fits the code. A rule's
    ``unless_target`` words on the target's own word (``target_word``) keep the code: a party's "forces"
    or "fighters" are armed whatever role their party's code has."""
    target_keys: set[str] = set()
    for word in _qualified(target_word):
        target_keys |= set(lemma_keys(word)) | {word.lower_}
    source_role = _role(source_code) if source_code else NO_SOURCE
    target_role = _role(target_code)
    if not source_role or not target_role:
        return None
    keys = set(lemma_keys(tok)) | {tok.lower_}
    for rule in shipped_pair_rules(doc_language(tok.doc)) if rules is None else rules:
        if (code.startswith(rule.codes) and (not rule.lemmas or keys & rule.lemmas)
                and (source_role in rule.source_roles or ANY_ROLE in rule.source_roles)
                and (target_role in rule.target_roles or ANY_ROLE in rule.target_roles)
                and not (rule.same_country and (source_code or "")[:3] != (target_code or "")[:3])
                and not (rule.unless and _force_shown(tok, rule.unless))
                and not target_keys & rule.unless_target):
            return rule
    return None


def _qualified(word: Token | None) -> list[Token]:
    """The target's own word and the noun it qualifies ("the opposition stronghold", "rebel positions",
    "the party's fighters"): that noun says what was hit, an armed side's place or its men."""
    if word is None:
        return []
    if word.dep_ in ("compound", "amod", "poss", "nmod") and word.head.pos_ in ("NOUN", "PROPN"):
        return [word, word.head]
    return [word]


def _force_shown(tok: Token, words: frozenset[str]) -> bool:
    """Whether the trigger's own words show physical force: a weapon after one of its prepositions
    ("attacked villagers with sticks") or a verb of harm on it ("attacked X, injuring ten")."""
    near = [*tok.children, *(g for c in tok.children if c.dep_ == "prep" for g in c.children)]
    return any(set(lemma_keys(t)) & words for t in near)
