"""The demo inspection: Northmoor Youth Justice Service, a fictional YJS in England.

Every name, place and figure here is invented. `build_demo` is deterministic (ids are uuid5 of fixed
names, times are fixed), so demo/northmoor-yjs.json is exactly its exchange JSON and a test keeps
the two equal; `inspector demo OUT.yjsi` loads that file. `build_scaled` repeats the demo's
interviews and evidence under fresh ids to give the benchmarks a long inspection.

What the demo shows: every prompt of the six framework standards judged (a couple of decisive
shortfalls: supervision, 1.2.3a, and accommodation on release, 4.1.2a); one key question answered
'yes' against the balance of its prompts, with the rationale (1.3.1); one standard proposed 'Good'
over the 'Requires improvement' default, with the rationale (1.4); 24 case-manager interviews on
the case-manager interview form; two interview results tallied on paper (1.2.5e, 4.1.2e); case data
as counts for 2.1, 2.2 and 3.1 and as ratings for the other domain two and three standards; a register
of the documents the YJS sent in advance and during fieldwork (and one other source), which the
evidence from documents cites with the page; items that support several prompts (_ALSO), such as the
board minutes that signed off the plan (1.1.1a, 1.1.1d, 1.1.3a) and the needs analysis the plan's
priorities come from (1.3.1a, 1.1.1a).
"""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from inspector.content import content_root
from inspector.errors import UserError
from inspector.forms.model import Forms, InterviewForm
from inspector.framework.model import Framework, Rating
from inspector.inspection.model import (
    Answer,
    CaseCount,
    DiversityFinding,
    Document,
    DocumentKind,
    Evidence,
    EvidenceTag,
    Inspection,
    InspectionDetails,
    Interview,
    InterviewAnswer,
    InterviewResponse,
    KeyQuestionAnswer,
    Nation,
    PromptJudgement,
    Recipient,
    Recommendation,
    SourceKind,
    StandardProposal,
    Sufficiency,
    TalliedPercentage,
)

DEMO_FILE = "northmoor-yjs.json"
# The interview form the demo's interviews were answered against (a later version of the form
# leaves the demo as it is).
FORM_ID, FORM_VERSION = "case-manager-interview", "1"

_NAMESPACE = uuid.UUID("8a1d6f0e-7c2b-4e55-b1a4-2f3c9d0e6b17")
_UTC = UTC
_FIELDWORK_START = date(2025, 3, 3)
_LEAD = "Helen Marsh"
_TEAM = ("Daniel Okafor", "Priya Raman", "Gareth Llewellyn")

# Who recorded each standard's evidence, and on which fieldwork day (0 = Monday).
_RECORDER = {"1.1": (_LEAD, 0), "1.2": (_TEAM[0], 1), "1.3": (_TEAM[1], 1), "1.4": (_TEAM[2], 2),
             "3.4": (_TEAM[1], 3), "4.1": (_TEAM[0], 3)}

# One letter each so that the evidence table below stays one line an item; I and O read as the kinds here.
D, M, I, C, S, O = (  # noqa: E741
    SourceKind.DOCUMENT, SourceKind.MEETING, SourceKind.INTERVIEW, SourceKind.CASE_DATA, SourceKind.SURVEY,
    SourceKind.OBSERVATION)

