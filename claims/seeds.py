"""Reading the demo articles in seeds/.

A seed file is UTF-8 text: optional header lines `key: value` (title,
published, language, url, outlet), a blank line, then the article body
exactly as published. Files without a header are all body.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

HEADER_KEYS = ("title", "published", "language", "url", "outlet")
_HEADER_LINE = re.compile(rf"^({'|'.join(HEADER_KEYS)}):\s*(.*)$")


@dataclass(frozen=True)
class SeedArticle:
    path: Path
    body: str
    title: str = ""
    published: dt.date | None = None
    language: str = ""
    url: str = ""
    outlet: str = ""


def read_seed(path: Path) -> SeedArticle:
    """Parse one seed file; raises ValueError with the file name when it is malformed."""
    text = path.read_text(encoding="utf-8")
    header: dict[str, str] = {}
    head, sep, rest = text.partition("\n\n")
    lines = head.splitlines()
    if sep and lines and all(_HEADER_LINE.match(line) for line in lines):
        for line in lines:
            key, value = _HEADER_LINE.match(line).groups()
            header[key] = value.strip()
        text = rest
    published = None
    if header.get("published"):
        try:
            published = dt.date.fromisoformat(header["published"])
        except ValueError as exc:
            raise ValueError(f"{path.name}: published must be YYYY-MM-DD") from exc
    if not text.strip():
        raise ValueError(f"{path.name}: the article body is empty")
    return SeedArticle(
        path=path,
        body=text,
        title=header.get("title", ""),
        published=published,
        language=header.get("language", ""),
        url=header.get("url", ""),
        outlet=header.get("outlet", ""),
    )


def seed_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.txt") if p.is_file())
