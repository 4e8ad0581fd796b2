"""The key actions of ReaderApp (bindings.py maps keys to them). Each one asks the
Comparison or moves a pane; none judges sentences itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.config import MAX_PANES
from reader.model import SentenceRef, SentenceStatus

# The help and search screens are imported when first opened, not at start-up.
if TYPE_CHECKING:
    from reader.ui.app import ReaderApp

_KIND_NAMES = {"contradict": "contradiction", "agree": "agreement"}


class ActionsMixin:
    def action_move(self: ReaderApp, delta: int) -> None:
        self.focused_pane.move_cursor(delta)

    def action_focus_pane(self: ReaderApp, step: int) -> None:
        if self.screen is not self.screen_stack[0]:
            # Tab is a priority binding; in dialogs it keeps its usual meaning.
            self.screen.focus_next() if step > 0 else self.screen.focus_previous()
            return
        panes = self.visible_panes
        current = panes.index(self.focused_pane)
        panes[(current + step) % len(panes)].focus()
        self._update_article_list()

    def action_open_article(self: ReaderApp, number: int) -> None:
        if not 1 <= number <= len(self.articles):
            self.notify(f"There is no article {number}: {len(self.articles)} loaded.")
            return
        self.open_in_focused_pane(number - 1)

    def action_cycle_source(self: ReaderApp, step: int) -> None:
        if not self.articles:
            return
        current = self.focused_pane.article
        start = -1 if current is None and step > 0 else (current or 0)
        self.open_in_focused_pane((start + step) % len(self.articles))

    def open_in_focused_pane(self: ReaderApp, article: int) -> None:
        """Open `article` in the focused pane, on the sentence aligned with where the reader
        was, so switching sources keeps the place in the story."""
        pane = self.focused_pane
        sentence = 0
        if self.comparison is not None and self.cursor_ref is not None:
            aligned = self.comparison.aligned(self.cursor_ref, article)
            if aligned is not None:
                sentence = aligned.sentence
        pane.show(article, sentence)
        self._update_article_list()

    def action_jump(self: ReaderApp, status: SentenceStatus, forward: bool) -> None:
        """Next/previous sentence with `status` in the focused article; past the last one
        of this article, on to the next article that has one."""
        if self.comparison is None:
            self.notify("Still comparing the articles: highlights come in a moment.")
            return
        pane = self.focused_pane
        if pane.article is None:
            return
        ref = pane.cursor_ref or SentenceRef(pane.article, -1 if forward else 1 << 30)
        found = self.comparison.next_with_status(ref, status, forward)
        wrapped = found is not None and (
            found.sentence <= ref.sentence if forward else found.sentence >= ref.sentence
        )
        if found is None or wrapped:
            elsewhere = self._first_in_other_article(pane.article, status, forward)
            found = elsewhere or found
        if found is None:
            self.notify(f"No {_KIND_NAMES[status]} found in any article.")
            return
        self.go_to(found)

    def _first_in_other_article(
        self: ReaderApp, article: int, status: SentenceStatus, forward: bool
    ) -> SentenceRef | None:
        count = len(self.articles)
        for step in range(1, count):
            other = (article + step if forward else article - step) % count
            refs = self.comparison.refs_with_status(other, status)
            if refs:
                return refs[0] if forward else refs[-1]
        return None

    def action_toggle_highlight(self: ReaderApp, kind: str) -> None:
        self.highlights = self.highlights ^ {kind}
        state = "on" if kind in self.highlights else "off"
        self.notify(f"{kind} highlighting {state}", timeout=2)

    def action_change_panes(self: ReaderApp, step: int) -> None:
        wanted = max(1, min(MAX_PANES, self.pane_count + step))
        if wanted == self.pane_count:
            self.notify(f"Between 1 and {MAX_PANES} panes.", timeout=2)
            return
        fit = self.panes_that_fit()
        if wanted > fit:
            self.notify(f"Only {fit} pane(s) fit this terminal's width; widen it to see more.")
        self.pane_count = wanted
        new = self.panes[wanted - 1]
        if step > 0 and new.article is None and self.articles:
            showing = {pane.article for pane in self.visible_panes}
            free = [i for i in range(len(self.articles)) if i not in showing]
            new.show(free[0] if free else 0)

    def action_next_theme(self: ReaderApp) -> None:
        names = self.themes.names
        current = names.index(self.theme) if self.theme in names else -1
        self.theme = names[(current + 1) % len(names)]
        self.notify(f"Theme: {self.theme}", timeout=2)

    def action_search(self: ReaderApp) -> None:
        from reader.ui.screens.search import SearchScreen

        if not self.articles:
            return
        self.push_screen(SearchScreen(self.articles), self._search_done)

    def _search_done(self: ReaderApp, ref: SentenceRef | None) -> None:
        if ref is not None:
            self.go_to(ref)

    def action_help(self: ReaderApp) -> None:
        from reader.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen.active_bindings))
