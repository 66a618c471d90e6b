"""Coding on a Dask cluster: `communique code PATHS --cluster local:N` or `--cluster tcp://host:8786`.

The client splits the inputs into partitions by file and line range (`plan_partitions`): a
JSONL file into runs of lines (a plain file scanned once for its line ends, each run read by
its byte span on the worker), other files a few at a time, named but not opened, so every
article is in exactly one partition and only the worker that codes it reads it.
Each worker loads the spaCy pipeline and the stages' tables once (`CodingPlugin`,
a Dask worker plugin) and codes partitions with the same `pipeline.code_batch` as one process.
A partition that fails is retried (`RETRIES`) and then reported, and the others go on.

Coded records reach the store in batches: through the client (which writes them as they
arrive, for a DuckDB file, one writer only), or straight from the workers into PostgreSQL
(`--db postgresql://...`), each worker a writer of its own. The files must be readable at the
same paths on every worker (a shared file system), and `-` (standard input) cannot be split.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from distributed import WorkerPlugin

from .errors import E_PARTITION_FAILED, E_UNREADABLE, ArticleRejected, CommuniqueError
from .model import Article, CodedArticle
from .read import jsonl
from .read.dedupe import unique_ids
from .read.sources import (
    BOMS,
    FORMAT_BY_SUFFIX,
    GZIP_MAGIC,
    MAX_FILE_BYTES,
    SNIFF_BYTES,
    Source,
    base_suffix,
    expand,
    load,
    sniff_format,
    utf16_without_bom,
)
from .store.postgres import import_optional

if TYPE_CHECKING:
    from .pipeline import ParseAhead

RETRIES = 2  # tries after the first, on any worker, before a partition is reported as failed
PLUGIN_NAME = "communique-coding"
SCAN_CHUNK = 1 << 20  # bytes of a JSONL file read at a time while planning
STAGES_ENV = "COMMUNIQUE_STAGES"  # pipeline.STAGES_ENV, named here so the client need not import spaCy
STORE_BATCH = 256  # articles a worker stores in one transaction at first (cli.STORE_BATCH_ARTICLES)


@dataclass(frozen=True, slots=True)
class Partition:
    """Some whole files, or lines first..end-1 of one JSONL file: the unit a worker codes."""

    paths: tuple[str, ...]  # as the user named them: what articles' `path` and messages say
    lines: tuple[int, int] | None = None
    root: str = "."  # the client's working directory: a worker reads relative paths from there
    # where `lines` are in the file, in bytes: the worker reads only those (a plain file; a
    # compressed or re-encoded one is read whole by each of its partitions)
    span: tuple[int, int] | None = None
    articles: int = 0  # non-blank lines, or files: what the progress bar counts

    @property
    def label(self) -> str:
        if self.lines:
            return f"{self.paths[0]}:{self.lines[0]}-{self.lines[1] - 1}"
        return self.paths[0] + (f" (+{len(self.paths) - 1} files)" if len(self.paths) > 1 else "")


@dataclass(slots=True)
class PartitionResult:
    """What a worker hands back for one partition: its coded articles (unless they went straight
    into the store and nobody asked for them), its rejections as (source, reason, code)."""

    articles: int = 0
    coded: list[CodedArticle] = field(default_factory=list)
    rejected: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PartitionDone:
    """One partition finished (coded, or failed on every try): for the progress bar."""

    partition: Partition
    articles: int


@dataclass(slots=True)
class Plan:
    """The partitions of a run, the inputs that cannot be read, and how many articles (and
    rejections) reading the partitions gives: the progress bar's total, known without reading
    an article in the client."""

    partitions: list[Partition] = field(default_factory=list)
    unreadable: list[ArticleRejected] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return sum(p.articles for p in self.partitions) + len(self.unreadable)


def plan_partitions(inputs: Iterable[str], size: int, chunk: int = SCAN_CHUNK) -> Plan:
    """The inputs as partitions of about `size` articles. The client reads no article: a file
    the directory walk or its suffix says is one article is named, not opened; a plain JSONL
    file is scanned once for where its lines start (`scan_lines`, `chunk` bytes at a time),
    never held whole. Only a compressed or UTF-16/32 JSONL file, or one whose suffix names no
    format, is loaded here as the reader loads it."""
    plan = Plan()
    root = os.getcwd()
    loose: list[str] = []  # single-article files, gathered `size` at a time
    for item in inputs:
        if item == "-":
            raise CommuniqueError("--cluster reads files that every worker can open: save standard input "
                                  "to a file first")
        for path in expand(item):
            if isinstance(path, ArticleRejected):
                plan.unreadable.append(path)
                continue
            fmt = FORMAT_BY_SUFFIX.get(base_suffix(path))
            if fmt is not None and fmt != "jsonl":
                loose.append(str(path))  # the worker reads it, and reports it if it cannot
            elif fmt == "jsonl" and (runs := plain_line_runs(path, size, root, chunk)) is not None:
                plan.partitions += runs
            else:
                source = load(path)
                if isinstance(source, ArticleRejected):
                    plan.unreadable.append(source)
                elif sniff_format(source) == "jsonl":
                    plan.partitions += line_runs(path, source.data, size, root)
                else:
                    loose.append(str(path))
    plan.partitions += [Partition(tuple(loose[i:i + size]), None, root, articles=len(loose[i:i + size]))
                        for i in range(0, len(loose), size)]
    return plan


def is_plain(head: bytes) -> bool:
    """Whether a file beginning with `head` is read as its own bytes (not inflated from gzip,
    not re-encoded from UTF-16/32, sources.load): then a line's bytes are where they are on disk."""
    return head[:2] != GZIP_MAGIC and not any(head.startswith(bom) for bom, _ in BOMS) \
        and utf16_without_bom(head[:SNIFF_BYTES]) is None


