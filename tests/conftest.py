"""Shared fixtures: the real spaCy pipeline, loaded once for the whole test session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from communique.model import Article, CodedArticle
from communique.pipeline import code_article, prepared_nlp

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():  # noqa: ANN201
    """The real pipeline, with every stage's components, as `communique code` uses it."""
    return prepared_nlp()


@pytest.fixture(scope="session")
def code_text(nlp) -> Callable[..., CodedArticle]:
    """Code a piece of text as an article published on `published` (default 2025-04-08)."""

    def code(text: str, published: str = "2025-04-08", **fields: object) -> CodedArticle:
        return code_article(Article(id=fields.pop("id", "test"), text=text, published=published, **fields))

    return code


@pytest.fixture(scope="session")
def embassy_article() -> Article:
    """The Moscow Times embassy-talks article of examples/, as the markdown reader reads it."""
    from communique.read import read_articles

    (article,) = read_articles([str(EXAMPLES / "embassy-talks-istanbul.md")])
    assert isinstance(article, Article)
    return article


@pytest.fixture(scope="session")
def embassy_coded(embassy_article: Article, nlp) -> CodedArticle:
    return code_article(embassy_article)
