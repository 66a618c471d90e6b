"""Toponym resolution: which gazetteer entry each mention of an article names.

Each candidate gets a score: a prior (the kind of place and, for cities, its population), plus
the article's focus (the share of the article's other toponyms that lie in the candidate's
country, the first-order divisions the article names, and towns it names nearby). Containment fixes both members of a
pair such as "Homs, Syria" or "Paris, Texas": the pair of candidates where the second contains the
first wins. Georgia the country against Georgia the US state is the same contest: the state wins
when the article is about the United States and names nothing in the country of Georgia.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .gazetteer import EARTH_RADIUS_KM, Candidate, Entry, contains, distance_km, name_key
from .recognize import PlaceMention

# Priors: what a name most likely means before reading the article. A city's prior is the
# log10 of its population (Paris, France 6.3; Paris, Texas 4.4), capitals a little more.
KIND_PRIOR = {"country": 9.0, "continent": 8.5, "region": 8.0, "sea": 8.0, "river": 7.0, "seat": 8.0,
              "admin1": 6.1, "admin2": 5.5, "island": 7.0}
CAPITAL_BONUS = 0.5
ALTERNATE_NAME_PENALTY = 1.5  # "Victoria" is an old name of Hong Kong's centre; "Dili" one of Delhi's
# A name's usual meaning in news when the tables hold several (aliases.toml [preferred]).
PREFERRED_BONUS = 2.0
# Focus: how much a candidate gains when the article's other toponyms lie in its country (x share).
FOCUS_WEIGHT = 2.5
# A country that nothing else in the article points to loses against a better supported reading.
UNSUPPORTED_COUNTRY_PENALTY = 1.5
# A city in a first-order division that the article names ("Springfield ... Illinois").
ADMIN1_FOCUS_BONUS = 1.5
# A town near another town the article names ("Cambridge" with "London", "Oxford").
NEARBY_KM = 150.0
NEARBY_BONUS = 1.0
LOCAL_KINDS = frozenset({"city", "admin2", "seat"})
# A town smaller than this gains no local bonus over a curated division or country of the same name:
# "Ontario" near "Buffalo" is the province, not Ontario, New York (10,000 people).
MIN_LOCAL_BONUS_TOWN = 15_000
# Places listed together are of one kind: "Alberta, Manitoba, Ontario and New Brunswick" are provinces.
LIST_BONUS = 2.0
LIST_SEPARATORS = frozenset({", ", " and ", ", and ", " or ", ", or ", " & "})
# The article's dateline city and the outlet's country weigh as this many mentions each.
ANCHOR_WEIGHT = 2
CONTAINER_SEPARATORS = frozenset({",", ", ", " , ", " ("})
LIST_KINDS = frozenset({"country", "continent", "region", "sea"})


def prior(candidate: Candidate) -> float:
    entry = candidate.entry
    if candidate.preferred:
        return KIND_PRIOR["country"] + PREFERRED_BONUS
    if entry.kind == "city":
        score = math.log10(entry.population + 1) + (CAPITAL_BONUS if entry.capital else 0.0)
    else:
        score = KIND_PRIOR.get(entry.kind, 5.0)
    return score - (ALTERNATE_NAME_PENALTY if candidate.alternate else 0.0)


def resolve(mentions: Sequence[PlaceMention], text: str, dateline_end: int = 0,
            outlet: Entry | None = None) -> list[Entry]:
    """The chosen entry of each mention, in order. The dateline's places (ending by `dateline_end`)
    and the outlet's country weigh more in the article's focus: an Alberta paper's "Edmonton"."""
    chosen: list[Entry | None] = [None] * len(mentions)
    for first, second in container_pairs(mentions, text):
        pair = best_contained_pair(mentions[first].candidates, mentions[second].candidates)
        if pair is not None:
            chosen[first], chosen[second] = pair
    for i, mention in enumerate(mentions):
        divisions = None if chosen[i] else with_state_cue(mention, text)
        if divisions:
            chosen[i] = best_by_prior(divisions)
    first_pass = [chosen[i] or best_by_prior(m.candidates) for i, m in enumerate(mentions)]
    keys = [name_key(m.text) for m in mentions]
    dateline = [j for j, m in enumerate(mentions) if m.end <= dateline_end]  # read once, not per mention
    article = ArticleFocus(first_pass, keys)
    focus_of_key: dict[str, Focus] = {}  # a mention outside the dateline: its focus depends on its name only
    for i, mention in enumerate(mentions):
        if chosen[i] is not None:
            continue
        if len(mention.candidates) == 1:
            chosen[i] = mention.candidates[0].entry
            continue
        focus = focus_of_key.get(keys[i]) if i not in dateline else None
        if focus is None:
            anchors = [first_pass[j] for j in dateline if j != i]
            anchors += [outlet] if outlet is not None else []
            focus = article.without(keys[i], anchors * ANCHOR_WEIGHT)
            if i not in dateline:
                focus_of_key[keys[i]] = focus
        chosen[i] = best_in_focus(mention.candidates, focus, list_neighbours(mentions, first_pass, i, text))
    return [entry for entry in chosen if entry is not None]


