"""Webhook delivery tasks: one attempt per run, retried by Celery with exponential backoff."""

from __future__ import annotations

from celery import shared_task

from factdesk.celery import TASK_DEFAULTS
from webhooks.services import deliveries_due_for_retry, delivery_attempt


@shared_task(bind=True, name="webhooks.deliver", max_retries=None, **TASK_DEFAULTS)
def deliver(self, delivery_id: int) -> str | None:
    """Attempt one delivery; on failure retry after the backoff the attempt scheduled.

    Safe to run twice: a delivery that is not due (in flight, delivered, failed) is left
    alone. WEBHOOK_MAX_ATTEMPTS bounds the retries, not Celery's max_retries. In eager mode
    (no broker) there is no retry message; the periodic sweep picks the delivery up.
    """
    outcome = delivery_attempt(delivery_id=delivery_id)
    if outcome is None:
        return None
    if outcome.retry_in is not None and not self.request.is_eager:
        raise self.retry(countdown=outcome.retry_in)
    return outcome.state


@shared_task(name="webhooks.retry_due_deliveries", **TASK_DEFAULTS)
def retry_due_deliveries() -> int:
    """Re-enqueue pending deliveries whose retry message was lost. Returns how many."""
    ids = deliveries_due_for_retry()
    for delivery_id in ids:
        deliver.delay(delivery_id)
    return len(ids)
