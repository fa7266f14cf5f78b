"""The claim state machine: the one place where a claim's status changes.

Every transition locks the claim row, checks that the claim is still in the
status and at the version the caller read, applies the transition's effects,
writes the new status and exactly one StatusChange row, all in one
transaction. Anything wrong raises InvalidTransition and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

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


def _schedule_next_recheck(claim: Claim, actor) -> None:
    # Publishing (approve or confirm) sets when the verdict is looked at again: the
    # type's policy, unless an editor already chose a future date (claims/recheck.py).
    from claims.recheck import next_recheck_at_for  # claims.recheck imports this module

    claim.next_recheck_at = next_recheck_at_for(claim, now=timezone.now())


def _approve_and_schedule_recheck(claim: Claim, actor) -> None:
    _approve_current_verdict(claim, actor)
    _schedule_next_recheck(claim, actor)


def _clear_next_recheck(claim: Claim, actor) -> None:
    # The re-check is now due; the date is history (the StatusChange keeps it). Confirming
    # sets a new one, so a date found there at confirm time is an editor's override.
    claim.next_recheck_at = None


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
        effect=_approve_and_schedule_recheck,
    ),
    Transition(
        "recheck",
        Status.PUBLISHED,
        Status.RECHECK_DUE,
        frozenset({EDITOR, SYSTEM}),
        effect=_clear_next_recheck,
    ),
    # Confirm keeps the published verdict (and its history) and schedules the next re-check.
    Transition(
        "confirm",
        Status.RECHECK_DUE,
        Status.PUBLISHED,
        frozenset({EDITOR}),
        effect=_schedule_next_recheck,
    ),
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
            next_recheck_at=locked.next_recheck_at,
        )
        if updated != 1:  # SQLite has no row locks; the version check still refuses the loser
            raise InvalidTransition(
                "The claim was changed by someone else since it was read; reload and try again.",
                code="stale",
            )
        change = StatusChange.objects.create(
            claim=locked, from_status=locked.status, to_status=to, actor=actor, note=note, via=via
        )
        # Newsroom tools hear about it: webhook deliveries are written in this transaction
        # (an outbox) and sent once it commits. One query when no webhook is active.
        _record_events([_event(change, version=locked.version + 1, actor=actor)])

    claim.status = to
    claim.version = locked.version + 1
    claim.updated_at = now
    claim.assignee = locked.assignee
    claim.next_recheck_at = locked.next_recheck_at
    return change


def _event(change: StatusChange, *, version: int, actor) -> dict:
    return {
        "claim_id": change.claim_id,
        "from_status": change.from_status,
        "to_status": change.to_status,
        "version": version,
        "at": change.at,
        "via": change.via,
        "actor": actor.get_username() if actor is not None else None,
        "note": change.note,
    }


def _record_events(changes: list[dict]) -> None:
    from webhooks.services import deliveries_create_for_status_changes  # webhooks imports claims

    deliveries_create_for_status_changes(changes=changes)


def recheck_in_bulk(
    *,
    due_at: datetime | None = None,
    claim_ids: Sequence[int] | None = None,
    note: str = "",
    chunk_size: int = 5000,
) -> list[int]:
    """The system's "recheck" transition (published -> recheck_due) for many claims at once.

    Which claims: the published ones whose next_recheck_at is at or before `due_at`, or
    the published ones among `claim_ids` (exactly one of the two). Claims in any other
    status are left alone, so running it again flags nothing more.

    Set-based on purpose (the scan may flag 100 000 claims): it bypasses `transition()`
    but keeps its contract. Each chunk of `chunk_size` claims is one transaction that
    updates the claims (status, version + 1, updated_at, next_recheck_at cleared as the
    recheck effect does), writes one StatusChange each (actor None, via system) and the
    webhook deliveries; on PostgreSQL that is a single statement, and rows another scan has
    locked are skipped (SKIP LOCKED), so two scans at once never flag a claim twice.
    Returns the ids it flagged. Enqueues the webhook deliveries on commit.
    """
    if (due_at is None) == (claim_ids is None):
        raise ValueError("Give either due_at or claim_ids.")
    flagged: list[int] = []
    if claim_ids is not None:
        ids = sorted(set(claim_ids))
        for start in range(0, len(ids), chunk_size):
            flagged += _recheck_chunk(ids=ids[start : start + chunk_size], due_at=None, note=note)
        return flagged
    while True:
        chunk = _recheck_chunk(ids=None, due_at=due_at, note=note, limit=chunk_size)
        flagged += chunk
        if len(chunk) < chunk_size:
            return flagged


def _recheck_chunk(
    *, ids: list[int] | None, due_at: datetime | None, note: str, limit: int | None = None
) -> list[int]:
    claims_table = Claim._meta.db_table
    history_table = StatusChange._meta.db_table
    now = timezone.now()
    params = {
        "published": Status.PUBLISHED,
        "due": Status.RECHECK_DUE,
        "now": now,
        "note": note,
        "via": Via.SYSTEM,
        "due_at": due_at,
        "limit": limit if limit is not None else len(ids or ()),
    }
    with db_transaction.atomic():
        connection = db_transaction.get_connection()
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                params["ids"] = ids
                which = "id = ANY(%(ids)s)" if ids is not None else "next_recheck_at <= %(due_at)s"
                # One statement: pick and lock, update, and write the history of what was
                # updated. The outer status test re-checks rows a concurrent scan changed.
                cursor.execute(
                    f"""
                    WITH picked AS (
                        SELECT id FROM {claims_table}
                        WHERE status = %(published)s AND {which}
                        ORDER BY id LIMIT %(limit)s FOR UPDATE SKIP LOCKED
                    ), flagged AS (
                        UPDATE {claims_table} AS c
                        SET status = %(due)s, version = c.version + 1, updated_at = %(now)s,
                            next_recheck_at = NULL
                        FROM picked WHERE c.id = picked.id AND c.status = %(published)s
                        RETURNING c.id, c.version
                    ), logged AS (
                        INSERT INTO {history_table}
                            (claim_id, from_status, to_status, actor_id, at, note, via)
                        SELECT id, %(published)s, %(due)s, NULL, %(now)s, %(note)s, %(via)s
                        FROM flagged
                    )
                    SELECT id, version FROM flagged ORDER BY id
                    """,
                    params,
                )
                rows = cursor.fetchall()
            else:
                # SQLite: the UPDATE takes the database's write lock, so the subquery and
                # the update see the same rows; the history follows in the same transaction.
                if ids is not None:
                    which = f"id IN ({', '.join(['%s'] * len(ids))})"
                    which_params = list(ids)
                else:
                    which = "next_recheck_at <= %s"
                    which_params = [connection.ops.adapt_datetimefield_value(due_at)]
                cursor.execute(
                    f"""
                    UPDATE {claims_table}
                    SET status = %s, version = version + 1, updated_at = %s,
                        next_recheck_at = NULL
                    WHERE status = %s AND id IN (
                        SELECT id FROM {claims_table} WHERE status = %s AND {which}
                        ORDER BY id LIMIT %s
                    )
                    RETURNING id, version
                    """,
                    [
                        Status.RECHECK_DUE,
                        connection.ops.adapt_datetimefield_value(now),
                        Status.PUBLISHED,
                        Status.PUBLISHED,
                        *which_params,
                        params["limit"],
                    ],
                )
                rows = sorted(cursor.fetchall())
                StatusChange.objects.bulk_create(
                    StatusChange(
                        claim_id=claim_id,
                        from_status=Status.PUBLISHED,
                        to_status=Status.RECHECK_DUE,
                        actor=None,
                        at=now,
                        note=note,
                        via=Via.SYSTEM,
                    )
                    for claim_id, _ in rows
                )
        if rows:
            _record_events(
                [
                    {
                        "claim_id": claim_id,
                        "from_status": Status.PUBLISHED,
                        "to_status": Status.RECHECK_DUE,
                        "version": version,
                        "at": now,
                        "via": Via.SYSTEM,
                        "actor": None,
                        "note": note,
                    }
                    for claim_id, version in rows
                ]
            )
    return [claim_id for claim_id, _ in rows]
