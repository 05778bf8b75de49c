"""The fictional words of the archive's sample inspections (archive/sample.py): services' places, people,
recommendations, rationales and notes. Every name here is invented; none is a local authority, a youth
justice service or a person (the people are names for characters, as the demo's are).
"""

from __future__ import annotations

import itertools
import random

from inspector.framework.model import Rating
from inspector.inspection.model import Recipient

# Invented places: an English stem and ending, with a point of the compass or none; a Welsh beginning and
# ending. Chosen so that no combination is a local authority's name (no "-bridge", "-land", "Rush-moor").
_ENGLISH_STEMS = (
    "Alder", "Bram", "Carrow", "Dunmer", "Elver", "Fenwold", "Gorse", "Hazel", "Ivel", "Kestle",
    "Larken", "Marl", "Nethen", "Oxen", "Pellow", "Quarren", "Rook", "Sedge", "Thornel", "Umber",
    "Vellin", "Wold", "Yarrow", "Brack", "Cressel", "Drayl", "Ember", "Flinder", "Glent", "Heddle",
    "Knapper", "Linnet", "Mosk", "Nabber", "Ormel", "Pikel", "Saxel", "Tarrel", "Wychel", "Brindle",
)
_ENGLISH_ENDINGS = ("moor", "ford", "bury", "ley", "ton", "wick", "dale", "field", "by", "stow", "holme", "minster")
_COMPASS = ("", "North ", "South ", "East ", "West ", "Upper ", "Lower ")  # 3,360 English places in all
_WELSH_BEGINNINGS = ("Aber", "Llan", "Cwm", "Pen", "Tre", "Bryn", "Nant", "Caer", "Glyn", "Rhos")
_WELSH_ENDINGS = (
    "gorran", "fedwen", "derwyn", "morlais", "teifran", "hirwel", "gwenol", "cadlan", "marchog", "tylwen",
    "bedran", "heulog", "ysgallen", "meirwen", "ddolan", "gwernog",
)
_WELSH_AREAS = ("", "Bro ")


def english_places() -> tuple[str, ...]:
    return tuple(f"{compass}{stem}{ending}" for compass, stem, ending
                 in itertools.product(_COMPASS, _ENGLISH_STEMS, _ENGLISH_ENDINGS))


def welsh_places() -> tuple[str, ...]:
    return tuple(f"{area}{start}{ending}" for area, start, ending
                 in itertools.product(_WELSH_AREAS, _WELSH_BEGINNINGS, _WELSH_ENDINGS))


def service_name(place: str) -> str:
    return f"{place} Youth Justice Service"


# Inspectors (an inspection's lead and team) and ratings panel members: invented people.
INSPECTORS = (
    "Helen Marsh", "Daniel Okafor", "Priya Raman", "Gareth Llewellyn", "Ruth Ashdown", "Tomasz Nowicki",
    "Aisha Bello", "Siân Pritchard", "Mark Fenwick", "Joanna Castle", "Imran Qureshi", "Catrin Howells",
    "Peter Lindqvist", "Grace Adeyemi", "Owen Tillott", "Fiona Marchbank", "Rhys Bevan", "Leah Okonjo",
    "Simon Hartree", "Nadia Farouk",
)
PANEL_MEMBERS = ("Alison Barrow", "Kwame Asante", "Morag Innes", "Huw Penrose", "Deborah Quayle")

_RECOMMENDATIONS: dict[Recipient, tuple[str, ...]] = {
    Recipient.YJS: (
        "Make sure every member of staff receives regular supervision that attends to the quality of their work "
        "with children, and that workloads are actively managed.",
        "Analyse and act on disproportionality across all diversity factors, and show the board the actions taken "
        "and their effect.",
        "Involve children and their parents or carers in reviewing the services they receive, and say what changed "
        "as a result.",
        "Make sure that plans to keep children and other people safe are reviewed whenever circumstances change.",
        "Give case managers training in working with children at risk of exploitation, and check that it is used.",
        "Make sure that out-of-court disposal decisions are reviewed by the joint panel within the agreed time.",
    ),
    Recipient.LOCAL_AUTHORITY: (
        "Agree a protocol between the housing service and the YJS so that every child leaving custody knows where "
        "they will live well before release.",
        "Make sure children known to the YJS have a suitable full-time education, training or employment place.",
        "Provide the YJS with a case-management system that works on home visits and in court.",
    ),
    Recipient.YJB: (
        "Support {service} to replace its case-management system without a gap in recording or management "
        "information.",
        "Share with youth justice services in the region the practice {service} has developed in resettlement.",
        "Review the guidance on out-of-court disposals so that it sets out how joint panels should record decisions.",
    ),
    Recipient.MOJ: (
        "Work with the YJB to make sure that children leaving custody have accommodation agreed before release.",
        "Review how the youth custody service shares information with youth justice services before release.",
    ),
}