# No place within NEARBY_KM differs from another by more than this in latitude (degrees), with a
# margin for rounding: towns outside the band are never measured.
NEARBY_LATITUDE = math.degrees(NEARBY_KM / EARTH_RADIUS_KM) + 0.01


@dataclass(frozen=True, slots=True)
class Focus:
    """What a mention's candidates are scored against: the article's other toponyms (see
    `best_in_focus`), as counts and a test of nearness rather than a list to pass over."""

    countries: Callable[[str], int]  # how many of the toponyms lie in a country
    total: int  # how many have a country
    admin1s: Callable[[str], bool]  # whether a first-order division is among them
    near: Callable[[Entry], bool]  # whether a town among them lies within NEARBY_KM of an entry

    @classmethod
    def of(cls, others: Sequence[Entry]) -> Focus:
        return ArticleFocus(others, [""] * len(others)).without(None, [])


class ArticleFocus:
    """The first-pass entries of an article's mentions, counted and sorted by latitude once, so
    that each mention's focus (every entry but those of its own name, plus the anchors) is read
    from the counts instead of from a pass over all the other mentions."""

    def __init__(self, entries: Sequence[Entry], keys: Sequence[str]) -> None:
        self.countries = Counter(e.country for e in entries if e.country)
        self.admin1s = Counter(e.admin1 for e in entries if e.kind == "admin1" and e.admin1)
        self.by_key: dict[str, list[Entry]] = defaultdict(list)
        for entry, key in zip(entries, keys, strict=True):
            self.by_key[key].append(entry)
        # A town named again under the same name measures the same: each (point, name) once, or a
        # long article measures every repetition of its towns against every candidate.
        points = {(e.lat, e.lon, key): (e, key) for e, key in zip(entries, keys, strict=True)
                  if e.kind in LOCAL_KINDS}
        local = sorted(points.values(), key=lambda pair: pair[0].lat)
        self.local = local
        self.local_lats = [e.lat for e, _ in local]

    def without(self, key: str | None, anchors: Sequence[Entry]) -> Focus:
        """The focus of a mention named `key`: the entries of other names, and the anchors."""
        own = self.by_key.get(key, []) if key is not None else []
        own_countries = Counter(e.country for e in own if e.country)
        own_admin1s = Counter(e.admin1 for e in own if e.kind == "admin1" and e.admin1)
        anchor_countries = Counter(e.country for e in anchors if e.country)
        anchor_admin1s = {e.admin1 for e in anchors if e.kind == "admin1" and e.admin1}
        anchor_local = list({(e.lat, e.lon): e for e in anchors if e.kind in LOCAL_KINDS}.values())
        nearness: dict[tuple[float, float], bool] = {}  # by point: a repeated name asks again

        def countries(country: str) -> int:
            return self.countries[country] - own_countries[country] + anchor_countries[country]

        def admin1s(admin1: str) -> bool:
            return self.admin1s[admin1] > own_admin1s[admin1] or admin1 in anchor_admin1s

        def near(entry: Entry) -> bool:
            found = nearness.get((entry.lat, entry.lon))
            if found is None:
                first = bisect_left(self.local_lats, entry.lat - NEARBY_LATITUDE)
                last = bisect_right(self.local_lats, entry.lat + NEARBY_LATITUDE)
                found = nearness[entry.lat, entry.lon] = \
                    any(other_key != key and distance_km(entry, other) <= NEARBY_KM
                        for other, other_key in self.local[first:last]) \
                    or any(distance_km(entry, e) <= NEARBY_KM for e in anchor_local)
            return found

        total = sum(self.countries.values()) - sum(own_countries.values()) + sum(anchor_countries.values())
        return Focus(countries, total, admin1s, near)


