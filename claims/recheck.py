"""Scheduled re-checks: when a published verdict is looked at again, and the due scan.

Policy: publishing a claim (approve, or confirm after a re-check) sets next_recheck_at
from settings.RECHECK_INTERVAL_DAYS for the claim's type; a prediction that states its
target date ("by 2030", "nästa år") is re-checked when that period is over; a future
date an editor set on the claim wins over both. The due scan moves every published claim
whose date has passed to recheck_due (set-based, claims.workflow.recheck_in_bulk) and
e-mails the last reviewer of each, one message per reviewer.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import send_mass_mail
from django.utils import timezone

from claims import workflow
from claims.extraction.dates import find_dates
from claims.models import Claim, ClaimType, Verdict


def _end_of_period(day: dt.date, granularity: str) -> dt.date:
    """The first day after the period a date mention names ("2030" -> 2031-01-01)."""
    if granularity == "year":
        return dt.date(day.year + 1, 1, 1)
    if granularity == "month":
        return dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    if granularity == "week":
        return day + dt.timedelta(days=7)
    return day + dt.timedelta(days=1)


def prediction_target(text: str, *, published: dt.date) -> dt.date | None:
    """When a prediction's stated period is over: the latest future date mention, or None."""
    ends = [
        _end_of_period(mention.value, mention.granularity)
        for mention in find_dates(text, 0, len(text), published)
        if mention.value is not None and mention.value > published
    ]
    return max(ends, default=None)


def next_recheck_at_for(claim: Claim, *, now: dt.datetime) -> dt.datetime | None:
    """When the claim's published verdict should be re-checked (None: not by default).

    A future next_recheck_at already on the claim is an editor's override and wins.
    Reads the article (one query) only for predictions, whose dates are relative to it.
    """
    if claim.next_recheck_at is not None and claim.next_recheck_at > now:
        return claim.next_recheck_at
    if claim.type == ClaimType.PREDICTION:
        published_at = claim.article.published_at or claim.created_at
        published = timezone.localtime(published_at).date()
        target = prediction_target(claim.text, published=published)
        if target is not None:
            at = timezone.make_aware(dt.datetime.combine(target, dt.time()))
            if at > now:
                return at
    days = settings.RECHECK_INTERVAL_DAYS.get(claim.type)
    return None if days is None else now + dt.timedelta(days=days)


@dataclass
class RecheckScan:
    """What a due scan did: the claims it flagged and whom it told about which."""

    flagged: list[int] = field(default_factory=list)
    notified: dict[str, list[int]] = field(default_factory=dict)  # e-mail -> claim ids


def claims_flag_due_rechecks(*, now: dt.datetime | None = None) -> RecheckScan:
    """Move every published claim whose next_recheck_at has passed to recheck_due.

    One StatusChange per claim (actor empty, via system), in chunks of
    settings.RECHECK_SCAN_CHUNK_SIZE (a few queries per chunk, none per claim). Then
    e-mails the last reviewer of each flagged claim, one message per reviewer. Idempotent:
    a second run flags nothing more. Enqueues webhook deliveries on commit.
    """
    now = now or timezone.now()
    chunk_size = settings.RECHECK_SCAN_CHUNK_SIZE
    flagged = workflow.recheck_in_bulk(
        due_at=now, note="The scheduled re-check is due.", chunk_size=chunk_size
    )
    return RecheckScan(flagged=flagged, notified=reviewers_notify_of_rechecks(claim_ids=flagged))


def claims_due_for_recheck(*, now: dt.datetime | None = None) -> list[tuple[int, str]]:
    """(id, text) of the claims a scan would flag now, changing nothing (for --dry-run)."""
    return list(
        Claim.objects.due_for_recheck(now or timezone.now())
        .order_by("id")
        .values_list("id", "text")
    )


def reviewers_notify_of_rechecks(*, claim_ids: Sequence[int]) -> dict[str, list[int]]:
    """E-mail the reviewer of each claim's last approved verdict that it needs a re-check.

    One query per chunk of claims and one message per reviewer (sent over one
    connection). Reviewers without an e-mail address are skipped. Returns e-mail -> ids.
    """
    chunk_size = settings.RECHECK_SCAN_CHUNK_SIZE
    texts: dict[int, str] = {}
    by_reviewer: dict[str, list[int]] = defaultdict(list)
    for start in range(0, len(claim_ids), chunk_size):
        chunk = claim_ids[start : start + chunk_size]
        seen: set[int] = set()
        rows = (
            Verdict.objects.filter(claim_id__in=chunk, approved_at__isnull=False)
            .order_by("claim_id", "-approved_at", "-id")
            .values_list("claim_id", "reviewer__email", "claim__text")
        )
        for claim_id, email, text in rows:
            if claim_id in seen:
                continue  # an older approved verdict of the same claim
            seen.add(claim_id)
            if email:
                by_reviewer[email].append(claim_id)
                texts[claim_id] = text
    messages = []
    for email, ids in by_reviewer.items():
        lines = [f"- #{claim_id}: {_shorten(texts[claim_id])}" for claim_id in ids]
        messages.append(
            (
                f"Factdesk: {len(ids)} of your published verdicts need a re-check"
                if len(ids) != 1
                else "Factdesk: one of your published verdicts needs a re-check",
                "These claims are due for their scheduled re-check. Their published verdicts "
                "stay visible until you confirm them or a new verdict is approved.\n\n"
                + "\n".join(lines)
                + "\n",
                settings.DEFAULT_FROM_EMAIL,
                [email],
            )
        )
    if messages:
        send_mass_mail(messages, fail_silently=False)
    return dict(by_reviewer)


def _shorten(text: str, limit: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