def recommendations(rng: random.Random, service: str) -> list[tuple[Recipient, str]]:
    """Two to four for the YJS, often one for the local authority, sometimes to the YJB and the MoJ."""
    chosen = [(Recipient.YJS, text) for text in rng.sample(_RECOMMENDATIONS[Recipient.YJS], rng.randint(2, 4))]
    for recipient, chance in ((Recipient.LOCAL_AUTHORITY, 0.6), (Recipient.YJB, 0.35), (Recipient.MOJ, 0.2)):
        if rng.random() < chance:
            chosen.append((recipient, rng.choice(_RECOMMENDATIONS[recipient]).format(service=service)))
    return chosen


def standard_rationale(standard_id: str, answered_no: list[str], proposed: Rating, default: Rating | None) -> str:
    """Why the lead proposes `proposed`, in the words an inspector would use; says so where it departs from the
    default (the engine asks for a rationale there)."""
    if answered_no:
        noes = ", ".join(answered_no)
        found = f"{'Key question' if len(answered_no) == 1 else 'Key questions'} {noes} answered 'no'"
    else:
        found = "All key questions are answered 'yes'"
    if default is None:
        return (f"{found}. The standards give {standard_id} no default; we propose '{proposed.value}' on the "
                "strength of the provision and the joint panel's work we saw.")
    if proposed == default:
        return f"{found}, which gives '{default.value}'; the evidence supports it."
    why = {
        Rating.OUTSTANDING: "practice is consistently strong, innovative and well evidenced across every key "
                            "question, and leaders know its impact",
        Rating.GOOD: "the shortfall is already being addressed with a funded plan we saw in draft, and the rest "
                     "of the standard is strong",
        Rating.REQUIRES_IMPROVEMENT: "the strengths recorded do not outweigh the gaps",
        Rating.INADEQUATE: "the shortfalls are serious and widespread, and leaders had not recognised them",
    }[proposed]
    return f"{found}, which gives '{default.value}'. We propose '{proposed.value}': {why}."


GUIDANCE_DEPARTURE = ("It departs from the decision guidance on the domain two and three ratings: the evidence "
                      "on leadership and partnerships in domain one, weighed as a whole, supports it.")


def key_question_rationale(below: int, prompts: int) -> str:
    return (f"{below} of {prompts} prompts are below the line, but the gaps are already addressed in work "
            "commissioned before fieldwork, which we saw in draft; what is in place is thorough and current.")


def panel_reason(proposed: Rating, agreed: Rating) -> str:
    return (f"The panel agreed '{agreed.value}' rather than the proposed '{proposed.value}': the evidence on the "
            "key questions answered, weighed together, fits its characteristics better.")


def panel_challenge(standard_id: str, rating: Rating) -> str:
    return f"Challenge: is the evidence for '{rating.value}' on {standard_id} strong enough across every key question?"


def diversity_note(sufficient: bool) -> str:
    if sufficient:
        return "Diversity is understood and acted on; leaders use the disproportionality data to plan services."
    return ("Practice on diversity is not sufficient: disproportionality is reported to the board but not acted "
            "on, and the needs analysis considers ethnicity only.")


FOLLOW_UP_NOTES = (
    "progress against the recommendations on supervision and workloads",
    "six months on: the action plan is on track",
    "the housing protocol is agreed; two actions are late",
    "met the head of service and the board chair",
    "evidence asked for on the disproportionality actions",
)
