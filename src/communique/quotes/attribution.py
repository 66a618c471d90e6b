"""The intermediate record of the quotes stage: quoted or reported content and its source,
before the speaker is written out as an ActorRef."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..model import QuoteKind


@dataclass(slots=True)
class Attribution:
    """Content (one or more character spans) attributed through a cue to a speaker.

    `speaker` holds the token bounds (first, last) of the phrase naming the speaker;
    `same_speaker_as` points at another attribution whose speaker this one shares (a quote
    paragraph with no cue that continues the one before). `extent_end` is where the
    attribution's own text ends, the attribution clause included: a quotation opening right
    after it continues it. `quoted` lists the spans of the speaker's own words.
    """

    kind: QuoteKind
    parts: list[tuple[int, int]]
    extent_end: int
    cue: Token | None = None
    cue_text: str | None = None
    speaker: tuple[int, int] | None = None
    same_speaker_as: Attribution | None = None
    paragraph: int = 0
    quoted: list[tuple[int, int]] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]
