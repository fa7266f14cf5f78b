"""Serializers of the claims API: thin shapes over models; writes go through services."""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.api.fields import NewsDateTimeField, StrictCharField, StrictIntegerField
from claims.models import (
    Article,
    Claim,
    ClaimType,
    IngestItem,
    IngestJob,
    Language,
    Priority,
    Rating,
    Status,
    StatusChange,
    Verdict,
)
from claims.workflow import EDITOR, REVIEWER, TRANSITIONS
from sources.models import Evidence, Outlet, Source, Stance

MAX_BATCH = 500
MAX_BODY = 500_000  # characters; far above any news article


def allowed_for(status: str, roles: frozenset[str]) -> list[str]:
    """The statuses a user with `roles` may move a claim in `status` to (no queries)."""
    return [t.target for t in TRANSITIONS if t.source == status and t.roles & roles]


def role_holders():
    """Users who may be assigned claims: active reviewers, editors and superusers."""
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(groups__name__in=[REVIEWER, EDITOR]))
        .distinct()
    )


class ClaimSerializer(serializers.ModelSerializer):
    """A claim as lists and detail pages show it; queryset: views.claims_for_api()."""

    article_url = serializers.CharField(source="article.url", read_only=True, allow_null=True)
    outlet = serializers.IntegerField(source="article.outlet_id", read_only=True, allow_null=True)
    language = serializers.CharField(source="article.language", read_only=True)
    assignee_username = serializers.CharField(
        source="assignee.username", read_only=True, allow_null=True, default=None
    )
    allowed_transitions = serializers.SerializerMethodField(
        help_text="Statuses you may move this claim to."
    )
    current_rating = serializers.ChoiceField(
        choices=Rating.choices, read_only=True, allow_null=True, help_text="Latest verdict."
    )
    published_rating = serializers.ChoiceField(
        choices=Rating.choices,
        read_only=True,
        allow_null=True,
        help_text="The last approved verdict (what the public sees).",
    )
    status = serializers.ChoiceField(choices=Status.choices, read_only=True)
    quantities = serializers.ListField(child=serializers.DictField(), read_only=True)

    class Meta:
        model = Claim
        fields = [
            "id", "article", "article_url", "outlet", "language", "text", "start", "end",
            "sentence_start", "sentence_end", "speaker", "type", "checkworthiness",
            "quantities", "status", "allowed_transitions", "assignee", "assignee_username",
            "priority", "next_recheck_at", "duplicate_of", "current_rating", "published_rating",
            "version", "edited", "created_at", "updated_at",
        ]  # fmt: skip
        read_only_fields = fields

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_allowed_transitions(self, claim: Claim) -> list[str]:
        return allowed_for(claim.status, self.context.get("roles", frozenset()))

    def to_representation(self, claim: Claim) -> dict:
        """The declared fields, written out by hand: lists of up to 200 claims spend most of
        their time in DRF's per-field machinery otherwise (bench/api.py). The declared fields
        still describe the API (schema, field list); a test holds the two outputs equal."""
        article = claim.article
        roles = self.context.get("roles", frozenset())
        return {
            "id": claim.pk,
            "article": claim.article_id,
            "article_url": article.url,
            "outlet": article.outlet_id,
            "language": article.language,
            "text": claim.text,
            "start": claim.start,
            "end": claim.end,
            "sentence_start": claim.sentence_start,
            "sentence_end": claim.sentence_end,
            "speaker": claim.speaker,
            "type": claim.type,
            "checkworthiness": claim.checkworthiness,
            "quantities": claim.quantities,
            "status": claim.status,
            "allowed_transitions": allowed_for(claim.status, roles),
            "assignee": claim.assignee_id,
            "assignee_username": claim.assignee.username if claim.assignee_id else None,
            "priority": claim.priority,
            "next_recheck_at": _iso(claim.next_recheck_at),
            "duplicate_of": claim.duplicate_of_id,
            "current_rating": getattr(claim, "current_rating", None),
            "published_rating": getattr(claim, "published_rating", None),
            "version": claim.version,
            "edited": claim.edited,
            "created_at": _iso(claim.created_at),
            "updated_at": _iso(claim.updated_at),
        }

    def generic_representation(self, claim: Claim) -> dict:
        """DRF's own rendering of the declared fields (what to_representation must equal)."""
        return super().to_representation(claim)


