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
