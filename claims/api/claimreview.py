"""schema.org ClaimReview for published verdicts: the public feed and the claim's page.

Only the last *approved* verdict is ever published: a claim due for a re-check
keeps showing it (never "incorrect"); a verdict still awaiting approval never shows.
"""

from __future__ import annotations

import json

from django.conf import settings
from django.db.models import OuterRef, QuerySet, Subquery
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe

from claims.models import Claim, Rating, Status, Verdict

PUBLIC_STATUSES = (Status.PUBLISHED, Status.RECHECK_DUE)

# schema.org ratingValue on a 1 (worst) to 5 (best) scale. Misleading and unverifiable
# are not points on that scale: they get alternateName only, no numeric rating.
RATING_VALUES = {
    Rating.TRUE: 5,
    Rating.MOSTLY_TRUE: 4,
    Rating.MIXED: 3,
    Rating.MOSTLY_FALSE: 2,
    Rating.FALSE: 1,
}
BEST_RATING, WORST_RATING = 5, 1


def published_claims() -> QuerySet:
    """Claims with an approved verdict that the public may see, annotated with that verdict.

    One query for any number of claims: the verdict's rating, summary and approval
    time come as correlated subqueries (pv_*), the article and outlet joined.
    """
    approved = Verdict.objects.filter(claim=OuterRef("pk"), approved_at__isnull=False).order_by(
        "-approved_at", "-id"
    )
    return (
        Claim.objects.filter(status__in=PUBLIC_STATUSES)
        .select_related("article", "article__outlet")
        .defer("article__body")
        .annotate(
            pv_rating=Subquery(approved.values("rating")[:1]),
            pv_summary=Subquery(approved.values("summary")[:1]),
            pv_approved_at=Subquery(approved.values("approved_at")[:1]),
        )
        .filter(pv_rating__isnull=False)
    )


def public_page_url(claim: Claim, request=None) -> str:
    path = reverse("claim-public", args=[claim.pk])
    if settings.PUBLIC_BASE_URL:
        return settings.PUBLIC_BASE_URL.rstrip("/") + path
    return request.build_absolute_uri(path) if request is not None else path


def review_rating(rating: str) -> dict:
    result: dict = {"@type": "Rating"}
    if rating in RATING_VALUES:
        result.update(
            ratingValue=RATING_VALUES[rating], bestRating=BEST_RATING, worstRating=WORST_RATING
        )
    result["alternateName"] = Rating(rating).label
    return result


def claim_review(claim: Claim, *, request=None) -> dict:
    """The ClaimReview of a claim from published_claims() (pv_* annotations present)."""
    article = claim.article
    item: dict = {"@type": "Claim"}
    # Who made the claim: the attributed speaker, else the outlet that printed it.
    if claim.speaker:
        item["author"] = {"@type": "Person", "name": claim.speaker}
    elif article.outlet is not None:
        item["author"] = {"@type": "Organization", "name": article.outlet.name}
    if article.published_at is not None:
        item["datePublished"] = article.published_at.date().isoformat()
    if article.url:
        item["appearance"] = {"@type": "CreativeWork", "url": article.url}
    newsroom: dict = {"@type": "Organization", "name": settings.NEWSROOM_NAME}
    if settings.NEWSROOM_URL:
        newsroom["url"] = settings.NEWSROOM_URL
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": claim.text,
        "reviewRating": review_rating(claim.pv_rating),
        "itemReviewed": item,
        "author": newsroom,
        "datePublished": claim.pv_approved_at.date().isoformat(),
        "url": public_page_url(claim, request),
    }


_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld_script_body(data: dict) -> SafeString:
    """JSON for inside <script type="application/ld+json">: `</script>` in user text cannot
    close the element (<, > and & are written as \\u escapes, which JSON parsers read back)."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES))


CLAIM_REVIEW_SCHEMA = {
    "type": "object",
    "description": "A schema.org ClaimReview (JSON-LD).",
    "required": [
        "@context",
        "@type",
        "claimReviewed",
        "reviewRating",
        "itemReviewed",
        "author",
        "datePublished",
        "url",
    ],
    "properties": {
        "@context": {"type": "string", "enum": ["https://schema.org"]},
        "@type": {"type": "string", "enum": ["ClaimReview"]},
        "claimReviewed": {"type": "string"},
        "reviewRating": {
            "type": "object",
            "required": ["@type", "alternateName"],
            "description": "ratingValue 5 true, 4 mostly true, 3 mixed, 2 mostly false, "
            "1 false; misleading and unverifiable carry alternateName only.",
            "properties": {
                "@type": {"type": "string", "enum": ["Rating"]},
                "ratingValue": {"type": "integer", "minimum": 1, "maximum": 5},
                "bestRating": {"type": "integer", "enum": [BEST_RATING]},
                "worstRating": {"type": "integer", "enum": [WORST_RATING]},
                "alternateName": {"type": "string"},
            },
        },
        "itemReviewed": {
            "type": "object",
            "required": ["@type"],
            "properties": {
                "@type": {"type": "string", "enum": ["Claim"]},
                "author": {
                    "type": "object",
                    "description": "The speaker (Person), else the outlet (Organization).",
                    "properties": {"@type": {"type": "string"}, "name": {"type": "string"}},
                },
                "datePublished": {"type": "string", "format": "date"},
                "appearance": {
                    "type": "object",
                    "properties": {
                        "@type": {"type": "string", "enum": ["CreativeWork"]},
                        "url": {"type": "string", "format": "uri"},
                    },
                },
            },
        },
        "author": {
            "type": "object",
            "description": "The newsroom (settings NEWSROOM_NAME, NEWSROOM_URL).",
            "properties": {
                "@type": {"type": "string", "enum": ["Organization"]},
                "name": {"type": "string"},
                "url": {"type": "string", "format": "uri"},
            },
        },
        "datePublished": {"type": "string", "format": "date"},
        "url": {"type": "string", "format": "uri", "description": "The claim's public page."},
    },
}
