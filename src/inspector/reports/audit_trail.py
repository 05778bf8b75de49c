"""The audit of rating changes: the rows of an inspection file's audit log that change a rating.

The store labels each audited value (store/records.py): "standard 1.4 proposed rating", "standard 1.4
rationale", "standard 2.1 rating from case data" and the ratings panel's "ratings panel 1.4 state",
"ratings panel 1.4 agreed rating" and "ratings panel 1.4 reason" are the ones that make or explain a
rating.
tests/reports/test_audit_trail.py makes those edits through the store, so a change of label shows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from inspector.inspection.model import PanelState
from inspector.reports.model import AuditLine, short_time
from inspector.store import AuditEntry

_RATING_CHANGE = re.compile(
    r"^(standard \d+\.\d+ (proposed rating|rationale|rating from case data)"
    r"|ratings panel \d+\.\d+ (state|agreed rating|reason))$"
)


def rating_changes(entries: Sequence[AuditEntry]) -> tuple[AuditLine, ...]:
    """Oldest first, as the log keeps them."""
    return tuple(
        AuditLine(
            at=short_time(e.at),
            user=e.user,
            what=e.what,
            old=e.old if e.old is not None else _unset(e.what, "(not set)"),
            new=e.new if e.new is not None else _unset(e.what, "(removed)"),
            reason=e.reason,
        )
        for e in entries
        if _RATING_CHANGE.match(e.what)
    )


def _unset(what: str, otherwise: str) -> str:
    # A standard in draft has no ratings panel record, so its state is "not set" in the log: say "draft".
    return PanelState.DRAFT.value if what.startswith("ratings panel ") and what.endswith(" state") else otherwise
