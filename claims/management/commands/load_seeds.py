from __future__ import annotations

import datetime as dt
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from claims import services
from claims.seeds import read_seed, seed_files
from sources.models import Outlet


class Command(BaseCommand):
    help = "Load every article in seeds/ (idempotent: running it again creates nothing new)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--folder", type=Path, default=Path(settings.BASE_DIR) / "seeds", help="seed folder"
        )

    def handle(self, *args, folder: Path, **options):
        if not folder.is_dir():
            raise CommandError(f"No seed folder at {folder}.")
        files = seed_files(folder)
        if not files:
            raise CommandError(f"No seed articles (*.txt) in {folder}.")
        for path in files:
            try:
                seed = read_seed(path)
            except (ValueError, UnicodeDecodeError) as exc:
                raise CommandError(f"Cannot read {path}: {exc}") from exc
            outlet = Outlet.objects.get_or_create(name=seed.outlet)[0] if seed.outlet else None
            published_at = (
                timezone.make_aware(dt.datetime.combine(seed.published, dt.time(12)))
                if seed.published
                else None
            )
            try:
                article = services.article_ingest(
                    body=seed.body,
                    title=seed.title,
                    url=seed.url or None,
                    outlet=outlet,
                    language=seed.language,
                    published_at=published_at,
                )
                created = len(article.claims.all())
                self.stdout.write(f"{path.name}: loaded as article {article.pk}, {created} claims")
            except services.DuplicateArticle as duplicate:
                # Already loaded: only extract what the extractor finds now and did not before.
                added = services.article_extract_claims(duplicate.existing)
                self.stdout.write(
                    f"{path.name}: already article {duplicate.existing.pk}, {len(added)} new claims"
                )
