"""List filters of the API (django-filter), for claims and articles."""

from __future__ import annotations

import re

import django_filters as filters
from django import forms
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import Exists, OuterRef, Q, QuerySet
from rest_framework.exceptions import ValidationError

from claims.models import Article, Claim, ClaimType, Language, Rating, Status, Verdict
from sources.models import Outlet

# The exact expression of the GIN index made by migration 0005: keep the two in step.
# "simple" (no stemming, no stop words) because claims are Swedish and English alike.
CLAIM_SEARCH_VECTOR = SearchVector("text", config="simple")
_ID = re.compile(r"[0-9]{1,18}")


class NewsIsoDateTimeField(filters.fields.IsoDateTimeField):
    """ISO 8601 date-times in the years 1900-2999: far-off years overflow on conversion."""

    def clean(self, value):
        parsed = super().clean(value)
        if parsed is not None and not 1900 <= parsed.year <= 2999:
            raise forms.ValidationError("Must be between the years 1900 and 2999.")
        return parsed


class NewsIsoDateTimeFilter(filters.IsoDateTimeFilter):
    field_class = NewsIsoDateTimeField


def claims_matching(queryset: QuerySet, text: str) -> QuerySet:
    """Claims whose text matches `text`: full-text on PostgreSQL, substrings elsewhere.

    PostgreSQL: websearch syntax ("quoted phrase", -excluded, or), via the GIN index.
    SQLite: every word must occur in the text (case-insensitive), a working stand-in.
    """
    if connection.vendor == "postgresql":
        query = SearchQuery(text, config="simple", search_type="websearch")
        return queryset.alias(search=CLAIM_SEARCH_VECTOR).filter(search=query)
    words = text.split()
    condition = Q()
    for word in words:
        condition &= Q(text__icontains=word.strip('"'))
    return queryset.filter(condition)


class ClaimFilter(filters.FilterSet):
    status = filters.MultipleChoiceFilter(choices=Status.choices, help_text="Repeat for several.")
    type = filters.MultipleChoiceFilter(choices=ClaimType.choices, help_text="Repeat for several.")
    language = filters.ChoiceFilter(field_name="article__language", choices=Language.choices)
    assignee = filters.CharFilter(
        method="filter_assignee",
        help_text="`me`, `none` (unassigned), or a user id.",
    )
    article = filters.ModelChoiceFilter(queryset=Article.objects.only("id"))
    outlet = filters.ModelChoiceFilter(field_name="article__outlet", queryset=Outlet.objects.all())
    rating = filters.ChoiceFilter(
        choices=Rating.choices, method="filter_rating", help_text="The current verdict's rating."
    )
    updated_since = NewsIsoDateTimeFilter(
        field_name="updated_at",
        lookup_expr="gte",
        help_text="Claims changed at or after this time (ISO 8601), for incremental sync.",
    )
    q = filters.CharFilter(
        method="filter_q",
        max_length=200,
        help_text="Full-text search in the claim text (PostgreSQL websearch syntax).",
    )

    class Meta:
        model = Claim
        fields: list[str] = []

    def filter_assignee(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        if value == "me":
            return queryset.filter(assignee=self.request.user)
        if value == "none":
            return queryset.filter(assignee__isnull=True)
        if _ID.fullmatch(value):
            return queryset.filter(assignee_id=int(value))
        raise ValidationError({"assignee": ["Use `me`, `none` or a user id."]})

    def filter_rating(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        current = Verdict.objects.filter(claim=OuterRef("pk"), is_current=True, rating=value)
        return queryset.filter(Exists(current))

    def filter_q(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return claims_matching(queryset, value) if value.strip() else queryset


class ArticleFilter(filters.FilterSet):
    outlet = filters.ModelChoiceFilter(queryset=Outlet.objects.all())
    language = filters.ChoiceFilter(choices=Language.choices)
    url = filters.CharFilter(max_length=1000, help_text="Exact URL: is this article in Factdesk?")
    published_since = NewsIsoDateTimeFilter(field_name="published_at", lookup_expr="gte")
    ingested_since = NewsIsoDateTimeFilter(field_name="ingested_at", lookup_expr="gte")

    class Meta:
        model = Article
        fields: list[str] = []


class ClaimReviewFilter(filters.FilterSet):
    updated_since = NewsIsoDateTimeFilter(
        field_name="updated_at",
        lookup_expr="gte",
        help_text="Reviews whose claim changed at or after this time (ISO 8601).",
    )

    class Meta:
        model = Claim
        fields: list[str] = []
