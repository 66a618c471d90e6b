"""Fuzzing the readers in-process: over 10,000 generated hostile inputs, none may raise.

About 2,000 are built by Hypothesis from structure (JSONL records with fields of every type,
nested and truncated HTML, text in mixed and wrong encodings, broken gzip, odd file trees), and
8,500 by mutating the example articles (cheap enough to run that many in a few seconds).

Every input must come out as Articles and coded rejections only: a rejection is one printable
line ending in an E-code, an article is printable (no lone surrogate), has text, an id of sane
length, paragraphs inside its text and an ISO publication date or none. Hypothesis runs
derandomized (a fixed seed, no example database) so CI sees the same inputs every time; the
counts are printed at the end (`pytest tests/read/test_fuzz_readers.py -s`).
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import re
import sys
import tempfile
from collections import Counter
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.errors import ArticleRejected
from communique.model import Article
from communique.nlp import load_nlp
from communique.read import read_articles, read_source
from communique.read.clean import MAX_ID_CHARS
from communique.read.dates import read_published
from communique.read.sources import check_bytes

COUNTS: Counter[str] = Counter()
FUZZ = settings(derandomize=True, database=None, deadline=None, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much, HealthCheck.large_base_example])
REJECTION = re.compile(r"^[^\n]+: [^\n]+ \[E\d{3}\]$")

# Pieces of hostile text: markup that opens and never closes, bidi and zero-width characters,
# NUL and other control characters, lone surrogates, CR line ends, and ordinary words.
PIECES = ["Ministers", " met", " in Paris", " on Monday", ".", ",", " ", "\n", "\n\n", "\r", "\r\n", "\t",
          "#", "# ", "## Title ##", "**", "*", "__", "_", "[", "]", "](", "(", ")", "![", "<", ">",
          "<https://example.org/a>", "https://example.org/2016/12/07/x", "Original url:", "By Jane Doe",
          "Related article", "April 08, 2025", "December 7", "12:01 PM,", "\u200b", "\u200d", "\u200f",
          "\u202e", "\u2066", "\ufeff", "\u0645\u0631\u062d\u0628\u0627", "\u05e9\u05dc\u05d5\u05dd", "\x00",
          "\x07", "\x1b[31m", "\ud800", "\udfff", "\U0001f600", "e\u0301", "!?.,;:", "\u2028", "\x85"]
HUGE = ["!?.,;:", "[", "(", "*", "#", " ", "a", "\n\n", "word\n\n", "\u200b", "[a](", "**a "]

texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=40).map("".join)
huge_texts = st.builds(lambda piece, n, tail: piece * n + tail, st.sampled_from(HUGE),
                       st.integers(200, 3_000), texts)
any_text = st.one_of(texts, texts, texts, texts, texts, huge_texts)


def encode(text: str, how: str) -> bytes:
    if how == "utf-8":
        return text.encode("utf-8", "surrogatepass")  # lone surrogates become invalid UTF-8
    if how == "utf-8-sig":
        return codecs.BOM_UTF8 + text.encode("utf-8", "replace")
    return text.encode(how, "replace")


ENCODINGS = ["utf-8", "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1",
             "cp1252", "koi8-r", "shift_jis"]
encoded = st.builds(encode, any_text, st.sampled_from(ENCODINGS))
mixed = st.lists(encoded, min_size=2, max_size=4).map(b"".join)  # wrong and mixed encodings in one file
file_bytes = st.one_of(encoded, encoded, mixed, st.binary(max_size=400))


def check(results: list) -> None:
    """What every reader owes its caller: articles and one-line coded rejections, nothing else."""
    COUNTS["inputs"] += 1
    for result in results:
        if isinstance(result, ArticleRejected):
            line = str(result)
            assert REJECTION.match(line), line
            line.encode("utf-8")
            COUNTS["rejections"] += 1
            continue
        assert isinstance(result, Article), result
        json.dumps(result.to_dict(), ensure_ascii=False).encode("utf-8")  # printable: what the CLI does
        assert result.text.strip() and result.id and len(result.id) <= MAX_ID_CHARS + 3
        assert "\n" not in result.id and "\n" not in result.path
        assert all(0 <= p.start <= p.end <= len(result.text) for p in result.paragraphs)
        assert result.published is None or date.fromisoformat(result.published)
        COUNTS["articles"] += 1


@given(file_bytes, st.sampled_from(["a.md", "a.txt", "noext", "-", "a.html", "a.jsonl"]))
@settings(FUZZ, max_examples=500)
def test_text_files(data, name):
    loaded = check_bytes(name, data)
    check([loaded] if isinstance(loaded, ArticleRejected) else list(read_source(loaded, max_chars=1_000_000)))


# JSONL: records with fields of every type, odd strings, dates of every form, then lines cut,
# corrupted and joined with any line end.
json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | any_text,
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                       max_size=3), max_leaves=3)
DATES = ["Dec. 7, 2016 12:01 PM", "7/12/16", "December 7", "12:01 PM,", "yesterday", "1481112060",
         "Wed, 07 Dec 2016 12:01:00 -0500", "2016-12-07T12:01:00Z", "20161207", "", "0000-00-00", "2016-13-45",
         "Feb 29", "February 30, 2016", "9" * 40, "-1e308"]
dates = st.one_of(st.sampled_from(DATES), json_values, st.integers(-10**15, 10**15),
                  st.floats(allow_nan=True, allow_infinity=True))
FIELDS = ["id", "text", "published", "title", "url", "outlet", "byline", "language", "date", "year", "pubdate"]
records = st.fixed_dictionaries(
    {"text": st.one_of(any_text, any_text, json_values)},
    optional={"id": st.one_of(any_text, json_values, st.just("x" * 130_000)), "published": dates,
              "url": st.one_of(any_text, st.sampled_from(["http://[::1/x", "http://[", "https://a.b:99999/",
                                                          "https://example.org/2016/12/07/x"]), json_values),
              "title": json_values, "outlet": json_values, "date": dates, "year": json_values,
              **{f: json_values for f in ("byline", "language", "pubdate")}})


def line_of(record: dict, ascii_only: bool, cut: int | None, noise: bytes) -> bytes:
    raw = json.dumps(record, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    if cut is not None:
        raw = raw[:cut]
    return raw + noise


lines = st.one_of(
    st.builds(line_of, records, st.booleans(), st.none() | st.integers(0, 200),
              st.sampled_from([b"", b"", b"\x00", b"\xff\xfe", b"}", b",", b" trailing"])),
    st.integers(1, 3000).map(lambda n: b'{"id": "deep", "text": "t", "x": ' + b"[" * n + b"]" * n + b"}"),
    st.sampled_from([b"null", b"[]", b'"text"', b"1e400", b"{", b'{"text": "\\ud800\\udfff"}', b"\xef\xbb\xbf{}"]),
)
jsonl_files = st.builds(lambda ls, ends: b"".join(line + ends[i % len(ends)] for i, line in enumerate(ls)),
                        st.lists(lines, min_size=1, max_size=6),
                        st.lists(st.sampled_from([b"\n", b"\r", b"\r\n", b"\n\n", b"\x0b"]), min_size=1, max_size=3))


@given(jsonl_files, st.sampled_from(["feed.jsonl", "-", "feed.ndjson"]))
@settings(FUZZ, max_examples=400)
def test_jsonl_files(data, name):
    loaded = check_bytes(name, data)
    check([loaded] if isinstance(loaded, ArticleRejected) else list(read_source(loaded, max_chars=1_000_000)))


def corrupt(data: bytes, how: str, at: int, byte: int) -> bytes:
    packed = gzip.compress(data)
    at = at % max(len(packed), 1)
    return {"truncate": packed[:at], "flip": packed[:at] + bytes([byte]) + packed[at + 1:],
            "garbage": packed + bytes([byte]) * 3, "members": packed + packed, "whole": packed,
            "header only": packed[:10]}[how]


@given(st.one_of(jsonl_files, file_bytes), st.sampled_from(["truncate", "flip", "flip", "garbage", "members", "whole",
                                                          "header only"]),
       st.integers(0, 10**6), st.integers(0, 255), st.sampled_from(["a.jsonl.gz", "a.md.gz", "a.html.gz", "-"]))
@settings(FUZZ, max_examples=250)
def test_broken_gzip(data, how, at, byte, name):
    loaded = check_bytes(name, corrupt(data, how, at, byte))
    check([loaded] if isinstance(loaded, ArticleRejected) else list(read_source(loaded, max_chars=1_000_000)))


# HTML: tags nested at random, left open, cut short; deep nesting.
TAGS = ["div", "p", "b", "article", "span", "table", "td", "script", "style", "a", "h1", "title", "meta", "main"]
html_trees = st.recursive(texts.map(lambda t: t.replace("<", "&lt;")),
                          lambda inner: st.builds(lambda tag, kids, close: f"<{tag}>{''.join(kids)}"
                                                  + (f"</{tag}>" if close else ""),
                                                  st.sampled_from(TAGS), st.lists(inner, max_size=4), st.booleans()),
                          max_leaves=20)
html_pages = st.one_of(
    st.builds(lambda body, cut: ("<html><head><title>T</title></head><body>" + body)[:cut], html_trees,
              st.integers(0, 4000)),
    st.integers(100, 800).map(lambda n: "<html><body>" + "<div>" * n + "Ministers met in Paris on Monday "
                               "to discuss the talks, officials said." + "</div>" * (n // 2)),
)


@given(html_pages, st.sampled_from(ENCODINGS))
@settings(FUZZ, max_examples=80)
def test_html_pages(page, encoding):
    loaded = check_bytes("page.html", encode(page, encoding))
    check([loaded] if isinstance(loaded, ArticleRejected) else list(read_source(loaded, max_chars=1_000_000)))


@given(dates, st.none() | st.sampled_from(["https://x.org/2016/12/07/a", "http://[::1/x", "https://x.org/1997/a"]),
       st.dictionaries(st.sampled_from(FIELDS), dates, max_size=3))
@settings(FUZZ, max_examples=500)
def test_published_values(value, url, record):
    COUNTS["inputs"] += 1
    reading = read_published(value, record=record, url=url, file_year=lambda: 2016)
    assert reading.value is None or date.fromisoformat(reading.value)
    assert (reading.note is None) == (reading.code is None)


@given(st.one_of(texts, huge_texts))
@settings(FUZZ, max_examples=100)
def test_tokenizer_keeps_the_text(text):
    COUNTS["inputs"] += 1
    text = text.replace("\ud800", "\ufffd").replace("\udfff", "\ufffd")
    assert load_nlp().tokenizer(text).text == text


# Files on disk: odd names (undecodable bytes, newlines, leading dashes, right-to-left marks),
# symbolic-link loops and dangling links, duplicate copies, the same path named twice.
NAME_BYTES = [b"a.md", b"b.txt", b"c.jsonl", b"-x.md", b"sp ace.md", b"new\nline.md", b"bad\xff\xfe.md",
              b"\xe2\x80\xaertl.md", b".hidden.md", b"d.html", b"e.md.gz", b"\xf0\x9f\x98\x80.md", b"x" * 200 + b".md"]
tree_entries = st.lists(st.tuples(st.sampled_from(["", "sub/", "sub/deeper/", ".dot/"]), st.sampled_from(NAME_BYTES),
                                  st.one_of(file_bytes, jsonl_files)), max_size=6)
LINKS = ["loop-up", "loop-self", "dangling", "to-file"]


@given(tree_entries, st.lists(st.sampled_from(LINKS), max_size=3, unique=True), st.booleans())
@settings(FUZZ, max_examples=100)
def test_trees_globs_and_odd_names(entries, links, twice):
    with tempfile.TemporaryDirectory() as root:
        base = os.fsencode(root)
        for folder, name, data in entries:
            os.makedirs(base + b"/" + folder.encode(), exist_ok=True)
            with open(base + b"/" + folder.encode() + name, "wb") as f:
                f.write(gzip.compress(data) if name.endswith(b".gz") else data)
        os.makedirs(base + b"/sub", exist_ok=True)
        targets = {"loop-up": root, "loop-self": root + "/sub/loop-self", "dangling": root + "/nowhere",
                   "to-file": root + "/sub/../a.md"}
        for link in links:
            os.symlink(targets[link], f"{root}/sub/{link}")
        first = os.fsdecode(base + b"/" + entries[0][0].encode() + entries[0][1]) if entries else root
        inputs = [root, root + "/**/*", root + "/sub/*.md", first] + ([first] if twice else [])
        check(list(read_articles(inputs)))


def test_standard_input_of_every_kind():
    """A few inputs through "-", the path the CLI takes for standard input."""
    for data in (gzip.compress(b'{"text": "Talks."}')[:-5], "Talks began.".encode("utf-16"), b"\x00" * 100,
                 b'{"text": "a"}\r{"text": "b"}', b""):
        stdin = sys.stdin
        sys.stdin = io.TextIOWrapper(io.BytesIO(data))
        try:
            check(list(read_articles(["-"])))
        finally:
            sys.stdin = stdin



# A mutation fuzzer, cheap enough for thousands of inputs: the example articles of examples/ (The
# Moscow Times 2025-04-08, Xinhua 2005-11-01, AFP 1997-04-05), bytes flipped, cut, spliced,
# re-encoded, hostile pieces inserted and repeated, gzip broken, from a fixed seed.
MUTATIONS = 8_500
SEED = 18  # the number


def seeds() -> list[tuple[str, bytes]]:
    from conftest import EXAMPLES
    return [("story.md", (EXAMPLES / "embassy-talks-istanbul.md").read_bytes()[:3000]),
            ("feed.jsonl", (EXAMPLES / "xinhua-2005-excerpts.jsonl").read_bytes()),
            ("page.html", (EXAMPLES / "afp-1997-zaire-talks.html").read_bytes())]


def mutate(rng, data: bytes) -> bytes:
    pick = rng.randrange(9)
    at = rng.randrange(len(data) + 1)
    if pick == 0:
        return bytes(b ^ (1 << rng.randrange(8)) if rng.random() < 0.01 else b for b in data)
    if pick == 1:
        piece = rng.choice(PIECES).encode("utf-8", "surrogatepass") * rng.choice([1, 1, 3, 50, 2000])
        return data[:at] + piece + data[at:]
    if pick == 2:
        return data[:at] + data[at + rng.randrange(200):]
    if pick == 3:
        return data[:at]
    if pick == 4:
        return data[:at] + data[at:at + rng.randrange(500)] * rng.randrange(1, 5) + data[at:]
    if pick == 5:
        return data.decode("utf-8", "replace").encode(rng.choice(ENCODINGS[1:]), "replace")
    if pick == 6:
        return data.replace(b"\n", rng.choice([b"\r", b"\r\n", b"\x00", b"\n\n\n", b""]))
    if pick == 7:
        return corrupt(data, rng.choice(["truncate", "flip", "garbage", "members"]), at, rng.randrange(256))
    return data[:at] + b"\x00" + data[at:]


def test_mutated_examples():
    import random
    rng = random.Random(SEED)
    pool = seeds()
    for _ in range(MUTATIONS):
        name, data = rng.choices(pool, weights=[48, 48, 4])[0]
        for _ in range(rng.randint(1, 4)):
            data = mutate(rng, data)
        name = name + ".gz" if data[:2] == b"\x1f\x8b" else rng.choice([name, name, "-", "noext"])
        loaded = check_bytes(name, data)
        check([loaded] if isinstance(loaded, ArticleRejected) else list(read_source(loaded, max_chars=1_000_000)))


def test_zz_counts():
    """The figures of the run, for the record (printed with -s); runs last in this module."""
    print(  # noqa: T201 (the run's figures, shown with -s)
        f"\nreader fuzz: {COUNTS['inputs']} inputs, {COUNTS['articles']} articles, "
        f"{COUNTS['rejections']} coded rejections, 0 exceptions escaped")
    assert COUNTS["rejections"] > 0 and COUNTS["articles"] > 0
