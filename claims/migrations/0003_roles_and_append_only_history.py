"""The two workflow roles as Django groups, and the history made append-only in PostgreSQL too."""

from django.db import migrations

REVIEWER_PERMISSIONS = [
    ("claims", "view_article"), ("claims", "add_article"), ("claims", "change_article"),
    ("claims", "view_claim"), ("claims", "change_claim"),
    ("claims", "view_verdict"), ("claims", "add_verdict"),
    ("claims", "view_statuschange"),
    ("sources", "view_outlet"), ("sources", "add_outlet"), ("sources", "change_outlet"),
    ("sources", "view_source"), ("sources", "add_source"), ("sources", "change_source"),
    ("sources", "view_evidence"), ("sources", "add_evidence"),
]  # fmt: skip
EDITOR_EXTRA_PERMISSIONS = [("sources", "delete_evidence")]

APPEND_ONLY_SQL = """
CREATE OR REPLACE FUNCTION claims_statuschange_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'claims_statuschange is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER claims_statuschange_append_only
    BEFORE UPDATE OR DELETE ON claims_statuschange
    FOR EACH ROW EXECUTE FUNCTION claims_statuschange_append_only();
"""
DROP_APPEND_ONLY_SQL = """
DROP TRIGGER IF EXISTS claims_statuschange_append_only ON claims_statuschange;
DROP FUNCTION IF EXISTS claims_statuschange_append_only();
"""


def create_roles(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; the groups need them now.
    for app_label in ("claims", "sources"):
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True  # historical app configs have none; create_permissions asks
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def permissions(pairs):
        return [
            Permission.objects.get(content_type__app_label=app, codename=codename)
            for app, codename in pairs
        ]

    reviewer, _ = Group.objects.get_or_create(name="reviewer")
    reviewer.permissions.add(*permissions(REVIEWER_PERMISSIONS))
    editor, _ = Group.objects.get_or_create(name="editor")
    editor.permissions.add(*permissions(REVIEWER_PERMISSIONS + EDITOR_EXTRA_PERMISSIONS))


def add_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(APPEND_ONLY_SQL, params=None)


def drop_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_APPEND_ONLY_SQL, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0002_initial"),
        ("sources", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(create_roles, migrations.RunPython.noop),
        migrations.RunPython(add_trigger, drop_trigger),
    ]
