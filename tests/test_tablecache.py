"""The table cache (communique/tablecache.py): a cached table is used only while the data files
it was built from are unchanged; an edited or an added (COMMUNIQUE_DATA_DIR) file rebuilds it.
Entries are named by content and several are kept per table (other checkouts, other branches)."""

from __future__ import annotations

import gc
import os
import shutil
from pathlib import Path

import pytest

from communique.actors.kb import build_kb, text_key
from communique.resources import USER_DATA_ENV, data_path
from communique.tablecache import CACHE_ENV, CACHE_OFF, KEPT, cached, collector_paused

PERSON_ROW = "Zorbina Quellfeather\tNORGOV 2025-01-01/\tQuellfeather\ta test person\n"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(directory))
    return directory


def counting(value: object, calls: list[int]):  # noqa: ANN201
    def build() -> object:
        calls.append(1)
        return value
    return build


def test_a_second_load_reads_the_cache_without_building(cache: Path) -> None:
    calls: list[int] = []
    assert cached("test-table", counting({"a": [1, 2]}, calls)) == {"a": [1, 2]}
    assert cached("test-table", counting({"a": [1, 2]}, calls)) == {"a": [1, 2]}
    assert len(calls) == 1
    assert len(list(cache.glob("test-table-*.pickle"))) == 1


def test_an_edited_data_file_rebuilds_the_table(cache: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    user = tmp_path / "data"
    (user / "actors").mkdir(parents=True)
    people = user / "actors" / "people.tsv"
    shutil.copy(data_path("actors/people.tsv"), people)
    monkeypatch.setenv(USER_DATA_ENV, str(user))
    before = cached("actors-kb", build_kb)
    assert text_key("Zorbina Quellfeather") not in before.index
    with people.open("a", encoding="utf-8") as f:
        f.write(PERSON_ROW)
    os.utime(people, ns=(people.stat().st_atime_ns, people.stat().st_mtime_ns + 10**9))  # a later edit
    after = cached("actors-kb", build_kb)
    assert text_key("Zorbina Quellfeather") in after.index
    assert len(list(cache.glob("actors-kb-*.pickle"))) == 2  # the other entry is kept


def test_entries_are_named_by_content_and_several_are_kept(cache: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Two data directories with the same files (two checkouts) share one entry, one with other
    files has its own, and going back to the first builds nothing: its entry was not evicted.
    Past KEPT entries, the least recently used goes."""
    calls: list[int] = []

    def data_dir(name: str, text: str) -> Path:
        user = tmp_path / name / "events"
        user.mkdir(parents=True)
        (user / "negative.tsv").write_text(text, encoding="utf-8")
        return user.parent

    first, same, other = data_dir("a", "V  meet\n"), data_dir("b", "V  meet\n"), data_dir("c", "V  greet\n")
    os.utime(same / "events" / "negative.tsv", ns=(0, 10**9))  # another checkout: another time, same bytes
    for user in (first, same, other, first, same):
        monkeypatch.setenv(USER_DATA_ENV, str(user))
        cached("test-table", counting(1, calls))
    assert len(calls) == 2  # one build for a and b (the same files), one for c
    assert len(list(cache.glob("test-table-*.pickle"))) == 2
    for i in range(KEPT - 1):  # a (read last) and c, then KEPT - 1 more: one too many
        monkeypatch.setenv(USER_DATA_ENV, str(data_dir(f"d{i}", f"V  word{i}\n")))
        cached("test-table", counting(1, calls))
    assert len(list(cache.glob("test-table-*.pickle"))) == KEPT
    assert len(calls) == 2 + KEPT - 1
    monkeypatch.setenv(USER_DATA_ENV, str(first))
    cached("test-table", counting(1, calls))
    assert len(calls) == 2 + KEPT - 1  # a is still there
    monkeypatch.setenv(USER_DATA_ENV, str(other))
    cached("test-table", counting(1, calls))
    assert len(calls) == 2 + KEPT  # c, the least recently used, was evicted


def test_a_new_user_data_file_rebuilds_the_table(cache: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    user = tmp_path / "data"
    user.mkdir()
    monkeypatch.setenv(USER_DATA_ENV, str(user))
    cached("test-table", counting(1, calls))
    (user / "events").mkdir()
    (user / "events" / "negative.tsv").write_text("V  meet\n", encoding="utf-8")
    cached("test-table", counting(1, calls))
    assert len(calls) == 2


def test_a_corrupt_entry_is_rebuilt_and_the_cache_can_be_off(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    cached("test-table", counting(1, calls))
    (entry,) = cache.glob("test-table-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert cached("test-table", counting(1, calls)) == 1
    monkeypatch.setenv(CACHE_ENV, CACHE_OFF)
    cached("test-table", counting(1, calls))
    cached("test-table", counting(1, calls))
    assert len(calls) == 4


def test_the_collector_stays_paused_when_an_import_turns_it_on() -> None:
    """Importing a Cython extension module calls gc.enable(); inside collector_paused no
    collection runs all the same (spaCy imports some while its pipeline loads), and after it
    the collector is as it was."""
    collections: list[int] = []

    def seen(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    before = gc.get_threshold(), gc.isenabled()
    gc.callbacks.append(seen)
    try:
        with collector_paused():
            gc.enable()  # as a Cython module's type set-up does
            cycles = []
            for _ in range(10 * before[0][0]):
                cycle: list[object] = []
                cycle.append(cycle)
                cycles.append(cycle)
            during = list(collections)
        assert during == []
    finally:
        gc.callbacks.remove(seen)
    assert (gc.get_threshold(), gc.isenabled()) == before
