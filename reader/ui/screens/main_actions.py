"""The main screen's key actions (bindings.py maps keys to them). Each one asks the
Comparison or moves a pane; none judges sentences itself. Mixed into MainScreen, whose
state (panes, comparison, cursor_ref) they use; they import nothing of the screen."""

from __future__ import annotations

from reader.config import MAX_PANES
from reader.model import SentenceRef, SentenceStatus
from reader.ui.search_matches import find_matches, step

_KIND_NAMES = {"contradict": "contradiction", "agree": "agreement"}


class MainActions:
    replaying = False  # a key typed ahead is being run (see run_deferred)

    # -- moving -------------------------------------------------------------------------

    def action_move(self, delta: int) -> None:
        if not self.articles or (self.deferred and not self.replaying):
            self.defer("articles", f"move({delta})")
            return
        self.focused_pane.move_cursor(delta)

    def defer(self, needs: str, action: str) -> None:
        """Keep a key typed ahead (before the articles or the comparison are there): it runs,
        in the order typed, as soon as what it needs arrives, never lost nor out of order."""
        self.deferred.append((needs, action))

    async def run_deferred(self) -> None:
        """Run the first key typed ahead if what it needs is there, then (after the screen
        has caught up with it, e.g. a jump's change of pane) the next."""
        ready = {"articles"} | ({"comparison"} if self.comparison is not None else set())
        if not self.deferred or self.deferred[0][0] not in ready:
            return  # nothing waits, or the first waits still: the order typed is kept
        _, action = self.deferred.pop(0)
        self.replaying = True  # the action runs now, not behind the keys still waiting
        try:
            await self.run_action(action)
        finally:
            self.replaying = False
        self.call_after_refresh(self.run_deferred)

    def action_focus_pane(self, step: int) -> None:
        """Tab: the next pane; from the last pane on to the detail panel and the list."""
        self.focus_next() if step > 0 else self.focus_previous()

    def action_focus_list(self) -> None:
        from reader.ui.widgets.article_list import ArticleList

        self.query_one(ArticleList).focus()

    def action_focus_detail(self) -> None:
        from reader.ui.widgets.detail_panel import DetailBox

        self.query_one(DetailBox).focus()

    # -- sources ------------------------------------------------------------------------

    def action_open_article(self, number: int) -> None:
        """Article N of the story on screen (of all, with one story)."""
        articles = self.story_articles()
        if not 1 <= number <= len(articles):
            where = "in this story" if len(articles) < len(self.articles) else "loaded"
            self.notify(f"There is no article {number}: {len(articles)} {where}.")
            return
        self.open_in_focused_pane(articles[number - 1])

    def action_cycle_source(self, step: int) -> None:
        """The next source of the story not already shown in another pane."""
        articles = self.story_articles()
        count = len(articles)
        if not count:
            return
        pane = self.focused_pane
        elsewhere = {p.article for p in self.visible_panes if p is not pane}
        if pane.article in articles:
            current = articles.index(pane.article)
        else:
            current = -1 if step > 0 else 0
        for offset in range(1, count + 1):
            candidate = articles[(current + step * offset) % count]
            if candidate not in elsewhere or offset == count:
                self.open_in_focused_pane(candidate)
                return

    def open_in_focused_pane(self, article: int) -> None:
        """Open `article` in the focused pane, on the sentence aligned with where the reader
        was, so switching sources keeps the place in the story. An article of another story
        brings its story's articles into the other panes."""
        if self.in_other_story(article):
            self.show_story(self.comparison.story(article).id, article)
            return
        pane = self.focused_pane
        sentence = 0
        if self.comparison is not None and self.cursor_ref is not None:
            aligned = self.comparison.aligned(self.cursor_ref, article)
            if aligned is not None:
                sentence = aligned.sentence
        pane.show(article, sentence)
        self._update_article_list()

    # -- jumps --------------------------------------------------------------------------

    def action_jump(self, status: SentenceStatus, forward: bool) -> None:
        """Next/previous sentence with `status` in the focused article; past the last one
        of this article, on to the next article that has one."""
        if self.comparison is None or (self.deferred and not self.replaying):
            self.defer("comparison", f"jump({status!r}, {forward})")
            if self.comparison is None:
                self.notify("Still comparing the articles: the jump follows when ready.", timeout=3)
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
        self, article: int, status: SentenceStatus, forward: bool
    ) -> SentenceRef | None:
        articles = self.story_articles()  # links never cross stories: nor do jumps
        if article not in articles:
            return None
        at, count = articles.index(article), len(articles)
        for offset in range(1, count):
            other = articles[(at + offset if forward else at - offset) % count]
            refs = self.comparison.refs_with_status(other, status)
            if refs:
                return refs[0] if forward else refs[-1]
        return None

    # -- search -------------------------------------------------------------------------

    def action_search(self) -> None:
        from reader.ui.screens.search import SearchScreen

        if not self.articles:
            return
        self.app.push_screen(SearchScreen(self.articles, self.search_query), self._search_done)

    def _search_done(self, result) -> None:
        if result is None:
            return
        self.search_query = result.query
        self.found = frozenset(find_matches(self.articles, result.query))
        for pane in self.panes:
            pane.query_text = result.query
        if result.ref is not None:
            self.go_to(result.ref)

    def action_search_step(self, forward: int) -> None:
        matches = sorted(self.found, key=lambda ref: (ref.article, ref.sentence))
        if not matches:
            self.notify("No search yet: press / and type what to find.", timeout=3)
            return
        target = step(matches, self.cursor_ref, forward > 0)
        if target is not None:
            self.go_to(target)
            number = matches.index(target) + 1
            self.notify(f"match {number} of {len(matches)}", timeout=1.5)

    # -- display ------------------------------------------------------------------------

    def action_toggle_highlight(self, kind: str) -> None:
        self.highlights = self.highlights ^ {kind}
        state = "on" if kind in self.highlights else "off"
        self.notify(f"{kind} highlighting {state}", timeout=2)

    def action_change_panes(self, step: int) -> None:
        wanted = max(1, min(MAX_PANES, self.pane_count + step))
        if wanted == self.pane_count:
            self.notify(f"Between 1 and {MAX_PANES} panes.", timeout=2)
            return
        fit = self.panes_that_fit()
        if wanted > fit:
            self.notify(f"Only {fit} pane(s) fit this terminal's width; widen it to see more.")
        self.pane_count = wanted
        new = self.panes[wanted - 1]
        if step > 0 and self.articles:
            self._fill_new_pane(new)

    def _fill_new_pane(self, new) -> None:
        """A pane just added shows an article of the story no other pane shows; with none
        left, it stays empty when there are several stories (and repeats the first with one)."""
        others = {pane.article for pane in self.visible_panes if pane is not new}
        if new.article is not None and new.article not in others:
            return
        story = self.story_articles()
        free = [i for i in story if i not in others]
        if free:
            new.show(free[0])
        elif len(story) < len(self.articles):
            new.clear()
        elif new.article is None:
            new.show(story[0])

    # -- marks (the MarkingController does the work) --------------------------------------

    def action_mark(self) -> None:
        self.marking.mark()

    def action_toggle_selection(self) -> None:
        self.marking.toggle_selection()

    def action_extend_selection(self, step: int) -> None:
        self.marking.extend_selection(step)

    def action_cancel_selection(self) -> None:
        self.marking.cancel_selection()

    def action_show_marks(self) -> None:
        self.marking.show_marks()

    def action_export(self) -> None:
        self.marking.export()

    def action_fact_sheet(self) -> None:
        """The fact sheet (f): disputed and agreed facts and quotes; Enter on a version
        shows its sentence in a pane."""
        from reader.factsheet import fact_sheet
        from reader.ui.screens.fact_sheet import FactSheetScreen

        if self.comparison is None:
            self.notify("Still comparing the articles: the fact sheet follows.", timeout=3)
            return
        comparison = self.comparison
        sheet = fact_sheet(comparison)

        def export(fmt: str) -> None:
            from reader.atomic import WriteError
            from reader.factsheet.export import write_fact_sheet

            try:
                path = write_fact_sheet(comparison, sheet, fmt, self.config.export_folder)
            except WriteError as error:
                self.notify(str(error), title="Export failed", severity="error", markup=False)
                return
            self.notify(f"Fact sheet → {path}", title="Exported", timeout=15, markup=False)

        def chosen(ref: SentenceRef | None) -> None:
            if ref is not None and self.comparison is comparison:
                self.go_to(ref)

        self.app.push_screen(FactSheetScreen(comparison, sheet, export), chosen)

    def focus_pane_again(self) -> None:
        """Back from the list or the detail panel to the pane keys were acting on."""
        self.focused_pane.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Keys typed after q in one burst (a paste: "qe") must find nothing to act on: the
        # screens they would open are torn down half-built.
        if getattr(self.app, "quitting", False):
            return False
        if action == "story" and self.comparison is not None:
            return len(self.comparison.stories) > 1  # one story: s / S neither shown nor run
        return True
