"""A reviewer and an editor take a claim from new to published in a real browser."""

from __future__ import annotations

import pytest

from claims.models import Claim, Status, Via
from tests.factories import (
    ArticleFactory,
    ClaimFactory,
    EditorFactory,
    ReviewerFactory,
    SourceFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)
PASSWORD = "correct horse battery staple"


def log_in(page, live_server, user) -> None:
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_selector("#user-tools")


def click_transition(page, name: str, note: str = "") -> None:
    page.click(f"a.transition-{name}")
    if note:
        page.fill("#id_note", note)
    page.click("input[type=submit]")
    page.wait_for_selector(".messagelist .success")


def test_a_claim_travels_from_new_to_published_in_the_admin(page, live_server):
    reviewer, editor = ReviewerFactory(), EditorFactory()
    article = ArticleFactory(body="Mötet varade i runt tre timmar, enligt Bloomberg.")
    claim = ClaimFactory(article=article, text="Mötet varade i runt tre timmar", start=0, end=30)
    source = SourceFactory(title="Bloomberg: the summit")
    claim_url = f"{live_server.url}/admin/claims/claim/{claim.pk}/change/"

    # the reviewer finds the claim, queues it and starts the review
    log_in(page, live_server, reviewer)
    page.goto(f"{live_server.url}/admin/claims/claim/?status__exact=new")
    page.click(f"text={claim.text}")
    click_transition(page, "triage", note="Worth checking")
    click_transition(page, "start")

    # gives a verdict backed by a source, then proposes it
    page.click("#verdicts-group .add-row a")
    page.select_option("#id_verdicts-0-rating", "mostly_true")
    page.fill("#id_verdicts-0-summary", "Bloomberg reports about three hours.")
    page.click("#evidence-group .add-row a")
    page.select_option("#id_evidence-0-stance", "supports")
    # the source picker is an autocomplete: type and choose
    page.click("#evidence-group .select2-selection")
    page.fill(".select2-search__field", "Bloomberg")
    page.click(f".select2-results__option:has-text('{source.title}')")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    click_transition(page, "propose")
    page.click("#logout-form button")

    # the editor approves
    log_in(page, live_server, editor)
    page.goto(claim_url)
    click_transition(page, "approve", note="Approved")

    page.goto(claim_url)
    history = page.inner_text("#history-group")
    for label in ("Queued", "In review", "Verdict proposed", "Published"):
        assert label in history
    claim = Claim.objects.get(pk=claim.pk)
    assert claim.status == Status.PUBLISHED
    assert [(h.to_status, h.actor, h.via) for h in claim.history.all()] == [
        (Status.QUEUED, reviewer, Via.ADMIN),
        (Status.IN_REVIEW, reviewer, Via.ADMIN),
        (Status.VERDICT_PROPOSED, reviewer, Via.ADMIN),
        (Status.PUBLISHED, editor, Via.ADMIN),
    ]
