"""load_seeds: the demo articles go in once, with their published dates and claims."""

from __future__ import annotations

import datetime as dt
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from claims.models import Article, Claim
from claims.seeds import read_seed

pytestmark = pytest.mark.django_db
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def load(**options) -> str:
    out = StringIO()
    call_command("load_seeds", stdout=out, **options)
    return out.getvalue()


def test_the_seed_article_loads_with_its_published_date():
    load()

    article = Article.objects.get()
    assert article.body.startswith("USA:s president Donald Trump beskriver mötet")
    assert "date 2025-08-16" not in article.body
    assert timezone.localdate(article.published_at) == dt.date(2025, 8, 16)
    assert article.language == "sv"


def test_loading_twice_creates_nothing_new():
    load()
    counts = (Article.objects.count(), Claim.objects.count())

    output = load()

    assert (Article.objects.count(), Claim.objects.count()) == counts
    assert "already article" in output


def test_claims_point_into_the_seed_article():
    load()
    article = Article.objects.get()
    for claim in article.claims.all():
        assert 0 <= claim.start < claim.end <= len(article.body)


def test_a_seed_header_is_read_and_a_file_without_one_is_all_body(tmp_path):
    with_header = tmp_path / "a.txt"
    with_header.write_text("title: Rekordvärme\npublished: 2025-07-19\n\nDet var 35 grader.\n")
    plain = tmp_path / "b.txt"
    plain.write_text("published elsewhere: no header here\n\nSecond paragraph.")

    assert read_seed(with_header).title == "Rekordvärme"
    assert read_seed(with_header).published == dt.date(2025, 7, 19)
    assert read_seed(with_header).body == "Det var 35 grader.\n"
    assert read_seed(plain).body.startswith("published elsewhere")


def test_a_broken_seed_folder_is_a_clear_error(tmp_path):
    (tmp_path / "bad.txt").write_text("published: yesterday\n\nBody.")
    with pytest.raises(CommandError, match="published must be YYYY-MM-DD"):
        load(folder=tmp_path)
    with pytest.raises(CommandError, match="No seed folder"):
        load(folder=tmp_path / "missing")
    (tmp_path / "bad.txt").unlink()
    with pytest.raises(CommandError, match="No seed articles"):
        load(folder=tmp_path)
    assert Article.objects.count() == 0