def _iso(value: datetime | None) -> str | None:
    """A date-time as DRF's DateTimeField renders it (current time zone, `Z` for UTC)."""
    if value is None:
        return None
    text = timezone.localtime(value).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


class ClaimUpdateSerializer(serializers.Serializer):
    """PATCH body: the editable fields, and the version you read (or send If-Match)."""

    text = StrictCharField(max_length=5000, trim_whitespace=True)
    type = serializers.ChoiceField(choices=ClaimType.choices)
    speaker = StrictCharField(max_length=200, allow_blank=True)
    assignee = serializers.PrimaryKeyRelatedField(
        queryset=role_holders(), allow_null=True, help_text="A reviewer or editor; null: nobody."
    )
    priority = serializers.ChoiceField(choices=Priority.choices)
    next_recheck_at = NewsDateTimeField(allow_null=True)
    version = StrictIntegerField(
        min_value=1,
        max_value=2**31 - 1,
        required=False,
        help_text="The version you read; required unless you send If-Match.",
    )

    def validate(self, attrs):
        unknown = (
            set(self.initial_data) - set(self.fields)
            if isinstance(self.initial_data, dict)
            else set()
        )
        if unknown:
            raise serializers.ValidationError(
                {name: ["This field cannot be changed here."] for name in sorted(unknown)}
            )
        return attrs


class TransitionSerializer(serializers.Serializer):
    to = serializers.ChoiceField(choices=Status.choices)
    note = StrictCharField(max_length=2000, allow_blank=True, required=False, default="")
    version = StrictIntegerField(
        min_value=1,
        max_value=2**31 - 1,
        required=False,
        help_text="Optional: the version you read; refused with 412 when stale.",
    )


class StatusChangeSerializer(serializers.ModelSerializer):
    actor_username = serializers.CharField(
        source="actor.username", read_only=True, allow_null=True, default=None
    )

    class Meta:
        model = StatusChange
        fields = ["id", "from_status", "to_status", "actor", "actor_username", "at", "note", "via"]
        read_only_fields = fields


class VerdictSerializer(serializers.ModelSerializer):
    reviewer_username = serializers.CharField(source="reviewer.username", read_only=True)
    approved_by_username = serializers.CharField(
        source="approved_by.username", read_only=True, allow_null=True, default=None
    )

    class Meta:
        model = Verdict
        fields = [
            "id", "claim", "rating", "summary", "reviewer", "reviewer_username", "created_at",
            "is_current", "approved_by", "approved_by_username", "approved_at",
        ]  # fmt: skip
        read_only_fields = fields


class VerdictCreateSerializer(serializers.Serializer):
    rating = serializers.ChoiceField(choices=Rating.choices)
    summary = StrictCharField(max_length=20_000, allow_blank=True, required=False, default="")
    version = StrictIntegerField(
        min_value=1, max_value=2**31 - 1, required=False, help_text="Optional: the version read."
    )


class EvidenceSerializer(serializers.ModelSerializer):
    source_url = serializers.CharField(source="source.url", read_only=True)
    source_title = serializers.CharField(source="source.title", read_only=True)
    added_by_username = serializers.CharField(source="added_by.username", read_only=True)

    class Meta:
        model = Evidence
        fields = [
            "id", "claim", "source", "source_url", "source_title", "stance", "excerpt",
            "added_by", "added_by_username", "created_at",
        ]  # fmt: skip
        read_only_fields = fields


