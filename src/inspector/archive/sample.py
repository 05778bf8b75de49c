"""Sample data for the HMIP-wide archive: fictional inspections made from the demo's shape (issue 16 item 5),
for the archive's tests and its benchmark.

Deterministic: one `random.Random(seed)` draws everything, ids included, so the same count and seed give the
same inspections and `write_exchange` the same bytes. Each inspection is the demo's (its framework, prompts,
evidence, documents, interviews), re-dated to its own fieldwork week over six years (2021 to 2026) for an
invented YJS in England or Wales, with judgements, answers, proposals, case data, recommendations, the ratings
panel's decisions and what was recorded after fieldwork drawn afresh around a rating the inspection is aimed
at. Where the tool derives something the sample follows the rules engine: every key question's answer is the
balance's suggestion unless it gives a rationale, every proposal the default unless it gives one, no proposal
or agreed rating breaks a decision rule (`evaluate` is asked), and the overall rating is the engine's.

Some services are inspected again two and a half years or more after their first inspection (a newer
inspection, with its own id, of the same YJS), and some inspections are exported twice: first when put to the
ratings panel, then with the panel's decisions and the record after fieldwork, so that an archive can show a
newer export of an inspection replacing its older one.
"""

from __future__ import annotations

import dataclasses
import functools
import random
import re
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from inspector import atomic, owner_only
from inspector.after_fieldwork.obligations import obligation_statuses
from inspector.archive import sample_text as words
from inspector.content import Content
from inspector.demo import load_demo
from inspector.errors import UserError
from inspector.exchange.codec import write_exchange
from inspector.exchange.files import EXCHANGE_SUFFIX
from inspector.exchange.sealed import SEALED_SUFFIX, seal
from inspector.framework.model import RATING_ORDER, KeyQuestion, Rating, Standard
from inspector.inspection.model import (
    Answer,
    CaseCount,
    CommentKind,
    DiversityFinding,
    EvidenceTag,
    FollowUp,
    ImprovementPlan,
    Inspection,
    InspectionDetails,
    Interview,
    InterviewAnswer,
    InterviewResponse,
    KeyQuestionAnswer,
    Nation,
    ObligationMet,
    PanelComment,
    PanelDecision,
    PanelState,
    PromptJudgement,
    Recommendation,
    StandardProposal,
    Sufficiency,
    TalliedPercentage,
    YjbOversight,
)
from inspector.rules.evaluate import Evaluation, evaluate
from inspector.rules.findings import FindingKind
from inspector.rules.ratings import RESETTLEMENT, proposed_ratings

COUNT = 150
SEED = 16  # issue 16
MAX_COUNT = 3000  # fewer than the invented English places, so a new service always has a place
FIRST_MONDAY = date(2021, 1, 4)
LAST_MONDAY = date(2026, 9, 28)
# The day the sample stands at: nothing after fieldwork is dated later, so the latest inspections are still
# waiting for their improvement plans.
AS_OF = date(2026, 11, 30)
REINSPECTED_AFTER = timedelta(days=913)  # two and a half years
REINSPECTED = 0.4  # the chance that a fieldwork week goes to a service due for re-inspection
EXPORTED_TWICE = 0.1
WALES = 0.12  # about the share of youth justice services that are in Wales
CONCERN = (Rating.REQUIRES_IMPROVEMENT, Rating.INADEQUATE)
# The rating a new service's inspection is aimed at: Outstanding, Good, Requires improvement, Inadequate.
AIMS = (0.14, 0.44, 0.28, 0.14)
# A key question answered 'no', by the rating its standard is aimed at.
NO_CHANCE = {Rating.OUTSTANDING: 0.0, Rating.GOOD: 0.08, Rating.REQUIRES_IMPROVEMENT: 0.4, Rating.INADEQUATE: 0.8}
INTERVIEW_YES = {Rating.OUTSTANDING: 0.88, Rating.GOOD: 0.74, Rating.REQUIRES_IMPROVEMENT: 0.56,
                 Rating.INADEQUATE: 0.4}
