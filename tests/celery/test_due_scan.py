"""The re-check due scan: exactly the due claims, one history row each, set-based, idempotent."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connections
from django.utils import timezone

from claims import workflow
from claims.models import Claim, Status, StatusChange, Via
from claims.recheck import claims_flag_due_rechecks
from claims.tasks import flag_due_rechecks
from tests.factories import ClaimFactory, EditorFactory, ReviewerFactory, walk_to

pytestmark = pytest.mark.django_db

DAY = dt.timedelta(days=1)


def make_published(count: int, *, due: bool, reviewer, editor) -> list[Claim]:
    claims = []
    for _ in range(count):
        claim = ClaimFactory()
        walk_to(claim, Status.PUBLISHED, reviewer=reviewer, editor=editor)
        claims.append(claim)
    when = timezone.now() + (-DAY if due else DAY)
    Claim.objects.filter(pk__in=[c.pk for c in claims]).update(next_recheck_at=when)
    return claims


def recheck_rows(claim_ids) -> list[tuple]:
    return list(
        StatusChange.objects.filter(claim_id__in=claim_ids, to_status=Status.RECHECK_DUE)
        .order_by("claim_id")
        .values_list("claim_id", "from_status", "actor", "via")
    )


def test_the_scan_flags_exactly_the_due_published_claims_with_one_history_row_each(
    reviewer, editor
):
    # given
    due = make_published(3, due=True, reviewer=reviewer, editor=editor)
    later = make_published(2, due=False, reviewer=reviewer, editor=editor)
    in_review = ClaimFactory(next_recheck_at=timezone.now() - DAY)  # not published: never
    never = make_published(1, due=False, reviewer=reviewer, editor=editor)[0]
    Claim.objects.filter(pk=never.pk).update(next_recheck_at=None)
    versions = dict(Claim.objects.values_list("id", "version"))

    # when
    scan = claims_flag_due_rechecks()

    # then
    due_ids = sorted(c.pk for c in due)
    assert sorted(scan.flagged) == due_ids
    stored = {c.pk: c for c in Claim.objects.all()}
    assert all(stored[i].status == Status.RECHECK_DUE for i in due_ids)
    assert all(stored[i].version == versions[i] + 1 for i in due_ids)
    assert all(stored[i].next_recheck_at is None for i in due_ids)
    assert {stored[c.pk].status for c in [*later, never]} == {Status.PUBLISHED}
    assert stored[in_review.pk].status == Status.NEW
    assert recheck_rows(stored) == [(i, Status.PUBLISHED, None, Via.SYSTEM) for i in due_ids]


def test_running_the_scan_twice_flags_nothing_more(reviewer, editor):
    due = make_published(2, due=True, reviewer=reviewer, editor=editor)

    first = flag_due_rechecks.delay().get()
    second = flag_due_rechecks.delay().get()

    assert (first, second) == (2, 0)
    assert len(recheck_rows([c.pk for c in due])) == 2


def test_the_scan_runs_the_same_queries_for_3_and_for_30_due_claims(
    reviewer, editor, django_assert_num_queries
):
    make_published(3, due=True, reviewer=reviewer, editor=editor)
    # 1 claims updated + history written (PostgreSQL: one statement; SQLite: UPDATE
    #   RETURNING + bulk INSERT, plus the savepoint/transaction statements Django counts),
    # 1 active webhooks looked up for the outbox, 1 last reviewers of the flagged claims.
    with django_assert_num_queries(_scan_queries()) as small:
        assert len(claims_flag_due_rechecks().flagged) == 3

    make_published(30, due=True, reviewer=reviewer, editor=editor)
    with django_assert_num_queries(len(small.captured_queries)):
        assert len(claims_flag_due_rechecks().flagged) == 30


def _scan_queries() -> int:
    vendor = connections["default"].vendor
    # PostgreSQL: SAVEPOINT, flag+history, webhooks, RELEASE, reviewers
    # SQLite: SAVEPOINT, UPDATE RETURNING, INSERT history, webhooks, RELEASE, reviewers
    return 5 if vendor == "postgresql" else 6


def test_the_scan_works_in_chunks_of_the_configured_size(settings, reviewer, editor):
    settings.RECHECK_SCAN_CHUNK_SIZE = 2
    due = make_published(5, due=True, reviewer=reviewer, editor=editor)

    scan = claims_flag_due_rechecks()

    assert sorted(scan.flagged) == sorted(c.pk for c in due)
    assert len(recheck_rows([c.pk for c in due])) == 5


def test_the_last_reviewer_gets_one_mail_listing_their_claims(editor):
    # given two reviewers, one with two due claims and one with one
    alice, bob = ReviewerFactory(email="alice@newsroom.example"), ReviewerFactory(email="")
    carol = ReviewerFactory(email="carol@newsroom.example")
    alices = make_published(2, due=True, reviewer=alice, editor=editor)
    make_published(1, due=True, reviewer=bob, editor=editor)  # no address: skipped
    carols = make_published(1, due=True, reviewer=carol, editor=editor)
    mail.outbox.clear()

    # when
    scan = claims_flag_due_rechecks()

    # then
    assert scan.notified == {
        "alice@newsroom.example": [c.pk for c in alices],
        "carol@newsroom.example": [c.pk for c in carols],
    }
    assert sorted(m.to[0] for m in mail.outbox) == [
        "alice@newsroom.example",
        "carol@newsroom.example",
    ]
    to_alice = next(m for m in mail.outbox if m.to == ["alice@newsroom.example"])
    assert to_alice.subject == "Factdesk: 2 of your published verdicts need a re-check"
    assert all(f"#{c.pk}:" in to_alice.body for c in alices)
    assert "stay visible" in to_alice.body


def test_the_reviewer_of_the_newest_approved_verdict_is_told(editor):
    first, second = ReviewerFactory(email="first@x.example"), ReviewerFactory(email="2@x.example")
    claim = make_published(1, due=True, reviewer=first, editor=editor)[0]
    workflow.transition(claim, to=Status.RECHECK_DUE, actor=editor, via=Via.ADMIN)
    workflow.transition(claim, to=Status.IN_REVIEW, actor=second, via=Via.ADMIN)
    walk_to_published_again(claim, reviewer=second, editor=editor)
    Claim.objects.filter(pk=claim.pk).update(next_recheck_at=timezone.now() - DAY)
    mail.outbox.clear()

    scan = claims_flag_due_rechecks()

    assert scan.notified == {"2@x.example": [claim.pk]}


def walk_to_published_again(claim: Claim, *, reviewer, editor) -> None:
    from claims import services
    from claims.models import Rating

    services.verdict_add(claim, reviewer=reviewer, rating=Rating.FALSE)
    workflow.transition(claim, to=Status.VERDICT_PROPOSED, actor=reviewer, via=Via.ADMIN)
    workflow.transition(claim, to=Status.PUBLISHED, actor=editor, via=Via.ADMIN)


def test_the_bulk_recheck_leaves_claims_that_are_not_published_alone(claim_in):
    published, in_review = claim_in(Status.PUBLISHED), claim_in(Status.IN_REVIEW)

    flagged = workflow.recheck_in_bulk(claim_ids=[published.pk, in_review.pk, published.pk])

    assert flagged == [published.pk]
    assert Claim.objects.get(pk=in_review.pk).status == Status.IN_REVIEW
    assert workflow.recheck_in_bulk(claim_ids=[published.pk]) == []


def test_the_bulk_recheck_needs_exactly_one_selection():
    with pytest.raises(ValueError, match="either"):
        workflow.recheck_in_bulk()
    with pytest.raises(ValueError, match="either"):
        workflow.recheck_in_bulk(due_at=timezone.now(), claim_ids=[1])


def test_run_rechecks_prints_what_it_flagged_and_dry_run_changes_nothing(reviewer, editor, capsys):
    due = make_published(2, due=True, reviewer=reviewer, editor=editor)

    call_command("run_rechecks", "--dry-run")
    dry = capsys.readouterr().out
    assert all(f"#{c.pk}\t" in dry for c in due)
    assert "2 claim(s) due for re-check (dry run: nothing changed)." in dry
    assert set(Claim.objects.values_list("status", flat=True)) == {Status.PUBLISHED}

    call_command("run_rechecks")
    out = capsys.readouterr().out
    assert all(f"#{c.pk}\t" in out for c in due)
    assert "Flagged 2 claim(s) for re-check; notified 1 reviewer(s)." in out

    call_command("run_rechecks")
    assert "Flagged 0 claim(s)" in capsys.readouterr().out


@pytest.mark.django_db(transaction=True)
def test_two_scans_at_once_flag_each_claim_once(postgres, settings):
    # given 40 due claims, scanned in chunks of 5 by two scans started together
    settings.RECHECK_SCAN_CHUNK_SIZE = 5
    reviewer, editor = ReviewerFactory(), EditorFactory()
    due = make_published(40, due=True, reviewer=reviewer, editor=editor)
    barrier = threading.Barrier(2)
    results: list[list[int]] = []

    def scan() -> None:
        try:
            barrier.wait()
            results.append(claims_flag_due_rechecks().flagged)
        finally:
            connections.close_all()

    # when
    threads = [threading.Thread(target=scan) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    # then every claim was flagged by exactly one of them, with one history row
    assert sorted(results[0] + results[1]) == sorted(c.pk for c in due)
    assert len(recheck_rows([c.pk for c in due])) == 40
