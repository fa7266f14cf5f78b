"""Evidence link checks against a real local HTTP server."""

from __future__ import annotations

import pytest

from claims.models import Claim, Status, StatusChange
from sources.linkcheck import OutboundRefused, links_check, outbound_url_check
from sources.models import Source
from sources.tasks import check_evidence_links, check_source_links

pytestmark = pytest.mark.django_db


@pytest.fixture
def every_run_counts(settings):
    settings.LINKCHECK_MIN_INTERVAL_SECONDS = 0


def published_with_source(claim_in, url: str) -> tuple[Claim, Source]:
    claim = claim_in(Status.PUBLISHED)
    source = claim.evidence.get().source
    Source.objects.filter(pk=source.pk).update(url=url)
    source.refresh_from_db()
    return claim, source


def test_a_working_link_keeps_the_claim_and_records_the_check(
    claim_in, http_server, loopback_allowed
):
    claim, source = published_with_source(claim_in, http_server.url("/statistik/ok"))

    check_source_links.delay([source.pk])

    source.refresh_from_db()
    assert (source.last_status, source.consecutive_failures) == (200, 0)
    assert source.last_checked_at is not None
    assert Claim.objects.get(pk=claim.pk).status == Status.PUBLISHED
    assert [r.method for r in http_server.requests_to("/statistik/ok")] == ["HEAD"]


def test_a_404_twice_in_a_row_sends_the_claim_to_recheck(
    claim_in, http_server, loopback_allowed, every_run_counts
):
    # given
    claim, source = published_with_source(claim_in, http_server.url("/statistik/gone"))
    http_server.answer("/statistik/gone", 404)

    # when checked once
    first = check_source_links.delay([source.pk]).get()

    # then it is only noted
    source.refresh_from_db()
    assert (source.last_status, source.consecutive_failures) == (404, 1)
    assert Claim.objects.get(pk=claim.pk).status == Status.PUBLISHED
    assert first["flagged"] == []

    # when checked again
    second = check_source_links.delay([source.pk]).get()

    # then the claim needs a re-check, by the system, saying why
    source.refresh_from_db()
    assert source.consecutive_failures == 2
    assert second["flagged"] == [claim.pk]
    assert Claim.objects.get(pk=claim.pk).status == Status.RECHECK_DUE
    change = StatusChange.objects.filter(claim=claim).latest()
    assert (change.to_status, change.actor, change.via) == (Status.RECHECK_DUE, None, "system")
    assert "/statistik/gone" in change.note
    # HEAD failed, so GET was tried too, each time
    assert [r.method for r in http_server.requests_to("/statistik/gone")] == ["HEAD", "GET"] * 2

    # and a third failure does not flag it again
    check_source_links.delay([source.pk])
    assert StatusChange.objects.filter(claim=claim, to_status=Status.RECHECK_DUE).count() == 1


def test_a_success_in_between_resets_the_count(
    claim_in, http_server, loopback_allowed, every_run_counts
):
    claim, source = published_with_source(claim_in, http_server.url("/flaky"))
    http_server.answer("/flaky", 503, 503, 200, 503)

    for _ in range(3):  # fail (HEAD+GET), then succeed (HEAD), then fail again
        check_source_links.delay([source.pk])

    source.refresh_from_db()
    assert source.consecutive_failures == 1
    assert Claim.objects.get(pk=claim.pk).status == Status.PUBLISHED


def test_a_server_that_refuses_head_is_checked_with_get(http_server, loopback_allowed):
    http_server.head_status["/no-head"] = 405

    results = links_check([http_server.url("/no-head")])

    assert results[http_server.url("/no-head")].status == 200
    assert [r.method for r in http_server.requests_to("/no-head")] == ["HEAD", "GET"]


def test_a_recently_checked_source_is_not_checked_again(
    claim_in, http_server, loopback_allowed, settings
):
    settings.LINKCHECK_MIN_INTERVAL_SECONDS = 3600
    _claim, source = published_with_source(claim_in, http_server.url("/gone"))
    http_server.answer("/gone", 404)

    runs = [check_source_links.delay([source.pk]).get() for _ in range(2)]

    source.refresh_from_db()
    assert [run["checked"] for run in runs] == [1, 0]
    assert source.consecutive_failures == 1


def test_loopback_is_refused_unless_allowed(claim_in, http_server, every_run_counts):
    _claim, source = published_with_source(claim_in, http_server.url("/secret"))

    check_source_links.delay([source.pk])
    check_source_links.delay([source.pk])

    source.refresh_from_db()
    assert http_server.received == []  # nothing ever reached the server
    assert (source.last_status, source.consecutive_failures) == (None, 2)


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.8/stats",
        "http://192.168.1.1/",
        "http://172.16.5.4/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:8000/",
        "http://[fe80::1]/",
        "http://0.0.0.0/",
        "http://100.64.0.1/",
        "http://localhost/",
        "file:///etc/passwd",
        "ftp://ftp.example/",
        "http://does-not-exist.invalid/",
    ],
)
def test_private_loopback_link_local_and_unresolvable_addresses_are_refused(url):
    with pytest.raises(OutboundRefused):
        outbound_url_check(url)


def test_an_allowed_network_is_only_that_network(settings):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]

    outbound_url_check("http://127.0.0.1:9/")
    with pytest.raises(OutboundRefused):
        outbound_url_check("http://10.0.0.8/")


def test_a_redirect_to_a_private_address_is_refused(http_server, loopback_allowed):
    http_server.redirects["/moved"] = "http://10.0.0.8/internal"

    result = links_check([http_server.url("/moved")])[http_server.url("/moved")]

    assert result.status is None
    assert "non-public" in result.error


def test_a_redirect_to_a_working_page_is_followed(http_server, loopback_allowed):
    http_server.redirects["/old"] = "/new"

    result = links_check([http_server.url("/old")])[http_server.url("/old")]

    assert result.status == 200
    assert [r.path for r in http_server.received] == ["/old", "/new"]


def test_the_daily_check_covers_the_sources_of_published_claims_only(
    claim_in, http_server, loopback_allowed, settings
):
    # given two published claims and one in review, each with its own source
    settings.LINKCHECK_BATCH_SIZE = 1
    published = [published_with_source(claim_in, http_server.url(f"/p{i}")) for i in range(2)]
    in_review = claim_in(Status.IN_REVIEW)
    Source.objects.exclude(pk__in=[s.pk for _, s in published]).update(
        url=http_server.url("/not-published")
    )

    # when the daily task runs (twice: the second run finds them freshly checked)
    batches = check_evidence_links.delay().get()
    check_evidence_links.delay()

    # then one batch per source, each source checked once
    assert batches == 2
    assert sorted(r.path for r in http_server.received) == ["/p0", "/p1"]
    assert Source.objects.filter(last_checked_at__isnull=False).count() == 2
    assert Claim.objects.get(pk=in_review.pk).status == Status.IN_REVIEW


def test_checks_run_concurrently_but_bounded(http_server, loopback_allowed, settings):
    settings.LINKCHECK_CONCURRENCY = 3
    http_server.delay = 0.2
    urls = [http_server.url(f"/page/{i}") for i in range(9)]

    results = links_check(urls)

    assert [results[u].status for u in urls] == [200] * 9
    assert http_server.most_in_flight == 3
