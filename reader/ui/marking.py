"""Marks and export in the app (ReaderApp inherits MarkingMixin).

- m marks the sentence under the cursor; on a marked sentence it opens the mark's dialog
  (edit the note, or remove the mark);
- v starts a selection (v again or Esc drops it), J/K (or shift+down/up) extend it from
  the cursor; with a selection, m marks all its sentences as one mark;
- M lists the marks (jump, edit, remove); e exports into the configured export folder.

The MarkStore is opened when the articles are loaded (marks need the texts, not the
comparison) and saves on every change; the panes show `marked`, which is the saved marks
plus the selection in progress. Keys are in MARKING_BINDINGS (bindings.py includes them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding

from reader.marks import Mark, MarkStore, MarkStoreError
from reader.model import SentenceRef
from reader.ui.messages import CorpusLoaded, SentenceFocused

# The exporters and the dialogs are imported when first used, not at start-up.
if TYPE_CHECKING:
    from reader.ui.app import ReaderApp
    from reader.ui.export_dialog import ExportChoice
    from reader.ui.note_dialog import NoteDecision

MARKING_BINDINGS: list[Binding] = [
    Binding("v", "toggle_selection", "Select sentences", id="select_sentences", show=False),
    Binding("J,shift+down", "extend_selection(1)", "Extend selection down",
            id="extend_selection_down", show=False),
    Binding("K,shift+up", "extend_selection(-1)", "Extend selection up",
            id="extend_selection_up", show=False),
    Binding("escape", "cancel_selection", "Drop selection", id="cancel_selection", show=False),
]  # fmt: skip


class MarkingMixin:
    mark_store: MarkStore | None = None
    # Where a selection started (v, J, K); the cursor is its other end.
    selection_anchor: SentenceRef | None = None

    # -- loading ----------------------------------------------------------------------------

    def on_corpus_loaded(self: ReaderApp, message: CorpusLoaded) -> None:
        self.selection_anchor = None
        self.mark_store = MarkStore(message.articles) if message.articles else None
        store = self.mark_store
        if store is not None:
            for warning in store.warnings:
                self.notify(warning, title="Marks", severity="warning", timeout=20, markup=False)
            if store.orphans:
                self.notify(
                    f"{len(store.orphans)} mark(s) no longer match their article's text; "
                    f"they are kept in {store.path}",
                    title="Marks",
                    severity="warning",
                    timeout=20,
                    markup=False,
                )
        self.show_marks_in_panes()

    def show_marks_in_panes(self: ReaderApp) -> None:
        refs = set(self.mark_store.marked_refs()) if self.mark_store else set()
        self.marked = frozenset(refs.union(self.selected_refs()))

    # -- selecting --------------------------------------------------------------------------

    def selected_refs(self: ReaderApp) -> list[SentenceRef]:
        anchor, cursor = self.selection_anchor, self.cursor_ref
        if anchor is None or cursor is None or anchor.article != cursor.article:
            return []
        first, last = sorted((anchor.sentence, cursor.sentence))
        return [SentenceRef(anchor.article, i) for i in range(first, last + 1)]

    def on_sentence_focused(self: ReaderApp, message: SentenceFocused) -> None:
        # ReaderApp's own handler has already moved cursor_ref; follow it with the selection.
        if self.selection_anchor is None:
            return
        if self.cursor_ref is not None and self.cursor_ref.article != self.selection_anchor.article:
            self.selection_anchor = None  # another article: a selection spans one only
        self.show_marks_in_panes()

    def action_toggle_selection(self: ReaderApp) -> None:
        if self.selection_anchor is not None:
            self.action_cancel_selection()
            return
        if self.cursor_ref is None:
            self.notify("Put the cursor on a sentence first (j/k).", timeout=3)
            return
        self.selection_anchor = self.cursor_ref
        self.show_marks_in_panes()
        self.notify("Selecting: j/k extend, m marks, Esc drops.", timeout=4)

    def action_extend_selection(self: ReaderApp, step: int) -> None:
        if self.cursor_ref is None:
            return
        if self.selection_anchor is None:
            self.selection_anchor = self.cursor_ref
        self.focused_pane.move_cursor(step)
        self.show_marks_in_panes()

    def action_cancel_selection(self: ReaderApp) -> None:
        if self.selection_anchor is not None:
            self.selection_anchor = None
            self.show_marks_in_panes()

    # -- marking ----------------------------------------------------------------------------

    def action_mark(self: ReaderApp) -> None:
        from reader.ui.marks_screen import mark_source
        from reader.ui.note_dialog import NoteDialog

        store, ref = self.mark_store, self.cursor_ref
        if store is None or ref is None:
            self.notify("Put the cursor on a sentence first (j/k).", timeout=3)
            return
        selection = self.selected_refs()
        self.selection_anchor = None
        existing = store.mark_at(ref)
        if existing is not None and len(selection) <= 1:
            dialog = NoteDialog(existing.text, mark_source(store, existing), existing.note)
            self.push_screen(dialog, lambda decision: self._note_decided(existing, decision))
            return
        first, last = (selection[0], selection[-1]) if selection else (ref, ref)
        try:
            mark = store.add(first, last)
        except MarkStoreError as error:
            self.notify(str(error), title="Mark not saved", severity="error", markup=False)
        else:
            self.notify(
                f"Marked {mark_source(store, mark)}. m on it again: note or remove.",
                timeout=4,
                markup=False,
            )
        self.show_marks_in_panes()

    def _note_decided(self: ReaderApp, mark: Mark, decision: NoteDecision | None) -> None:
        store = self.mark_store
        if decision is None or store is None:
            return
        try:
            if decision.action == "remove":
                store.remove(mark.id)
                self.notify("Mark removed.", timeout=3)
            else:
                store.update_note(mark.id, decision.note)
                self.notify("Note saved.", timeout=3)
        except MarkStoreError as error:
            self.notify(str(error), title="Marks", severity="error", markup=False)
        self.show_marks_in_panes()

    def action_show_marks(self: ReaderApp) -> None:
        from reader.ui.marks_screen import MarksScreen

        if self.mark_store is None:
            self.notify("The articles are still loading.", timeout=3)
            return
        self.push_screen(MarksScreen(self.mark_store, self.show_marks_in_panes), self._jump_to)

    def _jump_to(self: ReaderApp, mark: Mark | None) -> None:
        if mark is not None and self.mark_store is not None:
            self.go_to(self.mark_store.refs(mark)[0])

    # -- exporting --------------------------------------------------------------------------

    def action_export(self: ReaderApp) -> None:
        from reader.export.writing import export_folder
        from reader.ui.export_dialog import ExportDialog

        if self.comparison is None:
            self.notify("Still comparing the articles: export in a moment.", timeout=3)
            return
        count = len(self.mark_store.marks) if self.mark_store else 0
        folder = str(export_folder(self.config.export_folder))
        self.push_screen(ExportDialog(folder, count), self._export_chosen)

    def _export_chosen(self: ReaderApp, choice: ExportChoice | None) -> None:
        from reader.atomic import WriteError
        from reader.export.document import build_document
        from reader.export.render import render
        from reader.export.writing import export_folder, write_to_folder

        if choice is None or self.comparison is None:
            return
        marks = self.mark_store.marks if self.mark_store else []
        if choice.what == "marks" and not marks:
            self.notify(
                "No marks yet: press m on a sentence, or export the contradictions.",
                severity="warning",
            )
            return
        document = build_document(self.comparison, marks, choice.what)
        try:
            path = write_to_folder(
                render(document, choice.format),
                export_folder(self.config.export_folder),
                choice.format,
            )
        except WriteError as error:
            self.notify(
                str(error), title="Export failed", severity="error", timeout=20, markup=False
            )
            return
        count = sum(len(entry.passages) for entry in document.entries)
        passages = f"{count} passage" + ("" if count == 1 else "s")
        self.notify(f"{passages} → {path}", title="Exported", timeout=15, markup=False)
