"""Speed of the claims API on PostgreSQL with 100 000 claims, beside a raw SQL + json baseline.

Creates (once) its own database `factdesk_bench` on the server DATABASE_URL points at, fills
it with 1 000 articles, 100 000 claims and 10 000 verdicts by COPY, then measures, in one
run and interleaved:

- the median server time of GET /api/v1/claims/?page_size=100 (token auth, the whole Django
  and DRF stack in-process, no network) at the first cursor page and at a deep page (the
  cursor after 90 000 rows), and the queries per request;
- a baseline that reads the same 100 rows with one raw SQL query (the same columns, joins
  and rating subqueries) and serializes them with the standard json module.

Prints the figures and the ratios deep/first and API/baseline (targets: <= 1.5 and <= 5).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/factdesk .venv/bin/python bench/api.py
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

BENCH_DB = "factdesk_bench"
CLAIMS, ARTICLES, VERDICTS = 100_000, 1_000, 10_000
DEEP = 90_000
ROUNDS = 31


def use_bench_database() -> None:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        sys.exit("bench/api.py needs DATABASE_URL=postgres://... (any database on the server)")
    root = url.rsplit("/", 1)[0]
    import psycopg

    with psycopg.connect(f"{root.replace('postgresql://', 'postgres://')}/postgres") as admin:
        admin.autocommit = True
        exists = admin.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [BENCH_DB]
        ).fetchone()
        if not exists:
            admin.execute(f"CREATE DATABASE {BENCH_DB}")
    os.environ["DATABASE_URL"] = f"{root}/{BENCH_DB}"
    # Production-like: DEBUG off (no query log on every cursor), plain HTTP in-process.
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("SECRET_KEY", "bench-only-not-a-secret")
    os.environ["ALLOWED_HOSTS"] = "testserver"
    os.environ["SECURE_SSL_REDIRECT"] = "false"
    os.environ["API_TOKEN_THROTTLE_RATE"] = "1000000/minute"
    os.environ["LOG_LEVEL"] = "WARNING"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factdesk.settings")


def populate() -> None:
    """Articles, claims and verdicts by COPY, once; later runs reuse them."""
    from django.db import connection

    from claims.models import Claim

    if Claim.objects.count() >= CLAIMS:
        return
    print(f"creating {ARTICLES} articles, {CLAIMS} claims, {VERDICTS} verdicts ...", flush=True)
    started = time.perf_counter()
    from django.contrib.auth.models import Group, User

    reviewer = User.objects.create_user("bench-reviewer", is_staff=True)
    reviewer.groups.add(Group.objects.get(name="reviewer"))
    raw = connection.connection
    now = datetime.now(UTC)
    with raw.cursor() as cursor:
        cursor.execute("INSERT INTO sources_outlet (name, url) VALUES ('Bench Times', '')")
        with cursor.copy(
            "COPY claims_article (title, body, url, outlet_id, language, published_at, "
            "ingested_at, content_hash) FROM STDIN"
        ) as copy:
            for n in range(ARTICLES):
                copy.write_row(
                    (f"Article {n}", f"Body of article {n}. " * 40,
                     f"https://bench.example/{n}", 1, "sv" if n % 2 else "en",
                     now - timedelta(days=n), now - timedelta(days=n), f"{n:064x}")
                )  # fmt: skip
        first_article = cursor.execute("SELECT min(id) FROM claims_article").fetchone()[0]
        statuses = ["new", "queued", "in_review", "published", "dismissed"]
        quantities = json.dumps(
            [{"text": "9,1 procent", "value": 9.1, "unit": "percent", "qualifier": "exact"}]
        )
        with cursor.copy(
            'COPY claims_claim (article_id, text, start, "end", speaker, type, '
            "checkworthiness, quantities, status, assignee_id, priority, version, edited, "
            "created_at, updated_at) FROM STDIN"
        ) as copy:
            for n in range(CLAIMS):
                text = f"Arbetslösheten steg till {n % 97},{n % 10} procent i kommun {n}"
                created = now - timedelta(seconds=CLAIMS - n)
                copy.write_row(
                    (first_article + n % ARTICLES, text, n, n + len(text),
                     "Ulf Kristersson" if n % 3 else "", "quantity", (n % 100) / 100,
                     quantities, statuses[n % 5], reviewer.pk if n % 4 == 0 else None,
                     n % 4, 1, False, created, created)
                )  # fmt: skip
        cursor.execute(
            "INSERT INTO claims_verdict (claim_id, reviewer_id, rating, summary, created_at, "
            "approved_by_id, approved_at, is_current) "
            "SELECT id, %s, 'mostly_true', 'Checked.', created_at, %s, created_at, true "
            "FROM claims_claim WHERE status = 'published' ORDER BY id LIMIT %s",
            [reviewer.pk, reviewer.pk, VERDICTS],
        )
        cursor.execute("ANALYZE")
    raw.commit()
    print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)


BASELINE_SQL = """
SELECT c.id, c.article_id, a.url, a.outlet_id, a.language, c.text, c.start, c."end",
       c.sentence_start, c.sentence_end, c.speaker, c.type, c.checkworthiness, c.quantities,
       c.status, c.assignee_id, u.username, c.priority, c.next_recheck_at, c.duplicate_of_id,
       (SELECT v.rating FROM claims_verdict v WHERE v.claim_id = c.id AND v.is_current LIMIT 1),
       (SELECT v.rating FROM claims_verdict v WHERE v.claim_id = c.id
          AND v.approved_at IS NOT NULL ORDER BY v.approved_at DESC, v.id DESC LIMIT 1),
       c.version, c.edited, c.created_at, c.updated_at
