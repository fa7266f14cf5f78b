"""Factdesk settings, read from the environment (12-factor).

Every value an operator may change comes from an environment variable (or a
`.env` file beside manage.py for local use). Production is the default: with
DEBUG unset the app refuses to start without SECRET_KEY and turns on the
HTTPS protections that `manage.py check --deploy` asks for.
"""

from __future__ import annotations

import secrets
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")

DEBUG = env.bool("DEBUG", default=False)


def _local_secret_key() -> str:
    """A key generated once per checkout for local development (never a fixed default)."""
    path = BASE_DIR / ".secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


# Without DEBUG the key must come from the environment: the system check in
# factdesk/checks.py stops the server, and Django refuses to sign anything. Commands
# that need no key (extract_claims) still run on a bare checkout.
SECRET_KEY = env.str("SECRET_KEY", default="") or (_local_secret_key() if DEBUG else "")

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_celery_beat",
    "claims",
    "sources",
    "webhooks",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Serves the admin's and the API docs' static files in production (after collectstatic).
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "factdesk.urls"
WSGI_APPLICATION = "factdesk.wsgi.application"
ASGI_APPLICATION = "factdesk.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=0))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = env.str("TIME_ZONE", default="Europe/Stockholm")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Compressed, without a manifest: a page never fails over a file collectstatic missed.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

# HTTPS protections: on by default whenever DEBUG is off; each can be switched off by
# environment for deployments where a TLS-terminating proxy already does the job.
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=not DEBUG)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=not DEBUG)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=not DEBUG)
if env.bool("SECURE_PROXY_SSL_HEADER", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="factdesk@localhost")

# Celery: configured here, read by factdesk/celery.py with the CELERY_ namespace.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=not CELERY_BROKER_URL)
CELERY_TASK_ACKS_LATE = True
# A task whose worker process dies is put back on the queue (our tasks are idempotent).
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_IGNORE_RESULT = True
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_TIMEZONE = TIME_ZONE
# Redis: a message not acknowledged within the visibility timeout is handed out again
# (that is what recovers the task of a killed worker). Keep it above the longest task
# and the longest retry countdown (WEBHOOK_BACKOFF_MAX_SECONDS).
CELERY_BROKER_TRANSPORT_OPTIONS = env.json(
    "CELERY_BROKER_TRANSPORT_OPTIONS", default={"visibility_timeout": 3600}
)
if CELERY_BROKER_URL.startswith("filesystem://"):
    # The embedded broker of `make run`: messages are files under var/celery (git-ignored),
    # so a worker with beat runs on one machine with no server installed.
    _CELERY_DIR = BASE_DIR / "var" / "celery"
    for _folder in ("queue", "processed", "control"):
        (_CELERY_DIR / _folder).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_CELERY_DIR / "queue"),
        "data_folder_out": str(_CELERY_DIR / "queue"),
        "processed_folder": str(_CELERY_DIR / "processed"),
        "control_folder": str(_CELERY_DIR / "control"),
        "store_processed": False,
    }

# The claim extractor behind ingest and `manage.py extract_claims`: a dotted path to a callable
# with the signature of claims.extraction.analyse (text, language=, published=) -> Extraction.
# The default is the rule-based extractor (offline, deterministic); a model or LLM backend
# plugs in here. factdesk/checks.py refuses a path that does not import.
CLAIM_EXTRACTOR = env.str("CLAIM_EXTRACTOR", default="claims.extraction.analyse")

# Re-checks (claims/recheck.py): days from publication to the next re-check, per claim type;
# None means never by default. Override any of them with RECHECK_INTERVAL_DAYS, e.g.
# "quantity=60,quote=none". A prediction with a stated target date is re-checked then.
RECHECK_INTERVAL_DAYS: dict[str, int | None] = {
    "quantity": 90,
    "comparison": 90,
    "prediction": 180,
    "causal": 180,
    "rule": 180,
    "other": 180,
    "quote": None,
    "event": None,
}
RECHECK_INTERVAL_DAYS.update(
    {
        kind: None if days.strip().lower() in ("", "none", "never") else int(days)
        for kind, days in env.dict("RECHECK_INTERVAL_DAYS", default={}).items()
    }
)
RECHECK_SCAN_CHUNK_SIZE = env.int("RECHECK_SCAN_CHUNK_SIZE", default=5000)

