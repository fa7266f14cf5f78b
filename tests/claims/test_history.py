"""The status history is append-only, whatever tries to change it."""

from __future__ import annotations

import pytest
from django.db import DatabaseError, connection, transaction
from django.db.models import ProtectedError

from claims.models import AppendOnlyError, Status, StatusChange
from tests.factories import StatusChangeFactory

pytestmark = pytest.mark.django_db


def test_a_history_row_cannot_be_saved_again():
    row = StatusChangeFactory()
    row.note = "rewritten"
    with pytest.raises(AppendOnlyError):
        row.save()
    assert StatusChange.objects.get(pk=row.pk).note == ""


def test_a_history_row_cannot_be_deleted():
    row = StatusChangeFactory()
    with pytest.raises(AppendOnlyError):
        row.delete()
    assert StatusChange.objects.filter(pk=row.pk).exists()


def test_history_querysets_refuse_bulk_update_and_delete():
    StatusChangeFactory()
    with pytest.raises(AppendOnlyError):
        StatusChange.objects.all().update(to_status=Status.PUBLISHED)
    with pytest.raises(AppendOnlyError):
        StatusChange.objects.all().delete()
    assert StatusChange.objects.count() == 1


def test_a_claim_with_history_cannot_be_deleted():
    row = StatusChangeFactory()
    with pytest.raises(ProtectedError):
        row.claim.delete()
    assert StatusChange.objects.filter(pk=row.pk).exists()


def test_postgresql_refuses_raw_sql_that_rewrites_history(postgres):
    row = StatusChangeFactory()
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("UPDATE claims_statuschange SET note = 'x' WHERE id = %s", [row.pk])
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("DELETE FROM claims_statuschange WHERE id = %s", [row.pk])
    assert StatusChange.objects.get(pk=row.pk).note == ""
