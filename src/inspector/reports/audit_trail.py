"""The audit of rating changes: the rows of an inspection file's audit log that change a rating.

The store labels each audited value (store/records.py): "standard 1.4 proposed rating", "standard 1.4
rationale" and "standard 2.1 rating from case data" are the ones that make or explain a rating.
tests/reports/test_audit_trail.py makes those edits through the store, so a change of label shows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from inspector.reports.model import AuditLine
from inspector.store import AuditEntry

_RATING_CHANGE = re.compile(r"^standard \d+\.\d+ (proposed rating|rationale|rating from case data)$")


def rating_changes(entries: Sequence[AuditEntry]) -> tuple[AuditLine, ...]:
    """Oldest first, as the log keeps them."""
    return tuple(
        AuditLine(
            at=f"{e.at.day} {e.at:%b %Y %H:%M} UTC",
            user=e.user,
            what=e.what,
            old=e.old if e.old is not None else "(not set)",
            new=e.new if e.new is not None else "(removed)",
            reason=e.reason,
        )
        for e in entries
        if _RATING_CHANGE.match(e.what)
    )
