"""The function words the event coder's rules read, per language (``data/<lang>/lexicon/arguments.yaml``,
``dates.yaml`` and ``coding.yaml``).

The rules of arguments.py, relations.py, matcher.py, demands.py, nominals.py and passives.py compare tokens with
prepositions, pronouns, subordinators and a few verbs (arguments.yaml), placetime.py with the words
that date an event (dates.yaml), and senses.py, modality.py, obligations.py and confidence.py with
prepositions, negators and pronouns of their own (coding.yaml); a class every rule shares (the
infinitive marker, the perfect auxiliary) lives in one of them only. Those words are data, so that a
second language is a second file of the same class names, not a fork of the rules. They are read
once per language into :class:`ArgumentWords`, :class:`DateWords` and :class:`CodingWords`
(frozensets: a rule asks ``tok.lower_ in words.x``), never per token; a language without the file
gets empty classes, and its rules find nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ..nlp import doc_language
from ..resources import DEFAULT_LANGUAGE, word_classes, word_record

if TYPE_CHECKING:
    from spacy.tokens import Doc

FILE = ("lexicon", "arguments.yaml")
DATES = ("lexicon", "dates.yaml")
CODING = ("lexicon", "coding.yaml")
# the classes of the rules that infer a side the sentence does not name (demands.py, answers.py)
INFERRED_SIDES = ("lexicon", "inferred_sides.yaml")


@dataclass(frozen=True)
class ArgumentWords:
    """The word classes of arguments.yaml (each field is the class of that name; see the file for
    what each rule reads it for) and the inflections parsed from ``verb_inflections``."""

    relative_pronouns: frozenset[str]
    object_control_verbs: frozenset[str]
    subordinators: frozenset[str]
    intransitive_participles: frozenset[str]
    gerund_object_prepositions: frozenset[str]
    plural_verb_pronouns: frozenset[str]
    do_auxiliaries: frozenset[str]
    agent_prepositions: frozenset[str]
    of_prepositions: frozenset[str]
    including_prepositions: frozenset[str]
    companion_words: frozenset[str]
    from_prepositions: frozenset[str]
    noun_target_prepositions: frozenset[str]
    verb_locating_prepositions: frozenset[str]
    pair_quantifiers: frozenset[str]
    pair_determiners: frozenset[str]
    verb_inflections: frozenset[str]
    doubling_suffixes: frozenset[str]
    condition_marks: frozenset[str]
    clause_subject_marks: frozenset[str]
    noun_clause_marks: frozenset[str]
    threatened_prepositions: frozenset[str]
    avenging_words: frozenset[str]
    avenged_prepositions: frozenset[str]
    avenged_marks: frozenset[str]
    reported_plural_pronouns: frozenset[str]
    reported_thing_pronouns: frozenset[str]
    reported_person_pronouns: frozenset[str]
    claim_prepositions: frozenset[str]
    act_target_prepositions: frozenset[str]
    any_slot_prepositions: frozenset[str]
    any_slot_object_prepositions: frozenset[str]
    absolute_prepositions: frozenset[str]
    cognate_objects: frozenset[str]
    behalf_nouns: frozenset[str]
    inclusion_words: frozenset[str]
    infinitive_markers: frozenset[str]
    protest_place_prepositions: frozenset[str]
    bound_particles: frozenset[str]
    bound_prepositions: frozenset[str]
    complex_preposition_heads: frozenset[str]
    shelter_nouns: frozenset[str]
    shelter_prepositions: frozenset[str]
    protest_against_prepositions: frozenset[str]
    demand_prepositions: frozenset[str]
    harm_prepositions: frozenset[str]
    blast_marks: frozenset[str]
    security_force_nouns: frozenset[str]
    held_place_nouns: frozenset[str]
    state_act_nouns: frozenset[str]
    patient_act_nouns: frozenset[str]
    authoring_verbs: frozenset[str]
    act_aspect_nouns: frozenset[str]
    act_aspect_prepositions: frozenset[str]
    located_act_nouns: frozenset[str]
    located_act_prepositions: frozenset[str]
    military_act_nouns: frozenset[str]
    military_act_modifiers: frozenset[str]
    located_takeover_nouns: frozenset[str]
    act_attempt_nouns: frozenset[str]
    irregular_verb_forms: frozenset[str]
    # ``verb_inflections`` as (suffix, replacement) pairs, in the order they are tried
    inflections: tuple[tuple[str, str], ...] = field(init=False)
    # ``irregular_verb_forms`` as form -> lemma ("retook" -> "retake")
    irregular_lemmas: dict[str, str] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "inflections", _inflections(self.verb_inflections))
        object.__setattr__(self, "irregular_lemmas",
                           {form: lemma for form, _, lemma in (w.partition(">") for w in self.irregular_verb_forms)})


def _inflections(written: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """"ied>y" -> ("ied", "y"), longest suffix first, then the shorter replacement: the order in
    which a word's candidate stems are listed (a suffix only co-occurs with its own tails)."""
    pairs = [(suffix, repl) for suffix, _, repl in (w.partition(">") for w in written)]
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0], len(p[1]), p[1])))


