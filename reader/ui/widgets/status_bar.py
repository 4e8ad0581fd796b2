"""The bottom line: a legend of the highlights (showing which are switched off), and while
the analysis runs, how far it is (articles loaded, pairs compared, time left)."""

from __future__ import annotations

from time import monotonic

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

from reader.ui.glyphs import GLYPHS


class Legend(Widget):
    highlights: reactive[frozenset[str]] = reactive(frozenset)

    def render(self) -> Content:
        off = "strike $text-disabled"
        on = self.highlights

        def swatch(kind: str, style: str, glyph: str = " ") -> tuple[str, str]:
            return (glyph + " ", style if kind in on else off)

        def label(kind: str, text: str) -> tuple[str, str]:
            return (text, "" if kind in on else off)

        return Content.assemble(
            swatch("agree", "on $agree-1", GLYPHS["agree"]),
            swatch("agree", "on $agree-2"),
            swatch("agree", "on $agree-3"),
            label("agree", " agreed by 1/2/3+  "),
            swatch("contradict", "bold on $contradict", GLYPHS["contradict"]),
            label("contradict", " contradicted  "),
            ("dim", "$unique" if "unique" in on else off),
            label("unique", ": one outlet only  "),
            ("mark", "underline $mark"),
            " marked  ",
            ("sel", "on $selected"),
            " selected",
        )


class AnalysisStatus(Widget):
    """What the app is doing, or a hint once it is done."""

    text: reactive[str] = reactive("")

    def render(self) -> Content:
        return Content.styled(self.text, "$text-muted")


class Progress(Widget):
    """`compared 1,200 of 5,000 pairs (24%) · about 4 s left` while the analysis runs."""

    text: reactive[str] = reactive("", layout=True)  # its width follows the text

    _first: tuple[float, int] | None = None  # (when, done) of the first report

    _articles = ""

    def started(self, articles: int) -> None:
        self._first = None
        self._articles = f"{articles:,} article{'s' if articles != 1 else ''} loaded · "
        self.text = self._articles + "comparing…"

    def advance(self, done: int, total: int) -> None:
        # The rate is measured from the first report, not from the start: the engine builds
        # its index before it reports, and counting that time would inflate the estimate.
        now = monotonic()
        if self._first is None:
            self._first = (now, done)
        since, first_done = self._first
        self.text = self._articles + progress_text(done, total, now - since, first_done)

    def render(self) -> Content:
        return Content.styled(self.text, "$text-muted")


def progress_text(done: int, total: int, elapsed: float, first_done: int = 0) -> str:
    """The line shown while comparing; `elapsed` seconds since `first_done` pairs were done."""
    if total <= 0:
        return "comparing…"
    share = done / total
    text = f"compared {done:,} of {total:,} sentence pairs ({share:.0%})"
    measured = done - first_done
    if share < 1 and elapsed >= 0.3 and measured >= 0.03 * total:
        left = elapsed * (total - done) / measured
        text += f" · about {left:.0f} s left" if left >= 1 else " · almost done"
    return text
