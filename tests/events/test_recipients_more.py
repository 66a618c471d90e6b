"""More recipient classes (the dev sets' half A, type right and recipient missing): each with a
negative where no recipient may be given. Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def sides(coded: CodedArticle, plover: str) -> tuple[list[str | None], list[str | None]]:
    (event,) = [e for e in coded.events if e.event_type == plover]
    return [a.code for a in event.actor], [r.code for r in event.recipient]


# Class 1: an infinitive of purpose is aimed at whom the act it serves goes to.

def test_a_purpose_takes_the_to_phrase_of_the_act_it_serves(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Japan sent two hundred engineers to Kenya to help with the reconstruction.")
    assert sides(coded, "AID") == (["JPN"], ["KEN"])


def test_a_purpose_takes_where_the_doer_arrived(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Doctors from Cuba arrived in Haiti to help after the storm.")
    assert sides(coded, "AID") == (["CUB"], ["HTI"])


def test_a_purpose_takes_no_ally_of_the_act_it_serves(code_text: Callable[..., CodedArticle]) -> None:
    # China joins Russia: it is no target of the blocking
    coded = code_text("Russia joined with China to block the resolution.")
    assert sides(coded, "REJECT") == (["RUS"], [])


# Class 2: a coordinated verb sharing the subject goes on acting on the first verb's party.

def test_a_conjunct_verb_takes_the_first_verbs_object(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Russian troops killed five Ukrainian soldiers and wounded three others.")
    wounded = [e for e in coded.events if e.trigger == "wounded"]
    assert [[r.cameo for r in e.recipient] for e in wounded] == [["UKRMIL"]]


def test_a_conjunct_verb_takes_the_first_verbs_party_into_its_content(
        code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Germany rejected the offer from Iran and threatened to leave the talks.")
    assert sides(coded, "THREATEN") == (["DEU"], ["IRN"])


def test_an_intransitive_conjunct_takes_no_party(code_text: Callable[..., CodedArticle]) -> None:
    # withdrawing is no act on the soldiers killed before it
    coded = code_text("The rebels killed two Nigerian soldiers and then withdrew.")
    assert sides(coded, "RETREAT") == (["NGA"], [])


def test_a_conjunct_with_its_own_subject_takes_no_party(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Germany rejected the offer from Iran, and Turkey later threatened to leave the talks.")
    assert sides(coded, "THREATEN") == (["TUR"], [])



def test_a_conjunct_naming_its_own_kind_of_party_takes_no_other(code_text: Callable[..., CodedArticle]) -> None:
    # the activists detained are not the diplomat freed, though no actor record resolves them
    coded = code_text("Congo has freed a US diplomat but is still detaining several young activists.")
    # (they are named by their words only: arguments.named_party)
    assert [[(r.text, r.code) for r in e.recipient] for e in coded.events if e.trigger == "detaining"] \
        == [[("several young activists", None)]]

# Class 3: "met with visiting X", where the parser reads "visiting" as a verb taking X.

def test_the_visitor_after_with_is_the_recipient(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Chinese Vice Premier Hui Liangyu met with visiting French Agriculture Minister Michel Barnier "
                      "on Monday and hailed the cooperation between the two countries.", published="2008-01-22")
    assert sides(coded, "CONSULT") == (["CHN"], ["FRA"])
    assert sides(coded, "SUPPORT") == (["CHN"], ["FRA"])  # and the conjunct goes on with him (class 2)


def test_unnamed_visitors_are_no_recipient(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Chinese Premier Li Keqiang met with visiting scholars on Monday.")
    assert sides(coded, "CONSULT") == (["CHN"], [])


# Class 4: "the party" is the party named before it (actors roles.tsv), so a request or thanks
# addressed to it has a recipient.

def test_the_party_named_before_is_the_recipient(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The Republican Party met in Cleveland. Trump thanked the party for its support.",
                      published="2016-07-20")
    assert [[r.cameo for r in e.recipient] for e in coded.events if e.trigger == "thanked"] == [["USAPTY"]]


def test_parties_in_general_are_no_recipient(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Trump thanked all parties for their support.", published="2016-07-20")
    assert sides(coded, "SUPPORT") == (["USA"], [])


# Class 5: "its demand" / "their demand" on a reported clause's object is the reporter's, so a
# rejection of it has the reporter as recipient.

def test_a_passive_subjects_its_is_the_reporters(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("Serbia said its demand had been turned down by Zagreb.", published="1995-05-03")
    assert sides(coded, "REJECT") == (["HRV"], ["SRB"])


def test_an_objects_their_is_the_plural_reporters(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The Serbs said Zagreb had rejected their demand.", published="1995-05-03")
    assert sides(coded, "REJECT") == (["HRV"], ["SRB"])


def test_an_objects_its_is_its_own_subjects(code_text: Callable[..., CodedArticle]) -> None:
    # Benin opens its own borders: the police reporting it are no recipient
    coded = code_text("Benin opened its borders today to most travellers, Benin police said.", published="1995-05-03")
    assert [r.sector for e in coded.events if e.trigger == "opened" for r in e.recipient] == []


# Class 6: a nominal act a deed provoked ("sparked sanctions") is aimed at the deed's doer.

def test_sanctions_a_test_sparked_are_aimed_at_the_tester(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("North Korea's nuclear test sparked new United Nations sanctions.", published="2006-11-06")
    assert [[r.code for r in e.recipient] for e in coded.events if e.trigger == "sanctions"] == [["PRK"]]


def test_sanctions_a_participle_clause_sparked_take_the_clauses_doer(
        code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("North Korea tested a nuclear device in October, sparking United Nations sanctions.",
                      published="2006-11-06")
    assert [[r.code for r in e.recipient] for e in coded.events if e.trigger == "sanctions"] == [["PRK"]]


def test_sanctions_an_unowned_deed_sparked_have_no_recipient(code_text: Callable[..., CodedArticle]) -> None:
    coded = code_text("The decision sparked United Nations sanctions.", published="2006-11-06")
    assert [[r.code for r in e.recipient] for e in coded.events if e.trigger == "sanctions"] == [[]]
