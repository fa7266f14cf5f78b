from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from sources.models import Source, normalize_url
from tests.factories import SourceFactory


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("HTTPS://Www.SCB.se:443/statistik?b=2&a=1#tabell", "https://www.scb.se/statistik?a=1&b=2"),
        ("https://scb.se", "https://scb.se/"),
        ("https://scb.se/a?utm_source=nl&utm_medium=mail&id=7", "https://scb.se/a?id=7"),
        ("http://example.com:8080/x", "http://example.com:8080/x"),
    ],
)
def test_source_urls_are_normalized(given, stored):
    assert normalize_url(given) == stored


@pytest.mark.django_db
def test_the_same_source_under_another_spelling_is_refused():
    SourceFactory(url="https://www.scb.se/statistik?utm_source=x")
    with pytest.raises(IntegrityError), transaction.atomic():
        SourceFactory(url="HTTPS://WWW.SCB.SE/statistik#top")
    assert Source.objects.count() == 1
