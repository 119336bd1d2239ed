"""Spanish words the sentence splitter needs."""

from __future__ import annotations

# Speech verbs of an attribution after a quotation ('"...", dijo el ministro.').
SPEECH_VERBS = ("dijo", "afirmó")
# "EE. UU." (Estados Unidos): Punkt's Spanish model would end a sentence there.
ABBREVIATIONS = frozenset({"ee"})
OPEN_ENDED_ABBREVIATIONS: frozenset[str] = frozenset()
