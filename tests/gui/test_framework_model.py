"""The navigator's Qt model over the real framework."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from inspector.framework.items import FRAMEWORK_ID, item_ids
from inspector.framework.model import Framework
from inspector.gui.framework_model import ITEM_ID_ROLE, TAGS_ROLE, FrameworkModel


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester, framework: Framework) -> None:
    qtmodeltester.check(FrameworkModel(framework))


def test_model_passes_python_model_tester(qtmodeltester: ModelTester, framework: Framework) -> None:
    # pytest-qt's own checks go further than Qt's on parent()/index() consistency.
    qtmodeltester.check(FrameworkModel(framework), force_py=True)


def test_shape_standards_key_questions_prompts(framework: Framework) -> None:
    model = FrameworkModel(framework)
    assert model.rowCount() == 1 + len(framework.standards)
    assert model.data(model.index(0, 0)) == "Introduction and overall rules"
    for s_row, standard in enumerate(framework.standards, start=1):
        s_index = model.index(s_row, 0)
        assert model.data(s_index) == f"{standard.id} {standard.title}"
        assert model.rowCount(s_index) == len(standard.key_questions)
        for k_row, kq in enumerate(standard.key_questions):
            k_index = model.index(k_row, 0, s_index)
            assert model.data(k_index) == f"{kq.id} {kq.text}"
            assert model.parent(k_index) == s_index
            assert model.rowCount(k_index) == len(kq.prompts)
            for p_row, prompt in enumerate(kq.prompts):
                p_index = model.index(p_row, 0, k_index)
                assert model.data(p_index) == f"{prompt.letter}) {prompt.text}"
                assert model.data(p_index, ITEM_ID_ROLE) == prompt.id
                assert model.rowCount(p_index) == 0


def test_first_labels_read_as_the_framework_does(framework: Framework) -> None:
    model = FrameworkModel(framework)
    standard = model.index(1, 0)
    assert model.data(standard) == "1.1 Governance and leadership"
    assert str(model.data(model.index(0, 0, standard))).startswith("1.1.1 Is there")
    assert str(model.data(model.index(0, 0, model.index(0, 0, standard)))).startswith("a) Does")


def test_ids_round_trip(framework: Framework) -> None:
    model = FrameworkModel(framework)
    for item_id in item_ids(framework):
        index = model.index_for_id(item_id)
        assert index.isValid(), item_id
        assert model.item_id(index) == item_id
    assert model.item_id(model.index_for_id(FRAMEWORK_ID)) == FRAMEWORK_ID
    assert not model.index_for_id("9.9.9").isValid()
    assert model.item_id(QModelIndex()) is None


def test_diversity_and_interview_tags_follow_the_content(framework: Framework) -> None:
    model = FrameworkModel(framework)
    for prompt in framework.prompts:
        index = model.index_for_id(prompt.id)
        tags = model.data(index, TAGS_ROLE)
        tooltip = str(model.data(index, Qt.ItemDataRole.ToolTipRole))
        accessible = str(model.data(index, Qt.ItemDataRole.AccessibleTextRole))
        assert ("Diversity" in tags) is prompt.diversity, prompt.id
        assert ("Diversity prompt" in tooltip) is prompt.diversity
        assert ("Diversity prompt" in accessible) is prompt.diversity
        assert ("Interviews" in tags) is (prompt.interview_link is not None), prompt.id
        assert tooltip.startswith(f"{prompt.letter}) {prompt.text}")
    assert any(model.data(model.index_for_id(p.id), TAGS_ROLE) for p in framework.prompts)


def test_items_are_selectable_not_editable(framework: Framework) -> None:
    model = FrameworkModel(framework)
    flags = model.flags(model.index_for_id("1.1.1a"))
    assert flags & Qt.ItemFlag.ItemIsSelectable
    assert not flags & Qt.ItemFlag.ItemIsEditable
