"""Evidence link checks, and the guard every outbound request of Factdesk goes through.

Sources rot: a statistics page moves, a document is taken down. The daily check fetches
every source that backs a published claim (HEAD, falling back to GET when a server does
not answer HEAD properly), records when and with what status, and sends the claims a
source backs to a re-check once it has failed LINKCHECK_FAILURES_TO_FLAG times in a row.

Outbound requests (link checks and webhooks) only go to public addresses: the host is
resolved first and every address it resolves to must be global (not private, loopback,
link-local, reserved, ...) unless settings.OUTBOUND_ALLOWED_NETWORKS lists it; redirects
are followed by hand so that each hop is checked the same way. A host that resolves to a
public address at the check and to a private one at connection time (DNS rebinding) is
not caught: the window is the time between the two look-ups.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx
from django.conf import settings
from django.utils import timezone

from claims import workflow
from claims.models import Claim, Status

MAX_REDIRECTS = 5
REDIRECT_CODES = (301, 302, 303, 307, 308)


class OutboundRefused(Exception):
    """The URL may not be fetched: not http(s), unresolvable, or a non-public address."""


def _allowed_networks() -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    return [ipaddress.ip_network(net, strict=False) for net in settings.OUTBOUND_ALLOWED_NETWORKS]


def outbound_url_check(url: str) -> None:
    """Refuse (OutboundRefused) a URL whose host is not public; resolves DNS to know.

    Every address the host resolves to must be global or inside an allowed network.
    A failed DNS look-up is refused too (it raises OutboundRefused with "DNS").
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise OutboundRefused(f"Only http(s) URLs with a host are fetched: {url!r}.")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        infos = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, ValueError) as problem:
        raise OutboundRefused(f"DNS lookup failed for {parts.hostname}: {problem}") from problem
    allowed = _allowed_networks()
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%", 1)[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if any(address in network for network in allowed):
            continue
        if not address.is_global or address.is_multicast:
            raise OutboundRefused(
                f"{parts.hostname} resolves to {address}, a non-public address; refused."
            )


def outbound_request(
    client: httpx.Client, method: str, url: str, *, follow_redirects: bool = True, **kwargs
) -> httpx.Response:
    """Send a request through the outbound guard, checking every redirect hop.

    The response body is not read (stream); the response is closed before returning.
    Raises OutboundRefused or httpx.HTTPError.
    """
    for _ in range(MAX_REDIRECTS + 1):
        outbound_url_check(url)
        request = client.build_request(method, url, **kwargs)
        response = client.send(request, stream=True)
        response.close()
        if not follow_redirects or response.status_code not in REDIRECT_CODES:
            return response
        location = response.headers.get("location")
        if not location:
            return response
        url = urljoin(url, location)
        if response.status_code == 303:
            method = "GET"
    raise httpx.TooManyRedirects(f"More than {MAX_REDIRECTS} redirects.", request=request)


@dataclass(frozen=True)
class LinkResult:
    url: str
    status: int | None  # None: no HTTP answer (DNS, connection, timeout, refused address)
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.status is not None and self.status < 400


def link_check(client: httpx.Client, url: str) -> LinkResult:
    """HEAD the URL; when that fails or is refused with a 4xx/5xx, try GET (body not read)."""
    try:
        response = outbound_request(client, "HEAD", url)
        if response.status_code < 400:
            return LinkResult(url, response.status_code)
        # Many servers answer HEAD with 403/404/405/501 while GET works.
        response = outbound_request(client, "GET", url)
        return LinkResult(url, response.status_code)
    except OutboundRefused as refused:
        return LinkResult(url, None, str(refused))
    except httpx.HTTPError as problem:
        return LinkResult(url, None, f"{type(problem).__name__}: {problem}")


def links_check(urls: Iterable[str]) -> dict[str, LinkResult]:
    """Check many URLs at once, at most settings.LINKCHECK_CONCURRENCY at a time."""
    urls = list(dict.fromkeys(urls))
    if not urls:
        return {}
    timeout = httpx.Timeout(settings.LINKCHECK_TIMEOUT_SECONDS)
    headers = {"User-Agent": settings.LINKCHECK_USER_AGENT}
    workers = max(1, min(settings.LINKCHECK_CONCURRENCY, len(urls)))
    limits = httpx.Limits(max_connections=workers, max_keepalive_connections=workers)
    # trust_env=False: no proxy from the environment, which would bypass the address guard.
    with (
        httpx.Client(timeout=timeout, headers=headers, limits=limits, trust_env=False) as client,
        ThreadPoolExecutor(max_workers=workers) as pool,
    ):
        return {result.url: result for result in pool.map(lambda u: link_check(client, u), urls)}


@dataclass
class LinkCheckRun:
    """What one check did: sources checked, sources now failing, claims sent to re-check."""

    checked: int = 0
    failing: list[int] | None = None
    flagged: list[int] | None = None


def sources_to_check_ids() -> list[int]:
    """Ids of the sources backing published claims (evidence of their verdicts)."""
    from sources.models import Source

    return list(
        Source.objects.filter(evidence__claim__status=Status.PUBLISHED)
        .distinct()
        .order_by("id")
        .values_list("id", flat=True)
    )


def sources_check_links(*, source_ids: Iterable[int]) -> LinkCheckRun:
    """Fetch the given sources, record the outcome, and flag the claims of failing ones.

    Stores last_checked_at, last_status and consecutive_failures on each Source (reset to
    0 on success). Sources checked within LINKCHECK_MIN_INTERVAL_SECONDS are skipped, so a
    redelivered task does not count one outage twice. When a source reaches
    LINKCHECK_FAILURES_TO_FLAG failures in a row, every published claim it is evidence for
    goes to recheck_due (set-based system transition). Enqueues webhook deliveries.
    """
    from sources.models import Source

    now = timezone.now()
    fresh_after = now - timezone.timedelta(seconds=settings.LINKCHECK_MIN_INTERVAL_SECONDS)
    sources = list(
        Source.objects.filter(pk__in=list(source_ids))
        .exclude(last_checked_at__gt=fresh_after)
        .only("id", "url", "consecutive_failures")
        .order_by("id")
    )
    results = links_check(source.url for source in sources)
    for source in sources:
        result = results[source.url]
        source.last_checked_at = now
        source.last_status = result.status
        source.consecutive_failures = 0 if result.ok else source.consecutive_failures + 1
    # One UPDATE per 500 sources (the values differ per row).
    Source.objects.bulk_update(
        sources, ["last_checked_at", "last_status", "consecutive_failures"], batch_size=500
    )
    failing = [
        source
        for source in sources
        # Exactly at the threshold: a claim confirmed despite a dead link is not re-flagged daily.
        if source.consecutive_failures == settings.LINKCHECK_FAILURES_TO_FLAG
    ]
    flagged: list[int] = []
    if failing:
        claim_ids = (
            Claim.objects.filter(
                status=Status.PUBLISHED, evidence__source_id__in=[s.pk for s in failing]
            )
            .distinct()
            .values_list("id", flat=True)
        )
        gone = ", ".join(source.url for source in failing[:5])
        flagged = workflow.recheck_in_bulk(
            claim_ids=list(claim_ids),
            note=f"A source of the verdict failed its link check "
            f"{settings.LINKCHECK_FAILURES_TO_FLAG} times in a row: "
            f"{gone}{' …' if len(failing) > 5 else ''}",
        )
    return LinkCheckRun(checked=len(sources), failing=[s.pk for s in failing], flagged=flagged)
