"""The reader as a newcomer meets it (issue 11): colourless terminals, small terminals,
resizing, empty inputs, search, sources, the detail panel, the palette."""

from __future__ import annotations

import threading

import pytest
from app_fixtures import fake_engine, pane, reader_app, started

from reader.model import SentenceRef

SIZE = (120, 36)


@pytest.fixture
def engine(monkeypatch):
    return fake_engine(monkeypatch)


def strip_styles_are_set(widget) -> bool:
    return all(
        segment.style is not None
        for y in range(widget.size.height)
        for segment in widget.render_line(y)
    )


async def test_no_color_starts_and_draws_the_loading_panes(monkeypatch, engine):
    # Textual's NO_COLOR filter reads every segment's style: a None one crashed at start,
    # while the panes said "Loading". Hold the load back so that screen is the one drawn.
    import reader.ui.engine as engine_module

    release = threading.Event()
    load = engine_module.load_articles

    def slow_load(paths, overrides):
        release.wait(5)
        return load(paths, overrides)

    monkeypatch.setattr(engine_module, "load_articles", slow_load)
    monkeypatch.setenv("NO_COLOR", "1")
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert strip_styles_are_set(pane(app, 1))
        release.set()
        await started(pilot)
        await pilot.press("j", "c")
        await pilot.pause()
        assert strip_styles_are_set(pane(app, 1))


async def test_without_colour_contradiction_and_agreement_differ_in_style(engine):
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        first = pane(app, 1)
        contradicted = first._style_of(1)  # killed: 9 vs 7
        agreed = first._style_of(17)  # two children: shared
        assert contradicted.bold and not agreed.bold


async def test_the_pane_count_follows_each_resize_not_the_one_before(engine):
    app = reader_app()
    async with app.run_test(size=(200, 50)) as pilot:
        await started(pilot)
        assert len(app.main.visible_panes) == 2
        await pilot.resize_terminal(60, 24)
        await pilot.pause()
        assert len(app.main.visible_panes) == 1
        await pilot.resize_terminal(160, 45)
        await pilot.pause()
        assert len(app.main.visible_panes) == 2
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert len(app.main.visible_panes) == 2  # two outlets side by side, even at 80x24


def test_the_panel_lists_a_sentence_once_per_outlet_with_counts_that_match(engine):
    from reader.analysis.comparison import Comparison
    from reader.model import Link
    from reader.ui.detail_view import describe

    here, there = SentenceRef(0, 1), SentenceRef(1, 15)
    both = Comparison(
        articles=engine.articles,
        links=[
            Link("contradict", 0.4, ("killed: 9 vs 7",), here, there),
            Link("agree", 0.6, ("shared: strikes, killed",), here, there),
        ],
    )
    view = describe(both, here)
    assert [entry.kind for entry in view.entries] == ["contradict"]
    assert view.headline() == "contradicted by 1 outlet"
    assert view.entries[0].score == "same topic: 40%"


def test_reasons_and_scores_are_in_plain_words():
    from reader.ui.reason_text import plain_reason, score_label

    assert plain_reason("shares a claim: rare-word overlap 0.36") == (
        "says the same thing in other words"
    )
    assert plain_reason("shared: state, strikes") == "both mention state, strikes"
    assert plain_reason("killed: 9 vs 7") == "killed: 9 vs 7"
    assert score_label("agree", 0.333) == "alike: 33%"


def test_a_wire_copy_is_named_as_such_not_as_silent(engine):
    from reader.analysis.comparison import Comparison, WireCopy
    from reader.ui.detail_view import describe

    copied = Comparison(
        articles=engine.articles, links=engine.links, wire_copies=[WireCopy(0, 2, 0.98)]
    )
    view = describe(copied, SentenceRef(0, 3))
    assert view.copies == [(2, None)] and 2 not in view.silent
    assert view.headline() == "agreed by 1 outlet"


async def test_the_detail_panel_takes_the_focus_and_scrolls(engine):
    from reader.ui.widgets.detail_panel import DetailBox

    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await pilot.press("j", "d")
        box = app.query_one(DetailBox)
        assert app.focused is box
        await pilot.press("escape")
        assert app.focused is pane(app, 1)
        await pilot.press("tab", "tab")
        assert app.focused is box
