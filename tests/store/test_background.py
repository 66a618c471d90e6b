"""The background writer: batches stored by a thread while the caller goes on, same result."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from communique.errors import CommuniqueError
from communique.model import Article, CodedArticle
from communique.store import open_store
from communique.store.background import (
    BUSY_SHARE,
    MAX_GROWTH,
    BackgroundWriter,
    SharedBatchWriter,
    next_batch_size,
)


def article(article_id: str) -> CodedArticle:
    return CodedArticle(article=Article(id=article_id, text="Talks will take place Thursday in Istanbul."))


def test_every_batch_is_stored_by_the_time_flush_returns(tmp_path):
    with open_store(str(tmp_path / "background.duckdb")) as store:
        writer = BackgroundWriter(store, 2)
        for n in range(5):
            writer.add(article(f"a{n}"))
        writer.add(article("a1"))  # the same id again in a later batch: replaced, not doubled
        writer.flush()
        writer.stop()
        assert store.counts()["articles"] == 5
        assert sorted(r["id"] for r in store.articles()) == [f"a{n}" for n in range(5)]


def test_an_early_hand_over_makes_the_last_batch_short(tmp_path, monkeypatch):
    """Near the end of the input (cli.TAIL_ARTICLES) what is pending is written at once, so the
    write the run waits for at the end holds only the articles coded after it."""
    import communique.store.background as background

    written: list[list[str]] = []
    real_write = background.write_batch

    def recording_write(store, batch):  # noqa: ANN001, ANN202
        written.append([c.article.id for c in batch])
        return real_write(store, batch)

    monkeypatch.setattr(background, "write_batch", recording_write)
    with open_store(str(tmp_path / "tail.duckdb")) as store:
        writer = BackgroundWriter(store, 100)
        for n in range(5):
            writer.add(article(f"a{n}"))
        writer.hand_over_early()
        writer.hand_over_early()  # nothing pending: no empty write
        writer.add(article("a5"))
        writer.flush()
        writer.stop()
        assert written == [["a0", "a1", "a2", "a3", "a4"], ["a5"]]
        assert store.counts()["articles"] == 6


def test_a_failed_write_stops_the_run(tmp_path):
    path = tmp_path / "gone.duckdb"
    store = open_store(str(path))
    store.close()
    path.unlink()
    path.mkdir()  # the store reopens its file for a write: now a folder, so every write fails
    writer = BackgroundWriter(store, 1)
    with pytest.raises(CommuniqueError, match="E301|E302"):
        writer.add(article("a1"))
        writer.add(article("a2"))  # waits for the first batch, whose error it raises
        writer.flush()
    writer.stop()


def test_batches_grow_when_writing_takes_more_than_its_share_of_coding():
    assert next_batch_size(256, 256, write_seconds=0.5, fill_seconds=13.0) == 256  # 4 % of the time: as it is
    # a write of 256 took 2.6 s while coding them took 13 s (20 %): twice the batch halves the share
    assert next_batch_size(256, 256, write_seconds=2.6, fill_seconds=13.0) == 512
    assert next_batch_size(256, 256, write_seconds=60.0, fill_seconds=13.0) == 256 * MAX_GROWTH  # bounded
    assert next_batch_size(1024, 256, write_seconds=0.1, fill_seconds=13.0) == 1024  # never shrinks
    assert next_batch_size(256, 256, write_seconds=1.0, fill_seconds=0.0) == 256  # nothing to compare with
    assert 0 < BUSY_SHARE < 1


def test_a_write_slower_than_its_share_of_the_filling_grows_the_next_batches(tmp_path):
    """The wiring: a batch's measured write time reaches `size` once it is stored. Articles are
    added far faster than a DuckDB file is opened, written, linked and closed, so the write
    takes more than BUSY_SHARE of the filling and the next batches are larger, never past the bound."""
    with open_store(str(tmp_path / "growing.duckdb"), hold=False) as store:
        writer = BackgroundWriter(store, 2)
        writer.add(article("a0"))
        writer.add(article("a1"))  # the first batch of 2, handed to the thread
        writer.flush()  # stored: the thread grew the size from its write time before saying so
        assert 2 < writer.size <= 2 * MAX_GROWTH
        grown = writer.size
        for n in range(2, 2 + grown):
            writer.add(article(f"a{n}"))
        writer.flush()
        writer.stop()
        assert writer.size >= grown  # never shrunk
        assert store.counts()["articles"] == 2 + grown


def test_partitions_fill_one_shared_batch_and_each_waits_for_its_own(tmp_path):
    """A cluster worker's partitions add to one batch (cluster.code_partition): each keeps the
    Future of the batch its articles are in, which is written when full or handed over by the
    last partition; a failed partition's articles not handed over are taken back."""
    with open_store(str(tmp_path / "shared.duckdb")) as store:
        writer = SharedBatchWriter(store, 4)
        first = writer.stored
        for n in range(3):  # partition 1: three articles, left for the next partition's batch
            writer.add(article(f"p1-{n}"))
        failed = [article("p2-0"), article("p2-1")]
        for coded in failed:  # partition 2: the fourth article fills the batch, which goes
            writer.add(coded)
        assert writer.stored is not first and writer.pending == [failed[1]]
        writer.take_back(failed)  # partition 2 fails: its article not handed over is dropped
        assert writer.pending == []
        writer.add(article("p3-0"))
        last = writer.stored
        writer.hand_over_early()  # partition 3 ends, none started after it
        first.result(timeout=30)  # both batches are stored: neither raises
        last.result(timeout=30)
        writer.stop()
        assert sorted(r["id"] for r in store.articles()) == ["p1-0", "p1-1", "p1-2", "p2-0", "p3-0"]


