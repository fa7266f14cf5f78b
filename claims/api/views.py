"""Viewsets of the claims API: parse, check, call one service or transition, render."""

from __future__ import annotations

from django.db import IntegrityError
from django.db.models import Count, OuterRef, Prefetch, QuerySet, Subquery
from django.shortcuts import get_object_or_404
from django.urls import reverse
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from claims import services
from claims.api import serializers as s
from claims.api.claimreview import CLAIM_REVIEW_SCHEMA, claim_review, published_claims
from claims.api.errors import ApiError, ErrorSerializer, from_invalid_transition
from claims.api.permissions import request_roles
from claims.api.throttling import PublicFeedThrottle
from claims.filters import ArticleFilter, ClaimFilter, ClaimReviewFilter
from claims.ingest import ingest_job_create
from claims.models import Article, Claim, IngestJob, Verdict, Via, content_hash
from claims.workflow import InvalidTransition, allowed_targets, transition
from sources.models import Evidence
from sources.services import evidence_add

ID_PATTERN = "[0-9]{1,18}"
IF_MATCH = OpenApiParameter(
    "If-Match",
    str,
    OpenApiParameter.HEADER,
    required=False,
    description="The ETag from GET (alternative to `version` in the body).",
)


CLAIM_COLUMNS = [field.name for field in Claim._meta.concrete_fields]


def claims_for_api() -> QuerySet:
    """Claims with everything the API shows, in one query for any number of rows."""
    current = Verdict.objects.filter(claim=OuterRef("pk"), is_current=True)
    approved = Verdict.objects.filter(claim=OuterRef("pk"), approved_at__isnull=False).order_by(
        "-approved_at", "-id"
    )
    return (
        Claim.objects.select_related("article", "assignee")
        # Only what ClaimSerializer shows: rows stay small, model instances cheap.
        .only(
            *CLAIM_COLUMNS,
            "article__url",
            "article__language",
            "article__outlet",
            "assignee__username",
        )
        .annotate(
            current_rating=Subquery(current.values("rating")[:1]),
            published_rating=Subquery(approved.values("rating")[:1]),
        )
    )


def etag(claim: Claim) -> str:
    return f'"claim-{claim.pk}-v{claim.version}"'


def check_version(request, claim: Claim, body_version: int | None, *, required: bool) -> None:
    """Lost-update protection: the version read (body) or its ETag (If-Match) must be current.

    Raises 428 when `required` and neither is sent, 412 when what was sent is stale.
    """
    if_match = request.headers.get("If-Match", "").strip()
    if body_version is None and not if_match:
        if required:
            raise ApiError(
                "Send the version you read (`version`) or its ETag (If-Match).",
                status_code=428,
                code="precondition_required",
            )
        return
    if body_version is not None and body_version != claim.version:
        raise ApiError(
            "The claim was changed by someone else since you read it; reload and try again.",
            status_code=412,
            code="stale",
            current_version=claim.version,
        )
    if if_match and if_match != "*":
        tags = {tag.strip().removeprefix("W/") for tag in if_match.split(",")}
        if etag(claim) not in tags:
            raise ApiError(
                "The claim was changed by someone else since you read it (ETag differs).",
                status_code=412,
                code="stale",
                current_version=claim.version,
            )


def _claim_response(request, claim_id: int, *, status_code: int = 200) -> Response:
    claim = claims_for_api().get(pk=claim_id)
    data = s.ClaimSerializer(claim, context={"roles": request_roles(request)}).data
    return Response(data, status=status_code, headers={"ETag": etag(claim)})


def _workflow_error(exc: InvalidTransition, request, claim_id: int) -> ApiError:
    fresh = Claim.objects.get(pk=claim_id)
    return from_invalid_transition(exc, allowed=allowed_targets(fresh, request.user))


STALE = OpenApiResponse(ErrorSerializer, description="Stale version: someone changed the claim.")
CONFLICT = OpenApiResponse(
    ErrorSerializer, description="Not possible in the claim's status; lists allowed_transitions."
)


