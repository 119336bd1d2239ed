"""The working record of one quantity while the passes read it, and small tests on it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Quantity:
    num_start: int
    num_end: int
    start: int  # span shown as the figure's text
    end: int
    value: float
    raw: str = ""
    unit: str = ""
    kind: str = ""  # currency|percent|measure|age|times|fraction|noun|""
    change: str = ""
    high: float | None = None
    factor: float = 1.0  # magnitude applied ("million" -> 1e6)
    is_word: bool = False
    vague: bool = False
    year: bool = False
    dropped: bool = False
    modifies: str = ""  # the noun a hyphen compound describes: "community" of "6,000-strong"
    modifies_rule: str = "compound"  # how ``modifies`` was read (a label's evidence)

    @property
    def explicit(self) -> bool:
        return self.kind in ("currency", "percent", "measure", "age", "times", "fraction")


def in_masks(start: int, end: int, masks: list[tuple[int, int]]) -> bool:
    return any(start < m_end and end > m_start for m_start, m_end in masks)


def sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".:;!?\"“‘'(—–-[" or before.endswith("\n")


def plain_integer(q: Quantity) -> bool:
    return not q.is_word and q.raw.isdigit() and q.factor == 1.0
