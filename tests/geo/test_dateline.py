"""The dateline of a wire story, found once per article: the city to look up and the dateline's end."""

from __future__ import annotations

import pytest

from communique.geo.recognize import find_dateline


# (opening, city, end of the dateline or 0); openings of wire stories (Reuters, AP, IANS) and
# the examples of the geo stage's comments
@pytest.mark.parametrize(("text", "city", "end"), [
    ("MOSCOW (Reuters) - Russia said on Tuesday", "MOSCOW", 6),
    ("KYIV, April 8 - Ukraine said", "KYIV", 4),
    ("MANILA, Philippines \u2013 The Philippine navy", "MANILA", 20),  # the extent takes the space after the country
    ("NEWARK, N.J. _ A new Essex County task force", "NEWARK", 0),  # "_": a city, no dateline extent
    ("LOS ANGELES: Actress-model Jaime King's son", "LOS ANGELES", 0),  # a colon: a city, no extent
    ("US-based rights group Human Rights Watch (HRW) Saturday", "US", 0),
    ("Russia and Ukraine agreed on Tuesday", None, 0),
])
def test_find_dateline(text: str, city: str | None, end: int) -> None:
    dateline = find_dateline(text)
    assert (text[slice(*dateline.city)] if dateline.city else None, dateline.end) == (city, end)
