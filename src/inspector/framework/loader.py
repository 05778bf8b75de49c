"""Load and validate the framework from a `standards/` folder.

The whole folder is validated before anything is returned: the app refuses to start on a bad
file rather than show half a framework.
"""

from __future__ import annotations

import string
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from inspector.framework.document import SourceDocument, order_problem
from inspector.framework.errors import ContentError, from_validation_error
from inspector.framework.model import Framework, KeyQuestion, PercentageBand, Standard
from inspector.framework.rating_scheme import RatingScheme

FRAMEWORK_FILE = "framework.yaml"
DOCUMENT_FILE = "document.yaml"
RATING_SCHEME_FILE = "rating-scheme.yaml"
# libyaml's parser (in PyYAML's wheels) reads the content in about 15 ms where the pure-Python one takes
# over 200 ms of every start of the app (benchmarks/window-results.md); same safe types, same data.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> dict[str, Any]:
    """Parse one YAML mapping, turning every failure into a one-line ContentError."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError(path, "file", "is missing") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(path, "file", f"cannot be read ({exc})") from None
    try:
        data = yaml.load(text, Loader=_SAFE_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "file"
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ContentError(path, where, f"is not valid YAML ({problem})") from None
    if not isinstance(data, dict):
        raise ContentError(path, "top level", "must be a mapping of fields")
    return data


def load_framework(folder: Path) -> Framework:
    """Read framework.yaml and every standard file it lists; validate all of it."""
    index_path = folder / FRAMEWORK_FILE
    index = read_yaml(index_path)
    files = index.pop("standard_files", None)
    diversity = index.pop("diversity_prompts", None)
    if not isinstance(files, list) or not files or not all(isinstance(f, str) for f in files):
        raise ContentError(index_path, "field 'standard_files'", "must list the standard files")
    if not isinstance(diversity, dict):
        raise ContentError(index_path, "field 'diversity_prompts'", "must map each standard to its prompt ids")

    standards = [_load_standard(folder / name) for name in files]
    _check_unique([s.id for s in standards], index_path, "standard")
    standards = _mark_diversity(standards, diversity, index_path)
    document = _load_document(folder / DOCUMENT_FILE, {s.id for s in standards})

    try:
        framework = Framework.model_validate({**index, "standards": standards, "document": document})
    except ValidationError as exc:
        raise from_validation_error(index_path, index, exc) from None
    _check_band_boundaries(framework.percentage_bands, index_path)
    _check_places(framework, {s.id: folder / name for s, name in zip(standards, files, strict=True)}, index_path)
    return framework


def _load_document(path: Path, standard_ids: set[str]) -> SourceDocument:
    """The document's places (document.yaml): headings in document order, pages that do not go back,
    and a section in it for every standard."""
    raw = read_yaml(path)
    try:
        document = SourceDocument.model_validate(raw)
    except ValidationError as exc:
        raise from_validation_error(path, raw, exc) from None
    problem = order_problem(document)
    if problem is not None:
        raise ContentError(path, *problem)
    cited = set()
    for part in document.parts:
        for section in part.sections:
            if section.standard is not None and section.standard not in standard_ids:
                raise ContentError(path, f"part {part.name}, section {section.name}",
                                   f"names standard {section.standard}, which the framework does not have")
            cited.add(section.standard)
    for standard_id in sorted(standard_ids - cited):
        raise ContentError(path, "parts", f"no section is about standard {standard_id}")
    return document


def _check_places(framework: Framework, paths: dict[str, Path], index_path: Path) -> None:
    """Every entry's source line falls in one of the document's parts, so each can be cited."""
    first = framework.document.parts[0].line
    for standard in framework.standards:
        lines = [(f"standard {standard.id}", standard.source_line)]
        lines += [(f"key question {kq.id}", kq.source_line) for kq in standard.key_questions]
        lines += [(f"prompt {p.id}", p.source_line) for p in standard.prompts]
        lines += [(f"key question {kq.id}, balance rule {d.name.value}", d.source_line)
                  for kq in standard.key_questions for d in kq.balance_rules]
        if standard.default_rule is not None:
            lines.append((f"default rule {standard.default_rule.name.value}", standard.default_rule.source_line))
        lines += [(f"decision rule {r.rating.value}", r.source_line) for r in standard.decision_rules]
        lines += [(f"rating characteristic {c.rating.value}", c.source_line) for c in standard.characteristics]
        lines += [(f"characteristics table row {r.heading}", r.source_line) for r in standard.characteristics_table]
        for entry, line in lines:
            if line < first:
                raise ContentError(paths[standard.id], entry,
                                   f"source_line {line} is before the document's first part (line {first})")
    for rule in framework.overall_decision_rules:
        if rule.source_line < first:
            raise ContentError(index_path, f"overall decision rule {rule.rating.value}",
                               f"source_line {rule.source_line} is before the document's first part (line {first})")


def _load_standard(path: Path) -> Standard:
    raw = read_yaml(path)
    try:
        standard = Standard.model_validate(raw)
    except ValidationError as exc:
        raise from_validation_error(path, raw, exc) from None
    return _number_prompts(standard, path)


def _number_prompts(standard: Standard, path: Path) -> Standard:
    """Check the numbering the seed uses and give each prompt its full id (1.1.1a)."""
    key_questions: list[KeyQuestion] = []
    for position, kq in enumerate(standard.key_questions, start=1):
        expected = f"{standard.id}.{position}"
        if kq.id != expected:
            raise ContentError(path, f"key question {kq.id}", f"is out of sequence (expected {expected})")
        letters = [p.letter for p in kq.prompts]
        expected_letters = list(string.ascii_lowercase[: len(letters)])
        if letters != expected_letters:
            raise ContentError(
                path,
                f"key question {kq.id}",
                f"prompt letters run {', '.join(letters)}; expected {', '.join(expected_letters)}",
            )
        prompts = tuple(p.model_copy(update={"id": f"{kq.id}{p.letter}"}) for p in kq.prompts)
        key_questions.append(kq.model_copy(update={"prompts": prompts}))
    return standard.model_copy(update={"key_questions": tuple(key_questions)})


def _mark_diversity(standards: list[Standard], listing: dict[str, Any], path: Path) -> list[Standard]:
    """Flag the prompts the introduction lists under 'Inspecting diversity'."""
    known = {p.id for s in standards for p in s.prompts}
    wanted: set[str] = set()
    for standard_id, ids in listing.items():
        if not isinstance(ids, list):
            raise ContentError(path, f"diversity_prompts {standard_id}", "must be a list of prompt ids")
        for prompt_id in ids:
            if prompt_id not in known:
                raise ContentError(path, f"diversity_prompts {standard_id}", f"'{prompt_id}' is not a prompt")
            if not str(prompt_id).startswith(f"{standard_id}."):
                raise ContentError(path, f"diversity_prompts {standard_id}", f"'{prompt_id}' is in another standard")
            wanted.add(prompt_id)
    result = []
    for standard in standards:
        kqs = tuple(
            kq.model_copy(
                update={"prompts": tuple(p.model_copy(update={"diversity": p.id in wanted}) for p in kq.prompts)}
            )
            for kq in standard.key_questions
        )
        result.append(standard.model_copy(update={"key_questions": kqs}))
    return result


def _check_band_boundaries(bands: tuple[PercentageBand, ...], path: Path) -> None:
    """The boundary reading framework.yaml declares: each band from its `from_percent`, inclusive, up to the
    next band's, exclusive. For every percentage to fall in exactly one band the lowest must start at 0 and
    no two may start at the same percentage."""
    _check_unique([b.name for b in bands], path, "percentage band")
    starts: dict[int, str] = {}
    for band in bands:
        if band.from_percent in starts:
            raise ContentError(
                path, f"percentage band {band.name}",
                f"from_percent {band.from_percent} is also where '{starts[band.from_percent]}' starts; "
                "each band needs its own lower bound",
            )
        starts[band.from_percent] = band.name
    if 0 not in starts:
        lowest = min(bands, key=lambda b: b.from_percent)
        raise ContentError(
            path, f"percentage band {lowest.name}",
            f"from_percent {lowest.from_percent} leaves 0 up to {lowest.from_percent} per cent in no band; "
            "the lowest band must start at 0",
        )


def _check_unique(ids: list[str], path: Path, label: str) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise ContentError(path, f"{label} {item}", "appears twice")
        seen.add(item)


def load_rating_scheme(folder: Path, framework: Framework) -> RatingScheme:
    """Read rating-scheme.yaml and check it names the framework's standards."""
    path = folder / RATING_SCHEME_FILE
    raw = read_yaml(path)
    try:
        scheme = RatingScheme.model_validate(raw)
    except ValidationError as exc:
        raise from_validation_error(path, raw, exc) from None
    _check_unique([s.id for s in scheme.standards], path, "standard")
    framework_ids = {s.id for s in framework.standards}
    for entry in scheme.standards:
        if entry.rated_from == "framework" and entry.id not in framework_ids:
            raise ContentError(path, f"standard {entry.id}", "is rated from the framework but the framework lacks it")
    for standard_id in framework_ids - {s.id for s in scheme.standards}:
        raise ContentError(path, f"standard {standard_id}", "is in the framework but not in the rating scheme")
    return scheme
