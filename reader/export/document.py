"""An export as data: the story, when, what was chosen, the sources and the entries."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reader.analysis.comparison import Comparison
from reader.export.passages import Entry, What, select
from reader.marks.model import Mark
from reader.model import Article

_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class ExportDocument:
    story: str  # a title for the whole corpus
    exported: datetime  # local time, with its UTC offset
    what: What
    sources: tuple[Article, ...]
    entries: tuple[Entry, ...]

    def heading(self) -> dict[str, str]:
        """What every format states first: the story, when it was exported, what was chosen."""
        return {
            "story": self.story,
            "exported": self.exported.isoformat(timespec="seconds"),
            "what": self.what,
        }


def build_document(
    comparison: Comparison,
    marks: Sequence[Mark],
    what: What,
    exported: datetime | None = None,
) -> ExportDocument:
    return ExportDocument(
        story=story_title(comparison.articles),
        exported=exported or datetime.now().astimezone(),
        what=what,
        sources=tuple(comparison.articles),
        entries=tuple(select(comparison, marks, what)),
    )


def story_title(articles: Sequence[Article]) -> str:
    """The headline most representative of the corpus: the one sharing most words with the rest.

    Any one outlet's headline reads better than a bag of frequent words, and the headline
    closest to all the others is the least slanted pick among them.
    """
    titles = [a.title.strip() for a in articles if a.title.strip()]
    if not titles:
        return "Untitled story"
    word_sets = [set(_WORD.findall(title.lower())) for title in titles]
    frequency = Counter(word for words in word_sets for word in words)

    def shared(i: int) -> float:
        words = word_sets[i]
        if not words:
            return 0.0
        # Words the other titles also use, per word, so a long headline does not win by length.
        return sum(frequency[w] - 1 for w in words) / len(words)

    best = max(range(len(titles)), key=lambda i: (shared(i), -i))
    return titles[best]