# The lowest key question's share of cases judged sufficient, in per cent, that gives each case-data rating
# (rating-scheme.yaml's case_data_bands: under 50, 50-64, 65-79, 80 and over).
CASE_SHARE = {Rating.OUTSTANDING: (80, 100), Rating.GOOD: (65, 79), Rating.REQUIRES_IMPROVEMENT: (50, 64),
              Rating.INADEQUATE: (30, 49)}
CASE_QUESTIONS = ("Desistance", "Keeping the child safe", "Keeping other people safe")
DEMO_PLACE = "Northmoor"
PANEL_AFTER = timedelta(days=17)  # the ratings panel meets about two and a half weeks after fieldwork


@dataclass(frozen=True)
class Service:
    place: str
    nation: Nation

    @property
    def name(self) -> str:
        return words.service_name(self.place)


@dataclass(frozen=True)
class Visit:
    """One inspection planned: which service, which week, the rating it is aimed at."""

    number: int  # from 1, in fieldwork order
    service: Service
    start: date
    aim: Rating
    next_start: date | None  # the service's re-inspection, after which this inspection's follow-ups stop


@dataclass(frozen=True)
class SampleExport:
    """One exchange file of the sample: the inspection as exported on a day."""

    inspection: Inspection
    exported_on: date
    replaced: bool  # a newer export of the same inspection is in the sample

    @property
    def name(self) -> str:
        """The file's name without its ending: the day exported and the service, so that a folder listed by
        name is in the order the exports were made."""
        place = re.sub(r"[^a-z0-9]+", "-", self.inspection.details.yjs.lower()).strip("-")
        return f"{self.exported_on.isoformat()}-{place}"


def sample_exports(content: Content, count: int = COUNT, seed: int = SEED) -> tuple[SampleExport, ...]:
    """`count` fictional inspections, some exported twice, in the order the exports were made."""
    check_count(count)
    rng = random.Random(seed)
    demo = load_demo(content)
    exports: list[SampleExport] = []
    for visit in plan_visits(count, rng):
        final = _inspection(visit, demo, content, rng, seed)
        end = final.details.fieldwork_end
        assert end is not None  # every sample inspection has its fieldwork week
        recorded = _after_fieldwork_dates(final)
        if recorded and rng.random() < EXPORTED_TWICE:
            exports.append(SampleExport(_as_put_to_panel(final), end + timedelta(days=7), replaced=True))
        exports.append(SampleExport(final, max([end + PANEL_AFTER, *recorded]), replaced=False))
    return tuple(sorted(exports, key=lambda e: (e.exported_on, e.name)))


def check_count(count: int) -> None:
    if not 1 <= count <= MAX_COUNT:
        raise UserError(f"--count {count}: give a number of inspections from 1 to {MAX_COUNT}")


