"""Names that go on past their capitalised run.

"the campaign group Raqqa is Being Slaughtered Silently": the group's name is a sentence
written in title case, and its first word alone ("Raqqa", the city) is no body's name.
"""

from __future__ import annotations

from briefing.facts.text_words import written_whole
from briefing.facts.tokens import Token, joined

# Lower-case words inside a title-case name: a copula or an auxiliary, never a
# preposition ("the group Hamas in Gaza City" ends at "Hamas").
_VERBS_INSIDE = frozenset("is are was were be has have will can".split())


def cut_from_a_title(text: str, tokens: list[Token], end: int) -> bool:
    """Does the name ending at token ``end`` run on as a title: a verb, then two or more
    capitalised words, the first an everyday word the text writes in lower case or a
    verb's form ("is Being Slaughtered")?"""
    if end + 2 >= len(tokens) or tokens[end].text not in _VERBS_INSIDE:
        return False
    verb, first, second = tokens[end], tokens[end + 1], tokens[end + 2]
    if not (joined(text, tokens[end - 1], verb) and joined(text, verb, first)
            and joined(text, first, second) and first.capitalised and second.capitalised):
        return False
    word = first.text
    return word.endswith(("ing", "ed")) or written_whole(word.lower(), text)
