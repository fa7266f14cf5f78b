"""Every list endpoint runs the same number of queries for 5 rows as for 100."""

from __future__ import annotations

import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from claims.ingest import ingest_job_create
from claims.models import Article, Claim, StatusChange, Verdict
from sources.models import Evidence, Outlet, Source
from tests.factories import ArticleFactory, ClaimFactory, OutletFactory, ReviewerFactory

pytestmark = pytest.mark.django_db
serial = itertools.count()  # unique names and URLs across the two rounds of rows


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(queries)


def make_claims(n: int, **fields) -> list[Claim]:
    assignee = ReviewerFactory()
    article = ArticleFactory()
    return Claim.objects.bulk_create(
        Claim(article=article, text=f"Claim {i}", start=i, end=i + 1, assignee=assignee, **fields)
        for i in range(n)  # a new article each round: spans are unique per article
    )


def make_published(n: int) -> None:
    reviewer = ReviewerFactory()
    claims = make_claims(n, status="published")
    Verdict.objects.bulk_create(
        Verdict(claim=c, reviewer=reviewer, rating="false", approved_by=reviewer,
                approved_at=timezone.now())
        for c in claims
    )  # fmt: skip


def make_articles(n: int) -> None:
    outlet = OutletFactory()
    Article.objects.bulk_create(
        Article(body=f"Body {i}", content_hash=f"{i:064d}", outlet=outlet)
        for i in (next(serial) for _ in range(n))
    )


def make_history(n: int, claim: Claim) -> None:
    actor = ReviewerFactory()
    for _ in range(n):
        StatusChange.objects.create(
            claim=claim, from_status="new", to_status="queued", actor=actor, via="api"
        )


def make_verdicts(n: int, claim: Claim) -> None:
    reviewer = ReviewerFactory()
    Verdict.objects.bulk_create(
        Verdict(claim=claim, reviewer=reviewer, rating="true", is_current=False) for _ in range(n)
    )


def make_evidence(n: int, claim: Claim) -> None:
    reviewer = ReviewerFactory()
    sources = Source.objects.bulk_create(
        Source(url=f"https://stats.example/{next(serial)}") for _ in range(n)
    )
    Evidence.objects.bulk_create(
        Evidence(claim=claim, source=s, stance="supports", added_by=reviewer) for s in sources
    )


# (url, maker of n rows, queries): the queries are
#   token (with its user) + the user's groups (roles), then what the endpoint reads.
CASES = {
    # + claims, with article, outlet, assignee and both ratings as subqueries
    "claims": ("/api/v1/claims/?page_size=200", make_claims, 3),
    # + articles with outlet and claim count
    "articles": ("/api/v1/articles/?page_size=200", make_articles, 3),
    # public, no authentication: claims with their approved verdict, article and outlet
    "claim-reviews": ("/api/v1/claim-reviews/?page_size=200", make_published, 1),
    "outlets": (
        "/api/v1/outlets/?page_size=200",
        lambda n: Outlet.objects.bulk_create(Outlet(name=f"O{next(serial)}") for _ in range(n)),
        3,
    ),
    "sources": (
        "/api/v1/sources/?page_size=200",
        lambda n: Source.objects.bulk_create(
            Source(url=f"https://s.example/{next(serial)}") for _ in range(n)
        ),
        3,
    ),
}
NESTED = {
    # + the claim, + its rows with the users (and sources) joined
    "history": ("history", make_history, 4),
    "verdicts": ("verdicts", make_verdicts, 4),
    "evidence": ("evidence", make_evidence, 4),
}


@pytest.mark.parametrize("name", CASES)
def test_list_endpoints_run_a_fixed_number_of_queries(as_reviewer, name):
    url, make, expected = CASES[name]
    client = as_reviewer
    make(5)
    assert count_queries(client, url) == expected
    make(95)
    assert count_queries(client, url) == expected
    assert len(client.get(url).json()["results"]) >= 100


@pytest.mark.parametrize("name", NESTED)
def test_nested_lists_of_a_claim_run_a_fixed_number_of_queries(as_reviewer, name):
    suffix, make, expected = NESTED[name]
    claim = ClaimFactory()
    url = f"/api/v1/claims/{claim.pk}/{suffix}/"
    make(5, claim)
    assert count_queries(as_reviewer, url) == expected
    make(95, claim)
    assert count_queries(as_reviewer, url) == expected
    assert len(as_reviewer.get(url).json()) == 100


def test_an_article_with_100_claims_takes_as_many_queries_as_with_5(as_reviewer):
    article = ArticleFactory()
    Claim.objects.bulk_create(
        Claim(article=article, text="c", start=i, end=i + 1) for i in range(5)
    )
    url = f"/api/v1/articles/{article.pk}/"
    # token + groups + the article + its claims
    assert count_queries(as_reviewer, url) == 4
    Claim.objects.bulk_create(
        Claim(article=article, text="c", start=i, end=i + 1) for i in range(5, 100)
    )
    assert count_queries(as_reviewer, url) == 4


def test_a_job_with_500_items_takes_as_many_queries_as_with_5(as_reviewer, reviewer):
    small = ingest_job_create(articles=[{"body": f"b{i}"} for i in range(5)], created_by=reviewer)
    big = ingest_job_create(articles=[{"body": f"b{i}"} for i in range(500)], created_by=reviewer)
    # token + groups + the job + its items
    assert count_queries(as_reviewer, f"/api/v1/ingest-jobs/{small.pk}/") == 4
    assert count_queries(as_reviewer, f"/api/v1/ingest-jobs/{big.pk}/") == 4
