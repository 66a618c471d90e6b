"""A bare plural of staff or artists that does a deed is an actor of its sector (roles.tsv):
"Musicians have lifted a seven-month boycott of the University of the Streets" (ConfliBERT CAMEO
data, eventdata/ConfliBERT, GPL-3.0: CONFLI-DEV-0690) is civilians, "three thousand GE employees
stopped work" (ibid., CONFLI-DEV-1121) is labour. A generic view of what such people should do
stays no event. Other sentences made up for the test (ev-groups, issue 12)."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def deeds(coded: CodedArticle) -> list[tuple[str | None, list[str | None]]]:
    return [(e.event_type, [a.sector for a in e.actor]) for e in coded.events]


def test_musicians_lifting_a_boycott_are_civilians(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Musicians have lifted a seven-month boycott of the University of the Streets, "
                      "a jazz venue on the Lower East Side.", published="2016-06-04")
    assert deeds(coded) == [("RETREAT", ["CVL"])]


def test_writers_condemning_an_arrest_are_civilians(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Writers condemned the arrest of the poet in Tehran.", published="2016-06-04")
    assert deeds(coded) == [("ACCUSE", ["CVL"])]


def test_employees_stopping_work_are_labour(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("In response, three thousand GE employees stopped work on Dec. 10.", published="2016-06-04")
    assert [sector for _, sectors in deeds(coded) for sector in sectors] == ["LAB"]


def test_artists_who_should_boycott_are_no_event(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Roger Waters said artists should boycott Israel.", published="2016-06-04")
    assert coded.events == []


def test_employees_hired_are_no_actor(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The company hired 300 employees in Ohio.", published="2016-06-04")
    assert coded.events == []
