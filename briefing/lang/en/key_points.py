"""English words for telling whether a sentence reads alone as a key point: openers that
point back to someone not named, link words, demonstratives (re-exported by ``lexicon``)."""

from __future__ import annotations

# Words that, opening a sentence ("He has pleaded not guilty.", "Soon, he found…"), point
# back to someone the sentence does not name: alone on a page it reads as about nobody.
BACK_POINTING_OPENERS = frozenset("he she they it his her their its him them".split())
# Connectives that may stand before such a word with no comma: "Now they've put out
# another statement", "But he said ...": the pronoun still points back.
CONNECTIVE_OPENERS = frozenset("but and so now then yet also still later since however".split())
# Openers that link a sentence to the one before it ("But nearly half ...", "That said,
# ..."): such a sentence cannot be the bottom line, printed alone at the top of a brief.
LINKING_OPENERS = tuple(link.strip() for link in """
    but|however|yet|still,|also|and|meanwhile|meantime|instead|nevertheless|nonetheless|
    moreover|furthermore|besides|likewise|similarly|conversely|that said|even so|
    by contrast|in contrast|on the other hand|in addition|as well""".split("|"))
# The linking openers after which a key point answers a sentence the page may not show
# ("But not everyone was as supportive."); additive ones ("Meanwhile, ESPN announced ...",
# "Also, ...") add a fact that reads alone.
ANSWERING_OPENERS = tuple(link.strip() for link in """
    but|however|yet|still,|and|instead|nevertheless|nonetheless|that said|even so|
    by contrast|in contrast|on the other hand|conversely|likewise|similarly""".split("|"))
# A person named only by a description that stands for a name given before: "The
# 28-year-old reached 1.80m", "The Scot, however, ..."; words after "The N-year-old"
# (read on the key points of 208 dev briefs, every 9th BBC and 3rd CNN/DM article).
AGE_DESCRIPTION_OPENER = r"^[\"'“‘]*the\s+(?:\w+-)+years?-old\b"
# A person or a body named only by a description and a relative clause about it: "The
# centre, who is in line for a first Six Nations start, ...", "The firm, whose finance
# chief ...", "The former governor, who dropped his own bid, ...": it stands for a name in
# the sentence before. On all 1,111 BBC, 250 CNN/DM and 280 PolNeAR dev articles 21 lines
# open so, each one naming its subject only in an earlier sentence. Matched on the text as
# written: "The Pope, who ..." is a name.
EPITHET_OPENER = r"^[\"'“‘]*The\s+(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*,\s+(?:who|whose)\b"
# "Such absences are often due to family holidays.", "But such measures have been met
# with fierce opposition ...": "such" and a noun for the things the sentence before named
# (not the inversion "Such is the success of ...", nor "such as"). On all dev articles
# (1,111 BBC, 250 CNN/DM, 280 PolNeAR) 29 lines, each naming its things only before.
SUCH_OPENER = (r"^[\"'“‘]*(?:(?:but|and|yet)\s+)?such\s+"
               r"(?!is\b|are\b|was\b|were\b|as\b)(?:a\s+|an\s+)?[a-z]")
# Adverbs set off by commas after a sentence's first words, "Andrew, however, was content
# with the gesture": the sentence answers one before it, as an opening "However," does.
CONTRAST_ASIDES = frozenset("however though nevertheless nonetheless instead too".split())
# A demonstrative standing for something said before ("However, this has now been reduced
# to 43.9bn euros", "That was the plan"): back-pointing only when a verb follows it, since
# "This week ..." or "These figures ..." name what they point at. Not "is"/"are": "This is
# the moment a ..." opens a Daily Mail story about its picture and reads alone (CNN/DM dev).
DEMONSTRATIVE_OPENERS = frozenset("this that these those".split())
VERBS_AFTER_DEMONSTRATIVE = frozenset("""
    was were has have had will would could can may might must should
    means meant comes came follows followed shows showed suggests suggested leaves left
    makes made gives gave puts put led leads marks marked
    didn't doesn't wasn't weren't hasn't haven't hadn't won't wouldn't couldn't isn't aren't
    didn’t doesn’t wasn’t weren’t hasn’t haven’t hadn’t won’t wouldn’t couldn’t isn’t aren’t
    """.split())