# The register of documents, in the order they came in: the evidence in advance the YJS sent in February
# (four weeks before fieldwork, with a few late items), one other source (the community safety
# partnership's published plan, sent by its manager) and what was asked for during the fieldwork week.
# Demo documents are not on disk: no file, no SHA-256.
# (key, title, kind, received, supplied by)
A, F, X = DocumentKind.EVIDENCE_IN_ADVANCE, DocumentKind.DURING_FIELDWORK, DocumentKind.OTHER
_DOCUMENTS: tuple[tuple[str, str, DocumentKind, date, str], ...] = (
    ("board-terms", "YJS Management Board terms of reference and membership, January 2025", A, date(2025, 2, 3),
     "Board chair's office"),
    ("minutes-2024-05", "Board minutes, May 2024", A, date(2025, 2, 3), "Board chair's office"),
    ("minutes-2024-07", "Board minutes, July 2024", A, date(2025, 2, 3), "Board chair's office"),
    ("minutes-2024-10", "Board minutes, October 2024", A, date(2025, 2, 3), "Board chair's office"),
    ("minutes-2025-01", "Board minutes, January 2025", A, date(2025, 2, 3), "Board chair's office"),
    ("attendance", "Board attendance log, April 2024 – January 2025", A, date(2025, 2, 3), "Board chair's office"),
    ("performance", "Board performance reports, Q1–Q3 2024–25", A, date(2025, 2, 3), "YJS performance officer"),
    ("plan", "Youth Justice Plan 2024–26", A, date(2025, 2, 3), "YJS head of service"),
    ("delivery-plan", "Service delivery plan 2024–25", A, date(2025, 2, 3), "YJS head of service"),
    ("progress", "Service delivery plan progress report, January 2025", A, date(2025, 2, 3), "YJS head of service"),
    ("needs", "Youth justice needs analysis 2024", A, date(2025, 2, 3), "YJS performance officer"),
    ("court-profile", "Court and offence profile, January 2025", A, date(2025, 2, 3), "YJS performance officer"),
    ("ooc-protocol", "Joint out-of-court disposal protocol with Northmoor Police, July 2024", A, date(2025, 2, 3),
     "YJS head of service"),
    ("ooc-review", "Out-of-court disposal annual review 2024", A, date(2025, 2, 3), "YJS head of service"),
    ("resettlement-policy", "Resettlement policy, September 2024", A, date(2025, 2, 3), "YJS head of service"),
    ("resettlement-review", "Resettlement review, September 2024", A, date(2025, 2, 3), "YJS head of service"),
    ("supervision-policy", "Staff supervision policy, 2023", A, date(2025, 2, 3), "YJS head of service"),
    ("workforce-plan", "Workforce plan 2024–25", A, date(2025, 2, 3), "YJS head of service"),
    ("training-plan", "Training plan and training needs analysis 2024–25", A, date(2025, 2, 3),
     "YJS workforce development officer"),
    ("induction", "Induction pack and checklist", A, date(2025, 2, 3), "YJS workforce development officer"),
    ("risk-register", "Service risk register, February 2025", A, date(2025, 2, 10), "YJS head of service"),
    ("staff-survey", "Staff survey 2025 results", A, date(2025, 2, 10), "YJS head of service"),
    ("workforce-diversity", "Workforce diversity data, December 2024", A, date(2025, 2, 10),
     "Council HR business partner"),
    ("appraisal", "Appraisal completion report 2024", A, date(2025, 2, 10), "Council HR business partner"),
    ("succession", "Talent and succession plan, October 2024", A, date(2025, 2, 10), "Council HR business partner"),
    ("participation", "Participation report 2024", A, date(2025, 2, 10), "YJS participation officer"),
    ("directory", "Service directory, January 2025", A, date(2025, 2, 10), "YJS head of service"),
    ("service-reviews", "Service review reports 2024", A, date(2025, 2, 10), "YJS head of service"),
    ("policy-schedule", "Policy review schedule, January 2025", A, date(2025, 2, 10), "YJS head of service"),
    ("quality-assurance", "Quality assurance framework and audit reports 2024", A, date(2025, 2, 10),
     "YJS quality assurance manager"),
    ("improvement-plan", "Service improvement plan 2024–25", A, date(2025, 2, 17), "YJS head of service"),
    ("learning-reviews", "Learning reviews, 2023 and 2024", A, date(2025, 2, 17), "YJS head of service"),
    ("inspection-action-plan", "Action plan after the 2021 inspection, final update", A, date(2025, 2, 17),
     "YJS head of service"),
    ("csp-plan", "Community safety partnership plan 2024–27", X, date(2025, 2, 24),
     "Community safety partnership manager"),
    ("staffing-return", "Staffing establishment return, February 2025", F, date(2025, 3, 3),
     "YJS business support manager"),
    ("supervision-records", "Supervision records, sample of 10 staff", F, date(2025, 3, 4), "YJS team managers"),
    ("training-log", "Training log, April 2024 – February 2025", F, date(2025, 3, 4),
     "YJS workforce development officer"),
    ("adjustments", "Reasonable adjustments register", F, date(2025, 3, 5), "Council HR business partner"),
    ("promotion", "Promotion and acting-up records 2022–25", F, date(2025, 3, 5), "Council HR business partner"),
    ("exploitation-minutes", "Multi-agency exploitation meeting minutes, October 2024 – February 2025", F,
     date(2025, 3, 5), "Exploitation hub coordinator"),
    ("needs-draft", "Youth justice needs analysis 2025 (draft)", F, date(2025, 3, 5), "YJS head of service"),
    ("downtime", "System downtime log, January–February 2025", F, date(2025, 3, 6), "Council ICT service desk"),
    ("escalation-log", "Out-of-court disposal panel escalation log", F, date(2025, 3, 6),
     "Out-of-court disposal panel coordinator"),
)
_TITLES = {key: title for key, title, *_ in _DOCUMENTS}


class _Cite(NamedTuple):
    """Evidence from a document of the register: its key in _DOCUMENTS, the page, and the reference as
    the inspector wrote it when it says more than the title and page (otherwise it is those)."""

    document: str
    page: str = ""
    reference: str = ""


# Items that support other prompts too, by the prompt they are recorded on and their number there (as in
# their ids: 1 the judged item, 2 and on the untagged ones), each for what its text says.
_ALSO: dict[tuple[str, int], tuple[str, ...]] = {
    # The minutes of the meeting that signed off the plan: the board setting the direction, who came and
    # spoke for their agency, and the head of service's report to the board.
    ("1.1.1a", 3): ("1.1.1d", "1.1.3a"),
    # The board's quarterly performance reports are how performance drives change.
    ("1.1.1h", 1): ("1.4.4a",),
    # Disproportionality data noted without action: diversity information not used to drive improvement.
    ("1.1.2d", 1): ("1.4.4e",),
    # The progress report is how delivery of the plan is monitored.
    ("1.1.3c", 1): ("1.1.1h",),
    # Learning needs collected through appraisal.
    ("1.2.4a", 1): ("1.2.3c",),
    # The plan's priorities come from the needs analysis: the board's direction rests on evidence.
    ("1.3.1a", 1): ("1.1.1a",),
    # The analysis looks at ethnicity only, so the board's view of diverse needs is partial.
    ("1.3.1c", 1): ("1.1.2d",),
    # The directory's referral routes are how staff reach partners' services.
    ("1.3.2a", 2): ("1.4.1c",),
    # The review's use of research is also what changed the intervention menu.
    ("3.4.3d", 1): ("3.4.3e",),
}

