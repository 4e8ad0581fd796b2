"""How much two sentences say the same thing, from their content words.

Scores are rapidfuzz measures over normalised content keys (stems and concepts), not raw
strings, so "claimed the lives of two children" and "killed at least two children" share
their keys; names spelt differently (Baluchestan / Balochistan) match by fuzzy ratio.
The features are combined by a logistic model with a handful of weights (see weights.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from reader.analysis.profile import Profile
from reader.analysis.weights import BIAS, WEIGHTS

# Two different words count as one spelling of the same name at or above this ratio, and
# only when both are long enough that a couple of letters cannot turn one word into another.
_FUZZY_WORD_RATIO = 80
_FUZZY_MIN_LENGTH = 5


@dataclass(frozen=True)
class Similarity:
    shared: tuple[str, ...]  # content keys of A that B also has (exactly or fuzzily)
    recall_a: float  # share of A's content words found in B
    recall_b: float  # share of B's content words found in A
    sequence: float  # order-aware similarity of the content key sequences
    set_ratio: float  # rapidfuzz token_set_ratio of the content keys, 0..1
    length: float  # shorter / longer, in content words
    word_overlap: float  # min(precision, recall) of all word keys, stop words included
    phrase_overlap: float  # max(precision, recall) of shared 4-word runs
    surface: float  # rapidfuzz ratio of the lower-cased sentences
    size: float  # log of the two sentences' word count: long pairs rarely match word for word
    topic: float  # share of the shorter sentence's words (numbers aside) the other has
    shared_words: int  # how many content words (numbers aside) the two share
    lowered: tuple[str, str]  # the two sentences lower-cased, for `partial`

    @cached_property
    def partial(self) -> float:
        """rapidfuzz partial_ratio: the shorter sentence inside the longer. The costliest
        feature by far (half of all judging time), so computed only when asked for."""
        return fuzz.partial_ratio(*self.lowered) / 100.0

    def vector(self) -> tuple[float, ...]:
        """The features in the order of weights.WEIGHTS."""
        return self._features(self.partial)

    def score(self) -> float:
        return _logistic(self._features(self.partial))

    def score_bound(self) -> float:
        """An upper bound of score() found without computing `partial` (0..1): the score
        with that feature at whichever end its weight favours (plus a hair, so rounding
        cannot put it below the score). Below a threshold, the score is below it too."""
        return _logistic(self._features(1.0 if WEIGHTS[_PARTIAL] > 0 else 0.0), 1e-9)

    def _features(self, partial: float) -> tuple[float, ...]:
        return (
            self.word_overlap,
            self.phrase_overlap,
            self.surface,
            self.set_ratio,
            self.size,
            partial,
            self.length,
            _harmonic(self.recall_a, self.recall_b),
            self.sequence,
        )


_PARTIAL = 5  # position of `partial` in the features


def _logistic(features: tuple[float, ...], margin: float = 0.0) -> float:
    z = BIAS + sum(w * x for w, x in zip(WEIGHTS, features, strict=True)) + margin
    return 1.0 / (1.0 + math.exp(-z))


def similarity(a: Profile, b: Profile) -> Similarity:
    matched_a, matched_b = _match_words(a, b)
    shared_numbers = a.numbers & b.numbers
    size_a = len(a.words) + len(a.numbers)
    size_b = len(b.words) + len(b.numbers)
    recall_a = (len(matched_a) + len(shared_numbers)) / size_a if size_a else 0.0
    recall_b = (len(matched_b) + len(shared_numbers)) / size_b if size_b else 0.0
    seq_a = [matched_a.get(k, k) for k in a.content]  # A's fuzzy matches in B's spelling
    seq_b = list(b.content)
    words_shared = len(matched_a)
    smaller = min(len(a.words), len(b.words))
    lower_a, lower_b = a.derived(_lower), b.derived(_lower)
    words_a, words_b = a.derived(_word_set), b.derived(_word_set)
    runs_a, runs_b = a.derived(_four_word_runs), b.derived(_four_word_runs)
    return Similarity(
        shared=tuple(sorted(matched_a)) + tuple(sorted(shared_numbers)),
        recall_a=recall_a,
        recall_b=recall_b,
        sequence=Indel.normalized_similarity(seq_a, seq_b),
        set_ratio=fuzz.token_set_ratio(" ".join(seq_a), " ".join(seq_b)) / 100.0,
        length=min(size_a, size_b) / max(size_a, size_b) if size_a and size_b else 0.0,
        word_overlap=min(_precision_recall(words_a, words_b)),
        phrase_overlap=max(_precision_recall(runs_a, runs_b)),
        surface=fuzz.ratio(lower_a, lower_b) / 100.0,
        size=math.log(len(a.tokens) + len(b.tokens) + 1),
        topic=min(1.0, words_shared / smaller) if smaller else 0.0,
        shared_words=words_shared,
        lowered=(lower_a, lower_b),
    )


# Per-sentence parts of the features, computed once per sentence (Profile.derived).


def _lower(p: Profile) -> str:
    return p.text.lower()


def _word_set(p: Profile) -> frozenset[str]:
    """Every token's key, stop words included."""
    return frozenset(t.key for t in p.tokens)


def _four_word_runs(p: Profile) -> frozenset[tuple[str, ...]]:
    keys = [t.key for t in p.tokens]
    return frozenset(tuple(keys[i : i + 4]) for i in range(len(keys) - 3))


def _long_words(p: Profile) -> tuple[str, ...]:
    """The sentence's words long enough to be matched by spelling, sorted."""
    return tuple(sorted(w for w in p.words if len(w) >= _FUZZY_MIN_LENGTH))


def _precision_recall(x: set, y: set) -> tuple[float, float]:
    if not x or not y:
        return 0.0, 0.0
    common = len(x & y)
    return common / len(x), common / len(y)


def _match_words(a: Profile, b: Profile) -> tuple[dict[str, str], set[str]]:
    """Pair A's words with B's: exact keys first, then fuzzy spellings of long words.

    Returns {word of A: word of B it matched} and the set of B's matched words.
    """
    words_a, words_b = a.words, b.words
    matched = {w: w for w in words_a & words_b}
    initials_b = b.derived(_long_words_by_initial)
    if initials_b:
        for word in a.derived(_long_words):
            if word in words_b:
                continue
            partner = _fuzzy_partner(word, initials_b.get(word[0], ()), words_a)
            if partner is not None:
                matched[word] = partner
    return matched, set(matched.values())


def _long_words_by_initial(p: Profile) -> dict[str, tuple[str, ...]]:
    """The sentence's long words (_long_words) by first letter, each group sorted."""
    groups: dict[str, list[str]] = {}
    for word in p.derived(_long_words):
        groups.setdefault(word[0], []).append(word)
    return {initial: tuple(words) for initial, words in groups.items()}


def _fuzzy_partner(word: str, candidates: tuple[str, ...], taken: frozenset[str]) -> str | None:
    """The candidate spelt most like `word` (the first of equals), of those not in `taken`.

    Only candidates with the same first letter are given: spelling variants of names keep
    it (Baluch/Baloch), while unrelated words that happen to look alike (tension/extension)
    often do not.
    """
    best, best_score = None, 0.0
    for candidate in candidates:
        if candidate in taken:
            continue
        score = fuzz.ratio(word, candidate, score_cutoff=_FUZZY_WORD_RATIO)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _harmonic(x: float, y: float) -> float:
    return 2 * x * y / (x + y) if x + y else 0.0