def list_neighbours(mentions: Sequence[PlaceMention], first_pass: Sequence[Entry], i: int, text: str) -> list[Entry]:
    """The first-pass entries of the places listed next to mention i ("Manitoba, Ontario and ...")."""
    found = []
    if i > 0 and text[mentions[i - 1].end:mentions[i].start] in LIST_SEPARATORS:
        found.append(first_pass[i - 1])
    if i + 1 < len(mentions) and text[mentions[i].end:mentions[i + 1].start] in LIST_SEPARATORS:
        found.append(first_pass[i + 1])
    return found


def container_pairs(mentions: Sequence[PlaceMention], text: str) -> list[tuple[int, int]]:
    """Indices (i, i + 1) of mentions written "A, B": B may contain A. A list of countries or
    regions ("China, Japan, Korea") is no containment."""
    return [(i, i + 1) for i in range(len(mentions) - 1)
            if text[mentions[i].end:mentions[i + 1].start] in CONTAINER_SEPARATORS
            and not any(c.entry.kind in LIST_KINDS and not c.alternate for c in mentions[i].candidates)
            and not listed_divisions(mentions[i], mentions[i + 1])]


def listed_divisions(first: PlaceMention, second: PlaceMention) -> bool:
    """"Virginia, Washington, West Virginia": a list of states, though a town Washington lies in
    West Virginia. Both names are curated divisions: no containment."""
    def division(m: PlaceMention) -> bool:
        return any(c.entry.kind == "admin1" and not c.entry.generated and not c.alternate for c in m.candidates)
    return division(first) and division(second)


def with_state_cue(mention: PlaceMention, text: str) -> list[Candidate] | None:
    """The division candidates of "New York state", "the state of Washington", if any."""
    after = text[mention.end:mention.end + 6].lower()
    before = text[max(0, mention.start - 9):mention.start].lower()
    if after == " state" or before.endswith("state of "):
        divisions = [c for c in mention.candidates if c.entry.kind == "admin1"]
        return divisions or None
    return None


def best_contained_pair(inner: Sequence[Candidate], outer: Sequence[Candidate]) -> tuple[Entry, Entry] | None:
    pairs = [(prior(a) + prior(b), a.entry, b.entry) for a in inner for b in outer if contains(b.entry, a.entry)]
    if not pairs:
        return None
    _, a, b = max(pairs, key=lambda p: (p[0], p[1].population))
    return a, b


def best_by_prior(candidates: Sequence[Candidate]) -> Entry:
    return max(candidates, key=lambda c: (prior(c), c.entry.population)).entry


def best_in_context(candidates: Sequence[Candidate], others: Sequence[Entry],
                    neighbours: Sequence[Entry] = ()) -> Entry:
    """The candidate with the best prior plus focus on the article's other toponyms."""
    return best_in_focus(candidates, Focus.of(others), neighbours)


def best_in_focus(candidates: Sequence[Candidate], focus: Focus, neighbours: Sequence[Entry] = ()) -> Entry:
    """The candidate with the best prior plus focus on the article's other toponyms."""
    total = focus.total
    curated = any(c.entry.kind != "city" and not c.entry.generated and not c.alternate for c in candidates)

    def score(candidate: Candidate) -> float:
        entry = candidate.entry
        share = focus.countries(entry.country) / total if total and entry.country else 0.0
        value = prior(candidate) + FOCUS_WEIGHT * share
        if entry.kind == "country" and share == 0.0 and total >= 1:
            value -= UNSUPPORTED_COUNTRY_PENALTY
        if not curated or entry.kind != "city" or entry.population >= MIN_LOCAL_BONUS_TOWN:
            if entry.kind == "city" and entry.admin1 and focus.admin1s(entry.admin1):
                value += ADMIN1_FOCUS_BONUS
            if entry.kind in LOCAL_KINDS and focus.near(entry):
                value += NEARBY_BONUS
        value += LIST_BONUS * sum(e.kind == entry.kind and e.country == entry.country for e in neighbours)
        return value

    return max(candidates, key=lambda c: (score(c), c.entry.population)).entry
