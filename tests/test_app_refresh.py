"""Pilot tests of how the reader starts and redraws: what it imports before the screen is
up, the theme chosen before styling, the footer kept across pane switches, the panels that
follow the cursor at once, and the collector kept off the loaded comparison. No timings:
the speed itself is measured by bench/speed.py."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest
from app_fixtures import fake_engine, pane, reader_app, started
from textual._compositor import LayoutUpdate

from reader.config import Config
from reader.model import SentenceRef
from reader.ui.widgets.detail_panel import DetailPanel

SIZE = (120, 36)
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def engine(monkeypatch):
    return fake_engine(monkeypatch)


def test_the_app_module_leaves_the_engine_and_the_dialogs_to_later():
    # The loader and the engine are imported by the analysis worker, the exporters and
    # dialogs when first used: none of them delays the first screen.
    later = [
        "reader.analysis.pipeline",
        "reader.corpus",
        "rapidfuzz",
        "reader.export.document",
        "reader.ui.screens.export",
        "reader.ui.screens.marks",
        "reader.ui.screens.search",
    ]
    code = f"import sys, reader.ui.app; print([m for m in {later!r} if m in sys.modules])"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.strip() == "[]"


async def test_the_theme_is_chosen_before_the_screen_is_styled():
    app = reader_app(theme="reader-light")
    assert app.theme == "reader-light"  # already at construction, not at mount
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        assert app.theme == "reader-light"
        light = {t.name: t for t in app.themes.themes}["reader-light"]
        assert app.get_css_variables()["agree-1"] == light.variables["agree-1"]


def footer_text(app) -> str:
    from reader.ui.widgets.footer import KeyFooter

    return app.query_one(KeyFooter).render().plain


async def test_the_footer_keeps_its_keys_when_the_focus_moves_between_panes():
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        shown = footer_text(app)
        assert "c Next contradiction" in shown
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is pane(app, 2)
        assert footer_text(app) == shown


async def test_the_footer_shows_a_key_rebound_while_running():
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        app.set_keymap({"search": "ctrl+f"})
        await pilot.pause()
        assert "^f Search" in footer_text(app)


async def test_the_footer_keeps_help_and_quit_on_a_narrow_terminal():
    app = reader_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await started(pilot)
        shown = footer_text(app)
        assert shown.rstrip().endswith("? Help  q Quit"), shown


async def test_the_panel_and_the_other_pane_follow_the_cursor_in_the_same_step():
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        app.main.action_move(1)  # no await: no message has been handled since
        assert app.main.cursor_ref == SentenceRef(0, 1)
        assert app.query_one(DetailPanel).ref == SentenceRef(0, 1)
        assert pane(app, 2).linked == 15  # Beta's side of the killed-count conflict
        await pilot.pause()
        assert app.main.cursor_ref == SentenceRef(0, 1)  # the pane's message changes nothing


async def test_moving_the_cursor_redraws_only_what_changed():
    app = reader_app()
    updates = []
    display = app._display

    def record(screen, update):
        if update is not None:
            updates.append(update)
        display(screen, update)

    app._display = record
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        await pilot.pause(0.1)
        updates.clear()
        await pilot.press("j", "j", "n")
        await pilot.pause(0.1)
        assert updates  # it did redraw...
        assert not [u for u in updates if isinstance(u, LayoutUpdate)]  # ...not all of it


async def test_the_header_shows_the_summary():
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        await pilot.pause()
        header = app.screen._compositor.render_strips()[0].text
        assert "3 articles · 1 shared claim · 1 contradiction" in header


async def test_the_comparison_is_kept_from_the_collector_until_the_app_ends():
    app = reader_app(Config())
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


async def test_a_jump_into_the_other_pane_lands_on_its_sentence_not_on_the_linked_one():
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        await pilot.press("j")  # Alpha's killed count: Beta's pane marks its own (15)
        assert pane(app, 2).linked == 15
        app.main.go_to(SentenceRef(1, 17))  # as n or c do when the next one is in Beta
        await pilot.pause()
        assert app.focused is pane(app, 2)
        assert app.main.cursor_ref == SentenceRef(1, 17)
        assert app.query_one(DetailPanel).ref == SentenceRef(1, 17)
