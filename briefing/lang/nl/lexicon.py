"""Dutch words the sentence splitter needs."""

from __future__ import annotations

# Speech verbs of an attribution after a quotation.
SPEECH_VERBS = ("zei",)
ABBREVIATIONS: frozenset[str] = frozenset()
# "enzovoort": may end a sentence or not.
OPEN_ENDED_ABBREVIATIONS = frozenset({"enz"})
