"""Webhook events: recorded with the change they report, delivered signed, retried, logged.

Which events a change makes (documented in the README):
- claim.status_changed: every status change of a claim (workflow transitions and the
  system's re-check flags);
- claim.published: a claim became published (approve, or confirm after a re-check);
- verdict.changed: the published verdict of a claim changed, i.e. a verdict was approved
  (drafts added during review are internal and send nothing; confirming a re-check keeps
  the verdict, so it sends claim.published but not verdict.changed).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import uuid
from dataclasses import dataclass
from datetime import timedelta

import httpx
from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from claims.models import Status, Verdict
from sources.linkcheck import OutboundRefused, outbound_request
from webhooks.models import DeliveryState, Event, Webhook, WebhookAttempt, WebhookDelivery

SIGNATURE_HEADER = "X-Factdesk-Signature"


def signature_for(secret: str, body: bytes) -> str:
    """The X-Factdesk-Signature value: "sha256=" + hex HMAC-SHA256 of the raw body."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def deliveries_create_for_status_changes(*, changes: list[dict]) -> list[int]:
    """Write a delivery for each event of `changes` that an active webhook wants.

    Each change is a dict: claim_id, from_status, to_status, version, at, via, actor
    (username or None), note. Runs inside the caller's transaction (an outbox): the
    deliveries exist if and only if the change commits. Queries: one when no webhook is
    active; otherwise one more for approved verdicts (if verdict.changed is wanted) and
    the inserts. Enqueues webhooks.deliver for each delivery on commit. Returns their ids.
    """
    hooks = [(hook.pk, set(hook.events)) for hook in Webhook.objects.filter(active=True)]
    if not hooks or not changes:
        return []
    verdicts: dict[int, Verdict] = {}
    approved = [
        c["claim_id"]
        for c in changes
        if c["from_status"] == Status.VERDICT_PROPOSED and c["to_status"] == Status.PUBLISHED
    ]
    if approved and any(Event.VERDICT_CHANGED in events for _, events in hooks):
        for verdict in (
            Verdict.objects.filter(claim_id__in=approved, is_current=True)
            .select_related("reviewer", "approved_by")
            .order_by("id")
        ):
            verdicts[verdict.claim_id] = verdict
    created_at = timezone.now()
    deliveries = []
    for change in changes:
        claim = {
            "id": change["claim_id"],
            "status": change["to_status"],
            "version": change["version"],
            "api_url": f"/api/v1/claims/{change['claim_id']}/",
        }
        data = {
            "claim": claim,
            "change": {
                "from_status": change["from_status"],
                "to_status": change["to_status"],
                "at": _iso(change["at"]),
                "via": change["via"],
                "actor": change["actor"],
                "note": change["note"],
            },
        }
        events = {Event.CLAIM_STATUS_CHANGED: data}
        if change["to_status"] == Status.PUBLISHED:
            events[Event.CLAIM_PUBLISHED] = data
        if (verdict := verdicts.get(change["claim_id"])) is not None:
            events[Event.VERDICT_CHANGED] = {
                "claim": claim,
                "verdict": {
                    "id": verdict.pk,
                    "rating": verdict.rating,
                    "summary": verdict.summary,
                    "reviewer": verdict.reviewer.get_username(),
                    "approved_by": change["actor"],
                    "approved_at": _iso(verdict.approved_at),
                },
            }
        for hook_id, wanted in hooks:
            for event, event_data in events.items():
                if event in wanted:
                    event_id = uuid.uuid4()
                    payload = {
                        "id": str(event_id),
                        "event": str(event),
                        "created_at": _iso(created_at),
                        "data": event_data,
                    }
                    deliveries.append(
                        WebhookDelivery(
                            webhook_id=hook_id,
                            event=event,
                            event_id=event_id,
                            payload=payload,
                            next_attempt_at=created_at,
                            created_at=created_at,
                        )
                    )
    if not deliveries:
        return []
    ids = [d.pk for d in WebhookDelivery.objects.bulk_create(deliveries, batch_size=1000)]

    def enqueue() -> None:
        from webhooks.tasks import deliver

        for delivery_id in ids:
            deliver.delay(delivery_id)

    transaction.on_commit(enqueue)
    return ids


