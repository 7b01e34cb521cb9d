"""Pronoun coreference: "he said", "its troops", "they marched" tied to an actor already named, or to nothing.

Precision first: a pronoun is resolved only when one antecedent clearly fits, within its own sentence and the
one before it.

* he / him / his / she / her: the one person actor named there whose gender (from the knowledge base or a
  gendered title such as "spokeswoman") does not clash; with several, the latest person named as a subject.
* they / them / their: the actor whose mention holds the latest plural noun before the pronoun, when that
  actor is a group or an organisation (so "the sanctions ... they" resolves to nothing); a subject "they"
  continues the latest plural subject instead ("the gunmen killed six pilgrims before they fled"), and is unclear
  when no actor holds that subject.
* themselves / himself / itself: its clause's own subject, never a nearer noun; tied to no one, as the subject
  already acts in the clause.
* it / its: the actor whose mention holds the latest subject before the pronoun, when it is an organisation,
  a country or a named armed or political group ("Hamas said its fighters": the fighters are Hamas, not the
  story's country); "it" as an empty subject ("it is unclear") is skipped.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from spacy.tokens import Doc, Token

from ..nlp import doc_language, doc_text
from ..resources import word_class
from .candidates import Cand, replace
from .columns import Columns
from .kb import KnowledgeBase
from .mentions import NamedSpan
from .phrases import RolePhrase
from .words import ActorWords, actor_words

_SUBJECTS = ("nsubj", "nsubjpass")


@dataclass(frozen=True)
class _Pronouns:
    """A language's pronoun classes (grammar.yaml, ``ActorWords``), as the resolver reads them."""

    genders: dict[str, str]  # person pronoun -> "male" / "female"
    plural: frozenset[str]
    all: frozenset[str]


@lru_cache(maxsize=8)
def _pronouns(lang: str) -> _Pronouns:
    words = actor_words(lang)
    genders = {w: "male" for w in words.male_pronouns} | {w: "female" for w in words.female_pronouns}
    return _Pronouns(genders, words.plural_pronouns, frozenset(genders) | words.plural_pronouns | words.neuter_pronouns)


@dataclass
class Antecedent:
    """One mention of an actor (or of an unresolved person name, ``key`` None) that a pronoun may point to."""

    key: str | None
    kind: str
    start: int  # character offsets
    end: int
    gender: str | None = None


def gender_of(words: list[str], kb: KnowledgeBase, name: str | None = None) -> str | None:
    """A person's gender from the KB (``gender`` of a people entry) or gendered words about them."""
    if name and f"person:{name}" in kb.gendered:
        return kb.gendered[f"person:{name}"]
    found = {kb.gendered[w.lower()] for w in words if w.lower() in kb.gendered}
    return next(iter(found)) if len(found) == 1 else None


def _window(cols: Columns, i: int) -> int:
    """Character offset where the search for an antecedent starts: the previous sentence's start."""
    first = cols.sent_start[i]
    return cols.idx[cols.sent_start[first - 1]] if first > 0 else cols.idx[first]


def _covering(ants: list[Antecedent], idx: int) -> Antecedent | None:
    hits = [a for a in ants if a.start <= idx < a.end]
    return min(hits, key=lambda a: a.end - a.start) if hits else None


def _person(tok: Token, gender: str, ants: list[Antecedent]) -> str | None:
    people = [a for a in ants if a.kind == "person" and a.gender != ("female" if gender == "male" else "male")]
    if tok.dep_ in ("dobj", "dative"):  # "Ortiz thanked him": an object pronoun is never its own verb's subject
        own = [c.idx for c in tok.head.children if c.dep_ in _SUBJECTS]
        people = [a for a in people if not any(a.start <= idx < a.end for idx in own)]
    keys = {a.key for a in people}
    if len(keys) == 1:
        return next(iter(keys))
    subjects = [a for a in people if any(t.dep_ in _SUBJECTS for t in tok.doc.char_span(
        a.start, a.end, alignment_mode="expand") or [])]
    return max(subjects, key=lambda a: a.start).key if subjects else None


