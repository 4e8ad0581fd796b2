"""The list of articles: number, outlet, title and how many sentences agree, are contradicted
or stand alone. Click a row to open it in the focused pane (keys 1-9 do the same)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from textual import events
from textual.containers import VerticalScroll
from textual.content import Content
from textual.geometry import Region
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.visual import Visual
from textual.widget import Widget

from reader.analysis.comparison import Comparison
from reader.model import Article
from reader.ui.layout import sanitise

_COUNTS_WIDTH = 26  # "  12 agree  3 contra  5 own"


class ArticleListBox(VerticalScroll, can_focus=False):
    """Scrolls the list; the list itself takes the focus."""


class ArticleList(Widget):
    articles: reactive[list[Article]] = reactive(list, always_update=True, layout=True)
    comparison: reactive[Comparison | None] = reactive(None, always_update=True)
    # Article index shown in each visible pane, and the focused pane's position in it.
    showing: reactive[tuple[int | None, ...]] = reactive(tuple)
    focused: reactive[int] = reactive(0)

    _longest_outlet = 8

    @dataclass
    class Chosen(Message):
        article: int

    def get_content_height(self, container, viewport, width: int) -> int:
        return len(self.articles) + 1

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is not None and 1 <= offset.y <= len(self.articles):
            self.post_message(self.Chosen(offset.y - 1))

    def render_line(self, y: int) -> Strip:
        # Line API: the compositor asks only for the rows in view, so a list of hundreds of
        # articles costs a screenful of rows per repaint, not the whole list.
        width = self.content_region.width
        if y == 0:
            content = self._header()
        elif y <= len(self.articles):
            content = self._row(y - 1, self.articles[y - 1])
        else:
            return Strip.blank(width, self.visual_style.rich_style)
        strips = Visual.to_strips(self, content, width, 1, self.visual_style, pad=True)
        return strips[0] if strips else Strip.blank(width, self.visual_style.rich_style)

    def row_text(self, y: int) -> str:
        """The plain text of line `y` (0 is the header), as drawn."""
        return self.render_line(y).text

    def _widths(self) -> tuple[int, int]:
        width = self.content_region.width
        outlet_width = max(8, min(24, self._longest_outlet))
        return outlet_width, max(10, width - 6 - outlet_width - 2 - _COUNTS_WIDTH)

    def watch_articles(self) -> None:
        self._longest_outlet = max((cell_len(a.outlet) for a in self.articles), default=8)
        self.refresh()

    def _header(self) -> Content:
        outlet_width, title_width = self._widths()
        label = f"{'#':>3}   {'outlet':<{outlet_width}}  {'title':<{title_width}}"
        return Content.assemble(
            (label, "$text-muted"),
            ("   agree", "$text-success"),
            ("  contra", "$text-error"),
            ("  unique", "$text-muted"),
        )

    def _row(self, index: int, article: Article) -> Content:
        outlet_width, title_width = self._widths()
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
        self._reveal_focused_row()

    def watch_focused(self) -> None:
        self.refresh()
        self._reveal_focused_row()

    def _reveal_focused_row(self) -> None:
        # The list shows a few rows at a time: keep the focused pane's article among them.
        box = self.parent
        if not isinstance(box, Widget) or self.focused >= len(self.showing):
            return
        article = self.showing[self.focused]
        if article is not None:
            row = Region(0, article + 1, 1, 1)  # + 1: the header line
            box.scroll_to_region(row, animate=False, immediate=True, force=True)


def _fit(text: str, width: int) -> str:
    """Cut or pad `text` to exactly `width` cells."""
    if cell_len(text) > width:
        while text and cell_len(text) > width - 1:
            text = text[:-1]
        text += "…"
    return text + " " * (width - cell_len(text))
