"""The list of articles: number, outlet, title and how many sentences agree, are contradicted
or stand alone. Click a row to open it in the focused pane (keys 1-9 do the same), or focus
the list (o, or Tab) and choose: ↑/↓ move, typing filters by number, outlet or title,
Enter opens the row in the pane, Esc clears the filter, then goes back to the text.

Markers: ▶ the article of the focused pane, • one shown in another pane, ≡ a wire copy.

With several stories (Comparison.stories) the articles are grouped under a heading per story
(its number, its size, its title), numbered inside their story as keys 1-9 count them; a
heading is not an article: ↑/↓ pass over it, a click on it opens its story. One story lists
as it always did, without a heading."""

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
from reader.ui.story_view import number_in_story, several, story_size

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
    # A layout too: with several stories, the comparison adds a heading line per story.
    comparison: reactive[Comparison | None] = reactive(None, always_update=True, layout=True)
    # Article index shown in each visible pane, and the focused pane's position in it.
    showing: reactive[tuple[int | None, ...]] = reactive(tuple)
    focused: reactive[int] = reactive(0)
    # Choosing from the list: the typed filter and the highlighted row (an article index).
    filter_text: reactive[str] = reactive("", layout=True)
    highlighted: reactive[int | None] = reactive(None)
    story: reactive[int] = reactive(0)  # the id of the story the panes show

    _longest_outlet = 8

    @dataclass
    class Chosen(Message):
        article: int

    @dataclass
    class StoryHeading:
        """A line of the list that heads a story, not an article."""

        story: int

    _rows_key: tuple[str, int, int] | None = None
    _rows: list[int] = []
    _lines: list[int | StoryHeading] = []

    @property
    def rows(self) -> list[int]:
        """The article indices listed, in order: all, or those matching the filter (the
        article whose number is typed first). Kept until the filter, the articles or the
        comparison change: every drawn line asks for them."""
        self._update_rows()
        return self._rows

    @property
    def lines(self) -> list[int | StoryHeading]:
        """What each line below the header shows: an article index or a story's heading
        (with several stories, each heading followed by its articles that match)."""
        self._update_rows()
        return self._lines

    def _update_rows(self) -> None:
        key = (self.filter_text, id(self.articles), id(self.comparison))
        if key == self._rows_key:
            return
        self._rows_key = key
        comparison = self.comparison
        if not several(comparison):
            self._rows = self._matching_rows(range(len(self.articles)))
            self._lines = list(self._rows)
            return
        self._rows, self._lines = [], []
        for story in comparison.stories:
            matching = self._matching_rows(story.articles, in_order=True)
            if matching:
                self._lines += [self.StoryHeading(story.id), *matching]
                self._rows += matching

    def _matching_rows(self, articles, in_order: bool = False) -> list[int]:
        needle = self.filter_text.strip().casefold()
        if not needle:
            return list(articles)
        number = self._number
        exact = [i for i in articles if needle.isdigit() and int(needle) == number(i)]
        matching = [
            index
            for index in articles
            if index not in exact
            and (
                needle in self.articles[index].outlet.casefold()
                or needle in self.articles[index].title.casefold()
                or needle in str(number(index))
            )
        ]
        if in_order:
            return [i for i in articles if i in exact or i in matching]
        return exact + matching

    def _number(self, index: int) -> int:
        return number_in_story(self.comparison, index)

    def _preferred(self) -> int | None:
        """The article a typed number names: in the story on screen, with several."""
        needle = self.filter_text.strip()
        if not needle.isdigit():
            return None
        rows = self.rows
        named = [i for i in rows if self._number(i) == int(needle)]
        here = [i for i in named if self._story_of(i) == self.story]
        return (here or named or [None])[0]

    def _story_of(self, index: int) -> int:
        comparison = self.comparison
        if comparison is None or index >= len(comparison.articles):
            return 0
        return comparison.story(index).id

    def line_of(self, article: int) -> int | None:
        """The line (0 is the header) that lists `article`, if listed."""
        lines = self.lines
        return lines.index(article) + 1 if article in lines else None

    def get_content_height(self, container, viewport, width: int) -> int:
        return len(self.lines) + 1

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        lines = self.lines
        if offset is None or not 1 <= offset.y <= len(lines):
            return
        line = lines[offset.y - 1]
        if isinstance(line, self.StoryHeading):
            # A heading opens its story: its first article listed under it.
            line = lines[offset.y]
        self.post_message(self.Chosen(line))

    def on_focus(self) -> None:
        # Choosing starts from the article of the focused pane (another story's, since the
        # list was last used, maybe).
        current = self.showing[self.focused] if self.focused < len(self.showing) else None
        if current is not None and current in self.rows:
            self.highlighted = current
        elif self.highlighted is None or self.highlighted not in self.rows:
            self.highlighted = self.rows[0] if self.rows else 0
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
        preferred = self._preferred() if several(self.comparison) else None
        if preferred is not None:
            self.highlighted = preferred
        elif rows and self.highlighted not in rows:
            self.highlighted = rows[0]
        self.refresh()

    def watch_highlighted(self) -> None:
        self.refresh()
        line = self.line_of(self.highlighted) if self.highlighted is not None else None
        if line is not None:
            self._reveal_row(line)

    def watch_story(self) -> None:
        # Another story on screen: its heading to the top of the list, its articles below.
        self.refresh()
        line = next(
            (
                n + 1
                for n, entry in enumerate(self.lines)
                if isinstance(entry, self.StoryHeading) and entry.story == self.story
            ),
            None,
        )
        box = self.parent
        if line is not None and isinstance(box, Widget) and not self.filter_text:
            region = Region(0, 0 if line == 1 else line, 1, 1)  # the first: the column names too
            box.scroll_to_region(region, animate=False, immediate=True, force=True, top=True)

    def render_line(self, y: int) -> Strip:
        # Line API: the compositor asks only for the rows in view, so a list of hundreds of
        # articles costs a screenful of rows per repaint, not the whole list.
        width = self.content_region.width
        lines = self.lines
        if y == 0:
            content = self._header()
        elif y <= len(lines):
            line = lines[y - 1]
            if isinstance(line, self.StoryHeading):
                content = self._heading(line.story)
            else:
                content = self._row(line, self.articles[line])
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

    def _heading(self, story_id: int) -> Content:
        comparison = self.comparison
        assert comparison is not None
        story = comparison.stories[story_id]
        width = self.content_region.width
        here = story_id == self.story
        head = f"{'▶' if here else ' '} Story {story_id + 1} · {story_size(story)}"
        title = ": fits no other story" if story.alone else f" · {sanitise(story.title)}"
        text = _fit(head + title, width) if width > 1 else ""
        return Content.styled(text, "bold $accent" if here else "bold $text-muted")

    def _row(self, index: int, article: Article) -> Content:
        outlet_width, title_width = self._widths()
        marker = "  "
        if index in self.showing:
            focused = self.focused < len(self.showing) and self.showing[self.focused] == index
            marker = "▶ " if focused else "• "
        elif index in self._copies():
            marker = "≡ "
        number = f"{self._number(index):>3} "
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
        line = self.line_of(article) if article is not None else None
        if line is not None and not self.filter_text:
            self._reveal_row(line)

    def _reveal_row(self, line: int) -> None:
        box = self.parent
        if isinstance(box, Widget):
            top, height = line, 1
            if line >= 2 and isinstance(self.lines[line - 2], self.StoryHeading):
                top, height = line - 1, 2  # the story's heading in view with its first article
            region = Region(0, top, 1, height)
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
