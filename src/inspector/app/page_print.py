"""The window's current page as a document to print (File > Print, File > Print to PDF): one HTML page
made from the page's own view model, so it reads as a document rather than a screen grab.

The prompt (heading, judgement, interview result, evidence table), the key question, the standard, the
overview and the ratings panel are written out here; the other pages (details, documents, interviews,
domain two and three, audit) have no document of their own and are printed as the window draws them,
scaled to the page (gui/printing.py). Everything taken from the inspection is escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape

from inspector.app.key_question_view import key_question_view
from inspector.app.navigator import NOT_JUDGED, OVERALL, PANEL, SECTION_IDS
from inspector.app.overview_view import overview_view
from inspector.app.panel_view import departure_marks, panel_view
from inspector.app.prompt_view import prompt_view
from inspector.app.report_export import file_name
from inspector.app.standard_view import standard_view
from inspector.content import Content
from inspector.framework.items import ItemKind, kind_of
from inspector.inspection.model import Inspection, Sufficiency
from inspector.reports.model import long_date
from inspector.rules.evaluation import Evaluation

PDF_SUFFIX = ".pdf"

# Qt's rich text reads a subset of CSS: sizes in points, borders on the tables themselves.
_STYLE = """
body { font-family: Arial, sans-serif; font-size: 10pt; color: #222222; }
h1 { font-size: 16pt; color: #1f3864; margin-bottom: 2pt; }
h2 { font-size: 12pt; color: #1f3864; margin-top: 12pt; margin-bottom: 2pt; }
p { margin-top: 2pt; margin-bottom: 4pt; }
.crumb { color: #595959; font-size: 9pt; }
.muted { color: #595959; }
.flag { color: #b3261e; font-weight: bold; }
.strong { font-weight: bold; }
table { border-collapse: collapse; }
th { background-color: #1f3864; color: #ffffff; text-align: left; font-weight: bold; }
td, th { font-size: 9pt; vertical-align: top; }
"""


@dataclass(frozen=True)
class PrintablePage:
    item_id: str
    title: str  # "Prompt 1.2.1c", "Key question 1.2.1", "Standard 1.2 Staff", "Overall rating"
    html: str

    def file_name(self, yjs: str, day: datetime) -> str:
        """"Northmoor YJS - Prompt 1.2.1c - 2026-11-23.pdf", as the reports' names go."""
        return file_name(yjs, self.title, day.astimezone().date(), PDF_SUFFIX)


def printable_page(
    content: Content, inspection: Inspection, evaluation: Evaluation, item_id: str, printed: datetime, source: str,
) -> PrintablePage | None:
    """The page of `item_id` as a document; None for a page printed as drawn. `printed`: when (the footer
    and the line under the heading say so); `source`: the inspection file's name."""
    if item_id == OVERALL:
        title, body = "Overall rating", _overview(content, inspection, evaluation)
    elif item_id == PANEL:
        title, body = "Ratings panel", _panel(content, evaluation)
    elif item_id in SECTION_IDS:
        return None
    else:
        kind = kind_of(item_id)
        if kind is ItemKind.PROMPT:
            title, body = f"Prompt {item_id}", _prompt(content, inspection, evaluation, item_id)
        elif kind is ItemKind.KEY_QUESTION:
            title, body = f"Key question {item_id}", _key_question(content, inspection, evaluation, item_id)
        elif kind is ItemKind.STANDARD:
            standard = content.framework.standard(item_id)
            title, body = f"Standard {item_id} {standard.title}", _standard(content, inspection, evaluation, item_id)
        else:
            return None
    local = printed.astimezone()
    about = (f"{inspection.details.yjs} \u00b7 printed {long_date(local)} at {local:%H:%M} from {source} \u00b7 "
             "a working copy, not a report")
    html = (f'<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f'<style>{_STYLE}</style></head><body><p class="crumb">{escape(about)}</p>{body}</body></html>\n')
    return PrintablePage(item_id, title, html)


# --- the pages -------------------------------------------------------------------------------------------


def _prompt(content: Content, inspection: Inspection, evaluation: Evaluation, prompt_id: str) -> str:
    view = prompt_view(content, inspection, evaluation, prompt_id)
    judgement = view.judgement
    shown = {None: NOT_JUDGED.capitalize(), Sufficiency.ABOVE: "Above the line",
             Sufficiency.BELOW: "Below the line"}[judgement.sufficiency]
    if judgement.decisive and judgement.sufficiency is Sufficiency.BELOW:
        shown += ", a decisive shortfall"
    elif judgement.decisive:
        shown += " (marked decisive, not applied: only a prompt below the line can be)"
    parts = [
        _crumb(f"{view.standard} \u203a {view.key_question}"),
        f"<h1>{escape(view.heading)}</h1>",
        _para(view.text),
        _tags(("Diversity prompt" if view.diversity else "",
               "Draws on case-manager interviews" if view.interview else "")),
        "<h2>Judgement</h2>",
        f'<p class="strong">{escape(shown)}</p>',
        _para(view.balance, "muted"),
        *(_para(note, "flag") for note in view.notes),
    ]
    interview = view.interview
    if interview is not None:
        parts += ["<h2>Case-manager interviews</h2>",
                  _para(f"{interview.headline}" + (f" \u2014 {interview.band}" if interview.band else "")),
                  _para(interview.flag, "flag") if interview.flag else "",
                  *(_para(line, "muted") for line in interview.by_question),
                  _para(f"Framework: \u201c{' '.join(interview.wording.split())}\u201d", "muted"),
                  *(_para(note, "muted") for note in interview.notes)]
    parts.append(f"<h2>Evidence ({len(view.evidence)})</h2>")
    if view.evidence:
        parts.append(_table(("Tag", "Source", "Where from", "Evidence", "Recorded"), (
            (row.tag, row.source, "\n".join(row.where), row.text, row.recorded) for row in view.evidence
        ), widths=(12, 10, 18, 45, 15)))
    else:
        parts.append(_para("No evidence recorded yet.", "muted"))
    return "".join(parts)


def _key_question(content: Content, inspection: Inspection, evaluation: Evaluation, kq_id: str) -> str:
    view = key_question_view(content, inspection, evaluation, kq_id)
    answer = view.answer.value.capitalize() if view.answer is not None else "Not answered"
    parts = [
        _crumb(view.standard),
        f"<h1>{escape(view.key_question_id)}</h1>",
        _para(view.text),
        "<h2>The balance of its prompts</h2>",
        _para(view.counts),
        _para(view.decisive, "flag") if view.decisive else "",
        _table(("Prompt", "Judgement", "Needs attention"), (
            (line.label, line.status.state, "; ".join(line.status.flags)) for line in view.prompts
        ), widths=(65, 15, 20)),
        "<h2>Answer</h2>",
        f'<p><span class="strong">{escape(view.suggestion_text)}</span>: {escape(view.reason)}</p>',
        f'<p class="strong">Answer: {escape(answer)}</p>',
        _para(view.departure, "flag" if view.rationale_required else "muted") if view.departure else "",
        _labelled("Rationale", view.rationale),
        *(_para(note, "muted") for note in view.notes),
    ]
    return "".join(parts)


def _standard(content: Content, inspection: Inspection, evaluation: Evaluation, standard_id: str) -> str:
    view = standard_view(content, inspection, evaluation, standard_id)
    proposed = view.proposed.value if view.proposed is not None else ("Not rated" if not view.applies else
                                                                       "Not proposed")
    parts = [
        f"<h1>{escape(view.standard_id)} {escape(view.title)}</h1>",
        "<h2>Default and share</h2>",
        f'<p><span class="strong">{escape(view.default_text)}</span>. {escape(view.default_reason)}</p>',
        _para(view.share_text),
        "<h2>Proposed rating</h2>",
        f'<p class="strong">{escape(proposed)}</p>',
        _para(view.departure, "flag" if view.rationale_required else "muted") if view.departure else "",
        _labelled("Rationale", view.rationale),
        _para(view.panel, "muted") if view.panel else "",
    ]
    if view.findings:
        parts.append("<h2>Decision rules and guidance</h2>")
        for finding in view.findings:
            line = f" (seed line {finding.source_line})" if finding.source_line else ""
            parts += [f'<p class="{"strong" if finding.permitted else "flag"}">{escape(finding.kind + line)}</p>',
                      _para(f"\u201c{finding.wording}\u201d", "muted"), _para(finding.message)]
    parts += [_para(note, "muted") for note in view.notes]
    marks = departure_marks(content, evaluation, standard_id)
    if marks:
        parts.append("<h2>Departures</h2>")
        parts += [_para(f"{m.mark}: {m.where}: {m.what}.", "flag" if m.rationale_required else "") for m in marks]
    return "".join(parts)


def _overview(content: Content, inspection: Inspection, evaluation: Evaluation) -> str:
    view = overview_view(content, inspection, evaluation)
    parts = [
        f"<h1>{escape(view.headline)}</h1>",
        _para(view.summary),
        _para(view.capped_text, "flag") if view.capped_text else "",
        "<h2>The thirteen ratings</h2>",
        _table(("Standard", "Rating", "From", "Points", "Needs attention"), (
            (f"{row.summary.id} {row.summary.title}", row.summary.rating_shown, row.source, row.summary.points,
             "; ".join(row.flags)) for row in view.rows
        ), widths=(40, 20, 15, 8, 17)),
    ]
    parts.append("<h2>Still missing</h2>")
    parts += [_para(item.text) for item in view.missing] or [_para("Nothing: every rating has what it needs.", "muted")]
    if view.findings:
        parts.append("<h2>Findings</h2>")
        parts.append(_table(("Where", "Finding", "What the engine found"), (
            (row.where, row.line.label, row.line.message) for row in view.findings
        ), widths=(12, 23, 65)))
    return "".join(parts)


def _panel(content: Content, evaluation: Evaluation) -> str:
    view = panel_view(content, evaluation)
    return "".join([
        f"<h1>{escape(view.headline)}</h1>",
        _para(view.summary),
        _para(view.progress, "muted"),
        _table(("Standard", "Put forward", "State", "Agreed", "Challenges", "Departures"), (
            (f"{row.standard_id} {row.title}" if row.standard_id != OVERALL else row.title, row.proposed, row.state,
             row.agreed, str(row.challenges or ""), str(row.departures or "")) for row in view.rows
        ), widths=(40, 16, 12, 16, 8, 8)),
    ])


# --- pieces ----------------------------------------------------------------------------------------------


def _para(text: str, css: str = "") -> str:
    if not text:
        return ""
    cls = f' class="{css}"' if css else ""
    return f"<p{cls}>{_lines(text)}</p>"


def _crumb(text: str) -> str:
    return _para(text, "crumb")


def _labelled(label: str, text: str) -> str:
    if not text.strip():
        return ""
    return f'<p><span class="strong">{escape(label)}:</span> {_lines(text)}</p>'


def _tags(tags: Iterable[str]) -> str:
    shown = [t for t in tags if t]
    return _para(" \u00b7 ".join(shown), "muted") if shown else ""


def _lines(text: str) -> str:
    return "<br>".join(escape(line) for line in text.split("\n"))


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]], widths: Sequence[int]) -> str:
    head = "".join(f'<th width="{w}%">{escape(h)}</th>' for h, w in zip(headers, widths, strict=True))
    body = "".join("<tr>" + "".join(f"<td>{_lines(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return (f'<table width="100%" border="1" cellspacing="0" cellpadding="4" style="border-color: #a6a6a6;">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
