"""Where the content folders (standards/, forms/, report_templates/) are.

From a source checkout they sit at the top of the repository; in an installed wheel they are
carried inside the package as inspector/_content/ (see pyproject.toml, force-include); in the offline
bundle, in its content/ folder (packaging/inspector.spec).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from inspector.after_fieldwork.content import AfterFieldwork, load_after_fieldwork
from inspector.forms.loader import load_forms
from inspector.forms.model import Forms
from inspector.framework.loader import load_framework, load_rating_scheme
from inspector.framework.model import Framework
from inspector.framework.rating_scheme import RatingScheme

if TYPE_CHECKING:
    from inspector.reports.templates import ReportTemplates

CONTENT_ENV = "INSPECTOR_CONTENT_DIR"
BUNDLED_CONTENT = "content"  # the folder in the offline bundle (packaging/inspector.spec)
_PACKAGE = Path(__file__).resolve().parent


def bundle_folder() -> Path | None:
    """The offline bundle's folder of data files when the app runs from it (PyInstaller sets
    sys.frozen and sys._MEIPASS), else None."""
    folder = getattr(sys, "_MEIPASS", None)
    return Path(folder) if getattr(sys, "frozen", False) and folder else None


def packaged_content() -> Path:
    """Where an installed wheel carries the content (pyproject.toml's force-include)."""
    return _PACKAGE / "_content"


def content_root() -> Path:
    """The folder holding standards/, forms/ and report_templates/.

    INSPECTOR_CONTENT_DIR overrides (methodology staff trying an edited copy); a "~" in it is the home
    folder, as a shell would have it (a quoted one, or one set in a desktop shortcut, is not expanded).
    """
    override = os.environ.get(CONTENT_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    bundle = bundle_folder()
    if bundle is not None:
        return bundle / BUNDLED_CONTENT
    bundled = packaged_content()
    if (bundled / "standards").is_dir():
        return bundled
    return _PACKAGE.parent.parent


def standards_folder(path: Path) -> Path:
    """Accept either a standards folder or a content root that holds one."""
    return path / "standards" if (path / "standards").is_dir() else path


@dataclass(frozen=True)
class Content:
    """The validated content the app runs on; loading fails whole, never half."""

    root: Path

    @cached_property
    def framework(self) -> Framework:
        return load_framework(standards_folder(self.root))

    @cached_property
    def rating_scheme(self) -> RatingScheme:
        return load_rating_scheme(standards_folder(self.root), self.framework)

    @cached_property
    def after_fieldwork(self) -> AfterFieldwork:
        """The obligations after fieldwork and the YJB's labels (standards/after-fieldwork.yaml)."""
        return load_after_fieldwork(standards_folder(self.root))

    @cached_property
    def forms(self) -> Forms:
        """The interview forms in forms/ beside standards/ (none when the folder holds only standards)."""
        return load_forms(self.root / "forms", self.framework)

    @cached_property
    def report_templates(self) -> ReportTemplates:
        """The Word templates in report_templates/, read and checked at the first preview or export."""
        # Imported here: the reports package imports this module, and commands that make no report
        # need not import docxtpl, python-docx and jinja2 (0.15 s).
        from inspector.reports.templates import load_templates

        return load_templates(self.root)

    def validate(self) -> None:
        """Load everything now so a bad file stops the app before any window opens.

        Not the report templates: reading and parsing them takes about 0.1 s (against the 50 ms start-up
        allows a check), so a broken template is reported, in the same one line, at the first preview or
        export (`report_templates`, on the window's worker thread), before any file is chosen.
        """
        _ = self.rating_scheme
        _ = self.after_fieldwork
        _ = self.forms


def load_content(root: Path | None = None) -> Content:
    content = Content(root or content_root())
    content.validate()
    return content