# One line per prompt: its judgement ("+" above the line, "-" below, "!" below and decisive) and the
# evidence behind it, as the inspector wrote it down. The tag follows the judgement.
_JUDGED: tuple[tuple[str, str, SourceKind, str | _Cite, str], ...] = (
    ("1.1.1a", "+", D, _Cite("plan", "pp. 4–9"),
     "The plan sets clear priorities (reducing first-time entrants, education, keeping children safe) and cites the "
     "evidence base for each; the board signed it off in May 2024."),
    ("1.1.1b", "+", D, _Cite("plan", "section 6"),
     "Equality objectives are explicit and measurable, including reducing the over-representation of Black and mixed-"
     "heritage boys among children on court orders."),
    ("1.1.1c", "+", D, _Cite("board-terms", "pp. 2–3"),
     "All statutory partners are represented at the right level; the voluntary sector forum and the local college sit"
     " on the board as non-statutory members."),
    ("1.1.1d", "-", D, _Cite("attendance"),
     "Health attended three of eight meetings and sent a different deputy each time; the police representative missed"
     " four. Partners rarely report on their own agency's contribution."),
    ("1.1.1e", "+", M, "Meeting with the board chair, 3 Mar 2025",
     "The chair (director of children's services) knows the caseload profile and the disproportionality data in "
     "detail and chairs the performance subgroup herself."),
    ("1.1.1f", "-", M, "Meeting with the participation officer, 3 Mar 2025",
     "Children's views are collected through exit surveys but have not been presented to the board in the last year; "
     "no child or young adviser has attended a board meeting."),
    ("1.1.1g", "+", D, _Cite("delivery-plan", "section 3", "Delivery plan and subgroup action logs"),
     "Each priority has an owner, milestones and a subgroup reporting to the board; the link to case supervision is "
     "clear in the practice standards refresh."),
    ("1.1.1h", "+", D, _Cite("performance"),
     "Quarterly reports track the plan's measures and the board has changed course where needed (for example, moving "
     "resources into education, training and employment support)."),
    ("1.1.2a", "+", M, "Focus group with board members, 4 Mar 2025",
     "Members described raising YJS priorities at the community safety partnership and the safeguarding partnership; "
     "the education member secured places on the alternative provision panel."),
    ("1.1.2b", "+", M, "Meeting with operational managers, 4 Mar 2025",
     "Escalation routes from practice to the board work: a placement problem raised in October was resolved by the "
     "social care member within a fortnight."),
    ("1.1.2c", "+", S, _Cite("staff-survey", "question 4"),
     "Most staff who answered (31 of 38) said they understand how the partnership works and what they are accountable"
     " for."),
    ("1.1.2d", "-", D, _Cite("minutes-2025-01", "p. 5", "Board minutes, June 2024 – January 2025"),
     "Disproportionality is discussed, but the board has not agreed actions or owners; the same data has been noted "
     "at three meetings without decisions."),
    ("1.1.2e", "+", D, _Cite("csp-plan", "section 4"),
     "Serious youth violence and exploitation are partnership priorities, with the YJS leading the prevention "
     "workstream."),
    ("1.1.3a", "+", M, "Meeting with the head of service, 3 Mar 2025",
     "The head of service reports to every board meeting and the board's decisions are fed back to team meetings "
     "within the week."),
    ("1.1.3b", "+", S, _Cite("staff-survey", "question 2"),
     "Staff could describe the plan's priorities; 34 of 38 said the vision had been explained to them."),
    ("1.1.3c", "+", D, _Cite("progress", "pp. 2–5"),
     "The progress report tracks each action of the plan: most are complete or on track, and the new prevention offer "
     "went live on time in September 2024."),
    ("1.1.3d", "-", M, "Meeting with the leadership team, 5 Mar 2025",
     "Managers know the disproportionality figures but could not point to a policy or practice decision that had been"
     " changed because of them."),
    ("1.1.3e", "+", M, "Focus group with practitioners, 4 Mar 2025",
     "Practitioners said managers are approachable and that ideas from the team (for example, the drop-in sessions) "
     "have been taken up."),
    ("1.1.3f", "+", D, _Cite("risk-register"),
     "The register names the real risks (recruitment, the case-management system contract, custody placements) with "
     "mitigations that are reviewed monthly."),
    ("1.2.1a", "-", C, _Cite("staffing-return"),
     "Four of 14 case manager posts are vacant or filled by agency staff; two posts have been vacant since the "
     "summer."),
    ("1.2.1b", "+", D, _Cite("workforce-plan", "pp. 3–6"),
     "The workforce plan models demand from the caseload profile and was revised in November 2024 when out-of-court "
     "work increased."),
    ("1.2.1c", "+", I, "Case-manager interviews (see interview results)",
     "Most case managers told us their workloads are manageable, though several carry more high-risk cases than the "
     "workload model allows for."),
    ("1.2.1d", "-", I, "Case-manager interviews; workload tool",
     "The workload tool is not used consistently and several case managers said no one had reviewed their caseload "
     "since allocation."),
    ("1.2.1e", "-", M, "Meeting with team managers, 4 Mar 2025",
     "There is no agreed plan for covering long-term absence; cases were reallocated ad hoc during the autumn and "
     "some children saw three workers in as many months."),
    ("1.2.2a", "-", D, _Cite("workforce-diversity"),
     "The workforce is less diverse than the children it works with: 9 % of staff are from minority ethnic "
     "backgrounds against 27 % of children on the caseload."),
    ("1.2.2b", "+", D, "Allocation records, sample of 20 cases",
     "Cases are allocated by experience and qualification; high-risk cases all sat with qualified social workers or "
     "probation officers."),
    ("1.2.2c", "+", D, _Cite("succession"),
     "Two senior practitioners are on the council's aspiring managers programme and acting-up opportunities are "
     "advertised to all."),
    ("1.2.3a", "!", I, "Case-manager interviews; supervision records",
     "Supervision is irregular and focuses on deadlines rather than the quality of work with children; several staff "
     "had not had supervision for more than two months."),
    ("1.2.3b", "+", D, _Cite("induction"),
     "The induction programme covers diversity and unconscious bias and new staff shadow each team; recent starters "
     "spoke well of it."),
    ("1.2.3c", "+", D, _Cite("appraisal"),
     "All but one member of staff had an appraisal in 2024, with objectives linked to the practice standards."),
    ("1.2.3d", "+", M, "Meeting with HR business partner, 5 Mar 2025",
     "Poor performance is addressed promptly and fairly; two capability cases in the past year were handled with HR "
     "support."),
    ("1.2.4a", "+", D, _Cite("training-plan", "section 2"),
     "Learning needs are collected through appraisal and the training plan responds to them (trauma-informed "
     "practice, AssetPlus refresher)."),
    ("1.2.4b", "+", D, _Cite("training-log"),
     "Staff have good access to in-service training; completion of mandatory safeguarding training is 100 %."),
    ("1.2.4c", "+", O, "Observation of practice learning session, 5 Mar 2025",
     "A lively case discussion session with practitioners presenting their own work; learning from reviews is shared "
     "openly."),
    ("1.2.4d", "-", D, _Cite("promotion"),
     "The service does not monitor who applies for or gets acting-up and promotion opportunities, so it cannot show "
     "access is equitable."),
    ("1.2.5a", "+", S, _Cite("staff-survey", "question 9"),
     "Staff are committed and proud of their work with children: 35 of 38 said they would recommend the service as a "
     "place to work."),
    ("1.2.5b", "-", D, "Staff survey action plan",
     "The 2024 staff survey was not followed by an action plan and staff said nothing changed as a result of it."),
    ("1.2.5c", "+", D, "Staff recognition scheme, nominations 2024",
     "Managers nominate staff for the council's awards and thank them publicly at service days."),
    ("1.2.5d", "+", M, "Meeting with team managers, 4 Mar 2025",
     "Lone working arrangements are sound and staff can use clinical supervision after difficult incidents."),
    ("1.2.5e", "+", D, _Cite("adjustments"),
     "Adjustments (equipment, hybrid working, adapted hours) were agreed promptly for the staff who asked for them."),
    ("1.3.1a", "+", D, _Cite("needs", "sections 2–4"),
     "An up-to-date analysis of the desistance needs of children on the caseload, drawn from AssetPlus and refreshed "
     "each year; the youth justice plan takes its priorities from it."),
    ("1.3.1b", "+", D, _Cite("needs", "section 5"),
     "The analysis covers safety and wellbeing and risk of harm, including exploitation and serious youth violence."),
    ("1.3.1c", "-", D, _Cite("needs", "section 7"),
     "Disproportionality is described for ethnicity only; care experience, special educational needs and gender are "
     "not analysed, so the board sees only part of the picture."),
    ("1.3.1d", "+", D, _Cite("court-profile"),
     "Sentencing and offence patterns are analysed quarterly with the court legal adviser."),
    ("1.3.1e", "-", M, "Meeting with the commissioning manager, 5 Mar 2025",
     "The analysis has not yet been used to recommission services; the speech and language service was renewed "
     "without reference to it."),
    ("1.3.1f", "-", D, _Cite("participation", "section 3"),
     "Children's and parents' views are gathered but not brought into the needs analysis."),
    ("1.3.2a", "+", I, "Case-manager interviews; service directory",
     "Case managers can get children the interventions they need: speech and language, substance misuse, and "
     "education support are quick to access."),
    ("1.3.2b", "+", O, "Observation of the Saturday sports project, 8 Mar 2025",
     "Strong strengths-based work, with mentoring and sports and arts projects that children choose."),
    ("1.3.2c", "-", D, _Cite("directory", "appendix B", "Service directory and uptake data"),
     "There is no specific provision for girls, and uptake of the mentoring scheme by Black children is low; neither "
     "has been looked at."),
    ("1.3.2d", "+", D, _Cite("service-reviews"),
     "Services are reviewed against outcomes; the reparation scheme was redesigned after a review found low "
     "completion."),
    ("1.3.3a", "+", M, "Meeting with education and health partners, 5 Mar 2025",
     "Children have good access to mainstream and specialist services through named contacts in education and CAMHS."),
    ("1.3.3b", "+", D, _Cite("exploitation-minutes"),
     "Arrangements with children's social care and the exploitation hub keep children safe; the YJS attends every "
     "strategy meeting."),
    ("1.3.3c", "+", D, "MAPPA and risk management panel records",
     "The risk management panel is well attended by police and children's social care and actions are followed up."),
    ("1.3.3d", "-", I, "Case-manager interviews",
     "Case managers struggle to find services that meet children's diversity needs, in particular for neurodivergent "
     "children and children for whom English is an additional language."),
    ("1.3.3e", "+", M, "Meeting with the court legal adviser, 6 Mar 2025",
     "Magistrates receive regular briefings on the interventions available and the court team produces a clear "
     "service leaflet."),
    ("1.4.1a", "+", D, "Policy library (SharePoint), review dates",
     "All the policies needed are in place, from case allocation to transitions to adult services."),
    ("1.4.1b", "+", I, "Case-manager interviews",
     "Case managers know where policies are and new ones are briefed at team meetings."),
    ("1.4.1c", "+", S, _Cite("staff-survey", "question 12"),
     "Staff know how to refer to partner services; the service directory is up to date."),
    ("1.4.1d", "-", D, _Cite("policy-schedule"),
     "Several policies are overdue for review (three by more than a year) and reviews do not consider diversity."),
    ("1.4.1e", "+", D, "Process review log 2024",
     "YJS processes are reviewed regularly, including a review of breach decisions by ethnicity in 2024."),
    ("1.4.2a", "+", O, "Visits to the Northmoor and Eastgate offices, 6 Mar 2025",
     "Children are seen in accessible places: the two offices, schools, youth centres and home visits."),
    ("1.4.2b", "+", O, "Visits to the Northmoor and Eastgate offices, 6 Mar 2025",
     "Both offices are safe, with alarms, interview rooms with two exits, and separate entrances for children."),
    ("1.4.2c", "+", O, "Visits to the Northmoor and Eastgate offices, 6 Mar 2025",
     "Rooms are welcoming and suitable for one-to-one and group work; a sensory room has been created for "
     "neurodivergent children."),
    ("1.4.3a", "-", I, "Case-manager interviews; system downtime log",
     "Case managers lose time to the case-management system, which is slow and often unavailable off site; recording "
     "falls behind."),
    ("1.4.3b", "+", D, "Information-sharing agreements",
     "Practitioners have access to children's social care and education systems and information sharing agreements "
     "are in place."),
    ("1.4.3c", "-", M, "Meeting with the performance officer, 6 Mar 2025",
     "The system cannot produce diversity reports; the performance officer builds them by hand each quarter."),
    ("1.4.4a", "+", D, _Cite("quality-assurance"),
     "Quality assurance is well established and audit findings have led to visible improvement in assessment quality."),
    ("1.4.4b", "-", D, _Cite("improvement-plan"),
     "Improvement actions are not evaluated; there is no way of telling whether the changes made in 2024 worked."),
    ("1.4.4c", "+", D, _Cite("learning-reviews"),
     "Learning reviews after serious incidents were thorough and their actions are complete."),
    ("1.4.4d", "+", D, _Cite("participation", "section 4"),
     "Children's and parents' views are sought after every order and used to change practice, for example the new "
     "evening appointments."),
    ("1.4.4e", "-", D, _Cite("performance"),
     "Diversity information is collected but not used: it appears in reports without analysis or actions."),
    ("1.4.4f", "+", D, _Cite("inspection-action-plan"),
     "All recommendations from the last inspection have been acted on, with evidence of impact."),
    ("1.4.4g", "+", O, "Observation of the all-staff briefing, 6 Mar 2025",
     "Learning is shared through monthly practice briefings and a short newsletter that staff read."),
    ("3.4.1a", "+", D, _Cite("ooc-protocol"),
     "A clear joint protocol with the police sets out joint decision-making and is signed at chief officer level."),
    ("3.4.1b", "+", D, _Cite("ooc-protocol", "section 3"),
     "Eligibility criteria are broad enough to allow discretion, with a clear statement against net-widening."),
    ("3.4.1c", "+", D, _Cite("ooc-protocol", "section 4"),
     "The escalation process avoids repeat use of the same disposal and is followed in the cases we read."),
    ("3.4.1d", "+", D, _Cite("ooc-protocol", "annex A"),
     "The protocol explains the difference between community resolutions and formal disposals, for children and "
     "parents too."),
    ("3.4.1e", "+", C, "Out-of-court case sample (12 cases)",
     "Children are referred on to the support they need, including early help and the substance misuse service."),
    ("3.4.1f", "-", D, _Cite("ooc-protocol"),
     "The policy says diversity needs will be met but does not say how."),
    ("3.4.1g", "+", D, _Cite("ooc-protocol", "section 6"),
     "Safeguarding arrangements are clear, including when to make a referral to children's social care."),
    ("3.4.1h", "+", D, _Cite("ooc-protocol", "section 7"),
     "The protocol sets out how risk to others is assessed and how victims are kept safe."),
    ("3.4.2a", "+", O, "Observation of the out-of-court disposal panel, 6 Mar 2025",
     "The weekly joint panel includes the YJS, police, social care, health and education and reaches decisions "
     "together."),
    ("3.4.2b", "+", C, "Out-of-court timeliness data, 2024",
     "Decisions are timely: the median time from referral to decision is 12 working days."),
    ("3.4.2c", "+", D, _Cite("escalation-log"),
     "Disagreements go to the service managers within five days; the log shows three escalations, all resolved."),
    ("3.4.2d", "+", C, "Out-of-court case sample (12 cases)",
     "Disposals are applied consistently and the decisions recorded are defensible."),
    ("3.4.2e", "+", D, "Out-of-court intervention menu",
     "A wide, strengths-based range of interventions, including sport, restorative work and mentoring."),
    ("3.4.2f", "+", C, "Out-of-court case sample (12 cases)",
     "Compliance is followed up and conditions are enforced proportionately."),
    ("3.4.2g", "+", C, "Out-of-court case sample (12 cases)",
     "Safety planning is good; concerns were referred on in every case where they arose."),
    ("3.4.2h", "+", C, "Out-of-court case sample (12 cases)",
     "Risk to others is assessed and planned for, with victims' wishes taken into account."),
    ("3.4.3a", "+", D, "Out-of-court disposal scrutiny panel reports",
     "The policy and provision are reviewed each year by the scrutiny panel and the board's subgroup."),
    ("3.4.3b", "+", D, _Cite("ooc-review", "pp. 4–7"),
     "The review uses reoffending data and input from police, health and education."),
    ("3.4.3c", "-", D, _Cite("ooc-review", "p. 9"),
     "The review does not look at who receives which disposal by ethnicity, gender or care status."),
    ("3.4.3d", "+", D, _Cite("ooc-review", "pp. 10–12"),
     "The review draws on recent research on diversion and changed the intervention menu as a result."),
    ("3.4.3e", "+", D, "Protocol version history",
     "Reviews lead to change: the protocol was amended in July 2024 after the annual review."),
    ("3.4.3f", "-", M, "Meeting with the participation officer, 3 Mar 2025",
     "Children and parents are not involved in reviewing the out-of-court disposal policy or provision."),
    ("4.1.1a", "+", D, _Cite("resettlement-policy"),
     "The policy sets out arrangements for accommodation, education, health and other pathways, with timescales "
     "before release."),
    ("4.1.1b", "+", D, _Cite("resettlement-policy", "section 3"),
     "The policy recognises structural barriers and commits to helping children build a pro-social identity."),
    ("4.1.1c", "+", D, _Cite("resettlement-policy", "section 5"),
     "The policy describes how diversity needs are identified and met during custody and after release."),
    ("4.1.1d", "+", D, _Cite("resettlement-policy", "section 2"),
     "A constructive, strengths-based and future-focused approach runs through the policy."),
    ("4.1.1e", "+", D, _Cite("resettlement-policy", "section 6"),
     "Information sharing with the secure estate, probation and partners is set out clearly."),
    ("4.1.1f", "+", D, _Cite("resettlement-policy", "section 7"),
     "Arrangements for keeping children safe on release are clear."),
    ("4.1.1g", "+", D, _Cite("resettlement-policy", "section 7"),
     "Arrangements for managing risk to others on release are clear."),
    ("4.1.1h", "-", D, _Cite("resettlement-policy"),
     "The policy says nothing about the needs of victims."),
    ("4.1.2a", "!", C, "Resettlement cases (3)",
     "Two of the three children released in the past year did not know where they would live until the day before "
     "release; one spent two nights in emergency accommodation."),
    ("4.1.2b", "+", C, "Resettlement cases (3)",
     "Education and health services were in place on release in all three cases."),
    ("4.1.2c", "-", C, "Resettlement cases (3)",
     "In one case the child's autism diagnosis was not shared with the accommodation provider."),
    ("4.1.2d", "+", D, "Resettlement practice guidance",
     "Practice follows the constructive resettlement evidence base."),
    ("4.1.2e", "-", I, "Case-manager interviews",
     "Only one of the three case managers with resettlement cases has had training for the work."),
    ("4.1.2f", "+", C, "Resettlement cases (3)",
     "Safety planning around release was good in all three cases."),
    ("4.1.2g", "+", C, "Resettlement cases (3)",
     "Risk to others was well managed through MAPPA in the one case that needed it."),
    ("4.1.2h", "-", C, "Resettlement cases (3)",
     "Victims' needs were not considered in release planning in two of the three cases."),
    ("4.1.3a", "+", D, _Cite("resettlement-review", "p. 1"),
     "The policy was reviewed in September 2024."),
    ("4.1.3b", "-", D, _Cite("resettlement-review", "pp. 2–3"),
     "The review did not use data or ask the secure estate or accommodation providers for their views."),
    ("4.1.3c", "-", D, _Cite("resettlement-review"),
     "Diversity was not considered in the review."),
    ("4.1.3d", "+", D, _Cite("resettlement-review", "p. 4"),
     "The review took account of the constructive resettlement evidence base."),
    ("4.1.3e", "-", D, "Resettlement policy version history",
     "The review's recommendations on accommodation have not been acted on."),
    ("4.1.3f", "-", M, "Meeting with the participation officer, 3 Mar 2025",
     "Children and families who have experienced resettlement have not been asked about it."),
)

