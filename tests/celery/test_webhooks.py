"""Webhooks against a real local HTTP server: events, signatures, retries, the attempt log."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json

import pytest
from django.db import transaction
from django.utils import timezone

from claims.models import Claim, Status, Via
from claims.recheck import claims_flag_due_rechecks
from claims.workflow import transition
from webhooks.models import DeliveryState, Event, Webhook, WebhookAttempt, WebhookDelivery
from webhooks.services import (
    backoff_seconds,
    deliveries_create_for_status_changes,
    signature_for,
)
from webhooks.tasks import deliver, retry_due_deliveries

pytestmark = pytest.mark.django_db

SECRET = "a-shared-secret-of-the-newsroom-tool"


@pytest.fixture
def webhook(http_server, loopback_allowed):
    return Webhook.objects.create(
        url=http_server.url("/hooks/factdesk"), secret=SECRET, events=list(Event.values)
    )


def verify(received) -> dict:
    """What a newsroom tool does with a request: check the signature, then read the JSON."""
    expected = "sha256=" + hmac.new(SECRET.encode(), received.body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(received.headers["X-Factdesk-Signature"], expected)
    return json.loads(received.body)


def test_a_status_change_is_delivered_signed_after_commit(
    webhook, http_server, claim_in, reviewer, django_capture_on_commit_callbacks
):
    # given
    claim = claim_in(Status.NEW)

    # when
    with django_capture_on_commit_callbacks(execute=True):
        transition(claim, to=Status.QUEUED, actor=reviewer, note="triaged", via=Via.API)

    # then
    [received] = http_server.requests_to("/hooks/factdesk")
    body = verify(received)
    assert received.method == "POST"
    assert received.headers["Content-Type"] == "application/json"
    assert received.headers["X-Factdesk-Event"] == "claim.status_changed"
    assert body["event"] == "claim.status_changed"
    assert body["id"] == received.headers["X-Factdesk-Delivery"]
    assert body["data"]["claim"] == {
        "id": claim.pk,
        "status": "queued",
        "version": claim.version,
        "api_url": f"/api/v1/claims/{claim.pk}/",
    }
    assert body["data"]["change"] | {"at": None} == {
        "from_status": "new",
        "to_status": "queued",
        "at": None,
        "via": "api",
        "actor": reviewer.username,
        "note": "triaged",
    }
    delivery = WebhookDelivery.objects.get()
    assert (delivery.state, delivery.attempts) == (DeliveryState.DELIVERED, 1)
    [attempt] = delivery.attempt_log.all()
    assert (attempt.number, attempt.status_code, attempt.error) == (1, 200, "")
    assert attempt.duration_ms >= 0


def test_nothing_is_sent_for_a_change_that_rolls_back(webhook, http_server, claim_in, reviewer):
    claim = claim_in(Status.NEW)

    with pytest.raises(RuntimeError), transaction.atomic():
        transition(claim, to=Status.QUEUED, actor=reviewer, via=Via.API)
        raise RuntimeError("the request failed later")

    assert WebhookDelivery.objects.count() == 0
    assert http_server.received == []


def test_approving_a_verdict_sends_all_three_events(
    webhook, http_server, claim_in, editor, django_capture_on_commit_callbacks
):
    claim = claim_in(Status.VERDICT_PROPOSED)

    with django_capture_on_commit_callbacks(execute=True):
        transition(claim, to=Status.PUBLISHED, actor=editor, via=Via.ADMIN)

    bodies = {verify(r)["event"]: verify(r) for r in http_server.received}
    assert set(bodies) == {"claim.status_changed", "claim.published", "verdict.changed"}
    verdict = bodies["verdict.changed"]["data"]["verdict"]
    assert verdict["id"] == claim.published_verdict.pk
    assert (verdict["rating"], verdict["approved_by"]) == ("mostly_true", editor.username)
    assert verdict["approved_at"] is not None


def test_confirming_a_recheck_publishes_again_but_does_not_change_the_verdict(
    webhook, http_server, claim_in, editor, django_capture_on_commit_callbacks
):
    claim = claim_in(Status.RECHECK_DUE)
    http_server.received.clear()

    with django_capture_on_commit_callbacks(execute=True):
        transition(claim, to=Status.PUBLISHED, actor=editor, via=Via.ADMIN)

    assert sorted(verify(r)["event"] for r in http_server.received) == [
        "claim.published",
        "claim.status_changed",
    ]


def test_a_webhook_gets_only_the_events_it_asked_for_and_inactive_ones_nothing(
    http_server, loopback_allowed, claim_in, editor, django_capture_on_commit_callbacks
):
    Webhook.objects.create(url=http_server.url("/published"), events=["claim.published"])
    Webhook.objects.create(url=http_server.url("/off"), events=Event.values, active=False)
    claim = claim_in(Status.VERDICT_PROPOSED)

    with django_capture_on_commit_callbacks(execute=True):
        transition(claim, to=Status.PUBLISHED, actor=editor, via=Via.ADMIN)

    assert [r.path for r in http_server.received] == ["/published"]
    assert http_server.requests_to("/off") == []


def test_with_no_active_webhook_recording_events_costs_one_query(
    django_assert_num_queries, claim_in
):
    claim = claim_in(Status.NEW)
    change = {
        "claim_id": claim.pk, "from_status": "new", "to_status": "queued", "version": 2,
        "at": timezone.now(), "via": "api", "actor": None, "note": "",
    }  # fmt: skip

    with django_assert_num_queries(1):  # the active webhooks
        assert deliveries_create_for_status_changes(changes=[change]) == []


def test_a_500_is_retried_with_backoff_and_every_attempt_is_logged(
    webhook, http_server, claim_in, reviewer, django_capture_on_commit_callbacks
):
    # given a tool that fails once, then works
    http_server.answer("/hooks/factdesk", 500, 200)
    claim = claim_in(Status.NEW)

    # when the change is delivered
    with django_capture_on_commit_callbacks(execute=True):
        transition(claim, to=Status.QUEUED, actor=reviewer, via=Via.API)

    # then the first attempt is logged and the next one scheduled after the backoff
    delivery = WebhookDelivery.objects.get()
    assert (delivery.state, delivery.attempts) == (DeliveryState.PENDING, 1)
    wait = (delivery.next_attempt_at - timezone.now()).total_seconds()
    assert backoff_seconds(1) - 5 < wait <= backoff_seconds(1)

    # when the retry runs before its time (a duplicate message), nothing is sent
    assert deliver.delay(delivery.pk).get() is None
    assert len(http_server.received) == 1

    # when its time has come
    WebhookDelivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
    assert deliver.delay(delivery.pk).get() == DeliveryState.DELIVERED
    assert deliver.delay(delivery.pk).get() is None  # and once more: nothing more

    # then
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts) == (DeliveryState.DELIVERED, 2)
    log = list(
        delivery.attempt_log.order_by("number").values_list("number", "status_code", "error")
    )
    assert log == [(1, 500, "HTTP 500"), (2, 200, "")]
    bodies = [r.body for r in http_server.received]
    assert bodies[0] == bodies[1]  # the same event, byte for byte
    assert len({verify(r)["id"] for r in http_server.received}) == 1


def test_backoff_doubles_up_to_the_cap(settings):
    settings.WEBHOOK_BACKOFF_BASE_SECONDS = 30
    settings.WEBHOOK_BACKOFF_MAX_SECONDS = 3000

    assert [backoff_seconds(n) for n in range(1, 9)] == [30, 60, 120, 240, 480, 960, 1920, 3000]


def test_delivery_gives_up_after_the_last_attempt(webhook, http_server, claim_in, settings):
    settings.WEBHOOK_MAX_ATTEMPTS = 2
    http_server.answer("/hooks/factdesk", 503)
    claim = claim_in(Status.NEW)
    [delivery_id] = record_change(claim)

    states = []
    for _ in range(3):
        WebhookDelivery.objects.filter(pk=delivery_id).update(next_attempt_at=timezone.now())
        states.append(deliver.delay(delivery_id).get())

    assert states == [DeliveryState.PENDING, DeliveryState.FAILED, None]
    assert WebhookAttempt.objects.filter(delivery_id=delivery_id).count() == 2


def test_an_unreachable_tool_is_logged_as_an_error(http_server, loopback_allowed, claim_in):
    hook = Webhook.objects.create(url="http://127.0.0.1:9/closed", events=Event.values)
    [delivery_id] = record_change(claim_in(Status.NEW))

    deliver.delay(delivery_id)

    attempt = WebhookAttempt.objects.get(webhook=hook)
    assert attempt.status_code is None
    assert "ConnectError" in attempt.error


def test_a_webhook_to_a_private_address_is_refused_and_logged(http_server, claim_in):
    hook = Webhook.objects.create(url=http_server.url("/internal"), events=Event.values)
    [delivery_id] = record_change(claim_in(Status.NEW))

    deliver.delay(delivery_id)

    assert http_server.received == []
    assert "non-public" in WebhookAttempt.objects.get(webhook=hook).error


def test_the_sweep_resends_deliveries_whose_retry_message_was_lost(webhook, http_server, claim_in):
    claim = claim_in(Status.NEW)
    [delivery_id] = record_change(claim)  # recorded, but its message never sent
    assert retry_due_deliveries.delay().get() == 0  # not overdue yet

    WebhookDelivery.objects.filter(pk=delivery_id).update(
        next_attempt_at=timezone.now() - dt.timedelta(minutes=5)
    )
    assert retry_due_deliveries.delay().get() == 1
    assert retry_due_deliveries.delay().get() == 0

    assert WebhookDelivery.objects.get(pk=delivery_id).state == DeliveryState.DELIVERED
    assert len(http_server.received) == 1


def test_the_due_scan_records_an_event_per_flagged_claim(
    webhook, http_server, claim_in, django_capture_on_commit_callbacks
):
    claims = [claim_in(Status.PUBLISHED) for _ in range(3)]
    Claim.objects.update(next_recheck_at=timezone.now() - dt.timedelta(days=1))
    http_server.received.clear()

    with django_capture_on_commit_callbacks(execute=True):
        claims_flag_due_rechecks()

    bodies = [verify(r) for r in http_server.received]
    assert sorted(b["data"]["claim"]["id"] for b in bodies) == sorted(c.pk for c in claims)
    assert {(b["event"], b["data"]["change"]["to_status"]) for b in bodies} == {
        ("claim.status_changed", "recheck_due")
    }
    assert {b["data"]["change"]["actor"] for b in bodies} == {None}


def test_the_signature_is_hmac_sha256_of_the_body():
    body = b'{"event":"claim.published"}'
    expected = hmac.new(b"k" * 16, body, hashlib.sha256).hexdigest()

    assert signature_for("k" * 16, body) == f"sha256={expected}"


def record_change(claim: Claim) -> list[int]:
    """Record a status-change event for the claim without sending it (no on_commit run)."""
    return deliveries_create_for_status_changes(
        changes=[
            {
                "claim_id": claim.pk, "from_status": "new", "to_status": "queued",
                "version": claim.version, "at": timezone.now(), "via": "api", "actor": None,
                "note": "",
            }
        ]
    )  # fmt: skip
