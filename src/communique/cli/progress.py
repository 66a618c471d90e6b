"""The progress bar of `communique code`: a total counted before coding starts, a steady rate
(articles so far over time so far, not rich's sliding window, which starts at thousands a
second when the first batch lands at once) and the time left at that rate."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterable
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, SpinnerColumn, Task, TextColumn
from rich.text import Text

from ..read.sources import FORMAT_BY_SUFFIX, MAX_FILE_BYTES, base_suffix, expand

READ_CHUNK = 1 << 20


def count_lines(path: Path) -> int:
    """Non-blank lines of a JSONL file (inflated as it streams if .gz, up to the reader's size
    limit): the articles it holds, as the reader will see them."""
    lines = 0
    pending = b""
    read = 0
    opener = gzip.open if path.suffix.lower() == ".gz" else open
    with opener(path, "rb") as f:
        while read <= MAX_FILE_BYTES and (chunk := f.read(READ_CHUNK)):
            read += len(chunk)
            parts = (pending + chunk).splitlines(keepends=True)
            pending = parts.pop() if parts and not parts[-1].endswith((b"\n", b"\r")) else b""
            lines += sum(1 for part in parts if part.strip())
    return lines + (1 if pending.strip() else 0)


def count_articles(inputs: Iterable[str]) -> int | None:
    """How many articles (and rejections) reading `inputs` gives: one per file, one per line of
    a JSONL file. None when it cannot be known ahead (standard input)."""
    total = 0
    for item in inputs:
        if item == "-":
            return None
        for path in expand(item):
            if isinstance(path, Path) and FORMAT_BY_SUFFIX.get(base_suffix(path)) == "jsonl":
                try:
                    total += count_lines(path)
                except (OSError, EOFError, zlib.error):
                    total += 1  # the reader will reject it, once
            else:
                total += 1
    return total


class SteadyRateColumn(ProgressColumn):
    """Articles a second since the start, and the time left at that rate."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        if not task.completed or elapsed <= 0:
            return Text("")
        rate = task.completed / elapsed
        shown = f"{rate:.1f} articles/s"
        if task.total is not None and task.total > task.completed:
            left = (task.total - task.completed) / rate
            minutes, seconds = divmod(int(left + 0.5), 60)
            shown += f", {minutes}:{seconds:02d} left"
        return Text(shown, style="dim")


class ElapsedColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        minutes, seconds = divmod(int(task.elapsed or 0), 60)
        return Text(f"{minutes}:{seconds:02d}", style="dim")


def progress_bar(console: Console) -> Progress:
    """Counts, rate and time left on standard error while coding; drawn only on a terminal."""
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    SteadyRateColumn(), ElapsedColumn(), console=console, transient=True)
