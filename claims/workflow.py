"""The claim state machine: the one place where a claim's status changes.

Every transition locks the claim row, checks that the claim is still in the
status and at the version the caller read, applies the transition's effects,
writes the new status and exactly one StatusChange row, all in one
transaction. Anything wrong raises InvalidTransition and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction as db_transaction
from django.db.models import F
from django.utils import timezone

from claims.models import Claim, Status, StatusChange, Via

REVIEWER = "reviewer"
EDITOR = "editor"
SYSTEM = "system"


class InvalidTransition(Exception):
    """The one domain error of the workflow.

    `code` says why: "not_allowed" (no such edge from the claim's status),
    "forbidden" (the actor lacks the role), "guard" (a precondition is not
    met), "stale" (the claim changed since the caller read it). `allowed`
    lists the statuses the claim could move to instead (for API 409 bodies).
    """

    def __init__(self, message: str, *, code: str, allowed: list[str] | None = None):
        super().__init__(message)
        self.message = message
        self.code = code
        self.allowed = allowed or []


Guard = Callable[[Claim, AbstractBaseUser | None], str | None]
Effect = Callable[[Claim, AbstractBaseUser | None], None]


@dataclass(frozen=True)
class Transition:
    name: str
    source: str
    target: str
    roles: frozenset[str]
    guard: Guard | None = None
    effect: Effect | None = None


def _needs_rated_verdict_with_evidence(claim: Claim, actor) -> str | None:
    verdict = claim.verdicts.filter(is_current=True).first()
    if verdict is None or not verdict.rating:
        return "A verdict with a rating is needed before it can be proposed."
    if not claim.evidence.exists():
        return "At least one piece of evidence is needed before a verdict can be proposed."
    return None


def _needs_second_pair_of_eyes(claim: Claim, actor) -> str | None:
    verdict = claim.verdicts.filter(is_current=True).first()
    if verdict is None:
        return "There is no proposed verdict to approve."
    if actor is not None and verdict.reviewer_id == actor.pk:
        return "A verdict must be approved by someone other than its reviewer."
    return None


def _assign_actor_if_unassigned(claim: Claim, actor) -> None:
    if claim.assignee_id is None and actor is not None:
        claim.assignee = actor


def _approve_current_verdict(claim: Claim, actor) -> None:
    claim.verdicts.filter(is_current=True).update(approved_by=actor, approved_at=timezone.now())


TRANSITIONS: list[Transition] = [
    Transition("triage", Status.NEW, Status.QUEUED, frozenset({REVIEWER})),
    Transition("dismiss", Status.NEW, Status.DISMISSED, frozenset({REVIEWER})),
    Transition("dismiss", Status.QUEUED, Status.DISMISSED, frozenset({REVIEWER})),
    Transition("reopen", Status.DISMISSED, Status.QUEUED, frozenset({REVIEWER})),
    Transition(
        "start",
        Status.QUEUED,
        Status.IN_REVIEW,
        frozenset({REVIEWER}),
        effect=_assign_actor_if_unassigned,
    ),
    Transition(
        "propose",
        Status.IN_REVIEW,
        Status.VERDICT_PROPOSED,
        frozenset({REVIEWER}),
        guard=_needs_rated_verdict_with_evidence,
    ),
    Transition("reject", Status.VERDICT_PROPOSED, Status.IN_REVIEW, frozenset({EDITOR})),
    Transition(
        "approve",
        Status.VERDICT_PROPOSED,
        Status.PUBLISHED,
        frozenset({EDITOR}),
        guard=_needs_second_pair_of_eyes,
        effect=_approve_current_verdict,
    ),
    Transition("recheck", Status.PUBLISHED, Status.RECHECK_DUE, frozenset({EDITOR, SYSTEM})),
    Transition("confirm", Status.RECHECK_DUE, Status.PUBLISHED, frozenset({EDITOR})),
    Transition("reopen", Status.RECHECK_DUE, Status.IN_REVIEW, frozenset({REVIEWER})),
]
_BY_EDGE: dict[tuple[str, str], Transition] = {(t.source, t.target): t for t in TRANSITIONS}


def roles_of(actor: AbstractBaseUser | None) -> frozenset[str]:
    """The workflow roles of an actor; None is the system. Editors may do what reviewers do."""
    if actor is None:
        return frozenset({SYSTEM})
    if not actor.is_active:
        return frozenset()
    if actor.is_superuser:
        return frozenset({REVIEWER, EDITOR})
    groups = {g.name for g in actor.groups.all()}
    if EDITOR in groups:
        return frozenset({REVIEWER, EDITOR})
    if REVIEWER in groups:
        return frozenset({REVIEWER})
    return frozenset()


def allowed_targets(claim: Claim, actor: AbstractBaseUser | None = None) -> list[str]:
    """Statuses this claim can move to from its current status (for this actor, if given)."""
    roles = roles_of(actor) if actor is not None else None
    return [
        t.target
        for t in TRANSITIONS
        if t.source == claim.status and (roles is None or t.roles & roles)
    ]


def get_transition(source: str, target: str) -> Transition | None:
    return _BY_EDGE.get((source, target))


def transition(
    claim: Claim,
    *,
    to: str,
    actor: AbstractBaseUser | None,
    note: str = "",
    via: str,
) -> StatusChange:
    """Move `claim` to status `to` on behalf of `actor` (None: the system).

    The claim's in-memory status and version are the ones the caller read; if
    the row has moved on since, the change is refused as stale. On success the
    passed claim is refreshed in place (status, version, updated_at, assignee).

    Raises InvalidTransition. Writes the claim and one StatusChange row.
    """
    if via not in Via.values:
        raise ValueError(f"Unknown channel {via!r}; expected one of {Via.values}.")
    edge = get_transition(claim.status, to)
    if edge is None:
        allowed = allowed_targets(claim)
        raise InvalidTransition(
            f"A claim cannot go from {claim.status} to {to}.", code="not_allowed", allowed=allowed
        )
    if not edge.roles & roles_of(actor):
        raise InvalidTransition(
            f"{edge.name.capitalize()} needs the role {' or '.join(sorted(edge.roles))}.",
            code="forbidden",
            allowed=allowed_targets(claim, actor),
        )

    with db_transaction.atomic():
        # The lock serializes concurrent transitions of one claim on PostgreSQL: the
        # loser waits, then sees the new version and is refused as stale instead of
        # writing a second history row.
        locked = Claim.objects.select_for_update().get(pk=claim.pk)
        if locked.status != claim.status or locked.version != claim.version:
            raise InvalidTransition(
                "The claim was changed by someone else since it was read; reload and try again.",
                code="stale",
                allowed=allowed_targets(locked),
            )
        if edge.guard is not None and (problem := edge.guard(locked, actor)):
            raise InvalidTransition(problem, code="guard", allowed=allowed_targets(locked))
        if edge.effect is not None:
            edge.effect(locked, actor)
        now = timezone.now()
        updated = Claim.objects.filter(pk=locked.pk, version=locked.version).update(
            status=to,
            version=F("version") + 1,
            updated_at=now,
            assignee=locked.assignee,
        )
        if updated != 1:  # SQLite has no row locks; the version check still refuses the loser
            raise InvalidTransition(
                "The claim was changed by someone else since it was read; reload and try again.",
                code="stale",
            )
        change = StatusChange.objects.create(
            claim=locked, from_status=locked.status, to_status=to, actor=actor, note=note, via=via
        )

    claim.status = to
    claim.version = locked.version + 1
    claim.updated_at = now
    claim.assignee = locked.assignee
    return change
