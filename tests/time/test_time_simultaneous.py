"""An event in a clause of the same time ("as", "while", "when") has the date of the clause it
hangs on; a present or a perfect in such a clause stays background.

Sentences, each credited where it is used: The Washington Post, "Verizon, striking unions reach
four-year deal", 2016-05-29; Politico, "Rep. Gwen Graham slams Trump, praises Clinton as 'work
horse, not show horse'", 2016-07-22; The New York Times, "U.S. commandos take on larger role",
2015-12-29.
"""

from __future__ import annotations

import pytest

from communique.time import event_date
from conftest import word_token


@pytest.mark.parametrize(("text", "published", "trigger", "value", "precision", "rule"), [
    # Washington Post 2016-05-29: the picketing is of the week of the conference
    ("\"We're doing a lot of installations, but we're not doing the same volume as we were before,\" chief "
     "executive Lowell McAdam said at an investors conference this week, as workers picketed outside.",
     "2016-05-29", "picketed", "2016-05", "month", "time:simultaneous:this week"),
    # Politico 2016-07-22: a participle after "while"
    ("Democratic U.S. Rep. Gwen Graham on Friday pummeled Donald Trump as divisive while praising Hillary "
     "Clinton as a \"work horse, not a show horse.\"", "2016-07-22", "praising", "2016-07-22", "day",
     "time:simultaneous:Friday"),
])
def test_a_clause_of_the_same_time_takes_the_date_it_hangs_on(own_date, text, published, trigger, value, precision,
                                                              rule):
    dated = own_date(text, published, trigger)
    assert (dated.value, dated.precision, dated.rule) == (value, precision, rule)


def test_a_perfect_in_a_while_clause_stays_background(nlp, code_text):
    # NYT 2015-12-29, its main clause given a day ("carves out" in the paper) to show that the perfect
    # of the "while" clause still takes none
    text = ("While the president has repeatedly said he opposes sending Americans to fight in far-flung "
            "countries, his administration on Monday carved out exceptions for Special Operations.")
    coded = code_text(text, published="2015-12-29")
    dated = event_date(word_token(nlp(text), "said"), coded)
    assert (dated.value, dated.background) == (None, True)
