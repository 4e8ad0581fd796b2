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


def hold_the_load(monkeypatch) -> threading.Event:
    """Make the app's article loading wait until the returned event is set (at most 5 s),
    so a test sees the screen as it is while loading."""
    import reader.ui.engine as engine_module

    release = threading.Event()
    load = engine_module.load_articles

    def slow_load(paths, overrides, cancelled=None):
        release.wait(5)
        return load(paths, overrides)

    monkeypatch.setattr(engine_module, "load_articles", slow_load)
    return release


async def test_no_color_starts_and_draws_the_loading_panes(monkeypatch, engine):
    # Textual's NO_COLOR filter reads every segment's style: a None one crashed at start,
    # while the panes said "Loading". Hold the load back so that screen is the one drawn.
    release = hold_the_load(monkeypatch)
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
    assert view.headline() == "agreed by 1 outlet (1 a wire copy)"


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


async def test_search_keeps_its_query_highlights_matches_and_steps_through_them(engine):
    from reader.ui.screens.search import SearchScreen

    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        await pilot.press("slash", *"children", "enter")
        await pilot.pause()
        first = app.main.cursor_ref
        assert first == SentenceRef(0, 17)
        assert app.main.found == {SentenceRef(0, 17), SentenceRef(1, 17), SentenceRef(2, 0)}
        assert pane(app, 1).query_text == "children"
        drawn = [
            segment
            for y in range(pane(app, 1).size.height)
            for segment in pane(app, 1).render_line(y)
            if segment.text.lower() == "children"
        ]
        assert drawn and all(segment.style.reverse for segment in drawn)
        await pilot.press("full_stop")
        assert app.main.cursor_ref == SentenceRef(1, 17)
        await pilot.press("full_stop", "full_stop")
        assert app.main.cursor_ref == SentenceRef(0, 17)  # round again
        await pilot.press("comma")
        assert app.main.cursor_ref == SentenceRef(2, 0)
        await pilot.press("n")  # n is still the next agreement, not the next match
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_text == "children"  # the query is remembered


