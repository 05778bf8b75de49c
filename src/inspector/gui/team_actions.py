"""The inspection window's File menu for team working: share the inspection with a team member (an
encrypted exchange file, its passphrase asked for twice), and bring a team member's work in (their file
read on a worker thread, the merge plan shown first, then brought in as one undoable step). And the
other end: File > Open of a shared exchange file imports it into an inspection file beside it.

What is written, read and planned is the core's (app.team_files, exchange.merge, app.team_edits); here
the menu, the questions (through `Dialogs`) and the status line. A refusal is the core's one line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QMenu, QWidget

from inspector.app.merge_plan_view import merge_plan_view
from inspector.app.report_export import export_exchange, export_folder
from inspector.app.session import Session
from inspector.app.team_edits import MergeEdit
from inspector.app.team_files import import_shared, needs_passphrase, read_shared, read_work, share_name
from inspector.content import Content
from inspector.errors import UserError
from inspector.exchange.merge import merge
from inspector.gui.background import run_in_background
from inspector.gui.dialogs import Dialogs
from inspector.gui.report_actions import EXPORT_FOLDER_KEY, AddAction
from inspector.gui.undo import Apply
from inspector.store import FileTeam, team_of

# The app's log holds no case content: no names of people or files.
log = logging.getLogger(__name__)
T = TypeVar("T")


class TeamActions(QObject):
    def __init__(self, window: QWidget, session: Session, settings: QSettings, dialogs: Dialogs,
                 perform: Apply, tell: Callable[[str], None],
                 commit_pending: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._settings = settings
        self._dialogs = dialogs
        self._perform = perform
        self._tell = tell
        self._commit_pending = commit_pending  # typing not yet saved goes with what is shared

    def add_to(self, menu: QMenu, add: AddAction) -> None:
        self.share_menu = menu.addMenu("&Share with a team member")
        self.share_menu.aboutToShow.connect(self._fill_share)
        self.bring_in_action = add(menu, "&Bring in a team member's work\u2026", None, self.bring_in)
        self.bring_in_action.setEnabled(not self._session.read_only)

    def _fill_share(self) -> None:
        """The team as the details hold it now, less the user: the lead shares with the members, a member
        with the lead."""
        self.share_menu.clear()
        members = [m for m in team_of(self._session.inspection.details) if m != self._session.user]
        for member in members:
            action = self.share_menu.addAction(f"{member.replace('&', '&&')}\u2026")
            action.triggered.connect(lambda _=False, member=member: self.share(member))
        if not members:
            self.share_menu.addAction("No team members: add them on the details page").setEnabled(False)

    # --- sharing --------------------------------------------------------------------------------

    def share(self, member: str) -> Path | None:
        """The whole inspection, encrypted, for `member` to open in their app."""
        self._commit_pending()
        inspection = self._session.inspection
        remembered = str(self._settings.value(EXPORT_FOLDER_KEY) or "") or None
        proposed = export_folder(remembered, self._session.path) / share_name(inspection.details.yjs, member)
        target = self._dialogs.save_file(self._window, proposed)
        if target is None:
            return None
        passphrase = self._dialogs.new_passphrase(self._window, target)
        if passphrase is None:
            return None
        # Encrypting takes a second or two (scrypt, on purpose): on the worker thread with the writing.
        written = self._run(f"Encrypting {target.name}\u2026", lambda: export_exchange(inspection, target, passphrase))
        if written is None:
            return None
        self._settings.setValue(EXPORT_FOLDER_KEY, str(target.parent))
        log.info("shared the inspection as an encrypted exchange file")
        self._tell(f"Shared with {member}: {target.name}, encrypted; pass the passphrase on another way")
        return target

    # --- bringing in ----------------------------------------------------------------------------

    def bring_in(self) -> MergeEdit | None:
        """Read a member's file, show the plan, and on "Bring in" add it all as one undoable step."""
        session = self._session
        if session.read_only:
            return None
        self._commit_pending()
        chosen = self._dialogs.work_file(self._window, session.path.parent)
        if chosen is None:
            return None
        passphrase = self._dialogs.passphrase(self._window, chosen) if needs_passphrase(chosen) else None
        if needs_passphrase(chosen) and passphrase is None:
            return None
        content, user = session.content, session.user
        member = self._run(f"Reading {chosen.name}\u2026", lambda: read_work(chosen, content, user, passphrase))
        if member is None:
            return None
        try:
            plan = merge(session.inspection, member)
        except UserError as refused:
            self._dialogs.error(self._window, str(refused))
            return None
        view = merge_plan_view(plan, chosen.name)
        if not view.anything:
            self._tell(view.nothing_line)
            return None
        if not self._dialogs.review_merge(self._window, view):
            return None
        edit = MergeEdit(None, plan, chosen.name)
        if not self._perform(edit):
            return None
        log.info("brought in a team member's work: %d items", view.to_bring_in)
        self._tell(view.brought_line)
        return edit

    def _run(self, label: str, job: Callable[[], T]) -> T | None:
        return run_guarded(self._window, self._dialogs, label, job)


def run_guarded(parent: QWidget | None, dialogs: Dialogs, label: str, job: Callable[[], T]) -> T | None:
    """The job's result on a worker thread, or None when it was refused (and the user told why)."""
    try:
        return run_in_background(parent, label, job)
    except UserError as refused:
        dialogs.error(parent, str(refused))
        return None


def import_shared_file(parent: QWidget | None, shared: Path, content: Content, dialogs: Dialogs,
                       person: Callable[[FileTeam], str | None]) -> Path | None:
    """File > Open of an exchange file: its passphrase asked for, the file read, "who are you?" answered
    from its team (`person`), then imported into a new inspection file beside it under that name
    (app.team_files.imported_path); the new file's path, or None when cancelled or refused."""
    passphrase = dialogs.passphrase(parent, shared) if needs_passphrase(shared) else None
    if needs_passphrase(shared) and passphrase is None:
        return None
    inspection = run_guarded(parent, dialogs, f"Reading {shared.name}\u2026",
                             lambda: read_shared(shared, content, passphrase))
    if inspection is None:
        return None
    details = inspection.details
    user = person(FileTeam(details.id, team_of(details)))
    if user is None:
        return None
    return run_guarded(parent, dialogs, f"Importing {shared.name}\u2026",
                       lambda: import_shared(shared, inspection, content, user))
