"""The periodic schedules of Factdesk's background work (django-celery-beat).

Created by a migration (webhooks/migrations/0002) so that operators see and edit them in
the admin (Periodic tasks); an existing schedule of the same name is never overwritten.
"""

from __future__ import annotations

# name -> (task, schedule): ("every", seconds) or ("crontab", minute, hour)
SCHEDULES: dict[str, tuple] = {
    "flag due re-checks": ("claims.flag_due_rechecks", ("every", 15 * 60)),
    "check evidence links": ("sources.check_evidence_links", ("crontab", "30", "3")),
    "retry webhook deliveries": ("webhooks.retry_due_deliveries", ("every", 5 * 60)),
}


def schedules_create(PeriodicTask, IntervalSchedule, CrontabSchedule) -> None:
    """Create the missing schedules; takes the model classes so a migration can pass its own."""
    for name, (task, schedule) in SCHEDULES.items():
        if PeriodicTask.objects.filter(name=name).exists():
            continue
        if schedule[0] == "every":
            interval, _ = IntervalSchedule.objects.get_or_create(
                every=schedule[1], period="seconds"
            )
            PeriodicTask.objects.create(name=name, task=task, interval=interval)
        else:
            crontab, _ = CrontabSchedule.objects.get_or_create(
                minute=schedule[1], hour=schedule[2], day_of_week="*", day_of_month="*",
                month_of_year="*", timezone="UTC",
            )  # fmt: skip
            PeriodicTask.objects.create(name=name, task=task, crontab=crontab)
