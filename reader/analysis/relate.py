"""relate(a, b): do two sentences agree, contradict each other, or neither?

1. Similarity of content words gives a score (a small logistic model, see similarity.py).
2. Sentences on the same topic are searched for typed conflicts (conflicts.py); a real one
   makes the pair a contradiction, whatever the score: "9 killed" and "7 killed" are very
   similar sentences that cannot both be true.
3. Otherwise a score at or above the agree threshold, or one shared figure of the same
   event ("two children killed"), is agreement; anything else is unrelated.
"""

from __future__ import annotations

from collections.abc import Mapping

from reader.analysis.conflicts import (
    EVENT_LABELS,
    Conflict,
    find_conflicts,
    quantity_events,
    same_event_figures,
)
from reader.analysis.events import directions
from reader.analysis.profile import Profile, profile
from reader.analysis.settings import MatchSettings
from reader.analysis.similarity import Similarity, similarity
from reader.model import Judgement
from reader.text.numbers import compatible, describe, plural

_DEFAULT = MatchSettings()
# A pair must share at least this many content words to be on one topic: two short
# sentences sharing "Iran" alone are not about the same thing.
_MIN_SHARED_WORDS = 3
# Negation flips a statement with one word; only trusted between near-paraphrases.
_CLOSE_TOPIC = 0.6
_SHOWN_WORDS = 6
_MIN_AGREE_WORDS = 2


def relate(a: str, b: str, settings: MatchSettings | None = None) -> Judgement:
    return judge(profile(a), profile(b), settings or _DEFAULT)


def judge(
    a: Profile,
    b: Profile,
    settings: MatchSettings,
    rarity: Mapping[str, float] | None = None,
    exact_unrelated: bool = True,
) -> Judgement:
    """Judge two profiled sentences; `rarity` (word -> idf weight in the corpus, if any)
    lets sentences that share rare words count as sharing a claim.

    The aligner keeps no unrelated judgements, so it passes `exact_unrelated=False`: the
    verdict is the same, but an unrelated pair may then carry an upper bound of its score
    instead of the score, which spares the costliest feature for half the candidates.
    """
    sim = similarity(a, b)
    bound = sim.score_bound()
    # Below the threshold either way, every decision below comes out the same.
    score = sim.score() if exact_unrelated or bound >= settings.agree_threshold else bound
    on_topic = sim.topic >= settings.topic_threshold and sim.shared_words >= _MIN_SHARED_WORDS
    if on_topic:
        close = sim.topic >= _CLOSE_TOPIC or score >= settings.agree_threshold
        conflicts = find_conflicts(a, b, close)
        real = [c for c in conflicts if not c.update]
        if real:
            return Judgement("contradict", round(sim.topic, 3), _conflict_reasons(real, a, sim))
        updates = [c.reason for c in conflicts]
    else:
        updates = []
    shared_fact = _shared_figure(a, b) if on_topic else None
    facts = (f"both: {shared_fact}",) if shared_fact else ()
    # A high surface score with no content word in common is an accident of form
    # ("Yanes said." ~ "Howard said."), not agreement.
    if score >= settings.agree_threshold and sim.shared_words >= _MIN_AGREE_WORDS:
        return Judgement("agree", round(score, 3), (*facts, *_shared_reason(a, sim), *updates))
    if shared_fact:
        reasons = (*facts, *_shared_reason(a, sim), *updates)
        return Judgement("agree", round(max(score, settings.agree_threshold), 3), reasons)
    if on_topic and rarity is not None:
        overlap = rare_word_overlap(a, b, sim, rarity)
        if overlap >= settings.claim_threshold:
            reasons = (
                f"shares a claim: rare-word overlap {overlap:.2f}",
                *_shared_reason(a, sim),
                *updates,
            )
            return Judgement("agree", round(max(sim.score(), overlap), 3), reasons)
    if score >= settings.agree_threshold:
        why = f"only {sim.shared_words} content word(s) in common"
    else:
        why = f"similarity {score:.2f} below {settings.agree_threshold:.2f}"
    return Judgement("unrelated", round(score, 3), (why, *updates))


def rare_word_overlap(
    a: Profile, b: Profile, sim: Similarity, rarity: Mapping[str, float]
) -> float:
    """Dice overlap of the two sentences' words, each weighted by its rarity in the corpus."""
    shared = sum(rarity.get(key, 1.0) for key in sim.shared)
    total = sum(rarity.get(k, 1.0) for k in a.words | a.numbers) + sum(
        rarity.get(k, 1.0) for k in b.words | b.numbers
    )
    return 2 * shared / total if total else 0.0


def _shared_reason(a: Profile, sim: Similarity) -> tuple[str, ...]:
    words = _surface_words(a, set(sim.shared))
    if not words:
        return ()
    return (f"shared: {', '.join(words)}",)


def _surface_words(p: Profile, keys: set[str]) -> list[str]:
    """The words of `p` whose keys are in `keys`, as written, in order, without repeats."""
    shown, seen = [], set()
    for token in p.tokens:
        if token.content and token.key in keys and token.key not in seen:
            seen.add(token.key)
            shown.append(token.text)
    # The longest words say most about the claim; keep the sentence order among them.
    keep = set(sorted(shown, key=len, reverse=True)[:_SHOWN_WORDS])
    return [w for w in shown if w in keep][:_SHOWN_WORDS]


def _conflict_reasons(conflicts: list[Conflict], a: Profile, sim: Similarity) -> tuple[str, ...]:
    return (*(c.reason for c in conflicts), *_shared_reason(a, sim))


def _shared_figure(a: Profile, b: Profile) -> str | None:
    """A figure both sentences give for the same event: "2 children killed"."""
    dirs_a, dirs_b = directions(a), directions(b)
    for qa, event in zip(a.quantities, quantity_events(a), strict=True):
        if event is None:
            continue
        for qb in same_event_figures(qa, event, b, dirs_a, dirs_b):
            if not compatible(qa, qb):
                continue
            noun = plural(qa.noun) if qa.value != 1 else qa.noun
            first, second = describe(qa), describe(qb)
            if first == second:
                return f"{first} {noun} {event_label(event)}"
            return f"{event_label(event)}: {first} and {second} {noun} are compatible"
    return None


def event_label(event: str) -> str:
    return EVENT_LABELS.get(event, event)
