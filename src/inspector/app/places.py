"""Where the app keeps its own files: the user data folder (platformdirs), the recent-files list and
the copy of the demo inspection that `inspector gui --demo` opens."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir

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


def demo_inspection(content: Content, user: str, folder: Path) -> Path:
    """The demo inspection file in `folder`, made from the bundled demo the first time."""
    path = folder / DEMO_FILE
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        source = demo_file()
        create_inspection_file(
            path, read_exchange_file(source, content), content, user, f"demo inspection ({source.name})"
        )
    return path
