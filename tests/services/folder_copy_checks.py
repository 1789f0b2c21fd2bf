"""Two folders compared row by row, every table and every column (what a copy must keep).

Ids may differ (a server numbers records from its own sequences, in the same order), so each
table's ids are paired by rank, and every link is checked to point to the paired record."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table, select

from infusion_desk.services.folder_copy import _reading
from infusion_desk.services.reading import FolderReading
from infusion_desk.storage import folder_rows
from infusion_desk.storage.tables import Base


def _rows(conn: Connection, table: Table) -> list[dict[str, Any]]:
    columns = [c for c in table.columns if c.name not in folder_rows.SERVER_COLUMNS]
    order = list(table.primary_key.columns)
    found = [dict(r) for r in conn.execute(select(*columns).order_by(*order)).mappings()]
    for row in found:
        for name, value in row.items():
            if isinstance(value, memoryview):
                row[name] = bytes(value)
    return found


def id_pairs(source: FolderReading, copy: FolderReading) -> dict[str, dict[int, int]]:
    """Each record table's ids in ``source`` paired with those in ``copy``, by rank."""
    pairs: dict[str, dict[int, int]] = {}
    with _reading(source) as a, _reading(copy) as b:
        for table in folder_rows.copied_tables():
            if "id" in table.columns:
                old = list(a.execute(select(table.c.id).order_by(table.c.id)).scalars())
                new = list(b.execute(select(table.c.id).order_by(table.c.id)).scalars())
                assert len(old) == len(new), table.name
                pairs[table.name] = dict(zip(old, new, strict=True))
    return pairs


def differences(source: FolderReading, copy: FolderReading) -> list[str]:
    """Every row that is not the same in ``copy`` (with its links mapped); [] when all are."""
    pairs = id_pairs(source, copy)
    found: list[str] = []
    tables = [*folder_rows.copied_tables(),
              *(Base.metadata.tables[n] for n in folder_rows.SINGLE_ROW_TABLES)]
    with _reading(source) as a, _reading(copy) as b:
        for table in tables:
            links = {c.name: next(iter(c.foreign_keys)).column.table.name
                     for c in table.columns
                     if c.foreign_keys and next(iter(c.foreign_keys)).column.name == "id"}
            if table.name in pairs:
                links["id"] = table.name
            old_rows, new_rows = _rows(a, table), _rows(b, table)
            if len(old_rows) != len(new_rows):
                found.append(f"{table.name}: {len(old_rows)} rows, {len(new_rows)} copied")
                continue
            mapped = []
            for old_row in old_rows:
                row = dict(old_row)
                for name, points_to in links.items():
                    if row[name] is not None:
                        row[name] = pairs[points_to][row[name]]
                mapped.append(row)
            key = _key(table)
            for old, new in zip(sorted(mapped, key=key), sorted(new_rows, key=key), strict=True):
                if old != new:
                    changed = sorted(k for k in old if old[k] != new.get(k))
                    found.append(f"{table.name}: {changed} differ")
    return found


def _key(table: Table) -> Any:
    names = [c.name for c in table.primary_key.columns]
    return lambda row: tuple(row[n] for n in names)
