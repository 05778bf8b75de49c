"""The inspection navigator as plain data: standards -> key questions -> prompts, each with its state
at a glance, the progress counts, the filters and the Go menu's moves.

The parts of the inspection beyond the framework's items (interviews, domain two and three, ...) are
`SECTIONS`: top-level nodes after the standards, each with its own status; the Qt model only shows
what this module returns.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, replace
from enum import Enum

from inspector.framework.items import ItemKind, find_item, item_ids, kind_of, navigator_label, parent_id
from inspector.framework.model import Framework, Prompt, Rating
from inspector.inspection.model import Answer, Inspection, PanelState, PromptJudgement, Sufficiency
from inspector.rules.evaluation import Evaluation
from inspector.rules.findings import FindingKind
from inspector.rules.panel import PanelStandard
from inspector.rules.ratings import RESETTLEMENT
from inspector.rules.standard import StandardResult


class Tone(str, Enum):
    """How a state reads at a glance; the window picks a colour for each."""

    OPEN = "open"  # not judged, not answered, not proposed
    SUGGESTED = "suggested"  # only the engine's suggestion or default so far
    POSITIVE = "positive"  # above the line, 'yes', Good or Outstanding
    NEGATIVE = "negative"  # below the line, 'no', Requires improvement or Inadequate
    DECISIVE = "decisive"  # a decisive shortfall


class Filter(str, Enum):
    """What the navigator shows; the value is the filter's name in the window."""

    ALL = "Everything"
    UNJUDGED = "Prompts not yet judged"
    DIVERSITY = "Diversity prompts"
    INTERVIEWS = "Prompts linked to interviews"
    FINDINGS = "Findings only"
    ASSIGNED = "Assigned to me"  # the standards and key questions the lead gave the session's user


@dataclass(frozen=True)
class NavigatorNode:
    id: str
    kind: ItemKind | None  # None: a section of the inspection beyond the framework (the interviews)
    label: str
    parent: str | None
    diversity: bool = False
    interviews: bool = False


@dataclass(frozen=True)
class NodeStatus:
    state: str  # "below, decisive", "yes", "suggested: no", "Good", "not judged"
    tone: Tone
    to_do: bool  # not yet judged, answered or proposed
    # What still needs someone's attention ("rationale required"); each clears once its matter is settled
    # (see `FLAGS`). A departure settled by its rationale is no flag: the ratings panel page marks it.
    flags: tuple[str, ...] = ()
    progress: str = ""  # "5 of 8 judged"
    assignee: str = ""  # the team member this standard or key question is assigned to ("": none of its own)


@dataclass(frozen=True)
class Progress:
    judged: int
    prompts: int
    answered: int
    key_questions: int

    @property
    def text(self) -> str:
        return (f"{self.judged} of {self.prompts} prompts judged \u00b7 "
                f"{self.answered} of {self.key_questions} key questions answered")


NOT_JUDGED = "not judged"

# The flags, and when each clears (docs/window.md, "A navigator flag").
INTERVIEWS_BELOW = "interviews below {}%"  # a prompt not yet judged: until it is judged below, or above with a reason
ABOVE_INTERVIEWS_BELOW = "above the line; interviews below {}%"  # until judged below, or the reason is recorded
DECISIVE_NOT_APPLIED = "decisive mark not applied"  # until the mark is taken off, or the prompt judged below
RATIONALE_REQUIRED = "rationale required"  # a key question's or standard's departure, until its rationale is typed
DEPARTS_FROM_GUIDANCE = "departs from decision guidance"  # until the standard's rationale is typed
BREACHES_RULE = "breaches a decision rule"  # until the rating, or the ratings it reads, no longer breach it
LIMITING = "limiting judgement"  # until the ratings panel agrees the rating
CAPPED = f"capped by the decision rule on {RESETTLEMENT}"  # until the ratings panel agrees the overall rating
DIVERSITY_NOT_RECORDED = "diversity finding not recorded"  # until the finding on diversity is recorded
INTERVIEWS = "interviews"  # the navigator node of the interviews page


def interviews_status(inspection: Inspection, evaluation: Evaluation) -> NodeStatus:
    count = len(inspection.interviews)
    state = f"{count} recorded" if count else "none recorded"
    return NodeStatus(state, Tone.OPEN, False)  # a count, neither good nor bad news


CASE_DATA = "case-data"  # the navigator node of the domain two and three page


