"""Cross-article incidents, on real article excerpts coded by the real pipeline into a real
store of each backend (conftest.py's `location`: a DuckDB file, a PostgreSQL schema): same event
linked, distinct events kept apart, re-coding, re-running, order. The full recompute
(`link_all`) works on a DuckDB connection (PostgreSQL links in a DuckDB copy), so its tests
run on DuckDB only.

Excerpts (short, from the shared corpus): AFP, 15 December 2006 (AFP_ENG_20061214.0764) and
17 December 2006 (AFP_ENG_20061216.0438 "ADDS identity of victim", AFP_ENG_20061216.0460
"UPDATES with new clash"); The New York Times, 9 December 2015 ("Terrorists mock bids to block
them online") and HuffPost, 16 June 2016 ("Obama, families of gun violence victims...", Reuters
copy), both telling the San Bernardino shooting, six months apart (PolNeAR corpus).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import CodedArticle
from communique.store import open_store
from communique.store.incidents import Member, components, group_component, link_all

# AFP, 17 Dec 2006 (AFP_ENG_20061216.0438): Abbas's call, and Sunday's clash at the guard camp
ABBAS_0438 = ("Fatah-backed Palestinian president Mahmud Abbas called Saturday for early elections to resolve the "
              "political standoff in the Palestinian territories, but Hamas rejected the move as a \"coup d'etat\".")
SUNDAY_0438 = ("A member of the Palestinian presidential guard was killed and several others injured Sunday in a clash "
               "with supporters of the Palestinian ruling party Hamas, medical and security officials said.")
# AFP, 17 Dec 2006 (AFP_ENG_20061216.0460): the same call; Saturday night's street battles
ABBAS_0460 = ("Political tension gripped the Palestinian territories Sunday after president Mahmud Abbas called for "
              "early elections, dramatically raising the stakes in a long-running power struggle with the ruling "
              "Hamas party.")
SATURDAY_0460 = ("A Palestinian boy was shot dead and at least 18 others wounded late Saturday as thousands of armed "
                 "loyalists of the two rivals, some of them masked, took to the streets of Gaza after Hamas denounced "
                 "Abbas's move as tantamount to a coup.")
# AFP, 15 Dec 2006 (AFP_ENG_20061214.0764): Hamas's accusation after Thursday's attack on Haniya's convoy
THURSDAY_0764 = ("The ruling Palestinian party Hamas has accused the presidential guard of trying to assassinate prime "
                 "minister Ismail Haniya after an attack on his convoy that left his son injured and a bodyguard dead.")


@pytest.fixture(scope="module")
def articles(code_text: Callable[..., CodedArticle]) -> dict[str, CodedArticle]:
    def coded(key: str, text: str, published: str) -> CodedArticle:
        return code_text(text, published=published, id=key, outlet="AFP")

    return {
        "abbas-a": coded("abbas-a", ABBAS_0438, "2006-12-17"),
        "abbas-b": coded("abbas-b", ABBAS_0460, "2006-12-17"),
        "sunday": coded("sunday", SUNDAY_0438, "2006-12-17"),
        "saturday": coded("saturday", SATURDAY_0460, "2006-12-17"),
        "thursday": coded("thursday", THURSDAY_0764, "2006-12-15"),
    }


# The New York Times, 9 Dec 2015: the shooting, dated by the paper's own day
SAN_BERNARDINO_NYT = ("In the hours after 14 people were killed in San Bernardino, Calif., a familiar voice celebrated "
                      "the attacks on Twitter.")
# HuffPost (Reuters), 16 Jun 2016: the same shooting as background, dated to its month
SAN_BERNARDINO_HUFF = ("A married couple also claiming allegiance to Islamic State shot dead 14 people in "
                       "San Bernardino, California, in December.")


def incident_of(store, article_id: str, event_type: str) -> set[str]:
    rows = store.query("SELECT r.incident_id FROM incident_reports r JOIN events e USING (article_id, idx) "
                       "WHERE r.article_id = ? AND e.event_type = ?", [article_id, event_type])
    return {r["incident_id"] for r in rows}


# every column of `incidents` but the linker's internal `component`, listed: SQL both backends run
INCIDENT_COLUMNS = ("id, status, fulfilled_by, event_type, cameo, actor, recipient, date, date_precision, location, "
                    "country, lat, lon, num_mentions, num_articles, num_sources, first_report, last_report, "
                    "evidence, evidence_article_id")


def snapshot(store) -> tuple[list, list]:
    """Incidents and reports, in a fixed order: what must not change."""
    incidents = store.query(f"SELECT {INCIDENT_COLUMNS} FROM incidents ORDER BY id")
    reports = store.query("SELECT incident_id, article_id, idx, event_id FROM incident_reports "
                          "ORDER BY article_id, idx")
    return incidents, reports


def test_two_reports_of_one_call_are_one_incident(location, articles):
    with open_store(location) as store:
        store.write([articles["abbas-a"], articles["abbas-b"]])
        a, b = incident_of(store, "abbas-a", "REQUEST"), incident_of(store, "abbas-b", "REQUEST")
        assert a and a == b
        (inc,) = store.query("SELECT * FROM incidents WHERE id = ?", [next(iter(a))])
        assert inc["num_articles"] == 2 and inc["num_sources"] == 1 and inc["num_mentions"] >= 2
        assert inc["event_type"] == "REQUEST" and inc["status"] == "asserted"
        # the text's own "Saturday" beats the other report's publication-day fallback
        assert inc["date"] == "2006-12-16" and inc["date_precision"] == "day"
        reports = store.query("SELECT article_id, evidence FROM incident_reports WHERE incident_id = ?", [inc["id"]])
        assert {r["article_id"] for r in reports} == {"abbas-a", "abbas-b"}
        assert all("Abbas" in r["evidence"] or "called" in r["evidence"] for r in reports)


def test_attacks_by_the_same_sides_on_different_days_stay_apart(location, articles):
    with open_store(location) as store:
        store.write([articles["sunday"], articles["saturday"]])
        sunday, saturday = incident_of(store, "sunday", "ASSAULT"), incident_of(store, "saturday", "ASSAULT")
        assert sunday and saturday, "each excerpt has an attack"
        assert not sunday & saturday


def test_recoding_an_article_leaves_no_stale_link(location, articles, code_text):
    with open_store(location) as store:
        store.write([articles["abbas-a"], articles["abbas-b"]])
        (shared,) = incident_of(store, "abbas-a", "REQUEST")
        assert incident_of(store, "abbas-b", "REQUEST") == {shared}
        # the second article is re-coded with changed text: it now tells the street battles
        store.write([code_text(SATURDAY_0460, published="2006-12-17", id="abbas-b", outlet="AFP")])
        assert not incident_of(store, "abbas-b", "REQUEST")
        (alone,) = incident_of(store, "abbas-a", "REQUEST")
        (inc,) = store.query("SELECT * FROM incidents WHERE id = ?", [alone])
        assert inc["num_articles"] == 1 and inc["num_mentions"] == 1
        stale = store.query("SELECT count(*) AS n FROM incident_reports r LEFT JOIN events e USING (article_id, idx) "
                            "WHERE e.id IS NULL OR e.id <> r.event_id")
        assert stale[0]["n"] == 0
        orphans = store.query("SELECT count(*) AS n FROM incidents WHERE id NOT IN "
                              "(SELECT incident_id FROM incident_reports)")
        assert orphans[0]["n"] == 0


def test_rerunning_changes_nothing(location, backend, articles):
    batch = list(articles.values())
    with open_store(location) as store:
        store.write(batch)
        before = snapshot(store)
        store.write(batch)
        assert snapshot(store) == before
        if backend == "duckdb":
            link_all(store.con)
            assert snapshot(store) == before, "incremental linking agrees with a full recompute"
    # a new writer links in a copy of the incident tables loaded anew (PostgreSQL), or the file
    with open_store(location) as store:
        store.write(batch[:2])
        assert snapshot(store) == before


def test_arrival_order_does_not_matter(new_store, articles):
    keys = list(articles)
    snaps = []
    for order in (keys, keys[::-1]):
        with open_store(new_store()) as store:
            for key in order:
                store.write([articles[key]])
            snaps.append(snapshot(store))
    assert snaps[0] == snaps[1]
    assert len(snaps[0][0]) < len(snaps[0][1]), "something was linked"


def test_a_background_report_months_later_in_the_same_city_joins_the_event(location, code_text):
    with open_store(location) as store:
        store.write([code_text(SAN_BERNARDINO_NYT, published="2015-12-09", id="nyt", outlet="nyt"),
                     code_text(SAN_BERNARDINO_HUFF, published="2016-06-16", id="huff", outlet="huff-post")])
        nyt, huff = incident_of(store, "nyt", "ASSAULT"), incident_of(store, "huff", "ASSAULT")
        assert nyt and nyt == huff
        (inc,) = store.query("SELECT * FROM incidents WHERE id = ?", [next(iter(nyt))])
        assert inc["num_articles"] == 2 and inc["num_sources"] == 2 and inc["location"] == "San Bernardino"


# -- the grouping on its own: pure functions ---------------------------------------------------

def member(eid: int, article: str, lo: int, hi: int, *, planned: bool = False) -> Member:
    return Member(eid, article, planned, lo, hi, None)


def test_a_month_dated_report_cannot_chain_two_days():
    day1, day20, month = member(1, "a", 100, 100), member(2, "b", 119, 119), member(3, "c", 100, 129)
    edges = [(1, 3, 1.5, False), (2, 3, 1.4, False)]
    out = group_component([day1, day20, month], edges, 25.0)
    assert out[3][0] == out[1][0] and out[2][0] != out[1][0]  # the stronger link wins


def test_an_article_telling_one_event_twice_keeps_both_reports_when_that_leaves_one_day():
    # article a: an undated sentence and a dated one about one event; article b: that day
    undated, dated, other = member(1, "a", 70, 101), member(2, "a", 100, 100), member(3, "b", 100, 100)
    out = group_component([undated, dated, other], [(1, 3, 1.6, False), (2, 3, 1.5, False)], 25.0)
    assert out[1][0] == out[2][0] == out[3][0]


def test_two_days_of_one_article_stay_apart_even_through_a_month_dated_report():
    day1, day20, month = member(1, "a", 100, 100), member(2, "a", 119, 119), member(3, "b", 100, 129)
    out = group_component([day1, day20, month], [(1, 3, 1.6, False), (2, 3, 1.5, False)], 25.0)
    assert out[1][0] == out[3][0] and out[2][0] != out[1][0]


def test_a_plan_is_fulfilled_not_merged():
    plan, real = member(1, "a", 100, 100, planned=True), member(2, "b", 100, 100)
    out = group_component([plan, real], [(1, 2, 2.0, True)], 25.0)
    assert out[1] == (1, 2) and out[2] == (2, None)


def test_components_follow_links_only():
    comp = components([1, 2, 3, 4], [(1, 2, 1.0, False), (3, 2, 1.0, False)])
    assert comp == {1: 1, 2: 1, 3: 1, 4: 4}


def test_a_full_recompute_in_tiny_batches_gives_the_same_incidents(tmp_path, articles, monkeypatch):
    from communique.resources import data_path, load_toml

    rules = data_path("store/incidents.toml").read_text(encoding="utf-8")
    tiny = rules.replace("batch_events = 100000", "batch_events = 2")
    tiny = tiny.replace("batch_edges = 500000", "batch_edges = 1")
    assert tiny != rules
    (tmp_path / "data" / "store").mkdir(parents=True)
    (tmp_path / "data" / "store" / "incidents.toml").write_text(tiny, encoding="utf-8")
    with open_store(tmp_path / "x.duckdb") as store:
        store.write(list(articles.values()))
        link_all(store.con)
        whole = snapshot(store)
        monkeypatch.setenv("COMMUNIQUE_DATA_DIR", str(tmp_path / "data"))
        load_toml.cache_clear()  # the rules file is read once per process
        try:
            link_all(store.con)
            assert snapshot(store) == whole
        finally:
            monkeypatch.delenv("COMMUNIQUE_DATA_DIR")
            load_toml.cache_clear()


def test_links_sorted_by_the_database_group_as_links_sorted_here():
    from communique.store.incidents import strongest_first

    ms = [member(1, "a", 100, 100), member(2, "b", 119, 119), member(3, "c", 100, 129), member(4, "d", 100, 100)]
    edges = [(2, 3, 1.4, False), (1, 3, 1.5, False), (3, 4, 1.5, False), (1, 4, 1.2, False)]
    assert group_component(ms, strongest_first(edges), 25.0, ordered=True) == group_component(ms, edges, 25.0)


@pytest.mark.parametrize("text", ["abbas-a#0", "x|REQUEST|PSE|PSE", "g|ASSAULT|281184", "", "élection", "a" * 300])
def test_the_64_bit_hash_keeps_the_ids_it_always_gave(text):
    # Event ids (so exported incident ids) and block keys are this hash: the first 8 bytes of the
    # MD5 digest, little-endian, i.e. DuckDB's md5_number_upper, which hash64 replaces for speed.
    import hashlib

    import duckdb

    from communique.store.incidents import hash64

    con = duckdb.connect()
    got, upper = con.execute(f"SELECT {hash64('$t')}, md5_number_upper($t)", {"t": text}).fetchone()
    assert got == upper == int.from_bytes(hashlib.md5(text.encode("utf-8")).digest()[:8], "little")
