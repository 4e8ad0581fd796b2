"""Words that deny, debunk, hedge or make a statement conditional.

A statement is asserted unless one of these governs it. Denials and debunks turn a claim
into its opposite ("Apple denies it is shutting down Beats"); hedges report a claim
without standing behind it ("reportedly", "rumoured"); conditions and questions assert
nothing ("if he wins, ..."; "Is the video a hoax?" asks).
"""

from __future__ import annotations

# Verbs (folded, any inflection listed) whose object is a claim the speaker rejects.
DENY_VERBS = frozenset(
    """
deny denies denied denying denial denials dismiss dismisses dismissed dismissing refute
refutes refuted refuting debunk debunks debunked debunking disprove disproves disproved
dispel dispels dispelled quash quashes quashed rebut rebuts rebutted retract retracts
retracted
""".split()
)

# Words that call a claim untrue. "fake" and "hoax" also name what is false ("a fake
# account"), so they count only when the other sentence does not use them itself.
FALSE_WORDS = frozenset(
    """
hoax hoaxes fake faked fakes false falsely untrue myth myths fabricated fabrication bogus
baseless unfounded debunked erroneous erroneously phony phoney spoof satire satirical
prank pranked misreported misleading nonsense rubbish doctored photoshopped photoshop
bullshit trolled duped fooled scam
""".split()
)

# Multi-word phrases that call a claim untrue (folded words, matched as a run).
FALSE_PHRASES = (
    ("not", "true"),
    ("not", "real"),
    ("no", "evidence"),
    ("made", "it", "up"),
    ("made", "it", "all", "up"),
    ("rules", "out"),
    ("ruled", "out"),
    ("shoots", "down"),
    ("shot", "down", "rumors"),
    ("shot", "down", "rumours"),
    ("falls", "for"),
    ("fell", "for"),
    ("no", "plans"),
    ("not", "the", "case"),
    ("is", "wrong"),
    ("are", "wrong"),
    ("was", "wrong"),
    ("wrongly",),
    ("cast", "doubt"),
    ("casts", "doubt"),
    ("questions", "whether"),
)

# Words that report a claim without standing behind it.
HEDGE_WORDS = frozenset(
    """
reportedly allegedly alleged allegation allegations rumor rumors rumour rumours rumored
rumoured purportedly purported supposedly apparently claims claimed claiming speculation
speculated unconfirmed unverified possibly perhaps maybe may might could
""".split()
)

# Words that open a condition or a question, or set aside a claim ("despite reports that
# he would not return"): what follows is not asserted.
CONDITION_WORDS = frozenset("if unless whether despite".split())

# Words that report an accusation: a denial of it ("denied arson") does not contradict the
# report that it was made ("charged with arson").
ACCUSATION_WORDS = frozenset(
    """
charge charges charged accuse accuses accused accusing accusation suspect suspects
suspected blame blames blamed indict indicted indictment allege alleges
""".split()
)

# Phrases that negate the word after them like "not" does: "tickets rather than arrests".
NEGATING_PHRASES = (("rather", "than"), ("instead", "of"))

# Things a verb of denial refuses rather than calls untrue ("denied bail", "dismissed
# calls to quit", "denied an offer"), and charges it pleads against ("denied arson"): a
# denied charge does not contradict the report that it was brought.
REFUSED_THINGS = frozenset(
    """
bail parole access entry permission request requests application appeal appeals motion
visa visas offer offers calls call bid petition license licence asylum benefit benefits
service services admission demand demands plea pleas case suit lawsuit charge charges
wrongdoing guilt involvement responsibility arson murder manslaughter assault theft fraud
""".split()
)

# Words of purpose or obligation: a negation after them states an aim, not a fact ("to
# make sure the projects don't endanger rare species", "ensure that species are not
# harmed").
PURPOSE_WORDS = frozenset("ensure ensures ensured ensuring sure prevent avoid lest".split())
