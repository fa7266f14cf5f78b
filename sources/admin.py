from __future__ import annotations

from django.contrib import admin

from sources.models import Evidence, Outlet, Source


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "url"]
    search_fields = ["name", "url"]


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "outlet", "reliability", "last_status", "last_checked_at"]
    list_filter = ["kind", "reliability", "outlet"]
    search_fields = ["title", "url"]
    list_select_related = ["outlet"]
    autocomplete_fields = ["outlet"]
    readonly_fields = ["last_checked_at", "last_status", "consecutive_failures"]


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    """Evidence is added on a claim's page, where the workflow checks apply; here it is read."""

    list_display = ["claim", "source", "stance", "added_by", "created_at"]
    list_filter = ["stance"]
    search_fields = ["claim__text", "source__title", "source__url", "excerpt"]
    list_select_related = ["claim", "source", "added_by"]
    readonly_fields = ["claim", "source", "stance", "excerpt", "added_by", "created_at"]

    def has_add_permission(self, request):
        return False