def _coordinated_subject(tok: Token, genders: dict[str, str],
                         done: dict[int, str | None]) -> tuple[bool, str | None]:
    """What the subject pronoun of a clause coordinated with another whose subject is the same pronoun was
    resolved to ("he took refuge ... until Maduro pardoned him, and he was released": the second "he" goes on
    with the first, not with the nearer Maduro), after True; (False, None) when the pronoun is not such a subject."""
    verb = tok.head
    if tok.dep_ not in _SUBJECTS or verb.dep_ != "conj":
        return False, None
    first = [t for t in verb.head.children if t.dep_ in _SUBJECTS and t.i < tok.i]
    if len(first) != 1 or genders.get(first[0].lower_) != genders.get(tok.lower_) or first[0].i not in done:
        return False, None
    return True, done[first[0].i]


def _latest_index(cols: Columns, begin: int, i: int, want: Callable[[int], bool]) -> int | None:
    """The last token before token ``i`` that starts at ``begin`` or later and is wanted (token offsets only
    grow, so the walk back stops at the first token before ``begin``)."""
    idx = cols.idx
    j = i - 1
    while j >= 0 and idx[j] >= begin:
        if want(j):
            return j
        j -= 1
    return None


def _plural(doc: Doc, cols: Columns, i: int, begin: int, ants: list[Antecedent], words: ActorWords,
            done: dict[int, str | None]) -> str | None:
    collective, genitive = words.collective_plural_nouns, words.genitive_prepositions
    tag, lower, dep = cols.tag, cols.lower, cols.dep
    own = cols.idx[cols.sent_start[i]]
    if dep[i] == "nsubj" and cols.sent_start[i] > 0 and _latest_index(
            cols, own, i, lambda j: dep[j] in _SUBJECTS) is None:
        # the first subject of its sentence, an agent, goes on with the actor subject of the sentence before, not
        # with a nearer plural there ("Gunmen killed 12 villagers. They burned homes"; "..., residents said. They
        # ..."); a passive one may be what was acted on ("Protesters opposed the taxes. They were approved")
        earlier = _previous_actor_subject(doc, cols, i, collective)
        if earlier is not None:
            hit = _covering(ants, cols.idx[earlier])
            return done.get(earlier) if earlier in done else (
                hit.key if hit is not None and hit.kind in ("group", "organization") else None)
    nearest = _latest_index(cols, begin, i, lambda j: tag[j] in ("NNS", "NNPS") or lower[j] in collective)
    if nearest is not None and nearest not in done and _covering(ants, cols.idx[nearest]) is None:
        return None  # "protesters opposed the new taxes. They were approved": the latest plural is no actor
    if dep[i] in _SUBJECTS:
        # a subject "they" continues the latest subject of its own sentence when plural ("the gunmen killed six
        # pilgrims before they fled": the gunmen; "many of the refugees ... as they fled": the refugees), not the
        # nearer object; a plural subject no actor holds leaves the pronoun unclear; a singular one ("Baresic said
        # they") says nothing, nor does a sentence before ("Protesters opposed the taxes. They were approved")
        subject = _latest_index(cols, own, i, lambda j: dep[j] in _SUBJECTS and tag[j] not in ("WDT", "WP"))
        subject = _partitive(cols, subject, genitive) if subject is not None else None
        if subject is not None and (tag[subject] in ("NNS", "NNPS") or lower[subject] in collective
                                    or subject in done):
            if subject in done:
                return done[subject]
            hit = _covering(ants, cols.idx[subject])
            return hit.key if hit is not None and hit.kind in ("group", "organization") else None
    hit = _covering(ants, cols.idx[nearest]) if nearest is not None else None
    return hit.key if hit is not None and hit.kind in ("group", "organization") else None


