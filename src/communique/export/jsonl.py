"""`--format jsonl`: every stored article with its records, one JSON object a line: the output
contract of `communique code --format jsonl` (DESIGN.md), each event also carrying `incident`:
the id of the real event, across articles, that it reports."""

from __future__ import annotations

import json
from typing import TextIO

from ..store import Store
from . import ExportRequest, output_stream, register_output_format


@register_output_format("jsonl", help="every article with its records, one JSON object a line")
def write_jsonl(store: Store, request: ExportRequest) -> None:
    with output_stream(request) as stream:
        write_lines(store, stream, request.include_negated)


def write_lines(store: Store, stream: TextIO, include_negated: bool = False) -> None:
    """Each article a line; negated events left out unless `include_negated` (as `events`)."""
    for coded in store.iter_coded():
        record = coded.to_dict()
        incidents = store.event_incidents(coded.article.id)
        for i, event in enumerate(record["events"]):
            event["incident"] = incidents.get(i)
        if not include_negated:
            record["events"] = [e for e in record["events"] if e["status"] != "negated"]
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
