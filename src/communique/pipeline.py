"""Running the stages on one article and on a stream of articles.

Each article is parsed by spaCy (`nlp.pipe`, in batches), then each stage in `STAGES` turns the
parsed Doc into its records. A stage is declared here as a `stage.Stage`: its name, the stages
it requires (their records or callables), the CodedArticle list it assigns, the callables it
provides to the stages after it, and its `extract(doc, coded, context)`. The runner hands each
stage the same `StageContext`; no stage imports another. `--stages` (COMMUNIQUE_STAGES) may run
fewer, but never a stage without what it requires: that is an error, not an empty field.

One article's processing never depends on another's, so `code_articles(..., workers=N)` runs
batches in N processes, and the same `code_batch` function maps unchanged over a Dask bag.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import queue
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from functools import cache
from itertools import islice
from typing import Any, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from . import actors, events, geo, quotes
from . import time as time_stage
from .errors import E_STAGE_FAILED, E_STAGE_NEEDS, E_UNKNOWN_STAGE, ArticleRejected, CommuniqueError
from .model import Article, CodedArticle
from .nlp import load_nlp
from .stage import Stage, StageContext, without_context
from .tablecache import collector_paused
from .timings import timed

# In order: a stage runs after every stage it requires.
STAGES: tuple[Stage, ...] = (
    Stage("timexes", "timexes", without_context(time_stage.extract),
          provides={"event_date": time_stage.event_date, "event_status": time_stage.event_status}),
    Stage("places", "places", without_context(geo.extract), provides={"event_location": geo.event_location}),
    Stage("actors", "actors", without_context(actors.extract), requires=("places",),
          provides={"role_sector": actors.role_sector, "actor_at": actors.actor_at, "as_ref": actors.as_ref}),
    Stage("quotes", "quotes", quotes.extract, requires=("actors",)),
    Stage("events", "events", events.extract, requires=("timexes", "places", "actors")),
)


# Comma-separated stage names to run ("timexes,places"); unset runs every stage. An
# environment variable rather than an argument so that worker processes inherit it.
STAGES_ENV = "COMMUNIQUE_STAGES"


def selected_stages() -> tuple[Stage, ...]:
    """The stages `COMMUNIQUE_STAGES` names (all when unset), each with what it requires."""
    return stages_named(os.environ.get(STAGES_ENV) or "")


@cache
def stages_named(wanted: str) -> tuple[Stage, ...]:
    """The stages of a comma-separated list of names, in pipeline order, checked once per list."""
    names = {name.strip() for name in wanted.split(",") if name.strip()}
    if not names:
        return STAGES
    unknown = names - {stage.name for stage in STAGES}
    if unknown:
        raise CommuniqueError(f"unknown stage(s) {', '.join(sorted(unknown))} in {STAGES_ENV}; "
                              f"choose from {', '.join(s.name for s in STAGES)} [{E_UNKNOWN_STAGE}]")
    return check_requirements(tuple(stage for stage in STAGES if stage.name in names))


def check_requirements(stages: tuple[Stage, ...]) -> tuple[Stage, ...]:
    """`stages` if each one's requirements run before it, else an error naming what is missing."""
    before: set[str] = set()
    for stage in stages:
        missing = [name for name in stage.requires if name not in before]
        if missing:
            raise CommuniqueError(f"stage {stage.name} requires {', '.join(missing)}, which {STAGES_ENV} "
                                  f"(--stages) leaves out or runs later [{E_STAGE_NEEDS}]")
        before.add(stage.name)
    return stages


@cache
def prepared_nlp(model: str | None = None) -> Language:
    """The spaCy pipeline with every stage's own components added, once per process."""
    nlp = load_nlp(model)
    for stage in selected_stages():
        if stage.setup is not None:
            stage.setup(nlp)
    return nlp


def stage_context(model: str | None = None) -> StageContext:
    """What the selected stages offer each other, and the model's tokenizer."""
    return context_of(model, tuple(stage.name for stage in selected_stages()))


@cache
def context_of(model: str | None, names: tuple[str, ...]) -> StageContext:
    stages = [stage for stage in STAGES if stage.name in names]
    provided: dict[str, Callable[..., Any]] = {}
    for stage in stages:
        provided.update(stage.provides)
    # the fields named by the stages' `provides` (a test checks each is a field of StageContext)
    return StageContext(make_doc=prepared_nlp(model).make_doc, stages=frozenset(s.name for s in stages),
                        **provided)  # type: ignore[arg-type]


