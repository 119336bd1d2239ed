"""English words the sentence splitter needs beyond Punkt's model (briefing/segment/__init__.py)."""

from __future__ import annotations

# Abbreviations a word always follows, so a full stop after one ends no sentence:
# "Broncos vs. Raiders", "Roe v. Wade" (Punkt cut "vs." before a word it had seen open
# sentences; written in lower case, so the initial "V." is not one of them).
JOINING_ABBREVIATIONS = frozenset({"vs", "v"})
# Abbreviations a number follows ("No. 1", "Fig. 3", "pp. 12-14"): no sentence end before
# the number (Punkt cut "far from No. | 1."). Capitalised "No" only: "he said no. 2015
# was ..." may end a sentence.
NUMBER_ABBREVIATIONS = frozenset({"No", "Nos", "Fig", "Figs", "Vol", "Vols", "pp", "Ch", "Art"})
# Titles written before a name that the name lists leave out (they hold no person words
# of their own): "Sec. Clinton", "Atty. Gen. Lynch", "Amb. Power"; a full stop after one
# ends no sentence, as after "Gov." (Punkt cut "... General Wesley Clark, Sec. | Clinton is
# choosing ...").
SPLITTER_TITLES = frozenset({"Sec", "Secy", "Atty", "Amb", "Asst"})

# A clause that cannot open a sentence in lower case: after a full stop in ordinary prose
# it is the same sentence and the stop is a slip ("would be introduced. unless voluntary
# steps were taken"; BBC and CNN/DM dev: 2 such stops in 2,201 articles, both slips).
CONTINUING_CONJUNCTIONS = frozenset({"unless", "because", "although", "though", "whereas", "as"})
