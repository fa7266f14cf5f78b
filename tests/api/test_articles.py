"""Articles: list, detail with claims, create (extracts before answering), batches of up to 500."""

from __future__ import annotations

import pytest

from claims.models import Article, IngestItem, IngestJob
from claims.tasks import ingest_batch
from tests.factories import ArticleFactory, ClaimFactory, OutletFactory

pytestmark = pytest.mark.django_db

BODY = (
    "Arbetslösheten steg till 9,1 procent i oktober, enligt SCB. "
    "Finansministern sade att regeringen satsar 4,2 miljarder kronor på jobb."
)


def article_body(n: int) -> str:
    return f"Arbetslösheten i kommun {n} steg till {n % 9 + 1},5 procent i oktober, enligt SCB."


def test_the_article_list_shows_articles_with_claim_counts(as_reviewer):
    article = ArticleFactory()
    ClaimFactory.create_batch(2, article=article)
    response = as_reviewer.get("/api/v1/articles/")
    assert response.status_code == 200
    (row,) = response.json()["results"]
    assert (row["id"], row["claim_count"], row["outlet_name"]) == (
        article.pk,
        2,
        article.outlet.name,
    )
    assert "body" not in row


def test_articles_filter_by_outlet_language_and_url(as_reviewer):
    article = ArticleFactory(language="en")
    ArticleFactory()
    for query in (f"outlet={article.outlet_id}", "language=en", f"url={article.url}"):
        response = as_reviewer.get(f"/api/v1/articles/?{query}")
        assert [r["id"] for r in response.json()["results"]] == [article.pk], query


def test_an_article_comes_with_its_body_and_claims(as_reviewer):
    claim = ClaimFactory()
    response = as_reviewer.get(f"/api/v1/articles/{claim.article_id}/")
    assert response.status_code == 200
    assert response.json()["body"] == claim.article.body
    assert [c["id"] for c in response.json()["claims"]] == [claim.pk]


def test_creating_an_article_extracts_its_claims_before_answering(as_reviewer):
    outlet = OutletFactory()
    body = {
        "title": "Jobben",
        "body": BODY,
        "url": "https://news.example/jobben",
        "outlet": outlet.pk,
        "published_at": "2025-11-01T08:00:00+01:00",
    }
    response = as_reviewer.post("/api/v1/articles/", body, format="json")
    assert response.status_code == 201, response.content
    data = response.json()
    assert response["Location"].endswith(f"/api/v1/articles/{data['id']}/")
    assert data["language"] == "sv"
    assert len(data["claims"]) >= 2
    assert all(c["status"] == "new" for c in data["claims"])
    assert any(q["unit"] == "percent" for c in data["claims"] for q in c["quantities"])


@pytest.mark.parametrize(
    ("change", "reason"),
    [({"url": "https://other.example/"}, "text"), ({"body": "Ny text."}, "URL")],
)
def test_a_duplicate_article_gets_409_naming_the_existing_one(as_reviewer, change, reason):
    first = as_reviewer.post(
        "/api/v1/articles/", {"body": BODY, "url": "https://news.example/a"}, format="json"
    ).json()
    response = as_reviewer.post(
        "/api/v1/articles/",
        {"body": BODY, "url": "https://news.example/a", **change},
        format="json",
    )
    assert response.status_code == 409
    assert response.json()["code"] == "duplicate"
    assert response.json()["existing"]["id"] == first["id"]
    assert response.json()["existing"]["reason"] == reason
    assert Article.objects.count() == 1


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"body": "   "},
        {"body": BODY, "url": "not a url"},
        {"body": BODY, "outlet": 999999},
        {"body": BODY, "language": "klingon"},
        {"body": BODY, "published_at": "yesterday"},
        {"body": 42},
    ],
)
def test_an_invalid_article_gets_400_and_nothing_is_stored(as_reviewer, body):
    response = as_reviewer.post("/api/v1/articles/", body, format="json")
    assert response.status_code == 400
    assert response.json()["code"] == "invalid"
    assert not Article.objects.exists()


def test_a_batch_answers_202_with_a_job_that_shows_progress(
    as_reviewer, django_capture_on_commit_callbacks
):
    articles = [{"body": article_body(n)} for n in range(5)]
    articles.append({"body": article_body(0)})  # the same text again, in the same batch
    with django_capture_on_commit_callbacks(execute=True):
        response = as_reviewer.post(
            "/api/v1/articles/batch/", {"articles": articles}, format="json"
        )
    assert response.status_code == 202, response.content
    assert response["Location"] == response.json()["url"]
    assert type(response["Location"]) is str  # WSGI servers refuse str subclasses in headers
    job = as_reviewer.get(response.json()["url"]).json()
    assert job["state"] == "done"
    assert job["counts"] == {"pending": 0, "created": 5, "duplicate": 1, "failed": 0, "done": 6}
    assert job["items"][5]["article"] == job["items"][0]["article"]
    assert Article.objects.count() == 5
    assert all(a.claims.exists() for a in Article.objects.all())


def test_a_batch_is_stored_before_it_is_processed_and_a_rerun_adds_nothing(as_reviewer):
    # given a batch whose task has not run yet (no commit in this test transaction)
    articles = [{"body": article_body(n)} for n in range(3)]
    response = as_reviewer.post("/api/v1/articles/batch/", {"articles": articles}, format="json")
    job = IngestJob.objects.get(pk=response.json()["id"])
    assert response.json()["counts"]["pending"] == 3
    assert [item.payload["body"] for item in job.items.all()] == [a["body"] for a in articles]
    # when the task runs, twice
    ingest_batch(job.pk)
    ingest_batch(job.pk)
    # then every article is in once
    assert Article.objects.count() == 3
    assert set(job.items.values_list("outcome", flat=True)) == {IngestItem.Outcome.CREATED}
    job.refresh_from_db()
    assert job.state == IngestJob.State.DONE


def test_a_batch_reports_articles_that_are_already_in_factdesk(as_reviewer):
    existing = ArticleFactory()
    body = {"articles": [{"body": existing.body}, {"body": "Ny text.", "url": existing.url}]}
    job_id = as_reviewer.post("/api/v1/articles/batch/", body, format="json").json()["id"]
    ingest_batch(job_id)
    job = as_reviewer.get(f"/api/v1/ingest-jobs/{job_id}/").json()
    assert [(i["outcome"], i["article"]) for i in job["items"]] == [
        ("duplicate", existing.pk),
        ("duplicate", existing.pk),
    ]


def test_a_batch_takes_up_to_500_articles(as_reviewer):
    articles = [{"body": article_body(n)} for n in range(501)]
    response = as_reviewer.post("/api/v1/articles/batch/", {"articles": articles}, format="json")
    assert response.status_code == 400
    assert "articles" in response.json()["fields"]
    response = as_reviewer.post(
        "/api/v1/articles/batch/", {"articles": articles[:500]}, format="json"
    )
    assert response.status_code == 202
    assert response.json()["total"] == 500


@pytest.mark.parametrize(
    "body",
    [
        {"articles": []},
        {"articles": [{"title": "no body"}]},
        {"articles": [{"body": "x", "outlet": 424242}]},
        {"articles": "many"},
        [],
    ],
)
def test_an_invalid_batch_gets_400_and_no_job(as_reviewer, body):
    response = as_reviewer.post("/api/v1/articles/batch/", body, format="json")
    assert response.status_code == 400
    assert not IngestJob.objects.exists()


def test_an_unknown_job_is_404(as_reviewer):
    assert as_reviewer.get("/api/v1/ingest-jobs/4242/").status_code == 404
