"""The inspection file's tables and their migrations (docs/data-model.md describes every column).

The schema version is the number of migration steps applied. Steps are append-only: a released step
is never edited, a change to the tables is a new step. `sqlite_utils.migrations.Migrations` records
each applied step in `_sqlite_migrations`; each step also writes its number to `meta.schema_version`,
so the version can be read without knowing the step names.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

FILE_SUFFIX = ".yjsi"
# "YJSI" as a big-endian 32-bit integer, in the SQLite header (offset 68): tells an inspection file
# from any other SQLite database without running a query.
APPLICATION_ID = 0x594A5349
MIGRATION_SET = "yjs-inspection-file"

Step = Callable[[Database], None]


def _initial(db: Database) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.executescript(
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
        CREATE TABLE details (
            id TEXT PRIMARY KEY, yjs TEXT NOT NULL, nation TEXT NOT NULL,
            fieldwork_start TEXT, fieldwork_end TEXT, lead_inspector TEXT NOT NULL,
            team TEXT NOT NULL, resettlement_cases_12_months INTEGER, notes TEXT NOT NULL
        ) STRICT;
        CREATE TABLE recommendations (
            id TEXT PRIMARY KEY, position INTEGER NOT NULL, text TEXT NOT NULL, recipient TEXT NOT NULL
        ) STRICT;
        CREATE TABLE judgements (
            prompt_id TEXT PRIMARY KEY, sufficiency TEXT, decisive INTEGER NOT NULL
        ) STRICT;
        CREATE TABLE evidence (
            id TEXT PRIMARY KEY, position INTEGER NOT NULL, prompt_id TEXT NOT NULL, text TEXT NOT NULL,
            source TEXT NOT NULL, reference TEXT NOT NULL, recorded_by TEXT NOT NULL, recorded_at TEXT,
            tag TEXT
        ) STRICT;
        CREATE INDEX evidence_prompt ON evidence (prompt_id);
        CREATE TABLE answers (
            key_question_id TEXT PRIMARY KEY, answer TEXT, rationale TEXT NOT NULL
        ) STRICT;
        CREATE TABLE proposals (
            standard_id TEXT PRIMARY KEY, proposed TEXT, rationale TEXT NOT NULL
        ) STRICT;
        CREATE TABLE diversity (
            id INTEGER PRIMARY KEY CHECK (id = 1), sufficient INTEGER, note TEXT NOT NULL
        ) STRICT;
        CREATE TABLE interviews (
            id TEXT PRIMARY KEY, position INTEGER NOT NULL, reference TEXT NOT NULL, form_id TEXT NOT NULL,
            form_version TEXT NOT NULL, date TEXT, inspector TEXT NOT NULL, responses TEXT NOT NULL
        ) STRICT;
        CREATE TABLE tallies (
            prompt_id TEXT PRIMARY KEY, percent TEXT NOT NULL, interviews INTEGER
        ) STRICT;
        CREATE TABLE case_ratings (standard_id TEXT PRIMARY KEY, rating TEXT NOT NULL) STRICT;
        CREATE TABLE case_counts (
            standard_id TEXT NOT NULL, key_question TEXT NOT NULL, position INTEGER NOT NULL,
            sufficient INTEGER NOT NULL, cases INTEGER NOT NULL, PRIMARY KEY (standard_id, key_question)
        ) STRICT;
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, user TEXT NOT NULL, what TEXT NOT NULL,
            old TEXT, new TEXT, reason TEXT NOT NULL
        ) STRICT;
        -- The audit log is append-only: the database itself refuses to change or remove a row.
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """
    )


def _ratings_panel(db: Database) -> None:
    """Format 2: where each of the rating scheme's standards stands with the ratings panel, and the
    panel's challenges and comments."""
    db.executescript(
        """
        CREATE TABLE panel_decisions (
            standard_id TEXT PRIMARY KEY, state TEXT NOT NULL, agreed TEXT, reason TEXT NOT NULL
        ) STRICT;
        CREATE TABLE panel_comments (
            id TEXT PRIMARY KEY, position INTEGER NOT NULL, standard_id TEXT NOT NULL, kind TEXT NOT NULL,
            text TEXT NOT NULL, by_user TEXT NOT NULL, at TEXT
        ) STRICT;
        """
    )


