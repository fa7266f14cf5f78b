"""Re-check policy: when a published verdict is looked at again, and what confirm/reopen do."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from claims import services
from claims.models import Claim, ClaimType, Rating, Status, Via
from claims.recheck import next_recheck_at_for, prediction_target
from claims.workflow import transition
from tests.factories import ArticleFactory, ClaimFactory, walk_to

pytestmark = pytest.mark.django_db

DAY = dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("claim_type", "days"),
    [
        (ClaimType.QUANTITY, 90),
        (ClaimType.COMPARISON, 90),
        (ClaimType.PREDICTION, 180),  # no target date stated
        (ClaimType.CAUSAL, 180),
        (ClaimType.RULE, 180),
        (ClaimType.OTHER, 180),
        (ClaimType.QUOTE, None),
        (ClaimType.EVENT, None),
    ],
)
def test_publishing_sets_the_next_recheck_from_the_types_interval(
    claim_type, days, reviewer, editor
):
    # given
    claim = ClaimFactory(type=claim_type, text="Something was said about the budget")
    walk_to(claim, Status.VERDICT_PROPOSED, reviewer=reviewer, editor=editor)
    before = timezone.now()

    # when
    transition(claim, to=Status.PUBLISHED, actor=editor, via=Via.ADMIN)

    # then
    stored = Claim.objects.get(pk=claim.pk)
    assert stored.next_recheck_at == claim.next_recheck_at
    if days is None:
        assert stored.next_recheck_at is None
    else:
        assert before + days * DAY <= stored.next_recheck_at <= timezone.now() + days * DAY


def test_the_intervals_come_from_settings(settings, reviewer, editor):
    settings.RECHECK_INTERVAL_DAYS = {**settings.RECHECK_INTERVAL_DAYS, "quantity": 7}
    claim = ClaimFactory(type=ClaimType.QUANTITY)

    walk_to(claim, Status.PUBLISHED, reviewer=reviewer, editor=editor)

    assert claim.next_recheck_at.date() == (timezone.now() + 7 * DAY).date()


@pytest.mark.parametrize(
    ("text", "published", "target"),
    [
        ("Sverige ska vara fossilfritt till 2030", dt.date(2025, 8, 16), dt.date(2031, 1, 1)),
        ("Inflationen sjunker under två procent nästa år", dt.date(2025, 8, 16),
         dt.date(2027, 1, 1)),
        ("Unemployment will fall by March 2026", dt.date(2025, 8, 16), dt.date(2026, 4, 1)),
        ("The bridge opens next month", dt.date(2025, 12, 3), dt.date(2026, 2, 1)),
        ("Det blir bättre", dt.date(2025, 8, 16), None),
        ("Det var värre 2019", dt.date(2025, 8, 16), None),  # a past year is no target
    ],
)  # fmt: skip
def test_a_prediction_is_rechecked_when_its_stated_period_is_over(text, published, target):
    assert prediction_target(text, published=published) == target


def test_a_prediction_with_a_target_date_is_rechecked_on_it(reviewer, editor):
    article = ArticleFactory(published_at=timezone.now())
    year = timezone.localtime(article.published_at).year
    claim = ClaimFactory(
        article=article, type=ClaimType.PREDICTION, text=f"Utsläppen halveras till {year + 3}"
    )

    walk_to(claim, Status.PUBLISHED, reviewer=reviewer, editor=editor)

    assert timezone.localtime(claim.next_recheck_at).date() == dt.date(year + 4, 1, 1)


def test_a_prediction_whose_target_has_passed_falls_back_to_the_interval(reviewer, editor):
    article = ArticleFactory(published_at=timezone.now() - 3 * 365 * DAY)
    year = timezone.localtime(article.published_at).year
    claim = ClaimFactory(
        article=article, type=ClaimType.PREDICTION, text=f"Priserna stiger till {year + 1}"
    )

    walk_to(claim, Status.PUBLISHED, reviewer=reviewer, editor=editor)

    assert claim.next_recheck_at.date() == (timezone.now() + 180 * DAY).date()


def test_an_editors_date_set_before_approval_wins_over_the_policy(reviewer, editor):
    claim = ClaimFactory(type=ClaimType.QUOTE)  # a quote is never re-checked by default
    walk_to(claim, Status.VERDICT_PROPOSED, reviewer=reviewer, editor=editor)
    chosen = timezone.now() + 12 * DAY
    services.claim_update(claim, actor=editor, next_recheck_at=chosen)

    transition(claim, to=Status.PUBLISHED, actor=editor, via=Via.ADMIN)

    assert Claim.objects.get(pk=claim.pk).next_recheck_at == chosen


def test_an_editor_can_move_the_recheck_of_a_published_claim(claim_in, editor):
    claim = claim_in(Status.PUBLISHED)
    chosen = timezone.now() + 3 * DAY

    services.claim_update(claim, actor=editor, next_recheck_at=chosen)

    assert Claim.objects.get(pk=claim.pk).next_recheck_at == chosen


def test_a_past_date_is_not_an_override(reviewer, editor):
    claim = ClaimFactory(type=ClaimType.QUANTITY, next_recheck_at=timezone.now() - DAY)
    now = timezone.now()

    assert next_recheck_at_for(claim, now=now) == now + 90 * DAY


def test_confirming_a_recheck_publishes_again_with_a_new_date_and_keeps_the_verdict(
    claim_in, editor
):
    # given a published claim whose re-check came due
    claim = claim_in(Status.RECHECK_DUE)
    verdict = claim.published_verdict
    assert claim.next_recheck_at is None  # cleared when the re-check came due

    # when
    before = timezone.now()
    transition(claim, to=Status.PUBLISHED, actor=editor, note="Still right", via=Via.ADMIN)

    # then
    stored = Claim.objects.get(pk=claim.pk)
    assert stored.status == Status.PUBLISHED
    assert stored.next_recheck_at >= before + 90 * DAY
    assert stored.published_verdict == verdict
    assert stored.verdicts.count() == 1
    assert list(stored.history.values_list("to_status", flat=True))[-3:] == [
        Status.PUBLISHED,
        Status.RECHECK_DUE,
        Status.PUBLISHED,
    ]


def test_an_editors_date_set_during_the_recheck_wins_at_confirm(claim_in, editor):
    claim = claim_in(Status.RECHECK_DUE)
    chosen = timezone.now() + 5 * DAY
    services.claim_update(claim, actor=editor, next_recheck_at=chosen)

    transition(claim, to=Status.PUBLISHED, actor=editor, via=Via.ADMIN)

    assert Claim.objects.get(pk=claim.pk).next_recheck_at == chosen


def test_reopening_a_recheck_keeps_the_last_verified_verdict_visible_until_a_new_approval(
    claim_in, reviewer, editor
):
    # given
    claim = claim_in(Status.RECHECK_DUE)
    old = claim.published_verdict

    # when a reviewer reopens it and drafts a new verdict
    transition(claim, to=Status.IN_REVIEW, actor=reviewer, via=Via.ADMIN)
    new = services.verdict_add(claim, reviewer=reviewer, rating=Rating.FALSE)

    # then the old verdict is still the published one
    assert Claim.objects.get(pk=claim.pk).status == Status.IN_REVIEW
    assert claim.published_verdict == old
    assert claim.current_verdict == new

    # and once the new one is approved, it is the published one
    transition(claim, to=Status.VERDICT_PROPOSED, actor=reviewer, via=Via.ADMIN)
    transition(claim, to=Status.PUBLISHED, actor=editor, via=Via.ADMIN)
    assert claim.published_verdict == new
    assert claim.next_recheck_at is not None


def test_needs_recheck_is_never_shown_as_a_rating():
    assert Status.RECHECK_DUE.label == "Needs re-check"
    assert Status.RECHECK_DUE.value not in Rating.values
