"""An act ordered of a party ("the regime ordered the Red Cross to close the offices") is coded as
the orderer's act (events.arguments.ordered_party), so it is done when the order is given: the
order's date is the event's, not an undated purpose.

Sentence: AFP, 2006-12-15, on the Red Cross in Myanmar (wire dev set excerpt).
"""

from __future__ import annotations

ORDERED = ("{when}the military regime ordered the Red Cross to close the five offices in Mandalay, "
           "Mawlamyine, Hpa-an, Taunggyi and Kyaing Tong.")


def closing(coded):
    return next(e for e in coded.events if e.trigger == "close")


def test_an_ordered_act_takes_the_orders_date(code_text):
    event = closing(code_text(ORDERED.format(when="In October, "), published="2006-12-15"))
    assert (event.event_type, event.date, event.recipient[0].code) == ("COERCE", "2006-10", "NGO")


def test_an_undated_order_told_as_news_is_the_story_day(code_text):
    event = closing(code_text(ORDERED.format(when="On Friday, "), published="2006-12-15"))
    assert event.date == "2006-12-15"
