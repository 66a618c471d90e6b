"""The per-article indexes toponym recognition reads instead of scanning the text or the Doc's
tokens once per name: where words stand whole, and runs of proper nouns."""

from __future__ import annotations

import re

from communique.geo.recognize import WORD, WordStarts, consecutive_runs

# From The Moscow Times, 2025-04-08 (examples/embassy-talks-istanbul.md), with a made-up tail.
TEXT = ("The second round of U.S.-Russia talks will take place Thursday in Istanbul. Istanbul's "
        "consulate; Istanbulites and Russia_watchers met in Russia, and in Russia-2.")


def test_word_starts_are_the_runs_of_word_characters_equal_to_the_word():
    starts = WordStarts(TEXT)
    for word in ("Istanbul", "Russia", "U", "S", "in", "The", "Moscow"):
        assert starts.of(word) == [m.start() for m in WORD.finditer(TEXT) if m.group() == word], word
    assert len(starts.of("Istanbul")) == 2  # not inside "Istanbulites"
    assert len(starts.of("Russia")) == 3  # not "Russia_watchers" (an underscore is a word character)


def test_occurrences_of_a_name_stand_whole():
    found = list(WordStarts(TEXT).occurrences("Russia"))
    expected = [m.span() for m in re.finditer(r"(?<![\w-])Russia(?![\w-])", TEXT)]
    assert found == expected and len(found) == 1  # "U.S.-Russia" and "Russia-2" are hyphenated


def test_consecutive_runs():
    assert list(consecutive_runs([2, 3, 4, 7, 9, 10])) == [(2, 4), (7, 7), (9, 10)]
    assert list(consecutive_runs([])) == []


def test_a_name_looked_up_again_gives_the_gazetteers_candidates():
    from communique.geo.gazetteer import load_gazetteer
    from communique.geo.recognize import lookup

    gaz = load_gazetteer()
    first = lookup(gaz, "Istanbul")
    assert first == gaz.lookup("Istanbul") and first
    assert lookup(gaz, "Istanbul") is first  # kept, not looked up again
    assert lookup(gaz, "Qwzxv") == gaz.lookup("Qwzxv") and not lookup(gaz, "Qwzxv")
