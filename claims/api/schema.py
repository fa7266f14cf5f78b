"""OpenAPI generation: every operation documents the errors it can answer with."""

from __future__ import annotations

from drf_spectacular.openapi import AutoSchema
from rest_framework.permissions import AllowAny

from claims.api.errors import ErrorSerializer

WRITE_METHODS = {"POST", "PUT", "PATCH"}


class FactdeskAutoSchema(AutoSchema):
    """drf-spectacular's AutoSchema plus the one error shape for each 4xx an operation can give.

    Operation-specific errors (409, 412, 428) are declared on the views with
    @extend_schema; the ones every operation shares are added here.
    """

    def _common_errors(self) -> list[tuple[int, str]]:
        errors = [(400, "Invalid input, filter value, cursor, ordering or page size.")]
        public = any(isinstance(permission, AllowAny) for permission in self.view.get_permissions())
        if not public:
            errors += [
                (401, "Not authenticated: send `Authorization: Token KEY` or a session."),
                (403, "Authenticated, but without the role this needs."),
            ]
        if "{" in self.path:
            errors.append((404, "No such object (or not public)."))
        errors.append((406, "The Accept header asks for a format the API does not offer."))
        if self.method in WRITE_METHODS:
            errors.append((413, "The request body is larger than API_MAX_BODY_BYTES."))
            errors.append((415, "The request body is not JSON."))
        errors.append((429, "Too many requests; retry after the time in Retry-After."))
        return errors

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        for code, description in self._common_errors():
            if str(code) in responses:
                continue
            response = self._get_response_for_code(ErrorSerializer, str(code), direction=direction)
            response["description"] = description
            responses[str(code)] = response
        return responses
