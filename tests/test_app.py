"""Pilot tests of the reader on a hand-built comparison: keys, panes, linked scrolling,
the detail panel, themes and keymaps."""

from __future__ import annotations

import pytest
from app_fixtures import ALPHA, BETA, GAMMA, fake_engine, pane, reader_app, started

from reader.config import Config
from reader.model import SentenceRef
from reader.ui.screens.help import HelpScreen
from reader.ui.widgets.detail_panel import DetailPanel

SIZE = (120, 36)


@pytest.fixture(autouse=True)
def engine(monkeypatch):
    return fake_engine(monkeypatch)


def detail_text(app) -> str:
    return str(app.query_one(DetailPanel).render())


async def test_opens_one_article_per_pane_with_the_cursor_on_the_first_sentence():
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        assert [p.article for p in app.main.visible_panes] == [0, 1]
        assert app.focused is pane(app, 1)
        assert app.main.cursor_ref == SentenceRef(0, 0)
        assert pane(app, 1).border_title == "1 Alpha News"


async def test_j_k_and_arrows_move_the_sentence_cursor():
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        await pilot.press("j", "j", "down")
        assert app.main.cursor_ref == SentenceRef(0, 3)
        await pilot.press("k", "up")
        assert app.main.cursor_ref == SentenceRef(0, 1)
        await pilot.press("k", "k", "k")  # stops at the first sentence
        assert app.main.cursor_ref == SentenceRef(0, 0)


async def test_tab_moves_focus_between_panes_and_the_cursor_follows():
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        await pilot.press("tab")
        assert app.focused is pane(app, 2)
        assert app.main.cursor_ref.article == 1
        await pilot.press("shift+tab")
        assert app.focused is pane(app, 1)
        assert app.main.cursor_ref.article == 0


async def test_number_opens_that_article_in_the_focused_pane_and_brackets_cycle():
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        await pilot.press("tab", "3")
        assert pane(app, 2).article == 2 and pane(app, 1).article == 0
        assert pane(app, 2).border_title == "3 Gamma Post"
        # ] and [ skip the article another pane shows (0, in pane 1): never the same twice.
        await pilot.press("right_square_bracket")
        assert pane(app, 2).article == 1
        await pilot.press("left_square_bracket")
        assert pane(app, 2).article == 2
        await pilot.press("left_square_bracket")
        assert pane(app, 2).article == 1
        await pilot.press("9")  # no such article: a message, nothing moves
        assert pane(app, 2).article == 1


async def test_linked_scrolling_brings_the_aligned_sentence_into_view():
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        other = pane(app, 2)
        assert other.scroll_offset.y == 0
        app.main.go_to(SentenceRef(0, 17))  # "Iran's strike on Tuesday killed two children."
        await pilot.pause()
        assert other.linked == 17
        first = other._layout.first_line[17]
        top = other.scroll_offset.y
        assert top <= first < top + other.scrollable_content_region.height
        assert top > 0  # it had to scroll: the sentence is at the end of Beta


async def test_linked_scrolling_leaves_other_panes_alone_without_a_counterpart():
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        app.main.go_to(SentenceRef(0, 17))
        await pilot.pause()
        before = pane(app, 2).scroll_offset.y
        await pilot.press("k")  # a filler sentence only Alpha has
        assert app.main.cursor_ref == SentenceRef(0, 16)
        assert pane(app, 2).linked is None
        assert pane(app, 2).scroll_offset.y == before


async def test_c_jumps_to_the_contradiction_and_the_panel_gives_the_reason():
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        await pilot.press("c")
        assert app.main.cursor_ref == SentenceRef(0, 1)
        text = detail_text(app)
        assert "✗ contradicts" in text and "Beta Times" in text and "killed: 9 vs 7" in text
        assert "Iran said seven people were killed" in text
        assert pane(app, 2).linked == 15  # Beta's side of the conflict is marked
        await pilot.press("c")  # Alpha has no other: on to Beta's side, in Beta's pane
        assert app.main.cursor_ref == SentenceRef(1, 15)
        assert app.focused is pane(app, 2)


async def test_n_jumps_to_agreement_and_the_panel_lists_every_outlet_sharing_it():
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        await pilot.press("n")
        assert app.main.cursor_ref == SentenceRef(0, 17)
        text = detail_text(app)
        assert "agreed by 2 outlets" in text  # the count of the lines below it
        assert "Beta Times" in text and "Gamma Post" in text  # Gamma through Beta


async def test_theme_key_cycles_the_reader_themes():
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        assert app.theme == "reader-dark"
        await pilot.press("t")
        assert app.theme == app.themes.names[1]
        assert app.get_css_variables()["agree-1"] == app.themes.themes[1].variables["agree-1"]


