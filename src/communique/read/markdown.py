"""Text and markdown articles: a `#` title, a date line, an image caption, body paragraphs.

The layout this reader knows (see `examples/embassy-talks-istanbul.md`): page furniture
such as "Related article" links, contributor credits and the "Original url:" footer is
recognised by the patterns in `data/read/markdown.toml` and kept out of the body; inline
links keep only their text; paragraphs split in mid-sentence by the layout are joined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from dateutil import parser as date_parser

from ..model import Article
from ..resources import load_toml
from .outlets import outlet_for_url
from .sources import Source
from .text import assemble, check_length, decode_text, join_split_paragraphs, stable_id

# Every pattern here is linear on hostile input: no part can rescan what another part skipped.
# A link's text stops at the next bracket and its target at the next parenthesis (one level of
# nested parentheses is allowed, as in Wikipedia URLs), so "[[[[..." or "[a](((..." fail fast.
LINK_TARGET = r"\((?:[^()]|\([^()]*\))*\)"
IMAGE = re.compile(r"!\[[^\[\]]*\]" + LINK_TARGET)
LINK = re.compile(r"\[([^\[\]]*)\]" + LINK_TARGET)
AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
# The emphasised words stop at the next marker character, so an unclosed "**" does not scan
# the rest of the block for every opener; nested emphasis is undone by repeating the pass.
EMPHASIS = re.compile(r"\*\*(?=[^\s*])([^*]+?)(?<=\S)\*\*|__(?=[^\s_])([^_]+?)(?<=\S)__|\*(?=[^\s*])([^*]+?)(?<=\S)\*")
MAX_EMPHASIS_DEPTH = 8  # "***word***" needs two passes; no real text nests deeper
HEADING_START = re.compile(r"(#{1,6})\s+")
HAS_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")


@dataclass
class Layout:
    """The compiled line patterns of `data/read/markdown.toml`."""

    credit: list[re.Pattern[str]] = field(default_factory=list)
    byline: list[re.Pattern[str]] = field(default_factory=list)
    furniture: list[re.Pattern[str]] = field(default_factory=list)
    url: list[re.Pattern[str]] = field(default_factory=list)


@cache
def load_layout() -> Layout:
    table = load_toml("read/markdown.toml")
    compile_all = lambda key: [re.compile(p) for p in table.get(key, [])]  # noqa: E731
    return Layout(compile_all("credit_lines"), compile_all("byline_lines"),
                  compile_all("furniture_lines"), compile_all("url_lines"))


def bare_url(block: str) -> str | None:
    """The address of a block that is only a link: `<https://...>` or a bare `https://...`."""
    autolink = AUTOLINK.fullmatch(block) or re.fullmatch(r"https?://\S+", block)
    if autolink is None:
        return None
    return autolink.group(1) if autolink.groups() else autolink.group(0)


def read(source: Source, *, max_chars: int) -> Article:
    layout = load_layout()
    raw = decode_text(source.name, source.data)
    blocks = [" ".join(line.strip() for line in block.splitlines()).strip()
              for block in re.split(r"\n\s*\n", raw)]
    title = published = dateline = url = byline = caption = image_credit = None
    credits: list[str] = []
    body: list[str] = []
    expect_url = False
    for block in filter(None, blocks):
        if (heading := heading_text(block)) is not None:
            title = strip_markup(heading) if title is None and not body else title
            continue  # section headings are not sentences
        if expect_url and (link := bare_url(block)) is not None:
            url, expect_url = link, False
            continue
        plain = strip_links(block)
        if (found := first_match(layout.url, plain)) is not None:
            url = found.groupdict().get("url") or url
            expect_url = url is None
            continue
        if (found := first_match(layout.credit, plain)) is not None:
            credits.append(strip_markup(found.group("who")).strip())
            continue
        if any(p.match(plain) for p in layout.furniture):
            continue
        if (found := first_match(layout.byline, plain)) is not None and not body:
            byline = strip_markup(found.group("who")).strip()
            continue
        if not body and published is None and is_date_line(plain):
            published, dateline = date_parser.parse(plain).date().isoformat(), plain
            continue
        if not body and caption is None and (credit := caption_credit(plain)):
            caption, image_credit = strip_markup(credit[0]), credit[1].strip()
            continue
        body.append(strip_markup(plain))
    text, paragraphs = assemble(join_split_paragraphs(body))
    check_length(source.name, text, max_chars)
    return Article(
        id=stable_id(url=url, text=text), text=text, path=source.name, url=url, title=title,
        published=published, dateline=dateline, outlet=outlet_for_url(url), byline=byline, credits=credits,
        paragraphs=paragraphs, image_caption=caption, image_credit=image_credit,
    )


def first_match(patterns: list[re.Pattern[str]], line: str) -> re.Match[str] | None:
    return next((m for p in patterns if (m := p.match(line))), None)


def strip_links(block: str) -> str:
    if "[" not in block:  # most blocks: skip the two substitutions (100,000 short paragraphs add up)
        return block.strip()
    return LINK.sub(r"\1", IMAGE.sub("", block)).strip()


def strip_markup(block: str) -> str:
    """Body text of a markdown block: emphasis markers and links dropped, their words kept."""
    text = strip_links(block)
    if "*" not in text and "_" not in text:
        return text
    for _ in range(MAX_EMPHASIS_DEPTH):  # nested emphasis: ***word***
        previous, text = text, EMPHASIS.sub(emphasised, text)
        if text == previous:
            break
    return text.strip()


def emphasised(match: re.Match[str]) -> str:
    return next(group for group in match.groups() if group is not None)


def heading_text(block: str) -> str | None:
    """The words of a `#` heading without its closing hashes ("# Title ##" -> "Title"), else None.
    Done with string methods: the one-regex form backtracked cubically on a heading of spaces."""
    start = HEADING_START.match(block)
    if start is None:
        return None
    return block[start.end():].rstrip().rstrip("#").rstrip()


def caption_credit(line: str) -> tuple[str, str] | None:
    """A caption ending in a bold credit ("The ambassador. **Foreign Ministry**"): (caption, credit)."""
    line = line.rstrip()
    if not line.endswith("**"):
        return None
    opening = line.rfind("**", 0, len(line) - 2)
    credit = line[opening + 2:-2] if opening >= 0 else ""
    if not credit or "*" in credit:
        return None
    return line[:opening].rstrip(), credit


def is_date_line(line: str) -> bool:
    """A line that is a date and nothing else ("April 08, 2025"), with a year in it."""
    if len(line) > 40 or not HAS_YEAR.search(line):
        return False
    try:
        date_parser.parse(line)
    except (ValueError, OverflowError):
        return False
    return True
