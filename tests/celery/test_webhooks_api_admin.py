"""Webhooks managed through the API (editors only, write-only secret) and the admin."""

from __future__ import annotations

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims.models import Status
from tests.factories import UserFactory
from webhooks.models import Event, Webhook, WebhookAttempt, WebhookDelivery
from webhooks.services import deliveries_create_for_status_changes

pytestmark = pytest.mark.django_db


def api_as(user) -> APIClient:
    client = APIClient()
    if user is not None:
        token, _ = Token.objects.get_or_create(user=user)
        client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


def test_an_editor_creates_a_webhook_and_sees_its_generated_secret_once(editor, loopback_allowed):
    client = api_as(editor)

    created = client.post(
        "/api/v1/webhooks/",
        {"url": "http://127.0.0.1:8123/hook", "events": ["claim.published", "verdict.changed"]},
        format="json",
    )

    assert created.status_code == 201, created.content
    body = created.json()
    hook = Webhook.objects.get()
    assert body["secret"] == hook.secret and len(hook.secret) >= 32
    assert body["events"] == ["claim.published", "verdict.changed"]
    assert body["active"] is True
    # never again
    assert "secret" not in client.get(f"/api/v1/webhooks/{hook.pk}/").json()
    assert all("secret" not in item for item in client.get("/api/v1/webhooks/").json())
    changed = client.patch(f"/api/v1/webhooks/{hook.pk}/", {"active": False}, format="json")
    assert changed.status_code == 200 and "secret" not in changed.json()


def test_a_secret_chosen_by_the_client_is_stored_and_not_echoed(editor, loopback_allowed):
    created = api_as(editor).post(
        "/api/v1/webhooks/",
        {"url": "http://127.0.0.1:8123/h", "events": ["claim.status_changed"], "secret": "s" * 20},
        format="json",
    )

    assert created.status_code == 201
    assert "secret" not in created.json()
    assert Webhook.objects.get().secret == "s" * 20


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"url": "http://127.0.0.1:8123/h", "events": ["claim.deleted"]}, "events"),
        ({"url": "http://127.0.0.1:8123/h", "events": []}, "events"),
        ({"url": "not a url", "events": ["claim.published"]}, "url"),
        ({"url": "http://10.0.0.5/h", "events": ["claim.published"]}, "url"),
        ({"url": "http://127.0.0.1:8123/h", "events": ["claim.published"], "secret": "short"},
         "secret"),
    ],
)  # fmt: skip
def test_invalid_webhooks_get_400_and_nothing_is_stored(editor, loopback_allowed, body, field):
    response = api_as(editor).post("/api/v1/webhooks/", body, format="json")

    assert response.status_code == 400, response.content
    assert field in response.json()["fields"]
    assert not Webhook.objects.exists()


def test_only_editors_manage_webhooks(reviewer):
    assert api_as(None).get("/api/v1/webhooks/").status_code == 401
    assert api_as(reviewer).get("/api/v1/webhooks/").status_code == 403
    response = api_as(reviewer).post(
        "/api/v1/webhooks/", {"url": "https://tool.example/h", "events": ["claim.published"]}
    )
    assert response.status_code == 403
    assert not Webhook.objects.exists()


def test_the_deliveries_of_a_webhook_list_their_attempts(
    editor, claim_in, django_assert_max_num_queries
):
    hook = Webhook.objects.create(url="https://tool.example/h", events=Event.values)
    claim = claim_in(Status.NEW)
    [delivery_id] = deliveries_create_for_status_changes(
        changes=[
            {
                "claim_id": claim.pk, "from_status": "new", "to_status": "queued",
                "version": 2, "at": None, "via": "api", "actor": None, "note": "",
            }
        ]
    )  # fmt: skip
    for number, code in [(1, 500), (2, 200)]:
        WebhookAttempt.objects.create(
            delivery_id=delivery_id, webhook=hook, number=number, status_code=code, duration_ms=5
        )
    client = api_as(editor)

    with django_assert_max_num_queries(6):  # auth, roles, webhook, deliveries, attempts
        response = client.get(f"/api/v1/webhooks/{hook.pk}/deliveries/")

    assert response.status_code == 200
    [delivery] = response.json()
    assert delivery["id"] == delivery_id
    assert [a["status_code"] for a in delivery["attempt_log"]] == [500, 200]
    assert delivery["payload"]["event"] == "claim.status_changed"


def test_the_admin_shows_each_attempt_inline_and_never_the_secret(client, claim_in):
    admin_user = UserFactory(is_superuser=True)
    hook = Webhook.objects.create(
        url="https://tool.example/h", secret="do-not-show-this-secret", events=Event.values
    )
    claim = claim_in(Status.NEW)
    delivery = WebhookDelivery.objects.create(webhook=hook, event="claim.published", payload={})
    WebhookAttempt.objects.create(
        delivery=delivery, webhook=hook, number=1, status_code=502, duration_ms=12,
        error="HTTP 502 from the tool",
    )  # fmt: skip
    client.force_login(admin_user)

    page = client.get(f"/admin/webhooks/webhook/{hook.pk}/change/")
    changelist = client.get("/admin/webhooks/webhook/")
    deliveries = client.get(f"/admin/webhooks/webhookdelivery/{delivery.pk}/change/")

    assert page.status_code == changelist.status_code == deliveries.status_code == 200
    html = page.content.decode()
    assert "HTTP 502 from the tool" in html and "502" in html
    assert "do-not-show-this-secret" not in html
    assert "HTTP 502 from the tool" in deliveries.content.decode()
    assert claim.pk  # the claim only made the delivery plausible


def test_adding_a_webhook_in_the_admin_generates_a_secret_shown_once(client, loopback_allowed):
    client.force_login(UserFactory(is_superuser=True))

    response = client.post(
        "/admin/webhooks/webhook/add/",
        {
            "url": "http://127.0.0.1:8123/hook",
            "description": "CMS",
            "events": ["claim.published"],
            "active": "on",
            "new_secret": "",
            "attempts-TOTAL_FORMS": "0",
            "attempts-INITIAL_FORMS": "0",
        },
        follow=True,
    )

    hook = Webhook.objects.get()
    assert hook.events == ["claim.published"]
    assert hook.secret in response.content.decode()
    assert (
        hook.secret not in client.get(f"/admin/webhooks/webhook/{hook.pk}/change/").content.decode()
    )


def test_the_admin_refuses_a_webhook_to_a_private_address(client):
    client.force_login(UserFactory(is_superuser=True))

    response = client.post(
        "/admin/webhooks/webhook/add/",
        {
            "url": "http://192.168.0.10/hook",
            "events": ["claim.published"],
            "active": "on",
            "attempts-TOTAL_FORMS": "0",
            "attempts-INITIAL_FORMS": "0",
        },
    )

    assert response.status_code == 200
    assert "non-public address" in response.content.decode()
    assert not Webhook.objects.exists()