def case_data_status(inspection: Inspection, evaluation: Evaluation) -> NodeStatus:
    rated = sum(1 for c in evaluation.case_ratings if c.rating is not None)
    total = len(evaluation.case_ratings)
    # The seven's places with the ratings panel, here rather than on seven nodes of their own.
    states = [evaluation.panel_standard(c.standard_id).state for c in evaluation.case_ratings]
    panel = [f"{states.count(s)} {s.value}" for s in (PanelState.AGREED, PanelState.PROPOSED) if s in states]
    return NodeStatus(" \u00b7 ".join([f"{rated} of {total} rated", *panel]), Tone.OPEN, rated < total)


OVERALL = "overall"  # the navigator node of the overview page


def overall_status(inspection: Inspection, evaluation: Evaluation) -> NodeStatus:
    result = evaluation.overall
    flags = []
    # Both are for the ratings panel to weigh: settled once it has agreed the overall rating.
    if result.capped and not result.agreed:
        # Seed line 125: "Any YJS that is rated as inadequate on the resettlement standard (4.1) is unable to
        # achieve an outstanding overall rating."
        flags.append(CAPPED)
    if any(f.kind is FindingKind.LIMITING for f in result.findings) and not result.agreed:
        flags.append(LIMITING)  # seed line 129: the panel will challenge an 'Outstanding'
    if result.rating is not None:
        points = f"{result.score} of {result.maximum} points"
        return NodeStatus(result.rating.value, rating_tone(result.rating), False, tuple(flags), points)
    rated = len(result.points) - len(result.incomplete)
    state = f"{rated} of {len(result.points)} rated" if rated else "no score yet"
    return NodeStatus(state, Tone.OPEN, True, tuple(flags))


DETAILS = "details"  # the navigator node of the inspection details page


def details_status(inspection: Inspection, evaluation: Evaluation) -> NodeStatus:
    # Seed line 45: 4.1 "only applies where YJSs have had one or more relevant cases in the 12 months before
    # the inspection": until the number is entered, whether 4.1 is rated is not known.
    applies = {"not yet known": "resettlement cases not entered", "not rated": f"{RESETTLEMENT} not rated"}
    resettlement = evaluation.overall.resettlement.status
    state = applies.get(resettlement, f"{RESETTLEMENT} applies")
    count = len(inspection.recommendations)
    sufficient = inspection.diversity.sufficient
    diversity = {True: "sufficient", False: "insufficient", None: "not yet recorded"}[sufficient]
    progress = f"{count} recommendation{'' if count == 1 else 's'} \u00b7 diversity {diversity}"
    # Seed line 129: the ratings panel "will challenge any proposed overall outstanding rating" where practice on
    # diversity is insufficient, so the finding is wanted before the panel.
    flags = (DIVERSITY_NOT_RECORDED,) if sufficient is None else ()
    return NodeStatus(state, Tone.OPEN, resettlement == "not yet known", flags, progress)


DOCUMENTS = "documents"  # the navigator node of the register of documents


def documents_status(inspection: Inspection, evaluation: Evaluation) -> NodeStatus:
    count = len(inspection.documents)
    return NodeStatus(f"{count} registered" if count else "none registered", Tone.OPEN, False)  # a count


PANEL = "panel"  # the navigator node of the ratings panel page


def panel_status(inspection: Inspection, evaluation: Evaluation) -> NodeStatus:
    overall = evaluation.overall
    if overall.agreed and overall.rating is not None:
        return NodeStatus(f"overall agreed: {overall.rating.value}", rating_tone(overall.rating), False)
    rated = [p for p in evaluation.panel if p.applies]  # 4.1 is not rated without resettlement cases
    agreed = sum(p.state is PanelState.AGREED for p in rated)
    proposed = sum(p.state is PanelState.PROPOSED for p in rated)
    return NodeStatus(f"{agreed} of {len(rated)} agreed", Tone.OPEN, True, progress=f"{proposed} proposed")


AFTER_FIELDWORK = "after-fieldwork"  # the navigator node of the page of obligations after fieldwork


def after_fieldwork_status(inspection: Inspection, evaluation: Evaluation) -> NodeStatus:
    # A count of what is done: which obligations apply, and when each is due, is the page's to say (content).
    done = len(inspection.obligations_met)
    state = f"{done} obligation{'' if done == 1 else 's'} done" if done else "no obligation done yet"
    received = inspection.improvement_plan.received
    plan = f"improvement plan received {received:%d/%m/%Y}" if received else "improvement plan not received"
    follow_ups = len(inspection.follow_ups)
    progress = f"{plan} \u00b7 {follow_ups} follow-up{'' if follow_ups == 1 else 's'}"
    return NodeStatus(state, Tone.OPEN, False, progress=progress)


