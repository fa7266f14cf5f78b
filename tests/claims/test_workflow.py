"""The claim state machine: every edge, every refusal, and the history each leaves behind."""

from __future__ import annotations

import itertools
import re
import threading
from pathlib import Path

import pytest
from django.db import connection, connections

from claims import services
from claims.models import Claim, Rating, Status, Via
from claims.workflow import TRANSITIONS, InvalidTransition, allowed_targets, transition
from tests.factories import (
    PATHS,
    ClaimFactory,
    EditorFactory,
    EvidenceFactory,
    ReviewerFactory,
    UserFactory,
    walk_to,
)

pytestmark = pytest.mark.django_db

# (from, to, who may do it)
ALLOWED = [
    (Status.NEW, Status.QUEUED, "reviewer"),
    (Status.NEW, Status.DISMISSED, "reviewer"),
    (Status.QUEUED, Status.DISMISSED, "reviewer"),
    (Status.DISMISSED, Status.QUEUED, "reviewer"),
    (Status.QUEUED, Status.IN_REVIEW, "reviewer"),
    (Status.IN_REVIEW, Status.VERDICT_PROPOSED, "reviewer"),
    (Status.VERDICT_PROPOSED, Status.IN_REVIEW, "editor"),
    (Status.VERDICT_PROPOSED, Status.PUBLISHED, "editor"),
    (Status.PUBLISHED, Status.RECHECK_DUE, "system"),
    (Status.PUBLISHED, Status.RECHECK_DUE, "editor"),
    (Status.RECHECK_DUE, Status.PUBLISHED, "editor"),
    (Status.RECHECK_DUE, Status.IN_REVIEW, "reviewer"),
]
EDGES = {(source, target) for source, target, _ in ALLOWED}


def history(claim: Claim) -> list[tuple[str, str]]:
    return list(claim.history.order_by("at", "id").values_list("from_status", "to_status"))


def prepare(status: str, reviewer, editor) -> Claim:
    claim = ClaimFactory()
    walk_to(claim, status, reviewer=reviewer, editor=editor)
    if (status, Status.VERDICT_PROPOSED) in EDGES:  # propose needs a verdict and evidence
        services.verdict_add(claim, reviewer=reviewer, rating=Rating.TRUE)
        EvidenceFactory(claim=claim, added_by=reviewer)
    return Claim.objects.get(pk=claim.pk)


def test_the_transition_table_is_the_designed_state_machine():
    assert {(t.source, t.target) for t in TRANSITIONS} == EDGES


@pytest.mark.parametrize(("source", "target", "who"), ALLOWED)
def test_each_allowed_transition_changes_status_and_writes_one_history_row(
    source, target, who, reviewer, editor
):
    claim = prepare(source, reviewer, editor)
    before = history(claim)
    actor = {"reviewer": reviewer, "editor": editor, "system": None}[who]
    via = Via.SYSTEM if actor is None else Via.API

    change = transition(claim, to=target, actor=actor, note="checked", via=via)

    stored = Claim.objects.get(pk=claim.pk)
    assert stored.status == claim.status == target
    assert stored.version == claim.version
    assert history(stored) == [*before, (source, target)]
    assert (change.actor, change.note, change.via) == (actor, "checked", via)


def test_editors_may_do_what_reviewers_do(editor):
    claim = ClaimFactory()
    transition(claim, to=Status.QUEUED, actor=editor, via=Via.ADMIN)
    assert claim.status == Status.QUEUED


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (s, t)
        for s, t in itertools.product(Status.values, Status.values)
        if (s, t) not in EDGES and s in PATHS
    ],
)
def test_every_other_edge_is_refused_and_leaves_no_trace(source, target, reviewer, editor):
    claim = prepare(source, reviewer, editor)
    before, version = history(claim), claim.version

    with pytest.raises(InvalidTransition) as refused:
        transition(claim, to=target, actor=editor, via=Via.API)

    assert refused.value.code == "not_allowed"
    assert set(refused.value.allowed) == {t for s, t in EDGES if s == source}
    stored = Claim.objects.get(pk=claim.pk)
    assert (stored.status, stored.version, history(stored)) == (source, version, before)


