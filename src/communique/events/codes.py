"""CAMEO and PLOVER code tables: Goldstein score, QuadClass, PLOVER type/mode/context, future readings.

`data/events/cameo.tsv` holds the CAMEO codebook with its PLOVER crosswalk; `data/events/plover.toml`
the PLOVER types and how PLOVER reads a future action (a planned meeting is AGREE, 036).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from ..errors import E_EVENTS_BAD_CODE_ROW, DataFileError
from ..resources import data_path, load_toml

CAMEO_FILE = "events/cameo.tsv"
PLOVER_FILE = "events/plover.toml"


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One row of the CAMEO table."""

    code: str
    name: str
    goldstein: float | None
    quad_class: int | None
    plover: str | None
    mode: str | None
    context: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Coding:
    """The codes of one event: what the lexicon entry and the modality give together."""

    cameo: str
    plover: str
    mode: str | None
    context: tuple[str, ...]
    goldstein: float | None
    quad_class: int | None
    future_reading: bool = False  # the PLOVER future rule changed the type


N = TypeVar("N", int, float)


def number(text: str, kind: type[N]) -> N | None:
    return kind(float(text)) if text.strip() else None


@cache
def cameo_table() -> dict[str, CameoCode]:
    path = data_path(CAMEO_FILE)
    table: dict[str, CameoCode] = {}
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    for number_, line in enumerate(lines[1:], start=2):  # lines[0] is the column header
        cells = (line.split("\t") + [""] * 7)[:7]
        code, name, goldstein, quad, plover, mode, context = cells
        try:
            table[code] = CameoCode(code, name, number(goldstein, float), number(quad, int), plover or None,
                                    mode or None, tuple(c for c in context.split(";") if c))
        except ValueError as e:
            raise DataFileError(f"{path}: row {number_} ({code}): {e} [{E_EVENTS_BAD_CODE_ROW}]") from e
    return table


@cache
def plover_rules() -> dict:
    return load_toml(PLOVER_FILE)


def plover_types() -> tuple[str, ...]:
    return tuple(plover_rules()["types"])


def future_cameo(code: str) -> str | None:
    """The CAMEO code of the future reading of `code` (longest matching prefix), if any."""
    table: dict[str, str] = plover_rules()["future_cameo"]
    for length in range(len(code), 1, -1):
        if code[:length] in table:
            return table[code[:length]]
    return None


def refusal_code(plover: str) -> str | None:
    """The CAMEO code of refusing a cooperative action of this PLOVER type, if it is one."""
    return plover_rules().get("refusal", {}).get(plover)


def coding(cameo: str, *, plover: str | None = None, mode: str | None = None,
           context: tuple[str, ...] | None = None, future: bool = False) -> Coding | None:
    """The full coding of a CAMEO code with the lexicon's PLOVER overrides; with `future`, PLOVER's
    reading of a planned or threatened action. None when the code has no PLOVER type (statements)."""
    table = cameo_table()
    row = table[cameo]
    plover_type = plover or row.plover
    if plover_type is None:
        return None
    result = Coding(cameo, plover_type, mode or row.mode, context if context is not None else row.context,
                    row.goldstein, row.quad_class)
    if not future:
        return result
    new_type = plover_rules()["future"].get(plover_type)
    if new_type is None:
        return result
    new_code = future_cameo(cameo) or cameo
    new_row = table.get(new_code, row)
    return Coding(new_code, new_type, new_row.mode if new_type != plover_type else result.mode,
                  result.context or new_row.context, new_row.goldstein, new_row.quad_class, future_reading=True)
