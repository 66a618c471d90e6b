"""The text/markdown reader on the Moscow Times article of examples/ (The Moscow Times, 2025-04-08)."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.read import read_source
from communique.read.sources import Source


def read_md(text: str, name: str = "story.md"):
    (result,) = read_source(Source(name, text.encode()))
    return result


def test_metadata_of_the_example(embassy_article):
    a = embassy_article
    assert a.title == "U.S.-Russia Embassy Talks Set for Thursday in Istanbul, Moscow Says"
    assert a.published == "2025-04-08"
    assert a.dateline == "April 08, 2025"
    assert a.url.startswith("https://www.themoscowtimes.com/2025/04/08/us-russia-embassy-talks")
    assert a.outlet == "The Moscow Times"
    assert a.credits == ["AFP"]
    assert a.image_caption == "Russian Ambassador to the United States Alexander Darchiyev."
    assert a.image_credit == "Russian Foreign Ministry"


def test_body_keeps_only_the_story(embassy_article):
    text = embassy_article.text
    assert text.startswith("The second round of U.S.-Russia talks")
    assert text.endswith("has initiated several rounds of talks with Russian officials.")
    for furniture in ("Related article", "Backfiring Trade War", "contributed reporting", "Original url",
                      "https://", "**", "](#)", "Russian Foreign Ministry**"):
        assert furniture not in text
    assert "the Kremlin said Tuesday" in text  # the inline link [said](#) keeps its word


def test_sentence_split_by_the_layout_is_joined(embassy_article):
    assert "normalizing the operations of their diplomatic missions following years" in embassy_article.text


def test_paragraph_offsets_point_into_the_text(embassy_article):
    a = embassy_article
    assert len(a.paragraphs) == 10
    assert a.text[a.paragraphs[1].start:a.paragraphs[1].end].startswith("\u201cOur side will be represented")
    assert all(a.text[p.start:p.end] == a.text[p.start:p.end].strip() for p in a.paragraphs)


def test_id_is_stable_and_derived_from_the_url(embassy_article):
    again = read_md(Path(embassy_article.path).read_text(encoding="utf-8"), name=embassy_article.path)
    assert again.id == embassy_article.id
    assert embassy_article.id.startswith("url-")


@pytest.mark.parametrize(("paragraphs", "joined"), [
    # a paragraph ending without punctuation, continued in lower case: one sentence
    ("the operations of\n\ntheir diplomatic missions.", ["the operations of their diplomatic missions."]),
    # a finished sentence followed by a new paragraph stays apart
    ("The talks ended.\n\nthe next round is set.", ["The talks ended.", "the next round is set."]),
    # a paragraph without final punctuation followed by a capitalised one stays apart
    ("Breaking news\n\nThe talks ended.", ["Breaking news", "The talks ended."]),
])
def test_layout_breaks(paragraphs, joined):
    article = read_md(f"# Title\n\n{paragraphs}\n")
    assert [article.text[p.start:p.end] for p in article.paragraphs] == joined


def test_text_without_markup_is_read_whole():
    article = read_md("Ministers met in Brussels on Monday.\nThey agreed on a plan.\n\nTalks resume next week.")
    assert article.title is None and article.published is None
    assert article.text == "Ministers met in Brussels on Monday. They agreed on a plan.\n\nTalks resume next week."
    assert article.id.startswith("sha-")


def test_byline_is_metadata_not_body():
    article = read_md("# Talks resume\n\nBy Jane Doe\n\nMarch 3, 2024\n\nThe talks resumed on Monday.")
    assert article.byline == "Jane Doe"
    assert article.published == "2024-03-03"
    assert article.text == "The talks resumed on Monday."
