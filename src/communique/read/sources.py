"""Finding inputs and loading their bytes: paths, directories (recursively), globs, and "-".

Loading checks what every format needs: the file exists, is readable, is not empty, not
binary, and not larger than a sane limit. Compressed (`.gz`) files are decompressed here, as a
stream that stops at the size limit (a gzip bomb is never inflated whole), and UTF-16/UTF-32
text (with a byte-order mark, or UTF-16 recognisable by its zero bytes) is turned into UTF-8,
so that every reader sees UTF-8 bytes.

Directories and `**` globs are walked without recursion and without entering a directory twice,
so a symbolic link that points back up the tree, or a tree thousands of levels deep, ends.
"""

from __future__ import annotations

import codecs
import glob
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
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
INFLATE_CHUNK = 1 << 20  # bytes inflated per step: the limit is checked after each
GZIP_MAGIC = b"\x1f\x8b"
# Byte-order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
SNIFF_BYTES = 8192  # how much of a file is looked at to tell text from binary
# UTF-16 without a mark: most of one byte of every pair is zero (Latin text), almost none of the other.
UTF16_ZERO_SHARE, UTF16_OTHER_SHARE = 0.3, 0.02
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
BINARY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")  # control characters text does not carry


@dataclass(frozen=True, slots=True)
class Source:
    """One input's name (a path, or "-") and its raw bytes, decompressed."""

    name: str
    data: bytes


def iter_sources(inputs: Iterable[str]) -> Iterator[Source | ArticleRejected]:
    """Expand `inputs` and load each file, yielding a rejection for what cannot be loaded."""
    for item in inputs:
        if item == "-":
            yield read_stdin()
            continue
        for path in expand(item):
            if isinstance(path, ArticleRejected):
                yield path
            else:
                yield load(path)


def read_stdin() -> Source | ArticleRejected:
    try:
        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
    except OSError as e:
        return ArticleRejected("-", f"cannot read standard input: {e.strerror or e}", E_UNREADABLE)
    if len(data) > MAX_FILE_BYTES:
        return ArticleRejected("-", f"standard input is larger than {MAX_FILE_BYTES // 1_000_000} MB", E_TOO_LARGE)
    return check_bytes("-", data)


def display_name(name: str) -> str:
    """A path as it can be printed on one line: undecodable bytes of the file name (kept by
    Python as lone surrogates) shown as \\xNN, control characters (a newline) escaped too."""
    printable = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", printable)


def expand(item: str) -> Iterator[Path | ArticleRejected]:
    """The files an input names: itself, the article files under a directory, or a glob's matches."""
    path = Path(item)
    try:
        if path.is_dir():
            yield from walk(path, is_article_file)
        elif path.exists() or path.is_symlink():
            yield path
        elif glob.has_magic(item):
            found = list(glob_files(item))
            if not any(isinstance(p, Path) for p in found):
                yield ArticleRejected(display_name(item), "no file matches this pattern", E_MISSING)
            yield from found
        else:
            yield ArticleRejected(display_name(item), "no such file or directory", E_MISSING)
    except (OSError, ValueError) as e:  # a name too long for the system, an embedded NUL
        yield ArticleRejected(display_name(item), f"cannot use this path: {getattr(e, 'strerror', None) or e}",
                              E_UNREADABLE)


