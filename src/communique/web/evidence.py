"""An article's text cut where any span starts or ends, so that overlapping spans (an event's
sentence, a place inside it, a quote around both) can all be highlighted: each piece knows every
span covering it. The template escapes each piece's text; nothing here builds HTML."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Piece:
    """A stretch of text and the spans ("event-2", "place-0", ...) that cover all of it."""

    text: str
    spans: list[str] = field(default_factory=list)

    @property
    def kinds(self) -> list[str]:
        return sorted({span.split("-")[0] for span in self.spans})


def pieces(text: str, spans: list[dict[str, Any]]) -> list[Piece]:
    """`text` cut at every span boundary; spans out of the text's range are left out."""
    inside = [s for s in spans if 0 <= s["start"] < s["end"] <= len(text)]
    cuts = sorted({0, len(text), *(s["start"] for s in inside), *(s["end"] for s in inside)})
    out = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [f"{s['kind']}-{s['index']}" for s in inside if s["start"] <= start and end <= s["end"]]
        out.append(Piece(text[start:end], covering))
    return out
