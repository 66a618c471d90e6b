"""The geo stage: toponyms, the gazetteer entries they name, and where events happened.

    extract(doc, coded) -> list[Place]          every resolved toponym of the article
    event_location(trigger, coded) -> Location  the place of an event (for the event coder)

A Place has the GeoNames id, the country (ISO 3166-1 alpha-3) and the point of its entry. Its role
is "location", or "actor" when a country, capital or seat of government stands for the government
("Moscow says", "relations with Moscow", "Russia's Foreign Ministry"): the actors stage reads those;
or "demonym" when a demonym names the place's people or things ("Russian troops").
Modules: `gazetteer` (offline tables, built once per process), `recognize` (which spans are
toponyms), `resolve` (which entry each names), `metonymy` (actor or location), `location` (event
location API).
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache
from urllib.parse import urlsplit

from spacy.tokens import Doc

from ..docfacts import sentence_starts as doc_sentence_starts
from ..model import CodedArticle, Place
from ..resources import load_toml
from .gazetteer import Entry, Gazetteer, load_gazetteer
from .location import event_location
from .metonymy import role
from .recognize import PlaceMention, find_dateline, find_mentions
from .resolve import resolve

__all__ = ["event_location", "extract", "load_gazetteer"]


def extract(doc: Doc, coded: CodedArticle) -> list[Place]:
    """The places of a parsed article, in text order."""
    gaz = load_gazetteer()
    text = coded.article.text or doc.text  # the same string; spaCy rebuilds doc.text on every access
    dateline = find_dateline(text)
    mentions = find_mentions(doc, gaz, dateline, text)
    if not mentions:
        return []
    entries = resolve(mentions, text, dateline.end, outlet_country(coded.article.url, gaz))
    sentence_starts = doc_sentence_starts(doc)
    return [make_place(doc, mention, entry, sentence_starts, mention.end <= dateline.end)
            for mention, entry in zip(mentions, entries, strict=True)]


@cache
def outlet_countries() -> dict[str, str]:
    return load_toml("geo/outlets.toml")["country_domains"]


def outlet_country(url: str | None, gaz: Gazetteer) -> Entry | None:
    """The country of the outlet's web address by its country-code domain ("cbc.ca", "abc.net.au")."""
    try:
        host = urlsplit(url).hostname if url else None
    except ValueError:  # a malformed address ("http://[::1/x") is kept by the readers; it names no country
        return None
    if not host:
        return None
    iso3 = outlet_countries().get(host.rsplit(".", 1)[-1])
    return gaz.countries.get(iso3) if iso3 else None


def make_place(doc: Doc, mention: PlaceMention, entry: Entry, sentence_starts: list[int], dateline: bool) -> Place:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return Place(text=mention.text, start=mention.start, end=mention.end, name=entry.name,
                 geonameid=entry.geonameid, country=entry.country, lat=entry.lat, lon=entry.lon,
                 role="demonym" if mention.demonym else "location" if dateline or span is None else role(span, entry),
                 sentence=bisect_right(sentence_starts, mention.start) - 1,
                 kind=entry.kind, capital=entry.capital, dateline=dateline)