@lru_cache(maxsize=8)
def argument_words(lang: str = DEFAULT_LANGUAGE) -> ArgumentWords:
    """The classes of language ``lang``, read once."""
    return word_record(ArgumentWords, *FILE, lang=lang)


def words_of(doc: Doc) -> ArgumentWords:
    """The classes of the language ``doc`` is read in (nlp.doc_language)."""
    return argument_words(doc_language(doc))


def inferred_side_words(doc: Doc) -> Mapping[str, frozenset[str]]:
    """The word classes of inferred_sides.yaml (``INFERRED_SIDES``) in the language ``doc`` is read in."""
    return word_classes(*INFERRED_SIDES, lang=doc_language(doc))


@dataclass(frozen=True)
class DateWords:
    """The word classes of dates.yaml (each field is the class of that name; see the file)."""

    span_boundary_words: frozenset[str]
    scheduled_words: frozenset[str]
    background_words: frozenset[str]
    span_start_words: frozenset[str]
    shift_after_marks: frozenset[str]
    shift_before_marks: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    complementizers: frozenset[str]


@lru_cache(maxsize=8)
def date_words(lang: str = DEFAULT_LANGUAGE) -> DateWords:
    """The date classes of language ``lang``, read once."""
    return word_record(DateWords, *DATES, lang=lang)


def date_words_of(doc: Doc) -> DateWords:
    """The date classes of the language ``doc`` is read in."""
    return date_words(doc_language(doc))


@dataclass(frozen=True)
class CodingWords:
    """The word classes of coding.yaml (each field is the class of that name; see the file)."""

    complement_negators: frozenset[str]
    noun_argument_preps: frozenset[str]
    noun_object_preps: frozenset[str]
    verb_object_preps: frozenset[str]
    grievance_preps: frozenset[str]
    topic_preps: frozenset[str]
    destination_preps: frozenset[str]
    between_preps: frozenset[str]
    reported_speech_verbs: frozenset[str]
    generic_subjects: frozenset[str]
    public_share_words: frozenset[str]
    ending_verbs: frozenset[str]


@lru_cache(maxsize=8)
def coding_words(lang: str = DEFAULT_LANGUAGE) -> CodingWords:
    """The coding classes of language ``lang``, read once."""
    return word_record(CodingWords, *CODING, lang=lang)


EVALUATIONS = ("lexicon", "evaluations.yaml")


@dataclass(frozen=True)
class EvaluationWords:
    """The word classes of evaluations.yaml (each field is the class of that name; see the file):
    the predicates that judge an act and the verbs and nouns that carry the judgement
    (events/evaluations.py)."""

    disapproval_predicates: frozenset[str]
    condemnation_predicates: frozenset[str]
    accusation_predicates: frozenset[str]
    predicate_only: frozenset[str]
    violation_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    statement_verbs: frozenset[str]
    criticism_nouns: frozenset[str]
    report_nouns: frozenset[str]
    receiving_verbs: frozenset[str]
    antecedent_pronouns: frozenset[str]
    criticism_source_preps: frozenset[str]
    criticism_topic_preps: frozenset[str]
    judging_preps: frozenset[str]
    predicate_negators: frozenset[str]
    copulas: frozenset[str]
    disapproval_feelings: frozenset[str]
    disapproval_feeling_nouns: frozenset[str]
    expressing_verbs: frozenset[str]
    feeling_copulas: frozenset[str]
    feeling_preps: frozenset[str]
    speaker_pronouns: frozenset[str]
    deceit_verbs: frozenset[str]
    deceit_preps: frozenset[str]
    condemnation_phrases: frozenset[str]
    state_held_nouns: frozenset[str]
    held_place_preps: frozenset[str]
    motive_predicates: frozenset[str]
    motive_adverbs: frozenset[str]
    praise_predicates: frozenset[str]


@lru_cache(maxsize=8)
def evaluation_words(lang: str = DEFAULT_LANGUAGE) -> EvaluationWords:
    """The evaluation classes of language ``lang``, read once."""
    return word_record(EvaluationWords, *EVALUATIONS, lang=lang)
