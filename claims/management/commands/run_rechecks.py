"""Run the re-check due scan now (the same service the scheduled task calls)."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from claims.models import Claim
from claims.recheck import claims_due_for_recheck, claims_flag_due_rechecks


def _line(claim_id: int, text: str) -> str:
    text = " ".join(text.split())
    return f"#{claim_id}\t{text if len(text) <= 100 else text[:99] + '…'}"


class Command(BaseCommand):
    help = (
        "Move every published claim whose next re-check has passed to 'needs re-check', "
        "notify the reviewers, and print what was flagged (for cron users and operators)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Only print the claims that are due."
        )

    def handle(self, *args, dry_run: bool = False, **options) -> None:
        if dry_run:
            due = claims_due_for_recheck()
            for claim_id, text in due:
                self.stdout.write(_line(claim_id, text))
            self.stdout.write(f"{len(due)} claim(s) due for re-check (dry run: nothing changed).")
            return
        scan = claims_flag_due_rechecks()
        for start in range(0, len(scan.flagged), 5000):
            chunk = scan.flagged[start : start + 5000]
            for claim_id, text in (
                Claim.objects.filter(pk__in=chunk).order_by("id").values_list("id", "text")
            ):
                self.stdout.write(_line(claim_id, text))
        self.stdout.write(
            self.style.SUCCESS(
                f"Flagged {len(scan.flagged)} claim(s) for re-check; "
                f"notified {len(scan.notified)} reviewer(s)."
            )
        )
