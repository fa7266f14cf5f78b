"""Webhooks over the REST API (editors only): /api/v1/webhooks/.

The secret is write-only: a client may set one; if it does not, one is generated and
returned once, in the response that creates the webhook, and never again.
"""

from __future__ import annotations

from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import BasePermission
from rest_framework.response import Response

from claims.workflow import EDITOR, roles_of
from sources.linkcheck import OutboundRefused, outbound_url_check
from webhooks.models import Event, Webhook, WebhookAttempt, WebhookDelivery, new_secret


class IsEditor(BasePermission):
    message = "Only editors can manage webhooks."

    def has_permission(self, request, view) -> bool:
        user = request.user
        return bool(user and user.is_authenticated and EDITOR in roles_of(user))


class WebhookSerializer(serializers.ModelSerializer):
    events = serializers.MultipleChoiceField(choices=Event.choices, allow_empty=False)
    secret = serializers.CharField(
        write_only=True, required=False, min_length=16, max_length=128, trim_whitespace=True
    )

    class Meta:
        model = Webhook
        fields = ["id", "url", "description", "events", "active", "secret", "created_at"]
        read_only_fields = ["id", "created_at"]

    def validate_url(self, value: str) -> str:
        try:
            outbound_url_check(value)
        except OutboundRefused as refused:
            raise serializers.ValidationError(str(refused)) from refused
        return value

    def validate_events(self, value) -> list[str]:
        return sorted(value)

    def to_representation(self, instance):
        data = super().to_representation(instance)
        data["events"] = sorted(data["events"])
        return data


class AttemptSerializer(serializers.ModelSerializer):
    class Meta:
        model = WebhookAttempt
        fields = ["number", "at", "status_code", "duration_ms", "error"]


class DeliverySerializer(serializers.ModelSerializer):
    attempt_log = AttemptSerializer(many=True, read_only=True)

    class Meta:
        model = WebhookDelivery
        fields = [
            "id", "event", "event_id", "state", "attempts", "next_attempt_at", "created_at",
            "delivered_at", "payload", "attempt_log",
        ]  # fmt: skip


class WebhookViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    """Subscriptions of newsroom tools to claim.status_changed, claim.published and
    verdict.changed; `deliveries` lists the latest 100 deliveries with their attempts."""

    queryset = Webhook.objects.order_by("id")
    serializer_class = WebhookSerializer
    permission_classes = [IsEditor]
    pagination_class = None  # a newsroom has a handful of webhooks

    def perform_create(self, serializer) -> None:
        secret = serializer.validated_data.get("secret")
        self._generated_secret = None if secret else new_secret()
        serializer.save(secret=secret or self._generated_secret)

    def create(self, request, *args, **kwargs):
        response = super().create(request, *args, **kwargs)
        if self._generated_secret:  # shown this once, never again
            response.data["secret"] = self._generated_secret
        return response

    @extend_schema(responses=DeliverySerializer(many=True))
    @action(detail=True, methods=["get"], serializer_class=DeliverySerializer)
    def deliveries(self, request, pk=None):
        webhook = self.get_object()
        deliveries = webhook.deliveries.order_by("-created_at", "-id").prefetch_related(
            Prefetch("attempt_log", queryset=WebhookAttempt.objects.order_by("number"))
        )[:100]
        return Response(DeliverySerializer(deliveries, many=True).data)
