"""Loading data files: word lists and word sets, and the coded error when a list is missing
(a user's COMMUNIQUE_DATA_DIR copy of a file that lacks one)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from communique.errors import DataFileError
from communique.resources import USER_DATA_ENV, load_toml, word_list, word_sets


@dataclass(frozen=True)
class Words:
    greetings: frozenset[str]
    farewells: frozenset[str]


def test_word_sets_fill_every_field():
    words = word_sets(Words, {"greetings": ["hello", "hi"], "farewells": ["bye"]})
    assert words.greetings == {"hello", "hi"} and words.farewells == {"bye"}


def test_a_missing_word_set_is_a_coded_error_not_an_empty_set():
    with pytest.raises(DataFileError, match=r"greet\.toml: no list farewells .*\[E104\]"):
        word_sets(Words, {"greetings": ["hello"]}, "greet.toml")


def test_word_list_keeps_the_file_order():
    assert word_list("events/argument_words.toml", "recipient_prepositions")[:3] == ("with", "against", "to")


def test_a_missing_word_list_names_the_file(tmp_path, monkeypatch):
    (tmp_path / "geo").mkdir()
    (tmp_path / "geo" / "location.toml").write_text('other = ["x"]\n', encoding="utf-8")
    monkeypatch.setenv(USER_DATA_ENV, str(tmp_path))
    load_toml.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"location\.toml: no list 'locative_prepositions' \[E104\]"):
            word_list("geo/location.toml", "locative_prepositions")
    finally:
        load_toml.cache_clear()
