"""Users' people for the actor knowledge base, from a CSV table or a Wikidata JSON export.

:func:`import_people` reads the file and returns entries of the ``people`` section of an actor YAML file (the
shape docs/actors.md describes), ready for ``newsevents extract --actors FILE``. Rows of the same person merge
into one entry with one term per row. Countries may be written as ISO3 codes or as names the KB knows
("Armenia"); dates as ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or Wikidata's ``2018-05-08T00:00:00Z``.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

from ..errors import Errors, KnowledgeBaseError
from .kb import KnowledgeBase
from .kb_entries import parse_term

# column names accepted for each field, first match wins (Wikidata query variables included)
_FIELDS = {
    "name": ("name", "personLabel", "itemLabel", "holderLabel", "label"),
    "qid": ("qid", "person", "item", "holder", "wikidata"),
    "country": ("country", "iso3", "countryLabel", "country_iso3"),
    "role": ("role", "office", "position", "positionLabel", "officeLabel", "title"),
    "start": ("start", "startTime", "start_date", "from"),
    "end": ("end", "endTime", "end_date", "to"),
    "code": ("code", "cameo", "cameo_code"),
    "aliases": ("aliases", "altLabel", "also_known_as"),
    "gender": ("gender", "genderLabel", "sex"),
}
_QID = re.compile(r"Q\d+$")
_DATE = re.compile(r"^-?(\d{4})(?:-(\d\d))?(?:-(\d\d))?")


def _value(row: dict[str, Any], field: str) -> str:
    for key in _FIELDS[field]:
        value = row.get(key)
        if isinstance(value, dict):  # the SPARQL results format: {"type": ..., "value": ...}
            value = value.get("value")
        if value not in (None, ""):
            return str(value).strip()
    return ""


def _date(text: str) -> str:
    """A date as the KB writes it (``2018-05-08``), the time part of a Wikidata value dropped."""
    match = _DATE.match(text)
    if not match:
        return ""
    return "-".join(p for p in match.groups() if p)


def _country(text: str, kb: KnowledgeBase, source: str) -> str | None:
    if not text:
        return None
    if text.upper() in kb.countries:
        return text.upper()
    iso3 = kb.country_names.get(text) or kb.demonyms.get(text)
    if iso3 is None:
        raise KnowledgeBaseError(Errors.E401.format(text=text), source=source)
    return iso3


def _gender(text: str) -> str | None:
    lower = text.lower()
    if lower in ("female", "f", "woman", "q6581072"):
        return "female"
    if lower in ("male", "m", "man", "q6581097"):
        return "male"
    return None


def read_rows(path: Path) -> list[dict[str, Any]]:
    """The rows of a CSV file (a header line first) or of a Wikidata JSON export (the query service's SPARQL
    results, ``{"results": {"bindings": [...]}}``, or its plain list of objects)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as err:
        raise KnowledgeBaseError(Errors.E402.format(err=err), source=str(path)) from err
    if path.suffix.lower() == ".json" or text.lstrip()[:1] in ("{", "["):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as err:
            raise KnowledgeBaseError(Errors.E403.format(err=err), source=str(path)) from err
        rows = data.get("results", {}).get("bindings") if isinstance(data, dict) else data
        if not isinstance(rows, list):
            raise KnowledgeBaseError(Errors.E404, source=str(path))
        return [r for r in rows if isinstance(r, dict)]
    dialect = csv.Sniffer().sniff(text[:2048], delimiters=",;\t") if text.strip() else csv.excel
    return list(csv.DictReader(text.splitlines(), dialect=dialect))


def import_people(path: Path | str, kb: KnowledgeBase, default_country: str | None = None) -> list[dict[str, Any]]:
    """People entries (name, country, qid, aliases, gender, terms) from a CSV or Wikidata JSON file.

    Raises:
        KnowledgeBaseError: the file cannot be read, a row has no name, a country is unknown or a term is
        malformed (each message names the row).
    """
    path = Path(path)
    people: dict[str, dict[str, Any]] = {}
    for n, row in enumerate(read_rows(path), start=2):
        source = f"{path}:{n}"
        name = _value(row, "name")
        if not name or _QID.match(name):  # a Wikidata label missing in the export comes back as its QID
            raise KnowledgeBaseError(Errors.E405.format(row=row), source=source)
        country = _country(_value(row, "country"), kb, source) or default_country
        entry = people.setdefault(name, {"name": name})
        if country:
            entry.setdefault("country", country)
        qid = _value(row, "qid").rsplit("/", 1)[-1]
        if _QID.match(qid):
            entry.setdefault("qid", qid)
        aliases = [a.strip() for a in re.split(r"[|;]", _value(row, "aliases")) if a.strip()]
        if aliases:
            entry["aliases"] = list(dict.fromkeys([*entry.get("aliases", []), *aliases]))
        gender = _gender(_value(row, "gender").rsplit("/", 1)[-1])
        if gender:
            entry["gender"] = gender
        role = _value(row, "role")
        if role:
            term = f"{role} {_date(_value(row, 'start'))}..{_date(_value(row, 'end'))}"
            code = _value(row, "code").upper()
            term = f"{term} {code}" if code else term
            parse_term(term, entry.get("country"), source)  # reject a malformed term here, with its row
            if term not in entry.setdefault("terms", []):
                entry["terms"].append(term)
    return list(people.values())
