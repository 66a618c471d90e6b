"""`communique incidents`: real events counted once, each with the reports of it across articles
(store/incidents.py links them); and the incidents table `communique show` prints for one article."""

from __future__ import annotations

import click
from rich.table import Table

from ..model import Status
from ..render import table
from ..store import INCIDENT_SORTS, IncidentFilter, IncidentSort, Store
from .common import MAX_LIMIT, db_option, format_option, limit_option, opened, print_rows

# Statuses an incident can have: negated and hypothetical events report nothing and have none.
INCIDENT_STATUSES = ("asserted", "reported", "planned")
COLUMNS = ["id", "date", "status", "event_type", "cameo", "actor", "recipient", "location", "num_articles",
           "num_sources", "num_mentions", "first_report", "evidence"]


@click.command()
@db_option
@click.option("--actor", help="Actor code: RUS matches RUS, RUSGOV, RUSMIL; IR* is a pattern.")
@click.option("--recipient", help="Recipient code, matched as --actor is.")
@click.option("--type", "event_type", help="PLOVER event type: CONSULT, AGREE, ASSAULT, ...")
@click.option("--status", type=click.Choice(INCIDENT_STATUSES))
@click.option("--since", help="Incidents on or after this date (2006, 2006-12, 2006-12-01), by their own date.")
@click.option("--until", help="Incidents on or before this date (2006 runs to 2006-12-31).")
@click.option("--min-articles", type=click.IntRange(1, MAX_LIMIT), default=None,
              help="Reported by at least this many articles.")
@click.option("--sort", type=click.Choice(INCIDENT_SORTS), default="articles", show_default=True,
              help="Most reported first, or newest first.")
@limit_option(100)
@format_option  # jsonl: one incident a line, with every report (article, sentence, evidence)
def incidents(db: str, actor: str | None, recipient: str | None, event_type: str | None, status: Status | None,
              since: str | None, until: str | None, min_articles: int | None, sort: IncidentSort, limit: int,
              fmt: str) -> None:
    """List incidents: real events counted once across articles, most reported first, with how
    many mentions, articles and outlets report each. `events --incident ID` lists the reports.

    \b
    Example:
      communique incidents --min-articles 2 --type ASSAULT --since 2006-12-01
      communique incidents --actor PSE --sort date --format jsonl
    """
    where = IncidentFilter(actor=actor, recipient=recipient, event_type=event_type, status=status, since=since,
                           until=until, min_articles=min_articles, sort=sort, limit=limit)
    with opened(db) as store:
        rows = store.incidents(where)
        if fmt == "jsonl":
            for row in rows:
                row["reports"] = store.incident_reports(row["id"])
    print_rows(rows, fmt, COLUMNS, title=f"{len(rows)} incident(s)", widths={"evidence": 50})


def article_incidents(store: Store, article_id: str) -> Table | None:
    """Each event of one article with the incident it reports and how widely that is reported."""
    by_event = store.event_incidents(article_id)
    if not by_event:
        return None
    found = {r["id"]: r for r in store.incidents(IncidentFilter(ids=tuple(sorted(set(by_event.values())))))}
    rows = [{"event": idx, "incident": inc, "articles": found[inc]["num_articles"] if inc in found else None,
             "sources": found[inc]["num_sources"] if inc in found else None,
             "first report": found[inc]["first_report"] if inc in found else None}
            for idx, inc in sorted(by_event.items())]
    return table(rows, ["event", "incident", "articles", "sources", "first report"],
                 title="incidents (communique events --incident ID)")


COMMANDS = [incidents]
