"""Align the sentences of many articles: which pairs agree, which contradict.

Comparing every sentence with every other is quadratic, so candidate pairs come from an
inverted index over the sentences' discriminating words (blocking, as passim and TextPAIR
do): two sentences are judged only when they share at least two words that are not
everywhere in the corpus. Agreeing or conflicting sentences share far more than that.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from reader.analysis.profile import Profile, profile
from reader.analysis.relate import judge
from reader.analysis.settings import MatchSettings
from reader.model import Article, Link, SentenceRef

Progress = Callable[[int, int], None]

# A word in more than this share of all sentences says nothing about which ones match
# ("Iran" in a corpus about Iran); it is left out of the index. Small corpora keep every
# word that is in at most _MIN_POSTINGS sentences, whatever the share.
_COMMON_SHARE = 0.05
_MIN_POSTINGS = 64
_MIN_SHARED_KEYS = 2
_PROGRESS_STEPS = 100


def sentence_profiles(articles: list[Article]) -> list[list[Profile]]:
    return [[profile(s.text) for s in article.sentences] for article in articles]


def candidate_pairs(profiles: list[list[Profile]]) -> list[tuple[SentenceRef, SentenceRef]]:
    """Pairs of sentences from different articles sharing enough discriminating words."""
    refs: list[SentenceRef] = []
    keysets: list[frozenset[str]] = []
    for a, article_profiles in enumerate(profiles):
        for s, p in enumerate(article_profiles):
            refs.append(SentenceRef(a, s))
            keysets.append(p.words | p.numbers)
    document_frequency = Counter(key for keys in keysets for key in keys)
    cap = max(_MIN_POSTINGS, int(_COMMON_SHARE * len(keysets)))
    postings: dict[str, list[int]] = defaultdict(list)
    for i, keys in enumerate(keysets):
        for key in keys:
            if document_frequency[key] <= cap:
                postings[key].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for ids in postings.values():
        for x, i in enumerate(ids):
            article_i = refs[i].article
            for j in ids[x + 1 :]:
                if refs[j].article != article_i:
                    shared[(i, j)] += 1
    return [(refs[i], refs[j]) for (i, j), count in shared.items() if count >= _MIN_SHARED_KEYS]


def align(
    articles: list[Article],
    settings: MatchSettings,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Link]:
    profiles = sentence_profiles(articles)
    pairs = sorted(candidate_pairs(profiles))
    rarity = word_rarity(profiles)
    return list(_judge_pairs(pairs, profiles, settings, rarity, progress, cancelled))


def word_rarity(profiles: list[list[Profile]]) -> dict[str, float]:
    """Inverse sentence frequency of each word in the corpus: "Iran" in a corpus about
    Iran weighs little, "Jaish" or "nine" weigh much."""
    count = sum(len(p) for p in profiles)
    frequency = Counter(k for ps in profiles for p in ps for k in p.words | p.numbers)
    return {key: math.log((count + 1) / (df + 0.5)) for key, df in frequency.items()}


def _judge_pairs(
    pairs: list[tuple[SentenceRef, SentenceRef]],
    profiles: list[list[Profile]],
    settings: MatchSettings,
    rarity: dict[str, float],
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> Iterable[Link]:
    total = len(pairs)
    step = max(1, total // _PROGRESS_STEPS)
    for done, (a, b) in enumerate(pairs):
        if done % step == 0:
            if cancelled is not None and cancelled():
                return
            if progress is not None:
                progress(done, total)
        judgement = judge(
            profiles[a.article][a.sentence], profiles[b.article][b.sentence], settings, rarity
        )
        if judgement.kind != "unrelated":
            yield Link(judgement.kind, judgement.score, judgement.reasons, a, b)
    if progress is not None:
        progress(total, total)
