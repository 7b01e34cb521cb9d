"""Fixtures of the API and dashboard tests: a small database written through Store.write_result.

The articles are hand-made ArticleResults (no spaCy), with offsets that really point into their
texts, so evidence highlighting is tested against real offsets. One article carries markup in its
title, text, actor name and quote, to prove the dashboard shows it as text.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from newsevents.model import Actor, Article, ArticleResult, Count, Event, Mention, Quote, content_id
from newsevents.store import Store

with warnings.catch_warnings():
    # Starlette prefers the httpx2 package for its TestClient and says so once, at import (a
    # StarletteDeprecationWarning, a UserWarning); httpx works and is what we pin. Only that warning is hidden.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`", module="fastapi.testclient")
    from fastapi.testclient import TestClient  # also imported from here by the tests

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
HOSTILE = '<script>window.__pwned = 1</script><img src=x id="injected" onerror="window.__pwned = 2">'


def _actor(article_id: str, aid: str, name: str, code: str, kind: str, country: str, text: str,
           role: str | None = None) -> Actor:
    mentions = []
    pos = text.find(name)
    while pos >= 0:
        mentions.append(Mention(text=name, start=pos, end=pos + len(name)))
        pos = text.find(name, pos + 1)
    return Actor(id=aid, article_id=article_id, name=name, kind=kind, role=role, country=country, code=code,
                 mentions=mentions)


def _event(article_id: str, eid: str, text: str, trigger: str, cameo: str, src: Actor, tgt: Actor | None,
           date: str, **kw: object) -> Event:
    t0 = text.index(trigger)
    s0 = text.rfind("\n", 0, t0) + 1
    s1 = text.find("\n", t0)
    s1 = len(text) if s1 < 0 else s1
    quad = {"04": 1, "05": 1, "06": 2, "07": 2, "11": 3, "12": 3, "13": 3, "18": 4, "19": 4, "14": 3}[cameo[:2]]
    gold = {1: 3.5, 2: 7.0, 3: -2.0, 4: -9.5}[quad]
    return Event(id=eid, article_id=article_id, cameo=cameo, source_actor=src.id, source_code=src.code,
                 source_name=src.name, target_actor=tgt.id if tgt else None, target_code=tgt.code if tgt else None,
                 target_name=tgt.name if tgt else None, date=date, goldstein=gold, quad_class=quad,
                 sentence=text[s0:s1], sentence_start=s0, sentence_end=s1, trigger=trigger, trigger_start=t0,
                 trigger_end=t0 + len(trigger), rule=f"test.{cameo}", confidence=0.8, **kw)  # type: ignore[arg-type]


def call_article(day: str, site: str) -> ArticleResult:
    """Putin and Erdogan talk; Russia criticises Ukraine; one quote."""
    text = (f"Putin calls Erdogan ({day}, {site})\n"
            "Vladimir Putin held a telephone conversation with Recep Tayyip Erdogan on Monday.\n"
            "Vladimir Putin criticized Volodymyr Zelensky over the strikes.\n"
            "\"We are ready to help,\" Vladimir Putin said.")
    aid = content_id(text)
    put = _actor(aid, "A1", "Vladimir Putin", "RUSGOV", "person", "RUS", text, role="President of Russia")
    erd = _actor(aid, "A2", "Recep Tayyip Erdogan", "TURGOV", "person", "TUR", text, role="President of Turkey")
    zel = _actor(aid, "A3", "Volodymyr Zelensky", "UKRGOV", "person", "UKR", text, role="President of Ukraine")
    events = [_event(aid, "E1", text, "telephone conversation", "040", put, erd, day, plover="CONSULT"),
              _event(aid, "E2", text, "criticized", "111", put, zel, day, plover="ACCUSE")]
    q0 = text.index('"We')
    quote = Quote(id="Q1", article_id=aid, text="We are ready to help,", start=q0 + 1, end=q0 + 22, kind="direct",
                  speaker_actor="A1", speaker_name="Vladimir Putin", speaker_code="RUSGOV", cue="said")
    return ArticleResult(article=Article(id=aid, text=text, title=text.split("\n")[0], published=day, site=site,
                                         url=f"https://{site}/{day}", language="en"),
                         actors=[put, erd, zel], events=events, quotes=[quote], stages=["test"])


def attack_article(day: str, site: str, killed: int) -> ArticleResult:
    """An attack in Maiduguri with a death toll, attached to the event."""
    text = (f"Attack in Maiduguri ({site})\n"
            f"Boko Haram fighters attacked a market in Maiduguri, killing {killed} people, officials said.")
    aid = content_id(text)
    bh = _actor(aid, "A1", "Boko Haram", "NGAREB", "group", "NGA", text)
    civ = Actor(id="A2", article_id=aid, name="civilians", kind="group", country="NGA", code="NGACIV")
    ev = _event(aid, "E1", text, "attacked", "190", bh, civ, day, plover="ASSAULT", place="Maiduguri",
                place_country="NGA")
    c0 = text.index(f"killing {killed}")
    count = Count(id="C1", article_id=aid, what="killed", value=killed, bound="exact",
                  evidence=f"killing {killed} people", start=c0, end=c0 + len(f"killing {killed} people"),
                  about="people", about_country="NGA", event_id="E1")
    return ArticleResult(article=Article(id=aid, text=text, title=text.split("\n")[0], published=day, site=site,
                                         language="en"),
                         actors=[bh, civ], events=[ev], counts=[count], stages=["test"])


def hostile_article() -> ArticleResult:
    """Markup everywhere the dashboard shows data: title, text, actor name, quote, event sentence."""
    text = (f"Breaking {HOSTILE}\nThe <b>Mayor</b> {HOSTILE} met the Governor in Springfield.\n"
            f"\"{HOSTILE}\" the Governor said.")
    aid = content_id(text)
    mayor = _actor(aid, "A1", f"Mayor {HOSTILE}", "USAGOV", "person", "USA", text)
    gov = _actor(aid, "A2", "Governor", "USAGOV", "person", "USA", text)
    ev = _event(aid, "E1", text, "met", "043", mayor, gov, "2024-02-01", plover="CONSULT")
    q0 = text.index(f'"{HOSTILE}"') + 1
    quote = Quote(id="Q1", article_id=aid, text=HOSTILE, start=q0, end=q0 + len(HOSTILE), speaker_actor="A2",
                  speaker_name="Governor", speaker_code="USAGOV")
    return ArticleResult(article=Article(id=aid, text=text, title=f"Breaking {HOSTILE}", published="2024-02-01",
                                         site="example.org", url="javascript:alert(1)", language="en"),
                         actors=[mayor, gov], events=[ev], quotes=[quote], stages=["test"])


def build_db(path: Path) -> list[ArticleResult]:
    """Write the test articles into a fresh database at ``path``; returns what was written."""
    results = [call_article(f"2024-01-0{d}", site) for d, site in ((1, "news.example"), (2, "wire.example"),
                                                                     (3, "news.example"))]
    results += [attack_article(f"2024-01-0{d}", site, k) for d, site, k in ((2, "wire.example", 12),
                                                                              (3, "news.example", 30),
                                                                              (4, "wire.example", 41))]
    results.append(hostile_article())
    with Store(path) as store:
        for result in results:
            store.write_result(result)
    return results


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    """A fresh database of the hand-built articles, for tests that write to it."""
    path = tmp_path / "serve.db"
    build_db(path)
    return path


@pytest.fixture(scope="session")
def api_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[ArticleResult]]:
    """A database of seven hand-made articles (three calls, three attacks, one hostile)."""
    path = tmp_path_factory.mktemp("serve") / "events.db"
    return path, build_db(path)


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory, nlp: object) -> Path:
    """A database built by a real ingest of examples/corpus (the pipeline in this process): what a
    user sees after the README's first commands, so the README's screenshots are made from it."""
    from newsevents.engines import ingest

    path = tmp_path_factory.mktemp("corpus") / "events.db"
    with Store(path) as store:
        summary = ingest([str(CORPUS)], store, workers=1)
    assert not summary.errors, summary.errors
    return path


@pytest.fixture(scope="session")
def client(api_db: tuple[Path, list[ArticleResult]]) -> TestClient:
    """A TestClient over the read-only API of ``api_db`` (no token: writes refused)."""
    from newsevents.serve import create_app

    return TestClient(create_app(api_db[0], token=""), base_url="http://localhost")


def history_article() -> ArticleResult:
    """A toll from centuries ago beside a current one: the old figure is flagged historical."""
    text = ("Plague memorial opens (history.example)\n"
            "The plague killed 5000 people in the city centuries ago; the museum opened on Friday.")
    aid = content_id(text)
    c0 = text.index("killed 5000")
    old = Count(id="C1", article_id=aid, what="killed", value=5000, bound="exact", evidence="killed 5000 people",
                start=c0, end=c0 + len("killed 5000 people"), about="people", about_country="NGA",
                status="historical")
    return ArticleResult(article=Article(id=aid, text=text, title=text.split("\n")[0], published="2024-01-04",
                                         site="history.example", language="en"), counts=[old], stages=["test"])


def build_merged_db(path: Path) -> list[ArticleResult]:
    """:func:`build_db`, plus a second outlet's report of the 2024-01-01 call (the same two events, so
    they merge) and a historical count, then the aggregate stage (stories, merged events)."""
    from newsevents.aggregate import update

    results = build_db(path)
    extra = [call_article("2024-01-01", "other.example"), history_article()]
    with Store(path) as store:
        for result in extra:
            store.write_result(result)
        update(store)
    return results + extra


@pytest.fixture(scope="session")
def merged_client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    """A TestClient over :func:`build_merged_db` (read-only API)."""
    from newsevents.serve import create_app

    path = tmp_path_factory.mktemp("merged") / "events.db"
    build_merged_db(path)
    return TestClient(create_app(path, token=""), base_url="http://localhost")
