"""End to end with a real Celery worker process and a real broker (Redis in .ci/run).

The worker runs as `celery -A factdesk worker` against the test database (PostgreSQL),
so these tests are transactional: what they write is committed and the worker sees it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone
from django_celery_beat.models import CrontabSchedule, IntervalSchedule, PeriodicTask

from claims.models import Claim, Status, StatusChange
from factdesk.celery import app
from tests.factories import ClaimFactory, EditorFactory, ReviewerFactory, walk_to
from webhooks.models import DeliveryState, Event, Webhook, WebhookDelivery
from webhooks.schedules import schedules_create

pytestmark = [pytest.mark.broker, pytest.mark.django_db(transaction=True)]

ROOT = Path(settings.BASE_DIR)


def database_url() -> str:
    db = connection.settings_dict
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


class Worker:
    """A `celery worker` subprocess in its own process group (so kill -9 takes it all)."""

    def __init__(self, *, beat: bool = False, env: dict[str, str] | None = None) -> None:
        self.log = Path(tempfile.mkstemp(prefix="factdesk-worker-", suffix=".log")[1])
        command = [
            sys.executable, "-m", "celery", "-A", "factdesk", "worker", "--loglevel=INFO",
            "--pool=prefork", "--concurrency=1", "--without-mingle", "--without-gossip",
            "-n", f"test-{uuid.uuid4().hex[:8]}@%h",
        ]  # fmt: skip
        if beat:
            command.append("--beat")
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env={
                **os.environ,
                "DATABASE_URL": database_url(),
                "CELERY_TASK_ALWAYS_EAGER": "false",
                "OUTBOUND_ALLOWED_NETWORKS": "127.0.0.0/8",
                **(env or {}),
            },
            stdout=self.log.open("w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def kill(self) -> None:
        """kill -9 the worker and its pool processes (a crash, not a shutdown)."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()

    def output(self) -> str:
        return self.log.read_text(errors="replace")


@pytest.fixture
def workers(broker):
    """workers(beat=..., env=...) -> a started Worker; all are stopped after the test.

    .delay() in this test process then goes to the broker (not run in-process)."""
    eager, app.conf.task_always_eager = app.conf.task_always_eager, False
    started: list[Worker] = []

    def start(**kwargs) -> Worker:
        started.append(Worker(**kwargs))
        return started[-1]

    yield start
    for worker in started:
        worker.stop()
        if os.environ.get("FACTDESK_SHOW_WORKER_LOGS"):
            print(worker.output())
        worker.log.unlink(missing_ok=True)
    app.conf.task_always_eager = eager


def wait_for(check: Callable[[], object], *, seconds: float, what: str, workers=()) -> object:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if result := check():
            return result
        time.sleep(0.25)
    logs = "\n".join(w.output()[-4000:] for w in workers)
    pytest.fail(f"timed out after {seconds}s waiting for {what}\n{logs}")


def published_due_claim() -> Claim:
    reviewer, editor = ReviewerFactory(email="reviewer@newsroom.example"), EditorFactory()
    claim = ClaimFactory()
    walk_to(claim, Status.PUBLISHED, reviewer=reviewer, editor=editor)
    Claim.objects.filter(pk=claim.pk).update(
        next_recheck_at=timezone.now() - dt.timedelta(minutes=1)
    )
    return claim


def recheck_rows(claim: Claim) -> int:
    return StatusChange.objects.filter(claim=claim, to_status=Status.RECHECK_DUE).count()


def test_the_scheduled_scan_flags_a_due_claim_and_its_webhook_is_retried(workers, http_server):
    # given a due claim, a newsroom tool that fails once, and the beat schedules (which a
    # transactional test's flush removes) with the scan's last run long ago
    claim = published_due_claim()
    http_server.answer("/tool", 500, 200)
    Webhook.objects.create(url=http_server.url("/tool"), events=[Event.CLAIM_STATUS_CHANGED])
    schedules_create(PeriodicTask, IntervalSchedule, CrontabSchedule)
    PeriodicTask.objects.filter(name="flag due re-checks").update(
        last_run_at=timezone.now() - dt.timedelta(days=1)
    )

    # when a worker with beat runs
    worker = workers(beat=True, env={"WEBHOOK_BACKOFF_BASE_SECONDS": "1"})

    # then beat sends the scan, the worker flags the claim once, by the system
    wait_for(
        lambda: Claim.objects.get(pk=claim.pk).status == Status.RECHECK_DUE,
        seconds=60,
        what="the scheduled scan",
        workers=[worker],
    )
    change = StatusChange.objects.filter(claim=claim).latest()
    assert (change.actor, change.via) == (None, "system")
    assert recheck_rows(claim) == 1

    # and the webhook delivery fails with a 500, is retried by Celery after its backoff, and
    # both attempts are logged
    delivery = wait_for(
        lambda: WebhookDelivery.objects.filter(state=DeliveryState.DELIVERED).first(),
        seconds=30,
        what="the webhook retry",
        workers=[worker],
    )
    attempts = list(delivery.attempt_log.order_by("number").values_list("status_code", flat=True))
    assert attempts == [500, 200]
    assert len(http_server.requests_to("/tool")) == 2
    assert "Task claims.flag_due_rechecks" in worker.output()


def test_a_worker_killed_in_the_middle_of_a_task_neither_loses_it_nor_applies_it_twice(
    workers, broker
):
    # given a due claim, and the history table locked so the scan blocks mid-transaction
    claim = published_due_claim()
    test_db = connection.settings_dict["NAME"]
    blocker = psycopg.connect(database_url().replace("postgres://", "postgresql://", 1))
    blocker.execute(f"LOCK TABLE {StatusChange._meta.db_table} IN SHARE MODE")

    def scan_is_waiting_on_the_lock() -> bool:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = %s AND wait_event_type = 'Lock'",
                [test_db],
            )
            return cursor.fetchone()[0] > 0

    try:
        first = workers()
        app.send_task("claims.flag_due_rechecks")
        wait_for(scan_is_waiting_on_the_lock, seconds=60, what="the scan", workers=[first])

        # when the worker dies with the task half done
        first.kill()
    finally:
        blocker.rollback()
        blocker.close()

    # then its transaction is gone and nothing was applied
    def orphan_gone() -> bool:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND pid <> "
                "pg_backend_pid() AND state <> 'idle'",
                [test_db],
            )
            return cursor.fetchone()[0] == 0

    wait_for(orphan_gone, seconds=30, what="the killed worker's transaction to end")
    assert Claim.objects.get(pk=claim.pk).status == Status.PUBLISHED
    assert recheck_rows(claim) == 0

    # when a new worker starts (unacknowledged messages come back after the visibility
    # timeout, shortened here)
    options = {"visibility_timeout": 2, "unacked_restore_interval": 1,
               "unacked_restore_throttle": 1}  # fmt: skip
    second = workers(env={"CELERY_BROKER_TRANSPORT_OPTIONS": json.dumps(options)})

    # then the task is run again and applied once
    wait_for(
        lambda: Claim.objects.get(pk=claim.pk).status == Status.RECHECK_DUE,
        seconds=60,
        what="the redelivered scan",
        workers=[second],
    )
    time.sleep(4)  # another restore cycle: a second delivery would show up now
    assert recheck_rows(claim) == 1
    assert second.output().count("Task claims.flag_due_rechecks") >= 1
    with app.connection_for_write() as conn:  # acknowledged: nothing left to redeliver
        assert conn.default_channel.client.hlen("unacked") == 0
