"""The list of marks (M): jump to one (Enter), edit its note (e), remove it (d)."""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.marks import Mark, MarkStore, MarkStoreError
from reader.text.safe import terminal_safe
from reader.ui.layout import sanitise
from reader.ui.screens.note import NoteDecision, NoteDialog

SNIPPET_LENGTH = 160


def mark_source(store: MarkStore, mark: Mark) -> str:
    """Where a mark is, for people: "2 Dawn, sentence 5" or "sentences 5–7"."""
    number = store.article_index(mark) + 1
    outlet = store.articles[number - 1].outlet
    first, last = mark.start_sentence + 1, mark.end_sentence + 1
    where = f"sentence {first}" if first == last else f"sentences {first}–{last}"
    return f"{number} {terminal_safe(outlet)}, {where}"


class MarksScreen(ModalScreen[Mark | None]):
    """Dismisses with the mark to jump to, or None."""

    CSS_PATH = "dialogs.tcss"
    BINDINGS = [
        Binding("escape,q", "close", "Close", id="marks_close"),
        Binding("e", "edit", "Edit note", id="marks_edit"),
        Binding("d,delete", "remove", "Remove", id="marks_remove"),
    ]

    def __init__(self, store: MarkStore, changed: Callable[[], None]) -> None:
        super().__init__()
        self.store = store
        self.changed = changed  # tells the app to redraw the marks in the panes

    def compose(self) -> ComposeResult:
        with Vertical(id="marks-box", classes="marks-dialog") as box:
            box.border_subtitle = "Enter: go to · e: edit note · d: remove · Esc: close"
            yield OptionList(id="marks-list")

    def on_mount(self) -> None:
        self._refill()
        self.query_one(OptionList).focus()

    def _refill(self, highlight: int = 0) -> None:
        marks = self.store.marks
        options = self.query_one(OptionList)
        options.clear_options()
        for number, mark in enumerate(marks):
            if number:
                options.add_option(None)  # a separator line between multi-line entries
            options.add_option(self._option(mark))
        if not marks:
            options.add_option(
                Option(Content("No marks yet: press m on a sentence."), disabled=True)
            )
        else:
            options.highlighted = min(highlight, len(marks) - 1)
        box = self.query_one("#marks-box")
        box.border_title = f"Marks ({len(marks)})"

    def _option(self, mark: Mark) -> Option:
        text = " ".join(mark.text.split())
        if len(text) > SNIPPET_LENGTH:
            text = text[: SNIPPET_LENGTH - 1] + "…"
        parts: list[Content | str | tuple[str, str]] = [
            (sanitise(mark_source(self.store, mark)), "bold"),
            "\n",
            sanitise(text),
        ]
        if mark.note:
            parts += ["\n", (f"note: {sanitise(mark.note)}", "italic")]
        return Option(Content.assemble(*parts), id=mark.id)

    def _current(self) -> Mark | None:
        options = self.query_one(OptionList)
        if options.highlighted is None:
            return None
        option = options.get_option_at_index(options.highlighted)
        return None if option.disabled or option.id is None else self.store.get(option.id)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.dismiss(self.store.get(event.option.id))

    def action_edit(self) -> None:
        mark = self._current()
        if mark is None:
            return
        dialog = NoteDialog(mark.text, mark_source(self.store, mark), mark.note)
        self.app.push_screen(dialog, lambda decision: self._note_done(mark, decision))

    def _note_done(self, mark: Mark, decision: NoteDecision | None) -> None:
        if decision is None:
            return
        if decision.action == "remove":
            self._remove(mark)
            return
        self._apply(lambda: self.store.update_note(mark.id, decision.note))

    def action_remove(self) -> None:
        mark = self._current()
        if mark is not None:
            self._remove(mark)

    def _remove(self, mark: Mark) -> None:
        if self._apply(lambda: self.store.remove(mark.id)):
            self.notify("Mark removed.", timeout=3)

    def _apply(self, change: Callable[[], object]) -> bool:
        """Run a store change; a failed save is shown, and the list shows what is saved."""
        position = self.query_one(OptionList).highlighted or 0
        try:
            change()
        except MarkStoreError as error:
            self.notify(str(error), title="Marks", severity="error", markup=False)
            return False
        finally:
            self._refill(position)
            self.changed()
        return True

    def action_close(self) -> None:
        self.dismiss(None)
