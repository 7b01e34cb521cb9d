"""A second language end to end: French read with ``fr_core_news_sm`` and the words of ``data/fr/``.

Adding French took a registry entry (data/common/languages.yaml) and data files; these paragraphs are
invented news written for this test. French ships actors, times and places only: the quote, count and
event stages do not run for it (pipeline.STAGE_DATA).
"""

from __future__ import annotations

import pytest

from newsevents.model import ArticleResult
from newsevents.pipeline import PipelineConfig, process_text

FRENCH = PipelineConfig(language="fr")

MINISTER = """Heurts à Lyon après une manifestation

Le ministre français de l'Intérieur a rencontré lundi à Paris les représentants des syndicats. La police \
française a interpellé hier douze manifestants à Lyon. Le 3 mars 2026, le président Emmanuel Macron s'est \
rendu à Marseille, où il a annoncé de nouvelles mesures. Les autorités allemandes ont salué cette décision.
"""

ABROAD = """Visite du Premier ministre en Allemagne

Le Premier ministre espagnol s'est rendu lundi dernier à Berlin, où il a rencontré des responsables \
allemands. Le 1er mars, des soldats marocains ont été déployés près de Rabat. Le gouvernement belge se \
réunira mardi prochain à Bruxelles.
"""


@pytest.fixture(scope="module")
def minister() -> ArticleResult:
    return process_text(MINISTER, published="2026-03-05", config=FRENCH)  # a Thursday


@pytest.fixture(scope="module")
def abroad() -> ArticleResult:
    return process_text(ABROAD, published="2026-03-05", config=FRENCH)


def _codes(result: ArticleResult) -> dict[str, str | None]:
    return {mention.text: actor.code for actor in result.actors for mention in actor.mentions}


def test_the_article_is_read_as_french(minister: ArticleResult) -> None:
    assert minister.article.language == "fr" and minister.article.notes == []
    assert minister.stages == ["extract", "nlp", "actors", "times", "places"]


def test_french_entity_labels_are_renamed_to_the_stages_labels(minister: ArticleResult) -> None:
    labels = {e.text: e.label for e in minister.entities}
    assert labels["Paris"] == "GPE" and labels["Emmanuel Macron"] == "PERSON"


def test_actors_get_role_and_country_from_french_words(minister: ArticleResult) -> None:
    codes = _codes(minister)
    assert codes["La police française"] == "FRACOP"  # role noun + adjective of nationality after it
    assert codes["Les autorités allemandes"] == "DEUGOV"
    assert codes["manifestants"] == "FRAOPP"  # the country of its clause
    assert codes["Emmanuel Macron"] == "FRAGOV"  # "le président": a title, the article's country


def test_times_are_normalised_from_french_calendar_words(minister: ArticleResult) -> None:
    values = {t.text: t.value for t in minister.times}
    assert values == {"lundi": "2026-03-02", "hier": "2026-03-04", "3 mars 2026": "2026-03-03"}


def test_weekday_modifiers_after_the_day_and_french_ordinals(abroad: ArticleResult) -> None:
    values = {t.text: t.value for t in abroad.times}
    assert values["lundi dernier"] == "2026-03-02"
    assert values["mardi prochain"] == "2026-03-10"
    assert values["1er mars"] == "2026-03-01"


def test_places_after_french_locative_prepositions(minister: ArticleResult) -> None:
    places = {(p.text, p.country, p.kind) for p in minister.places}
    assert {("Paris", "FRA", "city"), ("Lyon", "FRA", "city"), ("Marseille", "FRA", "city")} <= places


def test_french_names_of_countries_and_cities(abroad: ArticleResult) -> None:
    places = {p.text: p.country for p in abroad.places}
    assert places["Allemagne"] == "DEU"  # country_aliases.tsv
    assert places["Bruxelles"] == "BEL"  # gazetteer.tsv: GeoNames knows Brussels
    codes = _codes(abroad)
    assert codes["soldats marocains"] == "MARMIL" and codes["Le gouvernement belge"] == "BELGOV"


def test_an_english_article_is_not_read_by_the_french_run() -> None:
    result = process_text("Police arrested twenty protesters in Kabul on Monday, officials said. The "
                          "government condemned the violence and promised an inquiry.", config=FRENCH)
    assert result.stages == ["extract"]
    assert result.article.notes == ["language en: not sent through the French NLP stages"]


PRONOUNS = """Les syndicats reçus à Bruxelles

La ministre belge Sophie Wilmès est arrivée mardi à Bruxelles. Elle a rencontré les dirigeants syndicaux \
pendant deux heures. Il faut agir vite, a déclaré un délégué. Sophie Wilmès a présenté une réforme des \
retraites. Selon les syndicats, elle menace les salariés.
"""


@pytest.fixture(scope="module")
def pronouns() -> ArticleResult:
    return process_text(PRONOUNS, published="2026-03-05", config=FRENCH)


def _mentions(result: ArticleResult, name: str) -> list[tuple[str, str]]:
    actor = next(a for a in result.actors if any(m.text == name for m in a.mentions))
    return [(m.text, m.resolved_by) for m in actor.mentions]


def test_french_pronouns_are_tied_to_the_person_named_before(minister: ArticleResult,
                                                            pronouns: ArticleResult) -> None:
    # data/fr/actors/grammar.yaml: "il" is a male pronoun, "elle" a female one
    assert ("il", "pronoun") in _mentions(minister, "Emmanuel Macron")
    assert ("Elle", "pronoun") in _mentions(pronouns, "Sophie Wilmès")
    assert not any(m.text == "Il" for a in pronouns.actors for m in a.mentions)  # "il faut": an empty subject
    # "elle" after "une réforme": the reform, perhaps (thing_pronouns), so no person is clear
    assert not any(m.text == "elle" for a in pronouns.actors for m in a.mentions)


def test_a_government_noun_with_its_nationality_after_it_is_the_country(minister: ArticleResult,
                                                                        abroad: ArticleResult) -> None:
    # grammar.yaml's government_nouns, read without the adjective after it: "le gouvernement belge" acts as
    # Belgium does, as "the Belgian government" does in English
    kinds = {m.text: a.kind for result in (minister, abroad) for a in result.actors for m in a.mentions}
    assert kinds["Le gouvernement belge"] == "country" and kinds["Les autorités allemandes"] == "country"
    assert kinds["La police française"] == "organization"
