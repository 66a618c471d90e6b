"""Named word lists of senses.toml ([lists], events/senses.py `senses_data`): one list serves every
table that references it, as a whole item ("@campaign_verbs") or inside a part ("pobj:@social_ills")."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from communique.errors import DataFileError
from communique.events import senses
from communique.resources import load_toml


@pytest.fixture
def own_senses(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Callable[[str], None]]:
    """A user's data directory holding only the senses.toml text given."""
    def write(text: str) -> None:
        (tmp_path / "events").mkdir(exist_ok=True)
        (tmp_path / "events" / "senses.toml").write_text(text, encoding="utf-8")
        monkeypatch.setenv("COMMUNIQUE_DATA_DIR", str(tmp_path))
        load_toml.cache_clear()
        senses.senses_data.cache_clear()
    yield write
    load_toml.cache_clear()
    senses.senses_data.cache_clear()


def test_a_list_reference_stands_for_its_words(own_senses: Callable[[str], None]) -> None:
    own_senses('[lists]\nills = ["drug", "poverty"]\nverbs = ["wage", "launch"]\n'
               '[[frame]]\npos = "V"\nlemmas = ["@verbs", "step"]\n'
               'excludes = ["dobj:war>prep:on>pobj:@ills"]\nwhy = "w"\n')
    frame = senses.senses_data()["frame"][0]
    assert frame["lemmas"] == ["wage", "launch", "step"]
    assert frame["excludes"] == ["dobj:war>prep:on>pobj:drug|poverty"]
    assert "lists" not in senses.senses_data()


def test_an_unknown_list_is_a_data_error(own_senses: Callable[[str], None]) -> None:
    own_senses('[[frame]]\npos = "V"\nlemmas = ["@nothing"]\nwhy = "w"\n')
    with pytest.raises(DataFileError, match="nothing"):
        senses.senses_data()


def test_the_packaged_frames_share_the_social_ills() -> None:
    # the war on a social ill and the verbs that wage it read the same list
    raw = load_toml("events/senses.toml")["frame"]
    assert sum(any("pobj:@social_ills" in e for e in row.get("excludes", ())) for row in raw) == 2
    waged = [f for f in senses.frames() if "wage" in f.lemmas and any("drug" in e for e in f.excludes)]
    assert waged and "poverty" in waged[0].excludes[0]