@extend_schema(tags=["claims"])
class ClaimViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Claims extracted from articles, and their review workflow."""

    serializer_class = s.ClaimSerializer
    filterset_class = ClaimFilter
    lookup_value_regex = ID_PATTERN
    ordering_fields = {
        "created": "created_at",
        "updated": "updated_at",
        "priority": "priority",
        "checkworthiness": "checkworthiness",
    }
    default_ordering = "-created"

    def get_queryset(self) -> QuerySet:
        return claims_for_api()

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "roles": request_roles(self.request)}

    def retrieve(self, request, *args, **kwargs):
        response = super().retrieve(request, *args, **kwargs)
        response["ETag"] = f'"claim-{response.data["id"]}-v{response.data["version"]}"'
        return response

    def _claim(self) -> Claim:
        return get_object_or_404(Claim, pk=self.kwargs["pk"])

    @extend_schema(
        request=s.ClaimUpdateSerializer,
        parameters=[IF_MATCH],
        responses={
            200: s.ClaimSerializer,
            412: STALE,
            428: OpenApiResponse(ErrorSerializer, description="Neither version nor If-Match."),
        },
        description="Change editable fields. Send the `version` you read or `If-Match: <ETag>`;"
        " a stale write is refused with 412 and changes nothing.",
    )
    def partial_update(self, request, pk=None):
        claim = self._claim()
        serializer = s.ClaimUpdateSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        changes = dict(serializer.validated_data)
        check_version(request, claim, changes.pop("version", None), required=True)
        try:
            services.claim_update(claim, actor=request.user, **changes)
        except InvalidTransition as exc:
            raise _workflow_error(exc, request, claim.pk) from exc
        return _claim_response(request, claim.pk)

    @extend_schema(
        request=s.TransitionSerializer,
        parameters=[IF_MATCH],
        responses={200: s.ClaimSerializer, 409: CONFLICT, 412: STALE},
        description="Move the claim to another status through the workflow (via `api`). "
        "Invalid moves: 409 with `allowed_transitions`; a role that may not: 403; "
        "a stale `version`/If-Match: 412.",
    )
    @action(detail=True, methods=["post"])
    def transitions(self, request, pk=None):
        claim = self._claim()
        serializer = s.TransitionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        check_version(request, claim, data.get("version"), required=False)
        try:
            transition(claim, to=data["to"], actor=request.user, note=data["note"], via=Via.API)
        except InvalidTransition as exc:
            raise _workflow_error(exc, request, claim.pk) from exc
        return _claim_response(request, claim.pk)

    @extend_schema(responses=s.StatusChangeSerializer(many=True), filters=False)
    @action(detail=True, methods=["get"], filterset_class=None, pagination_class=None)
    def history(self, request, pk=None):
        """Every status change of the claim, oldest first (append-only)."""
        claim = self._claim()
        rows = claim.history.select_related("actor").order_by("at", "id")
        return Response(s.StatusChangeSerializer(rows, many=True).data)

    @extend_schema(methods=["GET"], responses=s.VerdictSerializer(many=True), filters=False)
    @extend_schema(
        methods=["POST"],
        request=s.VerdictCreateSerializer,
        responses={201: s.VerdictSerializer, 409: CONFLICT, 412: STALE},
        description="Give a verdict (claim in review); it becomes the current verdict.",
    )
    @action(detail=True, methods=["get", "post"], filterset_class=None, pagination_class=None)
    def verdicts(self, request, pk=None):
        claim = self._claim()
        if request.method == "GET":
            rows = claim.verdicts.select_related("reviewer", "approved_by")
            return Response(s.VerdictSerializer(rows, many=True).data)
        serializer = s.VerdictCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        check_version(request, claim, data.get("version"), required=False)
        try:
            verdict = services.verdict_add(
                claim, reviewer=request.user, rating=data["rating"], summary=data["summary"]
            )
        except InvalidTransition as exc:
            raise _workflow_error(exc, request, claim.pk) from exc
        verdict = Verdict.objects.select_related("reviewer", "approved_by").get(pk=verdict.pk)
        return Response(s.VerdictSerializer(verdict).data, status=status.HTTP_201_CREATED)

    @extend_schema(methods=["GET"], responses=s.EvidenceSerializer(many=True), filters=False)
    @extend_schema(
        methods=["POST"],
        request=s.EvidenceCreateSerializer,
        responses={201: s.EvidenceSerializer, 409: CONFLICT},
        description="Link a source to the claim (claim in review or due for re-check).",
    )
    @action(detail=True, methods=["get", "post"], filterset_class=None, pagination_class=None)
    def evidence(self, request, pk=None):
        claim = self._claim()
        if request.method == "GET":
            rows = claim.evidence.select_related("source", "added_by")
            return Response(s.EvidenceSerializer(rows, many=True).data)
        serializer = s.EvidenceCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        if Evidence.objects.filter(claim=claim, source=data["source"]).exists():
            raise ApiError(
                "This source is already linked to this claim.", status_code=400, code="invalid"
            )
        try:
            evidence = evidence_add(
                claim,
                source=data["source"],
                stance=data["stance"],
                excerpt=data["excerpt"],
                added_by=request.user,
            )
        except InvalidTransition as exc:
            raise _workflow_error(exc, request, claim.pk) from exc
        evidence = Evidence.objects.select_related("source", "added_by").get(pk=evidence.pk)
        return Response(s.EvidenceSerializer(evidence).data, status=status.HTTP_201_CREATED)


def _duplicate_error(existing: Article, reason: str, request) -> ApiError:
    return ApiError(
        f"Already in Factdesk as article {existing.pk} (same {reason}).",
        status_code=409,
        code="duplicate",
        existing={
            "id": existing.pk,
            "url": existing.url,
            "api_url": request.build_absolute_uri(
                reverse("api:article-detail", args=[existing.pk])
            ),
            "reason": reason,
        },
    )


@extend_schema(tags=["articles"])
class ArticleViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet,
):
    """Articles and the claims extracted from them."""

    filterset_class = ArticleFilter
    lookup_value_regex = ID_PATTERN
    ordering_fields = {"created": "ingested_at"}
    default_ordering = "-created"

    def get_queryset(self) -> QuerySet:
        articles = Article.objects.select_related("outlet").annotate(claim_count=Count("claims"))
        if self.action == "retrieve":
            return articles.prefetch_related(
                Prefetch("claims", queryset=claims_for_api(), to_attr="api_claims")
            )
        return articles.defer("body")

    def get_serializer_class(self):
        if self.action == "retrieve":
            return s.ArticleDetailSerializer
        if self.action == "create":
            return s.ArticleCreateSerializer
        return s.ArticleSerializer

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "roles": request_roles(self.request)}

    @extend_schema(
        request=s.ArticleCreateSerializer,
        responses={
            201: s.ArticleDetailSerializer,
            409: OpenApiResponse(
                ErrorSerializer,
                description="Already in Factdesk (same text or URL); `existing` names it.",
            ),
        },
        description="Store an article and extract its claims before answering.",
    )
    def create(self, request, *args, **kwargs):
        serializer = s.ArticleCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        try:
            article = services.article_ingest(**data)
        except services.DuplicateArticle as duplicate:
            raise _duplicate_error(duplicate.existing, duplicate.reason, request) from duplicate
        except IntegrityError as exc:  # a concurrent ingest of the same text or URL won
            existing = Article.objects.filter(content_hash=content_hash(data["body"])).first()
            reason = "text"
            if existing is None and data["url"]:
                existing, reason = Article.objects.filter(url=data["url"]).first(), "URL"
            if existing is None:
                raise
            raise _duplicate_error(existing, reason, request) from exc
        article = (
            self.get_queryset()
            .prefetch_related(Prefetch("claims", queryset=claims_for_api(), to_attr="api_claims"))
            .get(pk=article.pk)
        )
        data = s.ArticleDetailSerializer(article, context=self.get_serializer_context()).data
        location = request.build_absolute_uri(reverse("api:article-detail", args=[article.pk]))
        return Response(data, status=status.HTTP_201_CREATED, headers={"Location": location})

    @extend_schema(
        request=s.ArticleBatchSerializer,
        responses={202: s.IngestJobSerializer},
        description="Submit up to 500 articles; answers 202 with the job, whose `url` shows "
        "progress. Duplicates are reported per item, never stored twice.",
    )
    @action(detail=False, methods=["post"], filterset_class=None, pagination_class=None)
    def batch(self, request):
        serializer = s.ArticleBatchSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        job = ingest_job_create(
            articles=serializer.validated_data["articles"], created_by=request.user
        )
        job = IngestJob.objects.prefetch_related("items").get(pk=job.pk)
        data = s.IngestJobSerializer(job, context={"request": request}).data
        return Response(
            data, status=status.HTTP_202_ACCEPTED, headers={"Location": str(data["url"])}
        )


@extend_schema(tags=["articles"])
class IngestJobViewSet(mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Progress and outcome of a batch of articles."""

    serializer_class = s.IngestJobSerializer
    lookup_value_regex = ID_PATTERN
    queryset = IngestJob.objects.prefetch_related("items")


@extend_schema(tags=["claim-reviews"])
class ClaimReviewViewSet(viewsets.ReadOnlyModelViewSet):
    """Public: published verdicts as schema.org ClaimReview (JSON-LD). No authentication."""

    authentication_classes: list = []
    permission_classes = [AllowAny]
    throttle_classes = [PublicFeedThrottle]
    lookup_value_regex = ID_PATTERN
    ordering_fields = {"updated": "updated_at"}
    default_ordering = "-updated"
    serializer_class = None
    filterset_class = ClaimReviewFilter

    def get_queryset(self) -> QuerySet:
        return published_claims()

    @extend_schema(
        # The paginator wraps this item schema in {"next", "previous", "results": [...]}.
        responses={
            200: OpenApiResponse(
                CLAIM_REVIEW_SCHEMA, description="Published verdicts, most recently updated first."
            )
        }
    )
    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        return self.get_paginated_response([claim_review(c, request=request) for c in page])

    @extend_schema(
        responses={200: OpenApiResponse(CLAIM_REVIEW_SCHEMA, description="One ClaimReview.")}
    )
    def retrieve(self, request, pk=None):
        claim = get_object_or_404(self.get_queryset(), pk=pk)
        return Response(claim_review(claim, request=request))