AUDIT = "audit"  # the navigator node of the audit trail page


def audit_status(changes: int) -> NodeStatus:
    return NodeStatus(f"{changes:,} change{'' if changes == 1 else 's'} recorded", Tone.OPEN, False)  # a count


@dataclass(frozen=True)
class Section:
    """A part of the inspection beyond the framework's items: a top-level navigator node after the
    standards (or above them, `before_standards`), with its page in the window and its own status."""

    id: str
    label: str
    # None: the Audit node's, the size of the audit log, which the snapshot does not hold (node_statuses' `changes`).
    status: Callable[[Inspection, Evaluation], NodeStatus] | None
    interviews: bool = False  # shown by the "Prompts linked to interviews" filter too, as where they are entered
    before_standards: bool = False  # at the top, above the standards, as a cover sheet is


# In navigator order.
SECTIONS: tuple[Section, ...] = (
    # The cover sheet: what is inspected, when, by whom, and whether 4.1 is rated (seed line 45).
    Section(DETAILS, "Inspection details", details_status, before_standards=True),
    Section(OVERALL, "Overall", overall_status),  # right after the standards: it sums them up
    # The sources evidence cites beside the interviews: what the YJS sent in advance and handed over (seed line 41).
    Section(DOCUMENTS, "Documents", documents_status),
    Section(INTERVIEWS, "Interviews", interviews_status, interviews=True),
    Section(CASE_DATA, "Domain two and three", case_data_status),
    Section(PANEL, "Ratings panel", panel_status),  # after the fieldwork: the panel agrees what it made
    # After the panel: what the memorandum between HMIP, the YJB and MoJ asks of the lead then (seed 003 line 153).
    Section(AFTER_FIELDWORK, "After fieldwork", after_fieldwork_status),
    Section(AUDIT, "Audit", None),  # last: the record of every change to all of the above
)
SECTION_IDS = frozenset(section.id for section in SECTIONS)


def navigator_nodes(framework: Framework) -> tuple[NavigatorNode, ...]:
    """Every node in document order (the framework item itself is the framework browser's, not ours)."""
    nodes = [NavigatorNode(s.id, None, s.label, None, interviews=s.interviews) for s in SECTIONS if s.before_standards]
    for item_id in item_ids(framework):
        kind = kind_of(item_id)
        if kind is ItemKind.FRAMEWORK:
            continue
        item = find_item(framework, item_id)
        prompt = item if isinstance(item, Prompt) else None
        nodes.append(NavigatorNode(
            item_id, kind, navigator_label(item), parent_id(item_id),
            diversity=bool(prompt and prompt.diversity), interviews=bool(prompt and prompt.interview_link),
        ))
    nodes.extend(
        NavigatorNode(s.id, None, s.label, None, interviews=s.interviews) for s in SECTIONS if not s.before_standards
    )
    return tuple(nodes)


def node_statuses(
    framework: Framework, inspection: Inspection, evaluation: Evaluation, changes: int = 0,
) -> dict[str, NodeStatus]:
    """Every node's status; `changes` is the number of rows in the file's audit log (the Audit node's)."""
    statuses: dict[str, NodeStatus] = {}
    judgements = {j.prompt_id: j for j in inspection.judgements}
    thresholds = below_thresholds(evaluation)
    for standard in framework.standards:
        for kq in standard.key_questions:
            explained = interviews_explained(evaluation, kq.id)
            for prompt in kq.prompts:
                statuses[prompt.id] = prompt_status(judgements.get(prompt.id), thresholds.get(prompt.id), explained)
            judged = sum(statuses[p.id].tone is not Tone.OPEN for p in kq.prompts)
            statuses[kq.id] = _key_question_status(evaluation, kq.id, f"{judged} of {len(kq.prompts)} judged")
        judged = sum(statuses[p.id].tone is not Tone.OPEN for p in standard.prompts)
        progress = f"{judged} of {len(standard.prompts)} prompts judged"
        statuses[standard.id] = _standard_status(evaluation.standard(standard.id), progress,
                                                 evaluation.panel_standard(standard.id))
    for assignment in inspection.assignments:
        if assignment.scope_id in statuses:
            statuses[assignment.scope_id] = replace(statuses[assignment.scope_id], assignee=assignment.member)
    for section in SECTIONS:
        statuses[section.id] = section.status(inspection, evaluation) if section.status else audit_status(changes)
    return statuses


