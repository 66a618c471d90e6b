"""Two trigger classes of ConfliBERT dev half A that coded nothing: "call" with a word of blame as
object predicate criticizes (CAMEO 111), and "fire" across a line or into a place attacks (193),
while shots fired into the air or missiles into the sea hit no one; and senses of hand read seeds
5420 and 5421 and ../shared/corpus that are no event: a court striking down a law, a candidate charging into the
fray, a candidate suspending his speaking schedule. Made-up sentences in the style of wire copy."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def cameos(coded: CodedArticle, trigger: str) -> list[str]:
    return [e.cameo for e in coded.events if e.trigger == trigger]


def test_calling_a_decision_a_violation_criticizes(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Russia on Monday called the sanctions a clear violation of international law.",
                      published="2019-03-04")
    assert cameos(coded, "called") == ["111"]


def test_calling_a_leader_a_name_criticizes(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("President Trump called the Danish Prime Minister nasty on Wednesday.", published="2019-08-21")
    assert cameos(coded, "called") == ["111"]


def test_calling_a_move_unacceptable_criticizes(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Moscow called the move unacceptable.", published="2019-03-05")
    assert cameos(coded, "called") == ["111"]


def test_calling_a_meeting_a_success_is_no_criticism(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Russia on Monday called the talks a success.", published="2019-03-04")
    assert "111" not in cameos(coded, "called")


def test_firing_across_a_line_attacks(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Syria and Israel fired across the ceasefire line on Sunday.", published="2019-03-04")
    assert cameos(coded, "fired") == ["193"]


def test_firing_into_a_crowd_attacks(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Israeli troops fired into a crowd of protesters in Hebron on Friday.", published="2019-03-04")
    assert cameos(coded, "fired") == ["193"]


def test_firing_into_the_air_attacks_no_one(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Soldiers fired into the air in Hebron on Friday.", published="2019-03-04")
    assert cameos(coded, "fired") == []


def test_missiles_fired_into_the_sea_attack_no_one(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("North Korea fired two missiles into the sea on Monday.", published="2016-09-05")
    assert cameos(coded, "fired") == []


def test_a_court_striking_down_a_law_attacks_no_one(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The Supreme Court struck down a restrictive Texas abortion law on Monday.",
                      published="2016-06-27")
    assert cameos(coded, "struck") == []


def test_a_candidate_charging_into_the_fray_accuses_no_one(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Al Gore charged into the fray against his opponent, George W. Bush.", published="2016-09-01")
    assert cameos(coded, "charged") == []


def test_jets_striking_a_base_still_attack(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Israeli jets struck a Hamas base in Gaza on Monday.", published="2016-09-05")
    assert cameos(coded, "struck") == ["190"]


def test_a_candidate_suspending_his_speaking_schedule_sanctions_no_one(
        code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("In 2012, Newt Gingrich suspended his paid speaking schedule to mount a bid.",
                      published="2015-12-15")
    assert cameos(coded, "suspended") == []


def test_a_government_suspending_aid_still_sanctions(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Washington suspended military aid to Pakistan on Monday.", published="2018-01-08")
    assert cameos(coded, "suspended") == ["162"]
