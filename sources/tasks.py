"""Evidence link checks in the background (scheduled daily by django-celery-beat)."""

from __future__ import annotations

from celery import shared_task
from django.conf import settings

from factdesk.celery import TASK_DEFAULTS
from sources.linkcheck import sources_check_links, sources_to_check_ids


@shared_task(name="sources.check_evidence_links", **TASK_DEFAULTS)
def check_evidence_links() -> int:
    """Split the sources of published claims into batches, one task each. Returns batches."""
    ids = sources_to_check_ids()
    size = settings.LINKCHECK_BATCH_SIZE
    batches = [ids[start : start + size] for start in range(0, len(ids), size)]
    for batch in batches:
        check_source_links.delay(batch)
    return len(batches)


@shared_task(name="sources.check_source_links", **TASK_DEFAULTS)
def check_source_links(source_ids: list[int]) -> dict:
    """Check these sources' links; safe to run twice (recently checked ones are skipped)."""
    run = sources_check_links(source_ids=source_ids)
    return {"checked": run.checked, "failing": run.failing, "flagged": run.flagged}