# Further evidence that sets the scene rather than weighing one way (untagged), recorded after the
# prompt's own item.
_CONTEXT: tuple[tuple[str, SourceKind, str | _Cite, str], ...] = (
    ("1.1.1a", M, "Meeting with the board chair, 3 Mar 2025",
     "The chair described the plan as 'owned by the partnership, not just the YJS'; partners we met agreed."),
    ("1.1.1a", D, _Cite("minutes-2024-05", "pp. 2–4"),
     "The board signed off the youth justice plan at this meeting, after the head of service presented it with the "
     "year's performance; health sent apologies, and only the social care member said what their own agency would "
     "contribute."),
    ("1.2.1a", C, "Caseload data, 28 Feb 2025",
     "The caseload is 142 children: 58 on court orders, 71 on out-of-court disposals and 13 in custody or on licence."),
    ("1.2.3a", D, _Cite("supervision-records"),
     "Four of ten staff had supervision in the past month; three had none recorded since November 2024."),
    ("1.3.2a", D, _Cite("directory"),
     "The directory lists 46 services with referral routes and waiting times."),
    ("1.4.3a", C, _Cite("downtime"),
     "The system was unavailable for 31 working hours in January and February."),
    ("3.4.2b", C, "Out-of-court caseload, 2024",
     "The panel made 164 decisions in 2024, 71 % of them community resolutions."),
    ("4.1.2a", M, "Meeting with the housing options manager, 6 Mar 2025",
     "The housing service has no protocol for children leaving custody; referrals are made case by case."),
)

