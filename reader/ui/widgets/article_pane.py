"""One article's cleaned text, wrapped into paragraphs, with a sentence cursor and highlights.

A Line API widget: it lays the text out itself (reader.ui.layout) so it knows which screen
line each sentence is on, for the cursor, for clicks and for linked scrolling. Shared state
(articles, comparison, highlights, marks) is bound from MainScreen with data_bind; the pane
owns only which article it shows, its cursor and the sentence linked scrolling marked.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.analysis.comparison import Comparison
from reader.model import Article, SentenceRef
from reader.ui.layout import (
    ArticleLayout,
    layout_article,
    sanitise,
    sentence_at,
    sentences_in_view,
    wrap_message,
)
from reader.ui.messages import SentenceFocused
from reader.ui.pane_text import counter, placeholder_message
from reader.ui.search_matches import match_spans
from reader.ui.story_view import number_in_story, several


class ArticlePane(ScrollView, can_focus=True, inherit_bindings=False):
    # Not ScrollView's bindings: up/down move the sentence cursor (app bindings), not the view.
    BINDINGS = [
        Binding("pagedown", "page(1)", "Page down", id="page_down", show=False),
        Binding("pageup", "page(-1)", "Page up", id="page_up", show=False),
        Binding("home", "edge(False)", "First sentence", id="first_sentence", show=False),
        Binding("end", "edge(True)", "Last sentence", id="last_sentence", show=False),
    ]

    COMPONENT_CLASSES = {
        "pane--heading",
        "pane--agree-1",
        "pane--agree-2",
        "pane--agree-3",
        "pane--contradict",
        "pane--unique",
        "pane--mark",
        "pane--selected",
        "pane--match",
        "pane--linked",
        "pane--cursor",
        "pane--cursor-unfocused",
    }

    # Bound from MainScreen (see MainScreen.compose).
    articles: reactive[list[Article]] = reactive(list, always_update=True)
    comparison: reactive[Comparison | None] = reactive(None, always_update=True)
    highlights: reactive[frozenset[str]] = reactive(frozenset)
    marked: reactive[frozenset[SentenceRef]] = reactive(frozenset)
    selected: reactive[frozenset[SentenceRef]] = reactive(frozenset)
    found: reactive[frozenset[SentenceRef]] = reactive(frozenset)
    # The pane's own state.
    article: reactive[int | None] = reactive(None)
    cursor: reactive[int | None] = reactive(None)
    linked: reactive[int | None] = reactive(None)
    query_text: reactive[str] = reactive("")  # the search, whose matches are highlighted
    problem: reactive[str | None] = reactive(None)  # why there is nothing to show

    def __init__(self, number: int, **kwargs) -> None:
        super().__init__(**kwargs)
        self.number = number  # 1-based position among the panes, shown in the title
        self._layout: ArticleLayout | None = None
        self._layout_width = 0
        # The sentence last brought into view (cursor or linked). A new layout (first
        # size, resize) scrolls back to it: the pane may get its size only after linked
        # scrolling asked for a sentence, and must not then jump back to its cursor.
        self._in_view: int | None = None

    # -- what the rest of the app asks --------------------------------------------------

    @property
    def shown(self) -> Article | None:
        if self.article is None or self.article >= len(self.articles):
            return None
        return self.articles[self.article]

    @property
    def cursor_ref(self) -> SentenceRef | None:
        if self.article is None or self.cursor is None:
            return None
        return SentenceRef(self.article, self.cursor)

    @property
    def is_focused(self) -> bool:
        # Widget.has_focus is only set after on_focus handlers have run; this is true in them.
        return self.screen.focused is self

    def move_cursor(self, delta: int) -> None:
        article = self.shown
        if article is None or not article.sentences:
            return
        if self.cursor is None:
            self.cursor = 0 if delta > 0 else len(article.sentences) - 1
        else:
            self.cursor = max(0, min(len(article.sentences) - 1, self.cursor + delta))

    def action_page(self, direction: int) -> None:
        """Move the cursor a screenful of lines on."""
        if self._layout is None or self.cursor is None:
            return
        target_line = self._layout.first_line[self.cursor] + direction * (
            self.scrollable_content_region.height - 2
        )
        first_lines = self._layout.first_line
        if direction > 0:
            later = [i for i, line in enumerate(first_lines) if line >= target_line]
            self.cursor = later[0] if later else len(first_lines) - 1
        else:
            earlier = [i for i, line in enumerate(first_lines) if line <= target_line]
            self.cursor = earlier[-1] if earlier else 0

    def action_edge(self, last: bool) -> None:
        article = self.shown
        if article is not None and article.sentences:
            self.cursor = len(article.sentences) - 1 if last else 0

    def show(self, article: int, sentence: int | None = 0) -> None:
        """Open `article` with the cursor on `sentence` (or on nothing)."""
        self.linked = None
        self.article = article
        self.cursor = sentence if self.shown and self.shown.sentences else None
        self._announce()
        self.scroll_to_sentence(self.cursor, settle=False)

    def clear(self) -> None:
        """Show no article (the story on screen has fewer articles than panes)."""
        self.linked = None
        self.article = None
        self.cursor = None

    def link_to(self, sentence: int | None) -> None:
        """Mark the sentence aligned with another pane's cursor and bring it into view;
        with none, leave the pane where it is."""
        self.linked = sentence
        if sentence is not None:
            self.scroll_to_sentence(sentence)

    # -- reactions (the shared reactives repaint the pane by themselves) ------------------

    def watch_article(self) -> None:
        self._layout = None
        self._in_view = None
        self._update_titles()
        self._relayout()

    def watch_articles(self) -> None:
        self._layout = None
        self._update_titles()
        self._relayout()

    def watch_comparison(self) -> None:
        self._update_titles()  # with several stories, the number is the one in its story

    def watch_cursor(self) -> None:
        self._update_titles()
        self.refresh()
        if self.is_focused:
            self._announce()
        self.scroll_to_sentence(self.cursor)

    def watch_linked(self) -> None:
        self._update_titles()
        self.refresh()

    def on_focus(self) -> None:
        # Arriving in a pane puts its cursor where linked scrolling pointed, meld-style.
        if self.linked is not None:
            self.cursor = self.linked
        self._update_titles()
        self.refresh()
        self._announce()

    def on_blur(self) -> None:
        self._update_titles()
        self.refresh()

    def on_resize(self) -> None:
        self._relayout()
        # A new height (the detail panel grew, the terminal changed) re-places the sentence
        # of interest a third of the way down, so where it sits never depends on whether
        # the resize came before or after the scroll that brought it into view.
        self.scroll_to_sentence(self._in_view, settle=False)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or self._layout is None:
            return
        line_number = offset.y + round(self.scroll_offset.y)
        if not 0 <= line_number < len(self._layout.lines):
            return
        line = self._layout.lines[line_number]
        if line.block < 0:
            return
        # Walk the line's cells to the character under the pointer.
        position, cells = line.start, 0
        display = self._layout.display
        while position < line.end and cells + cell_len(display[position]) <= offset.x:
            cells += cell_len(display[position])
            position += 1
        article = self.shown
        sentence = sentence_at(article, position, line.start, line.end) if article else None
        if sentence is not None:
            self.focus()
            self.cursor = sentence

    # -- layout and scrolling -----------------------------------------------------------

    def _relayout(self) -> None:
        article = self.shown
        width = self.scrollable_content_region.width
        if article is None or width <= 0:
            self._layout = None
            self.virtual_size = Size(0, 0)
            self.refresh()
            return
        if self._layout is None or width != self._layout_width:
            self._layout = layout_article(article, width)
            self._layout_width = width
            self.virtual_size = Size(width, len(self._layout.lines))
            self.scroll_to_sentence(self._in_view, settle=False)
            self._update_titles()  # the counter names the sentences now laid out
        self.refresh()

    def scroll_to_sentence(self, sentence: int | None, settle: bool = True) -> None:
        """Bring a sentence into view: left alone if already fully visible, else placed a
        third of the way down so the reader sees what leads to it."""
        self._in_view = sentence if sentence is not None else self._in_view
        layout = self._layout
        if sentence is None or layout is None or sentence >= len(layout.first_line):
            return
        first, last = layout.first_line[sentence], layout.last_line[sentence]
        top = round(self.scroll_offset.y)
        height = self.scrollable_content_region.height
        if settle and top <= first and last < top + height:
            return
        target = max(0, first - height // 3)
        # A new layout's scroll range and scrollbars are applied on the next layout pass:
        # until then Textual refuses or clamps the scroll (force=True lifts the refusal),
        # so when the target is out of today's range, scroll again after that pass.
        if target > self.max_scroll_y:
            self.call_after_refresh(self._scroll_to_line, target)
        self._scroll_to_line(target)

    def _scroll_to_line(self, line: int) -> None:
        self.scroll_to(y=line, animate=False, immediate=True, force=True)

    # -- rendering ----------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        layout = self._layout
        line_number = y + round(self.scroll_offset.y)
        if layout is None or not 0 <= line_number < len(layout.lines):
            if layout is None:
                return self._placeholder(y, width, base)
            return Strip.blank(width, base)
        line = layout.lines[line_number]
        text = Text(no_wrap=True, end="")
        if line.block >= 0:
            self._append_line(text, line.start, line.end, line.heading)
        strip = Strip(text.render(self.app.console), text.cell_len)
        return strip.crop_extend(0, width, base).apply_style(base)

    def _append_line(self, text: Text, start: int, end: int, heading: bool) -> None:
        layout, article = self._layout, self.shown
        assert layout is not None and article is not None
        plain = self.get_component_rich_style("pane--heading") if heading else Style()
        position = start
        for sentence in article.sentences:
            if sentence.end <= start or sentence.start >= end:
                continue
            if sentence.start > position:
                text.append(layout.display[position : sentence.start], plain)
            piece_end = min(end, sentence.end)
            piece_start = max(position, sentence.start)
            style = self._style_of(sentence.index)
            self._append_piece(text, piece_start, piece_end, style, sentence)
            position = piece_end
        if position < end:
            text.append(layout.display[position:end], plain)

    def _append_piece(self, text: Text, start: int, end: int, style: Style, sentence) -> None:
        """A sentence's piece of a line, with the search's matches in it picked out."""
        display = self._layout.display
        ref = SentenceRef(self.article or 0, sentence.index)
        if not self.query_text or ref not in self.found:
            text.append(display[start:end], style)
            return
        match = style + self.get_component_rich_style("pane--match", partial=True)
        position = start
        for found_start, found_end in match_spans(display[start:end], self.query_text):
            text.append(display[position : start + found_start], style)
            text.append(display[start + found_start : start + found_end], match)
            position = start + found_end
        text.append(display[position:end], style)

    def _style_of(self, sentence: int) -> Style:
        """The sentence's highlight (status, mark, linked, cursor), weakest first."""
        names: list[str] = []
        ref = SentenceRef(self.article or 0, sentence)
        if self.comparison is not None:
            status = self.comparison.status(ref)
            if status == "contradict" and "contradict" in self.highlights:
                names.append("pane--contradict")
            elif status == "agree" and "agree" in self.highlights:
                level = max(1, min(3, self.comparison.support(ref)))
                names.append(f"pane--agree-{level}")
            elif status == "unique" and "unique" in self.highlights:
                names.append("pane--unique")
        if ref in self.marked:
            names.append("pane--mark")
        if ref in self.selected:
            names.append("pane--selected")
        if sentence == self.linked:
            names.append("pane--linked")
        if sentence == self.cursor:
            names.append("pane--cursor" if self.is_focused else "pane--cursor-unfocused")
        style = Style()
        for name in names:
            style += self.get_component_rich_style(name, partial=True)
        return style

    def placeholder_lines(self, width: int) -> list[str]:
        """What an empty pane says (pane_text.placeholder_message), wrapped to `width`."""
        message = placeholder_message(self.problem, bool(self.articles), several(self.comparison))
        return wrap_message(message, width)

    def _placeholder(self, y: int, width: int, base: Style) -> Strip:
        lines = self.placeholder_lines(width)
        if y >= len(lines):
            return Strip.blank(width, base)
        name = "pane--heading" if self.problem else "pane--unique"
        style = self.get_component_rich_style(name)
        text = Text(lines[y][:width], style=style if y == 0 else Style())
        # apply_style: every segment gets a style (a None one breaks NO_COLOR's filter).
        strip = Strip(text.render(self.app.console), text.cell_len)
        return strip.crop_extend(0, width, base).apply_style(base)

    def _update_titles(self) -> None:
        article = self.shown
        if article is None:
            self.border_title = Content(f"{self.number}")
            self.border_subtitle = None
            return
        number = number_in_story(self.comparison, self.article or 0)
        self.border_title = Content(f"{number} {sanitise(article.outlet)}")
        self.border_subtitle = Content(self.counter_text())

    def counter_text(self) -> str:
        """The pane's sentence counter (pane_text.counter): of interest is the cursor here,
        or the linked sentence when another pane has the focus."""
        article = self.shown
        if article is None:
            return ""
        of_interest = self.cursor if self.is_focused or self.linked is None else self.linked
        return counter(len(article.sentences), self.sentences_in_view(), of_interest)

    def sentences_in_view(self) -> list[int]:
        if self._layout is None:
            return []
        top, height = round(self.scroll_offset.y), self.scrollable_content_region.height
        return sentences_in_view(self._layout, top, height)

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        self._update_titles()

    def _announce(self) -> None:
        ref = self.cursor_ref
        if ref is not None and self.is_focused:
            self.post_message(SentenceFocused(self, ref))
