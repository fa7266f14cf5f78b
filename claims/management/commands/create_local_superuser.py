from __future__ import annotations

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

PASSWORD_FILE = ".local-admin-password"


class Command(BaseCommand):
    help = (
        "For local use only (DEBUG on): create the superuser 'admin' with a generated password, "
        "print it, and keep it in .local-admin-password (git-ignored) so later runs can show it."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--reset", action="store_true", help="generate a new password")

    def handle(self, *args, username: str, reset: bool, **options):
        if not settings.DEBUG:
            raise CommandError("Refusing to create a local superuser with DEBUG off.")
        password_file = Path(settings.BASE_DIR) / PASSWORD_FILE
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is not None and not reset and password_file.exists():
            password = password_file.read_text().strip()
            if user.check_password(password):
                self._show(username, password)
                return
        password = secrets.token_urlsafe(12)
        if user is None:
            User.objects.create_superuser(username, "", password)
        else:
            user.set_password(password)
            user.save(update_fields=["password"])
        password_file.write_text(password + "\n")
        password_file.chmod(0o600)
        self._show(username, password)

    def _show(self, username: str, password: str) -> None:
        self.stdout.write(
            self.style.SUCCESS(
                f"Local superuser: {username} / {password}  (log in at http://127.0.0.1:8000/admin/)"
            )
        )