FROM claims_claim c
JOIN claims_article a ON a.id = c.article_id
LEFT JOIN auth_user u ON u.id = c.assignee_id
{where}
ORDER BY c.created_at DESC, c.id DESC
LIMIT 100
"""
COLUMNS = [
    "id", "article", "article_url", "outlet", "language", "text", "start", "end",
    "sentence_start", "sentence_end", "speaker", "type", "checkworthiness", "quantities",
    "status", "assignee", "assignee_username", "priority", "next_recheck_at", "duplicate_of",
    "current_rating", "published_rating", "version", "edited", "created_at", "updated_at",
]  # fmt: skip


def baseline(position: tuple[datetime, int] | None) -> str:
    from django.db import connection

    where, params = "", []
    if position is not None:
        where = "WHERE (c.created_at, c.id) < (%s, %s)"
        params = list(position)
    with connection.cursor() as cursor:
        cursor.execute(BASELINE_SQL.format(where=where), params)
        rows = cursor.fetchall()
    return json.dumps(
        {"results": [dict(zip(COLUMNS, row, strict=True)) for row in rows]},
        default=lambda value: value.isoformat(),
    )


def median_ms(action, rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    use_bench_database()
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    populate()

    from django.contrib.auth.models import User
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from rest_framework.authtoken.models import Token

    from claims.api.pagination import _encode, _plain
    from claims.models import Claim

    user = User.objects.get(username="bench-reviewer")
    token, _ = Token.objects.get_or_create(user=user)
    client = Client(HTTP_AUTHORIZATION=f"Token {token.key}")

    after = Claim.objects.order_by("-created_at", "-id").values("created_at", "id")[DEEP - 1]
    deep_cursor = _encode(["-created", _plain(after["created_at"]), after["id"], False])
    urls = {
        "first": "/api/v1/claims/?page_size=100",
        "deep": f"/api/v1/claims/?page_size=100&cursor={deep_cursor}",
    }
    positions = {"first": None, "deep": (after["created_at"], after["id"])}

    def get(url: str):
        response = client.get(url)
        assert response.status_code == 200, response.content[:300]
        return response

    # Same rows on both sides, and a warm-up of both.
    for name, url in urls.items():
        api_ids = [row["id"] for row in get(url).json()["results"]]
        raw_ids = [row["id"] for row in json.loads(baseline(positions[name]))["results"]]
        assert api_ids == raw_ids and len(api_ids) == 100, name

    queries = {}
    for name, url in urls.items():
        with CaptureQueriesContext(connection) as captured:
            get(url)
        queries[name] = len(captured)

    figures: dict[str, list[float]] = {
        key: [] for key in ("api first", "api deep", "raw first", "raw deep")
    }
    for _ in range(3):  # interleaved blocks: the machine is shared and noisy
        figures["api first"].append(median_ms(lambda: get(urls["first"])))
        figures["raw first"].append(median_ms(lambda: baseline(None)))
        figures["api deep"].append(median_ms(lambda: get(urls["deep"])))
        figures["raw deep"].append(median_ms(lambda: baseline(positions["deep"])))
    result = {key: min(values) for key, values in figures.items()}

    print(f"\nclaims: {Claim.objects.count():,}; page: 100 items; "
          f"median of {ROUNDS} requests, best of 3 interleaved blocks")  # fmt: skip
    print(f"  API first page          {result['api first']:7.2f} ms   {queries['first']} queries")
    print(f"  API deep page (>90 000) {result['api deep']:7.2f} ms   {queries['deep']} queries")
    print(f"  raw SQL + json, first   {result['raw first']:7.2f} ms   1 query")
    print(f"  raw SQL + json, deep    {result['raw deep']:7.2f} ms   1 query")
    search = "/api/v1/claims/?page_size=100&q=kommun+4242"
    search_ms = median_ms(lambda: get(search))
    print(f"  API full-text q= (GIN)   {search_ms:7.2f} ms   (PostgreSQL websearch_to_tsquery)")
    print("ratios")
    print(f"  deep / first page (API)     {result['api deep'] / result['api first']:5.2f}  "
          f"(target <= 1.5)")  # fmt: skip
    print(f"  API / raw, first page       {result['api first'] / result['raw first']:5.2f}  "
          f"(target <= 5)")  # fmt: skip
    print(f"  API / raw, deep page        {result['api deep'] / result['raw deep']:5.2f}  "
          f"(target <= 5)")  # fmt: skip
    print(f"  queries first vs deep       {queries['first']} vs {queries['deep']} (constant)")


if __name__ == "__main__":
    main()
