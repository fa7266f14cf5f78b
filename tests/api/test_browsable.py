"""The browsable API (HTML) renders for a logged-in reviewer, and never breaks the JSON API."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from claims.models import Status

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/",
        "/api/v1/articles/",
        "/api/v1/articles/{article}/",
        "/api/v1/claims/",
        "/api/v1/claims/{claim}/",
        "/api/v1/claims/{claim}/history/",
        "/api/v1/claims/{claim}/verdicts/",
        "/api/v1/claims/{claim}/evidence/",
        "/api/v1/claim-reviews/",
        "/api/v1/outlets/",
        "/api/v1/sources/",
    ],
)
def test_the_browsable_api_renders_in_a_browser_session(reviewer, claim_in, path):
    claim = claim_in(Status.PUBLISHED)
    client = APIClient()
    client.force_login(reviewer)
    url = path.format(claim=claim.pk, article=claim.article_id)
    response = client.get(url, HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