# Outbound HTTP (link checks and webhooks) never reaches private, loopback, link-local or
# otherwise non-public addresses, unless the network is listed here (comma-separated CIDRs;
# the tests allow 127.0.0.0/8 for their local servers).
OUTBOUND_ALLOWED_NETWORKS = env.list("OUTBOUND_ALLOWED_NETWORKS", default=[])
LINKCHECK_TIMEOUT_SECONDS = env.float("LINKCHECK_TIMEOUT_SECONDS", default=10.0)
LINKCHECK_CONCURRENCY = env.int("LINKCHECK_CONCURRENCY", default=8)
LINKCHECK_BATCH_SIZE = env.int("LINKCHECK_BATCH_SIZE", default=100)
# Failures in a row (4xx/5xx, DNS, connection) before the claims a source backs are re-checked.
LINKCHECK_FAILURES_TO_FLAG = env.int("LINKCHECK_FAILURES_TO_FLAG", default=2)
# A source checked more recently than this is skipped, so a repeated (redelivered) check
# does not count one outage twice.
LINKCHECK_MIN_INTERVAL_SECONDS = env.int("LINKCHECK_MIN_INTERVAL_SECONDS", default=6 * 3600)
LINKCHECK_USER_AGENT = env.str(
    "LINKCHECK_USER_AGENT", default="Factdesk link checker (+https://github.com/factdesk)"
)

# Webhooks (webhooks/): delivery attempts with exponential backoff between them.
WEBHOOK_TIMEOUT_SECONDS = env.float("WEBHOOK_TIMEOUT_SECONDS", default=10.0)
WEBHOOK_MAX_ATTEMPTS = env.int("WEBHOOK_MAX_ATTEMPTS", default=8)
WEBHOOK_BACKOFF_BASE_SECONDS = env.int("WEBHOOK_BACKOFF_BASE_SECONDS", default=30)
WEBHOOK_BACKOFF_MAX_SECONDS = env.int("WEBHOOK_BACKOFF_MAX_SECONDS", default=3000)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}

# REST API (claims/api/): token clients and browser sessions; every 4xx in one JSON shape.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["claims.api.permissions.HasWorkflowRole"],
    "DEFAULT_PARSER_CLASSES": ["claims.api.parsers.StrictJSONParser"],
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "claims.api.pagination.KeysetCursorPagination",
    "DEFAULT_THROTTLE_CLASSES": [
        "claims.api.throttling.TokenClientThrottle",
        "claims.api.throttling.PublicFeedThrottle",
    ],
    "DEFAULT_SCHEMA_CLASS": "claims.api.schema.FactdeskAutoSchema",
    "EXCEPTION_HANDLER": "claims.api.errors.api_exception_handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
# Requests per token (per user) and per anonymous address on the public feed.
API_TOKEN_THROTTLE_RATE = env.str("API_TOKEN_THROTTLE_RATE", default="1200/minute")
API_ANON_THROTTLE_RATE = env.str("API_ANON_THROTTLE_RATE", default="120/minute")
# Largest JSON request body the API reads (a batch of 500 articles is a few MB).
API_MAX_BODY_BYTES = env.int("API_MAX_BODY_BYTES", default=50 * 1024 * 1024)

SPECTACULAR_SETTINGS = {
    "TITLE": "Factdesk API",
    "DESCRIPTION": (
        "Articles, claims, verdicts, evidence and sources for newsroom tools, and the public "
        "ClaimReview feed. Authenticate with `Authorization: Token KEY`."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SERVE_AUTHENTICATION": [],
    # Offline docs: Swagger UI served from drf-spectacular-sidecar's static files, no CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "ClaimStatusEnum": "claims.models.Status",
        "RatingEnum": "claims.models.Rating",
        "WebhookEventEnum": "webhooks.models.Event",
    },
}

# Who publishes the ClaimReviews (schema.org `author`), and the public base URL of this
# site for the claim pages' absolute URLs (empty: taken from the request).
NEWSROOM_NAME = env.str("NEWSROOM_NAME", default="Factdesk")
NEWSROOM_URL = env.str("NEWSROOM_URL", default="")
PUBLIC_BASE_URL = env.str("PUBLIC_BASE_URL", default="")