def below_thresholds(evaluation: Evaluation) -> dict[str, int]:
    """Prompts whose interview result is below the link's threshold, with the threshold."""
    return {
        r.prompt_id: r.threshold_percent
        for r in evaluation.interview_results
        if r.below_threshold and r.threshold_percent is not None
    }


def interviews_explained(evaluation: Evaluation, key_question_id: str) -> bool:
    """Whether a prompt judged above the line against its interview result has its reason recorded: the
    key question's rationale, where the inspector says why they answer as they do (the prompt itself holds
    no text of its own)."""
    return bool(evaluation.key_question(key_question_id).rationale.strip())


def interviews_flag(judgement: PromptJudgement | None, below_threshold: int | None, explained: bool) -> str:
    """The flag for a prompt whose interview result is below its threshold, or "" once settled: judged
    below the line (the judgement the interviews support), or judged above with the reason recorded."""
    if below_threshold is None:
        return ""
    sufficiency = judgement.sufficiency if judgement is not None else None
    if sufficiency is None:
        # e.g. seed line 888: "where less than a reasonable majority (below 65 per cent) respond positively".
        return INTERVIEWS_BELOW.format(below_threshold)
    if sufficiency is Sufficiency.ABOVE and not explained:
        return ABOVE_INTERVIEWS_BELOW.format(below_threshold)
    return ""


def prompt_status(
    judgement: PromptJudgement | None, below_threshold: int | None = None, explained: bool = False,
) -> NodeStatus:
    """How a prompt's judgement reads wherever it is listed (navigator, key question page). `below_threshold`:
    the threshold its interview result is below, if it is; `explained`: `interviews_explained`."""
    flags = []
    if interviews := interviews_flag(judgement, below_threshold, explained):
        flags.append(interviews)
    if judgement is None or judgement.sufficiency is None:
        return NodeStatus(NOT_JUDGED, Tone.OPEN, True, tuple(flags))
    if judgement.sufficiency is Sufficiency.ABOVE:
        if judgement.decisive:
            # Seed line 391: only "areas that are considered below the line" can preclude 'yes'.
            flags.append(DECISIVE_NOT_APPLIED)
        return NodeStatus("above", Tone.POSITIVE, False, tuple(flags))
    if judgement.decisive:
        return NodeStatus("below, decisive", Tone.DECISIVE, False, tuple(flags))
    return NodeStatus("below", Tone.NEGATIVE, False, tuple(flags))


def _key_question_status(evaluation: Evaluation, kq_id: str, progress: str) -> NodeStatus:
    balance = evaluation.key_question(kq_id)
    # A departure with its rationale recorded is settled: no flag (the ratings panel page marks it).
    flags = [RATIONALE_REQUIRED] if balance.rationale_required else []
    if balance.answer is not None:
        tone = Tone.POSITIVE if balance.answer is Answer.YES else Tone.NEGATIVE
        return NodeStatus(balance.answer.value, tone, False, tuple(flags), progress)
    if balance.suggestion is not None:
        return NodeStatus(f"suggested: {balance.suggestion.value}", Tone.SUGGESTED, True, tuple(flags), progress)
    return NodeStatus("not answered", Tone.OPEN, True, tuple(flags), progress)


_POSITIVE_RATINGS = (Rating.OUTSTANDING, Rating.GOOD)


def rating_tone(rating: Rating) -> Tone:
    return Tone.POSITIVE if rating in _POSITIVE_RATINGS else Tone.NEGATIVE


def _standard_flags(result: StandardResult, panel: PanelStandard) -> list[str]:
    """The engine's findings that ask for someone's attention, each until its matter is settled. Notes (3.4
    has no default, a band gap) and incomplete data are shown on the page, not flagged."""
    flags: list[str] = []
    for finding in result.findings:
        flag = None
        if finding.kind is FindingKind.RULE and finding.met is False:
            # Seed line 97: "Decision rules are non-negotiable." Until the rating no longer breaches it.
            flag = BREACHES_RULE
        elif finding.kind is FindingKind.GUIDANCE and finding.met is False and not result.rationale.strip():
            # Seed line 97: "Decision guidance should be followed other than in defensible and evidence-based
            # circumstances": settled by the rationale that defends the departure.
            flag = DEPARTS_FROM_GUIDANCE
        elif finding.kind is FindingKind.RATIONALE:
            flag = RATIONALE_REQUIRED  # the engine drops the finding once the rationale is typed
        elif finding.kind is FindingKind.LIMITING and panel.state is not PanelState.AGREED:
            flag = LIMITING  # for the ratings panel to weigh: settled once it agrees the rating
        if flag and flag not in flags:
            flags.append(flag)
    return flags


