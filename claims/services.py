"""Use cases on articles and claims that are not status changes.

Each service runs in one transaction, bumps the claim's version when it
changes the claim, and raises claims.workflow.InvalidTransition for a bad state
or a stale version, so every channel (admin, UI, API) reports problems alike.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import TYPE_CHECKING

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.module_loading import import_string

from claims import extraction
from claims.models import Article, Claim, Language, Status, Verdict, content_hash
from claims.workflow import REVIEWER, InvalidTransition, allowed_targets, roles_of

if TYPE_CHECKING:
    from collections.abc import Callable

    from sources.models import Outlet


def _lock_current(claim: Claim) -> Claim:
    """Lock the claim's row and refuse if it changed since the caller read it."""
    locked = Claim.objects.select_for_update().get(pk=claim.pk)
    if locked.version != claim.version:
        raise InvalidTransition(
            "The claim was changed by someone else since it was read; reload and try again.",
            code="stale",
            allowed=allowed_targets(locked),
        )
    return locked


def _bump(claim: Claim, **fields) -> None:
    """Write `fields` and the next version, guarded by the version the claim was read at."""
    now = timezone.now()
    updated = Claim.objects.filter(pk=claim.pk, version=claim.version).update(
        version=F("version") + 1, updated_at=now, **fields
    )
    if updated != 1:
        raise InvalidTransition(
            "The claim was changed by someone else since it was read; reload and try again.",
            code="stale",
        )
    for name, value in fields.items():
        setattr(claim, name, value)
    claim.version += 1
    claim.updated_at = now


# Fields people may change on a claim; status goes through the workflow, spans never change.
EDITABLE_CLAIM_FIELDS = ("text", "type", "speaker", "assignee", "priority", "next_recheck_at")


def claim_update(claim: Claim, *, actor: AbstractBaseUser, **changes) -> Claim:
    """Change editable fields of a claim the caller read at `claim.version`.

    Changing the text or type marks the claim as edited, so re-extraction
    leaves it alone. Raises InvalidTransition ("forbidden" without the
    reviewer role, "stale" when the claim moved on) and ValueError for a
    field that is not editable.
    """
    unknown = set(changes) - set(EDITABLE_CLAIM_FIELDS)
    if unknown:
        raise ValueError(f"Not editable: {', '.join(sorted(unknown))}.")
    if REVIEWER not in roles_of(actor):
        raise InvalidTransition("Only reviewers and editors can change claims.", code="forbidden")
    if not changes:
        return claim
    if {"text", "type"} & set(changes):
        changes["edited"] = True
    with transaction.atomic():
        locked = _lock_current(claim)
        _bump(locked, **changes)
    for name, value in changes.items():
        setattr(claim, name, value)
    claim.version, claim.updated_at = locked.version, locked.updated_at
    return claim


def verdict_add(
    claim: Claim, *, reviewer: AbstractBaseUser, rating: str, summary: str = ""
) -> Verdict:
    """Record a reviewer's verdict and make it the claim's current verdict.

    Earlier verdicts stay, no longer current; an approved one remains the
    published verdict until this one is approved. Raises InvalidTransition
    unless the claim is in review and the reviewer has the reviewer role.
    """
    if REVIEWER not in roles_of(reviewer):
        raise InvalidTransition("Only reviewers and editors can give verdicts.", code="forbidden")
    with transaction.atomic():
        locked = _lock_current(claim)
        if locked.status != Status.IN_REVIEW:
            raise InvalidTransition(
                "Verdicts are given while the claim is in review.",
                code="not_allowed",
                allowed=allowed_targets(locked),
            )
        locked.verdicts.filter(is_current=True).update(is_current=False)
        verdict = Verdict.objects.create(
            claim=locked, reviewer=reviewer, rating=rating, summary=summary, is_current=True
        )
        _bump(locked)
    claim.version, claim.updated_at = locked.version, locked.updated_at
    return verdict


class DuplicateArticle(Exception):
    """The article's text or URL is already in Factdesk; `existing` is the article that has it."""

    def __init__(self, existing: Article, reason: str):
        super().__init__(f"Already ingested as article {existing.pk} (same {reason}).")
        self.existing = existing
        self.reason = reason


def article_ingest(
    *,
    body: str,
    title: str = "",
    url: str | None = None,
    outlet: Outlet | None = None,
    language: str = "",
    published_at: datetime | None = None,
) -> Article:
    """Store a new article and extract its claims (status new).

    Raises DuplicateArticle when the same text (by content hash) or the same
    URL is already stored; nothing is written then.
    """
    if not body.strip():
        raise ValueError("An article needs a body.")
    url = url or None
    existing = Article.objects.filter(content_hash=content_hash(body)).first()
    if existing is not None:
        raise DuplicateArticle(existing, "text")
    if url and (existing := Article.objects.filter(url=url).first()) is not None:
        raise DuplicateArticle(existing, "URL")
    with transaction.atomic():
        article = Article.objects.create(
            body=body,
            title=title,
            url=url,
            outlet=outlet,
            language=language,
            published_at=published_at,
        )
        article_extract_claims(article)
    return article


def configured_extractor() -> Callable[..., extraction.Extraction]:
    """The extractor named by settings.CLAIM_EXTRACTOR (default: the rule-based
    `claims.extraction.analyse`): a callable (text, language=, published=) -> Extraction.
    Ingest and `manage.py extract_claims` both go through here, so a model or LLM backend
    plugs in without touching either."""
    return import_string(settings.CLAIM_EXTRACTOR)


def article_extract_claims(article: Article) -> list[Claim]:
    """Run the extractor on the article and add the claims it does not have yet.

    Idempotent: a claim is recognised by its span, so re-running adds only
    what is new and never touches claims that exist (edited, assigned or moved
    on by a reviewer). Sets the article's language when it was unknown.
    Returns the claims it created.
    """
    published = article.published_at.date() if article.published_at else None
    if not article.language:
        detected = extraction.detect_language(article.body)
        article.language = detected if detected in Language.values else Language.OTHER
        Article.objects.filter(pk=article.pk).update(language=article.language)
    language = article.language if article.language != Language.OTHER else None
    found_claims = configured_extractor()(
        article.body, language=language, published=published
    ).claims
    known = set(article.claims.values_list("start", "end"))
    new_claims = []
    for found in found_claims:
        if (found.start, found.end) in known:
            continue
        known.add((found.start, found.end))
        new_claims.append(
            Claim(
                article=article,
                text=found.text,
                start=found.start,
                end=found.end,
                sentence_start=getattr(found, "sentence_start", None),
                sentence_end=getattr(found, "sentence_end", None),
                speaker=found.speaker or "",
                type=found.type,
                checkworthiness=found.checkworthiness,
                quantities=[asdict(q) for q in found.quantities],
            )
        )
    return Claim.objects.bulk_create(new_claims)
