"""Who the parties of an event are, beyond the subject and object: groups placed where they act,
documents that speak for their authors, subjects the parser split, complaints about a third party.

Sentences are short excerpts of real news, credited in a comment (AFP, Xinhua, The New York
Times); one is adapted, and says so.
"""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle, Event


def countries(refs: list) -> set[str]:
    return {r.code for r in refs if r.code}


def only(coded: CodedArticle, event_type: str) -> Event:
    found = [e for e in coded.events if e.event_type == event_type]
    assert len(found) == 1, [(e.event_type, e.trigger) for e in coded.events]
    return found[0]


def test_a_group_with_no_country_is_where_its_clause_happens(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 2005-12-16: the arrested people are Australians (police of Australia, in Sydney)
    coded = code_text("Australian police arrested 19 people during a night of simmering unrest in Sydney as they "
                      "prepared for a major crackdown, officers said Friday.")
    event = only(coded, "COERCE")
    assert [(r.text, r.code) for r in event.recipient] == [("people", "AUS")]


def test_civilians_in_a_story_about_one_country_belong_to_it(code_text: Callable[..., CodedArticle]) -> None:
    # The New York Times, 2016-09-03 (an aside on Ethiopia's ties left out): the demonstrators are
    # Ethiopians, the article is about Ethiopia
    coded = code_text("Ethiopia is notoriously repressive. Protests have recently spread to the Amhara region, as "
                      "well; in August, security forces shot dead roughly 100 demonstrators and injured hundreds more.")
    demonstrators = [a.code for a in coded.actors if a.text == "demonstrators"]
    assert demonstrators == ["ETH"]


def test_a_country_name_inside_a_longer_place_name_is_that_place(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 2005-12-03: Northern Ireland is in the United Kingdom, not in Ireland
    coded = code_text("Tens of thousands of mourners packed the rain-soaked streets of Belfast to say an emotional "
                      "farewell to Northern Ireland's favourite son George Best on Saturday.")
    assert "IRL" not in {a.code for a in coded.actors}
    assert {a.code for a in coded.actors if "Ireland" in a.text} == {"GBR"}


def test_a_report_speaks_for_its_author(code_text: Callable[..., CodedArticle]) -> None:
    # adapted from AFP, 2006-12-20 ("Rebels in the Ivory Coast continue the secret production and
    # illegal export of diamonds ..., a report by UN experts said"): the report's author accuses
    coded = code_text("A report by UN experts accused rebels in the Ivory Coast of the secret production and "
                      "illegal export of diamonds.", published="2006-12-20")
    event = only(coded, "ACCUSE")
    assert countries(event.actor) == {"UNO"} or {a.cameo for a in event.actor} >= {"IGOUNO"}


def test_a_subject_split_by_the_parser_keeps_every_party(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua-style wire lead, 2017-12-07 (Afghan reactions to the Jerusalem decision): the parser
    # reads "The Afghan government" and "a number of parties and the Taliban" as two subjects
    coded = code_text("The Afghan government, a number of political parties and the Taliban on Thursday condemned "
                      "the decision.", published="2017-12-07")
    event = only(coded, "ACCUSE")
    assert {a.cameo for a in event.actor} == {"AFGGOV", "AFGREB"}


def test_a_complaint_made_to_one_party_about_another_targets_the_other(
        code_text: Callable[..., CodedArticle]) -> None:
    # adapted from Xinhua, 2005-11-11 ("Ekranas ... has submitted a complaint to the European
    # Commission (EC) over rivals from Latin America and Asia dumping products"): with a country
    # named in the topic, the complaint is aimed at it, not at the Commission it is made to
    coded = code_text("Lithuania has submitted a complaint to the European Commission over Chinese dumping of "
                      "television tubes on the EU market.", published="2005-11-11")
    event = only(coded, "ACCUSE")
    assert countries(event.recipient) == {"CHN"}


def test_a_protest_with_no_party_in_its_topic_stays_with_its_addressee(
        code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 1997-04-29: a protest filed (a light verb) to Beijing; nothing in the clause is a third party
    coded = code_text("Chinese warships have entered territory claimed by the Philippines in the Spratly islands and "
                      "Manila will file a diplomatic protest to Beijing, Press Secretary Hector Villanueva said "
                      "Tuesday.", published="1997-04-29")
    protest = only(coded, "ACCUSE")
    assert countries(protest.actor) == {"PHL"} and countries(protest.recipient) <= {"CHN"}



def test_people_not_counted_out_are_nobody_in_particular(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2005-11-16, on dragon boat racing in China: "people" raced to search for the poet;
    # no group is counted out or placed, so no actor (no search by Chinese civilians)
    coded = code_text("Like the dragon boat racing, which originated in China, dating back to about 2,300 years ago, "
                      "Jiang said. The tradition is based on a legend that disillusioned poet Qu Yuan jumped into the "
                      "Miluo River to demonstrate his will to serve the country. People raced to the site in boats to "
                      "search for him.", published="2005-11-16")
    assert not [a for a in coded.actors if a.text.lower() == "people"]


def test_a_visit_goes_to_the_country_of_its_destination(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 2006-12-31: the French defence minister's visit to Beirut is a visit to Lebanon
    coded = code_text("French Defence Minister Michele Alliot-Marie stressed Paris's support for the government of "
                      "Lebanese Prime Minister Fuad Siniora. The French minister, who arrived in Beirut on Saturday "
                      "for a 48-hour visit, was also to meet Siniora before heading to south Lebanon.",
                      published="2006-12-31")
    # the visit is coded on "visit", or on "arrived" by the imported PETRARCH pattern 'arrive for +visit'
    visits = [e for e in coded.events if e.trigger in ("visit", "arrived")]
    assert [(countries(e.actor), countries(e.recipient)) for e in visits] == [({"FRA"}, {"LBN"})]


def test_he_is_the_person_named_in_the_sentence_before(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 2006-12-17 (two paragraphs of the story, the ones between left out)
    coded = code_text("The violence in the war-torn capital also provided a grim backdrop to an unannounced visit by "
                      "British Prime Minister Tony Blair, who flew in to offer support to his beleaguered Iraqi "
                      "counterpart Nuri al-Maliki. Blair flew from Baghdad to the southern port city of Basra where "
                      "Britain has more than 7,000 soldiers fighting militias and training Iraqi forces. He met "
                      "soldiers before flying on to the next leg in a Middle East tour.", published="2006-12-17")
    meetings = [e for e in coded.events if e.trigger == "met"]
    assert [countries(e.actor) for e in meetings] == [{"GBR"}]


def test_he_with_no_person_named_before_stays_unresolved(code_text: Callable[..., CodedArticle]) -> None:
    # The New York Times, 2015-12-19, without the sentence naming Putin: "he" has no antecedent
    coded = code_text("In 2008, he complained bitterly about the United States' backing independence for Kosovo.",
                      published="2015-12-19")
    assert not [e for e in coded.events if e.actor]


def test_a_condemnation_is_aimed_at_the_doer_of_the_deed(code_text: Callable[..., CodedArticle]) -> None:
    # adapted from AFP, 2006-12-18 ("... the group warned, as it denounced attacks by
    # government-backed Arab militias in Darfur"): the militias are the target, not the victims
    coded = code_text("Human Rights Watch denounced attacks by Sudanese militias on civilians in Darfur.",
                      published="2006-12-18")
    event = only(coded, "ACCUSE")
    assert {a.cameo for a in event.recipient} == {"SDNREB"}


def test_nobody_is_both_sides_of_an_event(code_text: Callable[..., CodedArticle]) -> None:
    # The Washington Post, 2016-04-21 (Elizabeth Warren is not in the knowledge base): whoever
    # "she" is, Sanders does not refrain from endorsing himself
    coded = code_text("One possibility is Warren, the senator from Massachusetts, who until Sanders decided to run "
                      "was the acknowledged leader of the party's progressive wing. She has refrained from endorsing "
                      "Clinton or Sanders.", published="2016-04-21")
    for event in coded.events:
        assert not {a.name for a in event.actor} & {a.name for a in event.recipient}, event


def test_two_actors_of_one_country_may_be_both_sides(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 1997-04-23: the Palestinian Authority arrests Palestinian teachers (a domestic event)
    coded = code_text("After ordering the roundup of 23 strike leaders Monday, Arafat's Palestinian Authority "
                      "reportedly arrested several more teachers overnight.", published="1997-04-23")
    event = only(coded, "COERCE")
    assert [a.cameo for a in event.actor] == ["PSEGOV"] and [a.cameo for a in event.recipient] == ["PSEEDU"]