@pytest.mark.parametrize(("source", "target", "who"), ALLOWED)
def test_each_transition_is_refused_to_a_user_without_the_role(
    source, target, who, reviewer, editor
):
    claim = prepare(source, reviewer, editor)
    before = history(claim)
    outsider = UserFactory()  # staff, but in neither group
    lacking = reviewer if who in ("editor", "system") else outsider

    for actor in {outsider, lacking}:
        with pytest.raises(InvalidTransition) as refused:
            transition(claim, to=target, actor=actor, via=Via.API)
        assert refused.value.code == "forbidden"
    assert history(Claim.objects.get(pk=claim.pk)) == before


def test_reviewer_actions_are_not_open_to_the_system(reviewer, editor):
    claim = ClaimFactory()
    with pytest.raises(InvalidTransition, match="role"):
        transition(claim, to=Status.QUEUED, actor=None, via=Via.SYSTEM)


def test_an_inactive_user_can_do_nothing(reviewer):
    reviewer.is_active = False
    claim = ClaimFactory()
    with pytest.raises(InvalidTransition):
        transition(claim, to=Status.QUEUED, actor=reviewer, via=Via.ADMIN)


def test_proposing_needs_a_verdict(reviewer, editor):
    claim = ClaimFactory()
    walk_to(claim, Status.IN_REVIEW, reviewer=reviewer, editor=editor)
    EvidenceFactory(claim=claim, added_by=reviewer)

    with pytest.raises(InvalidTransition, match="verdict") as refused:
        transition(claim, to=Status.VERDICT_PROPOSED, actor=reviewer, via=Via.UI)

    assert refused.value.code == "guard"
    assert Claim.objects.get(pk=claim.pk).status == Status.IN_REVIEW
    assert history(claim)[-1] == (Status.QUEUED, Status.IN_REVIEW)


def test_proposing_needs_evidence(reviewer, editor):
    claim = ClaimFactory()
    walk_to(claim, Status.IN_REVIEW, reviewer=reviewer, editor=editor)
    services.verdict_add(claim, reviewer=reviewer, rating=Rating.FALSE)

    with pytest.raises(InvalidTransition, match="evidence") as refused:
        transition(claim, to=Status.VERDICT_PROPOSED, actor=reviewer, via=Via.UI)

    assert refused.value.code == "guard"
    assert Claim.objects.get(pk=claim.pk).status == Status.IN_REVIEW


def test_a_verdict_cannot_be_approved_by_its_own_reviewer(reviewer, editor):
    claim = ClaimFactory()
    walk_to(claim, Status.IN_REVIEW, reviewer=editor, editor=editor)
    services.verdict_add(claim, reviewer=editor, rating=Rating.TRUE)
    EvidenceFactory(claim=claim, added_by=editor)
    transition(claim, to=Status.VERDICT_PROPOSED, actor=editor, via=Via.UI)

    with pytest.raises(InvalidTransition, match="someone other") as refused:
        transition(claim, to=Status.PUBLISHED, actor=editor, via=Via.UI)

    assert refused.value.code == "guard"
    assert Claim.objects.get(pk=claim.pk).status == Status.VERDICT_PROPOSED
    assert claim.verdicts.get().approved_at is None


def test_approving_records_who_approved_the_verdict(reviewer, editor):
    claim = ClaimFactory()
    walk_to(claim, Status.PUBLISHED, reviewer=reviewer, editor=editor)

    verdict = claim.verdicts.get()
    assert verdict.approved_by == editor
    assert verdict.approved_at is not None
    assert claim.published_verdict == verdict


