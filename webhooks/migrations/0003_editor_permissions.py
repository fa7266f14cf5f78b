"""Editors manage webhooks in the admin as they can over the API; reviewers do not."""

from django.db import migrations

EDITOR_PERMISSIONS = [
    "view_webhook", "add_webhook", "change_webhook", "delete_webhook",
    "view_webhookdelivery", "view_webhookattempt",
]  # fmt: skip


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("webhooks")
    app_config.models_module = True  # historical app configs have none; create_permissions asks
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editor, _ = Group.objects.get_or_create(name="editor")
    editor.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="webhooks", codename__in=EDITOR_PERMISSIONS
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("webhooks", "0002_periodic_schedules"),
        ("claims", "0003_roles_and_append_only_history"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
