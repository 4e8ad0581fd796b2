"""The sentence under the cursor, and what every other outlet says about it: each counterpart
with its relation, score and reasons ("killed: 9 vs 7"), then the outlets that say nothing."""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

from reader.analysis.comparison import Comparison
from reader.model import Article, SentenceRef
from reader.ui.layout import sanitise

_RELATION = {
    "contradict": ("✗ contradicts", "bold $text-error"),
    "agree": ("✓ agrees     ", "bold $text-success"),
}
_STATUS = {
    "contradict": ("contradicted by another outlet", "bold $text-error"),
    "agree": ("shared with other outlets", "$text-success"),
    "unique": ("only this outlet says this", "$text-muted"),
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
        if self.ref is None or self.ref.article >= len(self.articles):
            return Content.styled(
                "Move the cursor with j/k or ↓/↑ to see what the other outlets say.", "$text-muted"
            )
        article = self.articles[self.ref.article]
        head = [(sanitise(article.outlet), "bold"), f", sentence {self.ref.sentence + 1}: "]
        if self.comparison is None:
            return Content.assemble(*head, ("comparing the outlets…", "$text-muted"))
        status, style = _STATUS[self.comparison.status(self.ref)]
        support = self.comparison.support(self.ref)
        if support:
            status = f"shared with {support} other outlet{'s' if support > 1 else ''}"
            if self.comparison.status(self.ref) == "contradict":
                status = f"contradicted; {status}"
        lines = [Content.assemble(*head, (status, style))]
        lines += self._counterparts(self.comparison, self.ref)
        return Content("\n").join(lines)

    def _counterparts(self, comparison: Comparison, ref: SentenceRef) -> list[Content]:
        """Direct counterparts (contradictions first), then outlets that share the claim only
        through a third one (same agreement cluster), then the outlets silent on it."""
        lines: list[Content] = []
        covered = {ref.article}
        for link in comparison.counterparts(ref):
            label, style = _RELATION[link.kind]
            reasons = "; ".join(sanitise(r) for r in link.reasons)
            other = link.other(ref)
            lines.append(
                Content.assemble(
                    (label, style),
                    "  ",
                    (sanitise(comparison.articles[other.article].outlet), "bold"),
                    (f"  {link.score:.2f}", "$text-muted"),
                    ("  " + reasons if reasons else "", style),
                )
            )
            lines.append(self._quote(comparison, other))
            covered.add(other.article)
        cluster = comparison.cluster(ref)
        for member in cluster.members if cluster else ():
            if member.article in covered:
                continue
            covered.add(member.article)
            label, style = _RELATION["agree"]
            outlet = sanitise(comparison.articles[member.article].outlet)
            lines.append(
                Content.assemble(
                    (label, style), "  ", (outlet, "bold"), ("  via another outlet", "$text-muted")
                )
            )
            lines.append(self._quote(comparison, member))
        silent = [
            sanitise(article.outlet)
            for index, article in enumerate(comparison.articles)
            if index not in covered
        ]
        if silent:
            lines.append(Content.styled("nothing on this in: " + ", ".join(silent), "$text-muted"))
        return lines

    def _quote(self, comparison: Comparison, ref: SentenceRef) -> Content:
        width = max(20, self.content_region.width - 6)
        quote = sanitise(comparison.sentence_text(ref))
        if len(quote) > 2 * width:
            quote = quote[: 2 * width - 1] + "…"
        return Content.assemble("    “", (quote, "italic"), "”")
