"""The re-check due scan at newsroom-archive scale, against the plainest SQL that does the job.

On PostgreSQL: 1 000 000 published claims (1 000 articles, one approved verdict each, 100
reviewers), of which 100 000 are due. Three fresh copies of the same data (CREATE DATABASE
... TEMPLATE), one per measurement:

- scan: `claims_flag_due_rechecks()`, the service the scheduled task runs (set-based flag
  + history in chunks of RECHECK_SCAN_CHUNK_SIZE, webhook outbox lookup, then one e-mail
  per reviewer, built from one query per chunk; e-mails go to the in-memory backend);
- flag only: `workflow.recheck_in_bulk(due_at=now)`, the flagging part alone;
- baseline: one raw `UPDATE` of the same rows and one `INSERT ... SELECT` of their history,
  in one transaction.

Prints wall time, queries, and the ratios to the baseline (target: within 3x, query
count proportional to chunks of >= 5 000 claims, not to claims).

    .venv/bin/python bench/rechecks.py [--claims 1000000] [--due 100000]

BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) says which server;
the databases factdesk_bench_rechecks* on it are dropped and created.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

SERVER = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres")
NAME = "factdesk_bench_rechecks"
COPIES = {"scan": f"{NAME}_scan", "flag": f"{NAME}_flag", "baseline": f"{NAME}_baseline"}


def url_for(database: str) -> str:
    return urlunsplit(urlsplit(SERVER)._replace(path=f"/{database}"))


# Django is set up on the template database first (migrations, data), then re-pointed.
os.environ["DATABASE_URL"] = url_for(NAME)
os.environ.setdefault("DEBUG", "true")
os.environ.setdefault("SECRET_KEY", "bench-only")
os.environ["EMAIL_BACKEND"] = "django.core.mail.backends.locmem.EmailBackend"
os.environ["DJANGO_SETTINGS_MODULE"] = "factdesk.settings"
os.environ["CELERY_TASK_ALWAYS_EAGER"] = "true"

import django  # noqa: E402 (needs the environment above)
import psycopg  # noqa: E402


def admin_sql(*statements: str) -> None:
    with psycopg.connect(SERVER.replace("postgres://", "postgresql://", 1), autocommit=True) as c:
        for statement in statements:
            c.execute(statement)


def generate(claims: int, due: int) -> None:
    """Fill the template database with generate_series (seconds, not minutes)."""
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    per_article = 1000
    articles = (claims + per_article - 1) // per_article
    every = claims // due  # every n-th claim is due: spread over the table, as in life
    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO auth_user (password, is_superuser, username, first_name, last_name,
                email, is_staff, is_active, date_joined)
            SELECT '!', false, 'reviewer' || i, '', '', 'reviewer' || i || '@bench.example',
                true, true, now()
            FROM generate_series(1, 100) AS i
            """
        )
        cursor.execute("SELECT min(id) FROM auth_user")
        first_user = cursor.fetchone()[0]
        cursor.execute(
            """
            INSERT INTO claims_article (title, body, url, language, published_at, ingested_at,
                content_hash)
            SELECT 'Article ' || i, 'Body ' || i, NULL, 'sv', now(), now(),
                md5('a' || i) || md5(i::text)
            FROM generate_series(1, %s) AS i
            """,
            [articles],
        )
        cursor.execute("SELECT min(id) FROM claims_article")
        first_article = cursor.fetchone()[0]
        cursor.execute(
            """
            INSERT INTO claims_claim (article_id, text, start, "end", speaker, type,
                checkworthiness, quantities, status, priority, next_recheck_at, version,
                edited, created_at, updated_at)
            SELECT %(first)s + (i - 1) / %(per)s,
                'Arbetslösheten var ' || i || ' procent', ((i - 1) %% %(per)s) * 100,
                ((i - 1) %% %(per)s) * 100 + 50, '', 'quantity', 0.5, '[]'::jsonb,
                'published', 1,
                CASE WHEN i %% %(every)s = 0 THEN now() - interval '1 day'
                     ELSE now() + interval '30 days' END,
                3, false, now(), now()
            FROM generate_series(1, %(claims)s) AS i
            """,
            {"first": first_article, "per": per_article, "every": every, "claims": claims},
        )
        cursor.execute(
            """
            INSERT INTO claims_verdict (claim_id, reviewer_id, rating, summary, created_at,
                approved_by_id, approved_at, is_current)
            SELECT id, %(first)s + (id / 10) %% 100, 'mostly_true', '', now(), %(first)s,
                now(), true
            FROM claims_claim
            """,
            {"first": first_user},
        )
    with psycopg.connect(url_for(NAME).replace("postgres://", "postgresql://", 1),
                         autocommit=True) as c:  # fmt: skip
        c.execute("VACUUM ANALYZE")


