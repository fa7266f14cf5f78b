"""Full-text index for the API's `q` filter on PostgreSQL (SQLite uses a plain substring match).

The index expression is built from the same SearchVector the filter uses
(claims/filters.py: CLAIM_SEARCH_VECTOR), so PostgreSQL can match it.
"""

from django.db import migrations

INDEX_NAME = "claim_text_fts_idx"


def add_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    from django.contrib.postgres.indexes import GinIndex
    from django.contrib.postgres.search import SearchVector

    Claim = apps.get_model("claims", "Claim")
    schema_editor.add_index(
        Claim, GinIndex(SearchVector("text", config="simple"), name=INDEX_NAME)
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX_NAME}")


class Migration(migrations.Migration):
    dependencies = [("claims", "0004_api_ingest_jobs_and_created_index")]

    operations = [migrations.RunPython(add_index, drop_index)]
