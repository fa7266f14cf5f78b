"""Serializers of outlets and sources."""

from __future__ import annotations

from django.db import models
from rest_framework import serializers

from claims.api.fields import NewsDateTimeField, StrictCharField
from sources.models import Outlet, Source, normalize_url


class StrictModelSerializer(serializers.ModelSerializer):
    """Text columns refuse non-string JSON (no silent 42 -> "42")."""

    serializer_field_mapping = {
        **serializers.ModelSerializer.serializer_field_mapping,
        models.CharField: StrictCharField,
        models.TextField: StrictCharField,
        models.DateTimeField: NewsDateTimeField,
    }


class OutletSerializer(StrictModelSerializer):
    class Meta:
        model = Outlet
        fields = ["id", "name", "url"]


class SourceSerializer(StrictModelSerializer):
    class Meta:
        model = Source
        fields = [
            "id", "url", "title", "kind", "outlet", "published_at", "accessed_at",
            "archived_url", "reliability", "last_checked_at", "last_status",
            "consecutive_failures",
        ]  # fmt: skip
        read_only_fields = ["last_checked_at", "last_status", "consecutive_failures"]
        # Uniqueness is checked on the normalized URL in validate_url, not on the raw input.
        extra_kwargs = {"url": {"validators": []}}

    def validate_url(self, value: str) -> str:
        try:
            normalized = normalize_url(value)
        except ValueError as exc:
            raise serializers.ValidationError("Enter a valid URL.") from exc
        if len(normalized) > Source._meta.get_field("url").max_length:
            raise serializers.ValidationError("The URL is too long.")
        existing = Source.objects.filter(url=normalized)
        if self.instance is not None:
            existing = existing.exclude(pk=self.instance.pk)
        if (found := existing.only("id").first()) is not None:
            raise serializers.ValidationError(f"Source {found.pk} already has this URL.")
        return normalized
