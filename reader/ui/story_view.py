"""What the screen says about stories, read from the Comparison's stories (never computed
here): whether there are several, an article's number inside its story, the heading and the
header line of a story. One story (or no comparison yet) reads exactly as before stories."""

from __future__ import annotations

from collections.abc import Sequence

from reader.analysis.comparison import Comparison
from reader.analysis.stories import Story

ALONE = "stands alone"  # a story of one article: it fits no other story


def several(comparison: Comparison | None) -> bool:
    return comparison is not None and len(comparison.stories) > 1


def number_in_story(comparison: Comparison | None, article: int) -> int:
    """The 1-based number of `article` as the reader sees it: its place in its story when
    there are several stories (keys 1-9 open the story's first nine), else its place in all."""
    if not several(comparison) or article >= len(comparison.articles):
        return article + 1
    return comparison.story(article).articles.index(article) + 1


def story_size(story: Story) -> str:
    if story.alone:
        return ALONE
    return f"{len(story.articles)} articles"


def story_line(comparison: Comparison, story: Story) -> str:
    """The header's line: 'Story 2 of 36 (5 articles): Ferry sinks off Lombok'."""
    return f"Story {story.id + 1} of {len(comparison.stories)} ({story_size(story)}): {story.title}"


def stories_count(comparison: Comparison) -> str:
    return f"{len(comparison.stories)} stories, {len(comparison.articles)} articles"


def fill_panes(story: Sequence[int], panes: int, first: int | None = None) -> list[int | None]:
    """The article for each of `panes` panes showing `story` (its article indices), `first`
    in the first pane if given, then the story's others in order; None where the story has
    no more articles: a pane never borrows one from another story."""
    order = list(story)
    if first is not None and first in order:
        order.remove(first)
        order.insert(0, first)
    return [order[n] if n < len(order) else None for n in range(panes)]
