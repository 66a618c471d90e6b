"""Coding on a Dask cluster (cluster.py): partitions by file and line range, and a `--cluster
local:2` run that stores exactly what one process stores.

The JSONL lines are the first paragraphs of four AFP reports of 1-2 April 1997 in the shared
corpus (AFP_ENG_19970401.0092, .0129, .0421, .0534), beside the bundled examples/.
"""

from __future__ import annotations

import gzip
import json
import multiprocessing
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.cluster import code_on_cluster, plan_partitions, read_partition
from communique.model import Article
from communique.read import read_articles
from conftest import EXAMPLES

AFP_1997 = [
    {"id": "AFP_ENG_19970401.0092", "published": "1997-04-01", "outlet": "AFP",
     "title": "Former Russian army chief under corruption probe",
     "text": "Russian prosecutors have opened a corruption probe against a former commander-in-chief of the army, "
             "the Interfax agency reported Tuesday."},
    {"id": "AFP_ENG_19970401.0129", "published": "1997-04-01", "outlet": "AFP",
     "title": "Japan's top 15 corporate collapses",
     "text": "A list of the top 15 collapses in Japanese corporate history after three finance companies applied "
             "Tuesday to be wound up, with combined debt of 1,800 billion yen (14.6 billion dollars)."},
    {"id": "AFP_ENG_19970401.0421", "published": "1997-04-01", "outlet": "AFP",
     "title": "Italian troops will not be sent to southern Albania",
     "text": "Italian troops will not be sent to southern Albania because of anti- Italian feeling in the port of "
             "Vlore, after an Albanian refugee boat sank in a collision with an Italian warship leaving 79 people "
             "missing, a military source said here Tuesday."},
    {"id": "AFP_ENG_19970401.0534", "published": "1997-04-02", "outlet": "AFP",
     "title": "Shanghai police raid home of another underground priest",
     "text": "Shanghai police have raided the home of a second underground Catholic priest carting away money and "
             "religious items, a US-based pressure group said Wednesday."},
]


@pytest.fixture
def inputs(tmp_path) -> list[str]:
    """examples/ and a JSONL file of the AFP lines, with a blank line and a broken one among them."""
    lines = [json.dumps(AFP_1997[0]), json.dumps(AFP_1997[1]), "", "{not json", json.dumps(AFP_1997[2]),
             json.dumps(AFP_1997[3])]
    feed = tmp_path / "afp-1997.jsonl"
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(EXAMPLES), str(feed)]


def test_partitions_cover_every_line_once(inputs):
    plan = plan_partitions(inputs, 2)
    partitions = plan.partitions
    assert not plan.unreadable
    feed = [p for p in partitions if p.paths[0].endswith("afp-1997.jsonl")]
    assert [p.lines for p in feed] == [(1, 3), (3, 5), (5, 7)]
    read = [item for p in feed for item in read_partition(p, max_chars=1_000_000)]
    assert [a.id for a in read if isinstance(a, Article)] == [a["id"] for a in AFP_1997]
    assert [a.path for a in read if isinstance(a, Article)][2] == inputs[1] + ":5"  # numbered as in the whole file
    assert [r.code for r in read if not isinstance(r, Article)] == ["E007"]  # line 4, read once
    assert all(p.span for p in feed), "a plain file's runs are read by byte span, not whole"
    others = [p for p in partitions if p not in feed]
    assert sorted(path for p in others for path in p.paths if not path.endswith(".jsonl")) == sorted(
        str(f) for f in EXAMPLES.iterdir() if f.suffix in (".md", ".html"))
    assert plan.articles == 5 + sum(p.articles for p in others)  # the broken line counts: it is reported


@pytest.mark.parametrize("ending", [b"\n", b"\r\n", b"\r"])
@pytest.mark.parametrize("chunk", [1, 7, 1 << 20])
def test_a_plain_file_is_planned_from_one_scan_of_its_line_ends(tmp_path, ending, chunk):
    """Planned in chunks as small as one byte (a CRLF split between two reads is one line
    end), each partition's span holds its lines and nothing else, and reading the partitions
    gives every article once, numbered as the single-process reader numbers them."""
    records = [json.dumps(r).encode() for r in AFP_1997]
    data = b"\xef\xbb\xbf" + ending.join([records[0], b"", records[1], b"  ", records[2], records[3]])  # no last end
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(data)
    plan = plan_partitions([str(feed)], 4, chunk=chunk)
    assert [p.lines for p in plan.partitions] == [(1, 5), (5, 7)]
    assert [p.articles for p in plan.partitions] == [2, 2] and plan.articles == 4
    assert b"".join(data[p.span[0]:p.span[1]] for p in plan.partitions if p.span) == data
    read = [a for p in plan.partitions for a in read_partition(p, max_chars=1_000_000)]
    whole = list(read_articles([str(feed)]))
    assert [(a.id, a.path) for a in read] == [(a.id, a.path) for a in whole]
    assert [a.path for a in read] == [f"{feed}:1", f"{feed}:3", f"{feed}:5", f"{feed}:6"]