_ANSWERS: dict[str, tuple[Answer, str]] = {
    "1.1.1": (Answer.YES, ""), "1.1.2": (Answer.YES, ""), "1.1.3": (Answer.YES, ""),
    "1.2.1": (Answer.NO, ""), "1.2.2": (Answer.YES, ""), "1.2.3": (Answer.NO, ""),
    "1.2.4": (Answer.YES, ""), "1.2.5": (Answer.YES, ""),
    "1.3.1": (Answer.YES,
              "Three prompts are below the line, but the gaps (diversity factors beyond ethnicity, use in "
              "commissioning, children's views) are already addressed in the needs analysis commissioned in "
              "January 2025, which we saw in draft; the analysis itself is thorough and current."),
    "1.3.2": (Answer.YES, ""), "1.3.3": (Answer.YES, ""),
    "1.4.1": (Answer.YES, ""), "1.4.2": (Answer.YES, ""), "1.4.3": (Answer.NO, ""), "1.4.4": (Answer.YES, ""),
    "3.4.1": (Answer.YES, ""), "3.4.2": (Answer.YES, ""), "3.4.3": (Answer.YES, ""),
    "4.1.1": (Answer.YES, ""), "4.1.2": (Answer.NO, ""), "4.1.3": (Answer.NO, ""),
}

