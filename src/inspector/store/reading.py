"""Reading a table's rows into records, refusing any row the app could not have written.

Every value is converted by its kind (records.py, which names the column of a value that is not one the
app writes) and, given the framework's ids, checked as an edit is (inspection/validation.py): a prompt id
the framework lacks is found here, not as a fault deep in the rules engine (text is checked for its type,
not for the characters the text gate refuses: see `stored_records` there). Text that is not UTF-8 is
found too, and named by its row and column: sqlite3's own error would quote the bytes around it, which
may be a child's case notes. A refusal is `Unreadable`, whose message names the table, the row and the column,
never a stored value; the store turns it into `DamagedFile`.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlite_utils import Database

from inspector.inspection.validation import FrameworkIds, stored_records
from inspector.store.errors import InvalidEdit
from inspector.store.records import (
    ANSWERS,
    ASSIGNMENTS,
    CASE_COUNTS,
    CASE_RATINGS,
    DETAILS,
    DIVERSITY,
    DOCUMENTS,
    EVIDENCE,
    FOLLOW_UPS,
    IMPROVEMENT_PLAN,
    INTERVIEWS,
    JUDGEMENTS,
    OBLIGATIONS_MET,
    PANEL_COMMENTS,
    PANEL_DECISIONS,
    PROPOSALS,
    RECOMMENDATIONS,
    TALLIES,
    YJB_OVERSIGHT,
    BadValue,
    Kind,
    Row,
    StoredRow,
)

T = TypeVar("T")

# The check an edit of each kind passes (inspection/validation.py): a stored record must pass it too.
_CHECKS: dict[Kind[Any], Callable[[FrameworkIds, Any], None]] = {
    DETAILS: FrameworkIds.details, RECOMMENDATIONS: FrameworkIds.recommendation,
    JUDGEMENTS: FrameworkIds.judgement, EVIDENCE: FrameworkIds.evidence, ANSWERS: FrameworkIds.answer,
    PROPOSALS: FrameworkIds.proposal, DIVERSITY: FrameworkIds.diversity, INTERVIEWS: FrameworkIds.interview,
    TALLIES: FrameworkIds.tally, CASE_RATINGS: lambda ids, c: ids.case_rating(*c),
    CASE_COUNTS: FrameworkIds.case_count, PANEL_DECISIONS: FrameworkIds.panel_decision,
    PANEL_COMMENTS: FrameworkIds.panel_comment, DOCUMENTS: FrameworkIds.document,
    ASSIGNMENTS: FrameworkIds.assignment, OBLIGATIONS_MET: FrameworkIds.obligation_met,
    YJB_OVERSIGHT: FrameworkIds.yjb_oversight, IMPROVEMENT_PLAN: FrameworkIds.improvement_plan,
    FOLLOW_UPS: FrameworkIds.follow_up,
}
# An id shown in a refusal: the app's ids and the framework's are short tokens; anything else might be
# text someone typed, and the row is named by its place instead.
_TOKEN = re.compile(r"[\w.:-]{1,64}", re.ASCII)
_NOT_UTF8 = "Could not decode to UTF-8"


class Unreadable(Exception):
    """A row the app could not have written. The message names where, never what is stored there."""


def records(
    db: Database, kind: Kind[T], ids: FrameworkIds | None, where: str = "", params: Row | None = None
) -> list[T]:
    """The records of `kind`'s table (those matching `where`), in the order they were added when the
    table keeps one; each converted and, when `ids` is given, checked as an edit would be."""
    # Records without a place of their own come in the order of their keys (obligations met, by id).
    order = " ORDER BY " + ("position" if kind.positioned else ", ".join(kind.key))
    with decoding(db, kind.table):
        cursor = db.conn.execute(f"SELECT * FROM {kind.table}{where}{order}", params or {})
        columns = [d[0] for d in cursor.description]
        rows = [dict(zip(columns, values, strict=True)) for values in cursor.fetchall()]
    check = _CHECKS[kind] if ids is not None else None
    found = []
    with stored_records():
        for row in rows:
            record = _converted(kind, row)
            if check is not None and ids is not None:  # a check only when there are ids to check against
                try:
                    check(ids, record)
                except InvalidEdit as bad:
                    why = f"its {bad.field} is not one the app could have written"
                    raise Unreadable(f"{row_name(kind, row)}: {why}") from None
            found.append(record)
    return found


def _converted(kind: Kind[T], row: Row) -> T:
    try:
        position = row["position"] if kind.positioned else 1
        if isinstance(position, bool) or not isinstance(position, int) or position < 1:
            raise BadValue("position", "not a place in the order (1, 2, 3 ...)")
        return kind.from_row(row)
    except BadValue as bad:
        raise Unreadable(f"{row_name(kind, row)}, {bad}") from None


def every_record(db: Database, kind: Kind[T], ids: FrameworkIds | None) -> list[T]:
    """All of a table's records; a table of one record (details, diversity) must hold exactly one."""
    found = records(db, kind, ids)
    if kind.single and len(found) != 1:
        raise Unreadable(
            f"{kind.table} has {len(found)} rows, not one" if found else f"the {kind.table} row is missing")
    return found


def row_name(kind: Kind[Any], row: StoredRow) -> str:
    """"evidence row e-12", "case_counts row 2.1 (position 3)", "the details row"."""
    if kind.single:
        return f"the {kind.table} row"
    shown = [str(row[column]) for column in kind.key if column != "key_question"]
    if all(_TOKEN.fullmatch(value) for value in shown):
        # A case count's key question is a label typed by the inspector: its place names it instead.
        place = f" (position {row['position']})" if "key_question" in kind.key else ""
        return f"{kind.table} row {' '.join(shown)}{place}"
    return f"{kind.table} row at position {row['position']}" if kind.positioned else f"a {kind.table} row"


@contextmanager
def decoding(db: Database, table: str) -> Iterator[None]:
    """Text that is not UTF-8 becomes `Unreadable` naming its row and column (found by reading the
    table again as bytes), instead of sqlite3's error, which quotes the text."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        if not str(exc).startswith(_NOT_UTF8):
            raise
        raise Unreadable(_undecodable(db.conn, table)) from None


def _undecodable(conn: sqlite3.Connection, table: str) -> str:
    """Where the first text that is not UTF-8 is: the row by its id where it has one (read as bytes too),
    else by its number in the table."""
    keep = conn.text_factory
    conn.text_factory = bytes
    try:
        cursor = conn.execute(f"SELECT * FROM {table}")
        columns = [d[0] for d in cursor.description]
        for number, values in enumerate(cursor, start=1):
            for column, value in zip(columns, values, strict=True):
                if isinstance(value, bytes) and not _decodes(value):
                    where = _numbered(table, dict(zip(columns, values, strict=True)), number)
                    return f"{where}, column {column}: not UTF-8 text"
    finally:
        conn.text_factory = keep
    return f"{table}: text that is not UTF-8"


def _decodes(value: bytes) -> bool:
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _numbered(table: str, row: dict[str, object], number: int) -> str:
    ident = row.get("id")
    shown = ident.decode("utf-8", "replace") if isinstance(ident, bytes) else str(ident)
    return f"{table} row {shown}" if ident is not None and _TOKEN.fullmatch(shown) else f"{table} row number {number}"
