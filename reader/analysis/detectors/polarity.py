"""Denial against the claim it denies: "Apple denies it is shutting down Beats Music" vs
"Apple is shutting down Beats Music"; "The Banksy arrest story is a hoax" vs "Banksy
arrested".

One sentence is denied (a denial or debunk governs it, see reader.facts.polarity), the
other states the claim (asserted, or reported as a rumour), and the two share the claim's
content words. Two denials of one claim agree; a question or a condition asserts nothing;
denying an accusation ("denied arson") does not contradict the report of the accusation
("charged with arson").
"""

from __future__ import annotations

from reader.analysis.detectors import Conflict, Pair
from reader.analysis.profile import Profile
from reader.facts.clauses import capitalised_keys, clause_ids
from reader.facts.polarity import CONDITIONAL, DENIED, denial_object, polarity
from reader.lexicon.polarity import ACCUSATION_WORDS

KIND = "polarity"

# The claim's content words both sides must share (the denial's own words aside).
_MIN_SHARED = 2
# A denial whose own object is worded apart still denies the claim when the two
# sentences share this much ("Saudi airline denies plan to separate men and women on
# flights" / "Saudi Arabia's airline will introduce gender segregation on flights").
_RESTATED_TOPIC = 0.5
_RESTATED_WORDS = 3
_MIN_CLAIM_COVERED = 0.3
# ... and the two are about one thing: this share of the shorter one's words in common.
_MIN_TOPIC = 0.4


def screen(p: Profile) -> int:
    """detect() is silent unless one sentence denies and the other does not."""
    return int(polarity(p).kind == DENIED)


def may_conflict(screen_a: int, screen_b: int) -> bool:
    return screen_a != screen_b


def detect(pair: Pair) -> list[Conflict]:
    pa, pb = polarity(pair.a), polarity(pair.b)
    if (pa.kind == DENIED) == (pb.kind == DENIED):
        return []
    denial, plain, plain_profile = (pa, pb, pair.b) if pa.kind == DENIED else (pb, pa, pair.a)
    if plain.kind == CONDITIONAL:
        return []
    if any(t.norm in ACCUSATION_WORDS for t in plain_profile.tokens) or plain_profile.negations:
        return []  # an accusation reported; or both sides negative ("no tsunami risk")
    denied_profile = pair.a if denial is pa else pair.b
    claim = denial_object(denied_profile)
    restated = (
        pair.sim.topic >= _RESTATED_TOPIC
        and pair.sim.shared_words >= _RESTATED_WORDS
        and clause_ids(denied_profile)[max(0, denial.cue_end - 1)] == 0
    )  # and the denial is what the sentence says first, not a "but ... deny" clause
    if not (claim and claim & plain_profile.words) and not restated:
        return []  # "denied bail" vs "due to appear in court": the denial is of something else
    shared = set(pair.sim.shared) - denial.cue_keys
    shared = {k for k in shared if not k[:1].isdigit()}
    # The denial restates the claim: most of the plain sentence's words are in it.
    plain_words = {k for k in plain_profile.words if k not in denial.cue_keys}
    if len(shared) < _MIN_SHARED or len(shared) / (len(plain_words) or 1) < _MIN_CLAIM_COVERED:
        return []
    # Names alone make no claim: "rumours of a coup against Kim were rubbish" and "Kim
    # attended the anniversary event" share Kim, not what is said of him.
    said = plain_words - capitalised_keys(plain_profile)
    said_shared = said & set(shared)
    if said and not said_shared:
        return []
    if pair.sim.topic < _MIN_TOPIC:
        return []
    cue = denial.cue.lower().replace("{", "(").replace("}", ")")
    return [Conflict.sided(KIND, "denial: only the {side} says '" + cue + "'", int(denial is pb))]