_PROPOSALS: dict[str, tuple[Rating, str]] = {
    "1.1": (Rating.GOOD, "All three key questions are answered 'yes'. A clear, evidence-based plan and an engaged "
                         "chair; partners' attendance and the board's grip on disproportionality need to improve."),
    "1.2": (Rating.REQUIRES_IMPROVEMENT, "Staffing and workload (1.2.1) and supervision (1.2.3) are answered 'no'; "
                                         "supervision is a decisive shortfall."),
    "1.3": (Rating.GOOD, "All key questions answered 'yes'; good access to specialist and mainstream services."),
    "1.4": (Rating.GOOD, "ICT (1.4.3) is answered 'no', which gives a default of 'Requires improvement'. We propose "
                         "'Good': the ICT problems are the council's contract, a replacement system is procured for "
                         "June 2025, and policies, premises and learning are strong."),
    "3.4": (Rating.GOOD, "A strong joint protocol and panel; diversity and children's involvement in review are "
                         "the gaps."),
    "4.1": (Rating.REQUIRES_IMPROVEMENT, "Provision (4.1.2) and review (4.1.3) are answered 'no'; accommodation on "
                                         "release is a decisive shortfall."),
}

# How many of the 24 case managers answered 'yes' to each question; None: not asked in the recorded
# interviews (reasonable adjustments and resettlement training were tallied on paper, below).
_INTERVIEWS = 24
_YES: dict[str, int | None] = {
    "workload": 17, "management-oversight": 15, "supervision-regular": 14, "supervision-quality": 13,
    "training-needs": 20, "promotion-reward": 18, "safety-wellbeing": 21, "reasonable-adjustments": None,
    "desistance-services": 18, "specialist-mainstream-access": 18, "personal-circumstances-services": 15,
    "policies": 22, "ict": 13, "resettlement-training": None,
}
_COMMENTS: dict[str, str] = {
    "workload": "Carries 16 cases including four high risk; catches up on recording in the evenings.",
    "management-oversight": "Caseload has not been reviewed with the manager since allocation in the autumn.",
    "supervision-regular": "Last supervision was in November; two sessions were cancelled.",
    "supervision-quality": "Supervision is a checklist of deadlines; no discussion of the work with children.",
    "personal-circumstances-services": "Could not find an interpreter service for a parent who speaks Tigrinya.",
    "ict": "The system times out at home visits; notes are written up later from paper.",
}
_TALLIES = (("1.2.5e", Decimal("83.3"), 6), ("4.1.2e", Decimal("33.3"), 3))

