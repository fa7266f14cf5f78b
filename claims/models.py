"""Articles, the claims extracted from them, verdicts, and the append-only status history."""

from __future__ import annotations

import hashlib
import re

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone


class Language(models.TextChoices):
    SWEDISH = "sv", "Swedish"
    ENGLISH = "en", "English"
    OTHER = "other", "Other"


class Status(models.TextChoices):
    NEW = "new", "New"
    QUEUED = "queued", "Queued"
    IN_REVIEW = "in_review", "In review"
    VERDICT_PROPOSED = "verdict_proposed", "Verdict proposed"
    PUBLISHED = "published", "Published"
    DISMISSED = "dismissed", "Dismissed"
    # Shown as "needs re-check", never as a rating: the last approved verdict stays valid.
    RECHECK_DUE = "recheck_due", "Needs re-check"


class ClaimType(models.TextChoices):
    QUANTITY = "quantity", "Quantity"
    COMPARISON = "comparison", "Comparison"
    EVENT = "event", "Event"
    QUOTE = "quote", "Quote"
    PREDICTION = "prediction", "Prediction"
    CAUSAL = "causal", "Causal"
    RULE = "rule", "Rule"
    OTHER = "other", "Other"


class Rating(models.TextChoices):
    TRUE = "true", "True"
    MOSTLY_TRUE = "mostly_true", "Mostly true"
    MIXED = "mixed", "Mixed"
    MOSTLY_FALSE = "mostly_false", "Mostly false"
    FALSE = "false", "False"
    MISLEADING = "misleading", "Misleading"
    UNVERIFIABLE = "unverifiable", "Unverifiable"


class Via(models.TextChoices):
    ADMIN = "admin", "Admin"
    UI = "ui", "Review UI"
    API = "api", "API"
    SYSTEM = "system", "System"


class Priority(models.IntegerChoices):
    LOW = 0, "Low"
    NORMAL = 1, "Normal"
    HIGH = 2, "High"
    URGENT = 3, "Urgent"


_WHITESPACE = re.compile(r"\s+")


def content_hash(body: str) -> str:
    """The identity of an article's text: whitespace differences do not make a new article."""
    return hashlib.sha256(_WHITESPACE.sub(" ", body).strip().encode("utf-8")).hexdigest()


class Article(models.Model):
    title = models.CharField(max_length=300, blank=True)
    body = models.TextField()
    url = models.URLField(max_length=1000, null=True, blank=True, unique=True)
    outlet = models.ForeignKey(
        "sources.Outlet", null=True, blank=True, on_delete=models.PROTECT, related_name="articles"
    )
    language = models.CharField(max_length=8, choices=Language.choices, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    ingested_at = models.DateTimeField(default=timezone.now, editable=False)
    content_hash = models.CharField(max_length=64, unique=True, editable=False)

    class Meta:
        ordering = ["-ingested_at", "-id"]
        indexes = [
            # used by: article lists ordered by publication, newest first
            models.Index(fields=["-published_at", "-id"], name="article_published_idx"),
        ]

    def __str__(self) -> str:
        return self.display_title

    def save(self, *args, **kwargs) -> None:
        # The hash is derived from the body, never set by hand: it is what makes the
        # "same text is not ingested twice" constraint hold.
        self.content_hash = content_hash(self.body)
        if kwargs.get("update_fields") is not None and "body" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "content_hash"}
        super().save(*args, **kwargs)

    @property
    def display_title(self) -> str:
        if self.title:
            return self.title
        first_line = self.body.strip().split("\n", 1)[0]
        return first_line if len(first_line) <= 80 else first_line[:79] + "…"


class ClaimQuerySet(models.QuerySet):
    def for_lists(self) -> ClaimQuerySet:
        """What every claim list shows beside the claim itself, in the same query."""
        return self.select_related("article", "article__outlet", "assignee")

    def due_for_recheck(self, now=None) -> ClaimQuerySet:
        return self.filter(status=Status.PUBLISHED, next_recheck_at__lte=now or timezone.now())


