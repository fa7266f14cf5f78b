"""Project-wide system checks (run by runserver, migrate, check)."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Error, register
from django.utils.module_loading import import_string


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


@register(deploy=False)
def claim_extractor_imports(app_configs, **kwargs) -> list[Error]:
    """A misspelt CLAIM_EXTRACTOR is found at start-up, not at the first ingested article."""
    try:
        extractor = import_string(settings.CLAIM_EXTRACTOR)
    except ImportError as exc:
        problem = str(exc)
    else:
        if callable(extractor):
            return []
        problem = "it is not callable"
    return [
        Error(
            f"CLAIM_EXTRACTOR={settings.CLAIM_EXTRACTOR!r} cannot be used: {problem}",
            hint="A dotted path to a callable like claims.extraction.analyse (the default).",
            id="factdesk.E002",
        )
    ]
