"""The benchmark's timings: read only when COMMUNIQUE_TIMINGS holds the launch time."""

from __future__ import annotations

import io
import json

import pytest

from communique import timings
from communique.errors import CommuniqueError


def test_no_timings_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(timings.TIMINGS_ENV, raising=False)
    stream = io.StringIO()
    timings.report(stream)
    assert timings.launched_at() is None and stream.getvalue() == ""


def test_the_launch_time_is_read_and_the_parts_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(timings.TIMINGS_ENV, "1796684571.25")
    with timings.timed("test part"):
        pass
    stream = io.StringIO()
    timings.report(stream)
    line = stream.getvalue()
    assert timings.launched_at() == 1796684571.25
    assert line.startswith(timings.TIMINGS_PREFIX)
    assert "test part" in json.loads(line.removeprefix(timings.TIMINGS_PREFIX))["seconds"]


def test_a_value_that_is_not_a_time_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(timings.TIMINGS_ENV, "/tmp/timings.json")  # a path, as one might guess
    with pytest.raises(CommuniqueError, match=r"COMMUNIQUE_TIMINGS=./tmp/timings.json.: give the launch .*\[E024\]"):
        timings.launched_at()
