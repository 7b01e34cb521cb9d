"""Criticism told as an evaluation or as criticism received (events/evaluations.py). Texts written
for newsevents."""

from __future__ import annotations

import pytest

from .helpers import coded_triples

ACTORS = [("Chile", "CHL"), ("Peru", "PER"), ("Bolivia", "BOL"), ("Ecuador", "ECU"), ("Lima", "PERGOV"),
          ("The Chilean foreign ministry", "CHLGOV"), ("the Bolivian government", "BOLGOV"),
          ("The opposition alliance", "PEROPP"), ("the African Union", "IGOAFU")]


def critiques(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return {(s, c[:2], t) for s, c, t in coded_triples(nlp, text, ACTORS) if c.startswith("11")}


@pytest.mark.parametrize("text, expected", [
    # naming verbs with an "as" phrase or an object predicate: the owner of the judged act is the target
    ("The Chilean foreign ministry described Peru's border decree as a provocation.", ("CHLGOV", "11", "PER")),
    ("Chile said Lima viewed Bolivia's decision as a violation of the treaty.", ("PERGOV", "11", "BOL")),
    ("Ecuador considers the Peruvian tariffs illegal.", ("ECU", "11", "PER")),
    ("Ecuador considers Peru's tariffs to be illegal.", ("ECU", "11", "PER")),
    ("The opposition alliance dubbed Lima's decree a sham.", ("PEROPP", "11", "PERGOV")),
    # a reported copula clause, either order; an accusing predicate codes an accusation (also root 11)
    ("Bolivia said Chile's naval exercise was reckless and irresponsible.", ("BOL", "11", "CHL")),
    ("Peru's new levy is unacceptable, the Bolivian government said on Friday.", ("BOLGOV", "11", "PER")),
    ("Chile said Bolivia's blockade was a crime.", ("CHL", "11", "BOL")),
    # a condemnatory adjective on the predicate noun judges as the predicate does
    ("Bolivia said Chile's tariff was an unlawful measure.", ("BOL", "11", "CHL")),
    ("Ecuador regards Peru's elections as a sham.", ("ECU", "11", "PER")),
    ("The opposition alliance said Lima's emergency decree was a coup attempt.", ("PEROPP", "11", "PERGOV")),
    # a verb of violating a norm judges as a predicate does, in a reported clause or on the predicate noun
    ("Bolivia said Chile's new port fees violated the trade treaty.", ("BOL", "11", "CHL")),
    ("Chile's naval patrols undermine regional stability, the Bolivian government said.", ("BOLGOV", "11", "CHL")),
    ("The Chilean foreign ministry viewed Peru's decree as a step contradicting the border accords.",
     ("CHLGOV", "11", "PER")),
    # "calling it ...": the act the participle's clause names, its object or (after criticism) its subject
    ("Bolivia rejected Chile's plan, calling it illegal.", ("BOL", "11", "CHL")),
    ("Peru's decision to close the border sparked outrage, with the African Union calling it a breach of the "
     "trade accords.", ("IGOAFU", "11", "PER")),
    # a noun of what is done to someone is judged against its "by" phrase
    ("Chile said the arrest of its consul by Peru was illegal.", ("CHL", "11", "PER")),
    # the judged act's own "by" phrase names its author
    ("Ecuador said the closure was a provocation by Peru.", ("ECU", "11", "PER")),
    # a party's act or word declared false or a slander: "dismissed as propaganda", "described as slander"
    ("Ecuador dismissed Chile's border report as propaganda.", ("ECU", "11", "CHL")),
    ("The Chilean foreign ministry described Peru's statement as slander.", ("CHLGOV", "11", "PER")),
    ("Bolivia said Peru's new tariffs were groundless and unfounded.", ("BOL", "11", "PER")),
    # a country word on a thing its state holds (an election, a trial, a report) names whose it is
    ("Ecuador described the Peruvian election as a sham.", ("ECU", "11", "PER")),
    ("Bolivia said the Chilean referendum was a farce.", ("BOL", "11", "CHL")),
    ("The Chilean foreign ministry dismissed the Bolivian report as propaganda.", ("CHLGOV", "11", "BOL")),
    ("Peru described the election in Bolivia as a parody.", ("PER", "11", "BOL")),
    # a political motive imputed to the act, as an object predicate, an "as" phrase or a reported clause
    ("Bolivia called Chile's ruling politically motivated.", ("BOL", "11", "CHL")),
    ("Peru dismissed the Ecuadorian charges as politically motivated.", ("PER", "11", "ECU")),
    ("Ecuador said Peru's decree was politically motivated.", ("ECU", "11", "PER")),
    # criticism received: the "from" phrase is the source, the subject or the "over" phrase's owner the target
    ("Peru's mining law drew sharp criticism from Bolivia.", ("BOL", "11", "PER")),
    ("Chile faced condemnation from the African Union over the expulsions.", ("IGOAFU", "11", "CHL")),
    ("Lima came under criticism from Ecuador over Bolivia's river project.", ("ECU", "11", "BOL")),
])
def test_an_evaluation_criticises_the_owner_of_the_act(nlp, text, expected):
    assert expected in critiques(nlp, text)


@pytest.mark.parametrize("text", [
    # a neutral or positive predicate is no criticism
    "The Chilean foreign ministry described Peru's proposal as constructive.",
    "Bolivia said Chile's offer was a step forward.",
    # hypothetical, negated or denied judgements
    "Bolivia said Chile's naval exercise would be illegal.",
    "Bolivia said Chile's naval exercise was not illegal.",
    "Ecuador did not describe Peru's decree as a provocation.",
    "Ecuador does not consider Peru's tariffs to be illegal.",
    "If Peru's levy is illegal, Bolivia said, the court will rule on it.",
    "Bolivia said Chile's port fees did not violate the treaty.",
    "Bolivia said Chile's port fees could violate the treaty.",
    # a report said to contradict another is no charge against its author; a violation the sentence
    # only describes, reported by no one, is no one's criticism
    "Bolivia said Peru's report contradicted Chile's account.",
    "Chile's decree, which violates the treaty, took effect on Monday.",
    # "it" after a clause whose object is a party, not an act, is left unresolved
    "Chile's decree angered Bolivia, with Ecuador calling it a provocation.",
    "Bolivia refused to call Chile's plan illegal.",
    # the possessor or "of" phrase of what is done to someone is its victim, not its author
    "Chile said Peru's arrest was illegal.",
    "Chile said the arrest of Peru's ambassador was illegal.",
    "Bolivia said the recognition of Ecuador's claim was a provocation.",
    # nobody owns the judged thing, or the judged thing is only a pronoun
    "Chile described the official results as a sham.",
    "Bolivia said it was illegal.",
    # a slander denied, or a propaganda nobody owns
    "Bolivia said Chile's report was not propaganda.",
    "Ecuador described the film as propaganda.",
    # a country word on a thing no state holds names no owner
    "Bolivia called the Chilean film a farce.",
    "Ecuador described the election as a sham.",
    "Peru described the election in March as a farce.",
    "Peru described the weather in Bolivia as a disaster.",
    # a motive with no political adverb, or a cause stated, imputes no pretext
    "Bolivia said Chile's team was highly motivated.",
    "Bolivia said Chile's decision was motivated by security concerns.",
    # a risk is not a fault: "dangerous" judges only as the predicate
    "Bolivia described Chile's rescue operation as a dangerous mission.",
    # what allegations draw is condemnation of what they allege, not of those who made them
    "Peru's allegations of abuses drew condemnation from the African Union.",
    # criticism received with no named source, or a source judging its own act
    "Peru's mining law drew sharp criticism.",
    "Chile defended Chile's own decree as legal.",
])
def test_no_criticism_without_a_condemnatory_asserted_judgement_of_another_party(nlp, text):
    assert critiques(nlp, text) == set()


def test_the_speaker_is_the_reporter_of_the_clause_not_the_owner(nlp):
    """"X said Y's plan was a sham": the source is X, never Y; and Y's criticism of a third party
    inside a quote of X's is Y's own (the nearest naming verb)."""
    found = critiques(nlp, "Chile said Bolivia had called Peru's vote a sham.")
    assert ("BOL", "11", "PER") in found
    assert ("CHL", "11", "PER") not in found


@pytest.mark.parametrize("text, expected", [
    ("Ecuador described Peru's border decision as courageous.", {("ECU", "05", "PER")}),
    ("Chile said Bolivia's offer was constructive.", {("CHL", "05", "BOL")}),
    # negated, hypothetical, or an act nobody else owns: no praise
    ("Ecuador said Peru's offer was not constructive.", set()),
    ("Ecuador said Peru's offer would be welcome.", set()),
    ("Chile said the weather was welcome.", set()),
])
def test_an_approving_evaluation_praises_the_owner_of_the_act(nlp, text, expected):
    found = {(s, c[:2], t) for s, c, t in coded_triples(nlp, text, ACTORS) if c.startswith("05")}
    assert found == expected
