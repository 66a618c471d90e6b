"""Pairing quotation marks (communique.marks), and the tokens they fall on.

Sentences adapted from The Moscow Times, 2025-04-08 (examples/embassy-talks-istanbul.md) and
Xinhua, 2005-11-01 (examples/xinhua-2005-excerpts.jsonl)."""

from __future__ import annotations

import pytest

from communique.marks import find_quotations
from communique.quotes.direct import quotation_tokens


def contents(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotations(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # curly marks
    ("“Our side will be represented by the Foreign Ministry,” Peskov told reporters.",
     ["Our side will be represented by the Foreign Ministry,"]),
    # straight marks, with the stray space of the wire copy before the closing mark
    ('"The peoples of the two countries had profound feelings for each other in history, " Hu said',
     ["The peoples of the two countries had profound feelings for each other in history, "]),
    # a curly opening mark closed by a straight one
    ("“These talks are solely focused on our embassy operations.\" she added.",
     ["These talks are solely focused on our embassy operations."]),
    # a quotation inside a quotation in the other style stays inside
    ('Bruce said: "The question was “absolutely not” on the agenda."',
     ["The question was “absolutely not” on the agenda."]),
    # two quotations in one sentence
    ("“Our side will be represented by the Foreign Ministry,” Peskov said. “So wait for their announcement.”",
     ["Our side will be represented by the Foreign Ministry,", "So wait for their announcement."]),
    # apostrophes are not quotation marks
    ("Russia’s Foreign Ministry confirmed the meeting.", []),
    # an unclosed mark that does not go on in the next paragraph is ambiguous: left out
    ("Bruce called it “stabilizing the operations.\n\nThe decision came after talks.", []),
])
def test_pairs_marks(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


def test_a_quote_continued_in_the_next_paragraph_ends_with_its_paragraph() -> None:
    text = ("Peskov said: “Our side will be represented by the Foreign Ministry.\n\n"
            "“So wait for their announcement.”")
    first, second = find_quotations(text)
    assert not first.closed and text[first.start:first.end] == "Our side will be represented by the Foreign Ministry."
    assert second.closed and text[second.start:second.end] == "So wait for their announcement."


@pytest.mark.parametrize(("text", "marks"), [
    ("“Our side will be represented by the Foreign Ministry,” Peskov said. “So wait for their announcement.”",
     [("“", "”"), ("“", "”")]),
    # a quote that goes on in the next paragraph ends at its paragraph's last token
    ("Bruce said: “The talks went well.\n“We will meet again,” he said.", [("“", "."), ("“", "”")]),
    ("Russia’s Foreign Ministry confirmed the meeting.", []),
])
def test_quotation_tokens_are_the_marks(nlp, text: str, marks: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    positions = quotation_tokens(doc, find_quotations(text))
    assert [(doc[first].text, doc[last].text) for first, last in positions.marks] == marks
