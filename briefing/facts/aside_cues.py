"""A cue set off by commas inside the sentence that opens a quote.

"The plan, Mayor Jo Pruitt said, would be "the biggest change in fifty years."" and
"Trump, Sexton said, has created a "...": the one named in the aside speaks the quote that
ends the sentence, as the rest of the sentence is that person's report.
"""

from __future__ import annotations

import re

from briefing.lang.en import speech

_ADV = rf"(?:(?:{speech.ADVERBS})\s+)*"
# ", <source> said, <the rest of the sentence up to the opening mark>"
_ASIDE_CUE = re.compile(
    rf",\s+(?P<src>[^,\"“”;:()]{{1,60}}?)\s+{_ADV}(?P<verb>{speech.CUE_VERBS_PATTERN}),\s+"
    r"(?P<rest>[^\"“”.!?;:,]{1,90}?)\s*$"
)


def aside_cue(before: str) -> re.Match[str] | None:
    """The aside cue of the words before an opening mark, when the rest of the sentence
    after it carries no cue verb of its own."""
    match = _ASIDE_CUE.search(before)
    if match is None or speech.cue_verb_pattern().search(match["rest"]):
        return None
    return match
