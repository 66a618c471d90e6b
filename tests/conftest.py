"""Shared fixtures: the real spaCy pipeline, loaded once for the whole test session, and the web
tests' store. (One conftest for the suite: test modules import its constants as `conftest`.)"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.model import Article, CodedArticle
from communique.pipeline import code_article, prepared_nlp
from communique.time import EventDate, event_date

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

# AFP, 17 Dec 2006 (AFP_ENG_20061216.0438 and .0460): two reports of one call for early elections,
# for the tests of incidents (the command, the exports)
ABBAS_0438 = ("Fatah-backed Palestinian president Mahmud Abbas called Saturday for early elections to resolve the "
              "political standoff in the Palestinian territories, but Hamas rejected the move as a \"coup d'etat\".")
ABBAS_0460 = ("Political tension gripped the Palestinian territories Sunday after president Mahmud Abbas called for "
              "early elections, dramatically raising the stakes in a long-running power struggle with the ruling "
              "Hamas party.")
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def coded(coded_article, trigger: str) -> list[str]:  # noqa: ANN001
    """The PLOVER types of the events of `coded_article` whose trigger is `trigger` (any case)."""
    return [e.event_type for e in coded_article.events if e.trigger.lower() == trigger.lower()]


def sides(coded_article, trigger: str) -> list[tuple[list[str | None], list[str | None]]]:  # noqa: ANN001
    """The actor and recipient codes of each event of `coded_article` whose trigger is `trigger`."""
    return [([a.cameo for a in e.actor], [r.cameo for r in e.recipient])
            for e in coded_article.events if e.trigger == trigger]


def word_token(doc, word: str, nth: int = 0):  # noqa: ANN201
    """The `nth` token of `doc` spelled `word` (a trigger named in a test)."""
    return [t for t in doc if t.text == word][nth]


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


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The web tests' store, a real DuckDB file coded by `communique code`: the example files, a
    hostile article (markup in its title and text) and a second report, written for those tests."""
    from web.web_seed import HOSTILE, SECOND  # tests/web, imported only when a web test asks

    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n" + json.dumps(SECOND) + "\n", encoding="utf-8")
    db = str(folder / "web.duckdb")
    result = CliRunner().invoke(main, ["code", str(EXAMPLES), str(hostile), "--db", db, "--format", "none"])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="session")
def own_date(nlp, code_text) -> Callable[..., EventDate]:
    """The own date (`time.event_date`) of the event on the `nth` word `trigger` of `text`, coded
    as an article published on `published`."""

    def date(text: str, published: str, trigger: str, nth: int = 0, **fields: object) -> EventDate:
        return event_date(word_token(nlp(text), trigger, nth), code_text(text, published=published, **fields))

    return date