def scan_lines(f: BinaryIO, chunk: int) -> Iterator[tuple[int, bool]]:
    """Each line of a binary stream as (its length in bytes with its ending, whether it holds
    anything but white space), read `chunk` bytes at a time. Lines end where the JSONL reader's
    `bytes.splitlines` ends them (LF, CRLF, lone CR), also when a CRLF straddles two chunks."""
    pending = b""
    while block := f.read(chunk):
        parts = (pending + block).splitlines(keepends=True)
        # the last part may go on in the next chunk (no ending yet, or a CR that may be a CRLF)
        pending = parts.pop() if parts and not parts[-1].endswith(b"\n") else b""
        for part in parts:
            yield len(part), bool(part.strip())
    if pending:
        yield from ((len(part), bool(part.strip())) for part in pending.splitlines(keepends=True))


def plain_line_runs(path: Path, size: int, root: str, chunk: int) -> list[Partition] | None:
    """A plain JSONL file as partitions of `size` lines with their byte spans, from one scan;
    None when the file is not plain, too large, empty or unreadable (sources.load then says
    what the reader would)."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None
        with path.open("rb") as f:
            if not is_plain(f.read(SNIFF_BYTES)):
                return None
            f.seek(0)
            runs: list[Partition] = []
            start = offset = 0
            first = number = articles = 0
            for number, (length, filled) in enumerate(scan_lines(f, chunk), start=1):
                if (number - 1) % size == 0:
                    start, first, articles = offset, number, 0
                offset += length
                articles += filled
                if number % size == 0:
                    runs.append(Partition((str(path),), (first, number + 1), root, (start, offset), articles))
            if number % size:
                runs.append(Partition((str(path),), (first, number + 1), root, (start, offset), articles))
    except OSError:
        return None
    return runs if any(p.articles for p in runs) else None


def line_runs(path: Path, data: bytes, size: int, root: str) -> list[Partition]:
    """A JSONL file loaded whole (inflated or re-encoded) as partitions of `size` lines; each
    worker loads the file again and reads only its lines."""
    lines = data.splitlines()
    return [Partition((str(path),), (first, min(first + size, len(lines) + 1)), root,
                      articles=sum(1 for line in lines[first - 1:first - 1 + size] if line.strip()))
            for first in range(1, len(lines) + 1, size)]


def read_lines(partition: Partition, name: str) -> Source | ArticleRejected:
    """The bytes of a partition's line run, read from where they are in the file."""
    assert partition.span is not None
    start, end = partition.span
    try:
        with (Path(partition.root) / name).open("rb") as f:
            f.seek(start)
            return Source(name, f.read(end - start))
    except OSError as e:
        return ArticleRejected(name, f"cannot read: {e.strerror or e}", E_UNREADABLE)


