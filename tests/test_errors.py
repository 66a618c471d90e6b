"""The error-code catalogue in errors.py: one meaning per code, every code documented."""

from __future__ import annotations

import re
from pathlib import Path

from communique import errors

README = Path(__file__).resolve().parents[1] / "README.md"


def catalogue() -> dict[str, str]:
    """Constant name -> code, for every E_* constant of errors.py."""
    return {name: value for name, value in vars(errors).items() if name.startswith("E_")}


def test_every_code_is_defined_once() -> None:
    codes = list(catalogue().values())
    assert all(re.fullmatch(r"E\d{3}", code) for code in codes)
    assert len(codes) == len(set(codes)), sorted(c for c in codes if codes.count(c) > 1)


def test_the_readme_lists_every_code() -> None:
    listed = set(re.findall(r"^\| (E\d{3}) \|", README.read_text(encoding="utf-8"), re.MULTILINE))
    assert listed == set(catalogue().values())


SOURCE = Path(errors.__file__).resolve().parent
LITERAL_CODE = re.compile(r"""["\[]E\d{3}["\]]""")  # "E301" or [E301] written out instead of imported


def literal_codes(folder: Path) -> list[str]:
    return [f"{path.relative_to(SOURCE)}:{number}"
            for path in sorted(folder.rglob("*.py")) if path.name != "errors.py"
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
            if LITERAL_CODE.search(line)]


def test_modules_import_their_codes_from_the_catalogue() -> None:
    assert literal_codes(SOURCE) == []

