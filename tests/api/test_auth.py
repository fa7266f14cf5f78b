"""Who may call the API: tokens and sessions, roles, the public feed, throttling."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.factories import ClaimFactory, OutletFactory, SourceFactory

pytestmark = pytest.mark.django_db

# Every endpoint that needs a role, with a method that reaches it.
PROTECTED = [
    ("get", "/api/v1/"),
    ("get", "/api/v1/articles/"),
    ("post", "/api/v1/articles/"),
    ("get", "/api/v1/articles/{article}/"),
    ("post", "/api/v1/articles/batch/"),
    ("get", "/api/v1/ingest-jobs/1/"),
    ("get", "/api/v1/claims/"),
    ("get", "/api/v1/claims/{claim}/"),
    ("patch", "/api/v1/claims/{claim}/"),
    ("post", "/api/v1/claims/{claim}/transitions/"),
    ("get", "/api/v1/claims/{claim}/history/"),
    ("get", "/api/v1/claims/{claim}/verdicts/"),
    ("post", "/api/v1/claims/{claim}/verdicts/"),
    ("get", "/api/v1/claims/{claim}/evidence/"),
    ("post", "/api/v1/claims/{claim}/evidence/"),
    ("get", "/api/v1/outlets/"),
    ("post", "/api/v1/outlets/"),
    ("get", "/api/v1/outlets/{outlet}/"),
    ("patch", "/api/v1/outlets/{outlet}/"),
    ("delete", "/api/v1/outlets/{outlet}/"),
    ("get", "/api/v1/sources/"),
    ("post", "/api/v1/sources/"),
    ("get", "/api/v1/sources/{source}/"),
    ("put", "/api/v1/sources/{source}/"),
    ("delete", "/api/v1/sources/{source}/"),
]


@pytest.fixture
def urls():
    claim = ClaimFactory()
    ids = {
        "claim": claim.pk,
        "article": claim.article_id,
        "outlet": OutletFactory().pk,
        "source": SourceFactory().pk,
    }
    return lambda path: path.format(**ids)


@pytest.mark.parametrize(("method", "path"), PROTECTED)
def test_anonymous_requests_get_401_with_a_token_challenge(anonymous, urls, method, path):
    response = getattr(anonymous, method)(urls(path), {}, format="json")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert response.json()["code"] == "not_authenticated"


@pytest.mark.parametrize(("method", "path"), PROTECTED)
def test_users_without_a_workflow_role_get_403(as_nobody, urls, method, path):
    response = getattr(as_nobody, method)(urls(path), {}, format="json")
    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"


def test_a_wrong_token_is_refused_with_401(urls):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token not-a-real-key")
    response = client.get(urls("/api/v1/claims/"))
    assert response.status_code == 401
    assert response.json()["code"] == "authentication_failed"


def test_the_public_claimreview_feed_needs_no_authentication(anonymous):
    assert anonymous.get("/api/v1/claim-reviews/").status_code == 200


def test_a_bad_token_does_not_lock_anyone_out_of_the_public_feed():
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token nonsense")
    assert client.get("/api/v1/claim-reviews/").status_code == 200


def test_drf_create_token_prints_a_key_that_authenticates(reviewer, capsys):
    call_command("drf_create_token", reviewer.username)
    key = capsys.readouterr().out.split()[2]
    assert Token.objects.get(user=reviewer).key == key
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert client.get("/api/v1/claims/").status_code == 200


def test_session_login_works_for_the_browser(reviewer):
    client = APIClient()
    client.force_login(reviewer)
    assert client.get("/api/v1/claims/").status_code == 200


def test_session_writes_need_the_csrf_token(reviewer):
    claim = ClaimFactory()
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(reviewer)
    response = client.patch(f"/api/v1/claims/{claim.pk}/", {"priority": 2, "version": 1})
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]


def test_token_clients_are_throttled_with_429(as_reviewer, settings):
    settings.API_TOKEN_THROTTLE_RATE = "3/minute"
    codes = [as_reviewer.get("/api/v1/claims/").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    response = as_reviewer.get("/api/v1/claims/")
    assert response.json()["code"] == "throttled"
    assert int(response["Retry-After"]) > 0


def test_browser_sessions_are_not_throttled(reviewer, settings):
    settings.API_TOKEN_THROTTLE_RATE = "1/minute"
    client = APIClient()
    client.force_login(reviewer)
    assert [client.get("/api/v1/claims/").status_code for _ in range(3)] == [200, 200, 200]


def test_the_public_feed_is_throttled_per_address(anonymous, settings):
    settings.API_ANON_THROTTLE_RATE = "2/minute"
    codes = [anonymous.get("/api/v1/claim-reviews/").status_code for _ in range(3)]
    assert codes == [200, 200, 429]
