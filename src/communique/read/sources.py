"""Finding inputs and loading their bytes: paths, directories (recursively), globs, and "-".

Loading checks what every format needs: the file exists, is readable, is not empty, not
binary, and not larger than a sane limit. Compressed (`.gz`) files are decompressed here.
"""

from __future__ import annotations

import glob
import gzip
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import E_BINARY, E_EMPTY, E_MISSING, E_TOO_LARGE, E_UNREADABLE, ArticleRejected

# Suffixes a directory walk picks up; explicitly named files are read whatever their suffix.
FORMAT_BY_SUFFIX = {
    ".md": "markdown", ".markdown": "markdown", ".txt": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}
MAX_FILE_BYTES = 200_000_000  # a JSONL batch may be large; a single page never is


@dataclass(frozen=True, slots=True)
class Source:
    """One input's name (a path, or "-") and its raw bytes, decompressed."""

    name: str
    data: bytes


def iter_sources(inputs: Iterable[str]) -> Iterator[Source | ArticleRejected]:
    """Expand `inputs` and load each file, yielding a rejection for what cannot be loaded."""
    for item in inputs:
        if item == "-":
            yield check_bytes("-", sys.stdin.buffer.read())
            continue
        for path in expand(item):
            if isinstance(path, ArticleRejected):
                yield path
            else:
                yield load(path)


def expand(item: str) -> Iterator[Path | ArticleRejected]:
    """The files an input names: itself, the article files under a directory, or a glob's matches."""
    path = Path(item)
    if path.is_dir():
        yield from sorted(p for p in path.rglob("*") if p.is_file() and is_article_file(p))
    elif path.exists():
        yield path
    elif glob.has_magic(item):
        matches = sorted(Path(p) for p in glob.glob(item, recursive=True))
        files = [p for p in matches if p.is_file()]
        if not files:
            yield ArticleRejected(item, "no file matches this pattern", E_MISSING)
        yield from files
    else:
        yield ArticleRejected(item, "no such file or directory", E_MISSING)


def is_article_file(path: Path) -> bool:
    hidden = any(part.startswith(".") for part in path.parts if part not in (".", ".."))
    return not hidden and base_suffix(path) in FORMAT_BY_SUFFIX


def base_suffix(path: Path) -> str:
    """The suffix that names the format, looking through a compression suffix: a.html.gz -> .html."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def load(path: Path) -> Source | ArticleRejected:
    name = str(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return ArticleRejected(name, f"file is larger than {MAX_FILE_BYTES // 1_000_000} MB", E_TOO_LARGE)
        data = path.read_bytes()
    except PermissionError:
        return ArticleRejected(name, "permission denied", E_UNREADABLE)
    except OSError as e:
        return ArticleRejected(name, f"cannot read: {e.strerror or e}", E_UNREADABLE)
    return check_bytes(name, data)


def check_bytes(name: str, data: bytes) -> Source | ArticleRejected:
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as e:
            return ArticleRejected(name, f"broken gzip data: {e}", E_UNREADABLE)
    if not data.strip():
        return ArticleRejected(name, "file is empty", E_EMPTY)
    if b"\x00" in data[:8192]:
        return ArticleRejected(name, "binary file, not text", E_BINARY)
    return Source(name, data)


def sniff_format(source: Source) -> str:
    """The reader for a source: by its suffix, else by its first characters."""
    fmt = FORMAT_BY_SUFFIX.get(base_suffix(Path(source.name))) if source.name != "-" else None
    if fmt:
        return fmt
    head = source.data.lstrip()[:200].lower()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith((b"<!doctype", b"<html", b"<?xml", b"<head", b"<body", b"<article")):
        return "html"
    return "markdown"