def _team_week(db: Database) -> None:
    """Format 3, the fieldwork week as a team lives it: evidence supporting several prompts and citing a
    register of documents, standards assigned to team members, drafts of unsaved forms, and the computer's
    account kept beside the person's name in the audit log."""
    db.executescript(
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL, kind TEXT NOT NULL,
            received TEXT, supplied_by TEXT NOT NULL, file_path TEXT NOT NULL, sha256 TEXT NOT NULL
        ) STRICT;
        -- also: a JSON list of the other prompts an item supports besides prompt_id, where it was recorded.
        ALTER TABLE evidence ADD COLUMN also TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE evidence ADD COLUMN document_id TEXT;
        ALTER TABLE evidence ADD COLUMN page TEXT NOT NULL DEFAULT '';
        -- scope_id: a standard (1.2) or a key question (1.2.1); member: a name from the team.
        CREATE TABLE assignments (scope_id TEXT PRIMARY KEY, member TEXT NOT NULL) STRICT;
        -- Unsaved forms, kept so nothing typed is lost; not the record, so not audited.
        CREATE TABLE drafts (key TEXT PRIMARY KEY, fields TEXT NOT NULL, saved_at TEXT NOT NULL) STRICT;
        -- user is the person's name from the team; login the computer account, kept for accountability.
        ALTER TABLE audit ADD COLUMN login TEXT;
        """
    )


def _after_fieldwork(db: Database) -> None:
    """Format 4, after fieldwork (seed 003, the memorandum between HMIP, the YJB and MoJ): the lead's
    obligations marked done, the YJB's own labels for the YJS, the improvement plan and its follow-ups."""
    db.executescript(
        """
        -- obligation_id: an obligation of standards/after-fieldwork.yaml; done_by: a name from the team.
        CREATE TABLE obligations_met (
            obligation_id TEXT PRIMARY KEY, done_on TEXT NOT NULL, done_by TEXT NOT NULL, note TEXT NOT NULL
        ) STRICT;
        -- The YJB's labels as the YJB gives them, never an HMIP rating; '' is not known. Always one row.
        CREATE TABLE yjb_oversight (
            id INTEGER PRIMARY KEY CHECK (id = 1), priority_status TEXT NOT NULL, quadrant TEXT NOT NULL,
            as_of TEXT, recorded_by TEXT NOT NULL
        ) STRICT;
        INSERT INTO yjb_oversight (id, priority_status, quadrant, as_of, recorded_by) VALUES (1, '', '', NULL, '');
        CREATE TABLE improvement_plan (
            id INTEGER PRIMARY KEY CHECK (id = 1), received TEXT, recorded_by TEXT NOT NULL
        ) STRICT;
        INSERT INTO improvement_plan (id, received, recorded_by) VALUES (1, NULL, '');
        CREATE TABLE follow_ups (
            id TEXT PRIMARY KEY, position INTEGER NOT NULL, date TEXT NOT NULL, how TEXT NOT NULL,
            note TEXT NOT NULL, recorded_by TEXT NOT NULL
        ) STRICT;
        """
    )


# Append only. The position of a step is its schema version.
STEPS: tuple[Step, ...] = (_initial, _ratings_panel, _team_week, _after_fieldwork)


def schema_version() -> int:
    """The newest file format this version of the app reads and writes."""
    return len(STEPS)


def step_names(version: int) -> list[str]:
    """The names `_sqlite_migrations` records for steps 1..`version`."""
    return [f"{number:04d}{step.__name__}" for number, step in enumerate(STEPS[:version], start=1)]


def upgrade(db: Database, user: str, at: datetime, *, version: int | None = None) -> None:
    """Apply the steps the file lacks (up to `version`, by default all), each in its own transaction with
    its version (and, for an upgrade of an existing file, an audit row saying so)."""
    migrations = Migrations(MIGRATION_SET)
    # A new file gets every step at once: it was never in an older format, so nothing was upgraded.
    existing = db["meta"].exists()
    # Every step's name, of which the steps up to `version` take theirs.
    for number, (step, name) in enumerate(zip(STEPS[:version], step_names(len(STEPS)), strict=False), start=1):
        migrations(name=name)(_versioned(number, step, user, at, audited=existing))
    migrations.apply(db)


def _versioned(number: int, step: Step, user: str, at: datetime, *, audited: bool) -> Step:
    def apply(db: Database) -> None:
        step(db)
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)", [str(number)])
        if audited:
            db.execute(
                "INSERT INTO audit (at, user, what, old, new, reason) VALUES (?, ?, 'file format', ?, ?, ?)",
                [at.isoformat(), user, str(number - 1), str(number), "upgraded when opened by a newer app"],
            )

    apply.__name__ = step.__name__
    return apply
