"""Words that frame a figure as something other than a plain result: a poll's answer
(the question's "would" is no possibility of the share) and an offer that was turned down or
came from a rival bidder (not the deal the story reports)."""

from __future__ import annotations

# A sentence that reports a poll or a survey: "38% of likely voters would be scared".
POLL_WORDS = frozenset(
    "poll polls polled polling survey surveys surveyed respondents voters".split())

# The group a poll asked, the verbs that say it answered ("said they would").
POLL_ASKED = frozenset("polled surveyed questioned asked interviewed".split())
POLL_ANSWER_VERBS = frozenset("said say says told".split())

# A question's conditional: "would" ("38% would be scared if ..."); "may" and "might" are
# more often the writer's own hedge ("17% may still be undecided", figs6's dev poll read), so
# they pass only after an answer verb ("said they might").
POLL_QUESTION_MODALS = frozenset({"would"})

# Words that point outside the condition ("would not support him"): who "him" is, the label
# cannot say, so such a share is held.
POLL_POINTING_WORDS = frozenset("he him his she her hers it its they them their this".split())

# The condition a poll's question carries: at most this many words after the modal, or the
# label would not be short enough to be sure of (tuned on the dev poll shares listed in
# figs6's note: the longest one shown has 10).
POLL_CONDITION_WORDS = 12

# An offer, and the words that say it is not the deal a story reports: one turned down
# ("MCI had rejected a deal worth $8bn") or a rival's or an earlier one ("a rival bid of").
OFFER_NOUNS = frozenset("""deal deals offer offers bid bids proposal proposals approach
    takeover buyout merger""".split())
REJECT_WORDS = ("rejected", "rejecting", "rejects", "reject", "turned down", "turning down",
                "spurned", "rebuffed", "refused", "snubbed")
RIVAL_OFFER_WORDS = frozenset("""rival competing earlier previous prior hostile higher lower
    counter""".split())

# A clause the writer negates before its figure ("He never earned a six-figure salary",
# "not cheap at $140"): the line alone would say the opposite.
NEGATION_WORDS = frozenset("not never n't cannot nor".split())
# Words after "not" that make it no denial of the figure: what follows the figure ("not just
# $5m but"), a leaving out ("not including a $7,500 tax credit", tune8), or a telling that
# did not happen ("does not mention England's two Galacticos", a wide dev set). ("not less
# than $5m" is held: it turns the figure's own bound.)
NOT_DENIALS = frozenset("""just only least including counting excluding to mention mentions
    mentioned say says disclose disclosed reveal revealed specify specified comment""".split())

# The word before a street name in an address ("corso Monforte, 15, Milan", "Via Roma, 12"):
# the number after the name is a house number, not an age.
STREET_WORDS = frozenset("""street st road rd avenue ave lane boulevard blvd via corso viale
    piazza rue calle avenida strasse straße platz""".split())

# Words that can follow a change or a level without being a noun it modifies ("fell 4%
# overnight", "lost $3m apiece").
AFTER_FIGURE_ADVERBS = frozenset("""overnight apiece each alone altogether overall higher lower
    more less instead too last ago earlier later so far down up year-on-year
    year-to-date versus vs per plus minus""".split())
