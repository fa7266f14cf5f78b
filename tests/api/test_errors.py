"""Bad input of every kind gets a 4xx in the one error shape; the schema and docs are served."""

from __future__ import annotations

import base64
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.models import Claim, Status
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db


def assert_error_shape(response, status: int) -> dict:
    assert response.status_code == status, response.content
    body = response.json()
    assert {"status", "code", "detail"} <= set(body)
    assert body["status"] == status
    return body


def cursor(payload) -> str:
    return base64.urlsafe_b64encode(json.dumps(payload).encode()).decode()


def test_malformed_json_gets_400(as_reviewer):
    claim = ClaimFactory()
    response = as_reviewer.patch(
        f"/api/v1/claims/{claim.pk}/", '{"priority": ', content_type="application/json"
    )
    assert assert_error_shape(response, 400)["code"] == "parse_error"


def test_lone_surrogates_in_json_get_400_not_a_database_error(as_reviewer):
    response = as_reviewer.post(
        "/api/v1/outlets/", '{"name": "bad \\ud800 text"}', content_type="application/json"
    )
    assert assert_error_shape(response, 400)["code"] == "parse_error"


def test_nul_characters_get_400(as_reviewer):
    response = as_reviewer.post("/api/v1/outlets/", {"name": "bad\x00name"}, format="json")
    assert_error_shape(response, 400)


def test_a_body_that_is_not_json_gets_415(as_reviewer):
    response = as_reviewer.post("/api/v1/outlets/", "name=x", content_type="text/plain")
    assert_error_shape(response, 415)


@pytest.mark.parametrize(
    "query",
    [
        "page_size=100000",
        "page_size=0",
        "page_size=-3",
        "page_size=ten",
        "cursor=garbage!!",
        "cursor=" + cursor(["-created", "not a date", 1, False]),
        "cursor=" + cursor(["-created", "2025-01-01T00:00:00+00:00", "1", False]),
        "cursor=" + cursor(["-created", "2025-01-01T00:00:00+00:00", 2**70, False]),
        "cursor=" + cursor(["-priority", 1e309, 1, False]),
        "cursor=" + cursor(["-priority", True, 1, False]),
        "cursor=" + cursor(["text", "a", 1, False]),
        "cursor=" + cursor({"a": 1}),
        "ordering=text",
        "ordering=--created",
        "status=almost_done",
        "type=rumour",
        "language=tlh",
        "rating=meh",
        "assignee=somebody",
        "assignee=99999999999999999999999",
        "article=99999999999999999999999",
        "article=abc",
        "outlet=424242",
        "updated_since=last+week",
        "q=" + "x" * 201,
        "q=a%00b",
        "updated_since=0001-01-01T00:00:00%2B14:00",
        "updated_since=9999-12-31T23:59:59-14:00",
        "cursor=" + cursor(["-created", "0001-01-01T00:00:00+14:00", 1, False]),
        "cursor=" + cursor(["-created", "9999-12-31T23:59:59-14:00", 1, False]),
        "cursor=" + cursor(["-checkworthiness", "nan", 1, False]),
        "cursor=" + cursor(["-checkworthiness", "inf", 1, False]),
    ],
)
def test_bad_list_parameters_get_400(as_reviewer, query):
    ClaimFactory()
    assert_error_shape(as_reviewer.get(f"/api/v1/claims/?{query}"), 400)


def test_a_cursor_of_another_ordering_is_refused(as_reviewer):
    ClaimFactory.create_batch(3)
    next_url = as_reviewer.get("/api/v1/claims/?page_size=1").json()["next"]
    response = as_reviewer.get(next_url + "&ordering=priority")
    assert_error_shape(response, 400)


@pytest.mark.parametrize(
    "path", ["/api/v1/claims/99999999999999999999999/", "/api/v1/claims/abc/", "/api/v1/nothing/"]
)
def test_unknown_urls_under_the_api_get_a_json_404(as_reviewer, path):
    assert_error_shape(as_reviewer.get(path), 404)


def test_wrong_types_in_a_body_get_400_not_coerced(as_reviewer):
    claim = ClaimFactory()
    response = as_reviewer.patch(
        f"/api/v1/claims/{claim.pk}/", {"text": 12345, "version": "1"}, format="json"
    )
    body = assert_error_shape(response, 400)
    assert set(body["fields"]) == {"text", "version"}
    assert Claim.objects.get(pk=claim.pk).text != "12345"


