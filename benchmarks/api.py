"""Time every read endpoint of the REST API on a synthetic database of 100,000 events.

Usage (from the repository root)::

    .venv/bin/python benchmarks/api.py [--events 100000] [--db PATH] [--repeat 7] [--json OUT]

The database is built with the project's own schema (``Store``), then filled with synthetic rows
by bulk inserts: 4 events, 4 actors, 1 quote and 0.3 counts per article, 400 actors drawn from a
Zipf distribution (s = 1: the top actor fills ~15% of actor slots, as a head of state does in news),
dates over two years. The app is created
with :func:`newsevents.serve.create_app` (which adds the API indexes), and each request goes
through the full ASGI stack in process (FastAPI's TestClient: routing, validation, JSON), so the
figures are what a client on the same machine would see minus the socket. Reported: the first
(cold) call and the median of ``--repeat`` further calls, in milliseconds. Target: < 100 ms each.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

from newsevents.serve import create_app
from newsevents.store import Store
from newsevents.store.periods import add_period_columns

COUNTRIES = ["RUS", "UKR", "USA", "CHN", "TUR", "ISR", "PSE", "IRN", "SYR", "NGA", "KEN", "SDN", "FRA", "DEU", "GBR"]
ROLES = ["GOV", "MIL", "REB", "CVL", "OPP", "BUS", "MED", "COP"]
CAMEO = ["010", "020", "036", "040", "042", "043", "046", "051", "057", "061", "071", "080", "090", "111", "112",
         "120", "130", "138", "141", "145", "160", "172", "173", "180", "190", "193", "195", "200"]
PLOVER = {"01": "AGREE", "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE",
          "07": "AID", "08": "RETREAT", "09": "INVESTIGATE", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN",
          "14": "PROTEST", "16": "REDUCE", "17": "COERCE", "18": "ASSAULT", "19": "FIGHT", "20": "MASS_VIOLENCE"}
QUAD = {r: (1 if r <= "05" else 2 if r <= "09" else 3 if r <= "14" else 4) for r in PLOVER}
SITES = [f"site{i}.example" for i in range(40)]


def _actors(rng: random.Random, n: int = 400) -> list[tuple[str, str, str]]:
    return [(f"Actor {i:03d}", rng.choice(COUNTRIES) + rng.choice(ROLES), rng.choice(COUNTRIES)) for i in range(n)]


def _zipf(n: int) -> list[float]:
    """Zipf weights (s = 1) over ``n`` ranks: the top actor is in ~15% of actor slots, as a head-of-state is."""
    return [1 / (rank + 1) for rank in range(n)]


def build(path: Path, n_events: int, seed: int = 7) -> None:
    """Fill a fresh database at ``path`` with ``n_events`` synthetic events and their articles."""
    rng = random.Random(seed)
    pool = _actors(rng)
    weights = _zipf(len(pool))
    n_articles = n_events // 4
    arts, actors, events, quotes, counts = [], [], [], [], []
    for a in range(n_articles):
        aid = f"{a:020x}"
        day = f"{2023 + a * 2 // n_articles}-{1 + a % 12:02d}-{1 + a % 28:02d}"
        text = f"Synthetic article {a}. " * 20
        arts.append((aid, text, f"Synthetic article {a}", f"https://{SITES[a % 40]}/{a}", day, SITES[a % 40], "en"))
        chosen = rng.choices(pool, weights=weights, k=4)
        for k, (name, code, country) in enumerate(chosen):
            actors.append((aid, f"A{k + 1}", name, "person", code, country, json.dumps([{"text": name, "start": 0,
                                                                                           "end": len(name)}])))
        for e in range(4):
            s, t = rng.sample(range(4), 2)
            cameo = rng.choice(CAMEO)
            root = cameo[:2]
            events.append((aid, f"E{e + 1}", cameo, f"A{s + 1}", chosen[s][1], chosen[s][0], f"A{t + 1}",
                           chosen[t][1], chosen[t][0], PLOVER[root], rng.choice(["did"] * 8 + ["intend", "threaten"]),
                           day, f"Place {rng.randrange(200)}", chosen[s][2], rng.uniform(-10, 10), QUAD[root],
                           "Synthetic article sentence.", 0, 27, "sentence", 18, 26, "bench", 0.7))
        quotes.append((aid, "Q1", "We will respond.", 0, 16, "direct", "A1", chosen[0][0], chosen[0][1]))
        if a % 3 == 0:
            counts.append((aid, "C1", rng.choice(["killed", "wounded", "arrested"]), rng.randrange(1, 500), "exact",
                           "killing people", 0, 10, "people", chosen[0][2], "E1"))
    with Store(path) as store:
        c = store.conn
        c.execute("BEGIN")
        c.executemany("INSERT INTO articles(id, text, title, url, published, site, language) VALUES (?,?,?,?,?,?,?)",
                      arts)
        c.executemany("INSERT INTO actors(article_id, id, name, kind, code, country, mentions) VALUES (?,?,?,?,?,?,?)",
                      actors)
        c.executemany("INSERT INTO events(article_id, id, cameo, source_actor, source_code, source_name, target_actor, "
                      "target_code, target_name, plover, mode, date, place, place_country, goldstein, quad_class, "
                      "sentence, sentence_start, sentence_end, trigger, trigger_start, trigger_end, rule, confidence) "
                      "VALUES (" + ",".join("?" * 24) + ")", events)
        c.executemany("INSERT INTO quotes(article_id, id, text, start, end, kind, speaker_actor, speaker_name, "
                      "speaker_code) VALUES (?,?,?,?,?,?,?,?,?)", quotes)
        c.executemany("INSERT INTO counts(article_id, id, what, value, bound, evidence, start, end, about, "
                      "about_country, event_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)", counts)
        add_period_columns(c)  # the typed dates (date_start/date_end/date_precision) a stage would have set
        c.execute("COMMIT")


ENDPOINTS = [
    "/api/summary", "/api/articles", "/api/articles?site=site3.example&since=2024-01", "/api/articles/{article}",
    "/api/actors", "/api/actors?q=Actor 01", "/api/actors?code=RUS", "/api/actors/Actor 000",
    "/api/events", "/api/events?actor=RUS", "/api/events?pair=RUS,UKR", "/api/events?name=Actor 000",
    "/api/events?name=Actor 000&role=target", "/api/events?cameo=19", "/api/events?root=04&since=2024-03-01",
    "/api/events?plover=ASSAULT", "/api/events?mode=threaten", "/api/events?since=2023-06-01&until=2023-06-30",
    "/api/events?country=UKR", "/api/events?place=place 17", "/api/events?offset=50000",
    "/api/events/{article}/E1", "/api/quotes", "/api/quotes?speaker=Actor 000", "/api/counts",
    "/api/counts?what=killed&country=SYR", "/api/stories", "/api/aggregates/timeline",
    "/api/aggregates/timeline?by=root", "/api/aggregates/timeline?actor=RUS", "/api/aggregates/pairs",
    "/api/aggregates/pairs?by=name&limit=60", "/api/aggregates/top-actors", "/api/aggregates/top-actors?by=code",
    "/api/aggregates/counts?what=killed", "/api/aggregates/counts?by=site",
]


def time_endpoints(db: Path, repeat: int) -> list[dict]:
    """Cold and median warm milliseconds per endpoint."""
    with warnings.catch_warnings():  # Starlette's advice to install httpx2 (httpx is what we pin): that one only
        warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`",
                                module="fastapi.testclient")
        from fastapi.testclient import TestClient
    client = TestClient(create_app(db, token=""), base_url="http://localhost")
    article = client.get("/api/articles", params={"limit": 1}).json()["items"][0]["id"]
    out = []
    for url in ENDPOINTS:
        url = url.replace("{article}", article)
        times = []
        for _ in range(repeat + 1):
            t0 = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - t0) * 1000)
            assert response.status_code == 200, (url, response.text)
        body = response.json()
        out.append({"endpoint": url, "cold_ms": round(times[0], 1), "median_ms": round(statistics.median(times[1:]), 1),
                    "total": body.get("total")})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None, help="Reuse or create this database (default: a temp file).")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--json", type=Path, default=None, help="Write the timings here as JSON.")
    args = parser.parse_args(argv)
    tmp = tempfile.TemporaryDirectory()
    db = args.db or Path(tmp.name) / "bench.db"
    if not db.exists():
        t0 = time.perf_counter()
        build(db, args.events)
        print(f"built {db} with {args.events} events in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    rows = time_endpoints(db, args.repeat)
    width = max(len(r["endpoint"]) for r in rows)
    print(f"{'endpoint':{width}}  cold ms  median ms  total")
    for r in rows:
        flag = "" if r["median_ms"] < 100 else "  SLOW"
        print(f"{r['endpoint']:{width}}  {r['cold_ms']:7.1f}  {r['median_ms']:9.1f}  {r['total'] or ''}{flag}")
    worst = max(rows, key=lambda r: r["median_ms"])
    print(f"slowest median: {worst['endpoint']} {worst['median_ms']} ms", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    return 0 if all(r["median_ms"] < 100 for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
