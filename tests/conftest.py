from __future__ import annotations

import os

import pytest
from django.db import connection

from claims.models import Status
from tests.factories import ClaimFactory, EditorFactory, ReviewerFactory, walk_to

REQUIRE_SERVICES = os.environ.get("FACTDESK_REQUIRE_SERVICES", "").lower() in ("1", "true", "yes")


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Users are made by the hundred in tests; real password hashing would dominate the run."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def postgres(db):
    """Tests that need PostgreSQL: skipped on SQLite locally, a failure in CI (.ci/run)."""
    if connection.vendor != "postgresql":
        message = "needs PostgreSQL (DATABASE_URL=postgres://...)"
        if REQUIRE_SERVICES:
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture
def reviewer(db):
    return ReviewerFactory()


@pytest.fixture
def editor(db):
    return EditorFactory()


@pytest.fixture
def claim_in(db, reviewer, editor):
    """claim_in(status) -> a claim brought to `status` through the real workflow."""

    def make(status: str, **fields):
        claim = ClaimFactory(**fields)
        walk_to(claim, status, reviewer=reviewer, editor=editor)
        return claim

    return make


__all__ = ["Status"]


@pytest.fixture
def broker(postgres):
    """Tests with a real Celery worker and broker (tests/celery/test_worker.py).

    Needs CELERY_BROKER_URL pointing at a broker that answers (Redis in .ci/run) and
    PostgreSQL (the worker process shares the test database). Skipped locally without
    them, a failure when FACTDESK_REQUIRE_SERVICES=true. The broker's database is emptied
    first: it must be one used by tests only (db 15 in CI).
    """
    from urllib.parse import urlsplit

    from kombu import Connection

    url = os.environ.get("CELERY_BROKER_URL", "")
    problem = "" if url else "needs a broker (CELERY_BROKER_URL=redis://127.0.0.1:6379/1)"
    if url.startswith("redis") and urlsplit(url).path.strip("/") in ("", "0"):
        # Never empty the Redis database a development setup most likely uses.
        problem = "the broker tests empty the broker's database: give them their own (redis://…/1)"
    elif url:
        try:
            with Connection(url, connect_timeout=3) as conn:
                conn.ensure_connection(max_retries=1)
                if url.startswith("redis"):
                    conn.default_channel.client.flushdb()
        except Exception as error:  # any failure to reach it means: no broker here
            problem = f"the broker at {url} does not answer: {error}"
    if problem:
        if REQUIRE_SERVICES:
            pytest.fail(problem)
        pytest.skip(problem)
    return url
