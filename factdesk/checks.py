"""Project-wide system checks (run by runserver, migrate, check)."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Error, register


@register(deploy=False)
def secret_key_is_set(app_configs, **kwargs) -> list[Error]:
    # settings.SECRET_KEY raises when empty; read the raw value instead.
    if getattr(settings._wrapped, "SECRET_KEY", ""):
        return []
    return [
        Error(
            "SECRET_KEY must be set in the environment when DEBUG is off.",
            hint="Generate one with: python -c 'import secrets; print(secrets.token_urlsafe(50))'",
            id="factdesk.E001",
        )
    ]
