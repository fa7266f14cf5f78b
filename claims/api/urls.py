"""The API router (/api/v1/). Other apps register their viewsets here too (one line each)."""

from __future__ import annotations

from rest_framework.routers import DefaultRouter

from claims.api.views import ArticleViewSet, ClaimReviewViewSet, ClaimViewSet, IngestJobViewSet
from sources.api.views import OutletViewSet, SourceViewSet
from webhooks.api import WebhookViewSet

app_name = "api"

router = DefaultRouter()
router.register("articles", ArticleViewSet, basename="article")
router.register("ingest-jobs", IngestJobViewSet, basename="ingest-job")
router.register("claims", ClaimViewSet, basename="claim")
router.register("claim-reviews", ClaimReviewViewSet, basename="claim-review")
router.register("outlets", OutletViewSet, basename="outlet")
router.register("sources", SourceViewSet, basename="source")
router.register("webhooks", WebhookViewSet, basename="webhook")

urlpatterns = router.urls