def write_sample(folder: Path, content: Content, count: int = COUNT, seed: int = SEED,
                 passphrase: str | None = None) -> list[Path]:
    """Write the sample into `folder` (new, or empty), one exchange file per export: plain JSON, or encrypted
    with `passphrase`. All or nothing: the files are made in a hidden folder beside it, which then takes its
    name in one step, so a failure leaves no half sample to be loaded."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise UserError(f"{folder}: not an empty folder; the sample goes into a new or empty folder")
    exports = sample_exports(content, count, seed)
    partial = folder.with_name(f".{folder.name}.{uuid.uuid4().hex[:12]}.partial")
    ending = SEALED_SUFFIX if passphrase is not None else EXCHANGE_SUFFIX
    try:
        owner_only.make_folder(partial)
        for export in exports:
            text = write_exchange(export.inspection)
            data = seal(text, passphrase) if passphrase is not None else text.encode("utf-8")
            atomic.write_atomically(partial / f"{export.name}{ending}", data)
        if folder.exists():
            folder.rmdir()  # empty, checked above: the finished folder takes its place
        partial.rename(folder)
    except (UserError, OSError) as exc:
        shutil.rmtree(partial, ignore_errors=True)
        why = exc if isinstance(exc, UserError) else exc.strerror or exc
        raise UserError(f"{folder}: the sample was not written ({why})") from None
    return [folder / f"{export.name}{ending}" for export in exports]


def plan_visits(count: int, rng: random.Random) -> list[Visit]:
    """`count` fieldwork weeks spread evenly over the six years, each for a new service or for one due for
    re-inspection (preferring those whose last inspection gave cause for concern)."""
    english, welsh = list(words.english_places()), list(words.welsh_places())
    rng.shuffle(english)
    rng.shuffle(welsh)
    span = (LAST_MONDAY - FIRST_MONDAY).days
    starts = sorted(_monday(FIRST_MONDAY + timedelta(days=int(span * (n + rng.random()) / count)))
                    for n in range(count))
    once: dict[Service, tuple[date, Rating]] = {}  # inspected once so far: when, and the rating aimed at
    planned: list[tuple[Service, date, Rating]] = []
    reinspected = made_in_wales = 0
    for start in starts:
        # `once` is in the order first inspected, so those due for re-inspection come first.
        due = []
        for waiting, (first, _) in once.items():
            if start - first < REINSPECTED_AFTER:
                break
            due.append(waiting)
        if due and rng.random() < REINSPECTED:
            service = rng.choices(due, [3 if once[s][1] in CONCERN else 1 for s in due])[0]
            aim = _reinspection_aim(once.pop(service)[1], rng)
            reinspected += 1
        else:
            # Wales's share held steady (not drawn), so that even a short sample has both nations.
            wales = bool(welsh) and int(WALES * (len(once) + reinspected + 1)) > made_in_wales
            made_in_wales += wales
            place = welsh.pop() if wales else english.pop()
            service = Service(place, Nation.WALES if wales else Nation.ENGLAND)
            aim = rng.choices(RATING_ORDER, AIMS)[0]
            once[service] = (start, aim)
        planned.append((service, start, aim))
    starts_of: dict[Service, list[date]] = {}
    for service, start, _ in planned:
        starts_of.setdefault(service, []).append(start)
    return [
        Visit(n, service, start, aim, next((later for later in starts_of[service] if later > start), None))
        for n, (service, start, aim) in enumerate(planned, start=1)
    ]


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _reinspection_aim(before: Rating, rng: random.Random) -> Rating:
    # A service of concern has had an improvement plan and follow-ups: it more often improves than not.
    step = rng.choices((-1, 0, 1), (0.55, 0.35, 0.1) if before in CONCERN else (0.2, 0.6, 0.2))[0]
    return _stepped(before, step)


def _stepped(rating: Rating, step: int) -> Rating:
    """`step` places worse (positive) or better (negative) in RATING_ORDER, held within it."""
    return RATING_ORDER[min(max(RATING_ORDER.index(rating) + step, 0), len(RATING_ORDER) - 1)]


def _around(aim: Rating, rng: random.Random) -> Rating:
    return _stepped(aim, rng.choices((-1, 0, 1), (0.2, 0.6, 0.2))[0])


def _inspection(visit: Visit, demo: Inspection, content: Content, rng: random.Random, seed: int) -> Inspection:
    people = rng.sample(words.INSPECTORS, 4)
    details = InspectionDetails(
        yjs=visit.service.name, nation=visit.service.nation, fieldwork_start=visit.start,
        fieldwork_end=visit.start + timedelta(days=4), lead_inspector=people[0], team=tuple(people[1:]),
        resettlement_cases_12_months=0 if rng.random() < 0.15 else rng.randint(1, 9),
        notes=f"Fictional inspection made as sample data for the archive (seed {seed}, number {visit.number}); "
              "not a real service.",
        id=_id(rng),
    )
    assert demo.details.fieldwork_start is not None and demo.details.lead_inspector
    shift = visit.start - demo.details.fieldwork_start
    months = (visit.start.year - demo.details.fieldwork_start.year) * 12 + visit.start.month \
        - demo.details.fieldwork_start.month
    cast = dict(zip((demo.details.lead_inspector, *demo.details.team), people, strict=True))

    def reworded(text: str) -> str:
        return _redated(text, shift.days, months).replace(DEMO_PLACE, visit.service.place)

    inspection = dataclasses.replace(
        demo, details=details,
        recommendations=tuple(Recommendation(text, to, _id(rng))
                              for to, text in words.recommendations(rng, visit.service.name)),
        interviews=_interviews(demo, visit, shift, cast, rng),
        tallies=tuple(TalliedPercentage(t.prompt_id, Decimal(rng.randint(200, 1000)) / 10, rng.randint(3, 12))
                      for t in demo.tallies),
    )
    inspection = _judged(inspection, content, visit.aim, rng)
    inspection = _with_evidence(inspection, demo, shift, cast, reworded, rng)
    sufficient = visit.aim not in CONCERN or rng.random() < 0.4
    diversity = DiversityFinding(sufficient, words.diversity_note(sufficient))
    inspection = dataclasses.replace(inspection, diversity=diversity)
    inspection, evaluation = _permitted(_with_case_data(inspection, content, visit.aim, rng), content)
    inspection, overall = _with_panel(inspection, evaluation, content, rng)
    return _after_fieldwork(inspection, overall, visit, content, rng)


def _id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_MONTH = "|".join((*_MONTHS, *(m[:3] for m in _MONTHS)))  # the full names first, so "June" is not read as "Jun"
_DATES = re.compile(
    rf"(?<!\d)(?P<day>\d{{1,2}}) (?P<dmonth>{_MONTH}) (?P<dyear>20\d\d)(?!\d)"  # 3 Mar 2025: a fieldwork day
    rf"|\b(?P<month>{_MONTH})\b(?: (?P<myear>20\d\d)(?!\d))?"  # September 2024, January
    r"|(?<!\d)(?P<year>20\d\d)(?:(?P<dash>[–-])(?P<to>\d\d))?(?!\d)"  # 2024, 2024–26
)


@functools.lru_cache(maxsize=4096)
def _dated_parts(text: str) -> tuple[str | re.Match[str], ...]:
    """The demo's text cut at its dates, once: each inspection then moves the dates without searching again."""
    parts: list[str | re.Match[str]] = []
    at = 0
    for match in _DATES.finditer(text):
        parts += [text[at:match.start()], match]
        at = match.end()
    return (*parts, text[at:])


