"""The admin as reviewers and editors use it: pages render in bounded queries, actions and
buttons go through the workflow, and a claim can travel from new to published."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Claim, Rating, Status, Via
from sources.models import Evidence, Stance
from tests.factories import (
    ArticleFactory,
    ClaimFactory,
    EvidenceFactory,
    OutletFactory,
    ReviewerFactory,
    SourceFactory,
    StatusChangeFactory,
    VerdictFactory,
    walk_to,
)

pytestmark = pytest.mark.django_db

ROWS = 50


def populate(rows: int) -> Claim:
    """`rows` claims spread over articles, each with history, a verdict and evidence."""
    outlet = OutletFactory()
    reviewer = ReviewerFactory()
    articles = ArticleFactory.create_batch(5, outlet=outlet)
    last = None
    for i in range(rows):
        last = ClaimFactory(article=articles[i % 5], text=f"Claim number {i} says 9,1 procent")
        StatusChangeFactory(claim=last, actor=reviewer)
        VerdictFactory(claim=last, reviewer=reviewer)
        EvidenceFactory(claim=last, source=SourceFactory(outlet=outlet), added_by=reviewer)
    return last


def query_count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


CHANGELISTS = [
    "admin:claims_claim_changelist",
    "admin:claims_article_changelist",
    "admin:claims_statuschange_changelist",
    "admin:sources_source_changelist",
    "admin:sources_evidence_changelist",
    "admin:sources_outlet_changelist",
]


@pytest.mark.parametrize("role", ["reviewer", "editor"])
@pytest.mark.parametrize("changelist", CHANGELISTS)
def test_changelists_do_not_run_a_query_per_row(client, role, changelist, request):
    client.force_login(request.getfixturevalue(role))
    url = reverse(changelist)
    populate(5)
    with_few = query_count(client, url)
    populate(ROWS - 5)

    # given 50 rows, then the same queries as with 5, and few of them
    assert query_count(client, url) == with_few
    assert with_few <= 12


@pytest.mark.parametrize("role", ["reviewer", "editor"])
def test_claim_and_article_pages_render_in_bounded_queries(
    client, role, request, django_assert_max_num_queries
):
    client.force_login(request.getfixturevalue(role))
    claim = populate(ROWS)
    for _ in range(ROWS):  # a long history and many pieces of evidence on one claim
        StatusChangeFactory(claim=claim)
    EvidenceFactory.create_batch(10, claim=claim)
    source = claim.evidence.first().source
    pages = [
        reverse("admin:claims_claim_change", args=[claim.pk]),
        reverse("admin:claims_article_change", args=[claim.article_id]),  # 10 claims inline
        reverse("admin:sources_source_change", args=[source.pk]),
        reverse("admin:sources_evidence_change", args=[claim.evidence.first().pk]),
        reverse("admin:sources_outlet_change", args=[source.outlet_id]),
        reverse("admin:claims_statuschange_change", args=[claim.history.first().pk]),
    ]
    for url in pages:
        with django_assert_max_num_queries(25):
            response = client.get(url)
        assert response.status_code == 200, url


def test_a_claim_page_shows_verdicts_evidence_and_the_full_history(client, reviewer, editor):
    claim = ClaimFactory(text="Mötet varade i <b>tre</b> timmar")
    walk_to(claim, Status.PUBLISHED, reviewer=reviewer, editor=editor)
    client.force_login(editor)

    page = client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()

    assert "Mostly true" in page
    assert claim.evidence.get().source.title in page
    for label in ("Queued", "In review", "Verdict proposed", "Published"):
        assert label in page
    assert "Mötet varade i &lt;b&gt;tre&lt;/b&gt; timmar" in page  # user text is escaped
    assert "<b>tre</b>" not in page


def test_the_status_is_not_a_form_field(client, reviewer):
    claim = ClaimFactory()
    client.force_login(reviewer)
    response = client.get(reverse("admin:claims_claim_change", args=[claim.pk]))
    assert "status" not in response.context["adminform"].form.fields


def changelist_action(client, action: str, claims) -> None:
    client.post(
        reverse("admin:claims_claim_changelist"),
        {"action": action, "_selected_action": [c.pk for c in claims]},
        follow=True,
    )


def test_list_actions_go_through_the_workflow(client, reviewer):
    claims = ClaimFactory.create_batch(3, article=ArticleFactory())
    client.force_login(reviewer)

    changelist_action(client, "assign_to_me", claims)
    changelist_action(client, "queue", claims[:2])
    changelist_action(client, "start_review", claims[:1])
    changelist_action(client, "dismiss", claims[1:])

    statuses = dict(Claim.objects.values_list("pk", "status"))
    assert statuses == {
        claims[0].pk: Status.IN_REVIEW,
        claims[1].pk: Status.DISMISSED,
        claims[2].pk: Status.DISMISSED,
    }
    assert set(Claim.objects.values_list("assignee", flat=True)) == {reviewer.pk}
    assert all(row.via == Via.ADMIN for row in claims[0].history.all())
    assert claims[0].history.count() == 2


def test_a_refused_action_says_why_and_changes_nothing(client, reviewer, editor):
    claim = ClaimFactory()
    walk_to(claim, Status.PUBLISHED, reviewer=reviewer, editor=editor)
    client.force_login(reviewer)

    response = client.post(
        reverse("admin:claims_claim_changelist"),
        {"action": "dismiss", "_selected_action": [claim.pk]},
        follow=True,
    )

    assert "cannot go from published to dismissed" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).status == Status.PUBLISHED


def inline_form_data(response) -> dict:
    """The POST data the browser would send back for an unchanged admin change form."""
    data = {}
    form = response.context["adminform"].form
    for name in form.fields:
        value = form[name].value()
        if value is not None:
            data[name] = value
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for name, value in formset.management_form.initial.items():
            data[f"{formset.prefix}-{name}"] = value
        for sub in formset.initial_forms:
            for name in sub.fields:
                value = sub[name].value()
                if value is not None:
                    data[sub.add_prefix(name)] = value
    return data


def transition_in_admin(client, claim: Claim, to: str, note: str = "") -> None:
    url = reverse("admin:claims_claim_transition", args=[claim.pk, to])
    page = client.get(url)
    assert page.status_code == 200
    version = page.context["form"].initial["expected_version"]
    client.post(url, {"note": note, "expected_version": version})


def test_a_reviewer_takes_a_claim_from_new_to_published_in_the_admin(client, reviewer, editor):
    article = ArticleFactory()
    claim = ClaimFactory(article=article)
    source = SourceFactory()
    change_url = reverse("admin:claims_claim_change", args=[claim.pk])
    client.force_login(reviewer)

    # triage and start from the claim's page
    page = client.get(change_url).content.decode()
    assert "Triage" in page
    transition_in_admin(client, claim, Status.QUEUED, note="worth checking")
    transition_in_admin(client, claim, Status.IN_REVIEW)

    # give a verdict and its evidence through the inlines
    data = inline_form_data(client.get(change_url))
    data.update({
        "verdicts-TOTAL_FORMS": 1, "verdicts-0-rating": Rating.MOSTLY_TRUE,
        "verdicts-0-summary": "SCB says 9.1 percent.",
        "evidence-TOTAL_FORMS": 1, "evidence-0-source": source.pk,
        "evidence-0-stance": Stance.SUPPORTS, "evidence-0-excerpt": "9,1 procent",
    })  # fmt: skip
    response = client.post(change_url, data)
    assert response.status_code == 302, response.context and response.context["errors"]
    transition_in_admin(client, claim, Status.VERDICT_PROPOSED)

    # an editor approves
    client.force_login(editor)
    transition_in_admin(client, claim, Status.PUBLISHED, note="approved")

    claim.refresh_from_db()
    assert claim.status == Status.PUBLISHED
    assert claim.published_verdict.reviewer == reviewer
    assert Evidence.objects.get(claim=claim).added_by == reviewer
    assert list(claim.history.values_list("from_status", "to_status", "actor", "via")) == [
        (Status.NEW, Status.QUEUED, reviewer.pk, Via.ADMIN),
        (Status.QUEUED, Status.IN_REVIEW, reviewer.pk, Via.ADMIN),
        (Status.IN_REVIEW, Status.VERDICT_PROPOSED, reviewer.pk, Via.ADMIN),
        (Status.VERDICT_PROPOSED, Status.PUBLISHED, editor.pk, Via.ADMIN),
    ]
    assert claim.history.first().note == "worth checking"


def test_a_stale_transition_page_is_refused(client, reviewer):
    claim = ClaimFactory()
    client.force_login(reviewer)
    url = reverse("admin:claims_claim_transition", args=[claim.pk, Status.QUEUED])
    client.post(url, {"expected_version": claim.version})  # someone else's tab

    response = client.post(url, {"expected_version": claim.version}, follow=True)

    assert Claim.objects.get(pk=claim.pk).history.count() == 1
    assert "cannot go from queued to queued" in response.content.decode()


def test_editing_a_claim_over_someone_elses_change_is_refused(client, reviewer):
    claim = ClaimFactory(text="original")
    client.force_login(reviewer)
    change_url = reverse("admin:claims_claim_change", args=[claim.pk])
    data = inline_form_data(client.get(change_url))
    Claim.objects.filter(pk=claim.pk).update(version=5, text="someone else's")

    response = client.post(change_url, {**data, "text": "mine"})

    assert response.status_code == 200
    assert "Someone else changed this claim" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).text == "someone else's"


def test_editing_a_claims_text_marks_it_edited_and_bumps_its_version(client, reviewer):
    claim = ClaimFactory(text="original")
    client.force_login(reviewer)
    change_url = reverse("admin:claims_claim_change", args=[claim.pk])
    data = inline_form_data(client.get(change_url))

    client.post(change_url, {**data, "text": "Arbetslösheten var 9,1 procent i oktober"})

    stored = Claim.objects.get(pk=claim.pk)
    assert (stored.text, stored.edited, stored.version) == (
        "Arbetslösheten var 9,1 procent i oktober",
        True,
        2,
    )


def test_a_user_without_a_role_cannot_see_claims(client, django_user_model):
    outsider = django_user_model.objects.create_user("outsider", password="x", is_staff=True)
    client.force_login(outsider)
    assert client.get(reverse("admin:claims_claim_changelist")).status_code == 403


def test_history_cannot_be_changed_or_deleted_in_the_admin(client, editor):
    row = StatusChangeFactory()
    client.force_login(editor)
    url = reverse("admin:claims_statuschange_change", args=[row.pk])

    client.post(url, {"note": "rewritten"})
    delete = client.post(
        reverse("admin:claims_statuschange_delete", args=[row.pk]), {"post": "yes"}
    )

    assert delete.status_code == 403
    row.refresh_from_db()
    assert row.note == ""


def test_adding_an_article_in_the_admin_refuses_a_duplicate_text(client, reviewer):
    existing = ArticleFactory()
    client.force_login(reviewer)

    response = client.post(
        reverse("admin:claims_article_add"),
        {"title": "Again", "body": existing.body + "  ", "language": "sv",
         "claims-TOTAL_FORMS": 0, "claims-INITIAL_FORMS": 0},
    )  # fmt: skip

    assert response.status_code == 200
    assert "already in Factdesk" in response.content.decode()


def test_editors_manage_webhooks_in_the_admin_and_reviewers_do_not(client, reviewer, editor):
    client.force_login(editor)
    assert client.get(reverse("admin:webhooks_webhook_changelist")).status_code == 200
    assert client.get(reverse("admin:webhooks_webhook_add")).status_code == 200
    client.force_login(reviewer)
    assert client.get(reverse("admin:webhooks_webhook_changelist")).status_code == 403
