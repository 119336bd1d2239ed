"""Words that shape a person's role phrase: what may stand before a title and what ends it.

Used by ``briefing.facts.roles`` when it walks back from a title ("spokesman") over the
words that belong to it ("Tory foreign affairs spokesman", "former Mexican President").
"""

from __future__ import annotations

# Time words open a role: nothing but a nationality stands before them ("former Mexican
# President", "Mexican former President"); an opening verb does not ("Count former ...").
ROLE_TIME_MODIFIERS = frozenset(
    """former ex then late outgoing onetime one-time erstwhile""".split()
)

# "late" means died only after one of these (or opening its sentence): "the late mayor",
# "his late father"; "too little too late London Mayor Boris Johnson" says nothing of him.
LATE_OPENERS = frozenset("""the his her their its our my your whose""".split())

# Words that say the role is not (yet) held: dropped, they turn a role into a false claim
# ("would-be Ukip MP" is a candidate, not an MP).
ROLE_HEDGES = frozenset(
    """would-be aspiring prospective self-styled so-called wannabe putative""".split()
)

# A place after one of these is where something happens, not the owner of the next
# person's title ("the camp on Nauru Former Immigration Minister ...").
LOCATION_PREPOSITIONS = frozenset(
    """in at on near across around throughout inside outside""".split()
)

# Lower-case words that never sit inside a role phrase before its title: a role walk
# stops at them ("told spokesman X", "and analyst X").
ROLE_STOP_WORDS = frozenset(
    """the a an and or but nor of to in on at by for with from as into onto than this
    that these those his her their its our my your who whom which whose not no was were
    is are be been being has have had said says told tells say according also even
    only just both all each every some many most more other another such about like
    after before over under while when where new old young""".split()
)

# Playing positions that may open a name the names stage found ("Wing Christophe Dorval
# said"): BBC sport rugby pages. Not role words: lower-case "wing" is also "right-wing".
OPENING_POSITIONS = frozenset("""wing lock centre fullback full-back""".split())

# Imperatives that open a sentence before an example ("Take Idaho Republican Sens. X and Y.",
# "Consider Labour MP X"): the verb owns no title.
OPENING_IMPERATIVES = frozenset("Take Consider Meet Ask Remember Imagine Look".split())

# A relative clause that gives a role ("X, who heads the Y,"): the verb and the role noun it
# makes ("head of the Y"). Present tense only (or a founding, which stays true): "who
# headed" says nothing of now. Read on the BBC-even, CNN/DM, PolNeAR and zyte dev briefs.
CLAUSE_ROLE_VERBS = {
    "heads": "head", "runs": "head", "chairs": "chair", "directs": "director",
    "founded": "founder", "co-founded": "co-founder", "manages": "manager",
    "coaches": "coach", "edits": "editor", "leads": "leader",
}  # fmt: skip
# Verbs that also mean "is ahead of" ("who leads the race"): a role only before a body
# whose name says it is one ("leads the Council of Economic Advisers").
ORG_ONLY_ROLE_VERBS = frozenset({"leads"})

# Capitalised words before "'s" that own no person's role: "Women's Tennis Association".
NOT_ROLE_OWNERS = frozenset("Women Men People Children Boys Girls Year Week".split())

# Lower-case nouns that give a person's standing right before the full name ("Republican
# front-runner X", "Barcelona star X", "Third seed X", "talk show host X") but are not
# title words that make a name a person (role_words.txt): read only for people already
# found, by facts.context_roles. Read on the BBC-even, CNN/DM and PolNeAR dev briefs.
PRE_NAME_ROLE_NOUNS = frozenset(
    """front-runner frontrunner star co-star host co-host rival seed winner pollster
    neurosurgeon team-mate teammate challenger runner-up anchor""".split()
)
# Of these, the ones that say how two people stand to each other: a role only with an owner
# or modifier before them ("Ferrari team-mate X", "Democratic rival X", not "his friend").
RELATIONAL_ROLE_NOUNS = frozenset("co-star rival team-mate teammate".split())
# Of these, the ones that are also verbs: not after a word that makes them one ("to host X").
VERB_BEFORE_NOUN = frozenset(
    """to will would could can may might must should shall did does do 'll""".split()
)

# Relation nouns that stand before a name in lower case ("Blair ally Alan Milburn"); written
# with a capital in mid-sentence they are the person's given name ("Ally Hogg", analyst read
# of a CNN/DM rugby report, session 17), never a title.
RELATION_ROLES = frozenset("""ally aide friend rival partner colleague""".split())
