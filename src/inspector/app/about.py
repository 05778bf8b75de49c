"""Help > About as plain data: what the tool is, its version, the framework it runs on, the content folder
in use and where that came from, and the Qt and Python it runs with; the whole as text to copy into a
message to whoever supports it. Qt-free: the window passes in Qt's and PySide6's versions."""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass
from pathlib import Path

from inspector import __version__
from inspector.content import BUNDLED_CONTENT, CONTENT_ENV, bundle_folder, packaged_content
from inspector.framework.model import Framework

NAME = "YJS Inspector"
WHAT = ("A fieldwork tool for HM Inspectorate of Probation's youth justice inspections: the inspection framework "
        "to read, and the evidence, judgements, interviews, case data and ratings of one inspection, kept in one "
        "file on this computer, with the reports made from them.")


@dataclass(frozen=True)
class About:
    title: str  # "YJS Inspector 0.1.0"
    what: str
    lines: tuple[tuple[str, str], ...]  # ("Framework", "…"), in the order shown

    @property
    def text(self) -> str:
        """All of it as plain text, as Copy puts it on the clipboard."""
        return "\n".join([self.title, self.what, "", *(f"{name}: {value}" for name, value in self.lines)]) + "\n"

    def value(self, name: str) -> str:
        return dict(self.lines)[name]


def content_origin(root: Path) -> str:
    """Where the content folder in use came from: INSPECTOR_CONTENT_DIR, the offline bundle, the installed
    package, or the source checkout (`inspector.content.content_root`'s order)."""
    here = _resolved(root)
    override = os.environ.get(CONTENT_ENV)
    if override and _resolved(Path(override)) == here:
        return f"set by {CONTENT_ENV}"
    bundle = bundle_folder()
    if bundle is not None and _resolved(bundle / BUNDLED_CONTENT) == here:
        return "the offline bundle's"
    if _resolved(packaged_content()) == here:
        return "installed with the app"
    return "the source checkout's" if (here / "pyproject.toml").is_file() else "given when the app started"


def about(framework: Framework, content_root: Path, qt: str, pyside: str) -> About:
    root = _resolved(content_root)
    return About(
        title=f"{NAME} {__version__}",
        what=WHAT,
        lines=(
            ("Version", __version__),
            ("Framework", f"{framework.title}, {framework.version} (id {framework.id})"),
            ("Content folder", f"{root} ({content_origin(root)})"),
            ("Qt", f"Qt {qt}, PySide6 {pyside}"),
            ("Python", f"{platform.python_version()} on {platform.system()} {platform.release()}".rstrip()),
        ),
    )


def _resolved(path: Path) -> Path:
    try:
        return path.expanduser().resolve()
    except OSError:  # a folder that cannot be reached: as given
        return path
