"""Services beside the workflow: editing claims, verdicts, evidence, ingesting articles."""

from __future__ import annotations

import pytest
from django.db import IntegrityError

from claims import services
from claims.models import Article, Claim, Rating, Status
from claims.workflow import InvalidTransition
from sources.models import Stance
from sources.services import evidence_add
from tests.factories import ArticleFactory, ClaimFactory, SourceFactory, UserFactory, walk_to

pytestmark = pytest.mark.django_db


def test_editing_a_claim_bumps_its_version_and_marks_it_edited(reviewer):
    claim = ClaimFactory()
    services.claim_update(claim, actor=reviewer, text="Arbetslösheten var 9,1 procent")

    stored = Claim.objects.get(pk=claim.pk)
    assert (stored.text, stored.version, stored.edited) == (
        "Arbetslösheten var 9,1 procent",
        2,
        True,
    )


def test_assigning_is_not_an_edit_of_the_claim(reviewer):
    claim = ClaimFactory()
    services.claim_update(claim, actor=reviewer, assignee=reviewer)
    stored = Claim.objects.get(pk=claim.pk)
    assert (stored.assignee, stored.edited) == (reviewer, False)


def test_a_stale_edit_is_refused_and_changes_nothing(reviewer):
    claim = ClaimFactory(text="original")
    stale = Claim.objects.get(pk=claim.pk)
    services.claim_update(claim, actor=reviewer, priority=3)

    with pytest.raises(InvalidTransition) as refused:
        services.claim_update(stale, actor=reviewer, text="overwritten")

    assert refused.value.code == "stale"
    assert Claim.objects.get(pk=claim.pk).text == "original"


def test_status_and_spans_cannot_be_edited(reviewer):
    with pytest.raises(ValueError, match="Not editable: start, status"):
        services.claim_update(ClaimFactory(), actor=reviewer, status=Status.PUBLISHED, start=3)


def test_people_without_a_role_cannot_edit_claims():
    with pytest.raises(InvalidTransition):
        services.claim_update(ClaimFactory(), actor=UserFactory(), text="x")


def test_a_new_verdict_replaces_the_current_one_and_keeps_the_old(claim_in, reviewer):
    claim = claim_in(Status.IN_REVIEW)
    first = services.verdict_add(claim, reviewer=reviewer, rating=Rating.FALSE)
    second = services.verdict_add(claim, reviewer=reviewer, rating=Rating.MISLEADING)

    first.refresh_from_db()
    assert (first.is_current, second.is_current) == (False, True)
    assert claim.current_verdict == second


def test_verdicts_are_only_given_in_review(reviewer):
    with pytest.raises(InvalidTransition, match="in review"):
        services.verdict_add(ClaimFactory(), reviewer=reviewer, rating=Rating.TRUE)


def test_the_same_source_is_evidence_once_per_claim(claim_in, reviewer):
    claim = claim_in(Status.IN_REVIEW)
    source = SourceFactory()
    evidence_add(claim, source=source, stance=Stance.SUPPORTS, added_by=reviewer)
    with pytest.raises(IntegrityError):
        evidence_add(claim, source=source, stance=Stance.CONTEXT, added_by=reviewer)


def test_evidence_is_only_added_while_a_claim_is_reviewed(reviewer):
    with pytest.raises(InvalidTransition):
        evidence_add(
            ClaimFactory(), source=SourceFactory(), stance=Stance.SUPPORTS, added_by=reviewer
        )


def test_ingesting_the_same_text_or_url_twice_is_reported_not_stored():
    article = services.article_ingest(body="Mötet varade i runt tre timmar.", url="https://a.se/1")

    with pytest.raises(services.DuplicateArticle) as same_text:
        services.article_ingest(body="Mötet  varade i runt tre timmar.\n")
    with pytest.raises(services.DuplicateArticle) as same_url:
        services.article_ingest(body="Another text.", url="https://a.se/1")

    assert same_text.value.existing == same_url.value.existing == article
    assert Article.objects.count() == 1


def test_an_empty_article_is_refused():
    with pytest.raises(ValueError, match="body"):
        services.article_ingest(body="   \n")


def test_re_extraction_adds_nothing_and_leaves_reviewed_claims_alone(reviewer, editor):
    article = services.article_ingest(
        body="Arbetslösheten steg till 9,1 procent i oktober, enligt SCB. "
        "Det är den högsta nivån sedan 2020.",
        language="sv",
    )
    claims = list(article.claims.all())
    if claims:
        services.claim_update(claims[0], actor=reviewer, text="Edited by a reviewer")
        walk_to(claims[0], Status.QUEUED, reviewer=reviewer, editor=editor)

    added = services.article_extract_claims(article)

    assert added == []
    assert article.claims.count() == len(claims)
    if claims:
        assert Claim.objects.get(pk=claims[0].pk).text == "Edited by a reviewer"


def test_articles_factory_body_is_unique():
    assert ArticleFactory().content_hash != ArticleFactory().content_hash
