"""The main screen's stories: which story the panes show, and moving between stories.

The panes only ever hold articles of one story (Comparison.stories, read, never computed
here): moving to a story (s / S), opening an article of another story from the list, or a
jump (search, marks, fact sheet) into one, fills the panes with that story's articles;
a pane the story has no article for stays empty rather than borrow one from another story.
Mixed into MainScreen, whose state (panes, comparison, story) it uses; with one story (or
no comparison yet) it changes nothing."""

from __future__ import annotations

from reader.ui.story_view import fill_panes, several, stories_count, story_line


class StoryActions:
    def story_articles(self) -> tuple[int, ...]:
        """The articles of the story on screen (all of them until the comparison is there)."""
        comparison = self.comparison
        if comparison is None or not comparison.stories:
            return tuple(range(len(self.articles)))
        return comparison.stories[min(self.story, len(comparison.stories) - 1)].articles

    def in_other_story(self, article: int) -> bool:
        comparison = self.comparison
        return several(comparison) and comparison.story(article).id != self.story

    def action_story(self, step: int) -> None:
        """Next / previous story: its articles in the panes."""
        if self.comparison is None or (self.deferred and not self.replaying):
            self.defer("comparison", f"story({step})")
            if self.comparison is None:
                self.notify("Still grouping the articles into stories.", timeout=3)
            return
        count = len(self.comparison.stories)
        if count < 2:
            self.notify("All the articles tell one story.", timeout=3)
            return
        self.show_story((self.story + step) % count)

    def show_story(self, story_id: int, article: int | None = None, sentence: int = 0) -> None:
        """Fill the panes with story `story_id`'s articles: `article` (else the story's first)
        in the focused pane with the cursor on `sentence`, the story's others in the rest."""
        comparison = self.comparison
        assert comparison is not None
        story = comparison.stories[story_id]
        panes = self.panes
        focused = self.focused_pane
        at = panes.index(focused)
        order = fill_panes(story.articles, len(panes), article)
        order[0], order[at] = order[at], order[0]  # the chosen article where the reader is
        self.story = story_id
        self._followed = None
        for pane, target in zip(panes, order, strict=True):
            if pane is focused:
                continue  # last: its cursor links the others, which must be there first
            if target is None:
                pane.clear()
            else:
                pane.show(target)
        if order[at] is None:
            focused.clear()
        else:
            focused.show(order[at], sentence if order[at] == article else 0)
        self.set_focus(focused)
        self.show_story_line()
        self._sentence_focused_again()
        self._update_article_list()

    def show_story_line(self) -> None:
        """The header names the story on screen; the status line counts the stories."""
        from reader.ui.summary import summary_line
        from reader.ui.widgets.status_bar import AnalysisStatus

        comparison = self.comparison
        if comparison is None:
            return
        if not several(comparison):
            self.app.sub_title = summary_line(comparison)
            return
        self.app.sub_title = story_line(comparison, comparison.stories[self.story])
        status = self.query_one(AnalysisStatus)
        status.text = stories_count(comparison)

    def enter_stories(self) -> None:
        """The comparison arrived: with several stories, the panes show the story of the
        focused pane's article (they were filled before the stories were known)."""
        comparison = self.comparison
        if not several(comparison):
            return
        pane = self.focused_pane
        article = pane.article if pane.article is not None else 0
        sentence = pane.cursor if pane.cursor is not None else 0
        self.show_story(comparison.story(article).id, article, sentence)
