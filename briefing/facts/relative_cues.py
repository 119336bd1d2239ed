"""A cue inside a relative clause that holds the quote.

"Concessions on a bill which critics claim would allow euthanasia "through the back door"
were not a ploy, the lord chancellor has said": the quote is the critics' words, the
relative clause's own report; the cue closing the sentence reports the rest of it.
"""

from __future__ import annotations

import re

from briefing.lang.en import speech

_ADV = rf"(?:(?:{speech.ADVERBS})\s+)*"
# "which <source> (have) <verb> <the clause up to the opening mark>"
_RELATIVE_CUE = re.compile(
    rf"\b(?:which|that|whom)\s+(?P<src>[^,\"“”;:()]{{1,50}}?)\s+(?:(?:have|has|had)\s+)?"
    rf"{_ADV}(?P<verb>{speech.RELATIVE_CUE_VERBS})\b(?P<rest>[^\"“”.!?;:]{{0,90}}?)\s*$"
)


def relative_cue(before: str) -> re.Match[str] | None:
    """The relative-clause cue of the words before an opening mark (``src``, ``verb``),
    when the clause after it has no cue verb of its own."""
    match = _RELATIVE_CUE.search(before)
    if match is None or speech.cue_verb_pattern().search(match["rest"]):
        return None
    return match
