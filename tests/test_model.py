"""The record types: a coded article becomes plain dicts and lists exactly as `asdict` makes them."""

from __future__ import annotations

from dataclasses import asdict

from communique.model import CodedArticle, plain


def test_plain_is_asdict_of_a_coded_article(embassy_coded: CodedArticle):
    assert embassy_coded.events and embassy_coded.quotes  # a real article, with nested records
    assert plain(embassy_coded) == asdict(embassy_coded)
    assert embassy_coded.to_dict() == asdict(embassy_coded)
    event = embassy_coded.events[0]
    assert plain(event)["actor"] is not plain(event)["actor"]  # fresh lists each time, as asdict gives
