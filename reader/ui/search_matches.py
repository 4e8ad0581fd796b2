"""Search over the loaded articles, without widgets: which sentences hold the query, and the
next or previous one from where the cursor is. Case-insensitive substring matching:
predictable for quotes and figures. One place for the search screen and the n-for-search keys."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from reader.model import Article, SentenceRef

MIN_QUERY = 2


def find_matches(articles: list[Article], query: str) -> list[SentenceRef]:
    """Every sentence containing `query`, in reading order (article, then sentence)."""
    needle = query.strip().casefold()
    if len(needle) < MIN_QUERY:
        return []
    return [
        SentenceRef(a, sentence.index)
        for a, article in enumerate(articles)
        for sentence in article.sentences
        if needle in sentence.text.casefold()
    ]


def step(matches: list[SentenceRef], here: SentenceRef | None, forward: bool) -> SentenceRef | None:
    """The match after (or before) `here`, wrapping round; None when there are none."""
    if not matches:
        return None
    if here is None:
        return matches[0] if forward else matches[-1]
    key = (here.article, here.sentence)
    keys = [(m.article, m.sentence) for m in matches]
    if forward:
        at = bisect_right(keys, key)
        return matches[at % len(matches)]
    at = bisect_left(keys, key) - 1
    return matches[at % len(matches)]


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of `query` in `text`, case-insensitive."""
    needle = query.strip().casefold()
    if len(needle) < MIN_QUERY:
        return []
    # casefold can change lengths (ß -> ss); lower() keeps offsets for nearly all text.
    haystack, needle = text.lower(), query.strip().lower()
    spans, at = [], haystack.find(needle)
    while at >= 0 and needle:
        spans.append((at, at + len(needle)))
        at = haystack.find(needle, at + len(needle))
    return spans