def test_starting_a_review_assigns_the_claim_when_nobody_has_it(reviewer, editor):
    claim = ClaimFactory()
    walk_to(claim, Status.IN_REVIEW, reviewer=reviewer, editor=editor)
    assert Claim.objects.get(pk=claim.pk).assignee == reviewer


def test_a_stale_version_is_refused(reviewer):
    claim = ClaimFactory()
    first_read = Claim.objects.get(pk=claim.pk)
    second_read = Claim.objects.get(pk=claim.pk)
    transition(first_read, to=Status.QUEUED, actor=reviewer, via=Via.UI)

    with pytest.raises(InvalidTransition) as refused:
        transition(second_read, to=Status.QUEUED, actor=reviewer, via=Via.API)

    assert refused.value.code in ("stale", "not_allowed")
    second_read.status = Status.QUEUED  # same status, old version: still stale
    with pytest.raises(InvalidTransition) as refused:
        transition(second_read, to=Status.IN_REVIEW, actor=reviewer, via=Via.API)
    assert refused.value.code == "stale"
    assert history(claim) == [(Status.NEW, Status.QUEUED)]


def test_an_unknown_channel_is_a_programming_error(reviewer):
    with pytest.raises(ValueError, match="channel"):
        transition(ClaimFactory(), to=Status.QUEUED, actor=reviewer, via="email")


def test_allowed_targets_depend_on_the_actor(reviewer, editor):
    claim = ClaimFactory()
    walk_to(claim, Status.VERDICT_PROPOSED, reviewer=reviewer, editor=editor)
    assert allowed_targets(claim, reviewer) == []
    assert set(allowed_targets(claim, editor)) == {Status.IN_REVIEW, Status.PUBLISHED}


def test_the_whole_path_to_publication_is_in_the_history(reviewer, editor):
    claim = ClaimFactory()
    walk_to(claim, Status.RECHECK_DUE, reviewer=reviewer, editor=editor)
    transition(claim, to=Status.PUBLISHED, actor=editor, via=Via.ADMIN)

    assert history(claim) == [
        (Status.NEW, Status.QUEUED),
        (Status.QUEUED, Status.IN_REVIEW),
        (Status.IN_REVIEW, Status.VERDICT_PROPOSED),
        (Status.VERDICT_PROPOSED, Status.PUBLISHED),
        (Status.PUBLISHED, Status.RECHECK_DUE),
        (Status.RECHECK_DUE, Status.PUBLISHED),
    ]
    system_row = claim.history.get(to_status=Status.RECHECK_DUE)
    assert (system_row.actor, system_row.via) == (None, Via.SYSTEM)


def test_only_the_workflow_module_assigns_a_claims_status():
    root = Path(__file__).resolve().parents[2]
    assignment = re.compile(r"\.status\s*=(?!=)|\bupdate\([^)]*\bstatus\s*=")
    offenders = [
        str(path.relative_to(root))
        for folder in ("claims", "sources", "factdesk")
        for path in (root / folder).rglob("*.py")
        if path.name != "workflow.py"
        and "migrations" not in path.parts
        and assignment.search(path.read_text())
    ]
    assert offenders == []


@pytest.mark.django_db(transaction=True)
def test_two_racing_transitions_one_wins_and_history_has_one_row(postgres):
    reviewer = ReviewerFactory()
    claim = ClaimFactory()
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def race() -> None:
        try:
            mine = Claim.objects.get(pk=claim.pk)  # both read version 1
            barrier.wait()
            transition(mine, to=Status.QUEUED, actor=reviewer, via=Via.API)
            outcomes.append("won")
        except InvalidTransition as refused:
            outcomes.append(refused.code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=race) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["stale", "won"]
    assert history(claim) == [(Status.NEW, Status.QUEUED)]
    assert Claim.objects.get(pk=claim.pk).version == 2


def test_editors_factory_makes_editors():
    assert EditorFactory().groups.filter(name="editor").exists()


def test_connection_vendor_is_known():
    assert connection.vendor in ("sqlite", "postgresql")
