"""Snapshots of the reader on the seeds at 120x36 (pytest-textual-snapshot).

Update them with `pytest tests/test_snapshots.py --snapshot-update` when the engine's output
or the layout changes on purpose, and look at the report before committing.
"""

from __future__ import annotations

from app_fixtures import reader_app

from reader.config import Config
from reader.resources import default_corpus

SIZE = (120, 36)


def seeds_app():
    return reader_app(Config(), paths=[default_corpus()])


async def settle(pilot) -> None:
    # The analysis runs in a worker that posts its result as a message: wait for the worker,
    # then for the message to be handled and the screen to stop animating, so the snapshot
    # never depends on timing.
    await pilot.app.workers.wait_for_complete()
    for _ in range(100):
        if pilot.app.main.comparison is not None:
            break
        await pilot.pause(0.05)
    assert pilot.app.main.comparison is not None, "the analysis did not finish"
    # Panes repaint from the comparison on the next refresh cycles: let them run.
    for _ in range(3):
        await pilot.pause(0.1)
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()


def test_main_screen(snap_compare):
    assert snap_compare(seeds_app(), terminal_size=SIZE, run_before=settle)


def test_main_screen_on_a_contradiction(snap_compare):
    assert snap_compare(seeds_app(), press=["c"], terminal_size=SIZE, run_before=settle)


def test_help_screen(snap_compare):
    assert snap_compare(seeds_app(), press=["question_mark"], terminal_size=SIZE, run_before=settle)


def test_main_screen_at_80x24_on_a_contradiction(snap_compare):
    # The smallest common terminal: two outlets side by side, the summary, Help and Quit.
    assert snap_compare(seeds_app(), press=["c"], terminal_size=(80, 24), run_before=settle)


def test_main_screen_without_colour(snap_compare, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    assert snap_compare(seeds_app(), press=["c"], terminal_size=SIZE, run_before=settle)