async def test_when_nothing_loads_the_panes_say_why_and_what_to_do(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    app = reader_app(paths=[empty, tmp_path / "missing.txt"])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        said = "\n".join(pane(app, 1).placeholder_lines(300))
        assert "No article could be loaded" in said
        assert "empty.txt: empty file" in said and "missing.txt: not found" in said
        assert "reader path/to/articles/" in said
        assert "Loading" not in said


async def test_the_palette_speaks_the_readers_words_and_offers_only_what_exists(engine):
    from reader.ui.commands import reader_commands

    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        commands = list(reader_commands(app))
        titles = [command.title for command in commands]
        assert "Open article 3" in titles and "Open article 4" not in titles
        assert "Next contradiction" in titles
        assert all("id " not in command.help for command in commands)
        assert dict(zip(titles, [c.help for c in commands], strict=True))["Help"] == "key: ?"
        system = [command.title for command in app.get_system_commands(app.screen)]
        assert "Save screenshot" not in system and "Maximize" not in system


async def test_marks_and_selection_have_their_own_colours_and_keep_the_contradiction(engine):
    from reader.ui.widgets.status_bar import Legend

    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        first = pane(app, 1)
        contradicted = first._style_of(1)
        app.main.marked = frozenset({SentenceRef(0, 1)})
        await pilot.pause()
        marked = first._style_of(1)
        assert marked.bgcolor == contradicted.bgcolor  # the contradiction still shows
        assert marked.underline and marked.color != contradicted.color
        app.main.selected = frozenset({SentenceRef(0, 2)})
        await pilot.pause()
        assert first._style_of(2).bgcolor != marked.bgcolor
        legend = app.query_one(Legend).render().plain
        assert "marked" in legend and "selected" in legend


def test_progress_counts_pairs_and_estimates_the_time_left():
    from reader.ui.widgets.status_bar import progress_text

    assert progress_text(1200, 5000, 2.0, first_done=200) == (
        "compared 1,200 of 5,000 sentence pairs (24%) · about 8 s left"
    )
    assert progress_text(100, 5000, 2.0, first_done=100) == (
        "compared 100 of 5,000 sentence pairs (2%)"  # no rate measured yet: no estimate
    )
    assert progress_text(0, 0, 0) == "comparing…"


async def test_the_theme_chosen_with_t_is_remembered(monkeypatch, engine):
    from reader.ui import make_app

    first = make_app([__file__])
    async with first.run_test(size=SIZE) as pilot:
        await pilot.press("t")
        chosen = first.theme
    assert chosen != "reader-dark"
    again = make_app([__file__])
    assert again.theme == chosen
    assert make_app([__file__], theme_name="reader-dark").theme == "reader-dark"  # --theme wins


@pytest.mark.parametrize("key", ["e", "m", "M", "slash", "c"])
async def test_keys_right_after_q_do_nothing(engine, key):
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        from textual import events

        # One burst, as a paste delivers it: both keys queued before either is handled.
        character = {"slash": "/"}.get(key, key)
        app.post_message(events.Key("q", "q"))
        app.post_message(events.Key(key, character))
        await pilot.pause()
    assert app.return_code in (0, None)


async def test_the_list_is_focused_filtered_and_chosen_from(engine):
    from reader.ui.widgets.article_list import ArticleList

    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        article_list = app.query_one(ArticleList)
        await pilot.press("o")
        assert app.focused is article_list
        await pilot.press(*"gam")  # typed letters filter, they do not run commands
        assert article_list.rows == [2] and article_list.highlighted == 2
        await pilot.press("enter")
        assert app.focused is pane(app, 1) and pane(app, 1).article == 2
        await pilot.press("o", "up", "up", "enter")  # from the pane's own row, two up
        assert pane(app, 1).article == 0
        await pilot.press("o", "3", "escape")  # Esc clears the filter, then goes back
        assert app.focused is article_list and article_list.filter_text == ""
        await pilot.press("escape")
        assert app.focused is pane(app, 1)


async def test_brackets_at_start_never_show_one_article_twice(engine):
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        await pilot.press("right_square_bracket")
        assert pane(app, 1).article != pane(app, 2).article


async def test_pane_counters_name_what_is_in_view(engine):
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        other = pane(app, 2)
        assert other.counter_text() == "sentence 1 of 18"  # its cursor, in view
        await pilot.press("j")  # Alpha's killed count: Beta's sentence 16 is linked in view
        await pilot.pause()
        assert other.counter_text() == "sentence 16 of 18"
        assert pane(app, 1).counter_text() == "sentence 2 of 18"
        other.scroll_to(y=0, animate=False, immediate=True)
        await pilot.pause()
        assert other.counter_text().startswith("sentences 1–")  # not the sentence out of view


async def test_help_scrolls_with_j_and_k_and_explains_markers_and_numbers(engine):
    from textual.containers import VerticalScroll

    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        box = app.screen.query_one("#help-box", VerticalScroll)
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert box.scroll_offset.y == 3
        await pilot.press("k")
        await pilot.pause()
        assert box.scroll_offset.y == 2
        from reader.ui.screens.help import INTRO

        assert "▶" in INTRO and "same topic" in INTRO and "alike" in INTRO


def test_without_a_terminal_reader_says_to_use_compare_and_exits_non_zero():
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "reader"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "reader compare" in done.stderr
    assert "\x1b" not in done.stdout + done.stderr


async def test_a_60x15_terminal_still_shows_lines_of_text(engine):
    app = reader_app()
    async with app.run_test(size=(60, 15)) as pilot:
        await started(pilot)
        assert pane(app, 1).scrollable_content_region.height >= 3


def test_loading_stops_when_cancelled(tmp_path):
    from reader.corpus import load_articles

    for number in range(5):
        (tmp_path / f"{number}.txt").write_text(f"Story {number} says a thing. It is short.\n")
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    articles, _ = load_articles([tmp_path], {}, use_cache=False, cancelled=cancelled)
    assert len(articles) == 2


async def test_keys_typed_while_loading_run_in_order_once_ready(monkeypatch, engine):
    release = hold_the_load(monkeypatch)
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("j", "j", "c", "j")  # typed before anything is shown
        release.set()
        await started(pilot)
        for _ in range(5):
            await pilot.pause()
        # j j: sentence 3; c: the next contradiction is Beta's 16th; j: one on.
        assert app.main.cursor_ref == SentenceRef(1, 16)


async def test_a_wire_copy_is_marked_in_the_list(monkeypatch):
    from app_fixtures import comparison

    from reader.analysis.comparison import Comparison, WireCopy
    from reader.ui.widgets.article_list import ArticleList

    base = comparison()
    copied = Comparison(
        articles=base.articles, links=base.links, wire_copies=[WireCopy(0, 2, 0.98)]
    )
    fake_engine(monkeypatch, copied)
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        rows = app.query_one(ArticleList)
        assert "≡" in rows.row_text(3) and "≡" not in rows.row_text(2)


async def test_an_80x24_terminal_shows_the_summary_and_two_panes(engine):
    from textual.widgets import Header

    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        assert app.main.query_one(Header).display
        assert "contradiction" in app.sub_title
        assert pane(app, 1).scrollable_content_region.height >= 5


async def test_while_comparing_the_status_line_counts_articles_and_pairs(engine):
    from reader.ui.widgets.status_bar import Legend, Progress

    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        progress = app.main.query_one(Progress)
        progress.started(412)
        progress.advance(100, 1000)
        assert progress.text.startswith("412 articles loaded · compared 100 of 1,000")
        await started(pilot)
        assert app.main.query_one(Legend).display and not progress.display


async def test_while_the_list_takes_typing_the_footer_offers_keys_that_do_not_type(engine):
    from reader.ui.widgets.footer import KeyFooter

    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        await pilot.press("o")
        await pilot.pause()
        shown = app.main.query_one(KeyFooter).render().plain
        assert "^c Quit" in shown and "f1 Help" in shown
        assert "q Quit" not in shown and "c Next contradiction" not in shown
        await pilot.press("ctrl+c")
        await pilot.pause()
    assert not app.is_running
