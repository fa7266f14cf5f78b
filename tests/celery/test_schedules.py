"""The periodic schedules exist after migrating, and every task is declared as designed."""

from __future__ import annotations

import pytest
from django_celery_beat.models import CrontabSchedule, IntervalSchedule, PeriodicTask

from factdesk.celery import app
from webhooks.schedules import SCHEDULES, schedules_create

TASKS = [
    "claims.flag_due_rechecks",
    "sources.check_evidence_links",
    "sources.check_source_links",
    "webhooks.deliver",
    "webhooks.retry_due_deliveries",
]


@pytest.mark.django_db
def test_the_migration_creates_the_schedules_operators_edit_in_the_admin():
    tasks = {t.name: t for t in PeriodicTask.objects.select_related("interval", "crontab")}

    flag = tasks["flag due re-checks"]
    assert (flag.task, flag.interval.every, flag.interval.period) == (
        "claims.flag_due_rechecks",
        900,
        "seconds",
    )
    links = tasks["check evidence links"]
    assert (links.task, links.crontab.minute, links.crontab.hour) == (
        "sources.check_evidence_links",
        "30",
        "3",
    )
    assert tasks["retry webhook deliveries"].task == "webhooks.retry_due_deliveries"
    assert all(tasks[name].enabled for name in SCHEDULES)


@pytest.mark.django_db
def test_creating_the_schedules_again_keeps_an_operators_changes():
    PeriodicTask.objects.filter(name="flag due re-checks").update(enabled=False)

    schedules_create(PeriodicTask, IntervalSchedule, CrontabSchedule)

    assert PeriodicTask.objects.filter(name__in=list(SCHEDULES)).count() == 3
    assert not PeriodicTask.objects.get(name="flag due re-checks").enabled


@pytest.mark.parametrize("name", TASKS)
def test_each_task_has_a_stable_name_and_is_acknowledged_late(name):
    app.loader.import_default_modules()  # what a worker does at start: autodiscovery
    task = app.tasks[name]

    assert (task.name, task.acks_late, task.reject_on_worker_lost) == (name, True, True)
