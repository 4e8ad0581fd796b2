"""The list of articles: number, outlet, title and how many sentences agree, are contradicted
or stand alone. Click a row to open it in the focused pane (keys 1-9 do the same), or focus
the list (o, or Tab) and choose: ↑/↓ move, typing filters by number, outlet or title,
Enter opens the row in the pane, Esc clears the filter, then goes back to the text.

Markers: ▶ the article of the focused pane, • one shown in another pane, ≡ a wire copy."""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from textual import events
from textual.binding import Binding
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


class ArticleList(Widget, can_focus=True):
    BINDINGS = [
        Binding("down", "row(1)", "Next article", id="list_down", show=False),
        Binding("up", "row(-1)", "Previous article", id="list_up", show=False),
        Binding("enter", "choose", "Open in the pane", id="list_choose"),
        Binding("escape", "back", "Back", id="list_back"),
        Binding("backspace", "erase", "Erase", id="list_erase", show=False),
    ]

    takes_typing = True  # printable keys filter the list (the footer shows other keys)

    articles: reactive[list[Article]] = reactive(list, always_update=True, layout=True)
    comparison: reactive[Comparison | None] = reactive(None, always_update=True)
    # Article index shown in each visible pane, and the focused pane's position in it.
    showing: reactive[tuple[int | None, ...]] = reactive(tuple)
    focused: reactive[int] = reactive(0)
    # Choosing from the list: the typed filter and the highlighted row (an article index).
    filter_text: reactive[str] = reactive("", layout=True)
    highlighted: reactive[int | None] = reactive(None)

    _longest_outlet = 8

    @dataclass
    class Chosen(Message):
        article: int

    _rows_key: tuple[str, int] | None = None
    _rows: list[int] = []

    @property
    def rows(self) -> list[int]:
        """The article indices listed, in order: all, or those matching the filter (the
        article whose number is typed first). Kept until the filter or the articles change:
        every drawn line asks for them."""
        key = (self.filter_text, id(self.articles))
        if key != self._rows_key:
            self._rows_key, self._rows = key, self._matching_rows()
        return self._rows

    def _matching_rows(self) -> list[int]:
        needle = self.filter_text.strip().casefold()
        if not needle:
            return list(range(len(self.articles)))
        exact = (
            [int(needle) - 1] if needle.isdigit() and 0 < int(needle) <= len(self.articles) else []
        )
        matching = [
            index
            for index, article in enumerate(self.articles)
            if index not in exact
            and (
                needle in article.outlet.casefold()
                or needle in article.title.casefold()
                or needle in str(index + 1)
            )
        ]
        return exact + matching

    def get_content_height(self, container, viewport, width: int) -> int:
        return len(self.rows) + 1

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        rows = self.rows
        if offset is not None and 1 <= offset.y <= len(rows):
            self.post_message(self.Chosen(rows[offset.y - 1]))

    def on_focus(self) -> None:
        if self.highlighted is None or self.highlighted not in self.rows:
            current = self.showing[self.focused] if self.focused < len(self.showing) else None
            self.highlighted = current if current is not None else 0
        self.refresh()

    def on_blur(self) -> None:
        self.filter_text = ""
        self.refresh()

    def on_key(self, event: events.Key) -> None:
        # Typing filters: printable keys go to the filter, not to the screen's bindings.
        if event.is_printable and event.character and event.character.isprintable():
            self.filter_text += event.character
            event.stop()
            event.prevent_default()

    def action_row(self, step: int) -> None:
        rows = self.rows
        if not rows:
            return
        at = rows.index(self.highlighted) if self.highlighted in rows else -step
        self.highlighted = rows[max(0, min(len(rows) - 1, at + step))]

    def action_choose(self) -> None:
        rows = self.rows
        if self.highlighted in rows:
            self.post_message(self.Chosen(self.highlighted))
        elif rows:
            self.post_message(self.Chosen(rows[0]))

    def action_erase(self) -> None:
        self.filter_text = self.filter_text[:-1]

    def action_back(self) -> None:
        if self.filter_text:
            self.filter_text = ""
        else:
            self.screen.focus_pane_again()

    def watch_filter_text(self) -> None:
        rows = self.rows
        if rows and self.highlighted not in rows:
            self.highlighted = rows[0]
        self.refresh()

    def watch_highlighted(self) -> None:
        self.refresh()
        if self.highlighted is not None and self.highlighted in self.rows:
            self._reveal_row(self.rows.index(self.highlighted))

    def render_line(self, y: int) -> Strip:
        # Line API: the compositor asks only for the rows in view, so a list of hundreds of
        # articles costs a screenful of rows per repaint, not the whole list.
        width = self.content_region.width
        rows = self.rows
        if y == 0:
            content = self._header()
        elif y <= len(rows):
            content = self._row(rows[y - 1], self.articles[rows[y - 1]])
        else:
            return Strip.blank(width, self.visual_style.rich_style)
        strips = Visual.to_strips(self, content, width, 1, self.visual_style, pad=True)
        return strips[0] if strips else Strip.blank(width, self.visual_style.rich_style)

    def row_text(self, y: int) -> str:
        """The plain text of line `y` (0 is the header), as drawn."""
        return self.render_line(y).text

    def _widths(self) -> tuple[int, int]:
        width = self.content_region.width
        outlet_width = max(8, min(34, self._longest_outlet, width // 3))
        return outlet_width, max(10, width - 6 - outlet_width - 2 - _COUNTS_WIDTH)

    def watch_articles(self) -> None:
        self._longest_outlet = max((cell_len(a.outlet) for a in self.articles), default=8)
        self.refresh()

    def _header(self) -> Content:
        outlet_width, title_width = self._widths()
        if self.has_focus:
            typed = sanitise(self.filter_text)
            hint = (
                f"filter: {typed}▏ ({len(self.rows)} of {len(self.articles)})"
                if typed
                else ("type to filter · ↑↓ · Enter opens · Esc back")
            )
            return Content.styled(hint[: self.content_region.width], "bold $accent")
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
        elif index in self._copies():
            marker = "≡ "
        number = f"{index + 1:>3} "
        outlet = _fit(sanitise(article.outlet), outlet_width)
        title = _fit(sanitise(article.title), title_width)
        row_style = "reverse" if self.has_focus and index == self.highlighted else ""
        parts: list[str | tuple[str, str]] = [
            (number, "$text-muted"),
            (marker, "$accent"),
            (outlet, f"bold {row_style}".strip()),
            "  ",
            (title, row_style),
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
        if self.focused >= len(self.showing) or self.has_focus:
            return
        article = self.showing[self.focused]
        if article is not None and article < len(self.articles) and not self.filter_text:
            self._reveal_row(article)

    def _reveal_row(self, row: int) -> None:
        box = self.parent
        if isinstance(box, Widget):
            region = Region(0, row + 1, 1, 1)  # + 1: the header line
            box.scroll_to_region(region, animate=False, immediate=True, force=True)

    def _copies(self) -> set[int]:
        """Articles that are wire copies of an earlier one (the later of each pair)."""
        if self.comparison is None:
            return set()
        return {max(copy.a, copy.b) for copy in self.comparison.wire_copies}


def _fit(text: str, width: int) -> str:
    """Cut or pad `text` to exactly `width` cells."""
    if cell_len(text) > width:
        while text and cell_len(text) > width - 1:
            text = text[:-1]
        text += "…"
    return text + " " * (width - cell_len(text))
