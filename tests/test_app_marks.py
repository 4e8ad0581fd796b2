"""Marks and export in the app (Pilot): mark, note, restart, list, select, export."""

from __future__ import annotations

import json

import pytest
from corpus_files import write_files

from reader.config import Config
from reader.model import SentenceRef
from reader.ui import make_app
from reader.ui.bindings import BINDINGS

ARTICLES = {
    "dawn.txt": "Blast in Quetta\n\nNine people were killed in the blast on Tuesday. "
    "The police arrived an hour later. Schools were closed. Roads reopened at night.\n",
    "wire.txt": "Quetta blast\n\nSeven people were killed in the blast on Tuesday. "
    "Markets closed early.\n",
}


@pytest.fixture
def setup(tmp_path, monkeypatch):
    """A two-article corpus, an isolated data folder and an export folder."""
    corpus = tmp_path / "corpus"
    write_files(corpus, ARTICLES)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "data"))
    return corpus, Config(export_folder=str(out)), out


def app_on(setup):
    corpus, config, _ = setup
    return make_app([corpus], config)


def record_notifications(app) -> list[str]:
    told: list[str] = []
    notify = app.notify

    def recording(message, **options):
        told.append(message)
        notify(message, **options)

    app.notify = recording
    return told


async def ready(app, pilot):
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_a_mark_and_its_note_survive_a_restart(setup):
    app = app_on(setup)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(app, pilot)
        dawn = next(i for i, a in enumerate(app.main.articles) if a.id == "dawn")
        app.main.go_to(SentenceRef(dawn, 0))
        await pilot.press("j", "m")
        assert app.main.marked == {SentenceRef(dawn, 1)}
        await pilot.press("m", *"late?", "enter")  # m on a mark: its note dialog
        await pilot.pause()

    app = app_on(setup)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(app, pilot)
        assert app.main.marked == {SentenceRef(dawn, 1)}
        (mark,) = app.main.marking.mark_store.marks
        assert mark.note == "late?" and mark.text == "The police arrived an hour later."
        app.main.go_to(SentenceRef(dawn, 3))
        await pilot.press("M", "e", *"9 or 7", "enter", "enter")  # edit the note, then jump
        await pilot.pause()
        assert app.main.cursor_ref == SentenceRef(dawn, 1)
        assert app.main.marking.mark_store.marks[0].note == "late?9 or 7"
        await pilot.press("M", "d", "escape")  # remove it from the list
        await pilot.pause()
        assert app.main.marked == frozenset() and app.main.marking.mark_store.marks == []


@pytest.mark.skipif(
    "select_sentences" not in {binding.id for binding in BINDINGS},
    reason="reader/ui/bindings.py does not include marking.MARKING_BINDINGS yet",
)
async def test_a_selection_becomes_one_mark(setup):
    app = app_on(setup)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(app, pilot)
        dawn = next(i for i, a in enumerate(app.main.articles) if a.id == "dawn")
        app.main.go_to(SentenceRef(dawn, 0))
        await pilot.press("v", "j", "j")
        assert app.main.selected == {SentenceRef(dawn, i) for i in range(3)}, "selection preview"
        await pilot.press("m")
        (mark,) = app.main.marking.mark_store.marks
        assert (mark.start_sentence, mark.end_sentence) == (0, 2)
        await pilot.press("J", "escape")  # extend from the cursor, then drop it
        assert app.main.marked == {SentenceRef(dawn, i) for i in range(3)}


async def test_export_from_the_app_writes_a_file_that_parses(setup):
    _, _, out = setup
    app = app_on(setup)
    told = record_notifications(app)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(app, pilot)
        await pilot.press("m", "e")
        await pilot.pause()
        await pilot.press("tab", "down", "enter", "ctrl+s")  # format: json
        await pilot.pause()
        (written,) = out.iterdir()
        assert written.suffix == ".json"
        data = json.loads(written.read_text())
        assert [p["section"] for p in data["passages"]] == ["marks"]
        assert any(str(written) in message for message in told), "the reader is told where"
        await pilot.press("m", "ctrl+r")  # m on a marked sentence, then remove it
        await pilot.pause()
        assert app.main.marking.mark_store.marks == [] and app.main.marked == frozenset()


async def test_in_the_export_dialog_the_highlighted_option_is_the_choice(setup):
    from reader.ui.screens.export import ExportDialog

    app = app_on(setup)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        await pilot.press("down", "down")  # no marks: from Contradictions, two down
        assert dialog.chosen().what == "unique"
        await pilot.press("tab", "down", "down")
        assert dialog.chosen().format == "csv"
        await pilot.press("up", "enter")  # Enter keeps what the bar is on
        assert dialog.chosen().format == "json"
