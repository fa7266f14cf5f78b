"""`manage.py extract_claims FILE`: print the claims of an article, without a database."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.services import configured_extractor

# Articles are a few hundred kilobytes at most; anything this big is a mistake (a dump, a
# binary) and would tie up a worker.
MAX_INPUT_BYTES = 10 * 1024 * 1024


def read_article(name: str) -> str:
    """Text of FILE (or stdin for "-"), refusing what is not a reasonable UTF-8 article."""
    if name == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    else:
        path = Path(name)
        if not path.is_file():
            raise CommandError(f"{name}: no such file")
        if path.stat().st_size > MAX_INPUT_BYTES:
            raise CommandError(f"{name}: larger than {MAX_INPUT_BYTES} bytes; refusing")
        with path.open("rb") as fh:
            data = fh.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise CommandError(f"{name}: larger than {MAX_INPUT_BYTES} bytes; refusing")
    if b"\x00" in data:
        raise CommandError(f"{name}: binary data (NUL bytes), not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CommandError(f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    if not text.strip():
        raise CommandError(f"{name}: empty article")
    return text


def parse_published(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as exc:
        raise CommandError(f"--published must be YYYY-MM-DD, got {value!r}") from exc


class Command(BaseCommand):
    help = "Extract check-worthy claims from an article file (no database needed)."
    requires_system_checks: list[str] = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("file", help="article text file (UTF-8), or - for stdin")
        parser.add_argument("--format", choices=["json", "table"], default="json")
        parser.add_argument(
            "--language", default="auto", help="sv, en or auto (detect); default auto"
        )
        parser.add_argument("--published", default=None, help="publication date YYYY-MM-DD")

    def handle(self, *args, **options):
        text = read_article(options["file"])
        language = (options["language"] or "auto").strip().lower()
        published = parse_published(options["published"])
        try:
            extractor = configured_extractor()
        except ImportError as exc:
            raise CommandError(f"CLAIM_EXTRACTOR cannot be imported: {exc}") from exc
        result = extractor(text, language=language, published=published)
        if options["format"] == "json":
            payload = {
                "language": result.language,
                "published": result.published.isoformat() if result.published else None,
                "claims": [c.as_dict() for c in result.claims],
            }
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
        else:
            self.stdout.write(render_table(result))


def render_table(result) -> str:
    """Aligned columns for reading in a terminal; long claim texts are shortened."""
    rows = [("#", "type", "score", "span", "speaker", "quantities", "claim")]
    for i, c in enumerate(result.claims, 1):
        qty = "; ".join(
            f"{q.value:g} {q.unit or ''} ({q.qualifier})".replace(" (exact)", "")
            for q in c.quantities
        )
        text = c.text if len(c.text) <= 70 else c.text[:67] + "..."
        rows.append(
            (
                str(i),
                c.type,
                f"{c.checkworthiness:.2f}",
                f"{c.start}-{c.end}",
                c.speaker or "",
                qty[:40],
                text,
            )
        )
    widths = [max(len(r[k]) for r in rows) for k in range(len(rows[0]) - 1)]
    lines = [f"language: {result.language}  claims: {len(result.claims)}"]
    for r in rows:
        lines.append(
            "  ".join(cell.ljust(w) for cell, w in zip(r[:-1], widths, strict=True)) + "  " + r[-1]
        )
    return "\n".join(lines)
