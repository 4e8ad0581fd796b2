"""The bottom line: a legend of the highlight colours (showing which are switched off), and
while the analysis runs, its progress."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget


class Legend(Widget):
    highlights: reactive[frozenset[str]] = reactive(frozenset)

    def render(self) -> Content:
        off = "strike $text-disabled"

        def swatch(kind: str, style: str) -> tuple[str, str]:
            return ("  ", style if kind in self.highlights else off)

        def label(kind: str, text: str) -> tuple[str, str]:
            return (text, "" if kind in self.highlights else off)

        return Content.assemble(
            swatch("agree", "on $agree-1"),
            swatch("agree", "on $agree-2"),
            swatch("agree", "on $agree-3"),
            label("agree", " agreed by 1/2/3+ outlets  "),
            swatch("contradict", "on $contradict"),
            label("contradict", " contradicted  "),
            ("dim", "$unique" if "unique" in self.highlights else off),
            label("unique", ": only this outlet"),
        )


class AnalysisStatus(Widget):
    """`comparing 12/40…`, then a one-line summary of what was found and any load problems."""

    text: reactive[str] = reactive("")

    def render(self) -> Content:
        return Content.styled(self.text, "$text-muted")