def test_a_failed_shared_batch_fails_the_partitions_it_held(tmp_path):
    path = tmp_path / "gone.duckdb"
    store = open_store(str(path))
    store.close()
    path.unlink()
    path.mkdir()  # every write fails
    writer = SharedBatchWriter(store, 2)
    held = writer.stored
    writer.add(article("a1"))
    writer.add(article("a2"))  # full: handed over, no error raised here (it is the batch's)
    writer.add(article("a3"))
    later = writer.stored
    writer.hand_over_early()
    with pytest.raises(CommuniqueError, match="E301|E302"):
        held.result(timeout=30)
    with pytest.raises(CommuniqueError):
        later.result(timeout=30)
    writer.stop()


class GrowFailed(Exception):
    """The error of a batch-size step that fails after the batch's write committed."""


def failing_grow(size: int, smallest: int, write_seconds: float, fill_seconds: float) -> int:
    raise GrowFailed(f"no next size after a batch of {size}")


def within(seconds: float, step: Callable[[], object]) -> BaseException | None:
    """Run `step` on a thread of its own; its error (None if it returned), or a test failure
    if it has not ended after `seconds` (a hang: the thread is a daemon, left behind)."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            step()
        except BaseException as e:  # noqa: BLE001 (handed back to the test)
            outcome.append(e)
        else:
            outcome.append(None)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        pytest.fail(f"still waiting after {seconds} s: a batch's Future was never settled")
    return outcome[0]


def test_a_step_failing_after_the_write_fails_the_batch_instead_of_hanging(tmp_path):
    """The write commits, then the next batch's size fails on the thread: the batch's Future
    must carry that error, so that flush raises it (and stop returns) rather than waiting
    forever for a Future nobody settles."""
    with open_store(str(tmp_path / "grow.duckdb")) as store:
        writer = BackgroundWriter(store, 2, grow=failing_grow)
        writer.add(article("a0"))
        writer.add(article("a1"))  # full: handed to the thread, which fails after writing it
        assert isinstance(within(30, writer.flush), GrowFailed)
        assert within(30, writer.stop) is None
        assert store.counts()["articles"] == 2  # committed whole: a retry replaces them by id


def test_a_step_failing_after_a_shared_write_fails_the_partitions_it_held(tmp_path):
    with open_store(str(tmp_path / "shared-grow.duckdb")) as store:
        writer = SharedBatchWriter(store, 2, grow=failing_grow)
        held = writer.stored
        writer.add(article("a1"))
        writer.add(article("a2"))  # full: handed over, its error left to its partitions
        with pytest.raises(GrowFailed):
            held.result(timeout=30)
        assert within(30, writer.stop) is None
