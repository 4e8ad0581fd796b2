"""The fact sheet screen: rows from the fact sheet, Enter on a version gives its sentence."""

from __future__ import annotations

from textual.app import App
from textual.widgets import OptionList

from reader.factsheet import fact_sheet
from reader.factsheet.rows import CLAIM, DIFF, HEADING, SECTION, rows
from reader.ui.screens.fact_sheet import FactSheetScreen


class _Host(App):
    def __init__(self, comparison) -> None:
        super().__init__()
        self.comparison = comparison
        self.chosen = "nothing yet"

    def on_mount(self) -> None:
        screen = FactSheetScreen(self.comparison, fact_sheet(self.comparison))
        self.push_screen(screen, self._done)

    def _done(self, ref) -> None:
        self.chosen = ref


def test_rows_list_disputed_then_agreed_facts_then_quotes(seed_comparison):
    sheet_rows = rows(seed_comparison, fact_sheet(seed_comparison))
    sections = [r.text for r in sheet_rows if r.kind == SECTION]
    assert sections[0] == "Disputed facts (1)" and sections[1] == "Agreed facts (1)"
    assert sections[2].startswith("Quotes in several outlets")
    headings = [r.text for r in sheet_rows if r.kind == HEADING]
    assert headings[0] == "people killed in Pakistan's strike on Iran: disputed (conflict)"
    first = next(r for r in sheet_rows if r.kind == CLAIM)
    assert first.text.startswith("9 · ") and first.text.endswith(", sentence 1 “9 civilians”")
    assert tuple(first.ref) == (0, 0)
    assert not [r for r in sheet_rows if r.kind == DIFF]


async def test_enter_on_a_version_returns_its_sentence(seed_comparison):
    app = _Host(seed_comparison)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, FactSheetScreen)
        await pilot.press("down", "down", "enter")  # the third version row: 7 in 001
        await pilot.pause()
    assert app.chosen is not None
    assert seed_comparison.articles[app.chosen.article].id.startswith("001")
    assert app.chosen.sentence == 8


async def test_escape_closes_the_sheet_without_a_sentence(seed_comparison):
    app = _Host(seed_comparison)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        assert options.highlighted is not None
        await pilot.press("escape")
        await pilot.pause()
    assert app.chosen is None


async def _ready(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    for _ in range(100):
        if pilot.app.main.comparison is not None:
            break
        await pilot.pause(0.05)
    await pilot.pause()


async def test_f_opens_the_fact_sheet_and_enter_shows_the_version_in_a_pane():
    from app_fixtures import reader_app

    from reader.config import Config
    from reader.resources import default_corpus

    app = reader_app(Config(), paths=[default_corpus()])
    async with app.run_test(size=(120, 36)) as pilot:
        await _ready(pilot)
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, FactSheetScreen)
        await pilot.press("down", "down", "enter")  # 7 killed, in 001's sentence 9
        await pilot.pause()
        assert not isinstance(app.screen, FactSheetScreen)
        ref = app.main.cursor_ref
        assert app.main.comparison.articles[ref.article].id.startswith("001")
        assert ref.sentence == 8


def test_the_fact_sheet_key_is_in_the_help_and_the_palette():
    from reader.ui.bindings import BINDINGS

    binding = next(b for b in BINDINGS if b.id == "fact_sheet")
    assert binding.key == "f" and binding.description == "Fact sheet"
