"""`--format jsonl`: every stored article with its records, one JSON object a line: the output
contract of `communique code --format jsonl` (DESIGN.md), each event also carrying `incident`:
the id of the real event, across articles, that it reports."""

from __future__ import annotations

import json
from typing import TextIO

from ..errors import E_OUTPUT_UNWRITABLE, CommuniqueError
from ..store import Store
from . import ExportRequest, register_output_format


@register_output_format("jsonl", help="every article with its records, one JSON object a line")
def write_jsonl(store: Store, request: ExportRequest) -> None:
    if request.path is None:
        write_lines(store, request.stdout, request.include_negated)
        return
    try:
        with open(request.path, "w", encoding="utf-8") as f:
            write_lines(store, f, request.include_negated)
    except OSError as e:
        raise CommuniqueError(f"{request.path}: cannot write the output file: {e.strerror} "
                              f"[{E_OUTPUT_UNWRITABLE}]") from e


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
