"""Use cases on sources and evidence."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from claims.models import Claim, Status
from claims.workflow import REVIEWER, InvalidTransition, allowed_targets, roles_of
from sources.models import Evidence, Source

# Evidence is gathered while a claim is being reviewed or re-checked.
EVIDENCE_STATUSES = (Status.IN_REVIEW, Status.RECHECK_DUE)


def evidence_add(
    claim: Claim, *, source: Source, stance: str, excerpt: str = "", added_by: AbstractBaseUser
) -> Evidence:
    """Link a source to a claim. Needs the reviewer role and a claim under review.

    Raises InvalidTransition when the claim is not under review or the user
    lacks the role; a second link of the same source to the same claim is
    refused by the database (IntegrityError), which callers report as invalid input.
    """
    if REVIEWER not in roles_of(added_by):
        raise InvalidTransition("Only reviewers and editors can add evidence.", code="forbidden")
    with transaction.atomic():
        locked = Claim.objects.select_for_update().get(pk=claim.pk)
        if locked.status not in EVIDENCE_STATUSES:
            raise InvalidTransition(
                "Evidence is added while the claim is in review or due for a re-check.",
                code="not_allowed",
                allowed=allowed_targets(locked),
            )
        return Evidence.objects.create(
            claim=locked, source=source, stance=stance, excerpt=excerpt, added_by=added_by
        )
