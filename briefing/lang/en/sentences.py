"""English words the sentence splitter needs beyond Punkt's model (briefing/segment.py)."""

from __future__ import annotations

# Abbreviations a word always follows, so a full stop after one ends no sentence:
# "Broncos vs. Raiders", "Roe v. Wade" (Punkt cut "vs." before a word it had seen open
# sentences; written in lower case, so the initial "V." is not one of them).
JOINING_ABBREVIATIONS = frozenset({"vs", "v"})
# Abbreviations a number follows ("No. 1", "Fig. 3", "pp. 12-14"): no sentence end before
# the number (Punkt cut "far from No. | 1."). Capitalised "No" only: "he said no. 2015
# was ..." may end a sentence.
NUMBER_ABBREVIATIONS = frozenset({"No", "Nos", "Fig", "Figs", "Vol", "Vols", "pp", "Ch", "Art"})
