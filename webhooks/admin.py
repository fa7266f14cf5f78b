"""Webhooks in the admin: subscriptions, with every delivery attempt shown inline."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages

from sources.linkcheck import OutboundRefused, outbound_url_check
from webhooks.models import Event, Webhook, WebhookAttempt, WebhookDelivery, new_secret


class WebhookForm(forms.ModelForm):
    events = forms.MultipleChoiceField(choices=Event.choices, widget=forms.CheckboxSelectMultiple)
    # The secret is write-only: never rendered back, replaced only when a new one is typed.
    new_secret = forms.CharField(
        label="Secret",
        required=False,
        min_length=16,
        max_length=128,
        strip=True,
        widget=forms.PasswordInput(render_value=False),
        help_text="Signs every delivery (X-Factdesk-Signature). Leave empty to keep the "
        "current one; a new webhook without one gets a generated secret, shown once.",
    )

    class Meta:
        model = Webhook
        fields = ["url", "description", "events", "active"]

    def clean_url(self) -> str:
        url = self.cleaned_data["url"]
        try:
            outbound_url_check(url)
        except OutboundRefused as refused:
            raise forms.ValidationError(str(refused)) from refused
        return url


class AttemptInline(admin.TabularInline):
    model = WebhookAttempt
    fk_name = "webhook"
    extra = 0
    can_delete = False
    fields = ["at", "delivery", "number", "status_code", "duration_ms", "error"]
    readonly_fields = fields
    ordering = ["-at", "-id"]
    verbose_name_plural = "delivery attempts (newest first)"

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Webhook)
class WebhookAdmin(admin.ModelAdmin):
    form = WebhookForm
    list_display = ["__str__", "url", "events", "active", "created_at"]
    list_filter = ["active"]
    search_fields = ["url", "description"]
    inlines = [AttemptInline]

    def save_model(self, request, obj, form, change) -> None:
        typed = form.cleaned_data.get("new_secret")
        if typed:
            obj.secret = typed
        elif not change:
            obj.secret = new_secret()
            messages.warning(
                request,
                f"The webhook's secret is {obj.secret} — copy it now, it is not shown again.",
            )
        super().save_model(request, obj, form, change)


class DeliveryAttemptInline(AttemptInline):
    fk_name = "delivery"
    fields = ["at", "number", "status_code", "duration_ms", "error"]
    readonly_fields = fields


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    list_display = ["event", "webhook", "state", "attempts", "next_attempt_at", "created_at"]
    list_filter = ["state", "event", "webhook"]
    list_select_related = ["webhook"]
    readonly_fields = [
        "webhook", "event", "event_id", "payload", "state", "attempts", "next_attempt_at",
        "created_at", "delivered_at",
    ]  # fmt: skip
    inlines = [DeliveryAttemptInline]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
