"""`communique explain`: the parse, the triggers tried and the events, through the real CLI."""

from __future__ import annotations

from click.testing import CliRunner

from communique.cli import main


def test_explain_shows_triggers_and_events() -> None:
    # (Moscow Times, 2025-04-08)
    result = CliRunner().invoke(main, ["explain", "Russia invaded Ukraine in 2022.", "--date", "2025-04-08"])
    assert result.exit_code == 0, result.output
    for expected in ("parse", "triggers tried", "invade", "coded", "COERCE", "192"):
        assert expected in result.output


def test_explain_says_why_nothing_was_coded() -> None:
    # a negative pattern (AFP, 1997-04-05)
    result = CliRunner().invoke(main, ["explain", "Turkes died here on early Saturday after a heart attack.",
                                       "--no-parse"])
    assert result.exit_code == 0, result.output
    assert "blocked" in result.output and "no event coded" in result.output


def test_explain_has_help() -> None:
    result = CliRunner().invoke(main, ["explain", "--help"])
    assert result.exit_code == 0 and "Example" in result.output
