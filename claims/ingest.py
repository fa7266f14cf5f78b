"""Batch ingest: many articles submitted at once, extracted in the background.

The submitted articles are stored first (one IngestItem each, in the request's
transaction); the task then works through the items still pending, each in its
own transaction together with its outcome, so a worker that dies mid-batch
loses nothing and a task run twice ingests nothing twice.
"""

from __future__ import annotations

import logging
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.utils import timezone

from claims.models import Article, IngestItem, IngestJob, content_hash
from claims.services import DuplicateArticle, article_ingest
from sources.models import Outlet

logger = logging.getLogger(__name__)


def _payload(article: dict) -> dict:
    published: datetime | None = article.get("published_at")
    return {
        "title": article.get("title", ""),
        "body": article["body"],
        "url": article.get("url") or None,
        "outlet": article.get("outlet"),
        "language": article.get("language", ""),
        "published_at": published.isoformat() if published else None,
    }


def ingest_job_create(*, articles: list[dict], created_by: AbstractBaseUser | None) -> IngestJob:
    """Store a batch of validated articles as a pending job and enqueue its processing.

    Effect: one IngestJob and one IngestItem per article, in one transaction.
    Enqueues: claims.ingest_batch(job id) when the transaction commits (runs at
    once, in-process, when no broker is configured).
    """
    from claims.tasks import ingest_batch

    with transaction.atomic():
        job = IngestJob.objects.create(created_by=created_by, total=len(articles))
        IngestItem.objects.bulk_create(
            IngestItem(job=job, index=index, payload=_payload(article))
            for index, article in enumerate(articles)
        )
        transaction.on_commit(lambda: ingest_batch.delay(job.pk))
    return job


def _ingest_one(item: IngestItem, outlets: dict[int, Outlet]) -> None:
    data = item.payload
    try:
        published = datetime.fromisoformat(data["published_at"]) if data["published_at"] else None
        article = article_ingest(
            body=data["body"],
            title=data["title"],
            url=data["url"],
            outlet=outlets.get(data["outlet"]) if data["outlet"] else None,
            language=data["language"],
            published_at=published,
        )
    except DuplicateArticle as duplicate:
        item.outcome, item.article = IngestItem.Outcome.DUPLICATE, duplicate.existing
        item.message = str(duplicate)
    except IntegrityError:
        # Lost a race with a concurrent ingest of the same text or URL.
        existing = Article.objects.filter(content_hash=content_hash(data["body"])).first() or (
            Article.objects.filter(url=data["url"]).first() if data["url"] else None
        )
        item.outcome, item.article = IngestItem.Outcome.DUPLICATE, existing
        item.message = "Already ingested (concurrently)."
    except ValueError as problem:
        item.outcome, item.message = IngestItem.Outcome.FAILED, str(problem)
    else:
        item.outcome, item.article = IngestItem.Outcome.CREATED, article


def ingest_job_run(*, job_id: int) -> IngestJob | None:
    """Ingest every pending item of the job, in order; mark the job done at the end.

    Each item is claimed with a row lock and saved with its outcome in the same
    transaction as the article it creates: idempotent and safe to run twice or
    concurrently. A failure of one article (bad data, an extractor error) is recorded
    on that item and the batch goes on. Returns None when the job does not exist.
    """
    job = IngestJob.objects.filter(pk=job_id).first()
    if job is None:
        return None
    IngestJob.objects.filter(pk=job_id, state=IngestJob.State.PENDING).update(
        state=IngestJob.State.RUNNING, started_at=timezone.now()
    )
    # Only the outlet ids of the payloads, not their (possibly large) bodies.
    outlet_ids = {
        outlet
        for outlet in IngestItem.objects.filter(job_id=job_id).values_list(
            "payload__outlet", flat=True
        )
        if outlet
    }
    outlets = Outlet.objects.in_bulk(outlet_ids)
    pending = IngestItem.objects.filter(job_id=job_id, outcome=IngestItem.Outcome.PENDING)
    for item_id in pending.order_by("index").values_list("id", flat=True):
        with transaction.atomic():
            item = pending.select_for_update(skip_locked=True).filter(pk=item_id).first()
            if item is None:  # done meanwhile by another run
                continue
            try:
                with transaction.atomic():
                    _ingest_one(item, outlets)
            except Exception:  # one broken article must not stop the other 499
                logger.exception("ingest job %s item %s failed", job_id, item.index)
                item.outcome, item.message = IngestItem.Outcome.FAILED, "Internal error."
            item.processed_at = timezone.now()
            item.save(update_fields=["outcome", "article", "message", "processed_at"])
    if not pending.exists():
        IngestJob.objects.filter(pk=job_id).exclude(state=IngestJob.State.DONE).update(
            state=IngestJob.State.DONE, finished_at=timezone.now()
        )
    job.refresh_from_db()
    return job
