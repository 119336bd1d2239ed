"""English words the stand-in heading of an untitled article needs
(briefing/renderers/stand_in.py): what opens an adverbial before the subject, and what
opens an aside after it."""

from __future__ import annotations

# A chunk before the subject that opens with one of these is an adverbial the heading
# leaves out: "In about five years, ...", "Despite a series of defeats, ...".
PHRASE_OPENERS = frozenset(
    """in on at with without despite during following amid amidst under over for from by
    among to unlike like after before since as until according ahead across throughout
    inside outside near beyond upon""".split()
)
# These open a clause of their own; the chunk is left out only when its verb is in it
# ("If you were on the committee, ..."), and a heading may not open with one ("When the
# F.B.I. director ..." is not what happened).
CLAUSE_OPENERS = frozenset(
    "when whenever while if though although because whereas unless once as after before "
    "since until".split()
)
# A chunk after the subject that opens with one of these is an aside: ", who has been
# named as Mr Zhang,", ", a photographer who worked as an engineer,".
ASIDE_OPENERS = frozenset(
    """who whom whose which where a an the aged known seen pictured surnamed nicknamed
    dubbed named best formerly now""".split()
)
# A chunk before the subject that opens with one of these belongs to a phrase before it
# ("In the images, which are featured in ..., a woman ...").
RELATIVE_OPENERS = frozenset("who whom whose which where".split())
# A heading whose subject is one of these says nothing on its own ("you would want ...",
# "and graduates should ...").
UNSURE_SUBJECTS = frozenset(
    "i you he she it we they there and but or so yet".split()
)
# A subject used as a topic heading opens on one of these or on a name of two capitalised
# words ("The extraordinary global obsession with the Fight of the Century…", "Bernie
# Sanders's infinitesimal chance ..."), not on an adverb ("Even the day after ...").
TOPIC_DETERMINERS = frozenset("a an the".split())
# "So many young Americans ...": after "so" these make a noun phrase, not a clause.
QUANTIFIERS_AFTER_SO = frozenset("many much few".split())
# Common verbs of a news lede that the date and figure lists do not hold (present forms
# and irregular pasts): "Footage shows ...", "Germans now think ...", "Davey laid bare".
LEDE_VERBS = frozenset(
    """think thinks know knows show shows like likes want wants need needs seem seems appear
    appears offer offers remain remains believe believes feel feels look looks live lives
    plan plans hope hopes try tries give gives take takes find finds keep keeps bring brings
    send sends tell tells face help helps call calls urge urges warn warns claim claims
    vow vows deny denies admit admits reveal reveals launch launches join joins hail hails
    mark marks set sets put puts let lets become becomes laid paid sold told left led won met sent
    spent built brought caught taught fought thought felt kept meant stood understood
    chose drove flew threw wrote spoke broke stole swore struck died dies""".split()
)
# A chunk after the subject that opens with one of these and holds the verb carries the
# subject on: "Keith Allen, 27, of Columbus pleaded not guilty".
POSTMODIFIER_OPENERS = frozenset("of from".split())
# Words that bind to the word before them, so a heading is not cut before them: "the age
# of 84", "running out", "giving up".
BINDING_WORDS = frozenset("of out up down off away back".split())
# Words that open a verb's object or complement: no cut between the verb and them
# ("can expect | a retirement income").
OBJECT_OPENERS = frozenset(
    "to a an the his her its their our my your this that these those".split()
)
# Participles that name rather than tell what happened ("the dog named Foxxy").
NAMING_PARTICIPLES = frozenset("named called dubbed nicknamed titled entitled known".split())
# Adverbs that may open a chunk after an adverbial, where a subject should be.
SENTENCE_ADVERBS = frozenset("perhaps maybe possibly probably arguably".split())
# A key point that opens with one of these leans on the sentence before it, so it cannot
# head the page ("Then there is the speculation ...", "Those could always change.").
LEANING_OPENERS = frozenset(
    """this these those then meanwhile soon also still however now here such later
    instead otherwise""".split()
)
# After a present-tense "-s" verb the lists miss, these open its object ("extracts the",
# "admits her", "says that", "turns herself"); and endings of "-s" words that are no verb
# ("business", "status", "politics", "analysis").
PRESENT_VERB_OBJECTS = frozenset(
    "that her him them it us me herself himself itself themselves myself ourselves".split()
)
NOT_VERB_ENDINGS = ("ss", "us", "is", "ics", "ous")

# A count or a quantifier with no noun, straight before its verb ("More than 10,000 have
# not survived.", "Most were freed"): it counts what the sentence before named, so alone
# as a heading it says nothing (review18, a CNN/DM stand-in heading).
NOUNLESS_COUNT = (r"(?i)^(?:(?:more|fewer|less) than |over |about |nearly |almost |at least )?"
                  r"(?:\d[\d,.]*|most|many|some|others|several|few|both|all)\s+(?:of them\s+)?"
                  r"(?:have|has|had|were|was|are|is|did|do|will|would|could|may|might)\b")