def read_partition(partition: Partition, *, max_chars: int) -> Iterator[Article | ArticleRejected]:
    """The articles of one partition, read as `read.read_articles` reads them."""
    from .read import read_source

    def read_all() -> Iterator[Article | ArticleRejected]:
        for name in partition.paths:
            if partition.span is not None and partition.lines is not None:
                run = read_lines(partition, name)
                if isinstance(run, ArticleRejected):
                    yield run
                else:
                    yield from jsonl.read(run, max_chars=max_chars, first_line=partition.lines[0])
                continue
            source = load(Path(partition.root) / name)  # an absolute name stays itself
            if isinstance(source, ArticleRejected):
                yield ArticleRejected(name, source.reason, source.code)
                continue
            source = replace(source, name=name)
            if partition.lines is not None and sniff_format(source) == "jsonl":
                yield from jsonl.read(source, max_chars=max_chars, lines=partition.lines)
            else:
                yield from read_source(source, max_chars=max_chars)

    return unique_ids(read_all())


class CodingPlugin(WorkerPlugin):
    """A Dask worker plugin: the pipeline and tables loaded once per worker, and (for a
    PostgreSQL store) the worker's own connection and writer, opened on first use and kept
    across partitions, which fill its batches together (store/background.SharedBatchWriter).

    It also holds the worker's two turns, which let one partition's stages and writes go on
    while the next partition is parsed (code_partition): `parse_turn`, held from the start of
    a partition's parse until its parsing thread ends (the pipeline is not thread-safe), and
    `stage_turn`, held while a partition runs the stages and adds to the writer (nor are the
    stages). Partitions take both in the order they started."""

    name = PLUGIN_NAME

    def __init__(self, model: str | None, stages: str | None, db: str | None,
                 store_batch: int = STORE_BATCH) -> None:
        self.model = model
        self.stages = stages
        self.db = db
        self.store_batch = store_batch
        self.store: Any = None
        self.writer: Any = None
        self.parse_turn = threading.Lock()
        self.stage_turn = threading.Lock()
        self.started = itertools.count(1)
        self.last_started = 0  # the number of the partition that started last on this worker

    def __getstate__(self) -> dict[str, Any]:  # sent to the workers before any of this is made
        return {key: getattr(self, key) for key in ("model", "stages", "db", "store_batch")}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)  # type: ignore[misc]

    def setup(self, worker: Any) -> None:
        from .pipeline import load

        if self.stages:
            os.environ[STAGES_ENV] = self.stages
        load(self.model)  # at once when the worker was forked from a client that loaded it (connect)

    def teardown(self, worker: Any) -> None:
        if self.writer is not None:
            self.writer.stop()
            self.writer = None
        if self.store is not None:
            self.store.close()
            self.store = None

    def store_writer(self) -> Any:
        """The worker's SharedBatchWriter into the PostgreSQL store, or None without one."""
        if self.writer is None and self.db:
            from .store import open_store
            from .store.background import SharedBatchWriter

            self.store = open_store(self.db)
            self.writer = SharedBatchWriter(self.store, self.store_batch)
        return self.writer

    def start_partition(self) -> int:
        """A partition's number on this worker, in the order partitions start."""
        number = self.last_started = next(self.started)
        return number


def code_partition(partition: Partition, *, batch_size: int, max_chars: int, keep_coded: bool) -> PartitionResult:
    """Code one partition on a worker; store it from here when the plugin has a store. When
    this returns, every article of the partition is stored; when it raises, what the partition
    had not yet handed to the writer is taken back, not stored with the next partition (its
    retry codes it again).

    As one process parses the next group while the stages run on the last (pipeline.
    code_overlapped), a worker parses the next partition while this one's last groups are
    coded and its articles stored: once this partition's parse is done, its task leaves the
    worker's thread pool (`secede`), so that the worker starts the next task, which parses
    meanwhile and waits for the stage turn. Without that, each partition would start and end
    with one thread idle, and wait for its own write. Its articles join the worker's batch,
    which is written when full or when a partition ends with no later one started here."""
    from distributed import get_worker, secede

    plugin: CodingPlugin = get_worker().plugins[PLUGIN_NAME]  # type: ignore[assignment]
    writer = plugin.store_writer()
    number = plugin.start_partition()
    ahead = start_parse(plugin, partition, number, batch_size=batch_size, max_chars=max_chars)
    result = PartitionResult()
    added: list[CodedArticle] = []
    batches_stored: set[Future[float]] = set()  # the writer's batches holding this partition's articles
    seceded = False
    with plugin.stage_turn:
        try:
            for coded in coded_one_by_one(ahead, plugin.model):
                if not seceded and ahead.done_parsing.is_set():
                    secede()  # the next partition may parse now; this one only codes and waits
                    seceded = True
                if isinstance(coded, ArticleRejected):
                    result.rejected.append((coded.source, coded.reason, coded.code))
                    continue
                result.articles += 1
                if writer is not None:
                    batches_stored.add(writer.stored)
                    writer.add(coded)
                    added.append(coded)
                if keep_coded or writer is None:
                    result.coded.append(coded)
        except BaseException:
            if writer is not None:
                writer.take_back(added)
            raise
        finally:
            ahead.stop.set()
            ahead.join()
            end_turn(plugin, number)
    wait_stored(list(batches_stored), seceded)
    return result


