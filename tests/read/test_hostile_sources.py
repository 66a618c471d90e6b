"""Hostile inputs at the loading stage: each is that input's problem only, and the batch goes on."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import sys

from communique.errors import ArticleRejected
from communique.read import read_articles
from communique.read.sources import check_bytes, display_name, inflate, to_utf8

GOOD = json.dumps({"id": "good", "text": "Ministers met in Paris on Monday.", "published": "2020-01-01"})


def read(*paths) -> list:
    return list(read_articles([str(p) for p in paths]))


def kinds(results) -> list[str]:
    return [r.code if isinstance(r, ArticleRejected) else r.id for r in results]


def test_corrupt_deflate_data_is_one_rejection(tmp_path):
    packed = gzip.compress((GOOD + "\n").encode() * 50)
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(packed[:12] + b"\xff" * 30 + packed[42:])
    good = tmp_path / "good.jsonl"
    good.write_text(GOOD)
    results = read(broken, good)
    assert kinds(results) == ["E002", "good"]
    assert "broken gzip data" in str(results[0]) and str(broken) in str(results[0])


def test_truncated_gzip_is_one_rejection():
    rejected = check_bytes("cut.jsonl.gz", gzip.compress(GOOD.encode() * 100)[:-30])
    assert isinstance(rejected, ArticleRejected) and "cut short" in rejected.reason


def test_concatenated_gzip_members_are_read_whole():
    data = gzip.compress(b"first\n") + gzip.compress(b"second\n")
    assert inflate("two.gz", data) == b"first\nsecond\n"


def test_a_gzip_bomb_stops_at_the_limit_as_it_inflates():
    bomb = gzip.compress(b" " * 5_000_000)
    rejected = inflate("bomb.gz", bomb, limit=1_000_000)
    assert isinstance(rejected, ArticleRejected) and rejected.code == "E010"


def test_corrupt_gzip_on_standard_input(monkeypatch):
    packed = gzip.compress(GOOD.encode() * 20)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(packed[:15] + b"\x00" * 20 + packed[35:])))
    (rejected,) = read_articles(["-"])
    assert rejected.code == "E002" and rejected.source == "-"


def test_utf16_with_and_without_bom_is_text():
    text = "Ministers met in Paris on Monday."
    for data in (codecs.BOM_UTF16_LE + text.encode("utf-16-le"), text.encode("utf-16"),
                 text.encode("utf-16-be"), text.encode("utf-16-le"), text.encode("utf-32")):
        assert to_utf8(data) == text.encode()


def test_binary_with_zero_bytes_in_pairs_stays_binary():
    data = bytes([1, 0, 2, 0, 3, 0, 4, 0] * 100)
    assert isinstance(check_bytes("x.md", data), ArticleRejected)


def test_a_nul_byte_in_jsonl_rejects_only_its_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b'{"id": "n", "text": "a\x00b"}\n' + GOOD.encode())
    results = read(path)
    assert kinds(results) == ["E004", "good"] and results[0].source.endswith("feed.jsonl:1")


def test_symlink_loops_end_in_directory_walks_and_globs(tmp_path):
    (tmp_path / "a.md").write_text("Ministers met in Paris on Monday.")
    (tmp_path / "sub").mkdir()
    os.symlink(tmp_path, tmp_path / "sub" / "up")
    os.symlink(tmp_path, tmp_path / "self")
    for target in (tmp_path, tmp_path / "**" / "*.md"):
        results = read(target)
        assert [r.path for r in results] == [str(tmp_path / "a.md")], target


def test_a_very_deep_tree_is_walked_without_recursion(tmp_path):
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        for _ in range(1500):
            os.mkdir("d")
            os.chdir("d")
        with open("deep.md", "w") as f:
            f.write("Ministers met in Paris on Monday.")
        os.chdir(tmp_path)
        for target in (tmp_path, tmp_path / "**" / "deep.md"):
            (article,) = read(target)
            assert article.path.endswith("/d/deep.md")
    finally:
        remove_deep_tree(tmp_path, cwd)


def remove_deep_tree(root, cwd) -> None:
    """Remove the tree bottom-up without recursion (shutil.rmtree, used by pytest, recurses)."""
    os.chdir(root)
    depth = 0
    while os.path.isdir("d"):
        os.chdir("d")
        depth += 1
    for name in os.listdir("."):
        os.remove(name)
    for _ in range(depth):
        os.chdir("..")
        os.rmdir("d")
    os.chdir(cwd)


def test_glob_matches_like_glob(tmp_path):
    for name in ("a.md", "b.txt", ".hidden.md", "sub/c.md", "sub/deeper/d.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"Ministers met in Paris on Monday ({name}).")
    found = lambda pattern: sorted(r.path.removeprefix(str(tmp_path) + "/") for r in read(tmp_path / pattern))  # noqa: E731
    assert found("*.md") == ["a.md"]
    assert found("**/*.md") == ["a.md", "sub/c.md", "sub/deeper/d.md"]
    assert found("sub/*/[a-d].md") == ["sub/deeper/d.md"]
    assert found("?.txt") == ["b.txt"]


def test_an_undecodable_file_name_is_printed_escaped(tmp_path):
    name = os.fsdecode(os.fsencode(str(tmp_path)) + b"/bad\xff\nname.md")
    with open(name, "w") as f:
        f.write("Ministers met in Paris on Monday.")
    (article,) = read(name)
    assert article.path.endswith("/bad\\xff\\x0aname.md")
    article.path.encode("utf-8")  # printable: no lone surrogate left
    assert display_name("plain/name.md") == "plain/name.md"


def test_a_path_the_system_refuses_is_one_rejection():
    (rejected,) = read("x" * 5000 + ".md")
    assert rejected.code in ("E001", "E002") and "\n" not in str(rejected)
