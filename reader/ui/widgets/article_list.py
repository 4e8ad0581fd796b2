"""The list of articles: number, outlet, title and how many sentences agree, are contradicted
or stand alone. Click a row to open it in the focused pane (keys 1-9 do the same)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from textual import events
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from reader.analysis.comparison import Comparison
from reader.model import Article
from reader.ui.layout import sanitise

_COUNTS_WIDTH = 26  # "  12 agree  3 contra  5 own"


class ArticleList(Widget):
    articles: reactive[list[Article]] = reactive(list, always_update=True, layout=True)
    comparison: reactive[Comparison | None] = reactive(None, always_update=True)
    # Article index shown in each visible pane, and the focused pane's position in it.
    showing: reactive[tuple[int | None, ...]] = reactive(tuple)
    focused: reactive[int] = reactive(0)

    @dataclass
    class Chosen(Message):
        article: int

    def get_content_height(self, container, viewport, width: int) -> int:
        return len(self.articles) + 1

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is not None and 1 <= offset.y <= len(self.articles):
            self.post_message(self.Chosen(offset.y - 1))

    def render(self) -> Content:
        width = self.content_region.width
        outlet_width = max(8, min(24, max((cell_len(a.outlet) for a in self.articles), default=8)))
        title_width = max(10, width - 6 - outlet_width - 2 - _COUNTS_WIDTH)
        rows = [self._header(outlet_width, title_width)]
        rows += [
            self._row(index, article, outlet_width, title_width)
            for index, article in enumerate(self.articles)
        ]
        return Content("\n").join(rows)

    def _header(self, outlet_width: int, title_width: int) -> Content:
        label = f"{'#':>3}   {'outlet':<{outlet_width}}  {'title':<{title_width}}"
        return Content.assemble(
            (label, "$text-muted"),
            ("   agree", "$text-success"),
            ("  contra", "$text-error"),
            ("  unique", "$text-muted"),
        )

    def _row(self, index: int, article: Article, outlet_width: int, title_width: int) -> Content:
        marker = "  "
        if index in self.showing:
            focused = self.focused < len(self.showing) and self.showing[self.focused] == index
            marker = "▶ " if focused else "• "
        number = f"{index + 1:>3} "
        outlet = _fit(sanitise(article.outlet), outlet_width)
        title = _fit(sanitise(article.title), title_width)
        parts: list[str | tuple[str, str]] = [
            (number, "$text-muted"),
            (marker, "$accent"),
            (outlet, "bold"),
            "  ",
            title,
        ]
        if self.comparison is None or index >= len(self.comparison.articles):
            parts.append(("   comparing…", "$text-muted"))
        else:
            stats = self.comparison.stats(index)
            parts += [
                (f"{stats.agree:>8}", "$text-success"),
                (
                    f"{stats.contradict:>8}",
                    "bold $text-error" if stats.contradict else "$text-muted",
                ),
                (f"{stats.unique:>8}", "$text-muted"),
            ]
        return Content.assemble(*parts)

    def watch_showing(self) -> None:
        self.refresh()

    def watch_focused(self) -> None:
        self.refresh()


def _fit(text: str, width: int) -> str:
    """Cut or pad `text` to exactly `width` cells."""
    if cell_len(text) > width:
        while text and cell_len(text) > width - 1:
            text = text[:-1]
        text += "…"
    return text + " " * (width - cell_len(text))
