"""Request parsing: JSON only, and only JSON the database can store."""

from __future__ import annotations

import json

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser


class StrictJSONParser(JSONParser):
    """DRF's JSON parser, refusing text that cannot be encoded as UTF-8.

    JSON may spell lone surrogates ("\\ud800"); Python decodes them into str,
    but PostgreSQL cannot store them and would fail the request with a 500.
    """

    def parse(self, stream, media_type=None, parser_context=None):
        data = super().parse(stream, media_type, parser_context)
        try:
            json.dumps(data, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ParseError(
                "JSON parse error - text is not valid Unicode (lone surrogate)."
            ) from exc
        return data
