"""relate(a, b): do two sentences agree, contradict each other, or neither?

    >>> relate("Nine people were killed.", "Seven people were killed.").kind
    'contradict'
    >>> relate("Nine people were killed.", "Seven people were killed.").reasons[0]
    'killed: 9 vs 7'
    >>> relate("Apple denies it will close Beats.", "Apple will close Beats.").types
    ('polarity',)
    >>> relate("At least nine people died in the attack.", "The attack killed nine.").kind
    'agree'
    >>> relate("Iraq recalled its ambassador.", "Pakistan recalled its ambassador.").kind
    'unrelated'

1. Similarity of content words gives a score (a small logistic model, see similarity.py).
2. Sentences on the same topic are searched for typed conflicts by the detectors (one
   module per kind, see detectors/): a real one makes the pair a contradiction, whatever
   the score: "9 killed" and "7 killed" are very similar sentences that cannot both be
   true.
3. Otherwise a score at or above the agree threshold, or one figure both give for the same
   slot of the same event ("two children killed"), is agreement, unless the two name
   different actors for one claim ("Iraq recalled its ambassador" / "Pakistan recalled its
   ambassador"); inside a corpus, sentences sharing rare words share a claim.

The verdict is symmetric: the pair is judged in one canonical order, and reasons are
turned to face the caller's order.
"""

from __future__ import annotations

from collections.abc import Mapping

from reader.analysis.detectors import Pair, find_conflicts, find_conflicts_screened
from reader.analysis.detectors.count import figures_differ, may_share_figure, shared_figure
from reader.analysis.events import COUNTRIES
from reader.analysis.gate import MIN_AGREE_WORDS, compare_facts, denial_apart, on_topic
from reader.analysis.profile import Profile, profile
from reader.analysis.settings import MatchSettings
from reader.analysis.similarity import Similarity, similarity
from reader.facts.clauses import capitalised_keys, plain_words
from reader.facts.figures import Figure
from reader.lexicon.events import EVENT_LABELS
from reader.model import Judgement
from reader.text.numbers import describe, plural

_DEFAULT = MatchSettings()
# Negation flips a statement with one word; only trusted between near-paraphrases.
_CLOSE_TOPIC = 0.6
_SHOWN_WORDS = 6
# Words besides the names that two sentences of "the same claim, different actors" may
# differ in.
_ACTOR_SLACK = 1


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
    swapped = b.text < a.text
    if swapped:
        a, b = b, a
    return _judge(a, b, settings, rarity, exact_unrelated, swapped, find_conflicts, shared_figure)


def judge_screened(
    a: Profile, b: Profile, settings: MatchSettings, rarity: Mapping[str, float] | None
) -> Judgement:
    """judge(a, b, settings, rarity, exact_unrelated=False), the aligner's way: the same
    verdict, for less, by asking only the detectors that the two sentences' screens (kept
    per sentence, see detectors/) let speak, and seeking a shared figure only when both
    give one."""
    swapped = b.text < a.text
    if swapped:
        a, b = b, a
    return _judge(a, b, settings, rarity, False, swapped, find_conflicts_screened, _shared_figure)


def _shared_figure(pair: Pair):
    return shared_figure(pair) if may_share_figure(pair.a, pair.b) else None


