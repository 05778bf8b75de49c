"""The app's windows and files: the start window, opening (with a clear answer to every refusal the
store gives), creating through the wizard, the demo, recent files, and the framework browser.

Refusals become messages through `Dialogs`, which tests replace:
- locked by someone else, or on a medium that cannot be written: say so, and offer to open it read-only;
- changed outside the app: say how, and offer to open it read-only where a read still shows what is stored;
- damaged: list its backups with what each holds and restore the one chosen (the newest good one
  by default) to a new file, then open that;
- another framework, a newer file format, not an inspection file, a missing file: say so.

Before a file is opened the window asks "who are you?" once per computer and inspection (the answer is
remembered in the settings, keyed by the inspection's id): one of the inspection's team, whose name is then
on everything recorded and every audit row. The computer's login is used only for a file whose team cannot
be read before opening (which opening then refuses).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QDialog, QWidget

from inspector.app.places import RECENT_FILE, backup_folder, demo_inspection
from inspector.app.recent import RecentFile, RecentFiles
from inspector.app.restore import restore_offer
from inspector.app.session import Session
from inspector.app.team_files import is_exchange_name
from inspector.content import Content
from inspector.errors import UserError
from inspector.gui.background import run_in_background
from inspector.gui.dialogs import Dialogs
from inspector.gui.inspection_window import InspectionWindow
from inspector.gui.main_window import MainWindow
from inspector.gui.new_inspection_wizard import NewInspectionWizard
from inspector.gui.start_window import StartWindow
from inspector.gui.team_actions import import_shared_file
from inspector.inspection.model import InspectionDetails
from inspector.store import (
    ChangedOutside,
    DamagedFile,
    FileLocked,
    FileTeam,
    ReadOnlyMedium,
    restore_backup,
    team_of,
    team_on_file,
    utc_now,
)

FOLDER_KEY = "files/lastFolder"
PERSON_KEY = "people/{}"  # who this computer's user is, per inspection id

Clock = Callable[[], datetime]


class Controller(QObject):
    def __init__(
        self, content: Content, settings: QSettings, *, login: str, recent: RecentFiles, data_folder: Path,
        dialogs: Dialogs | None = None, clock: Clock = utc_now,
    ) -> None:
        super().__init__()
        self.content = content
        self.settings = settings
        self.login = login
        self.recent_files = recent
        self.data_folder = data_folder
        self.dialogs = dialogs or Dialogs()
        self.clock = clock
        self.windows: list[InspectionWindow] = []
        self.start_window: StartWindow | None = None
        self.framework_window: MainWindow | None = None

    # --- windows ----------------------------------------------------------------------------------

    def show_start(self) -> StartWindow:
        if self.start_window is None:
            self.start_window = StartWindow(self)
            self.start_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.start_window.destroyed.connect(self._start_gone)
        self.start_window.show_recent(self.recent())
        self.start_window.show()
        self.start_window.raise_()
        self.start_window.activateWindow()
        return self.start_window

    def _start_gone(self) -> None:
        self.start_window = None

    def show_framework(self) -> MainWindow:
        if self.framework_window is None:
            self.framework_window = MainWindow(self.content.framework, self.settings, content_folder=self.content.root)
            self.framework_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.framework_window.destroyed.connect(self._framework_gone)
        self.framework_window.show()
        self.framework_window.raise_()
        self.framework_window.activateWindow()
        return self.framework_window

    def _framework_gone(self) -> None:
        self.framework_window = None

    def close_to_start(self, window: QWidget) -> None:
        """File > Close: the inspection closes and the start window comes back."""
        window.close()
        self.show_start()

    def quit(self) -> None:
        for window in [*self.windows, self.start_window, self.framework_window]:
            if window is not None:
                window.close()

    def recent(self) -> list[RecentFile]:
        return self.recent_files.entries()

    # --- opening --------------------------------------------------------------------------------

    def open_path(
        self, path: Path, parent: QWidget | None = None, *, read_only: bool = False, accept_changed: bool = False,
    ) -> InspectionWindow | None:
        path = Path(path)
        if is_exchange_name(path):  # what the lead shared: imported into an inspection file beside it, then opened
            return self._open_shared(path, parent)
        for window in self.windows:
            if window.session.path.resolve() == path.resolve():
                window.raise_()
                window.activateWindow()
                return window
        team = team_on_file(path)
        user = self.login if team is None else self.person(team, parent)
        if user is None:
            return None
        content, clock = self.content, self.clock
        backups = backup_folder(path, self.data_folder)
        try:
            session = run_in_background(
                parent, f"Opening {path.name}\u2026",
                lambda: Session.open(path, content, user, read_only=read_only, accept_changed=accept_changed,
                                     clock=clock, backup_dir=backups),
            )
        except (FileLocked, ReadOnlyMedium) as editing_refused:
            if self.dialogs.ask(parent, str(editing_refused), "Open read-only"):
                return self.open_path(path, parent, read_only=True, accept_changed=accept_changed)
            return None
        except ChangedOutside as changed:
            # Offered read-only only where a read still shows what is stored (shape.py says which).
            if changed.readable and self.dialogs.ask(parent, str(changed), "Open read-only"):
                return self.open_path(path, parent, read_only=True, accept_changed=True)
            if not changed.readable:
                self.dialogs.error(parent, str(changed))
            return None
        except DamagedFile as damaged:
            return self._offer_restore(damaged, path, backups, parent)
        except UserError as refused:
            self.dialogs.error(parent, str(refused))
            return None
        return self._show_session(session)

    def _open_shared(self, shared: Path, parent: QWidget | None) -> InspectionWindow | None:
        imported = import_shared_file(
            parent, shared, self.content, self.dialogs, lambda team: self.person(team, parent))
        if imported is None:
            return None
        window = self.open_path(imported, parent)
        if window is not None:
            window.tell(f"Imported {shared.name} into {imported.name}, which holds your work from now on")
        return window

    def _offer_restore(
        self, damaged: DamagedFile, path: Path, folder: Path, parent: QWidget | None
    ) -> InspectionWindow | None:
        """List the damaged file's backups (newest first, what each holds beside what the file last held)
        and restore the one chosen, the newest good one by default, to a new file, then open that."""
        now = self.clock()
        try:
            offer = run_in_background(parent, f"Reading the backups of {path.name}\u2026",
                                      lambda: restore_offer(damaged, folder, now))
        except UserError as refused:
            self.dialogs.error(parent, str(refused))
            return None
        if offer.default is None:
            self.dialogs.error(parent, str(damaged))
            return None
        backup = self.dialogs.restore(parent, offer)
        if backup is None:
            return None
        try:
            restored = run_in_background(parent, f"Restoring {backup.name}\u2026", lambda: restore_backup(backup, path))
        except UserError as refused:
            self.dialogs.error(parent, str(refused))
            return None
        window = self.open_path(restored, parent)
        if window is not None:
            window.tell(f"Restored from the backup {backup.name}; changes made after it are only in the damaged "
                        f"file, {path.name}")
        return window

    def choose_and_open(self, parent: QWidget | None = None) -> InspectionWindow | None:
        chosen = self.dialogs.open_file(parent, self._last_folder())
        if chosen is None:
            return None
        self.settings.setValue(FOLDER_KEY, str(chosen.parent))
        return self.open_path(chosen, parent)

    def open_demo(self, parent: QWidget | None = None) -> InspectionWindow | None:
        content, folder = self.content, self.data_folder
        try:
            path = run_in_background(parent, "Preparing the demo inspection\u2026",
                                     lambda: demo_inspection(content, folder))
        except UserError as refused:
            self.dialogs.error(parent, str(refused))
            return None
        return self.open_path(path, parent)

    def new_inspection(self, parent: QWidget | None = None) -> InspectionWindow | None:
        wizard = NewInspectionWizard(self._last_folder(), self.dialogs, parent)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return None
        details, path = wizard.details(), wizard.path()
        self.settings.setValue(FOLDER_KEY, str(path.parent))
        user = self.person(_team(details), parent)
        if user is None:
            return None
        content, clock = self.content, self.clock
        backups = backup_folder(path, self.data_folder)
        try:
            session = run_in_background(parent, f"Creating {path.name}\u2026",
                                        lambda: Session.create(path, content, details, user, clock=clock,
                                                               backup_dir=backups))
        except UserError as refused:
            self.dialogs.error(parent, str(refused))
            return None
        return self._show_session(session)

    def _show_session(self, session: Session) -> InspectionWindow:
        window = InspectionWindow(session, self, self.settings, self.dialogs)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.closed.connect(self._window_closed)
        self.windows.append(window)
        self.recent_files.add(session.path, session.inspection.details.yjs, self.clock())
        window.show()
        window.raise_()
        window.activateWindow()
        if self.start_window is not None:
            self.start_window.close()
        return window

    def _window_closed(self, window: QWidget) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def change_person(self, window: InspectionWindow) -> None:
        """File > Change who is recording…: asked again, whatever was remembered, and remembered anew."""
        details = window.session.inspection.details
        chosen = self.dialogs.person(window, team_of(details))
        if chosen is None or chosen == window.session.user:
            return
        try:
            window.session.act_as(chosen)
        except UserError as refused:
            self.dialogs.error(window, str(refused))
            return
        self.settings.setValue(PERSON_KEY.format(details.id), chosen)
        window.show_person()

    def person(self, team: FileTeam, parent: QWidget | None = None) -> str | None:
        """Who is recording in this inspection on this computer: remembered, the only name of the team, or
        asked ("who are you?"); None when the question is cancelled."""
        key = PERSON_KEY.format(team.inspection_id)
        remembered = str(self.settings.value(key) or "")
        if remembered in team.names:
            return remembered
        if not team.names:
            return self.login  # a team with no names at all: nobody else to record it under
        chosen = team.names[0] if len(team.names) == 1 else self.dialogs.person(parent, team.names)
        if chosen is not None:
            self.settings.setValue(key, chosen)
        return chosen

    def _last_folder(self) -> Path:
        remembered = str(self.settings.value(FOLDER_KEY) or "")
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def _team(details: InspectionDetails) -> FileTeam:
    return FileTeam(details.id, team_of(details))


def application_controller(content: Content, settings: QSettings, login: str, data_folder: Path,
                           dialogs: Dialogs | None = None) -> Controller:
    """The controller as the app runs it: the recent list in the data folder."""
    return Controller(content, settings, login=login, recent=RecentFiles(data_folder / RECENT_FILE),
                      data_folder=data_folder, dialogs=dialogs)
