"""Does the input hold several stories? A hint for the UI, not story grouping.

Articles about one story share claims: most pairs are joined, directly or through others, by
agreeing sentences. Articles about different stories share at most a chance sentence or two.
So: join two articles when they agree on at least MIN_SHARED sentences, and count the
groups that form. Several groups of two or more articles (or a corpus that falls apart into
many lone articles) mean several stories; contradictions between them are then likely to be
one story set against another.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from reader.analysis.comparison import Comparison

MIN_SHARED = 2  # agreeing sentence pairs that tie two articles to one story
# A group is a story of its own when it holds at least MIN_GROUP articles and MIN_SHARE of
# them: a single story whose articles agree sparsely falls into small groups and lone
# articles (ECB+ topic 1: groups of 4, 3 and 2 among 21), which must not raise the alarm.
MIN_GROUP = 3
MIN_SHARE = 0.25
MIN_ARTICLES = 4  # fewer articles than this: too few to tell


@dataclass(frozen=True)
class StoryHint:
    groups: list[list[int]]  # article indices per group, largest first

    @property
    def stories(self) -> int:
        total = sum(len(group) for group in self.groups)
        return sum(1 for group in self.groups if len(group) >= max(MIN_GROUP, MIN_SHARE * total))

    @property
    def several(self) -> bool:
        return self.stories >= 2

    def message(self) -> str | None:
        if not self.several:
            return None
        return (
            f"These articles seem to tell {self.stories} different stories: contradictions "
            "between them may be one story set against another. Open one story's folder "
            "at a time for a cleaner comparison."
        )


def story_hint(comparison: Comparison) -> StoryHint:
    count = len(comparison.articles)
    if count < MIN_ARTICLES:
        return StoryHint([list(range(count))])
    shared: Counter[tuple[int, int]] = Counter()
    for link in comparison.links:
        if link.kind == "agree" and link.a.article != link.b.article:
            shared[tuple(sorted((link.a.article, link.b.article)))] += 1
    parent = list(range(count))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for (a, b), number in shared.items():
        if number >= MIN_SHARED:
            parent[find(a)] = find(b)
    groups: dict[int, list[int]] = {}
    for article in range(count):
        groups.setdefault(find(article), []).append(article)
    return StoryHint(sorted(groups.values(), key=len, reverse=True))
