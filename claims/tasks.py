"""Celery tasks of the claims app: thin wrappers that take ids and call one service."""

from __future__ import annotations

from celery import shared_task


@shared_task(name="claims.ingest_batch", acks_late=True)
def ingest_batch(job_id: int) -> dict | None:
    """Ingest the pending articles of an API batch (claims.ingest.ingest_job_run).

    Safe to run twice: items already processed are skipped.
    """
    from claims.ingest import ingest_job_run

    job = ingest_job_run(job_id=job_id)
    return None if job is None else {"job": job.pk, "state": job.state}


@shared_task(name="claims.flag_due_rechecks", acks_late=True, reject_on_worker_lost=True)
def flag_due_rechecks() -> int:
    """The scheduled due scan (every 15 minutes by default): flagged claim count.

    Idempotent: a second run, or one redelivered after a worker died, flags nothing more.
    """
    from claims.recheck import claims_flag_due_rechecks

    return len(claims_flag_due_rechecks().flagged)
