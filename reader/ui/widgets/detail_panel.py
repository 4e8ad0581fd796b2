"""The sentence under the cursor, and what every other outlet says about it: each counterpart
with its relation, its reasons in plain words ("killed: 9 vs 7") and its labelled score,
then wire copies and the outlets that say nothing (reader/ui/detail_view.py decides which)."""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

from reader.analysis.comparison import Comparison
from reader.model import Article, SentenceRef
from reader.ui.detail_view import DetailView, describe
from reader.ui.layout import sanitise
from reader.ui.story_view import ALONE, several

_RELATION = {
    "contradict": ("✗ contradicts", "bold $text-error"),
    "agree": ("✓ agrees", "bold $text-success"),
    "indirect": ("✓ agrees", "$text-success"),
}
_STATUS_STYLE = {
    "contradict": "bold $text-error",
    "agree": "$text-success",
    "unique": "$text-muted",
}


class DetailBox(VerticalScroll, can_focus=True):
    """Holds the panel: Tab (or d) focuses it, j/k and the arrows scroll it, Esc goes back."""

    BINDINGS = [
        Binding("j,down", "scroll_down", "Scroll down", id="detail_down", show=False),
        Binding("k,up", "scroll_up", "Scroll up", id="detail_up", show=False),
        Binding("escape", "back", "Back to the text", id="detail_back"),
    ]

    def action_back(self) -> None:
        self.screen.focus_pane_again()


class DetailPanel(Widget):
    articles: reactive[list[Article]] = reactive(list, always_update=True, layout=True)
    comparison: reactive[Comparison | None] = reactive(None, always_update=True, layout=True)
    ref: reactive[SentenceRef | None] = reactive(None, layout=True)

    def render(self) -> Content:
        if not self.articles:
            return Content("")  # loading, or nothing loaded: the panes say which
        if self.ref is None or self.ref.article >= len(self.articles):
            return Content.styled(
                "Move the cursor with j/k or ↓/↑ to see what the other outlets say.", "$text-muted"
            )
        article = self.articles[self.ref.article]
        where = f", sentence {self.ref.sentence + 1} of {len(article.sentences)}: "
        head = [(sanitise(article.outlet), "bold"), where]
        if self.comparison is None:
            return Content.assemble(*head, ("comparing the outlets…", "$text-muted"))
        view = describe(self.comparison, self.ref)
        style = _STATUS_STYLE[self.comparison.status(self.ref)]
        lines = [Content.assemble(*head, (view.headline(), style))]
        lines += self._entries(view)
        if several(self.comparison) and self.comparison.story(self.ref.article).alone:
            lines.append(
                Content.styled(
                    f"{ALONE.capitalize()}: this article fits no other story, none is compared "
                    "with it.",
                    "$text-muted",
                )
            )
        return Content("\n").join(lines)

    def _entries(self, view: DetailView) -> list[Content]:
        comparison = self.comparison
        assert comparison is not None

        def outlet(index: int) -> tuple[str, str]:
            return (sanitise(comparison.articles[index].outlet), "bold")

        lines: list[Content] = []
        for entry in view.entries:
            label, style = _RELATION[entry.kind]
            parts = [(label, style), " ", outlet(entry.article)]
            if entry.detail:
                parts.append(
                    (": " + sanitise(entry.detail), style if entry.kind == "contradict" else "")
                )
            if entry.score:
                parts.append((f"  ({entry.score})", "$text-muted"))
            lines.append(Content.assemble(*parts))
            lines.append(self._quote(comparison, entry.sentence))
        for copy, original in view.copies:
            what = (
                "this article"
                if original is None
                else sanitise(comparison.articles[original].outlet)
            )
            lines.append(
                Content.assemble(
                    ("≡ wire copy ", "$text-success"),
                    outlet(copy),
                    (f": the same text as {what}", "$text-muted"),
                )
            )
        if view.silent:
            silent = ", ".join(sanitise(comparison.articles[i].outlet) for i in view.silent)
            lines.append(Content.styled(f"nothing on this in: {silent}", "$text-muted"))
        return lines

    def _quote(self, comparison: Comparison, ref: SentenceRef) -> Content:
        # Whole: the panel scrolls (Tab or d focuses it), so nothing needs cutting.
        quote = sanitise(comparison.sentence_text(ref))
        return Content.assemble("    “", (quote, "italic"), "”")
