"""Rate limits: per token client, and per address on the public feed.

Browser sessions are people in the review UI and are not throttled. Rates come
from settings (API_TOKEN_THROTTLE_RATE, API_ANON_THROTTLE_RATE), read at request
time so an operator's environment (and tests) can change them.
"""

from __future__ import annotations

from django.conf import settings
from rest_framework.authentication import TokenAuthentication
from rest_framework.throttling import SimpleRateThrottle


class TokenClientThrottle(SimpleRateThrottle):
    scope = "token"

    def get_rate(self) -> str:
        return settings.API_TOKEN_THROTTLE_RATE

    def allow_request(self, request, view) -> bool:
        self.rate = self.get_rate()
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request, view)

    def get_cache_key(self, request, view) -> str | None:
        if not isinstance(request.successful_authenticator, TokenAuthentication):
            return None
        return self.cache_format % {"scope": self.scope, "ident": request.user.pk}


class PublicFeedThrottle(TokenClientThrottle):
    scope = "anon"

    def get_rate(self) -> str:
        return settings.API_ANON_THROTTLE_RATE

    def get_cache_key(self, request, view) -> str | None:
        if request.user and request.user.is_authenticated:
            return None
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}
