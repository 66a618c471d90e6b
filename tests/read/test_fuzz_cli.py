"""The issue's hostile inputs through the real command, `communique code ... --no-store --format
jsonl`, as a subprocess beside the good example articles: no traceback, one clear line for each
input that is rejected (or warned about), and every good article still coded.

The inputs are small versions of those in the issue (a 4 KB heading of spaces, 10,000 '[', a
JSONL text of '!?.,;:' repeated, 5,000 short paragraphs): big enough to have hung or crashed
the old readers, small enough that coding what is read stays quick.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys

from conftest import EXAMPLES

GOOD = {"id": "good-line", "text": "Ministers met in Paris on Monday to discuss the talks.", "published": "2020-01-01"}
LINE = re.compile(r"^communique: .+ \[(?P<code>[EW]\d{3})\]$")
SUMMARY = re.compile(r"^(?P<coded>\d+) article\(s\) coded, (?P<rejected>\d+) rejected")


def jsonl(*records: object) -> bytes:
    return b"\n".join(r if isinstance(r, bytes) else json.dumps(r).encode() for r in records)


def hostile_inputs(root) -> tuple[list[str], dict[str, str]]:
    """The inputs, and for each one that must be rejected, the code of its one line."""
    packed = gzip.compress(jsonl(GOOD) * 20)
    files: dict[str, bytes] = {
        "corrupt.jsonl.gz": packed[:12] + b"\xff" * 30 + packed[42:],
        "truncated.md.gz": gzip.compress(b"Ministers met in Paris on Monday." * 50)[:-20],
        "surrogate.jsonl": b'{"id": "sur\\ud800", "text": "Talks \\udc00 began in Paris.", "title": "\\ud800"}',
        "deep.jsonl": jsonl(b'{"id": "deep", "text": "t", "x": ' + b"[" * 5000 + b"]" * 5000 + b"}",
                            {**GOOD, "id": "after-deep"}),
        "bigid.jsonl": jsonl({**GOOD, "id": "x" * 130_000}),
        "ipv6.jsonl": jsonl({**GOOD, "id": "ipv6", "url": "http://[::1/x"}),
        "heading.md": b"# x" + b" " * 2000 + b"#" + b" " * 2000 + b"y\n\nMinisters met in Paris on Monday.",
        "brackets.md": b"[" * 10_000 + b"\n\nMinisters met in Paris on Monday.",
        "punctuation.jsonl": jsonl({"id": "punct", "text": "Talks began " + "!?.,;:" * 2000}),
        "paragraphs.md": b"\n\n".join([b"word"] * 5000),
        "utf16.md": "Ministers met in Paris on Monday.".encode("utf-16"),
        "cr-only.jsonl": jsonl({**GOOD, "id": "cr1"}) + b"\r" + jsonl({**GOOD, "id": "cr2"}),
        "nul.jsonl": b'{"id": "nul", "text": "a\x00b"}\n' + jsonl({**GOOD, "id": "after-nul"}),
        "wrong-types.jsonl": jsonl({"text": 5}, [1, 2], {**GOOD, "id": ["a"], "title": {"x": 1}}),
        # a local-news record of the TR-News kind: the date without its year, the year in the URL
        "local.jsonl": jsonl({"id": "local-1", "text": "The city council met Tuesday to vote on the budget.",
                              "published": "December 7", "url": "https://example.org/2016/12/07/council"},
                             {"id": "local-2", "text": "The mayor spoke at 12:01 PM.", "published": "12:01 PM,"}),
        "binary.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "latin1.md": "Les n\xe9gociations ont repris.".encode("latin-1"),
        "empty.md": b"",
        "page.html": b"<html><body><div><div><p>Ministers met in Paris on Monday to discuss the talks, officials",
        "deep.html": b"<html><body>" + b"<div>" * 3000 + b"Ministers met.",
        "mixed.md": "Talks in Paris ".encode("utf-16-le") + b"and Moscow.",
    }
    expected = {"corrupt.jsonl.gz": "E002", "truncated.md.gz": "E002", "deep.jsonl:1": "E007", "nul.jsonl:1": "E004",
                "wrong-types.jsonl:1": "E008", "wrong-types.jsonl:2": "E007", "binary.md": "E004",
                "latin1.md": "E005", "empty.md": "E003", "deep.html": "E006", "missing.md": "E001",
                "nothing-*.md": "E001", "local.jsonl:2": "W001", "local.jsonl:1": "W002", "bigid.jsonl:1": "W004"}
    for name, data in files.items():
        (root / name).write_bytes(data)
    odd = os.fsencode(str(root)) + b"/odd\xff\nname.md"
    with open(odd, "wb") as f:
        f.write(b"Ministers met in Istanbul on Thursday.")
    loop = root / "loop"
    (loop / "sub").mkdir(parents=True)
    (loop / "a.md").write_text("Diplomats met in Istanbul on Thursday.")
    os.symlink(loop, loop / "sub" / "up")
    (root / "copies").mkdir()
    for copy in ("one.md", "two.md"):  # identical text, no id: one derived id
        (root / "copies" / copy).write_text("Envoys met in Geneva on Friday.")
    inputs = [*(str(root / name) for name in files), os.fsdecode(odd), str(loop), str(loop / "**" / "*.md"),
              str(root / "copies"), str(root / "heading.md"), str(root / "missing.md"), str(root / "nothing-*.md"),
              str(EXAMPLES)]
    return inputs, expected


def run(args: list[str], stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "communique", "code", *args], input=stdin, capture_output=True,
                          timeout=300, check=False)


def test_hostile_inputs_through_the_cli(tmp_path):
    inputs, expected = hostile_inputs(tmp_path)
    done = run([*inputs, "--no-store", "--format", "jsonl"])
    stderr = done.stderr.decode("utf-8")
    assert "Traceback" not in stderr and done.returncode == 1, stderr[-3000:]
    lines = [line for line in stderr.splitlines() if line.strip()]  # the progress bar leaves a blank line
    summary = SUMMARY.match(lines[-1])
    assert summary, lines[-1]
    notes = lines[:-1]
    assert all(LINE.match(line) for line in notes), [n for n in notes if not LINE.match(n)]
    for name, code in expected.items():
        mine = [n for n in notes if f"/{name}: " in n or n.startswith(f"communique: {name}: ")]
        assert [LINE.match(n)["code"] for n in mine] == [code], (name, mine)
    rejected = [n for n in notes if LINE.match(n)["code"].startswith("E")]
    assert int(summary["rejected"]) == len(rejected)
    coded = [json.loads(line)["article"] for line in done.stdout.decode("utf-8").splitlines()]
    assert int(summary["coded"]) == len(coded)
    ids = {a["id"] for a in coded}
    for good in ("after-deep", "ipv6", "punct", "cr1", "cr2", "after-nul", "local-1", "local-2",
                 "XIN_ENG_20051101.0021", "XIN_ENG_20051101.0011"):
        assert good in ids, good
    assert any(i.startswith("id-") for i in ids)  # the 130,000-character id, hashed
    assert {a["published"] for a in coded if a["id"].startswith("local-")} == {"2016-12-07", None}
    paths = [a["path"] for a in coded]
    assert sum(p.endswith("/loop/a.md") for p in paths) == 1  # the loop walked once, glob and folder deduplicated
    assert sum("/copies/" in p for p in paths) == 1 and any("odd\\xff\\x0aname.md" in p for p in paths)
    assert any(a["path"].endswith("embassy-talks-istanbul.md") for a in coded)
    assert sum("W003" in n for n in notes) >= 2  # the copies, and the heading named twice


def test_broken_gzip_on_standard_input_and_duplicates_into_the_store(tmp_path):
    packed = gzip.compress(jsonl(GOOD) * 20)
    (tmp_path / "a.md").write_text("Ministers met in Paris on Monday.")
    db = str(tmp_path / "x.duckdb")
    done = run(["-", str(tmp_path / "a.md"), str(tmp_path / "a.md"), "--db", db, "--format", "none"],
               stdin=packed[:15] + b"\x00" * 20 + packed[35:])
    stderr = done.stderr.decode("utf-8")
    assert "Traceback" not in stderr and done.returncode == 1, stderr[-3000:]
    lines = [line for line in stderr.splitlines() if line.strip()]  # the progress bar leaves a blank line
    assert [line for line in lines if "[E" in line] == [line for line in lines if re.match(
        r"^communique: -: broken gzip data: .+ \[E002\]$", line)] != [], lines
    assert any("W003" in line for line in lines)
    # (the summary line names the database and may be wrapped by the terminal width: its start is enough)
    assert [m["coded"] for line in lines if (m := SUMMARY.match(line))] == ["1"]
