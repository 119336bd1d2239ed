"""Whose result a figure is, when its label names only the kind of result.

"McClatchy reported a loss of $304.7 million on revenue of $167.4 million": the labels
"loss" and "revenue" are right, but alone on the page of a brief about another company
(review15: a column on the Gannett merger) they read as the story's own. When the clause
that holds the figure opens with a name the article's facts know (a person or an
organisation) and that name's verb reports a result, the page says whose it is:
"McClatchy's loss", "McClatchy's revenue".
"""

from __future__ import annotations

import re
from collections.abc import Collection

from briefing.lang.en.figures import RESULT_NOUNS, RESULT_VERBS
from briefing.models import Figure

# The clause before the label: a capitalised name, then (past a few words with no stop)
# the result verb, then anything with no comma up to the label.
_CLAUSE_NAME = re.compile(
    r"(?:^|[,;:]\s+|\bbut\s+|\band\s+)(?P<name>(?:[A-Z][\w.&'’-]*\s+){0,3}[A-Z][\w.&'’-]*)\s+"
    r"(?:also\s+|has\s+|have\s+|had\s+)?(?P<verb>[a-z]+)\b[^,;:]*$")


def result_owner_label(figure: Figure, sentence: str, names: Collection[str]) -> str:
    """The label with its owner ("McClatchy's loss") when the figure is a named actor's
    result, else the label as it is."""
    label = figure.label
    words = label.split()
    if not words or len(words) > 3 or not figure.label_evidence.startswith("noun of figure"):
        return label
    if words[-1] not in RESULT_NOUNS or any(w[:1].isupper() or "'" in w or "’" in w
                                            for w in words):
        return label
    at = sentence.find(f"{label} of ")
    if at < 0:
        return label
    match = _CLAUSE_NAME.search(sentence, 0, at)
    if not match or match.group("verb") not in RESULT_VERBS:
        return label
    name = match.group("name")
    if not _known(name, names):
        return label
    mark = "'" if name.endswith("s") else "'s"
    return f"{name}{mark} {label}"


def _known(name: str, names: Collection[str]) -> bool:
    """A name the facts found, whole or as the first word of an organisation's name or the
    last of a person's ("McClatchy" of "McClatchy Co")."""
    return any(name == known or known.startswith(f"{name} ") or known.endswith(f" {name}")
               for known in names)
