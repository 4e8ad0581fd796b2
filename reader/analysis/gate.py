"""Which pairs of sentences are worth judging: the one topic gate that blocking
(align.py) and relate() share.

relate() looks for conflicts and shared claims between sentences on one topic (they share
at least three content words covering the topic threshold of the shorter one), and
compares facts whatever the topic when both sentences give a figure for one slot, or one
denies what the other may state. Blocking asks the same questions on word sets, loosened
where a cheap test stands in for the full one (the rarity overlap before fuzzy word
matching); denials it seeks only among pairs that pass the word tests.
"""

from __future__ import annotations

from collections.abc import Mapping

from reader.analysis.detectors.count import slot_shared
from reader.analysis.detectors.record import records_shared
from reader.analysis.profile import Profile
from reader.analysis.settings import MatchSettings
from reader.analysis.similarity import Similarity
from reader.facts.clauses import plain_words
from reader.facts.polarity import DENIED, polarity

# Two short sentences sharing "Iran" alone are not about the same thing.
MIN_SHARED_WORDS = 3
# Agreement needs at least this many content words in common, whatever the score: a high
# surface score with none in common is an accident of form ("Yanes said." ~ "Howard said.").
MIN_AGREE_WORDS = 2
# Blocking lets through pairs whose exact rarity overlap reaches this share of the claim
# threshold: relate() also matches names spelt differently, which only raises the overlap.
# At 0.5 blocking finds 97.4% of brute-force agreements inside ECB+ stories (93% here),
# but the pairs it adds are weak claims and four more false contradictions on the ECB+
# folders ("the buildings are not safe" / "the population is now safe"): precision first.
_BLOCKING_SLACK = 0.8


def on_topic(a: Profile, b: Profile, sim: Similarity, settings: MatchSettings) -> bool:
    """Do the two sentences speak of one thing (conflicts and shared figures are sought)?"""
    if sim.topic < settings.topic_threshold:
        return False
    return sim.shared_words >= MIN_SHARED_WORDS or same_words(a, b)


def compare_facts(a: Profile, b: Profile) -> bool:
    """Are the two worth comparing as facts whatever their topic: a figure of one slot in
    both, one side's record in both, a denial against a statement, or a negation against a
    plain statement?"""
    return (
        denial_apart(a, b)
        or bool(a.negations) != bool(b.negations)
        or slot_shared(a, b)
        or records_shared(a, b)
    )


def denial_apart(a: Profile, b: Profile) -> bool:
    """One sentence denies or debunks, the other does not: whatever they share, they do
    not agree."""
    return (polarity(a).kind == DENIED) != (polarity(b).kind == DENIED)


def same_words(a: Profile, b: Profile) -> bool:
    """Two short sentences with the very same content words ("Nine people were killed." /
    "Seven people were killed.") are on one topic however few the words."""
    words = plain_words(a)
    return len(words) >= MIN_AGREE_WORDS and words == plain_words(b)


def worth_judging(
    a: Profile,
    b: Profile,
    weight: float,
    rarity: Mapping[str, float],
    settings: MatchSettings,
) -> bool:
    """Blocking's test, on word sets alone: could relate() link these two? `weight` is the
    summed rarity of both sentences' words."""
    words = a.words & b.words
    smaller = min(len(a.words), len(b.words))
    if len(words) >= MIN_SHARED_WORDS and len(words) >= settings.topic_threshold * smaller:
        return True
    shared = words | (a.numbers & b.numbers)
    if len(shared) < MIN_AGREE_WORDS:
        return False
    overlap = 2 * sum(rarity[k] for k in shared)
    if overlap >= _BLOCKING_SLACK * settings.claim_threshold * weight:
        return True
    # Figures of one slot are compared whatever the topic. (Denials are not sought
    # beyond the word tests: in a corpus, a denial that shares so little with a statement
    # is about something else far more often than not.)
    if a.quantities and b.quantities and slot_shared(a, b):
        return True
    # A record is written in digits ("52-3"): most pairs have none on one side.
    return bool(a.numbers and b.numbers) and records_shared(a, b)
