"""The progress bar of `code`: the total is counted as the readers will read, and the rate is
articles so far over time so far, with the time left at that rate."""

from __future__ import annotations

import gzip

from rich.console import Console
from rich.progress import Progress

from communique.cli.progress import SteadyRateColumn, count_articles
from conftest import EXAMPLES


def test_the_total_counts_files_and_jsonl_lines(tmp_path):
    assert count_articles([str(EXAMPLES)]) == 4  # a markdown file, an HTML page, two JSONL lines
    lines = b'{"text": "a"}\n\n{"text": "b"}\r{"text": "c"}'  # a blank line; CR-only; no final newline
    (tmp_path / "feed.jsonl").write_bytes(lines)
    (tmp_path / "feed2.jsonl.gz").write_bytes(gzip.compress(lines))
    (tmp_path / "broken.jsonl.gz").write_bytes(b"\x1f\x8b not gzip")
    assert count_articles([str(tmp_path / "feed.jsonl")]) == 3
    assert count_articles([str(tmp_path)]) == 3 + 3 + 1  # the broken file is one rejection
    assert count_articles([str(tmp_path / "missing.md"), str(tmp_path / "*.jsonl")]) == 1 + 3
    assert count_articles(["-"]) is None  # standard input: not known ahead


def test_the_rate_is_steady_and_gives_the_time_left():
    progress = Progress(console=Console(file=None, width=80))
    task_id = progress.add_task("coding", total=100)
    task = progress.tasks[task_id]
    task.start_time = progress.get_time() - 20.0  # 20 s in
    progress.update(task_id, completed=40)
    shown = SteadyRateColumn().render(task).plain
    assert shown.startswith("2.0 articles/s") and "0:30 left" in shown  # 60 more at 2 a second