def run_stages(doc: Doc, article: Article, *, model: str | None = None,
               trace: list[Any] | None = None) -> CodedArticle:
    """Every running stage's records for one parsed article; the events coder's decisions go
    to `trace` when one is given (`communique explain`)."""
    context = stage_context(model) if trace is None else replace(stage_context(model), trace=trace)
    coded = CodedArticle(article=article)
    for stage in selected_stages():
        setattr(coded, stage.assigns, list(stage.extract(doc, coded, context)))
    return coded


def code_batch(articles: list[Article], *, model: str | None = None,
               batch_size: int = 16) -> list[CodedArticle | ArticleRejected]:
    """Parse and code a batch of articles in this process. A failure in one article's stages
    rejects that article with the error, and the rest of the batch goes on."""
    results: list[CodedArticle | ArticleRejected] = []
    # A few articles at a time, so that only their Docs are alive at once (long ones are large).
    for group in char_limited(articles, lambda a: len(a.text), BATCH_CHARS):
        results += code_group(group, model, batch_size)
    return results


def code_group(articles: list[Article], model: str | None, batch_size: int) -> list[CodedArticle | ArticleRejected]:
    """`code_batch` on a group of articles parsed together; their Docs die on return."""
    with timed("parse"):
        docs = parse([a.text for a in articles], prepared_nlp(model), batch_size=batch_size)
    return code_parsed(articles, docs, model)


def code_parsed(articles: list[Article], docs: list[Doc], model: str | None) -> list[CodedArticle | ArticleRejected]:
    """The stages run on each parsed article of a group; a failure rejects that article only."""
    results: list[CodedArticle | ArticleRejected] = []
    for article, doc in zip(articles, docs, strict=True):
        try:
            with timed("stages"):
                results.append(run_stages(doc, article, model=model))
        except Exception as e:  # noqa: BLE001 (one bad article must not stop the batch)
            results.append(ArticleRejected(article.path or article.id,
                                           f"coding failed: {type(e).__name__}: {e}", E_STAGE_FAILED))
    return results


def code_article(article: Article, *, model: str | None = None) -> CodedArticle:
    """Code one article; errors propagate (for library use and tests)."""
    (doc,) = parse([article.text], prepared_nlp(model))
    return run_stages(doc, article, model=model)


# spaCy's parser needs about 1 GB of memory per 100,000 characters of one text, so longer
# texts are parsed in pieces cut at paragraph breaks and joined back into one Doc.
PIECE_CHARS = 100_000
# At most this many characters go through the parser together (in one `nlp.pipe` batch), and
# `code_batch` holds the Docs of at most this many characters (or of one longer article) at once:
# the parser's memory grows with the characters of a batch, not with its number of texts, so
# two 400,000-character articles in one batch cost no more than one.
BATCH_CHARS = PIECE_CHARS


def parse(texts: list[str], nlp: Language, *, batch_size: int = 16, piece_chars: int = PIECE_CHARS,
          batch_chars: int = BATCH_CHARS) -> list[Doc]:
    """One Doc per text, `doc.text == text`, long texts parsed piece by piece, at most
    `batch_size` pieces and (unless one piece is longer) `batch_chars` characters at a time."""
    pieces = [(i, piece) for i, text in enumerate(texts) for piece in split_long_text(text, piece_chars)]
    docs: list[list[Doc]] = [[] for _ in texts]
    for group in char_limited(pieces, lambda item: len(item[1]), batch_chars, batch_size):
        for (i, _), doc in zip(group, nlp.pipe([p for _, p in group], batch_size=len(group)), strict=True):
            docs[i].append(doc)
    return [parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False) for parts in docs]


def char_limited(items: list[T], length: Callable[[T], int], max_chars: int, max_items: int | None = None
                 ) -> Iterator[list[T]]:
    """`items` in order, in groups of at most `max_chars` characters (an item longer than that
    alone) and at most `max_items` items."""
    group: list[T] = []
    chars = 0
    for item in items:
        size = length(item)
        if group and (chars + size > max_chars or (max_items is not None and len(group) >= max_items)):
            yield group
            group, chars = [], 0
        group.append(item)
        chars += size
    if group:
        yield group