# "That" with "is" does point back ("That's in contrast to other concerns.", "That is 9.1%
# higher than ..."): each of the 30 such dev key points and bottom lines (BBC-even, CNN/DM,
# PolNeAR) and of 45 read of the 291 dev sentences, unlike "This is the moment ..."; not
# before a capital ("That's Life host Esther Rantzen said ...": a title).
THAT_IS_OPENER = r"^(?:[Tt]hat['’]s|[Tt]hat\s+is)\s+(?![A-Z])"
# A verb with no object that takes its claim from the sentence before ("Slightly more than
# a third of independents, 35%, agree.", "Iowa State University's Dianne Bystrom agreed.")
# or a pro-form for that claim ("Those over 60 say they feel that way by 2-1."): the line
# needs that sentence. On all dev articles (1,111 BBC, 250 CNN/DM, 280 PolNeAR) 16 lines of
# up to 16 words without "and", "but" or a semicolon, each agreeing with the line before
# (not the passive "... unless the changes are agreed.").
AGREEING_ENDING = (r"(?<!\bare )(?<!\bis )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )"  # passive
                   r"\b(?:agree|agrees|agreed|disagree|disagrees|disagreed|concur|concurred)\.$"
                   r"|\b(?:feel|feels|felt|think|thinks|thought) (?:that way|the same way)\b")
# Participles a photo caption is built on ("Guards pictured with the senator at a rally."):
# with no finite verb in the line it is a caption, not a sentence of the story.
CAPTION_PARTICIPLES = frozenset("pictured photographed".split())
# Where a caption places someone in the photo ("Summer, fourth from left, ...").
CAPTION_POSITIONS = r"\b(?:from (?:left|right)|far (?:left|right)|\((?:left|right|centre|center)\))"
# Words that show a line has a finite verb, so a caption participle in it is a reduced
# relative ("Guards pictured with her were suspended").
FINITE_VERB_WORDS = frozenset(
    "is are was were be been being am has have had will would can could may might must "
    "shall should do does did said says lost won made took got came went".split()
)
# The tail of a quotation cut off by the sentence splitter: who spoke and where it was
# reported, with nothing said ("Clinton asked, according to a transcript.").
ATTRIBUTION_TAIL_VERBS = frozenset(
    "said says asked asks added adds told replied wrote explained noted insisted".split()
)
# Words of a speaker about themselves or to their listener: inside a quotation's span a
# sentence holding one is someone's speech ("This is where I want to be."); one with none
# may be narrative the span swallowed when a mark was lost ("Others took to social media
# ..."; read on the 23 CNN/DM key points inside a span at 942cd91: 9 with such a word, all
# speech; 14 without, 8 of them narrative or captions). Apostrophes folded.
SPEAKER_PERSON_WORDS = frozenset(
    "i i'm i've i'd i'll me my mine myself we we're we've we'd we'll us our ours ourselves "
    "you you're you've you'd you'll your yours yourself yourselves".split()
)
# Openers that point at the page, not the story: a signpost to what follows ("Here,
# Sportsmail recounts 10 of his finest moments.", "Here are five things to watch:", "Scroll
# down for video") or a bare "here" for a place or photo named before ("Here, an ocean away,
# they ..."); "Here in Cleveland, ..." names its place and is no signpost. On all 1,111 BBC,
# 250 CNN/DM and 840 PolNeAR dev articles (54,883 sentences) 47 sentences open so: 41
# signposts and 6 a bare "here"; none reads alone as a finding.
PAGE_SIGNPOSTS = ("Here", "Below,", "Scroll down", "See below", "Read on")
# Verbs in the third person that, opening a line with no subject before them, make it a
# fragment of a product's or a list's copy ("Protects against UVA and UVB.", "Stands
# empty; crowd in one end zone."): its subject is the heading or the line before. Only
# forms that rarely open a sentence as a plural noun ("States", "Offers", "Plans" do).
SUBJECTLESS_VERB_OPENERS = frozenset("""
    protects contains helps provides comes keeps gives makes takes puts gets goes is was has
    stands seems appears allows lets includes reduces removes boosts adds brings absorbs
    prevents improves delivers combines""".split())
# An editor's note on the story itself ("This story has been updated to include comments
# from ...", "This article was updated to reflect ..."): about the page, not the news. Ten
# such lines in the 840 PolNeAR dev articles, each one a note.
UPDATE_NOTE = (r"^(?:This|The) (?:story|article|post|report|piece) "
               r"(?:has been|was|is being) updated\b")

