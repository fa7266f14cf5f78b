"""Outlets and sources: create and change with the reviewer role, delete as an editor."""

from __future__ import annotations

import django_filters as filters
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import viewsets

from claims.api.errors import ErrorSerializer
from claims.api.permissions import EditorMayDelete, HasWorkflowRole
from sources.api.serializers import OutletSerializer, SourceSerializer
from sources.models import Outlet, Reliability, Source, SourceKind, normalize_url

ID_PATTERN = "[0-9]{1,18}"
PROTECTED = OpenApiResponse(
    ErrorSerializer, description="Still referenced (by articles, sources or evidence)."
)
CRUD_SCHEMA = {
    "destroy": extend_schema(
        responses={204: None, 409: PROTECTED}, description="Editors only; refused while in use."
    ),
}


class SourceFilter(filters.FilterSet):
    url = filters.CharFilter(method="filter_url", max_length=1000, help_text="Any spelling.")
    kind = filters.ChoiceFilter(choices=SourceKind.choices)
    reliability = filters.ChoiceFilter(choices=Reliability.choices)
    outlet = filters.ModelChoiceFilter(queryset=Outlet.objects.all())

    class Meta:
        model = Source
        fields: list[str] = []

    def filter_url(self, queryset, name, value):
        try:
            return queryset.filter(url=normalize_url(value))
        except ValueError:
            return queryset.none()


@extend_schema(tags=["sources"])
@extend_schema_view(**CRUD_SCHEMA)
class OutletViewSet(viewsets.ModelViewSet):
    serializer_class = OutletSerializer
    permission_classes = [HasWorkflowRole, EditorMayDelete]
    queryset = Outlet.objects.all()
    lookup_value_regex = ID_PATTERN
    ordering_fields = {"name": "name", "id": "id"}
    default_ordering = "name"
    http_method_names = ["get", "post", "patch", "put", "delete", "head", "options"]


@extend_schema(tags=["sources"])
@extend_schema_view(**CRUD_SCHEMA)
class SourceViewSet(viewsets.ModelViewSet):
    serializer_class = SourceSerializer
    permission_classes = [HasWorkflowRole, EditorMayDelete]
    queryset = Source.objects.all()
    filterset_class = SourceFilter
    lookup_value_regex = ID_PATTERN
    ordering_fields = {"id": "id", "title": "title"}
    default_ordering = "-id"
