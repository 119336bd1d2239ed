"""Figures: the quantities of an article, with their unit, direction and what they measure.

Deterministic rules over each sentence, in four passes:

1. *mask* spans that hold digits but are not quantities: clock times and video
   durations ("10:30", "5 p.m.", "01:22"), dates ("12 March", "Oct. 31"),
   time stamps, phone numbers, street addresses, ZIP codes, lone "(4)";
2. *find* numbers: digits (separators, decimals, signs, fractions, "×10^n",
   currency prefixes, "bn"/"m"/"k" and "million" multipliers), number words
   ("twenty-eight thousand", "two dozen", "a third of", "half the"), and vague
   amounts ("several thousand", "tens of thousands of", "dozens of");
3. *read* what follows: a percent sign, a currency, a measurement unit, an age
   ("65-year-old"), a multiplier ("times"), a rate ("a month"), or else the
   counted noun phrase ("6 battalion-tactical groups"); and what comes before:
   the change word ("about", "more than", "up to", "rose", "fell");
4. *filter and join*: drop years, ordinals, identifiers ("Section 427",
   "S&P 500", "COVID-19"), sports scores ("2-1") and join ranges
   ("10-12", "between 5 and 7", "from $10 to $15 billion").

Every regular expression is compiled once at import.

The package splits those passes into modules: ``patterns`` (every regular expression,
the masks among them) and ``words`` (word lists), ``digits`` (digits and units),
``nouns`` (counted noun phrases), ``number_words``, ``years`` (filters), ``ranges``,
``change``, ``labels``, and ``extract``, which runs them over each sentence. Which
figures a brief shows is the brief's decision (``briefing.brief.factbox``).
"""

from __future__ import annotations

from briefing.facts.figures.extract import extract_figures, figures_in_sentence
from briefing.models import Figure

__all__ = ["Figure", "extract_figures", "figures_in_sentence"]
