"""Portuguese words the sentence splitter needs."""

from __future__ import annotations

# Speech verbs of an attribution after a quotation.
SPEECH_VERBS = ("disse",)
ABBREVIATIONS: frozenset[str] = frozenset()
OPEN_ENDED_ABBREVIATIONS: frozenset[str] = frozenset()