# The word between two sides in a fixtures or results line ("Faroe Islands v Cyprus"): a
# line whose only lower-case words are these (and at most a couple of others, "Republic of
# Ireland v Cyprus.") is a table row, full stop or not.
FIXTURE_SEPARATORS = frozenset("v vs".split())
# Modal verbs that, opening a line before a bare verb ("May demand a say in selection.",
# "Could face a ban."), leave it without a subject: a fact box's or a list's fragment whose
# subject is in the line before. "May" and "Will" are also names ("May said", "Will
# Smith"): a verb after a name is no bare form (FUNCTION_WORDS covers "said", "has").
SUBJECTLESS_MODALS = frozenset("May Might Will Would Can Could Should Must Shall".split())
# Base forms that are also function words: "Will be back", "Could have won".
BARE_AUXILIARIES = frozenset("be have do".split())
# A signpost that announces the next sentence and says nothing itself ("There are some
# caveats involved, of course.", "But there are exceptions.", "Then, of course, there are
# the more fatal risks."): "there is/are" and a bare noun phrase, or "Then there are the
# ..." opening the next item of a list. On all 1,111 BBC, 250 CNN/DM and 280 PolNeAR dev
# articles (54,857 sentences) 15 lines, all signposts or vague lines ("There are huge fixed
# costs."); "There are whispered briefings to selected journalists ..." (a phrase after the
# noun) and "There were no injuries." (a negation) stand.
EXISTENTIAL_SIGNPOST = r"^(?:(?:but|and|yet|so|still|now)\s+)?there\s+(?:is|are|was|were|will be)\s"
LISTING_SIGNPOST = r"^then,?\s+(?:of course,\s+)?there\s+(?:is|are|was|were)\s"
# Asides a signpost may carry and still say nothing: "..., of course.", "more to come".
SIGNPOST_ASIDES = r",?\s*\b(?:of course|to come)\b,?"
# Words after which a noun phrase says what or where ("a conflict of interests", "potential
# for surprises"): a line with one is no bare signpost.
PHRASE_PREPOSITIONS = frozenset("""of in on at for from to with about over between by among
    into under after before against than like""".split())
NEGATION_WORDS = frozenset("no not never nothing none nobody neither nor".split())
# A short reply that reverses the sentence before ("Immigration has normally been an issue
# politicians tiptoed around." "But no longer."): that sentence alone says the opposite of
# the news. On the same dev articles 2 such replies, both reversing the line before.
REVERSING_REPLY = (r"^(?:but|and|well,?)?\s*(?:no longer|not any ?more|not any longer|"
                   r"not now|not this time|until now|that has changed|times have changed|"
                   r"things have changed|that is no longer the case)[.!]?$")
# A line whose whole claim is the sentence before's, said again of something else ("That
# was also true at the last general election ...", "The same is true of the large
# warehouses ..."): alone it says nothing, beside that sentence it repeats it. On all dev
# articles (1,111 BBC, 250 CNN/DM, 280 PolNeAR) 6 lines, each such a restatement.
RESTATING_OPENER = (r"^(?:(?:but|and|yet|so)\s+)?(?:that|this|the same)\s+"
                    r"(?:is|was|has been|had been|will be|would be|remains|remained)\s+"
                    r"(?:(?:also|still|equally|especially|particularly)\s+)?(?:true|the case)\b")
# "But that her party want chaos ...", "And that at a dinner ... he told Mr Brown ...": a
# linking word and the conjunction "that" before the start of a clause (a pronoun, an
# article, a preposition) continue the reported speech of the sentence before; "But that
# is ..." and "But that move ..." are a demonstrative and read alone.
THAT_CLAUSE_LINKS = frozenset("but and or".split())
THAT_CLAUSE_STARTERS = frozenset("""the a an he she it they we i you his her their its our my
    your there at in on after before when if as because since while""".split())

# Capitals labels that head a paragraph without naming who speaks in it ("UPDATE: ...").
NOT_SPEAKER_LABELS = frozenset(
    "UPDATE UPDATED CORRECTION CLARIFICATION NOTE BREAKING WATCH READ MORE RELATED PHOTOS "
    "VIDEO PREVIOUSLY EARLIER".split()
) | frozenset({"EDITOR'S NOTE", "EDITOR’S NOTE", "READ MORE", "WATCH VIDEO"})