def _redated(text: str, days: int, months: int) -> str:
    """The demo's text with its dates moved to the inspection's: a day by `days` (the fieldwork week's dates),
    a month and a year by `months`, so that "the board's minutes, May 2024" stay ten months before fieldwork."""
    parts = _dated_parts(text)
    if len(parts) == 1:
        return text
    return "".join(part if isinstance(part, str) else _moved(part, days, months) for part in parts)


def _moved(match: re.Match[str], days: int, months: int) -> str:
    def month_name(month: int, like: str) -> str:
        name = _MONTHS[month - 1]
        return name if len(like) > 3 else name[:3]

    if match["day"]:
        month = next(n for n, m in enumerate(_MONTHS, 1) if m.startswith(match["dmonth"]))
        day = date(int(match["dyear"]), month, int(match["day"])) + timedelta(days=days)
        return f"{day.day} {month_name(day.month, match['dmonth'])} {day.year}"
    if match["month"]:
        month = next(n for n, m in enumerate(_MONTHS, 1) if m.startswith(match["month"]))
        year, index = divmod(int(match["myear"] or 2000) * 12 + month - 1 + months, 12)
        return month_name(index + 1, match["month"]) + (f" {year}" if match["myear"] else "")
    year = (int(match["year"]) * 12 + months) // 12
    if match["to"] is None:
        return str(year)
    to = int(match["year"]) // 100 * 100 + int(match["to"]) - int(match["year"])  # 2024–26: two years on
    return f"{year}{match['dash']}{(year + to) % 100:02d}"