def backoff_seconds(attempt: int) -> int:
    """Wait after failed attempt number `attempt` (1, 2, ...): base * 2^(attempt-1), capped."""
    return min(
        settings.WEBHOOK_BACKOFF_BASE_SECONDS * 2 ** (attempt - 1),
        settings.WEBHOOK_BACKOFF_MAX_SECONDS,
    )


@dataclass(frozen=True)
class AttemptOutcome:
    attempt: WebhookAttempt
    state: str
    retry_in: int | None  # seconds until the next attempt; None when delivered or given up


def delivery_attempt(*, delivery_id: int) -> AttemptOutcome | None:
    """Try to deliver one pending delivery whose time has come, and log the attempt.

    Takes a lease first (moves next_attempt_at past the request's timeout with one
    conditional UPDATE), so a duplicate message or a concurrent worker finds nothing to
    do and returns None. POSTs the JSON payload with the X-Factdesk-Signature header
    (outbound address guard applies; redirects are not followed). Any 2xx delivers it;
    anything else schedules the next attempt after backoff_seconds(), until
    WEBHOOK_MAX_ATTEMPTS attempts have failed (state failed). Never raises for HTTP errors.
    """
    now = timezone.now()
    lease = now + timedelta(seconds=3 * settings.WEBHOOK_TIMEOUT_SECONDS + 60)
    taken = WebhookDelivery.objects.filter(
        pk=delivery_id,
        state=DeliveryState.PENDING,
        next_attempt_at__lte=now,
        webhook__active=True,
    ).update(next_attempt_at=lease, attempts=F("attempts") + 1)
    if not taken:
        return None
    delivery = WebhookDelivery.objects.select_related("webhook").get(pk=delivery_id)
    webhook = delivery.webhook
    body = json.dumps(delivery.payload, separators=(",", ":"), sort_keys=True).encode()
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "Factdesk-Webhooks/1",
        SIGNATURE_HEADER: signature_for(webhook.secret, body),
        "X-Factdesk-Event": delivery.event,
        "X-Factdesk-Delivery": str(delivery.event_id),
    }
    status_code, error = None, ""
    started = time.monotonic()
    try:
        with httpx.Client(timeout=settings.WEBHOOK_TIMEOUT_SECONDS, trust_env=False) as client:
            response = outbound_request(
                client, "POST", webhook.url, content=body, headers=headers, follow_redirects=False
            )
        status_code = response.status_code
        if not 200 <= status_code < 300:
            error = f"HTTP {status_code}"
    except OutboundRefused as refused:
        error = str(refused)
    except httpx.HTTPError as problem:
        error = f"{type(problem).__name__}: {problem}" if str(problem) else type(problem).__name__
    duration_ms = round((time.monotonic() - started) * 1000)
    finished = timezone.now()
    with transaction.atomic():
        attempt = WebhookAttempt.objects.create(
            delivery=delivery,
            webhook=webhook,
            number=delivery.attempts,
            at=finished,
            status_code=status_code,
            duration_ms=duration_ms,
            error=error[:2000],
        )
        retry_in = None
        if not error:
            state, fields = DeliveryState.DELIVERED, {"delivered_at": finished}
        elif delivery.attempts >= settings.WEBHOOK_MAX_ATTEMPTS:
            state, fields = DeliveryState.FAILED, {}
        else:
            retry_in = backoff_seconds(delivery.attempts)
            state = DeliveryState.PENDING
            fields = {"next_attempt_at": finished + timedelta(seconds=retry_in)}
        WebhookDelivery.objects.filter(pk=delivery.pk).update(state=state, **fields)
    return AttemptOutcome(attempt=attempt, state=state, retry_in=retry_in)


# A retry message normally arrives on time; the sweep only picks up deliveries whose
# message is evidently lost (broker restart, eager mode, a worker killed mid-attempt).
SWEEP_GRACE = timedelta(minutes=2)


def deliveries_due_for_retry(*, limit: int = 1000) -> list[int]:
    """Ids of pending deliveries overdue by more than SWEEP_GRACE (oldest first)."""
    return list(
        WebhookDelivery.objects.filter(
            state=DeliveryState.PENDING,
            next_attempt_at__lte=timezone.now() - SWEEP_GRACE,
            webhook__active=True,
        )
        .order_by("next_attempt_at", "id")
        .values_list("id", flat=True)[:limit]
    )