class EvidenceCreateSerializer(serializers.Serializer):
    source = serializers.PrimaryKeyRelatedField(queryset=Source.objects.all())
    stance = serializers.ChoiceField(choices=Stance.choices)
    excerpt = StrictCharField(max_length=20_000, allow_blank=True, required=False, default="")


class ArticleSerializer(serializers.ModelSerializer):
    outlet_name = serializers.CharField(
        source="outlet.name", read_only=True, allow_null=True, default=None
    )
    claim_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Article
        fields = [
            "id", "title", "url", "outlet", "outlet_name", "language", "published_at",
            "ingested_at", "content_hash", "claim_count",
        ]  # fmt: skip
        read_only_fields = fields


class ArticleDetailSerializer(ArticleSerializer):
    claims = ClaimSerializer(many=True, read_only=True, source="api_claims")

    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "body", "claims"]
        read_only_fields = fields


class ArticleCreateSerializer(serializers.Serializer):
    """One article to ingest; `language` empty: detected from the text."""

    title = StrictCharField(max_length=300, allow_blank=True, required=False, default="")
    body = StrictCharField(max_length=MAX_BODY, trim_whitespace=False)
    url = serializers.URLField(max_length=1000, allow_null=True, required=False, default=None)
    outlet = serializers.PrimaryKeyRelatedField(
        queryset=Outlet.objects.all(), allow_null=True, required=False, default=None
    )
    language = serializers.ChoiceField(
        choices=Language.choices, allow_blank=True, required=False, default=""
    )
    published_at = NewsDateTimeField(allow_null=True, required=False, default=None)

    def validate_body(self, value: str) -> str:
        if not value.strip():
            raise serializers.ValidationError("An article needs a body.")
        return value


class BatchArticleSerializer(ArticleCreateSerializer):
    # Outlets of a batch are checked in one query by the batch serializer, not one per item.
    outlet = StrictIntegerField(
        min_value=1, max_value=2**63 - 1, allow_null=True, required=False, default=None
    )


class ArticleBatchSerializer(serializers.Serializer):
    articles = BatchArticleSerializer(many=True, allow_empty=False, max_length=MAX_BATCH)

    def validate_articles(self, articles: list[dict]) -> list[dict]:
        outlet_ids = {a["outlet"] for a in articles if a["outlet"] is not None}
        known = set(Outlet.objects.filter(pk__in=outlet_ids).values_list("pk", flat=True))
        if outlet_ids - known:
            raise serializers.ValidationError(
                f"Unknown outlet ids: {', '.join(map(str, sorted(outlet_ids - known)))}."
            )
        return articles


class DuplicateArticleSerializer(serializers.Serializer):
    """200 answer of article create when the article is already in Factdesk."""

    duplicate = serializers.BooleanField()
    reason = serializers.ChoiceField(choices=["text", "URL"])
    article = ArticleSerializer()


class IngestItemSerializer(serializers.ModelSerializer):
    class Meta:
        model = IngestItem
        fields = ["index", "outcome", "article", "message", "processed_at"]
        read_only_fields = fields


class IngestJobSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:ingest-job-detail")
    counts = serializers.SerializerMethodField()
    items = IngestItemSerializer(many=True, read_only=True)

    class Meta:
        model = IngestJob
        fields = [
            "id", "url", "state", "total", "counts", "created_by", "created_at", "started_at",
            "finished_at", "items",
        ]  # fmt: skip
        read_only_fields = fields

    @extend_schema_field(
        serializers.DictField(
            child=serializers.IntegerField(),
            help_text="done, pending, created, duplicate, failed",
        )
    )
    def get_counts(self, job: IngestJob) -> dict[str, int]:
        counts = {outcome: 0 for outcome in IngestItem.Outcome.values}
        for item in job.items.all():
            counts[item.outcome] += 1
        counts["done"] = job.total - counts[IngestItem.Outcome.PENDING]
        return counts
