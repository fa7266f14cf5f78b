"""The public ClaimReview feed and the claim's public page."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from claims import services
from claims.models import Claim, Rating, Status
from tests.factories import ArticleFactory, ClaimFactory, EditorFactory, ReviewerFactory, walk_to

pytestmark = pytest.mark.django_db

TOP_LEVEL = {
    "@context", "@type", "claimReviewed", "reviewRating", "itemReviewed", "author",
    "datePublished", "url",
}  # fmt: skip


@pytest.fixture
def published(claim_in):
    article = ArticleFactory(published_at=datetime.fromisoformat("2025-08-16T09:00:00+02:00"))
    return claim_in(Status.PUBLISHED, article=article, speaker="Ulf Kristersson")


def test_a_published_claim_is_a_complete_claimreview(anonymous, published, settings):
    settings.NEWSROOM_NAME, settings.NEWSROOM_URL = "Faktakollen", "https://faktakollen.example"
    response = anonymous.get(f"/api/v1/claim-reviews/{published.pk}/")
    assert response.status_code == 200
    review = response.json()
    assert set(review) == TOP_LEVEL
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == published.text
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 4,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Mostly true",
    }
    assert review["itemReviewed"] == {
        "@type": "Claim",
        "author": {"@type": "Person", "name": "Ulf Kristersson"},
        "datePublished": "2025-08-16",
        "appearance": {"@type": "CreativeWork", "url": published.article.url},
    }
    assert review["author"] == {
        "@type": "Organization",
        "name": "Faktakollen",
        "url": "https://faktakollen.example",
    }
    approved_at = published.verdicts.get().approved_at
    assert review["datePublished"] == approved_at.date().isoformat()
    assert review["url"] == f"http://testserver/claims/{published.pk}/"


@pytest.mark.parametrize(
    ("rating", "value"),
    [
        (Rating.TRUE, 5),
        (Rating.MOSTLY_TRUE, 4),
        (Rating.MIXED, 3),
        (Rating.MOSTLY_FALSE, 2),
        (Rating.FALSE, 1),
        (Rating.MISLEADING, None),
        (Rating.UNVERIFIABLE, None),
    ],
)
def test_each_rating_maps_to_a_review_rating(anonymous, published, rating, value):
    published.verdicts.update(rating=rating)
    review_rating = anonymous.get(f"/api/v1/claim-reviews/{published.pk}/").json()["reviewRating"]
    assert review_rating["alternateName"] == Rating(rating).label
    assert review_rating.get("ratingValue") == value
    assert ("bestRating" in review_rating) == (value is not None)


@pytest.mark.parametrize(
    "status",
    [Status.NEW, Status.QUEUED, Status.IN_REVIEW, Status.VERDICT_PROPOSED, Status.DISMISSED],
)
def test_nothing_unpublished_appears_in_the_feed(anonymous, claim_in, published, status):
    hidden = claim_in(status)
    feed = anonymous.get("/api/v1/claim-reviews/").json()["results"]
    assert [r["url"].rsplit("/", 2)[1] for r in feed] == [str(published.pk)]
    assert anonymous.get(f"/api/v1/claim-reviews/{hidden.pk}/").status_code == 404
    assert anonymous.get(f"/claims/{hidden.pk}/").status_code == 404


def test_a_claim_due_for_recheck_keeps_its_last_approved_verdict(anonymous, claim_in):
    reviewer, editor = ReviewerFactory(), EditorFactory()
    claim = ClaimFactory()
    walk_to(claim, Status.RECHECK_DUE, reviewer=reviewer, editor=editor)
    # a re-check under way: reopened, a new (unapproved) verdict of "false"
    from claims.workflow import transition

    transition(claim, to=Status.IN_REVIEW, actor=reviewer, via="api")
    services.verdict_add(claim, reviewer=reviewer, rating=Rating.FALSE)
    assert anonymous.get(f"/api/v1/claim-reviews/{claim.pk}/").status_code == 404  # in review

    other = ClaimFactory()
    walk_to(other, Status.RECHECK_DUE, reviewer=reviewer, editor=editor)
    review = anonymous.get(f"/api/v1/claim-reviews/{other.pk}/").json()
    assert review["reviewRating"]["alternateName"] == "Mostly true"
    page = anonymous.get(f"/claims/{other.pk}/").content.decode()
    assert "Mostly true" in page and "re-checked" in page
    assert "False" not in page and "incorrect" not in page.lower()


def test_the_public_page_embeds_the_same_json_ld_safely_escaped(anonymous, claim_in):
    hostile = 'Han sa "</script><script>alert(1)</script>" & <b>mer</b>'
    claim = claim_in(Status.PUBLISHED, text=hostile, speaker="<i>Talare</i>")
    response = anonymous.get(f"/claims/{claim.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    (script,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert json.loads(script) == anonymous.get(f"/api/v1/claim-reviews/{claim.pk}/").json()
    assert "<script>alert" not in html
    assert "<b>mer</b>" not in html and "&lt;b&gt;mer&lt;/b&gt;" in html
    assert "<i>Talare</i>" not in html


def test_the_feed_pages_with_a_cursor(anonymous, claim_in):
    claims = [claim_in(Status.PUBLISHED) for _ in range(3)]
    first = anonymous.get("/api/v1/claim-reviews/?page_size=2").json()
    second = anonymous.get(first["next"]).json()
    urls = [r["url"] for r in first["results"] + second["results"]]
    assert sorted(urls) == sorted(f"http://testserver/claims/{c.pk}/" for c in claims)


def test_the_feed_can_be_synced_by_update_time(anonymous, claim_in):
    old = claim_in(Status.PUBLISHED)
    Claim.objects.filter(pk=old.pk).update(updated_at=timezone.now() - timedelta(days=3))
    recent = claim_in(Status.PUBLISHED)
    since = (timezone.now() - timedelta(days=1)).isoformat()
    feed = anonymous.get("/api/v1/claim-reviews/", {"updated_since": since}).json()["results"]
    assert [r["url"] for r in feed] == [f"http://testserver/claims/{recent.pk}/"]
    assert anonymous.get("/api/v1/claim-reviews/", {"updated_since": "soon"}).status_code == 400