def walk(root: Path, keep: Callable[[Path], bool] | None = None,
         max_depth: int | None = None) -> Iterator[Path | ArticleRejected]:
    """The files under `root`, sorted, that `keep(path)` accepts (every file if `keep` is None),
    at most `max_depth` levels down. Iterative, and each directory (by device and inode) is
    entered once, so symbolic-link loops and very deep trees end."""
    seen: set[tuple[int, int]] = set()
    files: list[Path] = []
    problems: list[ArticleRejected] = []
    stack: list[tuple[Path, int]] = [(root, 0)]
    while stack:
        folder, depth = stack.pop()
        try:
            info = folder.stat()
            if (info.st_dev, info.st_ino) in seen:
                continue  # a link back to a directory already walked
            seen.add((info.st_dev, info.st_ino))
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as e:
            problems.append(ArticleRejected(display_name(str(folder)),
                                            f"cannot read directory: {e.strerror or e}", E_UNREADABLE))
            continue
        for entry in entries:
            path = folder / entry.name
            try:
                is_dir = entry.is_dir()
                is_file = not is_dir and entry.is_file()
            except OSError:
                continue  # a dangling or looping link: nothing to read there
            if is_dir and (max_depth is None or depth < max_depth) and not entry.name.startswith("."):
                stack.append((path, depth + 1))
            elif is_file and (keep is None or keep(path)):
                files.append(path)
    yield from problems
    yield from sorted(files)


def glob_files(pattern: str) -> Iterator[Path | ArticleRejected]:
    """The files matching a glob pattern (`*`, `?`, `[...]`, and `**` for any depth), found by
    `walk` rather than by `glob.glob`, which follows symbolic-link loops."""
    parts = Path(pattern).parts
    first_magic = next(i for i, part in enumerate(parts) if glob.has_magic(part))
    base = Path(*parts[:first_magic]) if first_magic else Path(".")
    rest = parts[first_magic:]
    matcher = re.compile(glob_regex(rest), re.DOTALL)
    dots = any(part.startswith(".") for part in rest)  # a pattern that names dot-files may match them
    if not base.is_dir():
        return
    for path in walk(base, None, None if "**" in rest else len(rest) - 1):
        if isinstance(path, ArticleRejected):
            yield path
            continue
        relative = path.relative_to(base)
        if matcher.match(relative.as_posix()) and (dots or not hidden(relative)):
            yield path


def glob_regex(parts: tuple[str, ...]) -> str:
    """A glob's segments as one regular expression over a relative POSIX path."""
    pieces = []
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        if part == "**":
            pieces.append(".*" if last else "(?:.*/)?")
        else:
            pieces.append(segment_regex(part) + ("" if last else "/"))
    return "".join(pieces) + r"\Z"


def segment_regex(part: str) -> str:
    """One path segment of a glob (`*`, `?`, `[...]`, `[!...]`) as a regular expression."""
    out, i = [], 0
    while i < len(part):
        ch = part[i]
        if ch == "*":
            out.append("[^/]*")
        elif ch == "?":
            out.append("[^/]")
        elif ch == "[" and (end := part.find("]", i + 2 if part[i + 1:i + 2] in ("!", "]") else i + 1)) != -1:
            inner = part[i + 1:end]
            inner = "^" + inner[1:] if inner.startswith("!") else inner
            out.append("[" + inner.replace("\\", "\\\\") + "]")
            i = end
        else:
            out.append(re.escape(ch))
        i += 1
    return "".join(out)


def hidden(relative: Path) -> bool:
    """A dot-file or a file in a dot-directory, which `*` and `**` do not match (as in glob)."""
    return any(part.startswith(".") for part in relative.parts)


def is_article_file(path: Path) -> bool:
    hidden_part = any(part.startswith(".") for part in path.parts if part not in (".", ".."))
    return not hidden_part and base_suffix(path) in FORMAT_BY_SUFFIX


