"""Is the file's schema the one this app makes? Tables, columns, indexes, triggers and views are compared
with what the file's format version creates, so a file changed with another program is told apart.

Found in a real file: one extra trigger (`AFTER INSERT ON evidence BEGIN DELETE FROM evidence; END`) made
a merge leave none of 124 evidence items, and a file whose append-only audit triggers were dropped was
accepted as if its log could be trusted. The expected schema is built by running the migration steps
(schema.py) on a database in memory, once per version, so there is no second copy of it to drift.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache

from sqlite_utils import Database

from inspector.store.schema import upgrade

# sqlite-utils keeps its record of applied steps in this table, in its own words: a newer sqlite-utils
# may word the CREATE statement differently, so only the columns are compared, lest every file made
# before an update of the library be refused.
_MIGRATIONS_TABLE = "_sqlite_migrations"


@dataclass(frozen=True)
class Entry:
    """One row of sqlite_schema, its SQL with the layout taken out."""

    type: str
    name: str
    table: str
    sql: str | None
    columns: tuple[tuple[object, ...], ...]  # a table's or view's (name, type, notnull, default, pk, hidden)

    @property
    def label(self) -> str:
        # "audit trigger audit_no_delete": a trigger is named with the table it guards.
        return f"{self.table} trigger {self.name}" if self.type == "trigger" else f"{self.type} {self.name}"


@dataclass(frozen=True)
class Difference:
    """One way the file's schema is not the app's. `readable`: reading it read-only still shows only what
    is stored in the app's tables (an extra trigger fires on writes only, and a read-only file is never
    written), so the file may be opened read-only to look at; otherwise it may not be opened at all."""

    what: str
    readable: bool


Shape = dict[tuple[str, str], Entry]


def differences(conn: sqlite3.Connection, version: int) -> list[Difference]:
    """How the file's schema differs from what format `version` creates; those that forbid reading first,
    each kind of difference in schema order."""
    expected, found = made_by_app(version), shape_of(conn)
    result = []
    for key, want in expected.items():
        have = found.get(key)
        if have is None:
            # Without a table there is nothing to read its records from; an index or a trigger only
            # speeds up or guards writes.
            result.append(Difference(f"{want.label} is missing", want.type != "table"))
        elif have.type != want.type:
            # A view (or anything else) where a table belongs would make up what a read shows.
            result.append(Difference(f"{want.name} is a {have.type}, not a {want.type}", want.type != "table"))
        elif difference := _changed(want, have):
            result.append(difference)
    result += [Difference(f"extra {have.type} {have.name}", True) for key, have in found.items() if key not in expected]
    return sorted(result, key=lambda d: d.readable)  # stable: schema order within each


def _changed(want: Entry, have: Entry) -> Difference | None:
    if want.table == _MIGRATIONS_TABLE:
        same = [c[0] for c in want.columns] == [c[0] for c in have.columns]
        return None if same else Difference(f"{want.label} is changed", True)
    if want.sql == have.sql:
        return None
    if want.type != "table":
        return Difference(f"{want.label} is changed", True)
    if have.sql and have.sql.upper().startswith("CREATE VIRTUAL TABLE"):
        # A virtual table's rows are whatever its module returns, as a view's are.
        return Difference(f"{want.name} is a virtual table, not a stored one", False)
    return _changed_table(want, have)


def _changed_table(want: Entry, have: Entry) -> Difference:
    """A table with other SQL: which column differs, and whether its rows are still what is stored."""
    wanted = {c[0]: c for c in want.columns}
    held = {c[0]: c for c in have.columns}
    for name, column in wanted.items():
        if name not in held:
            return Difference(f"table {want.name} lacks the column {name}", False)
        if held[name][5] in (2, 3):  # generated: a value computed on reading, not the one stored
            return Difference(f"column {want.name}.{name} is computed, not stored", False)
        if held[name][4] != column[4]:
            # Another primary key lets two records share one id, which every read of the app assumes never happens.
            return Difference(f"column {want.name}.{name} is declared differently", False)
    if want.sql and have.sql and want.sql.endswith("STRICT") and not have.sql.upper().endswith("STRICT"):
        return Difference(f"table {want.name} is not STRICT", True)
    for name, column in wanted.items():
        if held[name] != column:
            return Difference(f"column {want.name}.{name} is declared differently", True)
    extra = [name for name in held if name not in wanted]
    if extra:
        return Difference(f"table {want.name} has an extra column {extra[0]}", True)
    # Only constraints differ (a CHECK, a foreign key): they govern writes, and every value read is checked
    # as it is converted (reading.py).
    return Difference(f"table {want.name} is defined differently (its constraints)", True)


@cache
def made_by_app(version: int) -> Shape:
    """The schema the app's migration steps 1..`version` create."""
    db = Database(sqlite3.connect(":memory:"), execute_plugins=False)
    try:
        upgrade(db, "", datetime(2000, 1, 1, tzinfo=UTC), version=version)
        return shape_of(db.conn)
    finally:
        db.close()


def shape_of(conn: sqlite3.Connection) -> Shape:
    """Every schema object of the main database by namespace and name (triggers have their own)."""
    shape: Shape = {}
    for kind, name, table, sql in conn.execute("SELECT type, name, tbl_name, sql FROM main.sqlite_schema"):
        columns = _columns(conn, name) if kind in ("table", "view") else ()
        # SQLite's names ignore case: "Evidence" is the table every query of "evidence" reads.
        namespace = "trigger" if kind == "trigger" else "relation"
        shape[(namespace, name.lower())] = Entry(kind, name, table, _normal(sql), columns)
    return shape


def _columns(conn: sqlite3.Connection, name: str) -> tuple[tuple[object, ...], ...]:
    try:
        return tuple(
            tuple(row) for row in conn.execute(
                'SELECT name, type, "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(?)', [name]
            )
        )
    except sqlite3.OperationalError:
        return ()  # a view on a missing table, a virtual table of a module this SQLite lacks


def _normal(sql: str | None) -> str | None:
    """The statement without its layout: runs of white space as one space, none beside brackets and commas."""
    if sql is None:
        return None
    return re.sub(r"\s*([(),;])\s*", r"\1", re.sub(r"\s+", " ", sql)).strip()