def _interviews(demo: Inspection, visit: Visit, shift: timedelta, cast: dict[str, str],
                rng: random.Random) -> tuple[Interview, ...]:
    yes = INTERVIEW_YES[visit.aim]

    def answered(response: InterviewResponse) -> InterviewResponse:
        if response.answer is InterviewAnswer.NOT_ASKED:
            return response
        answer = InterviewAnswer.YES if rng.random() < yes else InterviewAnswer.NO
        # The demo's comment explains its own answer; it stays only with the same answer.
        return InterviewResponse(answer, response.comment if answer is response.answer else "")

    return tuple(
        dataclasses.replace(
            i, id=_id(rng), date=i.date + shift if i.date else None, inspector=cast.get(i.inspector, i.inspector),
            responses=tuple((q, answered(r)) for q, r in i.responses),
        )
        for i in demo.interviews[:rng.randint(12, len(demo.interviews))]
    )


def _applies(standard: Standard, inspection: Inspection) -> bool:
    # Seed line 45: "the stand-alone resettlement standard only applies where YJSs have had one or more relevant
    # cases in the 12 months before the inspection": without them 4.1 is not inspected.
    return standard.id != RESETTLEMENT or bool(inspection.details.resettlement_cases_12_months)


def _judged(inspection: Inspection, content: Content, aim: Rating, rng: random.Random) -> Inspection:
    """Every applicable prompt judged, every key question answered and every standard proposed, around
    ratings near `aim`."""
    judgements: list[PromptJudgement] = []
    answers: list[KeyQuestionAnswer] = []
    proposals: list[StandardProposal] = []
    for standard in content.framework.standards:
        if not _applies(standard, inspection):
            continue
        rating = _around(aim, rng)
        noes = [rng.random() < NO_CHANCE[rating] for _ in standard.key_questions]
        if rating is Rating.REQUIRES_IMPROVEMENT and not any(noes):
            noes[rng.randrange(len(noes))] = True
        if rating is Rating.INADEQUATE and sum(noes) * 2 < len(noes):
            noes = [True] * len(noes)
        for key_question, no in zip(standard.key_questions, noes, strict=True):
            judged, answer = _key_question(key_question, no, rating, rng)
            judgements.extend(judged)
            answers.append(answer)
        answered_no = [kq.id for kq, no in zip(standard.key_questions, noes, strict=True) if no]
        default = None if standard.default_rule is None else (
            Rating.REQUIRES_IMPROVEMENT if answered_no else Rating.GOOD)
        proposed = _proposal(rating, default, rng)
        proposals.append(StandardProposal(standard.id, proposed,
                                          words.standard_rationale(standard.id, answered_no, proposed, default)))
    return dataclasses.replace(inspection, judgements=tuple(judgements), answers=tuple(answers),
                               proposals=tuple(proposals))


