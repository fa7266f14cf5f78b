"""Keyset ("cursor") pagination over (ordering field, id).

DRF's CursorPagination keys pages on the first ordering field only and walks
ties by offset, which degrades on low-cardinality orderings like priority and
lets rows skip or repeat when ties are inserted. Here the cursor holds the last
row's (value, id), the query always orders by the field and then by id in the
same direction, and a page is `WHERE (field, id) after (value, id) LIMIT n`:
stable while rows are inserted, and as fast on page 900 as on page 1 (given an
index on the ordering field and id).

A view declares `ordering_fields` (public name -> model field) and
`default_ordering` (e.g. "-created"); clients pass `ordering=updated` or
`ordering=-priority`, `page_size` (1-200) and the `cursor` from `next`/`previous`.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from collections import OrderedDict
from datetime import UTC, datetime
from decimal import Decimal

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Q, QuerySet
from django.utils import timezone
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

MAX_ID = 2**63 - 1


def _encode(payload: list) -> str:
    raw = json.dumps(payload, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode(cursor: str) -> list:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        payload = json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise ValidationError({"cursor": ["Invalid cursor."]}) from exc
    if not (isinstance(payload, list) and len(payload) == 4):
        raise ValidationError({"cursor": ["Invalid cursor."]})
    return payload


def _plain(value):
    """A row's ordering value as JSON."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


class KeysetCursorPagination(BasePagination):
    page_size = 50
    max_page_size = 200
    cursor_query_param = "cursor"
    page_size_query_param = "page_size"
    ordering_query_param = "ordering"

    def _orderings(self, view) -> tuple[dict[str, str], str]:
        fields = getattr(view, "ordering_fields", None) or {"id": "id"}
        return fields, getattr(view, "default_ordering", next(iter(fields)))

    def _page_size(self, request) -> int:
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        if not raw.isdigit() or not 1 <= int(raw) <= self.max_page_size:
            raise ValidationError(
                {"page_size": [f"Must be a whole number from 1 to {self.max_page_size}."]}
            )
        return int(raw)

    def _cursor_value(self, queryset: QuerySet, field: str, value):
        model_field = queryset.model._meta.get_field(field)
        if isinstance(value, float) and not math.isfinite(value):
            raise ValidationError({"cursor": ["Invalid cursor."]})
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise ValidationError({"cursor": ["Invalid cursor."]})
        try:
            parsed = model_field.to_python(value)
        except (DjangoValidationError, TypeError, ValueError, OverflowError) as exc:
            raise ValidationError({"cursor": ["Invalid cursor."]}) from exc
        if parsed is None:
            raise ValidationError({"cursor": ["Invalid cursor."]})
        if isinstance(parsed, datetime):
            if timezone.is_naive(parsed):
                parsed = parsed.replace(tzinfo=UTC)
            # Far-off years overflow when a backend converts them to UTC (a 500 otherwise).
            if not 1900 <= parsed.year <= 2999:
                raise ValidationError({"cursor": ["Invalid cursor."]})
        if isinstance(parsed, float) and not math.isfinite(parsed):
            raise ValidationError({"cursor": ["Invalid cursor."]})
        if isinstance(parsed, int) and not -MAX_ID <= parsed <= MAX_ID:
            raise ValidationError({"cursor": ["Invalid cursor."]})
        return parsed

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        fields, default = self._orderings(view)
        self.page_size_value = self._page_size(request)
        requested = request.query_params.get(self.ordering_query_param)
        raw_cursor = request.query_params.get(self.cursor_query_param)
        position = None
        reverse = False
        if raw_cursor:
            ordering, value, pk, reverse = _decode(raw_cursor)
            if requested is not None and requested != ordering:
                raise ValidationError({"cursor": ["The cursor belongs to another ordering."]})
            if not isinstance(reverse, bool) or isinstance(pk, bool) or not isinstance(pk, int):
                raise ValidationError({"cursor": ["Invalid cursor."]})
            if not 0 <= pk <= MAX_ID:
                raise ValidationError({"cursor": ["Invalid cursor."]})
        else:
            ordering = requested or default
        if not isinstance(ordering, str) or ordering.removeprefix("-") not in fields:
            choices = ", ".join(f"{name}, -{name}" for name in fields)
            raise ValidationError({"ordering": [f"Choose one of: {choices}."]})
        self.ordering = ordering
        descending = ordering.startswith("-")
        self.field = field = fields[ordering.removeprefix("-")]
        if raw_cursor:
            position = (self._cursor_value(queryset, field, value), pk)

        # A "previous" cursor walks backwards: flip the order, then flip the page back.
        walk_descending = descending != reverse
        sign = "-" if walk_descending else ""
        if field == "id":
            queryset = queryset.order_by(f"{sign}id")
        else:
            queryset = queryset.order_by(f"{sign}{field}", f"{sign}id")
        if position is not None:
            value, pk = position
            if field == "id":
                queryset = queryset.filter(**{"id__lt" if walk_descending else "id__gt": pk})
            elif walk_descending:
                queryset = queryset.filter(
                    Q(**{f"{field}__lte": value}) & (Q(**{f"{field}__lt": value}) | Q(id__lt=pk))
                )
            else:
                queryset = queryset.filter(
                    Q(**{f"{field}__gte": value}) & (Q(**{f"{field}__gt": value}) | Q(id__gt=pk))
                )
        rows = list(queryset[: self.page_size_value + 1])
        has_more = len(rows) > self.page_size_value
        rows = rows[: self.page_size_value]
        if reverse:
            rows.reverse()
        self.has_next = has_more if not reverse else position is not None
        self.has_previous = position is not None if not reverse else has_more
        self.rows = rows
        return rows

    def _link(self, row, *, reverse: bool) -> str:
        url = self.request.build_absolute_uri()
        url = remove_query_param(url, self.ordering_query_param)
        position = _plain(getattr(row, self.field))
        cursor = _encode([self.ordering, position, row.pk, reverse])
        return replace_query_param(url, self.cursor_query_param, cursor)

    def get_next_link(self) -> str | None:
        if not self.has_next or not self.rows:
            return None
        return self._link(self.rows[-1], reverse=False)

    def get_previous_link(self) -> str | None:
        if not self.has_previous or not self.rows:
            return None
        return self._link(self.rows[0], reverse=True)

    def get_paginated_response(self, data):
        return Response(
            OrderedDict(
                [
                    ("next", self.get_next_link()),
                    ("previous", self.get_previous_link()),
                    ("results", data),
                ]
            )
        )

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["next", "previous", "results"],
            "properties": {
                "next": {"type": "string", "nullable": True, "format": "uri"},
                "previous": {"type": "string", "nullable": True, "format": "uri"},
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view):
        fields, default = self._orderings(view)
        choices = [choice for name in fields for choice in (name, f"-{name}")]
        return [
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": "The opaque cursor from a previous page's `next` or `previous`.",
                "schema": {"type": "string"},
            },
            {
                "name": self.page_size_query_param,
                "required": False,
                "in": "query",
                "description": f"Rows per page (default {self.page_size}).",
                "schema": {"type": "integer", "minimum": 1, "maximum": self.max_page_size},
            },
            {
                "name": self.ordering_query_param,
                "required": False,
                "in": "query",
                "description": f"Sort order (default `{default}`); `-` for descending.",
                "schema": {"type": "string", "enum": choices},
            },
        ]
