"""The verbs of saying that the time and quotes stages share, read from data/quotes/cues.toml."""

import ast
from pathlib import Path

import communique.time as time_stage
from communique.quotes.lexicon import lexicon as quote_cues
from communique.speech_verbs import speech_verbs


def test_speech_verbs_are_lemmas_of_saying_and_reporting():
    verbs = speech_verbs()
    assert {"say", "tell", "announce", "describe"} <= verbs  # "describe": speech only, not reporting
    assert "meet" not in verbs


def test_the_quotes_stage_reads_the_same_verbs():
    assert speech_verbs() == quote_cues().speech_verbs


def test_the_time_stage_imports_no_other_stage():
    stages = {"quotes", "actors", "geo", "events"}
    for source in Path(time_stage.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 2 and node.module:
                assert node.module.split(".")[0] not in stages, f"{source.name} imports ..{node.module}"