_CASE_COUNTS = (
    ("2.1", "Desistance", 15, 20), ("2.1", "Keeping the child safe", 14, 20),
    ("2.1", "Keeping other people safe", 13, 20),
    ("2.2", "Desistance", 16, 20), ("2.2", "Keeping the child safe", 12, 20),
    ("2.2", "Keeping other people safe", 14, 20),
    ("3.1", "Desistance", 10, 12), ("3.1", "Keeping the child safe", 9, 12),
    ("3.1", "Keeping other people safe", 8, 12),
)
_CASE_RATINGS = (("2.3", Rating.GOOD), ("2.4", Rating.REQUIRES_IMPROVEMENT), ("3.2", Rating.GOOD), ("3.3", Rating.GOOD))

_RECOMMENDATIONS = (
    (Recipient.YJS, "Make sure every member of staff receives regular supervision that attends to the quality of "
                    "their work with children, and that workloads are actively managed."),
    (Recipient.YJS, "Analyse and act on disproportionality across all diversity factors, and show the board the "
                    "actions taken and their effect."),
    (Recipient.LOCAL_AUTHORITY, "Agree a protocol between the housing service and the YJS so that every child "
                                "leaving custody knows where they will live well before release."),
    (Recipient.YJB, "Support Northmoor YJS to replace its case-management system without a gap in recording or "
                    "management information."),
)


def _id(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))


def _interview_form(forms: Forms) -> InterviewForm:
    form = forms.get(FORM_ID, FORM_VERSION)
    if form is None:
        raise UserError(f"the demo needs the interview form '{FORM_ID}' version {FORM_VERSION} in forms/")
    return form