def _previous_actor_subject(doc: Doc, cols: Columns, pronoun: int, collective: frozenset[str]) -> int | None:
    """The plural subject of the sentence before the one of ``pronoun`` that its sentence-initial
    subject "they" goes on with: the first plural subject there that is not the subject of a reporting verb
    (``report_verbs``: "Gunmen raided the village, residents said. They burned homes": the gunmen; "Police said
    militants killed 12 villagers. They fled": the militants, never the villagers, whom the act befell), the main
    clause's first; None
    when that sentence has no such plural subject. A "they" that itself reports ("Sources said X. They said")
    goes on with the voices too, the first plural subject whatever its verb."""
    reporting = word_class("report_verbs", "actors", "grammar.yaml", lang=doc_language(doc))
    if doc[pronoun].head.lemma_.lower() in reporting:
        reporting = frozenset()
    first = cols.sent_start[pronoun]
    span = range(cols.sent_start[first - 1], first)
    # the main clause's subject first ("When villagers fled, gunmen burned homes": the gunmen), then in order
    for j in sorted(span, key=lambda j: (cols.head[cols.head[j]] != cols.head[j], j)):
        if cols.dep[j] not in _SUBJECTS or cols.tag[j] in ("WDT", "WP"):
            continue
        if cols.tag[j] not in ("NNS", "NNPS") and cols.lower[j] not in collective:
            continue
        if doc[j].head.lemma_.lower() in reporting:
            continue
        return j
    return None


def _partitive(cols: Columns, j: int, genitive: frozenset[str]) -> int:
    """The plural a partitive subject picks from ("many of the refugees": the refugees), else the subject."""
    for k in range(j + 1, min(j + 5, len(cols.head))):
        if cols.head[k] == j and cols.lower[k] in genitive:
            return next((m for m in range(k + 1, min(k + 5, len(cols.head))) if cols.head[m] == k), j)
    return j


def _it(cols: Columns, tok: Token, begin: int, ants: list[Antecedent], words: ActorWords) -> str | None:
    if tok.lower_ not in words.neuter_possessives and (tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj")
                                                       or tok.head.lemma_.lower() in words.empty_subject_verbs):
        return None
    dep, pos = cols.dep, cols.pos
    j = _latest_index(cols, begin, tok.i, lambda j: dep[j] in _SUBJECTS and pos[j] in ("NOUN", "PROPN"))
    hit = _covering(ants, cols.idx[j]) if j is not None else None
    if j is not None and hit is None:  # "the group's armed wing, the Qassam Brigades, said its": the apposition
        hit = next((h for k in tok.doc[j].children if k.dep_ == "appos" and (h := _covering(ants, k.idx))), None)
    # a named armed or political group owns "its fighters" as an organisation does ("Hamas said its fighters");
    # a role-phrase group ("the rebels") is plural, read by "they"
    named_group = hit is not None and hit.kind == "group" and (hit.key or "").startswith("org:")
    return hit.key if hit is not None and (hit.kind in ("organization", "country") or named_group) else None


def _noun_of_its_gender(doc: Doc, i: int, after: int) -> bool:
    """Whether a common noun of the pronoun's grammatical gender stands between character offset ``after`` and
    the pronoun at token ``i``: where person pronouns also stand for things ("il", "elle"), that noun may be
    what the pronoun means, and the person is not clearly its antecedent."""
    gender = doc[i].morph.get("Gender", [])
    j = i - 1
    while j >= 0 and doc[j].idx >= after:
        if doc[j].pos_ == "NOUN" and gender and doc[j].morph.get("Gender", []) == gender:
            return True
        j -= 1
    return False


