"""The event lexicon and code tables: the data files load, cover PLOVER, and parse as documented."""

from __future__ import annotations

import pytest

from communique.errors import DataFileError
from communique.events.codes import coding, plover_types
from communique.events.lexicon import load_lexicon, parse_pattern


def test_every_plover_type_has_a_trigger() -> None:
    lexicon = load_lexicon()
    covered = set()
    for entries in lexicon.triggers.values():
        for trigger in entries:
            codes = coding(trigger.cameo, plover=trigger.plover)
            if codes is not None:
                covered.add(codes.plover)
    assert covered == set(plover_types())


def test_a_user_trigger_with_an_unknown_cameo_code_is_a_data_file_error(tmp_path, monkeypatch) -> None:
    # a user's own triggers.tsv (COMMUNIQUE_DATA_DIR) naming no CAMEO code of cameo.tsv
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "triggers.tsv").write_text("V   meet                      999\n", encoding="utf-8")
    monkeypatch.setenv("COMMUNIQUE_DATA_DIR", str(tmp_path))
    with pytest.raises(DataFileError, match="E703"):
        load_lexicon.__wrapped__()  # past the per-process cache


@pytest.mark.parametrize(("pos", "written", "lemma", "particles", "obj", "modifiers"), [
    ("V", "meet", "meet", (), None, ()),
    ("V", "call for", "call", ("for",), None, ()),
    ("V", "pull out of", "pull", ("out", "of"), None, ()),
    ("V", "impose +sanction", "impose", (), "sanction", ()),
    ("V", "call for +ceasefire", "call", ("for",), "ceasefire", ()),
    ("V", "use +chemical weapon", "use", (), "chemical weapon", ()),
    ("N", "hunger strike", "strike", (), None, ("hunger",)),
    ("L", "carry out", "carry", ("out",), None, ()),
])
def test_parse_pattern(pos: str, written: str, lemma: str, particles: tuple, obj: str | None, modifiers: tuple) -> None:
    pattern = parse_pattern(pos, written, "test:1")
    assert (pattern.lemma, pattern.particles, pattern.obj, pattern.modifiers) == (lemma, particles, obj, modifiers)


def test_more_specific_patterns_come_first() -> None:
    entries = load_lexicon().triggers_for("V", "call")
    specificities = [t.pattern.specificity for t in entries]
    assert specificities == sorted(specificities, reverse=True)


@pytest.mark.parametrize(("pos", "written"), [("X", "meet"), ("V", "")])
def test_bad_pattern_is_a_data_file_error(pos: str, written: str) -> None:
    with pytest.raises(DataFileError):
        parse_pattern(pos, written, "test:1")


@pytest.mark.parametrize(("cameo", "future", "plover", "new_cameo"), [
    ("040", False, "CONSULT", "040"),
    ("040", True, "AGREE", "036"),  # a planned meeting: PLOVER AGREE, CAMEO 036
    ("046", True, "AGREE", "036"),
    ("073", True, "AGREE", "0333"),  # promised humanitarian aid
    ("0874", True, "AGREE", "0356"),  # announced withdrawal: a promise to de-escalate (CAMEO 03 root)
    ("080", True, "AGREE", "035"),  # "Iraq said it would allow the return of inspectors"
    ("190", True, "THREATEN", "138"),  # a threatened attack
    ("163", True, "THREATEN", "1312"),  # threatened sanctions
    ("111", True, "ACCUSE", "111"),  # verbal acts keep their type
])
def test_future_reading(cameo: str, future: bool, plover: str, new_cameo: str) -> None:
    codes = coding(cameo, future=future)
    assert codes is not None
    assert (codes.plover, codes.cameo) == (plover, new_cameo)


def test_statements_have_no_plover_type() -> None:
    assert coding("010") is None


def test_goldstein_and_quad_class_come_from_the_table() -> None:
    codes = coding("036")
    assert codes is not None
    assert (codes.goldstein, codes.quad_class) == (4.0, 1)