def build_demo(framework: Framework, forms: Forms) -> Inspection:
    """The Northmoor demo inspection, the same every time."""
    judged = [row[0] for row in _JUDGED]
    if judged != [p.id for p in framework.prompts]:
        raise UserError("the demo inspection was written for a framework with different prompts")
    form = _interview_form(forms)
    start = _FIELDWORK_START
    return Inspection(
        details=InspectionDetails(
            id=_id("inspection"), yjs="Northmoor Youth Justice Service", nation=Nation.ENGLAND,
            fieldwork_start=start, fieldwork_end=start + timedelta(days=4), lead_inspector=_LEAD, team=_TEAM,
            resettlement_cases_12_months=3,
            notes="Fictional inspection for demonstration and training. Fieldwork in week two; case-manager "
                  "interviews in week one.",
        ),
        framework_id=framework.id,
        framework_version=framework.version,
        recommendations=tuple(Recommendation(text, to, _id("recommendation", str(n)))
                              for n, (to, text) in enumerate(_RECOMMENDATIONS, 1)),
        judgements=tuple(
            PromptJudgement(prompt, Sufficiency.ABOVE if mark == "+" else Sufficiency.BELOW, decisive=mark == "!")
            for prompt, mark, *_ in _JUDGED
        ),
        evidence=_evidence(),
        answers=tuple(KeyQuestionAnswer(kq, answer, rationale) for kq, (answer, rationale) in _ANSWERS.items()),
        proposals=tuple(StandardProposal(s, rating, rationale) for s, (rating, rationale) in _PROPOSALS.items()),
        diversity=DiversityFinding(
            True, "Diversity is understood and the equality objectives are clear; the board and leaders now need to "
                  "act on disproportionality data rather than note it (see 1.1.2d, 1.1.3d, 1.3.1c)."),
        interviews=_interviews(form, start - timedelta(days=7)),
        tallies=tuple(TalliedPercentage(p, percent, n) for p, percent, n in _TALLIES),
        case_ratings=_CASE_RATINGS,
        case_counts=tuple(CaseCount(*row) for row in _CASE_COUNTS),
        documents=tuple(Document(title, kind, received, supplied_by, id=_id("document", key))
                        for key, title, kind, received, supplied_by in _DOCUMENTS),
    )


def _evidence() -> tuple[Evidence, ...]:
    items: list[Evidence] = []
    context: dict[str, list[tuple[SourceKind, str | _Cite, str]]] = {}
    for prompt, kind, where, note in _CONTEXT:
        context.setdefault(prompt, []).append((kind, where, note))
    for index, (prompt, mark, source, where, text) in enumerate(_JUDGED):
        who, day = _RECORDER[prompt[:3]]
        at = datetime.combine(_FIELDWORK_START + timedelta(days=day), datetime.min.time(), _UTC)
        at += timedelta(hours=9, minutes=7 * index % 480)
        tag = EvidenceTag.STRENGTH if mark == "+" else EvidenceTag.AREA_FOR_IMPROVEMENT
        untagged = ((kind, ref, note, None) for kind, ref, note in context.get(prompt, ()))
        recorded = [(source, where, text, tag), *untagged]
        for number, (kind, ref, note, tagged) in enumerate(recorded, 1):
            reference, document_id, page = _cited(ref)
            items.append(Evidence(prompt, note, kind, reference, who, at + timedelta(minutes=3 * (number - 1)), tagged,
                                  _id("evidence", prompt, str(number)), also=_ALSO.get((prompt, number), ()),
                                  document_id=document_id, page=page))
    return tuple(items)


def _cited(where: str | _Cite) -> tuple[str, str | None, str]:
    """The reference, the register entry cited and the page."""
    if isinstance(where, str):
        return where, None, ""
    reference = where.reference or ", ".join(part for part in (_TITLES[where.document], where.page) if part)
    return reference, _id("document", where.document), where.page


def _interviews(form: InterviewForm, week_start: date) -> tuple[Interview, ...]:
    interviews = []
    for n in range(_INTERVIEWS):
        responses = []
        for offset, question in enumerate(form.questions):
            yes = _YES.get(question.id)
            if yes is None:
                responses.append((question.id, InterviewResponse(InterviewAnswer.NOT_ASKED)))
                continue
            # Spread each question's 'yes' answers over the interviews, a different stretch per question;
            # the first 'no' after the stretch carries the question's comment.
            place = (n + 5 * offset) % _INTERVIEWS
            comment = _COMMENTS.get(question.id, "") if place == yes else ""
            responses.append((question.id, InterviewResponse(InterviewAnswer.YES if place < yes else InterviewAnswer.NO,
                                                             comment)))
        interviews.append(Interview(
            reference=f"CM-{n + 1:02d}", form_id=form.id, form_version=form.version,
            date=week_start + timedelta(days=n % 5), inspector=(_LEAD, *_TEAM)[n % 4],
            responses=tuple(responses), id=_id("interview", str(n + 1)),
        ))
    return tuple(interviews)


def build_scaled(framework: Framework, forms: Forms, factor: int = 10) -> Inspection:
    """The demo with factor × 100 interviews and factor × 500 evidence items (the demo's, repeated
    under fresh ids): a long inspection with the whole team's notes merged, for the benchmarks."""
    demo = build_demo(framework, forms)
    count = len(demo.interviews)
    interviews = tuple(
        dataclasses.replace(
            demo.interviews[n % count], id=_id("scaled interview", str(n)),
            reference=f"{demo.interviews[n % count].reference}/{n // count + 1}",
        )
        for n in range(100 * factor)
    )
    evidence = tuple(
        dataclasses.replace(demo.evidence[n % len(demo.evidence)], id=_id("scaled evidence", str(n)))
        for n in range(500 * factor)
    )
    return dataclasses.replace(demo, interviews=interviews, evidence=evidence)


def demo_file() -> Path:
    """The committed demo inspection (exchange JSON), from the source tree or the installed package."""
    path = content_root() / "demo" / DEMO_FILE
    if not path.is_file():
        raise UserError(f"the demo inspection is not installed (looked for {path})")
    return path
