"""One JSON shape for every API error, and the domain errors mapped to HTTP.

Every 4xx answer of /api/ looks like:

    {"status": 409, "code": "invalid_transition", "detail": "A claim cannot go ...",
     "fields": {...}, "allowed_transitions": [...], "current_version": 3, "existing": {...}}

`status`, `code` and `detail` are always there; `fields` (field -> messages) comes
with validation errors; the others only where they apply.
"""

from __future__ import annotations

import logging

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.db import IntegrityError
from django.db.models import ProtectedError, RestrictedError
from django.http import Http404, JsonResponse
from django.views import defaults
from rest_framework import exceptions, serializers, status
from rest_framework.views import exception_handler

from claims.workflow import InvalidTransition

logger = logging.getLogger(__name__)


class ApiError(exceptions.APIException):
    """An API error with extra members for the error body (allowed_transitions, ...)."""

    def __init__(self, detail: str, *, status_code: int, code: str, **extra):
        super().__init__(detail=detail, code=code)
        self.status_code = status_code
        self.extra = extra


def precondition_failed(current_version: int) -> ApiError:
    return ApiError(
        "The claim was changed by someone else since you read it; reload and try again.",
        status_code=status.HTTP_412_PRECONDITION_FAILED,
        code="stale",
        current_version=current_version,
    )


def from_invalid_transition(exc: InvalidTransition, *, allowed: list[str]) -> ApiError:
    """The workflow's one domain error as HTTP: 403 role, 412 stale, 409 otherwise."""
    if exc.code == "forbidden":
        return ApiError(exc.message, status_code=403, code="forbidden", allowed_transitions=allowed)
    if exc.code == "stale":
        return ApiError(exc.message, status_code=412, code="stale", allowed_transitions=allowed)
    return ApiError(
        exc.message, status_code=409, code="invalid_transition", allowed_transitions=allowed
    )


def _flatten(detail) -> list[str]:
    if isinstance(detail, dict):
        return [m for value in detail.values() for m in _flatten(value)]
    if isinstance(detail, list):
        return [m for value in detail for m in _flatten(value)]
    return [str(detail)]


def _code_of(exc: exceptions.APIException) -> str:
    codes = exc.get_codes()
    if isinstance(codes, str):
        return codes
    return exc.default_code


def api_exception_handler(exc, context):
    """DRF's handler, then the body rewritten into the one error shape."""
    if isinstance(exc, Http404):
        exc = exceptions.NotFound(*exc.args)
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied(*exc.args)
    elif isinstance(exc, InvalidTransition):
        exc = from_invalid_transition(exc, allowed=exc.allowed)
    elif isinstance(exc, ProtectedError | RestrictedError):
        exc = ApiError(
            "This is still referenced and cannot be deleted.",
            status_code=409,
            code="protected",
            referenced_by=sorted({obj._meta.verbose_name_plural for obj in exc.protected_objects})
            if isinstance(exc, ProtectedError)
            else [],
        )
    elif isinstance(exc, IntegrityError):
        # Input that the checks let through but the database refused (a concurrent write
        # of the same unique value): a conflict for the client, not a server error.
        logger.info("integrity error answered as 409: %s", exc)
        exc = ApiError(
            "This conflicts with data that already exists.", status_code=409, code="conflict"
        )
    response = exception_handler(exc, context)
    if response is None:
        return None
    body: dict = {"status": response.status_code}
    if isinstance(exc, exceptions.ValidationError):
        body["code"] = "invalid"
        if isinstance(exc.detail, dict):
            body["detail"] = "Some fields are invalid: " + "; ".join(
                f"{name}: {' '.join(_flatten(messages))}" for name, messages in exc.detail.items()
            )
            body["fields"] = exc.detail
        else:
            messages = _flatten(exc.detail)
            body["detail"] = " ".join(messages)
            body["fields"] = {"non_field_errors": messages}
    else:
        body["code"] = _code_of(exc)
        body["detail"] = " ".join(_flatten(exc.detail))
    body.update(getattr(exc, "extra", {}))
    response.data = body
    return response


class ErrorSerializer(serializers.Serializer):
    """The one error shape (for the OpenAPI schema)."""

    status = serializers.IntegerField()
    code = serializers.CharField()
    detail = serializers.CharField()
    fields = serializers.DictField(
        child=serializers.JSONField(),
        required=False,
        help_text="Field name -> list of messages (nested objects for lists of items).",
    )
    allowed_transitions = serializers.ListField(child=serializers.CharField(), required=False)
    current_version = serializers.IntegerField(required=False)
    existing = serializers.DictField(required=False)
    referenced_by = serializers.ListField(child=serializers.CharField(), required=False)


def _is_api(request) -> bool:
    return request.path.startswith("/api/")


def page_not_found(request, exception):
    """JSON 404 under /api/ (unknown URLs), Django's page elsewhere."""
    if _is_api(request):
        return JsonResponse(
            {"status": 404, "code": "not_found", "detail": "No such API endpoint."}, status=404
        )
    return defaults.page_not_found(request, exception)


def server_error(request):
    if _is_api(request):
        return JsonResponse(
            {"status": 500, "code": "server_error", "detail": "Server error."}, status=500
        )
    return defaults.server_error(request)