def _standard_status(result: StandardResult, progress: str, panel: PanelStandard) -> NodeStatus:
    flags = _standard_flags(result, panel)
    if not result.applies:
        return NodeStatus("not rated", Tone.OPEN, False, tuple(flags), progress)
    if panel.state is not PanelState.DRAFT and panel.rating is not None:
        # With the ratings panel: the rating the standard carries (the agreed one once agreed) and where it stands.
        state = f"{panel.rating.value} \u00b7 {panel.state.value}"
        return NodeStatus(state, rating_tone(panel.rating), False, tuple(flags), progress)
    if result.proposed is not None:
        return NodeStatus(result.proposed.value, rating_tone(result.proposed), False, tuple(flags), progress)
    if result.default is not None:
        return NodeStatus(f"default: {result.default.value}", Tone.SUGGESTED, True, tuple(flags), progress)
    return NodeStatus("not proposed", Tone.OPEN, True, tuple(flags), progress)


def progress(framework: Framework, inspection: Inspection) -> Progress:
    prompts = {p.id for p in framework.prompts}
    key_questions = {kq.id for s in framework.standards for kq in s.key_questions}
    judged = sum(1 for j in inspection.judgements if j.sufficiency is not None and j.prompt_id in prompts)
    answered = sum(1 for a in inspection.answers if a.answer is not None and a.key_question_id in key_questions)
    return Progress(judged, len(prompts), answered, len(key_questions))


def _matches(node: NavigatorNode, status: NodeStatus, wanted: Filter) -> bool:
    if wanted is Filter.ALL:
        return True
    if wanted is Filter.UNJUDGED:
        return node.kind is ItemKind.PROMPT and status.to_do
    if wanted is Filter.DIVERSITY:
        return node.diversity
    if wanted is Filter.INTERVIEWS:
        return node.interviews
    return bool(status.flags)


def _assigned_to(node: NavigatorNode, by_id: dict[str, NavigatorNode], statuses: dict[str, NodeStatus],
                 user: str) -> bool:
    """Whether the work is `user`'s: the nearest assignment at or above the node (a key question's own, else
    its standard's) names them."""
    at: str | None = node.id
    while at is not None:
        if statuses[at].assignee:
            return statuses[at].assignee == user
        at = by_id[at].parent
    return False


def visible(
    nodes: Iterable[NavigatorNode], statuses: dict[str, NodeStatus], wanted: Filter, keep: str | None = None,
    user: str = "",
) -> frozenset[str]:
    """The ids the filter shows: the matching nodes, the nodes above them, and `keep` (the item on
    show, so a filter never pulls the page the inspector is working on out from under them). `user`: whose
    work "Assigned to me" shows."""
    by_id = {node.id: node for node in nodes}
    shown: set[str] = set()
    for node in by_id.values():
        matches = (_assigned_to(node, by_id, statuses, user) if wanted is Filter.ASSIGNED
                   else _matches(node, statuses[node.id], wanted))
        if matches or node.id == keep:
            at: str | None = node.id
            while at is not None and at not in shown:
                shown.add(at)
                at = by_id[at].parent
    return frozenset(shown)


def next_prompt(
    framework: Framework, current: str | None, step: int, among: Collection[str] | None = None,
) -> str | None:
    """The prompt after (step 1) or before (step -1) the current item in document order, keeping to
    `among` (the filter's visible ids) when given; None at either end."""
    order = [i for i in item_ids(framework) if kind_of(i) is not ItemKind.FRAMEWORK]
    here = order.index(current) if current in order else (-1 if step > 0 else len(order))
    candidates = order[here + 1:] if step > 0 else reversed(order[:here])
    return next(
        (i for i in candidates if kind_of(i) is ItemKind.PROMPT and (among is None or i in among)), None
    )


def next_unjudged(framework: Framework, inspection: Inspection, current: str | None) -> str | None:
    """The next prompt not yet judged after the current item, going round to the start; None when all are."""
    judged = {j.prompt_id for j in inspection.judgements if j.sufficiency is not None}
    prompts = {p.id for p in framework.prompts}
    order = [i for i in item_ids(framework) if kind_of(i) is not ItemKind.FRAMEWORK]
    here = order.index(current) if current in order else -1
    after = [i for i in order[here + 1:] if i in prompts]
    before = [i for i in order[:here + 1] if i in prompts]
    return next((p for p in after + before if p not in judged), None)
