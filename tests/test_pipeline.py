"""The pipeline: stages run on real parses, batches keep order, workers give the same result."""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import threading

import pytest

from communique import pipeline
from communique.errors import ArticleRejected, CommuniqueError
from communique.model import Article, CodedArticle
from communique.pipeline import (
    STAGES,
    STAGES_ENV,
    char_limited,
    check_requirements,
    code_articles,
    parse,
    selected_stages,
    split_long_text,
)
from communique.read import read_articles
from communique.stage import StageContext
from conftest import EXAMPLES


def test_stage_order_follows_the_design():
    assert [s.name for s in STAGES] == ["timexes", "places", "actors", "quotes", "events"]
    assert sorted(s.assigns for s in STAGES) == sorted(list(CodedArticle.__dataclass_fields__)[1:])  # each list once


def test_every_stage_runs_after_what_it_requires():
    assert check_requirements(STAGES) == STAGES
    for i, stage in enumerate(STAGES):
        earlier = {s.name for s in STAGES[:i]}
        assert set(stage.requires) <= earlier, stage.name
    offered = {name for stage in STAGES for name in stage.provides}
    assert offered <= set(StageContext.__dataclass_fields__)  # every callable a stage offers has a place


def test_stages_can_be_selected(monkeypatch):
    monkeypatch.setenv(STAGES_ENV, "places, timexes")
    assert [s.name for s in selected_stages()] == ["timexes", "places"]  # always in pipeline order
    monkeypatch.setenv(STAGES_ENV, "timexes,sentiment")
    with pytest.raises(CommuniqueError, match="unknown stage.*sentiment"):
        selected_stages()


@pytest.mark.parametrize(("stages", "missing"), [
    ("events", "timexes, places, actors"),  # events with no actors used to pass silently
    ("timexes,places,events", "actors"),
    ("quotes", "actors"),
    ("actors", "places"),
])
def test_a_switched_off_requirement_is_an_error(monkeypatch, stages, missing):
    monkeypatch.setenv(STAGES_ENV, stages)
    with pytest.raises(CommuniqueError, match=rf"requires {missing},.*\[E022\]"):
        selected_stages()


def test_the_event_coder_outside_the_runner_is_a_clear_error(nlp):
    from communique.events.coder import code_document

    doc = nlp("Russia and the United States held talks.")
    with pytest.raises(CommuniqueError, match="E023"):
        code_document(doc, CodedArticle(article=Article(id="t", text=doc.text)))


def test_coded_article_carries_the_contract(embassy_coded):
    data = embassy_coded.to_dict()
    assert list(data) == ["article", "events", "quotes", "timexes", "places", "actors"]
    for key in ("id", "path", "url", "title", "published", "outlet", "credits", "language", "text"):
        assert key in data["article"]
    for kind in ("events", "quotes", "timexes", "places", "actors"):
        for record in data[kind]:
            if kind != "events" or record["start"] != record["end"]:
                assert 0 <= record["start"] <= record["end"] <= len(embassy_coded.article.text)


def test_rejections_pass_through_and_order_is_kept():
    items = list(read_articles([str(EXAMPLES)]))
    items.insert(1, ArticleRejected("broken.md", "file is empty", "E003"))
    results = list(code_articles(items, batch_size=2))
    assert [type(r) for r in results].count(ArticleRejected) == 1
    coded = [r.article.id for r in results if isinstance(r, CodedArticle)]
    assert coded == [a.id for a in items if isinstance(a, Article)]


def test_two_workers_give_the_same_output_as_one():
    items = list(read_articles([str(EXAMPLES)]))
    one = [r.to_dict() for r in code_articles(items, workers=1, batch_size=1)]
    two = [r.to_dict() for r in code_articles(items, workers=2, batch_size=1)]
    assert one == two


def test_a_dead_worker_fails_the_run_instead_of_hanging_it():
    texts = [f"Ministers from France met in Brussels on day {i}, officials said." for i in range(40)]
    results = code_articles((Article(id=f"a{i}", text=t) for i, t in enumerate(texts)), workers=2, batch_size=1)
    next(results)  # the workers are up and busy with the look-ahead batches
    os.kill(multiprocessing.active_children()[0].pid, signal.SIGKILL)
    with pytest.raises(CommuniqueError, match="worker process died"):
        list(results)


def test_long_texts_are_parsed_in_pieces_with_offsets_intact(nlp):
    paragraph = "Ministers met in Brussels on Monday. They agreed to meet again next week.\n\n"
    text = paragraph * 40
    pieces = split_long_text(text, limit=1000)
    assert "".join(pieces) == text and len(pieces) > 3
    assert all(piece.endswith("\n\n") for piece in pieces[:-1])  # cut at paragraph breaks
    (whole,) = parse([text], nlp, piece_chars=1000)
    assert whole.text == text
    assert [t.text for t in whole if t.ent_type_ == "GPE"] == ["Brussels"] * 40
    assert len(list(whole.sents)) >= 80


def test_batches_are_cut_by_characters_so_long_articles_go_alone():
    lengths = [30, 30, 50, 500, 10, 10, 10]
    groups = list(char_limited(lengths, lambda n: n, max_chars=100, max_items=2))
    assert groups == [[30, 30], [50], [500], [10, 10], [10]]  # at most 100 characters or 2 items
    assert [n for group in groups for n in group] == lengths  # in order, none lost


def test_a_batch_parsed_a_few_characters_at_a_time_gives_the_same_docs(nlp):
    texts = ["Ministers met in Brussels on Monday.", "Protesters marched in Paris.\n\nPolice watched.",
             "The talks in Geneva ended on Friday."]
    together = parse(texts, nlp)
    apart = parse(texts, nlp, batch_chars=40, piece_chars=30)
    assert [d.text for d in apart] == texts
    assert [[(t.text, t.ent_type_) for t in d] for d in apart][0] == [(t.text, t.ent_type_) for t in together[0]]


def test_one_worker_stopped_early_ends_its_parsing_thread():
    """The one-worker run parses in a second thread ahead of the stages: a caller that stops
    reading must not leave that thread blocked on its hand-over (nor parsing the rest)."""
    texts = [f"Ministers from France met in Brussels on day {i}, officials said." for i in range(40)]
    results = code_articles((Article(id=f"a{i}", text=t) for i, t in enumerate(texts)), batch_size=1)
    assert isinstance(next(results), CodedArticle)
    results.close()
    assert not [t for t in threading.enumerate() if t.name == "communique-parse"]


def test_one_worker_raises_what_reading_the_input_raised():
    def articles():
        yield Article(id="a", text="Ministers from France met in Brussels on Monday, officials said.")
        raise CommuniqueError("the input broke")

    results = code_articles(articles(), batch_size=1)
    assert isinstance(next(results), CodedArticle)
    with pytest.raises(CommuniqueError, match="the input broke"):
        list(results)
    assert not [t for t in threading.enumerate() if t.name == "communique-parse"]


def test_loading_leaves_the_collector_collecting_young_objects_less_often():
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        pipeline.load(None)  # the real model and tables (loaded once per process)
        assert gc.get_threshold() == (pipeline.YOUNG_COLLECTION_THRESHOLD, 10, 10)
    finally:
        gc.set_threshold(*before)
