"""Actor resolution on sentences, one table per resolution path, and on the example article."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.actors import actors_at, resolve_actors
from newsevents.model import Actor, Article

pytestmark = pytest.mark.slow


def _resolve(nlp, text: str, published: str | None = "2023-10-16", extra: tuple[Path, ...] = ()) -> list[Actor]:
    article = Article(id="t", text=text, published=published)
    actors = resolve_actors(nlp(text), article, extra)
    for actor in actors:  # every mention points at its exact words
        for m in actor.mentions:
            assert text[m.start:m.end] == m.text
    return actors


def _by_mention(actors: list[Actor], text: str) -> Actor:
    found = [a for a in actors if any(m.text == text for m in a.mentions)]
    assert found, f"no actor mentioned as {text!r} in {[(a.name, [m.text for m in a.mentions]) for a in actors]}"
    return found[0]


@pytest.mark.parametrize("text, mention, exp", [
    ("Russian President Vladimir Putin met reporters.", "Vladimir Putin", ("President", "RUS", "RUSGOV", "title")),
    ("Israeli Prime Minister Benjamin Netanyahu spoke.", "Benjamin Netanyahu",
     ("Prime Minister", "ISR", "ISRGOV", "title")),
    ("Jordanian Foreign Minister Ali Hamdan rejected the plan.", "Ali Hamdan",
     ("Foreign Minister", "JOR", "JORGOV", "title")),
    ("Taliban spokesman Qari Yusuf denied the report.", "Qari Yusuf", ("Spokesman", "AFG", "AFGREB", "title")),
])
def test_title_before_name(nlp, text, mention, exp):
    actor = _by_mention(_resolve(nlp, text, "2019-11-20"), mention)
    m = next(m for m in actor.mentions if m.text == mention)
    assert (actor.role, actor.country, actor.code, m.resolved_by) == exp


@pytest.mark.parametrize("text, mention, exp", [
    ("Ahmad Lawan, the Senate leader, said the bill would pass.", "Ahmad Lawan", ("NGA", "NGALEG")),
    ("Samuel Okafor, Kenya's foreign minister, said talks would resume.", "Samuel Okafor", ("KEN", "KENGOV")),
])
def test_apposition(nlp, text, mention, exp):
    actor = _by_mention(_resolve(nlp, text, "2020-06-01"), mention)
    assert (actor.country, actor.code) == exp
    assert "apposition" in {m.resolved_by for m in actor.mentions} or actor.role


def test_respectively_gives_each_name_its_country(nlp):
    text = ("Putin spoke with the presidents of Syria and Iran, Bashar al-Assad and Ebrahim Raisi, "
            "respectively, about the war.")
    actors = _resolve(nlp, text)
    assad, raisi = _by_mention(actors, "Bashar al-Assad"), _by_mention(actors, "Ebrahim Raisi")
    assert (assad.country, assad.code, raisi.country, raisi.code) == ("SYR", "SYRGOV", "IRN", "IRNGOV")
    assert {"presidents", "Syria"} <= {m.text for m in assad.mentions}
    assert {"presidents", "Iran"} <= {m.text for m in raisi.mentions}
    assert "respectively" in assad.resolved_by


@pytest.mark.parametrize("text, mention, exp", [
    ("Iranian security forces fired on the crowd.", "Iranian security forces", "IRNMIL"),
    ("The Israeli government announced a state of war.", "The Israeli government", "ISRGOV"),
    ("Palestinian protesters gathered at the gate.", "Palestinian protesters", "PSEOPP"),
    ("US troops left the base.", "US troops", "USAMIL"),
])
def test_bare_role_phrases(nlp, text, mention, exp):
    assert _by_mention(_resolve(nlp, text), mention).code == exp


def test_presidents_of_a_list_is_one_actor_per_country(nlp):
    actors = _resolve(nlp, "Putin held talks with the presidents of Syria, Iran, Egypt and Palestine.")
    codes = {a.code for a in actors if any(m.text == "presidents" for m in a.mentions)}
    assert codes == {"SYRGOV", "IRNGOV", "EGYGOV", "PSEGOV"}


def test_name_coreference(nlp):
    actors = _resolve(nlp, "Vladimir Putin arrived in Minsk. Later, Putin said the talks went well.")
    putin = _by_mention(actors, "Vladimir Putin")
    assert {m.text for m in putin.mentions} == {"Vladimir Putin", "Putin"}
    assert [a for a in actors if a.kind == "person"] == [putin]


@pytest.mark.parametrize("text, mention, exp", [
    ("The Kremlin said the talks were useful.", "The Kremlin", "RUSGOV"),
    ("Washington imposed new sanctions on Moscow.", "Washington", "USAGOV"),
    ("Washington imposed new sanctions on Moscow.", "Moscow", "RUSGOV"),
    ("The Kremlin statement emphasized the need for a truce.", "The Kremlin statement", "RUSGOV"),
])
def test_metonymy(nlp, text, mention, exp):
    actor = _by_mention(_resolve(nlp, text), mention)
    assert actor.code == exp
    assert next(m for m in actor.mentions if m.text == mention).resolved_by == "metonymy"


def test_capital_as_place_is_not_an_actor(nlp):
    actors = _resolve(nlp, "Protesters marched in Moscow on Sunday.")
    assert not [a for a in actors if any(m.text == "Moscow" for m in a.mentions)]


@pytest.mark.parametrize("published, exp", [("2023-05-01", ("President", "IRNGOV")),
                                            ("2025-03-01", ("former President", "IRNELI"))])
def test_time_bounded_role(nlp, published, exp):
    raisi = _by_mention(_resolve(nlp, "President Raisi said Iran would respond.", published), "Raisi")
    assert (raisi.role, raisi.code) == exp


def test_user_kb_file_adds_an_actor(nlp, tmp_path: Path):
    user = tmp_path / "actors.yaml"
    user.write_text("people:\n  - {name: Zorana Veltic, country: SRB, terms: ['Foreign Minister 2022..']}\n"
                    "organizations:\n  - {name: Blue Crescent Brigade, aliases: [Blue Crescent Brigade], code: SRBREB, "
                    "country: SRB, kind: group}\n", encoding="utf-8")
    text = "Zorana Veltic condemned an attack by the Blue Crescent Brigade."
    actors = _resolve(nlp, text, "2024-02-02", (user,))
    assert _by_mention(actors, "Zorana Veltic").code == "SRBGOV"
    assert _by_mention(actors, "the Blue Crescent Brigade").code == "SRBREB"
    assert not [a for a in _resolve(nlp, text, "2024-02-02") if a.code == "SRBREB"]


def test_ner_corrections(nlp):
    text = ("Putin discussed with Sisi Egypt’s assistance. The IDF responded by launching Operation Iron Swords.")
    actors = _resolve(nlp, text)
    assert _by_mention(actors, "Sisi").kind == "person"
    assert _by_mention(actors, "Egypt").country == "EGY"
    assert not [a for a in actors if any("Operation" in m.text for m in a.mentions)]


def test_actors_at_most_specific_first(nlp):
    text = "Putin held talks with the presidents of Syria and Iran, Bashar al-Assad and Ebrahim Raisi, respectively."
    actors = _resolve(nlp, text)
    start = text.index("presidents")
    hits = actors_at(actors, start, start + len("presidents"))
    assert {a.code for a in hits} == {"SYRGOV", "IRNGOV"}
    assert actors_at(actors, 0, 5)[0].code == "RUSGOV"
    assert actors_at(actors, len(text), len(text)) == []


def test_example_article(nlp, example_article_text):
    actors = _resolve(nlp, example_article_text, "2023-10-16")
    people = {
        "Vladimir Putin": ("President", "RUS", "RUSGOV"), "Bashar al-Assad": ("President", "SYR", "SYRGOV"),
        "Ebrahim Raisi": ("President", "IRN", "IRNGOV"), "Abdelfattah Sisi": ("President", "EGY", "EGYGOV"),
        "Mahmoud Abbas": ("President", "PSE", "PSEGOV"), "Yuri Ushakov": ("Presidential Assistant", "RUS", "RUSGOV"),
        "Benjamin Netanyahu": ("Prime Minister", "ISR", "ISRGOV"),
    }
    for mention, exp in people.items():
        actor = _by_mention(actors, mention)
        assert (actor.role, actor.country, actor.code) == exp, mention
    putin = _by_mention(actors, "Vladimir Putin")
    assert _by_mention(actors, "Putin") is putin
    assert _by_mention(actors, "Sisi") is _by_mention(actors, "Abdelfattah Sisi")
    for mention in ("Kremlin press service", "the Kremlin", "the Kremlin statement"):
        assert _by_mention(actors, mention).code == "RUSGOV"
    assert _by_mention(actors, "the UN Security Council").code == "IGOUNO"
    assert _by_mention(actors, "IDF").code == "ISRMIL"
    hamas = _by_mention(actors, "the Palestinian group Hamas")
    assert (hamas.country, hamas.code[3:6]) == ("PSE", "REB")
    assert not [a for a in actors if any("Iron Swords" in m.text for m in a.mentions)]


def test_mentions_of_different_actors_do_not_overlap_except_role_lists(nlp, example_article_text):
    actors = _resolve(nlp, example_article_text, "2023-10-16")
    spans = [(m.start, m.end, a.id, m.resolved_by) for a in actors for m in a.mentions]
    for s1, e1, a1, how1 in spans:
        for s2, e2, a2, how2 in spans:
            if a1 != a2 and s1 < e2 and s2 < e1:
                assert "role_phrase" in (how1, how2), (s1, e1, s2, e2)


@pytest.mark.parametrize("text, mention, codes", [
    ("Armenian and Azerbaijani troops exchanged fire along the border on Tuesday.", "Armenian and Azerbaijani troops",
     {"ARMMIL", "AZEMIL"}),
    ("Spain, Italy and Portugal urged Morocco on Monday to reopen the border.", None, {"ESP", "ITA", "PRT", "MAR"}),
])
def test_coordinated_lists_give_one_actor_per_country(nlp, text, mention, codes):
    actors = _resolve(nlp, text, "2022-09-13")
    held = [a for a in actors if mention is None or any(m.text == mention for m in a.mentions)]
    assert {a.code for a in held} == codes


def test_a_headline_organisation_ends_at_its_role_noun(nlp):
    """spaCy may run a title-case headline's organisation on into the verb after it; the name ends at its role
    noun there (the body's "Court of Appeal" keeps its "of")."""
    from spacy.tokens import Span

    from newsevents.actors.kb import load_kb
    from newsevents.actors.mentions import NamedSpan
    from newsevents.actors.organizations import trim_headline_orgs as _trim_headline_orgs

    doc = nlp("Omani Court Jails Five Bloggers\n\nThe Court of Appeal in Muscat upheld the verdict.")
    long_org = NamedSpan(Span(doc, 0, 4, label="ORG"), "NER_ORG")
    body_start = next(t.i for t in doc if t.text == "Court" and t.i > 4)
    body_org = NamedSpan(Span(doc, body_start, body_start + 3, label="ORG"), "NER_ORG")
    _trim_headline_orgs(doc, load_kb(), [long_org, body_org])
    assert long_org.span.text == "Omani Court"
    assert body_org.span.text == "Court of Appeal"