class Claim(models.Model):
    article = models.ForeignKey(Article, on_delete=models.PROTECT, related_name="claims")
    text = models.TextField()
    start = models.PositiveIntegerField(help_text="Offset of the claim's source text in the body.")
    end = models.PositiveIntegerField()
    sentence_start = models.PositiveIntegerField(null=True, blank=True)
    sentence_end = models.PositiveIntegerField(null=True, blank=True)
    speaker = models.CharField(max_length=200, blank=True)
    type = models.CharField(max_length=16, choices=ClaimType.choices, default=ClaimType.OTHER)
    checkworthiness = models.FloatField(default=0.0)
    quantities = models.JSONField(default=list, blank=True)
    # Only claims.workflow assigns status; forms never show it as editable.
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.NEW, editable=False
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_claims",
    )
    priority = models.PositiveSmallIntegerField(choices=Priority.choices, default=Priority.NORMAL)
    next_recheck_at = models.DateTimeField(null=True, blank=True)
    duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="duplicates"
    )
    # Bumped by every write that goes through a service; clients send back the
    # version they read and a stale write is refused (lost-update protection).
    version = models.PositiveIntegerField(default=1, editable=False)
    edited = models.BooleanField(
        default=False, editable=False, help_text="A person changed the extracted text or type."
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["article_id", "start", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(start__gte=0) & Q(start__lt=F("end")), name="claim_span_valid"
            ),
            models.CheckConstraint(
                condition=Q(checkworthiness__gte=0) & Q(checkworthiness__lte=1),
                name="claim_checkworthiness_in_unit_range",
            ),
            models.CheckConstraint(
                condition=Q(status__in=Status.values), name="claim_status_valid"
            ),
            # used by: re-extraction, which recognises a claim it made before by its span
            models.UniqueConstraint(fields=["article", "start", "end"], name="claim_unique_span"),
        ]
        indexes = [
            # used by: review queues and list filters (status, newest first)
            models.Index(fields=["status", "-created_at"], name="claim_status_created_idx"),
            # used by: "my claims" (assignee=me, by status)
            models.Index(fields=["assignee", "status"], name="claim_assignee_status_idx"),
            # used by: incremental sync (updated_since) and ordering by update
            models.Index(fields=["updated_at", "id"], name="claim_updated_idx"),
            # used by: API claim lists in creation order (the default), keyset cursor pages
            models.Index(fields=["created_at", "id"], name="claim_created_idx"),
            # used by: the re-check scan, which only ever looks at published claims
            models.Index(
                fields=["next_recheck_at"],
                condition=Q(status="published"),
                name="claim_recheck_due_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.text if len(self.text) <= 80 else self.text[:79] + "…"

    @property
    def source_text(self) -> str:
        """The exact text of the article the claim was extracted from."""
        return self.article.body[self.start : self.end]

    @property
    def current_verdict(self) -> Verdict | None:
        return self.verdicts.filter(is_current=True).first()

    @property
    def published_verdict(self) -> Verdict | None:
        """The last approved verdict: stays visible while a re-check is under way."""
        return self.verdicts.filter(approved_at__isnull=False).order_by("-approved_at").first()


class Verdict(models.Model):
    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="verdicts")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="verdicts"
    )
    rating = models.CharField(max_length=16, choices=Rating.choices)
    summary = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="approved_verdicts",
        editable=False,
    )
    approved_at = models.DateTimeField(null=True, blank=True, editable=False)
    is_current = models.BooleanField(default=True, editable=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["claim"], condition=Q(is_current=True), name="verdict_one_current_per_claim"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_rating_display()} ({self.reviewer})"


class AppendOnlyError(Exception):
    """Raised on any attempt to change or delete a history row."""


class StatusChangeQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("Status history is append-only.")

    def delete(self):
        raise AppendOnlyError("Status history is append-only.")

    _raw_delete = delete


class StatusChange(models.Model):
    """One row per status change of a claim, written in the transition's transaction."""

    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="history")
    from_status = models.CharField(max_length=20, choices=Status.choices)
    to_status = models.CharField(max_length=20, choices=Status.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="status_changes",
        help_text="Empty when the system made the change.",
    )
    at = models.DateTimeField(default=timezone.now)
    note = models.TextField(blank=True)
    via = models.CharField(max_length=8, choices=Via.choices)

    objects = StatusChangeQuerySet.as_manager()

    class Meta:
        ordering = ["at", "id"]
        get_latest_by = ["at", "id"]
        indexes = [
            # used by: a claim's history, oldest first
            models.Index(fields=["claim", "at"], name="statuschange_claim_at_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.from_status} → {self.to_status}"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise AppendOnlyError("Status history is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Status history is append-only.")


class IngestJob(models.Model):
    """A batch of articles submitted through the API, extracted in the background.

    The submitted articles are stored as IngestItem rows in the request's
    transaction, before any work starts, so a crashed worker loses nothing: the
    task resumes with the items still pending.
    """

    class State(models.TextChoices):
        PENDING = "pending", "Pending"
        RUNNING = "running", "Running"
        DONE = "done", "Done"

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="ingest_jobs"
    )
    state = models.CharField(max_length=8, choices=State.choices, default=State.PENDING)
    total = models.PositiveIntegerField()
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Ingest job {self.pk} ({self.state})"


class IngestItem(models.Model):
    """One submitted article of an IngestJob and what became of it."""

    class Outcome(models.TextChoices):
        PENDING = "pending", "Pending"
        CREATED = "created", "Created"
        DUPLICATE = "duplicate", "Duplicate"
        FAILED = "failed", "Failed"

    job = models.ForeignKey(IngestJob, on_delete=models.CASCADE, related_name="items")
    index = models.PositiveIntegerField(help_text="Position in the submitted batch, from 0.")
    payload = models.JSONField(help_text="The article as submitted (validated).")
    outcome = models.CharField(max_length=9, choices=Outcome.choices, default=Outcome.PENDING)
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    message = models.TextField(blank=True)
    processed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["job", "index"]
        constraints = [
            models.UniqueConstraint(fields=["job", "index"], name="ingestitem_unique_index"),
        ]

    def __str__(self) -> str:
        return f"{self.job_id}#{self.index} {self.outcome}"
