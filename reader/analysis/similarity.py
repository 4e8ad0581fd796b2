"""How much two sentences say the same thing, from their content words.

Scores are rapidfuzz measures over normalised content keys (stems and concepts), not raw
strings, so "claimed the lives of two children" and "killed at least two children" share
their keys; names spelt differently (Baluchestan / Balochistan) match by fuzzy ratio.
The features are combined by a logistic model with a handful of weights (see weights.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

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
    partial: float  # rapidfuzz partial_ratio: the shorter sentence inside the longer
    size: float  # log of the two sentences' word count: long pairs rarely match word for word
    topic: float  # share of the shorter sentence's words (numbers aside) the other has
    shared_words: int  # how many content words (numbers aside) the two share

    def vector(self) -> tuple[float, ...]:
        """The features in the order of weights.WEIGHTS."""
        return (
            self.word_overlap,
            self.phrase_overlap,
            self.surface,
            self.set_ratio,
            self.size,
            self.partial,
            self.length,
            _harmonic(self.recall_a, self.recall_b),
            self.sequence,
        )

    def score(self) -> float:
        z = BIAS + sum(w * x for w, x in zip(WEIGHTS, self.vector(), strict=True))
        return 1.0 / (1.0 + math.exp(-z))


def similarity(a: Profile, b: Profile) -> Similarity:
    matched_a, matched_b = _match_words(a.words, b.words)
    shared_numbers = a.numbers & b.numbers
    size_a = len(a.words) + len(a.numbers)
    size_b = len(b.words) + len(b.numbers)
    recall_a = (len(matched_a) + len(shared_numbers)) / size_a if size_a else 0.0
    recall_b = (len(matched_b) + len(shared_numbers)) / size_b if size_b else 0.0
    seq_a = [matched_a.get(k, k) for k in a.content]  # A's fuzzy matches in B's spelling
    seq_b = list(b.content)
    words_shared = len(matched_a)
    smaller = min(len(a.words), len(b.words))
    keys_a = [t.key for t in a.tokens]
    keys_b = [t.key for t in b.tokens]
    lower_a, lower_b = a.text.lower(), b.text.lower()
    return Similarity(
        shared=tuple(sorted(matched_a)) + tuple(sorted(shared_numbers)),
        recall_a=recall_a,
        recall_b=recall_b,
        sequence=Indel.normalized_similarity(seq_a, seq_b),
        set_ratio=fuzz.token_set_ratio(" ".join(seq_a), " ".join(seq_b)) / 100.0,
        length=min(size_a, size_b) / max(size_a, size_b) if size_a and size_b else 0.0,
        word_overlap=min(_precision_recall(_ngrams(keys_a, 1), _ngrams(keys_b, 1))),
        phrase_overlap=max(_precision_recall(_ngrams(keys_a, 4), _ngrams(keys_b, 4))),
        surface=fuzz.ratio(lower_a, lower_b) / 100.0,
        partial=fuzz.partial_ratio(lower_a, lower_b) / 100.0,
        size=math.log(len(keys_a) + len(keys_b) + 1),
        topic=min(1.0, words_shared / smaller) if smaller else 0.0,
        shared_words=words_shared,
    )


def _ngrams(keys: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(keys[i : i + n]) for i in range(len(keys) - n + 1)}


def _precision_recall(x: set, y: set) -> tuple[float, float]:
    if not x or not y:
        return 0.0, 0.0
    common = len(x & y)
    return common / len(x), common / len(y)


def _match_words(
    words_a: frozenset[str], words_b: frozenset[str]
) -> tuple[dict[str, str], set[str]]:
    """Pair A's words with B's: exact keys first, then fuzzy spellings of long words.

    Returns {word of A: word of B it matched} and the set of B's matched words.
    """
    matched = {w: w for w in words_a & words_b}
    rest_b = [w for w in words_b - words_a if len(w) >= _FUZZY_MIN_LENGTH]
    if rest_b:
        for word in words_a - words_b:
            if len(word) < _FUZZY_MIN_LENGTH:
                continue
            partner = _fuzzy_partner(word, tuple(sorted(rest_b)))
            if partner is not None:
                matched[word] = partner
    return matched, set(matched.values())


@lru_cache(maxsize=262144)
def _fuzzy_partner(word: str, candidates: tuple[str, ...]) -> str | None:
    best, best_score = None, 0.0
    for candidate in candidates:
        # Same first letter: spelling variants of names keep it (Baluch/Baloch), while
        # unrelated words that happen to look alike (tension/extension) often do not.
        if candidate[0] != word[0]:
            continue
        score = fuzz.ratio(word, candidate, score_cutoff=_FUZZY_WORD_RATIO)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _harmonic(x: float, y: float) -> float:
    return 2 * x * y / (x + y) if x + y else 0.0
