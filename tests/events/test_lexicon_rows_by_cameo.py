"""Imported PETRARCH patterns coded by the CAMEO definitions (issue 12, breadth): support lent is
endorsed (051, not material cooperation 060), support withdrawn ends political relations (160, not
aid 162) and withheld is disapproval (110), and finding common ground is no investigation (090).
Sentences are short excerpts of the corpus texts named beside them (AFP and PolNeAR articles of
../shared/corpus), quoted to test the reading; the others are written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from communique.model import CodedArticle


def codes(coded: CodedArticle) -> list[tuple[str, str | None]]:
    return [(e.cameo, e.trigger) for e in coded.events if e.status != "negated"]


@pytest.mark.parametrize(("text", "cameo", "trigger"), [
    # Washington Post, 2016-06-27 (PolNeAR)
    ("And Sanders is lending his support to candidates whose chances are just as slim as his own were.",
     "051", "lending"),
    # AFP, 1997-04-10
    ("But, for the first time, France, Germany, Italy, Spain and Greece all withdrew their support, "
     "ending EU unity on the issue.", "160", "withdrew"),
    # Huffington Post, 2016-08-05 (PolNeAR)
    ("But Ryan wasn't the only Republican whom Trump refused to endorse. During the same interview, he "
     "also withheld support from McCain and Ayotte.", "110", "withheld"),
])
def test_support_is_coded_by_its_definition(code_text: Callable[..., CodedArticle], text: str, cameo: str,
                                            trigger: str) -> None:
    found = codes(code_text(text))
    assert (cameo, trigger) in found
    # and not as aid or material cooperation, PETRARCH's codes
    assert not [c for c, t in found if t == trigger and c in ("060", "162")]


def test_aid_withdrawn_stays_aid(code_text: Callable[..., CodedArticle]) -> None:
    # the rows are on "support": aid withdrawn is still 162
    assert ("162", "withdrew") in codes(code_text("The United States withdrew its aid to Nicaragua in 1985."))


def test_common_ground_is_no_investigation(code_text: Callable[..., CodedArticle]) -> None:
    # New York Times, 2016-09-08 (PolNeAR): PETRARCH's row coded ACCUSE 090 USAGOV, CHNGOV
    found = codes(code_text("It was a place Obama and Xi found some common ground."))
    assert not [c for c, t in found if t == "found"]


def test_evidence_found_stays_an_investigation(code_text: Callable[..., CodedArticle]) -> None:
    # the exclusion is of one row of its line: "find +evidence" (090) is kept
    assert ("090", "found") in codes(code_text("UN inspectors found evidence of chemical weapons in Syria."))


def test_an_excluded_pattern_is_left_out_of_its_line() -> None:
    from communique.events.codes import cameo_table
    from communique.events.petrarch_verbs import Exclusions, convert, exclusions, pattern_key

    # one pattern line with a synonym set, in PETRARCH's form, on line 8
    text = ("&EVIDENCE\n+EVIDENCE_\n+GROUND\n\n####### VERB PATTERNS #######\n\n---  FIND   [---]  ---\n"
            "- * &EVIDENCE                                         [090]         # FIND\n\n"
            "######## TRANSFORMATIONS ##########\n")

    def lemmatize(phrases: list[str], frame: str) -> list[str]:
        return [p.lower() for p in phrases]

    kept = convert(text, {}, set(cameo_table()), set(), lemmatize)
    left = convert(text, {}, set(cameo_table()), set(), lemmatize,
                   Exclusions(frozenset(), frozenset({(8, pattern_key("V", "find +ground"))})))
    assert [r.pattern for r in kept.rows] == ["find +evidence", "find +ground"]
    assert [r.pattern for r in left.rows] == ["find +evidence"]
    assert (1579, pattern_key("V", "find +ground")) in exclusions().patterns


@pytest.mark.parametrize(("text", "trigger", "cameo"), [
    # Xinhua, 2005-11-16: PETRARCH's REDOUBLE * EFFORT is 150, a show of military power
    ("The APEC Geneva Caucus must redouble its collective efforts to advance the negotiations.", "redouble", "150"),
    # Xinhua, 2005-11-27: LEAD * ELECTIONS is 060, material cooperation
    ("Opposition candidate Manuel Zelaya leads Sunday's presidential election in Honduras.", "leads", "060"),
    # Xinhua, 2005-11-17: BENEFIT * (FROM EXPERIENCE) is 036, an intent to meet
    ("Zimbabwe has benefited immensely from the experiences of Malaysia in developing small enterprises.",
     "benefited", "036"),
])
def test_lines_left_out_code_no_event(code_text: Callable[..., CodedArticle], text: str, trigger: str,
                                      cameo: str) -> None:
    assert (cameo, trigger) not in codes(code_text(text))


def test_an_inquiry_set_up_stays_an_investigation(code_text: Callable[..., CodedArticle]) -> None:
    # only the RESEARCH row of SET_UP * &INVESTIGATION is left out
    assert ("090", "set") in codes(code_text("The Swiss parliament set up an inquiry into the CIA flights on Tuesday."))


@pytest.mark.parametrize(("text", "trigger", "cameo"), [
    # Xinhua, 2006-11-27: ISSUE * REGULATION is 100, a demand
    ("China will issue its regulations on human organ transplants soon, a health official said.", "issue", "100"),
    # HEAR * WITNESS is 111, criticism (after Xinhua, 2006-11-27: "After hearing a second witness, the
    # judge concluded the hearing")
    ("The Iraqi High Tribunal heard a second witness on Monday before it adjourned the trial.", "heard", "111"),
    # Xinhua, 2006-11-30: SPARK * &DISPUTE is 110, disapproval by who sparked it
    ("The appointment of the new Interior Minister sparked controversy in Mexico on Thursday.", "sparked", "110"),
])
def test_more_lines_left_out_code_no_event(code_text: Callable[..., CodedArticle], text: str, trigger: str,
                                           cameo: str) -> None:
    assert (cameo, trigger) not in codes(code_text(text))


def test_a_mandate_extended_is_no_demand(code_text: Callable[..., CodedArticle]) -> None:
    # Xinhua, 2006-11-30: EXTEND * MANDATE is 100; the peacekeeping force still names the event
    found = codes(code_text("The African Union is to extend the mandate of its peacekeeping force in Sudan's "
                            "Darfur region for six months."))
    assert ("100", "extend") not in found


@pytest.mark.parametrize(("text", "cameo", "trigger"), [
    # PLOVER 2.0 manual style (written): people or their acts prevented are a restriction
    ("Turkish police prevented the demonstration staged by students in Sivas on Tuesday.", "172", "prevented"),
    ("Russia reinforced its troops on the border with Ukraine on Monday.", "154", "reinforced"),
])
def test_prevent_and_reinforce_keep_their_objects(code_text: Callable[..., CodedArticle], text: str, cameo: str,
                                                   trigger: str) -> None:
    assert (cameo, trigger) in codes(code_text(text))


@pytest.mark.parametrize(("text", "cameo", "trigger"), [
    # an outbreak prevented is no administrative sanction (after Xinhua, 2005-11-07: "to prevent the
    # outbreak of the highly pathogenic bird flu in Jilin")
    ("China acted quickly to prevent the outbreak of bird flu in Jilin province.", "172", "prevent"),
    # Xinhua, 2005-11-15: an idea reinforced is no troop build-up
    ("Singapore will reinforce the spirit of Asian cooperation in its creative economy.", "154", "reinforce"),
])
def test_prevent_and_reinforce_without_those_objects_code_nothing(code_text: Callable[..., CodedArticle],
                                                                  text: str, cameo: str, trigger: str) -> None:
    assert (cameo, trigger) not in codes(code_text(text))


def test_a_concern_raised_is_no_consultation(code_text: Callable[..., CodedArticle]) -> None:
    # PETRARCH's RAISE * CONCERNS is 040 (after New York Times, 2016-03-23: "Right-wing politicians and
    # average citizens raised concern that groups like ISIS ...")
    found = codes(code_text("German politicians raised concern that Islamic State fighters were entering the country."))
    assert ("040", "raised") not in found


def test_a_malformed_exclusion_row_names_its_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a user's copy of petrarch_excluded.tsv with a row of two columns (a pattern without its pos)
    from communique.errors import DataFileError
    from communique.events.petrarch_verbs import EXCLUDED_FILE, exclusions

    user_file = tmp_path / EXCLUDED_FILE
    user_file.parent.mkdir(parents=True)
    user_file.write_text("# a comment\n4213\n1579  find +ground\n", encoding="utf-8")
    monkeypatch.setenv("COMMUNIQUE_DATA_DIR", str(tmp_path))
    with pytest.raises(DataFileError, match=r"petrarch_excluded\.tsv:3: .*'1579 find \+ground'"):
        exclusions()
