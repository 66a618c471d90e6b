"""Where a measured object goes (events.arguments.measured_goal_heads): the parser often hangs the
"to" phrase on the noun inside the object's "of" phrase ("a team of paratroopers to Lebanon"), so
the verb's recipient was missed. Sentences made up after the kind seen in the ConfliBERT
development set, half A (a British aid shipment to Lebanon)."""

from __future__ import annotations

from conftest import sides


def test_the_goal_of_a_conjoined_measured_object(code_text) -> None:  # noqa: ANN001
    article = code_text("Britain has sent 100 armoured vehicles and a team of paratroopers to Lebanon.",
                        published="2015-03-01")
    assert sides(article, "sent") == [(["GBR"], ["LBN"])]



def test_a_goal_on_the_verb_stays(code_text) -> None:  # noqa: ANN001
    # the "to" phrase on the verb itself, as before
    article = code_text("The United States has sent 50 tanks and a battalion of soldiers to Poland.",
                        published="2015-05-01")
    assert sides(article, "sent") == [(["USA"], ["POL"])]
