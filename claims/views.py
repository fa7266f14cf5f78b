"""Public pages: a published claim with its verdict, and its ClaimReview as JSON-LD."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from claims.api.claimreview import claim_review, json_ld_script_body, published_claims
from claims.models import Status


@require_safe
def claim_public(request: HttpRequest, pk: int) -> HttpResponse:
    """The claim's public page; 404 unless it has an approved verdict and is public."""
    claim = published_claims().filter(pk=pk).first()
    if claim is None:
        raise Http404("No published verdict for this claim.")
    review = claim_review(claim, request=request)
    context = {
        "claim": claim,
        "review": review,
        "rating_label": review["reviewRating"]["alternateName"],
        "needs_recheck": claim.status == Status.RECHECK_DUE,
        "json_ld": json_ld_script_body(review),
    }
    return render(request, "claims/claim_public.html", context)
