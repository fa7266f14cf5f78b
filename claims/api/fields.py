"""Serializer fields that refuse the wrong JSON type instead of coercing it.

DRF turns 42 into "42" for a CharField and "7" into 7 for an IntegerField; a
newsroom tool that sends the wrong type has a bug, and should hear about it.
"""

from __future__ import annotations

from rest_framework import serializers


class StrictCharField(serializers.CharField):
    default_error_messages = {"type": "Must be a string."}

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("type")
        return super().to_internal_value(data)


class StrictIntegerField(serializers.IntegerField):
    default_error_messages = {"type": "Must be an integer."}

    def to_internal_value(self, data):
        if isinstance(data, bool) or not isinstance(data, int):
            self.fail("type")
        return super().to_internal_value(data)


class NewsDateTimeField(serializers.DateTimeField):
    """A date-time in the years news and checks live in (1900-2999).

    Outside them, time zones give offsets with seconds (LMT before 1900) that
    RFC 3339 clients cannot read back, and far-future values overflow on conversion.
    """

    default_error_messages = {"range": "Must be between the years 1900 and 2999."}

    def to_internal_value(self, value):
        parsed = super().to_internal_value(value)
        if not 1900 <= parsed.year <= 2999:
            self.fail("range")
        return parsed