def _judge(a, b, settings, rarity, exact_unrelated, swapped, find_conflicts, shared_figure):
    sim = similarity(a, b)
    bound = sim.score_bound()
    # Below the threshold either way, every decision below comes out the same.
    score = sim.score() if exact_unrelated or bound >= settings.agree_threshold else bound
    topical = on_topic(a, b, sim, settings)
    paraphrase = score >= settings.agree_threshold
    pair = Pair(a, b, sim, close=sim.topic >= _CLOSE_TOPIC or paraphrase, paraphrase=paraphrase)
    conflicts = find_conflicts(pair) if topical or compare_facts(a, b) else []
    real = [c for c in conflicts if not c.update]
    if real:
        reasons = (*(c.facing(swapped) for c in real), *_shared_reason(a, sim))
        types = tuple(dict.fromkeys(c.kind for c in real))
        return Judgement("contradict", round(sim.topic, 3), reasons, types)
    updates = tuple(c.facing(swapped) for c in conflicts)
    shared_fact = shared_figure(pair) if topical or sim.shared_words >= MIN_AGREE_WORDS else None
    facts = (f"both: {_describe_shared(*shared_fact)}",) if shared_fact else ()
    if denial_apart(a, b):
        why = "one sentence denies what the other states"
        return Judgement("unrelated", round(score, 3), (why, *updates))
    if actors_apart(a, b):
        why = "the two name different actors"
        return Judgement("unrelated", round(score, 3), (why, *updates))
    if not shared_fact and score < settings.agree_threshold and figures_differ(a, b):
        why = "the two give different figures (of two events, or a possible update)"
        return Judgement("unrelated", round(score, 3), (why, *updates))
    # A high surface score with no content word in common is an accident of form
    # ("Yanes said." ~ "Howard said."), not agreement.
    if score >= settings.agree_threshold and sim.shared_words >= MIN_AGREE_WORDS:
        return Judgement("agree", round(score, 3), (*facts, *_shared_reason(a, sim), *updates))
    if shared_fact:
        reasons = (*facts, *_shared_reason(a, sim), *updates)
        return Judgement("agree", round(max(score, settings.agree_threshold), 3), reasons)
    if rarity is not None and sim.shared_words >= MIN_AGREE_WORDS:
        overlap = rare_word_overlap(a, b, sim, rarity)
        if overlap >= settings.claim_threshold:
            reasons = (
                f"shares a claim: rare-word overlap {overlap:.2f}",
                *_shared_reason(a, sim),
                *updates,
            )
            # The score never exceeds its bound: computed only when it may win.
            best = overlap if bound <= overlap else max(sim.score(), overlap)
            return Judgement("agree", round(best, 3), reasons)
    if score >= settings.agree_threshold:
        why = f"only {sim.shared_words} content word(s) in common"
    else:
        why = f"similarity {score:.2f} below {settings.agree_threshold:.2f}"
    return Judgement("unrelated", round(score, 3), (why, *updates))


def actors_apart(a: Profile, b: Profile) -> bool:
    """The same claim of different actors: "Iraq recalled its ambassador" and "Pakistan
    recalled its ambassador" share every word but the names, and no name.

    Kept this narrow on purpose: outlets name one actor in many ways ("a Vancouver man" /
    "Eric Allen Kirkpatrick, 61"), so differing names alone never part two sentences.
    """
    names_a, names_b = _names(a), _names(b)
    if not (names_a and names_b) or not names_a.isdisjoint(names_b):
        return False
    rest_a, rest_b = plain_words(a) - names_a, plain_words(b) - names_b
    return bool(rest_a) and len(rest_a ^ rest_b) <= _ACTOR_SLACK


def _names(p: Profile) -> frozenset[str]:
    return p.derived(_names_of)


def _names_of(p: Profile) -> frozenset[str]:
    """The names a sentence uses: capitalised words after the first, and the first word
    when it is a country or a demonym (its capital says nothing otherwise)."""
    names = capitalised_keys(p)
    first = p.tokens[0] if p.tokens else None
    if first is not None and first.capital and first.key in COUNTRIES:
        names |= {first.key}
    return names


def rare_word_overlap(
    a: Profile, b: Profile, sim: Similarity, rarity: Mapping[str, float]
) -> float:
    """Dice overlap of the two sentences' words, each weighted by its rarity in the corpus."""
    shared = sum(rarity.get(key, 1.0) for key in sim.shared)
    total = _weight(a, rarity) + _weight(b, rarity)
    return 2 * shared / total if total else 0.0


def _weight(p: Profile, rarity: Mapping[str, float]) -> float:
    """The summed rarity of a sentence's words; a corpus's rarity table keeps it per
    sentence (the aligner asks for it once per candidate pair)."""
    memo = getattr(rarity, "weights", None)
    if memo is not None and p.text in memo:
        return memo[p.text]
    weight = sum(rarity.get(k, 1.0) for k in p.words | p.numbers)
    if memo is not None:
        memo[p.text] = weight
    return weight


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


def _describe_shared(fa: Figure, fb: Figure) -> str:
    """ "2 children killed", or "killed: at least 7 and 9 people are compatible"."""
    qa, qb = fa.quantity, fb.quantity
    noun = plural(qa.noun) if qa.value != 1 else qa.noun
    label = event_label(fa.event or "")
    first, second = describe(qa), describe(qb)
    if first == second:
        return f"{first} {noun} {label}"
    low, high = sorted((first, second))
    return f"{label}: {low} and {high} {noun} are compatible"


def event_label(event: str) -> str:
    return EVENT_LABELS.get(event, event)


__all__ = [
    "actors_apart",
    "event_label",
    "judge",
    "judge_screened",
    "rare_word_overlap",
    "relate",
]
