"""An undated act in the simple past next to a sentence of its paragraph that dates its acts long
before the publication day (data/time/dating.toml [narrative]) is part of a told past: background,
not the day the story was printed. Next to recent news it stays the news.

Text: The New York Times, "Netanyahu and Obama: a tortured relationship ...", 2015-11-10 (the
first sentence shortened; the second test changes its date to show the rule).
"""

from __future__ import annotations

TEXT = ("{when}, Israel announced new construction in East Jerusalem during a visit by Vice President "
        "Joseph R. Biden Jr. Mr. Netanyahu assured him it was done without his knowledge.")


def test_an_act_next_to_a_told_past_is_background(own_date):
    dated = own_date(TEXT.format(when="In March 2010"), "2015-11-10", "assured")
    assert (dated.value, dated.background, dated.rule) == (None, True, "time:background(narrative:March 2010)")


def test_an_act_next_to_recent_news_is_news(own_date):
    dated = own_date(TEXT.format(when="On Monday"), "2015-11-10", "assured")
    assert (dated.value, dated.background) == ("2015-11-09", False)


def test_a_neighbour_in_another_paragraph_is_no_context(own_date):
    text = TEXT.format(when="In March 2010").replace("Jr. Mr.", "Jr.\n\nMr.")
    assert own_date(text, "2015-11-10", "assured").background is False
