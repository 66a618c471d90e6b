"""The doer of an agentless passive of a coercive act is the article's last doer of that act
(constructions.toml `inherited_doer_types`, events/constructions.py `DoerMemory`): "Indonesian
police ... have arrested 24 students ... eight other students were arrested Wednesday" (the police
arrested them too). Not an attack, and not beyond `inherited_doer_window` sentences.

Sentences are short excerpts of real wire copy (AFP, 1997-04-03, 1997-04-12 and 2005-12-15), credited in a comment.
"""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle

# AFP, 1997-04-03 (Yogyakarta student arrests)
ARREST = ("Indonesian police in the Central Java town of Yogyakarta have arrested 24 students for calling for a "
          "boycott of the May elections, a report said Thursday.")
PASSIVE_ARREST = ("Student sources here however, said Thursday that eight other students were arrested Wednesday "
                  "in Yogyakarta after calling for the release of their 24 colleagues.")
# the same story's sentences between its two arrests and after them, none a coercive act
BETWEEN = ("During the demonstration the students displayed banners that included calls for a boycott of the May 29 "
           "general elections, the daily said. The charges carry up to seven years of jail. The country will hold "
           "its sixth general elections under President Suharto on May 29. ")


def passive_arrests(coded: CodedArticle) -> list[tuple[str, set[str]]]:
    return [(e.event_type, {a.cameo for a in e.actor}) for e in coded.events
            if e.trigger == "arrested" and e.sentence > 0]


def test_a_passive_arrest_is_done_by_the_police_named_before(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text(f"{ARREST} {PASSIVE_ARREST}", published="1997-04-03")
    assert passive_arrests(coded) == [("COERCE", {"IDNCOP"})]


def test_a_passive_seizure_is_done_by_the_police_named_before(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 1997-04-12
    coded = code_text("Iranian police said Saturday they had seized more than half a ton of opium hidden in cars in "
                      "the northeastern towns of Torbat Jam and Tayyebad. The official IRNA news agency said three "
                      "grenades and an automatic rifle were also seized after routine checks.", published="1997-04-12")
    seizures = [(e.sentence, {a.cameo for a in e.actor}) for e in coded.events if e.trigger == "seized"]
    assert seizures == [(0, {"IRNCOP"}), (1, {"IRNCOP"})]


def test_a_passive_arrest_alone_has_no_doer(code_text: Callable[..., CodedArticle]) -> None:
    assert passive_arrests(code_text(f"The report said so. {PASSIVE_ARREST}", published="1997-04-03")) == []


def test_the_doer_is_not_inherited_across_a_long_stretch(code_text: Callable[..., CodedArticle]) -> None:
    # six sentences between the two arrests: past the window, the passive's doer stays unknown
    coded = code_text(f"{ARREST} {BETWEEN}{BETWEEN}{PASSIVE_ARREST}", published="1997-04-03")
    assert passive_arrests(coded) == []


def test_an_attack_does_not_inherit_the_doer_of_an_arrest(code_text: Callable[..., CodedArticle]) -> None:
    # the memory is per type: an unnamed attacker stays unnamed (arguments.toml victim_only_types),
    # not the police of the arrest; the second sentence is AFP's, 2005-12-15
    coded = code_text(f"{ARREST} An estimated 30,000 Iraqi civilians have been killed.", published="1997-04-03")
    killings = [e for e in coded.events if e.trigger == "killed"]
    assert killings and all("IDNCOP" not in {a.cameo for a in e.actor} for e in killings)


def test_an_inherited_doer_is_not_passed_on_past_the_window(code_text: Callable[..., CodedArticle]) -> None:
    # a chain of passives: only the act that names its doer starts the window (written for the test)
    filler = " ".join(f"The weather in Nairobi was mild on day {day}." for day in range(1, 10))
    coded = code_text(f"Kenyan police arrested 20 students on Monday. Ten more were detained on Tuesday. {filler} "
                      "Four were detained on Sunday.", published="2016-06-13")
    assert [(e.sentence, [a.cameo for a in e.actor]) for e in coded.events if e.event_type == "COERCE"] \
        == [(0, ["KENCOP"]), (1, ["KENCOP"])]
