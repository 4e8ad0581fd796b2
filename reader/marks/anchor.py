"""Finding a mark again in the current text of its article.

A saved mark holds the sentence indices it had, the article's content hash at the time, the
marked text and some text on either side. On load:
1. same content hash and the same text at the saved indices: nothing moved;
2. otherwise look for runs of sentences whose text is the marked text (ignoring differences
   in whitespace); several candidates are told apart by how much of the saved prefix and
   suffix they share, then by closeness to the old position;
3. no candidate: the mark is orphaned (kept in the file, reported, not shown).
"""

from __future__ import annotations

import re

from reader.marks.model import CONTEXT_CHARS
from reader.model import Article

_SPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    """Text with every run of whitespace made one space: reflowed lines still match."""
    return _SPACE.sub(" ", text).strip()


def quote(article: Article, start: int, end: int) -> tuple[str, str, str]:
    """The text of sentences start..end (inclusive) and its prefix and suffix in the article."""
    first, last = article.sentences[start], article.sentences[end]
    text = article.text[first.start : last.end]
    prefix = article.text[max(0, first.start - CONTEXT_CHARS) : first.start]
    suffix = article.text[last.end : last.end + CONTEXT_CHARS]
    return text, prefix, suffix


def locate(
    article: Article,
    content_hash: str,
    start: int,
    end: int,
    text: str,
    prefix: str,
    suffix: str,
) -> tuple[int, int] | None:
    """The (start, end) sentence range where the marked text is now, or None if it is gone."""
    wanted = squash(text)
    if content_hash == article.content_hash and _range_text(article, start, end) == wanted:
        return start, end
    candidates = _runs_with_text(article, wanted)
    if not candidates:
        return None

    def preference(run: tuple[int, int]) -> tuple[int, int]:
        _, now_prefix, now_suffix = quote(article, *run)
        shared = _common_suffix(squash(prefix), squash(now_prefix)) + _common_prefix(
            squash(suffix), squash(now_suffix)
        )
        return -shared, abs(run[0] - start)

    return min(candidates, key=preference)


def _range_text(article: Article, start: int, end: int) -> str | None:
    if not 0 <= start <= end < len(article.sentences):
        return None
    return squash(quote(article, start, end)[0])


def _runs_with_text(article: Article, wanted: str) -> list[tuple[int, int]]:
    """Every run of consecutive sentences whose joined text is `wanted`."""
    runs = []
    sentences = article.sentences
    for first in range(len(sentences)):
        for last in range(first, len(sentences)):
            joined = squash(article.text[sentences[first].start : sentences[last].end])
            if joined == wanted:
                runs.append((first, last))
            if len(joined) >= len(wanted) or not wanted.startswith(joined):
                break
    return runs


def _common_prefix(a: str, b: str) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])
