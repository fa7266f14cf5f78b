"""The reviewers' all-day workplace: articles with their claims, claims with their history.

Status is never edited here: list actions and the buttons on a claim's page
go through claims.workflow.transition (via "admin"), and the history is shown
read-only.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError
from django.db.models import Count
from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from claims import services, workflow
from claims.models import Article, Claim, Rating, Status, StatusChange, Verdict, Via
from sources.models import Evidence
from sources.services import evidence_add


def _report(request: HttpRequest, claim: Claim, error: workflow.InvalidTransition) -> None:
    messages.error(request, f"Claim {claim.pk}: {error.message}")


admin.site.site_header = "Factdesk"
admin.site.site_title = "Factdesk"
admin.site.index_title = "Fact-checking desk"

# ---------------------------------------------------------------- articles


class ArticleForm(forms.ModelForm):
    class Meta:
        model = Article
        fields = ["title", "body", "url", "outlet", "language", "published_at"]

    def clean(self):
        cleaned = super().clean()
        body = cleaned.get("body")
        if self.instance.pk is None and body:
            from claims.models import content_hash

            duplicate = Article.objects.filter(content_hash=content_hash(body)).first()
            if duplicate is not None:
                raise forms.ValidationError(
                    f"This text is already in Factdesk as article {duplicate.pk}: "
                    f"{duplicate.display_title}"
                )
        return cleaned


class ClaimInline(admin.TabularInline):
    model = Claim
    fields = ["text", "type", "status", "start", "end", "checkworthiness", "speaker"]
    readonly_fields = ["status", "start", "end", "checkworthiness", "speaker"]
    extra = 0
    can_delete = False
    show_change_link = True
    max_num = 0  # claims come from extraction (spans must point into the body), not from here

    def get_queryset(self, request):
        return super().get_queryset(request).order_by("start", "id")


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleForm
    list_display = ["display_title", "outlet", "language", "published_at", "claim_count"]
    list_filter = ["language", "outlet"]
    search_fields = ["title", "body", "url"]
    list_select_related = ["outlet"]
    date_hierarchy = "published_at"
    inlines = [ClaimInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claim_count=Count("claims"))

    @admin.display(description="claims", ordering="claim_count")
    def claim_count(self, article: Article) -> int:
        return article.claim_count

    @admin.display(description="title", ordering="title")
    def display_title(self, article: Article) -> str:
        return article.display_title

    def get_readonly_fields(self, request, obj=None):
        # Claim spans point into the body: once stored, the text is the record.
        return ["body", "content_hash", "ingested_at"] if obj is not None else []

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)
            return
        article = services.article_ingest(
            body=obj.body,
            title=obj.title,
            url=obj.url,
            outlet=obj.outlet,
            language=obj.language,
            published_at=obj.published_at,
        )
        obj.pk = article.pk
        obj.refresh_from_db()
        messages.info(request, f"{article.claims.count()} claims extracted.")


# ---------------------------------------------------------------- claims


class ClaimForm(forms.ModelForm):
    # The version the reviewer's page was rendered with: saving over someone
    # else's newer change is refused instead of silently overwriting it.
    expected_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Claim
        fields = ["text", "type", "speaker", "assignee", "priority", "next_recheck_at"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["expected_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        expected = cleaned.get("expected_version")
        if self.instance.pk and expected is not None and expected != self.instance.version:
            raise forms.ValidationError(
                "Someone else changed this claim while you were editing it. "
                "Reload the page to see their change."
            )
        return cleaned


class VerdictInline(admin.StackedInline):
    model = Verdict
    fields = [
        "rating",
        "summary",
        "reviewer",
        "created_at",
        "is_current",
        "approved_by",
        "approved_at",
    ]
    readonly_fields = ["reviewer", "created_at", "is_current", "approved_by", "approved_at"]
    extra = 0
    can_delete = False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("reviewer", "approved_by")

    def has_change_permission(self, request, obj=None):
        return False  # a verdict is a record; a new opinion is a new verdict

    def has_add_permission(self, request, obj=None):
        return (
            obj is not None
            and obj.status == Status.IN_REVIEW
            and super().has_add_permission(request, obj)
        )


class EvidenceInline(admin.TabularInline):
    model = Evidence
    fields = ["source", "stance", "excerpt", "added_by", "created_at"]
    readonly_fields = ["added_by", "created_at"]
    autocomplete_fields = ["source"]
    extra = 0
    can_delete = False  # evidence behind a proposed verdict stays on the record

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source", "added_by")

    def has_add_permission(self, request, obj=None):
        return (
            obj is not None
            and obj.status in (Status.IN_REVIEW, Status.RECHECK_DUE)
            and super().has_add_permission(request, obj)
        )


class StatusChangeInline(admin.TabularInline):
    model = StatusChange
    verbose_name_plural = "status history"
    fields = ["at", "from_status", "to_status", "actor", "via", "note"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("actor")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class RatingFilter(admin.SimpleListFilter):
    title = "rating"
    parameter_name = "rating"

    def lookups(self, request, model_admin):
        return Rating.choices

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(verdicts__is_current=True, verdicts__rating=self.value())
        return queryset


class TransitionForm(forms.Form):
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)
    expected_version = forms.IntegerField(widget=forms.HiddenInput)


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    form = ClaimForm
    list_display = [
        "short_text", "type", "status", "assignee", "checkworthiness", "priority",
        "article_title", "updated_at",
    ]  # fmt: skip
    list_filter = ["status", "type", ("assignee", admin.RelatedOnlyFieldListFilter),
                   "article__language", RatingFilter]  # fmt: skip
    search_fields = ["text", "speaker", "article__title"]
    list_select_related = ["article", "assignee"]
    list_per_page = 50
    autocomplete_fields = ["assignee"]
    readonly_fields = [
        "article", "status", "version", "source_span", "speaker_display", "quantities_display",
        "checkworthiness", "created_at", "updated_at",
    ]  # fmt: skip
    fieldsets = [
        (None, {"fields": ["text", "type", "speaker", "article", "source_span"]}),
        ("Review", {"fields": ["status", "assignee", "priority", "next_recheck_at", "version"]}),
        ("Analysis", {"fields": ["checkworthiness", "quantities_display", "speaker_display"]}),
        ("Times", {"fields": ["created_at", "updated_at"]}),
    ]
    inlines = [VerdictInline, EvidenceInline, StatusChangeInline]
    actions = ["assign_to_me", "queue", "start_review", "dismiss"]
    change_form_template = "admin/claims/claim/change_form.html"

    def has_add_permission(self, request):
        return False  # claims come from articles

    def has_delete_permission(self, request, obj=None):
        return False  # the history of a claim is kept; dismiss instead

    @admin.display(description="claim", ordering="text")
    def short_text(self, claim: Claim) -> str:
        return str(claim)

    @admin.display(description="article", ordering="article__title")
    def article_title(self, claim: Claim) -> str:
        title = claim.article.display_title
        return title if len(title) <= 40 else title[:39] + "…"

    @admin.display(description="source text")
    def source_span(self, claim: Claim) -> str:
        return format_html(
            "<q>{}</q> <small>(characters {}–{})</small>", claim.source_text, claim.start, claim.end
        )

    @admin.display(description="attributed to")
    def speaker_display(self, claim: Claim) -> str:
        return claim.speaker or "—"

    @admin.display(description="quantities")
    def quantities_display(self, claim: Claim) -> str:
        if not claim.quantities:
            return "—"
        return format_html_join(
            "",
            "<div>{} → {} {} ({})</div>",
            (
                (q.get("text", ""), q.get("value"), q.get("unit", ""), q.get("qualifier", ""))
                for q in claim.quantities
            ),
        )

    # -- saving: the form's fields through a version check, inlines through services

    def save_model(self, request, obj, form, change):
        try:
            services.claim_update(
                obj,
                actor=request.user,
                **{
                    name: form.cleaned_data[name]
                    for name in form.changed_data
                    if name in form.Meta.fields
                },
            )
        except workflow.InvalidTransition as error:
            _report(request, obj, error)

    def save_formset(self, request, form, formset, change):
        # The admin's change message reads these; nothing is changed or deleted here.
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        if formset.model is StatusChange:
            return
        claim = form.instance
        for inline_form in formset.extra_forms:
            if not inline_form.has_changed():
                continue
            data = inline_form.cleaned_data
            try:
                if formset.model is Verdict:
                    created = services.verdict_add(
                        claim, reviewer=request.user, rating=data["rating"], summary=data["summary"]
                    )
                else:
                    created = evidence_add(
                        claim,
                        source=data["source"],
                        stance=data["stance"],
                        excerpt=data.get("excerpt", ""),
                        added_by=request.user,
                    )
                formset.new_objects.append(created)
            except workflow.InvalidTransition as error:
                _report(request, claim, error)
            except IntegrityError:
                messages.error(request, "That source is already evidence for this claim.")

    # -- workflow actions on the changelist

    def _transition_each(self, request, queryset, to: str) -> None:
        moved = 0
        for claim in queryset.order_by("pk"):
            try:
                workflow.transition(claim, to=to, actor=request.user, via=Via.ADMIN)
                moved += 1
            except workflow.InvalidTransition as error:
                _report(request, claim, error)
        if moved:
            messages.success(request, f"{moved} claim(s) moved to {Status(to).label.lower()}.")

    @admin.action(description="Assign to me")
    def assign_to_me(self, request, queryset):
        assigned = 0
        for claim in queryset.order_by("pk"):
            try:
                services.claim_update(claim, actor=request.user, assignee=request.user)
                assigned += 1
            except workflow.InvalidTransition as error:
                _report(request, claim, error)
        if assigned:
            messages.success(request, f"{assigned} claim(s) assigned to you.")

    @admin.action(description="Queue for review")
    def queue(self, request, queryset):
        self._transition_each(request, queryset, Status.QUEUED)

    @admin.action(description="Start review")
    def start_review(self, request, queryset):
        self._transition_each(request, queryset, Status.IN_REVIEW)

    @admin.action(description="Dismiss")
    def dismiss(self, request, queryset):
        self._transition_each(request, queryset, Status.DISMISSED)

    # -- workflow buttons on a claim's page

    def get_urls(self):
        return [
            path(
                "<int:object_id>/transition/<str:to>/",
                self.admin_site.admin_view(self.transition_view),
                name="claims_claim_transition",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = extra_context or {}
        claim = self.get_object(request, object_id)
        if claim is not None:
            extra_context["transitions"] = [
                (workflow.get_transition(claim.status, to), Status(to).label)
                for to in workflow.allowed_targets(claim, request.user)
            ]
        return super().change_view(request, object_id, form_url, extra_context)

    def transition_view(self, request, object_id: int, to: str):
        claim = get_object_or_404(Claim.objects.select_related("article"), pk=object_id)
        if not self.has_change_permission(request, claim):
            raise PermissionDenied
        edge = workflow.get_transition(claim.status, to)
        change_url = reverse("admin:claims_claim_change", args=[claim.pk])
        if edge is None:
            messages.error(request, f"A claim cannot go from {claim.status} to {to}.")
            return HttpResponseRedirect(change_url)
        form = TransitionForm(request.POST or None, initial={"expected_version": claim.version})
        if request.method == "POST" and form.is_valid():
            claim.version = form.cleaned_data["expected_version"]
            try:
                workflow.transition(
                    claim, to=to, actor=request.user, note=form.cleaned_data["note"], via=Via.ADMIN
                )
            except workflow.InvalidTransition as error:
                _report(request, claim, error)
            else:
                messages.success(request, f"Claim moved to {Status(to).label.lower()}.")
            return HttpResponseRedirect(change_url)
        context = {
            **self.admin_site.each_context(request),
            "title": f"{edge.name.capitalize()}: {claim}",
            "claim": claim,
            "edge": edge,
            "target_label": Status(to).label,
            "form": form,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/claims/claim/transition.html", context)


@admin.register(StatusChange)
class StatusChangeAdmin(admin.ModelAdmin):
    """The whole history, for audits; nothing here can be changed or deleted."""

    list_display = ["at", "claim", "from_status", "to_status", "actor", "via"]
    list_filter = ["to_status", "via"]
    list_select_related = ["claim", "actor"]
    search_fields = ["claim__text", "note"]
    date_hierarchy = "at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
