"""Names that stand for a party only in a story of its own country (organizations.yaml ``home_aliases``):
"Congress" in a story of India is the Indian National Congress (INDPTY), in any other story a legislature (the
US Congress). Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.actors import resolve_actors
from newsevents.model import Article

pytestmark = pytest.mark.slow


def _codes(nlp, text: str, mention: str) -> list[str | None]:
    """The codes of the actors one of whose mentions is ``mention``."""
    return [a.code for a in resolve_actors(nlp(text), Article(id="t", text=text, published="2021-03-01"))
            if mention in {m.text for m in a.mentions}]


@pytest.mark.parametrize("text, mention, code", [
    # a story of India (its country named most): the party
    ("India's farm laws divided the country. In Lucknow, Congress accused the Indian government of ignoring "
     "growers.", "Congress", "INDPTY"),
    ("NEW DELHI, India (AP) — Congress walked out of the debate on fuel prices.", "Congress", "INDPTY"),
    # a story of no country of its own whose other listed parties are India's
    ("The Bharatiya Janata Party said Congress had misled voters about the dam.", "Congress", "INDPTY"),
    # a story of no country of its own whose listed people are India's or Britain's
    ("Narendra Modi said Congress had misled the farmers.", "Congress", "INDPTY"),
    ("Keir Starmer said Labour would cut energy bills.", "Labour", "GBRPTY"),
    # the party's title before a name, and its people
    ("India's opposition is split. Indian voters will judge. Congress president Anil Verma resigned on Monday.",
     "Anil Verma", "INDPTY"),
])
def test_congress_in_a_story_of_india_is_the_party(nlp, text, mention, code):
    assert _codes(nlp, text, mention) == [code]


@pytest.mark.parametrize("text, mention", [
    # elsewhere "Congress" stays a legislature
    ("US President Joe Biden urged Congress to pass the spending bill before the holiday.", "Congress"),
    ("Peru's president asked Congress to approve the budget. Peruvian lawmakers refused.", "Congress"),
    # a story of India whose sentence names the country of another listed congress: that congress
    ("India's prime minister flew out. Indian officials said Indian firms would invest. Narendra Modi addressed "
     "a joint meeting of Congress in Washington.", "Congress"),
    # a story of India that names the US Congress in full: "the Congress" after it is that congress
    ("India's prime minister flew out. Indian officials said Indian firms would invest. Narendra Modi thanked "
     "the US Congress. Later the Congress applauded his speech.", "the Congress"),
    # a story naming listed people of two countries: of no one country
    ("Joe Biden and Narendra Modi met. Congress approved the trade pact.", "Congress"),
    # a story of India naming another country's congress as its owner
    ("India's envoy met Indian traders and Indian officials. The United States' Congress passed a visa bill.",
     "Congress"),
])
def test_congress_elsewhere_stays_a_legislature(nlp, text, mention):
    codes = _codes(nlp, text, mention)
    assert "INDPTY" not in codes and all((c or "").endswith("LEG") for c in codes)


@pytest.mark.parametrize("text, mention, code", [
    # names and abbreviations of one party (parties.yaml aliases)
    ("Likud rejected the budget deal on Sunday.", "Likud", "ISRPTY"),
    ("The BJP won the state election by a wide margin.", "The BJP", "INDPTY"),
    ("Fidesz called the ruling a political attack.", "Fidesz", "HUNPTY"),
    ("ZANU-PF denied that its youths had burned the market.", "ZANU-PF", "ZWEPTY"),
    ("The Awami League boycotted the talks with the BNP.", "The Awami League", "BGDPTY"),
    # a typographic apostrophe in the name, and its acronym spelled out after it
    ("The Republican People’s Party (CHP) called a rally. The CHP said the vote was stolen.", "The CHP", "TURPTY"),
    # a shared name or abbreviation: the party of the story's country
    ("Pakistan's election was tense. The PPP said Pakistani voters were turned away in Karachi.", "The PPP",
     "PAKPTY"),
    ("South Korea's election was tense. The PPP said South Korean voters were turned away in Seoul.", "The PPP",
     "KORPTY"),
    ("Turkey's ruling party gathered in Ankara. The Justice and Development Party praised Turkish voters.",
     "The Justice and Development Party", "TURPTY"),
    ("Morocco's ruling party gathered in Rabat. The Justice and Development Party praised Moroccan voters.",
     "The Justice and Development Party", "MARPTY"),
    ("Pakistan's opposition marched on Lahore. Pakistani police detained PTI leaders, the PTI said.", "the PTI",
     "PAKPTY"),
    ("India's ministers met in New Delhi. An Indian official told PTI that the talks would resume.", "PTI", "INDMED"),
    # a movement's years of armed struggle
    ("SWAPO guerrillas attacked a South African base.", "SWAPO", "NAMREB"),
])
def test_a_listed_party_is_its_country_s_party(nlp, text, mention, code):
    published = "1985-06-01" if "guerrillas" in text else "2021-03-01"
    found = [a.code for a in resolve_actors(nlp(text), Article(id="t", text=text, published=published))
             if mention in {m.text for m in a.mentions}]
    assert found == [code]


@pytest.mark.parametrize("text, mention", [
    # a shared abbreviation in a story of another country: no party
    ("Ukraine's army advanced. An APC rolled into the square in Kharkiv, Ukrainian officials said.", "APC"),
    ("Spain's economy grew. Spanish output measured in PPP rose, officials in Madrid said.", "PPP"),
])
def test_a_shared_abbreviation_elsewhere_is_no_party(nlp, text, mention):
    assert not any((c or "").endswith("PTY") for c in _codes(nlp, text, mention))


@pytest.mark.parametrize("text, mention, code", [
    # a party's name before its members' plural: the party (organizations.affiliated_members)
    ("PTI supporters blocked the highway near Lahore, Pakistani police said.", "PTI supporters", "PAKPTY"),
    ("Zanu PF supporters stormed the rally in Harare.", "Zanu PF supporters", "ZWEPTY"),
    # a party word on workers: the party's people, not labour (phrase_cands._party_owner)
    ("Thousands of party workers marched in Lucknow, Indian police said.", "party workers", "INDPTY"),
    ("The party's workers marched in Lucknow, Indian police said.", "The party's workers", "INDPTY"),
    # a party's name before a public office's plural: the office, of the party's country
    ("Likud lawmakers walked out of the debate.", "Likud lawmakers", "ISRLEG"),
    ("BJP leaders accused the Aam Aadmi Party of corruption.", "BJP leaders", "INDPTY"),
])
def test_a_party_s_members_are_the_party(nlp, text, mention, code):
    assert _codes(nlp, text, mention) == [code]


@pytest.mark.parametrize("text, mention, code", [
    # controls: workers of no party stay labour; a company's employees are no party
    ("Thousands of textile workers marched in Dhaka, Bangladeshi police said.", "textile workers", "BGDLAB"),
])
def test_workers_of_no_party_stay_labour(nlp, text, mention, code):
    assert _codes(nlp, text, mention) == [code]


def test_a_shared_name_with_a_typographic_apostrophe_is_the_listed_party(nlp):
    """"People’s Democratic Party" as the articles write it and "PDP" are one listed party, not two actors."""
    text = ("Nigeria's governors met in Abuja. The People’s Democratic Party said Nigerian voters were cheated. "
            "The PDP will go to court, a Nigerian lawyer said.")
    actors = [a for a in resolve_actors(nlp(text), Article(id="t", text=text, published="2021-03-01"))
              if {"The People’s Democratic Party", "The PDP"} & {m.text for m in a.mentions}]
    assert [(a.name, a.code) for a in actors] == [("Peoples Democratic Party (Nigeria)", "NGAPTY")]
