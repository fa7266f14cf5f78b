"""Request parsing: JSON only, and only JSON the database can store."""

from __future__ import annotations

import json

from django.conf import settings
from rest_framework import status
from rest_framework.exceptions import APIException, ParseError
from rest_framework.parsers import JSONParser


class PayloadTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The request body is too large."
    default_code = "payload_too_large"


class StrictJSONParser(JSONParser):
    """DRF's JSON parser, refusing text that cannot be encoded as UTF-8.

    JSON may spell lone surrogates ("\\ud800"); Python decodes them into str,
    but PostgreSQL cannot store them and would fail the request with a 500.
    """

    def parse(self, stream, media_type=None, parser_context=None):
        # DRF reads JSON bodies past Django's DATA_UPLOAD_MAX_MEMORY_SIZE; this is the cap
        # (a batch of 500 articles is a few MB).
        request = (parser_context or {}).get("request")
        length = request.META.get("CONTENT_LENGTH") if request is not None else None
        if length and length.isdigit() and int(length) > settings.API_MAX_BODY_BYTES:
            raise PayloadTooLarge(
                f"The request body is larger than {settings.API_MAX_BODY_BYTES} bytes."
            )
        data = super().parse(stream, media_type, parser_context)
        try:
            json.dumps(data, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ParseError(
                "JSON parse error - text is not valid Unicode (lone surrogate)."
            ) from exc
        return data