def test_the_client_opens_each_jsonl_file_once_and_no_page(inputs):
    """Files opened while planning, as the interpreter's audit hook sees them: a page is named
    in its partition, not read (the worker reads it); a JSONL file is scanned once."""
    opened: list[str] = []
    OPEN_WATCH.append(opened)
    try:
        plan = plan_partitions(inputs, 2)
    finally:
        OPEN_WATCH.remove(opened)
    assert sorted(opened) == sorted([*(str(f) for f in EXAMPLES.glob("*.jsonl")), inputs[1]])
    assert sum(p.articles for p in plan.partitions if p.lines is None) == sum(
        1 for f in EXAMPLES.iterdir() if f.suffix in (".md", ".html"))


OPEN_WATCH: list[list[str]] = []  # lists the audit hook appends the names of opened files to


def watch_opens(event: str, args: tuple) -> None:
    if event == "open" and OPEN_WATCH and isinstance(args[0], str | Path):
        for opened in OPEN_WATCH:
            opened.append(str(args[0]))


sys.addaudithook(watch_opens)  # hooks cannot be removed: this one only records while a test watches


def test_a_compressed_file_is_split_by_lines_too(inputs, tmp_path):
    packed = tmp_path / "afp-1997.jsonl.gz"
    packed.write_bytes(gzip.compress(Path(inputs[1]).read_bytes()))
    partitions = plan_partitions([str(packed)], 2).partitions
    assert len(partitions) == 3 and not any(p.span for p in partitions)  # each reads the whole file
    read = [a for p in partitions for a in read_partition(p, max_chars=1_000_000) if isinstance(a, Article)]
    assert [a.id for a in read] == [a["id"] for a in AFP_1997]


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.output


def test_a_local_cluster_stores_what_one_process_stores(inputs, tmp_path):
    single, clustered = str(tmp_path / "single.duckdb"), str(tmp_path / "cluster.duckdb")
    one = CliRunner().invoke(main, ["code", *inputs, "--db", single, "--format", "none"])
    two = CliRunner().invoke(main, ["code", *inputs, "--db", clustered, "--format", "none", "--cluster", "local:2",
                                    "--partition-size", "2"])
    assert one.exit_code == two.exit_code == 1  # the broken line, reported by both
    assert "afp-1997.jsonl:4" in two.output and "E007" in two.output
    assert "8 article(s) coded, 1 rejected" in two.output
    exported = [run("export", "--db", db) for db in (single, clustered)]
    assert exported[0] == exported[1]
    assert len(exported[0].splitlines()) == 8 and '"incident"' in exported[0]


def test_a_partition_that_fails_every_try_is_reported_and_the_run_ends(inputs):
    """Workers told to store into a server that is not there: each partition fails, is retried,
    and is reported as one E313 line; the run ends rather than waiting."""
    items = list(code_on_cluster(inputs, "local:1", model=None, batch_size=4, max_chars=1_000_000,
                                 partition_size=4, worker_db="postgresql://nobody@127.0.0.1:9/none", keep_coded=True))
    failed = [i for i in items if getattr(i, "code", None) == "E313"]
    planned = [i for i in items if type(i).__name__ == "Partition"]
    assert len(failed) == len(planned) >= 2
    assert "partition failed 3 times" in str(failed[0]) and "cannot connect" in str(failed[0])
    assert not [p for p in multiprocessing.active_children() if "Dask" in p.name], "the local cluster is shut down"


def test_local_workers_and_scheduler_wake_up_for_dask_bookkeeping_rarely():
    """cluster.LOCAL_CONFIG reaches the servers of `local:N` (forked as a run forks them): every
    periodic callback wakes an event loop, and Dask's defaults (every 20 ms, 100 ms, 500 ms) cost
    seconds of CPU per run that nobody reads the results of."""
    from communique.cluster import connect

    def intervals(dask_worker=None, dask_scheduler=None) -> dict[str, float]:  # noqa: ANN001
        server = dask_worker or dask_scheduler
        return {name: pc.callback_time for name, pc in server.periodic_callbacks.items()
                if name in ("tick", "monitor", "memory_monitor")}

    with connect("local:1", preload=lambda: None) as client:
        workers = list(client.run(intervals).values())
        scheduler = client.run_on_scheduler(intervals)
    assert workers == [{"tick": 1000, "monitor": 5000, "memory_monitor": 1000}]
    assert scheduler == {"tick": 1000, "monitor": 5000}
