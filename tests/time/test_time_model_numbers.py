"""A number in a model or product name is no year: "Mirage 2000-D", "Tu-2000", "Boeing 2000".

Error class from a hand read of corpus events (issue 12, class 5): Xinhua, 2006-11-09 ("French
force fires Taliban units with laser-guided bomb"): "A French Mirage 2000-D warplane used a
laser-guided bomb against Taliban units ... on Oct. 30" was dated to the year 2000. The other
sentences are written for these tests.
"""

from __future__ import annotations

import pytest


def timex_texts(coded) -> list[tuple[str, str]]:  # noqa: ANN001
    return [(t.text, t.value) for t in coded.timexes]


@pytest.mark.parametrize("text", [
    "A French Mirage 2000-D warplane used a laser-guided bomb against the rebels.",
    "The air force bought a Tu-2000 jet from the manufacturer.",
    "Officials said the Boeing 2000 crashed near the border.",
    "The ministry still runs Windows 2000 on its computers.",
])
def test_a_number_in_a_model_name_is_no_year(code_text, text):
    assert [t for t in timex_texts(code_text(text, published="2006-11-09")) if t[1] == "2000"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The talks resumed in mid-2005 and failed.", ("mid-2005", "2005")),
    ("The treaty was signed in June 2000.", ("June 2000", "2000-06")),
    ("The rebels attacked the town in 2000.", ("2000", "2000")),
    ("By Christmas 2000, the troops had left.", ("Christmas 2000", "2000-12-25")),
])
def test_years_joined_to_time_words_stay_years(code_text, text, expected):
    assert expected in timex_texts(code_text(text, published="2006-11-09"))


def test_the_event_takes_its_own_day_not_the_model_number(code_text):
    # Xinhua 2006-11-09 (shortened)
    coded = code_text("A French Mirage 2000-D warplane used a laser-guided bomb against Taliban units in the south "
                      "of Afghanistan on Oct. 30, the defense ministry in Paris said on Thursday.",
                      published="2006-11-09")
    used = [e for e in coded.events if e.trigger == "used"]
    assert [(e.date, e.date_precision) for e in used] == [("2006-10-30", "day")]