async def test_unknown_theme_falls_back_with_a_message():
    app = reader_app(theme="nope")
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        assert app.theme == "reader-dark"
        messages = app.notices
        assert any("Unknown theme 'nope'" in m for m in messages)


async def test_keymap_from_config_rebinds_keys_and_the_help_shows_it():
    app = reader_app(Config(keymap={"next_sentence": "z"}))
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        await pilot.press("j")
        assert app.main.cursor_ref == SentenceRef(0, 0)
        await pilot.press("z")
        assert app.main.cursor_ref == SentenceRef(0, 1)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        rows = {row[2]: row[0] for row in app.screen.rows}
        assert rows["next_sentence"] == "z"
        assert rows["next_contradiction"] == "c"
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_toggling_a_highlight_changes_what_panes_draw():
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        first = pane(app, 1)
        styled = first._style_of(1)  # the contradicted sentence
        await pilot.press("x")
        assert "contradict" not in app.main.highlights
        assert first._style_of(1) != styled
        await pilot.press("x")
        assert first._style_of(1) == styled


async def test_search_jumps_to_a_match_in_another_article():
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        await pilot.press("slash")
        await pilot.press(*"own angle")
        await pilot.press("enter")
        await pilot.pause()
        assert app.main.cursor_ref == SentenceRef(2, 1)
        assert app.main.focused_pane.article == 2


async def test_clicking_a_sentence_puts_the_cursor_there():
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        second = pane(app, 2)
        line_number = second._layout.first_line[2]
        line = second._layout.lines[line_number]
        column = BETA.sentences[2].start - line.start + 1
        # +1 for the border, +1 for the padding: offsets count from the widget's corner.
        await pilot.click(second, offset=(2 + column, 1 + line_number))
        assert app.focused is second
        assert app.main.cursor_ref == SentenceRef(1, 2)


async def test_add_and_remove_panes():
    app = reader_app()
    async with app.run_test(size=(160, 40)) as pilot:
        await started(pilot)
        await pilot.press("plus")
        assert [p.article for p in app.main.visible_panes] == [0, 1, 2]
        await pilot.press("minus", "minus")
        assert len(app.main.visible_panes) == 1


async def test_an_80_column_terminal_shows_two_outlets_side_by_side():
    app = reader_app(Config(panes=3))
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        assert len(app.main.visible_panes) == 2


async def test_narrow_terminal_shows_one_pane():
    app = reader_app(Config(panes=3))
    async with app.run_test(size=(60, 24)) as pilot:
        await started(pilot)
        assert len(app.main.visible_panes) == 1


async def test_panes_show_text_before_the_comparison_is_ready(monkeypatch, engine):
    import reader.ui.engine as app_module

    monkeypatch.setattr(
        app_module, "analyse", lambda *args, **kwargs: (_ for _ in ()).throw(RuntimeError("boom"))
    )
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        # The worker fails for real (wait_for_complete would re-raise it): wait for the app
        # to have told the reader instead.
        for _ in range(100):
            if any("comparison failed" in m for m in app.notices):
                break
            await pilot.pause(0.02)
        assert app.main.comparison is None
        assert pane(app, 1).article == 0  # the text is there, without highlights
        messages = app.notices
        assert any("The comparison failed: RuntimeError: boom" in m for m in messages)
        await pilot.press("c")  # explains instead of failing
        assert app.main.cursor_ref == SentenceRef(0, 0)


async def test_load_problems_are_reported_one_line_each(monkeypatch, engine):
    import reader.ui.engine as app_module
    from reader.model import LoadProblem

    problem = LoadProblem("x.bin", "x.bin: binary file, not text")
    monkeypatch.setattr(
        app_module,
        "load_articles",
        lambda paths, overrides, cancelled=None: (engine.articles, [problem]),
    )
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        assert "x.bin: binary file, not text" in app.notices


async def test_marked_sentences_are_drawn_with_the_mark_style():
    app = reader_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        first = pane(app, 1)
        plain = first._style_of(3)
        app.main.marked = frozenset({SentenceRef(0, 3)})
        await pilot.pause()
        assert first.marked == app.main.marked  # bound from the app
        mark = first.get_component_rich_style("pane--mark", partial=True)
        assert first._style_of(3) == plain + mark
        assert first._style_of(4) == first._style_of(5)


def test_no_color_is_honoured(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    assert reader_app().no_color


def test_every_binding_has_an_id_and_a_description():
    from reader.ui.bindings import BINDINGS

    for binding in BINDINGS:
        assert binding.id and binding.description, binding


assert {a.outlet for a in (ALPHA, BETA, GAMMA)} == {"Alpha News", "Beta Times", "Gamma Post"}
