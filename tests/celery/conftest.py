from __future__ import annotations

import pytest

from tests.celery.http_server import ScriptedServer


@pytest.fixture
def http_server():
    with ScriptedServer() as server:
        yield server


@pytest.fixture
def loopback_allowed(settings):
    """Outbound requests may reach 127.0.0.0/8 (our local test servers), nothing else private."""
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]
