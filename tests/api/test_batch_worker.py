"""A batch of articles ingested by a real Celery worker through a real broker (Redis in CI)."""

from __future__ import annotations

import pytest

from claims.models import Article
from tests.celery.test_worker import wait_for, workers  # noqa: F401 (the workers fixture)
from tests.factories import ReviewerFactory

pytestmark = [pytest.mark.broker, pytest.mark.django_db(transaction=True)]


def test_a_batch_is_ingested_by_a_worker_and_its_job_shows_the_outcome(workers, client_for):  # noqa: F811
    worker = workers()
    client = client_for(ReviewerFactory())
    articles = [
        {"body": f"Arbetslösheten i kommun {n} steg till {n % 9 + 1},5 procent i oktober."}
        for n in range(20)
    ]
    articles.append(articles[3])  # the same text twice

    response = client.post("/api/v1/articles/batch/", {"articles": articles}, format="json")

    assert response.status_code == 202
    job_url = response.json()["url"]

    def finished():
        job = client.get(job_url).json()
        return job if job["state"] == "done" else None

    job = wait_for(finished, seconds=90, what="the batch job to finish", workers=[worker])
    assert job["counts"] == {"pending": 0, "created": 20, "duplicate": 1, "failed": 0, "done": 21}
    assert job["items"][20]["article"] == job["items"][3]["article"]
    assert Article.objects.count() == 20
    assert "claims.ingest_batch" in worker.output()
