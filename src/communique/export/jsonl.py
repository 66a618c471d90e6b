"""`--format jsonl`: every stored article with its records, one JSON object a line: the output
contract of `communique code --format jsonl` (DESIGN.md), each event also carrying `incident`:
the id of the real event, across articles, that it reports."""

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
        record = coded.to_dict()
        incidents = store.event_incidents(coded.article.id)
        for i, event in enumerate(record["events"]):
            event["incident"] = incidents.get(i)
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
