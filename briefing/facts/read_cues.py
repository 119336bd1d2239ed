"""A quote whose words are read, not said: '"...," read a statement from the firm',
'"...," the email read', '"..." read one.' The text speaks for its author when the
phrase names one ("from the firm", "by Mr Smith"); otherwise the text itself is the
source (a nominal), and no earlier voice may take the quote.
"""

from __future__ import annotations

import re

from briefing.lang.en import speech

_DET = r"(?:a|an|the|its|his|her|their|this|that|one|another)"
_LEAD = r"^[\s,—–\-]*"
# '"...," read a statement from the discount phone firm.'
_VERB_FIRST = re.compile(rf"{_LEAD}(?P<verb>read|reads)\s+(?P<src>{_DET}\b[^\"“”;:.!?]{{0,120}})")
# '"...," the email read.' (at most three words between the determiner and the verb)
_SOURCE_FIRST = re.compile(
    rf"{_LEAD}(?P<src>{_DET}(?:\s+[\w'’\-]+){{0,3}}?)\s+(?P<verb>read|reads)\b(?!\s+(?:the|a|an|out)\b)"
)
# "a statement from the firm", "a letter signed by 40 MPs": where the author is named.
_AUTHOR = re.compile(
    r"\s(?:from|by|issued\s+by|signed\s+by|released\s+by|on\s+behalf\s+of)\s+(?P<author>.+)$"
)
_SETTING = re.compile(r"\s(?:in|on|at|posted|sent|published|which|that|who)\s.*$")


def read_cue(after: str) -> tuple[str, str, str] | None:
    """(text phrase, author phrase or "", verb) for the words after a closing mark when
    they say the quote was read from a text; None when they do not."""
    match = _VERB_FIRST.match(after) or _SOURCE_FIRST.match(after)
    if match is None:
        return None
    phrase = match["src"].split(",")[0].strip()  # "read the statement, which was ..."
    author = _AUTHOR.search(phrase)
    text = phrase[: author.start()] if author else _SETTING.sub("", phrase)
    words = text.split()
    if len(words) > 5 or words[-1].lower() not in speech.TEXT_NOUNS:
        return None
    return text, author["author"].strip() if author else "", match["verb"]