def wait_stored(batches: list[Future[float]], seceded: bool) -> None:
    """Wait (out of the worker's thread pool) until `batches` are stored; a failed write fails
    this partition (retried), and the others whose articles it held."""
    from distributed import secede

    if batches and not seceded:
        secede()
    for stored in batches:
        stored.result()


def start_parse(plugin: CodingPlugin, partition: Partition, number: int, *, batch_size: int,
                max_chars: int) -> ParseAhead:
    """The partition's parsing thread, started once the worker's parse turn is free (the thread
    frees it when it ends)."""
    from .pipeline import ParseAhead, chunked, prepared_nlp, split_rejections

    plugin.parse_turn.acquire()
    try:
        batches = (split_rejections(chunk) for chunk in chunked(read_partition(partition, max_chars=max_chars),
                                                                batch_size))
        ahead = ParseAhead(batches, prepared_nlp(plugin.model), batch_size, when_parsed=plugin.parse_turn.release)
        ahead.start()
    except BaseException:
        plugin.parse_turn.release()
        with plugin.stage_turn:  # an earlier partition may have left its articles for this one to hand over
            end_turn(plugin, number)
        raise
    return ahead


def coded_one_by_one(ahead: ParseAhead, model: str | None) -> Iterator[CodedArticle | ArticleRejected]:
    """What the stages give for each article `ahead` parses, one article at a time (so that the
    caller sees the parse end as soon as it does); rejections as they come."""
    from .pipeline import code_parsed

    while (item := ahead.parsed.get()) is not None:
        if isinstance(item, BaseException):
            raise item
        if isinstance(item, list):
            yield from item
            continue
        for article, doc in zip(*item, strict=True):
            yield from code_parsed([article], [doc], model)


def end_turn(plugin: CodingPlugin, number: int) -> None:
    """The worker's batch handed over by partition `number` as its stage turn ends, if no later
    partition has started here (a later one adds to the batch, and hands it over in its turn)."""
    if plugin.writer is not None and plugin.last_started == number:
        plugin.writer.hand_over_early()


ClusterItem = Plan | Partition | PartitionDone | CodedArticle | ArticleRejected

# Dask's own bookkeeping, made rarer for local:N. Its defaults suit a dashboard watched live;
# here nobody reads what it gathers, and each periodic callback wakes an event loop: the client
# process's (which runs the scheduler and every worker's nanny) and each worker's. With the
# defaults, 400 articles on local:2 (under load: 128 s of wall time) took 4.5 s of CPU in the
# client's event loop thread and 2.0 s in each worker's (/proc/PID/task); with these, 0.9 s and
# 0.3-0.5 s (85-105 s of wall time); the whole run, interleaved A/B, least of two: 36.8 s
# of CPU with the defaults, 32.4 s with these (`--workers 2`: 30.8 s).
LOCAL_CONFIG: dict[str, Any] = {
    # no statistical profiler sampling every worker's stack (10 ms)
    "distributed.worker.profile.enabled": False,
    # the check that an event loop is not blocked, every 20 ms in each server: it only warns,
    # once the loop was blocked for 3 s, which a 1 s tick still sees
    "distributed.admin.tick.interval": "1s",
    # psutil's CPU, memory, network and disk counters for the dashboard, every 500 ms in each
    # server (a worker's heartbeat sends the latest reading)
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.system-monitor.disk": False,
    # the nanny's and the worker's memory checks (pause at 80 % of the worker's share, terminate
    # at 95 %), every 100 ms: a parse holds at most about 1 GB (pipeline.BATCH_CHARS), so a
    # check a second still stops a worker before it takes the machine's memory
    "distributed.worker.memory.monitor-interval": "1s",
}


