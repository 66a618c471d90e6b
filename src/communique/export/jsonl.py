"""`--format jsonl`: every stored article with its records, one JSON object a line: the output
contract of `communique code --format jsonl` (DESIGN.md)."""

from __future__ import annotations

import json
from typing import TextIO

from ..store import Store
from . import ExportRequest, register_output_format


@register_output_format("jsonl", help="every article with its records, one JSON object a line")
def write_jsonl(store: Store, request: ExportRequest) -> None:
    if request.path is None:
        write_lines(store, request.stdout)
        return
    with open(request.path, "w", encoding="utf-8") as f:
        write_lines(store, f)


def write_lines(store: Store, stream: TextIO) -> None:
    for coded in store.iter_coded():
        stream.write(json.dumps(coded.to_dict(), ensure_ascii=False) + "\n")