def base_suffix(path: Path) -> str:
    """The suffix that names the format, looking through a compression suffix: a.html.gz -> .html."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def load(path: Path) -> Source | ArticleRejected:
    name = display_name(str(path))
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return ArticleRejected(name, f"file is larger than {MAX_FILE_BYTES // 1_000_000} MB", E_TOO_LARGE)
        with path.open("rb") as f:  # read to the limit only: a named pipe or device has no size
            data = f.read(MAX_FILE_BYTES + 1)
    except PermissionError:
        return ArticleRejected(name, "permission denied", E_UNREADABLE)
    except OSError as e:
        return ArticleRejected(name, f"cannot read: {e.strerror or e}", E_UNREADABLE)
    if len(data) > MAX_FILE_BYTES:
        return ArticleRejected(name, f"file is larger than {MAX_FILE_BYTES // 1_000_000} MB", E_TOO_LARGE)
    return check_bytes(name, data)


def check_bytes(name: str, data: bytes) -> Source | ArticleRejected:
    if data[:2] == GZIP_MAGIC:
        inflated = inflate(name, data)
        if isinstance(inflated, ArticleRejected):
            return inflated
        data = inflated
    data = to_utf8(data)
    if not data.strip():
        return ArticleRejected(name, "file is empty", E_EMPTY)
    source = Source(name, data)
    # A JSONL file with a NUL byte loses only the line it is on (the JSONL reader rejects it).
    if b"\x00" in data[:SNIFF_BYTES] and sniff_format(source) != "jsonl":
        return ArticleRejected(name, "binary file, not text", E_BINARY)
    return source


def inflate(name: str, data: bytes, limit: int = MAX_FILE_BYTES) -> bytes | ArticleRejected:
    """gzip data decompressed chunk by chunk, given up as soon as it passes `limit` bytes;
    concatenated gzip members are read in turn, as `gzip` does."""
    out: list[bytes] = []
    total = 0
    pending = data
    try:
        while pending:
            stream = zlib.decompressobj(16 + zlib.MAX_WBITS)
            while not stream.eof:
                piece = stream.decompress(pending, INFLATE_CHUNK)
                pending = stream.unconsumed_tail
                if not piece and not pending:
                    return ArticleRejected(name, "broken gzip data: the compressed stream is cut short",
                                           E_UNREADABLE)
                out.append(piece)
                total += len(piece)
                if total > limit:
                    return ArticleRejected(name, f"decompresses to more than {limit // 1_000_000} MB", E_TOO_LARGE)
            pending = stream.unused_data
            if pending.strip(b"\x00") == b"":
                break  # padding after the last member, as gzip allows
            if pending[:2] != GZIP_MAGIC:
                return ArticleRejected(name, "broken gzip data: bytes after the end of the stream", E_UNREADABLE)
    except zlib.error as e:
        return ArticleRejected(name, f"broken gzip data: {e}", E_UNREADABLE)
    return b"".join(out)


def to_utf8(data: bytes) -> bytes:
    """UTF-16 or UTF-32 text re-encoded as UTF-8; other bytes unchanged (UTF-8, its BOM included,
    is the readers' own business). Undecodable UTF-16 is left as it is, to be called binary."""
    encoding = next((enc for bom, enc in BOMS if data.startswith(bom)), None)
    skip = len(next(bom for bom, enc in BOMS if enc == encoding)) if encoding else 0
    if encoding is None:
        encoding = utf16_without_bom(data[:SNIFF_BYTES])
    if encoding is None:
        return data
    try:
        text = data[skip:].decode(encoding)
    except UnicodeDecodeError:
        return data
    if not skip and BINARY_CONTROL.search(text[:SNIFF_BYTES]):
        return data  # zero bytes in pairs, but not text: binary after all
    return text.encode("utf-8")


def utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when the zero bytes of `head` fall on one side of each pair."""
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even = head[0:pairs * 2:2].count(0) / pairs
    odd = head[1:pairs * 2:2].count(0) / pairs
    if odd >= UTF16_ZERO_SHARE and even <= UTF16_OTHER_SHARE:
        return "utf-16-le"
    if even >= UTF16_ZERO_SHARE and odd <= UTF16_OTHER_SHARE:
        return "utf-16-be"
    return None


def sniff_format(source: Source) -> str:
    """The reader for a source: by its suffix, else by its first characters."""
    fmt = FORMAT_BY_SUFFIX.get(base_suffix(Path(source.name))) if source.name != "-" else None
    if fmt:
        return fmt
    head = source.data.lstrip()[:200].lower()
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:].lstrip()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith((b"<!doctype", b"<html", b"<?xml", b"<head", b"<body", b"<article")):
        return "html"
    return "markdown"
