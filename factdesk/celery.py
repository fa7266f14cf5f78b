"""The Celery app, configured from Django settings (the CELERY_ namespace).

Every task of Factdesk is declared with `factdesk.celery.TASK_DEFAULTS`: an explicit,
stable name (messages in a queue outlive a deploy that moves a function), ids as
arguments (never model instances), and `acks_late`, which is safe only because every
task is idempotent: a message redelivered after a worker died re-runs the task and
changes nothing that was already done.

Tasks are enqueued with `task.delay_on_commit(...)` (Celery's DjangoTask, installed by
its Django fix-up), so a worker never looks for rows the enqueuing transaction has not
committed yet, and nothing is sent for a rolled-back write.
"""

from __future__ import annotations

import os
from typing import Any

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factdesk.settings")

app = Celery("factdesk")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

# Options shared by every task: see the module docstring.
TASK_DEFAULTS: dict[str, Any] = {"acks_late": True, "reject_on_worker_lost": True}
