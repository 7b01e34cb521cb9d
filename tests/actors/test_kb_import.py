"""`newsevents kb import`: users' people from a CSV table or a Wikidata JSON export (sample files in data/)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from newsevents.actors.kb import load_kb
from newsevents.actors.kb_import import import_people
from newsevents.actors.people import office_on
from newsevents.cli import cli
from newsevents.errors import KnowledgeBaseError

DATA = Path(__file__).parent / "data"


def test_csv_rows_of_one_person_merge_into_dated_terms():
    people = {p["name"]: p for p in import_people(DATA / "kb_sample.csv", load_kb())}
    marta = people["Marta Quellberg"]
    assert marta["country"] == "NOR"  # written as a country name
    assert marta["terms"] == ["Foreign Minister 2019-03..2023-10", "Prime Minister 2023-10-16.."]
    assert marta["aliases"] == ["M. Quellberg"] and marta["gender"] == "female"
    assert people["Osei Danquah-Mensah"]["country"] == "GHA"


def test_wikidata_export_gives_qid_and_dates_without_time():
    (person,) = import_people(DATA / "kb_sample_wikidata.json", load_kb())
    assert person["qid"] == "Q99999901"
    assert person["terms"] == ["Interior Minister 2020-01-07..2024-12-02"]


def test_cli_writes_a_file_the_kb_loads(tmp_path):
    out = tmp_path / "people.yaml"
    runner = CliRunner()
    for sample in ("kb_sample.csv", "kb_sample_wikidata.json"):  # the second run extends the file
        result = runner.invoke(cli, ["kb", "import", str(DATA / sample), "-o", str(out)])
        assert result.exit_code == 0, result.output
    names = [p["name"] for p in yaml.safe_load(out.read_text())["people"]]
    assert names == ["Marta Quellberg", "Osei Danquah-Mensah", "Ilse Varnhagen"]
    kb = load_kb([out])
    term, current = office_on(kb.person("Marta Quellberg").terms, date(2024, 5, 1))
    assert (term.role, term.code, current) == ("Prime Minister", "NORGOV", True)
    assert kb.person("Ilse Varnhagen").country == "AUT"


def test_unknown_country_is_reported_with_its_row(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,country,role,start\nAna Lund,Atlantis,Mayor,2020\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="Atlantis"):
        import_people(bad, load_kb())


@pytest.mark.slow
def test_imported_person_is_linked_in_an_article(nlp, tmp_path):
    from newsevents.actors import resolve_actors
    from newsevents.model import Article

    out = tmp_path / "people.yaml"
    CliRunner().invoke(cli, ["kb", "import", str(DATA / "kb_sample.csv"), "-o", str(out)])
    text = "Talks stall\n\nMarta Quellberg met the visiting delegation in Oslo on Monday."
    actors = resolve_actors(nlp(text), Article(id="t", text=text, published="2024-02-01"), (out,))
    marta = next(a for a in actors if a.name == "Marta Quellberg")
    assert (marta.code, marta.role) == ("NORGOV", "Prime Minister")
