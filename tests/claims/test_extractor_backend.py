"""A claim extractor other than the rule-based default plugs in through CLAIM_EXTRACTOR: ingest
and `manage.py extract_claims` use it, and a path that does not import is refused clearly."""

from __future__ import annotations

import datetime as dt
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from claims import services
from claims.extraction import ExtractedClaim, Extraction
from factdesk.checks import claim_extractor_imports

BACKEND = "tests.claims.test_extractor_backend.one_claim_per_paragraph"
BODY = "Arbetslösheten steg till 9,1 procent i oktober.\n\nRegeringen sänker skatten nästa år.\n"


def one_claim_per_paragraph(
    text: str, language: str | None = None, published: dt.date | None = None
) -> Extraction:
    """A second extractor, as a model backend would be: every paragraph is one claim."""
    claims, start = [], 0
    for paragraph in text.split("\n\n"):
        stripped = paragraph.strip()
        if stripped:
            at = text.index(stripped, start)
            claims.append(
                ExtractedClaim(
                    text=stripped,
                    start=at,
                    end=at + len(stripped),
                    type="other",
                    checkworthiness=0.5,
                    speaker=None,
                )
            )
            start = at + len(stripped)
    return Extraction(language=language or "sv", published=published, claims=claims)


@pytest.mark.django_db
def test_ingest_stores_the_claims_of_the_configured_extractor(settings):
    settings.CLAIM_EXTRACTOR = BACKEND

    article = services.article_ingest(body=BODY, language="sv")

    assert sorted((c.text, c.type) for c in article.claims.all()) == [
        ("Arbetslösheten steg till 9,1 procent i oktober.", "other"),
        ("Regeringen sänker skatten nästa år.", "other"),
    ]


@pytest.mark.django_db
def test_ingest_uses_the_rule_based_extractor_by_default():
    article = services.article_ingest(body=BODY, language="sv")

    assert {c.type for c in article.claims.all()} == {"quantity", "prediction"}


def test_the_cli_prints_the_claims_of_the_configured_extractor(settings, tmp_path):
    settings.CLAIM_EXTRACTOR = BACKEND
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    out = StringIO()

    call_command("extract_claims", str(path), "--format", "json", stdout=out)

    assert [c["text"] for c in json.loads(out.getvalue())["claims"]] == [
        "Arbetslösheten steg till 9,1 procent i oktober.",
        "Regeringen sänker skatten nästa år.",
    ]


def test_the_cli_refuses_an_extractor_that_does_not_import(settings, tmp_path):
    settings.CLAIM_EXTRACTOR = "claims.no_such_module.analyse"
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")

    with pytest.raises(CommandError, match="CLAIM_EXTRACTOR cannot be imported"):
        call_command("extract_claims", str(path))


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ("claims.no_such_module.analyse", "No module named"),
        ("claims.extraction.SUPPORTED", "not callable"),
    ],
)
def test_a_system_check_refuses_an_unusable_extractor(settings, path, problem):
    settings.CLAIM_EXTRACTOR = path

    (error,) = claim_extractor_imports(None)

    assert error.id == "factdesk.E002"
    assert problem in error.msg


def test_the_default_extractor_passes_the_system_check():
    assert claim_extractor_imports(None) == []