@contextmanager
def connect(spec: str, preload: Callable[[], None] | None = None) -> Iterator[Any]:
    """A Dask client of `local:N` (a LocalCluster of N single-threaded worker processes, shut
    down with the client) or of the scheduler at `tcp://host:port`. For `local:N`, `preload`
    runs here first and the workers are forked from this process (where fork exists), so that
    what it loaded (the model and tables) is loaded once, not once per worker."""
    distributed = import_optional("distributed")
    if spec.startswith("local:"):
        try:
            workers = int(spec.removeprefix("local:"))
        except ValueError:
            workers = 0
        if workers < 1:
            raise CommuniqueError(f"--cluster {spec!r}: local:N wants a number of workers, N >= 1")
        fork = preload is not None and "fork" in multiprocessing.get_all_start_methods()
        if fork and preload is not None:
            preload()
        dask = import_optional("dask")
        # one thread per worker: spaCy and the stages are not thread-safe, and processes scale
        # a failed try is reported once, as E313, not by every worker's log too
        with dask.config.set({"distributed.worker.multiprocessing-method": "fork" if fork else "spawn",
                              **LOCAL_CONFIG}), \
                distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                         dashboard_address=":0", silence_logs=logging.CRITICAL) as cluster, \
                distributed.Client(cluster) as client:
            yield client
        return
    if "://" not in spec:
        raise CommuniqueError(f"--cluster {spec!r}: give local:N or a scheduler address tcp://host:8786")
    with distributed.Client(spec) as client:
        yield client


def load_pipeline(model: str | None, stages: str | None, workers_store: bool = False) -> None:
    """The pipeline and tables loaded in this process, as a worker's plugin loads them; and, when
    the workers will store, what their first write imports (`warm_store_imports`)."""
    from .pipeline import load

    if stages:
        os.environ[STAGES_ENV] = stages
    load(model)
    if workers_store:
        warm_store_imports()


def warm_store_imports() -> None:
    """What a worker's first write into PostgreSQL imports, imported here before the workers
    are forked, once instead of once per worker: what duckdb imports when it first binds a
    parameter (the worker's in-memory copy of the incident tables does): pandas, when installed.
    The store's modules are imported already, by this module. Measured: 0.29 s of CPU here,
    0.4-0.5 s saved in each worker."""
    import duckdb

    from .store.embedded import remember_pandas_missing

    remember_pandas_missing()
    with duckdb.connect(":memory:") as con:
        con.execute("SELECT ?", ["import"]).fetchall()


def code_on_cluster(paths: Iterable[str], spec: str, *, model: str | None, batch_size: int, max_chars: int,
                    partition_size: int, worker_db: str | None, keep_coded: bool,
                    stages: str | None = None, store_batch: int = STORE_BATCH) -> Iterator[ClusterItem]:
    """Code `paths` on the cluster. Yields the Plan and every Partition planned first (so a
    caller knows the totals), then the inputs that cannot be read, then, as partitions finish,
    their coded articles and rejections, each followed by its PartitionDone; a failed partition
    is one ArticleRejected (E313). With `worker_db`, the workers store into it themselves,
    `store_batch` articles a transaction at first (growing as one process's batches do), and
    coded articles come back only if `keep_coded`."""
    plan = plan_partitions(paths, partition_size)
    partitions = plan.partitions
    yield plan
    yield from partitions
    yield from plan.unreadable
    if not partitions:
        return
    distributed = import_optional("distributed")
    with connect(spec, preload=lambda: load_pipeline(model, stages, worker_db is not None)) as client:
        client.register_plugin(CodingPlugin(model, stages, worker_db, store_batch), name=PLUGIN_NAME)
        futures = {client.submit(code_partition, p, batch_size=batch_size, max_chars=max_chars,
                                 keep_coded=keep_coded, retries=RETRIES, pure=False): p for p in partitions}
        for future in distributed.as_completed(futures):
            partition = futures[future]
            try:
                result: PartitionResult = future.result()
            except Exception as e:  # noqa: BLE001 (one partition's failure must not stop the others)
                yield ArticleRejected(partition.label, f"partition failed {RETRIES + 1} times, its articles are "
                                      f"not coded: {type(e).__name__}: {e}", E_PARTITION_FAILED)
                yield PartitionDone(partition, 0)
                continue
            finally:
                future.release()
            yield from (ArticleRejected(*r) for r in result.rejected)
            yield from result.coded
            yield PartitionDone(partition, result.articles)
