"""A voice reported outside quotes, shared by the readers of uncued quotes."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Heard:
    """Someone reported speaking outside quotes ("Smith said the plan was rushed.")."""

    offset: int
    paragraph: int
    speaker: str
    confidence: float
    kind: str = "name"
