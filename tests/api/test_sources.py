"""Outlets and sources: CRUD, URL normalization, deletes refused while in use."""

from __future__ import annotations

import pytest

from sources.models import Outlet, Source
from tests.factories import ArticleFactory, EvidenceFactory, OutletFactory, SourceFactory

pytestmark = pytest.mark.django_db


def test_reviewers_create_list_and_change_outlets(as_reviewer):
    created = as_reviewer.post(
        "/api/v1/outlets/", {"name": "Dagens Nyheter", "url": "https://www.dn.se"}, format="json"
    )
    assert created.status_code == 201, created.content
    outlet_id = created.json()["id"]
    assert [o["name"] for o in as_reviewer.get("/api/v1/outlets/").json()["results"]] == [
        "Dagens Nyheter"
    ]
    changed = as_reviewer.patch(f"/api/v1/outlets/{outlet_id}/", {"name": "DN"}, format="json")
    assert changed.status_code == 200
    assert Outlet.objects.get(pk=outlet_id).name == "DN"


@pytest.mark.parametrize("body", [{}, {"name": ""}, {"name": 5}, {"name": "X", "url": "nope"}])
def test_invalid_outlets_get_400(as_reviewer, body):
    response = as_reviewer.post("/api/v1/outlets/", body, format="json")
    assert response.status_code == 400
    assert not Outlet.objects.exists()


def test_outlet_names_are_unique(as_reviewer):
    OutletFactory(name="SVT")
    response = as_reviewer.post("/api/v1/outlets/", {"name": "SVT"}, format="json")
    assert response.status_code == 400
    assert "name" in response.json()["fields"]


def test_sources_are_stored_and_found_by_their_normalized_url(as_reviewer):
    response = as_reviewer.post(
        "/api/v1/sources/",
        {"url": "HTTPS://www.SCB.se:443/statistik?utm_source=x&b=2&a=1#top", "kind": "statistic"},
        format="json",
    )
    assert response.status_code == 201, response.content
    assert response.json()["url"] == "https://www.scb.se/statistik?a=1&b=2"
    found = as_reviewer.get("/api/v1/sources/", {"url": "https://www.scb.se/statistik?b=2&a=1"})
    assert [s["id"] for s in found.json()["results"]] == [response.json()["id"]]


def test_a_second_spelling_of_a_known_source_url_gets_400(as_reviewer):
    source = SourceFactory(url="https://www.scb.se/a")
    response = as_reviewer.post(
        "/api/v1/sources/", {"url": "https://WWW.scb.se/a?utm_medium=mail"}, format="json"
    )
    assert response.status_code == 400
    assert str(source.pk) in response.json()["fields"]["url"][0]


def test_sources_can_be_replaced_with_put(as_reviewer):
    source = SourceFactory()
    body = {"url": source.url, "title": "Renamed", "kind": "dataset"}
    response = as_reviewer.put(f"/api/v1/sources/{source.pk}/", body, format="json")
    assert response.status_code == 200, response.content
    assert Source.objects.get(pk=source.pk).title == "Renamed"


@pytest.mark.parametrize(
    "body", [{}, {"url": "ftp:/broken"}, {"url": "https://a.example", "kind": "rumour"}]
)
def test_invalid_sources_get_400(as_reviewer, body):
    assert as_reviewer.post("/api/v1/sources/", body, format="json").status_code == 400


def test_link_check_fields_are_read_only(as_reviewer):
    source = SourceFactory()
    response = as_reviewer.patch(
        f"/api/v1/sources/{source.pk}/", {"last_status": 200}, format="json"
    )
    assert response.status_code == 200
    assert Source.objects.get(pk=source.pk).last_status is None


def test_reviewers_may_not_delete(as_reviewer):
    source, outlet = SourceFactory(), OutletFactory()
    assert as_reviewer.delete(f"/api/v1/sources/{source.pk}/").status_code == 403
    assert as_reviewer.delete(f"/api/v1/outlets/{outlet.pk}/").status_code == 403
    assert Source.objects.filter(pk=source.pk).exists()


def test_editors_delete_what_is_not_in_use(as_editor):
    source, outlet = SourceFactory(), OutletFactory()
    assert as_editor.delete(f"/api/v1/sources/{source.pk}/").status_code == 204
    assert as_editor.delete(f"/api/v1/outlets/{outlet.pk}/").status_code == 204
    assert not Source.objects.exists() and not Outlet.objects.exists()


def test_deleting_what_is_in_use_gets_409_and_keeps_it(as_editor):
    evidence = EvidenceFactory()
    article = ArticleFactory()
    response = as_editor.delete(f"/api/v1/sources/{evidence.source_id}/")
    assert response.status_code == 409
    assert response.json()["code"] == "protected"
    assert response.json()["referenced_by"] == ["evidence"]
    response = as_editor.delete(f"/api/v1/outlets/{article.outlet_id}/")
    assert response.status_code == 409
    assert Outlet.objects.filter(pk=article.outlet_id).exists()
    assert Source.objects.filter(pk=evidence.source_id).exists()