def _key_question(key_question: KeyQuestion, no: bool, rating: Rating,
                  rng: random.Random) -> tuple[list[PromptJudgement], KeyQuestionAnswer]:
    """The prompts' judgements whose balance suggests the answer (the balance rule, docs/rules.md section 1:
    'yes' when more prompts are above the line than below and no shortfall below it is decisive); now and then
    a 'yes' the balance does not suggest, with the rationale such a departure needs."""
    prompts = [p.id for p in key_question.prompts]
    n = len(prompts)
    departs = not no and rng.random() < 0.04
    decisive = no and rng.random() < 0.3
    if (no and not decisive) or departs:
        below = rng.randint(n // 2 + 1, n)  # below the line outweighs above
    elif decisive:
        below = rng.randint(1, (n - 1) // 2)  # above outweighs below, but one shortfall precludes 'yes'
    else:
        below = rng.randint(0, min((n - 1) // 2, 1 if rating is Rating.OUTSTANDING else n))
    shortfalls = set(rng.sample(prompts, below))
    marked = rng.choice(sorted(shortfalls)) if decisive else None
    judged = [PromptJudgement(p, Sufficiency.BELOW if p in shortfalls else Sufficiency.ABOVE, p == marked)
              for p in prompts]
    answer = KeyQuestionAnswer(key_question.id, Answer.NO if no else Answer.YES,
                               words.key_question_rationale(below, n) if departs else "")
    return judged, answer


def _proposal(rating: Rating, default: Rating | None, rng: random.Random) -> Rating:
    """The default (docs/rules.md section 2), or the rating aimed at where the lead departs from it with a
    rationale: 'Outstanding' over a 'Good' default, 'Inadequate' over 'Requires improvement', 'Good' over a
    'Requires improvement' as the standards allow, now and then."""
    if default is None:
        return rating  # 3.4: no default to follow
    if rating is Rating.OUTSTANDING and default is Rating.GOOD:
        return rating
    if rating is Rating.INADEQUATE:
        return rating
    if rating is Rating.GOOD and default is Rating.REQUIRES_IMPROVEMENT and rng.random() < 0.5:
        return rating
    return default


def _with_evidence(inspection: Inspection, demo: Inspection, shift: timedelta, cast: dict[str, str],
                   reworded: Callable[[str], str], rng: random.Random) -> Inspection:
    """The demo's register and evidence under new ids, re-dated and re-worded for the service, each item's tag
    following its prompt's new judgement; none on 4.1 where it is not inspected."""
    documents = {d.id: dataclasses.replace(d, id=_id(rng), title=reworded(d.title),
                                           received=d.received + shift if d.received else None)
                 for d in demo.documents}
    inspected = {j.prompt_id: j.sufficiency for j in inspection.judgements}
    evidence = []
    for e in demo.evidence:
        if e.prompt_id not in inspected:
            continue
        tag = None if e.tag is None else (
            EvidenceTag.STRENGTH if inspected[e.prompt_id] is Sufficiency.ABOVE else EvidenceTag.AREA_FOR_IMPROVEMENT)
        evidence.append(dataclasses.replace(
            e, id=_id(rng), text=reworded(e.text), reference=reworded(e.reference),
            recorded_by=cast.get(e.recorded_by, e.recorded_by),
            recorded_at=e.recorded_at + shift if e.recorded_at else None, tag=tag,
            also=tuple(p for p in e.also if p in inspected),
            document_id=documents[e.document_id].id if e.document_id else None,
        ))
    return dataclasses.replace(inspection, documents=tuple(documents.values()), evidence=tuple(evidence))


def _with_case_data(inspection: Inspection, content: Content, aim: Rating, rng: random.Random) -> Inspection:
    """Domain two and three: the case inspection's counts, whose lowest key question gives a rating near `aim`
    (the rating scheme's case_data_rule); now and then the rating entered directly instead, as the demo does."""
    counts: list[CaseCount] = []
    entered: list[tuple[str, Rating]] = []
    for standard in content.rating_scheme.standards:
        if standard.rated_from != "case_data":
            continue
        rating = _around(aim, rng)
        if rng.random() < 0.3:
            entered.append((standard.id, rating))
            continue
        cases = rng.randint(12, 30) if standard.domain == 2 else rng.randint(8, 20)
        low, high = CASE_SHARE[rating]
        # Whole numbers of cases whose share is in the band: low <= 100 * s / cases <= high.
        lowest = rng.randint(-(-low * cases // 100), high * cases // 100)
        weakest = rng.choice(CASE_QUESTIONS)
        for label in CASE_QUESTIONS:
            sufficient = lowest if label == weakest else rng.randint(lowest, min(cases, lowest + cases // 5))
            counts.append(CaseCount(standard.id, label, sufficient, cases))
    return dataclasses.replace(inspection, case_counts=tuple(counts), case_ratings=tuple(entered))


def _evaluated(inspection: Inspection, content: Content) -> Evaluation:
    return evaluate(content.framework, content.rating_scheme, content.forms, inspection)


def _permitted(inspection: Inspection, content: Content) -> tuple[Inspection, Evaluation]:
    """Each proposal that breaks a decision rule (docs/rules.md section 3: 1.1 'Outstanding' needs every domain
    two and three rating 'Good' or better) lowered a step until it breaks none, as a lead would; with the
    evaluation of the result."""
    for _ in RATING_ORDER:
        evaluation = _evaluated(inspection, content)
        broken = {s.standard_id for s in evaluation.standards if s.applies and not s.permitted}
        if not broken:
            return _guidance_explained(inspection, evaluation), evaluation
        inspection = dataclasses.replace(inspection, proposals=tuple(
            dataclasses.replace(p, proposed=_stepped(p.proposed, 1), rationale=_restated(p, evaluation))
            if p.standard_id in broken and p.proposed is not None else p
            for p in inspection.proposals
        ))
    raise AssertionError("a proposal still breaks a decision rule at 'Inadequate'")


def _guidance_explained(inspection: Inspection, evaluation: Evaluation) -> Inspection:
    """A proposal that departs from decision guidance says so in its rationale. Seed line 97: "Decision guidance
    should be followed other than in defensible and evidence-based circumstances." (The rationale was already
    there, so `evaluation` still holds.)"""
    departing = {s.standard_id for s in evaluation.standards
                 if any(f.kind is FindingKind.GUIDANCE and f.met is False for f in s.findings)}
    return dataclasses.replace(inspection, proposals=tuple(
        dataclasses.replace(p, rationale=f"{p.rationale} {words.GUIDANCE_DEPARTURE}") if p.standard_id in departing
        else p
        for p in inspection.proposals
    ))


def _restated(proposal: StandardProposal, evaluation: Evaluation) -> str:
    assert proposal.proposed is not None
    result = evaluation.standard(proposal.standard_id)
    answered_no = [k.key_question_id for k in evaluation.key_questions
                   if k.key_question_id.startswith(f"{proposal.standard_id}.") and k.answer is Answer.NO]
    return words.standard_rationale(proposal.standard_id, answered_no, _stepped(proposal.proposed, 1), result.default)


def _with_panel(inspection: Inspection, evaluation: Evaluation, content: Content,
                rng: random.Random) -> tuple[Inspection, Rating | None]:
    """The ratings panel agrees every rating put to it, now and then one a step away with its reason (kept only
    where it breaks no decision rule), and challenges some of the departures from a default; with the overall
    rating the agreed ratings give. `evaluation` is the inspection's, before the panel."""
    overall = evaluation.overall.rating
    put = proposed_ratings(content.rating_scheme, inspection, evaluation.case_ratings)
    agreed = {sid: PanelDecision(sid, PanelState.AGREED, rating) for sid, rating in put.items() if rating is not None}
    end = inspection.details.fieldwork_end
    assert end is not None
    panel_day = end + PANEL_AFTER
    framework_rated = [p.standard_id for p in inspection.proposals if p.standard_id != RESETTLEMENT]
    if rng.random() < 0.12:
        sid = rng.choice(framework_rated)
        proposed = put[sid]
        assert proposed is not None
        other = _stepped(proposed, rng.choice((1, 1, -1)))
        if other != proposed:
            changed = dict(agreed, **{sid: PanelDecision(sid, PanelState.AGREED, other,
                                                         words.panel_reason(proposed, other))})
            trial = dataclasses.replace(inspection, panel=tuple(changed.values()))
            # Seed line 97: "Decision rules are non-negotiable" (for the rating the panel agrees too): the
            # change is kept only if every rating still keeps to them, 1.1's reading the others'.
            judged = _evaluated(trial, content)
            if all(p.permitted for p in judged.panel if p.applies):
                agreed, overall = changed, judged.overall.rating
    comments = [
        PanelComment(s.standard_id, CommentKind.CHALLENGE, words.panel_challenge(s.standard_id, s.proposed),
                     rng.choice(words.PANEL_MEMBERS), _at(panel_day, 10 + n), _id(rng))
        for n, s in enumerate(evaluation.standards)
        if s.proposed is not None and s.departs_from_default and rng.random() < 0.5
    ]
    return dataclasses.replace(inspection, panel=tuple(agreed.values()), panel_comments=tuple(comments)), overall


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def _after_fieldwork(inspection: Inspection, overall: Rating | None, visit: Visit, content: Content,
                     rng: random.Random) -> Inspection:
    """What the lead recorded once fieldwork ended, up to AS_OF (or the service's re-inspection): the
    obligations that apply done about when due, the YJB's labels, the improvement plan and its follow-ups."""
    af = content.after_fieldwork
    details = inspection.details
    end = details.fieldwork_end
    assert end is not None
    until = min(AS_OF, visit.next_start - timedelta(days=1)) if visit.next_start else AS_OF
    people = (details.lead_inspector, *details.team)
    done = []
    for status in obligation_statuses(af, inspection, overall, AS_OF):
        if status.applies is not True:
            continue
        if status.due is None:  # before publication: about two months after fieldwork
            day = end + timedelta(days=rng.randint(42, 84))
        else:
            day = status.due + timedelta(days=rng.randint(1, 10) if rng.random() < 0.1 else -rng.randint(0, 3))
        if day <= until:
            done.append(ObligationMet(status.obligation.id, day, details.lead_inspector))
    # The YJB's quadrants are listed best first and its priority statuses "Priority service" first; quadrants
    # three and four are priority services (seed 000 line 167, in after-fieldwork.yaml).
    quadrants, statuses = af.yjb_oversight.quadrants, af.yjb_oversight.priority_statuses
    quadrant = min(RATING_ORDER.index(visit.aim) + rng.randint(0, 1), len(quadrants) - 1)
    yjb = YjbOversight(statuses[0] if quadrant >= 2 else statuses[1], quadrants[quadrant],
                       visit.start - timedelta(days=rng.randint(14, 90)), details.lead_inspector) \
        if rng.random() < 0.85 else YjbOversight()
    received = end + timedelta(days=rng.randint(35, 84))
    plan = ImprovementPlan(received, rng.choice(people)) if received <= until and rng.random() < 0.92 \
        else ImprovementPlan()
    follow_ups = []
    if plan.received is not None:
        concern = overall in CONCERN
        kinds = af.improvement_plan.follow_up_kinds
        day = plan.received
        for _ in range(4 if concern else rng.choice((0, 1, 2))):
            day += timedelta(days=rng.randint(90, 150) if concern else rng.randint(150, 240))
            if day > until:
                break
            follow_ups.append(FollowUp(day, kinds[-1] if concern and rng.random() < 0.5 else kinds[0],
                                       rng.choice(words.FOLLOW_UP_NOTES), rng.choice(people), _id(rng)))
    return dataclasses.replace(inspection, obligations_met=tuple(sorted(done, key=lambda m: m.obligation_id)),
                               yjb_oversight=yjb, improvement_plan=plan, follow_ups=tuple(follow_ups))


def _after_fieldwork_dates(inspection: Inspection) -> list[date]:
    return [*(m.done_on for m in inspection.obligations_met), *(f.date for f in inspection.follow_ups),
            *([inspection.improvement_plan.received] if inspection.improvement_plan.received else [])]


def _as_put_to_panel(inspection: Inspection) -> Inspection:
    """The inspection as exported when its ratings were put to the panel: nothing agreed or recorded after."""
    return dataclasses.replace(
        inspection, panel=tuple(PanelDecision(d.standard_id, PanelState.PROPOSED) for d in inspection.panel),
        panel_comments=(), obligations_met=(), yjb_oversight=YjbOversight(), improvement_plan=ImprovementPlan(),
        follow_ups=(),
    )
