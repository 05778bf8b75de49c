"""The inspection file: one SQLite file per inspection, one writer at a time, every edit committed at
once in its own transaction together with its audit rows. docs/data-model.md describes the file.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial
from glob import escape as glob_escape
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from sqlite_utils import Database

import inspector
from inspector import owner_only
from inspector.errors import UserError
from inspector.framework.model import Framework, Rating
from inspector.framework.rating_scheme import RatingScheme
from inspector.inspection.model import (
    Answer,
    Assignment,
    CaseCount,
    DiversityFinding,
    Document,
    Evidence,
    FollowUp,
    ImprovementPlan,
    Inspection,
    InspectionDetails,
    Interview,
    KeyQuestionAnswer,
    ObligationMet,
    PanelComment,
    PanelDecision,
    PromptJudgement,
    Recommendation,
    StandardProposal,
    Sufficiency,
    TalliedPercentage,
    YjbOversight,
)
from inspector.inspection.validation import FrameworkIds, cited, in_team, in_team_named, team_of
from inspector.store import audit, backups, reading
from inspector.store.audit import AuditEntry, Change
from inspector.store.connection import harden, unwritable
from inspector.store.errors import (
    AlreadyExists,
    BackupFailed,
    ChangedOutside,
    DamagedFile,
    InvalidEdit,
    NewerSchema,
    NotAnInspection,
    NotSaved,
    ReadOnly,
    ReadOnlyMedium,
    UnknownFramework,
)
from inspector.store.files import flush, publish
from inspector.store.integrity import connect_read_only, examine, kind_problem
from inspector.store.lock import WriterLock
from inspector.store.records import (
    ANSWERS,
    ASSIGNMENTS,
    CASE_COUNTS,
    CASE_RATINGS,
    DETAILS,
    DIVERSITY,
    DOCUMENTS,
    EVIDENCE,
    FOLLOW_UPS,
    IMPROVEMENT_PLAN,
    INTERVIEWS,
    JUDGEMENTS,
    KINDS,
    OBLIGATIONS_MET,
    PANEL_COMMENTS,
    PANEL_DECISIONS,
    PROPOSALS,
    RECOMMENDATIONS,
    TALLIES,
    YJB_OVERSIGHT,
    Kind,
    all_facts,
    parts,
)
from inspector.store.schema import schema_version, upgrade
from inspector.text import text_problem

T = TypeVar("T")
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


# SQLite result codes for a disk that refused a write, in the words the "not saved" message uses.
_WHY_NOT_SAVED = {
    "SQLITE_FULL": "the disk is full",
    "SQLITE_READONLY": "the disk or folder cannot be written to",
    "SQLITE_IOERR": "the disk could not be written to",
    "SQLITE_BUSY": "the file is busy",
    "SQLITE_CORRUPT": "the file is damaged",
}
# Why a new file could not be written (errno, SQLite result code), in the same words.
_FULL = (errno.ENOSPC, errno.EDQUOT)
_REFUSED = (errno.EROFS, errno.EACCES, errno.EPERM)
_PARTIAL = ".partial"


class InspectionFile:
    """An open inspection file. Use `create` or `open`, and `close` (or a `with` block) when done."""

    path: Path

    def __init__(
        self, path: Path, db: Database, framework: Framework, ids: FrameworkIds, user: str, *,
        lock: WriterLock | None, backup_folder: Path, clock: Clock, backup_every: timedelta,
    ) -> None:
        self.path = path
        self._db = db
        self._framework = framework
        self._ids = ids
        self._user = user
        self._lock = lock
        self._backup_folder = backup_folder
        self._clock = clock
        self._backup_every = backup_every
        self._last_backup: datetime | None = None
        # Why a file opened read-only could not have been opened for editing, for the window to say.
        self.read_only_reason: str | None = None
        # The snapshot read (and checked) at open with the file's data_version then: the first `snapshot()`
        # returns it if nothing has been written since, instead of reading the file again (70-100 ms at
        # ten times the demo's size).
        self._opened: tuple[int, Inspection] | None = None
        self._batch_depth = 0  # inside `transaction()`: edits join its one transaction
        self._batch_wrote = False

    # --- making and opening ------------------------------------------------------------------

    @classmethod
    def create(
        cls, path: Path, framework: Framework, details: InspectionDetails, user: str, *,
        rating_scheme: RatingScheme, backup_dir: Path | None = None,
        clock: Clock = utc_now, backup_every: timedelta = backups.EVERY,
    ) -> InspectionFile:
        """Make a new inspection file and open it for editing. An existing path is never overwritten.

        The file is built whole under a hidden temporary name and then put in place, so a refusal or
        a failure leaves nothing behind.
        """
        return cls._create(
            Path(path), framework, details, user, None, "", backup_dir=backup_dir, rating_scheme=rating_scheme,
            clock=clock, backup_every=backup_every,
        )

    @classmethod
    def _create(
        cls, path: Path, framework: Framework, details: InspectionDetails, user: str,
        inspection: Inspection | None, reason: str, *, backup_dir: Path | None, rating_scheme: RatingScheme,
        clock: Clock, backup_every: timedelta,
    ) -> InspectionFile:
        """`create`, loading `inspection` (when given) into the file before it is put in place.

        Everything is done to a hidden `.partial` beside the target: the skeleton, the load, and the first
        backup (so the backup holds what was just written, not the empty file before the load). Only then
        is the file published under its name; any refusal or failure before that removes the partial and
        any backup or backup folder it made, so no half-made file, lock or backup is left behind.
        """
        if path.exists() or path.is_symlink():
            raise AlreadyExists(path)
        if not path.parent.is_dir():
            raise UserError(f"{path} could not be created: the folder {path.parent} does not exist")
        ids = FrameworkIds.of(framework, rating_scheme)
        ids.details(details)
        if inspection is not None:
            ids.inspection(inspection, framework)
        folder = Path(backup_dir) if backup_dir else backups.default_folder(path)
        now = clock()
        _discard_stale_partials(path)
        partial = path.with_name(f".{path.name}.{os.getpid()}{_PARTIAL}")
        made: backups.Made | None = None
        try:
            partial.unlink(missing_ok=True)
            owner_only.create_file(partial)  # SQLite takes the empty file as a new database, and keeps its mode
            db = Database(sqlite3.connect(partial), execute_plugins=False)
            try:
                # The journal in memory: a partial is thrown away if anything fails, so a journal on the disk
                # would only be one more file for a kill -9 to leave behind.
                db.execute("PRAGMA journal_mode = MEMORY")
                upgrade(db, user, now)
                with db.atomic():
                    db.table("meta").insert_all(
                        {"key": key, "value": value}
                        for key, value in {
                            "app_version": inspector.__version__, "framework_id": framework.id,
                            "framework_version": framework.version, "inspection_id": details.id,
                            "created_at": now.isoformat(), "created_by": user,
                        }.items()
                    )
                    db.table("details").insert(DETAILS.to_row(details))
                    db.table("diversity").insert(DIVERSITY.to_row(DiversityFinding()))
                    created = Change("inspection file", None, f"created with {framework.id} {framework.version}")
                    audit.record(db, [created, *audit.changes({}, DETAILS.facts(details))], user, now, "")
                    if inspection is not None:
                        building = cls(
                            partial, db, framework, ids, user, lock=None, backup_folder=folder, clock=clock,
                            backup_every=backup_every,
                        )
                        building._write_all(inspection, reason, now)
                try:
                    made = backups.write_new(db, folder, path.stem, now, audit.count(db))
                except (OSError, sqlite3.Error) as exc:
                    why = _why_not_written(exc, folder)
                    raise UserError(f"{path} could not be created: its first backup could not be written "
                                    f"({why}); nothing was written") from None
            finally:
                db.close()
            flush(partial)
            try:
                publish(partial, path)
            except FileExistsError:
                raise AlreadyExists(path) from None  # made meanwhile by someone else: theirs stays
        except (OSError, sqlite3.Error) as exc:
            backups.undo(made)
            why = _why_not_written(exc, path.parent)
            raise UserError(f"{path} could not be created: {why}; nothing was written") from None
        except BaseException:
            backups.undo(made)
            raise
        finally:
            _discard(partial)
        return cls.open(
            path, framework, user, backup_dir=backup_dir, rating_scheme=rating_scheme, clock=clock,
            backup_every=backup_every,
        )

    @classmethod
    def open(
        cls, path: Path, framework: Framework, user: str, *, rating_scheme: RatingScheme, read_only: bool = False,
        accept_changed: bool = False, backup_dir: Path | None = None,
        clock: Clock = utc_now, backup_every: timedelta = backups.EVERY,
    ) -> InspectionFile:
        """Open for editing (taking the writer's lock) or `read_only` (no lock, no writes at all).

        Checks, in order: that it is an inspection file, that it can be written where it is (for
        editing), the lock, its integrity (read-only, so a damaged file is never changed), that its
        schema is the app's (`ChangedOutside`), the file format, the framework it was made with, and
        every record in it (`DamagedFile` for one the app could not have written). `accept_changed`
        opens, read-only, a file whose schema was changed in a way that leaves what a read shows as
        stored (the window's offer); anything else changed is refused however it is opened.
        """
        path = Path(path)
        folder = Path(backup_dir) if backup_dir else backups.default_folder(path)
        problem = kind_problem(path)
        if problem:
            # A file with its own backups was an inspection file: its header is what is damaged.
            good = backups.newest_good_of(path, folder) if path.is_file() else None
            raise DamagedFile(path, problem, good) if good else NotAnInspection(path, problem)
        medium = unwritable(path)
        if medium and not read_only:
            raise ReadOnlyMedium(path, medium)
        lock = None if read_only else WriterLock.acquire(path, user, clock())
        try:
            found = examine(path)
            if found.damage:
                raise DamagedFile(path, found.damage, backups.newest_good_of(path, folder))
            changed = found.changes[0] if found.changes else None  # those that forbid reading come first
            if changed and not (read_only and accept_changed and changed.readable):
                raise ChangedOutside(path, changed.what, readable=changed.readable)
            db = _connect(path, read_only)
            opened = cls(
                path, db, framework, FrameworkIds.of(framework, rating_scheme), user, lock=lock,
                backup_folder=folder, clock=clock, backup_every=backup_every,
            )
            if read_only:
                changed_why = f"changed outside YJS Inspector: {changed.what}" if changed else None
                opened.read_only_reason = medium or changed_why
            try:
                opened._check_and_upgrade(read_only)
            except BaseException:
                opened._db.close()  # the file's, or the in-memory copy that replaced it
                raise
        except BaseException:
            if lock:
                lock.release()
            raise
        return opened

    def _check_and_upgrade(self, read_only: bool) -> None:
        meta = dict(self._db.execute("SELECT key, value FROM meta").fetchall())
        version = int(meta["schema_version"])
        if version > schema_version():
            raise NewerSchema(self.path, version, schema_version(), f"app {meta['app_version']}")
        made_with = (meta["framework_id"], meta["framework_version"])
        if made_with != (self._framework.id, self._framework.version):
            raise UnknownFramework(
                self.path, " ".join(made_with), f"{self._framework.id} {self._framework.version}"
            )
        if version < schema_version():
            if read_only:
                # Never write to a file opened read-only: bring a copy in memory up to date instead.
                memory = harden(sqlite3.connect(":memory:", check_same_thread=False))
                self._db.conn.backup(memory)
                self._db.close()
                self._db = Database(memory, execute_plugins=False)
            else:
                self._backup(edit_saved=False)  # the state before the upgrade, in the old format
            upgrade(self._db, self._user, self._clock())
        # Every record read and checked now, before a backup is taken of it: a row the app could not have
        # written is refused at open (and never put into a backup), not met later as a fault.
        self._opened = (self._data_version(), self.snapshot())
        if not read_only:
            self._backup_at_open()

    def act_as(self, person: str) -> None:
        """Record every later change under `person`, who must be the lead inspector or in the team (the window's
        "who is recording" changed on a shared laptop)."""
        details = reading.every_record(self._db, DETAILS, self._ids)[0]
        if person not in team_of(details):
            raise InvalidEdit("who is recording", "is not the lead inspector or a member of the team")
        self._user = person

    def close(self) -> None:
        self._db.close()
        if self._lock:
            self._lock.release()

    def __enter__(self) -> InspectionFile:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    # --- reading -----------------------------------------------------------------------------

    def snapshot(self) -> Inspection:
        """Everything recorded, read in one transaction so it is consistent. Records added by the
        team keep the order they were added in; judgements, answers, proposals, tallies, case
        ratings and the ratings panel's decisions come in framework (rating scheme) order."""
        opened, self._opened = self._opened, None
        if opened and opened[0] == self._data_version():
            return opened[1]
        order = {
            JUDGEMENTS: self._ids.prompts, ANSWERS: self._ids.key_questions, PROPOSALS: self._ids.standards,
            TALLIES: self._ids.prompts, CASE_RATINGS: self._ids.case_data_standards,
            PANEL_DECISIONS: self._ids.scheme_standards, ASSIGNMENTS: self._ids.scopes,
        }
        with self._db.atomic():
            meta = dict(self._db.execute("SELECT key, value FROM meta").fetchall())
            read = {kind: self._checked(partial(reading.every_record, self._db, kind, self._ids)) for kind in KINDS}
        fields: dict[str, Any] = {}
        for kind, records in read.items():
            if kind.single:
                fields[kind.attribute] = records[0]
            elif kind in order:
                place = order[kind]
                fields[kind.attribute] = tuple(
                    sorted(records, key=lambda r: place.get(kind.key_of(r)[0], len(place)))
                )
            else:
                fields[kind.attribute] = tuple(records)
        return Inspection(framework_id=meta["framework_id"], framework_version=meta["framework_version"], **fields)

    def _data_version(self) -> int:
        """Changes when another connection commits to the file (this one's own writes clear `_opened`)."""
        return int(self._db.execute("PRAGMA data_version").fetchone()[0])

    def audit(self, since: int = 0) -> list[AuditEntry]:
        """The audit log, oldest first; only the rows after the one with id `since` when given."""
        return self._checked(lambda: audit.entries(self._db, since))

    def _checked(self, read: Callable[[], T]) -> T:
        """`read()`, a row the app could not have written found by it reported as damage to the file."""
        try:
            return read()
        except reading.Unreadable as exc:
            raise DamagedFile(self.path, str(exc), backups.newest_good_of(self.path, self._backup_folder)) from None

    # --- edits -------------------------------------------------------------------------------

    def set_details(self, details: InspectionDetails, reason: str = "") -> None:
        self._ids.details(details)
        same = _same_inspection(details)

        def make(old: InspectionDetails | None) -> InspectionDetails:
            # Work assigned to someone stays theirs until it is assigned again: the team keeps them.
            team = team_of(details)
            for assignment in reading.records(self._db, ASSIGNMENTS, self._ids):
                if assignment.member not in team:
                    raise InvalidEdit(
                        "team", f"{assignment.scope_id} is assigned to a member left out; assign it again first"
                    )
            return same(old)

        self._put(DETAILS, (), make, reason)

    def set_recommendation(self, recommendation: Recommendation, reason: str = "") -> None:
        """Add the recommendation, or replace the one with the same id (keeping its place)."""
        self._ids.recommendation(recommendation)
        self._put(RECOMMENDATIONS, (recommendation.id,), lambda old: recommendation, reason)

    def delete_recommendation(self, recommendation_id: str, reason: str = "") -> None:
        self._put(RECOMMENDATIONS, (recommendation_id,), _existing("recommendation", recommendation_id, None), reason)

    def order_recommendations(self, ids: Sequence[str], reason: str = "") -> None:
        """Put the recommendations in this order (every one, each once) in one transaction, so a move
        never leaves the file with a recommendation out; audited as the old numbers in their new order."""
        with self._saving() as now:
            held = [row["id"] for row in self._db.query("SELECT id FROM recommendations ORDER BY position")]
            if sorted(held) != sorted(ids) or len(set(ids)) != len(ids):
                raise InvalidEdit("recommendations order", "the new order must list every recommendation once")
            if list(ids) == held:
                return
            for position, record_id in enumerate(ids, start=1):
                self._db.execute("UPDATE recommendations SET position = ? WHERE id = ?", [position, record_id])
            number = {record_id: str(n) for n, record_id in enumerate(held, start=1)}
            change = audit.Change(
                "recommendations order", ", ".join(number[i] for i in held), ", ".join(number[i] for i in ids)
            )
            audit.record(self._db, [change], self._user, now, reason)
        self._after_edit()

    def set_sufficiency(self, prompt_id: str, sufficiency: Sufficiency | None, reason: str = "") -> None:
        self._set_judgement(prompt_id, reason, sufficiency=sufficiency)

    def set_decisive(self, prompt_id: str, decisive: bool, reason: str = "") -> None:
        self._set_judgement(prompt_id, reason, decisive=decisive)

    def _set_judgement(self, prompt_id: str, reason: str, **change: Any) -> None:
        self._ids.judgement(replace(PromptJudgement(prompt_id), **change))  # checks the prompt id too
        self._put(JUDGEMENTS, (prompt_id,), lambda old: replace(old or PromptJudgement(prompt_id), **change), reason)

    def add_evidence(self, evidence: Evidence, reason: str = "") -> None:
        self._ids.evidence(evidence)
        self._put(EVIDENCE, (evidence.id,), self._citing(_absent("evidence", evidence.id, evidence)), reason)

    def update_evidence(self, evidence: Evidence, reason: str = "") -> None:
        self._ids.evidence(evidence)
        self._put(EVIDENCE, (evidence.id,), self._citing(_existing("evidence", evidence.id, evidence)), reason)

    def _citing(
        self, make: Callable[[Evidence | None], Evidence | None],
    ) -> Callable[[Evidence | None], Evidence | None]:
        """`make`, the document its item cites checked against the register in the edit's transaction."""

        def checked(old: Evidence | None) -> Evidence | None:
            new = make(old)
            if new is not None and new.document_id is not None:
                entry = self._get(DOCUMENTS, (new.document_id,))  # the one entry, not the whole register
                cited(new, {entry.id} if entry else set())
            return new

        return checked

    def set_document(self, document: Document, reason: str = "") -> None:
        """Add an entry to the register of documents, or replace the one with the same id (keeping its place)."""
        self._ids.document(document)
        self._put(DOCUMENTS, (document.id,), lambda old: document, reason)

    def delete_document(self, document_id: str, reason: str = "") -> None:
        """Remove an entry from the register; one that evidence cites stays until nothing cites it."""

        def make(old: Document | None) -> None:
            must_exist: Callable[[Document | None], Document | None] = _existing("document", document_id, None)
            must_exist(old)
            (citing,) = self._db.execute(
                "SELECT count(*) FROM evidence WHERE document_id = ?", [document_id]).fetchone()
            if citing:
                raise InvalidEdit("document", f"{citing} evidence item(s) cite it; change what they cite first")

        self._put(DOCUMENTS, (document_id,), make, reason)

    def set_assignment(self, scope_id: str, member: str | None, reason: str = "") -> None:
        """Assign a standard or key question to a member of the team (None: to nobody)."""
        new = Assignment(scope_id, member) if member is not None else None
        self._ids.scope("assignment", scope_id)
        if new is not None:
            self._ids.assignment(new)

        def make(old: Assignment | None) -> Assignment | None:
            if new is not None:
                details = reading.every_record(self._db, DETAILS, self._ids)[0]
                in_team(new, team_of(details))
            return new

        self._put(ASSIGNMENTS, (scope_id,), make, reason)

    def delete_evidence(self, evidence_id: str, reason: str = "") -> None:
        self._put(EVIDENCE, (evidence_id,), _existing("evidence", evidence_id, None), reason)

    def set_answer(self, key_question_id: str, answer: Answer | None, rationale: str, reason: str = "") -> None:
        new = KeyQuestionAnswer(key_question_id, answer, rationale)
        self._ids.answer(new)
        self._put(ANSWERS, (key_question_id,), lambda old: new, reason)

    def set_proposal(self, standard_id: str, proposed: Rating | None, rationale: str, reason: str = "") -> None:
        new = StandardProposal(standard_id, proposed, rationale)
        self._ids.proposal(new)
        self._put(PROPOSALS, (standard_id,), lambda old: new, reason)

    def set_diversity(self, finding: DiversityFinding, reason: str = "") -> None:
        self._ids.diversity(finding)
        self._put(DIVERSITY, (1,), lambda old: finding, reason)

    def add_interview(self, interview: Interview, reason: str = "") -> None:
        self._ids.interview(interview)
        self._put(INTERVIEWS, (interview.id,), _absent("interview", interview.id, interview), reason)

    def update_interview(self, interview: Interview, reason: str = "") -> None:
        self._ids.interview(interview)
        self._put(INTERVIEWS, (interview.id,), _existing("interview", interview.id, interview), reason)

    def delete_interview(self, interview_id: str, reason: str = "") -> None:
        self._put(INTERVIEWS, (interview_id,), _existing("interview", interview_id, None), reason)

    def set_tally(self, prompt_id: str, tally: TalliedPercentage | None, reason: str = "") -> None:
        """Set (or with None clear) a prompt's tallied interview percentage."""
        self._ids.prompt("tally prompt id", prompt_id)
        if tally is not None:
            self._ids.tally(tally)
            if tally.prompt_id != prompt_id:
                raise InvalidEdit("tally prompt id", f"the tally is for {tally.prompt_id}, not {prompt_id}")
        self._put(TALLIES, (prompt_id,), lambda old: tally, reason)

    def set_case_rating(self, standard_id: str, rating: Rating | None, reason: str = "") -> None:
        """Set (or with None clear) a case-data standard's rating entered directly."""
        self._ids.case_data_standard("case-data rating standard id", standard_id)
        if rating is not None:
            self._ids.case_rating(standard_id, rating)
        new = (standard_id, rating) if rating is not None else None
        self._put(CASE_RATINGS, (standard_id,), lambda old: new, reason)

    def set_case_count(self, count: CaseCount, reason: str = "") -> None:
        """Add the count, or replace the one for the same standard and key question (keeping its place)."""
        self._ids.case_count(count)
        self._put(CASE_COUNTS, (count.standard_id, count.key_question), lambda old: count, reason)

    def delete_case_count(self, standard_id: str, key_question: str, reason: str = "") -> None:
        self._ids.case_data_standard("case count standard id", standard_id)
        what = f"case count for {standard_id} {key_question!r}"
        self._put(CASE_COUNTS, (standard_id, key_question), _existing(what, None, None), reason)

    def set_panel_decision(self, decision: PanelDecision, reason: str = "") -> None:
        """Where a standard stands with the ratings panel; a decision back in draft (with no reason)
        removes the record. The store checks the values only: which moves are allowed (draft ->
        proposed -> agreed, reopening) is the rules' (inspector.rules.panel.transition_refusal)."""
        self._ids.panel_decision(decision)
        self._put(PANEL_DECISIONS, (decision.standard_id,), lambda old: decision, reason)

    def add_panel_comment(self, comment: PanelComment, reason: str = "") -> None:
        """Add a ratings panel challenge or comment (last, in the order added)."""
        self._ids.panel_comment(comment)
        self._put(PANEL_COMMENTS, (comment.id,), _absent("ratings panel comment", comment.id, comment), reason)

    def delete_panel_comment(self, comment_id: str, reason: str = "") -> None:
        self._put(PANEL_COMMENTS, (comment_id,), _existing("ratings panel comment", comment_id, None), reason)

    # --- after fieldwork: the lead's obligations, the YJB's labels, the improvement plan -------------

    def set_obligation_met(self, obligation_id: str, met: ObligationMet | None, reason: str = "") -> None:
        """Mark an obligation after fieldwork done (on a day, by a team member), or with None not done."""
        if met is not None:
            self._ids.obligation_met(met)
            if met.obligation_id != obligation_id:
                raise InvalidEdit("obligation id", f"the record is for {met.obligation_id}, not {obligation_id}")
        else:
            self._ids.obligation_id(obligation_id)
        self._put(OBLIGATIONS_MET, (obligation_id,), self._by_team(lambda old: met, lambda m: (
            f"{m.obligation_id} done by", m.done_by)), reason)

    def set_yjb_oversight(self, oversight: YjbOversight, reason: str = "") -> None:
        """The YJB's own labels for the YJS (its priority status and performance quadrant)."""
        self._ids.yjb_oversight(oversight)
        self._put(YJB_OVERSIGHT, (1,), self._by_team(lambda old: oversight, lambda y: (
            "YJB oversight recorded by", y.recorded_by)), reason)

    def set_improvement_plan(self, plan: ImprovementPlan, reason: str = "") -> None:
        self._ids.improvement_plan(plan)
        self._put(IMPROVEMENT_PLAN, (1,), self._by_team(lambda old: plan, lambda p: (
            "improvement plan recorded by", p.recorded_by)), reason)

    def set_follow_up(self, follow_up: FollowUp, reason: str = "") -> None:
        """Add a follow-up of the improvement plan, or replace the one with the same id (keeping its place)."""
        self._ids.follow_up(follow_up)
        self._put(FOLLOW_UPS, (follow_up.id,), self._by_team(lambda old: follow_up, lambda f: (
            "follow-up recorded by", f.recorded_by)), reason)

    def delete_follow_up(self, follow_up_id: str, reason: str = "") -> None:
        self._put(FOLLOW_UPS, (follow_up_id,), _existing("follow-up", follow_up_id, None), reason)

    def _by_team(self, make: Callable[[T | None], T | None], named: Callable[[T], tuple[str, str]]) -> Callable[
            [T | None], T | None]:
        """`make`, the name the new record gives checked against the team in the edit's transaction."""

        def checked(old: T | None) -> T | None:
            new = make(old)
            if new is not None:
                details = reading.every_record(self._db, DETAILS, self._ids)[0]
                in_team_named(*named(new), team_of(details))
            return new

        return checked

    # --- drafts: unsaved forms, kept so nothing typed is lost -----------------------------------

    def save_draft(self, key: str, fields: dict[str, str]) -> None:
        """Keep an unsaved form's fields under `key` (the form's own name, such as "evidence:1.2.1a"),
        committed at once so a crash loses nothing typed. A draft is not the record: no audit row, no
        backup, and nobody else sees it (exchange files leave drafts out)."""
        for name, value in fields.items():
            problem = text_problem(value) if isinstance(value, str) else "must be text"
            if problem or not isinstance(name, str):
                raise InvalidEdit(f"draft {key} {name}", problem or "must be named by text")
        text = json.dumps(fields, ensure_ascii=False)
        with self._saving() as now:
            self._db.execute(
                "INSERT OR REPLACE INTO drafts (key, fields, saved_at) VALUES (?, ?, ?)", [key, text, now.isoformat()]
            )

    def discard_draft(self, key: str) -> None:
        with self._saving():
            self._db.execute("DELETE FROM drafts WHERE key = ?", [key])

    def drafts(self) -> dict[str, dict[str, str]]:
        """Every kept draft by key; one the app could not have written is reported as damage to the file."""
        return self._checked(lambda: _drafts_in(self._db))

    def replace_all(self, inspection: Inspection, reason: str) -> None:
        """Load a whole inspection (an import) in one transaction, with an audit row for every value
        that differs from what the file held. Records at their defaults are not stored; an inspection
        whose values all equal the file's (order aside) changes nothing."""
        self._ids.inspection(inspection, self._framework)
        self._load(inspection, reason)

    def _load(self, inspection: Inspection, reason: str) -> None:
        """`replace_all` for an inspection that has passed its checks."""
        with self._saving() as now:
            if not self._write_all(inspection, reason, now):
                return
        self._after_edit()

    def _write_all(self, inspection: Inspection, reason: str, now: datetime) -> bool:
        """Rewrite every table to hold `inspection`, with its audit rows, inside the caller's transaction;
        whether anything changed."""
        before = self.snapshot()
        _same_inspection(inspection.details)(before.details)
        found = audit.changes(all_facts(before), all_facts(inspection))
        if not found:
            return False
        for kind, records in parts(inspection):
            self._db.execute(f"DELETE FROM {kind.table}")
            rows = [kind.to_row(record) for record in records if not kind.blank(record)]
            if kind.positioned:  # the table is empty now: the records' own order is their place
                for position, row in enumerate(rows, start=1):
                    row["position"] = position
            self._db.table(kind.table).insert_all(rows)
        audit.record(self._db, found, self._user, now, reason)
        return True

    # --- backups -----------------------------------------------------------------------------

    def backup_now(self) -> Path:
        """Write a backup of the file as it is now (rotating out all but the newest 10)."""
        return self._backup(edit_saved=False)

    def _backup(self, *, edit_saved: bool) -> Path:
        now = self._clock()
        try:
            written = backups.write(self._db, self._backup_folder, self.path.stem, now, audit.count(self._db))
        except (OSError, sqlite3.Error) as exc:
            why = getattr(exc, "strerror", None) or str(exc)
            raise BackupFailed(self._backup_folder, why, edit_saved=edit_saved) from None
        self._last_backup = now
        return written

    def _backup_at_open(self) -> None:
        """Back up at every open, unless the newest backup already holds this very state."""
        backups.clean_interrupted(self._backup_folder, self.path.stem)
        newest = backups.backups(self._backup_folder, self.path.stem)[:1]
        if newest and newest[0].state == audit.count(self._db):
            self._last_backup = self._clock()
        else:
            self._backup(edit_saved=False)

    def _after_edit(self) -> None:
        """At most one backup every `backup_every`, taken after the edit that falls due; inside
        `transaction()` none until it has committed (a backup holds committed states only)."""
        if self._batch_depth:
            self._batch_wrote = True
            return
        if self._last_backup is None or self._clock() - self._last_backup >= self._backup_every:
            self._backup(edit_saved=True)

    # --- the one way an edit is written ------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Several edits as one (a merge): every edit made in the block joins one transaction, committed
        with all their audit rows when the block ends, or, if any edit is refused or fails (or the block
        raises), rolled back whole, so the file is as it was. Each edit keeps its own checks and audit rows.
        When anything was written, one backup of the result is taken at the end, whatever the interval:
        the first backup after a merge holds what the merge brought in."""
        outermost = self._batch_depth == 0
        if outermost:
            self._batch_wrote = False
        self._batch_depth += 1
        try:
            with self._saving():
                yield
        finally:
            self._batch_depth -= 1
        if outermost and self._batch_wrote:
            self._batch_wrote = False
            self._backup(edit_saved=True)

    @contextmanager
    def _saving(self) -> Iterator[datetime]:
        """One transaction; a disk that refuses it rolls it back and says the edit was not saved."""
        if self._lock is None:
            raise ReadOnly(self.path, "is open read-only; open it for editing to change it")
        self._opened = None  # about to write: the snapshot kept from the open may no longer hold
        try:
            with self._db.atomic():
                yield self._clock()
        except (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError):
            raise  # a broken rule of the schema, or a closed file: a fault in this program, not the disk's
        except sqlite3.DatabaseError as exc:
            name = getattr(exc, "sqlite_errorname", "")
            why = next((text for code, text in _WHY_NOT_SAVED.items() if name.startswith(code)), str(exc))
            raise NotSaved(self.path, why) from None

    def _put(self, kind: Kind[T], key: tuple[Any, ...], make: Callable[[T | None], T | None], reason: str) -> None:
        """Read the record, make its new value (None: remove it), and if anything an inspector would
        see has changed, write it with its audit rows in one transaction."""
        with self._saving() as now:
            old = self._get(kind, key)
            new = make(old)
            if new is not None and kind.blank(new):
                new = None
            found = audit.changes(
                kind.facts(old) if old is not None else {}, kind.facts(new) if new is not None else {}
            )
            if not found:
                return
            if old is not None and new is not None:
                row = kind.to_row(new)
                assignments = ", ".join(f"{column} = :{column}" for column in row)
                self._db.execute(f"UPDATE {kind.table} SET {assignments} WHERE {_where(kind)}", row)
            elif old is not None:
                self._db.execute(f"DELETE FROM {kind.table} WHERE {_where(kind)}", kind.to_row(old))
            elif new is not None:
                self._insert(kind, new)
            audit.record(self._db, found, self._user, now, reason)
        self._after_edit()

    def _insert(self, kind: Kind[T], record: T) -> None:
        row = kind.to_row(record)
        if kind.positioned:
            (last,) = self._db.execute(f"SELECT coalesce(max(position), 0) FROM {kind.table}").fetchone()
            row["position"] = last + 1
        self._db.table(kind.table).insert(row)

    def _get(self, kind: Kind[T], key: tuple[Any, ...]) -> T | None:
        """The record with this key; an empty key reads a single-record table (details)."""
        where = f" WHERE {_where(kind)}" if key else ""
        values = dict(zip(kind.key, key, strict=True)) if key else {}
        found = self._checked(lambda: reading.records(self._db, kind, self._ids, where, values))
        return found[0] if found else None


def create_holding(
    path: Path, framework: Framework, inspection: Inspection, user: str, reason: str, *,
    rating_scheme: RatingScheme, backup_dir: Path | None = None,
) -> None:
    """Make a new inspection file holding the whole `inspection` (an import), with an audit row for
    every value, each carrying `reason`. An existing path is never overwritten.

    The inspection is checked whole, then loaded into the hidden partial file and backed up before the
    file is put in place, so a refusal or a failure mid-load leaves nothing behind, and the first backup
    holds the inspection, not the empty file it was loaded into.
    """
    InspectionFile._create(
        Path(path), framework, inspection.details, user, inspection, reason, backup_dir=backup_dir,
        rating_scheme=rating_scheme, clock=utc_now, backup_every=backups.EVERY,
    ).close()


def _why_not_written(exc: OSError | sqlite3.Error, folder: Path) -> str:
    """A failed write in the user's words: the disk full or the folder read-only, else the system's."""
    name = getattr(exc, "sqlite_errorname", "")
    number = exc.errno if isinstance(exc, OSError) else None
    if number in _FULL or name.startswith("SQLITE_FULL"):
        return "the disk is full"
    if number in _REFUSED or name.startswith(("SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_PERM")):
        return f"the folder {folder} cannot be written to"
    why = next((text for code, text in _WHY_NOT_SAVED.items() if name.startswith(code)), None)
    return why or getattr(exc, "strerror", None) or str(exc)


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):  # a folder that refused the file may refuse this too
        path.unlink(missing_ok=True)


def _discard_stale_partials(target: Path) -> None:
    """Remove the partial files a killed `create` of `target` left (named with its process id): their
    process is gone, so nobody will finish them. A partial of a process still running is left alone."""
    pattern = re.compile(rf"\.{re.escape(target.name)}\.(\d+){re.escape(_PARTIAL)}")
    for found in target.parent.glob(f".{glob_escape(target.name)}.*{_PARTIAL}"):
        match = pattern.fullmatch(found.name)
        if match and not _running(int(match[1])):
            _discard(found)


def _running(pid: int) -> bool:
    """Whether process `pid` runs on this computer (a partial on a shared drive may be another computer's:
    it is then removed only if the same number is free here, and its maker fails one line at publishing)."""
    if os.name == "nt":
        return True  # os.kill(pid, 0) would end the process on Windows: leave such partials be
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def _where(kind: Kind[Any]) -> str:
    """Matches a row on its key, with the key columns as named parameters."""
    return " AND ".join(f"{column} = :{column}" for column in kind.key)


def _same_inspection(new: InspectionDetails) -> Callable[[InspectionDetails | None], InspectionDetails]:
    """A file holds one inspection for good: its details may change, never its id (the id is how a
    team member's file is matched to the lead's)."""

    def make(old: InspectionDetails | None) -> InspectionDetails:
        if old is None or old.id != new.id:
            here = old.id if old else "none"
            raise InvalidEdit("inspection id", f"{new.id!r} is not this file's inspection ({here})")
        return new

    return make


def _absent(label: str, record_id: str, new: T) -> Callable[[T | None], T]:
    def make(old: T | None) -> T:
        if old is not None:
            raise InvalidEdit(f"{label} id", f"{record_id!r} is already recorded; update it instead")
        return new

    return make


def _existing(label: str, record_id: str | None, new: T | None) -> Callable[[T | None], T | None]:
    def make(old: T | None) -> T | None:
        if old is None:
            named = f" {record_id!r}" if record_id else ""
            raise InvalidEdit(f"{label} id" if record_id else label, f"there is no {label}{named} in this file")
        return new

    return make


def _drafts_in(db: Database) -> dict[str, dict[str, str]]:
    with reading.decoding(db, "drafts"):
        rows = db.execute("SELECT key, fields FROM drafts ORDER BY key").fetchall()
    found = {}
    for number, (key, text) in enumerate(rows, start=1):
        try:
            fields = json.loads(text)
        except (TypeError, ValueError):
            fields = None
        if not (isinstance(key, str) and isinstance(fields, dict) and all(isinstance(v, str) for v in fields.values())):
            raise reading.Unreadable(f"drafts row number {number}: not a draft the app could have written")
        found[key] = fields
    return found


def _connect(path: Path, read_only: bool) -> Database:
    if read_only:
        db = Database(connect_read_only(path), execute_plugins=False)
        db.execute("PRAGMA query_only = ON")
        return db
    db = Database(harden(sqlite3.connect(path, check_same_thread=False)), execute_plugins=False)
    try:
        # WAL: a reader (`inspector audit`, a read-only window) never blocks the writer. FULL: every
        # commit is on the disk before the edit returns, so a power cut loses no saved edit.
        db.enable_wal()
        db.execute("PRAGMA synchronous = FULL")
    except sqlite3.OperationalError as exc:
        db.close()
        raise ReadOnly(path, f"cannot be opened for editing ({exc}); open it read-only") from None
    return db

