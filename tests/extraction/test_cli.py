"""The extract_claims command: JSON/table output and clear refusals, no database."""

from __future__ import annotations

import json

import pytest
from django.core.management import CommandError, call_command

SAMPLE = "Rubrik\n\nArbetslösheten steg till 9,1 procent, enligt SCB.\n"


def run(*args):
    from io import StringIO

    out = StringIO()
    call_command("extract_claims", *args, stdout=out)
    return out.getvalue()


def test_json_output_has_language_and_claims(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    data = json.loads(run(str(path), "--format", "json", "--published", ""))
    assert data["language"] == "sv"
    (claim,) = data["claims"]
    assert claim["quantities"][0] == {
        "text": "9,1 procent",
        "value": 9.1,
        "unit": "percent",
        "qualifier": "exact",
    }
    assert set(claim) >= {"text", "start", "end", "type", "checkworthiness", "speaker"}


def test_table_output_is_readable(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    out = run(str(path), "--format", "table", "--language", "sv", "--published", "2025-11-19")
    assert "language: sv" in out and "9.1 percent" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"abc\x00def", "binary"),
        (b"\xff\xfe\xfa broken", "not UTF-8"),
    ],
)
def test_bad_input_is_refused_clearly(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        run(str(path))


def test_missing_file_and_bad_date_are_refused(tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        run(str(tmp_path / "missing.txt"))
    path = tmp_path / "a.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        run(str(path), "--published", "19/11/2025")


def test_too_large_input_is_refused(tmp_path, monkeypatch):
    from claims.management.commands import extract_claims

    monkeypatch.setattr(extract_claims, "MAX_INPUT_BYTES", 10)
    path = tmp_path / "a.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    with pytest.raises(CommandError, match="larger than"):
        run(str(path))