def resolve_pronouns(doc: Doc, ants: list[Antecedent], cols: Columns | None = None) -> list[tuple[int, int, str]]:
    """(start, end, actor key) for every pronoun of ``doc`` one antecedent in ``ants`` clearly fits."""
    cols = cols or Columns(doc)
    words = actor_words(doc_language(doc))
    pronouns = _pronouns(doc_language(doc))
    out = []
    ants = sorted(ants, key=lambda a: a.start)
    # a pronoun inside a mention is taken: some mention starting at or before it must end after it
    starts = [a.start for a in ants]
    reach = list(accumulate((a.end for a in ants), max))  # the furthest end among the first k mentions
    done: dict[int, str | None] = {}  # pronoun token -> what it was resolved to (None: unclear)
    for i in [i for i, low in enumerate(cols.lower) if low in pronouns.all]:
        low = cols.lower[i]
        if cols.pos[i] not in ("PRON", "DET") or cols.dep[i].startswith("expl"):
            continue  # an expletive ("il faut", "there is") stands for no one
        idx = cols.idx[i]
        before = bisect_right(starts, idx)
        if before and reach[before - 1] > idx:
            continue
        begin = _window(cols, i)
        near = [a for a in ants if a.end <= idx and a.start >= begin]
        if "Yes" in doc[i].morph.get("Reflex", []):
            # "themselves" is its clause's own subject ("the bombers killed 23 people as well as themselves"), never
            # the nearer noun; the subject is already the event's source, and as its target it would make the
            # actor act on itself, so the reflexive is tied to no one
            key = None
        elif low in pronouns.genders:
            people = [a for a in near if a.kind == "person"]
            if low in words.thing_pronouns and people and _noun_of_its_gender(doc, i, max(a.end for a in people)):
                continue  # "il" after "l'accord": the thing, perhaps, as much as the person
            continued, same = _coordinated_subject(doc[i], pronouns.genders, done)
            key = same if continued else _person(doc[i], pronouns.genders[low], near)
        elif low in pronouns.plural:
            key = _plural(doc, cols, i, begin, near, words, done)
        else:
            key = _it(cols, doc[i], begin, near, words)
        done[i] = key
        if key is not None:
            out.append((idx, idx + len(cols.text[i]), key))
    return out


def add_pronoun_mentions(doc: Doc, kb: KnowledgeBase, cands: list[Cand], unknown: list[NamedSpan],
                         owned: dict[int, RolePhrase], cols: Columns | None = None) -> list[Cand]:
    """Adds a mention for every pronoun one actor clearly fits (see pronouns.py) and gives "its troops" /
    "their supporters" the country of the actor the pronoun stands for (left out when none does)."""
    best: dict[str, Cand] = {}
    words: dict[str, list[str]] = {}
    for cand in cands:
        if cand.key not in best or cand.rank < best[cand.key].rank:
            best[cand.key] = cand
        if cand.kind == "person":
            first = doc.char_span(cand.start, cand.end, alignment_mode="expand")
            before = [t.text for t in doc[max(0, first.start - 2): first.start]] if first is not None else []
            words.setdefault(cand.key, []).extend(cand.text.split() + before + (cand.role or "").split())
    ants = [Antecedent(c.key, c.kind, c.start, c.end, gender_of(words.get(c.key, []), kb, best[c.key].name)
                       if c.kind == "person" else None)
            for c in cands if not c.key.startswith("pending:")
            and not (c.kind == "person" and c.key.startswith("role:") and c.text.endswith("s"))]
    ants.extend(Antecedent(None, "person", p.start, p.end) for p in unknown)
    found = resolve_pronouns(doc, ants, cols)
    out = [c for c in cands if not c.key.startswith("pending:")]
    by_start: dict[int, Cand] = {}
    for start, end, key in found:
        base = best[key]
        out.append(replace(base, start, end, doc_text(doc)[start:end], how="pronoun", rank=9))
        by_start[start] = base
    for cand in cands:
        phrase = owned.get(id(cand))
        if phrase is None:
            continue
        owner = by_start.get(doc[phrase.start - 1].idx)
        if owner is None or (owner.country is None and owner.kind != "group"):
            continue
        if cand in out:
            out.remove(cand)
        if owner.kind == "group":  # "Hamas said its fighters were killed": a group's members are the group
            out.append(replace(owner, cand.start, cand.end, cand.text, how="affiliation", rank=3))
            continue
        head = doc_text(doc)[doc[phrase.head_start].idx:cand.end]
        out.append(Cand(f"group:{owner.country}:{phrase.agent}", cand.start, cand.end, cand.text, "role_phrase", head,
                         phrase.kind, None, owner.country, f"{owner.country}{phrase.agent}", None, 3))
    return out
