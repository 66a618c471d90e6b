"""The careful import of PETRARCH's verb patterns, and the shipped table it made.

The dictionary excerpt is from PETRARCH's CAMEO.2.0.txt (Open Event Data Alliance, 2015, MIT
licence; reference/petrarch-dictionaries/), lines 709-722, 2768-2782 and 4475-4477, 4559 and
1130-1165 of its verb patterns, abridged, with its synonym set &TREATY cut to two members.
Sentences are from AFP, "EU, US freeze aid..." (AFP_ENG_20061209.0246, 2006-12-09) and
AFP_ENG_20061209.0159 (2006-12-09), credited where they are used.
"""

from __future__ import annotations

import pytest

from communique.events.codes import cameo_table
from communique.events.lexicon import TRIGGERS_FILE, data_lines, load_lexicon
from communique.events.petrarch_verbs import convert, our_keys, pattern_key, spacy_lemmatizer

EXCERPT = """\
####### SYNONYM SETS #######

&TREATY
+ACCORD
+TREATY

####### VERB PATTERNS #######

---  ACCELERATE   [---]  ---
ACCELERATE
EXPEDITE
RUSH
- * (TO)                                              [042:043]     # RUSH
- * AID                                               [070]         # RUSH
- * {ARMS SHIPMENT}                                   [072]         # EXPEDITE
- * POLICE (TO BORDER)                                [153]         # RUSH
- * (TO BORDER)                                       [154]         # RUSH
- &MILITARY *                                         [154]         # RUSH

---  REACH   [---]  ---
REACH
- * OUT                                               [020]         # REACH
- * DEAL                                              [030]         # REACH
- * &TREATY                                           [032]         # REACH
- GOVERNMENT * &TREATY                                [0344]        # REACH
- * CONSENSUS                                         [037:037]     # REACH
- * &TREATY                                           [037:037]     # REACH

---  EXPLAIN_VERBAL   [010]  ---
ANNOUNCE
EXPLAIN
- * &PROPOSAL                                         [020]         # ANNOUNCE

---  ABORT   [160]  ---
ABORT [160]
HALT
- * SEARCH                                            [---]         # HALT
- * TALKS                                             [160]         # CALLED_OFF

######## TRANSFORMATIONS ##########
"""


@pytest.fixture(scope="module")
def conversion(nlp):
    ours = our_keys(data_lines(TRIGGERS_FILE))
    return convert(EXCERPT, ours, set(cameo_table()), {"say", "announce"}, spacy_lemmatizer(nlp))


def test_translated_forms(conversion):
    rows = {row.pattern: (row.cameo, row.line) for row in conversion.rows}
    assert rows["rush +aid"] == ("070", 14)  # verb + object
    assert rows["expedite +arm shipment"][0] == "072"  # a noun phrase: head and modifier, lemmatized
    assert rows["rush to +border"][0] == "154"  # verb + preposition + its object
    assert rows["reach +consensus"][0] == "037"  # [037:037]: the source's code
    assert "call off +talk" not in rows  # triggers.tsv has it (164)


def test_a_pattern_goes_to_the_inflected_verb_its_comment_names(nlp):
    ours = our_keys(data_lines(TRIGGERS_FILE))
    del ours[pattern_key("V", "call off +talk")]  # as if triggers.tsv did not have it
    rows = {row.pattern: row.cameo for row in convert(EXCERPT, ours, set(cameo_table()), {"say", "announce"},
                                                      spacy_lemmatizer(nlp)).rows}
    assert rows["call off +talk"] == "160"  # CALLED_OFF


def test_left_out(conversion):
    rows = {row.pattern for row in conversion.rows}
    assert not rows & {"rush", "abort", "halt", "reach", "rush to", "reach out"}  # no bare verb, no object-less form
    assert not any(p.startswith(("announce", "explain")) for p in rows)  # speech verbs
    assert not any(p.startswith("rush to +police") or p == "rush +police" for p in rows)  # object and phrase
    assert "halt +search" not in rows  # the null code
    assert not rows & {"reach +accord", "reach +treaty"}  # 032 and 037 for one pattern
    assert "reach +deal" not in rows  # triggers.tsv has it
    left = conversion.left_out
    assert left["words before the verb"] == 2 and left["two codes for one pattern"] == 2
    assert left["a row of our triggers.tsv says it already"] == 2  # reach +deal, call off +talk


def test_ours_win_in_the_lexicon():
    lexicon = load_lexicon()
    ours = our_keys(data_lines(TRIGGERS_FILE))
    imported = [t for entries in lexicon.triggers.values() for t in entries
                if t.pattern.source.startswith("petrarch_verbs.tsv:")]
    assert imported, "the shipped PETRARCH table is not loaded"
    assert not any(pattern_key(t.pattern.pos, t.pattern.text) in ours for t in imported)
    # at equal specificity our row is tried first, except that any object ("+*") comes after a named one
    for entries in lexicon.triggers.values():
        for first, second in zip(entries, entries[1:], strict=False):
            if (first.pattern.specificity, first.pattern.obj == "*") == (second.pattern.specificity,
                                                                         second.pattern.obj == "*"):
                assert not (first.pattern.source.startswith("petrarch")
                            and second.pattern.source.startswith("triggers"))


def test_imported_pattern_codes_an_event_with_its_table_line(code_text):
    # AFP, 2006-12-09 (AFP_ENG_20061209.0246)
    coded = code_text("The European Union and the United States have frozen aid to the Palestinian Authority.",
                      published="2006-12-09")
    frozen = [e for e in coded.events if e.trigger == "frozen"]
    assert frozen and frozen[0].cameo == "162" and frozen[0].event_type == "SANCTION"
    assert frozen[0].rule.startswith("petrarch_verbs.tsv:") and "'V freeze +aid'" in frozen[0].rule


def test_our_row_wins_over_the_import(code_text):
    # AFP, 2006-12-09 (AFP_ENG_20061209.0159): triggers.tsv's "call off +strike" 082
    coded = code_text("Palestinian teachers called off their strike last month.", published="2006-12-09")
    called = [e for e in coded.events if e.trigger == "called"]
    assert called and called[0].rule.startswith("triggers.tsv:") and called[0].cameo == "082"


def test_object_must_be_there(code_text):
    # negative, adapted from the AFP sentence above: "freeze" with no aid frozen is no sanction
    coded = code_text("The European Union and the United States have frozen their positions.", published="2006-12-09")
    assert not any("petrarch_verbs.tsv" in e.rule and "freeze +aid" in e.rule for e in coded.events)


def test_command_writes_the_table_and_its_licence(tmp_path):
    from click.testing import CliRunner

    from communique.cli import main

    source = tmp_path / "CAMEO.2.0.txt"
    source.write_text(EXCERPT, encoding="utf-8")
    (tmp_path / "LICENSE").write_text("The MIT License (MIT)\nCopyright (c) 2015 Open Event Data Alliance\n",
                                      encoding="utf-8")
    out = tmp_path / "out" / "petrarch_verbs.tsv"
    out.parent.mkdir()
    result = CliRunner().invoke(main, ["kb", "import-petrarch-verbs", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    table = out.read_text(encoding="utf-8")
    assert "V\trush +aid\t070\t# CAMEO.2.0.txt:14" in table
    assert "MIT licence" in table and "left out:" in table
    assert (out.parent / "LICENSE.petrarch").read_text(encoding="utf-8").startswith("The MIT License")
