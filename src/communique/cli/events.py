"""`communique explain`: how the event coder reads a sentence (the parse, the triggers tried, why)."""

from __future__ import annotations

import click

from ..errors import CommuniqueError
from ..render import event_row, table
from .common import out


@click.command()
@click.argument("text")
@click.option("--date", "published", default=None, help="Publication date (YYYY-MM-DD) the text is read against.")
@click.option("--title", default=None, help="A headline to read with it (counts as a mention of its events).")
@click.option("--no-parse", is_flag=True, help="Leave out the token-by-token parse.")
def explain(text: str, published: str | None, title: str | None, no_parse: bool) -> None:
    """Explain how TEXT is coded: its parse, every trigger word tried, the actors found, and why
    each event was or was not coded.

    \b
    Example:
      communique explain "Russian and U.S. diplomats will hold talks Thursday in Istanbul, the Kremlin said." \
          --date 2025-04-08
    """
    from ..events.explain import explain as run_explain
    from ..events.explain import parse_rows, trial_rows

    try:
        explanation = run_explain(text, published=published, title=title)
    except CommuniqueError as e:
        raise click.ClickException(str(e)) from e
    if not no_parse:
        out.print(table(parse_rows(explanation), ["i", "text", "lemma", "pos", "dep", "head", "entity", "actor"],
                        title="parse"))
    trials = trial_rows(explanation)
    if trials:
        out.print(table(trials, ["sentence", "token", "patterns tried", "outcome", "why"], title="triggers tried",
                        widths={"patterns tried": 40, "why": 50}))
    else:
        out.print("no trigger word in the text (see data/events/triggers.tsv)")
    if explanation.coded.events:
        rows = [event_row(e) | {"mentions": e.mentions, "rule": e.rule} for e in explanation.coded.events]
        out.print(table(rows, ["date", "status", "type", "cameo", "actor", "recipient", "location", "trigger",
                               "mentions", "rule"], title="events", widths={"rule": 60}))
    else:
        out.print("no event coded")


COMMANDS = [explain]