def use(database: str) -> None:
    """Point Django's default connection at another database."""
    from django.db import connection

    connection.close()
    connection.settings_dict["NAME"] = database


def measure(label: str, work) -> tuple[float, int, object]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        result = work()
        elapsed = time.perf_counter() - started
    return elapsed, len(queries.captured_queries), result


def baseline(due_at) -> int:
    from django.db import connection, transaction

    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            """
            UPDATE claims_claim SET status = 'recheck_due', version = version + 1,
                updated_at = now(), next_recheck_at = NULL
            WHERE status = 'published' AND next_recheck_at <= %s
            RETURNING id
            """,
            [due_at],
        )
        flagged = cursor.rowcount
        cursor.execute(
            """
            INSERT INTO claims_statuschange (claim_id, from_status, to_status, actor_id, at,
                note, via)
            SELECT id, 'published', 'recheck_due', NULL, now(), '', 'system'
            FROM claims_claim WHERE status = 'recheck_due'
            """
        )
    return flagged


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--due", type=int, default=100_000)
    args = parser.parse_args()

    admin_sql(*[f"DROP DATABASE IF EXISTS {db}" for db in [*COPIES.values(), NAME]])
    admin_sql(f"CREATE DATABASE {NAME}")
    django.setup()
    from django.conf import settings
    from django.core import mail
    from django.db import connection
    from django.utils import timezone

    from claims import workflow
    from claims.recheck import claims_flag_due_rechecks

    started = time.perf_counter()
    generate(args.claims, args.due)
    connection.close()
    print(f"data: {args.claims:,} published claims, {args.due:,} due, one approved verdict "
          f"each, 100 reviewers ({time.perf_counter() - started:.1f} s to generate)")  # fmt: skip
    admin_sql(*[f"CREATE DATABASE {db} TEMPLATE {NAME}" for db in COPIES.values()])

    now = timezone.now()
    results = {}
    use(COPIES["baseline"])
    results["baseline"] = measure("baseline", lambda: baseline(now))
    use(COPIES["flag"])
    results["flag"] = measure(
        "flag",
        lambda: len(
            workflow.recheck_in_bulk(due_at=now, chunk_size=settings.RECHECK_SCAN_CHUNK_SIZE)
        ),
    )
    use(COPIES["scan"])
    mail.outbox = []
    results["scan"] = measure("scan", lambda: len(claims_flag_due_rechecks(now=now).flagged))
    emails = len(mail.outbox)
    connection.close()

    base_time = results["baseline"][0]
    print(f"chunk size: {settings.RECHECK_SCAN_CHUNK_SIZE:,}")
    print(f"{'':38} {'flagged':>9} {'seconds':>8} {'queries':>8} {'x baseline':>11}")
    rows = [
        ("baseline: UPDATE + INSERT ... SELECT", "baseline"),
        ("flag only: workflow.recheck_in_bulk", "flag"),
        ("scan: claims_flag_due_rechecks", "scan"),
    ]
    for label, key in rows:
        elapsed, queries, flagged = results[key]
        print(
            f"{label:38} {flagged:>9,} {elapsed:>8.2f} {queries:>8} {elapsed / base_time:>10.2f}x"
        )
    print(f"scan e-mails: {emails} (one per reviewer)")
    admin_sql(*[f"DROP DATABASE IF EXISTS {db}" for db in COPIES.values()])


if __name__ == "__main__":
    main()
