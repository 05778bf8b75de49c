"""Fixtures for the rules engine: the real content, and inspections built directly from the model."""

from __future__ import annotations

import pytest

from inspector.content import Content, load_content
from inspector.forms.model import Forms
from inspector.framework.model import Framework
from inspector.framework.rating_scheme import RatingScheme


@pytest.fixture(scope="session")
def content() -> Content:
    return load_content()


@pytest.fixture(scope="session")
def framework(content: Content) -> Framework:
    return content.framework


@pytest.fixture(scope="session")
def scheme(content: Content) -> RatingScheme:
    return content.rating_scheme


@pytest.fixture(scope="session")
def forms(content: Content) -> Forms:
    return content.forms

