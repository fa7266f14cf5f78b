from __future__ import annotations

import pytest
from django.core.cache import cache
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def fresh_throttle_counts():
    """Throttle counters live in the cache; user ids repeat between tests on SQLite."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def client_for(db):
    """client_for(user) -> an APIClient sending `Authorization: Token ...` for that user."""

    def make(user=None) -> APIClient:
        client = APIClient()
        if user is not None:
            token, _ = Token.objects.get_or_create(user=user)
            client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
        return client

    return make


@pytest.fixture
def as_reviewer(client_for, reviewer):
    return client_for(reviewer)


@pytest.fixture
def as_editor(client_for, editor):
    return client_for(editor)


@pytest.fixture
def as_nobody(client_for):
    """Authenticated, but with no workflow role."""
    return client_for(UserFactory(username="no-role"))


@pytest.fixture
def anonymous():
    return APIClient()
