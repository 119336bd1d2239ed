"""Two sentences run together with no full stop between them, as a newspaper's photo
caption is glued to the story when pasted copy loses its line breaks: "... at Wembley in
2010 The striker said ...", "... off the bench However, striker ...", "... the final 'Shay
comes in every day,' said ...". :func:`glued_openings` gives where the second sentence
opens; the brief holds back a sentence with one inside (``brief.standalone``).

The segmenter does not cut there: tried on the 250 CNN/DM articles (all one pasted
paragraph), cutting freed the pieces of caption chains whose other seams no rule sees
("... at White Hart Lane Sherwood sits on the bench ..."), and more glued lines reached
the page (9) than left it (6).
"""

from __future__ import annotations

import re
from functools import cache

from briefing.lang import LEXICON_LANGUAGES, alternation, lexicon

# a word that can end a glued caption: lower-case ("Wembley" is a name), a number, "(left)"
_NAME_WORD = re.compile(r"^[A-Z][\w'’-]*[A-Za-z0-9]$")  # "Philippines", "K2", "VILLAGE"
_ENDS_UNPUNCTUATED = re.compile(r"^(?:[a-z][\w'’-]*[a-z0-9]|\d[\d,.]*\d|\d|\([\w ]+\))$")
# a caption closing on a quoted phrase ("... would make 'tremendous advances' The ...")
_ENDS_ON_A_QUOTED_WORD = re.compile(r"^[a-z][\w'’-]*[a-z]['’]$")
_TOKEN = re.compile(r"\S+")


def _words(code: str, name: str) -> frozenset[str]:
    return getattr(lexicon(code), name, frozenset())


def glued_openings(text: str, code: str | None, after_a_quote: bool = False) -> list[int]:
    """Offsets in ``text`` where a sentence opens glued to the one before: a sentence
    opener capitalised after an unpunctuated lower-case word, a number or a bracket and
    before a lower-case word or a number, a connective and its comma, an "A"/"An" before a
    content word, or a quotation opened mid-sentence and attributed after it.
    ``after_a_quote``: also after a word closed by a single mark ("advances' The")."""
    if code not in LEXICON_LANGUAGES:
        return []
    openers = _words(code, "GLUED_SENTENCE_OPENERS")
    after_names = _words(code, "GLUED_AFTER_A_NAME")
    articles = _words(code, "GLUED_ARTICLES")
    connectives = _words(code, "GLUED_CONNECTIVES")
    function_words = _words(code, "FUNCTION_WORDS")
    tokens = list(_TOKEN.finditer(text))
    found = []
    for first, second, third in zip(tokens, tokens[1:], tokens[2:], strict=False):
        before, word, after = first.group(), second.group(), third.group()
        plain_before = bool(_ENDS_UNPUNCTUATED.match(before)) or (
            after_a_quote and bool(_ENDS_ON_A_QUOTED_WORD.match(before)))
        if word.endswith(",") and word[:-1] in connectives:
            glued = plain_before or bool(_NAME_WORD.match(before))
        elif word in articles:
            glued = (plain_before and "-" not in before and after[0].islower()
                     and after.strip(",.;:").lower() not in function_words)
        elif word in openers and (after[0].islower() or after[0].isdigit()):
            glued = plain_before or (word in after_names and bool(_NAME_WORD.match(before)))
        else:
            glued = False
        if glued:
            found.append(second.start())
    found.extend(m.start() + 2 for m in _quote_opened_mid_sentence(code).finditer(text))
    return sorted(found)


@cache
def _quote_opened_mid_sentence(code: str) -> re.Pattern[str]:
    """ "... for the final 'Shay comes in every day and trains hard,' said ...": an opening
    mark after a bare word, a capital, and the quotation closed by ",'" and a speech verb,
    the closing mark single when the opening one is (an apostrophe inside is no close: "... on
    Friday 'I'd be over the moon ...,' said Locke"). Not "thinking to myself 'I'm not
    losing this game," said ...", whose marks do not pair."""
    verbs = alternation(getattr(lexicon(code), "SPEECH_VERBS", ()))
    if not verbs:
        return re.compile(r"(?!)")
    quoted = "|".join(
        rf"[{opening}][A-Z](?:[^'’\"”]|['’](?=\w)){{10,}}[,!?][{closing}]"
        for opening, closing in (("'‘", "'’"), ('"“', '"”')))  # single with single
    return re.compile(rf"[A-Za-z0-9] (?:{quoted}) (?:{verbs})\b")
