"""A verb coordinated with no subject or auxiliary of its own is said the way its first conjunct
is: in its tense (the perfect) and its status (a modal, a governing "suggested").

Sentences, each credited where it is used: AFP, "Iraqi Red Crescent suspends work in Baghdad",
2006-12-18; The Washington Post, "In satirizing the elite, a Mexican troupe starts with Trump",
2015-11-08; Xinhua, "Indonesia to withdraw over 5,000 troops from Aceh", 2005-11-15.
"""

from __future__ import annotations

from communique.time import event_date
from communique.time.clause import event_status
from conftest import word_token


def test_a_conjunct_shares_the_perfect_of_its_first_verb(nlp, code_text):
    # AFP 2006-12-18 (lede, then a later paragraph): "condemned" is the participle of "has", though
    # the tagger may call it a past
    text = ("Iraqi Red Crescent aid workers suspended work in war-torn Baghdad on Monday after two dozen of their "
            "colleagues fell victim to the latest mass kidnap.\n\n"
            "The International Committee of the Red Cross, part of the same movement, has called for the "
            "immediate and unconditional release of the hostages, and condemned the kidnapping as a breach of "
            "international humanitarian law.")
    coded = code_text(text, published="2006-12-18")
    doc = nlp(text)
    for trigger in ("called", "condemned"):
        dated = event_date(word_token(doc, trigger), coded)
        assert (dated.value, dated.background, dated.rule) == (None, True, "time:background(perfect)")


def test_a_bare_conjunct_shares_the_modal_of_its_first_verb(nlp):
    # Washington Post 2015-11-08: the impounding is as hypothetical as the fee increase
    doc = nlp("Trump writes that he would increase fees for border crossing cards and temporary visas or impound "
              "remittances to pay for the border wall he wants to build.")
    assert event_status(word_token(doc, "increase")) == "hypothetical"
    assert event_status(word_token(doc, "impound")) == "hypothetical"


def test_a_past_form_does_not_share_a_future(nlp):
    # Xinhua 2005-11-15: the pullout was agreed in August; only the withdrawal is ahead
    doc = nlp("The Indonesian Military will withdraw 5,556 troops from Aceh in the further phase of military "
              "pullout agreed in the Aug. 15 Helsinki peace accord between the government and the Free Aceh "
              "Movement (GAM), a high-ranking officer said Tuesday.")
    assert event_status(word_token(doc, "withdraw")) == "planned"
    assert event_status(word_token(doc, "agreed")) == "asserted"