def test_the_openapi_schema_documents_every_endpoint_and_its_errors(anonymous):
    response = anonymous.get("/api/schema/?format=json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    paths = schema["paths"]
    for path in [
        "/api/v1/articles/", "/api/v1/articles/{id}/", "/api/v1/articles/batch/",
        "/api/v1/ingest-jobs/{id}/", "/api/v1/claims/", "/api/v1/claims/{id}/",
        "/api/v1/claims/{id}/transitions/", "/api/v1/claims/{id}/history/",
        "/api/v1/claims/{id}/verdicts/", "/api/v1/claims/{id}/evidence/",
        "/api/v1/outlets/", "/api/v1/outlets/{id}/", "/api/v1/sources/", "/api/v1/sources/{id}/",
        "/api/v1/claim-reviews/", "/api/v1/claim-reviews/{id}/",
    ]:  # fmt: skip
        assert path in paths, path
    for path, operations in paths.items():
        for method, operation in operations.items():
            codes = set(operation["responses"])
            assert "400" in codes and "429" in codes, (method, path)
            if not path.startswith("/api/v1/claim-reviews/"):
                assert {"401", "403"} <= codes, (method, path)
    assert {"409", "412"} <= set(paths["/api/v1/claims/{id}/transitions/"]["post"]["responses"])
    assert {"412", "428"} <= set(paths["/api/v1/claims/{id}/"]["patch"]["responses"])
    assert "409" in paths["/api/v1/articles/"]["post"]["responses"]
    assert "Error" in schema["components"]["schemas"]


def test_the_interactive_docs_work_offline(anonymous):
    response = anonymous.get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "drf_spectacular_sidecar/swagger-ui-dist" in html
    assert "cdn" not in html.lower()
    assert "https://" not in html


def test_q_uses_postgresql_full_text_search(postgres, as_reviewer):
    hit = ClaimFactory(text="Regeringen satsar 4,2 miljarder kronor på infrastruktur")
    ClaimFactory(text="Oppositionen vill satsa mindre")
    with CaptureQueriesContext(connection) as queries:
        response = as_reviewer.get("/api/v1/claims/", {"q": '"4,2 miljarder" -oppositionen'})
    assert [r["id"] for r in response.json()["results"]] == [hit.pk]
    assert any("websearch_to_tsquery" in q["sql"] for q in queries.captured_queries)


QUERY_PARAMETERS = [
    "status", "type", "language", "assignee", "article", "outlet", "rating", "updated_since",
    "q", "ordering", "page_size", "cursor",
]  # fmt: skip


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(params=st.dictionaries(st.sampled_from(QUERY_PARAMETERS), st.text(max_size=40), max_size=4))
def test_no_query_string_makes_the_claim_list_fail(as_reviewer, params):
    response = as_reviewer.get("/api/v1/claims/", params)
    assert response.status_code in (200, 400), response.content


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=6,
)
CLAIM_FIELDS = ["text", "type", "speaker", "assignee", "priority", "next_recheck_at", "version"]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=st.dictionaries(st.sampled_from(CLAIM_FIELDS), JSON, max_size=4) | JSON)
def test_no_json_body_makes_a_claim_edit_fail(as_reviewer, body):
    claim = ClaimFactory()
    response = as_reviewer.patch(f"/api/v1/claims/{claim.pk}/", body, format="json")
    assert response.status_code in (200, 400, 412, 428), response.content


WRITES = [
    ("post", "/api/v1/articles/", ["title", "body", "url", "outlet", "language", "published_at"]),
    ("post", "/api/v1/articles/batch/", ["articles"]),
    ("post", "/api/v1/outlets/", ["name", "url"]),
    ("post", "/api/v1/sources/", ["url", "title", "kind", "outlet", "published_at"]),
    ("post", "/api/v1/claims/{claim}/transitions/", ["to", "note", "version"]),
    ("post", "/api/v1/claims/{claim}/verdicts/", ["rating", "summary", "version"]),
    ("post", "/api/v1/claims/{claim}/evidence/", ["source", "stance", "excerpt"]),
]


@pytest.mark.parametrize(("method", "path", "names"), WRITES)
def test_no_json_body_makes_a_write_fail(as_editor, claim_in, method, path, names):
    url = path.format(claim=claim_in(Status.IN_REVIEW).pk)

    @settings(
        max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(body=st.dictionaries(st.sampled_from(names), JSON, max_size=4) | JSON)
    def check(body):
        response = getattr(as_editor, method)(url, body, format="json")
        assert response.status_code < 500, response.content

    check()


def test_a_body_over_the_size_limit_gets_413(as_reviewer, settings):
    settings.API_MAX_BODY_BYTES = 1000
    response = as_reviewer.post("/api/v1/articles/", {"body": "x" * 2000}, format="json")
    assert assert_error_shape(response, 413)["code"] == "payload_too_large"
