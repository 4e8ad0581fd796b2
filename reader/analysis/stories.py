"""Which articles tell the same story: the input split into stories before any sentence
is compared, so that one story is never set against another.

Each article is described by the words it is about: its content words (names weigh more,
the title and the lead count twice), weighted by how rare they are among the articles
(tf-idf), its strongest TERMS kept. Articles join by average linkage (two groups merge only
when their articles are, on average, at least LINK_THRESHOLD alike by cosine), the standard
document-clustering recipe that does not chain one story into the next.

One story alone must stay whole: inside it, its own words ("quake", the town) are in every
article, so plain idf would weigh them at nothing. The idf therefore counts BACKGROUND
articles that hold none of the words, as if the input were always part of a wider day of
news: a word in every one of five articles still weighs log(1 + BACKGROUND / 5), while in
two thousand articles of many stories the background is lost and idf is idf.

Measured on all 36 ECB+ folders at once against the folders (bench/stories.py): B-cubed
F1 0.907, and 32 of the 36 folders stay one story when opened alone. Looser (threshold
0.15-0.18) keeps every folder whole but merges more events of one kind (F1 0.87-0.89);
refusing to merge two groups that are each more alike inside than to each other (a
cohesion rule, tried) splits real single stories (Lindsay Lohan's rehab, 12 and 9
articles) before it parts the events that share their names (two free agents' offers
in one December).
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from reader.analysis.profile import Profile
from reader.facts.clauses import capitalised_keys, plain_words

TERMS = 40  # strongest words kept per article
LEAD = 4  # first sentences counted twice (with the title): what the story is
NAME_WEIGHT = 4.0  # a name says more about which story than a common word
YEAR_WEIGHT = 8.0  # a year tells one event of a kind from the next
BACKGROUND = 1000  # articles of other stories the idf assumes besides the input
LINK_THRESHOLD = 0.22  # average cosine at which two groups of articles are one story


@dataclass(frozen=True)
class Story:
    id: int  # 0-based, in order of the stories' first articles
    title: str  # the title of the article most like the others of the story
    articles: tuple[int, ...]  # ascending article indices

    @property
    def alone(self) -> bool:
        """An article that fits no other: a story of its own."""
        return len(self.articles) == 1


def group_stories(
    titles: Sequence[str], profiles: Sequence[Sequence[Profile]], title_profiles: Sequence[Profile]
) -> list[Story]:
    """Stories of the articles whose sentences have `profiles` (and whose titles have
    `title_profiles`), every article in exactly one."""
    count = len(profiles)
    if count == 0:
        return []
    vectors = _vectors(profiles, title_profiles)
    similarity = _similarities(vectors)
    groups = _average_linkage(count, similarity, LINK_THRESHOLD)
    stories = []
    for number, members in enumerate(sorted(groups, key=min)):
        centre = max(
            members, key=lambda a: (sum(similarity.get(_pair(a, b), 0.0) for b in members), -a)
        )
        stories.append(Story(number, titles[centre], tuple(sorted(members))))
    return stories


def story_of(stories: Sequence[Story], count: int) -> list[int]:
    """Article index -> the id of its story."""
    owner = [0] * count
    for story in stories:
        for article in story.articles:
            owner[article] = story.id
    return owner


def _terms(sentences: Sequence[Profile], title: Profile) -> Counter[str]:
    """How much an article says each word: once per sentence it is in, the lead and the
    title twice, names NAME_WEIGHT times."""
    weights: Counter[str] = Counter()
    for position, p in enumerate((title, *sentences)):
        factor = 2.0 if position <= LEAD else 1.0
        names = capitalised_keys(p)
        for key in plain_words(p):
            weights[key] += factor * (NAME_WEIGHT if key in names else 1.0)
        for key in p.numbers:
            if _is_year(key):
                weights[key] += factor * YEAR_WEIGHT
    return weights


def _is_year(key: str) -> bool:
    return len(key) == 4 and key.isdigit() and 1800 <= int(key) <= 2100


def _vectors(
    profiles: Sequence[Sequence[Profile]], title_profiles: Sequence[Profile]
) -> list[dict[str, float]]:
    counts = [_terms(ps, t) for ps, t in zip(profiles, title_profiles, strict=True)]
    frequency = Counter(key for c in counts for key in c)
    total = len(counts) + BACKGROUND
    vectors = []
    for c in counts:
        weighted = {
            key: (1.0 + math.log(n)) * math.log(total / frequency[key])
            for key, n in c.items()
            if frequency[key] > 1  # a word of one article ties it to none
        }
        strongest = heapq.nlargest(TERMS, weighted.items(), key=lambda kv: kv[1])
        norm = math.sqrt(sum(w * w for _, w in strongest)) or 1.0
        vectors.append({key: w / norm for key, w in strongest})
    return vectors


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def _similarities(vectors: list[dict[str, float]]) -> dict[tuple[int, int], float]:
    """Cosine of every two articles that share a kept word (the others are 0)."""
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for a, vector in enumerate(vectors):
        for key, w in vector.items():
            postings[key].append((a, w))
    similarity: dict[tuple[int, int], float] = defaultdict(float)
    for a, vector in enumerate(vectors):
        for key, w in vector.items():
            for b, x in postings[key]:
                if b > a:
                    similarity[(a, b)] += w * x
    return dict(similarity)


def _average_linkage(
    count: int, similarity: dict[tuple[int, int], float], threshold: float
) -> list[list[int]]:
    """Agglomerative clustering, average linkage, stopped at `threshold`: repeatedly
    merge the two groups whose article pairs are most alike on average (pairs sharing no
    kept word count as 0)."""
    members: dict[int, list[int]] = {a: [a] for a in range(count)}
    # Sum of the similarities between two groups, kept per group and neighbour.
    sums: dict[int, dict[int, float]] = {a: {} for a in range(count)}
    for (a, b), s in similarity.items():
        sums[a][b] = s
        sums[b][a] = s
    heap = [(-s, a, b) for (a, b), s in similarity.items() if s >= threshold]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue  # a group merged since
        current = sums[a].get(b, 0.0) / (len(members[a]) * len(members[b]))
        if abs(current + negative) > 1e-12:
            continue  # a stale entry: the pair is in the heap with its current average
        # b into a
        members[a].extend(members.pop(b))
        for other, s in sums.pop(b).items():
            if other == a:
                continue
            sums[other].pop(b, None)
            total = sums[a].get(other, 0.0) + s
            sums[a][other] = total
            sums[other][a] = total
        sums[a].pop(b, None)
        size = len(members[a])
        for other, total in sums[a].items():
            average = total / (size * len(members[other]))
            if average >= threshold:
                heapq.heappush(heap, (-average, min(a, other), max(a, other)))
    return list(members.values())
