"""Where the app keeps its own files: the user data folder (platformdirs), the recent-files list and
the copy of the demo inspection that `inspector gui --demo` opens, the personal word list of the
spell-checker, and the log folder.

The window's settings are Qt's (gui/settings.py), in each platform's own place for them. The app keeps
each inspection's rotating backups in the user data folder too (`backup_folder`): an inspection file on a
USB stick that is lost or damaged does not take its backups with it. The command-line tools keep theirs
beside the file (store/backups.py), and a damaged file's backups are looked for in both places."""

from __future__ import annotations

import hashlib
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

from inspector import owner_only
from inspector.content import Content
from inspector.demo import demo_file
from inspector.exchange.files import create_inspection_file, read_exchange_file

APP_NAME = "YJS Inspector"
APP_AUTHOR = "HMIP"
RECENT_FILE = "recent.json"
DEMO_FILE = "Northmoor YJS (demo).yjsi"


def data_folder() -> Path:
    """The user's data folder for the app (created when first needed)."""
    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def log_folder() -> Path:
    """The user's log folder for the app (inspector.logs writes there)."""
    return Path(user_log_dir(APP_NAME, APP_AUTHOR))


BACKUPS = "Backups"
PERSONAL_WORDS = "Personal words.txt"


def personal_words_file(data: Path) -> Path:
    """The inspector's own words for the spell-checker ("Add to dictionary"): one a line, UTF-8, owner-only
    (inspector.spelling.personal)."""
    return data / PERSONAL_WORDS


def backup_folder(inspection: Path, data: Path) -> Path:
    """Where the app keeps the backups of the inspection file at `inspection`: a folder per file in the
    data folder, named after the file and its place (a damaged file cannot be read for its id, and two
    "Northmoor.yjsi" in different folders must not share backups)."""
    place = hashlib.sha256(str(inspection.resolve()).encode()).hexdigest()[:10]
    return data / BACKUPS / f"{inspection.stem} {place}"


def demo_inspection(content: Content, folder: Path) -> Path:
    """The demo inspection file in `folder`, made from the bundled demo the first time (under its lead
    inspector's name, as the demo's own records are)."""
    path = folder / DEMO_FILE
    if not path.exists():
        owner_only.make_folder(folder)
        source = demo_file()
        demo = read_exchange_file(source, content)
        create_inspection_file(
            path, demo, content, demo.details.lead_inspector, f"demo inspection ({source.name})"
        )
    return path
