"""Where verdicts get their backing: outlets, sources and the evidence linking them to claims."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.db import models
from django.utils import timezone
from w3lib.url import canonicalize_url, url_query_cleaner

# Query parameters that only say how a reader arrived; they never make a different source.
TRACKING_PARAMETERS = (
    "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content",
    "fbclid", "gclid", "mc_cid", "mc_eid", "ref", "cmpid",
)  # fmt: skip
_DEFAULT_PORTS = {"http": 80, "https": 443}


def normalize_url(url: str) -> str:
    """The one spelling of a URL under which a source is stored (and found again).

    Lower-case scheme and host, no default port, no fragment, no tracking
    parameters, query parameters sorted.
    """
    cleaned = canonicalize_url(url_query_cleaner(url.strip(), TRACKING_PARAMETERS, remove=True))
    parts = urlsplit(cleaned)
    if parts.port and _DEFAULT_PORTS.get(parts.scheme) == parts.port:
        parts = parts._replace(netloc=parts.hostname or "")
    return urlunsplit(parts)


class Outlet(models.Model):
    name = models.CharField(max_length=200, unique=True)
    url = models.URLField(max_length=500, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class SourceKind(models.TextChoices):
    STATISTIC = "statistic", "Statistic"
    DOCUMENT = "document", "Document"
    ARTICLE = "article", "Article"
    TRANSCRIPT = "transcript", "Transcript"
    DATASET = "dataset", "Dataset"
    EXPERT = "expert", "Expert"
    OTHER = "other", "Other"


class Reliability(models.TextChoices):
    HIGH = "high", "High"
    MEDIUM = "medium", "Medium"
    LOW = "low", "Low"
    UNKNOWN = "unknown", "Unknown"


class Source(models.Model):
    url = models.URLField(max_length=1000, unique=True, help_text="Stored normalized.")
    title = models.CharField(max_length=300, blank=True)
    kind = models.CharField(max_length=16, choices=SourceKind.choices, default=SourceKind.OTHER)
    outlet = models.ForeignKey(
        Outlet, null=True, blank=True, on_delete=models.PROTECT, related_name="sources"
    )
    published_at = models.DateTimeField(null=True, blank=True)
    accessed_at = models.DateTimeField(default=timezone.now)
    archived_url = models.URLField(max_length=1000, blank=True)
    reliability = models.CharField(
        max_length=8, choices=Reliability.choices, default=Reliability.UNKNOWN
    )
    # Written by the link checker only.
    last_checked_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_status = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    consecutive_failures = models.PositiveSmallIntegerField(default=0, editable=False)

    class Meta:
        ordering = ["title", "id"]

    def __str__(self) -> str:
        return self.title or self.url

    def save(self, *args, **kwargs) -> None:
        # Normalizing here keeps the unique constraint meaningful for every writer.
        self.url = normalize_url(self.url)
        super().save(*args, **kwargs)


class Stance(models.TextChoices):
    SUPPORTS = "supports", "Supports"
    CONTRADICTS = "contradicts", "Contradicts"
    CONTEXT = "context", "Context"


class Evidence(models.Model):
    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="evidence")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="evidence")
    stance = models.CharField(max_length=12, choices=Stance.choices)
    excerpt = models.TextField(blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="evidence_added"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name_plural = "evidence"
        constraints = [
            models.UniqueConstraint(
                fields=["claim", "source"], name="evidence_unique_claim_source"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_stance_display()}: {self.source}"
