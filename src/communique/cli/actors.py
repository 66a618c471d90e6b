"""Commands of the actors stage: `communique actors` (who the store knows, with counts) and
`communique kb import-petrarch` (convert PETRARCH/Phoenix dictionaries into KB files)."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import E_ACTORS_NO_DICTIONARIES
from ..store import ACTOR_GROUPINGS, ActorFilter, ActorGrouping
from .common import db_option, err, format_option, limit_option, opened, print_rows


@click.command()
@db_option
@click.option("--by", type=click.Choice(ACTOR_GROUPINGS), default="name", show_default=True,
              help="Count by canonical name, by CAMEO actor code, or by country code.")
@click.option("--code", help="Only actors of this country or organisation code: RUS, USA, IGO.")
@click.option("--sector", help="Only actors of this sector: GOV, MIL, REB, MED, ...")
@limit_option(50)
@format_option
def actors(db: str, by: ActorGrouping, code: str | None, sector: str | None, limit: int, fmt: str) -> None:
    """List the actors of the store with how often they are mentioned, most mentioned first.

    \b
    Example:
      communique actors                    # people, governments, organisations by name
      communique actors --by cameo         # RUSGOV, USAGOV, ...
      communique actors --code RUS --sector GOV
    """
    with opened(db) as store:
        rows = store.actor_counts(ActorFilter(by=by, code=code, sector=sector, limit=limit))
    columns = {"name": ["name", "cameo"], "cameo": ["cameo", "example"], "code": ["code", "cameos"]}[by]
    print_rows(rows, fmt, [*columns, "mentions", "articles"], title=f"{len(rows)} actor(s)")


@click.group()
def kb() -> None:
    """The actor knowledge base: import dictionaries into its file format.

    \b
    Example:
      communique kb import-petrarch ~/Dictionaries -o mykb/actors/petrarch
    """


@kb.command("import-petrarch")
@click.argument("source", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("-o", "--output", "output", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Directory to write the converted KB files into.")
def import_petrarch(source: Path, output: Path) -> None:
    """Convert PETRARCH/Phoenix dictionaries in SOURCE into Communiqué KB files.

    Reads the country, international, non-state actor and agent dictionaries (file names as in
    the openeventdata/Dictionaries repository), keeps date-bounded codes such as
    `+PRESIDENT_VLADIMIR_PUTIN [RUSGOV 20000507-]` as dated tenures, and writes one TSV per
    dictionary. Point COMMUNIQUE_DATA_DIR at a folder with `actors/petrarch/` holding them to use
    them instead of the packaged ones.

    \b
    Example:
      communique kb import-petrarch ~/Dictionaries -o mykb/actors/petrarch
    """
    from ..actors.petrarch import ACTOR_FILES, AGENT_FILE, convert_dictionaries, load_legacy_codes  # loads spaCy

    expected = [*ACTOR_FILES, AGENT_FILE]
    if not any((source / name).is_file() for name in expected):
        raise click.ClickException(f"none of {', '.join(expected)} found in {source} [{E_ACTORS_NO_DICTIONARIES}]")
    written = convert_dictionaries(source, output, load_legacy_codes())
    for name, count in written.items():
        err.print(f"{count} entries written to {output / name}", highlight=False)


@kb.command("import-petrarch-verbs")
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The verb-pattern table to write (its licence is copied beside it).")
def import_petrarch_verbs(source: Path, output: Path) -> None:
    """Convert PETRARCH's CAMEO verb dictionary SOURCE (CAMEO.2.0.txt) into an event-pattern table.

    \b
    Example:
      communique kb import-petrarch-verbs CAMEO.2.0.txt -o src/communique/data/events/petrarch_verbs.tsv
    """
    from ..events.petrarch_verbs import import_file
    from ..nlp import load_nlp

    conversion = import_file(source, output, load_nlp())
    err.print(f"{len(conversion.rows)} patterns written to {output}", highlight=False)


COMMANDS = [actors, kb]