def split_long_text(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """`text` cut after paragraph breaks (else after a sentence end, else at a space) into
    pieces of at most about `limit` characters; the pieces concatenate back to `text`."""
    pieces: list[str] = []
    while len(text) > limit:
        cut = best_cut(text[:limit])
        pieces.append(text[:cut])
        text = text[cut:]
    return [*pieces, text]


def best_cut(window: str) -> int:
    """Where to end a piece: after the last paragraph break in the second half of `window`,
    else after the last sentence end there, else after the last space, else at its end."""
    for separator in ("\n\n", ". ", " "):
        position = window.rfind(separator)
        if position > len(window) // 2:
            return position + len(separator)
    return len(window)


T = TypeVar("T")


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def code_articles(items: Iterable[Article | ArticleRejected], *, workers: int = 1, model: str | None = None,
                  batch_size: int = 16) -> Iterator[CodedArticle | ArticleRejected]:
    """Code a stream of articles (rejections pass through), in order, in `workers` processes."""
    batches = (split_rejections(chunk) for chunk in chunked(items, batch_size))
    if workers <= 1:
        load(model)
        yield from code_overlapped(batches, model, batch_size)
        return
    # Workers are forked from a process that has already loaded the model and every stage's
    # tables, so they start at once and share that memory (copy-on-write) instead of each
    # loading its own; where fork is unavailable they start fresh and load on their own.
    fork = "fork" in multiprocessing.get_all_start_methods()
    if fork:
        load(model)
    context = multiprocessing.get_context("fork" if fork else "spawn")
    # concurrent.futures rather than multiprocessing.Pool: when a worker dies (killed, out of
    # memory) Pool replaces it and its batch's result never comes, so the parent waits forever;
    # the executor marks itself broken and every pending result raises BrokenProcessPool.
    initargs: tuple[Any, ...] = () if fork else (model,)
    with ProcessPoolExecutor(workers, mp_context=context, initializer=None if fork else warm_up,
                             initargs=initargs) as pool:
        pending: deque[tuple[list[ArticleRejected], Future]] = deque()
        try:
            for articles, rejected in batches:
                pending.append((rejected, pool.submit(code_batch, articles, model=model, batch_size=batch_size)))
                # Bounded look-ahead keeps memory flat on huge inputs, and keeps the workers busy
                # on the next batches while the caller stores and prints this one.
                while len(pending) > 2 * workers:
                    yield from batch_results(*pending.popleft())
            while pending:
                yield from batch_results(*pending.popleft())
        except BrokenProcessPool as e:
            raise CommuniqueError(f"a worker process died while coding (killed, or out of memory?); "
                                  f"batches not yet stored are lost [{E_STAGE_FAILED}]") from e
        finally:  # a caller that stops early (or a failure) must not wait for the look-ahead batches
            pool.shutdown(cancel_futures=True)


# Groups parsed ahead of the stages in `code_overlapped`: each holds the Docs of at most
# BATCH_CHARS characters, so with the group being coded and the one being parsed at most three
# groups' Docs are alive at once (a few tens of MB; the parser's own memory is per group).
PARSED_AHEAD = 1


def code_overlapped(batches: Iterable[tuple[list[Article], list[ArticleRejected]]], model: str | None,
                    batch_size: int) -> Iterator[CodedArticle | ArticleRejected]:
    """What `code_batch` gives for each batch (its rejections first), in order, but parsed in a
    second thread while this one runs the stages on the group parsed before.

    spaCy's parser and the network under it (numpy, the transition parser's Cython loops) run
    without holding the interpreter lock for most of a parse, and the stages are Python: on a
    machine with a core to spare the stages cost little wall time (200 articles, measured under
    load: 13.4 s instead of 15.3 s, the same CPU time). Each article's records are the same: a
    Doc is parsed by the same pipeline in the same order, and the stages see it only once it
    is complete. The "parse" timer counts only the time this thread waits for a parsed group."""
    ahead = ParseAhead(batches, prepared_nlp(model), batch_size)
    ahead.start()
    try:
        while True:
            with timed("parse"):
                item = ahead.parsed.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            if isinstance(item, list):
                yield from item
            else:
                yield from code_parsed(*item, model)
    finally:  # a caller that stops early: the parsing thread ends at its next hand-over
        ahead.stop.set()
        ahead.join()


Parsed = tuple[list[Article], list[Doc]] | list[ArticleRejected] | BaseException | None


class ParseAhead(threading.Thread):
    """The thread of `code_overlapped` that reads the batches and parses them, group by group
    (as `code_batch` does), onto `parsed`: a group's articles and Docs, a batch's rejections,
    an exception to raise in the consumer, or None at the end."""

    def __init__(self, batches: Iterable[tuple[list[Article], list[ArticleRejected]]], nlp: Language,
                 batch_size: int, when_parsed: Callable[[], None] | None = None) -> None:
        super().__init__(name="communique-parse", daemon=True)
        self.when_parsed = when_parsed
        self.batches = batches
        self.nlp = nlp
        self.batch_size = batch_size
        self.parsed: queue.Queue[Parsed] = queue.Queue(maxsize=PARSED_AHEAD)
        self.stop = threading.Event()
        # set (and `when_parsed` called) once this thread no longer reads nor parses: its last
        # group is parsed, or it failed or was stopped. Another parse may then use the pipeline
        # (cluster.code_partition parses the next partition while this one's stages end)
        self.done_parsing = threading.Event()

    def run(self) -> None:
        try:
            try:
                for articles, rejected in self.batches:
                    if rejected and not self.hand_over(rejected):
                        return
                    for group in char_limited(articles, lambda a: len(a.text), BATCH_CHARS):
                        if not self.hand_over((group, parse([a.text for a in group], self.nlp,
                                                            batch_size=self.batch_size))):
                            return
            finally:
                self.done_parsing.set()
                if self.when_parsed is not None:
                    self.when_parsed()
            self.hand_over(None)
        except BaseException as e:  # noqa: BLE001 (raised again in the consumer's thread)
            self.hand_over(e)

    def hand_over(self, item: Parsed) -> bool:
        """`item` put on the queue, unless the consumer stopped first; whether it was."""
        while not self.stop.is_set():
            try:
                self.parsed.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False


def batch_results(rejected: list[ArticleRejected], future: Future) -> list[CodedArticle | ArticleRejected]:
    """A batch's rejections, then its coded articles (in the order the batch was read)."""
    with timed("waiting for workers"):
        return [*rejected, *future.result()]


def load(model: str | None) -> None:
    """The model and the stages' tables loaded (each timed), then frozen out of the collector.

    The collector is paused while they load: what loading makes lives until exit, so the
    collections it would set off (some 400, a few of them over the whole growing heap) only
    walk it, 0.3-0.4 s of CPU a process; and loading leaves almost no garbage for them to find
    (a collection after loading with the collector paused finds some 30 unreachable objects)."""
    with collector_paused():
        with timed("model"):
            prepared_nlp(model)
        with timed("tables"):
            warm_up(model)
            freeze_loaded()
    collect_less_often()


# Container objects allocated (less those freed) between two collections of the youngest
# generation, once the model and tables are loaded; Python's default is 700.
YOUNG_COLLECTION_THRESHOLD = 10_000


def collect_less_often() -> None:
    """Collect the youngest generation after YOUNG_COLLECTION_THRESHOLD allocations, not 700.

    The stages make and drop millions of small objects, nearly all freed by their reference
    counts, yet at the default every tenth young collection is one of the middle generation and
    every tenth of those a full one, which walks every object not frozen. In
    `scripts/bench.py --stage-cpu 2 --warm 100` (500 corpus articles parsed, their stages run
    three times) five full collections cost 0.27 s of CPU, next to the stages' 3.2 s; with this
    threshold none runs, and the stages took 5-10 % less CPU, run side by side with the
    default. The older generations' thresholds are kept; garbage in cycles waits a little
    longer to be collected."""
    gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, *gc.get_threshold()[1:])


def freeze_loaded() -> None:
    """Move everything loaded so far (model, tables) out of the garbage collector's sight.

    These objects live until exit, so collecting over them is wasted: without this the final
    collections at exit cost over a second, and in a forked worker each collection touches the
    objects' headers and so copies pages shared with the parent (about 65 MB per worker).
    No collection first (as the gc module's documentation advises before a fork): after loading,
    one finds some 150 unreachable objects, a few kilobytes, and took 0.1 s to look at them all."""
    gc.freeze()


def split_rejections(chunk: list[Article | ArticleRejected]) -> tuple[list[Article], list[ArticleRejected]]:
    articles = [a for a in chunk if isinstance(a, Article)]
    return articles, [r for r in chunk if isinstance(r, ArticleRejected)]


WARM_UP_TEXT = "Ministers from France and Germany met in Brussels on Monday, officials said."


@cache
def warm_up(model: str | None = None) -> None:
    """Load the model and every table the stages load on first use, once per process."""
    code_article(Article(id="warm-up", text=WARM_UP_TEXT, published="2025-01-06"), model=model)
