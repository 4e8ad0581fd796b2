"""Wire copies: articles that are (nearly) the same text, e.g. one agency story reprinted.

Two outlets printing the same Reuters story are one voice, not two independent sources
agreeing. Exact copies (the same sentences in the same order) are found before any sentence
is judged, so the aligner analyses one of them and lends its links to the others; near
copies (a trimmed ending, a changed headline, a corrected figure) are found afterwards
from the sentence links themselves, at no extra judging cost.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from reader.analysis.comparison import WireCopy
from reader.model import Article, Link

# Two sentences this similar (or identical) are the same sentence, lightly edited.
NEAR_IDENTICAL_SCORE = 0.9
# Two articles are copies when this share of all their sentences (Dice: matched sentences
# of both over sentences of both) has a near-identical counterpart in the other. A reprint
# trimmed by a quarter still passes; two reports quoting the same few lines do not.
WIRE_SHARE = 0.8


@dataclass(frozen=True)
class ExactCopies:
    """Articles grouped by identical sentence text; each group analysed once."""

    representative: list[int]  # article index -> index of the first article with its text

    @property
    def members(self) -> dict[int, list[int]]:
        """Representative -> every article with its text (the representative first)."""
        groups: dict[int, list[int]] = defaultdict(list)
        for article, first in enumerate(self.representative):
            groups[first].append(article)
        return dict(groups)

    def is_representative(self, article: int) -> bool:
        return self.representative[article] == article

    def wire_copies(self) -> list[WireCopy]:
        return [
            WireCopy(first, article, 1.0)
            for article, first in enumerate(self.representative)
            if first != article
        ]


def exact_copies(articles: list[Article]) -> ExactCopies:
    first_with: dict[tuple[str, ...], int] = {}
    representative = []
    for index, article in enumerate(articles):
        text = tuple(sentence.text for sentence in article.sentences)
        representative.append(first_with.setdefault(text, index))
    return ExactCopies(representative)


def near_copies(articles: list[Article], links: list[Link]) -> list[WireCopy]:
    """Pairs of articles whose sentences nearly all have a near-identical counterpart."""
    matched: dict[tuple[int, int], set[tuple[int, int]]] = defaultdict(set)
    for link in links:
        if link.kind == "agree" and link.score >= NEAR_IDENTICAL_SCORE:
            pair = (link.a.article, link.b.article)
            matched[pair].add((link.a.article, link.a.sentence))
            matched[pair].add((link.b.article, link.b.sentence))
    copies = []
    for (a, b), sentences in sorted(matched.items()):
        size = len(articles[a].sentences) + len(articles[b].sentences)
        share = len(sentences) / size
        if share >= WIRE_SHARE:
            copies.append(WireCopy(a, b, round(share, 3)))
    return copies
