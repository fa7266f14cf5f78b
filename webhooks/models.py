"""Webhooks for newsroom tools: who wants which events, and every delivery attempt.

A WebhookDelivery is written in the same transaction as the change it reports (an
outbox): if the change commits, the event is delivered eventually, even when the
message that should carry it is lost, because the periodic retry task sweeps pending
deliveries whose time has come.
"""

from __future__ import annotations

import secrets
import uuid

from django.db import models
from django.db.models import Q
from django.utils import timezone


class Event(models.TextChoices):
    CLAIM_STATUS_CHANGED = "claim.status_changed", "Claim status changed"
    CLAIM_PUBLISHED = "claim.published", "Claim published"
    VERDICT_CHANGED = "verdict.changed", "Published verdict changed"


def new_secret() -> str:
    return secrets.token_urlsafe(32)


class Webhook(models.Model):
    url = models.URLField(max_length=1000, help_text="Receives a JSON POST for each event.")
    description = models.CharField(max_length=200, blank=True)
    # Signs every body (X-Factdesk-Signature); never shown again after it is set.
    secret = models.CharField(max_length=128, default=new_secret)
    events = models.JSONField(
        default=list, help_text=f"Any of: {', '.join(Event.values)}.", blank=False
    )
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["id"]
        indexes = [
            # used by: every status change, which looks up the active webhooks
            models.Index(fields=["active"], name="webhook_active_idx"),
        ]

    def __str__(self) -> str:
        return self.description or self.url

    def wants(self, event: str) -> bool:
        return event in self.events


class DeliveryState(models.TextChoices):
    PENDING = "pending", "Pending"
    DELIVERED = "delivered", "Delivered"
    FAILED = "failed", "Failed (gave up)"


class WebhookDelivery(models.Model):
    """One event for one webhook; attempted until it is delivered or attempts run out."""

    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="deliveries")
    event = models.CharField(max_length=32, choices=Event.choices)
    event_id = models.UUIDField(default=uuid.uuid4, editable=False)
    payload = models.JSONField()
    state = models.CharField(
        max_length=9, choices=DeliveryState.choices, default=DeliveryState.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    # While pending: when the next attempt may start. An attempt in flight moves it
    # forward (a lease), so a duplicate message finds nothing to do.
    next_attempt_at = models.DateTimeField(default=timezone.now)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "webhook deliveries"
        indexes = [
            # used by: the retry sweep, which only looks at pending deliveries
            models.Index(
                fields=["next_attempt_at"],
                condition=Q(state="pending"),
                name="delivery_pending_due_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.event} → {self.webhook} ({self.state})"


class WebhookAttempt(models.Model):
    """The log of one HTTP attempt of a delivery (append-only by convention)."""

    delivery = models.ForeignKey(
        WebhookDelivery, on_delete=models.CASCADE, related_name="attempt_log"
    )
    # Denormalized so the admin shows a webhook's attempts inline on the webhook.
    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="attempts")
    number = models.PositiveSmallIntegerField()
    at = models.DateTimeField(default=timezone.now)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    duration_ms = models.PositiveIntegerField()
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["delivery", "number"], name="attempt_unique_number"),
        ]

    def __str__(self) -> str:
        return f"#{self.number} {self.status_code or self.error[:40]}"

    @property
    def succeeded(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300
