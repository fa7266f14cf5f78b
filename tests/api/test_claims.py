"""The claims endpoints: list, filters, ordering, detail, edits, transitions, verdicts, evidence."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from claims.models import Claim, Rating, Status, StatusChange, Verdict, Via
from sources.models import Evidence
from tests.factories import (
    ArticleFactory,
    ClaimFactory,
    EditorFactory,
    OutletFactory,
    ReviewerFactory,
    SourceFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def walk_all_pages(client, url: str) -> list[int]:
    seen = []
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.content
        seen += [row["id"] for row in response.json()["results"]]
        url = response.json()["next"]
    return seen


# --- list, filters, ordering, pagination


def test_the_claim_list_shows_claims_newest_first(as_reviewer):
    older = ClaimFactory(created_at=timezone.now() - timedelta(days=1))
    newer = ClaimFactory()
    response = as_reviewer.get("/api/v1/claims/")
    assert ids(response) == [newer.pk, older.pk]
    row = response.json()["results"][0]
    assert row["article_url"] == newer.article.url
    assert row["language"] == "sv"
    assert row["status"] == "new"
    assert row["allowed_transitions"] == ["queued", "dismissed"]
    assert row["version"] == 1


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=queued", ["queued"]),
        ("status=queued&status=in_review", ["queued", "reviewing"]),
        ("type=quote", ["quote"]),
        ("language=en", ["english"]),
        ("rating=mostly_true", ["reviewing"]),
    ],
)
def test_claims_filter_by_status_type_language_and_rating(as_reviewer, claim_in, query, expected):
    made = {
        "queued": claim_in(Status.QUEUED),
        "reviewing": claim_in(Status.IN_REVIEW),
        "quote": ClaimFactory(type="quote"),
        "english": ClaimFactory(article=ArticleFactory(language="en")),
    }
    Verdict.objects.create(
        claim=made["reviewing"], reviewer=ReviewerFactory(), rating="mostly_true"
    )
    response = as_reviewer.get(f"/api/v1/claims/?{query}")
    assert sorted(ids(response)) == sorted(made[name].pk for name in expected)


def test_claims_filter_by_assignee_me_none_and_id(as_reviewer, reviewer):
    mine = ClaimFactory(assignee=reviewer)
    someone = ReviewerFactory()
    theirs = ClaimFactory(assignee=someone)
    nobodys = ClaimFactory()
    assert ids(as_reviewer.get("/api/v1/claims/?assignee=me")) == [mine.pk]
    assert ids(as_reviewer.get("/api/v1/claims/?assignee=none")) == [nobodys.pk]
    assert ids(as_reviewer.get(f"/api/v1/claims/?assignee={someone.pk}")) == [theirs.pk]


def test_claims_filter_by_article_and_outlet(as_reviewer):
    outlet = OutletFactory()
    article = ArticleFactory(outlet=outlet)
    first = ClaimFactory(article=article)
    ClaimFactory()
    assert ids(as_reviewer.get(f"/api/v1/claims/?article={article.pk}")) == [first.pk]
    assert ids(as_reviewer.get(f"/api/v1/claims/?outlet={outlet.pk}")) == [first.pk]


def test_updated_since_returns_what_changed_for_incremental_sync(as_reviewer, reviewer):
    ClaimFactory(updated_at=timezone.now() - timedelta(days=2))
    changed = ClaimFactory(updated_at=timezone.now() - timedelta(days=2))
    since = timezone.now() - timedelta(minutes=1)
    from claims.services import claim_update

    claim_update(changed, actor=reviewer, priority=3)
    response = as_reviewer.get("/api/v1/claims/", {"updated_since": since.isoformat()})
    assert ids(response) == [changed.pk]


def test_q_searches_the_claim_text(as_reviewer):
    hit = ClaimFactory(text="Inflationen sjönk till 2,1 procent i mars")
    ClaimFactory(text="Arbetslösheten steg till 9,1 procent i oktober")
    assert ids(as_reviewer.get("/api/v1/claims/?q=inflationen")) == [hit.pk]
    assert ids(as_reviewer.get("/api/v1/claims/?q=procent mars")) == [hit.pk]


@pytest.mark.parametrize(
    ("ordering", "key"),
    [
        ("priority", lambda c: (c.priority, c.pk)),
        ("-priority", lambda c: (-c.priority, -c.pk)),
        ("checkworthiness", lambda c: (c.checkworthiness, c.pk)),
        ("-checkworthiness", lambda c: (-c.checkworthiness, -c.pk)),
        ("created", lambda c: (c.created_at, c.pk)),
        ("-updated", lambda c: (-c.updated_at.timestamp(), -c.pk)),
    ],
)
def test_cursor_pages_walk_every_claim_once_in_any_ordering(as_reviewer, ordering, key):
    now = timezone.now()
    claims = [
        ClaimFactory(
            priority=n % 4,
            checkworthiness=(n % 3) / 3,
            created_at=now - timedelta(seconds=n % 5),
            updated_at=now - timedelta(seconds=n % 2),
        )
        for n in range(23)
    ]
    seen = walk_all_pages(as_reviewer, f"/api/v1/claims/?ordering={ordering}&page_size=4")
    assert seen == [c.pk for c in sorted(claims, key=key)]


def test_previous_links_walk_back_to_the_same_pages(as_reviewer):
    for _ in range(7):
        ClaimFactory()
    first = as_reviewer.get("/api/v1/claims/?page_size=3").json()
    second = as_reviewer.get(first["next"]).json()
    back = as_reviewer.get(second["previous"]).json()
    assert [r["id"] for r in back["results"]] == [r["id"] for r in first["results"]]
    assert first["previous"] is None


def test_cursor_pages_are_stable_while_claims_are_inserted(as_reviewer):
    for _ in range(6):
        ClaimFactory()
    first = as_reviewer.get("/api/v1/claims/?page_size=3&ordering=created").json()
    ClaimFactory(created_at=timezone.now() - timedelta(days=9))  # lands before the cursor
    second = as_reviewer.get(first["next"]).json()
    everything = [r["id"] for r in first["results"] + second["results"]]
    assert len(set(everything)) == 6


def test_page_size_goes_up_to_200(as_reviewer):
    assert as_reviewer.get("/api/v1/claims/?page_size=200").status_code == 200
    response = as_reviewer.get("/api/v1/claims/?page_size=201")
    assert response.status_code == 400
    assert "page_size" in response.json()["fields"]


# --- detail and edits


def test_a_claim_answers_with_its_etag(as_reviewer):
    claim = ClaimFactory()
    response = as_reviewer.get(f"/api/v1/claims/{claim.pk}/")
    assert response.status_code == 200
    assert response["ETag"] == f'"claim-{claim.pk}-v1"'
    assert response.json()["text"] == claim.text


def test_an_unknown_claim_is_404_in_the_error_shape(as_reviewer):
    response = as_reviewer.get("/api/v1/claims/999999/")
    assert response.status_code == 404
    assert response.json() == {
        "status": 404,
        "code": "not_found",
        "detail": "No Claim matches the given query.",
    }


def test_patch_with_the_version_read_changes_the_claim(as_reviewer, reviewer):
    claim = ClaimFactory()
    body = {"text": "Edited text", "priority": 3, "assignee": reviewer.pk, "version": 1}
    response = as_reviewer.patch(f"/api/v1/claims/{claim.pk}/", body, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["version"] == 2
    assert response["ETag"] == f'"claim-{claim.pk}-v2"'
    claim.refresh_from_db()
    assert (claim.text, claim.priority, claim.assignee, claim.edited) == (
        "Edited text",
        3,
        reviewer,
        True,
    )


def test_patch_with_if_match_changes_the_claim(as_reviewer):
    claim = ClaimFactory()
    tag = as_reviewer.get(f"/api/v1/claims/{claim.pk}/")["ETag"]
    response = as_reviewer.patch(
        f"/api/v1/claims/{claim.pk}/", {"type": "event"}, format="json", HTTP_IF_MATCH=tag
    )
    assert response.status_code == 200
    assert Claim.objects.get(pk=claim.pk).type == "event"


def test_a_stale_version_gets_412_and_changes_nothing(as_reviewer, reviewer):
    claim = ClaimFactory()
    from claims.services import claim_update

    claim_update(Claim.objects.get(pk=claim.pk), actor=reviewer, priority=2)  # someone else
    response = as_reviewer.patch(
        f"/api/v1/claims/{claim.pk}/", {"text": "Mine", "version": 1}, format="json"
    )
    assert response.status_code == 412
    assert response.json()["code"] == "stale"
    assert response.json()["current_version"] == 2
    claim.refresh_from_db()
    assert (claim.text, claim.version) == (ClaimFactory._meta.declarations["text"], 2)


def test_a_stale_if_match_gets_412(as_reviewer):
    claim = ClaimFactory()
    response = as_reviewer.patch(
        f"/api/v1/claims/{claim.pk}/",
        {"priority": 0},
        format="json",
        HTTP_IF_MATCH=f'"claim-{claim.pk}-v7"',
    )
    assert response.status_code == 412
    assert Claim.objects.get(pk=claim.pk).priority == 1


def test_patch_without_version_or_if_match_gets_428(as_reviewer):
    claim = ClaimFactory()
    response = as_reviewer.patch(f"/api/v1/claims/{claim.pk}/", {"priority": 0}, format="json")
    assert response.status_code == 428
    assert Claim.objects.get(pk=claim.pk).version == 1


@pytest.mark.parametrize(
    "body",
    [
        {"type": "rumour", "version": 1},
        {"priority": 9, "version": 1},
        {"text": "", "version": 1},
        {"status": "published", "version": 1},
        {"version": "one"},
        {"next_recheck_at": "next tuesday", "version": 1},
        ["not", "an", "object"],
    ],
)
def test_invalid_edits_get_400_and_change_nothing(as_reviewer, body):
    claim = ClaimFactory()
    response = as_reviewer.patch(f"/api/v1/claims/{claim.pk}/", body, format="json")
    assert response.status_code == 400
    assert response.json()["code"] == "invalid"
    assert Claim.objects.get(pk=claim.pk).version == 1


def test_claims_can_only_be_assigned_to_people_with_a_role(as_reviewer):
    claim = ClaimFactory()
    outsider = UserFactory()
    response = as_reviewer.patch(
        f"/api/v1/claims/{claim.pk}/", {"assignee": outsider.pk, "version": 1}, format="json"
    )
    assert response.status_code == 400
    assert "assignee" in response.json()["fields"]


def test_put_is_not_offered(as_reviewer):
    claim = ClaimFactory()
    response = as_reviewer.put(f"/api/v1/claims/{claim.pk}/", {}, format="json")
    assert response.status_code == 405
    assert response.json()["code"] == "method_not_allowed"


# --- transitions and history


def test_a_transition_moves_the_claim_and_writes_history_via_api(as_reviewer, reviewer):
    claim = ClaimFactory()
    response = as_reviewer.post(
        f"/api/v1/claims/{claim.pk}/transitions/",
        {"to": "queued", "note": "worth it"},
        format="json",
    )
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "queued"
    assert response.json()["version"] == 2
    change = StatusChange.objects.get(claim=claim)
    assert (change.to_status, change.actor, change.via, change.note) == (
        "queued",
        reviewer,
        Via.API,
        "worth it",
    )


def test_an_invalid_transition_gets_409_with_the_allowed_ones(as_reviewer):
    claim = ClaimFactory()
    response = as_reviewer.post(
        f"/api/v1/claims/{claim.pk}/transitions/", {"to": "published"}, format="json"
    )
    assert response.status_code == 409
    assert response.json()["code"] == "invalid_transition"
    assert response.json()["allowed_transitions"] == ["queued", "dismissed"]
    assert not StatusChange.objects.filter(claim=claim).exists()


def test_a_failed_guard_gets_409(as_reviewer, claim_in):
    claim = claim_in(Status.IN_REVIEW)  # no verdict, no evidence
    response = as_reviewer.post(
        f"/api/v1/claims/{claim.pk}/transitions/", {"to": "verdict_proposed"}, format="json"
    )
    assert response.status_code == 409
    assert "verdict" in response.json()["detail"]


def test_editor_only_transitions_are_refused_to_reviewers_with_403(as_reviewer, claim_in):
    claim = claim_in(Status.VERDICT_PROPOSED)
    response = as_reviewer.post(
        f"/api/v1/claims/{claim.pk}/transitions/", {"to": "published"}, format="json"
    )
    assert response.status_code == 403
    assert response.json()["code"] == "forbidden"
    assert Claim.objects.get(pk=claim.pk).status == Status.VERDICT_PROPOSED


def test_an_editor_can_publish_through_the_api(claim_in, client_for):
    claim = claim_in(Status.VERDICT_PROPOSED)
    other_editor = EditorFactory()
    response = client_for(other_editor).post(
        f"/api/v1/claims/{claim.pk}/transitions/", {"to": "published"}, format="json"
    )
    assert response.status_code == 200
    assert response.json()["published_rating"] == Rating.MOSTLY_TRUE


def test_a_transition_with_a_stale_version_gets_412(as_reviewer):
    claim = ClaimFactory()
    response = as_reviewer.post(
        f"/api/v1/claims/{claim.pk}/transitions/", {"to": "queued", "version": 5}, format="json"
    )
    assert response.status_code == 412
    assert Claim.objects.get(pk=claim.pk).status == Status.NEW


@pytest.mark.parametrize("body", [{}, {"to": "nowhere"}, {"to": "queued", "note": 5 * "x" * 1000}])
def test_a_bad_transition_request_gets_400(as_reviewer, body):
    claim = ClaimFactory()
    response = as_reviewer.post(f"/api/v1/claims/{claim.pk}/transitions/", body, format="json")
    assert response.status_code == 400
    assert Claim.objects.get(pk=claim.pk).status == Status.NEW


def test_history_lists_every_change_oldest_first(as_reviewer, claim_in):
    claim = claim_in(Status.IN_REVIEW)
    response = as_reviewer.get(f"/api/v1/claims/{claim.pk}/history/")
    assert response.status_code == 200
    assert [(r["from_status"], r["to_status"]) for r in response.json()] == [
        ("new", "queued"),
        ("queued", "in_review"),
    ]


# --- verdicts and evidence


def test_a_reviewer_gives_a_verdict(as_reviewer, reviewer, claim_in):
    claim = claim_in(Status.IN_REVIEW)
    response = as_reviewer.post(
        f"/api/v1/claims/{claim.pk}/verdicts/",
        {"rating": "false", "summary": "SCB says 7 %."},
        format="json",
    )
    assert response.status_code == 201, response.content
    assert response.json()["reviewer"] == reviewer.pk
    assert response.json()["is_current"] is True
    listed = as_reviewer.get(f"/api/v1/claims/{claim.pk}/verdicts/").json()
    assert [v["rating"] for v in listed] == ["false"]


def test_verdicts_outside_review_get_409(as_reviewer):
    claim = ClaimFactory()
    response = as_reviewer.post(
        f"/api/v1/claims/{claim.pk}/verdicts/", {"rating": "false"}, format="json"
    )
    assert response.status_code == 409
    assert response.json()["allowed_transitions"] == ["queued", "dismissed"]
    assert not Verdict.objects.exists()


def test_a_verdict_with_a_stale_version_gets_412(as_reviewer, claim_in):
    claim = claim_in(Status.IN_REVIEW)
    response = as_reviewer.post(
        f"/api/v1/claims/{claim.pk}/verdicts/", {"rating": "true", "version": 1}, format="json"
    )
    assert response.status_code == 412
    assert not Verdict.objects.filter(claim=claim).exists()


@pytest.mark.parametrize("body", [{}, {"rating": "pants on fire"}, {"rating": ["true"]}])
def test_an_invalid_verdict_gets_400(as_reviewer, claim_in, body):
    claim = claim_in(Status.IN_REVIEW)
    response = as_reviewer.post(f"/api/v1/claims/{claim.pk}/verdicts/", body, format="json")
    assert response.status_code == 400
    assert not Verdict.objects.filter(claim=claim).exists()


def test_a_reviewer_adds_evidence(as_reviewer, reviewer, claim_in):
    claim = claim_in(Status.IN_REVIEW)
    source = SourceFactory()
    body = {"source": source.pk, "stance": "contradicts", "excerpt": "7,0 procent"}
    response = as_reviewer.post(f"/api/v1/claims/{claim.pk}/evidence/", body, format="json")
    assert response.status_code == 201, response.content
    assert response.json()["source_url"] == source.url
    assert response.json()["added_by"] == reviewer.pk
    again = as_reviewer.post(f"/api/v1/claims/{claim.pk}/evidence/", body, format="json")
    assert again.status_code == 400
    listed = as_reviewer.get(f"/api/v1/claims/{claim.pk}/evidence/").json()
    assert [e["stance"] for e in listed] == ["contradicts"]


def test_evidence_outside_review_gets_409(as_reviewer):
    claim = ClaimFactory()
    body = {"source": SourceFactory().pk, "stance": "supports"}
    response = as_reviewer.post(f"/api/v1/claims/{claim.pk}/evidence/", body, format="json")
    assert response.status_code == 409
    assert not Evidence.objects.exists()


@pytest.mark.parametrize(
    "body", [{"stance": "supports"}, {"source": 99999, "stance": "supports"}, {"source": "x"}]
)
def test_invalid_evidence_gets_400(as_reviewer, claim_in, body):
    claim = claim_in(Status.IN_REVIEW)
    response = as_reviewer.post(f"/api/v1/claims/{claim.pk}/evidence/", body, format="json")
    assert response.status_code == 400


def test_the_fast_claim_rendering_equals_drfs_rendering_of_the_declared_fields(claim_in, reviewer):
    from claims.api.serializers import ClaimSerializer
    from claims.api.views import claims_for_api

    claim_in(Status.PUBLISHED, assignee=reviewer, next_recheck_at=timezone.now())
    ClaimFactory()
    serializer = ClaimSerializer(context={"roles": frozenset({"reviewer", "editor"})})
    for claim in claims_for_api():
        assert serializer.to_representation(claim) == serializer.generic_representation(claim)
        assert list(serializer.to_representation(claim)) == list(serializer.fields)


@pytest.mark.parametrize("when", ["0966-04-01T13:25:34Z", "3000-01-01T00:00:00Z"])
def test_dates_outside_the_years_of_news_get_400(as_reviewer, when):
    claim = ClaimFactory()
    response = as_reviewer.patch(
        f"/api/v1/claims/{claim.pk}/", {"next_recheck_at": when, "version": 1}, format="json"
    )
    assert response.status_code == 400
    assert "next_recheck_at" in response.json()["fields"]
