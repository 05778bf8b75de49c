"""The details page's team part as plain data: each standard, and the key questions under it, with who
covers it. A key question with no one of its own is covered by whoever has its standard."""

from __future__ import annotations

from dataclasses import dataclass

from inspector.framework.items import find_item, navigator_label
from inspector.framework.model import Framework
from inspector.inspection.model import Inspection
from inspector.store import team_of

UNASSIGNED = "Unassigned"


@dataclass(frozen=True)
class AssignmentRow:
    scope_id: str  # "1.2" or "1.2.1"
    label: str  # "1.2 Staff"
    standard: str | None  # a key question's standard; None for a standard
    member: str | None  # assigned here
    nobody: str  # what the choice of no one of its own says: "Unassigned", or "As 1.2: Priya Raman"


@dataclass(frozen=True)
class TeamView:
    team: tuple[str, ...]  # who may be assigned: the lead inspector and the team
    rows: tuple[AssignmentRow, ...]  # framework order, each standard before its key questions
    summary: str  # "Priya Raman: 1.2, 1.3 · Daniel Okafor: 1.1.2 · 3 standards unassigned"

    def choices(self, row: AssignmentRow) -> tuple[str, ...]:
        """The combo's choices: no one of its own first, then the team."""
        return (row.nobody, *self.team)

    def chosen(self, row: AssignmentRow) -> int:
        return self.team.index(row.member) + 1 if row.member in self.team else 0

    def member_at(self, choice: int) -> str | None:
        """The member a choice names (None: the first, no one of its own)."""
        return self.team[choice - 1] if choice > 0 else None


def team_view(framework: Framework, inspection: Inspection) -> TeamView:
    assigned = {a.scope_id: a.member for a in inspection.assignments}
    rows: list[AssignmentRow] = []
    for standard in framework.standards:
        rows.append(AssignmentRow(standard.id, navigator_label(standard), None, assigned.get(standard.id), UNASSIGNED))
        covering = assigned.get(standard.id)
        nobody = f"As {standard.id}: {covering}" if covering else UNASSIGNED
        rows.extend(
            AssignmentRow(kq.id, navigator_label(find_item(framework, kq.id)), standard.id, assigned.get(kq.id), nobody)
            for kq in standard.key_questions
        )
    return TeamView(team_of(inspection.details), tuple(rows), _summary(framework, assigned))


def _summary(framework: Framework, assigned: dict[str, str]) -> str:
    by_member: dict[str, list[str]] = {}
    for scope, member in assigned.items():
        by_member.setdefault(member, []).append(scope)
    open_standards = sum(1 for s in framework.standards if s.id not in assigned)
    parts = [f"{member}: {', '.join(scopes)}" for member, scopes in by_member.items()]
    if open_standards:
        parts.append(f"{open_standards} standard{'' if open_standards == 1 else 's'} unassigned")
    return " \u00b7 ".join(parts) or "Nothing assigned yet"
